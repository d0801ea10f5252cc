/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>

#include "xc-comparison-window.h"
#include "xc-design-page.h"
#include "xc-library-link.h"
#include "xc-library-window.h"
#include "xc-pdf-export.h"
#include "xc-window.h"

#define MAX_RECENT_DESIGNS 10

/* The main window: open designs as tabs, each an XcDesignPage. */
struct _XcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwTabBar            *tab_bar;
  GtkStack             *stack;
  AdwTabView           *tab_view;
  GMenu                *new_section;
  GMenu                *recent_section;
  GMenu                *samples_section;
  GtkWidget            *samples_button;
  GtkMenuButton        *new_button;
  GtkSpinner           *loading_spinner;
  AdwStatusPage        *loading_page;

  GCancellable         *cancellable;
  GStrv                 recent;      /* without settings: this run's only */
  guint                 next_open;   /* the order designs were asked for */
  guint                 n_loading;
  GPtrArray            *loading;     /* the names of the designs being read */
  guint                 batch_first; /* of the designs read together: the first shows */
  gboolean              closing;     /* every page may close: the planner chose */
  GPtrArray            *open_errors; /* messages of the designs that could not be read */
  AdwMessageDialog     *open_error_dialog;  /* weak */
};

G_DEFINE_FINAL_TYPE (XcWindow, xc_window, ADW_TYPE_APPLICATION_WINDOW)

/* The application's plugins; a window without an application (the tests
 * make some) uses the process's default registry. */
static XcPluginRegistry *
get_registry (XcWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  XcPluginRegistry *registry = NULL;

  if (XC_IS_APPLICATION (application))
    registry = xc_application_get_registry (XC_APPLICATION (application));
  return registry != NULL ? registry : xc_plugin_registry_get_default ();
}

static GSettings *
get_settings (XcWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return XC_IS_APPLICATION (application) ? xc_application_get_settings (XC_APPLICATION (application))
                                         : NULL;
}

static XcDesignPage *
page_of (AdwTabPage *tab)
{
  return XC_DESIGN_PAGE (adw_tab_page_get_child (tab));
}

/* Titles */

static void
update_window_title (XcWindow *self)
{
  XcDesignPage *page = xc_window_get_page (self);
  XcDocument *document;
  GFile *file;
  g_autofree char *subtitle = NULL;

  if (page == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Xiachen"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Xiachen"));
      return;
    }

  document = xc_design_page_get_document (page);
  file = xc_document_get_file (document);
  if (xc_library_link_get (document) != NULL)
    subtitle = xc_library_link_describe (xc_library_link_get (document));
  else if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);

      subtitle = parent != NULL ? g_file_get_parse_name (parent) : NULL;
    }
  else
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, xc_document_get_title (document));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), xc_document_get_title (document));
}

/* A design is named by its title, as planners know it; where two open
 * designs share a title, their file names tell them apart. */
static char *
dup_tab_label (XcWindow   *self,
               XcDocument *document)
{
  const char *title = xc_programme_get_title (xc_document_get_programme (document));

  if (title == NULL || title[0] == '\0')
    return g_strdup (xc_document_get_title (document));
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      XcDocument *other = xc_design_page_get_document (page_of (tab));

      if (other != document
          && g_strcmp0 (xc_programme_get_title (xc_document_get_programme (other)), title) == 0)
        return g_strdup_printf ("%s (%s)", title, xc_document_get_title (document));
    }
  return g_strdup (title);
}

static void
update_tab_titles (XcWindow *self)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      XcDocument *document = xc_design_page_get_document (page_of (tab));
      g_autofree char *label = dup_tab_label (self, document);
      g_autofree char *title = NULL;

      /* A dot marks unsaved changes, as in GNOME's editors. */
      if (xc_document_get_modified (document))
        title = g_strdup_printf ("• %s", label);
      else
        title = g_steal_pointer (&label);
      adw_tab_page_set_title (tab, title);
      adw_tab_page_set_tooltip (tab, xc_document_get_title (document));
    }
}

static void
document_changed_cb (XcWindow   *self,
                     GParamSpec *pspec,
                     XcDocument *document)
{
  update_tab_titles (self);
  update_window_title (self);
}

