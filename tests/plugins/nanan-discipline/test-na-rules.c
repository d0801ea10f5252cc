/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Every test starts from tests/plugins/nanan-discipline/na-minimal.xcprog:
 * the partner university i-uni (甲大学) with two affiliated hospitals, an
 * unaffiliated hospital i-other, and two clean co-built disciplines:
 * u-ortho at i-host-a, whose group commits 3 on-site days a week, and
 * u-neuro at i-host-b, whose leader (of the university itself) and team
 * commit their on-site days separately. Each discipline has exactly 3
 * experts. The only findings of the clean fixture are the core's XC-04, one
 * per expert: 3 days a week is 13 a month, more than 10.
 *
 * A test checks that the rule is silent, makes one change, and checks that
 * the rule speaks, once, on the right unit, with the severity of
 * policy-rules.md. A "passes" case first shows the rule alive on a value
 * just across the boundary, so that every test fails if the rule's check
 * is taken out. */

#define PLUGIN "nanan-discipline"
#define FIXTURE "na-minimal.xcprog"
#define N_FIXTURE_EXPERTS 6
/* Reported on the fixture, once per expert: the core's XC-04. */
#define ALWAYS_REPORTED "XC-04"

/* Helpers */

/* A new chief physician of an affiliated hospital, on the team of @unit_id. */
static void
add_team_member (XcProgramme *programme,
                 const char  *unit_id,
                 const char  *person_id)
{
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  if (xc_programme_lookup_person (programme, person_id) == NULL)
    {
      g_autoptr(XcPerson) colleague = xc_person_new ();

      xc_person_set_id (colleague, person_id);
      xc_person_set_name (colleague, person_id);
      xc_person_set_title (colleague, "chief");
      xc_person_set_institution (colleague, "i-uni-h1");
      g_list_store_append (G_LIST_STORE (xc_programme_get_people (programme)), colleague);
    }

  xc_team_member_set_person (member, person_id);
  g_list_store_append (xc_test_team (programme, unit_id), member);
}

/* Targets have a setter but no remover: the getter reads the JSON. */
static void
remove_target (XcProgramme *programme,
               const char  *unit_id,
               const char  *key)
{
  JsonObject *json = xc_record_get_json (XC_RECORD (xc_test_unit (programme, unit_id)));
  JsonObject *targets = json_object_get_object_member (json, "targets");

  g_assert_true (json_object_has_member (targets, key));
  json_object_remove_member (targets, key);
}

/* The fixture, the rule table, the sample and the template */

static void
test_fixture_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  /* Only the core's XC-04, once per expert: 3 days a week is 13 a month. */
  g_assert_cmpuint (n, ==, N_FIXTURE_EXPERTS);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      g_assert_cmpstr (xc_finding_get_rule_id (finding), ==, "XC-04");
      g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_WARNING);
    }
}

static void
test_rule_table_matches_policy (void)
{
  static const XcTestPolicyRule policy[] = {
    { "NA-01", XC_SEVERITY_ERROR, "上海大学整合…附属…医院" },
    { "NA-02", XC_SEVERITY_ERROR, "副主任医师及以上专家" },
    { "NA-03", XC_SEVERITY_WARNING, "组建骨科、妇产科、神经外科三个医疗专家组" },
    { "NA-04", XC_SEVERITY_ERROR, "学科带头人领导下的科主任负责制" },
    { "NA-05", XC_SEVERITY_WARNING, "整体负责学科发展规划、科研指导提升、临床技术带教、人才梯队培养" },
    { "NA-06", XC_SEVERITY_ERROR, "每周在南安的三天里" },
    { "NA-07", XC_SEVERITY_WARNING, "不定期…举行学术研讨会、临床医技学习班" },
    { "NA-08", XC_SEVERITY_WARNING, "在南安工作6年后可返回" },
    { "NA-09", XC_SEVERITY_INFO, "规划建设2幢大楼…作为医学人才房" },
    { "NA-10", XC_SEVERITY_WARNING, "累计开展门诊667例、手术134例" },
  };
  XcScheme *scheme = xc_test_assert_rule_table ("nanan-discipline", policy, G_N_ELEMENTS (policy),
                                                "002_9c95b79979ab8243.txt");

  g_assert_nonnull (xc_scheme_get_name (scheme));
}

