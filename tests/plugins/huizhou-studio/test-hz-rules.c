/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-test-util.h"

/* Every test starts from tests/data/huizhou-minimal.xcprog: two clean
 * studios, u-tcm hosted at i-hc-a (a health centre with a ward) and
 * u-western hosted at i-hc-b (one without a ward). It checks that the rule
 * is silent, makes one change, and checks that the rule speaks, once, on the
 * right unit, with the severity of policy-rules.md. A "passes" case first
 * shows the rule alive on a value just across the boundary, so that every
 * test fails if the rule's check is taken out. */

/* The fixture is in tests/data, not tests/plugins: the core tests share it. */
#define PLUGIN NULL
#define FIXTURE "huizhou-minimal.xcprog"
/* Reported on every design, the fixture too: the HZ-19 info. */
#define ALWAYS_REPORTED "HZ-19"

/* Helpers */

/* A new senior colleague of the TCM mentor, on the team of @unit_id. */
static void
add_team_member (XcProgramme *programme,
                 const char  *unit_id,
                 const char  *person_id)
{
  g_autoptr(XcPerson) colleague = xc_person_new ();
  g_autoptr(XcTeamMember) member = xc_team_member_new ();

  xc_person_set_id (colleague, person_id);
  xc_person_set_name (colleague, person_id);
  xc_person_set_title (colleague, "chief");
  xc_person_set_institution (colleague, "i-city");
  xc_person_set_specialty (colleague, "tcm_internal");
  g_list_store_append (G_LIST_STORE (xc_programme_get_people (programme)), colleague);

  xc_team_member_set_person (member, person_id);
  g_list_store_append (xc_test_team (programme, unit_id), member);
}

static void
add_town (XcProgramme *programme,
          const char  *id,
          const char  *name)
{
  g_autoptr(XcTown) town = xc_town_new ();

  xc_town_set_id (town, id);
  xc_town_set_name (town, name);
  xc_town_set_county (town, "博罗县");
  g_list_store_append (G_LIST_STORE (xc_programme_get_towns (programme)), town);
}

/* Appends copies of u-tcm (same mentor, team, host) named u-tcm-2, u-tcm-3… */
static void
copy_tcm_studio_cb (JsonObject *root,
                    gpointer    data)
{
  JsonArray *units = json_object_get_array_member (root, "units");
  guint n_copies = GPOINTER_TO_UINT (data);
  JsonNode *original = NULL;

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      if (g_strcmp0 (json_object_get_string_member (unit, "id"), "u-tcm") == 0)
        original = json_array_get_element (units, i);
    }
  g_assert_nonnull (original);

  for (guint i = 0; i < n_copies; i++)
    {
      /* json_node_copy() would share the object: copy through text. */
      g_autofree char *text = json_to_string (original, FALSE);
      g_autoptr(GError) error = NULL;
      JsonNode *copy = json_from_string (text, &error);
      g_autofree char *id = g_strdup_printf ("u-tcm-%u", i + 2);

      g_assert_no_error (error);
      json_object_set_string_member (json_node_get_object (copy), "id", id);
      json_array_add_element (units, copy);
    }
}

static XcProgramme *
with_tcm_studio_copies (XcProgramme *programme,
                        guint        n_copies)
{
  return xc_test_reload_json (programme, copy_tcm_studio_cb, GUINT_TO_POINTER (n_copies));
}

static void
remove_member_cb (JsonObject *root,
                  gpointer    data)
{
  g_assert_true (json_object_has_member (root, data));
  json_object_remove_member (root, data);
}

/* Removes facilities.teaching_room_m2 from u-tcm. */
static void
remove_teaching_room_cb (JsonObject *root,
                         gpointer    data)
{
  JsonObject *unit = xc_test_unit_json (root, "u-tcm");

  json_object_remove_member (json_object_get_object_member (unit, "facilities"),
                             "teaching_room_m2");
}

/* The fixture and the rule table */

static void
test_fixture_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data (FIXTURE);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  g_autoptr(XcFinding) finding = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
  finding = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_assert_cmpstr (xc_finding_get_rule_id (finding), ==, "HZ-19");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_INFO);
}

static void
test_sample_design_is_clean (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  g_assert_cmpstr (xc_programme_get_scheme (programme), ==, "huizhou-studio");
  xc_test_assert_no_errors (report);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_units (programme)), ==, 24);
}

static void
test_rule_table_matches_policy (void)
{
  static const XcTestPolicyRule policy[] = {
    { "HZ-01", XC_SEVERITY_ERROR, NULL },
    { "HZ-02", XC_SEVERITY_WARNING, NULL },
    { "HZ-03", XC_SEVERITY_ERROR, NULL },
    { "HZ-04", XC_SEVERITY_ERROR, NULL },
    { "HZ-05", XC_SEVERITY_WARNING, NULL },
    { "HZ-06", XC_SEVERITY_ERROR, NULL },
    { "HZ-07", XC_SEVERITY_ERROR, NULL },
    { "HZ-08", XC_SEVERITY_ERROR, NULL },
    { "HZ-09", XC_SEVERITY_ERROR, NULL },
    { "HZ-09W", XC_SEVERITY_WARNING, NULL },
    { "HZ-10", XC_SEVERITY_ERROR, NULL },
    { "HZ-11", XC_SEVERITY_ERROR, NULL },
    { "HZ-12", XC_SEVERITY_ERROR, NULL },
    { "HZ-13", XC_SEVERITY_ERROR, NULL },
    { "HZ-14", XC_SEVERITY_WARNING, NULL },
    { "HZ-15", XC_SEVERITY_WARNING, NULL },
    { "HZ-16", XC_SEVERITY_WARNING, NULL },
    { "HZ-17", XC_SEVERITY_ERROR, NULL },
    { "HZ-18", XC_SEVERITY_WARNING, NULL },
    { "HZ-19", XC_SEVERITY_INFO, NULL },
  };

  xc_test_assert_rule_table ("huizhou-studio", policy, G_N_ELEMENTS (policy),
                             "000_cf89c40f7fd5c8e1.txt");
}

