/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Every test starts from tests/plugins/zibo-station/zb-minimal.xcprog: two
 * clean stations. u-a is led by a chief physician of a public tertiary
 * hospital (lead on site 3 days a month exactly), hosted at i-hc-a, which
 * declared needs for cardiology and endocrinology; u-b is led by an
 * attending physician who is a municipal famous doctor, from a private
 * tertiary hospital, on site weekly through a `group` commitment, hosted
 * at i-hc-b, which declared no needs, with one remote service only.
 *
 * A test checks that the rule is silent on the fixture, makes one change
 * and checks that the rule speaks, once, on the right unit, with the
 * severity of policy-rules.md. A "passes" case first shows the rule alive
 * on a value just across the boundary, so that every test fails if the
 * rule's check is taken out. */

#define SCHEME_ID "zibo-station"
#define PLUGIN "zibo-station"
#define FIXTURE "zb-minimal.xcprog"

/* Helpers */

static void
set_services (XcProgramme        *programme,
              const char         *unit_id,
              const char * const *services)
{
  xc_unit_set_services (xc_test_unit (programme, unit_id), services);
}

/* A public primary institution. */
static void
add_institution (XcProgramme *programme,
                 const char  *id,
                 const char  *name,
                 const char  *kind)
{
  XcInstitution *added = xc_test_add_institution (programme, id, name, kind);

  xc_institution_set_level (added, "primary");
  xc_institution_set_ownership (added, "public");
}

/* A new colleague of the u-a lead, on the team of u-a for 12 months. */
static void
add_team_member (XcProgramme *programme,
                 const char  *person_id)
{
  g_autoptr(XcPerson) colleague = xc_person_new ();
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  xc_person_set_id (colleague, person_id);
  xc_person_set_name (colleague, person_id);
  xc_person_set_title (colleague, "attending");
  xc_person_set_institution (colleague, "i-city");
  g_list_store_append (G_LIST_STORE (xc_programme_get_people (programme)), colleague);

  xc_team_member_set_person (member, person_id);
  xc_team_member_set_residency_months (member, 12);
  g_list_store_append (xc_test_team (programme, "u-a"), member);
}

/* @data: "unit-id/member", e.g. "u-a/services" */
static void
remove_unit_member_cb (JsonObject *root,
                       gpointer    data)
{
  g_auto(GStrv) parts = g_strsplit (data, "/", 2);
  JsonObject *unit = xc_test_unit_json (root, parts[0]);

  g_assert_true (json_object_has_member (unit, parts[1]));
  json_object_remove_member (unit, parts[1]);
}

static void
remove_first_residency_cb (JsonObject *root,
                           gpointer    data)
{
  JsonArray *team = json_object_get_array_member (xc_test_unit_json (root, data), "team");
  JsonObject *member = json_array_get_object_element (team, 0);

  g_assert_true (json_object_has_member (member, "residency_months"));
  json_object_remove_member (member, "residency_months");
}

static XcProgramme *
without_unit_member (XcProgramme *programme,
                     const char  *unit_and_member)
{
  return xc_test_reload_json (programme, remove_unit_member_cb, (gpointer) unit_and_member);
}

/* The fixture, the rule table, the sample */

static void
test_fixture_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_fixture (PLUGIN, FIXTURE);
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, SCHEME_ID);
  xc_test_assert_nothing_else (report, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
}

static void
test_rule_table_matches_policy (void)
{
  /* policy-rules.md, section 2 */
  static const XcTestPolicyRule policy[] = {
    { "ZB-01", XC_SEVERITY_ERROR, "获得市级以上名医人才荣誉或具备高级职称" },
    { "ZB-02", XC_SEVERITY_ERROR, "全市二级以上公立医院、三级民营医院" },
    { "ZB-03", XC_SEVERITY_ERROR, "配备不少于2人的团队成员" },
    { "ZB-04", XC_SEVERITY_ERROR, "名医专家每个月驻工作站时间不少于3天" },
    { "ZB-05", XC_SEVERITY_ERROR, "团队成员连续驻站工作时间不少于一年" },
    { "ZB-06", XC_SEVERITY_ERROR, "在基层医疗卫生机构建立" },
    { "ZB-07", XC_SEVERITY_WARNING, "实现全市乡镇卫生院全覆盖" },
    { "ZB-08", XC_SEVERITY_WARNING, "确定了一批基层急需、群众急盼的专科" },
    { "ZB-09", XC_SEVERITY_WARNING, "精准预约…远程会诊、远程影像、远程检验" },
    { "ZB-10", XC_SEVERITY_WARNING, "确保当日就诊、当日住院" },
    { "ZB-11", XC_SEVERITY_INFO, "带来多项新技术" },
  };

  xc_test_assert_rule_table (SCHEME_ID, policy, G_N_ELEMENTS (policy), "004_11348ab03cea34a3.txt");
}

