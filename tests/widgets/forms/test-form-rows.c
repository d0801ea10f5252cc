/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The form rows of libxiachen-ui-1 in a real display (Xvfb): each edits one
 * property of a unit of a fixture design, both ways, and lets it go. */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <xiachen-ui.h>

#include "xc-test-util.h"

typedef struct
{
  XcUnit    *unit;       /* ours: the design it came from is gone */
  GtkWindow *window;
  GtkWidget *elsewhere;  /* an entry that has focus before a row takes it */
  GtkWidget *list;
  GtkWidget *row;        /* weak */
  guint      notifies;   /* of the unit's property under test */
} Fixture;

/* Runs the main loop until @condition holds. No clock: a test that never
 * sees it is stopped by the harness's timeout. */
#define WAIT_UNTIL(condition) \
  G_STMT_START { \
    while (!(condition)) \
      g_main_context_iteration (NULL, TRUE); \
  } G_STMT_END

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  f->unit = g_object_ref (xc_test_unit (programme, "u-western"));
  f->window = GTK_WINDOW (gtk_window_new ());
  f->elsewhere = gtk_entry_new ();
  f->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (f->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (f->list, "boxed-list");
  gtk_box_append (GTK_BOX (box), f->elsewhere);
  gtk_box_append (GTK_BOX (box), f->list);
  gtk_window_set_child (f->window, box);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  WAIT_UNTIL (f->row == NULL);
  /* the row held the unit, and let it go */
  g_assert_finalize_object (f->unit);
}

/* Puts @row in the window, on screen. */
static GtkWidget *
show_row (Fixture   *f,
          GtkWidget *row)
{
  g_assert_nonnull (row);
  g_assert_true (XC_IS_FORM_ROW (row));

  f->row = row;
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &f->row);
  gtk_list_box_append (GTK_LIST_BOX (f->list), row);
  gtk_window_present (f->window);
  WAIT_UNTIL (gtk_widget_get_mapped (row));
  return row;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Counts notify::@property of the unit from now on in f->notifies. */
static void
count_notifies (Fixture    *f,
                const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  f->notifies = 0;
  g_signal_connect (f->unit, signal, G_CALLBACK (count_cb), &f->notifies);
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* Whether @text is one of the labels on screen in @widget. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  g_autoptr(GString) texts = g_string_new ("\n");
  g_autofree char *line = g_strdup_printf ("\n%s\n", text);

  collect_labels (widget, texts);
  return strstr (texts->str, line) != NULL;
}

static const char *
spin_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_child (row, GTK_TYPE_SPIN_BUTTON)));
}

/* Types @text into the spin button of @row and leaves it, as Enter or Tab do. */
static void
type_in_spin (GtkWidget  *row,
              const char *text)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_child (row, GTK_TYPE_SPIN_BUTTON));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
}

static gboolean
focus_is_in (GtkWindow *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Focus starts elsewhere; xc_form_row_focus() brings it into @target, the
 * row or its field. */
static void
assert_focus_moves_into (Fixture   *f,
                         GtkWidget *target)
{
  gtk_widget_grab_focus (f->elsewhere);
  WAIT_UNTIL (focus_is_in (f->window, f->elsewhere));
  g_assert_false (focus_is_in (f->window, f->row));

  xc_form_row_focus (f->row);
  WAIT_UNTIL (focus_is_in (f->window, target));
  WAIT_UNTIL (gtk_widget_has_focus (gtk_window_get_focus (f->window)));
  g_assert_true (gtk_widget_is_focus (gtk_window_get_focus (f->window)));
}

/* Text rows */

static GtkWidget *
show_name_row (Fixture *f)
{
  return show_row (f, xc_text_row_new (XC_RECORD (f->unit), "name", "Name"));
}

static void
test_text_row_shows_the_model_value (Fixture       *f,
                                     gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "乙镇名医工作室");
  g_assert_true (shows_label (row, "Name"));
}

