/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bad plugins (issue 12): garbage and FIFO .plugin files, a broken plugin
 * over a good one, and third-party schemes that crash or hang at load or in
 * validate, which run in the xiachen-validator helper and end as findings
 * about the plugin — through the registry, the validator and the real
 * xiachen-cli. The faulty plugins are tests/plugins/broken/faulty-scheme.c. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xc-plugin-info-private.h"
#include "xc-plugin-process-private.h"
#include "xc-test-util.h"

static XcPluginRegistry *
registry_on (const char *first,
             ...) G_GNUC_NULL_TERMINATED;

static XcPluginRegistry *
registry_on (const char *first,
             ...)
{
  XcPluginRegistry *registry = xc_plugin_registry_new ();
  va_list args;

  va_start (args, first);
  for (const char *dir = first; dir != NULL; dir = va_arg (args, const char *))
    xc_plugin_registry_add_search_path (registry, dir);
  va_end (args);
  xc_plugin_registry_load (registry);
  return registry;
}

static XcPluginRegistry *
broken_registry (void)
{
  return registry_on (g_getenv ("XIACHEN_BROKEN_PLUGINS"), NULL);
}

static XcPluginInfo *
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
  g_assert_true (g_str_has_prefix (error->message, xc_plugin_info_get_file (info)));
  if (strstr (error->message, reason_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, reason_part);
  return info;
}

/* The .plugin reader on its own */

static XcPluginInfo *
info_from (const char *text)
{
  return xc_plugin_info_new_from_data ("/plugins/t/t.plugin", text, strlen (text));
}

static void
assert_info_fails (const char *text,
                   const char *reason_part)
{
  g_autoptr(XcPluginInfo) info = info_from (text);
  const GError *error = xc_plugin_info_get_error (info);

  if (xc_plugin_info_get_state (info) != XC_PLUGIN_STATE_FAILED)
    g_error ("accepted: %s", text);
  g_assert_error ((GError *) error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE);
  g_assert_true (g_str_has_prefix (error->message, "/plugins/t/t.plugin: "));
  if (strstr (error->message, reason_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, reason_part);
  /* Whatever failed, what a reader shows is text. */
  g_assert_true (g_utf8_validate (xc_plugin_info_get_module_name (info), -1, NULL));
  g_assert_true (g_utf8_validate (xc_plugin_info_get_name (info), -1, NULL));
}

#define GOOD "[Plugin]\nModule=t\nName=T\n"

static void
test_abi_is_parsed_strictly (void)
{
  g_autoptr(XcPluginInfo) info = info_from (GOOD "X-Xiachen-ABI=1\n");

  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_FOUND);
  g_assert_cmpint (xc_plugin_info_get_abi (info), ==, 1);

  /* Issue 12: 2^32 + 1 was taken as ABI 1. */
  assert_info_fails (GOOD "X-Xiachen-ABI=4294967297\n", "“4294967297”, not a plugin ABI number");
  assert_info_fails (GOOD "X-Xiachen-ABI=-1\n", "not a plugin ABI number");
  assert_info_fails (GOOD "X-Xiachen-ABI=+1\n", "not a plugin ABI number");
  assert_info_fails (GOOD "X-Xiachen-ABI=1x\n", "not a plugin ABI number");
  assert_info_fails (GOOD "X-Xiachen-ABI=0x1\n", "not a plugin ABI number");
  assert_info_fails (GOOD "X-Xiachen-ABI=\n", "X-Xiachen-ABI key is empty");
  assert_info_fails (GOOD, "no X-Xiachen-ABI key");
}

static void
test_every_key_must_be_text (void)
{
  /* Issue 12: a non-UTF-8 ABI crashed every command. */
  assert_info_fails (GOOD "X-Xiachen-ABI=\xff\n", "X-Xiachen-ABI is not UTF-8");
  assert_info_fails ("[Plugin]\nModule=t\nName=\xc3\n" "X-Xiachen-ABI=1\n", "Name is not UTF-8");
  assert_info_fails (GOOD "Name[zh_CN]=\xe6\x96\nX-Xiachen-ABI=1\n", "Name[zh_CN] is not UTF-8");
  assert_info_fails (GOOD "Description=\xfe\nX-Xiachen-ABI=1\n", "Description is not UTF-8");
  assert_info_fails (GOOD "Depends=\x80;\nX-Xiachen-ABI=1\n", "Depends is not UTF-8");
  assert_info_fails ("[Plugin]\nModule=\xff\nName=T\nX-Xiachen-ABI=1\n", "Module is not UTF-8");
  assert_info_fails ("[Plugin]\nModule=t\nName=\nX-Xiachen-ABI=1\n", "Name key is empty");
}

