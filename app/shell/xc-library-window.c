/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>

#include "xc-library-history-window.h"
#include "xc-library-link.h"
#include "xc-library-window.h"

#define WINDOW_KEY "xc-library-window"

struct _XcLibraryWindow
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  AdwEntryRow     *url_row;
  AdwEntryRow     *user_row;
  AdwEntryRow     *password_row;
  GtkLabel        *error_label;
  GtkSpinner      *spinner;
  GtkLabel        *loading_label;
  GtkListBox      *designs_list;
  GtkWidget       *refresh_button;
  GtkWidget       *add_button;

  XcWindow        *window;     /* weak: the browser is its child */
  XcLibrary       *library;
  GListModel      *designs;
  GCancellable    *cancellable;
};

G_DEFINE_FINAL_TYPE (XcLibraryWindow, xc_library_window, ADW_TYPE_WINDOW)

static GSettings *
get_settings (XcLibraryWindow *self)
{
  GtkApplication *application = self->window != NULL
                                ? gtk_window_get_application (GTK_WINDOW (self->window)) : NULL;

  return XC_IS_APPLICATION (application) ? xc_application_get_settings (XC_APPLICATION (application))
                                         : NULL;
}

static XcPluginRegistry *
get_registry (XcLibraryWindow *self)
{
  GtkApplication *application = self->window != NULL
                                ? gtk_window_get_application (GTK_WINDOW (self->window)) : NULL;
  XcPluginRegistry *registry = NULL;

  if (XC_IS_APPLICATION (application))
    registry = xc_application_get_registry (XC_APPLICATION (application));
  return registry != NULL ? registry : xc_plugin_registry_get_default ();
}

