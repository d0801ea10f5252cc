/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "zb-rules.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

#define SEED "004_11348ab03cea34a3.txt"

/* ZB-04: on-site days a month, compared with a margin for 52/12 and 1/12. */
#define MIN_LEAD_ONSITE_DAYS (3.0 - 1e-9)
/* ZB-03: team members besides the lead. */
#define MIN_TEAM_MEMBERS 2
/* ZB-05: continuous residency of every team member, in months. */
#define MIN_RESIDENCY_MONTHS 12

static const XcRuleInfo rules[] = {
  { "ZB-01", XC_SEVERITY_ERROR,
    N_("The lead holds a municipal-or-higher famous-doctor honour, or a senior title."),
    "获得市级以上名医人才荣誉或具备高级职称", SEED },
  { "ZB-02", XC_SEVERITY_ERROR,
    N_("The lead's home institution is a public hospital of level secondary or tertiary, or a private hospital of level tertiary."),
    "全市二级以上公立医院、三级民营医院", SEED },
  { "ZB-03", XC_SEVERITY_ERROR,
    N_("The team, the lead excluded, has at least 2 members."),
    "配备不少于2人的团队成员", SEED },
  { "ZB-04", XC_SEVERITY_ERROR,
    N_("The lead commits at least 3 on-site days a month."),
    "名医专家每个月驻工作站时间不少于3天", SEED },
  { "ZB-05", XC_SEVERITY_ERROR,
    N_("Every team member is stationed continuously for at least 12 months."),
    "团队成员连续驻站工作时间不少于一年", SEED },
  { "ZB-06", XC_SEVERITY_ERROR,
    N_("The host is a township health centre."),
    "在基层医疗卫生机构建立", SEED },
  { "ZB-07", XC_SEVERITY_WARNING,
    N_("Every township health centre of the design hosts a station."),
    "实现全市乡镇卫生院全覆盖", SEED },
  { "ZB-08", XC_SEVERITY_WARNING,
    N_("Where the host declared needs, the station's specialty is one of them."),
    "确定了一批基层急需、群众急盼的专科", SEED },
  { "ZB-09", XC_SEVERITY_WARNING,
    N_("“1+N”: the station offers precise referral booking and at least one of remote consultation, remote imaging and remote lab."),
    "精准预约…远程会诊、远程影像、远程检验", SEED },
  { "ZB-10", XC_SEVERITY_WARNING,
    N_("The station offers a green channel: same-day visit, same-day admission."),
    "确保当日就诊、当日住院", SEED },
  { "ZB-11", XC_SEVERITY_INFO,
    N_("The station plans no new technique."),
    "带来多项新技术", SEED },
};

GListModel *
zb_rules_list (void)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), GETTEXT_PACKAGE);
}

/* What the checks of one design share. */
typedef struct
{
  XcDesign                *design;
  XcReport                *report;
  const XcInstitutionData *institutions;
  const XcPersonData      *people;
  /* ZB-08: the specialties institution i's needs name, in the needs' order,
   * are specialties[need_start[i]] … specialties[need_start[i + 1] - 1]. */
  guint                   *need_start;
  const char             **specialties;
} Check;

/* Names for messages: the name where the design gives one, else the id. */

static const char *
person_label (const XcPersonData *person,
              const char         *person_id)
{
  if (person != NULL && person->name != NULL)
    return person->name;
  return person_id != NULL ? person_id : "";
}

/* "3", "2.5", "4.33": a number of days as people write it. */
static char *
format_days (double days)
{
  char *text = g_strdup_printf ("%.2f", days);
  char *end = text + strlen (text) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return text;
}

/* ZB-01: a municipal-or-higher famous-doctor honour (famous TCM doctors
 * included, every one of them is municipal or higher), or a senior title. */
static void
check_lead_standing (const XcUnitData   *unit,
                     const XcPersonData *lead,
                     XcReport           *report)
{
  static const char * const honours[] = {
    "national_famous_doctor", "provincial_famous_doctor", "municipal_famous_doctor",
    "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm", NULL
  };
  const char *title = lead->title;

  for (guint i = 0; honours[i] != NULL; i++)
    if (g_strv_contains (lead->honours, honours[i]))
      return;
  if (xc_person_data_is_senior (lead))
    return;

  if (title != NULL && g_strcmp0 (title, "none") != 0)
    xc_report_add (report, "ZB-01", unit->id, lead->id, "lead",
                   _("The lead %s of %s holds no municipal-or-higher famous-doctor honour, and their title (%s) is below deputy chief physician"),
                   person_label (lead, NULL), xc_unit_data_get_label (unit), xc_vocabulary_get_label (title));
  else
    xc_report_add (report, "ZB-01", unit->id, lead->id, "lead",
                   _("The lead %s of %s holds no municipal-or-higher famous-doctor honour and no senior title"),
                   person_label (lead, NULL), xc_unit_data_get_label (unit));
}