static void
update_history_actions (XcWindow *self)
{
  XcDesignPage *page = xc_window_get_page (self);
  XcDocument *document = page != NULL ? xc_design_page_get_document (page) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 document != NULL && xc_document_can_undo (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 document != NULL && xc_document_can_redo (document));
}

static void
update_actions (XcWindow *self)
{
  gboolean has_page = adw_tab_view_get_n_pages (self->tab_view) > 0;

  update_history_actions (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-tab", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-findings", has_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare",
                                 adw_tab_view_get_n_pages (self->tab_view) >= 2);
}

static void
selected_page_changed_cb (XcWindow *self)
{
  update_window_title (self);
  update_history_actions (self);
}

/* A large design takes seconds to read: the window says which it is
 * reading, never the welcome page as if nothing happened. */
static void
update_loading (XcWindow *self)
{
  gboolean has_pages = adw_tab_view_get_n_pages (self->tab_view) > 0;
  gboolean loading = self->loading->len > 0;
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->loading->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->loading, i));
  adw_status_page_set_description (self->loading_page, names->str);
  adw_status_page_set_title (self->loading_page,
                             self->loading->len > 1 ? _("Opening the Designs…")
                                                    : _("Opening the Design…"));
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading);
  if (loading)
    {
      /* TRANSLATORS: the tooltip of the header's spinner; %s: file names */
      g_autofree char *tooltip = g_strdup_printf (_("Opening %s"), names->str);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->loading_spinner), tooltip);
    }
  gtk_stack_set_visible_child_name (self->stack, has_pages ? "tabs" : loading ? "loading" : "welcome");
}

static void
n_pages_changed_cb (XcWindow *self)
{
  gboolean has_pages = adw_tab_view_get_n_pages (self->tab_view) > 0;

  /* One tab still shows its bar: the design's name and its close button. */
  gtk_widget_set_visible (GTK_WIDGET (self->tab_bar), has_pages);
  /* A closed design may have shared its title with one still open. */
  update_tab_titles (self);
  update_loading (self);
  update_actions (self);
  update_window_title (self);
}

/* Recent designs: kept in GSettings, and told to the desktop too. */

static void
rebuild_recent_menu (XcWindow *self)
{
  GSettings *settings = get_settings (self);
  g_auto(GStrv) recent = settings != NULL ? g_settings_get_strv (settings, "recent-designs")
                                          : g_strdupv (self->recent);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *label = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }
  if (recent == NULL || recent[0] == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No recent designs"), "win.none");

      g_menu_append_item (self->recent_section, item);
    }
}

static void
remember_recent (XcWindow *self,
                 GFile    *file)
{
  GSettings *settings = get_settings (self);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = settings != NULL ? g_settings_get_strv (settings, "recent-designs")
                                       : g_strdupv (self->recent);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old != NULL && old[i] != NULL && n < MAX_RECENT_DESIGNS; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  g_strfreev (self->recent);
  self->recent = g_strv_builder_end (builder);
  if (settings != NULL)
    g_settings_set_strv (settings, "recent-designs", (const char * const *) self->recent);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  rebuild_recent_menu (self);
}

/* Opening */

/* Designs opened together that cannot be read are named in one message,
 * once the last of them is read: never a stack of dialogs. A message still
 * open gets the later ones too. */
static void
open_errors_read_cb (XcWindow *self)
{
  g_ptr_array_set_size (self->open_errors, 0);
}

static void
show_open_errors (XcWindow *self)
{
  g_autoptr(GString) body = g_string_new (NULL);
  const char *heading;

  if (self->open_errors->len == 0)
    return;

  for (guint i = 0; i < self->open_errors->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "",
                            (const char *) g_ptr_array_index (self->open_errors, i));
  heading = self->open_errors->len == 1 ? _("The Design Cannot Be Opened")
                                        : _("These Designs Cannot Be Opened");

  if (self->open_error_dialog == NULL)
    {
      self->open_error_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                            NULL, NULL));
      g_object_add_weak_pointer (G_OBJECT (self->open_error_dialog),
                                 (gpointer *) &self->open_error_dialog);
      adw_message_dialog_add_response (self->open_error_dialog, "close", _("_Close"));
      /* the messages name files and places: the planner may copy them */
      adw_message_dialog_set_body_use_markup (self->open_error_dialog, FALSE);
      g_signal_connect_object (self->open_error_dialog, "response",
                               G_CALLBACK (open_errors_read_cb), self, G_CONNECT_SWAPPED);
    }
  adw_message_dialog_set_heading (self->open_error_dialog, heading);
  adw_message_dialog_set_body (self->open_error_dialog, body->str);
  gtk_window_present (GTK_WINDOW (self->open_error_dialog));
}