static void
test_sample_design_has_no_errors (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, SCHEME_ID);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (programme)), ==, 10);
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 0);
}

/* The sample says what to expect: no warnings either, and one ZB-11 per
 * station whose new techniques the seed does not count (all but 王秀玲's). */
static void
test_sample_design_has_no_warnings (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_INFO), ==, 9);
  g_assert_cmpuint (xc_test_count (report, "ZB-11", NULL), ==, 9);
  g_assert_cmpuint (xc_test_count (report, "ZB-11", "u-yuanshui"), ==, 0);
}

static void
test_template_is_a_zibo_design (void)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (xc_test_get_registry (), SCHEME_ID);
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcReport) report = NULL;

  g_assert_nonnull (scheme);
  programme = xc_scheme_create_template (scheme);
  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, SCHEME_ID);
  g_assert_cmpstr (xc_programme_get_city (programme), ==, "淄博市");
  g_assert_cmpint (xc_programme_get_months (programme), ==, 24);

  /* Empty: nothing to find. */
  report = xc_test_validate (programme);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
}

/* ZB-01: the lead's honour or title */

static void
test_zb01_attending_lead_without_honour (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_title (xc_test_person (programme, "p-lead-a"), "attending");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-01", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-lead-a");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "名医甲");
  xc_test_assert_message_contains (finding, "名医甲工作站");
  xc_test_assert_nothing_else (report, "ZB-01", NULL);
}

static void
test_zb01_deputy_chief_lead (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");

  xc_person_set_title (xc_test_person (programme, "p-lead-a"), "attending");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-01", "u-a"), ==, 1);

  xc_person_set_title (xc_test_person (programme, "p-lead-a"), "deputy_chief");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-01", NULL), ==, 0);
}

static void
test_zb01_famous_doctor_without_senior_title (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");
  g_autoptr(XcReport) report = NULL;

  /* p-lead-b is an attending physician: the honour alone carries the fixture. */
  xc_person_set_honours (xc_test_person (programme, "p-lead-b"), NULL);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-01", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "ZB-01", NULL);
}

