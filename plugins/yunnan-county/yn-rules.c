/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "yn-rules.h"

#define SEED "003_14f4872be4ea1aff.txt"

/* A recipient (受援医院) is an institution that hosts at least one
 * workstation; YN-04 also counts every county hospital of the design.
 * README.md says how each rule reads the design. */

static const XcRuleInfo rules[] = {
  { "YN-01", XC_SEVERITY_ERROR,
    N_("Every recipient hosting a workstation is a county people's hospital."),
    "10所人民医院", SEED },
  { "YN-02", XC_SEVERITY_ERROR,
    N_("Every recipient declares at least one need."),
    "提出在建设发展所遇到的困难、挑战和短板，提出帮扶所需", SEED },
  { "YN-03", XC_SEVERITY_ERROR,
    N_("Every declared need is met by a workstation at that institution in the needed specialty."),
    "請求…派肝膽專家和皮膚科專家到該院建設基層專家工作站", SEED },
  { "YN-04", XC_SEVERITY_ERROR,
    N_("Every recipient, and every county hospital of the design, has at least one workstation."),
    "以建立基层专家站为切入口", SEED },
  { "YN-05", XC_SEVERITY_INFO,
    N_("The recipient's president is not seconded from the provincial hospital."),
    "“省管县用”院长", SEED },
  { "YN-06", XC_SEVERITY_WARNING,
    N_("A workstation is staffed as a team: at least one team member besides the lead."),
    "加强组团帮扶", SEED },
  { "YN-07", XC_SEVERITY_WARNING,
    N_("A workstation names its discipline aim: a key, an advantage or a featured discipline."),
    "重点学科提升，选好优势学科，重视特色学科建设", SEED },
  { "YN-08", XC_SEVERITY_WARNING,
    N_("The programme plans tiered care: some workstation offers referral booking."),
    "建立分级诊疗制度", SEED },
};

/* The values of a unit's ext.discipline_aim: 重点学科, 优势学科, 特色学科. */
static const char * const discipline_aims[] = { "key", "advantage", "featured", NULL };

GListModel *
yn_rules_list (void)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), GETTEXT_PACKAGE);
}

/* Names for messages, falling back to the id where a name is missing. */

static gboolean
is_county_hospital (XcInstitution *institution)
{
  return g_strcmp0 (xc_institution_get_kind (institution), "county_hospital") == 0;
}

/* The key of a (host, specialty) pair in the table of what the
 * workstations offer. */
static char *
offer_key (const char *host,
           const char *specialty)
{
  g_assert (host != NULL && specialty != NULL);

  return g_strconcat (host, "\x1f", specialty, NULL);
}

/* YN-01 */
static void
check_host (XcUnit        *unit,
            XcInstitution *host,
            XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *kind;

  if (xc_unit_get_host (unit) == NULL)
    {
      xc_report_add (report, "YN-01", unit_id, NULL, "host",
                     _("Workstation %s has no host; it must be a county hospital"),
                     xc_record_get_label (XC_RECORD (unit)));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (is_county_hospital (host))
    return;

  kind = xc_institution_get_kind (host);
  if (kind == NULL)
    xc_report_add (report, "YN-01", unit_id, xc_institution_get_id (host), "host",
                   _("The host %s of workstation %s has no kind; it must be a county hospital"),
                   xc_record_get_label (XC_RECORD (host)), xc_record_get_label (XC_RECORD (unit)));
  else
    xc_report_add (report, "YN-01", unit_id, xc_institution_get_id (host), "host",
                   _("The host %s of workstation %s is a “%s”, not a county hospital"),
                   xc_record_get_label (XC_RECORD (host)), xc_record_get_label (XC_RECORD (unit)), xc_vocabulary_get_label (kind));
}

/* YN-06: a team member counts when they name a person other than the lead.
 * One naming a person missing from the design counts too: XC-01 reports
 * that reference, and YN-06 does not report it again. */
static void
check_team (XcProgramme *programme,
            XcUnit      *unit,
            XcReport    *report)
{
  const char *lead_id = xc_unit_get_lead (unit);
  XcPerson *lead = xc_programme_lookup_person (programme, lead_id);
  GListModel *team = xc_unit_get_team (unit);
  guint n = g_list_model_get_n_items (team);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person_id = xc_team_member_get_person (member);

      if (person_id != NULL && g_strcmp0 (person_id, lead_id) != 0)
        return;
    }

  if (lead != NULL)
    xc_report_add (report, "YN-06", xc_unit_get_id (unit), lead_id, "team",
                   _("Workstation %s is staffed by its lead %s alone; it needs at least one team member besides the lead"),
                   xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (lead)));
  else
    xc_report_add (report, "YN-06", xc_unit_get_id (unit), NULL, "team",
                   _("Workstation %s has no team; it needs at least one team member besides the lead"),
                   xc_record_get_label (XC_RECORD (unit)));
}