/* HZ-01: the mentor's honour */

static void
test_hz01_tcm_mentor_without_honour (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_honours (xc_test_person (programme, "p-mentor-t"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-01", "u-tcm", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-mentor-t");
  xc_test_assert_nothing_else (report, "HZ-01", ALWAYS_REPORTED);
}

static void
test_hz01_tcm_mentor_who_is_a_famous_doctor (void)
{
  const char * const famous_doctor[] = { "municipal_famous_doctor", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_honours (xc_test_person (programme, "p-mentor-t"), famous_doctor);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-01", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-01", ALWAYS_REPORTED);
}

static void
test_hz01_tcm_mentor_with_provincial_honour (void)
{
  const char * const provincial[] = { "provincial_famous_tcm", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");

  xc_person_set_honours (xc_test_person (programme, "p-mentor-t"), NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-01", "u-tcm"), ==, 1);

  xc_person_set_honours (xc_test_person (programme, "p-mentor-t"), provincial);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-01", NULL), ==, 0);
}

static void
test_hz01_western_mentor_without_honour (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_honours (xc_test_person (programme, "p-mentor-w"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-01", "u-western", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-mentor-w");
  xc_test_assert_nothing_else (report, "HZ-01", ALWAYS_REPORTED);
}

static void
test_hz01_western_mentor_who_is_a_famous_tcm_doctor (void)
{
  const char * const famous_tcm[] = { "municipal_famous_tcm", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_honours (xc_test_person (programme, "p-mentor-w"), famous_tcm);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-01", "u-western", XC_SEVERITY_ERROR);
}

static void
test_hz01_western_mentor_with_provincial_honour (void)
{
  const char * const provincial[] = { "provincial_famous_doctor", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");

  xc_person_set_honours (xc_test_person (programme, "p-mentor-w"), NULL);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-01", "u-western"), ==, 1);

  xc_person_set_honours (xc_test_person (programme, "p-mentor-w"), provincial);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-01", NULL), ==, 0);
}

static void
test_hz01_studio_without_mentor (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_lead (xc_test_unit (programme, "u-tcm"), NULL);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-01", "u-tcm", XC_SEVERITY_ERROR);
}

static void
test_hz01_unknown_variant (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-01");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_variant (xc_test_unit (programme, "u-tcm"), "dental");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-01", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "dental");
}

/* HZ-02: at most two studios a mentor */

static void
test_hz02_mentor_of_three_studios (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-02");
  g_autoptr(XcProgramme) programme = with_tcm_studio_copies (fixture, 2);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "HZ-02", "u-tcm-3", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-mentor-t");
  xc_test_assert_message_contains (finding, "3 studios");
  /* The copies share the team, and its weekly sessions in person put each
   * member on site 3 × 53/12 days a month: XC-04, nothing else. */
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) other = g_list_model_get_item (G_LIST_MODEL (report), i);

      g_assert_true (g_strv_contains ((const char *[]) { "HZ-02", "XC-04", ALWAYS_REPORTED, NULL },
                                      xc_finding_get_rule_id (other)));
    }
}

static void
test_hz02_mentor_of_two_studios (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-02");
  g_autoptr(XcProgramme) programme = with_tcm_studio_copies (fixture, 1);

  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-02", NULL), ==, 0);

  /* A third studio for the same mentor: the rule is alive. */
  xc_unit_set_lead (xc_test_unit (programme, "u-western"), "p-mentor-t");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-02", "u-tcm-2"), ==, 1);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-02", NULL), ==, 1);
}

/* HZ-03: a team of 2 to 5 */

static void
test_hz03_team_of_one (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-tcm"))), 1);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-03", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "1 member besides the mentor;");
  xc_test_assert_nothing_else (report, "HZ-03", ALWAYS_REPORTED);
}

static void
test_hz03_team_of_two (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-03");

  /* The fixture's teams have two members each: one more removal fails. */
  g_list_store_remove (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-tcm"))), 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-03", "u-tcm"), ==, 1);

  add_team_member (programme, "u-tcm", "p-team-t3");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-03", NULL), ==, 0);
}

static void
test_hz03_team_of_five (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-03");
  g_autoptr(XcReport) report = NULL;

  add_team_member (programme, "u-tcm", "p-team-t3");
  add_team_member (programme, "u-tcm", "p-team-t4");
  add_team_member (programme, "u-tcm", "p-team-t5");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "HZ-03", NULL), ==, 0);
  xc_test_assert_nothing_else (report, "HZ-03", ALWAYS_REPORTED);

  add_team_member (programme, "u-tcm", "p-team-t6");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-03", "u-tcm"), ==, 1);
}

static void
test_hz03_team_of_six (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  for (guint i = 3; i <= 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("p-team-t%u", i);

      add_team_member (programme, "u-tcm", id);
    }
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-03", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "6 members");
  xc_test_assert_nothing_else (report, "HZ-03", ALWAYS_REPORTED);
}

