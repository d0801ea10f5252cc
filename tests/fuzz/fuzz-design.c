/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a design file from anywhere. Whatever loads is checked
 * by the core rules and every shipped scheme's validator, gets the 12
 * indicators, and must save and load again to an equal design. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "xiachen.h"
#include "xc-fuzz.h"

#define N_SHIPPED_SCHEMES 5

static XcPluginRegistry *registry;
static XcValidator *validator;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  const char *path = g_getenv ("XIACHEN_PLUGIN_PATH");
  g_auto(GStrv) dirs = g_strsplit (path != NULL ? path : XC_FUZZ_PLUGINDIR,
                                   G_SEARCHPATH_SEPARATOR_S, -1);
  guint n_schemes;

  xc_fuzz_init ();
  /* The plugins this build made are the program's own: they validate in
   * process, as shipped plugins do (docs/plugin-guide.md), not in a helper
   * process per input. */
  g_setenv ("XIACHEN_SHIPPED_PLUGIN_DIR", XC_FUZZ_PLUGINDIR, FALSE);

  /* The built plugins only, never the user's folder: a run must not depend
   * on what the machine has installed. */
  registry = xc_plugin_registry_new ();
  for (guint i = 0; dirs[i] != NULL; i++)
    if (dirs[i][0] != '\0')
      xc_plugin_registry_add_search_path (registry, dirs[i]);
  xc_plugin_registry_load (registry);

  n_schemes = g_list_model_get_n_items (xc_plugin_registry_get_schemes (registry));
  if (n_schemes < N_SHIPPED_SCHEMES)
    {
      /* Fuzzing without the validators would look fine and test little. */
      fprintf (stderr, "fuzz-design: %u schemes loaded from %s, expected %d\n",
               n_schemes, path != NULL ? path : XC_FUZZ_PLUGINDIR, N_SHIPPED_SCHEMES);
      abort ();
    }
  validator = xc_validator_new (registry);
  return 0;
}

/* Every finding must be something a planner can read and act on. */
static void
check_findings (XcReport *report)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *message = xc_finding_get_message (finding);

      if (xc_finding_get_rule_id (finding) == NULL || message == NULL || message[0] == '\0')
        xc_fuzz_fail ("a finding without a rule or a message");
      if (!g_utf8_validate (message, -1, NULL))
        xc_fuzz_fail ("a finding's message is not UTF-8");
    }
}

static char *
describe_report (XcReport *report)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      g_string_append_printf (text, "%s|%s|%s|%s|%s\n", xc_finding_get_rule_id (finding),
                              xc_finding_get_unit_id (finding), xc_finding_get_subject_id (finding),
                              xc_finding_get_path (finding), xc_finding_get_message (finding));
    }
  return g_string_free (text, FALSE);
}

static void
check_with_every_scheme (XcDesign    *design,
                         XcProgramme *programme)
{
  GListModel *schemes = xc_plugin_registry_get_schemes (registry);
  g_autoptr(XcReport) report = xc_validator_check (validator, design);
  g_autoptr(XcReport) model_report = xc_validator_validate (validator, programme);
  g_autofree char *findings = describe_report (report);
  g_autofree char *model_findings = describe_report (model_report);

  check_findings (report);

  /* The file as read and the model saved again are the same design. */
  if (!g_str_equal (findings, model_findings))
    xc_fuzz_fail ("the file and the model saved again get different findings:\n%s---\n%s",
                  findings, model_findings);

  /* A design names one scheme; another scheme's rules must cope with it too
   * (a planner may switch a design's scheme). */
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(XcScheme) scheme = g_list_model_get_item (schemes, i);
      g_autoptr(XcReport) scheme_report = xc_report_new ();
      g_autoptr(GListModel) rules = xc_scheme_list_rules (scheme);

      xc_report_add_rules (scheme_report, rules);
      xc_scheme_check (scheme, design, scheme_report);
      check_findings (scheme_report);
    }
}

