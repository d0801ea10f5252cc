/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Every test starts from cz-minimal.xcprog beside this file: six clean
 * instruments in two counties. 甲县 has the trusteeship u-trust (hosted by
 * i-jia-ph) and the migratory experts u-migrant (hosted by i-jia-hc, whose
 * county comes from its town t-jia); 乙区 has the group recruitment u-group
 * (ext.min_experts_per_year 3, met by its lead and two team members), the
 * order training u-order (ext.signed 2), the pairing u-pair (i-yi-hc with
 * ext.partner i-partner) and the training u-training. A test checks that the
 * rule is silent, makes one change, and checks that the rule speaks, once,
 * on the right unit, with the severity of policy-rules.md. A "passes" case
 * also shows the rule alive just across the boundary, so that every test
 * fails if the rule's check is taken out. */

#define PLUGIN "chaozhou-talent"
#define FIXTURE "cz-minimal.xcprog"
#define SEED "001_ac16e4c53687c849.txt"
#define SAMPLE "chaozhou-talent.xcprog"
/* Reported on every design, the fixture too: the CZ-06 totals. */
#define ALWAYS_REPORTED "CZ-06"

/* Helpers */

/* Appends @person_id to the team of @unit_id; @residency_months < 0 gives none. */
static void
add_team_member (XcProgramme *programme,
                 const char  *unit_id,
                 const char  *person_id,
                 gint64       residency_months)
{
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  xc_team_member_set_person (member, person_id);
  if (residency_months >= 0)
    xc_team_member_set_residency_months (member, residency_months);
  g_list_store_append (xc_test_team (programme, unit_id), member);
}

static void
add_person (XcProgramme *programme,
            const char  *person_id)
{
  g_autoptr(XcPerson) person = xc_person_new ();

  xc_person_set_id (person, person_id);
  xc_person_set_name (person, person_id);
  xc_person_set_title (person, "attending");
  xc_person_set_institution (person, "i-prov");
  g_list_store_append (G_LIST_STORE (xc_programme_get_people (programme)), person);
}

static void
set_counties (XcProgramme *programme,
              const char  *extra)
{
  const char * const counties[] = { "甲县", "乙区", extra, NULL };

  xc_programme_set_counties (programme, counties);
}

/* The fixture, the sample and the rule table */

static void
test_fixture_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  g_autoptr(XcFinding) finding = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
  finding = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_assert_cmpstr (xc_finding_get_rule_id (finding), ==, "CZ-06");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_INFO);
}

static void
test_sample_design_has_no_errors (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample (SAMPLE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "chaozhou-talent");
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 0);
  /* The sample's description expects no warning either: every county mixes
   * rigid and flexible instruments, and every pairing names its partner. */
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_WARNING), ==, 0);
  finding = xc_test_assert_one_finding (report, "CZ-06", NULL, XC_SEVERITY_INFO);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
  g_assert_nonnull (finding);
}

static void
test_rule_table_matches_policy (void)
{
  static const XcTestPolicyRule policy[] = {
    { "CZ-01", XC_SEVERITY_WARNING, "刚柔并济综合引才" },
    { "CZ-02", XC_SEVERITY_ERROR, "先后派驻26名管理人员以及医疗骨干常驻" },
    { "CZ-03", XC_SEVERITY_ERROR, "每年选派不少于13名医疗专家常驻" },
    { "CZ-04", XC_SEVERITY_WARNING, "签定就业协议14人" },
    { "CZ-05", XC_SEVERITY_WARNING, "9家医疗机构与福田区4家医疗机构签定…协议" },
    { "CZ-06", XC_SEVERITY_INFO, "培训班74场次，培训超2500人次" },
  };
  XcScheme *scheme = xc_test_assert_rule_table ("chaozhou-talent", policy, G_N_ELEMENTS (policy),
                                                SEED);

  g_assert_nonnull (xc_scheme_get_name (scheme));
}

