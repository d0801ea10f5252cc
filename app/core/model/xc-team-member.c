/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-team-member.h"
#include "xc-record-private.h"

/**
 * XcTeamMember:
 *
 * A member of a unit's team (the lead excluded).
 */
struct _XcTeamMember
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcTeamMember, xc_team_member, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_RESIDENCY_MONTHS,
  N_PROPS
};

static void
xc_team_member_class_init (XcTeamMemberClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_PERSON, "person", "person",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_RESIDENCY_MONTHS, "residency-months", "residency_months",
                                   XC_MEMBER_INT, -1);
}

static void
xc_team_member_init (XcTeamMember *self)
{
}

XcTeamMember *
xc_team_member_new (void)
{
  return g_object_new (XC_TYPE_TEAM_MEMBER, NULL);
}

const char *
xc_team_member_get_person (XcTeamMember *self)
{
  g_return_val_if_fail (XC_IS_TEAM_MEMBER (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "person");
}

void
xc_team_member_set_person (XcTeamMember *self,
                           const char *value)
{
  g_return_if_fail (XC_IS_TEAM_MEMBER (self));

  _xc_record_update (XC_RECORD (self), "person", value, NULL);
}

/**
 * xc_team_member_get_residency_months:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_team_member_get_residency_months (XcTeamMember *self)
{
  g_return_val_if_fail (XC_IS_TEAM_MEMBER (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "residency_months", -1);
}

void
xc_team_member_set_residency_months (XcTeamMember *self,
                                     gint64 value)
{
  g_return_if_fail (XC_IS_TEAM_MEMBER (self));

  _xc_record_update (XC_RECORD (self), "residency-months", value, NULL);
}

