/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The five schemes' forms, made by their plugins from libxiachen-ui-1's
 * pieces, on the bundled designs in a real display (Xvfb): a finding's path
 * focuses the row editing that member of that record, rows edit the model
 * both ways, lists of sub-records and of ids follow their model, the
 * generic form covers every member, and a closed form lets the design go. */
#include "config.h"

#include <string.h>

#include <xiachen-ui.h>

#include "xc-test-util.h"

/* Runs the main loop until @condition holds, for at most five seconds of
 * events: a bound, not a delay. */
#define WAIT_UNTIL(condition) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    guint wake_ = g_timeout_add (50, wake_cb, NULL); \
    while (!(condition) && g_get_monotonic_time () < deadline_) \
      g_main_context_iteration (NULL, TRUE); \
    g_source_remove (wake_); \
    g_assert_true (condition); \
  } G_STMT_END

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Where a finding points, and what the row it focuses must edit. */
typedef struct
{
  const char *path;
  const char *team_item;   /* "team[1]": the row edits that sub-record, else the unit */
  const char *property;    /* what the row says it edits */
} FocusCase;

typedef struct
{
  const char *scheme;
  const char *sample;
  const char *unit;
  FocusCase   focus[6];
  const char *programme_paths[4];   /* paths of programme findings */
} SchemeCase;

static const SchemeCase cases[] = {
  { "huizhou-studio", "huizhou-nkls.xcprog", "u-shiwan-w", {
      { "facilities.teaching_room_m2", NULL, "teaching-room-m2" },
      { "team[1].person", "team[1]", "person" },
      { "lead", NULL, "lead" },
      { "ext.serves_towns", NULL, "ext.serves_towns" },
      { "learners[1]", NULL, "learners" },
      { "commitments", NULL, "commitments" } },
    { "period.months", "acceptance.applicant", "acceptance.third_party", "region.towns" } },
  { "zibo-station", "zibo-stations.xcprog", "u-yuanshui", {
      { "team[2].residency_months", "team[2]", "residency-months" },
      { "services", NULL, "services" },
      { "targets.new_techniques", NULL, "targets.new_techniques" },
      { "lead", NULL, "lead" },
      { "host", NULL, "host" },
      { "specialty", NULL, "specialty" } },
    { "period.months", "title" } },
  { "nanan-discipline", "nanan-disciplines.xcprog", "u-ortho", {
      { "ext.department_director", NULL, "ext.department_director" },
      { "ext.leader_duties", NULL, "ext.leader_duties" },
      { "targets", NULL, "targets.outpatients" },
      { "team[3].person", "team[3]", "person" },
      { "commitments", NULL, "commitments" },
      { "lead", NULL, "lead" } },
    { "ext.service_years", "ext.housing_m2", "partner", "period.months" } },
  { "yunnan-county", "yunnan-workstations.xcprog", "u-ludian-paediatrics", {
      { "ext.discipline_aim", NULL, "ext.discipline_aim" },
      { "host", NULL, "host" },
      { "team", NULL, "team" },
      { "services", NULL, "services" },
      { "team[0].person", "team[0]", "person" },
      { "specialty", NULL, "specialty" } },
    { "needs[0].institution", "needs[1].specialty", "ext.seconded_president", "partner" } },
  { "chaozhou-talent", "chaozhou-talent.xcprog", "u-rp-gd2h", {
      { "ext.min_experts_per_year", NULL, "ext.min_experts_per_year" },
      { "ext.partner", NULL, "ext.partner" },
      { "host", NULL, "host" },
      { "team", NULL, "team" },
      { "team[4].residency_months", "team[4]", "residency-months" },
      { "variant", NULL, "variant" } },
    { "period.months", "ext.citywide.doctors_sent" } },
};