static void
test_sample_design_has_no_errors (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("nanan-disciplines.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "nanan-discipline");
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 0);
  /* Three groups of 13 experts in all, as the seed has them. */
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (programme)), ==, 3);

  /* The sample follows every Nan'an rule; what remains is the seed's own
   * arrangement, 3 days a week in Nan'an (XC-04, one per expert). */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_has_prefix (xc_finding_get_rule_id (finding), "NA-"))
        g_error ("unexpected %s in the sample: %s", xc_finding_get_rule_id (finding),
                 xc_finding_get_message (finding));
    }
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 13);
}

static void
test_template_plans_a_six_year_term (void)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), "nanan-discipline");
  g_autoptr(XcProgramme) programme = xc_scheme_create_template (scheme);
  g_autoptr(XcReport) report = NULL;
  double years = 0;

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "nanan-discipline");
  g_assert_true (xc_record_get_ext_number (XC_RECORD (programme), "service_years", &years));
  g_assert_cmpfloat (years, ==, 6);

  /* Posts added later meet NA-08 already; the partner is still to name. */
  xc_test_set_ext_number (XC_RECORD (programme), "staffing_posts", 30);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "NA-08", NULL), ==, 0);
  xc_test_assert_one_finding (report, "NA-01", NULL, XC_SEVERITY_ERROR);
}

static void
test_missing_optional_members (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"nanan-discipline\","
    " \"id\": \"bare\", \"title\": \"bare\", \"period\": {\"start\": \"2021-03-12\", \"months\": 36},"
    " \"institutions\": [], \"people\": [], \"needs\": [],"
    " \"units\": [{\"id\": \"u-bare\", \"name\": \"bare\"},"
    "            {\"id\": \"u-odd\", \"name\": \"odd\", \"targets\": {},"
    "             \"ext\": {\"department_director\": 7, \"leader_duties\": \"planning\"}}],"
    " \"ext\": {\"staffing_posts\": \"thirty\", \"housing_m2\": null}}");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  /* No partner: one programme finding, nobody to check against. */
  g_assert_cmpuint (xc_test_count (report, "NA-01", NULL), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-02", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "NA-03", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-04", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-04", "u-odd"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-05", "u-odd"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-06", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-07", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-10", "u-odd"), ==, 1);
  /* Posts that are not a number are no posts. */
  g_assert_cmpuint (xc_test_count (report, "NA-08", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "NA-09", NULL), ==, 1);
}

/* NA-01: the partner university and its hospitals */

static void
test_na01_partner_that_is_not_a_university (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_kind (xc_test_institution (programme, "i-uni"), "hospital");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-01", NULL, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-uni");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "partner");
  xc_test_assert_message_contains (finding, "甲大学");
  xc_test_assert_message_contains (finding, "not a university");
  xc_test_assert_nothing_else (report, "NA-01", ALWAYS_REPORTED);
}

static void
test_na01_programme_without_partner (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_partner (programme, NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-01", NULL, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "partner");
  xc_test_assert_nothing_else (report, "NA-01", ALWAYS_REPORTED);
}

static void
test_na01_expert_from_an_unaffiliated_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-ortho-e2"), "i-other");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-01", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-ortho-e2");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team[1].person");
  xc_test_assert_message_contains (finding, "骨科专家二");
  xc_test_assert_message_contains (finding, "乙市人民医院");
  xc_test_assert_message_contains (finding, "甲大学");
  xc_test_assert_nothing_else (report, "NA-01", ALWAYS_REPORTED);
}

static void
test_na01_expert_of_an_affiliated_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");

  xc_person_set_institution (xc_test_person (programme, "p-ortho-e2"), "i-other");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-01", "u-ortho"), ==, 1);

  xc_institution_set_affiliated_to (xc_test_institution (programme, "i-other"), "i-uni");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-01", NULL), ==, 0);
}