static void
test_text_row_follows_the_model (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);
  guint row_notifies = 0;

  g_signal_connect (row, "notify::text", G_CALLBACK (count_cb), &row_notifies);
  count_notifies (f, "name");
  xc_unit_set_name (f->unit, "乙镇心血管名医工作室");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "乙镇心血管名医工作室");
  g_assert_cmpuint (row_notifies, ==, 1);
  /* the row does not echo the change back */
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_text_row_edits_the_model (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);

  count_notifies (f, "name");
  gtk_editable_set_text (GTK_EDITABLE (row), "乙镇名医工作室（心内科）");

  g_assert_cmpstr (xc_unit_get_name (f->unit), ==, "乙镇名医工作室（心内科）");
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_text_row_shows_an_absent_string_as_empty (Fixture       *f,
                                               gconstpointer  data)
{
  GtkWidget *row;

  count_notifies (f, "start");
  g_assert_null (xc_unit_get_start (f->unit));
  row = show_row (f, xc_text_row_new (XC_RECORD (f->unit), "start", "Start"));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  /* showing it wrote nothing */
  g_assert_null (xc_unit_get_start (f->unit));
  g_assert_cmpuint (f->notifies, ==, 0);
}

static void
test_text_row_clearing_keeps_the_member (Fixture       *f,
                                         gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);

  count_notifies (f, "name");
  gtk_editable_set_text (GTK_EDITABLE (row), "");

  /* "", not absent: a member the format requires stays in the file */
  g_assert_cmpstr (xc_unit_get_name (f->unit), ==, "");
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_text_row_knows_its_property (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);

  g_assert_cmpstr (xc_form_row_get_property_name (row), ==, "name");
  g_assert_true (xc_form_row_get_record (row) == XC_RECORD (f->unit));
}

static void
test_text_row_focus_moves_into_the_entry (Fixture       *f,
                                          gconstpointer  data)
{
  GtkWidget *row = show_name_row (f);

  assert_focus_moves_into (f, row);
  g_assert_true (GTK_IS_TEXT (gtk_window_get_focus (f->window)));
}

/* Number rows */

static GtkWidget *
show_room_row (Fixture *f)
{
  return show_row (f, xc_number_row_new (XC_RECORD (f->unit), "teaching-room-m2",
                                         "Teaching room (m²)", 0, 1000, 1));
}

static void
test_number_row_shows_the_model_value (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  g_assert_cmpstr (spin_text (row), ==, "20.5");
  g_assert_false (xc_number_row_is_empty (XC_NUMBER_ROW (row)));
  g_assert_true (shows_label (row, "Teaching room (m²)"));
}

static void
test_number_row_follows_the_model (Fixture       *f,
                                   gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  count_notifies (f, "teaching-room-m2");
  xc_unit_set_teaching_room_m2 (f->unit, 31.5);

  g_assert_cmpstr (spin_text (row), ==, "31.5");
  g_assert_cmpfloat (xc_number_row_get_value (XC_NUMBER_ROW (row)), ==, 31.5);
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_number_row_edits_the_model (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  count_notifies (f, "teaching-room-m2");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_child (row, GTK_TYPE_SPIN_BUTTON)), 18);

  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 18);
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_number_row_typed_text_edits_the_model (Fixture       *f,
                                            gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  count_notifies (f, "teaching-room-m2");
  type_in_spin (row, "22.5");

  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 22.5);
  g_assert_cmpuint (f->notifies, ==, 1);
  g_assert_cmpstr (spin_text (row), ==, "22.5");
}

static void
test_number_row_keeps_to_its_digits_and_range (Fixture       *f,
                                               gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  type_in_spin (row, "12.34");
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 12.3);
  type_in_spin (row, "5000");
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 1000);

  /* text that is no number changes nothing */
  count_notifies (f, "teaching-room-m2");
  type_in_spin (row, "twelve");
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 1000);
  g_assert_cmpstr (spin_text (row), ==, "1000.0");
  g_assert_cmpuint (f->notifies, ==, 0);
}

