/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shell's window in a real display (Xvfb), used as a planner would:
 * open a design, break a rule through the form, see the finding come and
 * go, accept a deviation, save, reopen, compare, close with unsaved work. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <xiachen-ui.h>

#include "xc-comparison-window.h"
#include "xc-findings-pane.h"
#include "xc-record-list.h"
#include "xc-test-util.h"
#include "xc-window.h"

/* Every label text in @widget, joined by newlines. */
static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) && gtk_button_get_label (GTK_BUTTON (widget)))
    g_string_append_printf (texts, "%s\n", gtk_button_get_label (GTK_BUTTON (widget)));
  if (ADW_IS_MESSAGE_DIALOG (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (widget)),
                            adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (widget)));

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
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The form row editing @property of @record, anywhere under @widget. */
static GtkWidget *
find_form_row (GtkWidget  *widget,
               XcRecord   *record,
               const char *property)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, XC_TYPE_FORM_ROW)
      && xc_form_row_get_record (widget) == record
      && g_strcmp0 (xc_form_row_get_property_name (widget), property) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_form_row (child, record, property);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until @text shows in @window. No clock: a test that
 * never sees it is stopped by the harness's timeout. */
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

/* The message dialog that is open, once one is. */
static AdwMessageDialog *
wait_for_dialog (void)
{
  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
            return ADW_MESSAGE_DIALOG (window);
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static XcDesignPage *
wait_for_page (XcWindow *window)
{
  while (xc_window_get_page (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_window_get_page (window);
}

/* Until the findings are those of the design as it is now. */
static XcReport *
wait_for_check (XcDesignPage *page)
{
  while (xc_design_page_get_checking (page) || xc_design_page_get_report (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return xc_design_page_get_report (page);
}

static XcWindow *
open_window (GFile *file)
{
  XcWindow *window = xc_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    xc_window_open (window, file);
  return window;
}

static XcFinding *
find_finding (XcReport   *report,
              const char *rule_id,
              const char *unit_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (xc_finding_get_rule_id (finding), rule_id)
          && g_strcmp0 (xc_finding_get_unit_id (finding), unit_id) == 0)
        return finding;  /* the report keeps it */
    }
  return NULL;
}

/* A copy of a sample in a temporary directory, so saving does not touch it. */
static GFile *
copy_sample (const char *name,
             char      **dir)
{
  g_autofree char *source = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length;

  *dir = g_dir_make_tmp ("xiachen-window-XXXXXX", NULL);
  target = g_build_filename (*dir, name, NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
  return g_file_new_for_path (target);
}

static void
test_sample_shows_units_and_findings (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "huizhou-nkls.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcRecordList *units;
  g_autofree char *texts = NULL;

  wait_for_check (page);
  wait_for_text (GTK_WIDGET (window), "HZ-19");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  texts = visible_text (GTK_WIDGET (window));

  g_assert_nonnull (strstr (texts, "huizhou-nkls.xcprog"));
  g_assert_nonnull (strstr (texts, "24 items"));
  /* the counts per severity: no open error or warning, the one info */
  g_assert_nonnull (strstr (texts, "Errors 0"));
  g_assert_nonnull (strstr (texts, "Info 1"));
  /* the clause the rule enforces, in the policy's words */
  g_assert_nonnull (strstr (texts, "12个名医工作室、12个名中医工作室"));

  /* search narrows the units; sorting keeps them all */
  units = XC_RECORD_LIST (find_widget (GTK_WIDGET (page), XC_TYPE_RECORD_LIST));
  g_assert_cmpuint (g_list_model_get_n_items (xc_record_list_get_shown (units)), ==, 24);
  xc_record_list_set_search (units, "中医");
  g_assert_cmpuint (g_list_model_get_n_items (xc_record_list_get_shown (units)), ==, 12);
  xc_record_list_set_search (units, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (xc_record_list_get_shown (units)), ==, 24);

  /* the scheme's charts, made when the charts view is shown */
  xc_design_page_show_view (page, "charts");
  g_assert_cmpuint (g_list_model_get_n_items (xc_design_page_get_charts (page)), ==, 3);
  {
    g_autoptr(XcChart) first = g_list_model_get_item (xc_design_page_get_charts (page), 0);

    g_assert_cmpuint (xc_chart_get_n_categories (first), ==, 2);
  }

  /* the design is offered again under Open's recent designs */
  {
    AdwSplitButton *open = ADW_SPLIT_BUTTON (find_widget (GTK_WIDGET (window), ADW_TYPE_SPLIT_BUTTON));
    GMenuModel *menu = adw_split_button_get_menu_model (open);
    g_autoptr(GMenuModel) recent = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, 0, G_MENU_ATTRIBUTE_TARGET,
                                                                        G_VARIANT_TYPE_STRING);
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_nonnull (target);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The flow of issue 4 item 7, through the form and the findings. */
static void
test_break_fix_accept_save_reopen (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_sample ("huizhou-nkls.xcprog", &dir);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcDocument *document = xc_design_page_get_document (page);
  XcProgramme *programme = xc_document_get_programme (document);
  g_autoptr(XcUnit) unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  const char *unit_id = xc_unit_get_id (unit);
  XcReport *report = wait_for_check (page);
  GtkWidget *row, *spin, *focus;
  XcFinding *finding;

  g_assert_null (find_finding (report, "HZ-11", unit_id));
  g_assert_false (xc_document_get_modified (document));

  /* Break HZ-11 (a teaching room of at least 15 m²) in the unit's form. */
  xc_design_page_edit_record (page, XC_RECORD (unit));
  row = find_form_row (xc_design_page_get_form (page), XC_RECORD (unit), "teaching-room-m2");
  g_assert_nonnull (row);
  spin = find_widget (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 10);
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (unit), ==, 10);
  g_assert_true (xc_document_get_modified (document));

  report = wait_for_check (page);
  finding = find_finding (report, "HZ-11", unit_id);
  g_assert_nonnull (finding);
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_ERROR), ==, 1);
  wait_for_text (GTK_WIDGET (window), "Errors 1");

  /* The finding leads back to the field at fault. */
  xc_design_page_edit_record (page, NULL);
  g_assert_true (xc_design_page_show_finding (page, finding));
  g_assert_true (xc_design_page_get_form_record (page) == XC_RECORD (unit));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, find_form_row (xc_design_page_get_form (page),
                                                               XC_RECORD (unit),
                                                               "teaching-room-m2")));

  /* Fixed: the finding goes. */
  row = find_form_row (xc_design_page_get_form (page), XC_RECORD (unit), "teaching-room-m2");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (row, GTK_TYPE_SPIN_BUTTON)), 20);
  report = wait_for_check (page);
  g_assert_null (find_finding (report, "HZ-11", unit_id));
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_ERROR), ==, 0);

  /* Broken again, and accepted as a deviation with a reason. */
  xc_unit_set_teaching_room_m2 (unit, 12);
  report = wait_for_check (page);
  finding = find_finding (report, "HZ-11", unit_id);
  g_assert_nonnull (finding);
  xc_design_page_accept_finding (page, finding, "临时借用会议室，明年扩建");
  report = wait_for_check (page);
  finding = find_finding (report, "HZ-11", unit_id);
  g_assert_nonnull (finding);
  g_assert_true (xc_finding_is_accepted (finding));
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (xc_report_count_accepted (report), ==, 1);
  wait_for_text (GTK_WIDGET (window), "Accepted 1");
  /* listed apart: the open findings hold it no more, the accepted ones do */
  {
    XcFindingsPane *pane = XC_FINDINGS_PANE (find_widget (GTK_WIDGET (page), XC_TYPE_FINDINGS_PANE));
    GListModel *shown = xc_findings_pane_get_shown (pane);

    xc_findings_pane_set_filter (pane, XC_FINDINGS_FILTER_ERRORS);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    xc_findings_pane_set_filter (pane, XC_FINDINGS_FILTER_ACCEPTED);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
    /* All is all: HZ-19 and the accepted HZ-11 (marked) */
    xc_findings_pane_set_filter (pane, XC_FINDINGS_FILTER_ALL);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  }

  /* Saved, and the deviation is there when the design is opened again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (xc_document_get_modified (document))
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (file);
  page = wait_for_page (window);
  report = wait_for_check (page);
  finding = find_finding (report, "HZ-11", unit_id);
  g_assert_nonnull (finding);
  g_assert_true (xc_finding_is_accepted (finding));
  g_assert_cmpstr (xc_deviation_get_reason (xc_finding_get_deviation (finding)), ==,
                   "临时借用会议室，明年扩建");
  g_assert_false (xc_document_get_modified (xc_design_page_get_document (page)));

  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

static void
test_add_duplicate_remove_units (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcProgramme *programme = xc_document_get_programme (xc_design_page_get_document (page));
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  XcRecordList *list = XC_RECORD_LIST (find_widget (GTK_WIDGET (page), XC_TYPE_RECORD_LIST));
  XcRecord *added, *copy;

  wait_for_check (page);

  g_signal_emit_by_name (list, "add-record");
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units + 1);
  added = xc_design_page_get_form_record (page);
  g_assert_true (XC_IS_UNIT (added));
  g_assert_true (xc_record_list_get_selected (list) == added);
  g_assert_nonnull (xc_record_get_id (added));
  g_assert_true (xc_programme_lookup_unit (programme, xc_record_get_id (added)) == XC_UNIT (added));
  /* a new station is a station: its kind comes from the design's units */
  g_assert_cmpstr (xc_unit_get_kind (XC_UNIT (added)), !=, NULL);

  g_signal_emit_by_name (list, "duplicate-record", added);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units + 2);
  copy = xc_design_page_get_form_record (page);
  g_assert_true (copy != added);
  g_assert_cmpstr (xc_record_get_id (copy), !=, xc_record_get_id (added));
  g_assert_cmpstr (xc_unit_get_kind (XC_UNIT (copy)), ==, xc_unit_get_kind (XC_UNIT (added)));

  g_signal_emit_by_name (list, "remove-record", copy);
  g_signal_emit_by_name (list, "remove-record", added);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units);
  g_assert_null (xc_design_page_get_form_record (page));

  /* the window asks before it drops the changes */
  g_assert_true (xc_document_get_modified (xc_design_page_get_document (page)));
  {
    g_autoptr(GtkWidget) kept = g_object_ref (GTK_WIDGET (window));
    AdwMessageDialog *dialog;

    gtk_window_close (GTK_WINDOW (window));
    dialog = wait_for_dialog ();
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes to 1 Design?");
    g_assert_true (gtk_widget_get_visible (kept));
    adw_message_dialog_response (dialog, "discard");
    gtk_window_destroy (GTK_WINDOW (dialog));
    while (gtk_widget_get_visible (kept))
      g_main_context_iteration (NULL, TRUE);
  }
}

