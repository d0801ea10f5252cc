/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "xc-test-util.h"

static XcPluginRegistry *
broken_registry (void)
{
  XcPluginRegistry *registry = xc_plugin_registry_new ();

  xc_plugin_registry_add_search_path (registry, g_getenv ("XIACHEN_BROKEN_PLUGINS"));
  xc_plugin_registry_load (registry);
  return registry;
}

static void
assert_failed (XcPluginRegistry *registry,
               const char       *module_name,
               XcPluginError     code,
               const char       *reason_part)
{
  XcPluginInfo *info = xc_plugin_registry_lookup_plugin (registry, module_name);
  const GError *error;

  g_assert_nonnull (info);
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_FAILED);
  error = xc_plugin_info_get_error (info);
  g_assert_error ((GError *) error, XC_PLUGIN_ERROR, (int) code);
  /* The reason names the plugin file or its module, so a user knows what to fix. */
  g_assert_true (g_str_has_prefix (error->message, xc_plugin_info_get_directory (info)));
  g_assert_nonnull (strstr (error->message, reason_part));
}

static void
test_abi_mismatch (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "abi-mismatch", XC_PLUGIN_ERROR_ABI, "ABI 99");
}

static void
test_missing_module (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "missing-module", XC_PLUGIN_ERROR_MODULE_MISSING, "libmissing-module.so");
}

static void
test_missing_entry_point (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "no-entry", XC_PLUGIN_ERROR_ENTRY_POINT, XC_PLUGIN_ENTRY_POINT);
}

static void
test_entry_point_registers_nothing (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "no-scheme", XC_PLUGIN_ERROR_NO_SCHEME, "no scheme");
}

static void
test_not_a_module (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "not-a-module", XC_PLUGIN_ERROR_MODULE_OPEN, "cannot load");
}

static void
test_bad_key_file (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "bad-key-file", XC_PLUGIN_ERROR_KEY_FILE, "cannot read the plugin file");
  assert_failed (registry, "no-module-key", XC_PLUGIN_ERROR_KEY_FILE, "no Module key");
}

static void
test_missing_dependency (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "needs-missing", XC_PLUGIN_ERROR_DEPENDENCY, "not-installed");
}

static void
test_broken_plugins_leave_no_schemes (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  GListModel *schemes = xc_plugin_registry_get_schemes (registry);

  /* Eight broken ones; four faulty third-party ones (test-plugin-faults.c);
   * "shadowed" twice, broken over good. */
  g_assert_cmpuint (g_list_model_get_n_items (xc_plugin_registry_get_plugins (registry)), ==, 15);
  /* Only the schemes of the plugins that load at all. */
  g_assert_cmpuint (g_list_model_get_n_items (schemes), ==, 3);
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-crash-in-validate"));
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-hang-in-validate"));
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-shadowed"));
}

static void
test_huizhou_plugin_loads (void)
{
  XcPluginRegistry *registry = xc_test_get_registry ();
  XcPluginInfo *info = xc_plugin_registry_lookup_plugin (registry, "huizhou-studio");
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (registry, "huizhou-studio");
  g_autoptr(XcProgramme) template = NULL;

  g_assert_nonnull (info);
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_LOADED);
  g_assert_null (xc_plugin_info_get_error (info));
  g_assert_cmpint (xc_plugin_info_get_abi (info), ==, XC_PLUGIN_ABI_VERSION);
  g_assert_nonnull (scheme);
  g_assert_cmpstr (xc_scheme_get_id (scheme), ==, "huizhou-studio");

  template = xc_scheme_create_template (scheme);
  g_assert_cmpstr (xc_programme_get_scheme (template), ==, "huizhou-studio");
  g_assert_cmpint (xc_programme_get_months (template), ==, 24);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);

  g_assert_true (g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));
}

/* Puts a copy of the built Huizhou plugin into @directory. */
static void
install_plugin_copy (const char *directory)
{
  g_autofree char *built = g_build_filename (g_getenv ("XIACHEN_PLUGIN_PATH"), "huizhou-studio", NULL);
  g_autofree char *plugin = g_build_filename (built, "huizhou-studio.plugin", NULL);
  g_autofree char *module = g_build_filename (built, "libhuizhou-studio.so", NULL);
  g_autofree char *plugin_copy = g_build_filename (directory, "huizhou-studio.plugin", NULL);
  g_autofree char *module_copy = g_build_filename (directory, "libhuizhou-studio.so", NULL);

  g_assert_cmpint (g_mkdir_with_parents (directory, 0755), ==, 0);
  copy_file (plugin, plugin_copy);
  copy_file (module, module_copy);
}

/* A user drops a plugin into $XDG_DATA_HOME/xiachen/plugins/<name>/. In a
 * subprocess: a plugin's types can be registered once per process. */