static void
test_template_asks_every_county_for_instruments (void)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), "chaozhou-talent");
  g_autoptr(XcProgramme) programme = xc_scheme_create_template (scheme);
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "chaozhou-talent");
  g_assert_cmpuint (g_strv_length ((char **) xc_programme_get_counties (programme)), ==, 3);
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_test_count (report, "CZ-01", NULL), ==, 3);
  xc_test_assert_message_contains (xc_test_find_by_subject (report, "CZ-01", "饶平县"), "neither");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

/* Units with nothing but an id and a variant: no crash, no critical, and
 * each rule says what is missing. */
static void
test_missing_optional_members_do_not_crash (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (
    "{ \"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"chaozhou-talent\","
    "  \"id\": \"bare\", \"title\": \"bare\", \"period\": { \"start\": \"2023-01-01\", \"months\": 12 },"
    "  \"institutions\": [], \"people\": [], \"needs\": [],"
    "  \"units\": ["
    "    { \"id\": \"u-0\", \"name\": \"bare 0\" },"
    "    { \"id\": \"u-1\", \"name\": \"bare 1\", \"variant\": \"trusteeship\" },"
    "    { \"id\": \"u-2\", \"name\": \"bare 2\", \"variant\": \"order_training\" },"
    "    { \"id\": \"u-3\", \"name\": \"bare 3\", \"variant\": \"pairing\" },"
    "    { \"id\": \"u-4\", \"name\": \"bare 4\", \"variant\": \"training\", \"ext\": { \"min_experts_per_year\": 1 } }"
    "  ] }");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  g_assert_cmpuint (xc_test_count (report, "CZ-01", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "CZ-02", "u-1"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "CZ-03", "u-4"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "CZ-04", "u-2"), ==, 1);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-3", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "host");
  xc_test_assert_message_contains (finding, "partner");
  finding = xc_test_assert_one_finding (report, "CZ-06", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding, "team members): 0;");
  xc_test_assert_message_contains (finding, "trainees: 0;");
}

/* CZ-01: rigid and flexible in every county */

static void
test_cz01_one_rigid_and_one_flexible_pass (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");

  /* 甲县 has exactly one of each; without its flexible one it warns. */
  xc_unit_set_host (xc_test_unit (programme, "u-migrant"), "i-yi-ph");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-01", NULL), ==, 1);
}

static void
test_cz01_county_with_only_rigid_instruments (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-migrant"), "i-yi-ph");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "甲县");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "units");
  xc_test_assert_message_contains (finding, "甲县 has rigid instruments but no flexible one");
  xc_test_assert_message_lacks (finding, "乙区");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

static void
test_cz01_county_with_only_flexible_instruments (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-group"), "i-jia-ph");
  xc_unit_set_host (xc_test_unit (programme, "u-order"), "i-jia-ph");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "乙区");
  xc_test_assert_message_contains (finding, "乙区 has flexible instruments but no rigid one");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

static void
test_cz01_listed_county_without_instruments (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_counties (programme, "丙县");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "丙县");
  xc_test_assert_message_contains (finding, "丙县 has neither a rigid instrument");
  xc_test_assert_message_contains (finding, "nor a flexible one");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

static void
test_cz01_one_finding_per_county (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;

  set_counties (programme, "丙县");
  xc_unit_set_host (xc_test_unit (programme, "u-migrant"), "i-yi-ph");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "CZ-01", NULL), ==, 2);
  xc_test_assert_message_contains (xc_test_find_by_subject (report, "CZ-01", "甲县"),
                                   "no flexible one");
  xc_test_assert_message_contains (xc_test_find_by_subject (report, "CZ-01", "丙县"), "neither");
}

static void
test_cz01_unknown_variant_counts_as_neither (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_variant (xc_test_unit (programme, "u-migrant"), "consultancy");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "甲县");
  xc_test_assert_message_contains (finding, "no flexible one");
  xc_test_assert_message_contains (finding, "甲镇留鸟式专家坐诊");
  xc_test_assert_message_contains (finding, "“consultancy”");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