/* ZB-02: the home institution the lead comes from. */
static void
check_lead_home (Check              *check,
                 const XcUnitData   *unit,
                 const XcPersonData *lead)
{
  XcReport *report = check->report;
  const char *home_id = lead->institution;
  const XcInstitutionData *home;
  const char *ownership, *level;

  if (home_id == NULL)
    {
      xc_report_add (report, "ZB-02", unit->id, lead->id, "lead",
                     _("The lead %s of %s has no home institution, so it cannot be shown to be a secondary or tertiary public hospital or a tertiary private one"),
                     person_label (lead, NULL), xc_unit_data_get_label (unit));
      return;
    }
  if (lead->institution_index == XC_DESIGN_NONE)
    return;   /* XC-01 reports the dangling reference */

  home = &check->institutions[lead->institution_index];
  ownership = home->ownership;
  level = home->level;

  if (ownership == NULL && level == NULL)
    xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records neither its ownership (public or private) nor its level"),
                   xc_institution_data_get_label (home), person_label (lead, NULL), xc_unit_data_get_label (unit));
  else if (ownership == NULL)
    xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records no ownership (public or private)"),
                   xc_institution_data_get_label (home), person_label (lead, NULL), xc_unit_data_get_label (unit));
  else if (level == NULL)
    xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records no level (primary, secondary or tertiary)"),
                   xc_institution_data_get_label (home), person_label (lead, NULL), xc_unit_data_get_label (unit));
  else if (g_str_equal (ownership, "public"))
    {
      if (!g_str_equal (level, "secondary") && !g_str_equal (level, "tertiary"))
        xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                       _("The lead %s of %s comes from %s, a public institution of level “%s”; a public hospital must be secondary or tertiary"),
                       person_label (lead, NULL), xc_unit_data_get_label (unit), xc_institution_data_get_label (home), xc_vocabulary_get_label (level));
    }
  else if (g_str_equal (ownership, "private"))
    {
      if (!g_str_equal (level, "tertiary"))
        xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                       _("The lead %s of %s comes from %s, a private institution of level “%s”; a private hospital must be tertiary"),
                       person_label (lead, NULL), xc_unit_data_get_label (unit), xc_institution_data_get_label (home), xc_vocabulary_get_label (level));
    }
  else
    xc_report_add (report, "ZB-02", unit->id, home_id, "lead",
                   _("The lead %s of %s comes from %s, whose ownership “%s” is neither public nor private"),
                   person_label (lead, NULL), xc_unit_data_get_label (unit), xc_institution_data_get_label (home), xc_vocabulary_get_label (ownership));
}

/* ZB-03 and ZB-05. The team is the lead's: an entry naming the lead is not
 * a team member. An entry naming nobody is ignored; one naming a person
 * the design lacks still counts (XC-01 reports it); a person listed
 * twice counts once. */
static void
check_team (Check            *check,
            const XcUnitData *unit)
{
  XcReport *report = check->report;
  guint n_members = xc_unit_data_count_team_members (unit);

  for (guint i = 0; i < unit->n_team; i++)
    {
      const XcTeamMemberData *member = &unit->team[i];
      const char *person_id = member->person;
      gint64 months = member->residency_months;
      const XcPersonData *person = NULL;
      g_autofree char *path = NULL;

      if (person_id == NULL || g_strcmp0 (person_id, unit->lead) == 0)
        continue;
      if (member->person_index != XC_DESIGN_NONE)
        person = &check->people[member->person_index];

      if (months >= MIN_RESIDENCY_MONTHS)
        continue;

      path = g_strdup_printf ("team[%u].residency_months", i);
      if (months < 0)
        xc_report_add (report, "ZB-05", unit->id, person_id, path,
                       _("Team member %s of %s has no stated residency; team members stay on site for at least 12 months"),
                       person_label (person, person_id), xc_unit_data_get_label (unit));
      else
        xc_report_add (report, "ZB-05", unit->id, person_id, path,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Team member %s of %s is stationed for %u month; team members stay on site for at least 12 months",
                                    "Team member %s of %s is stationed for %u months; team members stay on site for at least 12 months",
                                    (gulong) months),
                       person_label (person, person_id), xc_unit_data_get_label (unit), (guint) months);
    }

  if (n_members < MIN_TEAM_MEMBERS)
    xc_report_add (report, "ZB-03", unit->id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The team of %s has %u member besides the lead; it needs at least 2",
                                "The team of %s has %u members besides the lead; it needs at least 2",
                                n_members),
                   xc_unit_data_get_label (unit), n_members);
}

