/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define XC_TYPE_RECORD (xc_record_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (XcRecord, xc_record, XC, RECORD, GObject)

/**
 * XcRecordClass:
 * @sync_json: write collections held as list models back into the record's
 *   JSON object before it is saved
 *
 * Every object of a design keeps the JSON object it was read from. Typed
 * getters read it, setters write it, and members the model does not know
 * (every `ext` among them) stay in it untouched, so a save loses nothing.
 */
struct _XcRecordClass
{
  GObjectClass parent_class;

  void (*sync_json) (XcRecord *self);

  /*< private >*/
  gpointer _reserved[8];
};

XC_AVAILABLE_IN_ALL
JsonObject  *xc_record_get_json            (XcRecord    *self);
XC_AVAILABLE_IN_ALL
XcRecord    *xc_record_duplicate           (XcRecord    *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char  *xc_record_get_id              (XcRecord    *self);
XC_AVAILABLE_IN_ALL
const char  *xc_record_get_label           (XcRecord    *self);
XC_AVAILABLE_IN_ALL
const char  *xc_record_find_property_for_path (XcRecord *self,
                                            const char  *path);
XC_AVAILABLE_IN_ALL
JsonObject  *xc_record_get_ext             (XcRecord    *self);
XC_AVAILABLE_IN_ALL
JsonNode    *xc_record_get_ext_member      (XcRecord    *self,
                                            const char  *name);
XC_AVAILABLE_IN_ALL
const char  *xc_record_get_ext_string      (XcRecord    *self,
                                            const char  *name);
XC_AVAILABLE_IN_ALL
gboolean     xc_record_get_ext_number      (XcRecord    *self,
                                            const char  *name,
                                            double      *value);
XC_AVAILABLE_IN_ALL
gboolean     xc_record_get_ext_strv_contains (XcRecord  *self,
                                            const char  *name,
                                            const char  *value);
XC_AVAILABLE_IN_ALL
void         xc_record_splice_list         (XcRecord    *self,
                                            GListStore  *store,
                                            guint        position,
                                            guint        n_removals,
                                            gpointer    *additions,
                                            guint        n_additions);
XC_AVAILABLE_IN_ALL
void         xc_record_set_ext_member      (XcRecord    *self,
                                            const char  *name,
                                            JsonNode    *value);

G_END_DECLS
