/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "zb-rules.h"

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

/* Names for messages: the name where the design gives one, else the id. */

static const char *
person_label (XcPerson   *person,
              const char *person_id)
{
  if (person != NULL && xc_person_get_name (person) != NULL)
    return xc_person_get_name (person);
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
check_lead_standing (XcUnit   *unit,
                     XcPerson *lead,
                     XcReport *report)
{
  static const char * const honours[] = {
    "national_famous_doctor", "provincial_famous_doctor", "municipal_famous_doctor",
    "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm", NULL
  };
  const char * const *held = xc_person_get_honours (lead);
  const char *title = xc_person_get_title (lead);

  for (guint i = 0; honours[i] != NULL; i++)
    if (g_strv_contains (held, honours[i]))
      return;
  if (xc_person_is_senior (lead))
    return;

  if (title != NULL && g_strcmp0 (title, "none") != 0)
    xc_report_add (report, "ZB-01", xc_unit_get_id (unit), xc_person_get_id (lead), "lead",
                   _("The lead %s of %s holds no municipal-or-higher famous-doctor honour, and their title (%s) is below deputy chief physician"),
                   person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)), xc_vocabulary_get_label (title));
  else
    xc_report_add (report, "ZB-01", xc_unit_get_id (unit), xc_person_get_id (lead), "lead",
                   _("The lead %s of %s holds no municipal-or-higher famous-doctor honour and no senior title"),
                   person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)));
}

/* ZB-02: the home institution the lead comes from. */
static void
check_lead_home (XcProgramme *programme,
                 XcUnit      *unit,
                 XcPerson    *lead,
                 XcReport    *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *home_id = xc_person_get_institution (lead);
  XcInstitution *home;
  const char *ownership, *level;

  if (home_id == NULL)
    {
      xc_report_add (report, "ZB-02", unit_id, xc_person_get_id (lead), "lead",
                     _("The lead %s of %s has no home institution, so it cannot be shown to be a secondary or tertiary public hospital or a tertiary private one"),
                     person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)));
      return;
    }
  home = xc_programme_lookup_institution (programme, home_id);
  if (home == NULL)
    return;   /* XC-01 reports the dangling reference */

  ownership = xc_institution_get_ownership (home);
  level = xc_institution_get_level (home);

  if (ownership == NULL && level == NULL)
    xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records neither its ownership (public or private) nor its level"),
                   xc_record_get_label (XC_RECORD (home)), person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)));
  else if (ownership == NULL)
    xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records no ownership (public or private)"),
                   xc_record_get_label (XC_RECORD (home)), person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)));
  else if (level == NULL)
    xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                   _("The home institution %s of the lead %s of %s records no level (primary, secondary or tertiary)"),
                   xc_record_get_label (XC_RECORD (home)), person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)));
  else if (g_str_equal (ownership, "public"))
    {
      if (!g_str_equal (level, "secondary") && !g_str_equal (level, "tertiary"))
        xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                       _("The lead %s of %s comes from %s, a public institution of level “%s”; a public hospital must be secondary or tertiary"),
                       person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (home)), xc_vocabulary_get_label (level));
    }
  else if (g_str_equal (ownership, "private"))
    {
      if (!g_str_equal (level, "tertiary"))
        xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                       _("The lead %s of %s comes from %s, a private institution of level “%s”; a private hospital must be tertiary"),
                       person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (home)), xc_vocabulary_get_label (level));
    }
  else
    xc_report_add (report, "ZB-02", unit_id, home_id, "lead",
                   _("The lead %s of %s comes from %s, whose ownership “%s” is neither public nor private"),
                   person_label (lead, NULL), xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (home)), xc_vocabulary_get_label (ownership));
}

/* ZB-03 and ZB-05. The team is the lead's: an entry naming the lead is not
 * a team member. An entry naming nobody is ignored; one naming a person
 * the design lacks still counts (XC-01 reports it). */
static void
check_team (XcProgramme *programme,
            XcUnit      *unit,
            XcReport    *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char *lead_id = xc_unit_get_lead (unit);
  GListModel *team = xc_unit_get_team (unit);
  guint n = g_list_model_get_n_items (team);
  g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_members;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person_id = xc_team_member_get_person (member);
      gint64 months = xc_team_member_get_residency_months (member);
      XcPerson *person;
      g_autofree char *path = NULL;

      if (person_id == NULL || g_strcmp0 (person_id, lead_id) == 0)
        continue;
      g_hash_table_add (members, (gpointer) person_id);

      if (months >= MIN_RESIDENCY_MONTHS)
        continue;

      person = xc_programme_lookup_person (programme, person_id);
      path = g_strdup_printf ("team[%u].residency_months", i);
      if (months < 0)
        xc_report_add (report, "ZB-05", unit_id, person_id, path,
                       _("Team member %s of %s has no stated residency; team members stay on site for at least 12 months"),
                       person_label (person, person_id), xc_record_get_label (XC_RECORD (unit)));
      else
        xc_report_add (report, "ZB-05", unit_id, person_id, path,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Team member %s of %s is stationed for %u month; team members stay on site for at least 12 months",
                                    "Team member %s of %s is stationed for %u months; team members stay on site for at least 12 months",
                                    (gulong) months),
                       person_label (person, person_id), xc_record_get_label (XC_RECORD (unit)), (guint) months);
    }

  n_members = g_hash_table_size (members);
  if (n_members < MIN_TEAM_MEMBERS)
    xc_report_add (report, "ZB-03", unit_id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The team of %s has %u member besides the lead; it needs at least 2",
                                "The team of %s has %u members besides the lead; it needs at least 2",
                                n_members),
                   xc_record_get_label (XC_RECORD (unit)), n_members);
}