static void
show_loading (XcLibraryWindow *self,
              const char      *text)
{
  gtk_label_set_text (self->loading_label, text);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
show_connect (XcLibraryWindow *self,
              const char      *error)
{
  gtk_spinner_stop (self->spinner);
  gtk_label_set_text (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_stack_set_visible_child_name (self->stack, "connect");
  gtk_widget_set_sensitive (self->refresh_button, FALSE);
  gtk_widget_set_sensitive (self->add_button, FALSE);
}

static void
toast (XcLibraryWindow *self,
       const char      *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Rows */

static const char *
state_text (XcLibraryState state)
{
  switch (state)
    {
    case XC_LIBRARY_STATE_CURRENT:
      return _("Current here");
    case XC_LIBRARY_STATE_CHANGED_ON_SERVER:
      return _("Changed on the server");
    case XC_LIBRARY_STATE_UNSENT:
      return _("Unsent");
    case XC_LIBRARY_STATE_NOT_CACHED:
    default:
      return _("Not opened here");
    }
}

static const char *
state_style (XcLibraryState state)
{
  switch (state)
    {
    case XC_LIBRARY_STATE_CURRENT:
      return "success";
    case XC_LIBRARY_STATE_CHANGED_ON_SERVER:
    case XC_LIBRARY_STATE_UNSENT:
      return "warning";
    case XC_LIBRARY_STATE_NOT_CACHED:
    default:
      return "dim-label";
    }
}

static void
history_clicked_cb (GtkButton       *button,
                    XcLibraryWindow *self)
{
  xc_library_window_show_history (self, g_object_get_data (G_OBJECT (button), "design-id"));
}

static void
open_clicked_cb (GtkButton       *button,
                 XcLibraryWindow *self)
{
  xc_library_window_open_design (self, g_object_get_data (G_OBJECT (button), "design-id"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  XcLibraryWindow *self = user_data;
  XcLibraryDesign *design = item;
  const char *title = xc_library_design_get_title (design);
  const char *scheme_id = xc_library_design_get_scheme (design);
  const char *by = xc_library_design_get_by (design);
  GDateTime *modified = xc_library_design_get_modified (design);
  XcScheme *scheme = scheme_id != NULL
                     ? xc_plugin_registry_lookup_scheme (get_registry (self), scheme_id) : NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (state_text (xc_library_design_get_state (design)));
  GtkWidget *history = gtk_button_new_from_icon_name ("document-open-recent-symbolic");
  GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open"));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *when = NULL;

  if (modified != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (modified);

      when = g_date_time_format (local, "%Y-%m-%d %H:%M");
    }
  g_string_append (subtitle, scheme != NULL ? xc_scheme_get_name (scheme)
                             : scheme_id != NULL ? scheme_id : _("Unknown scheme"));
  if (by != NULL && when != NULL)
    /* TRANSLATORS: who saved a design last, and when */
    g_string_append_printf (subtitle, _(" · saved by %s, %s"), by, when);
  else if (when != NULL)
    /* TRANSLATORS: when a design was saved last */
    g_string_append_printf (subtitle, _(" · saved %s"), when);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && title[0] != '\0' ? title
                                 : xc_library_design_get_id (design));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* The id names the design's files on the server: for IT, not the row. */
  gtk_widget_set_tooltip_text (row, xc_library_design_get_id (design));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "design-id",
                          g_strdup (xc_library_design_get_id (design)), g_free);

  gtk_widget_add_css_class (state, state_style (xc_library_design_get_state (design)));
  gtk_widget_add_css_class (state, "caption-heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);

  gtk_widget_set_tooltip_text (history, _("History of This Design"));
  gtk_widget_set_valign (history, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (history, "flat");
  g_object_set_data_full (G_OBJECT (history), "design-id",
                          g_strdup (xc_library_design_get_id (design)), g_free);
  g_signal_connect (history, "clicked", G_CALLBACK (history_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), history);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (open), "design-id",
                          g_strdup (xc_library_design_get_id (design)), g_free);
  g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  return row;
}

static void
row_activated_cb (XcLibraryWindow *self,
                  GtkListBoxRow   *row)
{
  const char *design_id = g_object_get_data (G_OBJECT (row), "design-id");

  if (design_id != NULL)
    xc_library_window_open_design (self, design_id);
}

/* Listing */

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(XcLibraryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) designs = xc_library_list_finish (XC_LIBRARY (source), result, &error);

  if (designs == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_connect (self, error->message);
      return;
    }
  g_set_object (&self->designs, designs);
  gtk_list_box_bind_model (self->designs_list, self->designs, create_row, self, NULL);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "designs");
  gtk_widget_set_sensitive (self->refresh_button, TRUE);
  gtk_widget_set_sensitive (self->add_button, TRUE);
}

void
xc_library_window_refresh (XcLibraryWindow *self)
{
  g_return_if_fail (XC_IS_LIBRARY_WINDOW (self));

  if (self->library == NULL)
    return;
  show_loading (self, _("Reading the list of designs…"));
  xc_library_list_async (self->library, self->cancellable, listed_cb, g_object_ref (self));
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(XcLibraryWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!xc_library_credentials_store_finish (result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Password not kept: %s", error->message);
      toast (self, _("The password could not be kept in the keyring; it is asked again next time"));
    }
}

void
xc_library_window_connect (XcLibraryWindow *self,
                           const char      *url,
                           const char      *user,
                           const char      *password)
{
  GSettings *settings;
  g_autofree char *root = NULL;

  g_return_if_fail (XC_IS_LIBRARY_WINDOW (self));
  g_return_if_fail (url != NULL && user != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), password != NULL ? password : "");
  if (!g_str_has_prefix (url, "http://") && !g_str_has_prefix (url, "https://"))
    {
      show_connect (self, _("The server address starts with https:// (or http:// on a local network)"));
      return;
    }
  if (user[0] == '\0')
    {
      show_connect (self, _("Enter the user name the server knows you by"));
      return;
    }
  /* The library is a folder: its root ends with a slash. */
  root = g_str_has_suffix (url, "/") ? g_strdup (url) : g_strconcat (url, "/", NULL);

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_clear_object (&self->library);
  self->library = xc_library_new (root, user, password);
  adw_window_title_set_subtitle (self->window_title, xc_library_get_url (self->library));

  settings = get_settings (self);
  if (settings != NULL)
    {
      g_settings_set_string (settings, "library-url", root);
      g_settings_set_string (settings, "library-user", user);
    }
  if (password != NULL && password[0] != '\0')
    xc_library_credentials_store_async (root, user, password, self->cancellable, stored_cb,
                                        g_object_ref (self));
  xc_library_window_refresh (self);
}

static void
connect_clicked_cb (XcLibraryWindow *self)
{
  xc_library_window_connect (self, gtk_editable_get_text (GTK_EDITABLE (self->url_row)),
                             gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                             gtk_editable_get_text (GTK_EDITABLE (self->password_row)));
}

static void
change_clicked_cb (XcLibraryWindow *self)
{
  show_connect (self, NULL);
}

static void
refresh_clicked_cb (XcLibraryWindow *self)
{
  xc_library_window_refresh (self);
}

/* The design of the main window's selected tab, into this library. */
static void
add_clicked_cb (XcLibraryWindow *self)
{
  XcDesignPage *page = self->window != NULL ? xc_window_get_page (self->window) : NULL;
  XcDocument *document;
  XcProgramme *programme;
  AdwTabView *tabs;
  g_autoptr(XcLibraryLink) link = NULL;
  const char *id;

  if (page == NULL || self->library == NULL)
    {
      toast (self, _("Open the design to add in the main window first"));
      return;
    }
  document = xc_design_page_get_document (page);
  if (xc_library_link_get (document) != NULL)
    {
      toast (self, _("This design is in a library already"));
      return;
    }
  programme = xc_document_get_programme (document);
  id = xc_programme_get_id (programme);
  if (id == NULL || !xc_library_is_valid_design_id (id))
    {
      g_autofree char *made = xc_programme_make_unique_id (programme, "design");

      xc_programme_set_id (programme, made);
      id = xc_programme_get_id (programme);
    }
  link = xc_library_link_new (self->library, id, NULL);
  xc_library_link_attach (link, document);
  tabs = xc_window_get_tab_view (self->window);
  xc_library_link_show_on_tab (link, GTK_WINDOW (self->window),
                               adw_tab_view_get_page (tabs, GTK_WIDGET (page)));
  xc_library_link_save (link, self->window, document, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/* Opening */

typedef struct
{
  XcLibraryWindow *self;
  XcLibrary       *library;
  char            *design_id;
} Pulling;

static void
pulled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Pulling *pulling = user_data;
  XcLibraryWindow *self = pulling->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibraryDesign) design = xc_library_pull_finish (XC_LIBRARY (source), result, &error);
  g_autoptr(XcLibraryLink) link = NULL;

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, self->designs != NULL ? "designs" : "connect");
  if (design == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
    }
  else if (self->window != NULL)
    {
      link = xc_library_link_new (pulling->library, pulling->design_id, NULL);
      xc_library_link_set_state (link, xc_library_design_get_from_cache (design)
                                       && xc_library_design_get_state (design) == XC_LIBRARY_STATE_UNSENT
                                       ? XC_LIBRARY_STATE_UNSENT : XC_LIBRARY_STATE_CURRENT);
      if (xc_library_link_open (link, self->window, xc_library_design_get_contents (design), &error) == NULL)
        toast (self, error->message);
      else
        {
          if (xc_library_design_get_from_cache (design))
            toast (self, _("The library cannot be reached: the copy on this computer is opened"));
          gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
        }
    }
  g_object_unref (pulling->self);
  g_object_unref (pulling->library);
  g_free (pulling->design_id);
  g_free (pulling);
}

void
xc_library_window_open_design (XcLibraryWindow *self,
                               const char      *design_id)
{
  Pulling *pulling;

  g_return_if_fail (XC_IS_LIBRARY_WINDOW (self));
  g_return_if_fail (design_id != NULL);

  if (self->library == NULL)
    return;
  show_loading (self, _("Opening the design…"));
  pulling = g_new0 (Pulling, 1);
  pulling->self = g_object_ref (self);
  pulling->library = g_object_ref (self->library);
  pulling->design_id = g_strdup (design_id);
  xc_library_pull_async (self->library, design_id, self->cancellable, pulled_cb, pulling);
}

GtkWidget *
xc_library_window_show_history (XcLibraryWindow *self,
                                const char      *design_id)
{
  const char *title = NULL;
  GtkWidget *history;

  g_return_val_if_fail (XC_IS_LIBRARY_WINDOW (self), NULL);
  g_return_val_if_fail (design_id != NULL, NULL);

  for (guint i = 0; self->designs != NULL && i < g_list_model_get_n_items (self->designs); i++)
    {
      g_autoptr(XcLibraryDesign) design = g_list_model_get_item (self->designs, i);

      if (g_str_equal (xc_library_design_get_id (design), design_id))
        title = g_intern_string (xc_library_design_get_title (design));
    }
  history = xc_library_history_window_new (self->window, self->library, design_id,
                                           title != NULL ? title : design_id);
  gtk_window_set_transient_for (GTK_WINDOW (history), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (history), TRUE);
  gtk_window_present (GTK_WINDOW (history));
  return history;
}

XcLibrary *
xc_library_window_get_library (XcLibraryWindow *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_WINDOW (self), NULL);
  return self->library;
}