static void
test_hz03_empty_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-03");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  g_list_store_remove_all (G_LIST_STORE (xc_unit_get_team (xc_test_unit (programme, "u-western"))));
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-03", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "0 members");
}

/* HZ-04: a senior team */

static void
test_hz04_attending_team_member (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-04");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_title (xc_test_person (programme, "p-team-t1"), "attending");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-04", "u-tcm", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-team-t1");
  xc_test_assert_nothing_else (report, "HZ-04", ALWAYS_REPORTED);
}

static void
test_hz04_team_member_without_title (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-04");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_title (xc_test_person (programme, "p-team-w2"), "none");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-04", "u-western", XC_SEVERITY_ERROR);
}

static void
test_hz04_deputy_chief_team_member (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-04");

  xc_person_set_title (xc_test_person (programme, "p-team-t2"), "attending");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-04", "u-tcm"), ==, 1);

  xc_person_set_title (xc_test_person (programme, "p-team-t2"), "deputy_chief");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-04", NULL), ==, 0);
}

/* HZ-05: the mentor's specialty */

static void
test_hz05_team_member_of_another_specialty (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-05");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_specialty (xc_test_person (programme, "p-team-t2"), "cardiology");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-05", "u-tcm", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-team-t2");
  xc_test_assert_message_contains (finding, "Cardiology");
  xc_test_assert_message_contains (finding, "TCM internal medicine");
  xc_test_assert_nothing_else (report, "HZ-05", ALWAYS_REPORTED);
}

static void
test_hz05_team_member_without_specialty (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-05");
  g_autoptr(XcReport) report = NULL;

  xc_person_set_specialty (xc_test_person (programme, "p-team-w1"), NULL);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-05", "u-western", XC_SEVERITY_WARNING);
}

/* HZ-06: the team's weekly outpatient session */

static void
test_hz06_outpatient_once_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_per (xc_test_commitment (programme, "u-tcm", "team", "outpatient"), "month");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-06", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-06", ALWAYS_REPORTED);
}

static void
test_hz06_outpatient_four_times_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  XcCommitment *outpatient = xc_test_commitment (programme, "u-tcm", "team", "outpatient");
  g_autoptr(XcReport) report = NULL;

  /* Four a month is 48 a year, short of one every week (52). */
  xc_commitment_set_count (outpatient, 4);
  xc_commitment_set_per (outpatient, "month");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-06", "u-tcm", XC_SEVERITY_ERROR);
}

static void
test_hz06_outpatient_52_times_a_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  XcCommitment *outpatient = xc_test_commitment (programme, "u-tcm", "team", "outpatient");

  xc_commitment_set_per (outpatient, "year");
  xc_commitment_set_count (outpatient, 51);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", "u-tcm"), ==, 1);

  xc_commitment_set_count (outpatient, 52);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", NULL), ==, 0);
}

static void
test_hz06_outpatients_split_over_commitments (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  XcCommitment *outpatient = xc_test_commitment (programme, "u-tcm", "team", "outpatient");

  /* 24 + 7 a year and 5 a quarter: 51 a year, one short of weekly. */
  xc_commitment_set_count (outpatient, 24);
  xc_commitment_set_per (outpatient, "year");
  xc_test_add_commitment (xc_test_unit (programme, "u-tcm"), "team", "outpatient", 7, "year");
  xc_test_add_commitment (xc_test_unit (programme, "u-tcm"), "team", "outpatient", 5, "quarter");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", "u-tcm"), ==, 1);

  /* 25 + 7 + 4 × 5 = 52 a year, weekly, though the sum of the monthly
   * rates rounds to just under 52/12. */
  xc_commitment_set_count (outpatient, 25);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", NULL), ==, 0);
}

static void
test_hz06_no_team_outpatient (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  g_autoptr(XcReport) report = NULL;

  /* The learners' weekly outpatient does not count for the team. */
  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "outpatient"), 0);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-06", "u-tcm", XC_SEVERITY_ERROR);
}

static void
test_hz06_group_role_counts_for_team (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-06");
  XcCommitment *outpatient = xc_test_commitment (programme, "u-western", "group", "outpatient");

  /* u-western's only outpatient commitment is the group's. The mentor
   * alone does not count for the team… */
  xc_commitment_set_role (outpatient, "lead");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", "u-western"), ==, 1);

  /* …the mentor and the team together do. */
  xc_commitment_set_role (outpatient, "group");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-06", NULL), ==, 0);
}

/* HZ-07: the fortnightly ward round, where there is a ward */

static void
test_hz07_ward_round_once_a_month (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-07");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_per (xc_test_commitment (programme, "u-tcm", "team", "ward_round"), "month");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-07", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-07", ALWAYS_REPORTED);
}

static void
test_hz07_host_gaining_a_ward_needs_ward_rounds (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-07");
  g_autoptr(XcReport) report = NULL;

  xc_institution_set_has_ward (xc_test_institution (programme, "i-hc-b"), TRUE);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-07", "u-western", XC_SEVERITY_ERROR);
}

static void
test_hz07_host_without_ward_needs_no_ward_round (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-07");

  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "ward_round"), 0);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-07", "u-tcm"), ==, 1);

  /* The weekly outpatient session stands in for the ward round. */
  xc_institution_set_has_ward (xc_test_institution (programme, "i-hc-a"), FALSE);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-07", NULL), ==, 0);
}

