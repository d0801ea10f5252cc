/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "xc-record-form.h"
#include "xc-choice-row.h"
#include "xc-form-row.h"
#include "xc-form-util-private.h"
#include "xc-id-list-row.h"
#include "xc-number-row.h"
#include "xc-text-row.h"
#include "xc-record-list-group.h"
#include "xc-reference-row.h"
#include "xc-unit-groups.h"

/* Titles of the member properties of format v1, for forms built without a
 * scheme's own words. */
static const struct
{
  const char *property;
  const char *title;
} property_titles[] = {
  { "id", N_("Identifier") },
  { "name", N_("Name") },
  { "kind", N_("Kind") },
  { "variant", N_("Type") },
  { "host", N_("Host institution") },
  { "specialty", N_("Specialty") },
  { "lead", N_("Lead expert") },
  { "learners", N_("Learners") },
  { "start", N_("Start (YYYY-MM-DD)") },
  { "months", N_("Months") },
  { "teaching-room-m2", N_("Teaching room (m²)") },
  { "reading-room", N_("Reading room") },
  { "equipment", N_("Equipment") },
  { "services", N_("Services") },
  { "person", N_("Expert") },
  { "residency-months", N_("Residency (months)") },
  { "role", N_("Who") },
  { "activity", N_("Activity") },
  { "count", N_("How many times") },
  { "per", N_("How often") },
  { "title", N_("Title") },
  { "institution", N_("Institution") },
  { "honours", N_("Honours") },
  { "birth-year", N_("Year of birth") },
  { "degree", N_("Degree") },
  { "level", N_("Level") },
  { "ownership", N_("Ownership") },
  { "county", N_("County") },
  { "town", N_("Town") },
  { "has-ward", N_("Has a ward") },
  { "beds", N_("Beds") },
  { "population", N_("Population served") },
  { "affiliated-to", N_("Affiliated to") },
  { "note", N_("Note") },
  { "scheme", N_("Scheme") },
  { "province", N_("Province") },
  { "city", N_("City") },
  { "counties", N_("Counties") },
  { "partner", N_("Partner institution") },
  { "currency", N_("Currency") },
  { "budget-total", N_("Budget, total") },
  { "budget-per-year", N_("Budget a year") },
  { "planned-acceptance-month", N_("Acceptance planned in month") },
  { "acceptance-applicant", N_("Acceptance applied for by") },
  { "third-party-acceptance", N_("Third-party acceptance") },
};

/* Vocabularies of format v1, offered as choices. */
static const char * const roles[] = { "lead", "team", "group", "learners", NULL };
static const char * const activities[] = {
  "outpatient", "ward_round", "seminar", "training_class", "consultation", "teaching_review",
  "operation", "on_site_days", "remote_consultation", NULL
};
static const char * const pers[] = { "week", "fortnight", "month", "quarter", "year", NULL };
static const char * const titles[] = { "chief", "deputy_chief", "attending", "resident", "none", NULL };
static const char * const unit_kinds[] = {
  "studio", "station", "discipline", "workstation", "instrument", NULL
};
static const char * const institution_kinds[] = {
  "hospital", "tcm_hospital", "maternal_child_hospital", "county_hospital",
  "township_health_centre", "community_health_centre", "university", "health_authority", NULL
};
static const char * const levels[] = { "primary", "secondary", "tertiary", NULL };
static const char * const ownerships[] = { "public", "private", NULL };
static const char * const degrees[] = { "bachelor", "master", "doctorate", NULL };

/**
 * xc_form_get_property_title:
 * @property: a member property of a record of format v1, e.g. `teaching-room-m2`
 *
 * Returns: its translated title, or @property itself where this library
 *   has none
 */
const char *
xc_form_get_property_title (const char *property)
{
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (property_titles); i++)
    if (g_str_equal (property_titles[i].property, property))
      return _(property_titles[i].title);
  return property;
}

static const char * const *
choices_for (XcRecord   *record,
             const char *property)
{
  if (XC_IS_COMMITMENT (record))
    {
      if (g_str_equal (property, "role"))
        return roles;
      if (g_str_equal (property, "activity"))
        return activities;
      if (g_str_equal (property, "per"))
        return pers;
    }
  if (XC_IS_PERSON (record))
    {
      if (g_str_equal (property, "title"))
        return titles;
      if (g_str_equal (property, "degree"))
        return degrees;
    }
  if (XC_IS_UNIT (record) && g_str_equal (property, "kind"))
    return unit_kinds;
  if (XC_IS_INSTITUTION (record))
    {
      if (g_str_equal (property, "kind"))
        return institution_kinds;
      if (g_str_equal (property, "level"))
        return levels;
      if (g_str_equal (property, "ownership"))
        return ownerships;
    }
  return NULL;
}