typedef struct
{
  const SchemeCase *scheme_case;
  XcProgramme      *programme;
  XcUnit           *unit;       /* weak: the design holds it */
  GtkWindow        *window;
  GtkWidget        *form;       /* weak */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->scheme_case = data;
  f->programme = xc_test_load_sample (f->scheme_case->sample);
  f->unit = xc_test_unit (f->programme, f->scheme_case->unit);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 700, 600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  WAIT_UNTIL (f->form == NULL);
  /* the form's rows and groups let the design go */
  g_assert_finalize_object (f->programme);
}

static XcScheme *
get_scheme (const char *scheme_id)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), scheme_id);

  g_assert_nonnull (scheme);
  return scheme;
}

/* Shows @form (transfer full) in the window. */
static GtkWidget *
show_form (Fixture *f,
           GObject *form)
{
  g_assert_nonnull (form);
  g_assert_true (GTK_IS_WIDGET (form));
  g_assert_false (g_object_is_floating (form));

  f->form = GTK_WIDGET (form);
  g_object_add_weak_pointer (form, (gpointer *) &f->form);
  gtk_window_set_child (f->window, f->form);
  g_object_unref (form);
  gtk_window_present (f->window);
  WAIT_UNTIL (gtk_widget_get_mapped (f->form));
  return f->form;
}

static GtkWidget *
show_unit_form (Fixture *f)
{
  XcScheme *scheme = get_scheme (f->scheme_case->scheme);

  return show_form (f, xc_scheme_create_unit_form (scheme, f->programme, f->unit));
}

/* The record the row of @focus must edit (transfer full). */
static XcRecord *
expected_record (Fixture         *f,
                 const FocusCase *focus)
{
  guint64 index;

  if (focus->team_item == NULL)
    return g_object_ref (XC_RECORD (f->unit));
  g_assert_true (g_str_has_prefix (focus->team_item, "team["));
  index = g_ascii_strtoull (focus->team_item + strlen ("team["), NULL, 10);
  return g_list_model_get_item (xc_unit_get_team (f->unit), (guint) index);
}

static gboolean
focus_is_in (GtkWindow *window,
             GtkWidget *row)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* Every rule-relevant path focuses the row editing that member of that
 * record, opening the expander rows it is in. */
static void
test_focus_path (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);

  for (guint i = 0; i < G_N_ELEMENTS (f->scheme_case->focus); i++)
    {
      const FocusCase *focus = &f->scheme_case->focus[i];
      g_autoptr(XcRecord) record = NULL;
      GtkWidget *row;

      if (focus->path == NULL)
        continue;
      g_test_message ("path %s", focus->path);

      record = expected_record (f, focus);

      g_assert_true (xc_form_focus_path (form, XC_RECORD (f->unit), focus->path));
      row = xc_form_find_row (form, XC_RECORD (f->unit), focus->path);
      g_assert_true (XC_IS_FORM_ROW (row));
      g_assert_true (xc_form_row_get_record (row) == record);
      g_assert_cmpstr (xc_form_row_get_property_name (row), ==, focus->property);

      WAIT_UNTIL (focus_is_in (f->window, row));
      WAIT_UNTIL (gtk_widget_get_mapped (row));
      for (GtkWidget *ancestor = gtk_widget_get_parent (row); ancestor != NULL;
           ancestor = gtk_widget_get_parent (ancestor))
        if (ADW_IS_EXPANDER_ROW (ancestor))
          g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (ancestor)));
    }

  /* a member no row edits */
  g_assert_false (xc_form_focus_path (form, XC_RECORD (f->unit), "no_such_member"));
  g_assert_false (xc_form_focus_path (form, XC_RECORD (f->programme), "lead"));
}

