/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "xc-test-util.h"

typedef struct
{
  XcProgramme *programme;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  fixture->programme = xc_test_load_data ("huizhou-minimal.xcprog");

  /* Every test starts from a design none of the core rules object to. */
  report = xc_test_validate (fixture->programme);
  for (guint i = 1; i <= 7; i++)
    {
      g_autofree char *rule = g_strdup_printf ("XC-%02u", i);

      g_assert_cmpuint (xc_test_count (report, rule, NULL), ==, 0);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->programme);
}

static XcFinding *
find (XcReport   *report,
      const char *rule_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (xc_finding_get_rule_id (finding), rule_id))
        return finding;
    }
  g_assert_not_reached ();
}

static void
test_xc01_duplicate_unit_id (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_unit_set_id (xc_test_unit (fixture->programme, "u-western"), "u-tcm");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-tcm"), ==, 1);
  finding = find (report, "XC-01");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "id");
}

static void
test_xc01_duplicate_person_id (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcPerson) person = g_list_model_get_item (xc_programme_get_people (fixture->programme), 1);

  xc_person_set_id (person, "p-mentor-t");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), >=, 1);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-01")), ==, "people[1].id");
}

static void
test_xc01_dangling_host (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_host (xc_test_unit (fixture->programme, "u-tcm"), "i-nowhere");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-tcm"), ==, 1);
  g_assert_cmpstr (xc_finding_get_subject_id (find (report, "XC-01")), ==, "i-nowhere");
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-01")), ==, "host");
}

static void
test_xc01_dangling_team_member_and_learner (Fixture       *fixture,
                                            gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-tcm");
  g_autoptr(XcTeamMember) member = g_list_model_get_item (xc_unit_get_team (unit), 0);
  const char *learners[] = { "p-learner-a1", "p-ghost", NULL };

  xc_team_member_set_person (member, "p-nobody");
  xc_unit_set_learners (unit, learners);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", "u-tcm"), ==, 2);
}

static void
test_xc01_dangling_need_institution (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_test_add_need (fixture->programme, "i-missing", "cardiology");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-01")), ==, "needs[0].institution");
}

static void
test_xc01_dangling_partner (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_programme_set_partner (fixture->programme, "i-university");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
}

static void
test_xc02_bad_start_date (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_programme_set_start (fixture->programme, "2023-02-30");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-02", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-02")), ==, "period.start");
}

static void
test_xc02_negative_count (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-tcm");

  xc_commitment_set_count (xc_test_find_commitment (unit, "team", "seminar"), -1);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-02", "u-tcm"), ==, 1);
}

static void
test_xc02_negative_target (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_target (xc_test_unit (fixture->programme, "u-tcm"), "outpatients", -5);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-02")), ==, "targets.outpatients");
}

static void
test_xc02_unit_starts_before_programme (Fixture       *fixture,
                                        gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_unit_set_start (xc_test_unit (fixture->programme, "u-tcm"), "2023-11-28");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-02", "u-tcm"), ==, 1);
}

static void
test_xc02_unit_ends_after_programme (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-tcm");

  /* Starting a month late, 23 months still fit; 24 do not. */
  xc_unit_set_start (unit, "2023-12-29");
  xc_unit_set_months (unit, 23);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-02", "u-tcm"), ==, 0);
  g_clear_object (&report);

  xc_unit_set_months (unit, 24);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-02", "u-tcm"), ==, 1);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-02")), ==, "months");
}

static void
test_xc03_more_than_22_days (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-tcm");

  /* 6 days a week is 26 days a month. */
  xc_test_add_commitment (unit, "lead", "on_site_days", 6, "week");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-03", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_subject_id (find (report, "XC-03")), ==, "p-mentor-t");
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 0);
}

static void
test_xc03_adds_up_across_units (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcTeamMember) member = xc_team_member_new ();
  XcUnit *western = xc_test_unit (fixture->programme, "u-western");

  /* p-team-t1 joins the western team: 12 + 12 days in two units. */
  xc_team_member_set_person (member, "p-team-t1");
  g_list_store_append (G_LIST_STORE (xc_unit_get_team (western)), member);
  xc_test_add_commitment (xc_test_unit (fixture->programme, "u-tcm"),
                          "team", "on_site_days", 12, "month");
  xc_test_add_commitment (western, "group", "on_site_days", 12, "month");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-03", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_subject_id (find (report, "XC-03")), ==, "p-team-t1");
}

static void
test_xc03_exactly_22_days_passes (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;

  xc_test_add_commitment (xc_test_unit (fixture->programme, "u-tcm"),
                          "lead", "on_site_days", 22, "month");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-03", NULL), ==, 0);
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 1);
}

