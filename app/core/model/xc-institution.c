/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-institution.h"
#include "xc-record-private.h"

/**
 * XcInstitution:
 *
 * A hospital, health centre, university or authority.
 */
struct _XcInstitution
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcInstitution, xc_institution, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_LEVEL,
  PROP_OWNERSHIP,
  PROP_COUNTY,
  PROP_TOWN,
  PROP_HAS_WARD,
  PROP_BEDS,
  PROP_POPULATION,
  PROP_AFFILIATED_TO,
  N_PROPS
};

static void
xc_institution_class_init (XcInstitutionClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_ID, "id", "id",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_NAME, "name", "name",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_KIND, "kind", "kind",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_LEVEL, "level", "level",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_OWNERSHIP, "ownership", "ownership",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_COUNTY, "county", "county",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_TOWN, "town", "town",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_HAS_WARD, "has-ward", "has_ward",
                                   XC_MEMBER_BOOL, TRUE);
  _xc_record_class_install_member (record_class, PROP_BEDS, "beds", "beds",
                                   XC_MEMBER_INT, -1);
  _xc_record_class_install_member (record_class, PROP_POPULATION, "population", "population",
                                   XC_MEMBER_INT, -1);
  _xc_record_class_install_member (record_class, PROP_AFFILIATED_TO, "affiliated-to", "affiliated_to",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_institution_init (XcInstitution *self)
{
}

XcInstitution *
xc_institution_new (void)
{
  return g_object_new (XC_TYPE_INSTITUTION, NULL);
}

const char *
xc_institution_get_id (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "id");
}

void
xc_institution_set_id (XcInstitution *self,
                       const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "id", value, NULL);
}

const char *
xc_institution_get_name (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "name");
}

void
xc_institution_set_name (XcInstitution *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "name", value, NULL);
}

const char *
xc_institution_get_kind (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "kind");
}

void
xc_institution_set_kind (XcInstitution *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "kind", value, NULL);
}

const char *
xc_institution_get_level (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "level");
}

void
xc_institution_set_level (XcInstitution *self,
                          const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "level", value, NULL);
}

const char *
xc_institution_get_ownership (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "ownership");
}

void
xc_institution_set_ownership (XcInstitution *self,
                              const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "ownership", value, NULL);
}

const char *
xc_institution_get_county (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "county");
}

void
xc_institution_set_county (XcInstitution *self,
                           const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "county", value, NULL);
}

const char *
xc_institution_get_town (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "town");
}

void
xc_institution_set_town (XcInstitution *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "town", value, NULL);
}

gboolean
xc_institution_get_has_ward (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), TRUE);

  return _xc_record_get_bool (XC_RECORD (self), "has_ward", TRUE);
}

void
xc_institution_set_has_ward (XcInstitution *self,
                             gboolean value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "has-ward", value, NULL);
}

/**
 * xc_institution_get_beds:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_institution_get_beds (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "beds", -1);
}

void
xc_institution_set_beds (XcInstitution *self,
                         gint64 value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "beds", value, NULL);
}

/**
 * xc_institution_get_population:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_institution_get_population (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "population", -1);
}

void
xc_institution_set_population (XcInstitution *self,
                               gint64 value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "population", value, NULL);
}

const char *
xc_institution_get_affiliated_to (XcInstitution *self)
{
  g_return_val_if_fail (XC_IS_INSTITUTION (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "affiliated_to");
}

void
xc_institution_set_affiliated_to (XcInstitution *self,
                                  const char *value)
{
  g_return_if_fail (XC_IS_INSTITUTION (self));

  _xc_record_update (XC_RECORD (self), "affiliated-to", value, NULL);
}