static void
test_zb01_famous_tcm_doctor (void)
{
  const char * const famous_tcm[] = { "municipal_famous_tcm", NULL };
  const char * const county_honour[] = { "county_famous_doctor", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");

  xc_person_set_honours (xc_test_person (programme, "p-lead-b"), county_honour);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-01", "u-b"), ==, 1);

  xc_person_set_honours (xc_test_person (programme, "p-lead-b"), famous_tcm);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-01", NULL), ==, 0);
}

static void
test_zb01_lead_without_title (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_title (xc_test_person (programme, "p-lead-a"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-01", "u-a", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "no senior title");
}

static void
test_zb01_station_without_lead (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_lead (xc_test_unit (programme, "u-a"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-01", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  /* Nothing else to say about a lead nobody named. */
  g_assert_cmpuint (xc_test_count (report, "ZB-02", NULL), ==, 0);
  xc_test_assert_nothing_else (report, "ZB-01", NULL);
}

static void
test_zb01_dangling_lead_is_left_to_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-01");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_lead (xc_test_unit (programme, "u-a"), "p-nobody");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-a"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "ZB-01", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "ZB-02", NULL), ==, 0);

  /* The rule is alive: a lead who exists but qualifies in no way. */
  xc_unit_set_lead (xc_test_unit (programme, "u-a"), "p-team-a1");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-01", "u-a"), ==, 1);
}

/* ZB-02: the lead's home institution */

static void
test_zb02_public_primary_home (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_level (xc_test_institution (programme, "i-city"), "primary");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-city");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "lead");
  xc_test_assert_message_contains (finding, "市立医院");
  xc_test_assert_message_contains (finding, "名医甲");
  xc_test_assert_nothing_else (report, "ZB-02", NULL);
}

static void
test_zb02_public_secondary_home (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");

  xc_institution_set_level (xc_test_institution (programme, "i-city"), "primary");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-02", "u-a"), ==, 1);

  xc_institution_set_level (xc_test_institution (programme, "i-city"), "secondary");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-02", NULL), ==, 0);
}

static void
test_zb02_private_secondary_home (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_level (xc_test_institution (programme, "i-private"), "secondary");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-private");
  xc_test_assert_message_contains (finding, "private");
  xc_test_assert_message_contains (finding, "民营医院");
  xc_test_assert_nothing_else (report, "ZB-02", NULL);
}

static void
test_zb02_private_tertiary_home (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");

  /* The same tertiary hospital with an unknown kind of ownership fails… */
  xc_institution_set_ownership (xc_test_institution (programme, "i-private"), "mixed");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-02", "u-b"), ==, 1);

  /* …and as a private one passes. */
  xc_institution_set_ownership (xc_test_institution (programme, "i-private"), "private");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-02", NULL), ==, 0);
}

static void
test_zb02_home_without_ownership (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_ownership (xc_test_institution (programme, "i-city"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-a", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "no ownership");
  xc_test_assert_message_lacks (finding, "level");
  xc_test_assert_nothing_else (report, "ZB-02", NULL);
}

static void
test_zb02_home_without_level (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_level (xc_test_institution (programme, "i-private"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "no level");
  xc_test_assert_message_lacks (finding, "ownership");
  xc_test_assert_nothing_else (report, "ZB-02", NULL);
}

static void
test_zb02_home_without_ownership_or_level (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_ownership (xc_test_institution (programme, "i-city"), NULL);
  xc_institution_set_level (xc_test_institution (programme, "i-city"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-a", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "neither its ownership");
  xc_test_assert_message_contains (finding, "level");
}

static void
test_zb02_lead_without_home (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-lead-a"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-02", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-lead-a");
  /* The core says it is not filled in yet. */
  g_assert_nonnull (xc_test_find_by_subject (report, "XC-07", "p-lead-a"));
  xc_test_assert_nothing_else (report, "ZB-02", "XC-07");
}

static void
test_zb02_dangling_home_is_left_to_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-02");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_institution (xc_test_person (programme, "p-lead-a"), "i-nowhere");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "ZB-02", NULL), ==, 0);

  /* The rule is alive: a home that exists and does not qualify. */
  xc_person_set_institution (xc_test_person (programme, "p-lead-a"), "i-hc-b");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-02", "u-a"), ==, 1);
}

/* ZB-03: a team of at least two besides the lead */

static void
test_zb03_team_of_one (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-a"))), 1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-03", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team");
  xc_test_assert_message_contains (finding, "1 member besides");
  xc_test_assert_message_contains (finding, "名医甲工作站");
  xc_test_assert_nothing_else (report, "ZB-03", NULL);
}

static void
test_zb03_team_of_two (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");

  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-a"))), 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-03", "u-a"), ==, 1);

  add_team_member (programme, "p-team-a3");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-03", NULL), ==, 0);
}

static void
test_zb03_lead_listed_in_the_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");
  XcTeamMember *member = xc_test_team_member (programme, "u-b", 1);
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_team_member_set_person (member, "p-lead-b");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-03", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "1 member");
}

static void
test_zb03_same_member_twice (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");
  XcTeamMember *member = xc_test_team_member (programme, "u-b", 1);
  g_autoptr(XcReport) report = NULL;

  xc_team_member_set_person (member, "p-team-b1");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-03", "u-b", XC_SEVERITY_ERROR);
}

/* Team entries naming people the design lacks are told apart by id. */
static void
test_zb03_missing_member_twice (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");
  g_autoptr(XcReport) report = NULL;

  xc_team_member_set_person (xc_test_team_member (programme, "u-b", 0), "p-nobody");
  xc_team_member_set_person (xc_test_team_member (programme, "u-b", 1), "p-nobody-2");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-03", NULL), ==, 0);

  xc_team_member_set_person (xc_test_team_member (programme, "u-b", 1), "p-nobody");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-03", "u-b", XC_SEVERITY_ERROR);
}

static void
test_zb03_station_without_team (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-03");
  g_autoptr(XcProgramme) programme = without_unit_member (fixture, "u-b/team");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "ZB-03", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "0 members");
  xc_test_assert_nothing_else (report, "ZB-03", NULL);
}

/* ZB-04: the lead on site at least 3 days a month */

static void
test_zb04_two_days_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_count (xc_test_commitment (programme, "u-a", "lead", "on_site_days"), 2);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-04", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-lead-a");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "commitments");
  xc_test_assert_message_contains (finding, "名医甲");
  xc_test_assert_message_contains (finding, " 2 on-site days");
  xc_test_assert_nothing_else (report, "ZB-04", NULL);
}