/* HZ-08: a seminar or lecture a quarter */

static void
test_hz08_no_seminar (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-08");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "seminar"), 0);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-08", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-08", ALWAYS_REPORTED);
}

static void
test_hz08_three_lectures_a_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-08");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_count (xc_test_commitment (programme, "u-western", "team", "training_class"),
                           3);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-08", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-08", ALWAYS_REPORTED);
}

static void
test_hz08_four_lectures_a_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-08");
  XcCommitment *lectures = xc_test_commitment (programme, "u-western", "team", "training_class");

  xc_commitment_set_count (lectures, 3);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-08", "u-western"), ==, 1);

  xc_commitment_set_count (lectures, 4);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-08", NULL), ==, 0);
}

/* HZ-09: two learners */

static void
test_hz09_one_learner (void)
{
  const char * const one[] = { "p-learner-a1", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_learners (xc_test_unit (programme, "u-tcm"), one);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-09", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "1 learner;");
  xc_test_assert_nothing_else (report, "HZ-09", ALWAYS_REPORTED);
}

static void
test_hz09_no_learners (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-09");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_learners (xc_test_unit (programme, "u-western"), NULL);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-09", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "0 learners");
}

/* HZ-09W: learners from the host */

static void
test_hz09w_learner_from_elsewhere (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-09W");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_person_set_institution (xc_test_person (programme, "p-learner-a2"), "i-hc-b");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-09W", "u-tcm", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-learner-a2");
  /* A warning, not the error of HZ-09: the studio still has two learners. */
  g_assert_cmpuint (xc_test_count (report, "HZ-09", NULL), ==, 0);
  xc_test_assert_nothing_else (report, "HZ-09W", ALWAYS_REPORTED);
}

/* HZ-10: the learners' commitments */

static void
test_hz10_learners_without_outpatient (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_per (xc_test_commitment (programme, "u-tcm", "learners", "outpatient"),
                         "month");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-10", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "outpatient");
  xc_test_assert_nothing_else (report, "HZ-10", ALWAYS_REPORTED);
}

static void
test_hz10_learners_seminar_once_a_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_per (xc_test_commitment (programme, "u-western", "learners", "seminar"),
                         "year");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-10", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "seminar");
}

static void
test_hz10_one_finding_per_missing_commitment (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-10");
  g_autoptr(XcReport) report = NULL;

  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "learners", "outpatient"), 0);
  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "learners", "ward_round"), 0);
  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "learners", "seminar"), 0);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "HZ-10", "u-tcm"), ==, 3);
  g_assert_cmpuint (xc_test_count (report, "HZ-10", NULL), ==, 3);
  g_assert_cmpuint (xc_report_count_rule (report, "HZ-10"), ==, 3);
}

static void
test_hz10_ward_rounds_only_where_there_is_a_ward (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-10");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  /* u-western's learners commit to no ward round: its host has no ward. */
  xc_institution_set_has_ward (xc_test_institution (programme, "i-hc-b"), TRUE);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-10", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "ward round");
}

/* HZ-11: the teaching consultation room */

static void
test_hz11_14_5_m2 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-11");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_teaching_room_m2 (xc_test_unit (programme, "u-western"), 14.5);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-11", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "14.5");
  xc_test_assert_nothing_else (report, "HZ-11", ALWAYS_REPORTED);
}

static void
test_hz11_exactly_15_m2 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-11");
  XcUnit *unit = xc_test_unit (programme, "u-western");

  xc_unit_set_teaching_room_m2 (unit, 14.99);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-11", "u-western"), ==, 1);

  xc_unit_set_teaching_room_m2 (unit, 15);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-11", NULL), ==, 0);
}

static void
test_hz11_no_teaching_room (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-11");
  g_autoptr(XcProgramme) programme = xc_test_reload_json (fixture, remove_teaching_room_cb, NULL);
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  g_assert_cmpfloat (xc_unit_get_teaching_room_m2 (xc_test_unit (programme, "u-tcm")), <, 0);
  finding = xc_test_assert_one_finding (report, "HZ-11", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "no teaching consultation room");
  xc_test_assert_nothing_else (report, "HZ-11", ALWAYS_REPORTED);
}

/* HZ-12: the reading room */

static void
test_hz12_no_reading_room (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-12");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_reading_room (xc_test_unit (programme, "u-tcm"), FALSE);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-12", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_nothing_else (report, "HZ-12", ALWAYS_REPORTED);
}

/* HZ-13: the equipment */

static void
test_hz13_one_finding_names_every_missing_item (void)
{
  const char * const computer_only[] = { "computer", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-13");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_equipment (xc_test_unit (programme, "u-tcm"), computer_only);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-13", "u-tcm", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "broadband");
  xc_test_assert_message_contains (finding, "audio-visual capture system");
  xc_test_assert_message_contains (finding, "recording device");
  xc_test_assert_message_lacks (finding, "computer");
  xc_test_assert_nothing_else (report, "HZ-13", ALWAYS_REPORTED);
}

static void
test_hz13_missing_recorder (void)
{
  const char * const no_recorder[] = { "computer", "broadband", "av_capture", "projector", NULL };
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-13");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_equipment (xc_test_unit (programme, "u-western"), no_recorder);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-13", "u-western", XC_SEVERITY_ERROR);
  xc_test_assert_message_contains (finding, "recording device");
  xc_test_assert_message_lacks (finding, "broadband");
}

/* HZ-14: two years */