/**
 * xc_record_form_new_row:
 * @record: a record
 * @property: one of its member properties
 *
 * The row xc_record_form_new() shows for @property: a choice among the
 * vocabulary of format v1 where it has one (a commitment's `activity`), a
 * list editor for a list of strings, else xc_form_row_new_for_property().
 *
 * Returns: (transfer floating) (nullable): the row, or %NULL where no row
 *   edits @property
 */
GtkWidget *
xc_record_form_new_row (XcRecord   *record,
                        const char *property)
{
  GParamSpec *pspec;
  const char * const *ids;
  const char *title;

  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  if (pspec == NULL || (pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
      || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    return NULL;

  title = xc_form_get_property_title (pspec->name);
  /* "title" is a person's professional title everywhere but here */
  if (XC_IS_PROGRAMME (record) && g_str_equal (pspec->name, "title"))
    title = C_("programme", "Title");
  ids = choices_for (record, pspec->name);
  if (ids != NULL)
    return xc_choice_row_new (record, pspec->name, title, ids);
  if (pspec->value_type == G_TYPE_STRV)
    return xc_id_list_row_new (record, pspec->name, title, NULL);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
    case G_TYPE_BOOLEAN:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      return xc_form_row_new_for_property (record, pspec->name, title);
    default:
      break;
    }
  return NULL;
}

/* The record's own member properties, in the order the class has them. */
/* Members that hold the id of a record of the design: chosen by name. */
static GListModel *
candidates_for (XcProgramme *programme,
                const char  *property)
{
  if (programme == NULL)
    return NULL;
  if (g_str_equal (property, "institution") || g_str_equal (property, "host")
      || g_str_equal (property, "affiliated-to"))
    return xc_programme_get_institutions (programme);
  if (g_str_equal (property, "town"))
    return xc_programme_get_towns (programme);
  if (g_str_equal (property, "lead") || g_str_equal (property, "person"))
    return xc_programme_get_people (programme);
  return NULL;
}

static GtkWidget *
new_row_in_programme (XcRecord    *record,
                      const char  *property,
                      XcProgramme *programme)
{
  GListModel *candidates = candidates_for (programme, property);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);

  if (candidates != NULL && pspec != NULL && pspec->value_type == G_TYPE_STRING)
    return xc_reference_row_new (record, property, xc_form_get_property_title (property),
                                 candidates, TRUE);
  if (programme != NULL && g_str_equal (property, "specialty"))
    return xc_specialty_row_new (record, property, xc_form_get_property_title (property));
  if (XC_IS_PERSON (record) && g_str_equal (property, "name"))
    return xc_form_row_new_for_property (record, property, C_("person", "Name"));
  return xc_record_form_new_row (record, property);
}

static void
add_member_rows_in (XcRecord    *record,
                    XcProgramme *programme,
                    gpointer     container,
                    void       (*add) (gpointer, GtkWidget *))
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GtkWidget *row;

      if (!g_type_is_a (pspecs[i]->owner_type, XC_TYPE_RECORD))
        continue;
      row = new_row_in_programme (record, pspecs[i]->name, programme);
      if (row != NULL)
        add (container, row);
    }
}

static void
add_member_rows (XcRecord *record,
                 gpointer  container,
                 void    (*add) (gpointer, GtkWidget *))
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GtkWidget *row;

      /* members are properties of the record's own classes, not GObject's */
      if (!g_type_is_a (pspecs[i]->owner_type, XC_TYPE_RECORD))
        continue;
      row = xc_record_form_new_row (record, pspecs[i]->name);
      if (row != NULL)
        add (container, row);
    }
}

static void
add_to_group (gpointer   group,
              GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_to_expander (gpointer   expander,
                 GtkWidget *row)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
}

static void
fill_generic_cb (XcRecordListGroup *group,
                 XcRecord          *item,
                 AdwExpanderRow    *row,
                 gpointer           user_data)
{
  add_member_rows (item, row, add_to_expander);
}

static XcRecord *
new_item_cb (XcRecordListGroup *group,
             gpointer           user_data)
{
  GType type = g_list_model_get_item_type (xc_record_list_group_get_items (group));

  return g_object_new (type, NULL);
}

static GtkWidget *
generic_list_group (XcRecord   *owner,
                    const char *member,
                    GListModel *items,
                    const char *title)
{
  GtkWidget *group = xc_record_list_group_new (owner, member, items, title);

  xc_record_list_group_set_fill_func (XC_RECORD_LIST_GROUP (group), fill_generic_cb, NULL, NULL);
  xc_record_list_group_set_new_func (XC_RECORD_LIST_GROUP (group), new_item_cb, NULL, NULL);
  return group;
}

/**
 * xc_record_form_new:
 * @record: any record of a design
 *
 * A form for a record whose scheme brings none: a preferences page with a
 * row for each of its member properties (see xc_record_form_new_row()),
 * and for a unit its team and commitments. Ids show as typed; a scheme's
 * own form chooses them by name.
 *
 * Returns: (transfer floating): a new #AdwPreferencesPage
 */
