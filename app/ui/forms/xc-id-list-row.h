/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_ID_LIST_ROW (xc_id_list_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcIdListRow, xc_id_list_row, XC, ID_LIST_ROW, AdwExpanderRow)

XC_AVAILABLE_IN_ALL
GtkWidget  *xc_id_list_row_new                (XcRecord           *record,
                                               const char         *property,
                                               const char         *title,
                                               GListModel         *candidates);
XC_AVAILABLE_IN_ALL
GtkWidget  *xc_id_list_row_new_for_vocabulary (XcRecord           *record,
                                               const char         *property,
                                               const char         *title,
                                               const char * const *ids);
XC_AVAILABLE_IN_ALL
GListModel *xc_id_list_row_get_candidates     (XcIdListRow        *self);
XC_AVAILABLE_IN_ALL
guint       xc_id_list_row_get_n_ids          (XcIdListRow        *self);
XC_AVAILABLE_IN_ALL
GtkWidget  *xc_id_list_row_get_id_row         (XcIdListRow        *self,
                                               guint               position);
XC_AVAILABLE_IN_ALL
gboolean    xc_id_list_row_add_id             (XcIdListRow        *self,
                                               const char         *id);
XC_AVAILABLE_IN_ALL
gboolean    xc_id_list_row_remove_id          (XcIdListRow        *self,
                                               const char         *id);

G_END_DECLS
