/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>
#include <xiachen.h>

#include "xc-application.h"
#include "xc-window.h"

struct _XcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (XcApplication, xc_application, ADW_TYPE_APPLICATION)

/* The bundled sample: from the source tree when run with `meson devenv`,
 * else the installed copy. */
static GFile *
get_sample_file (void)
{
  const char *dir = g_getenv ("XIACHEN_SAMPLES_DIR");

  return g_file_new_build_filename (dir != NULL ? dir : XC_SAMPLESDIR, "huizhou-nkls.xcprog", NULL);
}

static void
xc_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(GFile) sample = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (xc_window_new (XC_APPLICATION (application)));
  sample = get_sample_file ();
  xc_window_open (XC_WINDOW (window), sample);
  gtk_window_present (window);
}

static void
xc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      XcWindow *window = xc_window_new (XC_APPLICATION (application));

      xc_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
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
xc_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };

  G_APPLICATION_CLASS (xc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.open", open_accels);

  /* Load plugins once, before the first window asks for a scheme. */
  xc_plugin_registry_get_default ();
}

static void
xc_application_class_init (XcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = xc_application_activate;
  app_class->open = xc_application_open;
  app_class->startup = xc_application_startup;
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
                       "resource-base-path", "/io/github/xiachen/Planner",
                       NULL);
}