/* Sessions in person count as days on site where no on_site_days
 * commitment covers the expert: 3 outpatient sessions a week are 13 days. */
static void
test_xc04_from_sessions_in_person (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-tcm");

  xc_test_add_commitment (unit, "lead", "remote_consultation", 3, "week");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 0);
  g_clear_object (&report);

  xc_test_add_commitment (unit, "lead", "outpatient", 3, "week");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_subject_id (find (report, "XC-04")), ==, "p-mentor-t");
  g_clear_object (&report);

  /* explicit days say how long the expert stays: they replace the sessions */
  xc_test_add_commitment (unit, "lead", "on_site_days", 4, "month");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 0);
}

static void
test_xc04_more_than_10_days (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-western");

  xc_test_add_commitment (unit, "team", "on_site_days", 10, "month");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 0);
  g_clear_object (&report);

  xc_test_add_commitment (unit, "team", "on_site_days", 1, "year");
  report = xc_test_validate (fixture->programme);
  /* Both team members, not the lead: the role is team. */
  g_assert_cmpuint (xc_test_count (report, "XC-04", NULL), ==, 2);
  g_assert_cmpint (xc_finding_get_severity (find (report, "XC-04")), ==, XC_SEVERITY_WARNING);
}

static void
test_xc05_unknown_scheme_lists_installed (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  xc_programme_set_scheme (fixture->programme, "atlantis-clinics");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-05", NULL), ==, 1);
  finding = find (report, "XC-05");
  g_assert_nonnull (strstr (xc_finding_get_message (finding), "atlantis-clinics"));
  g_assert_nonnull (strstr (xc_finding_get_message (finding), "Huizhou famous-doctor studios"));
  /* No scheme rules ran. */
  g_assert_cmpuint (xc_test_count (report, "HZ-19", NULL), ==, 0);
}

static void
test_xc06_expert_is_also_learner (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  const char *learners[] = { "p-learner-a1", "p-team-t2", NULL };

  xc_unit_set_learners (xc_test_unit (fixture->programme, "u-tcm"), learners);
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-06", "u-tcm"), ==, 1);
  g_assert_cmpstr (xc_finding_get_subject_id (find (report, "XC-06")), ==, "p-team-t2");
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-06")), ==, "learners[1]");
}

static void
test_findings_carry_clause_and_severity (Fixture       *fixture,
                                         gconstpointer  user_data)
{
  g_autoptr(GListModel) rules = xc_validator_list_core_rules ();

  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (rules, i);
      g_autofree char *id = g_strdup_printf ("XC-%02u", i + 1);

      g_assert_cmpstr (xc_rule_get_id (rule), ==, id);
      g_assert_nonnull (xc_rule_get_clause (rule));
      g_assert_cmpint (xc_rule_get_severity (rule), ==,
                       (i == 3 || i == 5) ? XC_SEVERITY_WARNING : XC_SEVERITY_ERROR);
    }
}


static void
remove_period_edit (JsonObject *root,
                    gpointer    data)
{
  json_object_remove_member (root, "period");
}

static void
add_bare_need_edit (JsonObject *root,
                    gpointer    data)
{
  JsonObject *need = json_object_new ();
  JsonArray *institutions = json_object_get_array_member (root, "institutions");
  JsonObject *first = json_array_get_object_element (institutions, 0);

  json_object_set_string_member (need, "institution", json_object_get_string_member (first, "id"));
  json_array_add_object_element (json_object_get_array_member (root, "needs"), need);
}

/* A person added with ＋ has no title and no institution yet: the design
 * still opens, with findings that lead to the person's fields. */
static void
test_xc07_person_not_filled_in (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(XcPerson) person = xc_person_new ();
  g_autoptr(XcProgramme) reopened = NULL;
  g_autoptr(XcReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  XcFinding *finding;

  g_object_set (person, "id", "p-new", "name", "新人员", NULL);
  g_list_store_append (G_LIST_STORE (xc_programme_get_people (fixture->programme)), person);
  bytes = xc_programme_to_bytes (fixture->programme);
  reopened = xc_programme_new_from_bytes (bytes, "new-person.xcprog", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);

  report = xc_test_validate (reopened);
  g_assert_cmpuint (xc_test_count (report, "XC-07", NULL), ==, 2);
  finding = find (report, "XC-07");
  g_assert_cmpint (xc_finding_get_severity (finding), ==, XC_SEVERITY_ERROR);
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "p-new");
  g_assert_null (xc_finding_get_unit_id (finding));
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "title");
  xc_test_assert_message_contains (finding, "新人员");
}