/**
 * xc_window_add_document:
 *
 * Shows @document in a new tab and selects it.
 *
 * Returns: (transfer none): its page
 */
static XcDesignPage *
add_document (XcWindow   *self,
              XcDocument *document,
              gboolean    select)
{
  XcDesignPage *page;
  AdwTabPage *tab;

  page = xc_design_page_new (document, get_registry (self));
  tab = adw_tab_view_append (self->tab_view, GTK_WIDGET (page));
  g_signal_connect_object (document, "notify::title", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (xc_document_get_programme (document), "notify::title",
                           G_CALLBACK (update_tab_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-undo", G_CALLBACK (update_history_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo", G_CALLBACK (update_history_actions), self,
                           G_CONNECT_SWAPPED);
  update_tab_titles (self);
  /* A design of the library: its state on the tab, and Ctrl+S sends it there. */
  if (xc_library_link_get (document) != NULL)
    {
      xc_library_link_show_on_tab (xc_library_link_get (document), GTK_WINDOW (self), tab);
      g_signal_connect_object (xc_library_link_get (document), "notify::state",
                               G_CALLBACK (update_window_title), self, G_CONNECT_SWAPPED);
    }
  if (select)
    adw_tab_view_set_selected_page (self->tab_view, tab);
  update_window_title (self);
  return page;
}

XcDesignPage *
xc_window_add_document (XcWindow   *self,
                        XcDocument *document)
{
  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (XC_IS_DOCUMENT (document), NULL);

  return add_document (self, document, TRUE);
}

static AdwTabPage *
find_tab_for_file (XcWindow *self,
                   GFile    *file)
{
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      GFile *shown = xc_document_get_file (xc_design_page_get_document (page_of (tab)));

      if (shown != NULL && g_file_equal (shown, file))
        return tab;
    }
  return NULL;
}

typedef struct
{
  XcWindow *window;
  guint     order;
  char     *name;
} Opening;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree Opening *opening = user_data;
  g_autoptr(XcWindow) self = opening->window;
  g_autofree char *name = opening->name;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcDocument) document = xc_document_load_finish (result, &error);
  XcDesignPage *page;
  int position = adw_tab_view_get_n_pages (self->tab_view);
  gboolean first_of_batch;

  self->n_loading--;
  g_ptr_array_remove (self->loading, name);
  update_loading (self);
  first_of_batch = opening->order < self->batch_first;
  if (first_of_batch)
    self->batch_first = opening->order;

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_ptr_array_add (self->open_errors, g_strdup (error->message));
          if (self->n_loading == 0 || self->open_error_dialog != NULL)
            show_open_errors (self);
        }
      return;
    }

  remember_recent (self, xc_document_get_file (document));
  page = add_document (self, document, first_of_batch);
  if (self->n_loading == 0)
    show_open_errors (self);

  /* Designs read in parallel: tabs keep the order they were asked for. */
  g_object_set_data (G_OBJECT (page), "open-order", GUINT_TO_POINTER (opening->order + 1));
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      guint order = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page_of (tab)), "open-order"));

      if (order > opening->order + 1)
        {
          position = i;
          break;
        }
    }
  adw_tab_view_reorder_page (self->tab_view, adw_tab_view_get_page (self->tab_view, GTK_WIDGET (page)),
                             MIN (position, adw_tab_view_get_n_pages (self->tab_view) - 1));
}

/**
 * xc_window_open:
 *
 * Reads @file in a worker thread and shows it in a new tab; a design that
 * is open already is only brought forward.
 */