static void
test_cz01_unknown_variant_in_a_complete_county (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");

  /* 乙区 keeps its pairing: nothing lacks, nothing is reported. */
  xc_unit_set_variant (xc_test_unit (programme, "u-training"), "consultancy");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-01", NULL), ==, 0);

  xc_unit_set_variant (xc_test_unit (programme, "u-pair"), NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-01", NULL), ==, 1);
}

static void
test_cz01_county_of_an_unlisted_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_county (xc_test_institution (programme, "i-prov"), "丁县");
  xc_unit_set_host (xc_test_unit (programme, "u-training"), "i-prov");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "丁县");
  xc_test_assert_message_contains (finding, "no rigid one");
  xc_test_assert_nothing_else (report, "CZ-01", ALWAYS_REPORTED);
}

static void
test_cz01_county_from_the_host_town (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-01");
  XcTown *town = xc_programme_lookup_town (programme, "t-jia");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* i-jia-hc gives no county: its town's decides, and moves u-migrant. */
  g_assert_nonnull (town);
  xc_town_set_county (town, "乙区");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-01", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "甲县");

  /* A county of the host's own wins over its town's. */
  xc_institution_set_county (xc_test_institution (programme, "i-jia-hc"), "甲县");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-01", NULL), ==, 0);
}

/* CZ-02: a trusteeship stations resident staff */

static void
test_cz02_resident_for_11_months (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_team_member_set_residency_months (xc_test_team_member (programme, "u-trust", 0), 11);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-02", "u-trust", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-jia-ph");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team");
  xc_test_assert_message_contains (finding, "省人民医院托管甲县人民医院");
  xc_test_assert_message_contains (finding, "2 team members");
  xc_test_assert_message_contains (finding, "the longest stay is 11 months");
  xc_test_assert_nothing_else (report, "CZ-02", ALWAYS_REPORTED);
}

static void
test_cz02_resident_for_exactly_12_months (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-02");

  xc_team_member_set_residency_months (xc_test_team_member (programme, "u-trust", 0), 11);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-02", "u-trust"), ==, 1);

  /* The other member, 6 months until now, stays a year: enough. */
  xc_team_member_set_residency_months (xc_test_team_member (programme, "u-trust", 1), 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-02", NULL), ==, 0);
}

static void
test_cz02_trusteeship_without_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove_all (xc_test_team (programme, "u-trust"));
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-02", "u-trust", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "has no team");
  xc_test_assert_nothing_else (report, "CZ-02", ALWAYS_REPORTED);
}

static void
test_cz02_residency_not_stated (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove_all (xc_test_team (programme, "u-trust"));
  add_team_member (programme, "u-trust", "p-trust-1", -1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-02", "u-trust", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "1 team member,");
  xc_test_assert_message_contains (finding, "states no residency");
  xc_test_assert_nothing_else (report, "CZ-02", ALWAYS_REPORTED);
}

static void
test_cz02_only_trusteeships_need_resident_staff (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-02");
  g_autoptr(XcReport) report = NULL;

  /* u-migrant's team states no residency, which migratory experts need not. */
  xc_unit_set_variant (xc_test_unit (programme, "u-migrant"), "trusteeship");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "CZ-02", "u-migrant", XC_SEVERITY_ERROR);
}

/* CZ-03: the minimum of experts a year */

static void
test_cz03_lead_and_team_meeting_the_minimum (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* A lead and two team members make the 3 experts asked for; 4 fail. */
  xc_test_set_ext_number (XC_RECORD (xc_test_unit (programme, "u-group")),
                          "min_experts_per_year", 4);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-03", "u-group", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team");
  xc_test_assert_message_contains (finding, "省人民医院专家常驻乙区");
  xc_test_assert_message_contains (finding, "sends 3 experts");
  xc_test_assert_message_contains (finding, "minimum of 4 a year");
  xc_test_assert_nothing_else (report, "CZ-03", ALWAYS_REPORTED);
}

