/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export of a comparison and of findings to CSV and XLSX, read back. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "xc-test-util.h"

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("xiachen-export-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (entries) != NULL)
    n++;
  return n;
}

/* A member of an XLSX (a zip) as text, through unzip. */
static char *
read_xlsx_part (const char *path,
                const char *part)
{
  const char *argv[] = { "unzip", "-p", path, part, NULL };
  g_autofree char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The Flatpak SDK may have no unzip: the contents are then not read back. */
static gboolean
have_unzip (void)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");

  if (unzip == NULL)
    g_test_skip ("unzip is not installed: XLSX contents not checked");
  return unzip != NULL;
}

static XcComparison *
two_design_comparison (const char *first_label)
{
  g_autoptr(XcProgramme) huizhou = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  XcComparison *comparison = xc_comparison_new ();

  xc_comparison_add_design (comparison, first_label, huizhou);
  xc_comparison_add_design (comparison, "zibo", zibo);
  return comparison;
}

static void
test_comparison_csv (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "comparison.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcComparison) comparison = two_design_comparison ("惠州, \"南昆山\"");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (xc_export_comparison_csv (comparison, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  /* a byte order mark, so spreadsheets on Chinese Windows read UTF-8 */
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "indicator,Indicator,"));
  lines = g_strsplit (contents, "\r\n", -1);
  /* the label with a comma and quotes is quoted, the quotes doubled; which
   * way is better and the better design each under its own heading */
  g_assert_cmpstr (lines[0], ==, "\xef\xbb\xbf" "indicator,Indicator,\"惠州, \"\"南昆山\"\"\",zibo,"
                   "Better,Better design,Breaks rules");
  g_assert_cmpuint (g_strv_length (lines), ==, XC_N_INDICATORS + XC_N_FINDING_COUNTS + 2);
  /* 24 studios against 10 stations; a count of units is neither better nor worse */
  g_assert_cmpstr (lines[1], ==, "units,Units,24,10,neither,,");
  /* every senior expert against 41.9%: the first is better */
  g_assert_cmpstr (lines[1 + XC_INDICATOR_SENIOR_SHARE], ==,
                   "senior_share,Share of senior experts,1,0.419355,↑ higher,\"惠州, \"\"南昆山\"\"\",");
  /* neither design has a budget: empty for both, and no better one */
  g_assert_cmpstr (lines[1 + XC_INDICATOR_BUDGET_PER_HOST_YEAR], ==,
                   "budget_per_host_year,Budget per host a year,,,↓ lower,,");
  /* findings not known: empty cells, not zeros */
  g_assert_cmpstr (lines[1 + XC_N_INDICATORS], ==, "findings_error,Errors,,,,,");

  xc_test_remove_tree (dir);
}

/* With the designs' findings: counted, and a value resting on broken
 * rules named under "Breaks rules", never as the better design. */
