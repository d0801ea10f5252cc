/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison window in a real display: designs of different schemes
 * side by side, the better value marked, charts, and export. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <xiachen-ui.h>

#include "xc-comparison-window.h"
#include "xc-pdf-export.h"
#include "xc-test-util.h"

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The stack that shows either the comparison or the request for more. */
static GtkStack *
find_comparison_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "too-few") != NULL)
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_comparison_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Until every design's findings are known, bounded by a minute. */
static void
wait_for_checks (XcComparisonWindow *window)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (xc_comparison_window_get_checking (window) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (xc_comparison_window_get_checking (window));
}

static XcComparisonWindow *
new_window (void)
{
  g_autoptr(XcProgramme) huizhou = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) nanan = xc_test_load_sample ("nanan-disciplines.xcprog");
  XcComparisonWindow *window = XC_COMPARISON_WINDOW (xc_comparison_window_new (NULL));

  xc_comparison_window_add_design (window, "惠州", huizhou);
  xc_comparison_window_add_design (window, "淄博", zibo);
  xc_comparison_window_add_design (window, "南安", nanan);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_checks (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static const char *
cell_text (GtkGrid *table,
           int      column,
           int      row)
{
  GtkWidget *cell = gtk_grid_get_child_at (table, column, row);

  g_assert_true (GTK_IS_LABEL (cell));
  return gtk_label_get_text (GTK_LABEL (cell));
}

static void
test_table_marks_the_better_value (void)
{
  XcComparisonWindow *window = new_window ();
  XcComparison *comparison = xc_comparison_window_get_comparison (window);
  GtkGrid *table = GTK_GRID (find_widget (GTK_WIDGET (window), GTK_TYPE_GRID));
  int learners_row = 1 + XC_INDICATOR_LEARNERS;
  int best;
  double best_value = 0;
  g_autofree char *expected = NULL;
  GtkWidget *cell;

  g_assert_cmpuint (xc_comparison_get_n_designs (comparison), ==, 3);
  /* a header row, the indicators and the counts of findings; a label
   * column, three designs and the column that says which way is better */
  for (int row = 0; row <= XC_N_INDICATORS + XC_N_FINDING_COUNTS; row++)
    for (int column = 0; column <= 4; column++)
      g_assert_nonnull (gtk_grid_get_child_at (table, column, row));
  g_assert_null (gtk_grid_get_child_at (table, 0, XC_N_INDICATORS + XC_N_FINDING_COUNTS + 1));
  g_assert_null (gtk_grid_get_child_at (table, 5, 0));
  /* the letter that names the design's bars in the charts, and its title */
  g_assert_true (g_str_has_prefix (cell_text (table, 2, 0), "B · 淄博\n"));

  g_assert_cmpstr (cell_text (table, 0, learners_row), ==,
                   xc_indicator_get_label (XC_INDICATOR_LEARNERS));
  /* the most learners, computed from the samples: marked, and only it */
  best = xc_comparison_get_best (comparison, XC_INDICATOR_LEARNERS);
  g_assert_cmpint (best, >=, 0);
  for (guint i = 0; i < 3; i++)
    {
      double value;

      g_assert_true (xc_indicators_get_value (xc_comparison_get_indicators (comparison, i),
                                              XC_INDICATOR_LEARNERS, &value));
      if ((int) i == best)
        best_value = value;
    }
  for (guint i = 0; i < 3; i++)
    {
      double value;

      xc_indicators_get_value (xc_comparison_get_indicators (comparison, i),
                               XC_INDICATOR_LEARNERS, &value);
      g_assert_cmpfloat (value, <=, best_value);
      cell = gtk_grid_get_child_at (table, (int) i + 1, learners_row);
      g_assert_cmpint (gtk_widget_has_css_class (cell, "success"), ==, (int) i == best);
      g_assert_cmpint (g_str_has_prefix (cell_text (table, (int) i + 1, learners_row), "★ "), ==,
                       (int) i == best);
      /* the designs differ in learners: the row is tinted */
      g_assert_true (gtk_widget_has_css_class (cell, "xc-differs"));
    }
  expected = g_strdup_printf ("★ %.0f", best_value);
  g_assert_cmpstr (cell_text (table, best + 1, learners_row), ==, expected);
  /* which way is better, said in the last column */
  g_assert_cmpint (xc_indicator_get_direction (XC_INDICATOR_LEARNERS), ==, 1);
  g_assert_cmpstr (cell_text (table, 4, learners_row), ==, _("↑ higher"));

  /* a share as a percentage */
  g_assert_true (g_str_has_suffix (cell_text (table, 1, 1 + XC_INDICATOR_SENIOR_SHARE), "%"));
  /* no design has a budget: a dash, nothing better, and the row does not differ */
  for (guint i = 0; i < 3; i++)
    {
      cell = gtk_grid_get_child_at (table, (int) i + 1, 1 + XC_INDICATOR_BUDGET_PER_HOST_YEAR);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, "—");
      g_assert_false (gtk_widget_has_css_class (cell, "xc-differs"));
      g_assert_false (gtk_widget_has_css_class (cell, "success"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* While the designs are being checked their findings show "…", no value
 * is starred (Nan'an's 169 days would be) and nothing can be exported. */
static void
test_no_star_before_findings_are_known (void)
{
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) nanan = xc_test_load_sample ("nanan-disciplines.xcprog");
  XcComparisonWindow *window = XC_COMPARISON_WINDOW (xc_comparison_window_new (NULL));
  GtkGrid *table = GTK_GRID (find_widget (GTK_WIDGET (window), GTK_TYPE_GRID));
  int onsite_row = 1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH;
  GtkWidget *export_button = find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  xc_comparison_window_add_design (window, "淄博", zibo);
  xc_comparison_window_add_design (window, "南安", nanan);
  /* no main loop yet: no check has reported */
  g_assert_true (xc_comparison_window_get_checking (window));
  g_assert_cmpstr (cell_text (table, 2, onsite_row), ==, "169.0");
  g_assert_cmpstr (cell_text (table, 2, 1 + XC_N_INDICATORS + XC_FINDING_COUNT_WARNINGS), ==, "…");
  g_assert_false (gtk_widget_is_sensitive (export_button));

  wait_for_checks (window);
  g_assert_cmpstr (cell_text (table, 2, onsite_row), ==, "⚠ 169.0");
  g_assert_true (gtk_widget_is_sensitive (export_button));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each design's findings in rows below the indicators; Nan'an's on-site
 * days rest on 13 XC-04 warnings: flagged with the rule, never starred. */
static void
test_table_shows_findings_and_flags_broken_rules (void)
{
  XcComparisonWindow *window = new_window ();
  GtkGrid *table = GTK_GRID (find_widget (GTK_WIDGET (window), GTK_TYPE_GRID));
  int warnings_row = 1 + XC_N_INDICATORS + XC_FINDING_COUNT_WARNINGS;
  int errors_row = 1 + XC_N_INDICATORS + XC_FINDING_COUNT_ERRORS;
  int infos_row = 1 + XC_N_INDICATORS + XC_FINDING_COUNT_INFOS;
  int onsite_row = 1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH;
  GtkWidget *cell;

  g_assert_cmpstr (cell_text (table, 0, warnings_row), ==,
                   xc_finding_count_get_label (XC_FINDING_COUNT_WARNINGS));
  /* 惠州: HZ-19 (info); 淄博: 9 × ZB-11 (info); 南安: 13 × XC-04 */
  g_assert_cmpstr (cell_text (table, 1, infos_row), ==, "1");
  g_assert_cmpstr (cell_text (table, 2, infos_row), ==, "9");
  g_assert_cmpstr (cell_text (table, 3, warnings_row), ==, "13");
  g_assert_true (gtk_widget_has_css_class (gtk_grid_get_child_at (table, 3, warnings_row), "warning"));
  for (int column = 1; column <= 3; column++)
    g_assert_cmpstr (cell_text (table, column, errors_row), ==, "0");

  /* 169 on-site days, the most, but not starred: flagged, and why */
  cell = gtk_grid_get_child_at (table, 3, onsite_row);
  g_assert_cmpstr (cell_text (table, 3, onsite_row), ==, "⚠ 169.0");
  g_assert_false (gtk_widget_has_css_class (cell, "success"));
  g_assert_true (gtk_widget_has_css_class (cell, "warning"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "XC-04 × 13"));
  /* the star goes to the most of those that keep the rules: 惠州's 212 */
  g_assert_cmpstr (cell_text (table, 1, onsite_row), ==, "★ 212.0");
  /* per host beside the totals: 南安 has one host */
  g_assert_cmpstr (cell_text (table, 0, 1 + XC_INDICATOR_EXPERTS_PER_HOST), ==,
                   xc_indicator_get_label (XC_INDICATOR_EXPERTS_PER_HOST));
  g_assert_cmpstr (cell_text (table, 3, 1 + XC_INDICATOR_EXPERTS_PER_HOST), ==, "★ 13.0");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Designs are named by title; two of the same title by title and file. */
static void
test_same_titles_are_told_apart (void)
{
  g_autoptr(XcProgramme) first = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcProgramme) second = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  XcComparisonWindow *window = XC_COMPARISON_WINDOW (xc_comparison_window_new (NULL));
  XcComparison *comparison;

  xc_comparison_window_add_design_from_file (window, "惠州方案", "惠州-甲.xcprog", first);
  xc_comparison_window_add_design_from_file (window, "惠州方案", "惠州-乙.xcprog", second);
  xc_comparison_window_add_design_from_file (window, "淄博方案", "zibo.xcprog", zibo);
  comparison = xc_comparison_window_get_comparison (window);
  g_assert_cmpstr (xc_comparison_get_label (comparison, 0), ==, "惠州方案 (惠州-甲.xcprog)");
  g_assert_cmpstr (xc_comparison_get_label (comparison, 1), ==, "惠州方案 (惠州-乙.xcprog)");
  g_assert_cmpstr (xc_comparison_get_label (comparison, 2), ==, "淄博方案");
  /* without its twin, a title is enough */
  xc_comparison_window_set_checked (window, 1, FALSE);
  comparison = xc_comparison_window_get_comparison (window);
  g_assert_cmpstr (xc_comparison_get_label (comparison, 0), ==, "惠州方案");

  wait_for_checks (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_charts_one_per_indicator (void)
{
  XcComparisonWindow *window = new_window ();
  GListModel *charts = xc_comparison_window_get_charts (window);
  GtkFlowBox *box = GTK_FLOW_BOX (find_widget (GTK_WIDGET (window), GTK_TYPE_FLOW_BOX));
  g_autoptr(XcChart) senior = NULL;
  guint n_children = 0;

  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, XC_N_INDICATORS);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_children++;
  g_assert_cmpuint (n_children, ==, XC_N_INDICATORS);

  /* a category per design, a share in percent */
  senior = g_list_model_get_item (charts, XC_INDICATOR_SENIOR_SHARE);
  g_assert_cmpstr (xc_chart_get_title (senior), ==, xc_indicator_get_label (XC_INDICATOR_SENIOR_SHARE));
  g_assert_cmpuint (xc_chart_get_n_categories (senior), ==, 3);
  /* the designs by their letters, which titles cut to fit would not tell apart */
  g_assert_cmpstr (xc_chart_get_categories (senior)[1], ==, "B");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_label_with (GTK_WIDGET (window), "B: "))),
                            "B: 淄博"));
  g_assert_cmpint (xc_chart_get_value_format (senior), ==, XC_CHART_VALUE_PERCENT);

  /* unchecking a design leaves two categories */
  xc_comparison_window_set_checked (window, 0, FALSE);
  g_clear_object (&senior);
  senior = g_list_model_get_item (charts, XC_INDICATOR_SENIOR_SHARE);
  g_assert_cmpuint (xc_chart_get_n_categories (senior), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_fewer_than_two_asks_for_more (void)
{
  XcComparisonWindow *window = new_window ();
  GtkStack *stack = find_comparison_stack (GTK_WIDGET (window));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "comparison");
  xc_comparison_window_set_checked (window, 2, FALSE);
  g_assert_cmpuint (xc_comparison_get_n_designs (xc_comparison_window_get_comparison (window)), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "comparison");
  /* two designs: two columns */
  g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (find_widget (GTK_WIDGET (window), GTK_TYPE_GRID)),
                                           3, 0));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (find_widget (GTK_WIDGET (window), GTK_TYPE_GRID)),
                                        4, 0));
  xc_comparison_window_set_checked (window, 1, FALSE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "too-few");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_widget (GTK_WIDGET (window),
                                                                    GTK_TYPE_MENU_BUTTON))));
  xc_comparison_window_set_checked (window, 2, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "comparison");
  g_assert_cmpstr (xc_comparison_get_label (xc_comparison_window_get_comparison (window), 1), ==, "南安");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Asserts that no two words on the first page of the PDF at @path print
 * over each other (a cell that wraps must make its row taller). */