void
xc_window_open (XcWindow *self,
                GFile    *file)
{
  AdwTabPage *tab;
  Opening *opening;

  g_return_if_fail (XC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  tab = find_tab_for_file (self, file);
  if (tab != NULL)
    {
      adw_tab_view_set_selected_page (self->tab_view, tab);
      return;
    }
  opening = g_new0 (Opening, 1);
  opening->window = g_object_ref (self);
  opening->order = self->next_open++;
  {
    g_autofree char *basename = g_file_get_basename (file);

    opening->name = basename != NULL ? g_filename_display_name (basename) : g_file_get_uri (file);
  }
  g_ptr_array_add (self->loading, opening->name);
  update_loading (self);
  if (self->n_loading++ == 0)
    self->batch_first = G_MAXUINT;
  xc_document_load_async (file, self->cancellable, loaded_cb, opening);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  XcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          xc_window_open (self, file);
        }
    }
  g_object_unref (dialog);
}

static void
add_design_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) designs = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  gtk_file_filter_set_name (designs, _("Programme designs"));
  gtk_file_filter_add_pattern (designs, "*.xcprog");
  gtk_file_filter_add_mime_type (designs, "application/x-xiachen-programme+json");
  gtk_file_chooser_add_filter (chooser, designs);
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (chooser, everything);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Designs"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_design_filters (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  xc_window_open (XC_WINDOW (widget), file);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         XcWindow      *self)
{
  g_autoptr(GSList) files = gdk_file_list_get_files (g_value_get_boxed (value));

  for (GSList *l = files; l != NULL; l = l->next)
    xc_window_open (self, l->data);
  return files != NULL;
}

/* New designs */

/**
 * xc_window_new_design:
 * @scheme_id: a loaded scheme's id
 *
 * Opens a new, unsaved design from the scheme's template.
 *
 * Returns: (transfer none) (nullable): its page; %NULL for an unknown scheme
 */
XcDesignPage *
xc_window_new_design (XcWindow   *self,
                      const char *scheme_id)
{
  XcScheme *scheme;
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcDocument) document = NULL;
  XcDesignPage *page;

  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  scheme = xc_plugin_registry_lookup_scheme (get_registry (self), scheme_id);
  if (scheme == NULL)
    return NULL;

  programme = xc_scheme_create_template (scheme);
  document = xc_document_new (programme, NULL);
  page = xc_window_add_document (self, document);
  /* A new design starts from its title, period and budget. */
  xc_design_page_edit_record (page, XC_RECORD (programme));
  return page;
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcDesignPage *page = xc_window_get_page (XC_WINDOW (widget));

  if (page != NULL)
    xc_design_page_undo (page);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcDesignPage *page = xc_window_get_page (XC_WINDOW (widget));

  if (page != NULL)
    xc_design_page_redo (page);
}

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcDesignPage *page = xc_window_get_page (XC_WINDOW (widget));

  if (page != NULL)
    xc_design_page_focus_search (page);
}

/* Ctrl+N: the schemes to start from, as the New button lists them. */
static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_menu_button_popup (XC_WINDOW (widget)->new_button);
}

static void
new_design_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  xc_window_new_design (XC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
rebuild_new_menu (XcWindow *self)
{
  GListModel *schemes = xc_plugin_registry_get_schemes (get_registry (self));

  g_menu_remove_all (self->new_section);
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(XcScheme) scheme = g_list_model_get_item (schemes, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (xc_scheme_get_name (scheme), NULL);

      g_menu_item_set_action_and_target (item, "win.new-design", "s", xc_scheme_get_id (scheme));
      g_menu_append_item (self->new_section, item);
    }
}

/* The bundled samples: from the source tree when run with `meson devenv`,
 * else the installed copies. */
static void
rebuild_samples_menu (XcWindow *self)
{
  const char *dir = g_getenv ("XIACHEN_SAMPLES_DIR");
  g_autoptr(GFile) samples = g_file_new_for_path (dir != NULL ? dir : XC_SAMPLESDIR);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (samples,
                                                                  G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                  G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  g_menu_remove_all (self->samples_section);
  while (children != NULL
         && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
    if (g_str_has_suffix (g_file_info_get_name (info), ".xcprog"))
      g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (samples, g_ptr_array_index (names, i));
      g_autofree char *uri = g_file_get_uri (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (g_ptr_array_index (names, i), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->samples_section, item);
    }
  gtk_widget_set_visible (self->samples_button, names->len > 0);
}

/* Saving */

static void
show_save_error (XcWindow *self,
                 GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Design Was Not Saved"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  XcWindow   *window;
  AdwTabPage *closing_tab;  /* nullable: close this tab once saved */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->window);
  g_clear_object (&data->closing_tab);
  g_free (data);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveData *data = user_data;
  XcDocument *document = XC_DOCUMENT (source);
  g_autoptr(GError) error = NULL;

  if (!xc_document_save_finish (document, result, &error))
    {
      show_save_error (data->window, error);
      if (data->closing_tab != NULL)
        adw_tab_view_close_page_finish (data->window->tab_view, data->closing_tab, FALSE);
    }
  else
    {
      remember_recent (data->window, xc_document_get_file (document));
      adw_toast_overlay_add_toast (data->window->toast_overlay, adw_toast_new (_("Design saved")));
      if (data->closing_tab != NULL)
        adw_tab_view_close_page_finish (data->window->tab_view, data->closing_tab, TRUE);
    }
  save_data_free (data);
}

static void
save_document (XcWindow   *self,
               XcDocument *document,
               GFile      *file,
               AdwTabPage *closing_tab)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->closing_tab = closing_tab != NULL ? g_object_ref (closing_tab) : NULL;
  xc_document_save_async (document, file, self->cancellable, saved_cb, data);
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     XcWindow        *self)
{
  XcDocument *document = g_object_get_data (G_OBJECT (dialog), "document");
  AdwTabPage *closing_tab = g_object_get_data (G_OBJECT (dialog), "closing-tab");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      save_document (self, document, file, closing_tab);
    }
  else if (closing_tab != NULL)
    adw_tab_view_close_page_finish (self->tab_view, closing_tab, FALSE);
  g_object_unref (dialog);
}