/* ZB-04: on-site days of the lead (roles lead and group), a month. */
static void
check_lead_onsite_days (XcUnit   *unit,
                        XcPerson *lead,
                        XcReport *report)
{
  double days = xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_lead);
  g_autofree char *text = NULL;

  if (days >= MIN_LEAD_ONSITE_DAYS)
    return;

  text = format_days (days);
  if (lead != NULL)
    xc_report_add (report, "ZB-04", xc_unit_get_id (unit), xc_person_get_id (lead), "commitments",
                   _("The lead %s commits %s on-site days a month to %s; the policy asks for at least 3"),
                   person_label (lead, NULL), text, xc_record_get_label (XC_RECORD (unit)));
  else
    xc_report_add (report, "ZB-04", xc_unit_get_id (unit), xc_unit_get_lead (unit), "commitments",
                   _("The lead of %s commits %s on-site days a month; the policy asks for at least 3"),
                   xc_record_get_label (XC_RECORD (unit)), text);
}

/* ZB-06 */
static void
check_host (XcUnit        *unit,
            XcInstitution *host,
            XcReport      *report)
{
  const char *kind;

  if (xc_unit_get_host (unit) == NULL)
    {
      xc_report_add (report, "ZB-06", xc_unit_get_id (unit), NULL, "host",
                     _("%s has no host; a station is built in a township health centre"),
                     xc_record_get_label (XC_RECORD (unit)));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  kind = xc_institution_get_kind (host);
  if (g_strcmp0 (kind, "township_health_centre") == 0)
    return;

  if (kind != NULL)
    xc_report_add (report, "ZB-06", xc_unit_get_id (unit), xc_institution_get_id (host), "host",
                   _("The host %s of %s is not a township health centre but a “%s”"),
                   xc_record_get_label (XC_RECORD (host)), xc_record_get_label (XC_RECORD (unit)), xc_vocabulary_get_label (kind));
  else
    xc_report_add (report, "ZB-06", xc_unit_get_id (unit), xc_institution_get_id (host), "host",
                   _("The host %s of %s states no kind, so it is not known to be a township health centre"),
                   xc_record_get_label (XC_RECORD (host)), xc_record_get_label (XC_RECORD (unit)));
}

/* ZB-08. @needs maps an institution id to the specialties it declared. */
static void
check_specialty_meets_needs (XcUnit        *unit,
                             XcInstitution *host,
                             GHashTable    *needs,
                             XcReport      *report)
{
  const char *specialty = xc_unit_get_specialty (unit);
  GPtrArray *declared;
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *list = NULL;

  if (host == NULL)
    return;
  declared = g_hash_table_lookup (needs, xc_institution_get_id (host));
  if (declared == NULL)
    return;   /* the host declared no needs: nothing to match */

  for (guint i = 0; i < declared->len; i++)
    if (g_strcmp0 (g_ptr_array_index (declared, i), specialty) == 0)
      return;

  labels = g_ptr_array_new ();
  for (guint i = 0; i < declared->len; i++)
    g_ptr_array_add (labels, (gpointer) xc_vocabulary_get_label (g_ptr_array_index (declared, i)));
  g_ptr_array_add (labels, NULL);
  list = g_strjoinv (_(", "), (char **) labels->pdata);

  if (specialty != NULL)
    xc_report_add (report, "ZB-08", xc_unit_get_id (unit), xc_institution_get_id (host), "specialty",
                   _("%s works in “%s”, which is not among the needs its host %s declared: %s"),
                   xc_record_get_label (XC_RECORD (unit)), xc_vocabulary_get_label (specialty),
                   xc_record_get_label (XC_RECORD (host)), list);
  else
    xc_report_add (report, "ZB-08", xc_unit_get_id (unit), xc_institution_get_id (host), "specialty",
                   _("%s names no specialty, and its host %s declared needs: %s"),
                   xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (host)), list);
}

