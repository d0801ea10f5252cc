/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "yn-rules.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

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

static gboolean
is_county_hospital (const XcInstitutionData *institution)
{
  return g_strcmp0 (institution->kind, "county_hospital") == 0;
}

/* Whether @node is a string other than "". */
static gboolean
is_word (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING
         && *json_node_get_string (node) != '\0';
}

/* The units of the design grouped by host: the units hosted by the
 * institution at index h are hosted[first[h]] … hosted[first[h + 1] - 1],
 * in the design's order. */
typedef struct
{
  guint *first;
  guint *hosted;
} Workstations;

static void
workstations_init (Workstations     *self,
                   const XcUnitData *units,
                   guint             n_units,
                   guint             n_institutions)
{
  g_autofree guint *next = NULL;

  self->first = g_new0 (guint, n_institutions + 1);
  self->hosted = g_new (guint, MAX (n_units, 1));

  for (guint i = 0; i < n_units; i++)
    if (units[i].host_index != XC_DESIGN_NONE)
      self->first[units[i].host_index + 1]++;
  for (guint h = 0; h < n_institutions; h++)
    self->first[h + 1] += self->first[h];

  next = g_memdup2 (self->first, sizeof (guint) * (n_institutions + 1));
  for (guint i = 0; i < n_units; i++)
    if (units[i].host_index != XC_DESIGN_NONE)
      self->hosted[next[units[i].host_index]++] = i;
}

static void
workstations_clear (Workstations *self)
{
  g_clear_pointer (&self->first, g_free);
  g_clear_pointer (&self->hosted, g_free);
}

static guint
workstations_count (const Workstations *self,
                    guint               host)
{
  return self->first[host + 1] - self->first[host];
}

/* Whether a workstation at @host offers @specialty. */
static gboolean
workstations_offer (const Workstations *self,
                    const XcUnitData   *units,
                    guint               host,
                    const char         *specialty)
{
  for (guint k = self->first[host]; k < self->first[host + 1]; k++)
    if (g_strcmp0 (units[self->hosted[k]].specialty, specialty) == 0)
      return TRUE;
  return FALSE;
}

