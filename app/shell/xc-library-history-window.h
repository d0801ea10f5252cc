/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

#include "xc-window.h"

G_BEGIN_DECLS

#define XC_TYPE_LIBRARY_HISTORY_WINDOW (xc_library_history_window_get_type ())

G_DECLARE_FINAL_TYPE (XcLibraryHistoryWindow, xc_library_history_window, XC,
                      LIBRARY_HISTORY_WINDOW, AdwWindow)

/* A design's history in a library: every accepted save, who made it, when
 * and what changed; any revision opens read-only in a tab of @window,
 * compares with the current one in the comparison window, or is restored
 * (a new save). */
GtkWidget  *xc_library_history_window_new       (XcWindow               *window,
                                                  XcLibrary              *library,
                                                  const char             *design_id,
                                                  const char             *title);
void        xc_library_history_window_refresh   (XcLibraryHistoryWindow *self);
/* XcLibraryRevision items, newest first; NULL until listed. */
GListModel *xc_library_history_window_get_revisions (XcLibraryHistoryWindow *self);
void        xc_library_history_window_open      (XcLibraryHistoryWindow *self,
                                                 const char             *revision);
void        xc_library_history_window_compare   (XcLibraryHistoryWindow *self,
                                                 const char             *revision);
void        xc_library_history_window_restore   (XcLibraryHistoryWindow *self,
                                                 const char             *revision);

G_END_DECLS
