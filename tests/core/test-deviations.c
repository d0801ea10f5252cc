/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Deviations: findings a planner accepted with a reason, kept in the design
 * (`deviations`), marked accepted by the validator, counted apart and shown
 * by xiachen-cli, whose exit status does not change. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "xc-test-util.h"

#define MINIMAL(members) \
  "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"huizhou-studio\"," \
  " \"id\": \"d\", \"title\": \"t\", \"period\": {\"start\": \"2024-01-01\", \"months\": 24}," \
  " \"institutions\": [], \"people\": [], \"units\": [], \"needs\": []" members "}"

static GError *
load_error (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(XcProgramme) programme = NULL;
  GError *error = NULL;

  programme = xc_programme_new_from_bytes (bytes, "design.xcprog", &error);
  g_assert_null (programme);
  g_assert_nonnull (error);
  return error;
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* The minimal design with two team members of u-tcm pointing at people who
 * do not exist: two XC-01 errors on u-tcm, about p-ghost-1 and p-ghost-2. */
static XcProgramme *
load_design_with_two_errors (void)
{
  XcProgramme *programme = xc_test_load_data ("huizhou-minimal.xcprog");

  xc_team_member_set_person (xc_test_team_member (programme, "u-tcm", 0), "p-ghost-1");
  xc_team_member_set_person (xc_test_team_member (programme, "u-tcm", 1), "p-ghost-2");
  return programme;
}

static void
test_shape_missing_reason_is_named (void)
{
  g_autoptr(GError) error = load_error (MINIMAL (
    ", \"deviations\": [{\"rule\": \"XC-01\", \"unit\": \"u-1\"},"
    "                   {\"rule\": \"XC-04\", \"reason\": \"ok\", \"subject\": 7},"
    "                   \"not an object\"]"));

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message,
                            "design.xcprog: deviations[0].reason: required member is missing"));
  g_assert_nonnull (strstr (error->message,
                            "design.xcprog: deviations[1].subject: expected a string, found a number"));
  g_assert_nonnull (strstr (error->message, "design.xcprog: deviations[2]: expected an object"));
}

static void
test_shape_deviations_must_be_an_array (void)
{
  g_autoptr(GError) error = load_error (MINIMAL (", \"deviations\": {\"rule\": \"XC-01\"}"));
  g_autoptr(GError) no_rule = load_error (MINIMAL (", \"deviations\": [{\"reason\": \"r\"}]"));

  g_assert_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "deviations: expected an array of objects"));
  g_assert_nonnull (strstr (no_rule->message, "deviations[0].rule: required member is missing"));
}

static void
test_deviations_load (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (MINIMAL (
    ", \"deviations\": [{\"rule\": \"XC-04\", \"subject\": \"p-1\", \"reason\": \"平时只坐诊半天\","
    "                    \"date\": \"2024-03-01\"}]"));
  GListModel *deviations = xc_programme_get_deviations (programme);
  g_autoptr(XcDeviation) deviation = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (deviations), ==, 1);
  deviation = g_list_model_get_item (deviations, 0);
  g_assert_cmpstr (xc_deviation_get_rule (deviation), ==, "XC-04");
  g_assert_null (xc_deviation_get_unit (deviation));
  g_assert_cmpstr (xc_deviation_get_subject (deviation), ==, "p-1");
  g_assert_cmpstr (xc_deviation_get_reason (deviation), ==, "平时只坐诊半天");
  g_assert_cmpstr (xc_deviation_get_date (deviation), ==, "2024-03-01");
}