/* YN-01 */
static void
check_host (const XcUnitData        *unit,
            const XcInstitutionData *host,
            XcReport                *report)
{
  const char *kind;

  if (unit->host == NULL)
    {
      xc_report_add (report, "YN-01", unit->id, NULL, "host",
                     _("Workstation %s has no host; it must be a county hospital"),
                     xc_unit_data_get_label (unit));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (is_county_hospital (host))
    return;

  kind = host->kind;
  if (kind == NULL)
    xc_report_add (report, "YN-01", unit->id, host->id, "host",
                   _("The host %s of workstation %s has no kind; it must be a county hospital"),
                   xc_institution_data_get_label (host), xc_unit_data_get_label (unit));
  else
    xc_report_add (report, "YN-01", unit->id, host->id, "host",
                   _("The host %s of workstation %s is a “%s”, not a county hospital"),
                   xc_institution_data_get_label (host), xc_unit_data_get_label (unit), xc_vocabulary_get_label (kind));
}

/* YN-06: a team member counts when they name a person other than the lead.
 * One naming a person missing from the design counts too: XC-01 reports
 * that reference, and YN-06 does not report it again. */
static void
check_team (const XcUnitData   *unit,
            const XcPersonData *people,
            XcReport           *report)
{
  for (guint i = 0; i < unit->n_team; i++)
    {
      const char *person_id = unit->team[i].person;

      if (person_id != NULL && g_strcmp0 (person_id, unit->lead) != 0)
        return;
    }

  if (unit->lead_index != XC_DESIGN_NONE)
    xc_report_add (report, "YN-06", unit->id, unit->lead, "team",
                   _("Workstation %s is staffed by its lead %s alone; it needs at least one team member besides the lead"),
                   xc_unit_data_get_label (unit), xc_person_data_get_label (&people[unit->lead_index]));
  else
    xc_report_add (report, "YN-06", unit->id, NULL, "team",
                   _("Workstation %s has no team; it needs at least one team member besides the lead"),
                   xc_unit_data_get_label (unit));
}

/* YN-07 */
static void
check_discipline_aim (const XcUnitData *unit,
                      JsonObject       *ext,
                      XcReport         *report)
{
  JsonNode *node = xc_ext_get_member (ext, "discipline_aim");
  const char *aim;

  if (node == NULL)
    {
      xc_report_add (report, "YN-07", unit->id, NULL, "ext.discipline_aim",
                     _("Workstation %s names no discipline aim (a key, an advantage or a featured discipline)"),
                     xc_unit_data_get_label (unit));
      return;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      xc_report_add (report, "YN-07", unit->id, NULL, "ext.discipline_aim",
                     _("The discipline aim of workstation %s is not a word; it must be a key, an advantage or a featured discipline"),
                     xc_unit_data_get_label (unit));
      return;
    }

  aim = json_node_get_string (node);
  if (aim == NULL || *aim == '\0')
    xc_report_add (report, "YN-07", unit->id, NULL, "ext.discipline_aim",
                   _("Workstation %s names no discipline aim (a key, an advantage or a featured discipline)"),
                   xc_unit_data_get_label (unit));
  else if (!g_strv_contains (discipline_aims, aim))
    xc_report_add (report, "YN-07", unit->id, NULL, "ext.discipline_aim",
                   _("Workstation %s has the discipline aim “%s”, which is not a key, an advantage or a featured discipline"),
                   xc_unit_data_get_label (unit), aim);
}

/* YN-03, for every need of the design; notes the institutions that declare
 * a need, for YN-02, on the way (with_needs, by institution index). */
static void
check_needs (XcDesign           *design,
             const Workstations *workstations,
             gboolean           *with_needs,
             XcReport           *report)
{
  guint n, n_units, n_institutions;
  const XcNeedData *needs = xc_design_get_needs (design, &n);
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n_institutions);
  const XcUnitData *units = xc_design_get_units (design, &n_units);

  for (guint i = 0; i < n; i++)
    {
      const XcNeedData *need = &needs[i];
      const char *institution_id = need->institution;
      const char *specialty = need->specialty;
      const XcInstitutionData *institution;

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
      if (need->institution_index == XC_DESIGN_NONE)
        continue;   /* XC-01 reports the dangling reference */

      institution = &institutions[need->institution_index];
      with_needs[need->institution_index] = TRUE;

      if (specialty == NULL)
        {
          g_autofree char *path = g_strdup_printf ("needs[%u].specialty", i);

          xc_report_add (report, "YN-03", NULL, institution_id, path,
                         _("A need of %s names no specialty, so no workstation can meet it"),
                         xc_institution_data_get_label (institution));
          continue;
        }

      if (!workstations_offer (workstations, units, need->institution_index, specialty))
        {
          g_autofree char *path = g_strdup_printf ("needs[%u]", i);

          xc_report_add (report, "YN-03", NULL, institution_id, path,
                         _("No workstation at %s meets its need for %s"),
                         xc_institution_data_get_label (institution), xc_vocabulary_get_label (specialty));
        }
    }
}

/* Whether a person is seconded from the provincial hospital as president
 * of the institution at @index with @id: the institution's own
 * ext.seconded_president, else its entry in the programme's
 * ext.seconded_president map. */
static gboolean
has_seconded_president (XcDesign   *design,
                        guint       index,
                        const char *id,
                        JsonObject *presidents)
{
  g_autoptr(JsonObject) ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_INSTITUTION, index);
  JsonNode *node = xc_ext_get_member (ext, "seconded_president");

  if (!is_word (node))
    node = presidents != NULL ? json_object_get_member (presidents, id) : NULL;
  return is_word (node);
}

/* YN-02, YN-04, YN-05: one pass over the institutions, in the design's
 * order; an id listed twice is XC-01's and is looked at once, through the
 * index its references resolve to. */
