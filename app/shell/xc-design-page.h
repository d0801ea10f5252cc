/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_DESIGN_PAGE (xc_design_page_get_type ())

G_DECLARE_FINAL_TYPE (XcDesignPage, xc_design_page, XC, DESIGN_PAGE, GtkWidget)

XcDesignPage *xc_design_page_new            (XcDocument       *document,
                                             XcPluginRegistry *registry);
XcDocument   *xc_design_page_get_document   (XcDesignPage     *self);
XcScheme     *xc_design_page_get_scheme     (XcDesignPage     *self);
XcReport     *xc_design_page_get_report     (XcDesignPage     *self);
gboolean      xc_design_page_get_checking   (XcDesignPage     *self);
void          xc_design_page_check_now      (XcDesignPage     *self);
void          xc_design_page_edit_record    (XcDesignPage     *self,
                                             XcRecord         *record);
GtkWidget    *xc_design_page_get_form       (XcDesignPage     *self);
XcRecord     *xc_design_page_get_form_record (XcDesignPage    *self);
gboolean      xc_design_page_show_finding   (XcDesignPage     *self,
                                             XcFinding        *finding);
void          xc_design_page_accept_finding (XcDesignPage     *self,
                                             XcFinding        *finding,
                                             const char       *reason);
guint         xc_design_page_accept_findings (XcDesignPage    *self,
                                             GPtrArray        *findings,
                                             const char       *reason);
void          xc_design_page_show_view      (XcDesignPage     *self,
                                             const char       *view);
GListModel   *xc_design_page_get_charts     (XcDesignPage     *self);
gboolean      xc_design_page_write_draft    (XcDesignPage     *self);
void          xc_design_page_flush_draft    (XcDesignPage     *self);
void          xc_design_page_focus_search   (XcDesignPage     *self);
gboolean      xc_design_page_undo           (XcDesignPage     *self);
gboolean      xc_design_page_redo           (XcDesignPage     *self);
void          xc_design_page_add_toast      (XcDesignPage     *self,
                                             AdwToast         *toast);

G_END_DECLS