static void
test_zb04_exactly_three_days_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  XcCommitment *days = xc_test_commitment (programme, "u-a", "lead", "on_site_days");

  xc_commitment_set_count (days, 2.5);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-04", "u-a"), ==, 1);

  xc_commitment_set_count (days, 3);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-04", NULL), ==, 0);
}

static void
test_zb04_thirty_six_days_a_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  XcCommitment *days = xc_test_commitment (programme, "u-a", "lead", "on_site_days");

  xc_commitment_set_per (days, "year");
  xc_commitment_set_count (days, 35);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-04", "u-a"), ==, 1);

  /* 36 × 1/12 is 3 give or take a rounding error. */
  xc_commitment_set_count (days, 36);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-04", NULL), ==, 0);
}

static void
test_zb04_team_days_do_not_count_for_the_lead (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_role (xc_test_commitment (programme, "u-a", "lead", "on_site_days"), "team");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-04", "u-a", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "ZB-04", NULL);
}

static void
test_zb04_group_days_count_for_the_lead (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  XcCommitment *days = xc_test_commitment (programme, "u-b", "group", "on_site_days");
  g_autoptr(XcReport) report = NULL;

  /* Once a week (52/12 a month) passes; once a fortnight (26/12) does not. */
  xc_commitment_set_per (days, "fortnight");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-04", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "ZB-04", NULL);

  xc_commitment_set_per (days, "week");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-04", NULL), ==, 0);
}

static void
test_zb04_station_without_commitments (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-04");
  g_autoptr(XcProgramme) programme = without_unit_member (fixture, "u-b/commitments");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "ZB-04", "u-b", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, " 0 on-site days");
  xc_test_assert_nothing_else (report, "ZB-04", NULL);
}

/* ZB-05: team members stationed at least 12 months */

static void
test_zb05_eleven_months (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-05");
  XcTeamMember *member = xc_test_team_member (programme, "u-a", 1);
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_team_member_set_residency_months (member, 11);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-05", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-team-a2");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team[1].residency_months");
  xc_test_assert_message_contains (finding, "团队甲二");
  xc_test_assert_message_contains (finding, "11 months");
  xc_test_assert_nothing_else (report, "ZB-05", NULL);
}

static void
test_zb05_exactly_twelve_months (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-05");
  XcTeamMember *member = xc_test_team_member (programme, "u-b", 0);

  xc_team_member_set_residency_months (member, 11);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-05", "u-b"), ==, 1);

  xc_team_member_set_residency_months (member, 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-05", NULL), ==, 0);
}

static void
test_zb05_residency_not_stated (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-05");
  g_autoptr(XcProgramme) programme = xc_test_reload_json (fixture, remove_first_residency_cb,
                                                          (gpointer) "u-b");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "ZB-05", "u-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-team-b1");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "team[0].residency_months");
  xc_test_assert_message_contains (finding, "no stated residency");
  xc_test_assert_nothing_else (report, "ZB-05", NULL);
}

static void
test_zb05_one_finding_per_member (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-05");
  XcTeamMember *first = xc_test_team_member (programme, "u-a", 0);
  XcTeamMember *second = xc_test_team_member (programme, "u-a", 1);
  g_autoptr(XcReport) report = NULL;

  xc_team_member_set_residency_months (first, 6);
  xc_team_member_set_residency_months (second, 1);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "ZB-05", "u-a"), ==, 2);
  g_assert_cmpuint (xc_test_count (report, "ZB-05", NULL), ==, 2);
  xc_test_assert_nothing_else (report, "ZB-05", NULL);
}

/* ZB-06: the host is a township health centre */

static void
test_zb06_community_health_centre_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-06");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_kind (xc_test_institution (programme, "i-hc-b"), "community_health_centre");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-06", "u-b", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-hc-b");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "host");
  xc_test_assert_message_contains (finding, "乙镇卫生院");
  xc_test_assert_nothing_else (report, "ZB-06", NULL);
}

