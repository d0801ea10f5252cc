/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The program never writes what it cannot read back, through the window:
 * random sequences of what a planner does with the mouse and keyboard —
 * ＋, duplicate and remove on the three lists, typing odd text into every
 * entry and spin button of the forms, flipping switches, choosing from
 * combo rows and pickers, adding and removing team members and
 * commitments — each followed now and then by Save; every saved file must
 * open again and equal the design in the window. Fixed seeds: a failure is
 * reproducible with -p and the path. */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <xiachen-ui.h>

#include "xc-record-list.h"
#include "xc-test-util.h"
#include "xc-window.h"

#define N_STEPS 50

static const char * const odd_texts[] = {
  "", "x", "新名字", "引号\"与\\反斜杠", "制表\t换行\n", "\x01控制\x7f", "🏥", "12", "-3",
  "0.1", "1e400", "abc", "  ", "2024-02-30", "2023-11-29", "9223372036854775807",
};

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *controls)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_is_sensitive (widget))
    return;
  if (XC_IS_RECORD_LIST_GROUP (widget)
      || GTK_IS_SWITCH (widget)
      || ADW_IS_COMBO_ROW (widget)
      || GTK_IS_DROP_DOWN (widget)
      || (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget) && !GTK_IS_SEARCH_ENTRY (widget)
          && gtk_editable_get_editable (GTK_EDITABLE (widget))))
    g_ptr_array_add (controls, widget);
  /* A combo row's or a drop-down's own popover is not a form. */
  if (ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_controls (child, controls);
}

static void
poke (GtkWidget *control,
      GRand     *rand)
{
  if (XC_IS_RECORD_LIST_GROUP (control))
    {
      XcRecordListGroup *group = XC_RECORD_LIST_GROUP (control);
      GListModel *items = xc_record_list_group_get_items (group);
      guint n = g_list_model_get_n_items (items);

      if (n > 0 && g_rand_boolean (rand))
        {
          g_autoptr(XcRecord) item = g_list_model_get_item (items,
                                                            (guint) g_rand_int_range (rand, 0, (gint32) n));

          xc_record_list_group_remove_item (group, item);
        }
      else
        {
          g_autoptr(XcRecord) added = xc_record_list_group_add_item (group);
        }
    }
  else if (GTK_IS_SWITCH (control))
    gtk_switch_set_active (GTK_SWITCH (control), !gtk_switch_get_active (GTK_SWITCH (control)));
  else if (ADW_IS_COMBO_ROW (control))
    {
      GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (control));
      guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

      if (n > 0)
        adw_combo_row_set_selected (ADW_COMBO_ROW (control),
                                    (guint) g_rand_int_range (rand, 0, (gint32) n));
    }
  else if (GTK_IS_DROP_DOWN (control))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (control));
      guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

      if (n > 0)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (control),
                                    (guint) g_rand_int_range (rand, 0, (gint32) n));
    }
  else if (GTK_IS_EDITABLE (control))
    {
      gtk_editable_set_text (GTK_EDITABLE (control),
                             odd_texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_texts))]);
      if (GTK_IS_SPIN_BUTTON (control))
        gtk_spin_button_update (GTK_SPIN_BUTTON (control));
      else
        gtk_widget_activate (control);
    }
}

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

static void
drain_main_loop (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
list_action (XcDesignPage *page,
             XcProgramme  *programme,
             GRand        *rand)
{
  static const char * const lists[] = { "units_list", "institutions_list", "people_list" };
  guint which = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (lists));
  XcRecordList *list = find_record_list (GTK_WIDGET (page), lists[which]);
  GListModel *records = which == 0 ? xc_programme_get_units (programme)
                      : which == 1 ? xc_programme_get_institutions (programme)
                                   : xc_programme_get_people (programme);
  guint n = g_list_model_get_n_items (records);
  g_autoptr(XcRecord) record = n > 0 ? g_list_model_get_item (records,
                                                              (guint) g_rand_int_range (rand, 0, (gint32) n))
                                     : NULL;

  g_assert_nonnull (list);
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      g_signal_emit_by_name (list, "add-record");
      break;
    case 1:
      if (record != NULL)
        g_signal_emit_by_name (list, "duplicate-record", record);
      break;
    case 2:
      if (record != NULL)
        g_signal_emit_by_name (list, "remove-record", record);
      break;
    default:
      if (record != NULL)
        xc_design_page_edit_record (page, record);
      break;
    }
}

static guint n_saves;

static void
save_and_compare (XcWindow     *window,
                  XcDocument   *document,
                  GFile        *file,
                  guint32       seed,
                  guint         step)
{
  g_autoptr(XcProgramme) reopened = NULL;
  g_autoptr(GError) error = NULL;

  drain_main_loop ();
  if (!xc_document_get_modified (document))
    return;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (xc_document_get_modified (document))
    g_main_context_iteration (NULL, TRUE);
  n_saves++;

  reopened = xc_programme_new_from_file (file, NULL, &error);
  if (error != NULL)
    g_error ("seed %u, step %u: the window saved what it cannot read back: %s", seed, step,
             error->message);
  xc_test_assert_same_design (xc_document_get_programme (document), reopened);
}

static void
test_random_window_edits (gconstpointer data)
{
  guint32 seed = GPOINTER_TO_UINT (data);
  static const char * const samples[] = {
    "huizhou-nkls.xcprog", "zibo-stations.xcprog", "nanan-disciplines.xcprog",
    "yunnan-workstations.xcprog", "chaozhou-talent.xcprog",
  };
  const char *sample = samples[seed % G_N_ELEMENTS (samples)];
  g_autofree char *source = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), sample, NULL);
  g_autofree char *dir = g_dir_make_tmp ("xiachen-random-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, sample, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  XcWindow *window;
  XcDesignPage *page;
  XcDocument *document;
  XcProgramme *programme;
  gsize length;

  n_saves = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (target, contents, (gssize) length, NULL));
  file = g_file_new_for_path (target);

  window = xc_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  xc_window_open (window, file);
  while (xc_window_get_page (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  page = xc_window_get_page (window);
  document = xc_design_page_get_document (page);
  programme = xc_document_get_programme (document);

  for (guint step = 0; step < N_STEPS; step++)
    {
      guint action = (guint) g_rand_int_range (rand, 0, 10);

      if (action < 2)
        list_action (page, programme, rand);
      else if (action == 2)
        xc_design_page_edit_record (page, XC_RECORD (programme));
      else
        {
          GtkWidget *form = xc_design_page_get_form (page);
          g_autoptr(GPtrArray) controls = g_ptr_array_new ();

          if (form != NULL)
            collect_controls (form, controls);
          if (controls->len > 0)
            poke (g_ptr_array_index (controls,
                                     g_rand_int_range (rand, 0, (gint32) controls->len)),
                  rand);
        }
      drain_main_loop ();

      if (step % 20 == 19)
        save_and_compare (window, document, file, seed, step);
    }
  save_and_compare (window, document, file, seed, N_STEPS);
  /* The edits reached the design: it was saved with changes. */
  g_assert_cmpuint (n_saves, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
  xc_test_remove_tree (dir);
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

  for (guint seed = 1; seed <= 5; seed++)
    {
      g_autofree char *path = g_strdup_printf ("/ui/window/random-edits-save-and-reopen/seed-%u",
                                               seed);

      g_test_add_data_func (path, GUINT_TO_POINTER (seed), test_random_window_edits);
    }

  return g_test_run ();
}