/* ZB-04: on-site days of the lead (roles lead and group), a month. */
static void
check_lead_onsite_days (const XcUnitData   *unit,
                        const XcPersonData *lead,
                        XcReport           *report)
{
  double days = xc_unit_data_sum_commitments (unit, "on_site_days", xc_commitment_data_covers_lead);
  g_autofree char *text = NULL;

  if (days >= MIN_LEAD_ONSITE_DAYS)
    return;

  text = format_days (days);
  if (lead != NULL)
    xc_report_add (report, "ZB-04", unit->id, lead->id, "commitments",
                   _("The lead %s commits %s on-site days a month to %s; the policy asks for at least 3"),
                   person_label (lead, NULL), text, xc_unit_data_get_label (unit));
  else
    xc_report_add (report, "ZB-04", unit->id, unit->lead, "commitments",
                   _("The lead of %s commits %s on-site days a month; the policy asks for at least 3"),
                   xc_unit_data_get_label (unit), text);
}

/* ZB-06 */
static void
check_host (const XcUnitData        *unit,
            const XcInstitutionData *host,
            XcReport                *report)
{
  const char *kind;

  if (unit->host == NULL)
    {
      xc_report_add (report, "ZB-06", unit->id, NULL, "host",
                     _("%s has no host; a station is built in a township health centre"),
                     xc_unit_data_get_label (unit));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  kind = host->kind;
  if (g_strcmp0 (kind, "township_health_centre") == 0)
    return;

  if (kind != NULL)
    xc_report_add (report, "ZB-06", unit->id, host->id, "host",
                   _("The host %s of %s is not a township health centre but a “%s”"),
                   xc_institution_data_get_label (host), xc_unit_data_get_label (unit), xc_vocabulary_get_label (kind));
  else
    xc_report_add (report, "ZB-06", unit->id, host->id, "host",
                   _("The host %s of %s states no kind, so it is not known to be a township health centre"),
                   xc_institution_data_get_label (host), xc_unit_data_get_label (unit));
}

/* ZB-08 */
static void
check_specialty_meets_needs (Check            *check,
                             const XcUnitData *unit)
{
  const char *specialty = unit->specialty;
  const XcInstitutionData *host;
  const char **declared;
  guint n_declared;
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *list = NULL;

  if (unit->host_index == XC_DESIGN_NONE)
    return;
  host = &check->institutions[unit->host_index];
  declared = check->specialties + check->need_start[unit->host_index];
  n_declared = check->need_start[unit->host_index + 1] - check->need_start[unit->host_index];
  if (n_declared == 0)
    return;   /* the host declared no needs: nothing to match */

  for (guint i = 0; i < n_declared; i++)
    if (g_strcmp0 (declared[i], specialty) == 0)
      return;

  labels = g_ptr_array_new ();
  for (guint i = 0; i < n_declared; i++)
    g_ptr_array_add (labels, (gpointer) xc_vocabulary_get_label (declared[i]));
  g_ptr_array_add (labels, NULL);
  list = g_strjoinv (_(", "), (char **) labels->pdata);

  if (specialty != NULL)
    xc_report_add (check->report, "ZB-08", unit->id, host->id, "specialty",
                   _("%s works in “%s”, which is not among the needs its host %s declared: %s"),
                   xc_unit_data_get_label (unit), xc_vocabulary_get_label (specialty),
                   xc_institution_data_get_label (host), list);
  else
    xc_report_add (check->report, "ZB-08", unit->id, host->id, "specialty",
                   _("%s names no specialty, and its host %s declared needs: %s"),
                   xc_unit_data_get_label (unit), xc_institution_data_get_label (host), list);
}

/* ZB-09, ZB-10 */
static void
check_services (const XcUnitData *unit,
                XcReport         *report)
{
  const char * const *services = unit->services;
  gboolean booking = g_strv_contains (services, "referral_booking");
  gboolean remote = g_strv_contains (services, "remote_consultation")
                    || g_strv_contains (services, "remote_imaging")
                    || g_strv_contains (services, "remote_lab");

  if (!booking && !remote)
    xc_report_add (report, "ZB-09", unit->id, NULL, "services",
                   _("%s offers neither precise referral booking nor any remote consultation, imaging or lab service"),
                   xc_unit_data_get_label (unit));
  else if (!booking)
    xc_report_add (report, "ZB-09", unit->id, NULL, "services",
                   _("%s offers no precise referral booking to the sending hospital"),
                   xc_unit_data_get_label (unit));
  else if (!remote)
    xc_report_add (report, "ZB-09", unit->id, NULL, "services",
                   _("%s offers no remote consultation, remote imaging or remote lab service"),
                   xc_unit_data_get_label (unit));

  if (!g_strv_contains (services, "green_channel"))
    xc_report_add (report, "ZB-10", unit->id, NULL, "services",
                   _("%s offers no green channel for same-day visits and same-day admissions"),
                   xc_unit_data_get_label (unit));
}

/* ZB-11 */
static void
check_new_techniques (const XcUnitData *unit,
                      XcReport         *report)
{
  double planned = 0;

  if (xc_unit_data_get_target (unit, "new_techniques", &planned) && planned > 0)
    return;

  xc_report_add (report, "ZB-11", unit->id, NULL, "targets.new_techniques",
                 _("%s plans no new technique for its host"), xc_unit_data_get_label (unit));
}

/* ZB-07: one finding names every township health centre without a station.
 * @hosted marks the institutions units name as host; a unit's host is the
 * first institution with its id, so a later one with the same id counts as
 * hosted through that first one. */
static void
check_coverage (Check          *check,
                guint           n_institutions,
                const gboolean *hosted)
{
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n_uncovered;

  for (guint i = 0; i < n_institutions; i++)
    {
      const XcInstitutionData *institution = &check->institutions[i];
      guint first;

      if (g_strcmp0 (institution->kind, "township_health_centre") != 0 || hosted[i])
        continue;
      first = institution->id != NULL ? xc_design_find_institution (check->design, institution->id)
                                      : XC_DESIGN_NONE;
      if (first == XC_DESIGN_NONE || !hosted[first])
        g_ptr_array_add (uncovered, (gpointer) xc_institution_data_get_label (institution));
    }

  n_uncovered = uncovered->len;
  if (n_uncovered == 0)
    return;

  g_ptr_array_add (uncovered, NULL);
  list = g_strjoinv (_(", "), (char **) uncovered->pdata);
  xc_report_add (check->report, "ZB-07", NULL, NULL, "institutions",
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u township health centre hosts no station: %s",
                              "%u township health centres host no station: %s",
                              n_uncovered),
                 n_uncovered, list);
}