/* YN-07 */
static void
check_discipline_aim (XcUnit   *unit,
                      XcReport *report)
{
  JsonNode *node = xc_record_get_ext_member (XC_RECORD (unit), "discipline_aim");
  const char *aim;

  if (node == NULL)
    {
      xc_report_add (report, "YN-07", xc_unit_get_id (unit), NULL, "ext.discipline_aim",
                     _("Workstation %s names no discipline aim (a key, an advantage or a featured discipline)"),
                     xc_record_get_label (XC_RECORD (unit)));
      return;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      xc_report_add (report, "YN-07", xc_unit_get_id (unit), NULL, "ext.discipline_aim",
                     _("The discipline aim of workstation %s is not a word; it must be a key, an advantage or a featured discipline"),
                     xc_record_get_label (XC_RECORD (unit)));
      return;
    }

  aim = json_node_get_string (node);
  if (aim == NULL || *aim == '\0')
    xc_report_add (report, "YN-07", xc_unit_get_id (unit), NULL, "ext.discipline_aim",
                   _("Workstation %s names no discipline aim (a key, an advantage or a featured discipline)"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (!g_strv_contains (discipline_aims, aim))
    xc_report_add (report, "YN-07", xc_unit_get_id (unit), NULL, "ext.discipline_aim",
                   _("Workstation %s has the discipline aim “%s”, which is not a key, an advantage or a featured discipline"),
                   xc_record_get_label (XC_RECORD (unit)), aim);
}

/* YN-03, for every need of the design; notes the institutions that declare
 * a need, for YN-02, on the way. */
static void
check_needs (XcProgramme *programme,
             GHashTable  *offers,
             GHashTable  *with_needs,
             XcReport    *report)
{
  GListModel *needs = xc_programme_get_needs (programme);
  guint n = g_list_model_get_n_items (needs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);
      const char *institution_id = xc_need_get_institution (need);
      const char *specialty = xc_need_get_specialty (need);
      XcInstitution *institution = xc_programme_lookup_institution (programme, institution_id);
      g_autofree char *key = NULL;

      if (institution_id == NULL)
        {
          g_autofree char *path = g_strdup_printf ("needs[%u].institution", i);

          if (specialty != NULL)
            xc_report_add (report, "YN-03", NULL, NULL, path,
                           _("A need for %s names no institution, so no workstation can meet it"),
                           xc_vocabulary_get_label (specialty));
          else
            xc_report_add (report, "YN-03", NULL, NULL, path,
                           _("A need names neither an institution nor a specialty, so no workstation can meet it"));
          continue;
        }
      if (institution == NULL)
        continue;   /* XC-01 reports the dangling reference */

      g_hash_table_add (with_needs, (gpointer) institution_id);

      if (specialty == NULL)
        {
          g_autofree char *path = g_strdup_printf ("needs[%u].specialty", i);

          xc_report_add (report, "YN-03", NULL, institution_id, path,
                         _("A need of %s names no specialty, so no workstation can meet it"),
                         xc_record_get_label (XC_RECORD (institution)));
          continue;
        }

      key = offer_key (institution_id, specialty);
      if (!g_hash_table_contains (offers, key))
        {
          g_autofree char *path = g_strdup_printf ("needs[%u]", i);

          xc_report_add (report, "YN-03", NULL, institution_id, path,
                         _("No workstation at %s meets its need for %s"),
                         xc_record_get_label (XC_RECORD (institution)), xc_vocabulary_get_label (specialty));
        }
    }
}

/* The person seconded from the provincial hospital as president of
 * @institution: the institution's own ext.seconded_president, else its entry
 * in the programme's ext.seconded_president map. */
static const char *
seconded_president (XcInstitution *institution,
                    JsonObject    *presidents)
{
  const char *own = xc_record_get_ext_string (XC_RECORD (institution), "seconded_president");
  JsonNode *node;

  if (own != NULL && *own != '\0')
    return own;
  if (presidents == NULL)
    return NULL;

  node = json_object_get_member (presidents, xc_institution_get_id (institution));
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING
      || *json_node_get_string (node) == '\0')
    return NULL;
  return json_node_get_string (node);
}

