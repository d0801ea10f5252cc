/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-unit-groups.h"
#include "xc-choice-row.h"
#include "xc-form-util-private.h"
#include "xc-number-row.h"
#include "xc-record-form.h"
#include "xc-record-list-group.h"
#include "xc-reference-row.h"
#include "xc-id-list-row.h"

static const char * const titles[] = { "chief", "deputy_chief", "attending", "resident", "none", NULL };
static const char * const roles[] = { "lead", "team", "group", "learners", NULL };
static const char * const all_activities[] = {
  "outpatient", "ward_round", "seminar", "training_class", "consultation", "teaching_review",
  "operation", "on_site_days", "remote_consultation", NULL
};
static const char * const pers[] = { "week", "fortnight", "month", "quarter", "year", NULL };

static const char * const specialties[] = {
  "general_practice", "general_surgery", "cardiology", "cardiovascular_intervention",
  "endocrinology", "respiratory", "gastroenterology", "nephrology", "neurology",
  "neurosurgery", "orthopaedics", "hepatobiliary", "urology", "obstetrics_gynaecology",
  "reproductive_medicine", "paediatrics", "dermatology", "oncology", "pain", "trauma",
  "emergency", "rehabilitation", "radiology", "anaesthesiology", "laboratory_medicine",
  "tcm_internal", "tcm_gynaecology", "tcm_orthopaedics", "tcm_paediatrics", "acupuncture",
  NULL
};

/**
 * xc_specialty_row_new:
 * @record: the record to edit
 * @property: a string property holding a specialty (`specialty`)
 * @title: (nullable): the row's title; %NULL: “Specialty”
 *
 * A choice among the specialties of format v1, by label; a specialty the
 * record holds already that the list lacks (a scheme may use more) is
 * offered too.
 *
 * Returns: (transfer floating): a new #XcChoiceRow
 */
GtkWidget *
xc_specialty_row_new (XcRecord   *record,
                      const char *property,
                      const char *title)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  g_autofree char *current = NULL;

  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (record), property) != NULL)
    g_object_get (record, property, &current, NULL);
  g_strv_builder_addv (builder, (const char **) specialties);
  if (current != NULL && current[0] != '\0' && !g_strv_contains (specialties, current))
    g_strv_builder_add (builder, current);
  ids = g_strv_builder_end (builder);

  return xc_choice_row_new (record, property, title != NULL ? title : _("Specialty"),
                            (const char * const *) ids);
}

static const char * const honours[] = {
  "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm",
  "national_famous_doctor", "provincial_famous_doctor", "municipal_famous_doctor", NULL
};

/* A person chosen by reference, and rows about that person */

typedef struct
{
  XcProgramme    *programme;
  XcRecord       *record;
  char           *property;
  XcPersonFields  fields;
  GPtrArray      *rows;   /* the rows about the person, which go when it changes */
} PersonGroup;

static void
person_group_free (gpointer data)
{
  PersonGroup *person_group = data;

  g_clear_object (&person_group->programme);
  g_clear_object (&person_group->record);
  g_clear_pointer (&person_group->property, g_free);
  g_clear_pointer (&person_group->rows, g_ptr_array_unref);
  g_free (person_group);
}

static void
add_person_row (AdwPreferencesGroup *group,
                PersonGroup         *person_group,
                GtkWidget           *row)
{
  g_ptr_array_add (person_group->rows, row);
  adw_preferences_group_add (group, row);
}

static void
fill_person_group (AdwPreferencesGroup *group,
                   PersonGroup         *person_group)
{
  g_autofree char *person_id = NULL;
  XcPerson *person;

  for (guint i = 0; i < person_group->rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (person_group->rows, i));
  g_ptr_array_set_size (person_group->rows, 0);

  g_object_get (person_group->record, person_group->property, &person_id, NULL);
  person = person_id != NULL ? xc_programme_lookup_person (person_group->programme, person_id) : NULL;
  if (person == NULL)
    return;

  if (person_group->fields & XC_PERSON_FIELDS_TITLE)
    add_person_row (group, person_group, xc_person_title_row_new (person, _("Their title")));
  if (person_group->fields & XC_PERSON_FIELDS_HONOURS)
    add_person_row (group, person_group,
                    xc_id_list_row_new_for_vocabulary (XC_RECORD (person), "honours",
                                                       _("Their honours"), honours));
  if (person_group->fields & XC_PERSON_FIELDS_SPECIALTY)
    add_person_row (group, person_group,
                    xc_specialty_row_new (XC_RECORD (person), "specialty", _("Their specialty")));
  if (person_group->fields & XC_PERSON_FIELDS_INSTITUTION)
    add_person_row (group, person_group,
                    xc_reference_row_new (XC_RECORD (person), "institution",
                                          _("Their institution"),
                                          xc_programme_get_institutions (person_group->programme),
                                          FALSE));
}