static void
save_as (XcWindow   *self,
         XcDocument *document,
         AdwTabPage *closing_tab)
{
  GtkFileChooserNative *dialog;
  GFile *file = xc_document_get_file (document);

  dialog = gtk_file_chooser_native_new (_("Save the Design"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_design_filters (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, NULL);
  else
    {
      g_autofree char *name = g_strdup_printf ("%s.xcprog", xc_document_get_title (document));

      g_strdelimit (name, "/\\:", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document), g_object_unref);
  if (closing_tab != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "closing-tab", g_object_ref (closing_tab),
                            g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save (XcWindow   *self,
      XcDocument *document,
      AdwTabPage *closing_tab)
{
  if (xc_library_link_get (document) != NULL)
    xc_library_link_save (xc_library_link_get (document), self, document, closing_tab);
  else if (xc_document_get_file (document) == NULL)
    save_as (self, document, closing_tab);
  else
    save_document (self, document, NULL, closing_tab);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  XcDesignPage *page = xc_window_get_page (self);

  if (page != NULL)
    save (self, xc_design_page_get_document (page), NULL);
}

static void
save_as_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  XcDesignPage *page = xc_window_get_page (self);

  if (page != NULL)
    save_as (self, xc_design_page_get_document (page), NULL);
}

/* Closing: a design with unsaved changes asks first. */

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   XcWindow         *self)
{
  AdwTabPage *tab = g_object_get_data (G_OBJECT (dialog), "tab");
  XcDocument *document = xc_design_page_get_document (page_of (tab));

  if (g_str_equal (response, "save"))
    save (self, document, tab);
  else if (g_str_equal (response, "discard"))
    {
      xc_document_discard_draft (document);
      adw_tab_view_close_page_finish (self->tab_view, tab, TRUE);
    }
  else
    adw_tab_view_close_page_finish (self->tab_view, tab, FALSE);
}

static GtkWidget *
new_unsaved_dialog (XcWindow   *self,
                    const char *heading,
                    const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

static gboolean
close_page_cb (XcWindow   *self,
               AdwTabPage *tab)
{
  XcDocument *document = xc_design_page_get_document (page_of (tab));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->closing || !xc_document_get_modified (document))
    {
      xc_document_discard_draft (document);
      adw_tab_view_close_page_finish (self->tab_view, tab, TRUE);
      return GDK_EVENT_STOP;
    }

  adw_tab_view_set_selected_page (self->tab_view, tab);
  /* TRANSLATORS: %s is a design's title */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), xc_document_get_title (document));
  dialog = new_unsaved_dialog (self, heading,
                               _("Unsaved changes are lost when the design is closed without "
                                 "saving."));
  g_object_set_data_full (G_OBJECT (dialog), "tab", g_object_ref (tab), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GDK_EVENT_STOP;
}

static void
close_tab_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  AdwTabPage *tab = adw_tab_view_get_selected_page (self->tab_view);

  if (tab != NULL)
    adw_tab_view_close_page (self->tab_view, tab);
}

