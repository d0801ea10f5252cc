/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "xc-library-conflict-dialog.h"
#include "xc-library-link.h"

struct _XcLibraryConflictDialog
{
  AdwWindow             parent_instance;

  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *summary_group;
  AdwActionRow         *merged_row;
  GtkWidget            *save_button;

  XcLibrarySave        *save;
  GArray               *picks;     /* XcMergePick per conflict; 0: not chosen */
  GPtrArray            *buttons;   /* per conflict: mine, theirs toggle buttons */
  gboolean              decided;
};

G_DEFINE_FINAL_TYPE (XcLibraryConflictDialog, xc_library_conflict_dialog, ADW_TYPE_WINDOW)

enum {
  DECIDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_save_button (XcLibraryConflictDialog *self)
{
  gboolean all = TRUE;

  for (guint i = 0; i < self->picks->len; i++)
    all = all && g_array_index (self->picks, XcMergePick, i) != 0;
  gtk_widget_set_sensitive (self->save_button, all);
}

static void
toggled_cb (GtkToggleButton         *button,
            XcLibraryConflictDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "conflict"));
  XcMergePick pick = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pick"));

  if (gtk_toggle_button_get_active (button))
    g_array_index (self->picks, XcMergePick, index) = pick;
  update_save_button (self);
}

static GtkWidget *
value_row (const char      *title,
           XcMergeConflict *conflict,
           XcMergePick      side)
{
  g_autofree char *text = xc_merge_conflict_dup_text (conflict, side);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : _("(none)"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static GtkWidget *
pick_button (XcLibraryConflictDialog *self,
             const char              *label,
             guint                    index,
             XcMergePick              pick)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "conflict", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "pick", GINT_TO_POINTER (pick));
  g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* The name a planner knows a record by ("name", else "title"), as it was
 * before either side changed it, else as either side has it. */
static char *
record_name (XcLibraryConflictDialog *self,
             const char              *collection,
             const char              *record_id)
{
  GBytes *sides[] = { xc_library_save_get_base (self->save), xc_library_save_get_mine (self->save),
                      xc_library_save_get_theirs (self->save) };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *holder;
      JsonArray *records;
      const char *member = collection;

      if (sides[s] == NULL
          || !json_parser_load_from_data (parser, g_bytes_get_data (sides[s], NULL),
                                          g_bytes_get_size (sides[s]), NULL)
          || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        continue;
      holder = json_node_get_object (json_parser_get_root (parser));
      if (g_str_has_prefix (collection, "region."))
        {
          holder = json_object_get_object_member (holder, "region");
          member = collection + strlen ("region.");
        }
      if (holder == NULL || !json_object_has_member (holder, member)
          || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (holder, member)))
        continue;
      records = json_object_get_array_member (holder, member);
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          JsonObject *record = json_array_get_object_element (records, i);

          if (record == NULL || g_strcmp0 (json_object_get_string_member_with_default (record, "id", NULL),
                                           record_id) != 0)
            continue;
          if (json_object_get_string_member_with_default (record, "name", NULL) != NULL)
            return g_strdup (json_object_get_string_member (record, "name"));
          if (json_object_get_string_member_with_default (record, "title", NULL) != NULL)
            return g_strdup (json_object_get_string_member (record, "title"));
        }
    }
  return NULL;
}

static void
add_conflict (XcLibraryConflictDialog *self,
              XcMergeConflict         *conflict,
              guint                    index)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *theirs_by = xc_library_save_get_theirs_by (self->save);
  const char *record_id = xc_merge_conflict_get_record_id (conflict);
  const char *member = xc_merge_conflict_get_member (conflict);
  g_autofree char *title = NULL;
  g_autofree char *theirs_title = NULL;
  GtkWidget *choose_row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *mine, *theirs;

  g_autofree char *name = xc_merge_conflict_get_collection (conflict) != NULL
                          ? record_name (self, xc_merge_conflict_get_collection (conflict), record_id)
                          : NULL;
  g_autofree char *record = NULL;

  if (name != NULL)
    /* TRANSLATORS: a record's name, its id */
    record = g_strdup_printf (_("“%s” (%s)"), name, record_id);
  else
    record = g_strdup (record_id);
  if (xc_merge_conflict_get_collection (conflict) == NULL)
    /* TRANSLATORS: a conflict about a member of the design itself, such as "title" */
    title = g_strdup_printf (_("The design’s %s"),
                             xc_library_link_describe_member (NULL, member != NULL ? member : record_id));
  else if (member != NULL)
    /* TRANSLATORS: a kind of record, its id, the member both changed */
    title = g_strdup_printf (_("%s %s: %s"), xc_library_link_describe_collection (xc_merge_conflict_get_collection (conflict)),
                             record, xc_library_link_describe_member (xc_merge_conflict_get_collection (conflict), member));
  else
    /* TRANSLATORS: a kind of record, its id: one deleted it, the other changed it */
    title = g_strdup_printf (_("%s %s, deleted on one side and changed on the other"),
                             xc_library_link_describe_collection (xc_merge_conflict_get_collection (conflict)), record);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         xc_merge_conflict_get_path (conflict));

  /* TRANSLATORS: the version of the server, and who saved it */
  theirs_title = g_strdup_printf (_("Theirs, saved by %s"), theirs_by != NULL ? theirs_by : _("someone"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row (_("Base, as you both started"), conflict, 0));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row (_("Mine"), conflict, XC_MERGE_PICK_MINE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row (theirs_title, conflict, XC_MERGE_PICK_THEIRS));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  mine = pick_button (self, _("Keep _Mine"), index, XC_MERGE_PICK_MINE);
  theirs = pick_button (self, _("Keep _Theirs"), index, XC_MERGE_PICK_THEIRS);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (theirs), GTK_TOGGLE_BUTTON (mine));
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);
  g_ptr_array_add (self->buttons, mine);
  g_ptr_array_add (self->buttons, theirs);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choose_row), _("Keep"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (choose_row), box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), choose_row);

  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
}