static void
test_unsaved_tab_asks (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  AdwTabView *tabs = xc_window_get_tab_view (window);
  XcProgramme *programme = xc_document_get_programme (xc_design_page_get_document (page));
  AdwMessageDialog *dialog;

  wait_for_check (page);
  xc_programme_set_title (programme, "改过的标题");

  adw_tab_view_close_page (tabs, adw_tab_view_get_selected_page (tabs));
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "zibo-stations.xcprog"));
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpint (adw_tab_view_get_n_pages (tabs), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  adw_tab_view_close_page (tabs, adw_tab_view_get_selected_page (tabs));
  dialog = wait_for_dialog ();
  adw_message_dialog_response (dialog, "discard");
  g_assert_cmpint (adw_tab_view_get_n_pages (tabs), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* the sample itself is untouched */
  {
    g_autoptr(XcProgramme) again = xc_programme_new_from_file (file, NULL, NULL);

    g_assert_cmpstr (xc_programme_get_title (again), !=, "改过的标题");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_design_from_scheme (void)
{
  XcWindow *window = open_window (NULL);
  GtkWidget *tab_bar = find_widget (GTK_WIDGET (window), ADW_TYPE_TAB_BAR);
  XcDesignPage *page;

  /* the welcome page has no empty tab bar above it */
  g_assert_false (gtk_widget_get_visible (tab_bar));
  page = xc_window_new_design (window, "zibo-station");
  g_assert_true (gtk_widget_get_visible (tab_bar));
  XcDocument *document;

  g_assert_nonnull (page);
  document = xc_design_page_get_document (page);
  g_assert_null (xc_document_get_file (document));
  g_assert_cmpstr (xc_programme_get_scheme (xc_document_get_programme (document)), ==, "zibo-station");
  /* it starts at the programme's own form */
  g_assert_true (xc_design_page_get_form_record (page) == XC_RECORD (xc_document_get_programme (document)));
  g_assert_nonnull (xc_design_page_get_form (page));
  wait_for_check (page);

  g_assert_null (xc_window_new_design (window, "no-such-scheme"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_compare_two_designs (void)
{
  g_autofree char *huizhou = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "huizhou-nkls.xcprog", NULL);
  g_autofree char *zibo = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) huizhou_file = g_file_new_for_path (huizhou);
  g_autoptr(GFile) zibo_file = g_file_new_for_path (zibo);
  XcWindow *window = open_window (huizhou_file);
  AdwTabView *tabs = xc_window_get_tab_view (window);
  GtkWidget *comparison;

  xc_window_open (window, zibo_file);
  while (adw_tab_view_get_n_pages (tabs) < 2)
    g_main_context_iteration (NULL, TRUE);
  /* tabs keep the order the designs were opened in, whichever was read first */
  g_assert_true (g_file_equal (xc_document_get_file (xc_design_page_get_document (XC_DESIGN_PAGE (adw_tab_page_get_child (adw_tab_view_get_nth_page (tabs, 0))))),
                               huizhou_file));
  /* opening an open design again only brings it forward */
  xc_window_open (window, huizhou_file);
  g_assert_cmpint (adw_tab_view_get_n_pages (tabs), ==, 2);

  comparison = xc_window_compare (window);
  g_assert_true (XC_IS_COMPARISON_WINDOW (comparison));
  g_assert_cmpuint (xc_comparison_get_n_designs (xc_comparison_window_get_comparison (XC_COMPARISON_WINDOW (comparison))),
                    ==, 2);
  gtk_test_widget_wait_for_draw (comparison);
  gtk_window_destroy (GTK_WINDOW (comparison));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_findings_export (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("xiachen-export-XXXXXX", NULL);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  const char *formats[] = { "csv", "xlsx", "pdf" };

  wait_for_check (page);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("findings.%s", formats[i]);
      g_autofree char *target = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) out = g_file_new_for_path (target);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_autoptr(GAsyncResult) result = NULL;

      xc_window_export_findings_async (window, formats[i], out, NULL, store_result_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (xc_window_export_findings_finish (window, result, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 100);
      /* units named from the records the findings were checked on */
      if (g_str_equal (formats[i], "csv"))
        {
          XcReport *report = xc_design_page_get_report (page);
          const char *unit_name = NULL;

          for (guint f = 0; unit_name == NULL && f < g_list_model_get_n_items (G_LIST_MODEL (report)); f++)
            {
              g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), f);
              XcUnit *unit = xc_programme_lookup_unit (xc_window_get_programme (window),
                                                       xc_finding_get_unit_id (finding));

              unit_name = unit != NULL ? xc_unit_get_name (unit) : NULL;
            }
          g_assert_nonnull (unit_name);
          g_assert_nonnull (strstr (contents, "ZB-11"));
          g_assert_nonnull (strstr (contents, unit_name));
        }
      if (g_str_equal (formats[i], "pdf"))
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      if (g_str_equal (formats[i], "xlsx"))
        g_assert_true (g_str_has_prefix (contents, "PK"));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* Designs dropped on the window open, as recent ones do from their menu. */
static void
test_drop_and_recent_open (void)
{
  g_autofree char *zibo = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autofree char *nanan = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "nanan-disciplines.xcprog", NULL);
  g_autoptr(GFile) zibo_file = g_file_new_for_path (zibo);
  g_autoptr(GFile) nanan_file = g_file_new_for_path (nanan);
  g_autoptr(GListModel) controllers = NULL;
  g_autofree char *uri = g_file_get_uri (nanan_file);
  XcWindow *window = open_window (NULL);
  AdwTabView *tabs = xc_window_get_tab_view (window);
  GtkDropTarget *target = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array ((GFile *[]) { zibo_file }, 1));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  while (adw_tab_view_get_n_pages (tabs) < 1)
    g_main_context_iteration (NULL, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri);
  while (adw_tab_view_get_n_pages (tabs) < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_equal (xc_document_get_file (xc_design_page_get_document (xc_window_get_page (window))),
                               nanan_file));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A person's or an institution's form offers the design's records by name. */
static void
test_generic_forms_choose_by_name (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "nanan-disciplines.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcProgramme *programme = xc_document_get_programme (xc_design_page_get_document (page));
  g_autoptr(XcPerson) person = g_list_model_get_item (xc_programme_get_people (programme), 0);
  GtkWidget *row;

  wait_for_check (page);
  xc_design_page_edit_record (page, XC_RECORD (person));
  row = find_form_row (xc_design_page_get_form (page), XC_RECORD (person), "institution");
  g_assert_true (XC_IS_REFERENCE_ROW (row));
  g_assert_cmpstr (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)), ==,
                   xc_person_get_institution (person));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* After a crash the drafts of unsaved designs are offered back. */
static void
test_drafts_are_offered_after_a_crash (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window;
  AdwTabView *tabs;
  AdwMessageDialog *dialog;
  XcDocument *recovered;

  /* only this test's draft: earlier tests' autosaves are let go */
  {
    g_autoptr(GPtrArray) earlier = xc_document_recover_drafts (NULL);

    for (guint i = 0; i < earlier->len; i++)
      xc_document_discard_draft (g_ptr_array_index (earlier, i));
  }

  /* a session edits a design, its draft is written, and it never saves */
  {
    g_autoptr(XcDocument) document = xc_document_new (programme, file);

    xc_programme_set_title (programme, "崩溃前未保存的修改");
    g_assert_true (xc_document_write_draft (document, NULL));
  }

  window = open_window (NULL);
  tabs = xc_window_get_tab_view (window);
  xc_window_offer_recovery (window);
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "zibo-stations.xcprog"));
  adw_message_dialog_response (dialog, "recover");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (adw_tab_view_get_n_pages (tabs), ==, 1);
  recovered = xc_design_page_get_document (xc_window_get_page (window));
  g_assert_true (xc_document_get_modified (recovered));
  g_assert_true (g_file_equal (xc_document_get_file (recovered), file));
  g_assert_cmpstr (xc_programme_get_title (xc_document_get_programme (recovered)), ==,
                   "崩溃前未保存的修改");

  /* closed without saving: the draft goes, and nothing is offered next time */
  adw_tab_view_close_page (tabs, adw_tab_view_get_selected_page (tabs));
  dialog = wait_for_dialog ();
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr(GPtrArray) drafts = xc_document_recover_drafts (NULL);

    g_assert_cmpuint (drafts->len, ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unreadable_design_says_where (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "broken.xcprog", NULL);
  g_autofree char *where = g_strdup_printf ("%s:2:", path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": ,\n}", -1, NULL));
  window = open_window (file);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Design Cannot Be Opened");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), where));
  g_assert_null (xc_window_get_programme (window));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The record list of the page's template with the id @id ("people_list"). */
static XcRecordList *
find_record_list (GtkWidget  *widget,
                  const char *id)
{
  if (XC_IS_RECORD_LIST (widget)
      && g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return XC_RECORD_LIST (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      XcRecordList *found = find_record_list (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Issue 9: a person added with ＋ and saved at once made a file the program
 * refused to open. It opens, and its findings lead to the empty fields. */
static void
test_new_person_saved_opens_with_findings (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_sample ("huizhou-nkls.xcprog", &dir);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcDocument *document = xc_design_page_get_document (page);
  XcRecordList *people = find_record_list (GTK_WIDGET (page), "people_list");
  g_autofree char *person_id = NULL;
  XcReport *report;
  XcFinding *title_finding = NULL;
  XcRecord *person;

  g_assert_nonnull (people);
  wait_for_check (page);
  g_signal_emit_by_name (people, "add-record");
  person = xc_design_page_get_form_record (page);
  g_assert_true (XC_IS_PERSON (person));
  person_id = g_strdup (xc_record_get_id (person));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (xc_document_get_modified (document))
    g_main_context_iteration (NULL, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The CLI reads it too, with the same findings. */
  {
    g_autofree char *path = g_file_get_path (file);
    const char *argv[] = { g_getenv ("XIACHEN_CLI"), "validate", path, NULL };
    g_autofree char *out = NULL;
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL) == FALSE);
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);   /* errors, not unreadable (2) */
    g_assert_nonnull (strstr (out, "XC-07"));
  }

  window = open_window (file);
  page = wait_for_page (window);
  report = wait_for_check (page);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (xc_finding_get_rule_id (finding), "XC-07")
          && g_strcmp0 (xc_finding_get_subject_id (finding), person_id) == 0
          && g_strcmp0 (xc_finding_get_path (finding), "title") == 0)
        title_finding = finding;
    }
  g_assert_nonnull (title_finding);
  g_assert_cmpint (xc_finding_get_severity (title_finding), ==, XC_SEVERITY_ERROR);

  /* The finding leads to the person and the title field. */
  xc_design_page_show_finding (page, title_finding);
  person = xc_design_page_get_form_record (page);
  g_assert_true (XC_IS_PERSON (person));
  g_assert_cmpstr (xc_record_get_id (person), ==, person_id);
  g_assert_nonnull (find_form_row (xc_design_page_get_form (page), person, "title"));

  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* Issue 9 item 5: Quit (Ctrl+Q, the menu) asks as the × does, and the first
 * edit has a draft as soon as it is made, not 5 s later. */
static void
test_quit_asks_and_first_edit_drafts (void)
{
  g_autoptr(XcApplication) application = g_object_new (XC_TYPE_APPLICATION,
                                                       "application-id", "io.github.xiachen.QuitTest",
                                                       "flags", G_APPLICATION_NON_UNIQUE,
                                                       NULL);
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_sample ("zibo-stations.xcprog", &dir);
  g_auto(GStrv) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  XcWindow *window;
  XcDesignPage *page;
  XcDocument *document;
  AdwMessageDialog *dialog;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (application), "<Control>q");
  g_assert_true (g_strv_contains ((const char * const *) actions, "app.quit"));

  window = xc_window_new (application);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  xc_window_open (window, file);
  page = wait_for_page (window);
  document = xc_design_page_get_document (page);
  wait_for_check (page);

  /* an edit, then only what is already due: the draft is taken (and
   * written by a worker, whose end wakes the main loop) */
  xc_programme_set_title (xc_document_get_programme (document), "退出前未保存的修改");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (xc_document_get_draft_id (document));
  draft = g_build_filename (xc_document_get_drafts_dir (), xc_document_get_draft_id (document), NULL);
  {
    g_autofree char *draft_file = g_strconcat (draft, ".xcprog", NULL);
    g_autofree char *info_file = g_strconcat (draft, ".ini", NULL);
    g_autoptr(XcProgramme) kept = NULL;
    g_autoptr(GFile) kept_file = g_file_new_for_path (draft_file);

    while (!g_file_test (info_file, G_FILE_TEST_EXISTS))
      g_main_context_iteration (NULL, TRUE);

    kept = xc_programme_new_from_file (kept_file, NULL, NULL);
    g_assert_nonnull (kept);
    g_assert_cmpstr (xc_programme_get_title (kept), ==, "退出前未保存的修改");
  }

  /* Quit asks; cancelling keeps the window and the design */
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes to 1 Design?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpint (adw_tab_view_get_n_pages (xc_window_get_tab_view (window)), ==, 1);

  /* discarding closes it, and its draft goes */
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  dialog = wait_for_dialog ();
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  {
    g_autofree char *draft_file = g_strconcat (draft, ".xcprog", NULL);

    g_assert_false (g_file_test (draft_file, G_FILE_TEST_EXISTS));
  }
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* Issue 9 item 15: several unreadable designs opened together are named
 * in one message, not a stack of dialogs. */
static void
test_unreadable_designs_one_message (void)
{
  g_autofree char *dir = g_dir_make_tmp ("xiachen-broken-XXXXXX", NULL);
  XcWindow *window = open_window (NULL);
  AdwMessageDialog *dialog;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_dialogs = 0;

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("broken-%u.xcprog", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (g_file_set_contents (path, i % 2 ? "{\n  \"format\": ,\n}" : "\xe8\xbf", -1, NULL));
      xc_window_open (window, file);
    }
  dialog = wait_for_dialog ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("broken-%u.xcprog", i);

      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
    }
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      n_dialogs += ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel));
    }
  g_assert_cmpuint (n_dialogs, ==, 1);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "These Designs Cannot Be Opened");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* The filter buttons' labels of the findings pane, joined by newlines. */