static void
test_number_row_shows_a_value_outside_its_range (Fixture       *f,
                                                 gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  /* the rules report it; the row must not hide it by clamping */
  count_notifies (f, "teaching-room-m2");
  xc_unit_set_teaching_room_m2 (f->unit, 5000);

  g_assert_cmpstr (spin_text (row), ==, "5000.0");
  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 5000);
  g_assert_cmpuint (f->notifies, ==, 1);
}

static GtkWidget *
show_months_row (Fixture *f)
{
  return show_row (f, xc_number_row_new (XC_RECORD (f->unit), "months", "Months", 1, 120, 0));
}

static void
test_number_row_shows_an_absent_value_as_empty (Fixture       *f,
                                                gconstpointer  data)
{
  GtkWidget *row;

  count_notifies (f, "months");
  g_assert_cmpint (xc_unit_get_months (f->unit), ==, -1);
  row = show_months_row (f);

  g_assert_cmpstr (spin_text (row), ==, "");
  g_assert_true (xc_number_row_is_empty (XC_NUMBER_ROW (row)));
  /* showing it wrote nothing */
  g_assert_false (json_object_has_member (xc_record_get_json (XC_RECORD (f->unit)), "months"));
  g_assert_cmpuint (f->notifies, ==, 0);
}

static void
test_number_row_sets_an_absent_value (Fixture       *f,
                                      gconstpointer  data)
{
  GtkWidget *row = show_months_row (f);

  count_notifies (f, "months");
  type_in_spin (row, "6");

  g_assert_cmpint (xc_unit_get_months (f->unit), ==, 6);
  g_assert_cmpuint (f->notifies, ==, 1);
  g_assert_cmpstr (spin_text (row), ==, "6");
  g_assert_false (xc_number_row_is_empty (XC_NUMBER_ROW (row)));

  /* and − stops at the minimum, as for any value */
  type_in_spin (row, "1");
  gtk_spin_button_spin (GTK_SPIN_BUTTON (find_child (row, GTK_TYPE_SPIN_BUTTON)),
                        GTK_SPIN_STEP_BACKWARD, 1);
  g_assert_cmpint (xc_unit_get_months (f->unit), ==, 1);
  g_assert_cmpstr (spin_text (row), ==, "1");
}

static void
test_number_row_sets_an_absent_value_with_the_buttons (Fixture       *f,
                                                       gconstpointer  data)
{
  GtkWidget *row = show_months_row (f);

  count_notifies (f, "months");
  gtk_spin_button_spin (GTK_SPIN_BUTTON (find_child (row, GTK_TYPE_SPIN_BUTTON)),
                        GTK_SPIN_STEP_FORWARD, 1);

  /* + starts at the minimum */
  g_assert_cmpint (xc_unit_get_months (f->unit), ==, 1);
  g_assert_cmpuint (f->notifies, ==, 1);
  g_assert_cmpstr (spin_text (row), ==, "1");

  /* and − stops there */
  gtk_spin_button_spin (GTK_SPIN_BUTTON (find_child (row, GTK_TYPE_SPIN_BUTTON)),
                        GTK_SPIN_STEP_BACKWARD, 1);
  g_assert_cmpint (xc_unit_get_months (f->unit), ==, 1);
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_number_row_clearing_makes_the_value_absent (Fixture       *f,
                                                 gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  count_notifies (f, "teaching-room-m2");
  type_in_spin (row, "");

  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, -1);
  g_assert_cmpuint (f->notifies, ==, 1);
  g_assert_cmpstr (spin_text (row), ==, "");
  g_assert_true (xc_number_row_is_empty (XC_NUMBER_ROW (row)));

  /* and the model can set it again */
  xc_unit_set_teaching_room_m2 (f->unit, 16);
  g_assert_cmpstr (spin_text (row), ==, "16.0");
}