/* The records that merged without a conflict, from either side. */
static char *
describe_merged (XcLibraryConflictDialog *self)
{
  GListModel *conflicts = xc_library_save_get_conflicts (self->save);
  g_autoptr(GHashTable) in_conflict = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) theirs = NULL;
  g_auto(GStrv) mine = NULL;
  const char *theirs_by = xc_library_save_get_theirs_by (self->save);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(XcMergeConflict) conflict = g_list_model_get_item (conflicts, i);
      const char *collection = xc_merge_conflict_get_collection (conflict);

      g_hash_table_add (in_conflict,
                        collection != NULL
                        ? g_strdup_printf ("%s/%s", collection,
                                           xc_merge_conflict_get_record_id (conflict))
                        : g_strdup (xc_merge_conflict_get_member (conflict)));
    }

  theirs = xc_merge_changed_records (xc_library_save_get_base (self->save),
                                     xc_library_save_get_theirs (self->save), NULL);
  mine = xc_merge_changed_records (xc_library_save_get_base (self->save),
                                   xc_library_save_get_mine (self->save), NULL);
  for (guint side = 0; side < 2; side++)
    {
      GStrv changed = side == 0 ? theirs : mine;
      g_autoptr(GString) records = g_string_new (NULL);

      for (guint i = 0; changed != NULL && changed[i] != NULL; i++)
        {
          g_autofree char *record = NULL;

          if (g_hash_table_contains (in_conflict, changed[i]))
            continue;
          record = xc_library_link_describe_change (changed[i]);
          g_string_append_printf (records, "%s%s", records->len > 0 ? _(", ") : "", record);
        }
      if (records->len == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (side == 0)
        /* TRANSLATORS: who saved the server's revision, the records they changed */
        g_string_append_printf (text, _("Taken from %s: %s"), theirs_by != NULL ? theirs_by : _("someone"),
                                records->str);
      else
        /* TRANSLATORS: the records the planner changed */
        g_string_append_printf (text, _("Kept from yours: %s"), records->str);
    }
  if (text->len == 0)
    g_string_append (text, _("Nothing else changed on either side."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
decide (XcLibraryConflictDialog *self,
        XcLibraryConflictChoice  choice)
{
  if (self->decided)
    return;
  self->decided = TRUE;
  g_signal_emit (self, signals[DECIDED], 0, (int) choice);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (XcLibraryConflictDialog *self)
{
  decide (self, XC_LIBRARY_CONFLICT_CANCEL);
}

static void
save_clicked_cb (XcLibraryConflictDialog *self)
{
  xc_library_conflict_dialog_respond (self, XC_LIBRARY_CONFLICT_SAVE);
}

static void
new_clicked_cb (XcLibraryConflictDialog *self)
{
  decide (self, XC_LIBRARY_CONFLICT_SAVE_AS_NEW);
}

static gboolean
xc_library_conflict_dialog_close_request (GtkWindow *window)
{
  XcLibraryConflictDialog *self = XC_LIBRARY_CONFLICT_DIALOG (window);

  /* Closed without a choice: nothing is sent. */
  if (!self->decided)
    {
      self->decided = TRUE;
      g_signal_emit (self, signals[DECIDED], 0, (int) XC_LIBRARY_CONFLICT_CANCEL);
    }
  return GTK_WINDOW_CLASS (xc_library_conflict_dialog_parent_class)->close_request (window);
}

static void
xc_library_conflict_dialog_dispose (GObject *object)
{
  XcLibraryConflictDialog *self = XC_LIBRARY_CONFLICT_DIALOG (object);

  /* Destroyed with its window, undecided: nothing is sent. */
  if (!self->decided)
    {
      self->decided = TRUE;
      g_signal_emit (self, signals[DECIDED], 0, (int) XC_LIBRARY_CONFLICT_CANCEL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_LIBRARY_CONFLICT_DIALOG);
  G_OBJECT_CLASS (xc_library_conflict_dialog_parent_class)->dispose (object);
}

static void
xc_library_conflict_dialog_finalize (GObject *object)
{
  XcLibraryConflictDialog *self = XC_LIBRARY_CONFLICT_DIALOG (object);

  g_clear_object (&self->save);
  g_array_unref (self->picks);
  g_ptr_array_unref (self->buttons);
  G_OBJECT_CLASS (xc_library_conflict_dialog_parent_class)->finalize (object);
}

static void
xc_library_conflict_dialog_class_init (XcLibraryConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = xc_library_conflict_dialog_dispose;
  object_class->finalize = xc_library_conflict_dialog_finalize;
  window_class->close_request = xc_library_conflict_dialog_close_request;

  /* XcLibraryConflictChoice */
  signals[DECIDED] = g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-library-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, XcLibraryConflictDialog, page);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryConflictDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryConflictDialog, merged_row);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryConflictDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
xc_library_conflict_dialog_init (XcLibraryConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->picks = g_array_new (FALSE, TRUE, sizeof (XcMergePick));
  self->buttons = g_ptr_array_new ();
}

GtkWidget *
xc_library_conflict_dialog_new (GtkWindow     *parent,
                                XcLibrarySave *save,
                                const char    *title)
{
  XcLibraryConflictDialog *self;
  GListModel *conflicts;
  guint n;
  g_autofree char *heading = NULL;
  g_autofree char *merged = NULL;
  const char *theirs_by;

  g_return_val_if_fail (XC_IS_LIBRARY_SAVE (save), NULL);

  self = g_object_new (XC_TYPE_LIBRARY_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->save = g_object_ref (save);
  conflicts = xc_library_save_get_conflicts (save);
  n = g_list_model_get_n_items (conflicts);
  g_array_set_size (self->picks, n);
  theirs_by = xc_library_save_get_theirs_by (save);

  /* TRANSLATORS: a design's title, who saved the server's revision */
  heading = g_strdup_printf (_("“%s” was saved by %s while you edited it"),
                             title != NULL && title[0] != '\0' ? title : xc_library_save_get_design_id (save),
                             theirs_by != NULL ? theirs_by : _("someone"));
  adw_preferences_group_set_title (self->summary_group, heading);
  adw_preferences_group_set_description (self->summary_group,
                                         g_dngettext (NULL,
                                                      "One change conflicts with theirs. Nothing has been sent: "
                                                      "choose which version to keep, or save yours as a new design.",
                                                      "Some changes conflict with theirs. Nothing has been sent: "
                                                      "choose which version to keep for each, or save yours as a new design.",
                                                      n));
  merged = describe_merged (self);
  adw_action_row_set_subtitle (self->merged_row, merged);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcMergeConflict) conflict = g_list_model_get_item (conflicts, i);

      add_conflict (self, conflict, i);
    }
  return GTK_WIDGET (self);
}

XcLibrarySave *
xc_library_conflict_dialog_get_save (XcLibraryConflictDialog *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CONFLICT_DIALOG (self), NULL);
  return self->save;
}

void
xc_library_conflict_dialog_pick (XcLibraryConflictDialog *self,
                                 guint                    index,
                                 XcMergePick              pick)
{
  g_return_if_fail (XC_IS_LIBRARY_CONFLICT_DIALOG (self));
  g_return_if_fail (index < self->picks->len);
  g_return_if_fail (pick == XC_MERGE_PICK_MINE || pick == XC_MERGE_PICK_THEIRS);

  gtk_toggle_button_set_active (g_ptr_array_index (self->buttons,
                                                   2 * index + (pick == XC_MERGE_PICK_THEIRS)),
                                TRUE);
}

GHashTable *
xc_library_conflict_dialog_dup_picks (XcLibraryConflictDialog *self)
{
  GListModel *conflicts;
  GHashTable *picks;

  g_return_val_if_fail (XC_IS_LIBRARY_CONFLICT_DIALOG (self), NULL);

  conflicts = xc_library_save_get_conflicts (self->save);
  picks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < self->picks->len; i++)
    {
      g_autoptr(XcMergeConflict) conflict = g_list_model_get_item (conflicts, i);
      XcMergePick pick = g_array_index (self->picks, XcMergePick, i);

      if (pick != 0)
        g_hash_table_insert (picks, g_strdup (xc_merge_conflict_get_path (conflict)),
                             GINT_TO_POINTER (pick));
    }
  return picks;
}

void
xc_library_conflict_dialog_respond (XcLibraryConflictDialog *self,
                                    XcLibraryConflictChoice  choice)
{
  g_return_if_fail (XC_IS_LIBRARY_CONFLICT_DIALOG (self));

  if (choice == XC_LIBRARY_CONFLICT_SAVE && !gtk_widget_get_sensitive (self->save_button))
    return;
  decide (self, choice);
}