static void
person_changed_cb (AdwPreferencesGroup *group)
{
  fill_person_group (group, g_object_get_data (G_OBJECT (group), "xc-person-group"));
}

/**
 * xc_person_group_new:
 * @programme: the design, for the people to choose from
 * @record: the record that refers to the person (a unit; an
 *   #XcMemberProxy for a reference in `ext`)
 * @property: the string property of @record holding the person's id
 *   (`lead`; `string` on a proxy)
 * @title: the group's title, which is also the choice's, e.g. “Mentor”
 * @fields: what to show of the chosen person
 *
 * A preferences group choosing a person by name, followed by rows editing
 * what the scheme's rules read of that person — title, honours — which
 * follow the choice to another person.
 *
 * Returns: (transfer floating): a new #AdwPreferencesGroup
 */
GtkWidget *
xc_person_group_new (XcProgramme    *programme,
                     XcRecord       *record,
                     const char     *property,
                     const char     *title,
                     XcPersonFields  fields)
{
  GtkWidget *group;
  PersonGroup *person_group;
  g_autofree char *signal = NULL;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  {
    GtkWidget *row = xc_reference_row_new (record, property, title,
                                           xc_programme_get_people (programme), TRUE);

    /* a unit's lead: every scheme needs one (XC-01 and the schemes' own) */
    if (XC_IS_UNIT (record) && g_str_equal (property, "lead"))
      xc_reference_row_set_required (XC_REFERENCE_ROW (row), TRUE);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  }

  person_group = g_new0 (PersonGroup, 1);
  person_group->programme = g_object_ref (programme);
  person_group->record = g_object_ref (record);
  person_group->property = g_strdup (property);
  person_group->fields = fields;
  person_group->rows = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (group), "xc-person-group", person_group, person_group_free);

  signal = g_strconcat ("notify::", property, NULL);
  g_signal_connect_object (record, signal, G_CALLBACK (person_changed_cb), group, G_CONNECT_SWAPPED);
  fill_person_group (ADW_PREFERENCES_GROUP (group), person_group);
  return group;
}

/* Team */

typedef struct
{
  XcProgramme      *programme;
  XcTeamGroupFlags  flags;
} TeamData;

static void
team_data_free (gpointer data)
{
  TeamData *team = data;

  g_clear_object (&team->programme);
  g_free (team);
}

/**
 * xc_person_title_row_new:
 * @person: a person of the design
 * @title: (nullable): the row's title; %NULL: “Title”
 *
 * A choice of the person's professional title (`chief`, `deputy_chief`…),
 * which rules on team members read.
 *
 * Returns: (transfer floating): a new #XcChoiceRow
 */
GtkWidget *
xc_person_title_row_new (XcPerson   *person,
                         const char *title)
{
  g_return_val_if_fail (XC_IS_PERSON (person), NULL);

  return xc_choice_row_new (XC_RECORD (person), "title", title != NULL ? title : _("Title"), titles);
}

