/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-person.h"
#include "xc-record-private.h"

/**
 * XcPerson:
 *
 * A doctor, expert or learner.
 */
struct _XcPerson
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcPerson, xc_person, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_INSTITUTION,
  PROP_HONOURS,
  PROP_SPECIALTY,
  PROP_BIRTH_YEAR,
  PROP_DEGREE,
  N_PROPS
};

static void
xc_person_class_init (XcPersonClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_ID, "id", "id",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_NAME, "name", "name",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_TITLE, "title", "title",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_INSTITUTION, "institution", "institution",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_HONOURS, "honours", "honours",
                                   XC_MEMBER_STRV, 0);
  _xc_record_class_install_member (record_class, PROP_SPECIALTY, "specialty", "specialty",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_BIRTH_YEAR, "birth-year", "birth_year",
                                   XC_MEMBER_INT, -1);
  _xc_record_class_install_member (record_class, PROP_DEGREE, "degree", "degree",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_person_init (XcPerson *self)
{
}

XcPerson *
xc_person_new (void)
{
  return g_object_new (XC_TYPE_PERSON, NULL);
}

const char *
xc_person_get_id (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "id");
}

void
xc_person_set_id (XcPerson *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "id", value, NULL);
}

const char *
xc_person_get_name (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "name");
}

void
xc_person_set_name (XcPerson *self,
                    const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "name", value, NULL);
}

const char *
xc_person_get_title (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "title");
}

void
xc_person_set_title (XcPerson *self,
                     const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "title", value, NULL);
}

const char *
xc_person_get_institution (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "institution");
}

void
xc_person_set_institution (XcPerson *self,
                           const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "institution", value, NULL);
}

const char * const *
xc_person_get_honours (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_strv (XC_RECORD (self), "honours");
}

void
xc_person_set_honours (XcPerson *self,
                       const char * const *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "honours", value, NULL);
}

const char *
xc_person_get_specialty (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "specialty");
}

void
xc_person_set_specialty (XcPerson *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "specialty", value, NULL);
}

/**
 * xc_person_get_birth_year:
 *
 * Returns: the value, or -1 where the design does not give it
 */
gint64
xc_person_get_birth_year (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), -1);

  return _xc_record_get_int (XC_RECORD (self), "birth_year", -1);
}

void
xc_person_set_birth_year (XcPerson *self,
                          gint64 value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "birth-year", value, NULL);
}

const char *
xc_person_get_degree (XcPerson *self)
{
  g_return_val_if_fail (XC_IS_PERSON (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "degree");
}

void
xc_person_set_degree (XcPerson *self,
                      const char *value)
{
  g_return_if_fail (XC_IS_PERSON (self));

  _xc_record_update (XC_RECORD (self), "degree", value, NULL);
}


/**
 * xc_person_is_senior:
 *
 * Returns: %TRUE for a senior title (高级职称): `deputy_chief` or `chief`
 */
gboolean
xc_person_is_senior (XcPerson *self)
{
  const char *title;

  g_return_val_if_fail (XC_IS_PERSON (self), FALSE);

  title = xc_person_get_title (self);
  return g_strcmp0 (title, "chief") == 0 || g_strcmp0 (title, "deputy_chief") == 0;
}
