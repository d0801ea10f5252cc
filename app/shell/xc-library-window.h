/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

#include "xc-window.h"

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_WINDOW (xc_library_window_get_type ())

G_DECLARE_FINAL_TYPE (XcLibraryWindow, xc_library_window, XC, LIBRARY_WINDOW, AdwWindow)

/* The library browser of a main window: connects to a library (URL and
 * user in the settings, the password in the keyring), lists its designs
 * with title, scheme, who saved last and when, and the state of the copy
 * here; opens them as tabs of @window and shows their history. One per
 * main window: xc_library_window_get_for() makes it the first time. */
XcLibraryWindow *xc_library_window_get_for      (XcWindow        *window);
/* Connects as @user with @password (stored in the keyring) and lists. */
void             xc_library_window_connect      (XcLibraryWindow *self,
                                                 const char      *url,
                                                 const char      *user,
                                                 const char      *password);
/* The connected library, or NULL. */
XcLibrary       *xc_library_window_get_library  (XcLibraryWindow *self);
/* Lists the designs again. */
void             xc_library_window_refresh      (XcLibraryWindow *self);
/* XcLibraryDesign items of the last list; NULL before the first. */
GListModel      *xc_library_window_get_designs  (XcLibraryWindow *self);
/* Pulls @design_id and opens it in a tab of the main window. */
void             xc_library_window_open_design  (XcLibraryWindow *self,
                                                 const char      *design_id);
/* The history window of @design_id. */
GtkWidget       *xc_library_window_show_history (XcLibraryWindow *self,
                                                 const char      *design_id);

G_END_DECLS
