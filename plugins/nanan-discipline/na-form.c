/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "na-form.h"

/* Every member NA-01 … NA-10 read: the discipline leader and the experts
 * from the partner, their titles, the department director, the leader's
 * duties, days on site, teaching, targets, and the programme's staffing
 * posts, service years and talent housing. */

static const char * const duties[] = {
  "planning", "research", "clinical_teaching", "talent_pipeline", NULL
};
static const char * const activities[] = {
  "on_site_days", "outpatient", "ward_round", "operation", "consultation", "seminar",
  "training_class", "teaching_review", NULL
};
static const char * const partner_kinds[] = { "university", NULL };

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

static void
add_member_number (GtkWidget  *group,
                   XcRecord   *record,
                   const char *path,
                   const char *title)
{
  g_autoptr(XcMemberProxy) proxy = xc_member_proxy_new (record, path);

  if (proxy != NULL)
    add (group, xc_number_row_new (XC_RECORD (proxy), "number", title, 0, 1e7, 0));
}

GObject *
na_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (unit);
  g_autoptr(XcMemberProxy) director = xc_member_proxy_new (record, "ext.department_director");
  g_autoptr(XcMemberProxy) leader_duties = xc_member_proxy_new (record, "ext.leader_duties");
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Co-built discipline"), NULL);
  add (group, xc_text_row_new (record, "name", _("Name")));
  add (group, xc_reference_row_new (record, "host", _("County hospital"),
                                    xc_programme_get_institutions (programme), FALSE));
  add (group, xc_specialty_row_new (record, "specialty", _("Discipline")));
  row = xc_number_row_new (record, "months", _("Own period (months)"), 0, 240, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty: the programme's period"));
  add (group, row);

  group = xc_person_group_new (programme, record, "lead", _("Discipline leader"),
                               XC_PERSON_FIELDS_TITLE | XC_PERSON_FIELDS_INSTITUTION);
  add (group, xc_id_list_row_new_for_vocabulary (XC_RECORD (leader_duties), "strv",
                                                 _("Leader's duties"), duties));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = xc_person_group_new (programme, XC_RECORD (director), "string",
                               _("Department director"), XC_PERSON_FIELDS_INSTITUTION);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Of the county hospital, under the discipline leader"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = xc_team_group_new (programme, unit, _("Expert group"),
                             XC_TEAM_GROUP_PERSON_TITLE | XC_TEAM_GROUP_PERSON_INSTITUTION);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("With the leader, at least 3 deputy chief physicians or above"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = xc_commitments_group_new (unit, _("Commitments"), activities);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("3 days a week on site; a seminar or class a year"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = new_group (page, _("Targets"), _("For the whole period"));
  add_member_number (group, record, "targets.outpatients", _("Outpatients"));
  add_member_number (group, record, "targets.operations", _("Operations"));

  group = new_group (page, _("Learners"), NULL);
  add (group, xc_id_list_row_new (record, "learners", _("Learners"),
                                  xc_programme_get_people (programme)));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}

GObject *
na_form_create_programme_form (XcScheme    *scheme,
                               XcProgramme *programme)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (programme);
  g_autoptr(GtkFilter) universities = xc_institution_kind_filter_new (partner_kinds);
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Programme"), NULL);
  add (group, xc_text_row_new (record, "title", C_("programme", "Title")));
  row = xc_reference_row_new (record, "partner", _("Partner university"),
                              xc_programme_get_institutions (programme), TRUE);
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), universities);
  add (group, row);
  add (group, xc_text_row_new (record, "start", _("Start (YYYY-MM-DD)")));
  add (group, xc_number_row_new (record, "months", _("Period (months)"), 0, 240, 0));

  group = new_group (page, _("Posts and housing"), NULL);
  add_member_number (group, record, "ext.staffing_posts", _("Dedicated staffing posts"));
  add_member_number (group, record, "ext.service_years", _("Years before return"));
  add_member_number (group, record, "ext.housing_m2", _("Talent housing (m²)"));

  /* Every design has a region and a budget (the indicators need it). */
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_region_group (programme)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_budget_group (programme)));

  return G_OBJECT (g_object_ref_sink (page));
}
