/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>
#include <xiachen.h>

#include "xc-application.h"
#include "xc-preferences-window.h"
#include "xc-window.h"

/* The settings schema keeps this id in the .Devel build too. */
#define XC_SETTINGS_SCHEMA_ID "io.github.xiachen.Planner"

struct _XcApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;  /* nullable: no schema installed */
  XcPluginRegistry *registry;
};

G_DEFINE_FINAL_TYPE (XcApplication, xc_application, ADW_TYPE_APPLICATION)

static XcWindow *
get_window (XcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (xc_window_new (self));
      gtk_window_present (window);
      xc_window_offer_recovery (XC_WINDOW (window));
    }
  return XC_WINDOW (window);
}

static void
xc_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_window (XC_APPLICATION (application))));
}

static void
xc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  XcWindow *window = get_window (XC_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    xc_window_open (window, files[i]);
  gtk_window_present (GTK_WINDOW (window));
}

/* Quitting closes every window as its × does, so each asks about its
 * unsaved designs; the application ends with its last window. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    if (XC_IS_WINDOW (l->data))
      gtk_window_close (GTK_WINDOW (l->data));
}

/* Ends where no window asks (the session ends, a signal): whatever changed
 * since the last draft is written, for the next start to offer back. */
static void
flush_drafts (XcApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (XC_IS_WINDOW (l->data))
      xc_window_flush_drafts (XC_WINDOW (l->data));
}

static void
xc_application_shutdown (GApplication *application)
{
  flush_drafts (XC_APPLICATION (application));
  G_APPLICATION_CLASS (xc_application_parent_class)->shutdown (application);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_show_about_window (window,
                         "application-name", _("Xiachen"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Design and check programmes that send senior doctors to township and county health institutions"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  XcApplication *self = XC_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  XcPreferencesWindow *preferences = xc_preferences_window_new (self->registry, self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The settings, when the schema is installed: a build tree run without
 * `meson devenv` has none, and works with every plugin enabled. */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, XC_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: plugins cannot be turned off",
               XC_SETTINGS_SCHEMA_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
xc_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
    { "preferences", preferences_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  XcApplication *self = XC_APPLICATION (application);

  G_APPLICATION_CLASS (xc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         preferences_accels);

  self->settings = new_settings ();

  /* Load plugins once, before the first window asks for a scheme. The ones
   * the user turned off are listed but not loaded. */
  self->registry = xc_plugin_registry_new ();
  xc_plugin_registry_add_default_search_paths (self->registry);
  if (self->settings != NULL)
    {
      g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-plugins");

      xc_plugin_registry_set_disabled (self->registry, (const char * const *) disabled);
    }
  xc_plugin_registry_load (self->registry);

  g_signal_connect_swapped (application, "query-end", G_CALLBACK (flush_drafts), application);
}

static void
xc_application_dispose (GObject *object)
{
  XcApplication *self = XC_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (xc_application_parent_class)->dispose (object);
}

static void
xc_application_class_init (XcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = xc_application_dispose;

  app_class->activate = xc_application_activate;
  app_class->open = xc_application_open;
  app_class->startup = xc_application_startup;
  app_class->shutdown = xc_application_shutdown;
}

static void
xc_application_init (XcApplication *self)
{
}

XcApplication *
xc_application_new (void)
{
  return g_object_new (XC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* for "query-end": drafts are written before the session ends */
                       "register-session", TRUE,
                       "resource-base-path", "/io/github/xiachen/Planner",
                       NULL);
}

/**
 * xc_application_get_registry:
 *
 * Returns: (transfer none) (nullable): the plugins, loaded at startup;
 *   %NULL before the application started
 */
XcPluginRegistry *
xc_application_get_registry (XcApplication *self)
{
  g_return_val_if_fail (XC_IS_APPLICATION (self), NULL);

  return self->registry;
}

/**
 * xc_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings; %NULL when the schema
 *   is not installed
 */
GSettings *
xc_application_get_settings (XcApplication *self)
{
  g_return_val_if_fail (XC_IS_APPLICATION (self), NULL);

  return self->settings;
}