static void
test_accept_and_withdraw (void)
{
  g_autoptr(XcProgramme) programme = load_design_with_two_errors ();
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding = xc_test_find_by_subject (report, "XC-01", "p-ghost-1");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(XcDeviation) equal = xc_deviation_new ();
  XcDeviation *deviation;
  guint changes = 0;

  g_signal_connect (programme, "changed", G_CALLBACK (count_cb), &changes);
  g_assert_false (xc_finding_is_accepted (finding));
  g_assert_null (xc_finding_get_deviation (finding));

  deviation = xc_programme_accept_finding (programme, finding, "the person joins next month");
  g_assert_nonnull (deviation);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_deviations (programme)), ==, 1);
  g_assert_cmpstr (xc_deviation_get_rule (deviation), ==, "XC-01");
  g_assert_cmpstr (xc_deviation_get_unit (deviation), ==, "u-tcm");
  g_assert_cmpstr (xc_deviation_get_subject (deviation), ==, "p-ghost-1");
  g_assert_cmpstr (xc_deviation_get_reason (deviation), ==, "the person joins next month");
  g_assert_cmpstr (xc_deviation_get_date (deviation), ==, today);
  g_assert_true (xc_deviation_matches (deviation, finding));
  g_assert_true (xc_finding_is_accepted (finding));
  g_assert_true (xc_finding_get_deviation (finding) == deviation);

  /* A change to the deviation is a change to the design. */
  xc_deviation_set_reason (deviation, "confirmed by letter");
  g_assert_cmpuint (changes, ==, 2);

  /* One equal to it (from a copy the validation ran on) withdraws it too. */
  xc_deviation_set_rule (equal, "XC-01");
  xc_deviation_set_unit (equal, "u-tcm");
  xc_deviation_set_subject (equal, "p-ghost-1");
  g_assert_true (xc_programme_withdraw_deviation (programme, equal));
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_deviations (programme)), ==, 0);
  g_assert_false (xc_programme_withdraw_deviation (programme, deviation));
  g_assert_cmpuint (changes, ==, 3);
}

static void
test_matches_needs_every_id (void)
{
  g_autoptr(XcProgramme) programme = load_design_with_two_errors ();
  g_autoptr(XcReport) report = xc_test_validate (programme);
  XcFinding *finding = xc_test_find_by_subject (report, "XC-01", "p-ghost-1");
  g_autoptr(XcDeviation) deviation = xc_deviation_new ();

  xc_deviation_set_rule (deviation, "XC-01");
  xc_deviation_set_unit (deviation, "u-tcm");
  g_assert_false (xc_deviation_matches (deviation, finding));   /* no subject */
  xc_deviation_set_subject (deviation, "p-ghost-1");
  g_assert_true (xc_deviation_matches (deviation, finding));
  xc_deviation_set_unit (deviation, NULL);
  g_assert_false (xc_deviation_matches (deviation, finding));   /* no unit */
  xc_deviation_set_unit (deviation, "u-tcm");
  xc_deviation_set_rule (deviation, "XC-02");
  g_assert_false (xc_deviation_matches (deviation, finding));
}

static void
add_deviation (XcProgramme *programme,
               const char  *rule,
               const char  *unit,
               const char  *subject,
               const char  *reason)
{
  g_autoptr(XcDeviation) deviation = xc_deviation_new ();

  xc_deviation_set_rule (deviation, rule);
  xc_deviation_set_unit (deviation, unit);
  xc_deviation_set_subject (deviation, subject);
  xc_deviation_set_reason (deviation, reason);
  xc_deviation_set_date (deviation, "2024-05-06");
  g_list_store_append (G_LIST_STORE (xc_programme_get_deviations (programme)), deviation);
}

static void
test_validator_marks_matching_findings (void)
{
  g_autoptr(XcProgramme) programme = load_design_with_two_errors ();
  g_autoptr(XcReport) report = NULL;
  XcFinding *accepted;
  XcFinding *open;

  add_deviation (programme, "XC-01", "u-tcm", "p-ghost-1", "joins next month");
  /* same rule and unit, another subject: accepts nothing here */
  add_deviation (programme, "XC-01", "u-tcm", "p-someone-else", "unrelated");
  /* the HZ-19 info is about the programme: no unit, no subject */
  add_deviation (programme, "HZ-19", NULL, NULL, "a smaller pilot");

  report = xc_test_validate (programme);
  accepted = xc_test_find_by_subject (report, "XC-01", "p-ghost-1");
  open = xc_test_find_by_subject (report, "XC-01", "p-ghost-2");
  g_assert_true (xc_finding_is_accepted (accepted));
  g_assert_cmpstr (xc_deviation_get_reason (xc_finding_get_deviation (accepted)), ==,
                   "joins next month");
  g_assert_false (xc_finding_is_accepted (open));
  g_assert_null (xc_finding_get_deviation (open));
  g_assert_true (xc_finding_is_accepted (xc_test_assert_one_finding (report, "HZ-19", NULL,
                                                                      XC_SEVERITY_INFO)));

  /* Accepted findings are still findings of their severity, counted apart. */
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_ERROR), ==, 2);
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (xc_report_count_severity (report, XC_SEVERITY_INFO), ==, 1);
  g_assert_cmpuint (xc_report_count_open (report, XC_SEVERITY_INFO), ==, 0);
  g_assert_cmpuint (xc_report_count_accepted (report), ==, 2);
}