/* ZB-09, ZB-10 */
static void
check_services (XcUnit   *unit,
                XcReport *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  gboolean booking = xc_unit_has_service (unit, "referral_booking");
  gboolean remote = xc_unit_has_service (unit, "remote_consultation")
                    || xc_unit_has_service (unit, "remote_imaging")
                    || xc_unit_has_service (unit, "remote_lab");

  if (!booking && !remote)
    xc_report_add (report, "ZB-09", unit_id, NULL, "services",
                   _("%s offers neither precise referral booking nor any remote consultation, imaging or lab service"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (!booking)
    xc_report_add (report, "ZB-09", unit_id, NULL, "services",
                   _("%s offers no precise referral booking to the sending hospital"),
                   xc_record_get_label (XC_RECORD (unit)));
  else if (!remote)
    xc_report_add (report, "ZB-09", unit_id, NULL, "services",
                   _("%s offers no remote consultation, remote imaging or remote lab service"),
                   xc_record_get_label (XC_RECORD (unit)));

  if (!xc_unit_has_service (unit, "green_channel"))
    xc_report_add (report, "ZB-10", unit_id, NULL, "services",
                   _("%s offers no green channel for same-day visits and same-day admissions"),
                   xc_record_get_label (XC_RECORD (unit)));
}

/* ZB-11 */
static void
check_new_techniques (XcUnit   *unit,
                      XcReport *report)
{
  double planned = 0;

  if (xc_unit_get_target (unit, "new_techniques", &planned) && planned > 0)
    return;

  xc_report_add (report, "ZB-11", xc_unit_get_id (unit), NULL, "targets.new_techniques",
                 _("%s plans no new technique for its host"), xc_record_get_label (XC_RECORD (unit)));
}

/* ZB-07: one finding names every township health centre without a station. */
static void
check_coverage (XcProgramme *programme,
                GHashTable  *hosts,
                XcReport    *report)
{
  GListModel *institutions = xc_programme_get_institutions (programme);
  guint n = g_list_model_get_n_items (institutions);
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n_uncovered;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      const char *id = xc_institution_get_id (institution);

      if (g_strcmp0 (xc_institution_get_kind (institution), "township_health_centre") == 0
          && (id == NULL || !g_hash_table_contains (hosts, id)))
        g_ptr_array_add (uncovered, (gpointer) xc_record_get_label (XC_RECORD (institution)));
    }

  n_uncovered = uncovered->len;
  if (n_uncovered == 0)
    return;

  g_ptr_array_add (uncovered, NULL);
  list = g_strjoinv (_(", "), (char **) uncovered->pdata);
  xc_report_add (report, "ZB-07", NULL, NULL, "institutions",
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u township health centre hosts no station: %s",
                              "%u township health centres host no station: %s",
                              n_uncovered),
                 n_uncovered, list);
}

/* Institution id → the specialties its needs name (needs without a
 * specialty declare nothing a station could match). */
static GHashTable *
group_needs_by_institution (XcProgramme *programme)
{
  GListModel *needs = xc_programme_get_needs (programme);
  guint n = g_list_model_get_n_items (needs);
  GHashTable *grouped = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);
      const char *institution = xc_need_get_institution (need);
      const char *specialty = xc_need_get_specialty (need);
      GPtrArray *specialties;

      if (institution == NULL || specialty == NULL)
        continue;

      specialties = g_hash_table_lookup (grouped, institution);
      if (specialties == NULL)
        {
          specialties = g_ptr_array_new ();
          g_hash_table_insert (grouped, (gpointer) institution, specialties);
        }
      g_ptr_array_add (specialties, (gpointer) specialty);
    }
  return grouped;
}

void
zb_rules_validate (XcProgramme *programme,
                   XcReport    *report)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GHashTable) needs = group_needs_by_institution (programme);
  g_autoptr(GHashTable) hosts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *host_id = xc_unit_get_host (unit);
      const char *lead_id = xc_unit_get_lead (unit);
      XcInstitution *host = xc_programme_lookup_institution (programme, host_id);
      XcPerson *lead = xc_programme_lookup_person (programme, lead_id);

      if (lead_id == NULL)
        xc_report_add (report, "ZB-01", xc_unit_get_id (unit), NULL, "lead",
                       _("%s has no lead"), xc_record_get_label (XC_RECORD (unit)));
      else if (lead != NULL)
        {
          check_lead_standing (unit, lead, report);
          check_lead_home (programme, unit, lead, report);
        }
      /* else: XC-01 reports the dangling lead */

      check_team (programme, unit, report);
      check_lead_onsite_days (unit, lead, report);
      check_host (unit, host, report);
      check_specialty_meets_needs (unit, host, needs, report);
      check_services (unit, report);
      check_new_techniques (unit, report);

      if (host_id != NULL)
        g_hash_table_add (hosts, (gpointer) host_id);
    }

  check_coverage (programme, hosts, report);
}