/* The rows a finding on the lead points at edit the unit, both ways. */
static void
test_reference_row_edits_the_lead (Fixture       *f,
                                   gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);
  GtkWidget *row = xc_form_find_row (form, XC_RECORD (f->unit), "lead");
  g_autofree char *old_lead = g_strdup (xc_unit_get_lead (f->unit));
  XcTeamMember *member = xc_test_team_member (f->programme, f->scheme_case->unit, 0);
  const char *other = xc_team_member_get_person (member);
  XcPerson *person = xc_test_person (f->programme, other);
  GtkDropDown *drop_down;

  g_assert_true (XC_IS_REFERENCE_ROW (row));
  drop_down = xc_reference_row_get_drop_down (XC_REFERENCE_ROW (row));
  g_assert_cmpstr (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)), ==, old_lead);
  /* search is on, over the labels */
  g_assert_true (gtk_drop_down_get_enable_search (drop_down));
  g_assert_nonnull (gtk_drop_down_get_expression (drop_down));

  /* the planner chooses another person: the unit's lead changes */
  xc_reference_row_select_id (XC_REFERENCE_ROW (row), other);
  g_assert_cmpstr (xc_unit_get_lead (f->unit), ==, other);
  g_assert_cmpstr (xc_record_get_label (gtk_drop_down_get_selected_item (drop_down)), ==,
                   xc_record_get_label (XC_RECORD (person)));

  /* the model changes: the row follows */
  xc_unit_set_lead (f->unit, old_lead);
  g_assert_cmpstr (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)), ==, old_lead);

  /* an id the design lacks selects nothing, shows, and is kept */
  xc_unit_set_lead (f->unit, "p-nobody");
  g_assert_null (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)));
  g_assert_cmpstr (xc_unit_get_lead (f->unit), ==, "p-nobody");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "p-nobody"));
}

/* A number row of the form edits its member, both ways. */
static void
test_number_row_edits_the_unit (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);
  const char *path = g_str_equal (f->scheme_case->scheme, "huizhou-studio")
                     ? "facilities.teaching_room_m2" : "months";
  GtkWidget *row = xc_form_find_row (form, XC_RECORD (f->unit), path);

  g_assert_true (XC_IS_NUMBER_ROW (row));
  xc_number_row_set_value (XC_NUMBER_ROW (row), 42);
  if (g_str_equal (path, "months"))
    g_assert_cmpint (xc_unit_get_months (f->unit), ==, 42);
  else
    g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (f->unit), ==, 42);

  if (g_str_equal (path, "months"))
    xc_unit_set_months (f->unit, 18);
  else
    xc_unit_set_teaching_room_m2 (f->unit, 18);
  g_assert_cmpfloat (xc_number_row_get_value (XC_NUMBER_ROW (row)), ==, 18);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The team group adds and removes a member with its buttons, and follows
 * the list when the model changes. */
static void
test_team_group_adds_and_removes (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);
  GtkWidget *group = xc_form_find_row (form, XC_RECORD (f->unit), "team");
  GListModel *team = xc_unit_get_team (f->unit);
  guint n = g_list_model_get_n_items (team);
  g_autoptr(XcTeamMember) added = NULL;
  g_autoptr(XcTeamMember) outside = xc_team_member_new ();
  g_autofree char *person_path = NULL;
  AdwExpanderRow *row;
  GtkWidget *remove;

  g_assert_true (XC_IS_RECORD_LIST_GROUP (group));
  g_assert_nonnull (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n - 1));
  g_assert_null (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n));

  /* Add */
  gtk_widget_activate (xc_record_list_group_get_add_button (XC_RECORD_LIST_GROUP (group)));
  WAIT_UNTIL (g_list_model_get_n_items (team) == n + 1);
  added = g_list_model_get_item (team, n);
  g_assert_true (XC_IS_TEAM_MEMBER (added));
  row = xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (row));

  /* its person row edits the new member */
  person_path = g_strdup_printf ("team[%u].person", n);
  xc_reference_row_select_id (XC_REFERENCE_ROW (xc_form_find_row (form, XC_RECORD (f->unit),
                                                                  person_path)),
                              xc_unit_get_lead (f->unit));
  g_assert_cmpstr (xc_team_member_get_person (added), ==, xc_unit_get_lead (f->unit));

  /* Remove, on the new member's row */
  remove = find_button (GTK_WIDGET (row), "Remove");
  g_assert_nonnull (remove);
  gtk_widget_activate (remove);
  WAIT_UNTIL (g_list_model_get_n_items (team) == n);
  g_assert_null (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n));

  /* a change to the model from elsewhere */
  g_list_store_insert (G_LIST_STORE (team), 0, outside);
  g_assert_nonnull (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n));
  g_assert_true (g_object_get_data (G_OBJECT (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), 0)),
                                    "xc-item") == (gpointer) outside);
  g_list_store_remove (G_LIST_STORE (team), 0);
  g_assert_null (xc_record_list_group_get_row (XC_RECORD_LIST_GROUP (group), n));
}