static void
test_hz14_build_period_of_36_months (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-14");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_months (programme, 36);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-14", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "36");
  xc_test_assert_nothing_else (report, "HZ-14", ALWAYS_REPORTED);
}

static void
test_hz14_build_period_of_one_year (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-14");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_months (programme, 12);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-14", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "12 months");
}

static void
test_hz14_studio_with_a_12_month_period (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-14");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_months (xc_test_unit (programme, "u-tcm"), 12);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-14", "u-tcm", XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "HZ-14", ALWAYS_REPORTED);
}

static void
test_hz14_studio_with_a_24_month_period (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-14");
  XcUnit *unit = xc_test_unit (programme, "u-western");

  xc_unit_set_months (unit, 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-14", "u-western"), ==, 1);

  xc_unit_set_months (unit, 24);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-14", NULL), ==, 0);
}

/* HZ-15: acceptance */

static void
test_hz15_planned_month_25 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_planned_acceptance_month (programme, 25);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-15", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "25");
  xc_test_assert_nothing_else (report, "HZ-15", ALWAYS_REPORTED);
}

static void
test_hz15_planned_month_11 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");
  g_autoptr(XcReport) report = NULL;

  xc_programme_set_planned_acceptance_month (programme, 11);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-15", NULL, XC_SEVERITY_WARNING);
}

static void
test_hz15_planned_months_12_and_24 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");

  xc_programme_set_planned_acceptance_month (programme, 11);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-15", NULL), ==, 1);
  xc_programme_set_planned_acceptance_month (programme, 12);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-15", NULL), ==, 0);

  xc_programme_set_planned_acceptance_month (programme, 25);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-15", NULL), ==, 1);
  xc_programme_set_planned_acceptance_month (programme, 24);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-15", NULL), ==, 0);
}

static void
test_hz15_applied_for_by_someone_else (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_acceptance_applicant (programme, "studio");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-15", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "county health authority");
  xc_test_assert_nothing_else (report, "HZ-15", ALWAYS_REPORTED);
}

static void
test_hz15_no_third_party (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_third_party_acceptance (programme, FALSE);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-15", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "third party");
  xc_test_assert_nothing_else (report, "HZ-15", ALWAYS_REPORTED);
}

static void
test_hz15_no_acceptance_planned (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-15");
  g_autoptr(XcProgramme) programme = xc_test_reload_json (fixture, remove_member_cb,
                                                          (gpointer) "acceptance");
  g_autoptr(XcReport) report = xc_test_validate (programme);

  xc_test_assert_one_finding (report, "HZ-15", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_nothing_else (report, "HZ-15", ALWAYS_REPORTED);
}

/* HZ-16: every town covered */

static void
test_hz16_town_without_studio (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-16");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_town (programme, "t-c", "丙镇");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-16", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "1 town has no studio");
  xc_test_assert_message_contains (finding, "丙镇");
  xc_test_assert_message_lacks (finding, "甲镇");
  xc_test_assert_nothing_else (report, "HZ-16", ALWAYS_REPORTED);
}

static void
test_hz16_one_finding_lists_every_uncovered_town (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-16");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_town (programme, "t-c", "丙镇");
  add_town (programme, "t-d", "丁镇");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-16", NULL, XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "2 towns");
  xc_test_assert_message_contains (finding, "丙镇");
  xc_test_assert_message_contains (finding, "丁镇");
}

static void
test_hz16_serves_towns_covers_a_town_without_a_centre (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-16");
  g_autoptr(JsonArray) served = json_array_new ();

  add_town (programme, "t-c", "丙镇");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-16", NULL), ==, 1);

  json_array_add_string_element (served, "t-c");
  xc_record_set_ext_member (XC_RECORD (xc_test_unit (programme, "u-western")), "serves_towns",
                            json_node_init_array (json_node_alloc (), served));
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-16", NULL), ==, 0);
}

/* HZ-17: the host */

static void
test_hz17_host_that_is_not_a_health_centre (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-17");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_institution_set_kind (xc_test_institution (programme, "i-hc-a"), "community_health_centre");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-17", "u-tcm", XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "i-hc-a");
  xc_test_assert_nothing_else (report, "HZ-17", ALWAYS_REPORTED);
}

static void
test_hz17_host_outside_the_region (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-17");
  g_autoptr(XcReport) report = NULL;

  xc_institution_set_town (xc_test_institution (programme, "i-hc-b"), "t-elsewhere");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-17", "u-western", XC_SEVERITY_ERROR);
}

static void
test_hz17_host_outside_the_counties (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-17");
  g_autoptr(XcReport) report = NULL;

  /* Without towns, the region is its counties. */
  g_list_store_remove_all (G_LIST_STORE (xc_programme_get_towns (programme)));
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-17", NULL), ==, 0);

  xc_institution_set_county (xc_test_institution (programme, "i-hc-a"), "龙门县");
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-17", "u-tcm", XC_SEVERITY_ERROR);
}

static void
test_hz17_studio_without_host (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-17");
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (programme, "u-tcm"), NULL);
  report = xc_test_validate (programme);
  xc_test_assert_one_finding (report, "HZ-17", "u-tcm", XC_SEVERITY_ERROR);
}

/* HZ-18: consultations and note reviews */

static void
test_hz18_no_consultations (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-18");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "consultation"), 0);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-18", "u-tcm", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "consultations");
  xc_test_assert_message_lacks (finding, "notes");
  xc_test_assert_nothing_else (report, "HZ-18", ALWAYS_REPORTED);
}

