/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Every test starts from yn-minimal.xcprog beside this file: three clean
 * workstations of the provincial hospital i-prov, u-a-hepatobiliary and
 * u-a-dermatology at the county hospital i-county-a (甲县人民医院) and
 * u-b-trauma at i-county-b (乙县人民医院), each meeting one declared need,
 * each with a lead and one team member, both hospitals with a seconded
 * president, and referral booking offered by u-a-hepatobiliary alone. A test
 * checks that the rule is silent, makes one change, and checks that the rule
 * speaks, once, on the right unit or institution, with the severity of
 * policy-rules.md. A "passes" case first shows the rule alive on a value
 * just across the boundary, so that every test fails if the rule's check is
 * taken out. */

#define PLUGIN "yunnan-county"
#define FIXTURE "yn-minimal.xcprog"
#define SAMPLE "yunnan-workstations.xcprog"

/* Helpers */

/* xc_test_assert_one_finding(), also asserted to be about @subject_id
 * (NULL: about nothing). */
static XcFinding *
assert_one_finding_about (XcReport   *report,
                          const char *rule_id,
                          const char *unit_id,
                          const char *subject_id,
                          XcSeverity  severity)
{
  XcFinding *found = xc_test_assert_one_finding (report, rule_id, unit_id, severity);

  g_assert_cmpstr (xc_finding_get_subject_id (found), ==, subject_id);
  return found;
}

/* Removes the one need of @institution_id for @specialty. */
static void
remove_need (XcProgramme *programme,
             const char  *institution_id,
             const char  *specialty)
{
  GListModel *needs = xc_programme_get_needs (programme);

  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);

      if (g_strcmp0 (xc_need_get_institution (need), institution_id) == 0
          && g_strcmp0 (xc_need_get_specialty (need), specialty) == 0)
        {
          g_list_store_remove (G_LIST_STORE (needs), i);
          return;
        }
    }
  g_assert_not_reached ();
}

static XcNeed *
need_at (XcProgramme *programme,
         guint        position)
{
  GListModel *needs = xc_programme_get_needs (programme);
  g_autoptr(XcNeed) need = g_list_model_get_item (needs, position);

  g_assert_nonnull (need);
  return need;   /* the list still holds it */
}

static void
set_discipline_aim (XcProgramme *programme,
                    const char  *unit_id,
                    const char  *aim)
{
  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, unit_id)), "discipline_aim", aim);
}

/* The programme's ext.seconded_president map. */
static JsonObject *
seconded_presidents (XcProgramme *programme)
{
  JsonNode *map = xc_record_get_ext_member (XC_RECORD (programme), "seconded_president");

  g_assert_nonnull (map);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (map));
  return json_node_get_object (map);
}

static void
clear_team (XcProgramme *programme,
            const char  *unit_id)
{
  g_list_store_remove_all (xc_test_team (programme, unit_id));
}

static void
add_team_member (XcProgramme *programme,
                 const char  *unit_id,
                 const char  *person_id)
{
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  xc_team_member_set_person (member, person_id);
  g_list_store_append (xc_test_team (programme, unit_id), member);
}

/* A further clean workstation of the dermatology pair at @host. */
static void
add_workstation (XcProgramme *programme,
                 const char  *unit_id,
                 const char  *host,
                 const char  *specialty)
{
  const char * const services[] = { "remote_consultation", NULL };
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  xc_unit_set_id (unit, unit_id);
  xc_unit_set_name (unit, unit_id);
  xc_unit_set_kind (unit, "workstation");
  xc_unit_set_host (unit, host);
  xc_unit_set_specialty (unit, specialty);
  xc_unit_set_lead (unit, "p-lead-derm");
  xc_unit_set_services (unit, services);
  xc_team_member_set_person (member, "p-team-derm");
  g_list_store_append (G_LIST_STORE (xc_unit_get_team (unit)), member);
  xc_test_set_ext_string (XC_RECORD (unit), "discipline_aim", "key");
  g_list_store_append (G_LIST_STORE (xc_programme_get_units (programme)), unit);
}