/* Services, learners: a list of ids edited through its rows, shown by
 * label. */
static void
test_id_list_row_edits_the_list (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);
  GtkWidget *row = xc_form_find_row (form, XC_RECORD (f->unit), "services");
  g_autofree char *id = NULL;
  const char *property;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  guint n;

  if (row == NULL)
    row = xc_form_find_row (form, XC_RECORD (f->unit), "learners");
  g_assert_true (XC_IS_ID_LIST_ROW (row));
  property = xc_form_row_get_property_name (row);
  g_object_get (f->unit, property, &before, NULL);
  if (before[0] == NULL)
    {
      /* an empty list: start it with the first candidate */
      GListModel *candidates = xc_id_list_row_get_candidates (XC_ID_LIST_ROW (row));
      g_autoptr(GObject) first = g_list_model_get_item (candidates, 0);

      g_assert_true (xc_id_list_row_add_id (XC_ID_LIST_ROW (row),
                                            gtk_string_object_get_string (GTK_STRING_OBJECT (first))));
      g_clear_pointer (&before, g_strfreev);
      g_object_get (f->unit, property, &before, NULL);
    }
  n = g_strv_length (before);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (xc_id_list_row_get_n_ids (XC_ID_LIST_ROW (row)), ==, n);
  id = g_strdup (before[0]);

  /* each id is shown by its label: a service's words, a person's name */
  if (g_str_equal (property, "services") && g_str_equal (id, "referral_booking"))
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                       xc_id_list_row_get_id_row (XC_ID_LIST_ROW (row), 0))), ==, "Referral booking");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     xc_id_list_row_get_id_row (XC_ID_LIST_ROW (row), 0))), !=, id);

  /* its Remove button takes it out of the model */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  WAIT_UNTIL (gtk_widget_get_mapped (xc_id_list_row_get_id_row (XC_ID_LIST_ROW (row), 0)));
  gtk_widget_activate (find_button (xc_id_list_row_get_id_row (XC_ID_LIST_ROW (row), 0), "Remove"));
  WAIT_UNTIL (xc_id_list_row_get_n_ids (XC_ID_LIST_ROW (row)) == n - 1);
  g_object_get (f->unit, property, &after, NULL);
  g_assert_false (g_strv_contains ((const char * const *) after, id));
  g_clear_pointer (&after, g_strfreev);

  /* adding it puts it back, last */
  g_assert_true (xc_id_list_row_add_id (XC_ID_LIST_ROW (row), id));
  g_assert_false (xc_id_list_row_add_id (XC_ID_LIST_ROW (row), id));
  g_object_get (f->unit, property, &after, NULL);
  g_assert_cmpstr (after[n - 1], ==, id);
  g_assert_cmpuint (xc_id_list_row_get_n_ids (XC_ID_LIST_ROW (row)), ==, n);

  /* a change to the model shows */
  g_object_set (f->unit, property, (const char * const []) { NULL }, NULL);
  g_assert_cmpuint (xc_id_list_row_get_n_ids (XC_ID_LIST_ROW (row)), ==, 0);
}

/* A member without a property (ext, targets), edited through a member
 * proxy. */
