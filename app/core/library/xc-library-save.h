/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_SAVE (xc_library_save_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLibrarySave, xc_library_save, XC, LIBRARY_SAVE, GObject)

/* What a save to the library came to: accepted (a revision, perhaps after
 * merging the server's changes in), or conflicts that need a person —
 * then nothing was written to the server. */
XC_AVAILABLE_IN_ALL
const char *xc_library_save_get_design_id   (XcLibrarySave *self);
/* The new revision; NULL where conflicts stopped the save. */
XC_AVAILABLE_IN_ALL
const char *xc_library_save_get_revision    (XcLibrarySave *self);
/* The server's revision merged in (a clean automatic merge), or NULL. */
XC_AVAILABLE_IN_ALL
const char *xc_library_save_get_merged_from (XcLibrarySave *self);
/* The bytes the server now holds; differ from those given where merged:
 * the caller's copy must become these. NULL where conflicts stopped it. */
XC_AVAILABLE_IN_ALL
GBytes     *xc_library_save_get_contents    (XcLibrarySave *self);
/* XcMergeConflict items; empty where the save was accepted. */
XC_AVAILABLE_IN_ALL
GListModel *xc_library_save_get_conflicts   (XcLibrarySave *self);
/* Where conflicts stopped the save: who made the server's revision, and
 * the three versions the window shows. */
XC_AVAILABLE_IN_ALL
const char *xc_library_save_get_theirs_by   (XcLibrarySave *self);
XC_AVAILABLE_IN_ALL
const char *xc_library_save_get_theirs_revision (XcLibrarySave *self);
XC_AVAILABLE_IN_ALL
GBytes     *xc_library_save_get_base        (XcLibrarySave *self);
XC_AVAILABLE_IN_ALL
GBytes     *xc_library_save_get_mine        (XcLibrarySave *self);
XC_AVAILABLE_IN_ALL
GBytes     *xc_library_save_get_theirs      (XcLibrarySave *self);

G_END_DECLS
