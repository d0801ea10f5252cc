/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hz-rules.h"

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

static gboolean
has_honour (XcPerson           *person,
            const char * const *accepted)
{
  const char * const *honours = xc_person_get_honours (person);

  for (guint i = 0; accepted[i] != NULL; i++)
    if (g_strv_contains (honours, accepted[i]))
      return TRUE;
  return FALSE;
}

/* HZ-01 */
static void
check_mentor_honour (XcProgramme *programme,
                     XcUnit      *unit,
                     XcReport    *report)
{
  static const char * const tcm_honours[] = {
    "national_famous_tcm", "provincial_famous_tcm", "municipal_famous_tcm", NULL
  };
  static const char * const western_honours[] = {
    "provincial_famous_doctor", "municipal_famous_doctor", NULL
  };
  const char *unit_id = xc_unit_get_id (unit);
  const char *lead_id = xc_unit_get_lead (unit);
  const char *variant = xc_unit_get_variant (unit);
  XcPerson *lead = xc_programme_lookup_person (programme, lead_id);

  if (lead_id == NULL)
    {
      xc_report_add (report, "HZ-01", unit_id, NULL, "lead", _("The studio has no mentor"));
      return;
    }
  if (lead == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (g_strcmp0 (variant, "tcm") == 0)
    {
      if (!has_honour (lead, tcm_honours))
        xc_report_add (report, "HZ-01", unit_id, lead_id, "lead",
                       _("The mentor %s of a TCM studio is not a provincial or municipal famous TCM doctor"),
                       xc_person_get_name (lead));
    }
  else if (g_strcmp0 (variant, "western") == 0)
    {
      if (!has_honour (lead, western_honours))
        xc_report_add (report, "HZ-01", unit_id, lead_id, "lead",
                       _("The mentor %s of a famous-doctor studio is not a municipal famous doctor or higher"),
                       xc_person_get_name (lead));
    }
  else if (variant == NULL)
    xc_report_add (report, "HZ-01", unit_id, lead_id, "variant",
                   _("The studio does not say whether it is a famous-doctor or a famous-TCM-doctor studio, so the mentor's honour cannot be checked"));
  else
    xc_report_add (report, "HZ-01", unit_id, lead_id, "variant",
                   _("The studio's type is “%s”, neither a famous-doctor nor a famous-TCM-doctor studio, so the mentor's honour cannot be checked"),
                   xc_vocabulary_get_label (variant));
}

/* HZ-03, HZ-04, HZ-05 */
static void
check_team (XcProgramme *programme,
            XcUnit      *unit,
            XcReport    *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  GListModel *team = xc_unit_get_team (unit);
  guint n = g_list_model_get_n_items (team);
  XcPerson *lead = xc_programme_lookup_person (programme, xc_unit_get_lead (unit));
  gboolean lead_specialty = lead != NULL && xc_person_get_specialty (lead) != NULL;
  const char *specialty = lead_specialty ? xc_person_get_specialty (lead)
                                         : xc_unit_get_specialty (unit);
  g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_members;

  /* Distinct people, the mentor excluded even where listed on the team. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person_id = xc_team_member_get_person (member);

      if (person_id != NULL && g_strcmp0 (person_id, xc_unit_get_lead (unit)) != 0)
        g_hash_table_add (members, (gpointer) person_id);
    }
  n_members = g_hash_table_size (members);

  if (n_members < 2 || n_members > 5)
    xc_report_add (report, "HZ-03", unit_id, NULL, "team",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The mentor's team has %u member besides the mentor; it needs 2 to 5",
                                "The mentor's team has %u members besides the mentor; it needs 2 to 5",
                                n_members), n_members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcTeamMember) member = g_list_model_get_item (team, i);
      const char *person_id = xc_team_member_get_person (member);
      XcPerson *person = xc_programme_lookup_person (programme, person_id);
      g_autofree char *path = g_strdup_printf ("team[%u].person", i);

      if (person == NULL)
        continue;

      if (!xc_person_is_senior (person))
        xc_report_add (report, "HZ-04", unit_id, person_id, path,
                       _("Team member %s is not a deputy chief physician or above"),
                       xc_person_get_name (person));

      if (specialty != NULL && g_strcmp0 (xc_person_get_specialty (person), specialty) != 0)
        xc_report_add (report, "HZ-05", unit_id, person_id, path,
                       lead_specialty ? _("Team member %s's specialty is “%s”, not the mentor's “%s”")
                                      : _("Team member %s's specialty is “%s”, not the studio's “%s”"),
                       xc_person_get_name (person),
                       xc_vocabulary_get_label (xc_person_get_specialty (person) != NULL
                                                ? xc_person_get_specialty (person) : _("none")),
                       xc_vocabulary_get_label (specialty));
    }
}

static double
team_rate (XcUnit     *unit,
           const char *activity)
{
  return xc_unit_sum_commitments (unit, activity, xc_commitment_covers_team);
}

static double
learner_rate (XcUnit     *unit,
              const char *activity)
{
  return xc_unit_sum_commitments (unit, activity, xc_commitment_covers_learners);
}

/* A unit without a known host is taken to have a ward: the stricter reading. */
static gboolean
host_has_ward (XcInstitution *host)
{
  return host == NULL || xc_institution_get_has_ward (host);
}

/* HZ-06, HZ-07, HZ-08, HZ-18 */
static void
check_team_commitments (XcUnit        *unit,
                        XcInstitution *host,
                        XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (team_rate (unit, "outpatient") < WEEKLY)
    xc_report_add (report, "HZ-06", unit_id, NULL, "commitments",
                   _("The team commits to fewer than one outpatient session a week"));

  if (host_has_ward (host) && team_rate (unit, "ward_round") < FORTNIGHTLY)
    xc_report_add (report, "HZ-07", unit_id, NULL, "commitments",
                   _("The host has a ward, and the team commits to fewer than one ward round a fortnight"));

  if (team_rate (unit, "seminar") + team_rate (unit, "training_class") < QUARTERLY)
    xc_report_add (report, "HZ-08", unit_id, NULL, "commitments",
                   _("The team commits to fewer than one seminar or lecture a quarter"));

  if (team_rate (unit, "consultation") <= 0)
    g_ptr_array_add (missing, _("difficult-case consultations"));
  if (team_rate (unit, "teaching_review") <= 0)
    g_ptr_array_add (missing, _("reviews of the learners' notes"));
  if (missing->len > 0)
    {
      g_autofree char *list = join_items (missing);

      xc_report_add (report, "HZ-18", unit_id, NULL, "commitments",
                     _("The team does not commit to %s"), list);
    }
}

/* HZ-09, HZ-09W, HZ-10 */
static void
check_learners (XcProgramme   *programme,
                XcUnit        *unit,
                XcInstitution *host,
                XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char * const *learners = xc_unit_get_learners (unit);
  guint n = g_strv_length ((char **) learners);
  g_autoptr(GHashTable) distinct = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_distinct;

  for (guint i = 0; i < n; i++)
    g_hash_table_add (distinct, (gpointer) learners[i]);
  n_distinct = g_hash_table_size (distinct);

  if (n_distinct < 2)
    xc_report_add (report, "HZ-09", unit_id, NULL, "learners",
                   g_dngettext (GETTEXT_PACKAGE,
                                "The studio has %u learner; it needs at least 2",
                                "The studio has %u learners; it needs at least 2", n_distinct),
                   n_distinct);

  for (guint i = 0; i < n; i++)
    {
      XcPerson *learner = xc_programme_lookup_person (programme, learners[i]);
      g_autofree char *path = g_strdup_printf ("learners[%u]", i);

      if (learner != NULL && host != NULL
          && g_strcmp0 (xc_person_get_institution (learner), xc_institution_get_id (host)) != 0)
        xc_report_add (report, "HZ-09W", unit_id, learners[i], path,
                       _("Learner %s does not work at the host %s"),
                       xc_person_get_name (learner), xc_institution_get_name (host));
    }

  if (learner_rate (unit, "outpatient") < WEEKLY)
    xc_report_add (report, "HZ-10", unit_id, NULL, "commitments",
                   _("Learners commit to fewer than one outpatient session a week with the mentor"));
  if (host_has_ward (host) && learner_rate (unit, "ward_round") < FORTNIGHTLY)
    xc_report_add (report, "HZ-10", unit_id, NULL, "commitments",
                   _("Learners commit to fewer than one ward round a fortnight with the mentor"));
  if (learner_rate (unit, "seminar") + learner_rate (unit, "training_class") < QUARTERLY)
    xc_report_add (report, "HZ-10", unit_id, NULL, "commitments",
                   _("Learners commit to fewer than one seminar or lecture a quarter"));
}

/* HZ-11, HZ-12, HZ-13 */
static void
check_facilities (XcUnit   *unit,
                  XcReport *report)
{
  static const struct { const char *item; const char *label; } equipment[] = {
    { "computer", N_("a computer") },
    { "broadband", N_("broadband") },
    { "av_capture", N_("an audio-visual capture system") },
    { "recorder", N_("a recording device") },
  };
  const char *unit_id = xc_unit_get_id (unit);
  double room = xc_unit_get_teaching_room_m2 (unit);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (room < 0)
    xc_report_add (report, "HZ-11", unit_id, NULL, "facilities.teaching_room_m2",
                   _("The studio has no teaching consultation room"));
  else if (room < 15)
    xc_report_add (report, "HZ-11", unit_id, NULL, "facilities.teaching_room_m2",
                   _("The teaching consultation room has %g m²; it needs at least 15 m²"), room);

  if (!xc_unit_get_reading_room (unit))
    xc_report_add (report, "HZ-12", unit_id, NULL, "facilities.reading_room",
                   _("The studio has no resource or reading room"));

  for (guint i = 0; i < G_N_ELEMENTS (equipment); i++)
    if (!xc_unit_has_equipment (unit, equipment[i].item))
      g_ptr_array_add (missing, _(equipment[i].label));
  if (missing->len > 0)
    {
      g_autofree char *list = join_items (missing);

      xc_report_add (report, "HZ-13", unit_id, NULL, "facilities.equipment",
                     _("The studio lacks %s"), list);
    }
}

/* HZ-17 */
static void
check_host (XcProgramme   *programme,
            XcUnit        *unit,
            XcInstitution *host,
            XcReport      *report)
{
  const char *unit_id = xc_unit_get_id (unit);
  const char * const *counties = xc_programme_get_counties (programme);
  GListModel *towns = xc_programme_get_towns (programme);

  if (xc_unit_get_host (unit) == NULL)
    {
      xc_report_add (report, "HZ-17", unit_id, NULL, "host", _("The studio has no host"));
      return;
    }
  if (host == NULL)
    return;   /* XC-01 reports the dangling reference */

  if (g_strcmp0 (xc_institution_get_kind (host), "township_health_centre") != 0)
    xc_report_add (report, "HZ-17", unit_id, xc_institution_get_id (host), "host",
                   _("The host %s is not a township health centre"),
                   xc_institution_get_name (host));
  else if (g_list_model_get_n_items (towns) > 0)
    {
      if (xc_programme_lookup_town (programme, xc_institution_get_town (host)) == NULL)
        xc_report_add (report, "HZ-17", unit_id, xc_institution_get_id (host), "host",
                       _("The host %s is not in a town of the region"),
                       xc_institution_get_name (host));
    }
  else if (counties[0] != NULL
           && (xc_institution_get_county (host) == NULL
               || !g_strv_contains (counties, xc_institution_get_county (host))))
    xc_report_add (report, "HZ-17", unit_id, xc_institution_get_id (host), "host",
                   _("The host %s is not in a county of the region"),
                   xc_institution_get_name (host));
}

/* HZ-14, HZ-15 */
static void
check_period_and_acceptance (XcProgramme *programme,
                             XcReport    *report)
{
  JsonObject *json = xc_record_get_json (XC_RECORD (programme));
  gint64 months = xc_programme_get_months (programme);
  gint64 planned = xc_programme_get_planned_acceptance_month (programme);
  const char *applicant = xc_programme_get_acceptance_applicant (programme);

  if (months != 24)
    xc_report_add (report, "HZ-14", NULL, NULL, "period.months",
                   _("The build period is %lld months, not 24"), (long long) months);

  if (!json_object_has_member (json, "acceptance"))
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
  if (g_strcmp0 (applicant, "county_health_authority") != 0)
    xc_report_add (report, "HZ-15", NULL, NULL, "acceptance.applicant",
                   _("Acceptance is not applied for by the county health authority"));
  if (!xc_programme_get_third_party_acceptance (programme))
    xc_report_add (report, "HZ-15", NULL, NULL, "acceptance.third_party",
                   _("Acceptance is not done by a third party"));
}

/* HZ-16: a studio covers its host's town and the towns in its
 * ext.serves_towns (a management committee without a health centre of its
 * own is served from a neighbouring one). */
static void
check_town_coverage (XcProgramme *programme,
                     GHashTable  *covered,
                     XcReport    *report)
{
  GListModel *towns = xc_programme_get_towns (programme);
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (towns); i++)
    {
      g_autoptr(XcTown) town = g_list_model_get_item (towns, i);

      if (!g_hash_table_contains (covered, xc_town_get_id (town)))
        g_ptr_array_add (uncovered, (gpointer) (xc_town_get_name (town) != NULL
                                                ? xc_town_get_name (town)
                                                : xc_town_get_id (town)));
    }

  if (uncovered->len > 0)
    {
      g_autofree char *list = join_items (uncovered);
      guint n = uncovered->len;

      xc_report_add (report, "HZ-16", NULL, NULL, "region.towns",
                     g_dngettext (GETTEXT_PACKAGE, "%u town has no studio: %s",
                                  "%u towns have no studio: %s", n), n, list);
    }
}

static void
add_served_towns (XcUnit        *unit,
                  XcInstitution *host,
                  GHashTable    *covered)
{
  JsonNode *served = xc_record_get_ext_member (XC_RECORD (unit), "serves_towns");

  if (host != NULL && xc_institution_get_town (host) != NULL)
    g_hash_table_add (covered, (gpointer) xc_institution_get_town (host));

  if (served != NULL && JSON_NODE_HOLDS_ARRAY (served))
    {
      JsonArray *array = json_node_get_array (served);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING)
            g_hash_table_add (covered, (gpointer) json_node_get_string (element));
        }
    }
}