static void
test_number_row_knows_its_property (Fixture       *f,
                                    gconstpointer  data)
{
  /* spelt the JSON way, named the GObject way */
  GtkWidget *row = show_row (f, xc_number_row_new (XC_RECORD (f->unit), "teaching_room_m2",
                                                   "Teaching room (m²)", 0, 1000, 1));

  g_assert_cmpstr (xc_form_row_get_property_name (row), ==, "teaching-room-m2");
  g_assert_true (xc_form_row_get_record (row) == XC_RECORD (f->unit));
  g_assert_cmpstr (spin_text (row), ==, "20.5");
}

static void
test_number_row_focus_moves_into_the_spin_button (Fixture       *f,
                                                  gconstpointer  data)
{
  GtkWidget *row = show_room_row (f);

  assert_focus_moves_into (f, find_child (row, GTK_TYPE_SPIN_BUTTON));
}

/* Switch rows */

static GtkWidget *
show_reading_room_row (Fixture *f)
{
  return show_row (f, xc_switch_row_new (XC_RECORD (f->unit), "reading-room", "Reading room"));
}

static gboolean
switch_is_on (GtkWidget *row)
{
  return gtk_switch_get_active (GTK_SWITCH (find_child (row, GTK_TYPE_SWITCH)));
}

static void
test_switch_row_shows_the_model_value (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  g_assert_true (switch_is_on (row));
  g_assert_true (shows_label (row, "Reading room"));
}