/* Fills check->need_start and check->specialties: the specialties each
 * institution's needs name (needs without a specialty declare nothing a
 * station could match), grouped by institution in one counting pass. */
static void
group_needs_by_institution (Check *check,
                            guint  n_institutions)
{
  guint n_needs;
  const XcNeedData *needs = xc_design_get_needs (check->design, &n_needs);
  g_autofree guint *next = g_new0 (guint, n_institutions);

  check->need_start = g_new0 (guint, n_institutions + 1);
  check->specialties = g_new0 (const char *, n_needs + 1);

  for (guint i = 0; i < n_needs; i++)
    if (needs[i].institution_index != XC_DESIGN_NONE && needs[i].specialty != NULL)
      check->need_start[needs[i].institution_index + 1]++;
  for (guint i = 0; i < n_institutions; i++)
    {
      check->need_start[i + 1] += check->need_start[i];
      next[i] = check->need_start[i];
    }
  for (guint i = 0; i < n_needs; i++)
    if (needs[i].institution_index != XC_DESIGN_NONE && needs[i].specialty != NULL)
      check->specialties[next[needs[i].institution_index]++] = needs[i].specialty;
}

void
zb_rules_check (XcDesign *design,
                XcReport *report)
{
  guint n_units, n_institutions, n_people;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  Check check = {
    .design = design,
    .report = report,
    .institutions = xc_design_get_institutions (design, &n_institutions),
    .people = xc_design_get_people (design, &n_people),
  };
  g_autofree gboolean *hosted = g_new0 (gboolean, n_institutions);

  group_needs_by_institution (&check, n_institutions);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const XcInstitutionData *host = unit->host_index != XC_DESIGN_NONE
                                      ? &check.institutions[unit->host_index] : NULL;
      const XcPersonData *lead = unit->lead_index != XC_DESIGN_NONE
                                 ? &check.people[unit->lead_index] : NULL;

      /* ZB-07 counts every unit's host, checked again or not */
      if (unit->host_index != XC_DESIGN_NONE)
        hosted[unit->host_index] = TRUE;

      if (!xc_report_begin_unit (report, "zibo-station", i))
        continue;
      if (unit->lead == NULL)
        xc_report_add (report, "ZB-01", unit->id, NULL, "lead",
                       _("%s has no lead"), xc_unit_data_get_label (unit));
      else if (lead != NULL)
        {
          check_lead_standing (unit, lead, report);
          check_lead_home (&check, unit, lead);
        }
      /* else: XC-01 reports the dangling lead */

      check_team (&check, unit);
      check_lead_onsite_days (unit, lead, report);
      check_host (unit, host, report);
      check_specialty_meets_needs (&check, unit);
      check_services (unit, report);
      check_new_techniques (unit, report);
      xc_report_end_unit (report);
    }

  check_coverage (&check, n_institutions, hosted);

  g_free (check.need_start);
  g_free (check.specialties);
}