void
hz_rules_validate (XcProgramme *programme,
                   XcReport    *report)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GHashTable) studios_per_mentor = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_western = 0, n_tcm = 0;

  check_period_and_acceptance (programme, report);

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      XcInstitution *host = xc_programme_lookup_institution (programme, xc_unit_get_host (unit));
      const char *lead = xc_unit_get_lead (unit);
      const char *variant = xc_unit_get_variant (unit);

      check_mentor_honour (programme, unit, report);
      check_team (programme, unit, report);
      check_team_commitments (unit, host, report);
      check_learners (programme, unit, host, report);
      check_facilities (unit, report);
      check_host (programme, unit, host, report);
      add_served_towns (unit, host, covered);

      /* HZ-14 for a studio with a build period of its own */
      if (xc_unit_get_months (unit) >= 0 && xc_unit_get_months (unit) != 24)
        xc_report_add (report, "HZ-14", xc_unit_get_id (unit), NULL, "months",
                       _("The studio's build period is %lld months, not 24"),
                       (long long) xc_unit_get_months (unit));

      /* HZ-02: report the third studio of a mentor, and each one after. */
      if (lead != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (studios_per_mentor, lead)) + 1;

          g_hash_table_insert (studios_per_mentor, (gpointer) lead, GUINT_TO_POINTER (count));
          XcPerson *mentor = xc_programme_lookup_person (programme, lead);

          if (count > 2)
            xc_report_add (report, "HZ-02", xc_unit_get_id (unit), lead, "lead",
                           _("The mentor %s leads %u studios; at most 2 are expected"),
                           mentor != NULL ? xc_person_get_name (mentor) : lead, count);
        }

      if (g_strcmp0 (variant, "western") == 0)
        n_western++;
      else if (g_strcmp0 (variant, "tcm") == 0)
        n_tcm++;
    }

  check_town_coverage (programme, covered, report);

  xc_report_add (report, "HZ-19", NULL, NULL, NULL,
                 _("%u famous-doctor studios and %u famous-TCM-doctor studios (reference programme: 12 and 12)"),
                 n_western, n_tcm);
}