GtkWidget *
xc_record_form_new (XcRecord *record)
{
  GtkWidget *page;
  GtkWidget *group;

  g_return_val_if_fail (XC_IS_RECORD (record), NULL);

  page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), xc_record_get_label (record));
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), xc_record_get_label (record));
  add_member_rows (record, group, add_to_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  if (XC_IS_UNIT (record))
    {
      XcUnit *unit = XC_UNIT (record);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (generic_list_group (record, "team",
                                                                           xc_unit_get_team (unit),
                                                                           _("Team"))));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                                ADW_PREFERENCES_GROUP (generic_list_group (record, "commitments",
                                                                           xc_unit_get_commitments (unit),
                                                                           _("Commitments"))));
    }
  return page;
}

/**
 * xc_record_form_new_in_programme:
 * @record: a record of @programme
 * @programme: the design, whose people, institutions and towns the form
 *   offers by name where a member holds their id
 *
 * Like xc_record_form_new(), for a record of a design: an institution's
 * town, a person's institution or a need's institution is chosen by name,
 * and a specialty from the vocabulary.
 *
 * Returns: (transfer floating): a new #AdwPreferencesPage
 */
GtkWidget *
xc_record_form_new_in_programme (XcRecord    *record,
                                 XcProgramme *programme)
{
  GtkWidget *page;
  GtkWidget *group;

  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  if (XC_IS_UNIT (record) || XC_IS_PROGRAMME (record))
    return xc_record_form_new (record);

  page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), xc_record_get_label (record));
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), xc_record_get_label (record));
  add_member_rows_in (record, programme, group, add_to_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return page;
}

/**
 * xc_record_form_new_budget_group:
 *
 * The programme's budget: its total (what “budget per host a year” is
 * worked out from), the amount a year, and the currency. For schemes'
 * programme forms.
 *
 * Returns: (transfer floating): a new #AdwPreferencesGroup
 */
GtkWidget *
xc_record_form_new_budget_group (XcProgramme *programme)
{
  GtkWidget *group = adw_preferences_group_new ();
  XcRecord *record = XC_RECORD (programme);
  GtkWidget *row;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Budget"));
  row = xc_number_row_new (record, "budget-total", _("Budget, total"), 0, 1e12, 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("For the whole period"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             xc_number_row_new (record, "budget-per-year", _("Budget a year"),
                                                0, 1e12, 2));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             xc_text_row_new (record, "currency", _("Currency")));
  return group;
}

/**
 * xc_record_form_new_region_group:
 *
 * Where the programme runs: province, city and counties. For schemes'
 * programme forms.
 *
 * Returns: (transfer floating): a new #AdwPreferencesGroup
 */
GtkWidget *
xc_record_form_new_region_group (XcProgramme *programme)
{
  GtkWidget *group = adw_preferences_group_new ();
  XcRecord *record = XC_RECORD (programme);

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Region"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             xc_text_row_new (record, "province", _("Province")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             xc_text_row_new (record, "city", _("City")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             xc_id_list_row_new (record, "counties", _("Counties"), NULL));
  return group;
}

/* Finding the row of a path */

static gboolean
names_property (const char *row_property,
                const char *property,
                const char *path)
{
  return row_property != NULL
         && ((property != NULL && g_str_equal (row_property, property))
             || g_str_equal (row_property, path));
}