/* The fixture, the sample, the rule table, the template */

static void
test_fixture_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "yunnan-county");
  xc_test_assert_nothing_else (report, "none", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
}

/* The seed names a seconded president for 永善 only: the nine other county
 * hospitals get the YN-05 info, and nothing else is reported. */
static void
test_sample_design_has_no_errors (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample (SAMPLE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "yunnan-county");
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_WARNING), ==, 0);
  xc_test_assert_nothing_else (report, "YN-05", NULL);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpuint (xc_test_count_about (report, "YN-05", "i-yongshan"), ==, 0);
  g_assert_cmpuint (xc_test_count_about (report, "YN-05", "i-yunlong"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (programme)), ==, 12);
}

static void
test_rule_table_matches_policy (void)
{
  static const XcTestPolicyRule policy[] = {
    { "YN-01", XC_SEVERITY_ERROR, "10所人民医院" },
    { "YN-02", XC_SEVERITY_ERROR, "提出在建设发展所遇到的困难、挑战和短板，提出帮扶所需" },
    { "YN-03", XC_SEVERITY_ERROR, "請求…派肝膽專家和皮膚科專家到該院建設基層專家工作站" },
    { "YN-04", XC_SEVERITY_ERROR, "以建立基层专家站为切入口" },
    { "YN-05", XC_SEVERITY_INFO, "“省管县用”院长" },
    { "YN-06", XC_SEVERITY_WARNING, "加强组团帮扶" },
    { "YN-07", XC_SEVERITY_WARNING, "重点学科提升，选好优势学科，重视特色学科建设" },
    { "YN-08", XC_SEVERITY_WARNING, "建立分级诊疗制度" },
  };
  XcScheme *scheme = xc_test_assert_rule_table ("yunnan-county", policy, G_N_ELEMENTS (policy),
                                                "003_14f4872be4ea1aff.txt");

  g_assert_cmpstr (xc_scheme_get_name (scheme), ==, "Yunnan county expert workstations");
}

static void
test_template_is_a_yunnan_design (void)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), "yunnan-county");
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcReport) report = NULL;
  JsonNode *map;

  g_assert_nonnull (scheme);
  programme = xc_scheme_create_template (scheme);
  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "yunnan-county");
  g_assert_cmpstr (xc_programme_get_province (programme), ==, "云南省");
  map = xc_record_get_ext_member (XC_RECORD (programme), "seconded_president");
  g_assert_nonnull (map);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (map));

  /* Without workstations only the programme-level YN-08 can speak. */
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-08", NULL, NULL, XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "YN-08", NULL);
}

/* Optional members may all be missing: the rules report what they ask for
 * and do not crash. */
static void
test_bare_workstation_is_reported_without_crashing (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"yunnan-county\","
    " \"id\": \"bare\", \"title\": \"bare\", \"period\": {\"start\": \"2023-08-17\", \"months\": 12},"
    " \"institutions\": [{\"id\": \"i-x\", \"name\": \"某镇卫生院\", \"kind\": \"township_health_centre\"}],"
    " \"people\": [],"
    " \"units\": [{\"id\": \"u-bare\", \"name\": \"bare\"},"
    "             {\"id\": \"u-x\", \"name\": \"x\", \"host\": \"i-x\", \"team\": [],"
    "              \"ext\": {\"discipline_aim\": null}}],"
    " \"needs\": [{\"institution\": \"i-x\", \"specialty\": \"trauma\"}],"
    " \"ext\": {\"seconded_president\": \"not a map\"}}");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpuint (xc_test_count (report, "YN-01", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-01", "u-x"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-06", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-06", "u-x"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-07", "u-bare"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-07", "u-x"), ==, 1);
  g_assert_cmpuint (xc_test_count_about (report, "YN-03", "i-x"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-02", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "YN-04", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count_about (report, "YN-05", "i-x"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "YN-08", NULL), ==, 1);
}

/* YN-01: the recipient is a county hospital */

static void
test_yn01_workstation_at_a_township_health_centre (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_kind (xc_test_institution (programme, "i-county-b"), "township_health_centre");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-01", "u-b-trauma", "i-county-b",
                                      XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "host");
  xc_test_assert_message_contains (finding, "乙县人民医院");
  xc_test_assert_message_contains (finding, "乙县人民医院创伤救治专家工作站");
  xc_test_assert_message_contains (finding, "Township health centre");
  xc_test_assert_nothing_else (report, "YN-01", NULL);
}

static void
test_yn01_county_hospital_host_passes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");

  xc_institution_set_kind (xc_test_institution (programme, "i-county-a"), "hospital");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-01", "u-a-hepatobiliary"),
                    ==, 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-01", "u-a-dermatology"), ==, 1);

  xc_institution_set_kind (xc_test_institution (programme, "i-county-a"), "county_hospital");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-01", NULL), ==, 0);
}

static void
test_yn01_workstation_at_the_provincial_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-b-trauma"), "i-prov");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-01", "u-b-trauma", "i-prov", XC_SEVERITY_ERROR);
}

