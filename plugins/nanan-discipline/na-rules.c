/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "na-rules.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

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
  XcDesign                *design;
  XcReport                *report;
  const XcInstitutionData *institutions;
  const XcPersonData      *people;
  /* The partner, where the programme names one that exists. */
  const XcInstitutionData *partner;
  guint                    partner_index;
  /* The experts of the unit being checked: seen[person] is the unit's
   * stamp (its index + 1), so nothing is cleared between units; ids naming
   * nobody are counted by text, in dangling, made on the first. */
  guint                   *seen;
  guint                    stamp;
  GHashTable              *dangling;
} Context;

typedef enum
{
  ORIGIN_PARTNER,
  ORIGIN_ELSEWHERE,
  ORIGIN_UNKNOWN,
} Origin;

/* Whether @person's home institution is the partner or an institution
 * whose affiliated_to is the partner (one level: a hospital affiliated to
 * an affiliated hospital is not the partner's). ORIGIN_UNKNOWN where the
 * home institution does not exist: XC-01 reports that. Ids equal the
 * partner's exactly when they resolve to its index. */
static Origin
get_origin (Context            *context,
            const XcPersonData *person)
{
  if (person->institution == NULL)
    return ORIGIN_ELSEWHERE;
  if (person->institution_index == context->partner_index)
    return ORIGIN_PARTNER;
  if (person->institution_index == XC_DESIGN_NONE)
    return ORIGIN_UNKNOWN;
  if (context->institutions[person->institution_index].affiliated_index == context->partner_index)
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
check_partner (Context               *context,
               const XcProgrammeData *programme)
{
  const char *kind;

  if (programme->partner == NULL)
    {
      xc_report_add (context->report, "NA-01", NULL, NULL, "partner",
                     _("The programme names no partner university whose hospitals send the experts"));
      return;
    }

  if (programme->partner_index == XC_DESIGN_NONE)
    return;   /* XC-01 reports the dangling reference */
  context->partner_index = programme->partner_index;
  context->partner = &context->institutions[programme->partner_index];

  kind = context->partner->kind;
  if (g_strcmp0 (kind, "university") != 0)
    {
      if (kind == NULL)
        xc_report_add (context->report, "NA-01", NULL, programme->partner, "partner",
                       _("The partner %s has no kind; it must be a university"),
                       xc_institution_data_get_label (context->partner));
      else
        xc_report_add (context->report, "NA-01", NULL, programme->partner, "partner",
                       _("The partner %s is a %s, not a university"),
                       xc_institution_data_get_label (context->partner), xc_vocabulary_get_label (kind));
    }
}

/* Whether @person_id (resolved to @person_index) is new in the unit being
 * checked, and notes it. */
static gboolean
add_expert (Context    *context,
            const char *person_id,
            guint       person_index)
{
  if (person_index != XC_DESIGN_NONE)
    {
      if (context->seen[person_index] == context->stamp)
        return FALSE;
      context->seen[person_index] = context->stamp;
      return TRUE;
    }

  if (context->dangling == NULL)
    context->dangling = g_hash_table_new (g_str_hash, g_str_equal);
  return g_hash_table_add (context->dangling, (gpointer) person_id);
}

/* NA-01 and NA-02 for one expert of @unit, once per unit however often
 * the expert is listed: the leader where @member is -1, else that team
 * member. */
static void
check_expert (Context          *context,
              const XcUnitData *unit,
              const char       *person_id,
              guint             person_index,
              int               member,
              guint            *n_experts)
{
  const XcPersonData *person;
  g_autofree char *path = NULL;

  if (person_id == NULL || !add_expert (context, person_id, person_index))
    return;

  (*n_experts)++;
  if (person_index == XC_DESIGN_NONE)
    return;   /* XC-01 reports the dangling reference */
  person = &context->people[person_index];
  path = member < 0 ? g_strdup ("lead") : g_strdup_printf ("team[%d].person", member);

  if (!xc_person_data_is_senior (person))
    {
      const char *title = person->title;
      const char *title_label = title != NULL ? xc_vocabulary_get_label (title) : _("no title");

      if (member < 0)
        xc_report_add (context->report, "NA-02", unit->id, person_id, path,
                       _("The leader %s of %s is not a deputy chief physician or above (%s)"),
                       xc_person_data_get_label (person), xc_unit_data_get_label (unit), title_label);
      else
        xc_report_add (context->report, "NA-02", unit->id, person_id, path,
                       _("The expert %s of %s is not a deputy chief physician or above (%s)"),
                       xc_person_data_get_label (person), xc_unit_data_get_label (unit), title_label);
    }

  if (context->partner != NULL && get_origin (context, person) == ORIGIN_ELSEWHERE)
    {
      /* ELSEWHERE: the home is absent or exists, never dangling */
      if (person->institution_index == XC_DESIGN_NONE)
        xc_report_add (context->report, "NA-01", unit->id, person_id, path,
                       _("The expert %s of %s has no home institution; experts come from %s or a hospital affiliated to it"),
                       xc_person_data_get_label (person), xc_unit_data_get_label (unit),
                       xc_institution_data_get_label (context->partner));
      else
        xc_report_add (context->report, "NA-01", unit->id, person_id, path,
                       _("The expert %s of %s works at %s, which is neither the partner %s nor affiliated to it"),
                       xc_person_data_get_label (person), xc_unit_data_get_label (unit),
                       xc_institution_data_get_label (&context->institutions[person->institution_index]),
                       xc_institution_data_get_label (context->partner));
    }
}

/* NA-01, NA-02, NA-03 */
static void
check_experts (Context          *context,
               const XcUnitData *unit)
{
  guint n_experts = 0;

  if (context->dangling != NULL)
    g_hash_table_remove_all (context->dangling);

  check_expert (context, unit, unit->lead, unit->lead_index, -1, &n_experts);
  for (guint i = 0; i < unit->n_team; i++)
    check_expert (context, unit, unit->team[i].person, unit->team[i].person_index, i, &n_experts);

  /* Distinct people named as leader or team member. */
  if (n_experts < MIN_GROUP_SIZE)
    xc_report_add (context->report, "NA-03", unit->id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The expert group of %s has %u expert, the leader included; at least 3 are expected",
                                "The expert group of %s has %u experts, the leader included; at least 3 are expected",
                                n_experts),
                   xc_unit_data_get_label (unit), n_experts);
}

