/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "zb-form.h"

/* Every member ZB-01 … ZB-11 read: the famous doctor and their hospital,
 * the stationed team and its residency, days on site, the host centre and
 * its needs, services and new techniques. */

static const char * const host_kinds[] = { "township_health_centre", NULL };
static const char * const activities[] = {
  "on_site_days", "outpatient", "ward_round", "consultation", "operation", "training_class",
  "seminar", "teaching_review", "remote_consultation", NULL
};
static const char * const services[] = {
  "referral_booking", "green_channel", "remote_consultation", "remote_imaging", "remote_lab", NULL
};

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

/* A number kept in a member with no property (ext, targets); absent shows empty. */
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
zb_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (unit);
  g_autoptr(GtkFilter) centres = xc_institution_kind_filter_new (host_kinds);
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Workstation"), NULL);
  add (group, xc_text_row_new (record, "name", _("Name")));
  row = xc_reference_row_new (record, "host", _("Host health centre"),
                              xc_programme_get_institutions (programme), FALSE);
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), centres);
  add (group, row);
  add (group, xc_specialty_row_new (record, "specialty", _("Specialty")));
  add (group, xc_text_row_new (record, "start", _("Start (YYYY-MM-DD)")));
  row = xc_number_row_new (record, "months", _("Own period (months)"), 0, 120, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty: the programme's period"));
  add (group, row);

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_person_group_new (programme, record, "lead", _("Famous doctor"),
                         XC_PERSON_FIELDS_TITLE | XC_PERSON_FIELDS_HONOURS
                         | XC_PERSON_FIELDS_INSTITUTION)));

  group = xc_team_group_new (programme, unit, _("Stationed team"),
                             XC_TEAM_GROUP_RESIDENCY | XC_TEAM_GROUP_PERSON_TITLE);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("At least 2, each stationed for 12 months or more"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = xc_commitments_group_new (unit, _("Commitments"), activities);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The famous doctor is on site at least 3 days a month"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = new_group (page, _("Services"), NULL);
  add (group, xc_id_list_row_new_for_vocabulary (record, "services", _("Services"), services));
  add_member_number (group, record, "targets.new_techniques", _("New techniques"));

  group = new_group (page, _("Learners"), NULL);
  add (group, xc_id_list_row_new (record, "learners", _("Learners"),
                                  xc_programme_get_people (programme)));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}

GObject *
zb_form_create_programme_form (XcScheme    *scheme,
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

  group = new_group (page, _("City-wide figures"),
                     _("For a design that lists only part of the programme"));
  add_member_number (group, record, "ext.city_totals.stations", _("Workstations"));
  add_member_number (group, record, "ext.city_totals.experts", _("Experts"));
  add_member_number (group, record, "ext.city_totals.sending_hospitals", _("Sending hospitals"));

  /* Every design has a region and a budget (the indicators need it). */
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_region_group (programme)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_budget_group (programme)));

  return G_OBJECT (g_object_ref_sink (page));
}
