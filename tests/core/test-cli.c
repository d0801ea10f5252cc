/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line contract of programme-format.md, through the real
 * xiachen-cli binary, with no display. */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"

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

static void run_cli_env (Run         *run,
                         const char **env,
                         const char  *first,
                         ...) G_GNUC_NULL_TERMINATED;

#define run_cli(run, ...) run_cli_env ((run), NULL, __VA_ARGS__)

static void
run_cli_env (Run         *run,
             const char **env,
             const char  *first,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("XIACHEN_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
sample (const char *name)
{
  return g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* The fixture with one studio's team cut to one member: an HZ-03 error. */
static char *
write_design_with_error (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "with-error.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-tcm"))), 0);
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));
  return g_steal_pointer (&path);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_parser_steal_root (parser);
}

static void
test_validate_clean_design_exits_0 (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = sample ("huizhou-nkls.xcprog");

  run_cli (&run, "validate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "HZ-19"));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_validate_error_exits_1 (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = write_design_with_error ();

  run_cli (&run, "validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "HZ-03"));
  g_assert_nonnull (strstr (run.out, "组建2~5人的导师团队"));
}

static void
test_validate_warnings_only_exits_0 (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "warning.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* HZ-14 is a warning */
  xc_programme_set_months (programme, 36);
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));
  run_cli (&run, "validate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "HZ-14"));
}

static void
test_validate_malformed_exits_2_with_place (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "broken.xcprog", NULL);
  g_autofree char *expected = g_strdup_printf ("%s:3:", path);
  g_autofree char *clean = sample ("huizhou-nkls.xcprog");

  g_assert_true (g_file_set_contents (path, "{\n\"format\": \"xiachen-programme\",\n\"units\": ]\n}", -1, NULL));
  /* 2 wins over 0: one file could not be read */
  run_cli (&run, "validate", clean, path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, expected));
}

/* The bytes the CLI prints, which need not be UTF-8. */
static GBytes *
run_cli_bytes (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  return out;
}

/* A file name may hold any byte and a title any character: --format=json
 * escapes them all and stays UTF-8, so a strict reader takes it. */
static void
test_json_output_is_strict_json (void)
{
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "a\x1f" "b\xff.xcprog", NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "con\x1f" "trol.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  const char *cli = g_getenv ("XIACHEN_CLI");

  xc_programme_set_title (programme, "x\x1f" "y");
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));

  for (guint i = 0; i < 2; i++)
    {
      const char *validate[] = { cli, "validate", "--format=json", missing, path, NULL };
      const char *compare[] = { cli, "compare", "--format=json", path, path, NULL };
      g_autoptr(GBytes) out = run_cli_bytes (i == 0 ? validate : compare);
      g_autoptr(GError) error = NULL;
      gsize length;
      const char *text = g_bytes_get_data (out, &length);

      g_assert_cmpuint (length, >, 0);
      if (!xc_json_validate (text, length, &error))
        g_error ("%s --format=json: %s", i == 0 ? "validate" : "compare", error->message);
      g_assert_nonnull (g_strstr_len (text, length, "\\u001f"));
    }
}

static void
test_validate_missing_file_exits_2 (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "validate", "/nonexistent/design.xcprog", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "/nonexistent/design.xcprog"));
}

