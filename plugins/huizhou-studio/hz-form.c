/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "hz-form.h"

/* Every member HZ-01 … HZ-19 read, in the order a planner fills a studio in. */

static const char * const variants[] = { "western", "tcm", NULL };
static const char * const host_kinds[] = { "township_health_centre", NULL };
static const char * const activities[] = {
  "outpatient", "ward_round", "seminar", "training_class", "consultation", "teaching_review", NULL
};
static const char * const equipment[] = { "computer", "broadband", "av_capture", "recorder", NULL };
static const char * const applicants[] = { "county_health_authority", NULL };

static GtkWidget *
new_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
add (GtkWidget *group,
     GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

GObject *
hz_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (unit);
  g_autoptr(GtkFilter) centres = xc_institution_kind_filter_new (host_kinds);
  g_autoptr(XcMemberProxy) serves_towns = xc_member_proxy_new (record, "ext.serves_towns");
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Studio"), NULL);
  add (group, xc_text_row_new (record, "name", _("Name")));
  add (group, xc_choice_row_new (record, "variant", _("Studio type"), variants));
  row = xc_reference_row_new (record, "host", _("Host health centre"),
                              xc_programme_get_institutions (programme), FALSE);
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), centres);
  add (group, row);
  add (group, xc_specialty_row_new (record, "specialty", _("Specialty")));
  row = xc_number_row_new (record, "months", _("Own period (months)"), 0, 120, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty: the programme's period"));
  add (group, row);

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_person_group_new (programme, record, "lead", _("Mentor"),
                         XC_PERSON_FIELDS_TITLE | XC_PERSON_FIELDS_HONOURS
                         | XC_PERSON_FIELDS_SPECIALTY)));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_team_group_new (programme, unit, _("Team"),
                       XC_TEAM_GROUP_PERSON_TITLE | XC_TEAM_GROUP_PERSON_SPECIALTY)));

  group = new_group (page, _("Learners"), _("Local staff the studio trains, at least 2"));
  add (group, xc_id_list_row_new (record, "learners", _("Learners"),
                                  xc_programme_get_people (programme)));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_commitments_group_new (unit, _("Commitments"), activities)));

  group = new_group (page, _("Facilities"), NULL);
  add (group, xc_number_row_new (record, "teaching-room-m2", _("Teaching room (m²)"), 0, 10000, 1));
  add (group, xc_switch_row_new (record, "reading-room", _("Reading room")));
  add (group, xc_id_list_row_new_for_vocabulary (record, "equipment", _("Equipment"), equipment));

  group = new_group (page, _("Towns served"),
                     _("Towns the studio serves besides its host's own"));
  if (serves_towns != NULL)
    add (group, xc_id_list_row_new (XC_RECORD (serves_towns), "strv", _("Other towns"),
                                    xc_programme_get_towns (programme)));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}

static void
fill_town_cb (XcRecordListGroup *group,
              XcRecord          *item,
              AdwExpanderRow    *row,
              gpointer           user_data)
{
  adw_expander_row_add_row (row, xc_text_row_new (item, "name", _("Name")));
  adw_expander_row_add_row (row, xc_text_row_new (item, "county", _("County")));
  adw_expander_row_add_row (row, xc_text_row_new (item, "id", _("Identifier")));
}

static XcRecord *
new_town_cb (XcRecordListGroup *group,
             gpointer           user_data)
{
  GListModel *towns = xc_record_list_group_get_items (group);
  XcTown *town = xc_town_new ();
  g_autofree char *id = g_strdup_printf ("t-new-%u", g_list_model_get_n_items (towns) + 1);

  xc_town_set_id (town, id);
  return XC_RECORD (town);
}

GObject *
hz_form_create_programme_form (XcScheme    *scheme,
                               XcProgramme *programme)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (programme);
  GtkWidget *group;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Programme"), NULL);
  add (group, xc_text_row_new (record, "title", C_("programme", "Title")));
  add (group, xc_text_row_new (record, "start", _("Start (YYYY-MM-DD)")));
  add (group, xc_number_row_new (record, "months", _("Period (months)"), 0, 120, 0));

  group = new_group (page, _("Acceptance"), NULL);
  add (group, xc_number_row_new (record, "planned-acceptance-month",
                                 _("Planned in month"), 0, 120, 0));
  add (group, xc_choice_row_new (record, "acceptance-applicant", _("Applied for by"), applicants));
  add (group, xc_switch_row_new (record, "third-party-acceptance", _("Third-party acceptance")));

  group = xc_record_list_group_new (record, "region.towns", xc_programme_get_towns (programme),
                                    _("Towns of the region"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each needs a studio at its health centre"));
  xc_record_list_group_set_fill_func (XC_RECORD_LIST_GROUP (group), fill_town_cb, NULL, NULL);
  xc_record_list_group_set_new_func (XC_RECORD_LIST_GROUP (group), new_town_cb, NULL, NULL);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  /* Every design has a region and a budget (the indicators need it). */
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_region_group (programme)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_budget_group (programme)));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}
