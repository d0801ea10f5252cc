/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xiachen-cli: the command line contract of programme-format.md —
 * validate, compare and schemes, without a display. */
#define G_LOG_DOMAIN "xiachen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "xiachen.h"
#include "xc-cli-json.h"
#include "xc-cli-library.h"

enum {
  EXIT_CLEAN = 0,       /* no finding is an error */
  EXIT_FINDINGS = 1,    /* some finding is an error */
  EXIT_UNREADABLE = 2,  /* a file cannot be read or is not a design, or could not be
                           checked (its scheme's plugin crashed or hung); or usage */
};

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV } OutputFormat;

static gboolean
parse_format (const char    *text,
              gboolean       csv_allowed,
              OutputFormat  *format)
{
  if (text == NULL || g_str_equal (text, "text"))
    *format = FORMAT_TEXT;
  else if (g_str_equal (text, "json"))
    *format = FORMAT_JSON;
  else if (csv_allowed && g_str_equal (text, "csv"))
    *format = FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

/* g_print() without its flush after every call: a national design's
 * findings are a hundred thousand lines. stdout is flushed at exit. */
static void
print_buffered (const char *text)
{
  const char *charset;

  if (g_get_console_charset (&charset))
    fputs (text, stdout);
  else
    {
      g_autofree char *converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?",
                                                            NULL, NULL, NULL);

      fputs (converted != NULL ? converted : text, stdout);
    }
}

/* Columns of text that a string takes in a terminal: CJK takes two. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
print_padded (const char *text,
              guint       width)
{
  guint used = display_width (text);

  g_print ("%s", text);
  for (guint i = used; i < width; i++)
    g_print (" ");
}

static XcProgramme *
load_design (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return xc_programme_new_from_file (file, NULL, error);
}

static XcDesign *
load_design_data (const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return xc_design_new_from_file (file, NULL, error);
}

/* validate */

static void
print_findings_text (const char  *path,
                     const char  *scheme,
                     XcReport    *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));
  guint errors = xc_report_count_severity (report, XC_SEVERITY_ERROR);
  guint warnings = xc_report_count_severity (report, XC_SEVERITY_WARNING);
  guint infos = xc_report_count_severity (report, XC_SEVERITY_INFO);
  g_autofree char *error_count = g_strdup_printf (ngettext ("%u error", "%u errors", errors),
                                                  errors);
  g_autofree char *warning_count = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                              warnings), warnings);
  g_autofree char *info_count = g_strdup_printf (ngettext ("%u info", "%u infos", infos), infos);

  guint accepted = xc_report_count_accepted (report);

  /* TRANSLATORS: file: scheme id: counts of errors, warnings and infos */
  g_print (_("%s: %s: %s, %s, %s\n"), path, scheme,
           error_count, warning_count, info_count);
  /* Accepted findings are among those counts; say how many, apart. */
  if (accepted > 0)
    g_print (ngettext ("  %u of them accepted as a deviation\n",
                       "  %u of them accepted as deviations\n", accepted), accepted);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *unit_id = xc_finding_get_unit_id (finding);
      const char *clause = xc_finding_get_clause (finding);

      g_print ("  ");
      print_padded (xc_severity_get_label (xc_finding_get_severity (finding)), 8);
      g_print (" %-6s ", xc_finding_get_rule_id (finding));
      XcDeviation *deviation = xc_finding_get_deviation (finding);

      if (unit_id != NULL)
        g_print ("[%s] ", unit_id);
      g_print ("%s", xc_finding_get_message (finding));
      if (deviation != NULL)
        {
          g_print (" — ");
          /* TRANSLATORS: marks a finding the planner accepted; %s is their reason */
          g_print (_("accepted: %s"), xc_deviation_get_reason (deviation) != NULL
                                      ? xc_deviation_get_reason (deviation) : "");
        }
      g_print ("\n");
      if (clause != NULL)
        g_print ("  %*s %-6s 「%s」\n", 8, "", "", clause);
    }
}