static void
test_ext_row_edits_the_member (Fixture       *f,
                               gconstpointer  data)
{
  GtkWidget *form = show_unit_form (f);
  const FocusCase *ext = NULL;
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (f->scheme_case->focus) && ext == NULL; i++)
    if (f->scheme_case->focus[i].path != NULL
        && (g_str_has_prefix (f->scheme_case->focus[i].path, "ext.")
            || g_str_has_prefix (f->scheme_case->focus[i].path, "targets.")))
      ext = &f->scheme_case->focus[i];
  g_assert_nonnull (ext);

  row = xc_form_find_row (form, XC_RECORD (f->unit), ext->path);
  g_assert_true (XC_IS_FORM_ROW (row));
  g_assert_true (xc_form_row_get_record (row) == XC_RECORD (f->unit));

  if (XC_IS_NUMBER_ROW (row))
    {
      double value = 0;

      xc_number_row_set_value (XC_NUMBER_ROW (row), 7);
      if (g_str_has_prefix (ext->path, "targets."))
        g_assert_true (xc_unit_get_target (f->unit, ext->path + strlen ("targets."), &value));
      else
        g_assert_true (xc_record_get_ext_number (XC_RECORD (f->unit), ext->path + 4, &value));
      g_assert_cmpfloat (value, ==, 7);
    }
  else if (XC_IS_ID_LIST_ROW (row))
    {
      GListModel *candidates = xc_id_list_row_get_candidates (XC_ID_LIST_ROW (row));
      g_autoptr(GObject) item = g_list_model_get_item (candidates,
                                                       g_list_model_get_n_items (candidates) - 1);
      const char *id = XC_IS_RECORD (item) ? xc_record_get_id (XC_RECORD (item))
                                           : gtk_string_object_get_string (GTK_STRING_OBJECT (item));

      xc_id_list_row_remove_id (XC_ID_LIST_ROW (row), id);
      g_assert_true (xc_id_list_row_add_id (XC_ID_LIST_ROW (row), id));
      g_assert_true (xc_record_get_ext_strv_contains (XC_RECORD (f->unit), ext->path + 4, id));
    }
  else if (XC_IS_REFERENCE_ROW (row))
    {
      GListModel *choices = xc_reference_row_get_choices (XC_REFERENCE_ROW (row));
      g_autoptr(XcRecord) last = g_list_model_get_item (choices, g_list_model_get_n_items (choices) - 1);

      xc_reference_row_select_id (XC_REFERENCE_ROW (row), xc_record_get_id (last));
      g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (f->unit), ext->path + 4), ==,
                       xc_record_get_id (last));
    }
  else if (XC_IS_CHOICE_ROW (row))
    {
      const char * const *ids = xc_choice_row_get_ids (XC_CHOICE_ROW (row));

      adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
      g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (f->unit), ext->path + 4), ==, ids[1]);
    }
  else
    g_assert_not_reached ();
}