/* NA-04: the leader from the partner, and a department director of the
 * host under the leader. One finding per unit names every fault. */
static void
check_leadership (Context          *context,
                  const XcUnitData *unit,
                  JsonObject       *ext)
{
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  const char *lead_id = unit->lead;
  const XcPersonData *lead = unit->lead_index != XC_DESIGN_NONE ? &context->people[unit->lead_index] : NULL;
  const char *director_id = xc_ext_get_string (ext, "department_director");
  guint director_index = director_id != NULL ? xc_design_find_person (context->design, director_id) : XC_DESIGN_NONE;
  const XcPersonData *director = director_index != XC_DESIGN_NONE ? &context->people[director_index] : NULL;
  const XcInstitutionData *host = unit->host_index != XC_DESIGN_NONE ? &context->institutions[unit->host_index] : NULL;
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
                                                xc_person_data_get_label (lead),
                                                xc_institution_data_get_label (context->partner)));
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
                                                xc_person_data_get_label (director)));
      path = path != NULL ? path : "ext.department_director";
      subject = subject != NULL ? subject : director_id;
    }
  else if (unit->host == NULL)
    {
      g_ptr_array_add (faults, g_strdup_printf (_("it has no host, so its department director %s cannot be the host's"),
                                                xc_person_data_get_label (director)));
      path = path != NULL ? path : "host";
      subject = subject != NULL ? subject : director_id;
    }
  else if (host != NULL && g_strcmp0 (director->institution, host->id) != 0)
    {
      if (director->institution_index != XC_DESIGN_NONE)
        g_ptr_array_add (faults, g_strdup_printf (_("its department director %s works at %s, not at the host %s"),
                                                  xc_person_data_get_label (director),
                                                  xc_institution_data_get_label (&context->institutions[director->institution_index]),
                                                  xc_institution_data_get_label (host)));
      else
        g_ptr_array_add (faults, g_strdup_printf (_("its department director %s does not work at the host %s"),
                                                  xc_person_data_get_label (director), xc_institution_data_get_label (host)));
      path = path != NULL ? path : "ext.department_director";
      subject = subject != NULL ? subject : director_id;
    }

  if (faults->len == 0)
    return;

  g_ptr_array_add (faults, NULL);
  list = g_strjoinv (_("; "), (char **) faults->pdata);
  xc_report_add (context->report, "NA-04", unit->id, subject, path,
                 _("%s lacks the leader-and-director structure: %s"), xc_unit_data_get_label (unit), list);
}

