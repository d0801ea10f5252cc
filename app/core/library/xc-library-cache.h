/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_CACHE (xc_library_cache_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLibraryCache, xc_library_cache, XC, LIBRARY_CACHE, GObject)

/* This computer's copies of one library's designs, under
 * $XDG_CACHE_HOME/xiachen/library/<server>/<design-id>/: working.xcprog
 * (the planner's copy), base.xcprog (the bytes last agreed with the
 * server), state.json (the server's ETag and revision of the base, and
 * whether the working copy is unsent). Every file is replaced atomically.
 * Thread safe: the library's workers use it. */
XC_AVAILABLE_IN_ALL
XcLibraryCache *xc_library_cache_new           (const char      *root_url,
                                                const char      *user);
XC_AVAILABLE_IN_ALL
const char     *xc_library_cache_get_directory (XcLibraryCache  *self);
XC_AVAILABLE_IN_ALL
GBytes         *xc_library_cache_load_working  (XcLibraryCache  *self,
                                                const char      *design_id);
XC_AVAILABLE_IN_ALL
GBytes         *xc_library_cache_load_base     (XcLibraryCache  *self,
                                                const char      *design_id);
/* The ETag and revision of the base (transfer full; NULL where unknown). */
XC_AVAILABLE_IN_ALL
char           *xc_library_cache_dup_etag      (XcLibraryCache  *self,
                                                const char      *design_id);
XC_AVAILABLE_IN_ALL
char           *xc_library_cache_dup_revision  (XcLibraryCache  *self,
                                                const char      *design_id);
XC_AVAILABLE_IN_ALL
gboolean        xc_library_cache_is_unsent     (XcLibraryCache  *self,
                                                const char      *design_id);
/* Design ids whose working copy waits to be sent, sorted. */
XC_AVAILABLE_IN_ALL
GStrv           xc_library_cache_list_unsent   (XcLibraryCache  *self);
/* A save not (yet) on the server: the working copy, marked unsent. */
XC_AVAILABLE_IN_ALL
gboolean        xc_library_cache_store_unsent  (XcLibraryCache  *self,
                                                const char      *design_id,
                                                GBytes          *working,
                                                GError         **error);
/* The server agreed: @contents is working copy and base, with its ETag. */
XC_AVAILABLE_IN_ALL
gboolean        xc_library_cache_store_agreed  (XcLibraryCache  *self,
                                                const char      *design_id,
                                                GBytes          *contents,
                                                const char      *etag,
                                                const char      *revision,
                                                GError         **error);
/* Whether the server passed the conditional-write probe once. */
XC_AVAILABLE_IN_ALL
gboolean        xc_library_cache_get_probed    (XcLibraryCache  *self);
XC_AVAILABLE_IN_ALL
void            xc_library_cache_set_probed    (XcLibraryCache  *self);

G_END_DECLS
