/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define XC_TYPE_MERGE_CONFLICT (xc_merge_conflict_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcMergeConflict, xc_merge_conflict, XC, MERGE_CONFLICT, GObject)

/* Which side a person chose for a conflict (xc_merge_three_way's @picks). */
typedef enum
{
  XC_MERGE_PICK_MINE = 1,
  XC_MERGE_PICK_THEIRS,
} XcMergePick;

/* A member both sides changed differently, or a record one side deleted
 * and the other changed. Values are NULL where that side has none. */
XC_AVAILABLE_IN_ALL
XcMergeConflict *xc_merge_conflict_new            (const char *path,
                                                   const char *collection,
                                                   const char *record_id,
                                                   const char *member,
                                                   JsonNode   *base,
                                                   JsonNode   *mine,
                                                   JsonNode   *theirs) G_GNUC_WARN_UNUSED_RESULT;
/* "units[u-3].lead", "title", "units[u-3]" (a whole record): the key of @picks. */
XC_AVAILABLE_IN_ALL
const char      *xc_merge_conflict_get_path       (XcMergeConflict *self);
/* "units", "people", …, "region.towns"; NULL for a top-level member. */
XC_AVAILABLE_IN_ALL
const char      *xc_merge_conflict_get_collection (XcMergeConflict *self);
XC_AVAILABLE_IN_ALL
const char      *xc_merge_conflict_get_record_id  (XcMergeConflict *self);
/* NULL where the whole record is in conflict (deleted against changed). */
XC_AVAILABLE_IN_ALL
const char      *xc_merge_conflict_get_member     (XcMergeConflict *self);
XC_AVAILABLE_IN_ALL
JsonNode        *xc_merge_conflict_get_base       (XcMergeConflict *self);
XC_AVAILABLE_IN_ALL
JsonNode        *xc_merge_conflict_get_mine       (XcMergeConflict *self);
XC_AVAILABLE_IN_ALL
JsonNode        *xc_merge_conflict_get_theirs     (XcMergeConflict *self);
/* A side as compact JSON for display; NULL where that side has no value. */
XC_AVAILABLE_IN_ALL
char            *xc_merge_conflict_dup_text       (XcMergeConflict *self,
                                                   XcMergePick      side_or_zero_for_base);

G_END_DECLS