static void
test_module_and_depends_stay_in_the_folder (void)
{
  g_autoptr(XcPluginInfo) info = info_from (GOOD "X-Xiachen-ABI=1\nDepends=a-b_c.d;;e;\n");
  g_autofree char *module_path = xc_plugin_info_dup_module_path (info);
  const char * const *depends = xc_plugin_info_get_depends (info);

  g_assert_cmpstr (module_path, ==, "/plugins/t/libt.so");
  g_assert_cmpstr (depends[0], ==, "a-b_c.d");
  g_assert_cmpstr (depends[1], ==, "e");
  g_assert_null (depends[2]);

  assert_info_fails ("[Plugin]\nModule=../t\nName=T\nX-Xiachen-ABI=1\n", "plain module name");
  assert_info_fails ("[Plugin]\nModule=/usr/lib/t\nName=T\nX-Xiachen-ABI=1\n", "plain module name");
  assert_info_fails ("[Plugin]\nModule=..\nName=T\nX-Xiachen-ABI=1\n", "plain module name");
  assert_info_fails ("[Plugin]\nModule=.t\nName=T\nX-Xiachen-ABI=1\n", "plain module name");
  assert_info_fails ("[Plugin]\nModule=a b\nName=T\nX-Xiachen-ABI=1\n", "plain module name");
  assert_info_fails (GOOD "X-Xiachen-ABI=1\nDepends=../x;\n", "Depends names “../x”");
}

/* Any bytes give an info and never a crash: every prefix of a good file
 * and every single byte of it changed to each of a few bad bytes. */
static void
test_any_bytes_give_an_info (void)
{
  const char good[] = GOOD "Name[zh_CN]=模板\nDescription=d\nX-Xiachen-ABI=1\nDepends=a;b\n";
  const guchar bad[] = { 0x00, 0x0a, 0x3d, 0x5b, 0x5c, 0x80, 0xc3, 0xff };
  gsize length = strlen (good);

  for (gsize n = 0; n <= length; n++)
    g_object_unref (xc_plugin_info_new_from_data ("p/t.plugin", good, n));

  for (gsize i = 0; i < length; i++)
    for (guint j = 0; j < G_N_ELEMENTS (bad); j++)
      {
        g_autofree char *copy = g_memdup2 (good, length);
        g_autoptr(XcPluginInfo) info = NULL;

        copy[i] = (char) bad[j];
        info = xc_plugin_info_new_from_data ("p/t.plugin", copy, length);
        g_assert_true (g_utf8_validate (xc_plugin_info_get_name (info), -1, NULL));
        g_assert_true (xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_FOUND
                       || xc_plugin_info_get_error (info) != NULL);
      }
}

/* The registry */

static void
test_garbage_plugin_file_is_listed_with_reason (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "garbage-abi", XC_PLUGIN_ERROR_KEY_FILE,
                 "the value of X-Xiachen-ABI is not UTF-8 text");
}

/* A FIFO, a directory, a symlink loop named *.plugin, and a FIFO named as
 * the module: refused at once, each with its reason. */
static void
test_special_files_are_refused_without_blocking (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-fifo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.plugin", NULL);
  g_autofree char *directory = g_build_filename (dir, "directory.plugin", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.plugin", NULL);
  g_autofree char *fifo_module_plugin = g_build_filename (dir, "fifo-module.plugin", NULL);
  g_autofree char *fifo_module = g_build_filename (dir, "libfifo-module.so", NULL);
  g_autoptr(XcPluginRegistry) registry = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (directory, 0700), ==, 0);
  g_assert_cmpint (symlink (loop, loop), ==, 0);
  g_assert_cmpint (mkfifo (fifo_module, 0600), ==, 0);
  g_assert_true (g_file_set_contents (fifo_module_plugin,
                                      "[Plugin]\nModule=fifo-module\nName=F\n"
                                      "X-Xiachen-ABI=" G_STRINGIFY (XC_PLUGIN_ABI_VERSION) "\n",
                                      -1, NULL));

  registry = registry_on (dir, NULL);

  assert_failed (registry, "fifo", XC_PLUGIN_ERROR_KEY_FILE, "not a regular file");
  assert_failed (registry, "directory", XC_PLUGIN_ERROR_KEY_FILE, "is a folder");
  assert_failed (registry, "loop", XC_PLUGIN_ERROR_KEY_FILE, "cannot read the file");
  assert_failed (registry, "fifo-module", XC_PLUGIN_ERROR_MODULE_OPEN, "not a regular file");

  xc_test_remove_tree (dir);
}