static guint
count_modified (XcWindow *self)
{
  guint n_modified = 0;

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);

      n_modified += xc_document_get_modified (xc_design_page_get_document (page_of (tab)));
    }
  return n_modified;
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Once the dialog that asked is gone: it is the window's transient child,
 * and an application's window is freed as soon as it closes. */
static void
close_later (XcWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  XcWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      close_later (self);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  /* Designs with a file are saved now; the first without one asks where,
   * and the window stays open until it is saved too. */
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      XcDocument *document = xc_design_page_get_document (page_of (tab));
      g_autoptr(GError) error = NULL;

      if (!xc_document_get_modified (document))
        continue;
      /* A design of the library is sent, and may meet a conflict: the
       * window stays open for the planner to see how it went. */
      if (xc_library_link_get (document) != NULL)
        {
          adw_tab_view_set_selected_page (self->tab_view, tab);
          save (self, document, NULL);
          return;
        }
      if (xc_document_get_file (document) == NULL)
        {
          adw_tab_view_set_selected_page (self->tab_view, tab);
          save_as (self, document, NULL);
          return;
        }
      if (!xc_document_save (document, NULL, NULL, &error))
        {
          adw_tab_view_set_selected_page (self->tab_view, tab);
          show_save_error (self, error);
          return;
        }
    }
  close_later (self);
}

static gboolean
xc_window_close_request (GtkWindow *window)
{
  XcWindow *self = XC_WINDOW (window);
  guint n_modified = count_modified (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  if (self->closing || n_modified == 0)
    {
      self->closing = TRUE;
      for (int i = adw_tab_view_get_n_pages (self->tab_view) - 1; i >= 0; i--)
        adw_tab_view_close_page (self->tab_view, adw_tab_view_get_nth_page (self->tab_view, i));
      return GTK_WINDOW_CLASS (xc_window_parent_class)->close_request (window);
    }

  heading = g_strdup_printf (ngettext ("Save Changes to %u Design?", "Save Changes to %u Designs?",
                                       n_modified), n_modified);
  dialog = new_unsaved_dialog (self, heading,
                               _("Unsaved changes are lost when the window is closed without "
                                 "saving."));
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard All"));
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save…"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (quit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GDK_EVENT_STOP;
}

/**
 * xc_window_flush_drafts:
 *
 * Writes the drafts of designs edited since their last draft: the session
 * is ending, or the program is, without a window being closed.
 */
void
xc_window_flush_drafts (XcWindow *self)
{
  g_return_if_fail (XC_IS_WINDOW (self));

  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    xc_design_page_flush_draft (page_of (adw_tab_view_get_nth_page (self->tab_view, i)));
}

/* Recovery */

static void
recover_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     XcWindow         *window)
{
  GPtrArray *drafts = g_object_get_data (G_OBJECT (dialog), "drafts");

  for (guint i = 0; i < drafts->len; i++)
    {
      XcDocument *document = g_ptr_array_index (drafts, i);

      if (g_str_equal (response, "recover"))
        xc_window_add_document (window, document);
      else if (g_str_equal (response, "discard"))
        xc_document_discard_draft (document);
    }
}

