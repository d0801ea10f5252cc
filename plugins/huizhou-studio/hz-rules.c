/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hz-rules.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

#define SEED "000_cf89c40f7fd5c8e1.txt"

/* Normalised rates (programme-format.md) with a margin for 52/12. */
#define WEEKLY      (52.0 / 12.0 - 1e-9)
#define FORTNIGHTLY (26.0 / 12.0 - 1e-9)
#define QUARTERLY   (1.0 / 3.0 - 1e-9)

static const XcRuleInfo rules[] = {
  { "HZ-01", XC_SEVERITY_ERROR,
    N_("A studio's mentor holds an honour: a TCM studio a provincial or municipal famous TCM doctor, a western studio a municipal famous doctor or higher."),
    "省、市级名中医或市级名医等导师", SEED },
  { "HZ-02", XC_SEVERITY_WARNING,
    N_("A mentor leads at most 2 studios."),
    "其中3名导师分别负责建设2个名医工作室", SEED },
  { "HZ-03", XC_SEVERITY_ERROR,
    N_("The mentor's team, the mentor excluded, has 2 to 5 members."),
    "组建2~5人的导师团队", SEED },
  { "HZ-04", XC_SEVERITY_ERROR,
    N_("Every team member is a deputy chief physician or above."),
    "必须为…副主任(中)医师以上职称", SEED },
  { "HZ-05", XC_SEVERITY_WARNING,
    N_("Every team member's specialty is the mentor's."),
    "与导师专长相似", SEED },
  { "HZ-06", XC_SEVERITY_ERROR,
    N_("The team holds at least one outpatient session a week."),
    "保证至少每周出1次门诊", SEED },
  { "HZ-07", XC_SEVERITY_ERROR,
    N_("Where the host has a ward, the team does at least one ward round a fortnight."),
    "每两周1次查房…如无病房，以每周门诊替代", SEED },
  { "HZ-08", XC_SEVERITY_ERROR,
    N_("The team holds at least one seminar or lecture a quarter."),
    "每季度开展1次学术研讨或学术讲座", SEED },
  { "HZ-09", XC_SEVERITY_ERROR,
    N_("A studio has at least 2 learners."),
    "至少选配2名…中青年业务骨干为工作室学员", SEED },
  { "HZ-09W", XC_SEVERITY_WARNING,
    N_("Every learner works at the host institution."),
    "至少选配2名…中青年业务骨干为工作室学员", SEED },
  { "HZ-10", XC_SEVERITY_ERROR,
    N_("Learners join the mentor's outpatients weekly, ward rounds fortnightly (where there is a ward) and a seminar quarterly."),
    "学员保证至少每周跟师出门诊1次…", SEED },
  { "HZ-11", XC_SEVERITY_ERROR,
    N_("The teaching consultation room has at least 15 m²."),
    "示教诊室面积不小于15平方米", SEED },
  { "HZ-12", XC_SEVERITY_ERROR,
    N_("The studio has a resource or reading room."),
    "资料室（阅览室）", SEED },
  { "HZ-13", XC_SEVERITY_ERROR,
    N_("The studio has a computer, broadband, an audio-visual capture system and a recording device."),
    "计算机、网络宽带、声像采集系统…实时记录设备", SEED },
  { "HZ-14", XC_SEVERITY_WARNING,
    N_("The build period is 24 months."),
    "建设周期为2年", SEED },
  { "HZ-15", XC_SEVERITY_WARNING,
    N_("Acceptance is planned 12 to 24 months after the start, applied for by the county health authority and done by a third party."),
    "启动建设后1~2年内…委托第三方进行验收", SEED },
  { "HZ-16", XC_SEVERITY_WARNING,
    N_("Every town of the region has at least one studio."),
    "覆盖了…全部13个乡镇", SEED },
  { "HZ-17", XC_SEVERITY_ERROR,
    N_("The host is a township health centre in the region."),
    "落地单位…乡镇卫生院", SEED },
  { "HZ-18", XC_SEVERITY_WARNING,
    N_("The team also takes part in difficult-case consultations and reviews the learners' notes."),
    "参与院内疑难杂症会诊，定期批阅…医案", SEED },
  { "HZ-19", XC_SEVERITY_INFO,
    N_("The count of famous-doctor and famous-TCM-doctor studios (reference programme: 12 and 12)."),
    "12个名医工作室、12个名中医工作室", SEED },
};