/* The rows about the member's person follow the member to another person. */
static void
fill_person_rows (AdwExpanderRow *row,
                  XcTeamMember   *member,
                  TeamData       *team)
{
  GPtrArray *person_rows = g_object_get_data (G_OBJECT (row), "xc-person-rows");
  const char *person_id = xc_team_member_get_person (member);
  XcPerson *person = person_id != NULL ? xc_programme_lookup_person (team->programme, person_id) : NULL;

  for (guint i = 0; i < person_rows->len; i++)
    adw_expander_row_remove (row, g_ptr_array_index (person_rows, i));
  g_ptr_array_set_size (person_rows, 0);

  if (person == NULL)
    return;

  if (team->flags & XC_TEAM_GROUP_PERSON_TITLE)
    {
      GtkWidget *title = xc_person_title_row_new (person, _("Their title"));

      g_ptr_array_add (person_rows, title);
      adw_expander_row_add_row (row, title);
    }
  if (team->flags & XC_TEAM_GROUP_PERSON_SPECIALTY)
    {
      GtkWidget *specialty = xc_specialty_row_new (XC_RECORD (person), "specialty",
                                                   _("Their specialty"));

      g_ptr_array_add (person_rows, specialty);
      adw_expander_row_add_row (row, specialty);
    }
  if (team->flags & XC_TEAM_GROUP_PERSON_INSTITUTION)
    {
      GtkWidget *institution = xc_reference_row_new (XC_RECORD (person), "institution",
                                                     _("Their institution"),
                                                     xc_programme_get_institutions (team->programme),
                                                     FALSE);

      g_ptr_array_add (person_rows, institution);
      adw_expander_row_add_row (row, institution);
    }
}

static void
member_person_changed_cb (XcTeamMember   *member,
                          GParamSpec     *pspec,
                          AdwExpanderRow *row)
{
  TeamData *team = g_object_get_data (G_OBJECT (row), "xc-team");

  fill_person_rows (row, member, team);
}

static void
fill_team_member_cb (XcRecordListGroup *group,
                     XcRecord          *item,
                     AdwExpanderRow    *row,
                     gpointer           user_data)
{
  TeamData *team = user_data;

  adw_expander_row_add_row (row, xc_reference_row_new (item, "person", _("Expert"),
                                                       xc_programme_get_people (team->programme),
                                                       FALSE));
  if (team->flags & XC_TEAM_GROUP_RESIDENCY)
    adw_expander_row_add_row (row, xc_number_row_new (item, "residency-months",
                                                      _("Residency (months)"), 0, 120, 0));

  g_object_set_data_full (G_OBJECT (row), "xc-person-rows", g_ptr_array_new (),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (row), "xc-team", team);
  fill_person_rows (row, XC_TEAM_MEMBER (item), team);
  g_signal_connect_object (item, "notify::person", G_CALLBACK (member_person_changed_cb), row, 0);
}

static char *
team_member_title_cb (XcRecord *item,
                      gpointer  user_data)
{
  TeamData *team = user_data;
  const char *person_id = xc_team_member_get_person (XC_TEAM_MEMBER (item));
  XcPerson *person = person_id != NULL ? xc_programme_lookup_person (team->programme, person_id) : NULL;
  const char *title;

  if (person_id == NULL || person_id[0] == '\0')
    return g_strdup (_("New member: choose the expert"));
  if (person == NULL)
    return g_strdup (person_id);

  title = xc_person_get_title (person);
  if (title == NULL)
    return g_strdup (xc_record_get_label (XC_RECORD (person)));
  /* TRANSLATORS: a team member: their name and their title */
  return g_strdup_printf (_("%s · %s"), xc_record_get_label (XC_RECORD (person)),
                          _xc_form_get_label (title));
}

static XcRecord *
new_team_member_cb (XcRecordListGroup *group,
                    gpointer           user_data)
{
  return XC_RECORD (xc_team_member_new ());
}

/**
 * xc_team_group_new:
 * @programme: the design, for the people to choose from
 * @unit: the unit whose `team` to edit
 * @title: (nullable): the group's title; %NULL: “Team”
 * @flags: what to show of each member
 *
 * An #XcRecordListGroup of the unit's team members: each chooses a person
 * by name, and shows what @flags asks for.
 *
 * Returns: (transfer floating): a new group
 */
