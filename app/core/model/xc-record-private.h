/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xc-design.h"
#include "xc-record.h"

G_BEGIN_DECLS

/* Helpers for the model types: typed access to members of the record's JSON
 * object. The format check has run before a record is built, so a member is
 * either absent, null or of the documented type. */

void         _xc_record_set_json           (XcRecord    *self,
                                            JsonObject  *object);
JsonObject  *_xc_record_peek_json          (XcRecord    *self);
void         _xc_record_mark_dirty         (XcRecord    *self);
GBytes      *_xc_record_get_source_bytes   (XcRecord    *self);
void         _xc_record_set_lazy           (XcRecord    *self,
                                            XcDesign    *design,
                                            gsize        start,
                                            gsize        end,
                                            const char  *id,
                                            const char  *name);
void         _xc_record_set_source         (XcRecord    *self,
                                            GBytes      *bytes,
                                            gsize        start,
                                            gsize        end);
GBytes      *_xc_record_get_source         (XcRecord    *self,
                                            gsize       *start,
                                            gsize       *end);
const char  *_xc_record_get_string         (XcRecord    *self,
                                            const char  *member);
gboolean     _xc_record_set_string         (XcRecord    *self,
                                            const char  *member,
                                            const char  *value);
gboolean     _xc_record_get_number         (XcRecord    *self,
                                            const char  *member,
                                            double      *value);
gint64       _xc_record_get_int            (XcRecord    *self,
                                            const char  *member,
                                            gint64       default_value);
gboolean     _xc_record_set_int            (XcRecord    *self,
                                            const char  *member,
                                            gint64       value);
gboolean     _xc_record_set_number         (XcRecord    *self,
                                            const char  *member,
                                            double       value);
gboolean     _xc_record_get_bool           (XcRecord    *self,
                                            const char  *member,
                                            gboolean     default_value);
gboolean     _xc_record_set_bool           (XcRecord    *self,
                                            const char  *member,
                                            gboolean     value);
const char * const *_xc_record_get_strv    (XcRecord    *self,
                                            const char  *member);
gboolean     _xc_record_set_strv           (XcRecord    *self,
                                            const char  *member,
                                            const char * const *value);
JsonObject  *_xc_record_get_object         (XcRecord    *self,
                                            const char  *member);
JsonObject  *_xc_record_ensure_object      (XcRecord    *self,
                                            const char  *member);
void         _xc_record_sync_json          (XcRecord    *self);

/* Member properties: a subclass maps a property to a JSON member path ("id",
 * or "facilities.teaching_room_m2" one level down) in class_init; XcRecord's
 * get_property and set_property then read and write the JSON, and notify. */
typedef enum
{
  XC_MEMBER_STRING,
  XC_MEMBER_INT,
  XC_MEMBER_NUMBER,
  XC_MEMBER_BOOL,
  XC_MEMBER_STRV,
} XcMemberType;

GParamSpec  *_xc_record_class_install_member (XcRecordClass *klass,
                                            guint        prop_id,
                                            const char  *property_name,
                                            const char  *json_path,
                                            XcMemberType type,
                                            double       default_value);
void         _xc_record_update            (XcRecord    *self,
                                            const char  *property_name,
                                            ...);

/* Change tracking. A record that holds collections (the programme, a unit)
 * owns a tracker; every item of its collections holds a reference to it,
 * so a change anywhere walks up item → unit → programme in O(1), where the
 * programme emits "changed". The owner clears the tracker's plain pointer
 * in dispose, so items that outlive it report to nobody (no weak refs:
 * GLib 2.74 removes those in O(n)). */
typedef struct _XcTracker XcTracker;

XcTracker   *_xc_tracker_new               (XcRecord    *owner);
XcTracker   *_xc_tracker_ref               (XcTracker   *tracker);
void         _xc_tracker_unref             (XcTracker   *tracker);
void         _xc_tracker_detach            (XcTracker   *tracker);

void         _xc_record_set_tracker        (XcRecord    *self,
                                            XcTracker   *tracker);
void         _xc_record_track_items        (GListModel  *list,
                                            guint        position,
                                            guint        n_items,
                                            XcTracker   *tracker);
/* The programme marks itself as the root where changes end up. */
void         _xc_record_set_root           (XcRecord    *self);
void         _xc_record_changed            (XcRecord    *self);
/* Implemented by XcProgramme: the design as read, while unchanged. */
XcDesign    *_xc_programme_get_design_as_read (XcRecord *programme);
/* Implemented by XcProgramme: the design it was read from, changed since
 * or not; %NULL for a new one. */
XcDesign    *_xc_programme_get_design_read_from (XcRecord *programme);
XcDesign    *_xc_programme_dup_design      (XcRecord    *programme);
/* Implemented by XcProgramme: its lookups by id are out of date. */
void         _xc_programme_ids_changed     (XcRecord    *programme);
void         _xc_programme_forget_bytes    (XcRecord    *programme);
/* Implemented by XcProgramme: emits its "changed" signal. */
void         _xc_programme_emit_changed    (XcRecord    *programme);
/* Implemented by XcProgramme: emits "member-changed", for undo. */
void         _xc_programme_emit_member_changed (XcRecord *programme,
                                            XcRecord    *record,
                                            const char  *name,
                                            JsonNode    *old_value);
/* Implemented by XcProgramme: emits "list-spliced", for undo. */
void         _xc_programme_emit_list_spliced (XcRecord  *programme,
                                            GListStore  *store,
                                            guint        position,
                                            GPtrArray   *removed,
                                            GPtrArray   *added);
/* Undo: the JSON of the first level holding a member (a deep copy, %NULL
 * where absent: `budget` for `budget.total`), and putting it back (%NULL
 * removes it), which notifies and reports the change. @name is a member
 * property's name or `ext:NAME`. */
JsonNode    *_xc_record_dup_member         (XcRecord    *self,
                                            const char  *name);
void         _xc_record_restore_member     (XcRecord    *self,
                                            const char  *name,
                                            JsonNode    *value);
/* Implemented by XcProgramme: the writing half of a save, for a worker
 * thread (the model itself is not thread-safe); errors name the file. */
gboolean     _xc_programme_write_bytes     (GBytes       *bytes,
                                            GFile        *file,
                                            GCancellable *cancellable,
                                            GError      **error);

/* A deep copy sharing nothing with @node (json_node_copy() shares objects
 * and arrays), member order kept. */
JsonNode    *_xc_json_node_deep_copy       (JsonNode    *node);

/* Collections: items are XcRecords built from the objects of a JSON array,
 * each reporting its changes through @tracker (nullable). */
GListStore  *_xc_record_load_list          (JsonObject  *object,
                                            const char  *member,
                                            GType        item_type,
                                            XcTracker   *tracker);
void         _xc_record_store_list         (JsonObject  *object,
                                            const char  *member,
                                            GListModel  *list,
                                            gboolean     required);

/* Reads a JSON object member of any type as helpers below do. */
const char  *_xc_json_get_string           (JsonObject  *object,
                                            const char  *member);
gboolean     _xc_json_get_number           (JsonObject  *object,
                                            const char  *member,
                                            double      *value);

G_END_DECLS
