/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plugin manager in a real display (Xvfb): what a planner sees in
 * Preferences, and what turning a plugin off writes. */
#include "config.h"

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <string.h>

#include "xc-design-page.h"
#include "xc-preferences-window.h"

#define HUIZHOU_TITLE "Huizhou famous-doctor studios"
#define ABI_MISMATCH_TITLE "Built for another ABI"

typedef struct
{
  XcPluginRegistry *registry;
  GSettings        *settings;
} Fixture;

/* The built plugins (XIACHEN_PLUGIN_PATH) and the broken ones
 * (XIACHEN_BROKEN_PLUGINS), none of the user's or the installed ones. */
static XcPluginRegistry *
new_registry (const char * const *disabled)
{
  XcPluginRegistry *registry = xc_plugin_registry_new ();
  g_auto(GStrv) dirs = g_strsplit (g_getenv ("XIACHEN_PLUGIN_PATH"), G_SEARCHPATH_SEPARATOR_S, -1);

  for (guint i = 0; dirs[i] != NULL; i++)
    if (dirs[i][0] != '\0')
      xc_plugin_registry_add_search_path (registry, dirs[i]);
  xc_plugin_registry_add_search_path (registry, g_getenv ("XIACHEN_BROKEN_PLUGINS"));
  xc_plugin_registry_set_disabled (registry, disabled);
  xc_plugin_registry_load (registry);
  return registry;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "io.github.xiachen.Planner", TRUE);
  g_assert_nonnull (schema);

  fixture->registry = new_registry (NULL);
  fixture->settings = g_settings_new_full (schema, backend, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->registry);
}

/* The mapped action row titled @title, or NULL. */
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

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_widget (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Every mapped action row under @widget. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The subtitle a planner reads under the row's title. */
static GtkLabel *
row_subtitle (AdwActionRow *row)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, row);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "subtitle"))
        return GTK_LABEL (widget);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

/* The mapped icon named @icon_name under @widget, or NULL. */
static GtkWidget *
find_icon (GtkWidget  *widget,
           const char *icon_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (child)), icon_name) == 0)
        return child;
      if ((found = find_icon (child, icon_name)) != NULL)
        return found;
    }
  return NULL;
}

static GtkSwitch *
row_switch (AdwActionRow *row)
{
  GtkWidget *plugin_switch = find_widget (GTK_WIDGET (row), GTK_TYPE_SWITCH);

  g_assert_nonnull (plugin_switch);
  return GTK_SWITCH (plugin_switch);
}

/* Runs the main loop until the row titled @title is on screen. No clock: a
 * test that never sees it is stopped by the harness's timeout. */
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

/* What a click does: GtkSwitch animates, then changes. */
static void
toggle (GtkSwitch *plugin_switch)
{
  gboolean was_active = gtk_switch_get_active (plugin_switch);

  gtk_widget_activate (GTK_WIDGET (plugin_switch));
  while (gtk_switch_get_active (plugin_switch) == was_active)
    g_main_context_iteration (NULL, TRUE);
}