static void
test_zb06_hospital_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-06");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-a"), "i-city");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-06", "u-a", XC_SEVERITY_ERROR);
}

static void
test_zb06_host_without_kind (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-06");
  g_autoptr(XcReport) report = NULL;

  xc_institution_set_kind (xc_test_institution (programme, "i-hc-a"), NULL);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-06", "u-a", XC_SEVERITY_ERROR);
}

static void
test_zb06_station_without_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-06");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_host (xc_test_unit (programme, "u-a"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-06", "u-a", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "host");
}

static void
test_zb06_dangling_host_is_left_to_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-06");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-a"), "i-nowhere");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-a"), ==, 1);
  g_assert_cmpuint (xc_test_count (report, "ZB-06", NULL), ==, 0);

  xc_unit_set_host (xc_test_unit (programme, "u-a"), "i-private");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-06", "u-a"), ==, 1);
}

/* ZB-07: every township health centre covered */

static void
test_zb07_health_centre_without_station (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_institution (programme, "i-hc-c", "丙镇卫生院", "township_health_centre");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-07", NULL, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "institutions");
  xc_test_assert_message_contains (finding, "1 township health centre hosts no station");
  xc_test_assert_message_contains (finding, "丙镇卫生院");
  xc_test_assert_message_lacks (finding, "甲镇卫生院");
  xc_test_assert_nothing_else (report, "ZB-07", NULL);
}

static void
test_zb07_one_finding_lists_every_centre (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_institution (programme, "i-hc-c", "丙镇卫生院", "township_health_centre");
  add_institution (programme, "i-hc-d", "丁镇卫生院", "township_health_centre");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-07", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "2 township health centres");
  xc_test_assert_message_contains (finding, "丙镇卫生院");
  xc_test_assert_message_contains (finding, "丁镇卫生院");
}

static void
test_zb07_station_moving_uncovers_its_old_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-07");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_institution (programme, "i-hc-c", "丙镇卫生院", "township_health_centre");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-07", NULL), ==, 1);

  xc_unit_set_host (xc_test_unit (programme, "u-b"), "i-hc-c");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-07", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "乙镇卫生院");
  xc_test_assert_message_lacks (finding, "丙镇卫生院");
}

/* A unit names the first institution with an id: a later one repeating the
 * id (XC-02) is covered with it. */
static void
test_zb07_repeated_id_is_covered (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-07");
  g_autoptr(XcReport) report = NULL;

  add_institution (programme, "i-hc-a", "甲镇卫生院分院", "township_health_centre");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-07", NULL), ==, 0);

  xc_unit_set_host (xc_test_unit (programme, "u-a"), "i-hc-b");
  report = xc_test_validate (programme);
  xc_test_assert_message_contains (xc_test_assert_one_finding (report, "ZB-07", NULL, XC_SEVERITY_WARNING),
                                   "2 township health centres host no station: 甲镇卫生院, 甲镇卫生院分院");
}

static void
test_zb07_other_institutions_need_no_station (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-07");

  add_institution (programme, "i-chc", "某社区卫生服务中心", "community_health_centre");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-07", NULL), ==, 0);

  xc_institution_set_kind (xc_test_institution (programme, "i-chc"), "township_health_centre");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-07", NULL), ==, 1);
}

/* ZB-08: the station's specialty among the host's needs */

static void
test_zb08_specialty_the_host_did_not_ask_for (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-08");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_specialty (xc_test_unit (programme, "u-a"), "oncology");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-08", "u-a", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-hc-a");
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "specialty");
  xc_test_assert_message_contains (finding, "甲镇卫生院");
  xc_test_assert_message_contains (finding, "Oncology");
  xc_test_assert_message_contains (finding, "Cardiology");
  xc_test_assert_message_contains (finding, "Endocrinology");
  xc_test_assert_nothing_else (report, "ZB-08", NULL);
}

static void
test_zb08_any_declared_need_will_do (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-08");
  XcUnit *unit = xc_test_unit (programme, "u-a");

  xc_unit_set_specialty (unit, "oncology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-08", "u-a"), ==, 1);

  /* The first of the host's two needs (the fixture's station meets the second). */
  xc_unit_set_specialty (unit, "cardiology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-08", NULL), ==, 0);
}

