/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>

#include "xc-comparison-window.h"
#include "xc-library-history-window.h"
#include "xc-library-link.h"

struct _XcLibraryHistoryWindow
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkListBox      *revisions_list;

  XcWindow        *window;    /* weak */
  XcLibrary       *library;
  char            *design_id;
  GListModel      *revisions;
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (XcLibraryHistoryWindow, xc_library_history_window, ADW_TYPE_WINDOW)

static void
toast (XcLibraryHistoryWindow *self,
       const char             *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* "2026-12-04T19:45:03Z" in the planner's time. */
static char *
format_at (const char *at)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M:%S") : g_strdup (at);
}

/* "units/u-3" in words; as the conflict sheet says it. */
static char *
describe_changes (XcLibraryRevision *revision)
{
  const char * const *changed = xc_library_revision_get_changed (revision);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = changed != NULL ? g_strv_length ((GStrv) changed) : 0;

  if (xc_library_revision_get_parent (revision) == NULL)
    g_string_append (text, _("First save"));
  else if (n == 0)
    g_string_append (text, _("Nothing changed"));
  else
    {
      g_string_append (text, _("Changed: "));
      for (guint i = 0; i < n && i < 6; i++)
        {
          g_autofree char *change = xc_library_link_describe_change (changed[i]);

          g_string_append_printf (text, "%s%s", i > 0 ? _(", ") : "", change);
        }
      if (n > 6)
        /* TRANSLATORS: after a list of changed records, how many more */
        g_string_append_printf (text, g_dngettext (NULL, " and %u more", " and %u more", n - 6), n - 6);
    }
  if (xc_library_revision_get_merged_from (revision) != NULL)
    /* TRANSLATORS: the revision of the server merged into this save */
    g_string_append_printf (text, _(" · merged with %s"), xc_library_revision_get_merged_from (revision));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
button_clicked_cb (GtkButton              *button,
                   XcLibraryHistoryWindow *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  const char *revision = g_object_get_data (G_OBJECT (button), "revision");

  if (g_str_equal (what, "open"))
    xc_library_history_window_open (self, revision);
  else if (g_str_equal (what, "compare"))
    xc_library_history_window_compare (self, revision);
  else
    xc_library_history_window_restore (self, revision);
}

static void
add_button (XcLibraryHistoryWindow *self,
            GtkWidget              *row,
            const char             *label,
            const char             *tooltip,
            const char             *what,
            const char             *revision)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_object_set_data_full (G_OBJECT (button), "revision", g_strdup (revision), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  XcLibraryHistoryWindow *self = user_data;
  XcLibraryRevision *revision = item;
  const char *name = xc_library_revision_get_revision (revision);
  g_autoptr(XcLibraryRevision) newest = g_list_model_get_item (self->revisions, 0);
  gboolean current = newest == revision;
  g_autofree char *when = format_at (xc_library_revision_get_at (revision));
  g_autofree char *title = NULL;
  g_autofree char *changes = describe_changes (revision);
  GtkWidget *row = adw_action_row_new ();

  if (current)
    /* TRANSLATORS: who saved the current revision, when */
    title = g_strdup_printf (_("%s, %s (current)"), xc_library_revision_get_by (revision), when);
  else
    /* TRANSLATORS: who saved a revision, when */
    title = g_strdup_printf (_("%s, %s"), xc_library_revision_get_by (revision), when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), changes);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_text (row, name);

  add_button (self, row, _("_Open"), _("Open this revision read-only"), "open", name);
  if (!current)
    {
      add_button (self, row, _("_Compare"), _("Compare this revision with the current one"),
                  "compare", name);
      add_button (self, row, _("_Restore"), _("Make this revision current again, as a new save"),
                  "restore", name);
    }
  return row;
}

static void
history_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(XcLibraryHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) revisions = xc_library_history_finish (XC_LIBRARY (source), result, &error);

  if (revisions == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  g_set_object (&self->revisions, revisions);
  gtk_list_box_bind_model (self->revisions_list, revisions, create_row, self, NULL);
}

