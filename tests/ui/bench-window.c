/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark, not a test: how long the window takes to show a design with
 * its first findings, and to have them current again after one edit.
 * Usage: bench-window DESIGN.xcprog (under a display; bench-national.sh
 * runs it on a national and a 1/10 design). */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "xc-window.h"

/* The main thread's longest stall: the most time between two ticks of a
 * 10 ms timer, which only an iteration of the main loop can run. */
static gint64 last_tick, longest_stall;

static gboolean
tick_cb (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0)
    longest_stall = MAX (longest_stall, now - last_tick);
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static double
take_longest_stall (void)
{
  double seconds = longest_stall / 1e6;

  /* from now: a stall that starts at once counts too */
  longest_stall = 0;
  last_tick = g_get_monotonic_time ();
  return seconds;
}

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
  gint64 start, checked, opened, edited;
  double open_stall, edit_stall;

  /* the drafts the edit leaves go to a folder of the benchmark's own, not
   * the user's, where the next start of Xiachen would offer them */
  g_autofree char *state = g_dir_make_tmp ("xc-bench-state-XXXXXX", NULL);
  g_autofree char *drafts = NULL;

  g_setenv ("XDG_STATE_HOME", state, TRUE);
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

  /* the window's own first frame (fonts, styles) is the program starting,
   * not the design opening */
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () < start + G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);

  g_timeout_add_full (G_PRIORITY_HIGH, 10, tick_cb, NULL, NULL);
  take_longest_stall ();
  start = g_get_monotonic_time ();
  xc_window_open (window, file);
  while ((page = xc_window_get_page (window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_for_check (page);
  checked = opened = g_get_monotonic_time ();
  /* the window draws what it opened (the first frame of tens of thousands
   * of findings is part of opening), as a planner would see it before
   * editing */
  while (g_get_monotonic_time () < opened + G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  open_stall = take_longest_stall ();

  /* One edit, as a planner makes it: the findings are current again when
   * the copy is checked. */
  programme = xc_document_get_programme (xc_design_page_get_document (page));
  unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  opened = g_get_monotonic_time ();
  xc_unit_set_name (unit, "bench");
  wait_for_check (page);
  edited = g_get_monotonic_time ();
  edit_stall = take_longest_stall ();

  g_print ("window: open and first check %.2f s (longest main-thread stall %.2f s), %u findings; "
           "edit to current findings %.2f s (longest stall %.2f s)\n",
           (checked - start) / 1e6, open_stall,
           g_list_model_get_n_items (G_LIST_MODEL (xc_design_page_get_report (page))),
           (edited - opened) / 1e6, edit_stall);
  gtk_window_destroy (GTK_WINDOW (window));
  drafts = g_build_filename (state, "xiachen", "drafts", NULL);
  {
    g_autoptr(GDir) dir = g_dir_open (drafts, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (drafts, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (drafts);
  {
    g_autofree char *xiachen = g_build_filename (state, "xiachen", NULL);

    g_rmdir (xiachen);
  }
  g_rmdir (state);
  return 0;
}
