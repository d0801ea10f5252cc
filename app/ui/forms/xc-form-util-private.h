/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <xiachen.h>

G_BEGIN_DECLS

/* Helpers the form widgets of this library share. Items of candidate
 * models are XcRecords (people, institutions, towns: chosen by id, shown by
 * label) or GtkStringObjects (vocabulary ids, shown by their label). */

const char    *_xc_form_get_label         (const char *id);
const char    *_xc_item_get_id            (gpointer    item);
const char    *_xc_item_get_label         (gpointer    item);
GtkExpression *_xc_item_label_expression  (void);
GtkListItemFactory *_xc_item_label_factory (void);
guint          _xc_list_find_id           (GListModel *model,
                                           const char *id);
const char    *_xc_list_label_for_id      (GListModel *model,
                                           const char *id);
GtkWidget     *_xc_find_descendant        (GtkWidget  *widget,
                                           GType       type);

G_END_DECLS
