/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "na-rules.h"

#define SEED "002_9c95b79979ab8243.txt"

/* Commitments are normalised with 52/12 (programme-format.md): compare with
 * a margin, so that exactly 3 days a week passes. */
#define EPSILON          1e-9
#define WEEKS_PER_MONTH  (52.0 / 12.0)
#define MIN_DAYS_A_WEEK  3.0
#define MIN_GROUP_SIZE   3
#define MIN_SERVICE_YEARS 6.0

static const XcRuleInfo rules[] = {
  { "NA-01", XC_SEVERITY_ERROR,
    N_("The programme's partner is a university, and every expert comes from it or from a hospital affiliated to it."),
    "上海大学整合…附属…医院", SEED },
  { "NA-02", XC_SEVERITY_ERROR,
    N_("Every expert, leader and team, is a deputy chief physician or above."),
    "副主任医师及以上专家", SEED },
  { "NA-03", XC_SEVERITY_WARNING,
    N_("Each discipline's expert group has at least 3 experts, the leader included."),
    "组建骨科、妇产科、神经外科三个医疗专家组", SEED },
  { "NA-04", XC_SEVERITY_ERROR,
    N_("Each discipline has a leader from the partner and, under the leader, a department director of the host."),
    "学科带头人领导下的科主任负责制", SEED },
  { "NA-05", XC_SEVERITY_WARNING,
    N_("The leader's duties cover development planning, research guidance, clinical teaching and the talent pipeline."),
    "整体负责学科发展规划、科研指导提升、临床技术带教、人才梯队培养", SEED },
  { "NA-06", XC_SEVERITY_ERROR,
    N_("The expert group is on site at least 3 days a week."),
    "每周在南安的三天里", SEED },
  { "NA-07", XC_SEVERITY_WARNING,
    N_("The leader holds at least one seminar or training class a year."),
    "不定期…举行学术研讨会、临床医技学习班", SEED },
  { "NA-08", XC_SEVERITY_WARNING,
    N_("Where dedicated staffing posts are planned, their holders serve at least 6 years before they may return."),
    "在南安工作6年后可返回", SEED },
  { "NA-09", XC_SEVERITY_INFO,
    N_("The programme plans no talent housing."),
    "规划建设2幢大楼…作为医学人才房", SEED },
  { "NA-10", XC_SEVERITY_WARNING,
    N_("Each discipline sets outcome targets for outpatient visits and operations."),
    "累计开展门诊667例、手术134例", SEED },
};

GListModel *
na_rules_list (void)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), GETTEXT_PACKAGE);
}

typedef struct
{
  XcProgramme   *programme;
  XcReport      *report;
  /* The partner, where the programme names one that exists. */
  XcInstitution *partner;
  /* The experts of the unit being checked: reused, cleared per unit. */
  GHashTable    *experts;
} Context;

typedef enum
{
  ORIGIN_PARTNER,
  ORIGIN_ELSEWHERE,
  ORIGIN_UNKNOWN,
} Origin;

/* Names, for messages: the name where there is one, else the id. */

/* Whether @person's home institution is the partner or an institution
 * whose affiliated_to is the partner (one level: a hospital affiliated to
 * an affiliated hospital is not the partner's). ORIGIN_UNKNOWN where the
 * home institution does not exist: XC-01 reports that. */
static Origin
get_origin (Context  *context,
            XcPerson *person)
{
  const char *partner_id = xc_institution_get_id (context->partner);
  const char *home_id = xc_person_get_institution (person);
  XcInstitution *home;

  if (home_id == NULL)
    return ORIGIN_ELSEWHERE;
  if (g_strcmp0 (home_id, partner_id) == 0)
    return ORIGIN_PARTNER;

  home = xc_programme_lookup_institution (context->programme, home_id);
  if (home == NULL)
    return ORIGIN_UNKNOWN;
  if (g_strcmp0 (xc_institution_get_affiliated_to (home), partner_id) == 0)
    return ORIGIN_PARTNER;
  return ORIGIN_ELSEWHERE;
}

/* Joins @items (translated strings) into one translated list. */
static char *
join_list (GPtrArray *items)
{
  g_ptr_array_add (items, NULL);
  return g_strjoinv (_(", "), (char **) items->pdata);
}

