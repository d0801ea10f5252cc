/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the validator helper's answer, as the program reads it
 * (_xc_plugin_process_add_findings()). It comes from the process a
 * third-party plugin ran in, whose code may have written anything. Linked
 * with the core's objects: the reader is private. */
#include "config.h"

#include <stdint.h>

#include "xiachen.h"
#include "xc-fuzz.h"
#include "xc-plugin-process-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const XcRuleInfo rules[] = {
  { "FT-01", XC_SEVERITY_WARNING, "A rule.", "一条规则", "fuzz" },
  { "FT-02", XC_SEVERITY_ERROR, "Another.", "另一条", "fuzz" },
};

static GListModel *rule_list;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  xc_fuzz_init ();
  rule_list = xc_rule_list_new_from_table (rules, G_N_ELEMENTS (rules), NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GBytes) answer = g_bytes_new (data, size);
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(GError) error = NULL;
  gboolean added;
  guint n;

  xc_report_add_rules (report, rule_list);
  added = _xc_plugin_process_add_findings (answer, rule_list, report, &error);
  n = g_list_model_get_n_items (G_LIST_MODEL (report));
  if (added == (error != NULL))
    xc_fuzz_fail ("the answer was %s, and the error %s set", added ? "read" : "refused",
                  error != NULL ? "is" : "is not");
  if (!added && n > 0)
    xc_fuzz_fail ("a refused answer added %u findings", n);
  if (!added && !g_error_matches (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT))
    xc_fuzz_fail ("a refused answer is not the plugin's fault: %s", error->message);
  /* What is read is strict JSON, and every finding is of a rule of the table. */
  if (added && !xc_json_validate ((const char *) data, size, NULL))
    xc_fuzz_fail ("an answer that is not strict JSON was read");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (!g_str_equal (xc_finding_get_rule_id (finding), "FT-01")
          && !g_str_equal (xc_finding_get_rule_id (finding), "FT-02"))
        xc_fuzz_fail ("a finding of rule %s was added", xc_finding_get_rule_id (finding));
      if (!g_utf8_validate (xc_finding_get_message (finding), -1, NULL))
        xc_fuzz_fail ("a message that is not UTF-8 was added");
    }
  xc_fuzz_expect (added, error != NULL ? error->message : "");
  return 0;
}