static void
test_yn01_host_without_kind (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_kind (xc_test_institution (programme, "i-county-b"), NULL);
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-01", "u-b-trauma", "i-county-b",
                                      XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "no kind");
}

static void
test_yn01_workstation_without_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), NULL);
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-01", "u-a-dermatology", NULL, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "host");
}

static void
test_yn01_unknown_host_is_left_to_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-01");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), "i-prov");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-01", "u-a-dermatology"), ==, 1);

  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), "i-nowhere");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-01", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-a-dermatology"), ==, 1);
}

/* YN-02: every recipient declares a need */

static void
test_yn02_recipient_without_needs (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  remove_need (programme, "i-county-b", "trauma");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-02", NULL, "i-county-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "needs");
  xc_test_assert_message_contains (finding, "乙县人民医院 hosts 1 workstation but declares no need");
  xc_test_assert_nothing_else (report, "YN-02", NULL);
}

static void
test_yn02_one_need_is_enough (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* i-county-a keeps its hepatobiliary need: still declared. */
  remove_need (programme, "i-county-a", "dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-02", NULL), ==, 0);

  remove_need (programme, "i-county-a", "hepatobiliary");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-02", NULL, "i-county-a", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "hosts 2 workstations");
}

static void
test_yn02_need_of_another_hospital_does_not_count (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-02");
  g_autoptr(XcReport) report = NULL;

  xc_need_set_institution (need_at (programme, 2), "i-county-a");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-02", NULL, "i-county-b", XC_SEVERITY_ERROR);
}

static void
test_yn02_hospital_without_workstation_raises_no_yn02 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-02");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_institution (programme, "i-county-c", "丙县人民医院", "county_hospital");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-02", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count_about (report, "YN-04", "i-county-c"), ==, 1);

  /* Once it hosts a workstation it is a recipient, and needs a need. */
  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), "i-county-c");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-02", NULL), ==, 1);
}

/* YN-03: every need is met */

static void
test_yn03_need_without_a_workstation (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_add_need (programme, "i-county-b", "dermatology");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-03", NULL, "i-county-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "needs[3]");
  xc_test_assert_message_contains (finding, "乙县人民医院");
  xc_test_assert_message_contains (finding, "Dermatology");
  xc_test_assert_nothing_else (report, "YN-03", NULL);
}

static void
test_yn03_workstation_of_another_specialty (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_specialty (xc_test_unit (programme, "u-a-dermatology"), "oncology");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-03", NULL, "i-county-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "needs[1]");
  xc_test_assert_message_contains (finding, "Dermatology");
  xc_test_assert_nothing_else (report, "YN-03", NULL);
}

static void
test_yn03_workstation_at_another_hospital_does_not_meet_the_need (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), "i-county-b");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-03", NULL, "i-county-a", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "甲县人民医院");
}