static void
test_broken_plugin_does_not_shadow_a_good_one (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  GListModel *plugins = xc_plugin_registry_get_plugins (registry);
  XcPluginInfo *used = xc_plugin_registry_lookup_plugin (registry, "shadowed");
  guint listed = 0, failed = 0;

  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-shadowed"));
  g_assert_nonnull (used);
  g_assert_cmpint (xc_plugin_info_get_state (used), ==, XC_PLUGIN_STATE_LOADED);
  g_assert_nonnull (strstr (xc_plugin_info_get_file (used), "zz-good"));

  /* The broken one is listed too, with its reason. */
  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(XcPluginInfo) info = g_list_model_get_item (plugins, i);

      if (!g_str_equal (xc_plugin_info_get_module_name (info), "shadowed"))
        continue;
      listed++;
      if (xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_FAILED)
        {
          failed++;
          g_assert_nonnull (strstr (xc_plugin_info_get_error (info)->message, "4294967297"));
        }
    }
  g_assert_cmpuint (listed, ==, 2);
  g_assert_cmpuint (failed, ==, 1);
}

static void
test_crash_at_load_fails_that_plugin_only (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  XcPluginInfo *info = assert_failed (registry, "crash-at-load", XC_PLUGIN_ERROR_FAULT,
                                      "loading the plugin crashed with signal 11");

  g_assert_null (xc_plugin_registry_lookup_scheme (registry, "test-crash-at-load"));
  g_assert_cmpint (xc_plugin_info_get_state (info), ==, XC_PLUGIN_STATE_FAILED);
  /* The others still load. */
  g_assert_nonnull (xc_plugin_registry_lookup_scheme (registry, "test-crash-in-validate"));
}

static void
test_scheme_without_rule_table_fails (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();

  assert_failed (registry, "no-rules", XC_PLUGIN_ERROR_NO_RULES,
                 "scheme “test-no-rules” has no rule table");
  g_assert_null (xc_plugin_registry_lookup_scheme (registry, "test-no-rules"));
}

/* A plugin whose entry point never returns: only the helper waits. */
static void
test_hang_at_load_fails_that_plugin_only (void)
{
  g_autoptr(XcPluginRegistry) registry = NULL;

  /* It never returns, so any limit catches it; nothing else is loaded. */
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "1", TRUE);
  registry = registry_on (g_getenv ("XIACHEN_HANGING_PLUGINS"), NULL);
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");

  assert_failed (registry, "hang-at-load", XC_PLUGIN_ERROR_FAULT,
                 "loading the plugin gave no answer within 1 second");
  g_assert_null (xc_plugin_registry_lookup_scheme (registry, "test-hang-at-load"));
}

/* Without the helper, no third-party code runs in this process. */
static void
test_missing_helper_fails_third_party_plugins (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("XIACHEN_VALIDATOR"));
  g_autoptr(XcPluginRegistry) registry = NULL;

  g_setenv ("XIACHEN_VALIDATOR", "/nonexistent/xiachen-validator", TRUE);
  registry = broken_registry ();
  g_setenv ("XIACHEN_VALIDATOR", saved, TRUE);

  assert_failed (registry, "crash-in-validate", XC_PLUGIN_ERROR_FAULT,
                 "loading the plugin could not be run");
  g_assert_cmpuint (g_list_model_get_n_items (xc_plugin_registry_get_schemes (registry)), ==, 0);
}

/* Validation in the helper */

static void
test_time_limit_grows_with_the_design (void)
{
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");
  g_assert_cmpuint (xc_plugin_info_get_time_limit (0), ==, 30);
  g_assert_cmpuint (xc_plugin_info_get_time_limit (53 * 1024 * 1024), ==, 83);
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "2", TRUE);
  g_assert_cmpuint (xc_plugin_info_get_time_limit (53 * 1024 * 1024), ==, 2);
  /* Not a number of seconds: the default. */
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "0", TRUE);
  g_assert_cmpuint (xc_plugin_info_get_time_limit (0), ==, 30);
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "1e9", TRUE);
  g_assert_cmpuint (xc_plugin_info_get_time_limit (0), ==, 30);
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");
}