GtkWidget *
xc_team_group_new (XcProgramme      *programme,
                   XcUnit           *unit,
                   const char       *title,
                   XcTeamGroupFlags  flags)
{
  GtkWidget *group;
  TeamData *team;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (XC_IS_UNIT (unit), NULL);

  team = g_new0 (TeamData, 1);
  team->programme = g_object_ref (programme);
  team->flags = flags;

  group = xc_record_list_group_new (XC_RECORD (unit), "team", xc_unit_get_team (unit),
                                    title != NULL ? title : _("Team"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The lead's team, the lead not counted"));
  /* one TeamData, freed with the fill function; the others borrow it */
  xc_record_list_group_set_title_func (XC_RECORD_LIST_GROUP (group), team_member_title_cb,
                                       team, NULL);
  xc_record_list_group_set_fill_func (XC_RECORD_LIST_GROUP (group), fill_team_member_cb,
                                      team, team_data_free);
  xc_record_list_group_set_new_func (XC_RECORD_LIST_GROUP (group), new_team_member_cb,
                                     NULL, NULL);
  return group;
}

/* Commitments */

static void
fill_commitment_cb (XcRecordListGroup *group,
                    XcRecord          *item,
                    AdwExpanderRow    *row,
                    gpointer           user_data)
{
  const char * const *activities = user_data;

  adw_expander_row_add_row (row, xc_choice_row_new (item, "role", _("Who"), roles));
  adw_expander_row_add_row (row, xc_choice_row_new (item, "activity", _("Activity"), activities));
  adw_expander_row_add_row (row, xc_number_row_new (item, "count", _("How many times"),
                                                    0, 1000, 2));
  adw_expander_row_add_row (row, xc_choice_row_new (item, "per", _("How often"), pers));
}

static char *
commitment_title_cb (XcRecord *item,
                     gpointer  user_data)
{
  XcCommitment *commitment = XC_COMMITMENT (item);
  const char *activity = xc_commitment_get_activity (commitment);
  const char *role = xc_commitment_get_role (commitment);
  const char *per = xc_commitment_get_per (commitment);
  char count[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (count, sizeof count, "%g", xc_commitment_get_count (commitment));
  /* TRANSLATORS: a commitment: who, what, how many times, how often,
   * e.g. "Team: Outpatient clinic, 1 × Per week" */
  return g_strdup_printf (_("%s: %s, %s × %s"),
                          role != NULL ? _xc_form_get_label (role) : "?",
                          activity != NULL ? _xc_form_get_label (activity) : "?",
                          count,
                          per != NULL ? _xc_form_get_label (per) : "?");
}

static XcRecord *
new_commitment_cb (XcRecordListGroup *group,
                   gpointer           user_data)
{
  const char * const *activities = user_data;
  XcCommitment *commitment = xc_commitment_new ();

  xc_commitment_set_role (commitment, "team");
  xc_commitment_set_activity (commitment, activities[0]);
  xc_commitment_set_count (commitment, 1);
  xc_commitment_set_per (commitment, "week");
  return XC_RECORD (commitment);
}

/**
 * xc_commitments_group_new:
 * @unit: the unit whose `commitments` to edit
 * @title: (nullable): the group's title; %NULL: “Commitments”
 * @activities: (array zero-terminated=1) (nullable): the activities the
 *   scheme's rules read, offered in that order; %NULL: all of format v1
 *
 * An #XcRecordListGroup of the unit's commitments, each with who, what,
 * how many times and how often.
 *
 * Returns: (transfer floating): a new group
 */
GtkWidget *
xc_commitments_group_new (XcUnit             *unit,
                          const char         *title,
                          const char * const *activities)
{
  GtkWidget *group;
  GStrv owned;

  g_return_val_if_fail (XC_IS_UNIT (unit), NULL);

  owned = g_strdupv ((char **) (activities != NULL && activities[0] != NULL
                                ? activities : all_activities));
  group = xc_record_list_group_new (XC_RECORD (unit), "commitments",
                                    xc_unit_get_commitments (unit),
                                    title != NULL ? title : _("Commitments"));
  xc_record_list_group_set_title_func (XC_RECORD_LIST_GROUP (group), commitment_title_cb,
                                       NULL, NULL);
  xc_record_list_group_set_fill_func (XC_RECORD_LIST_GROUP (group), fill_commitment_cb,
                                      owned, (GDestroyNotify) g_strfreev);
  xc_record_list_group_set_new_func (XC_RECORD_LIST_GROUP (group), new_commitment_cb,
                                     owned, NULL);
  return group;
}