static void
test_yn03_one_finding_per_unmet_need (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_need (programme, "i-county-b", "dermatology");
  xc_test_add_need (programme, "i-county-b", "cardiovascular_intervention");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-03", NULL), ==, 2);
  g_assert_cmpuint (xc_test_count_about (report, "YN-03", "i-county-b"), ==, 2);
  xc_test_assert_message_contains (xc_test_find_at_path (report, "YN-03", "needs[3]"),
                                   "Dermatology");
  xc_test_assert_message_contains (xc_test_find_at_path (report, "YN-03", "needs[4]"),
                                   "Cardiovascular intervention");
}

static void
test_yn03_need_is_met_only_at_its_own_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");

  /* i-county-a's dermatology workstation does not meet i-county-b's need… */
  xc_test_add_need (programme, "i-county-b", "dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-03", NULL), ==, 1);

  /* …one of its own does. */
  add_workstation (programme, "u-b-dermatology", "i-county-b", "dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-03", NULL), ==, 0);
}

static void
test_yn03_need_of_a_hospital_without_workstation (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_institution (programme, "i-county-c", "丙县人民医院", "county_hospital");
  xc_test_add_need (programme, "i-county-c", "cardiology");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-03", NULL, "i-county-c", XC_SEVERITY_ERROR);
}

static void
test_yn03_need_without_specialty (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_need_set_specialty (need_at (programme, 2), NULL);
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-03", NULL, "i-county-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "needs[2].specialty");
  /* Still a declared need: no YN-02. */
  g_assert_cmpuint (xc_test_count (report, "YN-02", NULL), ==, 0);
}

static void
test_yn03_need_without_institution (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_add_need (programme, NULL, "dermatology");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-03", NULL, NULL, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "needs[3].institution");
  /* The core says it is not filled in yet. */
  g_assert_nonnull (xc_test_find_at_path (report, "XC-07", "needs[3].institution"));
  xc_test_assert_nothing_else (report, "YN-03", "XC-07");
}

static void
test_yn03_need_of_an_unknown_institution_is_left_to_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-03");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_need (programme, "i-county-b", "dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-03", NULL), ==, 1);

  xc_need_set_institution (need_at (programme, 3), "i-nowhere");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-03", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
}

/* YN-04: every county hospital has a workstation */

static void
test_yn04_county_hospital_without_workstation (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_add_institution (programme, "i-county-c", "丙县人民医院", "county_hospital");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-04", NULL, "i-county-c", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "units");
  xc_test_assert_message_contains (finding, "丙县人民医院");
  /* Not a recipient yet: no YN-02 nor YN-05 either. */
  xc_test_assert_nothing_else (report, "YN-04", NULL);
}

static void
test_yn04_other_institution_without_workstation_passes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-04");
  g_autoptr(XcReport) report = NULL;

  /* The fixture's partner hosts nothing, and neither does this centre. */
  xc_test_add_institution (programme, "i-centre", "丙镇卫生院", "township_health_centre");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-04", NULL), ==, 0);

  xc_institution_set_kind (xc_test_institution (programme, "i-centre"), "county_hospital");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-04", NULL, "i-centre", XC_SEVERITY_ERROR);
}

static void
test_yn04_moving_the_only_workstation_away (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-04");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-b-trauma"), "i-county-a");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-04", NULL, "i-county-b", XC_SEVERITY_ERROR);
}

static void
test_yn04_one_finding_per_hospital (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-04");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_institution (programme, "i-county-c", "丙县人民医院", "county_hospital");
  xc_test_add_institution (programme, "i-county-d", "丁县人民医院", "county_hospital");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-04", NULL), ==, 2);
  g_assert_cmpuint (xc_test_count_about (report, "YN-04", "i-county-c"), ==, 1);
  g_assert_cmpuint (xc_test_count_about (report, "YN-04", "i-county-d"), ==, 1);
}

/* YN-05: a seconded president */

static void
test_yn05_recipient_without_seconded_president (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  json_object_remove_member (seconded_presidents (programme), "i-county-b");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-05", NULL, "i-county-b", XC_SEVERITY_INFO);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.seconded_president");
  xc_test_assert_message_contains (finding, "乙县人民医院 has no president seconded from 省医科大学附属医院");
  xc_test_assert_nothing_else (report, "YN-05", NULL);
}