static char *
filter_labels (XcFindingsPane *pane,
               gboolean       *all_sensitive)
{
  GString *labels = g_string_new (NULL);
  GtkWidget *stack = find_widget (GTK_WIDGET (pane), GTK_TYPE_STACK);
  GtkWidget *button = find_widget (GTK_WIDGET (pane), GTK_TYPE_TOGGLE_BUTTON);

  *all_sensitive = TRUE;
  for (; button != NULL; button = gtk_widget_get_next_sibling (button))
    {
      g_string_append_printf (labels, "%s\n", gtk_button_get_label (GTK_BUTTON (button)));
      *all_sensitive = *all_sensitive && gtk_widget_get_sensitive (button);
    }
  g_string_append_printf (labels, "[%s]", gtk_stack_get_visible_child_name (GTK_STACK (stack)));
  return g_string_free (labels, FALSE);
}

/* Issue 9 item 8: a design being read shows that it is, and counts not yet
 * known read "…", never "All 0 Errors 0". No clock: each state is asserted
 * before the main loop runs the step that ends it. */
static void
test_loading_shows_progress_and_unknown_counts (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "nanan-disciplines.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("nanan-disciplines.xcprog");
  g_autoptr(XcDocument) document = xc_document_new (programme, NULL);
  XcWindow *window = open_window (NULL);
  XcDesignPage *page;
  XcFindingsPane *pane;
  g_autofree char *texts = NULL;
  g_autofree char *labels = NULL;
  gboolean sensitive;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  xc_window_open (window, file);
  texts = visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (texts, "Opening the Design…"));
  g_assert_nonnull (strstr (texts, "nanan-disciplines.xcprog"));
  g_assert_null (strstr (texts, "Plan a Programme"));  /* not the welcome page */
  wait_for_page (window);

  /* a page whose first check has not ended */
  page = xc_window_add_document (window, document);
  pane = XC_FINDINGS_PANE (find_widget (GTK_WIDGET (page), XC_TYPE_FINDINGS_PANE));
  g_assert_null (xc_design_page_get_report (page));
  labels = filter_labels (pane, &sensitive);
  g_assert_cmpstr (labels, ==, "All …\nErrors …\nWarnings …\nInfo …\nAccepted …\n[checking]");
  g_assert_false (sensitive);

  wait_for_check (page);
  g_clear_pointer (&labels, g_free);
  labels = filter_labels (pane, &sensitive);
  g_assert_null (strstr (labels, "…"));
  g_assert_nonnull (strstr (labels, "Warnings 13"));
  g_assert_true (sensitive);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 9 item 17: Nan'an's 13 XC-04 warnings selected together and
 * accepted with one reason; All lists them still, marked. */