static guint
count_rows_of (GtkWidget *widget,
               XcRecord  *record,
               GHashTable *properties)
{
  guint n = 0;

  if (XC_IS_FORM_ROW (widget) && !XC_IS_RECORD_LIST_GROUP (widget)
      && xc_form_row_get_record (widget) == record)
    {
      g_hash_table_add (properties, g_strdup (xc_form_row_get_property_name (widget)));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows_of (child, record, properties);
  return n;
}

/* The shell's fallback: one row per member property of any record. */
static void
test_generic_form_has_a_row_per_member (Fixture       *f,
                                        gconstpointer  data)
{
  GtkWidget *form = show_form (f, g_object_ref_sink (G_OBJECT (xc_record_form_new (XC_RECORD (f->unit)))));
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(XcCommitment) commitment = g_list_model_get_item (xc_unit_get_commitments (f->unit), 0);
  guint n_pspecs;
  guint n_rows;

  g_assert_true (ADW_IS_PREFERENCES_PAGE (form));
  n_rows = count_rows_of (form, XC_RECORD (f->unit), shown);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (f->unit), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, 14);
  g_assert_cmpuint (n_rows, ==, n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    g_assert_true (g_hash_table_contains (shown, pspecs[i]->name));

  /* and the unit's lists, each item with its own rows */
  g_assert_true (xc_form_focus_path (form, XC_RECORD (f->unit), "commitments[0].per"));
  g_hash_table_remove_all (shown);
  g_assert_cmpuint (count_rows_of (form, XC_RECORD (commitment), shown), ==, 4);
}

/* The programme form is a page the plugin hands over; the paths of
 * programme findings focus rows editing the design, or a need of it. */
static void
test_programme_form (Fixture       *f,
                     gconstpointer  data)
{
  XcScheme *scheme = get_scheme (f->scheme_case->scheme);
  GtkWidget *form = show_form (f, xc_scheme_create_form (scheme, f->programme));

  g_assert_true (ADW_IS_PREFERENCES_PAGE (form));
  for (guint i = 0; i < G_N_ELEMENTS (f->scheme_case->programme_paths); i++)
    {
      const char *path = f->scheme_case->programme_paths[i];
      g_autoptr(XcRecord) record = NULL;
      GtkWidget *row;

      if (path == NULL)
        continue;
      g_test_message ("programme path %s", path);

      if (g_str_has_prefix (path, "needs["))
        record = g_list_model_get_item (xc_programme_get_needs (f->programme),
                                        (guint) g_ascii_strtoull (path + strlen ("needs["), NULL, 10));
      else
        record = g_object_ref (XC_RECORD (f->programme));

      g_assert_true (xc_form_focus_path (form, XC_RECORD (f->programme), path));
      row = xc_form_find_row (form, XC_RECORD (f->programme), path);
      g_assert_true (XC_IS_FORM_ROW (row));
      g_assert_true (xc_form_row_get_record (row) == record);
      WAIT_UNTIL (focus_is_in (f->window, row));
    }
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

/* A national design's people: the row holds the list, not a widget each. */
static void
test_reference_row_scales (void)
{
  g_autoptr(GListStore) people = g_list_store_new (XC_TYPE_PERSON);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(XcUnit) unit = xc_unit_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;
  GtkDropDown *drop_down;

  for (guint i = 0; i < 100000; i++)
    {
      XcPerson *person = xc_person_new ();
      g_autofree char *id = g_strdup_printf ("p-%06u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      xc_person_set_id (person, id);
      xc_person_set_name (person, name);
      g_ptr_array_add (items, person);
    }
  g_list_store_splice (people, 0, 0, items->pdata, items->len);
  xc_unit_set_lead (unit, "p-099998");

  row = xc_reference_row_new (XC_RECORD (unit), "lead", "Lead", G_LIST_MODEL (people), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (window, list);
  gtk_window_present (window);
  WAIT_UNTIL (gtk_widget_get_mapped (row));

  drop_down = xc_reference_row_get_drop_down (XC_REFERENCE_ROW (row));
  /* "(none)" and every person */
  g_assert_cmpuint (g_list_model_get_n_items (xc_reference_row_get_choices (XC_REFERENCE_ROW (row))),
                    ==, 100001);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 99999);
  /* the drop-down's list view keeps a few hundred recycled rows at most */
  g_assert_cmpuint (count_widgets (row), <, 1000);

  xc_reference_row_select_id (XC_REFERENCE_ROW (row), "p-000007");
  g_assert_cmpstr (xc_unit_get_lead (unit), ==, "p-000007");
  xc_reference_row_select_id (XC_REFERENCE_ROW (row), NULL);
  g_assert_null (xc_unit_get_lead (unit));

  gtk_window_destroy (window);
}

/* A filter narrows the choices; a value it hides is kept and named. */
static void
test_reference_row_filter_keeps_the_value (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("huizhou-nkls.xcprog");
  XcUnit *unit = xc_test_unit (programme, "u-shiwan-w");
  const char * const universities[] = { "university", NULL };
  g_autoptr(GtkFilter) filter = xc_institution_kind_filter_new (universities);
  GtkWidget *row = g_object_ref_sink (xc_reference_row_new (XC_RECORD (unit), "host", "Host",
                                                            xc_programme_get_institutions (programme),
                                                            FALSE));
  g_autofree char *host = g_strdup (xc_unit_get_host (unit));
  XcInstitution *institution = xc_test_institution (programme, host);

  g_assert_cmpstr (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)), ==, host);
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), filter);
  g_assert_null (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)));
  g_assert_cmpstr (xc_unit_get_host (unit), ==, host);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   xc_record_get_label (XC_RECORD (institution)));
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), NULL);
  g_assert_cmpstr (xc_reference_row_get_selected_id (XC_REFERENCE_ROW (row)), ==, host);
  g_assert_cmpstr (xc_unit_get_host (unit), ==, host);

  g_object_unref (row);
}