/* YN-02, YN-04, YN-05: one pass over the institutions, in the design's
 * order; an id listed twice is XC-01's and is looked at once. */
static void
check_recipients (XcProgramme *programme,
                  GHashTable  *workstations_per_host,
                  GHashTable  *with_needs,
                  XcReport    *report)
{
  GListModel *institutions = xc_programme_get_institutions (programme);
  guint n = g_list_model_get_n_items (institutions);
  JsonNode *map = xc_record_get_ext_member (XC_RECORD (programme), "seconded_president");
  JsonObject *presidents = map != NULL && JSON_NODE_HOLDS_OBJECT (map)
                           ? json_node_get_object (map) : NULL;
  XcInstitution *partner = xc_programme_lookup_institution (programme,
                                                            xc_programme_get_partner (programme));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      const char *id = xc_institution_get_id (institution);
      guint n_workstations;

      if (id == NULL || !g_hash_table_add (seen, (gpointer) id))
        continue;

      n_workstations = GPOINTER_TO_UINT (g_hash_table_lookup (workstations_per_host, id));
      if (n_workstations == 0)
        {
          if (is_county_hospital (institution))
            xc_report_add (report, "YN-04", NULL, id, "units",
                           _("County hospital %s hosts no workstation"),
                           xc_record_get_label (XC_RECORD (institution)));
          continue;
        }

      if (!g_hash_table_contains (with_needs, id))
        xc_report_add (report, "YN-02", NULL, id, "needs",
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s hosts %u workstation but declares no need",
                                    "%s hosts %u workstations but declares no need",
                                    n_workstations),
                       xc_record_get_label (XC_RECORD (institution)), n_workstations);

      if (seconded_president (institution, presidents) == NULL)
        {
          if (partner != NULL)
            xc_report_add (report, "YN-05", NULL, id, "ext.seconded_president",
                           _("%s has no president seconded from %s"),
                           xc_record_get_label (XC_RECORD (institution)), xc_record_get_label (XC_RECORD (partner)));
          else
            xc_report_add (report, "YN-05", NULL, id, "ext.seconded_president",
                           _("%s has no president seconded from the provincial hospital"),
                           xc_record_get_label (XC_RECORD (institution)));
        }
    }
}

void
yn_rules_validate (XcProgramme *programme,
                   XcReport    *report)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  /* host id → number of workstations; keys are owned by the units */
  g_autoptr(GHashTable) workstations_per_host = g_hash_table_new (g_str_hash, g_str_equal);
  /* offer_key (host, specialty) of every workstation */
  g_autoptr(GHashTable) offers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* ids of the institutions that declare a need; owned by the needs */
  g_autoptr(GHashTable) with_needs = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean referral_booking = FALSE;

  g_return_if_fail (XC_IS_PROGRAMME (programme));
  g_return_if_fail (XC_IS_REPORT (report));

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *host_id = xc_unit_get_host (unit);
      const char *specialty = xc_unit_get_specialty (unit);
      XcInstitution *host = xc_programme_lookup_institution (programme, host_id);

      check_host (unit, host, report);
      check_team (programme, unit, report);
      check_discipline_aim (unit, report);

      if (host_id != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (workstations_per_host, host_id));

          g_hash_table_insert (workstations_per_host, (gpointer) host_id,
                               GUINT_TO_POINTER (count + 1));
          if (specialty != NULL)
            g_hash_table_add (offers, offer_key (host_id, specialty));
        }

      if (!referral_booking && xc_unit_has_service (unit, "referral_booking"))
        referral_booking = TRUE;
    }

  check_needs (programme, offers, with_needs, report);
  check_recipients (programme, workstations_per_host, with_needs, report);

  /* YN-08 */
  if (!referral_booking)
    xc_report_add (report, "YN-08", NULL, NULL, "services",
                   _("No workstation offers referral booking, so the programme plans no tiered care"));
}