static void
test_hz18_no_note_reviews (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-18");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_role (xc_test_commitment (programme, "u-western", "team", "teaching_review"),
                          "learners");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-18", "u-western", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "notes");
  xc_test_assert_message_lacks (finding, "consultations");
  xc_test_assert_nothing_else (report, "HZ-18", ALWAYS_REPORTED);
}

static void
test_hz18_one_finding_names_both (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-18");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "consultation"), 0);
  xc_commitment_set_count (xc_test_commitment (programme, "u-tcm", "team", "teaching_review"), 0);
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-18", "u-tcm", XC_SEVERITY_WARNING);
  xc_test_assert_message_contains (finding, "consultations");
  xc_test_assert_message_contains (finding, "notes");
}

/* HZ-19: the variant counts */

static void
test_hz19_reports_variant_counts (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data (FIXTURE);
  g_autoptr(XcReport) before = xc_test_validate (programme);
  g_autoptr(XcReport) after = NULL;
  XcFinding *finding;

  finding = xc_test_assert_one_finding (before, "HZ-19", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "1 famous-doctor studios and 1 famous-TCM-doctor studios");

  xc_unit_set_variant (xc_test_unit (programme, "u-western"), "tcm");
  after = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (after, "HZ-19", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "0 famous-doctor studios and 2 famous-TCM-doctor studios");
}

static void
test_hz19_sample_has_twelve_of_each (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding;

  finding = xc_test_assert_one_finding (report, "HZ-19", NULL, XC_SEVERITY_INFO);
  xc_test_assert_message_contains (finding,
                                   "12 famous-doctor studios and 12 famous-TCM-doctor studios");
}

/* Added for review findings: people are counted once, the mentor not at all. */
static void
test_hz03_repeated_member_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) before = xc_test_validate (programme);
  g_autoptr(XcReport) after = NULL;
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  g_autoptr(XcTeamMember) second = g_list_model_get_item (xc_unit_get_team (unit), 1);

  g_assert_cmpuint (xc_test_count (before, "HZ-03", "u-tcm"), ==, 0);
  xc_team_member_set_person (second, "p-team-t1");
  after = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (after, "HZ-03", "u-tcm"), ==, 1);
}

static void
test_hz03_mentor_on_team_does_not_count (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  g_autoptr(XcTeamMember) second = g_list_model_get_item (xc_unit_get_team (unit), 1);

  xc_team_member_set_person (second, "p-mentor-t");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "HZ-03", "u-tcm"), ==, 1);
}

static void
test_hz09_repeated_learner_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) report = NULL;
  const char *learners[] = { "p-learner-a1", "p-learner-a1", NULL };

  xc_unit_set_learners (xc_test_unit (programme, "u-tcm"), learners);
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "HZ-09", "u-tcm"), ==, 1);
}

/* People the design lacks (XC-01) are counted by id: once each. */
static void
test_hz03_repeated_missing_member_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (programme, "u-tcm");
  g_autoptr(XcTeamMember) first = g_list_model_get_item (xc_unit_get_team (unit), 0);
  g_autoptr(XcTeamMember) second = g_list_model_get_item (xc_unit_get_team (unit), 1);

  g_assert_cmpuint (g_list_model_get_n_items (xc_unit_get_team (unit)), ==, 2);
  xc_team_member_set_person (first, "p-nobody");
  xc_team_member_set_person (second, "p-nobody-2");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-03", "u-tcm"), ==, 0);

  xc_team_member_set_person (second, "p-nobody");
  report = xc_test_validate (programme);
  g_assert_cmpuint (xc_test_count (report, "HZ-03", "u-tcm"), ==, 1);
}

static void
test_hz09_repeated_missing_learner_counts_once (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  const char *distinct[] = { "p-nobody", "p-nobody-2", NULL };
  const char *repeated[] = { "p-nobody", "p-nobody", NULL };

  xc_unit_set_learners (xc_test_unit (programme, "u-tcm"), distinct);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-09", "u-tcm"), ==, 0);

  xc_unit_set_learners (xc_test_unit (programme, "u-tcm"), repeated);
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-09", "u-tcm"), ==, 1);
}