static void
test_na01_expert_of_the_university_itself (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* The neurosurgery leader works at the university itself: clean. */
  xc_person_set_institution (xc_test_person (programme, "p-neuro-leader"), "i-other");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-01", "u-neuro", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");

  xc_person_set_institution (xc_test_person (programme, "p-neuro-leader"), "i-uni");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-01", NULL), ==, 0);
}

static void
test_na01_hospital_affiliated_to_an_affiliated_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;

  /* Affiliation is one level deep: the partner's hospital's hospital is
   * not the partner's. */
  xc_institution_set_affiliated_to (xc_test_institution (programme, "i-other"), "i-uni-h1");
  xc_person_set_institution (xc_test_person (programme, "p-neuro-e1"), "i-other");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-01", "u-neuro", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "NA-01", ALWAYS_REPORTED);
}

static void
test_na01_expert_without_home_institution (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-neuro-e2"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-01", "u-neuro", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-neuro-e2");
  xc_test_assert_message_contains (finding, "no home institution");
  g_assert_nonnull (xc_test_find_by_subject (report, "XC-07", "p-neuro-e2"));
  xc_test_assert_nothing_else (report, "NA-01", ALWAYS_REPORTED " XC-07");
}

static void
test_na01_expert_in_two_disciplines (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;

  add_team_member (programme, "u-neuro", "p-ortho-e1");
  xc_person_set_institution (xc_test_person (programme, "p-ortho-e1"), "i-other");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "NA-01", "u-ortho"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-01", "u-neuro"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "NA-01", NULL), ==, 2);
}

static void
test_na01_expert_listed_twice (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;

  add_team_member (programme, "u-ortho", "p-ortho-e2");
  xc_person_set_institution (xc_test_person (programme, "p-ortho-e2"), "i-other");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-01", "u-ortho", XC_SEVERITY_ERROR);
}

static void
test_na01_dangling_partner (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-01");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_institution (xc_test_person (programme, "p-ortho-e1"), "i-other");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-01", "u-ortho"), ==, 1);

  /* A partner that does not exist is XC-01's to report, and leaves
   * nothing to compare the experts with. */
  xc_programme_set_partner (programme, "i-nowhere");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "NA-01", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
}

/* NA-02: deputy chief physicians and above */

static void
test_na02_attending_team_member (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_title (xc_test_person (programme, "p-neuro-e1"), "attending");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-02", "u-neuro", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-neuro-e1");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team[0].person");
  xc_test_assert_message_contains (finding, "神经外科专家一");
  xc_test_assert_message_contains (finding, "神经外科共建学科");
  xc_test_assert_nothing_else (report, "NA-02", ALWAYS_REPORTED);
}

static void
test_na02_leader_without_title (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_title (xc_test_person (programme, "p-ortho-leader"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-02", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "骨科带头人");
  g_assert_nonnull (xc_test_find_by_subject (report, "XC-07", "p-ortho-leader"));
  xc_test_assert_nothing_else (report, "NA-02", ALWAYS_REPORTED " XC-07");
}

static void
test_na02_deputy_chief_passes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-02");

  xc_person_set_title (xc_test_person (programme, "p-ortho-leader"), "attending");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-02", "u-ortho"), ==, 1);

  xc_person_set_title (xc_test_person (programme, "p-ortho-leader"), "deputy_chief");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-02", NULL), ==, 0);
}

static void
test_na02_director_needs_no_senior_title (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* u-neuro's department director is an attending: not an expert. */
  g_assert_cmpstr (xc_person_get_title (xc_test_person (programme, "p-neuro-director")), ==,
                   "attending");
  xc_person_set_title (xc_test_person (programme, "p-neuro-e2"), "resident");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-02", "u-neuro", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-neuro-e2");
}

/* NA-03: groups of at least 3 */

static void
test_na03_group_of_two (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove (xc_test_team (programme, "u-ortho"), 1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-03", "u-ortho", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team");
  xc_test_assert_message_contains (finding, "2 experts");
  xc_test_assert_message_contains (finding, "骨科共建学科");
  xc_test_assert_nothing_else (report, "NA-03", ALWAYS_REPORTED);
}

