/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_REFERENCE_ROW (xc_reference_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcReferenceRow, xc_reference_row, XC, REFERENCE_ROW, AdwActionRow)

XC_AVAILABLE_IN_ALL
GtkWidget   *xc_reference_row_new            (XcRecord       *record,
                                              const char     *property,
                                              const char     *title,
                                              GListModel     *candidates,
                                              gboolean        allow_none);
XC_AVAILABLE_IN_ALL
void         xc_reference_row_set_filter     (XcReferenceRow *self,
                                              GtkFilter      *filter);
XC_AVAILABLE_IN_ALL
GtkFilter   *xc_reference_row_get_filter     (XcReferenceRow *self);
XC_AVAILABLE_IN_ALL
GListModel  *xc_reference_row_get_choices    (XcReferenceRow *self);
XC_AVAILABLE_IN_ALL
GtkDropDown *xc_reference_row_get_drop_down  (XcReferenceRow *self);
XC_AVAILABLE_IN_ALL
const char  *xc_reference_row_get_selected_id (XcReferenceRow *self);
XC_AVAILABLE_IN_ALL
void         xc_reference_row_select_id      (XcReferenceRow *self,
                                              const char     *id);

XC_AVAILABLE_IN_ALL
void         xc_reference_row_set_required   (XcReferenceRow *self,
                                              gboolean        required);
XC_AVAILABLE_IN_ALL
XcRecord    *xc_reference_row_create         (XcReferenceRow *self,
                                              const char     *name);
XC_AVAILABLE_IN_ALL
GtkFilter   *xc_institution_kind_filter_new  (const char * const *kinds) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