static void
test_accept_several_findings (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_sample ("nanan-disciplines.xcprog", &dir);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcReport *report = wait_for_check (page);
  XcFindingsPane *pane = XC_FINDINGS_PANE (find_widget (GTK_WIDGET (page), XC_TYPE_FINDINGS_PANE));
  GtkSelectionModel *selection = xc_findings_pane_get_selection (pane);
  GListModel *shown = xc_findings_pane_get_shown (pane);
  GtkWidget *revealer = find_widget (GTK_WIDGET (pane), GTK_TYPE_REVEALER);
  AdwMessageDialog *dialog;
  guint n_total = g_list_model_get_n_items (G_LIST_MODEL (report));
  guint n_selected = 0;

  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* a plain click on a finding still leads to it */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    GtkWidget *list_view = find_widget (GTK_WIDGET (pane), GTK_TYPE_LIST_VIEW);
    GtkWidget *row = find_widget (list_view, GTK_TYPE_BOX);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
    GtkEventController *click = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (controller))
          click = controller;
      }
    g_assert_nonnull (click);
    g_assert_null (xc_design_page_get_form_record (page));
    g_signal_emit_by_name (click, "released", 1, 1.0, 1.0);
    g_assert_nonnull (xc_design_page_get_form_record (page));
  }

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (shown, i);

      if (g_str_equal (xc_finding_get_rule_id (finding), "XC-04"))
        {
          gtk_selection_model_select_item (selection, i, FALSE);
          n_selected++;
        }
    }
  g_assert_cmpuint (n_selected, ==, 13);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  wait_for_text (GTK_WIDGET (window), "13 findings selected");

  /* one button, one dialog, one reason */
  {
    GtkWidget *box = gtk_revealer_get_child (GTK_REVEALER (revealer));

    gtk_widget_activate (gtk_widget_get_last_child (box));
  }
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Accept 13 Findings as Deviations?");
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "学科带头人由省专家兼任，经卫健委批准");
  adw_message_dialog_response (dialog, "accept");
  gtk_window_destroy (GTK_WINDOW (dialog));

  report = wait_for_check (page);
  g_assert_cmpuint (xc_report_count_accepted (report), ==, 13);
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_WARNING), ==, 0);
  /* All is all: the accepted ones listed too, and counted */
  xc_findings_pane_set_filter (pane, XC_FINDINGS_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_total);
  {
    g_autofree char *all = g_strdup_printf ("All %u", n_total);

    wait_for_text (GTK_WIDGET (window), all);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* Issue 9 item 14: a finding about the program's own state (its scheme is
 * not there) is not the planner's to accept. */