static void
recovered_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(XcWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = xc_document_recover_drafts_finish (result, &error);
  g_autoptr(GString) titles = g_string_new (NULL);
  GtkWidget *dialog;

  if (drafts == NULL)
    {
      g_warning ("Drafts of unsaved designs cannot be read: %s", error->message);
      return;
    }
  /* closed meanwhile: the drafts stay for the next start */
  if (drafts->len == 0 || !gtk_widget_get_visible (GTK_WIDGET (window)))
    return;

  for (guint i = 0; i < drafts->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? "\n" : "",
                            xc_document_get_title (g_ptr_array_index (drafts, i)));

  dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                   ngettext ("Recover an Unsaved Design?",
                                             "Recover Unsaved Designs?", drafts->len),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                  ngettext ("Xiachen closed before this design was saved:",
                                            "Xiachen closed before these designs were saved:",
                                            drafts->len),
                                  titles->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "drafts", g_steal_pointer (&drafts),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recover_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * xc_window_offer_recovery:
 *
 * Drafts left by a run that ended without saving (a crash, a power cut):
 * the planner chooses to get them back or let them go. Dismissing the
 * question keeps them for the next start. They are read in a worker; the
 * question comes when they are.
 */
void
xc_window_offer_recovery (XcWindow *window)
{
  g_return_if_fail (XC_IS_WINDOW (window));

  xc_document_recover_drafts_async (NULL, recovered_cb, g_object_ref (window));
}

/* Comparison and export */

/**
 * xc_window_compare:
 *
 * Opens the comparison of the open designs.
 *
 * Returns: (transfer none): the comparison window
 */
GtkWidget *
xc_window_compare (XcWindow *self)
{
  GtkWidget *comparison;

  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  comparison = xc_comparison_window_new (GTK_WINDOW (self));
  for (int i = 0; i < adw_tab_view_get_n_pages (self->tab_view); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (self->tab_view, i);
      XcDocument *document = xc_design_page_get_document (page_of (tab));
      XcProgramme *programme = xc_document_get_programme (document);
      const char *title = xc_programme_get_title (programme);

      /* Designs are known by their titles (a file name where there is
       * none), the file name telling apart two of the same title. */
      xc_comparison_window_add_design_from_file (XC_COMPARISON_WINDOW (comparison),
                                                 title != NULL && title[0] != '\0'
                                                 ? title : xc_document_get_title (document),
                                                 xc_document_get_title (document), programme);
    }
  gtk_window_present (GTK_WINDOW (comparison));
  return comparison;
}

static void
library_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (xc_library_window_get_for (XC_WINDOW (widget))));
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  xc_window_compare (XC_WINDOW (widget));
}

typedef struct
{
  char        *format;
  GFile       *file;
  XcReport    *report;
  XcProgramme *programme;
  char        *title;
} Export;

static void
export_free (Export *export)
{
  g_free (export->format);
  g_object_unref (export->file);
  g_object_unref (export->report);
  g_object_unref (export->programme);
  g_free (export->title);
  g_free (export);
}

/* The findings of a national design took 1.3 s to write as XLSX on the
 * main thread. A checked report names its units from the plain records
 * it was checked on (xc_report_get_design()), so it is written in a
 * worker without touching the model the window edits. */
static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Export *export = task_data;
  GError *error = NULL;
  gboolean written;

  if (g_str_equal (export->format, "csv"))
    written = xc_export_findings_csv (export->report, export->programme, export->file, &error);
  else if (g_str_equal (export->format, "xlsx"))
    written = xc_export_findings_xlsx (export->report, export->programme, export->file, &error);
  else
    written = xc_pdf_export_findings (export->report, export->programme, export->title,
                                      export->file, &error);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * xc_window_export_findings_async:
 * @format: "csv", "xlsx" or "pdf"
 *
 * Writes the selected design's findings, accepted ones marked, to @file,
 * in a worker.
 */
void
xc_window_export_findings_async (XcWindow            *self,
                                 const char          *format,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  XcDesignPage *page;
  XcDocument *document;
  XcReport *report;
  Export *export;

  g_return_if_fail (XC_IS_WINDOW (self));
  g_return_if_fail (format != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_window_export_findings_async);
  page = xc_window_get_page (self);
  report = page != NULL ? xc_design_page_get_report (page) : NULL;
  /* a report without the records it was checked on names units from the
   * model, which only the main thread may read */
  if (report == NULL || xc_report_get_design (report) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, "%s",
                               _("The design is still being checked"));
      return;
    }
  document = xc_design_page_get_document (page);
  export = g_new0 (Export, 1);
  export->format = g_strdup (format);
  export->file = g_object_ref (file);
  export->report = g_object_ref (report);
  export->programme = g_object_ref (xc_document_get_programme (document));
  export->title = g_strdup (xc_document_get_title (document));
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  xc_task_run_in_thread (task, export_in_thread, NULL);
}

