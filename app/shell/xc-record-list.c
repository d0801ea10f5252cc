/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "xc-record-list.h"
#include "xc-gradual-rows.h"

/* One collection of a design (units, institutions or people) as a table
 * with search, sortable columns and add / duplicate / remove buttons. The
 * page that owns it does the adding and removing: it knows ids and undo. */
struct _XcRecordList
{
  GtkWidget           parent_instance;

  GtkSearchEntry     *search_entry;
  GtkButton          *add_button;
  GtkButton          *duplicate_button;
  GtkButton          *remove_button;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;

  GPtrArray          *columns;     /* of Column */
  GtkFilterListModel *filtered;
  GtkFilter          *search_filter; /* the filter while there is a search */
  GtkSortListModel   *sorted;
  GtkSliceListModel  *rows;      /* a list filled grows back a few rows a frame */
  GtkSingleSelection *selection;
  char               *search;      /* casefolded; NULL shows everything */
};

G_DEFINE_FINAL_TYPE (XcRecordList, xc_record_list, GTK_TYPE_WIDGET)

typedef struct
{
  XcRecordListText text;
  gpointer         user_data;
} Column;

enum {
  SELECTION_CHANGED,
  ADD_RECORD,
  DUPLICATE_RECORD,
  REMOVE_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
column_text (Column   *column,
             XcRecord *record)
{
  const char *text = column->text (record, column->user_data);

  return text != NULL ? text : "";
}

static gboolean
record_matches (gpointer item,
                gpointer user_data)
{
  XcRecordList *self = user_data;

  if (self->search == NULL)
    return TRUE;
  if (g_str_has_prefix (xc_record_get_id (item) ? xc_record_get_id (item) : "", self->search))
    return TRUE;
  for (guint i = 0; i < self->columns->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (column_text (g_ptr_array_index (self->columns, i),
                                                              item), -1);

      if (strstr (folded, self->search) != NULL)
        return TRUE;
    }
  return FALSE;
}

static int
compare_by_column (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  Column *column = user_data;

  return g_utf8_collate (column_text (column, (XcRecord *) a), column_text (column, (XcRecord *) b));
}

static void
update_count (XcRecordList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u item", "%u items", total), total);
  else
    /* TRANSLATORS: how many rows a search leaves, of how many */
    text = g_strdup_printf (ngettext ("%u of %u item", "%u of %u items", total), shown, total);
  gtk_label_set_text (self->count_label, text);
}

/* records searched at once, in the search's own keystroke */
#define SEARCH_AT_ONCE 1000

static void
search_changed_cb (XcRecordList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);

  g_clear_pointer (&self->search, g_free);
  if (text[0] != '\0')
    self->search = g_utf8_casefold (text, -1);
  xc_gradual_rows_start (self->rows, GTK_WIDGET (self->column_view),
                         all != NULL ? g_list_model_get_n_items (all) : 0);
  /* A search through a national design's 100,000 people took 0.15-0.85 s
   * a keystroke on the main thread: a long list is filtered a batch at a
   * time in idles, its count going up as it does. */
  gtk_filter_list_model_set_incremental (self->filtered,
                                         all != NULL && g_list_model_get_n_items (all) > SEARCH_AT_ONCE);
  /* Without a search there is no filter: a filter the model must ask about
   * each of 100,000 people, all to pass, held up a national design's page. */
  if (self->search == NULL)
    gtk_filter_list_model_set_filter (self->filtered, NULL);
  else if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, self->search_filter);
  else
    gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
selection_changed_cb (XcRecordList *self)
{
  gboolean selected = xc_record_list_get_selected (self) != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->duplicate_button), selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), selected);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
add_clicked_cb (XcRecordList *self)
{
  g_signal_emit (self, signals[ADD_RECORD], 0);
}

static void
duplicate_clicked_cb (XcRecordList *self)
{
  XcRecord *record = xc_record_list_get_selected (self);

  if (record != NULL)
    g_signal_emit (self, signals[DUPLICATE_RECORD], 0, record);
}

static void
remove_clicked_cb (XcRecordList *self)
{
  XcRecord *record = xc_record_list_get_selected (self);

  if (record != NULL)
    g_signal_emit (self, signals[REMOVE_RECORD], 0, record);
}

/* Cells follow edits: a row listens to its record while it is bound. */
static void
cell_update (GtkListItem *item)
{
  Column *column = g_object_get_data (G_OBJECT (item), "column");
  XcRecord *record = gtk_list_item_get_item (item);

  if (record != NULL)
    gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), column_text (column, record));
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_object_set_data (G_OBJECT (item), "column", column);
  gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  XcRecord *record = gtk_list_item_get_item (item);
  gulong handler = g_signal_connect_swapped (record, "notify", G_CALLBACK (cell_update), item);

  g_object_set_data (G_OBJECT (item), "notify-handler", GSIZE_TO_POINTER (handler));
  cell_update (item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "notify-handler"));
  XcRecord *record = gtk_list_item_get_item (item);

  if (record != NULL && handler != 0)
    g_signal_handler_disconnect (record, handler);
  g_object_set_data (G_OBJECT (item), "notify-handler", NULL);
}