static void
test_program_state_cannot_be_accepted (void)
{
  g_autoptr(XcProgramme) programme = xc_programme_new_for_scheme ("no-such-scheme");
  g_autoptr(XcDocument) document = xc_document_new (programme, NULL);
  XcWindow *window = open_window (NULL);
  XcDesignPage *page = xc_window_add_document (window, document);
  XcReport *report = wait_for_check (page);
  XcFinding *finding = find_finding (report, "XC-05", NULL);

  g_assert_nonnull (finding);
  g_assert_false (xc_findings_pane_can_accept (finding));
  xc_design_page_accept_finding (page, finding, "不该被接受");
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_deviations (programme)), ==, 0);
  /* its row offers no Accept button */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    g_autofree char *texts = visible_text (GTK_WIDGET (window));

    g_assert_nonnull (strstr (texts, "XC-05"));
    g_assert_null (strstr (texts, "Accept…"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The action a key runs in @widget's class shortcuts, or NULL. */
static char *
action_for_key (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted)
              && GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

/* Issue 9 item 17: Ctrl+F searches the list shown, Ctrl+N starts a design. */
static void
test_find_and_new_keys (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "huizhou-nkls.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  g_autofree char *find = action_for_key (GTK_WIDGET (window), "<Control>f");
  g_autofree char *new = action_for_key (GTK_WIDGET (window), "<Control>n");
  GtkWidget *search;
  GtkWidget *focus;

  g_assert_cmpstr (find, ==, "win.find");
  g_assert_cmpstr (new, ==, "win.new");
  wait_for_check (page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  search = find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  xc_design_page_show_view (page, "charts");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), find, NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));

  /* New opens the list of schemes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), new, NULL));
  {
    GtkMenuButton *button = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
    GtkPopover *popover = gtk_menu_button_get_popover (button);

    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "New Design");
    while (!gtk_widget_get_visible (GTK_WIDGET (popover)))
      g_main_context_iteration (NULL, TRUE);
    gtk_popover_popdown (popover);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 9 item 12: every programme form, the schemes' and the generic one,
 * edits the budget and the region; the budget per host then has a value. */
static void
test_programme_forms_have_budget_and_region (void)
{
  const char *samples[] = { "chaozhou-talent.xcprog", "huizhou-nkls.xcprog", "nanan-disciplines.xcprog",
                            "yunnan-workstations.xcprog", "zibo-stations.xcprog", NULL };
  XcWindow *window = open_window (NULL);

  for (guint i = 0; samples[i] != NULL; i++)
    {
      g_autoptr(XcProgramme) programme = xc_test_load_sample (samples[i]);
      g_autoptr(XcDocument) document = xc_document_new (programme, NULL);
      XcDesignPage *page = xc_window_add_document (window, document);
      const char *properties[] = { "budget-total", "budget-per-year", "currency",
                                   "province", "city", "counties" };
      GtkWidget *total;
      g_autoptr(XcIndicators) indicators = NULL;
      double value;

      xc_design_page_edit_record (page, XC_RECORD (programme));
      for (guint j = 0; j < G_N_ELEMENTS (properties); j++)
        if (find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), properties[j]) == NULL)
          g_error ("%s: the programme form has no row for %s", samples[i], properties[j]);

      total = find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), "budget-total");
      xc_number_row_set_value (XC_NUMBER_ROW (total), 3600000);
      g_assert_true (xc_programme_get_budget_total (programme, &value));
      g_assert_cmpfloat (value, ==, 3600000);
      indicators = xc_indicators_new_for_programme (programme);
      g_assert_true (xc_indicators_get_value (indicators, XC_INDICATOR_BUDGET_PER_HOST_YEAR, &value));
      g_assert_cmpfloat (value, >, 0);
    }

  /* the generic form, where no plugin knows the scheme */
  {
    g_autoptr(XcProgramme) programme = xc_programme_new_for_scheme ("no-such-scheme");
    g_autoptr(XcDocument) document = xc_document_new (programme, NULL);
    XcDesignPage *page = xc_window_add_document (window, document);

    xc_design_page_edit_record (page, XC_RECORD (programme));
    g_assert_nonnull (find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), "budget-total"));
    g_assert_nonnull (find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), "budget-per-year"));
    g_assert_nonnull (find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), "province"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Issue 9 item 6: Ctrl+Z and Ctrl+Shift+Z, and the menu, undo and redo a
 * typing burst, a removed unit (the toast's Undo is the same history). */
static void
test_undo_redo_keys_and_menu (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = copy_sample ("zibo-stations.xcprog", &dir);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcDocument *document = xc_design_page_get_document (page);
  XcProgramme *programme = xc_document_get_programme (document);
  g_autofree char *undo = action_for_key (GTK_WIDGET (window), "<Control>z");
  g_autofree char *redo = action_for_key (GTK_WIDGET (window), "<Control><Shift>z");
  g_autofree char *original = g_strdup (xc_programme_get_title (programme));
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  GtkWidget *title;
  gboolean in_menu = FALSE;

  g_assert_cmpstr (undo, ==, "win.undo");
  g_assert_cmpstr (redo, ==, "win.redo");
  wait_for_check (page);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL)
                  && xc_document_can_undo (document));

  /* the main menu has both */
  {
    GtkMenuButton *menu_button = find_primary_menu_button (GTK_WIDGET (window));
    GMenuModel *menu = gtk_menu_button_get_menu_model (menu_button);
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    gboolean has_redo = FALSE;

    for (int i = 0; i < g_menu_model_get_n_items (section); i++)
      {
        g_autofree char *action = NULL;

        g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
        in_menu = in_menu || g_strcmp0 (action, "win.undo") == 0;
        has_redo = has_redo || g_strcmp0 (action, "win.redo") == 0;
      }
    g_assert_true (in_menu && has_redo);
  }

  /* typing in the title, letter by letter: one step */
  xc_design_page_edit_record (page, XC_RECORD (programme));
  title = find_form_row (xc_design_page_get_form (page), XC_RECORD (programme), "title");
  g_assert_nonnull (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "淄");
  gtk_editable_set_text (GTK_EDITABLE (title), "淄博");
  gtk_editable_set_text (GTK_EDITABLE (title), "淄博工作站");
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "淄博工作站");
  /* the entry leaves Ctrl+Z to the design's history */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (title)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), undo, NULL));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, original);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), redo, NULL));
  g_assert_cmpstr (xc_programme_get_title (programme), ==, "淄博工作站");

  /* a unit removed with its list's button, back with Ctrl+Z, gone with Ctrl+Shift+Z */
  {
    XcRecordList *list = XC_RECORD_LIST (find_widget (GTK_WIDGET (page), XC_TYPE_RECORD_LIST));
    g_autoptr(XcRecord) unit = g_list_model_get_item (units, 0);

    g_signal_emit_by_name (list, "remove-record", unit);
    g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units - 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), undo, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units);
    g_assert_true (xc_programme_lookup_unit (programme, xc_record_get_id (unit)) == XC_UNIT (unit));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), redo, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units - 1);

    /* the removal's toast: its Undo is the same step of the history */
    {
      GtkWidget *button = find_button_labelled (GTK_WIDGET (page), "_Undo");
      guint depth = xc_document_get_undo_depth (document);

      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      g_assert_cmpuint (g_list_model_get_n_items (units), ==, n_units);
      g_assert_cmpuint (xc_document_get_undo_depth (document), ==, depth - 1);
      g_assert_true (xc_document_can_redo (document));
    }
  }
  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* Issue 9 item 16: a new design's host and mentor pickers say they are
 * empty and how to fill them, create the institution or person from
 * inside, and are marked required. */
