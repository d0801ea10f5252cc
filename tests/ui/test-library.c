/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's side of the shared design library, in a real display
 * (Xvfb) against a real Apache mod_dav_fs on 127.0.0.1 (the harness of
 * tests/library): the browser lists and opens, a save that meets another
 * planner's change shows the conflict sheet and writes what the planner
 * chose, and the history opens, compares and restores revisions.
 *
 * With XIACHEN_SCREENSHOT_DIR set it also writes the browser and the
 * conflict sheet there as library-*-<locale>.png (run it under zh_CN for
 * the README's). */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "../library/xc-test-apache.h"
#include "xc-comparison-window.h"
#include "xc-library-conflict-dialog.h"
#include "xc-library-history-window.h"
#include "xc-library-link.h"
#include "xc-library-window.h"
#include "xc-test-util.h"
#include "xc-window.h"

#define DESIGN_ID "hz-nkls-2023"
#define UNIT_ID "u-shiwan-w"

/* Designs */

static GBytes *
sample_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"),
                                            "huizhou-nkls.xcprog", NULL);
  char *data;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static GBytes *
other_sample_bytes (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
  char *data;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static char *
unit_name (GBytes *bytes)
{
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;

  if (bytes == NULL)
    return NULL;
  programme = xc_programme_new_from_bytes (bytes, "test", &error);
  g_assert_no_error (error);
  return g_strdup (xc_unit_get_name (xc_test_unit (programme, UNIT_ID)));
}

static GBytes *
with_unit_name (GBytes     *bytes,
                const char *name)
{
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;

  programme = xc_programme_new_from_bytes (bytes, "test", &error);
  g_assert_no_error (error);
  xc_unit_set_name (xc_test_unit (programme, UNIT_ID), name);
  return xc_programme_to_bytes (programme);
}

/* The other planner, bo, works through the client on his own cache. */

static void
bo_push (XcLibrary *bo,
         GBytes    *bytes)
{
  XcTestAsync wait = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibrarySave) save = NULL;

  xc_library_push_async (bo, bytes, NULL, NULL, xc_test_async_done, &wait);
  xc_test_wait_for (&wait.done);
  save = xc_library_push_finish (bo, wait.result, &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_nonnull (xc_library_save_get_revision (save));
}

static GBytes *
bo_pull (XcLibrary *bo)
{
  XcTestAsync wait = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;

  xc_library_pull_async (bo, DESIGN_ID, NULL, xc_test_async_done, &wait);
  xc_test_wait_for (&wait.done);
  design = xc_library_pull_finish (bo, wait.result, &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  return g_bytes_ref (xc_library_design_get_contents (design));
}

/* The display */

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static char *
visible_text (GtkWidget *widget)
{
  GString *texts = g_string_new (NULL);

  collect_labels (widget, texts);
  return g_string_free (texts, FALSE);
}

/* Runs the main loop until @text shows in @widget; the harness's timeout
 * stops a test that never sees it. */
static void
wait_for_text (GtkWidget  *widget,
               const char *text)
{
  for (;;)
    {
      g_autofree char *texts = visible_text (widget);

      if (strstr (texts, text) != NULL)
        return;
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The first visible toplevel of @type, once there is one. */
static GtkWidget *
wait_for_toplevel (GType type)
{
  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
            return GTK_WIDGET (window);
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
destroy_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        gtk_window_destroy (window);
    }
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* @widget as a PNG under XIACHEN_SCREENSHOT_DIR, for the README. */
static void
screenshot (GtkWidget  *widget,
            const char *name,
            guint       settle_ms)
{
  const char *dir = g_getenv ("XIACHEN_SCREENSHOT_DIR");
  const char *locale = setlocale (LC_MESSAGES, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *language = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  /* Let the opening animations end, and toasts go: a picture, not an
   * assertion. */
  {
    gboolean settled = FALSE;

    g_timeout_add_once (settle_ms, (GSourceOnceFunc) set_true, &settled);
    while (!settled)
      g_main_context_iteration (NULL, TRUE);
  }
  gtk_test_widget_wait_for_draw (widget);
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  language = g_strndup (locale, strcspn (locale, "."));
  file = g_strdup_printf ("library-%s-%s.png", name, language);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* A main window of ana's, connected to the library. */
static XcWindow *
ana_window (XcTestApache     *apache,
            XcLibraryWindow **browser)
{
  XcWindow *window = xc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  *browser = xc_library_window_get_for (window);
  gtk_window_present (GTK_WINDOW (*browser));
  xc_library_window_connect (*browser, xc_test_apache_get_url (apache), "ana",
                             XC_TEST_ANA_PASSWORD);
  while (xc_library_window_get_designs (*browser) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return window;
}

static XcDocument *
wait_for_document (XcWindow *window)
{
  while (xc_window_get_page (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_design_page_get_document (xc_window_get_page (window));
}

/* ana's open design, once it holds @name for the unit, saved. */
static XcDocument *
wait_for_open_unit_name (XcWindow   *window,
                         const char *name)
{
  for (;;)
    {
      XcDesignPage *page = xc_window_get_page (window);
      XcDocument *document = page != NULL ? xc_design_page_get_document (page) : NULL;

      if (document != NULL && !xc_document_get_modified (document)
          && g_strcmp0 (xc_unit_get_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID)),
                        name) == 0)
        return document;
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
wait_for_server_unit_name (XcTestApache *apache,
                           const char   *name)
{
  for (;;)
    {
      g_autoptr(GBytes) held = xc_test_apache_read_design (apache, DESIGN_ID);
      g_autofree char *held_name = unit_name (held);

      if (g_strcmp0 (held_name, name) == 0)
        return;
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Tests */

/* The browser lists the library's designs with who saved them, and opens
 * one as a tab that is marked as the library's. */
static void
test_browser_lists_and_opens (void)
{
  g_autoptr(XcTestApache) apache = xc_test_apache_start ();
  g_autoptr(XcLibrary) bo = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(XcLibraryDesign) listed = NULL;
  g_autoptr(XcProgramme) sample = NULL;
  XcLibraryWindow *browser;
  XcWindow *window;
  XcDocument *document;
  XcLibraryLink *link;
  AdwTabPage *tab;
  static const char * const others[] = { "zibo-stations.xcprog", "chaozhou-talent.xcprog" };

  if (apache == NULL)
    return;
  bo = xc_library_new (xc_test_apache_get_url (apache), "bo", XC_TEST_BO_PASSWORD);
  bo_push (bo, original);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(GBytes) other = other_sample_bytes (others[i]);

      bo_push (bo, other);
    }
  sample = xc_programme_new_from_bytes (original, "sample", NULL);

  window = ana_window (apache, &browser);
  g_assert_cmpuint (g_list_model_get_n_items (xc_library_window_get_designs (browser)), ==,
                    1 + G_N_ELEMENTS (others));
  for (guint i = 0; i < g_list_model_get_n_items (xc_library_window_get_designs (browser)); i++)
    {
      g_autoptr(XcLibraryDesign) design = g_list_model_get_item (xc_library_window_get_designs (browser), i);

      if (g_str_equal (xc_library_design_get_id (design), DESIGN_ID))
        listed = g_steal_pointer (&design);
    }
  g_assert_nonnull (listed);
  g_assert_cmpstr (xc_library_design_get_by (listed), ==, "bo");
  /* The row says which design, whose save, and that it is not here yet. */
  wait_for_text (GTK_WIDGET (browser), xc_programme_get_title (sample));
  wait_for_text (GTK_WIDGET (browser), "bo");
  wait_for_text (GTK_WIDGET (browser), _("Not opened here"));
  /* Without a keyring here, a toast says so for five seconds. */
  screenshot (GTK_WIDGET (browser), "browser", 6000);

  xc_library_window_open_design (browser, DESIGN_ID);
  document = wait_for_document (window);
  link = xc_library_link_get (document);
  g_assert_nonnull (link);
  g_assert_cmpstr (xc_library_link_get_design_id (link), ==, DESIGN_ID);
  g_assert_false (xc_library_link_get_read_only (link));
  g_assert_null (xc_document_get_file (document));
  g_assert_false (xc_document_get_modified (document));
  xc_test_assert_same_design (xc_document_get_programme (document), sample);
  tab = adw_tab_view_get_selected_page (xc_window_get_tab_view (window));
  g_assert_nonnull (adw_tab_page_get_indicator_icon (tab));
  {
    g_autofree char *up_to_date = xc_library_link_describe (link);

    g_assert_cmpstr (adw_tab_page_get_indicator_tooltip (tab), ==, up_to_date);
    g_assert_nonnull (strstr (up_to_date, xc_test_apache_get_url (apache)));
  }

  screenshot (GTK_WIDGET (window), "tab", 1000);

  /* Asked again, the list says the copy here is current. */
  xc_library_window_refresh (browser);
  while (gtk_widget_get_visible (GTK_WIDGET (browser)) && xc_library_window_get_designs (browser) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_window_present (GTK_WINDOW (browser));
  wait_for_text (GTK_WIDGET (browser), _("Current here"));

  /* Opening it again shows the same tab. */
  xc_library_window_open_design (browser, DESIGN_ID);
  while (gtk_widget_get_visible (GTK_WIDGET (browser)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (adw_tab_view_get_n_pages (xc_window_get_tab_view (window)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ana and bo change the same unit's name. ana's Ctrl+S meets bo's save:
 * the sheet shows base, mine and theirs with bo's name, nothing is written
 * until she picks, and the server then holds what she picked. */
static void
test_conflict_sheet (void)
{
  g_autoptr(XcTestApache) apache = xc_test_apache_start ();
  g_autoptr(XcLibrary) bo = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) bo_edit = NULL;
  g_autoptr(GBytes) held = NULL;
  g_autoptr(GBytes) bo_copy = NULL;
  g_autofree char *base_name = unit_name (original);
  XcLibraryWindow *browser;
  XcWindow *window;
  XcDocument *document;
  XcLibraryLink *link;
  XcLibraryConflictDialog *dialog;
  GListModel *conflicts;
  g_autoptr(XcMergeConflict) conflict = NULL;
  g_autofree char *base_text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  AdwTabPage *tab;

  if (apache == NULL)
    return;
  bo = xc_library_new (xc_test_apache_get_url (apache), "bo", XC_TEST_BO_PASSWORD);
  bo_push (bo, original);
  window = ana_window (apache, &browser);
  xc_library_window_open_design (browser, DESIGN_ID);
  document = wait_for_document (window);
  link = xc_library_link_get (document);

  /* bo saves his name for the unit; ana's tab learns of it by a check. */
  g_test_message ("conflict sheet: %s", "check");
  bo_edit = with_unit_name (original, "波的名字");
  bo_push (bo, bo_edit);
  xc_library_link_check (link);
  while (xc_library_link_get_state (link) != XC_LIBRARY_STATE_CHANGED_ON_SERVER)
    g_main_context_iteration (NULL, TRUE);
  tab = adw_tab_view_get_selected_page (xc_window_get_tab_view (window));
  {
    g_autofree char *changed = xc_library_link_describe (link);
    g_autofree char *expected = g_strdup_printf (_("In the library %s; changed on the server since it was opened"),
                                                 xc_test_apache_get_url (apache));

    g_assert_cmpstr (changed, ==, expected);
    g_assert_cmpstr (adw_tab_page_get_indicator_tooltip (tab), ==, changed);
  }

  /* ana gives it hers and saves. */
  g_test_message ("conflict sheet: %s", "save");
  xc_unit_set_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID), "安的名字");
  g_assert_true (xc_document_get_modified (document));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = XC_LIBRARY_CONFLICT_DIALOG (wait_for_toplevel (XC_TYPE_LIBRARY_CONFLICT_DIALOG));

  conflicts = xc_library_save_get_conflicts (xc_library_conflict_dialog_get_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_assert_cmpstr (xc_merge_conflict_get_path (conflict), ==, "units[" UNIT_ID "].name");
  g_assert_cmpstr (xc_library_save_get_theirs_by (xc_library_conflict_dialog_get_save (dialog)), ==, "bo");
  base_text = xc_merge_conflict_dup_text (conflict, 0);
  mine_text = xc_merge_conflict_dup_text (conflict, XC_MERGE_PICK_MINE);
  theirs_text = xc_merge_conflict_dup_text (conflict, XC_MERGE_PICK_THEIRS);
  /* The sheet shows all three, and whose theirs is. */
  wait_for_text (GTK_WIDGET (dialog), base_text);
  wait_for_text (GTK_WIDGET (dialog), mine_text);
  wait_for_text (GTK_WIDGET (dialog), theirs_text);
  g_assert_nonnull (strstr (base_text, base_name));
  g_assert_nonnull (strstr (mine_text, "安的名字"));
  g_assert_nonnull (strstr (theirs_text, "波的名字"));
  wait_for_text (GTK_WIDGET (dialog), "bo");
  screenshot (GTK_WIDGET (dialog), "conflict", 1000);

  /* Nothing was written: the server holds bo's save. */
  g_test_message ("conflict sheet: %s", "nothing written");
  held = xc_test_apache_read_design (apache, DESIGN_ID);
  g_assert_true (g_bytes_equal (held, bo_edit));
  g_clear_pointer (&held, g_bytes_unref);
  /* Saving needs a choice for every conflict. */
  xc_library_conflict_dialog_respond (dialog, XC_LIBRARY_CONFLICT_SAVE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Keep theirs: the server holds bo's name, and so does ana's tab. */
  g_test_message ("conflict sheet: %s", "keep theirs");
  xc_library_conflict_dialog_pick (dialog, 0, XC_MERGE_PICK_THEIRS);
  xc_library_conflict_dialog_respond (dialog, XC_LIBRARY_CONFLICT_SAVE);
  document = wait_for_open_unit_name (window, "波的名字");
  wait_for_server_unit_name (apache, "波的名字");
  link = xc_library_link_get (document);
  g_assert_cmpint (xc_library_link_get_state (link), ==, XC_LIBRARY_STATE_CURRENT);
  g_assert_cmpint (adw_tab_view_get_n_pages (xc_window_get_tab_view (window)), ==, 1);

  /* The other way round: bo changes it again, ana keeps hers. */
  g_test_message ("conflict sheet: %s", "keep mine");
  bo_copy = bo_pull (bo);
  g_clear_pointer (&bo_edit, g_bytes_unref);
  bo_edit = with_unit_name (bo_copy, "波的第二个名字");
  bo_push (bo, bo_edit);
  xc_unit_set_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID), "安的第二个名字");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = XC_LIBRARY_CONFLICT_DIALOG (wait_for_toplevel (XC_TYPE_LIBRARY_CONFLICT_DIALOG));
  wait_for_text (GTK_WIDGET (dialog), "波的第二个名字");
  held = xc_test_apache_read_design (apache, DESIGN_ID);
  g_assert_true (g_bytes_equal (held, bo_edit));
  xc_library_conflict_dialog_pick (dialog, 0, XC_MERGE_PICK_MINE);
  xc_library_conflict_dialog_respond (dialog, XC_LIBRARY_CONFLICT_SAVE);
  wait_for_server_unit_name (apache, "安的第二个名字");
  wait_for_open_unit_name (window, "安的第二个名字");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two saves are two revisions; an older one opens read-only (Ctrl+S
 * cannot send it), compares with the current one, and restoring it makes
 * a third revision equal to the first. */
static void
test_history (void)
{
  g_autoptr(XcTestApache) apache = xc_test_apache_start ();
  g_autoptr(XcLibrary) bo = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) held = NULL;
  g_autoptr(XcLibraryRevision) older = NULL;
  g_autoptr(XcLibraryRevision) newest = NULL;
  XcLibraryWindow *browser;
  XcLibraryHistoryWindow *history;
  XcWindow *window;
  XcDocument *document;
  XcLibraryLink *link;
  GtkWidget *comparison;
  AdwMessageDialog *refusal;
  g_autofree char *older_name = NULL;

  if (apache == NULL)
    return;
  bo = xc_library_new (xc_test_apache_get_url (apache), "bo", XC_TEST_BO_PASSWORD);
  bo_push (bo, original);
  second = with_unit_name (original, "第二次保存");
  bo_push (bo, second);

  window = ana_window (apache, &browser);
  history = XC_LIBRARY_HISTORY_WINDOW (xc_library_window_show_history (browser, DESIGN_ID));
  while (xc_library_history_window_get_revisions (history) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (xc_library_history_window_get_revisions (history)), ==, 2);
  newest = g_list_model_get_item (xc_library_history_window_get_revisions (history), 0);
  older = g_list_model_get_item (xc_library_history_window_get_revisions (history), 1);
  older_name = g_strdup (xc_library_revision_get_revision (older));
  g_assert_cmpstr (xc_library_revision_get_parent (newest), ==, older_name);
  wait_for_text (GTK_WIDGET (history), UNIT_ID);
  wait_for_text (GTK_WIDGET (history), "bo");
  screenshot (GTK_WIDGET (history), "history", 1000);

  /* The older revision, read-only. */
  xc_library_history_window_open (history, older_name);
  document = wait_for_document (window);
  link = xc_library_link_get (document);
  g_assert_true (xc_library_link_get_read_only (link));
  g_assert_cmpstr (xc_library_link_get_revision (link), ==, older_name);
  {
    g_autofree char *shown = unit_name (original);

    g_assert_cmpstr (xc_unit_get_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID)), ==, shown);
  }
  xc_unit_set_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID), "不应保存");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  refusal = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (refusal), ==, _("The Design Was Not Saved to the Library"));
  gtk_window_destroy (GTK_WINDOW (refusal));
  held = xc_test_apache_read_design (apache, DESIGN_ID);
  g_assert_true (g_bytes_equal (held, second));
  g_clear_pointer (&held, g_bytes_unref);

  /* Compared with the current one, in the comparison window. */
  xc_library_history_window_compare (history, older_name);
  comparison = wait_for_toplevel (XC_TYPE_COMPARISON_WINDOW);
  g_assert_cmpuint (xc_comparison_get_n_designs (xc_comparison_window_get_comparison (XC_COMPARISON_WINDOW (comparison))),
                    ==, 2);
  gtk_window_destroy (GTK_WINDOW (comparison));

  /* Restored: a third revision, equal to the first. */
  xc_library_history_window_restore (history, older_name);
  while (g_list_model_get_n_items (xc_library_history_window_get_revisions (history)) != 3)
    g_main_context_iteration (NULL, TRUE);
  held = xc_test_apache_read_design (apache, DESIGN_ID);
  g_assert_true (g_bytes_equal (held, original));

  destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saved with the server down: kept here, the tab says unsent and the
 * document is saved; when a check finds the server again, the save goes
 * out and the tab is current. */
static void
test_offline_save_sent_later (void)
{
  g_autoptr(XcTestApache) apache = xc_test_apache_start ();
  g_autoptr(XcLibrary) bo = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autofree char *unsent = NULL;
  XcLibraryWindow *browser;
  XcWindow *window;
  XcDocument *document;
  XcLibraryLink *link;
  AdwTabPage *tab;

  if (apache == NULL)
    return;
  bo = xc_library_new (xc_test_apache_get_url (apache), "bo", XC_TEST_BO_PASSWORD);
  bo_push (bo, original);
  window = ana_window (apache, &browser);
  xc_library_window_open_design (browser, DESIGN_ID);
  document = wait_for_document (window);
  link = xc_library_link_get (document);

  xc_test_apache_stop (apache);
  xc_unit_set_name (xc_test_unit (xc_document_get_programme (document), UNIT_ID), "离线时的名字");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (xc_library_link_get_state (link) != XC_LIBRARY_STATE_UNSENT)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (xc_document_get_modified (document));
  tab = adw_tab_view_get_selected_page (xc_window_get_tab_view (window));
  unsent = xc_library_link_describe (link);
  g_assert_cmpstr (adw_tab_page_get_indicator_tooltip (tab), ==, unsent);
  g_assert_true (xc_library_cache_is_unsent (xc_library_get_cache (xc_library_link_get_library (link)),
                                             DESIGN_ID));

  xc_test_apache_restart (apache);
  xc_library_link_check (link);
  wait_for_server_unit_name (apache, "离线时的名字");
  while (xc_library_link_get_state (link) != XC_LIBRARY_STATE_CURRENT)
    g_main_context_iteration (NULL, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("xiachen-state-XXXXXX", NULL);
  g_autofree char *cache = g_dir_make_tmp ("xiachen-cache-XXXXXX", NULL);
  int status;

  /* Drafts and the library's cache go to directories of the test's own;
   * no keyring (no session bus): the password is given. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/xiachen-test-bus", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The screenshots are in the planner's language (gtk_test_init() set C). */
  if (g_getenv ("XIACHEN_SCREENSHOT_DIR") != NULL)
    setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/library/browser-lists-and-opens", test_browser_lists_and_opens);
  g_test_add_func ("/ui/library/conflict-sheet", test_conflict_sheet);
  g_test_add_func ("/ui/library/history", test_history);
  g_test_add_func ("/ui/library/offline-save-sent-later", test_offline_save_sent_later);

  status = g_test_run ();
  xc_test_remove_tree (cache);
  xc_test_remove_tree (state);
  return status;
}