static void
test_cz03_team_one_short (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove (xc_test_team (programme, "u-group"), 1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-03", "u-group", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "sends 2 experts");
  xc_test_assert_nothing_else (report, "CZ-03", ALWAYS_REPORTED);
}

static void
test_cz03_lead_on_the_team_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove (xc_test_team (programme, "u-group"), 1);
  add_team_member (programme, "u-group", "p-group-lead", 12);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-03", "u-group", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "sends 2 experts");
}

static void
test_cz03_minimum_that_is_not_a_number (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-group")),
                          "min_experts_per_year", "13");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-03", "u-group", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.min_experts_per_year");
  xc_test_assert_message_contains (finding, "other than a number");
  xc_test_assert_nothing_else (report, "CZ-03", ALWAYS_REPORTED);
}

static void
test_cz03_instrument_without_a_minimum (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* Without a minimum an empty team is no finding… */
  xc_test_remove_ext (XC_RECORD (xc_test_unit (programme, "u-group")), "min_experts_per_year");
  g_list_store_remove_all (xc_test_team (programme, "u-group"));
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-03", NULL), ==, 0);

  /* …and an instrument that sends nobody fails any minimum. */
  xc_test_set_ext_number (XC_RECORD (xc_test_unit (programme, "u-order")),
                          "min_experts_per_year", 1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-03", "u-order", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "sends 0 experts");
}

/* CZ-04: signed employment agreements */

static void
test_cz04_zero_signed_agreements (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_number (XC_RECORD (xc_test_unit (programme, "u-order")), "signed", 0);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-04", "u-order", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.signed");
  xc_test_assert_message_contains (finding, "乙区订单定向培养医学生");
  xc_test_assert_message_contains (finding, "records 0 signed");
  xc_test_assert_nothing_else (report, "CZ-04", ALWAYS_REPORTED);
}

static void
test_cz04_exactly_one_signed_agreement (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-04");

  xc_test_set_ext_number (XC_RECORD (xc_test_unit (programme, "u-order")), "signed", 0.5);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-04", "u-order"), ==, 1);

  xc_test_set_ext_number (XC_RECORD (xc_test_unit (programme, "u-order")), "signed", 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "CZ-04", NULL), ==, 0);
}

static void
test_cz04_no_signed_member (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_remove_ext (XC_RECORD (xc_test_unit (programme, "u-order")), "signed");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-04", "u-order", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "records no signed employment agreements");
  xc_test_assert_nothing_else (report, "CZ-04", ALWAYS_REPORTED);
}

static void
test_cz04_signed_as_text (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-order")), "signed", "14");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-04", "u-order", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "other than a number");
}

static void
test_cz04_only_order_training_needs_agreements (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-04");
  g_autoptr(XcReport) report = NULL;

  /* u-training records no agreements, which a training need not. */
  xc_unit_set_variant (xc_test_unit (programme, "u-training"), "order_training");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "CZ-04", "u-training", XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "CZ-04", ALWAYS_REPORTED);
}

/* CZ-05: a pairing names both sides */

static void
test_cz05_pairing_without_partner (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_test_remove_ext (XC_RECORD (xc_test_unit (programme, "u-pair")), "partner");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-pair", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "ext.partner");
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-yi-hc");
  xc_test_assert_message_contains (finding, "names no partner institution");
  xc_test_assert_message_lacks (finding, "host");
  xc_test_assert_nothing_else (report, "CZ-05", ALWAYS_REPORTED);
}

static void
test_cz05_partner_that_is_not_an_institution (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* The core does not read ext: nothing but CZ-05 catches this. */
  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-pair")), "partner", "i-nowhere");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-pair", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-nowhere");
  xc_test_assert_message_contains (finding, "“i-nowhere”");
  xc_test_assert_nothing_else (report, "CZ-05", ALWAYS_REPORTED);
}

static void
test_cz05_partner_that_is_the_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_name (xc_test_institution (programme, "i-yi-hc"), "东街中心");
  xc_test_set_ext_string (XC_RECORD (xc_test_unit (programme, "u-pair")), "partner", "i-yi-hc");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-pair", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "partner 东街中心 is its own host");
  xc_test_assert_nothing_else (report, "CZ-05", ALWAYS_REPORTED);
}