static void
assert_no_text_overlaps (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-", NULL };
  g_autofree char *html = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &html, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_regex_match (word, html, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      double box[4];

      for (int i = 0; i < 4; i++)
        {
          g_autofree char *number = g_match_info_fetch (match, i + 1);

          box[i] = g_ascii_strtod (number, NULL);
        }
      g_array_append_vals (boxes, box, 1);
      g_ptr_array_add (texts, g_match_info_fetch (match, 5));
    }
  g_assert_cmpuint (boxes->len, >, 50);
  for (guint i = 0; i < boxes->len; i++)
    for (guint j = i + 1; j < boxes->len; j++)
      {
        double *a = (double *) (boxes->data + i * sizeof (double) * 4);
        double *b = (double *) (boxes->data + j * sizeof (double) * 4);
        double x = MIN (a[2], b[2]) - MAX (a[0], b[0]);
        double y = MIN (a[3], b[3]) - MAX (a[1], b[1]);

        if (x > 1 && y > 2)
          g_error ("“%s” prints over “%s”", (char *) g_ptr_array_index (texts, i),
                   (char *) g_ptr_array_index (texts, j));
      }
}

static void
test_export_all_formats (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  XcComparisonWindow *window;
  g_autofree char *dir = g_dir_make_tmp ("xiachen-comparison-XXXXXX", NULL);
  const char *formats[] = { "csv", "xlsx", "pdf" };
  gboolean chinese;

  /* the PDF in the planner's language, where the system has it */
  chinese = setlocale (LC_MESSAGES, "zh_CN.UTF-8") != NULL;
  if (chinese)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  window = new_window ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("comparison.%s", formats[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      g_assert_true (xc_comparison_window_export (window, formats[i], file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      if (g_str_equal (formats[i], "csv"))
        {
          g_auto(GStrv) lines = g_strsplit (contents, "\r\n", -1);
#define T(text) g_dgettext (GETTEXT_PACKAGE, text)
          g_autofree char *header = g_strdup_printf (",惠州,淄博,南安,%s,%s,%s", T ("Better"),
                                                     T ("Better design"), T ("Breaks rules"));
          g_autofree char *learners = g_strdup_printf (",%s,", T ("↑ higher"));
          g_autofree char *onsite = g_strdup_printf (",%s,惠州,南安", T ("↑ higher"));
#undef T

          /* the direction under "Better", the better design under its own heading */
          g_assert_nonnull (strstr (lines[0], header));
          g_assert_true (g_str_has_prefix (lines[1 + XC_INDICATOR_LEARNERS], "learners,"));
          g_assert_nonnull (strstr (lines[1 + XC_INDICATOR_LEARNERS], learners));
          g_assert_true (g_str_has_prefix (lines[1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH],
                                           "onsite_days_per_month,"));
          g_assert_nonnull (strstr (lines[1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH], onsite));
          g_assert_nonnull (strstr (lines[1 + XC_INDICATOR_ONSITE_DAYS_PER_MONTH], "XC-04 × 13"));
          g_assert_true (g_str_has_prefix (lines[1 + XC_N_INDICATORS + XC_FINDING_COUNT_WARNINGS],
                                           "findings_warning,"));
          g_assert_nonnull (strstr (lines[1 + XC_N_INDICATORS + XC_FINDING_COUNT_WARNINGS], ",0,0,13,"));
        }
      else if (g_str_equal (formats[i], "xlsx"))
        g_assert_true (g_str_has_prefix (contents, "PK"));
      else
        {
          const char *argv[] = { "pdftotext", path, "-", NULL };
          g_autofree char *text = NULL;
          int status;

          g_assert_true (g_str_has_prefix (contents, "%PDF-"));
          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                       &text, NULL, &status, NULL));
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          /* the table and the designs' Chinese names are text in the PDF */
          g_assert_nonnull (strstr (text, xc_indicator_get_label (XC_INDICATOR_LEARNERS)));
          if (chinese)
            g_assert_false (g_str_is_ascii (xc_indicator_get_label (XC_INDICATOR_LEARNERS)));
          g_assert_nonnull (strstr (text, "B: 淄博"));
          g_assert_nonnull (strstr (text, "★"));
          g_assert_nonnull (strstr (text, "⚠ C: "));
          g_assert_nonnull (strstr (text, xc_finding_count_get_label (XC_FINDING_COUNT_WARNINGS)));
          /* 优劣方向 wraps in Chinese: its row grows, nothing prints over the next */
          assert_no_text_overlaps (path);
        }
      g_remove (path);
    }
  /* an unknown format is an error, not a crash */
  {
    g_autoptr(GFile) file = g_file_new_build_filename (dir, "comparison.doc", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (xc_comparison_window_export (window, "doc", file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  }
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  setlocale (LC_MESSAGES, messages);
}

static char *
pdf_to_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&text);
}

static void
test_findings_pdf (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  g_autoptr(XcFinding) first = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_autofree char *dir = g_dir_make_tmp ("xiachen-findings-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "findings.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_findings = g_list_model_get_n_items (G_LIST_MODEL (report));

  g_assert_cmpuint (n_findings, >, 0);
  xc_programme_accept_finding (programme, first, "区卫健委同意");
  /* more findings than a page holds, each a long Chinese message */
  for (guint i = 0; i < 60; i++)
    g_assert_nonnull (xc_report_add (report, "ZB-11", NULL, NULL, NULL,
                                     "第%u条：专家驻点安排未覆盖全部乡镇卫生院，"
                                     "建议按照县域医共体的统一部署补充驻点计划并明确带教任务。", i + 1));
  g_assert_true (xc_pdf_export_findings (report, programme, "淄博工作站", file, &error));
  g_assert_no_error (error);

  text = pdf_to_text (path);
  g_assert_nonnull (strstr (text, "淄博工作站"));
  g_assert_nonnull (strstr (text, xc_finding_get_rule_id (first)));
  g_assert_nonnull (strstr (text, "区卫健委同意"));
  /* the accepted group says how many it has */
  heading = g_strdup_printf (_("Accepted deviations (%u)"), 1u);
  g_assert_nonnull (strstr (text, heading));
  /* every finding is there: long reports go on over pages */
  g_assert_nonnull (strstr (text, "第60条"));
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends every page with a form feed */
  g_assert_cmpuint (g_strv_length (pages) - 1, >=, 3);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/comparison/table-marks-the-better-value", test_table_marks_the_better_value);
  g_test_add_func ("/ui/comparison/table-shows-findings-and-flags-broken-rules",
                   test_table_shows_findings_and_flags_broken_rules);
  g_test_add_func ("/ui/comparison/no-star-before-findings-are-known",
                   test_no_star_before_findings_are_known);
  g_test_add_func ("/ui/comparison/same-titles-are-told-apart", test_same_titles_are_told_apart);
  g_test_add_func ("/ui/comparison/charts-one-per-indicator", test_charts_one_per_indicator);
  g_test_add_func ("/ui/comparison/fewer-than-two-asks-for-more", test_fewer_than_two_asks_for_more);
  g_test_add_func ("/ui/comparison/export-all-formats", test_export_all_formats);
  g_test_add_func ("/ui/comparison/findings-pdf", test_findings_pdf);

  return g_test_run ();
}