static void
test_xc07_commitment_without_count (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-western");
  g_autoptr(XcCommitment) commitment = xc_commitment_new ();
  XcFinding *finding;
  guint n;

  g_object_set (commitment, "role", "team", "activity", "outpatient", "per", "week", NULL);
  g_list_store_append (G_LIST_STORE (xc_unit_get_commitments (unit)), commitment);
  n = g_list_model_get_n_items (xc_unit_get_commitments (unit));
  json_object_remove_member (xc_record_get_json (XC_RECORD (commitment)), "count");

  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-07", "u-western"), ==, 1);
  finding = find (report, "XC-07");
  g_autofree char *path = g_strdup_printf ("commitments[%u].count", n - 1);
  g_assert_cmpstr (xc_finding_get_path (finding), ==, path);
}

static void
test_xc07_unknown_role (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  XcUnit *unit = xc_test_unit (fixture->programme, "u-western");
  g_autoptr(XcCommitment) commitment = xc_commitment_new ();
  g_autoptr(XcProgramme) reopened = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  XcFinding *finding;

  g_object_set (commitment, "role", "boss", "activity", "outpatient", "count", 1.0,
                "per", "week", NULL);
  g_list_store_append (G_LIST_STORE (xc_unit_get_commitments (unit)), commitment);
  bytes = xc_programme_to_bytes (fixture->programme);
  reopened = xc_programme_new_from_bytes (bytes, "boss.xcprog", &error);
  g_assert_no_error (error);

  report = xc_test_validate (reopened);
  g_assert_cmpuint (xc_test_count (report, "XC-07", "u-western"), ==, 1);
  finding = find (report, "XC-07");
  xc_test_assert_message_contains (finding, "“boss”");
  g_assert_true (g_str_has_suffix (xc_finding_get_path (finding), "].role"));
}

static void
test_xc07_emptied_institution_name (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(XcReport) report = NULL;
  GListModel *institutions = xc_programme_get_institutions (fixture->programme);
  g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, 0);
  XcFinding *finding;

  xc_institution_set_name (institution, "");
  report = xc_test_validate (fixture->programme);
  g_assert_cmpuint (xc_test_count (report, "XC-07", NULL), ==, 1);
  finding = find (report, "XC-07");
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==,
                   xc_record_get_id (XC_RECORD (institution)));
  g_assert_cmpstr (xc_finding_get_path (finding), ==, "name");
}

static void
test_xc07_programme_without_period (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  g_autoptr(XcProgramme) reopened = NULL;
  g_autoptr(XcReport) report = NULL;
  reopened = xc_test_reload_json (fixture->programme, remove_period_edit, NULL);
  report = xc_test_validate (reopened);
  g_assert_cmpuint (xc_test_count (report, "XC-07", NULL), ==, 2);
  g_assert_cmpuint (xc_test_count (report, "XC-02", NULL), ==, 0);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-07")), ==, "period.start");
}

static void
test_xc07_need_without_specialty (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(XcProgramme) reopened = NULL;
  g_autoptr(XcReport) report = NULL;

  reopened = xc_test_reload_json (fixture->programme, add_bare_need_edit, NULL);
  report = xc_test_validate (reopened);
  g_assert_cmpuint (xc_test_count (report, "XC-07", NULL), ==, 1);
  g_assert_cmpstr (xc_finding_get_path (find (report, "XC-07")), ==, "needs[0].specialty");
}

static void
count_added_cb (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                guint      *count)
{
  *count += added;
}

/* A report a check fills emits nothing while nobody watches it; one that
 * is watched says each finding it gains, and what a second report brings. */
static void
test_report_tells_who_watches (void)
{
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(XcReport) unwatched = xc_report_new ();
  g_autoptr(GListModel) rules = xc_validator_list_core_rules ();
  guint added = 0;

  xc_report_add_rules (report, rules);
  xc_report_add_rules (unwatched, rules);
  xc_report_add (unwatched, "XC-07", NULL, NULL, "title", "unwatched");
  g_signal_connect (report, "items-changed", G_CALLBACK (count_added_cb), &added);
  xc_report_add (report, "XC-07", NULL, NULL, "title", "first");
  xc_report_add (report, "XC-07", NULL, NULL, "id", "second");
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unwatched)), ==, 1);
}

static gpointer
translate_in_thread (gpointer data)
{
  return (gpointer) xc_translate (GETTEXT_PACKAGE, "Chief physician");
}