static void
test_na03_group_of_exactly_three (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-03");

  /* The fixture's groups have 3 experts each: one fewer warns. */
  g_list_store_remove (xc_test_team (programme, "u-neuro"), 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-03", "u-neuro"), ==, 1);

  add_team_member (programme, "u-neuro", "p-neuro-e3");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-03", NULL), ==, 0);
}

static void
test_na03_leader_alone (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove_all (xc_test_team (programme, "u-ortho"));
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-03", "u-ortho", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "1 expert,");
}

static void
test_na03_leader_on_the_team_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-03");
  g_autoptr(XcReport) report = NULL;

  g_list_store_remove (xc_test_team (programme, "u-ortho"), 1);
  add_team_member (programme, "u-ortho", "p-ortho-leader");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-03", "u-ortho", XC_SEVERITY_WARNING);
}

/* NA-04: the leader and the department director */

static void
test_na04_no_department_director (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_record_set_ext_member (XC_RECORD (xc_test_unit (programme, "u-ortho")),
                            "department_director", NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.department_director");
  xc_test_assert_message_contains (finding, "no department director");
  xc_test_assert_message_lacks (finding, "leader ");
  xc_test_assert_nothing_else (report, "NA-04", ALWAYS_REPORTED);
}

static void
test_na04_director_of_another_institution (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-ortho-director"), "i-host-b");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-ortho-director");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.department_director");
  xc_test_assert_message_contains (finding, "丙市中医院骨科主任");
  xc_test_assert_message_contains (finding, "works at 丙市医院, not at the host 丙市中医院");
  xc_test_assert_nothing_else (report, "NA-04", ALWAYS_REPORTED);
}

static void
test_na04_director_of_the_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");

  xc_person_set_institution (xc_test_person (programme, "p-neuro-director"), "i-uni-h2");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-04", "u-neuro"), ==, 1);

  xc_person_set_institution (xc_test_person (programme, "p-neuro-director"), "i-host-b");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-04", NULL), ==, 0);
}

static void
test_na04_director_who_is_nobody (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* XC-01 does not look into ext: NA-04 says it. */
  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-neuro")),
                          "department_director", "p-nobody");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-neuro", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "p-nobody");
  xc_test_assert_nothing_else (report, "NA-04", ALWAYS_REPORTED);
}

static void
test_na04_leader_as_director (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-ortho")),
                          "department_director", "p-ortho-leader");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-ortho", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "is the leader");
  xc_test_assert_nothing_else (report, "NA-04", ALWAYS_REPORTED);
}

static void
test_na04_leader_from_outside_the_partner (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-neuro-leader"), "i-other");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-neuro", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-neuro-leader");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "神经外科带头人");
  xc_test_assert_message_lacks (finding, "department director");
  /* NA-01 says the same of the leader as an expert. */
  g_assert_cmpuint (xc_test_count (report, "NA-01", "u-neuro"), ==, 1);
}

static void
test_na04_discipline_without_leader (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_lead (xc_test_unit (programme, "u-ortho"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "no discipline leader");
}

static void
test_na04_one_finding_names_both_faults (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-ortho-leader"), "i-other");
  xc_record_set_ext_member (XC_RECORD (xc_test_unit (programme, "u-ortho")),
                            "department_director", NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-04", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "骨科带头人");
  xc_test_assert_message_contains (finding, "no department director");
}

static void
test_na04_no_partner_leaves_the_leader_to_na01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-04");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_institution (xc_test_person (programme, "p-ortho-leader"), "i-other");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-04", "u-ortho"), ==, 1);

  /* Without a partner, NA-01 reports the programme once; NA-04 does not
   * repeat it on every discipline. */
  xc_programme_set_partner (programme, NULL);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "NA-04", NULL), ==, 0);
  xc_test_assert_one_finding (report, "NA-01", NULL, XC_SEVERITY_ERROR);
}

/* NA-05: the leader's four duties */