static void
test_new_design_pickers_create_records (void)
{
  XcWindow *window = open_window (NULL);
  XcDesignPage *page = xc_window_new_design (window, "huizhou-studio");
  XcProgramme *programme = xc_document_get_programme (xc_design_page_get_document (page));
  XcRecordList *units_list = XC_RECORD_LIST (find_widget (GTK_WIDGET (page), XC_TYPE_RECORD_LIST));
  XcRecord *unit;
  GtkWidget *host;
  GtkWidget *lead;
  XcRecord *created;

  g_signal_emit_by_name (units_list, "add-record");
  unit = xc_design_page_get_form_record (page);
  g_assert_true (XC_IS_UNIT (unit));
  host = find_form_row (xc_design_page_get_form (page), unit, "host");
  lead = find_form_row (xc_design_page_get_form (page), unit, "lead");
  g_assert_true (XC_IS_REFERENCE_ROW (host));
  g_assert_true (XC_IS_REFERENCE_ROW (lead));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  {
    g_autofree char *texts = visible_text (GTK_WIDGET (window));

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (host)), ==,
                     "None in the design yet: add one with +");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (lead)), ==,
                     "None in the design yet: add one with +");
    /* both marked: the host and the mentor */
    g_assert_nonnull (strstr (strstr (texts, "Required") + 1, "Required"));
  }

  created = xc_reference_row_create (XC_REFERENCE_ROW (host), "龙门县永汉镇卫生院");
  g_assert_nonnull (created);
  g_assert_true (xc_programme_lookup_institution (programme, xc_record_get_id (created))
                 == XC_INSTITUTION (created));
  g_assert_cmpstr (xc_unit_get_host (XC_UNIT (unit)), ==, xc_record_get_id (created));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (host)), ==, "");

  created = xc_reference_row_create (XC_REFERENCE_ROW (lead), "张医生");
  g_assert_nonnull (created);
  g_assert_true (xc_programme_lookup_person (programme, xc_record_get_id (created)) == XC_PERSON (created));
  g_assert_cmpstr (xc_unit_get_lead (XC_UNIT (unit)), ==, xc_record_get_id (created));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 9 item 13: tabs name a design by its title, with the file name
 * where two open designs share one. */
