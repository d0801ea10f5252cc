/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-town.h"
#include "xc-record-private.h"

/**
 * XcTown:
 *
 * A town or management committee of the programme region.
 */
struct _XcTown
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcTown, xc_town, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COUNTY,
  N_PROPS
};

static void
xc_town_class_init (XcTownClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_ID, "id", "id",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_NAME, "name", "name",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_COUNTY, "county", "county",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_town_init (XcTown *self)
{
}

XcTown *
xc_town_new (void)
{
  return g_object_new (XC_TYPE_TOWN, NULL);
}

const char *
xc_town_get_id (XcTown *self)
{
  g_return_val_if_fail (XC_IS_TOWN (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "id");
}

void
xc_town_set_id (XcTown *self,
                const char *value)
{
  g_return_if_fail (XC_IS_TOWN (self));

  _xc_record_update (XC_RECORD (self), "id", value, NULL);
}

const char *
xc_town_get_name (XcTown *self)
{
  g_return_val_if_fail (XC_IS_TOWN (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "name");
}

void
xc_town_set_name (XcTown *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_TOWN (self));

  _xc_record_update (XC_RECORD (self), "name", value, NULL);
}

const char *
xc_town_get_county (XcTown *self)
{
  g_return_val_if_fail (XC_IS_TOWN (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "county");
}

void
xc_town_set_county (XcTown *self,
                    const char *value)
{
  g_return_if_fail (XC_IS_TOWN (self));

  _xc_record_update (XC_RECORD (self), "county", value, NULL);
}