/* Depth first, in the order the planner sees the rows. */
static GtkWidget *
find_form_row (GtkWidget  *widget,
               XcRecord   *record,
               const char *property,
               const char *path,
               gboolean    prefix)
{
  if (XC_IS_FORM_ROW (widget) && xc_form_row_get_record (widget) == record)
    {
      const char *row_property = xc_form_row_get_property_name (widget);

      if (names_property (row_property, property, path))
        return widget;
      /* "targets" finds the row of "targets.outpatients" */
      if (prefix && row_property != NULL && g_str_has_prefix (row_property, path)
          && row_property[strlen (path)] == '.')
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_form_row (child, record, property, path, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static XcRecordListGroup *
find_list_group (GtkWidget  *widget,
                 XcRecord   *owner,
                 const char *member)
{
  if (XC_IS_RECORD_LIST_GROUP (widget)
      && xc_record_list_group_get_owner (XC_RECORD_LIST_GROUP (widget)) == owner
      && g_strcmp0 (xc_record_list_group_get_member (XC_RECORD_LIST_GROUP (widget)), member) == 0)
    return XC_RECORD_LIST_GROUP (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      XcRecordListGroup *found = find_list_group (child, owner, member);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_member_row (GtkWidget  *form,
                 XcRecord   *record,
                 const char *path)
{
  const char *property = xc_record_find_property_for_path (record, path);
  g_autofree char *member = g_strndup (path, strcspn (path, "["));
  GtkWidget *row;

  row = find_form_row (form, record, property, member, FALSE);
  if (row == NULL)
    row = find_form_row (form, record, property, member, TRUE);
  return row;
}

/**
 * xc_form_find_row:
 * @form: a form: any widget holding #XcFormRow widgets
 * @record: the record the path starts from (the finding's unit, or the
 *   design)
 * @path: a member path as findings carry it: `lead`,
 *   `facilities.teaching_room_m2`, `ext.serves_towns`, `team[1].person`
 *
 * The widget xc_form_focus_path() focuses, without focusing it: the
 * #XcFormRow editing the member, for `list[i].rest` the row editing `rest`
 * of the i-th item of the #XcRecordListGroup of `list` (else that item's
 * expander row, else the group), and for a path naming an object
 * (`targets`) the first row of a member inside it.
 *
 * Returns: (transfer none) (nullable): the widget, or %NULL where @form
 *   has none editing the member
 */
GtkWidget *
xc_form_find_row (GtkWidget  *form,
                  XcRecord   *record,
                  const char *path)
{
  const char *bracket;

  g_return_val_if_fail (GTK_IS_WIDGET (form), NULL);
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  bracket = strchr (path, '[');
  if (bracket != NULL)
    {
      g_autofree char *member = g_strndup (path, bracket - path);
      XcRecordListGroup *group = find_list_group (form, record, member);
      const char *rest;
      char *end;
      guint64 index;

      index = g_ascii_strtoull (bracket + 1, &end, 10);
      rest = end != NULL && end[0] == ']' ? end + 1 : NULL;
      if (group != NULL && rest != NULL && end != bracket + 1)
        {
          GListModel *items = xc_record_list_group_get_items (group);
          g_autoptr(XcRecord) item = NULL;
          AdwExpanderRow *item_row;

          if (index < g_list_model_get_n_items (items))
            item = g_list_model_get_item (items, (guint) index);
          if (item == NULL)
            return GTK_WIDGET (group);

          if (rest[0] == '.' && rest[1] != '\0')
            {
              GtkWidget *row = find_member_row (GTK_WIDGET (group), item, rest + 1);

              if (row != NULL)
                return row;
            }
          item_row = xc_record_list_group_get_row (group, (guint) index);
          return item_row != NULL ? GTK_WIDGET (item_row) : GTK_WIDGET (group);
        }
      /* a list of ids (`learners[1]`): its row */
    }

  return find_member_row (form, record, path);
}

static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, bottom, value, page;

  if (scrolled == NULL)
    return;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (child == NULL || !gtk_widget_compute_bounds (widget, child, &bounds))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* bounds are in the child's coordinates, which a viewport scrolls */
  top = bounds.origin.y;
  bottom = top + bounds.size.height;
  if (GTK_IS_VIEWPORT (child))
    {
      top += value;
      bottom += value;
    }
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top, bottom - page));
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  /* once the expanded rows have their size */
  if (gtk_widget_get_height (widget) > 0)
    {
      scroll_to (widget);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * xc_form_focus_path:
 * @form: a form: any widget holding #XcFormRow widgets
 * @record: the record the path starts from (the finding's unit, or the
 *   design)
 * @path: a member path as findings carry it: `lead`,
 *   `facilities.teaching_room_m2`, `ext.serves_towns`, `team[1].person`
 *
 * Shows the planner where a finding is: finds the row as
 * xc_form_find_row() does, expands the expander rows it is in, scrolls it
 * into view and moves keyboard focus into it (once it is on screen, where
 * it is not yet).
 *
 * Returns: %TRUE if a row of @form edits the member
 */
gboolean
xc_form_focus_path (GtkWidget  *form,
                    XcRecord   *record,
                    const char *path)
{
  GtkWidget *row;

  g_return_val_if_fail (GTK_IS_WIDGET (form), FALSE);
  g_return_val_if_fail (XC_IS_RECORD (record), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  row = xc_form_find_row (form, record, path);
  if (row == NULL)
    return FALSE;

  for (GtkWidget *ancestor = gtk_widget_get_parent (row); ancestor != NULL && ancestor != form;
       ancestor = gtk_widget_get_parent (ancestor))
    if (ADW_IS_EXPANDER_ROW (ancestor))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ancestor), TRUE);
  if (ADW_IS_EXPANDER_ROW (row) && !XC_IS_FORM_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  if (XC_IS_FORM_ROW (row))
    xc_form_row_focus (row);
  else
    gtk_widget_grab_focus (row);

  if (gtk_widget_get_mapped (row))
    scroll_to (row);
  gtk_widget_add_tick_callback (row, scroll_tick_cb, NULL, NULL);
  return TRUE;
}