/* NA-01: the partner is a university */
static void
check_partner (Context *context)
{
  const char *partner_id = xc_programme_get_partner (context->programme);
  const char *kind;

  if (partner_id == NULL)
    {
      xc_report_add (context->report, "NA-01", NULL, NULL, "partner",
                     _("The programme names no partner university whose hospitals send the experts"));
      return;
    }

  context->partner = xc_programme_lookup_institution (context->programme, partner_id);
  if (context->partner == NULL)
    return;   /* XC-01 reports the dangling reference */

  kind = xc_institution_get_kind (context->partner);
  if (g_strcmp0 (kind, "university") != 0)
    {
      if (kind == NULL)
        xc_report_add (context->report, "NA-01", NULL, partner_id, "partner",
                       _("The partner %s has no kind; it must be a university"),
                       xc_record_get_label (XC_RECORD (context->partner)));
      else
        xc_report_add (context->report, "NA-01", NULL, partner_id, "partner",
                       _("The partner %s is a %s, not a university"),
                       xc_record_get_label (XC_RECORD (context->partner)), xc_vocabulary_get_label (kind));
    }
}

/* NA-01 and NA-02 for one expert of @unit, once per unit however often
 * the expert is listed. */
static void
check_expert (Context    *context,
              XcUnit     *unit,
              const char *person_id,
              const char *path,
              gboolean    is_leader)
{
  const char *unit_id = xc_unit_get_id (unit);
  XcPerson *person;

  if (person_id == NULL || !g_hash_table_add (context->experts, (gpointer) person_id))
    return;

  person = xc_programme_lookup_person (context->programme, person_id);
  if (person == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (!xc_person_is_senior (person))
    {
      const char *title = xc_person_get_title (person);
      const char *title_label = title != NULL ? xc_vocabulary_get_label (title) : _("no title");

      if (is_leader)
        xc_report_add (context->report, "NA-02", unit_id, person_id, path,
                       _("The leader %s of %s is not a deputy chief physician or above (%s)"),
                       xc_record_get_label (XC_RECORD (person)), xc_record_get_label (XC_RECORD (unit)), title_label);
      else
        xc_report_add (context->report, "NA-02", unit_id, person_id, path,
                       _("The expert %s of %s is not a deputy chief physician or above (%s)"),
                       xc_record_get_label (XC_RECORD (person)), xc_record_get_label (XC_RECORD (unit)), title_label);
    }

  if (context->partner != NULL && get_origin (context, person) == ORIGIN_ELSEWHERE)
    {
      XcInstitution *home = xc_programme_lookup_institution (context->programme,
                                                             xc_person_get_institution (person));

      if (home == NULL)
        xc_report_add (context->report, "NA-01", unit_id, person_id, path,
                       _("The expert %s of %s has no home institution; experts come from %s or a hospital affiliated to it"),
                       xc_record_get_label (XC_RECORD (person)), xc_record_get_label (XC_RECORD (unit)),
                       xc_record_get_label (XC_RECORD (context->partner)));
      else
        xc_report_add (context->report, "NA-01", unit_id, person_id, path,
                       _("The expert %s of %s works at %s, which is neither the partner %s nor affiliated to it"),
                       xc_record_get_label (XC_RECORD (person)), xc_record_get_label (XC_RECORD (unit)), xc_record_get_label (XC_RECORD (home)),
                       xc_record_get_label (XC_RECORD (context->partner)));
    }
}

/* NA-01, NA-02, NA-03 */
static void
check_experts (Context *context,
               XcUnit  *unit)
{
  GListModel *team = xc_unit_get_team (unit);
  guint n_team = g_list_model_get_n_items (team);
  guint n_experts;

  g_hash_table_remove_all (context->experts);

  check_expert (context, unit, xc_unit_get_lead (unit), "lead", TRUE);
  for (guint i = 0; i < n_team; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      g_autofree char *path = g_strdup_printf ("team[%u].person", i);

      check_expert (context, unit, xc_team_member_get_person (member), path, FALSE);
    }

  /* Distinct people named as leader or team member. */
  n_experts = g_hash_table_size (context->experts);
  if (n_experts < MIN_GROUP_SIZE)
    xc_report_add (context->report, "NA-03", xc_unit_get_id (unit), NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The expert group of %s has %u expert, the leader included; at least 3 are expected",
                                "The expert group of %s has %u experts, the leader included; at least 3 are expected",
                                n_experts),
                   xc_record_get_label (XC_RECORD (unit)), n_experts);
}

/* NA-04: the leader from the partner, and a department director of the
 * host under the leader. One finding per unit names every fault. */