static void
test_cz05_pairing_without_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-pair"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-pair", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "host");
  xc_test_assert_message_contains (finding, "names no host institution");
  xc_test_assert_message_lacks (finding, "partner institution");
  xc_test_assert_nothing_else (report, "CZ-05", ALWAYS_REPORTED);
}

static void
test_cz05_one_finding_names_both_sides (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-pair"), NULL);
  xc_test_remove_ext (XC_RECORD (xc_test_unit (programme, "u-pair")), "partner");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-05", "u-pair", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "no host institution");
  xc_test_assert_message_contains (finding, "no partner institution");
}

static void
test_cz05_only_pairings_need_a_partner (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "CZ-05");
  g_autoptr(XcReport) report = NULL;

  /* u-training names no partner, which a training need not. */
  xc_unit_set_variant (xc_test_unit (programme, "u-training"), "pairing");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "CZ-05", "u-training", XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "CZ-05", ALWAYS_REPORTED);
}

/* CZ-06: portfolio totals */

static void
test_cz06_reports_portfolio_totals (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) before = xc_test_validate (programme);
  g_autoptr(XcReport) after = NULL;
  XcFinding *finding;

  finding = xc_test_assert_one_finding (before, "CZ-06", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "team members): 9; trainees: 125; training sessions: 6.");

  add_team_member (programme, "u-pair", "p-trust-2", -1);   /* already counted */
  add_person (programme, "p-new");
  add_team_member (programme, "u-pair", "p-new", -1);
  xc_unit_set_target (xc_test_unit (programme, "u-group"), "trainees", 30);
  xc_unit_set_target (xc_test_unit (programme, "u-group"), "training_sessions", 2.5);
  after = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (after, "CZ-06", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "team members): 10; trainees: 155; training sessions: 8.5.");
}

static void
test_cz06_expert_on_two_instruments_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_lead (xc_test_unit (programme, "u-pair"), "p-mig-lead");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "CZ-06", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding, "team members): 8;");
}

