/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Values worked out by hand from tests/data/huizhou-minimal.xcprog. */

static double
value_of (XcIndicators *indicators,
          XcIndicator   indicator)
{
  double value;

  g_assert_true (xc_indicators_get_value (indicators, indicator, &value));
  return value;
}

static void
test_fixture_indicators (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcIndicators) indicators = xc_indicators_new_for_programme (programme);

  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_UNITS), ==, 2);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_HOSTS), ==, 2);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_EXPERTS), ==, 6);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_EXPERTS_PER_HOST), ==, 3);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_SENIOR_SHARE), ==, 1.0);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_LEARNERS), ==, 4);
  /* no on_site_days: a day for each session in person, a team's shared by
   * its members: u-tcm 52/12 + 26/12 + 1/3 + 1 + 1; u-western 52/12 (the
   * group's) + 1/3 + 2/3 + 1 */
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_ONSITE_DAYS_PER_MONTH),
                                  53.0 / 6 + 52.0 / 12 + 2, 1e-9);
  /* u-tcm: 2 × (52/12 + 26/12) + 1 = 14; u-western: 2 × 52/12 + 2/3 */
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_SESSIONS_PER_MONTH),
                                  14 + 104.0 / 12 + 2.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_SESSIONS_PER_HOST_MONTH),
                                  (14 + 104.0 / 12 + 2.0 / 3) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_ONSITE_DAYS_PER_HOST_MONTH),
                                  (53.0 / 6 + 52.0 / 12 + 2) / 2, 1e-9);
  /* each studio: (1/3 + 1 + 1/3) × 12 = 20 */
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_TEACHING_PER_YEAR), 40, 1e-9);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_COVERAGE), ==, 1.0);
  g_assert_false (xc_indicators_get_value (indicators, XC_INDICATOR_NEEDS_MET, NULL));
  g_assert_false (xc_indicators_get_value (indicators, XC_INDICATOR_BUDGET_PER_HOST_YEAR, NULL));
  /* each of u-tcm's two team members: half of 53/6 */
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS),
                                  53.0 / 12, 1e-9);
}

static void
test_onsite_days_follow_roles (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcIndicators) indicators = NULL;
  g_autoptr(GHashTable) days = NULL;

  /* group: the lead and both team members, 3 a week each */
  xc_test_add_commitment (xc_test_unit (programme, "u-tcm"), "group", "on_site_days", 3, "week");

  days = xc_programme_compute_onsite_days (programme);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (days, "p-mentor-t"), 13, 1e-9);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (days, "p-team-t2"), 13, 1e-9);
  /* no on_site_days in u-western: a third of the group's weekly outpatient */
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (days, "p-mentor-w"),
                                  52.0 / 36, 1e-9);

  indicators = xc_indicators_new_for_programme (programme);
  /* u-tcm's on_site_days replace its sessions; u-western's 52/12 + 2 */
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_ONSITE_DAYS_PER_MONTH),
                                  39 + 52.0 / 12 + 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS), 13, 1e-9);
}

/* Where no on_site_days commitment covers an expert in a unit, each session
 * in person is a day on site; a remote consultation is not. */
static void
test_onsite_days_from_sessions (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  XcUnit *western = xc_test_unit (programme, "u-western");
  GHashTable *days;

#define DAYS(person) (*(double *) g_hash_table_lookup (days, person))
  xc_test_add_commitment (western, "lead", "remote_consultation", 20, "month");
  days = xc_programme_compute_onsite_days (programme);
  g_assert_cmpfloat_with_epsilon (DAYS ("p-mentor-w"), 52.0 / 36, 1e-9);
  g_hash_table_unref (days);

  xc_test_add_commitment (western, "lead", "outpatient", 10, "month");
  days = xc_programme_compute_onsite_days (programme);
  g_assert_cmpfloat_with_epsilon (DAYS ("p-mentor-w"), 10 + 52.0 / 36, 1e-9);
  /* the team's own: a third of the group's, half of 1/3 + 2/3 + 1 */
  g_assert_cmpfloat_with_epsilon (DAYS ("p-team-w1"), 52.0 / 36 + 1, 1e-9);
  g_hash_table_unref (days);

  /* the lead's explicit days replace the lead's sessions, not the team's */
  xc_test_add_commitment (western, "lead", "on_site_days", 2, "month");
  days = xc_programme_compute_onsite_days (programme);
  g_assert_cmpfloat (DAYS ("p-mentor-w"), ==, 2);
  g_assert_cmpfloat_with_epsilon (DAYS ("p-team-w1"), 52.0 / 36 + 1, 1e-9);
  g_hash_table_unref (days);
#undef DAYS
}

static void
test_senior_share_counts_titles (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcIndicators) indicators = NULL;

  xc_person_set_title (xc_programme_lookup_person (programme, "p-team-w1"), "attending");
  indicators = xc_indicators_new_for_programme (programme);
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_SENIOR_SHARE), 5.0 / 6, 1e-9);
}