gboolean
xc_window_export_findings_finish (XcWindow      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  XcWindow *self = XC_WINDOW (source);
  g_autoptr(GError) error = NULL;

  if (xc_window_export_findings_finish (self, result, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Findings exported")));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self),
                                                   _("The Findings Were Not Exported"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    XcWindow        *self)
{
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      /* a national design's PDF takes seconds: the planner goes on meanwhile */
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Exporting the findings…")));
      xc_window_export_findings_async (self, format, file, self->cancellable, exported_cb, NULL);
    }
  g_object_unref (dialog);
}

static void
export_findings_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  XcDesignPage *page = xc_window_get_page (self);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (page == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Findings"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* TRANSLATORS: the suggested file name of exported findings: design title, extension */
  name = g_strdup_printf (_("%s findings.%s"),
                          xc_document_get_title (xc_design_page_get_document (page)), format);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data_full (G_OBJECT (dialog), "format", g_strdup (format), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
xc_window_constructed (GObject *object)
{
  XcWindow *self = XC_WINDOW (object);
  GSettings *settings;

  G_OBJECT_CLASS (xc_window_parent_class)->constructed (object);

  settings = get_settings (self);
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  rebuild_new_menu (self);
  rebuild_recent_menu (self);
  rebuild_samples_menu (self);
  /* plugins turned on or off in Preferences */
  g_signal_connect_object (xc_plugin_registry_get_schemes (get_registry (self)), "items-changed",
                           G_CALLBACK (rebuild_new_menu), self, G_CONNECT_SWAPPED);
}

static void
xc_window_dispose (GObject *object)
{
  XcWindow *self = XC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->open_error_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->open_error_dialog),
                                  (gpointer *) &self->open_error_dialog);
  self->open_error_dialog = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_WINDOW);

  G_OBJECT_CLASS (xc_window_parent_class)->dispose (object);
}

static void
xc_window_finalize (GObject *object)
{
  XcWindow *self = XC_WINDOW (object);

  g_strfreev (self->recent);
  g_ptr_array_unref (self->open_errors);
  g_ptr_array_unref (self->loading);

  G_OBJECT_CLASS (xc_window_parent_class)->finalize (object);
}

static void
xc_window_class_init (XcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = xc_window_constructed;
  object_class->dispose = xc_window_dispose;
  object_class->finalize = xc_window_finalize;
  window_class->close_request = xc_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xiachen/Planner/xc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, tab_bar);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, tab_view);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, new_section);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, samples_section);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, samples_button);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, loading_page);
  gtk_widget_class_bind_template_callback (widget_class, close_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, n_pages_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated);
  gtk_widget_class_install_action (widget_class, "win.new-design", "s", new_design_activated);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated);
  gtk_widget_class_install_action (widget_class, "win.close-tab", NULL, close_tab_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "win.library", NULL, library_activated);
  gtk_widget_class_install_action (widget_class, "win.export-findings", "s",
                                   export_findings_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close-tab", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}

static void
xc_window_init (XcWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->open_errors = g_ptr_array_new_with_free_func (g_free);
  self->loading = g_ptr_array_new ();

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  update_actions (self);
  n_pages_changed_cb (self);
}

XcWindow *
xc_window_new (XcApplication *application)
{
  return g_object_new (XC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * xc_window_get_page:
 *
 * Returns: (transfer none) (nullable): the selected design's page
 */
XcDesignPage *
xc_window_get_page (XcWindow *self)
{
  AdwTabPage *tab;

  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  tab = adw_tab_view_get_selected_page (self->tab_view);
  return tab != NULL ? page_of (tab) : NULL;
}

/**
 * xc_window_get_tab_view:
 *
 * Returns: (transfer none): the tabs, one per open design
 */
AdwTabView *
xc_window_get_tab_view (XcWindow *self)
{
  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  return self->tab_view;
}

/**
 * xc_window_get_programme:
 *
 * Returns: (transfer none) (nullable): the selected design
 */
XcProgramme *
xc_window_get_programme (XcWindow *self)
{
  XcDesignPage *page = xc_window_get_page (self);

  return page != NULL ? xc_document_get_programme (xc_design_page_get_document (page)) : NULL;
}

/**
 * xc_window_get_report:
 *
 * Returns: (transfer none) (nullable): the selected design's findings
 */
XcReport *
xc_window_get_report (XcWindow *self)
{
  XcDesignPage *page = xc_window_get_page (self);

  return page != NULL ? xc_design_page_get_report (page) : NULL;
}