static void
test_dangling_deviation_unit_is_xc01 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) report = NULL;
  XcFinding *finding;

  add_deviation (programme, "HZ-03", "u-tcm", NULL, "fine");
  add_deviation (programme, "HZ-03", "u-gone", NULL, "a unit since removed");
  report = xc_test_validate (programme);

  finding = xc_test_find_at_path (report, "XC-01", "deviations[1].unit");
  g_assert_cmpstr (xc_finding_get_subject_id (finding), ==, "u-gone");
  g_assert_null (xc_finding_get_unit_id (finding));
  xc_test_assert_message_contains (finding, "u-gone");
  g_assert_cmpuint (xc_test_count (report, "XC-01", NULL), ==, 1);
}

static void
test_bad_deviation_date_is_xc02 (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_data ("huizhou-minimal.xcprog");
  g_autoptr(XcReport) report = NULL;
  g_autoptr(XcDeviation) deviation = NULL;
  XcFinding *finding;

  add_deviation (programme, "HZ-19", NULL, NULL, "fine");
  deviation = g_list_model_get_item (xc_programme_get_deviations (programme), 0);
  xc_deviation_set_date (deviation, "2024-02-30");
  report = xc_test_validate (programme);

  finding = xc_test_find_at_path (report, "XC-02", "deviations[0].date");
  xc_test_assert_message_contains (finding, "2024-02-30");
  g_assert_cmpuint (xc_test_count (report, "XC-02", NULL), ==, 1);
}

static void
test_round_trip_keeps_deviations (void)
{
  g_autoptr(XcProgramme) programme = load_design_with_two_errors ();
  g_autoptr(XcProgramme) reloaded = NULL;
  g_autoptr(XcReport) report = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) untouched = xc_test_load_data ("huizhou-minimal.xcprog");

  /* A design without deviations does not gain the member. */
  plain = xc_programme_to_bytes (untouched);
  g_assert_null (strstr (g_bytes_get_data (plain, NULL), "deviations"));

  report = xc_test_validate (programme);
  xc_programme_accept_finding (programme, xc_test_find_by_subject (report, "XC-01", "p-ghost-1"),
                               "原因：下月到岗");
  saved = xc_programme_to_bytes (programme);
  reloaded = xc_programme_new_from_bytes (saved, "saved.xcprog", &error);
  g_assert_no_error (error);
  xc_test_assert_same_design (programme, reloaded);
  g_assert_cmpuint (g_list_model_get_n_items (xc_programme_get_deviations (reloaded)), ==, 1);

  /* and the reloaded design's validation accepts the same finding */
  g_clear_object (&report);
  report = xc_test_validate (reloaded);
  g_assert_true (xc_finding_is_accepted (xc_test_find_by_subject (report, "XC-01", "p-ghost-1")));
  g_assert_cmpuint (xc_report_count_accepted (report), ==, 1);
}

static void
test_empty_deviations_member_is_kept (void)
{
  g_autoptr(XcProgramme) programme = xc_test_load_string (MINIMAL (", \"deviations\": []"));
  g_autoptr(GBytes) saved = xc_programme_to_bytes (programme);

  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"deviations\": []"));

  /* and when the design is written anew */
  xc_programme_set_title (programme, "改过的标题");
  g_clear_pointer (&saved, g_bytes_unref);
  saved = xc_programme_to_bytes (programme);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "\"deviations\" : ["));
}

static char *
run_cli (int        *status,
         const char *first,
         ...) G_GNUC_NULL_TERMINATED;

static char *
run_cli (int        *status,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("XIACHEN_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  return out;
}

static JsonObject *
find_json_finding (JsonArray  *findings,
                   const char *subject)
{
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (finding, "subject", NULL),
                     subject) == 0)
        return finding;
    }
  g_assert_not_reached ();
}

