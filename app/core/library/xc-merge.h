/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-merge-conflict.h"

G_BEGIN_DECLS

/* Three-way merge of design JSON by record id (library.md): units, people,
 * institutions, needs, deviations and region.towns are records (needs by
 * institution and specialty, deviations by rule, unit and subject, the rest
 * by "id"); the other top-level members, and region's, are members of one
 * record. Member by member: a change on one side is taken, the same change
 * on both is fine, different changes or a deletion against a change are a
 * conflict. Unknown members and ext survive as they are.
 *
 * A pure function of its bytes, for the client and for a fuzz target.
 * @base may be NULL (both sides created the design). @picks (nullable)
 * maps a conflict's path to GINT_TO_POINTER (XcMergePick): a person's
 * choices, applied instead of reporting those conflicts.
 *
 * Returns the conflicts left (empty: clean, and *@merged holds the merged
 * design as JSON text, not yet validated), or NULL with @error where an
 * input is not a JSON object. */
XC_AVAILABLE_IN_ALL
GPtrArray *xc_merge_three_way       (GBytes      *base,
                                     GBytes      *mine,
                                     GBytes      *theirs,
                                     GHashTable  *picks,
                                     GBytes     **merged,
                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* The records and top-level members that differ between @before (nullable)
 * and @after, as "units/u-3", "people/p-1", "title": what a history entry
 * lists as changed. NULL with @error where either is not a JSON object. */
XC_AVAILABLE_IN_ALL
GStrv      xc_merge_changed_records (GBytes      *before,
                                     GBytes      *after,
                                     GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