/* NA-05: the leader's four duties */
static void
check_leader_duties (Context          *context,
                     const XcUnitData *unit,
                     JsonObject       *ext)
{
  static const struct { const char *duty; const char *label; } duties[] = {
    { "planning", N_("development planning") },
    { "research", N_("research guidance") },
    { "clinical_teaching", N_("clinical teaching") },
    { "talent_pipeline", N_("the talent pipeline") },
  };
  const XcPersonData *lead = unit->lead_index != XC_DESIGN_NONE ? &context->people[unit->lead_index] : NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    if (!xc_ext_strv_contains (ext, "leader_duties", duties[i].duty))
      g_ptr_array_add (missing, _(duties[i].label));

  n = missing->len;
  if (n == 0)
    return;

  list = join_list (missing);
  if (lead != NULL)
    xc_report_add (context->report, "NA-05", unit->id, unit->lead, "ext.leader_duties",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The duties of %s, leader of %s, leave out %u duty: %s",
                                "The duties of %s, leader of %s, leave out %u duties: %s", n),
                   xc_person_data_get_label (lead), xc_unit_data_get_label (unit), n, list);
  else
    xc_report_add (context->report, "NA-05", unit->id, unit->lead, "ext.leader_duties",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The leader's duties in %s leave out %u duty: %s",
                                "The leader's duties in %s leave out %u duties: %s", n),
                   xc_unit_data_get_label (unit), n, list);
}

/* NA-06: the group on site 3 days a week. The group's days are those of
 * `group` commitments plus, where the leader and the team both commit on
 * their own, the fewer of the two: a day only the leader comes is not a
 * day the group is there. */
static void
check_on_site_days (const XcUnitData *unit,
                    XcReport         *report)
{
  double lead_days = xc_unit_data_sum_commitments (unit, "on_site_days", xc_commitment_data_covers_lead);
  double team_days = xc_unit_data_sum_commitments (unit, "on_site_days", xc_commitment_data_covers_team);
  gboolean has_lead = unit->lead != NULL;
  gboolean has_team = unit->n_team > 0;
  double monthly, weekly;

  if (has_lead && has_team)
    monthly = MIN (lead_days, team_days);
  else if (has_team)
    monthly = team_days;
  else
    monthly = lead_days;

  weekly = monthly / WEEKS_PER_MONTH;
  if (weekly < MIN_DAYS_A_WEEK - EPSILON)
    xc_report_add (report, "NA-06", unit->id, NULL, "commitments",
                   _("The expert group of %s is on site %.2f days a week (%.1f a month); it needs at least 3 a week"),
                   xc_unit_data_get_label (unit), weekly, monthly);
}