static void
add_findings_json (JsonBuilder *builder,
                   const char  *path,
                   const char  *scheme,
                   XcReport    *report)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "scheme");
  json_builder_add_string_value (builder, scheme);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, xc_finding_get_rule_id (finding));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder,
                                     xc_severity_to_string (xc_finding_get_severity (finding)));
      xc_cli_add_string_or_null (builder, "unit", xc_finding_get_unit_id (finding));
      xc_cli_add_string_or_null (builder, "subject", xc_finding_get_subject_id (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, xc_finding_get_message (finding));
      /* Optional members beyond the contract; documented in the README. */
      xc_cli_add_string_or_null (builder, "path", xc_finding_get_path (finding));
      xc_cli_add_string_or_null (builder, "clause", xc_finding_get_clause (finding));
      if (xc_finding_is_about_program (finding))
        {
          json_builder_set_member_name (builder, "about_program");
          json_builder_add_boolean_value (builder, TRUE);
        }
      if (xc_finding_is_accepted (finding))
        {
          XcDeviation *deviation = xc_finding_get_deviation (finding);

          json_builder_set_member_name (builder, "accepted");
          json_builder_begin_object (builder);
          xc_cli_add_string_or_null (builder, "reason", xc_deviation_get_reason (deviation));
          xc_cli_add_string_or_null (builder, "date", xc_deviation_get_date (deviation));
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static int
run_validate (OutputFormat  format,
              char        **files)
{
  g_autoptr(XcValidator) validator = xc_validator_new (xc_plugin_registry_get_default ());
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  int status = EXIT_CLEAN;

  json_builder_begin_array (builder);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(XcDesign) design = load_design_data (files[i], &error);
      g_autoptr(XcReport) report = NULL;

      if (design == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = EXIT_UNREADABLE;
          if (format == FORMAT_JSON)
            {
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "file");
              json_builder_add_string_value (builder, files[i]);
              json_builder_set_member_name (builder, "error");
              json_builder_add_string_value (builder, error->message);
              json_builder_end_object (builder);
            }
          continue;
        }

      report = xc_validator_check (validator, design);
      if (xc_report_count_severity (report, XC_SEVERITY_ERROR) > 0 && status == EXIT_CLEAN)
        status = EXIT_FINDINGS;
      /* A design whose installed scheme failed to check it (its plugin
       * crashed or hung) was not validated. A scheme that is not installed
       * is XC-05, an error finding like any other, as the contract says. */
      if (xc_plugin_registry_lookup_scheme (xc_plugin_registry_get_default (),
                                            xc_design_get_programme (design)->scheme) != NULL)
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (report)); j++)
          {
            g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), j);

            if (xc_finding_is_about_program (finding))
              status = EXIT_UNREADABLE;
          }

      if (format == FORMAT_JSON)
        add_findings_json (builder, files[i], xc_design_get_programme (design)->scheme, report);
      else
        print_findings_text (files[i], xc_design_get_programme (design)->scheme, report);
    }
  json_builder_end_array (builder);

  if (format == FORMAT_JSON)
    xc_cli_print_json (builder);
  return status;
}

/* compare */