static void
test_user_drop_in_is_found (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *directory = g_build_filename (g_get_user_data_dir (), "xiachen", "plugins",
                                                     "huizhou-studio", NULL);
      g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
      XcPluginInfo *info;

      install_plugin_copy (directory);
      g_unsetenv ("XIACHEN_PLUGIN_PATH");
      xc_plugin_registry_add_default_search_paths (registry);
      xc_plugin_registry_load (registry);

      info = xc_plugin_registry_lookup_plugin (registry, "huizhou-studio");
      g_assert_nonnull (info);
      g_assert_true (g_str_has_prefix (xc_plugin_info_get_file (info), g_get_user_data_dir ()));
      g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "huizhou-studio"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_first_on_search_path_wins (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *directory = g_build_filename (g_get_tmp_dir (), "second", NULL);
      g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
      GListModel *plugins;
      g_autoptr(XcPluginInfo) used = NULL;

      install_plugin_copy (directory);
      xc_plugin_registry_add_search_path (registry, g_getenv ("XIACHEN_PLUGIN_PATH"));
      xc_plugin_registry_add_search_path (registry, directory);
      xc_plugin_registry_load (registry);

      /* The copy in the second directory is shadowed: listed once, from the first. */
      plugins = xc_plugin_registry_get_plugins (registry);
      for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
        {
          g_autoptr(XcPluginInfo) info = g_list_model_get_item (plugins, i);

          g_assert_false (g_str_has_prefix (xc_plugin_info_get_file (info), directory));
        }
      used = g_object_ref (xc_plugin_registry_lookup_plugin (registry, "huizhou-studio"));
      g_assert_cmpint (xc_plugin_info_get_state (used), ==, XC_PLUGIN_STATE_LOADED);
      g_assert_true (g_str_has_prefix (xc_plugin_info_get_file (used),
                                       g_getenv ("XIACHEN_PLUGIN_PATH")));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_disabled_plugin_is_listed_not_loaded (void)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  const char *disabled[] = { "huizhou-studio", NULL };
  XcPluginInfo *info;

  xc_plugin_registry_add_search_path (registry, g_getenv ("XIACHEN_PLUGIN_PATH"));
  xc_plugin_registry_set_disabled (registry, disabled);
  xc_plugin_registry_load (registry);

  info = xc_plugin_registry_lookup_plugin (registry, "huizhou-studio");
  g_assert_nonnull (info);
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_DISABLED);
  g_assert_null (xc_plugin_registry_lookup_scheme (registry, "huizhou-studio"));
}

/* Types register once per process: a second registry reuses the modules. */
static void
test_two_registries_share_modules (void)
{
  g_autoptr(XcPluginRegistry) first = xc_plugin_registry_new ();
  g_autoptr(XcPluginRegistry) second = xc_plugin_registry_new ();

  xc_plugin_registry_add_search_path (first, g_getenv ("XIACHEN_PLUGIN_PATH"));
  xc_plugin_registry_load (first);
  xc_plugin_registry_add_search_path (second, g_getenv ("XIACHEN_PLUGIN_PATH"));
  xc_plugin_registry_load (second);

  g_assert_nonnull (xc_plugin_registry_lookup_scheme (first, "huizhou-studio"));
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (second, "huizhou-studio"));
  g_assert_true (G_OBJECT_TYPE (xc_plugin_registry_lookup_scheme (first, "huizhou-studio"))
                 == G_OBJECT_TYPE (xc_plugin_registry_lookup_scheme (second, "huizhou-studio")));
}

static void
test_default_search_path_order (void)
{
  g_autoptr(XcPluginRegistry) registry = xc_plugin_registry_new ();
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "xiachen", "plugins", NULL);
  const char * const *path;

  g_autofree char *saved = g_strdup (g_getenv ("XIACHEN_PLUGIN_PATH"));

  g_setenv ("XIACHEN_PLUGIN_PATH", "/first:/second", TRUE);
  xc_plugin_registry_add_default_search_paths (registry);
  g_setenv ("XIACHEN_PLUGIN_PATH", saved, TRUE);
  path = xc_plugin_registry_get_search_path (registry);
  g_assert_cmpstr (path[0], ==, "/first");
  g_assert_cmpstr (path[1], ==, "/second");
  g_assert_cmpstr (path[2], ==, user_dir);
  g_assert_cmpstr (path[3], ==, "/app/extensions/lib/xiachen/plugins");
  g_assert_cmpstr (path[4], ==, XC_PLUGINDIR);
  g_assert_null (path[5]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/plugins/abi-mismatch-is-refused", test_abi_mismatch);
  g_test_add_func ("/core/plugins/missing-module-is-reported", test_missing_module);
  g_test_add_func ("/core/plugins/missing-entry-point-is-reported", test_missing_entry_point);
  g_test_add_func ("/core/plugins/entry-point-registering-nothing-fails", test_entry_point_registers_nothing);
  g_test_add_func ("/core/plugins/file-that-is-not-a-module-fails", test_not_a_module);
  g_test_add_func ("/core/plugins/bad-key-file-is-reported", test_bad_key_file);
  g_test_add_func ("/core/plugins/missing-dependency-is-reported", test_missing_dependency);
  g_test_add_func ("/core/plugins/broken-plugins-leave-no-schemes", test_broken_plugins_leave_no_schemes);
  g_test_add_func ("/core/plugins/huizhou-plugin-loads", test_huizhou_plugin_loads);
  g_test_add_func ("/core/plugins/user-drop-in-is-found", test_user_drop_in_is_found);
  g_test_add_func ("/core/plugins/first-on-search-path-wins-and-shadows", test_first_on_search_path_wins);
  g_test_add_func ("/core/plugins/disabled-plugin-is-listed-not-loaded", test_disabled_plugin_is_listed_not_loaded);
  g_test_add_func ("/core/plugins/default-search-path-order", test_default_search_path_order);
  g_test_add_func ("/core/plugins/two-registries-share-modules", test_two_registries_share_modules);

  return g_test_run ();
}
