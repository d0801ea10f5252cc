/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "yn-form.h"

/* Every member YN-01 … YN-08 read: the county hospital hosting each
 * workstation, its needs, the team, the discipline aim, referral booking,
 * and the presidents seconded from the provincial hospital. */

static const char * const host_kinds[] = { "county_hospital", NULL };
static const char * const aims[] = { "key", "advantage", "featured", NULL };
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

GObject *
yn_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (unit);
  g_autoptr(GtkFilter) county_hospitals = xc_institution_kind_filter_new (host_kinds);
  g_autoptr(XcMemberProxy) aim = xc_member_proxy_new (record, "ext.discipline_aim");
  GtkWidget *group;
  GtkWidget *row;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Expert workstation"), NULL);
  add (group, xc_text_row_new (record, "name", _("Name")));
  row = xc_reference_row_new (record, "host", _("County hospital"),
                              xc_programme_get_institutions (programme), FALSE);
  xc_reference_row_set_filter (XC_REFERENCE_ROW (row), county_hospitals);
  add (group, row);
  add (group, xc_specialty_row_new (record, "specialty", _("Specialty")));
  add (group, xc_choice_row_new (XC_RECORD (aim), "string", _("Discipline aim"), aims));
  row = xc_number_row_new (record, "months", _("Own period (months)"), 0, 240, 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty: the programme's period"));
  add (group, row);

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_person_group_new (programme, record, "lead", _("Lead expert"), XC_PERSON_FIELDS_TITLE)));

  group = xc_team_group_new (programme, unit, _("Team"), XC_TEAM_GROUP_PERSON_TITLE);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("At least one member besides the lead"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (
    xc_commitments_group_new (unit, _("Commitments"), NULL)));

  group = new_group (page, _("Services"), _("Referral booking plans tiered care"));
  add (group, xc_id_list_row_new_for_vocabulary (record, "services", _("Services"), services));

  /* transfer full, as the scheme interface says: not floating */
  return G_OBJECT (g_object_ref_sink (page));
}

static void
fill_need_cb (XcRecordListGroup *group,
              XcRecord          *item,
              AdwExpanderRow    *row,
              gpointer           user_data)
{
  XcProgramme *programme = user_data;

  adw_expander_row_add_row (row, xc_reference_row_new (item, "institution", _("Institution"),
                                                       xc_programme_get_institutions (programme),
                                                       FALSE));
  adw_expander_row_add_row (row, xc_specialty_row_new (item, "specialty", _("Specialty")));
  adw_expander_row_add_row (row, xc_text_row_new (item, "note", _("Note")));
}

static char *
need_title_cb (XcRecord *item,
               gpointer  user_data)
{
  XcProgramme *programme = user_data;
  const char *institution_id = xc_need_get_institution (XC_NEED (item));
  const char *specialty = xc_need_get_specialty (XC_NEED (item));
  XcInstitution *institution = institution_id != NULL
                               ? xc_programme_lookup_institution (programme, institution_id) : NULL;

  /* TRANSLATORS: a need: the institution, then the specialty it needs */
  return g_strdup_printf (_("%s: %s"),
                          institution != NULL ? xc_record_get_label (XC_RECORD (institution))
                          : institution_id != NULL ? institution_id : "?",
                          specialty != NULL ? xc_vocabulary_get_label (specialty) : "?");
}

static XcRecord *
new_need_cb (XcRecordListGroup *group,
             gpointer           user_data)
{
  return XC_RECORD (xc_need_new ());
}

GObject *
yn_form_create_programme_form (XcScheme    *scheme,
                               XcProgramme *programme)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  XcRecord *record = XC_RECORD (programme);
  GListModel *institutions = xc_programme_get_institutions (programme);
  GtkWidget *group;

  adw_preferences_page_set_title (page, xc_record_get_label (record));

  group = new_group (page, _("Programme"), NULL);
  add (group, xc_text_row_new (record, "title", C_("programme", "Title")));
  add (group, xc_reference_row_new (record, "partner", _("Provincial hospital"),
                                    institutions, TRUE));
  add (group, xc_text_row_new (record, "start", _("Start (YYYY-MM-DD)")));
  add (group, xc_number_row_new (record, "months", _("Period (months)"), 0, 240, 0));

  group = xc_record_list_group_new (record, "needs", xc_programme_get_needs (programme),
                                    _("Needs declared"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each met by a workstation in that specialty"));
  /* the design outlives its form's callbacks: the group holds it */
  xc_record_list_group_set_fill_func (XC_RECORD_LIST_GROUP (group), fill_need_cb,
                                      g_object_ref (programme), g_object_unref);
  xc_record_list_group_set_title_func (XC_RECORD_LIST_GROUP (group), need_title_cb,
                                       programme, NULL);
  xc_record_list_group_set_new_func (XC_RECORD_LIST_GROUP (group), new_need_cb, NULL, NULL);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  /* one row per county hospital, in the programme's map (what the sample
   * uses); a president on the institution itself wins over it */
  group = new_group (page, _("Seconded presidents"),
                     _("Presidents the provincial hospital seconds to county hospitals"));
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      g_autofree char *path = NULL;
      g_autoptr(XcMemberProxy) proxy = NULL;

      if (g_strcmp0 (xc_institution_get_kind (institution), "county_hospital") != 0
          || xc_institution_get_id (institution) == NULL)
        continue;
      path = g_strdup_printf ("ext.seconded_president.%s", xc_institution_get_id (institution));
      proxy = xc_member_proxy_new (record, path);
      if (proxy != NULL)
        add (group, xc_reference_row_new (XC_RECORD (proxy), "string",
                                          xc_record_get_label (XC_RECORD (institution)),
                                          xc_programme_get_people (programme), TRUE));
    }

  /* Every design has a region and a budget (the indicators need it). */
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_region_group (programme)));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (xc_record_form_new_budget_group (programme)));

  return G_OBJECT (g_object_ref_sink (page));
}