/* Members without a property of their own, shared by the rows on them. */
static void
test_member_proxy (void)
{
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcMemberProxy) aim = xc_member_proxy_new (XC_RECORD (unit), "ext.discipline_aim");
  g_autoptr(XcMemberProxy) same = xc_member_proxy_new (XC_RECORD (unit), "ext.discipline_aim");
  g_autoptr(XcMemberProxy) target = xc_member_proxy_new (XC_RECORD (unit), "targets.outpatients");
  g_autoptr(XcMemberProxy) nested = xc_member_proxy_new (XC_RECORD (unit), "ext.map.i-a");
  double number = 0;
  double value;
  char *string = NULL;

  g_assert_true (aim == same);
  g_assert_true (xc_member_proxy_get_owner (aim) == XC_RECORD (unit));
  g_assert_cmpstr (xc_member_proxy_get_path (aim), ==, "ext.discipline_aim");

  g_object_set (aim, "string", "key", NULL);
  g_assert_cmpstr (xc_record_get_ext_string (XC_RECORD (unit), "discipline_aim"), ==, "key");
  xc_test_set_ext_string (XC_RECORD (unit), "discipline_aim", "featured");
  g_object_get (aim, "string", &string, NULL);
  g_assert_cmpstr (string, ==, "featured");
  g_free (string);

  g_object_get (target, "number", &value, NULL);
  g_assert_cmpfloat (value, ==, -1);
  g_object_set (target, "number", 257.0, NULL);
  g_assert_true (xc_unit_get_target (unit, "outpatients", &number));
  g_assert_cmpfloat (number, ==, 257);
  g_object_set (target, "number", -1.0, NULL);
  g_assert_false (xc_unit_get_target (unit, "outpatients", NULL));

  g_object_set (nested, "string", "p-1", NULL);
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (xc_record_get_ext_member (XC_RECORD (unit), "map")),
                     "i-a"), ==, "p-1");

  g_test_expect_message ("xc-forms", G_LOG_LEVEL_CRITICAL, "*no proxy reaches*");
  g_assert_null (xc_member_proxy_new (XC_RECORD (unit), "name"));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
#define ADD(name, func) \
      G_STMT_START { \
        g_autofree char *path_ = g_strdup_printf ("/widgets/scheme-forms/%s/" name, \
                                                  cases[i].scheme); \
        g_test_add (path_, Fixture, &cases[i], fixture_set_up, func, fixture_tear_down); \
      } G_STMT_END

      ADD ("finding-paths-focus-their-rows", test_focus_path);
      ADD ("reference-row-edits-the-lead", test_reference_row_edits_the_lead);
      ADD ("number-row-edits-the-unit", test_number_row_edits_the_unit);
      ADD ("team-group-adds-and-removes", test_team_group_adds_and_removes);
      ADD ("id-list-row-edits-the-list", test_id_list_row_edits_the_list);
      ADD ("ext-row-edits-the-member", test_ext_row_edits_the_member);
      ADD ("generic-form-has-a-row-per-member", test_generic_form_has_a_row_per_member);
      ADD ("programme-form-focuses-the-period", test_programme_form);
#undef ADD
    }

  g_test_add_func ("/widgets/scheme-forms/reference-row/scales-to-100000-people",
                   test_reference_row_scales);
  g_test_add_func ("/widgets/scheme-forms/reference-row/filter-keeps-the-value",
                   test_reference_row_filter_keeps_the_value);
  g_test_add_func ("/widgets/scheme-forms/member-proxy/reads-and-writes-members",
                   test_member_proxy);

  return g_test_run ();
}
