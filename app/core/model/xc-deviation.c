/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-deviation.h"
#include "xc-record-private.h"

/**
 * XcDeviation:
 *
 * A finding the planner accepted, with a reason: an item of the design's
 * optional `deviations` member. It names the finding by rule id, unit id
 * and subject id, so it still matches after the design is validated again.
 */
struct _XcDeviation
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcDeviation, xc_deviation, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_RULE,
  PROP_UNIT,
  PROP_SUBJECT,
  PROP_REASON,
  PROP_DATE,
  N_PROPS
};

static void
xc_deviation_class_init (XcDeviationClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_RULE, "rule", "rule",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_UNIT, "unit", "unit",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_SUBJECT, "subject", "subject",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_REASON, "reason", "reason",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_DATE, "date", "date",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_deviation_init (XcDeviation *self)
{
}

XcDeviation *
xc_deviation_new (void)
{
  return g_object_new (XC_TYPE_DEVIATION, NULL);
}

const char *
xc_deviation_get_rule (XcDeviation *self)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "rule");
}

void
xc_deviation_set_rule (XcDeviation *self,
                       const char  *value)
{
  g_return_if_fail (XC_IS_DEVIATION (self));

  _xc_record_update (XC_RECORD (self), "rule", value, NULL);
}

/**
 * xc_deviation_get_unit:
 *
 * Returns: (nullable): the id of the unit of the accepted finding, %NULL
 *   for a finding about the programme
 */
const char *
xc_deviation_get_unit (XcDeviation *self)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "unit");
}

void
xc_deviation_set_unit (XcDeviation *self,
                       const char  *value)
{
  g_return_if_fail (XC_IS_DEVIATION (self));

  _xc_record_update (XC_RECORD (self), "unit", value, NULL);
}

/**
 * xc_deviation_get_subject:
 *
 * Returns: (nullable): the id of the person, institution or town the
 *   accepted finding is about
 */
const char *
xc_deviation_get_subject (XcDeviation *self)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "subject");
}

void
xc_deviation_set_subject (XcDeviation *self,
                          const char  *value)
{
  g_return_if_fail (XC_IS_DEVIATION (self));

  _xc_record_update (XC_RECORD (self), "subject", value, NULL);
}

const char *
xc_deviation_get_reason (XcDeviation *self)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "reason");
}

void
xc_deviation_set_reason (XcDeviation *self,
                         const char  *value)
{
  g_return_if_fail (XC_IS_DEVIATION (self));

  _xc_record_update (XC_RECORD (self), "reason", value, NULL);
}

/**
 * xc_deviation_get_date:
 *
 * Returns: (nullable): when it was accepted, YYYY-MM-DD
 */
const char *
xc_deviation_get_date (XcDeviation *self)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "date");
}

void
xc_deviation_set_date (XcDeviation *self,
                       const char  *value)
{
  g_return_if_fail (XC_IS_DEVIATION (self));

  _xc_record_update (XC_RECORD (self), "date", value, NULL);
}

/**
 * xc_deviation_matches:
 *
 * Returns: %TRUE if @finding is the one this deviation accepts: the same
 *   rule id, unit id and subject id (an absent id matches only an absent one)
 */
gboolean
xc_deviation_matches (XcDeviation *self,
                      XcFinding   *finding)
{
  g_return_val_if_fail (XC_IS_DEVIATION (self), FALSE);
  g_return_val_if_fail (XC_IS_FINDING (finding), FALSE);

  return g_strcmp0 (xc_deviation_get_rule (self), xc_finding_get_rule_id (finding)) == 0
         && g_strcmp0 (xc_deviation_get_unit (self), xc_finding_get_unit_id (finding)) == 0
         && g_strcmp0 (xc_deviation_get_subject (self), xc_finding_get_subject_id (finding)) == 0;
}