static XcPreferencesWindow *
open_preferences (XcPluginRegistry *registry,
                  GSettings        *settings)
{
  XcPreferencesWindow *window = xc_preferences_window_new (registry, settings);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
disabled_contains (GSettings  *settings,
                   const char *module_name)
{
  g_auto(GStrv) disabled = g_settings_get_strv (settings, "disabled-plugins");

  return g_strv_contains ((const char * const *) disabled, module_name);
}

static void
test_every_plugin_has_a_row (Fixture       *fixture,
                             gconstpointer  data)
{
  XcPreferencesWindow *window = open_preferences (fixture->registry, fixture->settings);
  GListModel *plugins = xc_plugin_registry_get_plugins (fixture->registry);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE);
  wait_for_row (GTK_WIDGET (window), ABI_MISMATCH_TITLE);
  collect_rows (GTK_WIDGET (window), rows);

  /* five regional plugins and the broken ones, loaded or not */
  g_assert_cmpuint (g_list_model_get_n_items (plugins), >, 5);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (plugins));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(XcPluginInfo) info = g_list_model_get_item (plugins, i);

      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==,
                       xc_plugin_info_get_name (info));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_loaded_plugin_can_be_switched_off (Fixture       *fixture,
                                        gconstpointer  data)
{
  XcPreferencesWindow *window = open_preferences (fixture->registry, fixture->settings);
  AdwActionRow *row = wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE);
  GtkSwitch *plugin_switch = row_switch (row);
  GtkLabel *subtitle = row_subtitle (row);

  g_assert_true (gtk_switch_get_active (plugin_switch));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (plugin_switch)));
  /* its description, not a failure */
  g_assert_nonnull (subtitle);
  g_assert_nonnull (strstr (gtk_label_get_text (subtitle), "HZ-01"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (subtitle), "error"));
  g_assert_false (disabled_contains (fixture->settings, "huizhou-studio"));

  toggle (plugin_switch);
  g_assert_false (gtk_switch_get_active (plugin_switch));
  g_assert_true (disabled_contains (fixture->settings, "huizhou-studio"));

  toggle (plugin_switch);
  g_assert_true (gtk_switch_get_active (plugin_switch));
  g_assert_false (disabled_contains (fixture->settings, "huizhou-studio"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch_keeps_other_disabled_plugins (Fixture       *fixture,
                                          gconstpointer  data)
{
  const char * const others[] = { "zibo-station", NULL };
  XcPreferencesWindow *window;
  AdwActionRow *row;
  g_auto(GStrv) disabled = NULL;

  g_settings_set_strv (fixture->settings, "disabled-plugins", others);
  window = open_preferences (fixture->registry, fixture->settings);
  row = wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE);

  toggle (row_switch (row));
  disabled = g_settings_get_strv (fixture->settings, "disabled-plugins");
  g_assert_cmpuint (g_strv_length (disabled), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) disabled, "zibo-station"));
  g_assert_true (g_strv_contains ((const char * const *) disabled, "huizhou-studio"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch_follows_the_setting (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char * const disabled[] = { "huizhou-studio", NULL };
  XcPreferencesWindow *window = open_preferences (fixture->registry, fixture->settings);
  GtkSwitch *plugin_switch = row_switch (wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE));

  g_assert_true (gtk_switch_get_active (plugin_switch));
  g_settings_set_strv (fixture->settings, "disabled-plugins", disabled);
  while (gtk_switch_get_active (plugin_switch))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (disabled_contains (fixture->settings, "huizhou-studio"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_failed_plugin_says_why (Fixture       *fixture,
                             gconstpointer  data)
{
  XcPreferencesWindow *window = open_preferences (fixture->registry, fixture->settings);
  AdwActionRow *row = wait_for_row (GTK_WIDGET (window), ABI_MISMATCH_TITLE);
  GtkLabel *subtitle = row_subtitle (row);
  GtkSwitch *plugin_switch = row_switch (row);
  GtkWidget *icon = find_icon (GTK_WIDGET (row), "dialog-warning-symbolic");
  const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row));

  g_assert_nonnull (subtitle);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (subtitle)));
  g_assert_nonnull (strstr (gtk_label_get_text (subtitle), "ABI 99"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (subtitle), "error"));
  /* the file is in the tooltip, not in the reason */
  g_assert_null (strstr (gtk_label_get_text (subtitle), "abi-mismatch.plugin"));
  g_assert_true (g_str_has_suffix (tooltip, "abi-mismatch.plugin"));

  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_has_css_class (icon, "error"));
  /* not loaded, whatever disabled-plugins says, and not switchable */
  g_assert_false (gtk_switch_get_active (plugin_switch));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (plugin_switch)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_disabled_plugin_is_not_loaded (Fixture       *fixture,
                                    gconstpointer  data)
{
  XcPreferencesWindow *window = open_preferences (fixture->registry, fixture->settings);
  GtkSwitch *plugin_switch = row_switch (wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE));
  g_auto(GStrv) disabled = NULL;
  g_autoptr(XcPluginRegistry) registry = NULL;
  XcPluginInfo *info;

  toggle (plugin_switch);
  gtk_window_destroy (GTK_WINDOW (window));

  /* the next start */
  disabled = g_settings_get_strv (fixture->settings, "disabled-plugins");
  registry = new_registry ((const char * const *) disabled);
  info = xc_plugin_registry_lookup_plugin (registry, "huizhou-studio");
  g_assert_nonnull (info);
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_DISABLED);
  g_assert_null (xc_plugin_info_get_error (info));
  g_assert_null (xc_plugin_registry_lookup_scheme (registry, "huizhou-studio"));
  info = xc_plugin_registry_lookup_plugin (registry, "zibo-station");
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_LOADED);

  /* still listed, switched off */
  window = open_preferences (registry, fixture->settings);
  plugin_switch = row_switch (wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE));
  g_assert_false (gtk_switch_get_active (plugin_switch));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (plugin_switch)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_without_settings_nothing_can_be_switched (Fixture       *fixture,
                                               gconstpointer  data)
{
  XcPreferencesWindow *window = open_preferences (fixture->registry, NULL);
  GtkSwitch *plugin_switch = row_switch (wait_for_row (GTK_WIDGET (window), HUIZHOU_TITLE));
  AdwPreferencesGroup *group =
    ADW_PREFERENCES_GROUP (find_widget (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP));

  g_assert_true (gtk_switch_get_active (plugin_switch));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (plugin_switch)));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (group), "not installed"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static XcReport *