/* "a, b, c" in the reader's language, for findings that name what is missing. */
static char *
join_items (GPtrArray *items)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (list, _(", "));
      g_string_append (list, g_ptr_array_index (items, i));
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

GListModel *
hz_rules_list (void)
{
  return xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), GETTEXT_PACKAGE);
}

/* What the checks of one design share. */
typedef struct
{
  XcDesign                *design;
  XcReport                *report;
  const XcProgrammeData   *programme;
  const XcInstitutionData *institutions;
  const XcPersonData      *people;
  guint                    n_towns;
} Check;

static gboolean
has_honour (const XcPersonData *person,
            const char * const *accepted)
{
  for (guint i = 0; accepted[i] != NULL; i++)
    if (g_strv_contains (person->honours, accepted[i]))
      return TRUE;
  return FALSE;
}

/* HZ-01 */
static void
check_mentor_honour (Check            *check,
                     const XcUnitData *unit)
{
  static const char * const tcm_honours[] = {
    "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm", NULL
  };
  static const char * const western_honours[] = {
    "provincial_famous_doctor", "municipal_famous_doctor", NULL
  };
  XcReport *report = check->report;
  const char *variant = unit->variant;
  const XcPersonData *lead;

  if (unit->lead == NULL)
    {
      xc_report_add (report, "HZ-01", unit->id, NULL, "lead", _("The studio has no mentor"));
      return;
    }
  if (unit->lead_index == XC_DESIGN_NONE)
    return;   /* XC-01 reports the dangling reference */
  lead = &check->people[unit->lead_index];

  if (g_strcmp0 (variant, "tcm") == 0)
    {
      if (!has_honour (lead, tcm_honours))
        xc_report_add (report, "HZ-01", unit->id, unit->lead, "lead",
                       _("The mentor %s of a TCM studio is not a provincial or municipal famous TCM doctor"),
                       lead->name);
    }
  else if (g_strcmp0 (variant, "western") == 0)
    {
      if (!has_honour (lead, western_honours))
        xc_report_add (report, "HZ-01", unit->id, unit->lead, "lead",
                       _("The mentor %s of a famous-doctor studio is not a municipal famous doctor or higher"),
                       lead->name);
    }
  else if (variant == NULL)
    xc_report_add (report, "HZ-01", unit->id, unit->lead, "variant",
                   _("The studio does not say whether it is a famous-doctor or a famous-TCM-doctor studio, so the mentor's honour cannot be checked"));
  else
    xc_report_add (report, "HZ-01", unit->id, unit->lead, "variant",
                   _("The studio's type is “%s”, neither a famous-doctor nor a famous-TCM-doctor studio, so the mentor's honour cannot be checked"),
                   xc_vocabulary_get_label (variant));
}

/* HZ-03, HZ-04, HZ-05 */
static void
check_team (Check            *check,
            const XcUnitData *unit)
{
  XcReport *report = check->report;
  const XcPersonData *lead = unit->lead_index != XC_DESIGN_NONE
                             ? &check->people[unit->lead_index] : NULL;
  gboolean lead_specialty = lead != NULL && lead->specialty != NULL;
  const char *specialty = lead_specialty ? lead->specialty : unit->specialty;
  /* distinct people, the mentor left out even where listed on the team */
  guint n_members = xc_unit_data_count_team_members (unit);

  if (n_members < 2 || n_members > 5)
    xc_report_add (report, "HZ-03", unit->id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The mentor's team has %u member besides the mentor; it needs 2 to 5",
                                "The mentor's team has %u members besides the mentor; it needs 2 to 5",
                                n_members), n_members);

  for (guint i = 0; i < unit->n_team; i++)
    {
      const XcTeamMemberData *member = &unit->team[i];
      const XcPersonData *person;
      g_autofree char *path = NULL;

      if (member->person_index == XC_DESIGN_NONE)
        continue;
      person = &check->people[member->person_index];
      path = g_strdup_printf ("team[%u].person", i);

      if (!xc_person_data_is_senior (person))
        xc_report_add (report, "HZ-04", unit->id, member->person, path,
                       _("Team member %s is not a deputy chief physician or above"),
                       person->name);

      if (specialty != NULL && g_strcmp0 (person->specialty, specialty) != 0)
        xc_report_add (report, "HZ-05", unit->id, member->person, path,
                       lead_specialty ? _("Team member %s's specialty is “%s”, not the mentor's “%s”")
                                      : _("Team member %s's specialty is “%s”, not the studio's “%s”"),
                       person->name,
                       xc_vocabulary_get_label (person->specialty != NULL
                                                ? person->specialty : _("none")),
                       xc_vocabulary_get_label (specialty));
    }
}