static void
print_csv_field (GString    *line,
                 const char *text)
{
  if (strpbrk (text, ",\"\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* The comparison's CSV: a row per indicator (its key), then a row per count
 * of findings (findings_error, …); a design whose findings are not known
 * leaves its cells empty. */
static void
print_comparison_csv (XcComparison *comparison)
{
  guint n = xc_comparison_get_n_designs (comparison);
  g_autoptr(GString) line = g_string_new ("indicator");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (line, ',');
      print_csv_field (line, xc_comparison_get_label (comparison, i));
    }
  g_print ("%s\n", line->str);

  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      g_string_assign (line, xc_indicator_get_key (indicator));
      for (guint i = 0; i < n; i++)
        {
          double value;

          g_string_append_c (line, ',');
          if (xc_indicators_get_value (xc_comparison_get_indicators (comparison, i),
                                       indicator, &value))
            {
              g_autofree char *text = xc_indicator_format_number (value);

              g_string_append (line, text);
            }
        }
      g_print ("%s\n", line->str);
    }

  for (XcFindingCount count = 0; count < XC_N_FINDING_COUNTS; count++)
    {
      g_string_printf (line, "findings_%s", xc_finding_count_get_key (count));
      for (guint i = 0; i < n; i++)
        {
          guint value;

          g_string_append_c (line, ',');
          if (xc_comparison_get_count (comparison, i, count, &value))
            g_string_append_printf (line, "%u", value);
        }
      g_print ("%s\n", line->str);
    }
}

static void
print_comparison_json (XcComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = xc_comparison_get_n_designs (comparison);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "designs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      XcProgramme *programme = xc_comparison_get_programme (comparison, i);
      XcIndicators *indicators = xc_comparison_get_indicators (comparison, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, xc_comparison_get_label (comparison, i));
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, xc_programme_get_id (programme));
      json_builder_set_member_name (builder, "scheme");
      json_builder_add_string_value (builder, xc_programme_get_scheme (programme));
      json_builder_set_member_name (builder, "indicators");
      json_builder_begin_object (builder);
      for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
        {
          double value;

          json_builder_set_member_name (builder, xc_indicator_get_key (indicator));
          if (!xc_indicators_get_value (indicators, indicator, &value))
            json_builder_add_null_value (builder);
          else if (xc_indicator_is_count (indicator))
            json_builder_add_int_value (builder, (gint64) value);
          else
            json_builder_add_double_value (builder, value);
        }
      json_builder_end_object (builder);
      /* an extension: docs/format-extensions.md */
      if (xc_comparison_get_report (comparison, i) != NULL)
        {
          json_builder_set_member_name (builder, "findings");
          json_builder_begin_object (builder);
          for (XcFindingCount count = 0; count < XC_N_FINDING_COUNTS; count++)
            {
              guint value = 0;

              xc_comparison_get_count (comparison, i, count, &value);
              json_builder_set_member_name (builder, xc_finding_count_get_key (count));
              json_builder_add_int_value (builder, value);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  xc_cli_print_json (builder);
}

static void
print_comparison_text (XcComparison *comparison)
{
  guint n = xc_comparison_get_n_designs (comparison);
  guint n_rows = XC_N_INDICATORS + XC_N_FINDING_COUNTS;
  g_autofree guint *widths = g_new0 (guint, n + 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) caveats = g_ptr_array_new_with_free_func (g_free);

  /* row by row: its label, then a cell per design */
  for (guint row = 0; row < n_rows; row++)
    {
      char **line = g_new0 (char *, n + 2);

      if (row < XC_N_INDICATORS)
        line[0] = g_strdup (xc_indicator_get_label (row));
      else
        line[0] = g_strdup (xc_finding_count_get_label (row - XC_N_INDICATORS));
      for (guint i = 0; i < n; i++)
        {
          if (row < XC_N_INDICATORS)
            {
              g_autofree char *value = xc_indicators_format_value (xc_comparison_get_indicators (comparison, i), row);
              g_autofree char *caveat = xc_comparison_dup_caveat (comparison, i, row);

              /* a value resting on broken rules is marked, and said why below */
              line[i + 1] = caveat != NULL ? g_strconcat (value, " ⚠", NULL) : g_steal_pointer (&value);
              if (caveat != NULL)
                {
                  g_autofree char *name = g_path_get_basename (xc_comparison_get_label (comparison, i));
                  g_autofree char *note = g_strdup_printf ("⚠ %s: %s", name, caveat);

                  if (!g_ptr_array_find_with_equal_func (caveats, note, g_str_equal, NULL))
                    g_ptr_array_add (caveats, g_steal_pointer (&note));
                }
            }
          else
            {
              guint value;

              line[i + 1] = xc_comparison_get_count (comparison, i, row - XC_N_INDICATORS, &value)
                            ? g_strdup_printf ("%u", value) : g_strdup ("—");
            }
        }
      for (guint i = 0; i <= n; i++)
        widths[i] = MAX (widths[i], display_width (line[i]));
      g_ptr_array_add (cells, line);
    }

  widths[0] = MAX (widths[0], display_width (_("Indicator")));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_path_get_basename (xc_comparison_get_label (comparison, i));

      widths[i + 1] = MAX (widths[i + 1], display_width (name));
    }

  print_padded (_("Indicator"), widths[0]);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_path_get_basename (xc_comparison_get_label (comparison, i));

      g_print ("  ");
      print_padded (name, widths[i + 1]);
    }
  g_print ("\n");

  for (guint row = 0; row < n_rows; row++)
    {
      char **line = g_ptr_array_index (cells, row);

      print_padded (line[0], widths[0]);
      for (guint i = 0; i < n; i++)
        {
          /* Right-aligned numbers read better in a column. */
          g_print ("  ");
          for (guint pad = display_width (line[i + 1]); pad < widths[i + 1]; pad++)
            g_print (" ");
          g_print ("%s", line[i + 1]);
        }
      g_print ("\n");
    }
  for (guint i = 0; i < caveats->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (caveats, i));
}