static void
test_tabs_named_by_title (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) first = copy_sample ("zibo-stations.xcprog", &dir);
  g_autofree char *second_path = g_build_filename (dir, "变体.xcprog", NULL);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  XcWindow *window;
  AdwTabView *tabs;
  XcDesignPage *page;
  const char *title;
  g_autofree char *first_label = NULL;
  g_autofree char *second_label = NULL;

  g_assert_true (g_file_copy (first, second, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  window = open_window (first);
  page = wait_for_page (window);
  tabs = xc_window_get_tab_view (window);
  title = xc_programme_get_title (xc_document_get_programme (xc_design_page_get_document (page)));
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (tabs, 0)), ==, title);

  xc_window_open (window, second);
  while (adw_tab_view_get_n_pages (tabs) < 2)
    g_main_context_iteration (NULL, TRUE);
  first_label = g_strdup_printf ("%s (zibo-stations.xcprog)", title);
  second_label = g_strdup_printf ("%s (变体.xcprog)", title);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (tabs, 0)), ==, first_label);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (tabs, 1)), ==, second_label);

  /* Alone again, the title is enough. */
  adw_tab_view_close_page (tabs, adw_tab_view_get_nth_page (tabs, 1));
  while (adw_tab_view_get_n_pages (tabs) > 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_tab_page_get_title (adw_tab_view_get_nth_page (tabs, 0)), ==, title);

  gtk_window_destroy (GTK_WINDOW (window));
  xc_test_remove_tree (dir);
}

/* After an edit the findings list changes only the rows of findings that
 * changed: the others keep their rows (the same finding objects), in the
 * order a fresh list would have. */
static void
test_findings_list_changes_only_what_changed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), "zibo-stations.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  XcWindow *window = open_window (file);
  XcDesignPage *page = wait_for_page (window);
  XcReport *report = wait_for_check (page);
  XcFindingsPane *pane = XC_FINDINGS_PANE (find_widget (GTK_WIDGET (page), XC_TYPE_FINDINGS_PANE));
  GListModel *shown = xc_findings_pane_get_shown (pane);
  XcProgramme *programme = xc_document_get_programme (xc_design_page_get_document (page));
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GtkWidget) fresh_pane = NULL;
  g_autoptr(XcUnit) unit = g_list_model_get_item (xc_programme_get_units (programme), 0);
  guint n_before, kept = 0;

  xc_findings_pane_set_filter (pane, XC_FINDINGS_FILTER_ALL);
  n_before = g_list_model_get_n_items (shown);
  g_assert_cmpuint (n_before, ==, g_list_model_get_n_items (G_LIST_MODEL (report)));
  g_assert_cmpuint (n_before, >, 0);
  for (guint i = 0; i < n_before; i++)
    g_ptr_array_add (before, g_list_model_get_item (shown, i));

  /* a unit without a host breaks a rule or two more */
  xc_unit_set_host (unit, NULL);
  while (xc_design_page_get_report (page) == report || xc_design_page_get_checking (page))
    g_main_context_iteration (NULL, TRUE);
  report = xc_design_page_get_report (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (G_LIST_MODEL (report)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, n_before);

  /* in the order a fresh list has, row by row */
  fresh_pane = g_object_ref_sink (xc_findings_pane_new ());
  xc_findings_pane_set_report (XC_FINDINGS_PANE (fresh_pane), programme, report);
  sorted = xc_findings_pane_ref_listed (XC_FINDINGS_PANE (fresh_pane));
  for (guint i = 0; i < sorted->len; i++)
    {
      g_autoptr(XcFinding) row = g_list_model_get_item (shown, i);
      XcFinding *fresh = sorted->pdata[i];

      g_assert_cmpstr (xc_finding_get_rule_id (row), ==, xc_finding_get_rule_id (fresh));
      g_assert_cmpstr (xc_finding_get_unit_id (row), ==, xc_finding_get_unit_id (fresh));
      g_assert_cmpstr (xc_finding_get_message (row), ==, xc_finding_get_message (fresh));
      if (g_ptr_array_find (before, row, NULL))
        kept++;
    }
  /* every finding of the other units kept its row */
  g_assert_cmpuint (kept, >=, n_before - 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The rows of @pane are the findings of @report in the order a fresh
 * pane lists them; returns how many rows are objects of @before. */
static guint
assert_lists_report (XcFindingsPane *pane,
                     XcProgramme    *programme,
                     XcReport       *report,
                     GPtrArray      *before)
{
  g_autoptr(GtkWidget) fresh_pane = g_object_ref_sink (xc_findings_pane_new ());
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) rows = xc_findings_pane_ref_listed (pane);
  GListModel *store = xc_findings_pane_get_shown (pane);
  guint kept = 0;

  xc_findings_pane_set_report (XC_FINDINGS_PANE (fresh_pane), programme, report);
  fresh = xc_findings_pane_ref_listed (XC_FINDINGS_PANE (fresh_pane));
  g_assert_cmpuint (rows->len, ==, fresh->len);
  g_assert_cmpuint (g_list_model_get_n_items (store), ==, fresh->len);
  for (guint i = 0; i < fresh->len; i++)
    {
      g_autoptr(XcFinding) row = g_list_model_get_item (store, i);

      g_assert_true (row == rows->pdata[i]);
      g_assert_true (xc_finding_equal (row, fresh->pdata[i]));
      if (g_ptr_array_find (before, row, NULL))
        kept++;
    }
  return kept;
}

/* A new report changes the rows of the findings that changed and keeps the
 * others, whether the lists differ by a few findings (walked) or in
 * everything (counted). */
static void
test_findings_update_keeps_rows (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) other = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(GtkWidget) pane = g_object_ref_sink (xc_findings_pane_new ());
  g_autoptr(XcReport) first = xc_test_validate (programme);
  g_autoptr(XcReport) second = NULL;
  g_autoptr(XcReport) unrelated = xc_test_validate (other);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(XcFindingsUpdate) update = NULL;
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  guint n_common = 0, kept;

  xc_findings_pane_set_filter (XC_FINDINGS_PANE (pane), XC_FINDINGS_FILTER_ALL);
  xc_findings_pane_set_report (XC_FINDINGS_PANE (pane), programme, first);
  before = xc_findings_pane_ref_listed (XC_FINDINGS_PANE (pane));

  /* the first and last units lose their hosts, another its name */
  for (guint i = 0; i < n_units; i += MAX (n_units - 1, 1))
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      xc_unit_set_host (unit, NULL);
    }
  {
    g_autoptr(XcUnit) unit = g_list_model_get_item (units, n_units / 2);

    xc_unit_set_name (unit, "改过名的工作站");
  }
  second = xc_test_validate (programme);
  for (guint i = 0; i < before->len; i++)
    for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (second)); j++)
      {
        g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (second), j);

        if (xc_finding_equal (before->pdata[i], finding))
          {
            n_common++;
            break;
          }
      }
  g_assert_cmpuint (n_common, <, before->len);

  update = xc_findings_update_new (before, second);
  xc_findings_pane_apply_update (XC_FINDINGS_PANE (pane), programme, second, update);
  kept = assert_lists_report (XC_FINDINGS_PANE (pane), programme, second, before);
  g_assert_cmpuint (kept, ==, n_common);

  /* everything different */
  g_clear_pointer (&before, g_ptr_array_unref);
  before = xc_findings_pane_ref_listed (XC_FINDINGS_PANE (pane));
  g_clear_pointer (&update, xc_findings_update_free);
  update = xc_findings_update_new (before, unrelated);
  xc_findings_pane_apply_update (XC_FINDINGS_PANE (pane), programme, unrelated, update);
  assert_lists_report (XC_FINDINGS_PANE (pane), programme, unrelated, before);

  /* an update made for other rows than those listed is worked out again */
  xc_findings_pane_apply_update (XC_FINDINGS_PANE (pane), programme, second, update);
  assert_lists_report (XC_FINDINGS_PANE (pane), programme, second, before);
}

