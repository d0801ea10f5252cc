/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where this computer's copy of a design stands against the library. */
typedef enum
{
  XC_LIBRARY_STATE_NOT_CACHED,         /* on the server, never opened here */
  XC_LIBRARY_STATE_CURRENT,            /* the copy here is the server's revision */
  XC_LIBRARY_STATE_CHANGED_ON_SERVER,  /* someone saved since this copy was agreed */
  XC_LIBRARY_STATE_UNSENT,             /* saved here, not yet on the server */
} XcLibraryState;

#define XC_TYPE_LIBRARY_DESIGN (xc_library_design_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLibraryDesign, xc_library_design, XC, LIBRARY_DESIGN, GObject)

/* A design of a library: a row of xc_library_list(), or what
 * xc_library_pull() brought (then with its contents). */
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_id         (XcLibraryDesign *self);
/* NULL where no history entry of Xiachen says (a file put there by hand). */
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_title      (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_scheme     (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_revision   (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_by         (XcLibraryDesign *self);
/* The server's modification time (UTC), or NULL. */
XC_AVAILABLE_IN_ALL
GDateTime      *xc_library_design_get_modified   (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
const char     *xc_library_design_get_etag       (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
guint64         xc_library_design_get_size       (XcLibraryDesign *self);
XC_AVAILABLE_IN_ALL
XcLibraryState  xc_library_design_get_state      (XcLibraryDesign *self);
/* The design's bytes (pull only), else NULL. */
XC_AVAILABLE_IN_ALL
GBytes         *xc_library_design_get_contents   (XcLibraryDesign *self);
/* TRUE where a pull could not reach the server and gave the cached copy. */
XC_AVAILABLE_IN_ALL
gboolean        xc_library_design_get_from_cache (XcLibraryDesign *self);

G_END_DECLS