static void
test_yn05_no_map_informs_once_per_recipient (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-05");
  g_autoptr(XcReport) report = NULL;

  xc_record_set_ext_member (XC_RECORD (programme), "seconded_president", NULL);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-05", NULL), ==, 2);
  g_assert_cmpuint (xc_test_count_about (report, "YN-05", "i-county-a"), ==, 1);
  g_assert_cmpuint (xc_test_count_about (report, "YN-05", "i-county-b"), ==, 1);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_INFO), ==, 2);
}

static void
test_yn05_empty_entry_informs (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-05");
  g_autoptr(XcReport) report = NULL;

  json_object_set_string_member (seconded_presidents (programme), "i-county-a", "");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-05", NULL, "i-county-a", XC_SEVERITY_INFO);
}

static void
test_yn05_president_on_the_institution_passes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-05");

  json_object_remove_member (seconded_presidents (programme), "i-county-b");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-05", NULL), ==, 1);

  xc_test_set_ext_string (XC_RECORD (xc_test_institution (programme, "i-county-b")),
                          "seconded_president", "p-president-b");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-05", NULL), ==, 0);
}

static void
test_yn05_hospital_without_workstation_raises_no_yn05 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-05");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_institution (programme, "i-county-c", "丙县人民医院", "county_hospital");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "YN-05", NULL), ==, 0);

  /* Hosting a workstation makes it a recipient without a president. */
  xc_unit_set_host (xc_test_unit (programme, "u-a-dermatology"), "i-county-c");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-05", NULL), ==, 1);
}

/* YN-06: a team besides the lead */

static void
test_yn06_lead_alone (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-06");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  clear_team (programme, "u-b-trauma");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-06", "u-b-trauma", "p-lead-trauma",
                                      XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team");
  xc_test_assert_message_contains (finding, "乙县人民医院创伤救治专家工作站");
  xc_test_assert_message_contains (finding, "创伤专家");
  xc_test_assert_nothing_else (report, "YN-06", NULL);
}

static void
test_yn06_team_of_one_passes (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-06");

  clear_team (programme, "u-a-dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-06", "u-a-dermatology"), ==, 1);

  add_team_member (programme, "u-a-dermatology", "p-team-derm");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-06", NULL), ==, 0);
}

static void
test_yn06_lead_listed_on_own_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-06");
  g_autoptr(XcReport) report = NULL;

  clear_team (programme, "u-a-hepatobiliary");
  add_team_member (programme, "u-a-hepatobiliary", "p-lead-hb");
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-06", "u-a-hepatobiliary", "p-lead-hb", XC_SEVERITY_WARNING);
}

static void
test_yn06_workstation_without_lead_or_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-06");
  g_autoptr(XcReport) report = NULL;

  clear_team (programme, "u-b-trauma");
  xc_unit_set_lead (xc_test_unit (programme, "u-b-trauma"), NULL);
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-06", "u-b-trauma", NULL, XC_SEVERITY_WARNING);
}

/* YN-07: the discipline aim */

static void
test_yn07_no_discipline_aim (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_remove_ext (XC_RECORD (xc_test_unit (programme, "u-a-dermatology")), "discipline_aim");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-07", "u-a-dermatology", NULL,
                                      XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.discipline_aim");
  xc_test_assert_message_contains (finding, "甲县人民医院皮肤科专家工作站");
  xc_test_assert_nothing_else (report, "YN-07", NULL);
}

static void
test_yn07_unknown_discipline_aim (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_discipline_aim (programme, "u-b-trauma", "national");
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-07", "u-b-trauma", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "national");
  xc_test_assert_nothing_else (report, "YN-07", NULL);
}

static void
test_yn07_key_advantage_and_featured_pass (void)
{
  static const char * const aims[] = { "key", "advantage", "featured" };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-07");

  /* The identifiers are lower case, as everywhere in the format. */
  set_discipline_aim (programme, "u-b-trauma", "Key");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-07", "u-b-trauma"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (aims); i++)
    {
      set_discipline_aim (programme, "u-b-trauma", aims[i]);
      g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-07", NULL), ==, 0);
    }
}