static void
test_needs_met_and_coverage (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcIndicators) indicators = NULL;

  xc_test_add_need (programme, "i-hc-a", "tcm_internal");
  xc_test_add_need (programme, "i-hc-a", "dermatology");
  /* a third township health centre that hosts nothing */
  xc_test_add_institution (programme, "i-hc-c", "丙镇卫生院", "township_health_centre");

  indicators = xc_indicators_new_for_programme (programme);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_NEEDS_MET), ==, 0.5);
  g_assert_cmpfloat_with_epsilon (value_of (indicators, XC_INDICATOR_COVERAGE), 2.0 / 3, 1e-9);
}

static void
test_budget_per_host_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"s\", \"id\": \"d\","
    " \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 24},"
    " \"budget\": {\"total\": 2400000}, \"people\": [], \"needs\": [],"
    " \"institutions\": [{\"id\": \"h\", \"name\": \"h\", \"kind\": \"hospital\"}],"
    " \"units\": [{\"id\": \"a\", \"name\": \"a\", \"host\": \"h\"},"
    "            {\"id\": \"b\", \"name\": \"b\", \"host\": \"g\"}]}");
  g_autoptr(XcIndicators) indicators = xc_indicators_new_for_programme (programme);

  /* 2,400,000 over 2 hosts over 2 years */
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_BUDGET_PER_HOST_YEAR), ==, 600000);
  /* 2 hosts, no expert, no session: 0 of each per host */
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_EXPERTS_PER_HOST), ==, 0);
  g_assert_cmpfloat (value_of (indicators, XC_INDICATOR_SESSIONS_PER_HOST_MONTH), ==, 0);
  /* no experts: no share, no maximum; no health centres: no coverage */
  g_assert_false (xc_indicators_get_value (indicators, XC_INDICATOR_SENIOR_SHARE, NULL));
  g_assert_false (xc_indicators_get_value (indicators, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS, NULL));
  g_assert_false (xc_indicators_get_value (indicators, XC_INDICATOR_COVERAGE, NULL));
}

static void
test_comparison_marks_the_better_design (void)
{
  g_autoptr(XcProgramme) first = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcProgramme) second = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcComparison) comparison = xc_comparison_new ();

  xc_person_set_title (xc_programme_lookup_person (second, "p-team-w1"), "attending");
  xc_comparison_add_design (comparison, "first.xcprog", first);
  xc_comparison_add_design (comparison, "second.xcprog", second);

  g_assert_cmpuint (xc_comparison_get_n_designs (comparison), ==, 2);
  g_assert_cmpstr (xc_comparison_get_label (comparison, 1), ==, "second.xcprog");
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_SENIOR_SHARE), ==, 0);
  /* equal values: neither is better */
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_LEARNERS), ==, -1);
  /* no direction: units are neither better nor worse */
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_UNITS), ==, -1);
}

/* A design that sends nobody on site (no on_site_days, no session in
 * person): its expert load of 0 days is not lighter than Zibo's, there is
 * none to compare. */
static void
test_no_one_on_site_is_not_the_lightest_load (void)
{
  g_autoptr(XcProgramme) idle = xc_test_load_string (
    "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"s\", \"id\": \"d\","
    " \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 24},"
    " \"people\": [{\"id\": \"p\", \"name\": \"p\", \"title\": \"chief\", \"institution\": \"h\"}], \"needs\": [],"
    " \"institutions\": [{\"id\": \"h\", \"name\": \"h\", \"kind\": \"hospital\"}],"
    " \"units\": [{\"id\": \"a\", \"name\": \"a\", \"host\": \"h\", \"lead\": \"p\","
    "   \"commitments\": [{\"role\": \"lead\", \"activity\": \"remote_consultation\","
    "                      \"count\": 4, \"per\": \"month\"}]}]}");
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) nanan = xc_test_load_sample ("nanan-disciplines.xcprog");
  g_autoptr(XcComparison) comparison = xc_comparison_new ();

  xc_comparison_add_design (comparison, "idle", idle);
  xc_comparison_add_design (comparison, "zibo", zibo);
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS), ==, -1);
  /* Zibo's 4.3 days against Nan'an's 13 */
  xc_comparison_add_design (comparison, "nanan", nanan);
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS), ==, 1);
}

/* Nan'an's 169 on-site days beat Zibo's 116.7, but all 13 of its experts
 * break XC-04: its value is marked, not starred, and Zibo's alone is not
 * "better" than anything. Findings are counted per design. */