void
xc_library_history_window_refresh (XcLibraryHistoryWindow *self)
{
  g_return_if_fail (XC_IS_LIBRARY_HISTORY_WINDOW (self));

  xc_library_history_async (self->library, self->design_id, self->cancellable, history_cb,
                            g_object_ref (self));
}

static void
refresh_clicked_cb (XcLibraryHistoryWindow *self)
{
  xc_library_history_window_refresh (self);
}

GListModel *
xc_library_history_window_get_revisions (XcLibraryHistoryWindow *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_HISTORY_WINDOW (self), NULL);
  return self->revisions;
}

static XcLibraryRevision *
find_revision (XcLibraryHistoryWindow *self,
               const char             *name)
{
  for (guint i = 0; self->revisions != NULL && i < g_list_model_get_n_items (self->revisions); i++)
    {
      g_autoptr(XcLibraryRevision) revision = g_list_model_get_item (self->revisions, i);

      if (g_str_equal (xc_library_revision_get_revision (revision), name))
        return revision;  /* the list keeps it */
    }
  return NULL;
}

/* The bytes of revisions, fetched one after the other. */
typedef struct
{
  XcLibraryHistoryWindow *self;
  char                   *what;
  GStrv                   names;
  GPtrArray              *contents;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_object_unref (fetch->self);
  g_free (fetch->what);
  g_strfreev (fetch->names);
  g_ptr_array_unref (fetch->contents);
  g_free (fetch);
}

static void fetched_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data);

static void
fetch_next (Fetch *fetch)
{
  xc_library_get_revision_async (fetch->self->library, fetch->self->design_id,
                                 fetch->names[fetch->contents->len], fetch->self->cancellable,
                                 fetched_cb, fetch);
}

static char *
revision_label (XcLibraryHistoryWindow *self,
                const char             *name,
                gboolean                current)
{
  XcLibraryRevision *revision = find_revision (self, name);
  g_autofree char *when = revision != NULL ? format_at (xc_library_revision_get_at (revision)) : NULL;

  if (revision == NULL)
    return g_strdup (name);
  if (current)
    /* TRANSLATORS: who saved the current revision, when */
    return g_strdup_printf (_("Current (%s, %s)"), xc_library_revision_get_by (revision), when);
  /* TRANSLATORS: who saved an earlier revision, when */
  return g_strdup_printf (_("Earlier (%s, %s)"), xc_library_revision_get_by (revision), when);
}

static void
fetched_all (Fetch *fetch)
{
  XcLibraryHistoryWindow *self = fetch->self;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (fetch->what, "open"))
    {
      g_autoptr(XcLibraryLink) link = xc_library_link_new (self->library, self->design_id,
                                                           fetch->names[0]);

      if (self->window == NULL)
        return;
      if (xc_library_link_open (link, self->window, g_ptr_array_index (fetch->contents, 0), &error) == NULL)
        toast (self, error->message);
      else
        gtk_window_present (GTK_WINDOW (self->window));
    }
  else
    {
      GtkWidget *comparison = xc_comparison_window_new (GTK_WINDOW (self->window));

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *label = revision_label (self, fetch->names[i], i == 1);
          g_autoptr(XcProgramme) programme = xc_programme_new_from_bytes (g_ptr_array_index (fetch->contents, i),
                                                                          fetch->names[i], &error);

          if (programme == NULL)
            {
              toast (self, error->message);
              gtk_window_destroy (GTK_WINDOW (comparison));
              return;
            }
          xc_comparison_window_add_design (XC_COMPARISON_WINDOW (comparison), label, programme);
        }
      gtk_window_present (GTK_WINDOW (comparison));
    }
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetch *fetch = user_data;
  g_autoptr(GError) error = NULL;
  GBytes *bytes = xc_library_get_revision_finish (XC_LIBRARY (source), result, &error);

  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (fetch->self, error->message);
      fetch_free (fetch);
      return;
    }
  g_ptr_array_add (fetch->contents, bytes);
  if (fetch->names[fetch->contents->len] != NULL)
    {
      fetch_next (fetch);
      return;
    }
  fetched_all (fetch);
  fetch_free (fetch);
}

