/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-need.h"
#include "xc-record-private.h"

/**
 * XcNeed:
 *
 * A specialty an institution asks for.
 */
struct _XcNeed
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcNeed, xc_need, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INSTITUTION,
  PROP_SPECIALTY,
  PROP_NOTE,
  N_PROPS
};

static void
xc_need_class_init (XcNeedClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_INSTITUTION, "institution", "institution",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_SPECIALTY, "specialty", "specialty",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_NOTE, "note", "note",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_need_init (XcNeed *self)
{
}

XcNeed *
xc_need_new (void)
{
  return g_object_new (XC_TYPE_NEED, NULL);
}

const char *
xc_need_get_institution (XcNeed *self)
{
  g_return_val_if_fail (XC_IS_NEED (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "institution");
}

void
xc_need_set_institution (XcNeed *self,
                         const char *value)
{
  g_return_if_fail (XC_IS_NEED (self));

  _xc_record_update (XC_RECORD (self), "institution", value, NULL);
}

const char *
xc_need_get_specialty (XcNeed *self)
{
  g_return_val_if_fail (XC_IS_NEED (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "specialty");
}

void
xc_need_set_specialty (XcNeed *self,
                       const char *value)
{
  g_return_if_fail (XC_IS_NEED (self));

  _xc_record_update (XC_RECORD (self), "specialty", value, NULL);
}

const char *
xc_need_get_note (XcNeed *self)
{
  g_return_val_if_fail (XC_IS_NEED (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "note");
}

void
xc_need_set_note (XcNeed *self,
                  const char *value)
{
  g_return_if_fail (XC_IS_NEED (self));

  _xc_record_update (XC_RECORD (self), "note", value, NULL);
}