static XcProgramme *
design_of (const char *scheme_id)
{
  XcProgramme *programme = xc_test_load_data ("huizhou-minimal.xcprog");

  xc_programme_set_scheme (programme, scheme_id);
  return programme;
}

static XcFinding *
only_finding_of (XcReport   *report,
                 const char *rule_id)
{
  XcFinding *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (!g_str_equal (xc_finding_get_rule_id (finding), rule_id))
        continue;
      g_assert_null (found);
      found = finding;
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_third_party_scheme_validates_in_helper (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = design_of ("test-shadowed");
  g_autoptr(XcReport) report = xc_validator_validate (validator, programme);
  XcFinding *finding = only_finding_of (report, "FT-01");

  /* As the plugin wrote it, through the helper's answer. */
  g_assert_cmpstr (xc_finding_get_message (finding), ==,
                   "Checked by test-shadowed: \"a\\b\tc\nd\x1f" "e\x7f" "f 中文\"");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_WARNING);
  g_assert_false (xc_finding_is_about_program (finding));
  g_assert_cmpuint (xc_report_count_rule (report, "XC-05"), ==, 0);
}

static void
test_crash_in_validate_is_a_finding_about_the_plugin (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = design_of ("test-crash-in-validate");
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcDeviation) deviation = xc_deviation_new ();
  XcFinding *finding;

  /* Even a deviation naming it does not accept a fault of the program. */
  xc_deviation_set_rule (deviation, "XC-05");
  xc_deviation_set_subject (deviation, "test-crash-in-validate");
  xc_deviation_set_reason (deviation, "no");
  g_list_store_append (G_LIST_STORE (xc_programme_get_deviations (programme)), deviation);

  report = xc_validator_validate (validator, programme);
  finding = only_finding_of (report, "XC-05");
  xc_test_assert_message_contains (finding, "Plugin “Crashes in validate” (crash-in-validate)");
  xc_test_assert_message_contains (finding, "crashed with signal 11");
  xc_test_assert_message_contains (finding, "test-crash-in-validate");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_ERROR);
  g_assert_true (xc_finding_is_about_program (finding));
  g_assert_false (xc_finding_is_accepted (finding));
  g_assert_cmpuint (xc_report_count_rule (report, "FT-01"), ==, 0);
}

static void
test_hang_in_validate_is_stopped (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = design_of ("test-hang-in-validate");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* The plugin never returns, so any limit catches it; a short one keeps
   * the test short. */
  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "1", TRUE);
  report = xc_validator_validate (validator, programme);
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");

  finding = only_finding_of (report, "XC-05");
  xc_test_assert_message_contains (finding, "Plugin “Hangs in validate” (hang-in-validate)");
  xc_test_assert_message_contains (finding, "gave no answer within 1 second");
  g_assert_true (xc_finding_is_about_program (finding));
}

static void
validated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(XcReport) report = xc_validator_validate_finish (XC_VALIDATOR (source), result, error);

  g_assert_null (report);
  g_assert_nonnull (*error);
}

/* Cancelling a check stops the helper: with an hour's limit, only the
 * cancel can end this one. */
static void
test_cancel_stops_a_hanging_helper (void)
{
  g_autoptr(XcPluginRegistry) registry = broken_registry ();
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcProgramme) programme = design_of ("test-hang-in-validate");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_setenv ("XIACHEN_VALIDATOR_TIMEOUT", "3600", TRUE);
  xc_validator_validate_async (validator, programme, cancellable, validated_cb, &error);
  g_cancellable_cancel (cancellable);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  done = TRUE;
  g_unsetenv ("XIACHEN_VALIDATOR_TIMEOUT");

  g_assert_true (done);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_scheme_not_installed_is_about_the_program (void)
{
  g_autoptr(XcProgramme) programme = design_of ("no-such-scheme");
  g_autoptr(XcDeviation) deviation = xc_deviation_new ();
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_deviation_set_rule (deviation, "XC-05");
  xc_deviation_set_subject (deviation, "no-such-scheme");
  xc_deviation_set_reason (deviation, "no");
  g_list_store_append (G_LIST_STORE (xc_programme_get_deviations (programme)), deviation);

  report = xc_test_validate (programme);
  finding = only_finding_of (report, "XC-05");
  g_assert_true (xc_finding_is_about_program (finding));
  g_assert_false (xc_finding_is_accepted (finding));
}