static void
test_cli_shows_accepted_and_still_exits_1 (void)
{
  g_autoptr(XcProgramme) programme = load_design_with_two_errors ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "accepted.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json_out = NULL;
  g_autofree char *text_out = NULL;
  JsonArray *findings;
  JsonObject *accepted;
  JsonObject *open;
  int status;

  /* Accept both errors: the exit status still says there are errors. */
  add_deviation (programme, "XC-01", "u-tcm", "p-ghost-1", "joins next month");
  add_deviation (programme, "XC-01", "u-tcm", "p-ghost-2", "also joins");
  g_assert_true (xc_programme_save_to_file (programme, file, NULL, &error));
  g_assert_no_error (error);

  json_out = run_cli (&status, "validate", "--format=json", path, NULL);
  g_assert_cmpint (status, ==, 1);
  json_parser_load_from_data (parser, json_out, -1, &error);
  g_assert_no_error (error);
  findings = json_object_get_array_member (
    json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0),
    "findings");

  accepted = json_object_get_object_member (find_json_finding (findings, "p-ghost-1"), "accepted");
  g_assert_nonnull (accepted);
  g_assert_cmpstr (json_object_get_string_member (accepted, "reason"), ==, "joins next month");
  g_assert_cmpstr (json_object_get_string_member (accepted, "date"), ==, "2024-05-06");
  /* the contract's members are unchanged */
  g_assert_cmpstr (json_object_get_string_member (find_json_finding (findings, "p-ghost-1"),
                                                  "severity"), ==, "error");

  /* HZ-19 (info, about the programme) is not accepted: no member at all */
  open = find_json_finding (findings, NULL);
  g_assert_cmpstr (json_object_get_string_member (open, "rule"), ==, "HZ-19");
  g_assert_false (json_object_has_member (open, "accepted"));

  text_out = run_cli (&status, "validate", path, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (text_out, "accepted: joins next month"));
  g_assert_nonnull (strstr (text_out, "accepted: also joins"));
  g_assert_nonnull (strstr (text_out, "2 of them accepted"));
  g_unlink (path);
}

/* Findings are equal when a planner sees the same: rule, place, message,
 * and accepted for the same reason or open. */
static void
test_findings_equal_and_hash (void)
{
  g_autoptr(XcRule) rule = xc_rule_new ("XC-02", XC_SEVERITY_ERROR, "summary", "clause", "seed");
  g_autoptr(XcFinding) a = xc_finding_new (rule, "u-1", NULL, "months", "是负数");
  g_autoptr(XcFinding) b = xc_finding_new (rule, "u-1", NULL, "months", "是负数");
  g_autoptr(XcFinding) other_message = xc_finding_new (rule, "u-1", NULL, "months", "另一句");
  g_autoptr(XcFinding) other_unit = xc_finding_new (rule, "u-2", NULL, "months", "是负数");
  g_autoptr(XcDeviation) deviation = xc_deviation_new ();
  g_autoptr(XcDeviation) other_reason = xc_deviation_new ();

  g_assert_true (xc_finding_equal (a, b));
  g_assert_cmpuint (xc_finding_hash (a), ==, xc_finding_hash (b));
  g_assert_false (xc_finding_equal (a, other_message));
  g_assert_false (xc_finding_equal (a, other_unit));

  /* accepting changes it, even after it was hashed */
  xc_deviation_set_reason (deviation, "县里另有安排");
  xc_finding_set_deviation (b, deviation);
  g_assert_false (xc_finding_equal (a, b));
  xc_finding_set_deviation (a, deviation);
  g_assert_true (xc_finding_equal (a, b));
  g_assert_cmpuint (xc_finding_hash (a), ==, xc_finding_hash (b));
  xc_deviation_set_reason (other_reason, "另一个理由");
  xc_finding_set_deviation (b, other_reason);
  g_assert_false (xc_finding_equal (a, b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/deviations/shape/missing-reason-is-named", test_shape_missing_reason_is_named);
  g_test_add_func ("/core/deviations/shape/deviations-must-be-an-array", test_shape_deviations_must_be_an_array);
  g_test_add_func ("/core/deviations/load", test_deviations_load);
  g_test_add_func ("/core/deviations/findings-equal-and-hash", test_findings_equal_and_hash);
  g_test_add_func ("/core/deviations/accept-and-withdraw", test_accept_and_withdraw);
  g_test_add_func ("/core/deviations/matches-needs-every-id", test_matches_needs_every_id);
  g_test_add_func ("/core/deviations/validator-marks-matching-findings", test_validator_marks_matching_findings);
  g_test_add_func ("/core/deviations/dangling-unit-is-xc-01", test_dangling_deviation_unit_is_xc01);
  g_test_add_func ("/core/deviations/bad-date-is-xc-02", test_bad_deviation_date_is_xc02);
  g_test_add_func ("/core/deviations/round-trip-keeps-deviations", test_round_trip_keeps_deviations);
  g_test_add_func ("/core/deviations/empty-member-is-kept", test_empty_deviations_member_is_kept);
  g_test_add_func ("/core/deviations/cli-shows-accepted-and-still-exits-1", test_cli_shows_accepted_and_still_exits_1);

  return g_test_run ();
}