static void
compute_indicators (XcDesign *design)
{
  g_autoptr(XcIndicators) indicators = xc_indicators_new_for_design (design);

  for (XcIndicator i = 0; i < XC_N_INDICATORS; i++)
    {
      g_autofree char *text = xc_indicators_format_value (indicators, i);
      double value;

      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        xc_fuzz_fail ("indicator %s has no readable text", xc_indicator_get_key (i));
      xc_indicators_get_value (indicators, i, &value);
    }
}

static JsonNode *
parse_saved (GBytes *saved)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *text = g_bytes_get_data (saved, &size);

  if (!json_parser_load_from_data (parser, text, size, &error))
    xc_fuzz_fail ("a saved design is not JSON: %s", error->message);
  return json_node_ref (json_parser_get_root (parser));
}

/* A design that loads must save, load again, and save to the same JSON. */
static void
check_round_trip (XcProgramme *programme)
{
  g_autoptr(GBytes) first = xc_programme_to_bytes (programme);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(XcProgramme) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) first_node = NULL;
  g_autoptr(JsonNode) second_node = NULL;

  if (first == NULL)
    xc_fuzz_fail ("a design that loaded cannot be saved");
  again = xc_programme_new_from_bytes (first, "saved.xcprog", &error);
  if (again == NULL)
    xc_fuzz_fail ("a design that loaded does not load after saving: %s", error->message);
  second = xc_programme_to_bytes (again);
  if (second == NULL)
    xc_fuzz_fail ("a re-read design cannot be saved");

  first_node = parse_saved (first);
  second_node = parse_saved (second);
  if (!json_node_equal (first_node, second_node))
    xc_fuzz_fail ("saving, loading and saving again changed the design");
}

/* An edited design is checked on its bytes read beside the file (records
 * unchanged copied from it, not read): the findings must be those of the
 * same bytes read afresh. */
static void
check_read_beside (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(XcReport) beside = NULL;
  g_autoptr(XcReport) afresh = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(XcDesign) design = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *beside_text = NULL;
  g_autofree char *afresh_text = NULL;

  if (n_units > 0)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, n_units / 2);

      xc_unit_set_name (unit, "beside");
    }
  else
    xc_programme_set_title (programme, "beside");
  beside = xc_validator_validate (validator, programme);
  bytes = xc_programme_to_bytes (programme);
  design = xc_design_new_from_bytes (bytes, xc_programme_get_id (programme) != NULL
                                            ? xc_programme_get_id (programme) : "design", &error);
  if (design == NULL)
    xc_fuzz_fail ("an edited design does not read: %s", error->message);
  afresh = xc_validator_check (validator, design);
  beside_text = describe_report (beside);
  afresh_text = describe_report (afresh);
  if (!g_str_equal (beside_text, afresh_text))
    xc_fuzz_fail ("read beside the file and afresh, an edit gets different findings:\n%s---\n%s",
                  beside_text, afresh_text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcDesign) design = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) design_error = NULL;

  /* The plain-record reader and the model's reader agree on every file:
   * both take it, or both refuse it with the same message. */
  programme = xc_programme_new_from_bytes (bytes, "fuzz.xcprog", &error);
  design = xc_design_new_from_bytes (bytes, "fuzz.xcprog", &design_error);
  if ((programme == NULL) != (design == NULL))
    xc_fuzz_fail ("the readers disagree: the model says “%s”, the plain records “%s”",
                  error != NULL ? error->message : "(read)",
                  design_error != NULL ? design_error->message : "(read)");
  if (programme == NULL)
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        xc_fuzz_fail ("a refused design has no message");
      if (!g_str_equal (error->message, design_error->message))
        xc_fuzz_fail ("the readers refuse differently: “%s” and “%s”", error->message,
                      design_error->message);
      xc_fuzz_expect (FALSE, error->message);
      return 0;
    }
  xc_fuzz_expect (TRUE, NULL);

  check_with_every_scheme (design, programme);
  compute_indicators (design);
  check_round_trip (programme);
  check_read_beside (programme);
  return 0;
}
