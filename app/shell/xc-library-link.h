/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

#include "xc-window.h"

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_LINK (xc_library_link_get_type ())

G_DECLARE_FINAL_TYPE (XcLibraryLink, xc_library_link, XC, LIBRARY_LINK, GObject)

/* Where an open design came from in a shared library, kept on its
 * XcDocument as object data ("xc-library-link"), so that Ctrl+S sends it
 * back there instead of to a file. A revision opened from the history
 * has @revision set: it is read-only, never saved over the library. */
XcLibraryLink  *xc_library_link_new           (XcLibrary      *library,
                                               const char     *design_id,
                                               const char     *revision);
/* The link of @document, or NULL for a design of a file. */
XcLibraryLink  *xc_library_link_get           (XcDocument     *document);
void            xc_library_link_attach        (XcLibraryLink  *self,
                                               XcDocument     *document);
XcLibrary      *xc_library_link_get_library   (XcLibraryLink  *self);
const char     *xc_library_link_get_design_id (XcLibraryLink  *self);
/* The revision shown where read-only, else NULL. */
const char     *xc_library_link_get_revision  (XcLibraryLink  *self);
gboolean        xc_library_link_get_read_only (XcLibraryLink  *self);
XcLibraryState  xc_library_link_get_state     (XcLibraryLink  *self);
void            xc_library_link_set_state     (XcLibraryLink  *self,
                                               XcLibraryState  state);
/* The state in words, for a tab's tooltip and the window's subtitle. */
char           *xc_library_link_describe      (XcLibraryLink  *self);
/* Marks @tab with the state, and keeps it current: a PROPFIND through
 * xc_library_check_async() every few minutes and when @window gets the
 * focus, never a download. */
void            xc_library_link_show_on_tab   (XcLibraryLink  *self,
                                               GtkWindow      *window,
                                               AdwTabPage     *tab);
void            xc_library_link_check         (XcLibraryLink  *self);

/* Ctrl+S of a design from the library: sends it (xc_library_push_async),
 * puts what the server now holds in the tab, and where the save meets a
 * conflict shows the conflict sheet and writes nothing until the planner
 * decides. @closing_tab (nullable) is closed once saved. */
void            xc_library_link_save          (XcLibraryLink  *self,
                                               XcWindow       *window,
                                               XcDocument     *document,
                                               AdwTabPage     *closing_tab);

/* Opens a design of the library in a new tab of @window, or shows the
 * tab that has it already. @contents are its bytes. */
XcDesignPage   *xc_library_link_open          (XcLibraryLink  *self,
                                               XcWindow       *window,
                                               GBytes         *contents,
                                               GError        **error);

/* Words for what the library's merge and history name: a collection
 * ("units", "region.towns"; NULL for the design itself), a member of one
 * of its records, a changed record ("units/u-3", "title"). */
const char     *xc_library_link_describe_collection (const char *collection);
const char     *xc_library_link_describe_member     (const char *collection,
                                                     const char *member);
char           *xc_library_link_describe_change     (const char *changed);

G_END_DECLS