wait_for_check (XcDesignPage *page)
{
  while (xc_design_page_get_checking (page) || xc_design_page_get_report (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_design_page_get_report (page);
}

static XcFinding *
find_xc05 (XcReport *report)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (xc_finding_get_rule_id (finding), "XC-05"))
        return finding;  /* the report keeps it */
    }
  return NULL;
}

/* Issue 9 item 14: turning a plugin off applies at once, and its open
 * designs say the scheme is disabled, not "not installed". */
static void
test_plugin_switch_applies_live (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "huizhou-nkls.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcProgramme) programme = xc_programme_new_from_file (file, NULL, NULL);
  g_autoptr(XcDocument) document = xc_document_new (programme, file);
  GtkWidget *preferences = GTK_WIDGET (xc_preferences_window_new (fixture->registry, fixture->settings));
  GtkWidget *window = gtk_window_new ();
  XcDesignPage *page = xc_design_page_new (document, fixture->registry);
  AdwActionRow *row;
  XcFinding *finding;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
  row = wait_for_row (preferences, HUIZHOU_TITLE);
  g_assert_nonnull (xc_design_page_get_scheme (page));
  g_assert_null (find_xc05 (wait_for_check (page)));

  gtk_switch_set_active (row_switch (row), FALSE);
  g_assert_null (xc_plugin_registry_lookup_scheme (fixture->registry, "huizhou-studio"));
  g_assert_null (xc_design_page_get_scheme (page));
  finding = find_xc05 (wait_for_check (page));
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (xc_finding_get_message (finding), "disabled"));
  g_assert_null (strstr (xc_finding_get_message (finding), "not installed"));

  gtk_switch_set_active (row_switch (row), TRUE);
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (fixture->registry, "huizhou-studio"));
  g_assert_nonnull (xc_design_page_get_scheme (page));
  g_assert_null (find_xc05 (wait_for_check (page)));

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/preferences/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("every-plugin-has-a-row", test_every_plugin_has_a_row);
  ADD ("loaded-plugin-can-be-switched-off", test_loaded_plugin_can_be_switched_off);
  ADD ("switch-keeps-other-disabled-plugins", test_switch_keeps_other_disabled_plugins);
  ADD ("switch-follows-the-setting", test_switch_follows_the_setting);
  ADD ("failed-plugin-says-why", test_failed_plugin_says_why);
  ADD ("disabled-plugin-is-not-loaded", test_disabled_plugin_is_not_loaded);
  ADD ("without-settings-nothing-can-be-switched", test_without_settings_nothing_can_be_switched);
  ADD ("plugin-switch-applies-live", test_plugin_switch_applies_live);
#undef ADD

  return g_test_run ();
}