static const char *
unit_name_text (XcRecord *record,
                gpointer  user_data)
{
  return xc_unit_get_name (XC_UNIT (record));
}

/* GTK 4.8 makes and lays out two hundred rows at once when a list fills;
 * a long list of findings or units fills a few rows a frame instead, and
 * a record far down can still be selected at once. A search does not hold
 * the main thread either. */
static void
test_long_lists_grow_a_few_rows_a_frame (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(GListModel) core_rules = xc_validator_list_core_rules ();
  g_autoptr(GListStore) units = g_list_store_new (XC_TYPE_UNIT);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *pane = xc_findings_pane_new ();
  GtkWidget *list = xc_record_list_new ();
  GtkSelectionModel *rows;
  guint n_rows, steps = 0;
  g_autoptr(XcUnit) far = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_widget_set_hexpand (pane, TRUE);
  gtk_widget_set_hexpand (list, TRUE);
  gtk_box_append (GTK_BOX (box), pane);
  gtk_box_append (GTK_BOX (box), list);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  xc_report_add_rules (report, core_rules);
  for (guint i = 0; i < 300; i++)
    xc_report_add (report, "XC-07", NULL, NULL, "title", "第 %u 条", i);
  xc_findings_pane_set_filter (XC_FINDINGS_PANE (pane), XC_FINDINGS_FILTER_ALL);
  xc_findings_pane_set_report (XC_FINDINGS_PANE (pane), programme, report);
  rows = xc_findings_pane_get_selection (XC_FINDINGS_PANE (pane));
  g_assert_cmpuint (g_list_model_get_n_items (xc_findings_pane_get_shown (XC_FINDINGS_PANE (pane))),
                    ==, 300);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (rows));
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <=, 25);
  while (n_rows < 300)
    {
      guint now;

      g_main_context_iteration (NULL, TRUE);
      now = g_list_model_get_n_items (G_LIST_MODEL (rows));
      /* a few a frame until there are as many as the list makes rows for */
      if (now != n_rows && now < 300)
        {
          g_assert_cmpuint (now - n_rows, <=, 25);
          steps++;
        }
      n_rows = now;
    }
  g_assert_cmpuint (steps, >=, 5);

  xc_record_list_add_column (XC_RECORD_LIST (list), "name", unit_name_text, NULL, -1);
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(XcUnit) unit = xc_unit_new ();
      g_autofree char *name = g_strdup_printf ("站 %u", i);

      xc_unit_set_name (unit, name);
      g_list_store_append (units, unit);
    }
  xc_record_list_set_model (XC_RECORD_LIST (list), G_LIST_MODEL (units));
  far = g_list_model_get_item (G_LIST_MODEL (units), 400);
  g_assert_true (xc_record_list_select (XC_RECORD_LIST (list), XC_RECORD (far)));
  g_assert_true (xc_record_list_get_selected (XC_RECORD_LIST (list)) == XC_RECORD (far));

  /* a search goes through the records a batch at a time, in idles */
  {
    GtkFilterListModel *searched =
      GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (
        GTK_SORT_LIST_MODEL (xc_record_list_get_shown (XC_RECORD_LIST (list)))));

    xc_record_list_set_search (XC_RECORD_LIST (list), "站 4");
    g_assert_cmpuint (gtk_filter_list_model_get_pending (searched), >, 0);
    while (gtk_filter_list_model_get_pending (searched) > 0)
      g_main_context_iteration (NULL, TRUE);
    /* 站 4, 站 40…49, 站 400…499 */
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (searched)), ==, 1 + 10 + 100);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Drafts written by autosave go to a directory of the test's own. */
  g_autofree char *state = g_dir_make_tmp ("xiachen-state-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sample-shows-units-and-findings", test_sample_shows_units_and_findings);
  g_test_add_func ("/ui/window/findings-list-changes-only-what-changed",
                   test_findings_list_changes_only_what_changed);
  g_test_add_func ("/ui/findings/update-keeps-rows", test_findings_update_keeps_rows);
  g_test_add_func ("/ui/lists/long-lists-grow-a-few-rows-a-frame",
                   test_long_lists_grow_a_few_rows_a_frame);
  g_test_add_func ("/ui/window/break-fix-accept-save-reopen", test_break_fix_accept_save_reopen);
  g_test_add_func ("/ui/window/add-duplicate-remove-units", test_add_duplicate_remove_units);
  g_test_add_func ("/ui/window/unsaved-tab-asks", test_unsaved_tab_asks);
  g_test_add_func ("/ui/window/new-design-from-scheme", test_new_design_from_scheme);
  g_test_add_func ("/ui/window/compare-two-designs", test_compare_two_designs);
  g_test_add_func ("/ui/window/findings-export", test_findings_export);
  g_test_add_func ("/ui/window/drop-and-recent-open", test_drop_and_recent_open);
  g_test_add_func ("/ui/window/generic-forms-choose-by-name", test_generic_forms_choose_by_name);
  g_test_add_func ("/ui/window/drafts-are-offered-after-a-crash", test_drafts_are_offered_after_a_crash);
  g_test_add_func ("/ui/window/unreadable-design-says-where", test_unreadable_design_says_where);
  g_test_add_func ("/ui/window/tabs-named-by-title", test_tabs_named_by_title);
  g_test_add_func ("/ui/window/new-person-saved-opens-with-findings",
                   test_new_person_saved_opens_with_findings);

  g_test_add_func ("/ui/window/quit-asks-and-first-edit-drafts", test_quit_asks_and_first_edit_drafts);

  g_test_add_func ("/ui/window/unreadable-designs-one-message", test_unreadable_designs_one_message);

  g_test_add_func ("/ui/window/loading-shows-progress-and-unknown-counts",
                   test_loading_shows_progress_and_unknown_counts);
  g_test_add_func ("/ui/window/accept-several-findings", test_accept_several_findings);
  g_test_add_func ("/ui/window/program-state-cannot-be-accepted", test_program_state_cannot_be_accepted);

  g_test_add_func ("/ui/window/find-and-new-keys", test_find_and_new_keys);

  g_test_add_func ("/ui/window/programme-forms-have-budget-and-region",
                   test_programme_forms_have_budget_and_region);

  g_test_add_func ("/ui/window/undo-redo-keys-and-menu", test_undo_redo_keys_and_menu);

  g_test_add_func ("/ui/window/new-design-pickers-create-records", test_new_design_pickers_create_records);

  return g_test_run ();
}