GListModel *
xc_library_window_get_designs (XcLibraryWindow *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_WINDOW (self), NULL);
  return self->designs;
}

/* The last library's password from the keyring: connected without asking. */
static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(XcLibraryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = xc_library_credentials_lookup_finish (result, &error);
  g_autofree char *url = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row)));
  g_autofree char *user = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_row)));

  if (self->library != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (password == NULL)
    {
      show_connect (self, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }
  xc_library_window_connect (self, url, user, password);
}

static void
xc_library_window_dispose (GObject *object)
{
  XcLibraryWindow *self = XC_LIBRARY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->library);
  g_clear_object (&self->designs);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_LIBRARY_WINDOW);

  G_OBJECT_CLASS (xc_library_window_parent_class)->dispose (object);
}

static void
xc_library_window_class_init (XcLibraryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_library_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-library-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, designs_list);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, XcLibraryWindow, add_button);
  gtk_widget_class_bind_template_callback (widget_class, connect_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, refresh_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
xc_library_window_init (XcLibraryWindow *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  placeholder = gtk_label_new (_("No designs in this library yet. Open a design in the main "
                                 "window and add it here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->designs_list, placeholder);
  /* Hidden, not destroyed, when closed: the main window keeps it. */
  gtk_window_set_hide_on_close (GTK_WINDOW (self), TRUE);
}

static void
destroy_browser (gpointer data)
{
  gtk_window_destroy (data);
  g_object_unref (data);
}

XcLibraryWindow *
xc_library_window_get_for (XcWindow *window)
{
  XcLibraryWindow *self;
  GSettings *settings;

  g_return_val_if_fail (XC_IS_WINDOW (window), NULL);

  self = g_object_get_data (G_OBJECT (window), WINDOW_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (XC_TYPE_LIBRARY_WINDOW, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  /* The main window owns its browser: destroyed with it. */
  g_object_set_data_full (G_OBJECT (window), WINDOW_KEY, g_object_ref (self), destroy_browser);

  settings = get_settings (self);
  if (settings != NULL)
    {
      g_autofree char *url = g_settings_get_string (settings, "library-url");
      g_autofree char *user = g_settings_get_string (settings, "library-user");

      gtk_editable_set_text (GTK_EDITABLE (self->url_row), url);
      gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
      if (url[0] != '\0' && user[0] != '\0')
        {
          show_loading (self, _("Connecting…"));
          xc_library_credentials_lookup_async (url, user, self->cancellable, looked_up_cb,
                                               g_object_ref (self));
          return self;
        }
    }
  show_connect (self, NULL);
  return self;
}