static void
xc_record_list_dispose (GObject *object)
{
  XcRecordList *self = XC_RECORD_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_RECORD_LIST);
  /* The template's top box is our own child: a plain widget unparents it. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->search_filter);

  G_OBJECT_CLASS (xc_record_list_parent_class)->dispose (object);
}

static void
xc_record_list_finalize (GObject *object)
{
  XcRecordList *self = XC_RECORD_LIST (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_free (self->search);

  G_OBJECT_CLASS (xc_record_list_parent_class)->finalize (object);
}

static void
xc_record_list_class_init (XcRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_record_list_dispose;
  object_class->finalize = xc_record_list_finalize;

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ADD_RECORD] =
    g_signal_new ("add-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DUPLICATE_RECORD] =
    g_signal_new ("duplicate-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, XC_TYPE_RECORD);
  signals[REMOVE_RECORD] =
    g_signal_new ("remove-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, XC_TYPE_RECORD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-record-list.ui");
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, add_button);
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, remove_button);
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, column_view);
  gtk_widget_class_bind_template_child (widget_class, XcRecordList, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, duplicate_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
xc_record_list_init (XcRecordList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->search_filter = GTK_FILTER (gtk_custom_filter_new (record_matches, self, NULL));
  self->filtered = gtk_filter_list_model_new (NULL, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  update_count (self);
}

GtkWidget *
xc_record_list_new (void)
{
  return g_object_new (XC_TYPE_RECORD_LIST, NULL);
}

/**
 * xc_record_list_add_column:
 * @width: the column's width; -1 for the one that takes the room left
 *
 * Adds a column, sortable by its text, that the search also looks in.
 */
void
xc_record_list_add_column (XcRecordList     *self,
                           const char       *title,
                           XcRecordListText  text,
                           gpointer          user_data,
                           int               width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  Column *column = g_new0 (Column, 1);

  g_return_if_fail (XC_IS_RECORD_LIST (self));
  g_return_if_fail (text != NULL);

  column->text = text;
  column->user_data = user_data;
  g_ptr_array_add (self->columns, column);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), column);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (view_column,
                                     GTK_SORTER (gtk_custom_sorter_new (compare_by_column, column,
                                                                        NULL)));
  gtk_column_view_column_set_expand (view_column, width < 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/**
 * xc_record_list_set_model:
 * @records: (nullable): the records, a #GListStore the page edits
 */
void
xc_record_list_set_model (XcRecordList *self,
                          GListModel   *records)
{
  g_return_if_fail (XC_IS_RECORD_LIST (self));
  g_return_if_fail (records == NULL || G_IS_LIST_MODEL (records));

  xc_gradual_rows_start (self->rows, GTK_WIDGET (self->column_view),
                         records != NULL ? g_list_model_get_n_items (records) : 0);
  gtk_filter_list_model_set_model (self->filtered, records);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_count (self);
}

void
xc_record_list_set_noun (XcRecordList *self,
                         const char   *search_placeholder,
                         const char   *add_tooltip)
{
  g_return_if_fail (XC_IS_RECORD_LIST (self));

  g_object_set (self->search_entry, "placeholder-text", search_placeholder, NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), add_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_tooltip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duplicate_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Duplicate"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
}

/**
 * xc_record_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected record
 */
XcRecord *
xc_record_list_get_selected (XcRecordList *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/**
 * xc_record_list_select:
 * @record: (nullable): the record to select, or %NULL for none
 *
 * Selects @record and scrolls to it, clearing a search that hides it.
 *
 * Returns: whether @record is in the list
 */
gboolean
xc_record_list_select (XcRecordList *self,
                       XcRecord     *record)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  GtkWidget *list_view;

  g_return_val_if_fail (XC_IS_RECORD_LIST (self), FALSE);

  if (record == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return TRUE;
    }

  /* a row at any position */
  xc_gradual_rows_finish (self->rows);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      guint n_items = g_list_model_get_n_items (shown);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(XcRecord) item = g_list_model_get_item (shown, i);

          if (item != record)
            continue;
          gtk_single_selection_set_selected (self->selection, i);
          list_view = find_list_view (GTK_WIDGET (self->column_view));
          if (list_view != NULL)
            gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", i);
          return TRUE;
        }
      if (self->search == NULL)
        break;
      xc_record_list_set_search (self, NULL);
    }
  return FALSE;
}

void
xc_record_list_set_search (XcRecordList *self,
                           const char   *text)
{
  g_return_if_fail (XC_IS_RECORD_LIST (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Now, not after the entry's typing delay: a caller selects next. */
  search_changed_cb (self);
}

/**
 * xc_record_list_get_shown:
 *
 * Returns: (transfer none): the records shown, searched and sorted
 */
GListModel *
xc_record_list_get_shown (XcRecordList *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

/**
 * xc_record_list_focus_search:
 *
 * Puts the keyboard in the search, its text selected (Ctrl+F).
 */
void
xc_record_list_focus_search (XcRecordList *self)
{
  g_return_if_fail (XC_IS_RECORD_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
