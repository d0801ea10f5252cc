/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_COMPARISON_WINDOW (xc_comparison_window_get_type ())

G_DECLARE_FINAL_TYPE (XcComparisonWindow, xc_comparison_window, XC, COMPARISON_WINDOW, AdwWindow)

GtkWidget    *xc_comparison_window_new            (GtkWindow          *parent);
void          xc_comparison_window_add_design     (XcComparisonWindow *self,
                                                   const char         *label,
                                                   XcProgramme        *programme);
void          xc_comparison_window_add_design_from_file (XcComparisonWindow *self,
                                                         const char         *title,
                                                         const char         *file_name,
                                                         XcProgramme        *programme);
gboolean      xc_comparison_window_get_checking   (XcComparisonWindow *self);
void          xc_comparison_window_set_checked    (XcComparisonWindow *self,
                                                   guint               design,
                                                   gboolean            checked);
XcComparison *xc_comparison_window_get_comparison (XcComparisonWindow *self);
GListModel   *xc_comparison_window_get_charts     (XcComparisonWindow *self);
gboolean      xc_comparison_window_export         (XcComparisonWindow *self,
                                                   const char         *format,
                                                   GFile              *file,
                                                   GError            **error);

G_END_DECLS