static void
test_na05_no_talent_pipeline (void)
{
  const char * const duties[] = { "planning", "research", "clinical_teaching", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_strv (XC_RECORD (xc_test_unit (programme, "u-ortho")), "leader_duties", duties);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-05", "u-ortho", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-ortho-leader");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.leader_duties");
  xc_test_assert_message_contains (finding, "骨科带头人");
  xc_test_assert_message_contains (finding, "1 duty: the talent pipeline");
  xc_test_assert_message_lacks (finding, "research");
  xc_test_assert_nothing_else (report, "NA-05", ALWAYS_REPORTED);
}

static void
test_na05_no_duties_at_all (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_record_set_ext_member (XC_RECORD (xc_test_unit (programme, "u-neuro")), "leader_duties", NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-05", "u-neuro", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "4 duties");
  xc_test_assert_message_contains (finding, "development planning");
  xc_test_assert_message_contains (finding, "research guidance");
  xc_test_assert_message_contains (finding, "clinical teaching");
  xc_test_assert_message_contains (finding, "the talent pipeline");
  xc_test_assert_nothing_else (report, "NA-05", ALWAYS_REPORTED);
}

static void
test_na05_further_duties_do_not_matter (void)
{
  const char * const without_planning[] = {
    "talent_pipeline", "clinical_teaching", "research", "hospital_management", NULL
  };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-05");

  /* u-neuro's leader has a fifth duty and is clean; dropping one of the
   * four is not made up for by it. */
  xc_test_set_ext_strv (XC_RECORD (xc_test_unit (programme, "u-neuro")),
                        "leader_duties", without_planning);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-05", "u-neuro"), ==, 1);
}

/* NA-06: 3 days a week on site */

static void
test_na06_twelve_days_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  XcCommitment *days = xc_test_commitment (programme, "u-ortho", "group", "on_site_days");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* 12 a month is 144 a year, short of 3 every week (156). */
  xc_commitment_set_count (days, 12);
  xc_commitment_set_per (days, "month");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-06", "u-ortho", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "commitments");
  xc_test_assert_message_contains (finding, "2.77 days a week");
  xc_test_assert_message_contains (finding, "骨科共建学科");
  xc_test_assert_nothing_else (report, "NA-06", ALWAYS_REPORTED);
}

static void
test_na06_thirteen_days_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  XcCommitment *days = xc_test_commitment (programme, "u-ortho", "group", "on_site_days");

  xc_commitment_set_per (days, "month");
  xc_commitment_set_count (days, 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", "u-ortho"), ==, 1);

  xc_commitment_set_count (days, 13);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", NULL), ==, 0);
}

static void
test_na06_exactly_three_days_a_week (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  XcCommitment *days = xc_test_commitment (programme, "u-ortho", "group", "on_site_days");

  xc_commitment_set_count (days, 2);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", "u-ortho"), ==, 1);

  xc_commitment_set_count (days, 3);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", NULL), ==, 0);
}

static void
test_na06_leader_alone_on_site (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  g_autoptr(XcReport) report = NULL;

  /* u-neuro's leader still comes 3 days a week; the team no longer does. */
  xc_commitment_set_count (xc_test_commitment (programme, "u-neuro", "team", "on_site_days"), 0);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-06", "u-neuro", XC_SEVERITY_ERROR);
}

static void
test_na06_team_alone_on_site (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_role (xc_test_commitment (programme, "u-neuro", "lead", "on_site_days"),
                          "learners");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-06", "u-neuro", XC_SEVERITY_ERROR);
}

static void
test_na06_leader_and_team_together (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  XcCommitment *team_days = xc_test_commitment (programme, "u-neuro", "team", "on_site_days");

  /* The group is there on the days both are: the fewer counts. */
  xc_commitment_set_count (team_days, 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", "u-neuro"), ==, 1);

  xc_commitment_set_count (team_days, 13);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-06", NULL), ==, 0);
}

static void
test_na06_learners_on_site_do_not_count (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-06");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_role (xc_test_commitment (programme, "u-ortho", "group", "on_site_days"),
                          "learners");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-06", "u-ortho", XC_SEVERITY_ERROR);
}