static void
test_switch_row_follows_the_model (Fixture       *f,
                                   gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  count_notifies (f, "reading-room");
  xc_unit_set_reading_room (f->unit, FALSE);

  g_assert_false (switch_is_on (row));
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_switch_row_edits_the_model (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  count_notifies (f, "reading-room");
  gtk_switch_set_active (GTK_SWITCH (find_child (row, GTK_TYPE_SWITCH)), FALSE);

  g_assert_false (xc_unit_get_reading_room (f->unit));
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_switch_row_activating_the_row_flips_it (Fixture       *f,
                                             gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  count_notifies (f, "reading-room");
  /* as Enter or a click on the row do; the switch flips once it has slid */
  g_assert_true (gtk_widget_activate (row));
  WAIT_UNTIL (!switch_is_on (row));

  g_assert_false (xc_unit_get_reading_room (f->unit));
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_switch_row_knows_its_property (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  g_assert_cmpstr (xc_form_row_get_property_name (row), ==, "reading-room");
  g_assert_true (xc_form_row_get_record (row) == XC_RECORD (f->unit));
}

static void
test_switch_row_focus_moves_into_the_switch (Fixture       *f,
                                             gconstpointer  data)
{
  GtkWidget *row = show_reading_room_row (f);

  assert_focus_moves_into (f, find_child (row, GTK_TYPE_SWITCH));
}

/* Choice rows */

static const char * const variants[] = { "western", "tcm", NULL };

static GtkWidget *
show_variant_row (Fixture *f)
{
  return show_row (f, xc_choice_row_new (XC_RECORD (f->unit), "variant", "Variant", variants));
}

static void
test_choice_row_shows_translated_labels (Fixture       *f,
                                         gconstpointer  data)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  GtkWidget *row;
  GListModel *choices;
  GtkExpression *label;

  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("no zh_CN.UTF-8 locale");
      f->row = NULL;
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  row = show_variant_row (f);

  /* the chosen id's label, in the planner's language */
  WAIT_UNTIL (shows_label (row, "名医工作室"));
  /* every choice, in the list the row pops up */
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  label = adw_combo_row_get_expression (ADW_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (choices, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert_true (gtk_expression_evaluate (label, item, &value));
      g_assert_cmpstr (g_value_get_string (&value), ==, i == 0 ? "名医工作室" : "名中医工作室");
    }

  /* choosing a label writes its id */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_cmpstr (xc_unit_get_variant (f->unit), ==, "tcm");
  WAIT_UNTIL (shows_label (row, "名中医工作室"));

  setlocale (LC_MESSAGES, messages);
}

static void
test_choice_row_shows_the_model_value (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *row = show_variant_row (f);

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  WAIT_UNTIL (shows_label (row, xc_vocabulary_get_label ("western")));
  g_assert_cmpstr (xc_vocabulary_get_label ("western"), !=, "western");
  g_assert_true (shows_label (row, "Variant"));
}

static void
test_choice_row_follows_the_model (Fixture       *f,
                                   gconstpointer  data)
{
  GtkWidget *row = show_variant_row (f);

  count_notifies (f, "variant");
  xc_unit_set_variant (f->unit, "tcm");

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  WAIT_UNTIL (shows_label (row, xc_vocabulary_get_label ("tcm")));
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_choice_row_edits_the_model (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *row = show_variant_row (f);

  count_notifies (f, "variant");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);

  g_assert_cmpstr (xc_unit_get_variant (f->unit), ==, "tcm");
  g_assert_cmpuint (f->notifies, ==, 1);
}

static void
test_choice_row_leaves_an_id_it_does_not_offer_alone (Fixture       *f,
                                                      gconstpointer  data)
{
  GtkWidget *row;

  xc_unit_set_variant (f->unit, "mobile_clinic");
  count_notifies (f, "variant");
  row = show_variant_row (f);

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_false (shows_label (row, xc_vocabulary_get_label ("western")));
  g_assert_cmpstr (xc_unit_get_variant (f->unit), ==, "mobile_clinic");
  g_assert_cmpuint (f->notifies, ==, 0);

  /* an absent id selects nothing either */
  xc_unit_set_variant (f->unit, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_null (xc_unit_get_variant (f->unit));
}

static void
test_choice_row_knows_its_property (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *row = show_variant_row (f);

  g_assert_cmpstr (xc_form_row_get_property_name (row), ==, "variant");
  g_assert_true (xc_form_row_get_record (row) == XC_RECORD (f->unit));
  g_assert_cmpstrv (xc_choice_row_get_ids (XC_CHOICE_ROW (row)), variants);
}

static void
test_choice_row_focus_moves_to_the_row (Fixture       *f,
                                        gconstpointer  data)
{
  GtkWidget *row = show_variant_row (f);

  assert_focus_moves_into (f, row);
}

/* All rows */

static void
test_form_row_new_for_property_picks_by_type (Fixture       *f,
                                              gconstpointer  data)
{
  XcRecord *unit = XC_RECORD (f->unit);
  struct { const char *property; GType type; const char *text; } cases[] = {
    { "name", XC_TYPE_TEXT_ROW, NULL },
    { "months", XC_TYPE_NUMBER_ROW, "" },
    { "teaching-room-m2", XC_TYPE_NUMBER_ROW, "20.50" },
    { "reading-room", XC_TYPE_SWITCH_ROW, NULL },
  };
  GtkWidget *rows[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      rows[i] = xc_form_row_new_for_property (unit, cases[i].property, cases[i].property);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (rows[i], cases[i].type));
      g_assert_cmpstr (xc_form_row_get_property_name (rows[i]), ==, cases[i].property);
      if (i > 0)
        gtk_list_box_append (GTK_LIST_BOX (f->list), rows[i]);
    }
  show_row (f, rows[0]);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (cases[i].text != NULL)
      g_assert_cmpstr (spin_text (rows[i]), ==, cases[i].text);

  /* a list of strings has no row */
  g_test_expect_message ("xc-forms", G_LOG_LEVEL_CRITICAL, "*learners holds a GStrv*");
  g_assert_null (xc_form_row_new_for_property (unit, "learners", "Learners"));
  g_test_assert_expected_messages ();
}

static void
test_form_row_rejects_a_property_it_cannot_edit (Fixture       *f,
                                                 gconstpointer  data)
{
  GtkWidget *row;

  g_test_expect_message ("xc-forms", G_LOG_LEVEL_CRITICAL, "*XcTextRow cannot edit XcUnit:months*");
  row = g_object_ref_sink (xc_text_row_new (XC_RECORD (f->unit), "months", "Months"));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_finalize_object (row);

  g_test_expect_message ("xc-forms", G_LOG_LEVEL_CRITICAL, "*XcUnit has no property “rooms”*");
  row = g_object_ref_sink (xc_switch_row_new (XC_RECORD (f->unit), "rooms", "Rooms"));
  g_test_assert_expected_messages ();
  g_assert_finalize_object (row);
}

static void
test_form_row_focus_waits_for_the_row_to_show (Fixture       *f,
                                               gconstpointer  data)
{
  GtkWidget *row = xc_number_row_new (XC_RECORD (f->unit), "teaching-room-m2", "Teaching room",
                                      0, 1000, 1);
  GtkWidget *spin = find_child (row, GTK_TYPE_SPIN_BUTTON);

  /* as the shell does: asked while the page with the row is not on screen */
  f->row = row;
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &f->row);
  gtk_list_box_append (GTK_LIST_BOX (f->list), row);
  gtk_widget_set_visible (f->list, FALSE);
  gtk_window_present (f->window);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  g_assert_false (gtk_widget_get_mapped (spin));

  xc_form_row_focus (row);
  gtk_widget_set_visible (f->list, TRUE);
  WAIT_UNTIL (focus_is_in (f->window, spin));
  g_assert_true (gtk_widget_get_mapped (spin));
}

static char *
record_text (XcRecord *record)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), xc_record_get_json (record));

  return json_to_string (node, FALSE);
}