static void
test_zb08_host_without_needs (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-08");
  XcUnit *unit = xc_test_unit (programme, "u-b");

  /* i-hc-b declared nothing: any specialty, or none, raises no ZB-08. */
  xc_unit_set_specialty (unit, "dermatology");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-08", NULL), ==, 0);
  xc_unit_set_specialty (unit, NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-08", NULL), ==, 0);

  /* Once it declares a need, the station must meet it. */
  xc_test_add_need (programme, "i-hc-b", "paediatrics");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-08", "u-b"), ==, 1);
}

static void
test_zb08_needs_of_another_institution_do_not_count (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-08");
  g_autoptr(XcReport) report = NULL;

  xc_test_add_need (programme, "i-hc-a", "paediatrics");
  xc_test_add_need (programme, "i-hc-b", "dermatology");
  xc_unit_set_specialty (xc_test_unit (programme, "u-b"), "paediatrics");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-08", "u-b", XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "ZB-08", NULL);
}

static void
test_zb08_station_without_specialty (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-08");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_specialty (xc_test_unit (programme, "u-a"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-08", "u-a", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "no specialty");
}

/* ZB-09: "1+N", booking and a remote service */

static void
test_zb09_no_referral_booking (void)
{
  const char * const services[] = { "green_channel", "remote_consultation", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_services (programme, "u-a", services);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-09", "u-a", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "services");
  xc_test_assert_message_contains (finding, "名医甲工作站");
  xc_test_assert_message_contains (finding, "referral booking");
  xc_test_assert_message_lacks (finding, "remote");
  xc_test_assert_nothing_else (report, "ZB-09", NULL);
}

static void
test_zb09_no_remote_service (void)
{
  const char * const services[] = { "referral_booking", "green_channel", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_services (programme, "u-b", services);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-09", "u-b", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "remote");
  xc_test_assert_message_lacks (finding, "booking");
  xc_test_assert_nothing_else (report, "ZB-09", NULL);
}

static void
test_zb09_one_remote_service_is_enough (void)
{
  const char * const none[] = { "referral_booking", "green_channel", NULL };
  const char * const lab[] = { "referral_booking", "green_channel", "remote_lab", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-09");

  set_services (programme, "u-b", none);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-09", "u-b"), ==, 1);

  set_services (programme, "u-b", lab);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-09", NULL), ==, 0);
}

static void
test_zb09_neither_is_one_finding (void)
{
  const char * const services[] = { "green_channel", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_services (programme, "u-a", services);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-09", "u-a", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "referral booking");
  xc_test_assert_message_contains (finding, "remote");
}

/* ZB-10: the green channel */

static void
test_zb10_no_green_channel (void)
{
  const char * const services[] = { "referral_booking", "remote_imaging", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  set_services (programme, "u-b", services);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "ZB-10", "u-b", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "services");
  xc_test_assert_message_contains (finding, "名医乙工作站");
  xc_test_assert_nothing_else (report, "ZB-10", NULL);
}

static void
test_zb10_station_without_services (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-10");
  g_autoptr(XcProgramme) programme = without_unit_member (fixture, "u-a/services");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  xc_test_assert_one_finding (report, "ZB-10", "u-a", XC_SEVERITY_WARNING);
  /* No services at all is also one ZB-09, and nothing more. */
  xc_test_assert_one_finding (report, "ZB-09", "u-a", XC_SEVERITY_WARNING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 2);
}

/* ZB-11: new techniques */

static void
test_zb11_no_new_techniques_target (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-11");
  g_autoptr(XcProgramme) programme = without_unit_member (fixture, "u-b/targets");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "ZB-11", "u-b", XC_SEVERITY_INFO);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "targets.new_techniques");
  xc_test_assert_message_contains (finding, "名医乙工作站");
  xc_test_assert_nothing_else (report, "ZB-11", NULL);
}

static void
test_zb11_zero_new_techniques (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-11");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_target (xc_test_unit (programme, "u-a"), "new_techniques", 0);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "ZB-11", "u-a", XC_SEVERITY_INFO);
  xc_test_assert_nothing_else (report, "ZB-11", NULL);
}

static void
test_zb11_one_new_technique (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "ZB-11");
  XcUnit *unit = xc_test_unit (programme, "u-b");

  xc_unit_set_target (unit, "new_techniques", 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-11", "u-b"), ==, 1);

  xc_unit_set_target (unit, "new_techniques", 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "ZB-11", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugins/zibo/fixture-is-clean", test_fixture_is_clean);
  g_test_add_func ("/plugins/zibo/rule-table-matches-policy", test_rule_table_matches_policy);
  g_test_add_func ("/plugins/zibo/sample-design-has-no-errors", test_sample_design_has_no_errors);
  g_test_add_func ("/plugins/zibo/sample-design-has-no-warnings-and-nine-infos", test_sample_design_has_no_warnings);
  g_test_add_func ("/plugins/zibo/template-is-an-empty-zibo-design", test_template_is_a_zibo_design);

  g_test_add_func ("/plugins/zibo/ZB-01/attending-lead-without-honour-fails", test_zb01_attending_lead_without_honour);
  g_test_add_func ("/plugins/zibo/ZB-01/deputy-chief-lead-passes", test_zb01_deputy_chief_lead);
  g_test_add_func ("/plugins/zibo/ZB-01/attending-lead-losing-the-famous-doctor-honour-fails", test_zb01_famous_doctor_without_senior_title);
  g_test_add_func ("/plugins/zibo/ZB-01/municipal-famous-tcm-doctor-passes-and-county-honour-does-not", test_zb01_famous_tcm_doctor);
  g_test_add_func ("/plugins/zibo/ZB-01/lead-without-title-or-honour-fails", test_zb01_lead_without_title);
  g_test_add_func ("/plugins/zibo/ZB-01/station-without-lead-fails", test_zb01_station_without_lead);
  g_test_add_func ("/plugins/zibo/ZB-01/dangling-lead-is-left-to-XC-01", test_zb01_dangling_lead_is_left_to_xc01);

  g_test_add_func ("/plugins/zibo/ZB-02/public-primary-home-fails", test_zb02_public_primary_home);
  g_test_add_func ("/plugins/zibo/ZB-02/public-secondary-home-passes", test_zb02_public_secondary_home);
  g_test_add_func ("/plugins/zibo/ZB-02/private-secondary-home-fails", test_zb02_private_secondary_home);
  g_test_add_func ("/plugins/zibo/ZB-02/private-tertiary-home-passes-and-unknown-ownership-does-not", test_zb02_private_tertiary_home);
  g_test_add_func ("/plugins/zibo/ZB-02/home-without-ownership-fails-and-says-so", test_zb02_home_without_ownership);
  g_test_add_func ("/plugins/zibo/ZB-02/home-without-level-fails-and-says-so", test_zb02_home_without_level);
  g_test_add_func ("/plugins/zibo/ZB-02/home-without-ownership-or-level-fails-and-says-both", test_zb02_home_without_ownership_or_level);
  g_test_add_func ("/plugins/zibo/ZB-02/lead-without-home-institution-fails", test_zb02_lead_without_home);
  g_test_add_func ("/plugins/zibo/ZB-02/dangling-home-institution-is-left-to-XC-01", test_zb02_dangling_home_is_left_to_xc01);

  g_test_add_func ("/plugins/zibo/ZB-03/team-of-one-fails", test_zb03_team_of_one);
  g_test_add_func ("/plugins/zibo/ZB-03/team-of-two-passes", test_zb03_team_of_two);
  g_test_add_func ("/plugins/zibo/ZB-03/lead-listed-in-the-team-does-not-count", test_zb03_lead_listed_in_the_team);
  g_test_add_func ("/plugins/zibo/ZB-03/same-member-listed-twice-counts-once", test_zb03_same_member_twice);
  g_test_add_func ("/plugins/zibo/ZB-03/missing-member-listed-twice-counts-once",
                   test_zb03_missing_member_twice);
  g_test_add_func ("/plugins/zibo/ZB-03/station-without-team-fails", test_zb03_station_without_team);

  g_test_add_func ("/plugins/zibo/ZB-04/two-days-a-month-fails", test_zb04_two_days_a_month);
  g_test_add_func ("/plugins/zibo/ZB-04/exactly-three-days-a-month-passes", test_zb04_exactly_three_days_a_month);
  g_test_add_func ("/plugins/zibo/ZB-04/thirty-six-days-a-year-passes-and-35-fail", test_zb04_thirty_six_days_a_year);
  g_test_add_func ("/plugins/zibo/ZB-04/team-days-do-not-count-for-the-lead", test_zb04_team_days_do_not_count_for_the_lead);
  g_test_add_func ("/plugins/zibo/ZB-04/group-days-count-for-the-lead", test_zb04_group_days_count_for_the_lead);
  g_test_add_func ("/plugins/zibo/ZB-04/station-without-commitments-fails", test_zb04_station_without_commitments);

  g_test_add_func ("/plugins/zibo/ZB-05/eleven-months-fails", test_zb05_eleven_months);
  g_test_add_func ("/plugins/zibo/ZB-05/exactly-twelve-months-passes", test_zb05_exactly_twelve_months);
  g_test_add_func ("/plugins/zibo/ZB-05/residency-not-stated-fails", test_zb05_residency_not_stated);
  g_test_add_func ("/plugins/zibo/ZB-05/one-finding-per-member", test_zb05_one_finding_per_member);

  g_test_add_func ("/plugins/zibo/ZB-06/community-health-centre-host-fails", test_zb06_community_health_centre_host);
  g_test_add_func ("/plugins/zibo/ZB-06/hospital-host-fails", test_zb06_hospital_host);
  g_test_add_func ("/plugins/zibo/ZB-06/host-without-kind-fails", test_zb06_host_without_kind);
  g_test_add_func ("/plugins/zibo/ZB-06/station-without-host-fails", test_zb06_station_without_host);
  g_test_add_func ("/plugins/zibo/ZB-06/dangling-host-is-left-to-XC-01", test_zb06_dangling_host_is_left_to_xc01);

  g_test_add_func ("/plugins/zibo/ZB-07/health-centre-without-station-warns", test_zb07_health_centre_without_station);
  g_test_add_func ("/plugins/zibo/ZB-07/one-finding-lists-every-centre-without-station", test_zb07_one_finding_lists_every_centre);
  g_test_add_func ("/plugins/zibo/ZB-07/station-moving-away-uncovers-its-old-host", test_zb07_station_moving_uncovers_its_old_host);
  g_test_add_func ("/plugins/zibo/ZB-07/other-institutions-need-no-station", test_zb07_other_institutions_need_no_station);
  g_test_add_func ("/plugins/zibo/ZB-07/repeated-id-is-covered-with-the-first",
                   test_zb07_repeated_id_is_covered);

  g_test_add_func ("/plugins/zibo/ZB-08/specialty-the-host-did-not-ask-for-warns", test_zb08_specialty_the_host_did_not_ask_for);
  g_test_add_func ("/plugins/zibo/ZB-08/any-declared-need-will-do", test_zb08_any_declared_need_will_do);
  g_test_add_func ("/plugins/zibo/ZB-08/host-without-needs-raises-no-ZB-08", test_zb08_host_without_needs);
  g_test_add_func ("/plugins/zibo/ZB-08/needs-of-another-institution-do-not-count", test_zb08_needs_of_another_institution_do_not_count);
  g_test_add_func ("/plugins/zibo/ZB-08/station-without-specialty-warns", test_zb08_station_without_specialty);

  g_test_add_func ("/plugins/zibo/ZB-09/no-referral-booking-warns", test_zb09_no_referral_booking);
  g_test_add_func ("/plugins/zibo/ZB-09/no-remote-service-warns", test_zb09_no_remote_service);
  g_test_add_func ("/plugins/zibo/ZB-09/one-remote-service-is-enough", test_zb09_one_remote_service_is_enough);
  g_test_add_func ("/plugins/zibo/ZB-09/neither-is-one-finding", test_zb09_neither_is_one_finding);

  g_test_add_func ("/plugins/zibo/ZB-10/no-green-channel-warns", test_zb10_no_green_channel);
  g_test_add_func ("/plugins/zibo/ZB-10/station-without-services-warns", test_zb10_station_without_services);

  g_test_add_func ("/plugins/zibo/ZB-11/no-new-techniques-target-informs", test_zb11_no_new_techniques_target);
  g_test_add_func ("/plugins/zibo/ZB-11/zero-new-techniques-informs", test_zb11_zero_new_techniques);
  g_test_add_func ("/plugins/zibo/ZB-11/one-new-technique-passes", test_zb11_one_new_technique);

  return g_test_run ();
}
