/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void xc_gradual_rows_start  (GtkSliceListModel *rows,
                             GtkWidget         *list,
                             guint              n_items);
void xc_gradual_rows_finish (GtkSliceListModel *rows);

G_END_DECLS