static void
test_comparison_never_stars_a_design_that_breaks_rules (void)
{
  g_autoptr(XcProgramme) zibo = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(XcProgramme) nanan = xc_test_load_sample ("nanan-disciplines.xcprog");
  g_autoptr(XcReport) zibo_report = xc_test_validate (zibo);
  g_autoptr(XcReport) nanan_report = xc_test_validate (nanan);
  g_autoptr(XcComparison) comparison = xc_comparison_new ();
  g_autofree char *caveat = NULL;
  guint n;

  xc_comparison_add_design (comparison, "zibo", zibo);
  xc_comparison_add_design (comparison, "nanan", nanan);
  /* findings not known yet: values alone decide, and no counts */
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_ONSITE_DAYS_PER_MONTH), ==, 1);
  g_assert_false (xc_comparison_get_count (comparison, 1, XC_FINDING_COUNT_ERRORS, &n));
  g_assert_null (xc_comparison_dup_caveat (comparison, 1, XC_INDICATOR_ONSITE_DAYS_PER_MONTH));

  xc_comparison_set_report (comparison, 0, zibo_report);
  xc_comparison_set_report (comparison, 1, nanan_report);
#define COUNT(design, count) (xc_comparison_get_count (comparison, design, count, &n) ? n : G_MAXUINT)
  g_assert_cmpuint (COUNT (1, XC_FINDING_COUNT_ERRORS), ==, 0);
  g_assert_cmpuint (COUNT (1, XC_FINDING_COUNT_WARNINGS), ==, 13);
  g_assert_cmpuint (COUNT (1, XC_FINDING_COUNT_ACCEPTED), ==, 0);
  g_assert_cmpuint (COUNT (0, XC_FINDING_COUNT_INFOS), ==, 9);
  g_assert_cmpuint (COUNT (0, XC_FINDING_COUNT_WARNINGS), ==, 0);
#undef COUNT

  caveat = xc_comparison_dup_caveat (comparison, 1, XC_INDICATOR_ONSITE_DAYS_PER_MONTH);
  g_assert_cmpstr (caveat, ==, "Breaks XC-04 × 13");
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_ONSITE_DAYS_PER_MONTH), ==, -1);
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS), ==, -1);
  /* XC-04 is not behind the share of senior experts: Nan'an keeps its star */
  g_assert_null (xc_comparison_dup_caveat (comparison, 1, XC_INDICATOR_SENIOR_SHARE));
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_SENIOR_SHARE), ==, 1);

  /* an error anywhere: no star for any of the design's values */
  xc_unit_set_host (xc_test_unit (nanan, "u-ortho"), "nowhere");
  g_clear_object (&nanan_report);
  nanan_report = xc_test_validate (nanan);
  xc_comparison_set_report (comparison, 1, nanan_report);
  g_clear_pointer (&caveat, g_free);
  caveat = xc_comparison_dup_caveat (comparison, 1, XC_INDICATOR_SENIOR_SHARE);
  g_assert_nonnull (caveat);
  g_assert_true (g_str_has_prefix (caveat, "Breaks XC-01 × "));
  g_assert_cmpint (xc_comparison_get_best (comparison, XC_INDICATOR_SENIOR_SHARE), ==, -1);
}

static void
test_indicator_keys_match_the_format (void)
{
  const char *keys[] = {
    /* the per-host figures are extensions (format-extensions.md) */
    "units", "hosts", "experts", "experts_per_host", "senior_share", "learners",
    "onsite_days_per_month", "onsite_days_per_host_month",
    "sessions_per_month", "sessions_per_host_month", "teaching_per_year", "coverage", "needs_met",
    "budget_per_host_year", "max_expert_onsite_days",
  };

  g_assert_cmpuint (G_N_ELEMENTS (keys), ==, XC_N_INDICATORS);
  for (XcIndicator i = 0; i < XC_N_INDICATORS; i++)
    g_assert_cmpstr (xc_indicator_get_key (i), ==, keys[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/indicators/fixture-values", test_fixture_indicators);
  g_test_add_func ("/core/indicators/onsite-days-follow-roles", test_onsite_days_follow_roles);
  g_test_add_func ("/core/indicators/onsite-days-from-sessions", test_onsite_days_from_sessions);
  g_test_add_func ("/core/indicators/senior-share-counts-titles", test_senior_share_counts_titles);
  g_test_add_func ("/core/indicators/needs-met-and-coverage", test_needs_met_and_coverage);
  g_test_add_func ("/core/indicators/budget-per-host-year", test_budget_per_host_year);
  g_test_add_func ("/core/indicators/no-one-on-site-is-not-the-lightest-load",
                   test_no_one_on_site_is_not_the_lightest_load);
  g_test_add_func ("/core/indicators/comparison-marks-the-better-design", test_comparison_marks_the_better_design);
  g_test_add_func ("/core/indicators/comparison-never-stars-a-design-that-breaks-rules",
                   test_comparison_never_stars_a_design_that_breaks_rules);
  g_test_add_func ("/core/indicators/keys-match-the-format", test_indicator_keys_match_the_format);

  return g_test_run ();
}
