/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A third-party plugin that crashes or hangs in validate, in a real window
 * (Xvfb): the window stays, the planner's unsaved edit stays, and the
 * findings name the plugin; and the plugin manager lists a broken plugin
 * over a good one of the same name. The plugins are
 * tests/plugins/broken/faulty-scheme.c, third party because they lie
 * outside XIACHEN_SHIPPED_PLUGIN_DIR. */
#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <string.h>

#include "xc-design-page.h"
#include "xc-findings-pane.h"
#include "xc-preferences-window.h"
#include "xc-test-util.h"
#include "xc-window.h"

#define EDITED_TITLE "Edited before checking"

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) && gtk_button_get_label (GTK_BUTTON (widget)))
    g_string_append_printf (texts, "%s\n", gtk_button_get_label (GTK_BUTTON (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static char *
visible_text (GtkWidget *window)
{
  GString *texts = g_string_new (NULL);

  collect_labels (window, texts);
  return g_string_free (texts, FALSE);
}

/* Runs the main loop until @text shows in @window. No clock: a test that
 * never sees it is stopped by the harness's timeout. */
static char *
wait_for_text (GtkWidget  *window,
               const char *text)
{
  for (;;)
    {
      char *texts = visible_text (window);

      if (strstr (texts, text) != NULL)
        return texts;
      g_free (texts);
      g_main_context_iteration (NULL, TRUE);
    }
}

static XcDesignPage *
wait_for_page (XcWindow *window)
{
  while (xc_window_get_page (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_window_get_page (window);
}

static XcReport *
wait_for_check (XcDesignPage *page)
{
  while (xc_design_page_get_checking (page) || xc_design_page_get_report (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_design_page_get_report (page);
}

static GFile *
write_design_of (const char *scheme_id)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autofree char *name = g_strconcat (scheme_id, ".xcprog", NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  GFile *file = g_file_new_for_path (path);

  xc_programme_set_scheme (programme, scheme_id);
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));
  return file;
}

/* Opens a design of @scheme_id, edits it without saving, checks it, and
 * waits for the finding that says @what about plugin @plugin_name. */
static void
check_survives (const char *scheme_id,
                const char *plugin_name,
                const char *what)
{
  g_autoptr(GFile) file = write_design_of (scheme_id);
  XcWindow *window = xc_window_new (NULL);
  GWeakRef alive;
  XcDesignPage *page;
  XcProgramme *programme;
  XcReport *report;
  XcFinding *finding = NULL;
  g_autofree char *texts = NULL;
  g_autofree char *heading = g_strdup_printf ("Plugin “%s”", plugin_name);

  g_weak_ref_init (&alive, window);
  gtk_window_present (GTK_WINDOW (window));
  xc_window_open (window, file);
  page = wait_for_page (window);
  wait_for_check (page);

  /* The planner's edit, not saved, then a check of it. */
  programme = xc_window_get_programme (window);
  xc_programme_set_title (programme, EDITED_TITLE);
  xc_design_page_check_now (page);
  report = wait_for_check (page);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) item = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (xc_finding_is_about_program (item))
        finding = item;
    }
  g_assert_nonnull (finding);
  g_assert_cmpstr (xc_finding_get_rule_id (finding), ==, "XC-05");
  g_assert_nonnull (strstr (xc_finding_get_message (finding), heading));
  g_assert_nonnull (strstr (xc_finding_get_message (finding), what));

  /* Shown, and the window and the edit are still there. */
  texts = wait_for_text (GTK_WIDGET (window), heading);
  g_assert_nonnull (strstr (texts, what));
  /* Nothing to accept: the row has no Accept button. */
  g_assert_null (strstr (texts, "Accept…"));
  g_assert_true (g_weak_ref_get (&alive) == (gpointer) window);
  g_object_unref (window);
  g_assert_true (xc_window_get_programme (window) == programme);
  g_assert_cmpstr (xc_programme_get_title (programme), ==, EDITED_TITLE);
  g_assert_true (xc_document_get_modified (xc_design_page_get_document (page)));

  g_weak_ref_clear (&alive);
  /* Closing would ask about the unsaved edit; drop the tab first. */
  xc_document_set_modified (xc_design_page_get_document (page), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_crash_in_validate_keeps_window_and_edit (void)
{
  check_survives ("test-crash-in-validate", "Crashes in validate", "crashed with signal 11");
}

static void
test_hang_in_validate_keeps_window_and_edit (void)
{
  /* Never returns, so any limit catches it; set after the plugins loaded. */
  xc_plugin_registry_get_default ();
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "1", TRUE);
  check_survives ("test-hang-in-validate", "Hangs in validate", "gave no answer within 1 second");
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");
}

static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwActionRow *
wait_for_row (GtkWidget  *window,
              const char *title)
{
  for (;;)
    {
      AdwActionRow *row = find_row (window, title);

      if (row != NULL)
        return row;
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_manager_lists_broken_over_good (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend ("io.github.xiachen.Planner", backend);
  XcPluginRegistry *registry = xc_plugin_registry_get_default ();
  XcPreferencesWindow *window = xc_preferences_window_new (registry, settings);
  g_autofree char *broken = NULL;
  g_autofree char *good = NULL;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_row (GTK_WIDGET (window), "Broken, over a good one");
  wait_for_row (GTK_WIDGET (window), "Good, under a broken one");
  broken = visible_text (GTK_WIDGET (find_row (GTK_WIDGET (window), "Broken, over a good one")));
  g_assert_nonnull (strstr (broken, "Not loaded: X-Xiachen-ABI is “4294967297”"));
  good = visible_text (GTK_WIDGET (find_row (GTK_WIDGET (window), "Good, under a broken one")));
  g_assert_null (strstr (good, "Not loaded"));
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-shadowed"));

  /* A plugin that crashes while loading is listed with what happened. */
  wait_for_text (GTK_WIDGET (window), "Not loaded: loading the plugin crashed");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("xiachen-state-XXXXXX", NULL);
  g_autofree char *path = g_strjoin (G_SEARCHPATH_SEPARATOR_S, g_getenv ("XIACHEN_PLUGIN_PATH"),
                                     g_getenv ("XIACHEN_BROKEN_PLUGINS"), NULL);
  const char *asan = g_getenv ("ASAN_OPTIONS");

  /* Under AddressSanitizer the helper would turn a segfault into a report
   * and exit 1: let the signal through, as a user's build has it. */
  if (asan != NULL)
    {
      g_autofree char *options = g_strconcat (asan, ":handle_segv=0", NULL);

      g_setenv ("ASAN_OPTIONS", options, TRUE);
    }
  /* The window's registry is the default one: the built and the faulty
   * plugins, none of the user's. */
  g_setenv ("XIACHEN_PLUGIN_PATH", path, TRUE);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/plugin-faults/crash-in-validate-keeps-window-and-edit",
                   test_crash_in_validate_keeps_window_and_edit);
  g_test_add_func ("/ui/plugin-faults/hang-in-validate-keeps-window-and-edit",
                   test_hang_in_validate_keeps_window_and_edit);
  g_test_add_func ("/ui/plugin-faults/manager-lists-broken-over-good", test_manager_lists_broken_over_good);

  return g_test_run ();
}
