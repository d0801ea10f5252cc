/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define XC_TYPE_RECORD (xc_record_get_type ())

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

JsonObject  *xc_record_get_json            (XcRecord    *self);
XcRecord    *xc_record_duplicate           (XcRecord    *self) G_GNUC_WARN_UNUSED_RESULT;
const char  *xc_record_get_id              (XcRecord    *self);
const char  *xc_record_get_label           (XcRecord    *self);
const char  *xc_record_find_property_for_path (XcRecord *self,
                                            const char  *path);
JsonObject  *xc_record_get_ext             (XcRecord    *self);
JsonNode    *xc_record_get_ext_member      (XcRecord    *self,
                                            const char  *name);
const char  *xc_record_get_ext_string      (XcRecord    *self,
                                            const char  *name);
gboolean     xc_record_get_ext_number      (XcRecord    *self,
                                            const char  *name,
                                            double      *value);
gboolean     xc_record_get_ext_strv_contains (XcRecord  *self,
                                            const char  *name,
                                            const char  *value);
void         xc_record_splice_list         (XcRecord    *self,
                                            GListStore  *store,
                                            guint        position,
                                            guint        n_removals,
                                            gpointer    *additions,
                                            guint        n_additions);
void         xc_record_set_ext_member      (XcRecord    *self,
                                            const char  *name,
                                            JsonNode    *value);

G_END_DECLS