/* The command line */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run                *run,
         const char         *plugin_path,
         const char         *timeout,
         const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("XIACHEN_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XIACHEN_PLUGIN_PATH", plugin_path, TRUE);
  if (timeout != NULL)
    g_subprocess_launcher_setenv (launcher, "XIACHEN_VALIDATOR_TIMEOUT", timeout, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
write_design_of (const char *dir,
                 const char *scheme_id)
{
  g_autoptr(XcProgramme) programme = design_of (scheme_id);
  g_autofree char *name = g_strconcat (scheme_id, ".xcprog", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));
  return path;
}

static JsonObject *
file_result (JsonArray  *results,
             const char *path)
{
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *result = json_array_get_object_element (results, i);

      if (g_str_equal (json_object_get_string_member (result, "file"), path))
        return result;
    }
  g_error ("no result for %s", path);
}

/* Issue 12: one garbage or FIFO .plugin stopped every command. */
static void
test_cli_lists_bad_plugin_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-cli-fifo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.plugin", NULL);
  g_autofree char *path = g_strjoin (":", g_getenv ("XIACHEN_PLUGIN_PATH"), dir,
                                     g_getenv ("XIACHEN_BROKEN_PLUGINS"), NULL);
  const char *args[] = { "schemes", NULL };
  const char *json_args[] = { "schemes", "--format=json", NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_autofree char *not_text = g_build_filename (dir, "\xff\xfe.plugin", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* A name that is not text is skipped: the output stays text. */
  g_assert_true (g_file_set_contents (not_text, "[Plugin]\nModule=x\nName=x\nX-Xiachen-ABI=1\n", -1, NULL));
  run_cli (&run, path, NULL, args);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "huizhou-studio"));
  g_assert_nonnull (strstr (run.out, "test-shadowed"));
  g_assert_nonnull (strstr (run.out, "fifo.plugin: not a regular file"));
  g_assert_nonnull (strstr (run.out, "garbage-abi.plugin: the value of X-Xiachen-ABI is not UTF-8"));
  g_assert_nonnull (strstr (run.out, "shadowed.plugin: X-Xiachen-ABI is “4294967297”"));
  g_assert_nonnull (strstr (run.out, "crash-at-load.plugin: loading the plugin crashed with signal 11"));
  g_assert_nonnull (strstr (run.out, "no-rules.plugin: scheme “test-no-rules” has no rule table"));

  run_cli (&json, path, NULL, json_args);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);

  xc_test_remove_tree (dir);
}