static void
test_cz06_sample_totals (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample (SAMPLE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  /* 15 leads and 64 team members; 2,500 + 124 trainees; 74 sessions. */
  finding = xc_test_assert_one_finding (report, "CZ-06", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "team members): 79; trainees: 2624; training sessions: 74.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugins/chaozhou/fixture-is-clean", test_fixture_is_clean);
  g_test_add_func ("/plugins/chaozhou/sample-design-has-no-errors", test_sample_design_has_no_errors);
  g_test_add_func ("/plugins/chaozhou/rule-table-matches-policy", test_rule_table_matches_policy);
  g_test_add_func ("/plugins/chaozhou/template-asks-every-county-for-instruments", test_template_asks_every_county_for_instruments);
  g_test_add_func ("/plugins/chaozhou/missing-optional-members-do-not-crash", test_missing_optional_members_do_not_crash);

  g_test_add_func ("/plugins/chaozhou/CZ-01/one-rigid-and-one-flexible-instrument-pass", test_cz01_one_rigid_and_one_flexible_pass);
  g_test_add_func ("/plugins/chaozhou/CZ-01/county-with-only-rigid-instruments-warns", test_cz01_county_with_only_rigid_instruments);
  g_test_add_func ("/plugins/chaozhou/CZ-01/county-with-only-flexible-instruments-warns", test_cz01_county_with_only_flexible_instruments);
  g_test_add_func ("/plugins/chaozhou/CZ-01/listed-county-without-instruments-warns-naming-both", test_cz01_listed_county_without_instruments);
  g_test_add_func ("/plugins/chaozhou/CZ-01/one-finding-per-county", test_cz01_one_finding_per_county);
  g_test_add_func ("/plugins/chaozhou/CZ-01/unknown-variant-counts-as-neither", test_cz01_unknown_variant_counts_as_neither);
  g_test_add_func ("/plugins/chaozhou/CZ-01/unknown-variant-in-a-complete-county-raises-nothing", test_cz01_unknown_variant_in_a_complete_county);
  g_test_add_func ("/plugins/chaozhou/CZ-01/county-of-an-unlisted-host-is-checked", test_cz01_county_of_an_unlisted_host);
  g_test_add_func ("/plugins/chaozhou/CZ-01/county-comes-from-the-host-town-where-the-host-names-none", test_cz01_county_from_the_host_town);

  g_test_add_func ("/plugins/chaozhou/CZ-02/resident-for-11-months-fails", test_cz02_resident_for_11_months);
  g_test_add_func ("/plugins/chaozhou/CZ-02/resident-for-exactly-12-months-passes", test_cz02_resident_for_exactly_12_months);
  g_test_add_func ("/plugins/chaozhou/CZ-02/trusteeship-without-team-fails", test_cz02_trusteeship_without_team);
  g_test_add_func ("/plugins/chaozhou/CZ-02/residency-not-stated-fails", test_cz02_residency_not_stated);
  g_test_add_func ("/plugins/chaozhou/CZ-02/only-trusteeships-need-resident-staff", test_cz02_only_trusteeships_need_resident_staff);

  g_test_add_func ("/plugins/chaozhou/CZ-03/lead-and-team-of-exactly-the-minimum-pass", test_cz03_lead_and_team_meeting_the_minimum);
  g_test_add_func ("/plugins/chaozhou/CZ-03/team-one-short-fails", test_cz03_team_one_short);
  g_test_add_func ("/plugins/chaozhou/CZ-03/lead-also-on-the-team-counts-once", test_cz03_lead_on_the_team_counts_once);
  g_test_add_func ("/plugins/chaozhou/CZ-03/minimum-that-is-not-a-number-fails", test_cz03_minimum_that_is_not_a_number);
  g_test_add_func ("/plugins/chaozhou/CZ-03/instrument-without-a-minimum-is-not-checked", test_cz03_instrument_without_a_minimum);

  g_test_add_func ("/plugins/chaozhou/CZ-04/zero-signed-agreements-warn", test_cz04_zero_signed_agreements);
  g_test_add_func ("/plugins/chaozhou/CZ-04/exactly-one-signed-agreement-passes", test_cz04_exactly_one_signed_agreement);
  g_test_add_func ("/plugins/chaozhou/CZ-04/no-signed-member-warns", test_cz04_no_signed_member);
  g_test_add_func ("/plugins/chaozhou/CZ-04/signed-given-as-text-warns", test_cz04_signed_as_text);
  g_test_add_func ("/plugins/chaozhou/CZ-04/only-order-training-needs-agreements", test_cz04_only_order_training_needs_agreements);

  g_test_add_func ("/plugins/chaozhou/CZ-05/pairing-without-partner-warns", test_cz05_pairing_without_partner);
  g_test_add_func ("/plugins/chaozhou/CZ-05/partner-that-is-not-an-institution-warns", test_cz05_partner_that_is_not_an_institution);
  g_test_add_func ("/plugins/chaozhou/CZ-05/partner-that-is-the-host-warns", test_cz05_partner_that_is_the_host);
  g_test_add_func ("/plugins/chaozhou/CZ-05/pairing-without-host-warns", test_cz05_pairing_without_host);
  g_test_add_func ("/plugins/chaozhou/CZ-05/one-finding-names-both-missing-sides", test_cz05_one_finding_names_both_sides);
  g_test_add_func ("/plugins/chaozhou/CZ-05/only-pairings-need-a-partner", test_cz05_only_pairings_need_a_partner);

  g_test_add_func ("/plugins/chaozhou/CZ-06/reports-portfolio-totals", test_cz06_reports_portfolio_totals);
  g_test_add_func ("/plugins/chaozhou/CZ-06/expert-on-two-instruments-counts-once", test_cz06_expert_on_two_instruments_counts_once);
  g_test_add_func ("/plugins/chaozhou/CZ-06/sample-has-79-experts-2624-trainees-74-sessions", test_cz06_sample_totals);

  return g_test_run ();
}