static double
team_rate (const XcUnitData *unit,
           const char       *activity)
{
  return xc_unit_data_sum_commitments (unit, activity, xc_commitment_data_covers_team);
}

static double
learner_rate (const XcUnitData *unit,
              const char       *activity)
{
  return xc_unit_data_sum_commitments (unit, activity, xc_commitment_data_covers_learners);
}

/* A unit without a known host is taken to have a ward: the stricter reading. */
static gboolean
host_has_ward (const XcInstitutionData *host)
{
  return host == NULL || host->has_ward;
}

/* HZ-06, HZ-07, HZ-08, HZ-18 */
static void
check_team_commitments (const XcUnitData        *unit,
                        const XcInstitutionData *host,
                        XcReport                *report)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (team_rate (unit, "outpatient") < WEEKLY)
    xc_report_add (report, "HZ-06", unit->id, NULL, "commitments",
                   _("The team commits to fewer than one outpatient session a week"));

  if (host_has_ward (host) && team_rate (unit, "ward_round") < FORTNIGHTLY)
    xc_report_add (report, "HZ-07", unit->id, NULL, "commitments",
                   _("The host has a ward, and the team commits to fewer than one ward round a fortnight"));

  if (team_rate (unit, "seminar") + team_rate (unit, "training_class") < QUARTERLY)
    xc_report_add (report, "HZ-08", unit->id, NULL, "commitments",
                   _("The team commits to fewer than one seminar or lecture a quarter"));

  if (team_rate (unit, "consultation") <= 0)
    g_ptr_array_add (missing, _("difficult-case consultations"));
  if (team_rate (unit, "teaching_review") <= 0)
    g_ptr_array_add (missing, _("reviews of the learners' notes"));
  if (missing->len > 0)
    {
      g_autofree char *list = join_items (missing);

      xc_report_add (report, "HZ-18", unit->id, NULL, "commitments",
                     _("The team does not commit to %s"), list);
    }
}

/* HZ-09, HZ-09W, HZ-10 */
static void
check_learners (Check                   *check,
                const XcUnitData        *unit,
                const XcInstitutionData *host)
{
  XcReport *report = check->report;
  const char * const *learners = unit->learners;
  guint n = g_strv_length ((char **) learners);
  guint n_distinct = xc_unit_data_count_learners (unit);

  if (n_distinct < 2)
    xc_report_add (report, "HZ-09", unit->id, NULL, "learners",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The studio has %u learner; it needs at least 2",
                                "The studio has %u learners; it needs at least 2", n_distinct),
                   n_distinct);

  for (guint i = 0; i < n; i++)
    {
      const XcPersonData *learner;
      g_autofree char *path = NULL;

      if (unit->learner_indexes[i] == XC_DESIGN_NONE || host == NULL)
        continue;
      learner = &check->people[unit->learner_indexes[i]];
      if (g_strcmp0 (learner->institution, host->id) == 0)
        continue;

      path = g_strdup_printf ("learners[%u]", i);
      xc_report_add (report, "HZ-09W", unit->id, learners[i], path,
                     _("Learner %s does not work at the host %s"),
                     learner->name, host->name);
    }

  if (learner_rate (unit, "outpatient") < WEEKLY)
    xc_report_add (report, "HZ-10", unit->id, NULL, "commitments",
                   _("Learners commit to fewer than one outpatient session a week with the mentor"));
  if (host_has_ward (host) && learner_rate (unit, "ward_round") < FORTNIGHTLY)
    xc_report_add (report, "HZ-10", unit->id, NULL, "commitments",
                   _("Learners commit to fewer than one ward round a fortnight with the mentor"));
  if (learner_rate (unit, "seminar") + learner_rate (unit, "training_class") < QUARTERLY)
    xc_report_add (report, "HZ-10", unit->id, NULL, "commitments",
                   _("Learners commit to fewer than one seminar or lecture a quarter"));
}

