/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark, not a test: how long the window takes to show a design with
 * its first findings, and to have them current again after one edit.
 * Usage: bench-window DESIGN.xcprog (under a display; bench-national.sh
 * runs it on a national and a 1/10 design). */
#include "config.h"

#include <adwaita.h>

#include "xc-window.h"

static void
wait_for_check (XcDesignPage *page)
{
  while (xc_design_page_get_checking (page) || xc_design_page_get_report (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(XcUnit) unit = NULL;
  XcWindow *window;
  XcDesignPage *page;
  XcProgramme *programme;
  gint64 start, opened, edited;

  gtk_init ();
  adw_init ();
  if (argc != 2)
    {
      g_printerr ("usage: %s DESIGN.xcprog\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  window = xc_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  start = g_get_monotonic_time ();
  xc_window_open (window, file);
  while ((page = xc_window_get_page (window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_for_check (page);
  opened = g_get_monotonic_time ();

  /* One edit, as a planner makes it: the findings are current again when
   * the copy is checked. */
  programme = xc_document_get_programme (xc_design_page_get_document (page));
  unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  xc_unit_set_name (unit, "bench");
  wait_for_check (page);
  edited = g_get_monotonic_time ();

  g_print ("window: open and first check %.2f s, %u findings; edit to current findings %.2f s\n",
           (opened - start) / 1e6, g_list_model_get_n_items (G_LIST_MODEL (xc_design_page_get_report (page))),
           (edited - opened) / 1e6);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