static void
test_validate_json_has_contract_shape (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *clean = sample ("huizhou-nkls.xcprog");
  g_autofree char *faulty = write_design_with_error ();
  g_autoptr(JsonNode) root = NULL;
  JsonArray *files, *findings;
  gboolean found = FALSE;

  run_cli (&run, "validate", "--format=json", clean, faulty, NULL);
  g_assert_cmpint (run.status, ==, 1);
  root = parse (run.out);
  files = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (files), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (files, 0), "file"),
                   ==, clean);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (files, 1), "scheme"),
                   ==, "huizhou-studio");

  findings = json_object_get_array_member (json_array_get_object_element (files, 1), "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      g_assert_true (json_object_has_member (finding, "subject"));
      g_assert_nonnull (json_object_get_string_member (finding, "message"));
      if (g_str_equal (json_object_get_string_member (finding, "rule"), "HZ-03"))
        {
          g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
          g_assert_cmpstr (json_object_get_string_member (finding, "unit"), ==, "u-tcm");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_compare_json_lists_every_indicator (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *first = sample ("huizhou-nkls.xcprog");
  g_autofree char *second = fixture ("huizhou-minimal.xcprog");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *designs;
  JsonObject *indicators, *findings;

  run_cli (&run, "compare", "--format=json", first, second, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  designs = json_object_get_array_member (json_node_get_object (root), "designs");
  g_assert_cmpuint (json_array_get_length (designs), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (designs, 1), "id"),
                   ==, "hz-minimal");
  indicators = json_object_get_object_member (json_array_get_object_element (designs, 0), "indicators");
  g_assert_cmpuint (json_object_get_size (indicators), ==, XC_N_INDICATORS);
  g_assert_cmpint (json_object_get_int_member (indicators, "units"), ==, 24);
  g_assert_cmpint (json_object_get_int_member (indicators, "hosts"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (indicators, "experts"), ==, 70);
  g_assert_true (json_node_is_null (json_object_get_member (indicators, "needs_met")));
  g_assert_cmpfloat (json_object_get_double_member (indicators, "experts_per_host"), ==, 70.0 / 12);
  /* the findings per design, an extension: Huizhou's one HZ-19 */
  findings = json_object_get_object_member (json_array_get_object_element (designs, 0), "findings");
  g_assert_nonnull (findings);
  g_assert_cmpuint (json_object_get_size (findings), ==, 4);
  g_assert_cmpint (json_object_get_int_member (findings, "error"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (findings, "warning"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (findings, "info"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (findings, "accepted"), ==, 0);
}

/* Nan'an's on-site days rest on 13 XC-04 warnings: marked, and said why. */
static void
test_compare_text_marks_values_that_break_rules (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *zibo = sample ("zibo-stations.xcprog");
  g_autofree char *nanan = sample ("nanan-disciplines.xcprog");

  run_cli (&run, "compare", zibo, nanan, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "169.0 ⚠"));
  g_assert_nonnull (strstr (run.out, "⚠ nanan-disciplines.xcprog: Breaks XC-04 × 13"));
  g_assert_nonnull (strstr (run.out, "\nWarnings "));
  g_assert_null (strstr (run.out, "116.7 ⚠"));
}

static void
test_compare_csv_has_a_column_per_design (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *first = sample ("huizhou-nkls.xcprog");
  g_autofree char *second = fixture ("huizhou-minimal.xcprog");
  g_autofree char *header = NULL;
  g_auto(GStrv) lines = NULL;

  run_cli (&run, "compare", "--format=csv", first, second, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  header = g_strdup_printf ("indicator,%s,%s", first, second);
  g_assert_cmpstr (lines[0], ==, header);
  g_assert_cmpstr (lines[1], ==, "units,24,2");
  g_assert_cmpstr (lines[1 + XC_INDICATOR_NEEDS_MET], ==, "needs_met,,");
  /* then the findings of each design: Huizhou's HZ-19; the minimal one's */
  g_assert_cmpstr (lines[1 + XC_N_INDICATORS], ==, "findings_error,0,0");
  g_assert_true (g_str_has_prefix (lines[1 + XC_N_INDICATORS + 2], "findings_info,1,"));
  g_assert_cmpstr (lines[1 + XC_N_INDICATORS + 3], ==, "findings_accepted,0,0");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + XC_N_INDICATORS + XC_N_FINDING_COUNTS + 1);
}

static void
test_compare_text_names_designs (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *first = sample ("huizhou-nkls.xcprog");

  run_cli (&run, "compare", first, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "huizhou-nkls.xcprog"));
  g_assert_nonnull (strstr (run.out, "Share of senior experts"));
}

static void
test_schemes_lists_rule_ids (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "schemes", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "huizhou-studio"));
  g_assert_nonnull (strstr (run.out, "HZ-01 HZ-02"));
  g_assert_nonnull (strstr (run.out, "XC-01"));
}

static void
test_usage_errors_exit_2 (void)
{
  const char *calls[][3] = {
    { NULL }, { "validate", NULL }, { "frobnicate", "x", NULL },
    { "validate", "--format=csv", "x" }, { "compare", "--format=xml", "x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, calls[i][0], calls[i][1], calls[i][2], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "Usage"));
    }
}

/* Under a zh_CN locale the CLI speaks Chinese, rule ids and clauses as
 * they are. The README's test command generates the locale. */
static void
test_validate_speaks_chinese_under_zh_cn (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = write_design_with_error ();
  const char *env[] = { "LC_ALL", "zh_CN.UTF-8", "LANGUAGE", "zh_CN", NULL };

  run_cli_env (&run, env, "validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "HZ-03"));
  g_assert_nonnull (strstr (run.out, "错误"));
  g_assert_null (strstr (run.out, " errors"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/validate/clean-design-exits-0", test_validate_clean_design_exits_0);
  g_test_add_func ("/cli/validate/error-exits-1", test_validate_error_exits_1);
  g_test_add_func ("/cli/validate/warnings-only-exit-0", test_validate_warnings_only_exits_0);
  g_test_add_func ("/cli/validate/malformed-exits-2-with-place", test_validate_malformed_exits_2_with_place);
  g_test_add_func ("/cli/json-output-is-strict-json", test_json_output_is_strict_json);
  g_test_add_func ("/cli/validate/missing-file-exits-2", test_validate_missing_file_exits_2);
  g_test_add_func ("/cli/validate/json-has-contract-shape", test_validate_json_has_contract_shape);
  g_test_add_func ("/cli/compare/json-lists-every-indicator", test_compare_json_lists_every_indicator);
  g_test_add_func ("/cli/compare/csv-has-a-column-per-design", test_compare_csv_has_a_column_per_design);
  g_test_add_func ("/cli/compare/text-names-designs", test_compare_text_names_designs);
  g_test_add_func ("/cli/compare/text-marks-values-that-break-rules",
                   test_compare_text_marks_values_that_break_rules);
  g_test_add_func ("/cli/schemes/lists-rule-ids", test_schemes_lists_rule_ids);
  g_test_add_func ("/cli/usage-errors-exit-2", test_usage_errors_exit_2);
  g_test_add_func ("/cli/validate/speaks-chinese-under-zh-cn", test_validate_speaks_chinese_under_zh_cn);

  return g_test_run ();
}