static void
test_cli_crash_in_validate_exits_2_and_prints_the_rest (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-cli-crash-XXXXXX", NULL);
  g_autofree char *crashing = write_design_of (dir, "test-crash-in-validate");
  g_autofree char *good = write_design_of (dir, "huizhou-studio");
  g_autofree char *third_party = write_design_of (dir, "test-shadowed");
  g_autofree char *path = g_strjoin (":", g_getenv ("XIACHEN_PLUGIN_PATH"),
                                     g_getenv ("XIACHEN_BROKEN_PLUGINS"), NULL);
  const char *json_args[] = { "validate", "--format=json", crashing, good, third_party, NULL };
  const char *text_args[] = { "validate", good, crashing, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *results, *findings;
  JsonObject *finding;

  run_cli (&run, path, NULL, json_args);
  g_assert_cmpint (run.status, ==, 2);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  results = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (results), ==, 3);

  findings = json_object_get_array_member (file_result (results, crashing), "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  finding = json_array_get_object_element (findings, 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "XC-05");
  g_assert_true (json_object_get_boolean_member (finding, "about_program"));
  g_assert_nonnull (strstr (json_object_get_string_member (finding, "message"),
                            "Plugin “Crashes in validate” (crash-in-validate) crashed with signal 11"));

  /* The other files' results are all there. */
  findings = json_object_get_array_member (file_result (results, good), "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (findings, 0), "rule"),
                   ==, "HZ-19");
  findings = json_object_get_array_member (file_result (results, third_party), "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (findings, 0), "rule"),
                   ==, "FT-01");

  run_cli (&text, path, NULL, text_args);
  g_assert_cmpint (text.status, ==, 2);
  g_assert_nonnull (strstr (text.out, "HZ-19"));
  g_assert_nonnull (strstr (text.out, "crashed with signal 11"));

  xc_test_remove_tree (dir);
}

static void
test_cli_hang_in_validate_exits_2 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-cli-hang-XXXXXX", NULL);
  g_autofree char *plugins = g_build_filename (dir, "plugins", NULL);
  g_autofree char *hanging = write_design_of (dir, "test-hang-in-validate");
  const char *args[] = { "validate", hanging, NULL };
  g_auto(Run) run = { 0 };

  /* Only the hanging plugin, so the short limit can stop nothing else. */
  g_assert_cmpint (g_mkdir (plugins, 0700), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      const char *name = (const char *[]) { "hang-in-validate.plugin", "libhang-in-validate.so" }[i];
      g_autofree char *target = g_build_filename (g_getenv ("XIACHEN_BROKEN_PLUGINS"), name, NULL);
      g_autofree char *link = g_build_filename (plugins, name, NULL);

      g_assert_cmpint (symlink (target, link), ==, 0);
    }

  run_cli (&run, plugins, "5", args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.out, "Plugin “Hangs in validate” (hang-in-validate) gave no answer "
                                     "within 5 seconds"));

  xc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *asan = g_getenv ("ASAN_OPTIONS");

  /* Under AddressSanitizer the helpers would turn a segfault into a report
   * and exit 1: let the signal through, as a user's build has it. */
  if (asan != NULL)
    {
      g_autofree char *options = g_strconcat (asan, ":handle_segv=0", NULL);

      g_setenv ("ASAN_OPTIONS", options, TRUE);
    }

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugin-faults/info/abi-is-parsed-strictly", test_abi_is_parsed_strictly);
  g_test_add_func ("/plugin-faults/info/every-key-must-be-text", test_every_key_must_be_text);
  g_test_add_func ("/plugin-faults/info/module-and-depends-stay-in-the-folder", test_module_and_depends_stay_in_the_folder);
  g_test_add_func ("/plugin-faults/info/any-bytes-give-an-info", test_any_bytes_give_an_info);
  g_test_add_func ("/plugin-faults/registry/garbage-plugin-file-is-listed", test_garbage_plugin_file_is_listed_with_reason);
  g_test_add_func ("/plugin-faults/registry/special-files-refused-without-blocking", test_special_files_are_refused_without_blocking);
  g_test_add_func ("/plugin-faults/registry/broken-does-not-shadow-good", test_broken_plugin_does_not_shadow_a_good_one);
  g_test_add_func ("/plugin-faults/registry/crash-at-load-fails-that-plugin-only", test_crash_at_load_fails_that_plugin_only);
  g_test_add_func ("/plugin-faults/registry/scheme-without-rule-table-fails", test_scheme_without_rule_table_fails);
  g_test_add_func ("/plugin-faults/registry/hang-at-load-fails-that-plugin-only", test_hang_at_load_fails_that_plugin_only);
  g_test_add_func ("/plugin-faults/registry/missing-helper-fails-third-party-plugins", test_missing_helper_fails_third_party_plugins);
  g_test_add_func ("/plugin-faults/validate/time-limit-grows-with-the-design", test_time_limit_grows_with_the_design);
  g_test_add_func ("/plugin-faults/validate/third-party-runs-in-helper", test_third_party_scheme_validates_in_helper);
  g_test_add_func ("/plugin-faults/validate/crash-is-a-finding-about-the-plugin", test_crash_in_validate_is_a_finding_about_the_plugin);
  g_test_add_func ("/plugin-faults/validate/hang-is-stopped", test_hang_in_validate_is_stopped);
  g_test_add_func ("/plugin-faults/validate/cancel-stops-a-hanging-helper", test_cancel_stops_a_hanging_helper);
  g_test_add_func ("/plugin-faults/validate/scheme-not-installed-is-about-the-program", test_scheme_not_installed_is_about_the_program);
  g_test_add_func ("/plugin-faults/cli/lists-bad-plugin-files", test_cli_lists_bad_plugin_files);
  g_test_add_func ("/plugin-faults/cli/crash-in-validate-exits-2-prints-the-rest", test_cli_crash_in_validate_exits_2_and_prints_the_rest);
  g_test_add_func ("/plugin-faults/cli/hang-in-validate-exits-2", test_cli_hang_in_validate_exits_2);

  return g_test_run ();
}
