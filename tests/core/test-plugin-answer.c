/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The helper's answer to `validate`, as the program reads it: it comes from
 * a process a third-party plugin ran in, so anything may be in it. White-box:
 * the reader is private (xc-plugin-process-private.h). */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"
#include "xc-plugin-process-private.h"

static const XcRuleInfo rules[] = {
  { "TP-01", XC_SEVERITY_WARNING, "A rule.", "一条规则", "tests" },
  { "TP-02", XC_SEVERITY_ERROR, "Another.", "另一条", "tests" },
};

/* The findings @answer adds to a fresh report, or NULL with @error. */
static XcReport *
read_answer (const char  *answer,
             GError     **error)
{
  g_autoptr(GListModel) rule_list = xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules),
                                                                 NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (answer, strlen (answer));
  g_autoptr(XcReport) report = xc_report_new ();

  xc_report_add_rules (report, rule_list);
  if (!_xc_plugin_process_add_findings (bytes, rule_list, report, error))
    {
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
      return NULL;
    }
  return g_steal_pointer (&report);
}

static void
assert_refused (const char *answer,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcReport) report = read_answer (answer, &error);

  g_assert_null (report);
  g_assert_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT);
  if (strstr (error->message, words) == NULL)
    g_error ("%s: expected … %s …, got %s", answer, words, error->message);
}

static void
test_findings_are_added (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcReport) report = read_answer (
    "{\"findings\":[{\"rule\":\"TP-01\",\"unit\":\"u-1\",\"subject\":\"p-1\","
    "\"path\":\"team[0]\",\"message\":\"一\\u001f\\\"two\\\"\"},"
    "{\"rule\":\"TP-02\",\"unit\":null,\"subject\":null,\"path\":null,\"message\":\"m\"}]}",
    &error);
  g_autoptr(XcFinding) first = NULL;
  g_autoptr(XcFinding) second = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (report), 0);
  second = g_list_model_get_item (G_LIST_MODEL (report), 1);
  g_assert_cmpstr (xc_finding_get_rule_id (first), ==, "TP-01");
  g_assert_cmpstr (xc_finding_get_unit_id (first), ==, "u-1");
  g_assert_cmpstr (xc_finding_get_subject_id (first), ==, "p-1");
  g_assert_cmpstr (xc_finding_get_path (first), ==, "team[0]");
  g_assert_cmpstr (xc_finding_get_message (first), ==, "一\x1f\"two\"");
  g_assert_cmpint (xc_finding_get_severity (first), ==, XC_SEVERITY_WARNING);
  g_assert_cmpstr (xc_finding_get_rule_id (second), ==, "TP-02");
  g_assert_null (xc_finding_get_unit_id (second));
  g_assert_null (xc_finding_get_path (second));
  g_assert_cmpint (xc_finding_get_severity (second), ==, XC_SEVERITY_ERROR);
}

static void
test_no_findings_is_an_answer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcReport) report = read_answer ("{\"findings\":[]}", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
}

/* One wrong finding and none is added, not even those before it. */
static void
test_nonsense_adds_nothing (void)
{
  const char *good = "{\"rule\":\"TP-01\",\"unit\":null,\"subject\":null,\"path\":null,"
                     "\"message\":\"ok\"}";
  g_autofree char *unknown_rule = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"XX-99\",\"message\":\"m\"}]}", good);
  g_autofree char *no_message = g_strdup_printf ("{\"findings\":[%s,{\"rule\":\"TP-01\"}]}",
                                                 good);
  g_autofree char *number_message = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"TP-01\",\"message\":1}]}", good);
  g_autofree char *null_rule = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":null,\"message\":\"m\"}]}", good);
  g_autofree char *unknown_member = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"TP-01\",\"message\":\"m\",\"x\":\"y\"}]}", good);
  g_autofree char *not_an_object = g_strdup_printf ("{\"findings\":[%s,\"TP-01\"]}", good);
  g_autofree char *raw_control = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"TP-01\",\"message\":\"a\x1f\"}]}", good);
  g_autofree char *not_utf8 = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"TP-01\",\"message\":\"a\xff\"}]}", good);
  g_autofree char *duplicate = g_strdup_printf (
    "{\"findings\":[%s,{\"rule\":\"TP-01\",\"rule\":\"TP-02\",\"message\":\"m\"}]}", good);
  g_autofree char *trailing = g_strdup_printf ("{\"findings\":[%s]} {}", good);
  g_autofree char *cut = g_strdup_printf ("{\"findings\":[%s", good);

  assert_refused (unknown_rule, "“XX-99”, which is not in its rule table");
  assert_refused (no_message, "a finding is incomplete");
  assert_refused (number_message, "a finding is incomplete");
  assert_refused (null_rule, "a finding is incomplete");
  assert_refused (unknown_member, "a finding is incomplete");
  assert_refused (not_an_object, "cannot be read");
  assert_refused (raw_control, "cannot be read");
  assert_refused (not_utf8, "cannot be read");
  assert_refused (duplicate, "cannot be read");
  assert_refused (trailing, "cannot be read");
  assert_refused (cut, "cannot be read");
  assert_refused ("{\"schemes\":[]}", "no findings");
  assert_refused ("{\"findings\":{}}", "no findings");
  assert_refused ("[]", "no findings");
  assert_refused ("", "cannot be read");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/plugin-answer/findings-are-added", test_findings_are_added);
  g_test_add_func ("/core/plugin-answer/no-findings-is-an-answer", test_no_findings_is_an_answer);
  g_test_add_func ("/core/plugin-answer/nonsense-adds-nothing", test_nonsense_adds_nothing);
  return g_test_run ();
}
