/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "cz-form.h"

/* Every member CZ-01 … CZ-06 read: the instrument and the county of its
 * host, the experts sent and their residency, the minimum a year, signed
 * agreements, the partner, and the training targets. */

static const char * const variants[] = {
  "group_recruitment", "order_training", "trusteeship", "migratory_expert", "pairing",
  "alliance", "mentor_pool", "training", NULL
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

static void
add_member_number (GtkWidget  *group,
                   XcRecord   *record,
                   const char *path,
                   const char *title)
{
  g_autoptr(XcMemberProxy) proxy = xc_member_proxy_new (record, path);

  if (proxy != NULL)
    add (group, xc_number_row_new (XC_RECORD (proxy), "number", title, 0, 1e10, 0));
}

GObject *
cz_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (unit);
  GListModel *institutions = xc_programme_get_institutions (programme);
  g_autoptr(XcMemberProxy) partner = xc_member_proxy_new (record, "ext.partner");
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Instrument"), NULL);
  add (group, xc_text_row_new (record, "name", _("Name")));
  add (group, xc_choice_row_new (record, "variant", _("Instrument"), variants));
  add (group, xc_reference_row_new (record, "host", _("Host institution"), institutions, FALSE));
  add (group, xc_reference_row_new (XC_RECORD (partner), "string", _("Partner institution"),
                                    institutions, TRUE));
  add (group, xc_specialty_row_new (record, "specialty", _("Specialty")));
  row = xc_number_row_new (record, "months", _("Own period (months)"), 0, 240, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty: the programme's period"));
  add (group, row);

  group = new_group (page, _("Experts sent"), NULL);
  add_member_number (group, record, "ext.min_experts_per_year", _("Experts a year, at least"));
  add_member_number (group, record, "ext.signed", _("Employment agreements signed"));
  add_member_number (group, record, "ext.special_post_teams", _("Special-post teams"));
  add_member_number (group, record, "ext.funding_per_year", _("Funding a year (CNY)"));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_person_group_new (programme, record, "lead", _("Lead"), XC_PERSON_FIELDS_TITLE)));

  group = xc_team_group_new (programme, unit, _("Team"), XC_TEAM_GROUP_RESIDENCY);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A trusteeship stations someone for 12 months or more"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  group = new_group (page, _("Services and learners"), NULL);
  add (group, xc_id_list_row_new_for_vocabulary (record, "services", _("Services"), services));
  add (group, xc_id_list_row_new (record, "learners", _("Learners"),
                                  xc_programme_get_people (programme)));

  group = new_group (page, _("Training"), NULL);
  add_member_number (group, record, "targets.trainees", _("Trainees"));
  add_member_number (group, record, "targets.training_sessions", _("Training sessions"));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_commitments_group_new (unit, _("Commitments"), NULL)));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}

GObject *
cz_form_create_programme_form (XcScheme    *scheme,
                               XcProgramme *programme)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (programme);
  GtkWidget *group;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Programme"), NULL);
  add (group, xc_text_row_new (record, "title", C_("programme", "Title")));
  add (group, xc_text_row_new (record, "start", _("Start (YYYY-MM-DD)")));
  add (group, xc_number_row_new (record, "months", _("Period (months)"), 0, 240, 0));

  group = new_group (page, _("City-wide figures"), NULL);
  add_member_number (group, record, "ext.citywide.doctors_sent", _("Doctors sent to counties"));
  add_member_number (group, record, "ext.citywide.graduates_recruited",
                     _("Graduates recruited"));

  /* Every design has a region and a budget (the indicators need it). */
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_region_group (programme)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_budget_group (programme)));

  return G_OBJECT (g_object_ref_sink (page));
}
