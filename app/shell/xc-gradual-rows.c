/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-gradual-rows.h"

/* GTK 4.8's list and column views make, bind and lay out two hundred rows
 * at once when their model fills: 0.2 s of the main thread for the
 * findings of a national design, as long again for its units. A list
 * shows its model through a GtkSliceListModel, and one that fills grows
 * back ROWS_PER_FRAME rows a frame until it has as many as GTK makes; the
 * rest then come at once, at no cost (they have no rows). */
#define ROWS_PER_FRAME 12
#define ROWS_MADE      200

typedef struct
{
  GtkSliceListModel *rows;
  GtkWidget         *list;
  guint              tick;
} Growth;

static GQuark growth_quark;

static void
growth_free (gpointer data)
{
  Growth *growth = data;

  g_object_set_qdata (G_OBJECT (growth->rows), growth_quark, NULL);
  g_object_unref (growth->rows);
  g_free (growth);
}

static gboolean
grow_cb (GtkWidget     *list,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Growth *growth = user_data;
  guint size = gtk_slice_list_model_get_size (growth->rows);

  if (size + ROWS_PER_FRAME >= ROWS_MADE)
    {
      gtk_slice_list_model_set_size (growth->rows, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (growth->rows, size + ROWS_PER_FRAME);
  return G_SOURCE_CONTINUE;
}

/**
 * xc_gradual_rows_start:
 * @rows: the slice of the model @list shows, from 0
 * @list: the list or column view
 * @n_items: how many items the model is about to have
 *
 * Call before the model fills. A list that is not shown yet starts
 * growing with its first frame.
 */
void
xc_gradual_rows_start (GtkSliceListModel *rows,
                       GtkWidget         *list,
                       guint              n_items)
{
  Growth *growth;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (rows));
  g_return_if_fail (GTK_IS_WIDGET (list));

  if (growth_quark == 0)
    growth_quark = g_quark_from_static_string ("xc-gradual-rows");
  if (n_items <= ROWS_PER_FRAME)
    return;
  gtk_slice_list_model_set_size (rows, ROWS_PER_FRAME);
  if (g_object_get_qdata (G_OBJECT (rows), growth_quark) != NULL)
    return;
  growth = g_new0 (Growth, 1);
  growth->rows = g_object_ref (rows);
  growth->list = list;
  g_object_set_qdata (G_OBJECT (rows), growth_quark, growth);
  growth->tick = gtk_widget_add_tick_callback (list, grow_cb, growth, growth_free);
}

/**
 * xc_gradual_rows_finish:
 *
 * Shows every item now: before selecting one by its position.
 */
void
xc_gradual_rows_finish (GtkSliceListModel *rows)
{
  Growth *growth;

  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (rows));

  growth = growth_quark != 0 ? g_object_get_qdata (G_OBJECT (rows), growth_quark) : NULL;
  if (growth != NULL)
    gtk_widget_remove_tick_callback (growth->list, growth->tick);
  gtk_slice_list_model_set_size (rows, G_MAXUINT);
}