static void
fetch (XcLibraryHistoryWindow *self,
       const char             *what,
       const char             *first,
       const char             *second)
{
  Fetch *fetch = g_new0 (Fetch, 1);
  const char *names[] = { first, second, NULL };

  fetch->self = g_object_ref (self);
  fetch->what = g_strdup (what);
  fetch->names = g_strdupv ((GStrv) names);
  fetch->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  fetch_next (fetch);
}

void
xc_library_history_window_open (XcLibraryHistoryWindow *self,
                                const char             *revision)
{
  g_return_if_fail (XC_IS_LIBRARY_HISTORY_WINDOW (self));
  g_return_if_fail (revision != NULL);

  fetch (self, "open", revision, NULL);
}

void
xc_library_history_window_compare (XcLibraryHistoryWindow *self,
                                   const char             *revision)
{
  g_autoptr(XcLibraryRevision) current = NULL;

  g_return_if_fail (XC_IS_LIBRARY_HISTORY_WINDOW (self));
  g_return_if_fail (revision != NULL);

  if (self->revisions == NULL || g_list_model_get_n_items (self->revisions) == 0)
    return;
  current = g_list_model_get_item (self->revisions, 0);
  fetch (self, "compare", revision, xc_library_revision_get_revision (current));
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(XcLibraryHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibrarySave) save = xc_library_restore_finish (XC_LIBRARY (source), result, &error);
  g_autofree char *text = NULL;

  if (save == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  /* TRANSLATORS: the new revision's name */
  text = g_strdup_printf (_("Restored as the new revision %s"), xc_library_save_get_revision (save));
  toast (self, text);
  xc_library_history_window_refresh (self);
}

void
xc_library_history_window_restore (XcLibraryHistoryWindow *self,
                                   const char             *revision)
{
  g_return_if_fail (XC_IS_LIBRARY_HISTORY_WINDOW (self));
  g_return_if_fail (revision != NULL);

  xc_library_restore_async (self->library, self->design_id, revision, self->cancellable,
                            restored_cb, g_object_ref (self));
}

static void
xc_library_history_window_dispose (GObject *object)
{
  XcLibraryHistoryWindow *self = XC_LIBRARY_HISTORY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->revisions);
  g_clear_object (&self->library);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_LIBRARY_HISTORY_WINDOW);

  G_OBJECT_CLASS (xc_library_history_window_parent_class)->dispose (object);
}

static void
xc_library_history_window_finalize (GObject *object)
{
  XcLibraryHistoryWindow *self = XC_LIBRARY_HISTORY_WINDOW (object);

  g_free (self->design_id);
  G_OBJECT_CLASS (xc_library_history_window_parent_class)->finalize (object);
}

static void
xc_library_history_window_class_init (XcLibraryHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_library_history_window_dispose;
  object_class->finalize = xc_library_history_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-library-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcLibraryHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryHistoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryHistoryWindow, revisions_list);
  gtk_widget_class_bind_template_callback (widget_class, refresh_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
xc_library_history_window_init (XcLibraryHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

GtkWidget *
xc_library_history_window_new (XcWindow   *window,
                               XcLibrary  *library,
                               const char *design_id,
                               const char *title)
{
  XcLibraryHistoryWindow *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (XC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (design_id != NULL, NULL);

  self = g_object_new (XC_TYPE_LIBRARY_HISTORY_WINDOW, NULL);
  g_set_weak_pointer (&self->window, window);
  self->library = g_object_ref (library);
  self->design_id = g_strdup (design_id);
  /* TRANSLATORS: a design's title */
  heading = g_strdup_printf (_("History of “%s”"), title != NULL ? title : design_id);
  adw_window_title_set_title (self->window_title, heading);
  adw_window_title_set_subtitle (self->window_title, xc_library_get_url (library));
  gtk_window_set_title (GTK_WINDOW (self), heading);
  xc_library_history_window_refresh (self);
  return GTK_WIDGET (self);
}
