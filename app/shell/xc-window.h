/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

#include "xc-application.h"
#include "xc-design-page.h"

G_BEGIN_DECLS

#define XC_TYPE_WINDOW (xc_window_get_type ())

G_DECLARE_FINAL_TYPE (XcWindow, xc_window, XC, WINDOW, AdwApplicationWindow)

XcWindow     *xc_window_new             (XcApplication *application);
void          xc_window_open            (XcWindow      *self,
                                         GFile         *file);
XcDesignPage *xc_window_add_document    (XcWindow      *self,
                                         XcDocument    *document);
XcDesignPage *xc_window_new_design      (XcWindow      *self,
                                         const char    *scheme_id);
XcDesignPage *xc_window_get_page        (XcWindow      *self);
AdwTabView   *xc_window_get_tab_view    (XcWindow      *self);
GtkWidget    *xc_window_compare         (XcWindow      *self);
void          xc_window_export_findings_async  (XcWindow            *self,
                                                const char          *format,
                                                GFile               *file,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean      xc_window_export_findings_finish (XcWindow            *self,
                                                GAsyncResult        *result,
                                                GError             **error);
void          xc_window_offer_recovery  (XcWindow      *self);
void          xc_window_flush_drafts    (XcWindow      *self);
XcProgramme  *xc_window_get_programme   (XcWindow      *self);
XcReport     *xc_window_get_report      (XcWindow      *self);

G_END_DECLS
