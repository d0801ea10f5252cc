/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shell's window in a real display (Xvfb): what a planner sees after
 * opening a design. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "xc-test-util.h"
#include "xc-window.h"

/* Every label text in the window, joined by newlines. */
static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
  if (ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                            adw_status_page_get_description (ADW_STATUS_PAGE (widget)));

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

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  /* A column view's rows are a list view of its own: not the one we want. */
  if (GTK_IS_COLUMN_VIEW (widget) && type != GTK_TYPE_COLUMN_VIEW)
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until @text is on screen. No clock: a test that never
 * sees it is stopped by the harness's timeout. */
static void
wait_for_text (GtkWidget  *window,
               const char *text)
{
  for (;;)
    {
      g_autofree char *texts = visible_text (window);

      if (strstr (texts, text) != NULL)
        return;
      g_main_context_iteration (NULL, TRUE);
    }
}

static XcWindow *
open_window (GFile *file)
{
  XcWindow *window = xc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  xc_window_open (window, file);
  return window;
}

static void
test_sample_shows_units_and_findings (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "huizhou-nkls.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  g_autofree char *texts = NULL;
  GtkColumnView *units;

  wait_for_text (GTK_WIDGET (window), "0 errors · 0 warnings · 1 info");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  texts = visible_text (GTK_WIDGET (window));

  g_assert_nonnull (strstr (texts, "环南昆山—罗浮山引领区名(中)医工作室"));
  g_assert_nonnull (strstr (texts, "huizhou-nkls.xcprog"));
  g_assert_nonnull (strstr (texts, "24 units"));
  g_assert_nonnull (strstr (texts, "HZ-19"));
  /* the clause the rule enforces, in the policy's words */
  g_assert_nonnull (strstr (texts, "12个名医工作室、12个名中医工作室"));

  units = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (units))), ==, 24);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_finding_selects_its_unit (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "faulty.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window;
  GtkListView *findings;
  GtkSelectionModel *units;
  XcReport *report;
  guint position = G_MAXUINT;

  /* u-western (the second unit) loses its reading room: HZ-12 */
  xc_unit_set_reading_room (xc_test_unit (programme, "u-western"), FALSE);
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, NULL));

  window = open_window (file);
  wait_for_text (GTK_WIDGET (window), "1 error");
  report = xc_window_get_report (window);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (xc_finding_get_rule_id (finding), "HZ-12"))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  units = gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW)));
  g_assert_false (gtk_selection_model_is_selected (units, 1));

  findings = GTK_LIST_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW));
  g_signal_emit_by_name (findings, "activate", position);
  g_assert_true (gtk_selection_model_is_selected (units, 1));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unreadable_design_says_where (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "broken.xcprog", NULL);
  g_autofree char *where = g_strdup_printf ("%s:2:", path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": ,\n}", -1, NULL));
  window = open_window (file);
  wait_for_text (GTK_WIDGET (window), "The Design Cannot Be Opened");
  wait_for_text (GTK_WIDGET (window), where);
  g_assert_null (xc_window_get_programme (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sample-shows-units-and-findings", test_sample_shows_units_and_findings);
  g_test_add_func ("/ui/window/finding-selects-its-unit", test_finding_selects_its_unit);
  g_test_add_func ("/ui/window/unreadable-design-says-where", test_unreadable_design_says_where);

  return g_test_run ();
}