/* HZ-11, HZ-12, HZ-13 */
static void
check_facilities (const XcUnitData *unit,
                  XcReport         *report)
{
  static const struct { const char *item; const char *label; } equipment[] = {
    { "computer", N_("a computer") },
    { "broadband", N_("broadband") },
    { "av_capture", N_("an audio-visual capture system") },
    { "recorder", N_("a recording device") },
  };
  double room = unit->teaching_room_m2;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (room < 0)
    xc_report_add (report, "HZ-11", unit->id, NULL, "facilities.teaching_room_m2",
                   _("The studio has no teaching consultation room"));
  else if (room < 15)
    xc_report_add (report, "HZ-11", unit->id, NULL, "facilities.teaching_room_m2",
                   _("The teaching consultation room has %g m²; it needs at least 15 m²"), room);

  if (!unit->reading_room)
    xc_report_add (report, "HZ-12", unit->id, NULL, "facilities.reading_room",
                   _("The studio has no resource or reading room"));

  for (guint i = 0; i < G_N_ELEMENTS (equipment); i++)
    if (!g_strv_contains (unit->equipment, equipment[i].item))
      g_ptr_array_add (missing, _(equipment[i].label));
  if (missing->len > 0)
    {
      g_autofree char *list = join_items (missing);

      xc_report_add (report, "HZ-13", unit->id, NULL, "facilities.equipment",
                     _("The studio lacks %s"), list);
    }
}

/* HZ-17 */
static void
check_host (Check                   *check,
            const XcUnitData        *unit,
            const XcInstitutionData *host)
{
  XcReport *report = check->report;
  const char * const *counties = check->programme->counties;

  if (unit->host == NULL)
    {
      xc_report_add (report, "HZ-17", unit->id, NULL, "host", _("The studio has no host"));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (g_strcmp0 (host->kind, "township_health_centre") != 0)
    xc_report_add (report, "HZ-17", unit->id, host->id, "host",
                   _("The host %s is not a township health centre"),
                   host->name);
  else if (check->n_towns > 0)
    {
      if (host->town_index == XC_DESIGN_NONE)
        xc_report_add (report, "HZ-17", unit->id, host->id, "host",
                       _("The host %s is not in a town of the region"),
                       host->name);
    }
  else if (counties[0] != NULL
           && (host->county == NULL || !g_strv_contains (counties, host->county)))
    xc_report_add (report, "HZ-17", unit->id, host->id, "host",
                   _("The host %s is not in a county of the region"),
                   host->name);
}

/* HZ-14, HZ-15 */
static void
check_period_and_acceptance (const XcProgrammeData *programme,
                             XcReport              *report)
{
  gint64 months = programme->months;
  gint64 planned = programme->planned_acceptance_month;

  if (months != 24)
    xc_report_add (report, "HZ-14", NULL, NULL, "period.months",
                   _("The build period is %lld months, not 24"), (long long) months);

  if (!programme->has_acceptance)
    {
      xc_report_add (report, "HZ-15", NULL, NULL, "acceptance",
                     _("The design plans no acceptance"));
      return;
    }

  if (planned < 12 || planned > 24)
    xc_report_add (report, "HZ-15", NULL, NULL, "acceptance.planned_month",
                   planned < 0 ? _("Acceptance has no planned month")
                               : _("Acceptance is planned %lld months after the start, not within 12 to 24"),
                   (long long) planned);
  if (g_strcmp0 (programme->acceptance_applicant, "county_health_authority") != 0)
    xc_report_add (report, "HZ-15", NULL, NULL, "acceptance.applicant",
                   _("Acceptance is not applied for by the county health authority"));
  if (!programme->third_party_acceptance)
    xc_report_add (report, "HZ-15", NULL, NULL, "acceptance.third_party",
                   _("Acceptance is not done by a third party"));
}

/* Marks a town id as covered. Ids resolve to the first town with the id,
 * so check_town_coverage() finds later towns with the same id through it. */
static void
cover_town (XcDesign   *design,
            gboolean   *covered,
            const char *town_id)
{
  guint town = xc_design_find_town (design, town_id);

  if (town != XC_DESIGN_NONE)
    covered[town] = TRUE;
}

/* HZ-16: a studio covers its host's town and the towns in its
 * ext.serves_towns (a management committee without a health centre of its
 * own is served from a neighbouring one). */
static void
check_town_coverage (Check          *check,
                     const gboolean *covered)
{
  const XcTownData *towns = xc_design_get_towns (check->design, NULL);
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();

  for (guint i = 0; i < check->n_towns; i++)
    {
      const XcTownData *town = &towns[i];
      guint first;

      if (covered[i])
        continue;
      first = town->id != NULL ? xc_design_find_town (check->design, town->id) : XC_DESIGN_NONE;
      if (first == XC_DESIGN_NONE || !covered[first])
        g_ptr_array_add (uncovered, (gpointer) (town->name != NULL ? town->name : town->id));
    }

  if (uncovered->len > 0)
    {
      g_autofree char *list = join_items (uncovered);
      guint n = uncovered->len;

      xc_report_add (check->report, "HZ-16", NULL, NULL, "region.towns",
                     g_dngettext (GETTEXT_PACKAGE, "%u town has no studio: %s",
                                  "%u towns have no studio: %s", n), n, list);
    }
}

static void
add_served_towns (Check                   *check,
                  guint                    unit_index,
                  const XcInstitutionData *host,
                  gboolean                *covered)
{
  g_autoptr(JsonObject) ext = xc_design_dup_ext (check->design, XC_DESIGN_RECORD_UNIT, unit_index);
  JsonNode *served = ext != NULL ? json_object_get_member (ext, "serves_towns") : NULL;

  if (host != NULL && host->town_index != XC_DESIGN_NONE)
    covered[host->town_index] = TRUE;

  if (served != NULL && JSON_NODE_HOLDS_ARRAY (served))
    {
      JsonArray *array = json_node_get_array (served);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING)
            cover_town (check->design, covered, json_node_get_string (element));
        }
    }
}