static void
check_recipients (XcDesign           *design,
                  const Workstations *workstations,
                  const gboolean     *with_needs,
                  XcReport           *report)
{
  guint n;
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n);
  const XcProgrammeData *programme = xc_design_get_programme (design);
  g_autoptr(JsonObject) programme_ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_PROGRAMME, 0);
  JsonNode *map = xc_ext_get_member (programme_ext, "seconded_president");
  JsonObject *presidents = map != NULL && JSON_NODE_HOLDS_OBJECT (map)
                           ? json_node_get_object (map) : NULL;
  const XcInstitutionData *partner = programme->partner_index != XC_DESIGN_NONE
                                     ? &institutions[programme->partner_index] : NULL;
  g_autofree gboolean *seen = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      const char *id = institutions[i].id;
      guint index, n_workstations;

      if (id == NULL)
        continue;
      index = xc_design_find_institution (design, id);
      if (index == XC_DESIGN_NONE || seen[index])
        continue;
      seen[index] = TRUE;

      n_workstations = workstations_count (workstations, index);
      if (n_workstations == 0)
        {
          if (is_county_hospital (&institutions[i]))
            xc_report_add (report, "YN-04", NULL, id, "units",
                           _("County hospital %s hosts no workstation"),
                           xc_institution_data_get_label (&institutions[i]));
          continue;
        }

      if (!with_needs[index])
        xc_report_add (report, "YN-02", NULL, id, "needs",
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%s hosts %u workstation but declares no need",
                                    "%s hosts %u workstations but declares no need",
                                    n_workstations),
                       xc_institution_data_get_label (&institutions[i]), n_workstations);

      if (!has_seconded_president (design, i, id, presidents))
        {
          if (partner != NULL)
            xc_report_add (report, "YN-05", NULL, id, "ext.seconded_president",
                           _("%s has no president seconded from %s"),
                           xc_institution_data_get_label (&institutions[i]), xc_institution_data_get_label (partner));
          else
            xc_report_add (report, "YN-05", NULL, id, "ext.seconded_president",
                           _("%s has no president seconded from the provincial hospital"),
                           xc_institution_data_get_label (&institutions[i]));
        }
    }
}

void
yn_rules_check (XcDesign *design,
                XcReport *report)
{
  guint n_units, n_institutions, n_people;
  const XcUnitData *units;
  const XcInstitutionData *institutions;
  const XcPersonData *people;
  Workstations workstations;
  g_autofree gboolean *with_needs = NULL;
  gboolean referral_booking = FALSE;

  g_return_if_fail (XC_IS_DESIGN (design));
  g_return_if_fail (XC_IS_REPORT (report));

  units = xc_design_get_units (design, &n_units);
  institutions = xc_design_get_institutions (design, &n_institutions);
  people = xc_design_get_people (design, &n_people);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const XcInstitutionData *host = unit->host_index != XC_DESIGN_NONE
                                      ? &institutions[unit->host_index] : NULL;
      if (xc_report_begin_unit (report, "yunnan-county", i))
        {
          g_autoptr(JsonObject) ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, i);

          check_host (unit, host, report);
          check_team (unit, people, report);
          check_discipline_aim (unit, ext, report);
          xc_report_end_unit (report);
        }

      /* YN-08 looks across workstations */
      if (!referral_booking && g_strv_contains (unit->services, "referral_booking"))
        referral_booking = TRUE;
    }

  workstations_init (&workstations, units, n_units, n_institutions);
  with_needs = g_new0 (gboolean, n_institutions);
  check_needs (design, &workstations, with_needs, report);
  check_recipients (design, &workstations, with_needs, report);
  workstations_clear (&workstations);

  /* YN-08 */
  if (!referral_booking)
    xc_report_add (report, "YN-08", NULL, NULL, "services",
                   _("No workstation offers referral booking, so the programme plans no tiered care"));
}
