/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A national-scale design (34,000 units in 340 counties, as the benchmark
 * makes it) in a real window: choosing the charts builds and draws them,
 * each with at most XC_CHART_TALLY_MAX_CATEGORIES bars, the rest summed up
 * in an "Others" bar, instead of a bar per county (a smear with cairo, an
 * abort with GL: "GL command queue too large"). */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xiachen-ui.h>

#include "xc-test-util.h"
#include "xc-window.h"

static char *
generate (const char *dir)
{
  char *path = g_build_filename (dir, "national.xcprog", NULL);
  const char *argv[] = { g_getenv ("XIACHEN_GENERATE_NATIONAL"), "--units", "34000",
                         "--people", "100000", path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

static void
test_national_charts_are_aggregated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-national-XXXXXX", NULL);
  g_autofree char *path = generate (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = xc_window_new (NULL);
  XcDesignPage *page;
  GListModel *charts;
  guint n_folded = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  xc_window_open (window, file);
  while ((page = xc_window_get_page (window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* as a planner does: the charts while the first check still runs */
  xc_design_page_show_view (page, "charts");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  charts = xc_design_page_get_charts (page);
  g_assert_cmpuint (g_list_model_get_n_items (charts), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(XcChart) chart = g_list_model_get_item (charts, i);
      guint n = xc_chart_get_n_categories (chart);

      g_assert_cmpuint (n, <=, XC_CHART_TALLY_MAX_CATEGORIES);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
      if (n == XC_CHART_TALLY_MAX_CATEGORIES
          && g_str_has_prefix (xc_chart_get_categories (chart)[n - 1], "Others ("))
        n_folded++;
    }
  /* the charts per county: 340 counties, folded */
  g_assert_cmpuint (n_folded, >=, 1);
  /* drawn again, as a planner scrolls: no error, no abort */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/national/charts-are-aggregated", test_national_charts_are_aggregated);

  return g_test_run ();
}