/* HZ-02: the third studio of a mentor is reported, and each one after.
 * Studios are counted per person; a mentor the design lacks (XC-01) is
 * counted by id, in a table made only when there is one. */
static void
check_studios_per_mentor (Check            *check,
                          const XcUnitData *unit,
                          guint            *per_person,
                          GHashTable      **per_missing_id)
{
  const XcPersonData *mentor = NULL;
  guint count;

  if (unit->lead == NULL)
    return;

  if (unit->lead_index != XC_DESIGN_NONE)
    {
      mentor = &check->people[unit->lead_index];
      count = ++per_person[unit->lead_index];
    }
  else
    {
      if (*per_missing_id == NULL)
        *per_missing_id = g_hash_table_new (g_str_hash, g_str_equal);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (*per_missing_id, unit->lead)) + 1;
      g_hash_table_insert (*per_missing_id, (gpointer) unit->lead, GUINT_TO_POINTER (count));
    }

  if (count > 2)
    xc_report_add (check->report, "HZ-02", unit->id, unit->lead, "lead",
                   _("The mentor %s leads %u studios; at most 2 are expected"),
                   mentor != NULL ? mentor->name : unit->lead, count);
}

void
hz_rules_check (XcDesign *design,
                XcReport *report)
{
  guint n_units, n_institutions, n_people;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  Check check = {
    .design = design,
    .report = report,
    .programme = xc_design_get_programme (design),
    .institutions = xc_design_get_institutions (design, &n_institutions),
    .people = xc_design_get_people (design, &n_people),
  };
  g_autofree guint *studios_per_person = g_new0 (guint, n_people);
  g_autoptr(GHashTable) studios_per_missing_id = NULL;
  g_autofree gboolean *covered = NULL;
  guint n_western = 0, n_tcm = 0;

  xc_design_get_towns (design, &check.n_towns);
  covered = g_new0 (gboolean, check.n_towns);

  check_period_and_acceptance (check.programme, report);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const XcInstitutionData *host = unit->host_index != XC_DESIGN_NONE
                                      ? &check.institutions[unit->host_index] : NULL;

      if (xc_report_begin_unit (report, "huizhou-studio", i))
        {
          check_mentor_honour (&check, unit);
          check_team (&check, unit);
          check_team_commitments (unit, host, report);
          check_learners (&check, unit, host);
          check_facilities (unit, report);
          check_host (&check, unit, host);

          /* HZ-14 for a studio with a build period of its own */
          if (unit->months >= 0 && unit->months != 24)
            xc_report_add (report, "HZ-14", unit->id, NULL, "months",
                           _("The studio's build period is %lld months, not 24"),
                           (long long) unit->months);
          xc_report_end_unit (report);
        }

      /* counts across studios, for every one: HZ-16, HZ-02, HZ-19 */
      add_served_towns (&check, i, host, covered);
      check_studios_per_mentor (&check, unit, studios_per_person, &studios_per_missing_id);

      if (g_strcmp0 (unit->variant, "western") == 0)
        n_western++;
      else if (g_strcmp0 (unit->variant, "tcm") == 0)
        n_tcm++;
    }

  check_town_coverage (&check, covered);

  xc_report_add (report, "HZ-19", NULL, NULL, NULL,
                 _("%u famous-doctor studios and %u famous-TCM-doctor studios (reference programme: 12 and 12)"),
                 n_western, n_tcm);

}
