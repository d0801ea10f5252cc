/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
GtkWidget *xc_record_form_new           (XcRecord   *record);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_record_form_new_in_programme (XcRecord    *record,
                                            XcProgramme *programme);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_record_form_new_budget_group (XcProgramme *programme);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_record_form_new_region_group (XcProgramme *programme);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_record_form_new_row       (XcRecord   *record,
                                         const char *property);
XC_AVAILABLE_IN_ALL
gboolean   xc_form_focus_path           (GtkWidget  *form,
                                         XcRecord   *record,
                                         const char *path);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_form_find_row             (GtkWidget  *form,
                                         XcRecord   *record,
                                         const char *path);
XC_AVAILABLE_IN_ALL
const char *xc_form_get_property_title  (const char *property);

G_END_DECLS