static void
test_yn07_empty_or_non_text_aim (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-07");

  set_discipline_aim (programme, "u-b-trauma", "");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-07", "u-b-trauma"), ==, 1);

  xc_record_set_ext_member (XC_RECORD (xc_test_unit (programme, "u-b-trauma")), "discipline_aim",
                            json_node_init_int (json_node_alloc (), 1));
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-07", "u-b-trauma"), ==, 1);
}

/* YN-08: referral booking somewhere */

static void
test_yn08_no_referral_booking (void)
{
  const char * const remote_only[] = { "remote_consultation", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-08");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_services (xc_test_unit (programme, "u-a-hepatobiliary"), remote_only);
  report = xc_test_validate (programme);
  finding = assert_one_finding_about (report, "YN-08", NULL, NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "services");
  xc_test_assert_message_contains (finding, "referral booking");
  xc_test_assert_nothing_else (report, "YN-08", NULL);
}

static void
test_yn08_one_workstation_with_referral_booking_passes (void)
{
  const char * const referral[] = { "referral_booking", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-08");

  xc_unit_set_services (xc_test_unit (programme, "u-a-hepatobiliary"), NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-08", NULL), ==, 1);

  xc_unit_set_services (xc_test_unit (programme, "u-b-trauma"), referral);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "YN-08", NULL), ==, 0);
}

static void
test_yn08_green_channel_is_not_referral_booking (void)
{
  const char * const others[] = { "green_channel", "remote_imaging", "remote_lab", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "YN-08");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_services (xc_test_unit (programme, "u-a-hepatobiliary"), others);
  report = xc_test_validate (programme);
  assert_one_finding_about (report, "YN-08", NULL, NULL, XC_SEVERITY_WARNING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugins/yunnan/fixture-is-clean", test_fixture_is_clean);
  g_test_add_func ("/plugins/yunnan/sample-design-has-no-errors", test_sample_design_has_no_errors);
  g_test_add_func ("/plugins/yunnan/rule-table-matches-policy", test_rule_table_matches_policy);
  g_test_add_func ("/plugins/yunnan/template-is-a-yunnan-design", test_template_is_a_yunnan_design);
  g_test_add_func ("/plugins/yunnan/bare-workstation-is-reported-without-crashing", test_bare_workstation_is_reported_without_crashing);

  g_test_add_func ("/plugins/yunnan/YN-01/workstation-at-a-township-health-centre-fails", test_yn01_workstation_at_a_township_health_centre);
  g_test_add_func ("/plugins/yunnan/YN-01/county-hospital-host-passes", test_yn01_county_hospital_host_passes);
  g_test_add_func ("/plugins/yunnan/YN-01/workstation-at-the-provincial-hospital-fails", test_yn01_workstation_at_the_provincial_hospital);
  g_test_add_func ("/plugins/yunnan/YN-01/host-without-kind-fails", test_yn01_host_without_kind);
  g_test_add_func ("/plugins/yunnan/YN-01/workstation-without-host-fails", test_yn01_workstation_without_host);
  g_test_add_func ("/plugins/yunnan/YN-01/unknown-host-is-left-to-XC-01", test_yn01_unknown_host_is_left_to_xc01);

  g_test_add_func ("/plugins/yunnan/YN-02/recipient-without-needs-fails", test_yn02_recipient_without_needs);
  g_test_add_func ("/plugins/yunnan/YN-02/one-need-is-enough", test_yn02_one_need_is_enough);
  g_test_add_func ("/plugins/yunnan/YN-02/need-of-another-hospital-does-not-count", test_yn02_need_of_another_hospital_does_not_count);
  g_test_add_func ("/plugins/yunnan/YN-02/hospital-without-workstation-raises-no-YN-02", test_yn02_hospital_without_workstation_raises_no_yn02);

  g_test_add_func ("/plugins/yunnan/YN-03/need-without-a-workstation-fails", test_yn03_need_without_a_workstation);
  g_test_add_func ("/plugins/yunnan/YN-03/workstation-of-another-specialty-fails", test_yn03_workstation_of_another_specialty);
  g_test_add_func ("/plugins/yunnan/YN-03/workstation-at-another-hospital-does-not-meet-the-need", test_yn03_workstation_at_another_hospital_does_not_meet_the_need);
  g_test_add_func ("/plugins/yunnan/YN-03/one-finding-per-unmet-need", test_yn03_one_finding_per_unmet_need);
  g_test_add_func ("/plugins/yunnan/YN-03/need-is-met-only-at-its-own-hospital", test_yn03_need_is_met_only_at_its_own_hospital);
  g_test_add_func ("/plugins/yunnan/YN-03/need-of-a-hospital-without-workstation-fails", test_yn03_need_of_a_hospital_without_workstation);
  g_test_add_func ("/plugins/yunnan/YN-03/need-without-specialty-fails", test_yn03_need_without_specialty);
  g_test_add_func ("/plugins/yunnan/YN-03/need-without-institution-fails", test_yn03_need_without_institution);
  g_test_add_func ("/plugins/yunnan/YN-03/need-of-an-unknown-institution-is-left-to-XC-01", test_yn03_need_of_an_unknown_institution_is_left_to_xc01);

  g_test_add_func ("/plugins/yunnan/YN-04/county-hospital-without-workstation-fails", test_yn04_county_hospital_without_workstation);
  g_test_add_func ("/plugins/yunnan/YN-04/other-institution-without-workstation-passes", test_yn04_other_institution_without_workstation_passes);
  g_test_add_func ("/plugins/yunnan/YN-04/moving-the-only-workstation-away-fails", test_yn04_moving_the_only_workstation_away);
  g_test_add_func ("/plugins/yunnan/YN-04/one-finding-per-hospital", test_yn04_one_finding_per_hospital);

  g_test_add_func ("/plugins/yunnan/YN-05/recipient-without-seconded-president-informs", test_yn05_recipient_without_seconded_president);
  g_test_add_func ("/plugins/yunnan/YN-05/no-map-informs-once-per-recipient", test_yn05_no_map_informs_once_per_recipient);
  g_test_add_func ("/plugins/yunnan/YN-05/empty-entry-informs", test_yn05_empty_entry_informs);
  g_test_add_func ("/plugins/yunnan/YN-05/president-on-the-institution-passes", test_yn05_president_on_the_institution_passes);
  g_test_add_func ("/plugins/yunnan/YN-05/hospital-without-workstation-raises-no-YN-05", test_yn05_hospital_without_workstation_raises_no_yn05);

  g_test_add_func ("/plugins/yunnan/YN-06/lead-alone-warns", test_yn06_lead_alone);
  g_test_add_func ("/plugins/yunnan/YN-06/team-of-one-passes", test_yn06_team_of_one_passes);
  g_test_add_func ("/plugins/yunnan/YN-06/lead-listed-on-own-team-warns", test_yn06_lead_listed_on_own_team);
  g_test_add_func ("/plugins/yunnan/YN-06/workstation-without-lead-or-team-warns", test_yn06_workstation_without_lead_or_team);

  g_test_add_func ("/plugins/yunnan/YN-07/no-discipline-aim-warns", test_yn07_no_discipline_aim);
  g_test_add_func ("/plugins/yunnan/YN-07/unknown-discipline-aim-warns", test_yn07_unknown_discipline_aim);
  g_test_add_func ("/plugins/yunnan/YN-07/key-advantage-and-featured-pass", test_yn07_key_advantage_and_featured_pass);
  g_test_add_func ("/plugins/yunnan/YN-07/empty-or-non-text-aim-warns", test_yn07_empty_or_non_text_aim);

  g_test_add_func ("/plugins/yunnan/YN-08/no-referral-booking-warns", test_yn08_no_referral_booking);
  g_test_add_func ("/plugins/yunnan/YN-08/one-workstation-with-referral-booking-passes", test_yn08_one_workstation_with_referral_booking_passes);
  g_test_add_func ("/plugins/yunnan/YN-08/green-channel-is-not-referral-booking", test_yn08_green_channel_is_not_referral_booking);

  return g_test_run ();
}