static int
run_compare (OutputFormat   format,
             char         **files)
{
  g_autoptr(XcComparison) comparison = xc_comparison_new ();
  g_autoptr(XcValidator) validator = xc_validator_new (xc_plugin_registry_get_default ());
  int status = EXIT_CLEAN;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(XcProgramme) programme = load_design (files[i], &error);
      g_autoptr(XcReport) report = NULL;

      if (programme == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = EXIT_UNREADABLE;
          continue;
        }
      /* its findings, so a value that breaks rules is not the better one */
      report = xc_validator_validate (validator, programme);
      xc_comparison_add_design (comparison, files[i], programme);
      xc_comparison_set_report (comparison, xc_comparison_get_n_designs (comparison) - 1, report);
    }

  if (status != EXIT_CLEAN)
    return status;

  switch (format)
    {
    case FORMAT_JSON:
      print_comparison_json (comparison);
      break;
    case FORMAT_CSV:
      print_comparison_csv (comparison);
      break;
    case FORMAT_TEXT:
    default:
      print_comparison_text (comparison);
      break;
    }
  return status;
}

/* schemes */

static void
add_rules_json (JsonBuilder *builder,
                GListModel  *rules)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (rules, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, xc_rule_get_id (rule));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, xc_severity_to_string (xc_rule_get_severity (rule)));
      json_builder_set_member_name (builder, "summary");
      json_builder_add_string_value (builder, xc_rule_get_summary (rule));
      json_builder_set_member_name (builder, "clause");
      json_builder_add_string_value (builder, xc_rule_get_clause (rule));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_rule_ids (GListModel *rules)
{
  g_print ("  ");
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (rules, i);

      g_print ("%s%s", i > 0 ? " " : "", xc_rule_get_id (rule));
    }
  g_print ("\n");
}