/* NA-07: a seminar or training class a year */

static void
test_na07_no_seminar (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_count (xc_test_commitment (programme, "u-ortho", "lead", "seminar"), 0);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-07", "u-ortho", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-ortho-leader");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "commitments");
  xc_test_assert_message_contains (finding, "骨科共建学科");
  xc_test_assert_nothing_else (report, "NA-07", ALWAYS_REPORTED);
}

static void
test_na07_one_seminar_every_two_years (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-07");
  XcCommitment *seminar = xc_test_commitment (programme, "u-ortho", "lead", "seminar");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_count (seminar, 0.5);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-07", "u-ortho", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "0.5 seminars");

  xc_commitment_set_count (seminar, 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-07", NULL), ==, 0);
}

static void
test_na07_training_class_counts (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-07");
  XcCommitment *training = xc_test_commitment (programme, "u-neuro", "lead", "training_class");

  /* u-neuro's leader holds one training class a year and no seminar; the
   * team's seminars are not the leader's. */
  xc_commitment_set_count (training, 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-07", "u-neuro"), ==, 1);

  xc_commitment_set_count (training, 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-07", NULL), ==, 0);
}

static void
test_na07_group_seminar_counts (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-07");
  XcCommitment *seminar = xc_test_commitment (programme, "u-ortho", "lead", "seminar");

  xc_commitment_set_role (seminar, "team");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-07", "u-ortho"), ==, 1);

  xc_commitment_set_role (seminar, "group");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-07", NULL), ==, 0);
}

/* NA-08: 6 years before return */

static void
test_na08_five_year_term (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-08");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_number (XC_RECORD (programme), "service_years", 5);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-08", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.service_years");
  xc_test_assert_message_contains (finding, "30 dedicated staffing posts");
  xc_test_assert_message_contains (finding, "5 years");
  xc_test_assert_nothing_else (report, "NA-08", ALWAYS_REPORTED);
}

static void
test_na08_six_year_term (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-08");

  xc_test_set_ext_number (XC_RECORD (programme), "service_years", 5.5);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-08", NULL), ==, 1);

  xc_test_set_ext_number (XC_RECORD (programme), "service_years", 6);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-08", NULL), ==, 0);
}

static void
test_na08_posts_without_term (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-08");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_record_set_ext_member (XC_RECORD (programme), "service_years", NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-08", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "no service term");
  xc_test_assert_nothing_else (report, "NA-08", ALWAYS_REPORTED);
}

static void
test_na08_no_posts_need_no_term (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-08");

  xc_test_set_ext_number (XC_RECORD (programme), "service_years", 2);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-08", NULL), ==, 1);

  xc_test_set_ext_number (XC_RECORD (programme), "staffing_posts", 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-08", NULL), ==, 0);

  xc_record_set_ext_member (XC_RECORD (programme), "staffing_posts", NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-08", NULL), ==, 0);
}

/* NA-09: talent housing */

static void
test_na09_no_housing (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_record_set_ext_member (XC_RECORD (programme), "housing_m2", NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-09", NULL, XC_SEVERITY_INFO);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.housing_m2");
  xc_test_assert_nothing_else (report, "NA-09", ALWAYS_REPORTED);
}

static void
test_na09_zero_housing (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-09");
  g_autoptr(XcReport) report = NULL;

  xc_test_set_ext_number (XC_RECORD (programme), "housing_m2", 0);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "NA-09", NULL, XC_SEVERITY_INFO);

  xc_test_set_ext_number (XC_RECORD (programme), "housing_m2", 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-09", NULL), ==, 0);
}

/* NA-10: outpatient and operation targets */

static void
test_na10_no_operations_target (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  remove_target (programme, "u-neuro", "operations");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-10", "u-neuro", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "targets.operations");
  xc_test_assert_message_contains (finding, "神经外科共建学科");
  xc_test_assert_message_contains (finding, "operations");
  xc_test_assert_message_lacks (finding, "outpatient");
  xc_test_assert_nothing_else (report, "NA-10", ALWAYS_REPORTED);
}

static void
test_na10_zero_outpatients_target (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_target (xc_test_unit (programme, "u-ortho"), "outpatients", 0);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-10", "u-ortho", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "targets.outpatients");
  xc_test_assert_message_contains (finding, "outpatient visits");
  xc_test_assert_message_lacks (finding, "operations");

  xc_unit_set_target (xc_test_unit (programme, "u-ortho"), "outpatients", 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "NA-10", NULL), ==, 0);
}

static void
test_na10_one_finding_names_both (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "NA-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  remove_target (programme, "u-ortho", "outpatients");
  remove_target (programme, "u-ortho", "operations");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "NA-10", "u-ortho", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "targets");
  xc_test_assert_message_contains (finding, "outpatient visits");
  xc_test_assert_message_contains (finding, "operations");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugins/nanan/fixture-is-clean", test_fixture_is_clean);
  g_test_add_func ("/plugins/nanan/rule-table-matches-policy", test_rule_table_matches_policy);
  g_test_add_func ("/plugins/nanan/sample-design-has-no-errors", test_sample_design_has_no_errors);
  g_test_add_func ("/plugins/nanan/template-plans-a-six-year-term", test_template_plans_a_six_year_term);
  g_test_add_func ("/plugins/nanan/missing-optional-members-are-findings-not-crashes", test_missing_optional_members);

  g_test_add_func ("/plugins/nanan/NA-01/partner-that-is-not-a-university-fails", test_na01_partner_that_is_not_a_university);
  g_test_add_func ("/plugins/nanan/NA-01/programme-without-partner-fails", test_na01_programme_without_partner);
  g_test_add_func ("/plugins/nanan/NA-01/expert-from-an-unaffiliated-hospital-fails", test_na01_expert_from_an_unaffiliated_hospital);
  g_test_add_func ("/plugins/nanan/NA-01/expert-of-an-affiliated-hospital-passes", test_na01_expert_of_an_affiliated_hospital);
  g_test_add_func ("/plugins/nanan/NA-01/expert-of-the-university-itself-passes", test_na01_expert_of_the_university_itself);
  g_test_add_func ("/plugins/nanan/NA-01/hospital-affiliated-to-an-affiliated-hospital-fails", test_na01_hospital_affiliated_to_an_affiliated_hospital);
  g_test_add_func ("/plugins/nanan/NA-01/expert-without-home-institution-fails", test_na01_expert_without_home_institution);
  g_test_add_func ("/plugins/nanan/NA-01/expert-in-two-disciplines-fails-in-each", test_na01_expert_in_two_disciplines);
  g_test_add_func ("/plugins/nanan/NA-01/expert-listed-twice-fails-once", test_na01_expert_listed_twice);
  g_test_add_func ("/plugins/nanan/NA-01/dangling-partner-is-left-to-XC-01", test_na01_dangling_partner);

  g_test_add_func ("/plugins/nanan/NA-02/attending-team-member-fails", test_na02_attending_team_member);
  g_test_add_func ("/plugins/nanan/NA-02/leader-without-title-fails", test_na02_leader_without_title);
  g_test_add_func ("/plugins/nanan/NA-02/deputy-chief-leader-passes", test_na02_deputy_chief_passes);
  g_test_add_func ("/plugins/nanan/NA-02/department-director-needs-no-senior-title", test_na02_director_needs_no_senior_title);

  g_test_add_func ("/plugins/nanan/NA-03/group-of-two-warns", test_na03_group_of_two);
  g_test_add_func ("/plugins/nanan/NA-03/group-of-exactly-three-passes", test_na03_group_of_exactly_three);
  g_test_add_func ("/plugins/nanan/NA-03/leader-alone-warns", test_na03_leader_alone);
  g_test_add_func ("/plugins/nanan/NA-03/leader-on-the-team-counts-once", test_na03_leader_on_the_team_counts_once);

  g_test_add_func ("/plugins/nanan/NA-04/no-department-director-fails", test_na04_no_department_director);
  g_test_add_func ("/plugins/nanan/NA-04/director-of-another-institution-fails", test_na04_director_of_another_institution);
  g_test_add_func ("/plugins/nanan/NA-04/director-of-the-host-passes", test_na04_director_of_the_host);
  g_test_add_func ("/plugins/nanan/NA-04/director-who-is-nobody-fails", test_na04_director_who_is_nobody);
  g_test_add_func ("/plugins/nanan/NA-04/leader-as-director-fails", test_na04_leader_as_director);
  g_test_add_func ("/plugins/nanan/NA-04/leader-from-outside-the-partner-fails", test_na04_leader_from_outside_the_partner);
  g_test_add_func ("/plugins/nanan/NA-04/discipline-without-leader-fails", test_na04_discipline_without_leader);
  g_test_add_func ("/plugins/nanan/NA-04/one-finding-names-both-faults", test_na04_one_finding_names_both_faults);
  g_test_add_func ("/plugins/nanan/NA-04/no-partner-leaves-the-leader-to-NA-01", test_na04_no_partner_leaves_the_leader_to_na01);

  g_test_add_func ("/plugins/nanan/NA-05/no-talent-pipeline-warns", test_na05_no_talent_pipeline);
  g_test_add_func ("/plugins/nanan/NA-05/no-duties-at-all-warn-once-listing-all-four", test_na05_no_duties_at_all);
  g_test_add_func ("/plugins/nanan/NA-05/further-duties-do-not-make-up-for-a-missing-one", test_na05_further_duties_do_not_matter);

  g_test_add_func ("/plugins/nanan/NA-06/twelve-days-a-month-fails", test_na06_twelve_days_a_month);
  g_test_add_func ("/plugins/nanan/NA-06/thirteen-days-a-month-passes", test_na06_thirteen_days_a_month);
  g_test_add_func ("/plugins/nanan/NA-06/exactly-three-days-a-week-passes-two-fail", test_na06_exactly_three_days_a_week);
  g_test_add_func ("/plugins/nanan/NA-06/leader-alone-on-site-fails", test_na06_leader_alone_on_site);
  g_test_add_func ("/plugins/nanan/NA-06/team-alone-on-site-fails", test_na06_team_alone_on_site);
  g_test_add_func ("/plugins/nanan/NA-06/leader-and-team-count-together-on-their-common-days", test_na06_leader_and_team_together);
  g_test_add_func ("/plugins/nanan/NA-06/learners-on-site-do-not-count", test_na06_learners_on_site_do_not_count);

  g_test_add_func ("/plugins/nanan/NA-07/no-seminar-warns", test_na07_no_seminar);
  g_test_add_func ("/plugins/nanan/NA-07/one-seminar-every-two-years-warns-one-a-year-passes", test_na07_one_seminar_every_two_years);
  g_test_add_func ("/plugins/nanan/NA-07/training-class-counts", test_na07_training_class_counts);
  g_test_add_func ("/plugins/nanan/NA-07/group-seminar-counts-team-seminar-does-not", test_na07_group_seminar_counts);

  g_test_add_func ("/plugins/nanan/NA-08/five-year-term-warns", test_na08_five_year_term);
  g_test_add_func ("/plugins/nanan/NA-08/six-year-term-passes", test_na08_six_year_term);
  g_test_add_func ("/plugins/nanan/NA-08/posts-without-term-warn", test_na08_posts_without_term);
  g_test_add_func ("/plugins/nanan/NA-08/no-posts-need-no-term", test_na08_no_posts_need_no_term);

  g_test_add_func ("/plugins/nanan/NA-09/no-housing-is-reported", test_na09_no_housing);
  g_test_add_func ("/plugins/nanan/NA-09/zero-m2-of-housing-is-reported", test_na09_zero_housing);

  g_test_add_func ("/plugins/nanan/NA-10/no-operations-target-warns", test_na10_no_operations_target);
  g_test_add_func ("/plugins/nanan/NA-10/zero-outpatients-target-warns", test_na10_zero_outpatients_target);
  g_test_add_func ("/plugins/nanan/NA-10/one-finding-names-both", test_na10_one_finding_names_both);

  return g_test_run ();
}