static void
test_form_row_showing_a_record_writes_nothing (Fixture       *f,
                                               gconstpointer  data)
{
  XcRecord *unit = XC_RECORD (f->unit);
  g_autofree char *before = record_text (unit);
  g_autofree char *after = NULL;
  GtkWidget *rows[] = {
    xc_text_row_new (unit, "name", "Name"),
    xc_text_row_new (unit, "start", "Start"),
    xc_number_row_new (unit, "months", "Months", 1, 120, 0),
    xc_number_row_new (unit, "teaching-room-m2", "Teaching room", 0, 1000, 1),
    xc_switch_row_new (unit, "reading-room", "Reading room"),
    xc_choice_row_new (unit, "variant", "Variant", variants),
    xc_choice_row_new (unit, "specialty", "Specialty", variants),
  };

  /* every row of the unit, some over absent members, some over values they
   * do not offer */
  g_signal_connect (f->unit, "notify", G_CALLBACK (count_cb), &f->notifies);
  for (guint i = 1; i < G_N_ELEMENTS (rows); i++)
    gtk_list_box_append (GTK_LIST_BOX (f->list), rows[i]);
  show_row (f, rows[0]);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  after = record_text (unit);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (f->notifies, ==, 0);
}

static void
test_form_row_rows_let_the_record_go (Fixture       *f,
                                      gconstpointer  data)
{
  XcRecord *unit = XC_RECORD (f->unit);
  GtkWidget *rows[] = {
    xc_text_row_new (unit, "name", "Name"),
    xc_number_row_new (unit, "teaching-room-m2", "Teaching room", 0, 1000, 1),
    xc_switch_row_new (unit, "reading-room", "Reading room"),
    xc_choice_row_new (unit, "variant", "Variant", variants),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_object_add_weak_pointer (G_OBJECT (rows[i]), (gpointer *) &rows[i]);
      if (i > 0)
        gtk_list_box_append (GTK_LIST_BOX (f->list), rows[i]);
    }
  show_row (f, rows[0]);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  gtk_window_destroy (f->window);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    WAIT_UNTIL (rows[i] == NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  /* the tear-down asserts that the unit is finalized */
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/widgets/forms/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("text-row/shows-the-model-value", test_text_row_shows_the_model_value);
  ADD ("text-row/follows-the-model", test_text_row_follows_the_model);
  ADD ("text-row/edits-the-model", test_text_row_edits_the_model);
  ADD ("text-row/shows-an-absent-string-as-empty", test_text_row_shows_an_absent_string_as_empty);
  ADD ("text-row/clearing-keeps-the-member", test_text_row_clearing_keeps_the_member);
  ADD ("text-row/knows-its-property", test_text_row_knows_its_property);
  ADD ("text-row/focus-moves-into-the-entry", test_text_row_focus_moves_into_the_entry);

  ADD ("number-row/shows-the-model-value", test_number_row_shows_the_model_value);
  ADD ("number-row/follows-the-model", test_number_row_follows_the_model);
  ADD ("number-row/edits-the-model", test_number_row_edits_the_model);
  ADD ("number-row/typed-text-edits-the-model", test_number_row_typed_text_edits_the_model);
  ADD ("number-row/keeps-to-its-digits-and-range", test_number_row_keeps_to_its_digits_and_range);
  ADD ("number-row/shows-a-value-outside-its-range", test_number_row_shows_a_value_outside_its_range);
  ADD ("number-row/shows-an-absent-value-as-empty", test_number_row_shows_an_absent_value_as_empty);
  ADD ("number-row/sets-an-absent-value", test_number_row_sets_an_absent_value);
  ADD ("number-row/sets-an-absent-value-with-the-buttons",
       test_number_row_sets_an_absent_value_with_the_buttons);
  ADD ("number-row/clearing-makes-the-value-absent", test_number_row_clearing_makes_the_value_absent);
  ADD ("number-row/knows-its-property", test_number_row_knows_its_property);
  ADD ("number-row/focus-moves-into-the-spin-button", test_number_row_focus_moves_into_the_spin_button);

  ADD ("switch-row/shows-the-model-value", test_switch_row_shows_the_model_value);
  ADD ("switch-row/follows-the-model", test_switch_row_follows_the_model);
  ADD ("switch-row/edits-the-model", test_switch_row_edits_the_model);
  ADD ("switch-row/activating-the-row-flips-it", test_switch_row_activating_the_row_flips_it);
  ADD ("switch-row/knows-its-property", test_switch_row_knows_its_property);
  ADD ("switch-row/focus-moves-into-the-switch", test_switch_row_focus_moves_into_the_switch);

  ADD ("choice-row/shows-translated-labels", test_choice_row_shows_translated_labels);
  ADD ("choice-row/shows-the-model-value", test_choice_row_shows_the_model_value);
  ADD ("choice-row/follows-the-model", test_choice_row_follows_the_model);
  ADD ("choice-row/edits-the-model", test_choice_row_edits_the_model);
  ADD ("choice-row/leaves-an-id-it-does-not-offer-alone",
       test_choice_row_leaves_an_id_it_does_not_offer_alone);
  ADD ("choice-row/knows-its-property", test_choice_row_knows_its_property);
  ADD ("choice-row/focus-moves-to-the-row", test_choice_row_focus_moves_to_the_row);

  ADD ("form-row/new-for-property-picks-by-type", test_form_row_new_for_property_picks_by_type);
  ADD ("form-row/rejects-a-property-it-cannot-edit",
       test_form_row_rejects_a_property_it_cannot_edit);
  ADD ("form-row/focus-waits-for-the-row-to-show", test_form_row_focus_waits_for_the_row_to_show);
  ADD ("form-row/showing-a-record-writes-nothing", test_form_row_showing_a_record_writes_nothing);
  ADD ("form-row/rows-let-the-record-go", test_form_row_rows_let_the_record_go);

#undef ADD

  return g_test_run ();
}