static void
check_leadership (Context       *context,
                  XcUnit        *unit,
                  XcInstitution *host)
{
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  const char *lead_id = xc_unit_get_lead (unit);
  XcPerson *lead = xc_programme_lookup_person (context->programme, lead_id);
  const char *director_id = xc_record_get_ext_string (XC_RECORD (unit), "department_director");
  XcPerson *director = xc_programme_lookup_person (context->programme, director_id);
  const char *path = NULL;
  const char *subject = NULL;
  g_autofree char *list = NULL;

  if (lead_id == NULL)
    {
      g_ptr_array_add (faults, g_strdup (_("it has no discipline leader")));
      path = "lead";
    }
  else if (lead != NULL && context->partner != NULL
           && get_origin (context, lead) == ORIGIN_ELSEWHERE)
    {
      g_ptr_array_add (faults, g_strdup_printf (_("its leader %s is not from the partner %s or a hospital affiliated to it"),
                                                xc_record_get_label (XC_RECORD (lead)),
                                                xc_record_get_label (XC_RECORD (context->partner))));
      path = "lead";
      subject = lead_id;
    }

  if (director_id == NULL)
    {
      g_ptr_array_add (faults, g_strdup (_("it names no department director")));
      path = path != NULL ? path : "ext.department_director";
    }
  else if (director == NULL)
    {
      /* XC-01 does not follow references inside ext: this rule does. */
      g_ptr_array_add (faults, g_strdup_printf (_("its department director “%s” is nobody in the design"),
                                                director_id));
      path = path != NULL ? path : "ext.department_director";
      subject = subject != NULL ? subject : director_id;
    }
  else if (g_strcmp0 (director_id, lead_id) == 0)
    {
      g_ptr_array_add (faults, g_strdup_printf (_("its department director %s is the leader, not a director under the leader"),
                                                xc_record_get_label (XC_RECORD (director))));
      path = path != NULL ? path : "ext.department_director";
      subject = subject != NULL ? subject : director_id;
    }
  else if (xc_unit_get_host (unit) == NULL)
    {
      g_ptr_array_add (faults, g_strdup_printf (_("it has no host, so its department director %s cannot be the host's"),
                                                xc_record_get_label (XC_RECORD (director))));
      path = path != NULL ? path : "host";
      subject = subject != NULL ? subject : director_id;
    }
  else if (host != NULL
           && g_strcmp0 (xc_person_get_institution (director), xc_institution_get_id (host)) != 0)
    {
      XcInstitution *home = xc_programme_lookup_institution (context->programme,
                                                             xc_person_get_institution (director));

      if (home != NULL)
        g_ptr_array_add (faults, g_strdup_printf (_("its department director %s works at %s, not at the host %s"),
                                                  xc_record_get_label (XC_RECORD (director)), xc_record_get_label (XC_RECORD (home)),
                                                  xc_record_get_label (XC_RECORD (host))));
      else
        g_ptr_array_add (faults, g_strdup_printf (_("its department director %s does not work at the host %s"),
                                                  xc_record_get_label (XC_RECORD (director)), xc_record_get_label (XC_RECORD (host))));
      path = path != NULL ? path : "ext.department_director";
      subject = subject != NULL ? subject : director_id;
    }

  if (faults->len == 0)
    return;

  g_ptr_array_add (faults, NULL);
  list = g_strjoinv (_("; "), (char **) faults->pdata);
  xc_report_add (context->report, "NA-04", xc_unit_get_id (unit), subject, path,
                 _("%s lacks the leader-and-director structure: %s"), xc_record_get_label (XC_RECORD (unit)), list);
}

/* NA-05: the leader's four duties */
static void
check_leader_duties (Context *context,
                     XcUnit  *unit)
{
  static const struct { const char *duty; const char *label; } duties[] = {
    { "planning", N_("development planning") },
    { "research", N_("research guidance") },
    { "clinical_teaching", N_("clinical teaching") },
    { "talent_pipeline", N_("the talent pipeline") },
  };
  const char *lead_id = xc_unit_get_lead (unit);
  XcPerson *lead = xc_programme_lookup_person (context->programme, lead_id);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    if (!xc_record_get_ext_strv_contains (XC_RECORD (unit), "leader_duties", duties[i].duty))
      g_ptr_array_add (missing, _(duties[i].label));

  n = missing->len;
  if (n == 0)
    return;

  list = join_list (missing);
  if (lead != NULL)
    xc_report_add (context->report, "NA-05", xc_unit_get_id (unit), lead_id, "ext.leader_duties",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The duties of %s, leader of %s, leave out %u duty: %s",
                                "The duties of %s, leader of %s, leave out %u duties: %s", n),
                   xc_record_get_label (XC_RECORD (lead)), xc_record_get_label (XC_RECORD (unit)), n, list);
  else
    xc_report_add (context->report, "NA-05", xc_unit_get_id (unit), lead_id, "ext.leader_duties",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The leader's duties in %s leave out %u duty: %s",
                                "The leader's duties in %s leave out %u duties: %s", n),
                   xc_record_get_label (XC_RECORD (unit)), n, list);
}

/* NA-06: the group on site 3 days a week. The group's days are those of
 * `group` commitments plus, where the leader and the team both commit on
 * their own, the fewer of the two: a day only the leader comes is not a
 * day the group is there. */