/* Rules word their findings through xc_translate(), which remembers
 * gettext's answers: they follow a change of locale, in every thread, and
 * a message without a translation is the caller's own string. */
static void
test_translations_follow_the_locale (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  const char *msgid = "Chief physician";
  g_autofree char *dynamic = g_strdup ("no such message in any catalogue");
  const char *chinese;

  if (g_getenv ("XIACHEN_LOCALEDIR") == NULL)
    {
      g_test_skip ("XIACHEN_LOCALEDIR is not set");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  setlocale (LC_MESSAGES, "C");
  g_assert_true (xc_translate (GETTEXT_PACKAGE, msgid) == msgid);
  g_assert_true (xc_translate (GETTEXT_PACKAGE, dynamic) == dynamic);

  if (setlocale (LC_MESSAGES, "zh_CN.UTF-8") == NULL)
    {
      setlocale (LC_MESSAGES, messages);
      g_test_skip ("no zh_CN.UTF-8 locale");
      return;
    }
  chinese = xc_translate (GETTEXT_PACKAGE, msgid);
  g_assert_cmpstr (chinese, ==, "主任医师");
  g_assert_true (xc_translate (GETTEXT_PACKAGE, msgid) == chinese);
  g_assert_cmpstr (xc_vocabulary_get_label ("chief"), ==, "主任医师");
  {
    GThread *thread = g_thread_new ("translate", translate_in_thread, NULL);

    g_assert_cmpstr (g_thread_join (thread), ==, "主任医师");
  }

  setlocale (LC_MESSAGES, "C");
  g_assert_true (xc_translate (GETTEXT_PACKAGE, msgid) == msgid);
  g_assert_cmpstr (xc_vocabulary_get_label ("chief"), ==, "Chief physician");
  setlocale (LC_MESSAGES, messages);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/rules/translations-follow-the-locale", test_translations_follow_the_locale);
  g_test_add_func ("/core/report/tells-who-watches", test_report_tells_who_watches);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/rules/XC-01/duplicate-unit-id", test_xc01_duplicate_unit_id);
  ADD ("/core/rules/XC-01/duplicate-person-id", test_xc01_duplicate_person_id);
  ADD ("/core/rules/XC-01/dangling-host", test_xc01_dangling_host);
  ADD ("/core/rules/XC-01/dangling-team-member-and-learner", test_xc01_dangling_team_member_and_learner);
  ADD ("/core/rules/XC-01/dangling-need-institution", test_xc01_dangling_need_institution);
  ADD ("/core/rules/XC-01/dangling-partner", test_xc01_dangling_partner);
  ADD ("/core/rules/XC-02/bad-start-date", test_xc02_bad_start_date);
  ADD ("/core/rules/XC-02/negative-count", test_xc02_negative_count);
  ADD ("/core/rules/XC-02/negative-target", test_xc02_negative_target);
  ADD ("/core/rules/XC-02/unit-starts-before-programme", test_xc02_unit_starts_before_programme);
  ADD ("/core/rules/XC-02/unit-ends-after-programme", test_xc02_unit_ends_after_programme);
  ADD ("/core/rules/XC-03/more-than-22-days", test_xc03_more_than_22_days);
  ADD ("/core/rules/XC-03/adds-up-across-units", test_xc03_adds_up_across_units);
  ADD ("/core/rules/XC-03/exactly-22-days-passes", test_xc03_exactly_22_days_passes);
  ADD ("/core/rules/XC-04/more-than-10-days", test_xc04_more_than_10_days);
  ADD ("/core/rules/XC-04/from-sessions-in-person", test_xc04_from_sessions_in_person);
  ADD ("/core/rules/XC-05/unknown-scheme-lists-installed", test_xc05_unknown_scheme_lists_installed);
  ADD ("/core/rules/XC-06/expert-is-also-learner", test_xc06_expert_is_also_learner);
  ADD ("/core/rules/XC-07/new-person-opens-with-findings", test_xc07_person_not_filled_in);
  ADD ("/core/rules/XC-07/commitment-without-count", test_xc07_commitment_without_count);
  ADD ("/core/rules/XC-07/unknown-role", test_xc07_unknown_role);
  ADD ("/core/rules/XC-07/emptied-institution-name", test_xc07_emptied_institution_name);
  ADD ("/core/rules/XC-07/programme-without-period", test_xc07_programme_without_period);
  ADD ("/core/rules/XC-07/need-without-specialty", test_xc07_need_without_specialty);
  ADD ("/core/rules/findings-carry-clause-and-severity", test_findings_carry_clause_and_severity);

  return g_test_run ();
}