static int
run_schemes (OutputFormat format)
{
  XcPluginRegistry *registry = xc_plugin_registry_get_default ();
  GListModel *schemes = xc_plugin_registry_get_schemes (registry);
  GListModel *plugins = xc_plugin_registry_get_plugins (registry);
  g_autoptr(GListModel) core_rules = xc_validator_list_core_rules ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_failed = 0;

  if (format == FORMAT_JSON)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "core_rules");
      add_rules_json (builder, core_rules);
      json_builder_set_member_name (builder, "schemes");
      json_builder_begin_array (builder);
    }
  else if (g_list_model_get_n_items (schemes) == 0)
    g_print (_("No scheme is installed. Plugins are searched in:\n"));
  else
    g_print (_("Installed schemes:\n"));

  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(XcScheme) scheme = g_list_model_get_item (schemes, i);
      g_autoptr(GListModel) rules = xc_scheme_list_rules (scheme);

      if (format == FORMAT_JSON)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, xc_scheme_get_id (scheme));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, xc_scheme_get_name (scheme));
          json_builder_set_member_name (builder, "rules");
          add_rules_json (builder, rules);
          json_builder_end_object (builder);
        }
      else
        {
          g_print ("%s  %s\n", xc_scheme_get_id (scheme), xc_scheme_get_name (scheme));
          print_rule_ids (rules);
        }
    }

  if (format == FORMAT_JSON)
    {
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "failed_plugins");
      json_builder_begin_array (builder);
    }
  else if (g_list_model_get_n_items (schemes) == 0)
    {
      const char * const *path = xc_plugin_registry_get_search_path (registry);

      for (guint i = 0; path[i] != NULL; i++)
        g_print ("  %s\n", path[i]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(XcPluginInfo) info = g_list_model_get_item (plugins, i);
      const GError *error = xc_plugin_info_get_error (info);

      if (xc_plugin_info_get_state (info) != XC_PLUGIN_STATE_FAILED)
        continue;

      if (format == FORMAT_JSON)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "plugin");
          json_builder_add_string_value (builder, xc_plugin_info_get_module_name (info));
          json_builder_set_member_name (builder, "file");
          json_builder_add_string_value (builder, xc_plugin_info_get_file (info));
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, error->message);
          json_builder_end_object (builder);
        }
      else
        {
          if (n_failed == 0)
            g_print (_("Plugins that could not be loaded:\n"));
          g_print ("%s  %s\n", xc_plugin_info_get_module_name (info), error->message);
        }
      n_failed++;
    }

  if (format == FORMAT_JSON)
    {
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      xc_cli_print_json (builder);
    }
  else
    {
      g_print (_("Rules every scheme shares:\n"));
      print_rule_ids (core_rules);
    }
  return EXIT_CLEAN;
}

static const char *
usage_text (void)
{
  return _("Usage:\n"
           "  xiachen-cli validate [--format=text|json] FILE...\n"
           "  xiachen-cli compare [--format=text|json|csv] FILE...\n"
           "  xiachen-cli schemes [--format=text|json]\n"
           "\n"
           "validate exits 0 when no finding is an error, 1 when one is, and 2 when a\n"
           "file cannot be read or is not a valid design.\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format_text = NULL;
  g_auto(GStrv) files = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("Output format: text, json or csv"), N_("FORMAT") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("COMMAND FILE…") },
    { NULL }
  };
  OutputFormat format;
  const char *command;

  setlocale (LC_ALL, "");
  /* XIACHEN_LOCALEDIR: the build tree's catalogues, under meson devenv */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR") != NULL
                                   ? g_getenv ("XIACHEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_print_handler (print_buffered);

  /* library has options of its own (library.md) */
  if (argc > 1 && g_str_equal (argv[1], "library"))
    return xc_cli_library_main (argc - 1, argv + 1);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, usage_text ());
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("xiachen-cli: %s\n%s", error->message, usage_text ());
      return EXIT_UNREADABLE;
    }

  if (version)
    {
      g_print ("xiachen-cli %s\n", PACKAGE_VERSION);
      return EXIT_CLEAN;
    }

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s", usage_text ());
      return EXIT_UNREADABLE;
    }

  command = files[0];
  if (g_str_equal (command, "schemes"))
    {
      if (!parse_format (format_text, FALSE, &format) || files[1] != NULL)
        {
          g_printerr ("%s", usage_text ());
          return EXIT_UNREADABLE;
        }
      return run_schemes (format);
    }

  if (!g_str_equal (command, "validate") && !g_str_equal (command, "compare"))
    {
      g_printerr (_("xiachen-cli: unknown command “%s”\n"), command);
      g_printerr ("%s", usage_text ());
      return EXIT_UNREADABLE;
    }

  if (!parse_format (format_text, g_str_equal (command, "compare"), &format))
    {
      g_printerr (_("xiachen-cli: unknown format “%s”\n"), format_text);
      g_printerr ("%s", usage_text ());
      return EXIT_UNREADABLE;
    }

  if (files[1] == NULL)
    {
      g_printerr (_("xiachen-cli: %s needs at least one FILE\n"), command);
      g_printerr ("%s", usage_text ());
      return EXIT_UNREADABLE;
    }

  if (g_str_equal (command, "validate"))
    return run_validate (format, files + 1);
  return run_compare (format, files + 1);
}