/* NA-07: a seminar or training class a year, led by the leader */
static void
check_leader_teaching (const XcUnitData *unit,
                       XcReport         *report)
{
  double monthly = xc_unit_data_sum_commitments (unit, "seminar", xc_commitment_data_covers_lead)
                   + xc_unit_data_sum_commitments (unit, "training_class", xc_commitment_data_covers_lead);

  if (monthly >= 1.0 / 12.0 - EPSILON)
    return;

  if (monthly <= 0)
    xc_report_add (report, "NA-07", unit->id, unit->lead, "commitments",
                   _("The leader of %s commits to no seminar or training class"),
                   xc_unit_data_get_label (unit));
  else
    xc_report_add (report, "NA-07", unit->id, unit->lead, "commitments",
                   _("The leader of %s commits to %.2g seminars or training classes a year; at least 1 is expected"),
                   xc_unit_data_get_label (unit), monthly * 12);
}

/* Whether @unit sets @target above zero. */
static gboolean
has_positive_target (const XcUnitData *unit,
                     XcUnitTarget      target)
{
  return (unit->has_target & (1u << target)) != 0 && unit->targets[target] > 0;
}

/* NA-10: outpatient and operation targets */
static void
check_targets (const XcUnitData *unit,
               XcReport         *report)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *list = NULL;
  const char *path = NULL;

  if (!has_positive_target (unit, XC_UNIT_TARGET_OUTPATIENTS))
    {
      g_ptr_array_add (missing, _("outpatient visits"));
      path = "targets.outpatients";
    }
  if (!has_positive_target (unit, XC_UNIT_TARGET_OPERATIONS))
    {
      g_ptr_array_add (missing, _("operations"));
      path = path == NULL ? "targets.operations" : "targets";
    }
  if (missing->len == 0)
    return;

  list = join_list (missing);
  xc_report_add (report, "NA-10", unit->id, NULL, path,
                 _("%s sets no target for %s"), xc_unit_data_get_label (unit), list);
}

/* NA-08: the service term of the dedicated staffing posts */
static void
check_staffing_posts (JsonObject *ext,
                      XcReport   *report)
{
  double posts, years;

  if (!xc_ext_get_number (ext, "staffing_posts", &posts) || posts <= 0)
    return;

  if (!xc_ext_get_number (ext, "service_years", &years))
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
check_housing (JsonObject *ext,
               XcReport   *report)
{
  double area;

  if (!xc_ext_get_number (ext, "housing_m2", &area) || area <= 0)
    xc_report_add (report, "NA-09", NULL, NULL, "ext.housing_m2",
                   _("The programme plans no talent housing (reference programme: 2 buildings, 28,000 m²)"));
}

void
na_rules_check (XcDesign *design,
                XcReport *report)
{
  guint n_units, n_people, n_institutions;
  const XcUnitData *units;
  g_autofree guint *seen = NULL;
  g_autoptr(JsonObject) programme_ext = NULL;
  Context context = { .design = design, .report = report, .partner_index = XC_DESIGN_NONE };

  g_return_if_fail (XC_IS_DESIGN (design));
  g_return_if_fail (XC_IS_REPORT (report));

  units = xc_design_get_units (design, &n_units);
  context.people = xc_design_get_people (design, &n_people);
  context.institutions = xc_design_get_institutions (design, &n_institutions);
  context.seen = seen = g_new0 (guint, n_people);

  check_partner (&context, xc_design_get_programme (design));

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      g_autoptr(JsonObject) ext = NULL;

      /* every rule here is about the one unit */
      if (!xc_report_begin_unit (report, "nanan-discipline", i))
        continue;
      ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, i);
      context.stamp = i + 1;
      check_experts (&context, unit);
      check_leadership (&context, unit, ext);
      check_leader_duties (&context, unit, ext);
      check_on_site_days (unit, report);
      check_leader_teaching (unit, report);
      check_targets (unit, report);
      xc_report_end_unit (report);
    }

  programme_ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_PROGRAMME, 0);
  check_staffing_posts (programme_ext, report);
  check_housing (programme_ext, report);
  g_clear_pointer (&context.dangling, g_hash_table_unref);
}