static void
test_comparison_csv_with_findings (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "comparison.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) nanan = xc_test_load_sample ("nanan-disciplines.xcprog");
  g_autoptr(XcReport) zibo_report = xc_test_validate (zibo);
  g_autoptr(XcReport) nanan_report = xc_test_validate (nanan);
  g_autoptr(XcComparison) comparison = xc_comparison_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  xc_comparison_add_design (comparison, "zibo", zibo);
  xc_comparison_add_design (comparison, "nanan", nanan);
  xc_comparison_set_report (comparison, 0, zibo_report);
  xc_comparison_set_report (comparison, 1, nanan_report);
  g_assert_true (xc_export_comparison_csv (comparison, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);

  g_assert_cmpstr (lines[1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH], ==,
                   "onsite_days_per_month,On-site days a month,116.666667,169,↑ higher,,"
                   "nanan: Breaks XC-04 × 13");
  g_assert_cmpstr (lines[1 + XC_N_INDICATORS + XC_FINDING_COUNT_WARNINGS], ==,
                   "findings_warning,Warnings,0,13,,,");
  g_assert_cmpstr (lines[1 + XC_N_INDICATORS + XC_FINDING_COUNT_INFOS], ==,
                   "findings_info,Info,9,0,,,");

  xc_test_remove_tree (dir);
}

static void
test_comparison_xlsx (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "对比.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcComparison) comparison = two_design_comparison ("惠州样例");
  g_autoptr(GError) error = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *sheet = NULL;

  g_assert_true (xc_export_comparison_xlsx (comparison, file, &error));
  g_assert_no_error (error);
  /* only the workbook is left: the temporary file was renamed */
  g_assert_cmpuint (count_entries (dir), ==, 1);
  if (!have_unzip ())
    {
      xc_test_remove_tree (dir);
      return;
    }

  strings = read_xlsx_part (path, "xl/sharedStrings.xml");
  g_assert_nonnull (strstr (strings, "惠州样例"));
  g_assert_nonnull (strstr (strings, xc_indicator_get_label (XC_INDICATOR_SENIOR_SHARE)));
  sheet = read_xlsx_part (path, "xl/worksheets/sheet1.xml");
  /* numbers are numbers: 24 units in B2 and 10 in C2 */
  g_assert_nonnull (strstr (sheet, "<c r=\"B2\" s=\""));
  g_assert_nonnull (strstr (sheet, "<v>24</v>"));
  g_assert_nonnull (strstr (sheet, "<v>10</v>"));

  xc_test_remove_tree (dir);
}

static void
test_findings_csv_and_xlsx (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  g_autoptr(XcFinding) first = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_autofree char *dir = make_dir ();
  g_autofree char *csv_path = g_build_filename (dir, "findings.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (dir, "findings.xlsx", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) xlsx = g_file_new_for_path (xlsx_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *strings = NULL;

  g_assert_cmpstr (xc_finding_get_rule_id (first), ==, "ZB-11");
  xc_programme_accept_finding (programme, first, "区卫健委同意");

  g_assert_true (xc_export_findings_csv (report, programme, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, NULL));
  g_assert_cmpuint (xc_report_count_rule (report, "ZB-11"), ==, 9);
  g_assert_nonnull (strstr (contents, "ZB-11"));
  g_assert_nonnull (strstr (contents, xc_finding_get_clause (first)));
  g_assert_nonnull (strstr (contents, "区卫健委同意"));

  g_assert_true (xc_export_findings_xlsx (report, programme, xlsx, &error));
  g_assert_no_error (error);
  if (have_unzip ())
    {
      strings = read_xlsx_part (xlsx_path, "xl/sharedStrings.xml");
      g_assert_nonnull (strstr (strings, "ZB-11"));
      g_assert_nonnull (strstr (strings, "区卫健委同意"));
    }

  xc_test_remove_tree (dir);
}

static void
test_missing_directory_names_the_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "out.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcComparison) comparison = two_design_comparison ("a");
  g_autoptr(GError) error = NULL;

  g_assert_false (xc_export_comparison_xlsx (comparison, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_false (xc_export_comparison_csv (comparison, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.xlsx"));
  /* nothing was left behind */
  g_assert_cmpuint (count_entries (dir), ==, 0);

  xc_test_remove_tree (dir);
}

static void
test_existing_file_is_replaced (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "comparison.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcComparison) comparison = two_design_comparison ("a");
  GStatBuf before, after;

  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (xc_export_comparison_xlsx (comparison, file, NULL));
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  /* a new file renamed over the old one: a reader of the old one is safe */
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* the same for CSV */
  g_assert_true (xc_export_comparison_csv (comparison, file, NULL));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  xc_test_remove_tree (dir);
}

static void
test_failed_write_keeps_old_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(XcComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* root writes into a read-only directory anyway; the inode check above
   * proves the replacement is a rename there */
  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not stop root");
      return;
    }

  dir = make_dir ();
  path = g_build_filename (dir, "comparison.csv", NULL);
  file = g_file_new_for_path (path);
  comparison = two_design_comparison ("a");
  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (xc_export_comparison_csv (comparison, file, &error));
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_false (xc_export_comparison_xlsx (comparison, file, &error));
  g_assert_nonnull (strstr (error->message, path));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "an older export");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_chmod (dir, 0755);
  xc_test_remove_tree (dir);
}

/* Units are named from the records the report was checked on, not from
 * the model, which the window may be editing meanwhile; a report made by
 * hand, without them, names them from the model. */
static void
test_unit_names (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) checked = xc_test_validate (programme);
  g_autoptr(XcReport) by_hand = xc_report_new ();
  g_autoptr(XcUnit) unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  g_autofree char *name = g_strdup (xc_unit_get_name (unit));

  g_assert_nonnull (name);
  xc_unit_set_name (unit, "检查之后改的名");
  g_assert_cmpstr (xc_export_get_unit_name (checked, programme, xc_unit_get_id (unit)), ==, name);
  g_assert_cmpstr (xc_export_get_unit_name (by_hand, programme, xc_unit_get_id (unit)), ==,
                   "检查之后改的名");
  g_assert_null (xc_export_get_unit_name (checked, programme, "u-nobody"));
  g_assert_null (xc_export_get_unit_name (by_hand, programme, "u-nobody"));
  g_assert_null (xc_export_get_unit_name (checked, programme, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/comparison-csv-with-findings", test_comparison_csv_with_findings);
  g_test_add_func ("/core/export/comparison-csv", test_comparison_csv);
  g_test_add_func ("/core/export/comparison-xlsx", test_comparison_xlsx);
  g_test_add_func ("/core/export/findings-csv-and-xlsx", test_findings_csv_and_xlsx);
  g_test_add_func ("/core/export/unit-names", test_unit_names);
  g_test_add_func ("/core/export/missing-directory-names-the-file", test_missing_directory_names_the_file);
  g_test_add_func ("/core/export/existing-file-is-replaced", test_existing_file_is_replaced);
  g_test_add_func ("/core/export/failed-write-keeps-old-file", test_failed_write_keeps_old_file);

  return g_test_run ();
}