/* A mentor the design lacks (XC-01) is counted by id too. */
static void
test_hz02_missing_mentor_of_three_studios (void)
{
  g_autoptr(XcProgramme) fixture = xc_test_load_clean_fixture (PLUGIN, FIXTURE, "HZ-02");
  g_autoptr(XcProgramme) programme = with_tcm_studio_copies (fixture, 2);
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_lead (xc_test_unit (programme, "u-tcm"), "p-nobody");
  xc_unit_set_lead (xc_test_unit (programme, "u-tcm-2"), "p-nobody");
  g_assert_cmpuint (xc_test_count_after_validation (programme, "HZ-02", NULL), ==, 0);

  xc_unit_set_lead (xc_test_unit (programme, "u-tcm-3"), "p-nobody");
  report = xc_test_validate (programme);
  finding = xc_test_assert_one_finding (report, "HZ-02", "u-tcm-3", XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-nobody");
  xc_test_assert_message_contains (finding, "The mentor p-nobody leads 3 studios");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plugins/huizhou/fixture-is-clean", test_fixture_is_clean);
  g_test_add_func ("/plugins/huizhou/sample-design-is-clean", test_sample_design_is_clean);
  g_test_add_func ("/plugins/huizhou/rule-table-matches-policy", test_rule_table_matches_policy);

  g_test_add_func ("/plugins/huizhou/HZ-01/tcm-mentor-without-honour-fails",
                   test_hz01_tcm_mentor_without_honour);
  g_test_add_func ("/plugins/huizhou/HZ-01/tcm-mentor-who-is-a-famous-doctor-fails",
                   test_hz01_tcm_mentor_who_is_a_famous_doctor);
  g_test_add_func ("/plugins/huizhou/HZ-01/tcm-mentor-with-provincial-honour-passes",
                   test_hz01_tcm_mentor_with_provincial_honour);
  g_test_add_func ("/plugins/huizhou/HZ-01/western-mentor-without-honour-fails",
                   test_hz01_western_mentor_without_honour);
  g_test_add_func ("/plugins/huizhou/HZ-01/western-mentor-who-is-a-famous-tcm-doctor-fails",
                   test_hz01_western_mentor_who_is_a_famous_tcm_doctor);
  g_test_add_func ("/plugins/huizhou/HZ-01/western-mentor-with-provincial-honour-passes",
                   test_hz01_western_mentor_with_provincial_honour);
  g_test_add_func ("/plugins/huizhou/HZ-01/studio-without-mentor-fails",
                   test_hz01_studio_without_mentor);
  g_test_add_func ("/plugins/huizhou/HZ-01/unknown-variant-fails", test_hz01_unknown_variant);

  g_test_add_func ("/plugins/huizhou/HZ-02/mentor-of-three-studios-warns-on-the-third",
                   test_hz02_mentor_of_three_studios);
  g_test_add_func ("/plugins/huizhou/HZ-02/mentor-of-two-studios-passes",
                   test_hz02_mentor_of_two_studios);

  g_test_add_func ("/plugins/huizhou/HZ-03/team-of-one-fails", test_hz03_team_of_one);
  g_test_add_func ("/plugins/huizhou/HZ-03/team-of-two-passes", test_hz03_team_of_two);
  g_test_add_func ("/plugins/huizhou/HZ-03/team-of-five-passes", test_hz03_team_of_five);
  g_test_add_func ("/plugins/huizhou/HZ-03/team-of-six-fails", test_hz03_team_of_six);
  g_test_add_func ("/plugins/huizhou/HZ-03/empty-team-fails", test_hz03_empty_team);

  g_test_add_func ("/plugins/huizhou/HZ-04/attending-team-member-fails",
                   test_hz04_attending_team_member);
  g_test_add_func ("/plugins/huizhou/HZ-04/team-member-without-title-fails",
                   test_hz04_team_member_without_title);
  g_test_add_func ("/plugins/huizhou/HZ-04/deputy-chief-team-member-passes",
                   test_hz04_deputy_chief_team_member);

  g_test_add_func ("/plugins/huizhou/HZ-05/team-member-of-another-specialty-warns",
                   test_hz05_team_member_of_another_specialty);
  g_test_add_func ("/plugins/huizhou/HZ-05/team-member-without-specialty-warns",
                   test_hz05_team_member_without_specialty);

  g_test_add_func ("/plugins/huizhou/HZ-06/outpatient-once-a-month-fails",
                   test_hz06_outpatient_once_a_month);
  g_test_add_func ("/plugins/huizhou/HZ-06/outpatient-four-times-a-month-fails",
                   test_hz06_outpatient_four_times_a_month);
  g_test_add_func ("/plugins/huizhou/HZ-06/outpatient-52-times-a-year-passes",
                   test_hz06_outpatient_52_times_a_year);
  g_test_add_func ("/plugins/huizhou/HZ-06/outpatients-split-over-commitments-add-up",
                   test_hz06_outpatients_split_over_commitments);
  g_test_add_func ("/plugins/huizhou/HZ-06/learners-outpatient-does-not-count-for-team",
                   test_hz06_no_team_outpatient);
  g_test_add_func ("/plugins/huizhou/HZ-06/group-role-counts-for-team",
                   test_hz06_group_role_counts_for_team);

  g_test_add_func ("/plugins/huizhou/HZ-07/ward-round-once-a-month-fails",
                   test_hz07_ward_round_once_a_month);
  g_test_add_func ("/plugins/huizhou/HZ-07/host-gaining-a-ward-needs-ward-rounds",
                   test_hz07_host_gaining_a_ward_needs_ward_rounds);
  g_test_add_func ("/plugins/huizhou/HZ-07/host-without-ward-needs-no-ward-round",
                   test_hz07_host_without_ward_needs_no_ward_round);

  g_test_add_func ("/plugins/huizhou/HZ-08/no-seminar-fails", test_hz08_no_seminar);
  g_test_add_func ("/plugins/huizhou/HZ-08/three-lectures-a-year-fail",
                   test_hz08_three_lectures_a_year);
  g_test_add_func ("/plugins/huizhou/HZ-08/four-lectures-a-year-pass",
                   test_hz08_four_lectures_a_year);

  g_test_add_func ("/plugins/huizhou/HZ-09/one-learner-fails", test_hz09_one_learner);
  g_test_add_func ("/plugins/huizhou/HZ-09/no-learners-fails", test_hz09_no_learners);
  g_test_add_func ("/plugins/huizhou/HZ-09W/learner-from-elsewhere-warns",
                   test_hz09w_learner_from_elsewhere);

  g_test_add_func ("/plugins/huizhou/HZ-10/learners-outpatient-once-a-month-fails",
                   test_hz10_learners_without_outpatient);
  g_test_add_func ("/plugins/huizhou/HZ-10/learners-seminar-once-a-year-fails",
                   test_hz10_learners_seminar_once_a_year);
  g_test_add_func ("/plugins/huizhou/HZ-10/one-finding-per-missing-commitment",
                   test_hz10_one_finding_per_missing_commitment);
  g_test_add_func ("/plugins/huizhou/HZ-10/ward-rounds-only-where-there-is-a-ward",
                   test_hz10_ward_rounds_only_where_there_is_a_ward);

  g_test_add_func ("/plugins/huizhou/HZ-11/14.5-m2-fails", test_hz11_14_5_m2);
  g_test_add_func ("/plugins/huizhou/HZ-11/exactly-15-m2-passes", test_hz11_exactly_15_m2);
  g_test_add_func ("/plugins/huizhou/HZ-11/no-teaching-room-fails", test_hz11_no_teaching_room);

  g_test_add_func ("/plugins/huizhou/HZ-12/no-reading-room-fails", test_hz12_no_reading_room);

  g_test_add_func ("/plugins/huizhou/HZ-13/one-finding-names-every-missing-item",
                   test_hz13_one_finding_names_every_missing_item);
  g_test_add_func ("/plugins/huizhou/HZ-13/missing-recorder-fails", test_hz13_missing_recorder);

  g_test_add_func ("/plugins/huizhou/HZ-14/build-period-of-36-months-warns",
                   test_hz14_build_period_of_36_months);
  g_test_add_func ("/plugins/huizhou/HZ-14/build-period-of-one-year-warns",
                   test_hz14_build_period_of_one_year);
  g_test_add_func ("/plugins/huizhou/HZ-14/studio-with-a-12-month-period-warns",
                   test_hz14_studio_with_a_12_month_period);
  g_test_add_func ("/plugins/huizhou/HZ-14/studio-with-a-24-month-period-passes",
                   test_hz14_studio_with_a_24_month_period);

  g_test_add_func ("/plugins/huizhou/HZ-15/planned-month-25-fails", test_hz15_planned_month_25);
  g_test_add_func ("/plugins/huizhou/HZ-15/planned-month-11-fails", test_hz15_planned_month_11);
  g_test_add_func ("/plugins/huizhou/HZ-15/planned-months-12-and-24-pass",
                   test_hz15_planned_months_12_and_24);
  g_test_add_func ("/plugins/huizhou/HZ-15/applied-for-by-someone-else-warns",
                   test_hz15_applied_for_by_someone_else);
  g_test_add_func ("/plugins/huizhou/HZ-15/no-third-party-warns", test_hz15_no_third_party);
  g_test_add_func ("/plugins/huizhou/HZ-15/no-acceptance-planned-warns",
                   test_hz15_no_acceptance_planned);

  g_test_add_func ("/plugins/huizhou/HZ-16/town-without-studio-warns",
                   test_hz16_town_without_studio);
  g_test_add_func ("/plugins/huizhou/HZ-16/one-finding-lists-every-uncovered-town",
                   test_hz16_one_finding_lists_every_uncovered_town);
  g_test_add_func ("/plugins/huizhou/HZ-16/serves-towns-covers-a-town-without-a-centre",
                   test_hz16_serves_towns_covers_a_town_without_a_centre);

  g_test_add_func ("/plugins/huizhou/HZ-17/host-that-is-not-a-health-centre-fails",
                   test_hz17_host_that_is_not_a_health_centre);
  g_test_add_func ("/plugins/huizhou/HZ-17/host-outside-the-towns-fails",
                   test_hz17_host_outside_the_region);
  g_test_add_func ("/plugins/huizhou/HZ-17/host-outside-the-counties-fails-without-towns",
                   test_hz17_host_outside_the_counties);
  g_test_add_func ("/plugins/huizhou/HZ-17/studio-without-host-fails",
                   test_hz17_studio_without_host);

  g_test_add_func ("/plugins/huizhou/HZ-18/no-consultations-warns", test_hz18_no_consultations);
  g_test_add_func ("/plugins/huizhou/HZ-18/no-note-reviews-warns", test_hz18_no_note_reviews);
  g_test_add_func ("/plugins/huizhou/HZ-18/one-finding-names-both",
                   test_hz18_one_finding_names_both);

  g_test_add_func ("/plugins/huizhou/HZ-19/reports-variant-counts",
                   test_hz19_reports_variant_counts);
  g_test_add_func ("/plugins/huizhou/HZ-19/sample-has-twelve-of-each",
                   test_hz19_sample_has_twelve_of_each);

  g_test_add_func ("/plugins/huizhou/HZ-03/repeated-member-counts-once", test_hz03_repeated_member_counts_once);
  g_test_add_func ("/plugins/huizhou/HZ-03/mentor-on-team-does-not-count", test_hz03_mentor_on_team_does_not_count);
  g_test_add_func ("/plugins/huizhou/HZ-09/repeated-learner-counts-once", test_hz09_repeated_learner_counts_once);
  g_test_add_func ("/plugins/huizhou/HZ-03/repeated-missing-member-counts-once",
                   test_hz03_repeated_missing_member_counts_once);
  g_test_add_func ("/plugins/huizhou/HZ-09/repeated-missing-learner-counts-once",
                   test_hz09_repeated_missing_learner_counts_once);
  g_test_add_func ("/plugins/huizhou/HZ-02/missing-mentor-of-three-studios-warns-on-the-third",
                   test_hz02_missing_mentor_of_three_studios);

  return g_test_run ();
}
