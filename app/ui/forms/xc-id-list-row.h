/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_ID_LIST_ROW (xc_id_list_row_get_type ())

G_DECLARE_FINAL_TYPE (XcIdListRow, xc_id_list_row, XC, ID_LIST_ROW, AdwExpanderRow)

GtkWidget  *xc_id_list_row_new                (XcRecord           *record,
                                               const char         *property,
                                               const char         *title,
                                               GListModel         *candidates);
GtkWidget  *xc_id_list_row_new_for_vocabulary (XcRecord           *record,
                                               const char         *property,
                                               const char         *title,
                                               const char * const *ids);
GListModel *xc_id_list_row_get_candidates     (XcIdListRow        *self);
guint       xc_id_list_row_get_n_ids          (XcIdListRow        *self);
GtkWidget  *xc_id_list_row_get_id_row         (XcIdListRow        *self,
                                               guint               position);
gboolean    xc_id_list_row_add_id             (XcIdListRow        *self,
                                               const char         *id);
gboolean    xc_id_list_row_remove_id          (XcIdListRow        *self,
                                               const char         *id);

G_END_DECLS