static void
check_on_site_days (XcUnit   *unit,
                    XcReport *report)
{
  double lead_days = xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_lead);
  double team_days = xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_team);
  gboolean has_lead = xc_unit_get_lead (unit) != NULL;
  gboolean has_team = g_list_model_get_n_items (xc_unit_get_team (unit)) > 0;
  double monthly, weekly;

  if (has_lead && has_team)
    monthly = MIN (lead_days, team_days);
  else if (has_team)
    monthly = team_days;
  else
    monthly = lead_days;

  weekly = monthly / WEEKS_PER_MONTH;
  if (weekly < MIN_DAYS_A_WEEK - EPSILON)
    xc_report_add (report, "NA-06", xc_unit_get_id (unit), NULL, "commitments",
                   _("The expert group of %s is on site %.2f days a week (%.1f a month); it needs at least 3 a week"),
                   xc_record_get_label (XC_RECORD (unit)), weekly, monthly);
}

/* NA-07: a seminar or training class a year, led by the leader */
static void
check_leader_teaching (XcUnit   *unit,
                       XcReport *report)
{
  double monthly = xc_unit_sum_commitments (unit, "seminar", xc_commitment_covers_lead)
                   + xc_unit_sum_commitments (unit, "training_class", xc_commitment_covers_lead);

  if (monthly >= 1.0 / 12.0 - EPSILON)
    return;

  if (monthly <= 0)
    xc_report_add (report, "NA-07", xc_unit_get_id (unit), xc_unit_get_lead (unit), "commitments",
                   _("The leader of %s commits to no seminar or training class"),
                   xc_record_get_label (XC_RECORD (unit)));
  else
    xc_report_add (report, "NA-07", xc_unit_get_id (unit), xc_unit_get_lead (unit), "commitments",
                   _("The leader of %s commits to %.2g seminars or training classes a year; at least 1 is expected"),
                   xc_record_get_label (XC_RECORD (unit)), monthly * 12);
}

/* NA-10: outpatient and operation targets */
static void
check_targets (XcUnit   *unit,
               XcReport *report)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  const char *path = NULL;
  double value;

  if (!xc_unit_get_target (unit, "outpatients", &value) || value <= 0)
    {
      g_ptr_array_add (missing, _("outpatient visits"));
      path = "targets.outpatients";
    }
  if (!xc_unit_get_target (unit, "operations", &value) || value <= 0)
    {
      g_ptr_array_add (missing, _("operations"));
      path = path == NULL ? "targets.operations" : "targets";
    }
  if (missing->len == 0)
    return;

  list = join_list (missing);
  xc_report_add (report, "NA-10", xc_unit_get_id (unit), NULL, path,
                 _("%s sets no target for %s"), xc_record_get_label (XC_RECORD (unit)), list);
}

/* NA-08: the service term of the dedicated staffing posts */
static void
check_staffing_posts (XcProgramme *programme,
                      XcReport    *report)
{
  double posts, years;

  if (!xc_record_get_ext_number (XC_RECORD (programme), "staffing_posts", &posts) || posts <= 0)
    return;

  if (!xc_record_get_ext_number (XC_RECORD (programme), "service_years", &years))
    xc_report_add (report, "NA-08", NULL, NULL, "ext.service_years",
                   _("%g dedicated staffing posts are planned with no service term before return; the agreement has 6 years"),
                   posts);
  else if (years < MIN_SERVICE_YEARS)
    xc_report_add (report, "NA-08", NULL, NULL, "ext.service_years",
                   _("%g dedicated staffing posts are planned with a service term of %g years before return; the agreement has 6"),
                   posts, years);
}

/* NA-09: talent housing */
static void
check_housing (XcProgramme *programme,
               XcReport    *report)
{
  double area;

  if (!xc_record_get_ext_number (XC_RECORD (programme), "housing_m2", &area) || area <= 0)
    xc_report_add (report, "NA-09", NULL, NULL, "ext.housing_m2",
                   _("The programme plans no talent housing (reference programme: 2 buildings, 28,000 m²)"));
}

void
na_rules_validate (XcProgramme *programme,
                   XcReport    *report)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GHashTable) experts = g_hash_table_new (g_str_hash, g_str_equal);
  Context context = { programme, report, NULL, experts };

  check_partner (&context);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      XcInstitution *host = xc_programme_lookup_institution (programme, xc_unit_get_host (unit));

      check_experts (&context, unit);
      check_leadership (&context, unit, host);
      check_leader_duties (&context, unit);
      check_on_site_days (unit, report);
      check_leader_teaching (unit, report);
      check_targets (unit, report);
    }

  check_staffing_posts (programme, report);
  check_housing (programme, report);
}
