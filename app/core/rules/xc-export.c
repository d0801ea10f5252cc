/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A comparison or a design's findings as a planner's spreadsheet: CSV and
 * XLSX (libxlsxwriter). CSV starts with a UTF-8 byte order mark, which is
 * what lets Excel and WPS on Chinese Windows read it as UTF-8 rather than
 * GBK. Both replace the target atomically (xc_file_replace_atomic()), so a
 * failed export never leaves half a file nor harms the old one. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "xc-deviation.h"
#include "xc-export.h"
#include "xc-file-io.h"
#include "xc-indicators.h"
#include "xc-rule.h"

#define UTF8_BOM "\xef\xbb\xbf"

/* One RFC 4180 record: fields quoted when they hold a comma, a quote or a
 * line break, a NULL cell as an empty field, CRLF at the end. */
static void
append_csv_record (GString           *text,
                   const char *const *cells,
                   guint              n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      const char *cell = cells[i];

      if (i > 0)
        g_string_append_c (text, ',');
      if (cell == NULL)
        continue;
      if (strpbrk (cell, ",\"\r\n") == NULL)
        {
          g_string_append (text, cell);
          continue;
        }
      g_string_append_c (text, '"');
      for (const char *p = cell; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (text, '"');
          g_string_append_c (text, *p);
        }
      g_string_append_c (text, '"');
    }
  g_string_append (text, "\r\n");
}

/* CSV is built in memory and written in one atomic replace. */
static gboolean
write_file_atomically (GFile       *file,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (contents, length);

  return xc_file_replace_atomic (file, bytes, NULL, error);
}

/* "南安: Breaks XC-04 × 13; …": the designs whose value of @indicator rests
 * on broken rules, NULL where none does. */
static char *
dup_caveats (XcComparison *comparison,
             XcIndicator   indicator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < xc_comparison_get_n_designs (comparison); i++)
    {
      g_autofree char *caveat = xc_comparison_dup_caveat (comparison, i, indicator);

      if (caveat == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      /* TRANSLATORS: a design and why its value is not one to prefer */
      g_string_append_printf (text, _("%s: %s"), xc_comparison_get_label (comparison, i), caveat);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * xc_export_comparison_csv:
 *
 * One row per indicator (its key and its translated label), one column per
 * design, then which way is better, the design with the better value and
 * the designs whose value breaks rules; then a row per count of findings.
 */
gboolean
xc_export_comparison_csv (XcComparison  *comparison,
                          GFile         *file,
                          GError       **error)
{
  g_autoptr(GString) text = g_string_new (UTF8_BOM);
  g_autoptr(GPtrArray) cells = NULL;
  guint n;

  g_return_val_if_fail (XC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  n = xc_comparison_get_n_designs (comparison);

  cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (cells, g_strdup ("indicator"));
  g_ptr_array_add (cells, g_strdup (_("Indicator")));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cells, g_strdup (xc_comparison_get_label (comparison, i)));
  g_ptr_array_add (cells, g_strdup (_("Better")));
  g_ptr_array_add (cells, g_strdup (_("Better design")));
  g_ptr_array_add (cells, g_strdup (_("Breaks rules")));
  append_csv_record (text, (const char *const *) cells->pdata, cells->len);

  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      int best = xc_comparison_get_best (comparison, indicator);

      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup (xc_indicator_get_key (indicator)));
      g_ptr_array_add (cells, g_strdup (xc_indicator_get_label (indicator)));
      for (guint i = 0; i < n; i++)
        {
          double value;

          /* NULL, an empty field: the indicator is undefined for the design */
          if (xc_indicators_get_value (xc_comparison_get_indicators (comparison, i), indicator, &value))
            g_ptr_array_add (cells, xc_indicator_format_number (value));
          else
            g_ptr_array_add (cells, NULL);
        }
      g_ptr_array_add (cells, g_strdup (xc_indicator_get_direction_label (indicator)));
      g_ptr_array_add (cells, best >= 0 ? g_strdup (xc_comparison_get_label (comparison, best)) : NULL);
      g_ptr_array_add (cells, dup_caveats (comparison, indicator));
      append_csv_record (text, (const char *const *) cells->pdata, cells->len);
    }

  for (XcFindingCount count = 0; count < XC_N_FINDING_COUNTS; count++)
    {
      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup_printf ("findings_%s", xc_finding_count_get_key (count)));
      g_ptr_array_add (cells, g_strdup (xc_finding_count_get_label (count)));
      for (guint i = 0; i < n; i++)
        {
          guint value;

          g_ptr_array_add (cells, xc_comparison_get_count (comparison, i, count, &value)
                                  ? g_strdup_printf ("%u", value) : NULL);
        }
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (cells, NULL);
      append_csv_record (text, (const char *const *) cells->pdata, cells->len);
    }
  return write_file_atomically (file, text->str, text->len, error);
}

/**
 * xc_export_get_unit_name:
 * @report: findings about @programme
 * @unit_id: (nullable): a unit's id, as a finding gives it
 *
 * The unit's name as exports show it: from the plain records the findings
 * were checked on where the report has them (xc_report_get_design()), so
 * an export may run in a worker, away from the model the window edits;
 * else from @programme.
 *
 * Returns: (nullable): the name, or %NULL where no unit has @unit_id or it
 *   has no name
 */
const char *
xc_export_get_unit_name (XcReport    *report,
                         XcProgramme *programme,
                         const char  *unit_id)
{
  XcDesign *design;
  XcUnit *unit;

  g_return_val_if_fail (XC_IS_REPORT (report), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  design = xc_report_get_design (report);
  if (design != NULL)
    return xc_design_get_unit_name (design, unit_id);
  unit = xc_programme_lookup_unit (programme, unit_id);
  return unit != NULL ? xc_unit_get_name (unit) : NULL;
}

static const char *
subject_name (XcReport    *report,
              XcProgramme *programme,
              const char  *subject_id)
{
  XcDesign *design = xc_report_get_design (report);
  XcPerson *person;
  XcInstitution *institution;

  if (design != NULL)
    {
      if (subject_id == NULL)
        return NULL;
      if (xc_design_find_person (design, subject_id) != XC_DESIGN_NONE)
        return xc_design_get_person_name (design, subject_id);
      if (xc_design_find_institution (design, subject_id) != XC_DESIGN_NONE)
        return xc_design_get_institution_name (design, subject_id);
      return subject_id;
    }
  person = xc_programme_lookup_person (programme, subject_id);
  if (person != NULL)
    return xc_person_get_name (person);
  institution = xc_programme_lookup_institution (programme, subject_id);
  return institution != NULL ? xc_institution_get_name (institution) : subject_id;
}

static const char * const finding_headings[] = {
  N_("Rule"), N_("Severity"), N_("Unit id"), N_("Unit"), N_("Subject"), N_("Message"),
  N_("Policy clause"), N_("Accepted: reason"), N_("Accepted: date"),
};

/* The cells of a finding's row, in the order of finding_headings. */
static void
get_finding_cells (XcFinding   *finding,
                   XcReport    *report,
                   XcProgramme *programme,
                   const char  *cells[G_N_ELEMENTS (finding_headings)])
{
  XcDeviation *deviation = xc_finding_get_deviation (finding);

  cells[0] = xc_finding_get_rule_id (finding);
  cells[1] = xc_severity_get_label (xc_finding_get_severity (finding));
  cells[2] = xc_finding_get_unit_id (finding);
  cells[3] = xc_export_get_unit_name (report, programme, xc_finding_get_unit_id (finding));
  cells[4] = subject_name (report, programme, xc_finding_get_subject_id (finding));
  cells[5] = xc_finding_get_message (finding);
  cells[6] = xc_finding_get_clause (finding);
  cells[7] = deviation != NULL ? xc_deviation_get_reason (deviation) : NULL;
  cells[8] = deviation != NULL ? xc_deviation_get_date (deviation) : NULL;
}

/**
 * xc_export_findings_csv:
 *
 * One row per finding with its rule, unit, message and clause, and for an
 * accepted one the deviation's reason and date.
 */
gboolean
xc_export_findings_csv (XcReport     *report,
                        XcProgramme  *programme,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(GString) text = g_string_new (UTF8_BOM);

  g_return_val_if_fail (XC_IS_REPORT (report), FALSE);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  {
    const char *headings[G_N_ELEMENTS (finding_headings)];

    for (guint i = 0; i < G_N_ELEMENTS (finding_headings); i++)
      headings[i] = _(finding_headings[i]);
    append_csv_record (text, headings, G_N_ELEMENTS (headings));
  }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *cells[G_N_ELEMENTS (finding_headings)];

      get_finding_cells (finding, report, programme, cells);
      append_csv_record (text, cells, G_N_ELEMENTS (cells));
    }
  return write_file_atomically (file, text->str, text->len, error);
}

/* XLSX */

/* libxlsxwriter writes only to a path of its own: it writes into a private
 * folder, and the finished workbook replaces the target atomically like
 * every other save. */
typedef struct
{
  GFile        *file;       /* the target */
  char         *work_dir;   /* private, removed with what is in it */
  char         *work_path;
  lxw_workbook *workbook;
} Xlsx;

static void
xlsx_free (Xlsx *xlsx)
{
  if (xlsx->work_path != NULL)
    g_remove (xlsx->work_path);
  if (xlsx->work_dir != NULL)
    g_rmdir (xlsx->work_dir);
  g_clear_object (&xlsx->file);
  g_free (xlsx->work_dir);
  g_free (xlsx->work_path);
  g_free (xlsx);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Xlsx, xlsx_free)

static Xlsx *
xlsx_new (GFile   *file,
          GError **error)
{
  g_autoptr(Xlsx) xlsx = g_new0 (Xlsx, 1);

  xlsx->file = g_object_ref (file);
  xlsx->work_dir = g_dir_make_tmp ("xiachen-xlsx-XXXXXX", error);
  if (xlsx->work_dir == NULL)
    return NULL;
  xlsx->work_path = g_build_filename (xlsx->work_dir, "export.xlsx", NULL);

  xlsx->workbook = workbook_new (xlsx->work_path);
  if (xlsx->workbook == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: the spreadsheet cannot be started"), name);
      return NULL;
    }
  return g_steal_pointer (&xlsx);
}

static gboolean
xlsx_finish (Xlsx    *xlsx,
             GError **error)
{
  g_autoptr(GFile) work_file = g_file_new_for_path (xlsx->work_path);
  g_autoptr(GBytes) bytes = NULL;
  lxw_error result = workbook_close (xlsx->workbook);

  xlsx->workbook = NULL;
  if (result != LXW_NO_ERROR)
    {
      g_autofree char *name = g_file_get_parse_name (xlsx->file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", name,
                   lxw_strerror (result));
      return FALSE;
    }
  bytes = xc_file_load_regular (work_file, G_MAXSIZE, NULL, error);
  return bytes != NULL && xc_file_replace_atomic (xlsx->file, bytes, NULL, error);
}

/**
 * xc_export_comparison_xlsx:
 *
 * A sheet with one row per indicator and one column per design: numbers as
 * numbers (shares as percentages), empty cells where an indicator is
 * undefined, and the better value in bold on green.
 */
gboolean
xc_export_comparison_xlsx (XcComparison  *comparison,
                           GFile         *file,
                           GError       **error)
{
  g_autoptr(Xlsx) xlsx = NULL;
  guint n;
  lxw_worksheet *sheet;
  lxw_format *heading, *count, *decimal, *percent, *best_count, *best_decimal, *best_percent, *note;
  lxw_format *broken_count, *broken_decimal, *broken_percent;
  lxw_row_t row;

  g_return_val_if_fail (XC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  n = xc_comparison_get_n_designs (comparison);
  xlsx = xlsx_new (file, error);
  if (xlsx == NULL)
    return FALSE;

  sheet = workbook_add_worksheet (xlsx->workbook, _("Indicators"));
  heading = workbook_add_format (xlsx->workbook);
  format_set_bold (heading);
  format_set_text_wrap (heading);
  format_set_bottom (heading, LXW_BORDER_THIN);
  count = workbook_add_format (xlsx->workbook);
  format_set_num_format (count, "0");
  decimal = workbook_add_format (xlsx->workbook);
  format_set_num_format (decimal, "0.0");
  percent = workbook_add_format (xlsx->workbook);
  format_set_num_format (percent, "0.0%");
  best_count = workbook_add_format (xlsx->workbook);
  format_set_num_format (best_count, "0");
  best_decimal = workbook_add_format (xlsx->workbook);
  format_set_num_format (best_decimal, "0.0");
  best_percent = workbook_add_format (xlsx->workbook);
  format_set_num_format (best_percent, "0.0%");
  for (guint i = 0; i < 3; i++)
    {
      lxw_format *format = (lxw_format *[]) { best_count, best_decimal, best_percent }[i];

      format_set_bold (format);
      format_set_bg_color (format, 0xC6EFCE);
    }
  for (guint i = 0; i < 3; i++)
    {
      lxw_format **format = (lxw_format **[]) { &broken_count, &broken_decimal, &broken_percent }[i];

      *format = workbook_add_format (xlsx->workbook);
      format_set_num_format (*format, (const char *[]) { "0", "0.0", "0.0%" }[i]);
      format_set_bg_color (*format, 0xFFEB9C);
    }
  note = workbook_add_format (xlsx->workbook);
  format_set_italic (note);

  /* Chinese labels are about twice as wide per character as Latin ones. */
  worksheet_set_column (sheet, 0, 0, 28, NULL);
  worksheet_set_column (sheet, 1, (lxw_col_t) n, 22, NULL);
  worksheet_set_column (sheet, (lxw_col_t) n + 1, (lxw_col_t) n + 2, 16, NULL);
  worksheet_set_column (sheet, (lxw_col_t) n + 3, (lxw_col_t) n + 3, 40, NULL);

  worksheet_write_string (sheet, 0, 0, _("Indicator"), heading);
  for (guint i = 0; i < n; i++)
    worksheet_write_string (sheet, 0, (lxw_col_t) (i + 1), xc_comparison_get_label (comparison, i),
                            heading);
  worksheet_write_string (sheet, 0, (lxw_col_t) n + 1, _("Better"), heading);
  worksheet_write_string (sheet, 0, (lxw_col_t) n + 2, _("Better design"), heading);
  worksheet_write_string (sheet, 0, (lxw_col_t) n + 3, _("Breaks rules"), heading);

  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      int best = xc_comparison_get_best (comparison, indicator);
      gboolean is_share = xc_indicator_is_share (indicator);

      row = (lxw_row_t) indicator + 1;
      worksheet_write_string (sheet, row, 0, xc_indicator_get_label (indicator), NULL);
      for (guint i = 0; i < n; i++)
        {
          double value;
          lxw_format *format;

          g_autofree char *caveat = NULL;

          if (!xc_indicators_get_value (xc_comparison_get_indicators (comparison, i), indicator, &value))
            continue;
          caveat = xc_comparison_dup_caveat (comparison, i, indicator);
          if (is_share)
            format = (int) i == best ? best_percent : caveat != NULL ? broken_percent : percent;
          else if (xc_indicator_is_count (indicator))
            format = (int) i == best ? best_count : caveat != NULL ? broken_count : count;
          else
            format = (int) i == best ? best_decimal : caveat != NULL ? broken_decimal : decimal;
          worksheet_write_number (sheet, row, (lxw_col_t) (i + 1), value, format);
        }
      worksheet_write_string (sheet, row, (lxw_col_t) n + 1,
                              xc_indicator_get_direction_label (indicator), NULL);
      if (best >= 0)
        worksheet_write_string (sheet, row, (lxw_col_t) n + 2,
                                xc_comparison_get_label (comparison, best), NULL);
      {
        g_autofree char *caveats = dup_caveats (comparison, indicator);

        if (caveats != NULL)
          worksheet_write_string (sheet, row, (lxw_col_t) n + 3, caveats, NULL);
      }
    }

  for (XcFindingCount finding_count = 0; finding_count < XC_N_FINDING_COUNTS; finding_count++)
    {
      row = (lxw_row_t) (XC_N_INDICATORS + 1 + finding_count);
      worksheet_write_string (sheet, row, 0, xc_finding_count_get_label (finding_count), NULL);
      for (guint i = 0; i < n; i++)
        {
          guint value;

          if (xc_comparison_get_count (comparison, i, finding_count, &value))
            worksheet_write_number (sheet, row, (lxw_col_t) (i + 1), value, count);
        }
    }

  row = XC_N_INDICATORS + XC_N_FINDING_COUNTS + 2;
  worksheet_write_string (sheet, row, 0,
                          _("Bold on green: the better value of the row. On yellow: a value of a "
                            "design that breaks the rules behind it, never the better one. An empty "
                            "cell: the indicator is undefined for that design."), note);
  worksheet_freeze_panes (sheet, 1, 1);

  return xlsx_finish (xlsx, error);
}

/**
 * xc_export_findings_xlsx:
 *
 * A sheet with one row per finding, as xc_export_findings_csv() writes.
 */
gboolean
xc_export_findings_xlsx (XcReport     *report,
                         XcProgramme  *programme,
                         GFile        *file,
                         GError      **error)
{
  static const double widths[] = { 10, 8, 10, 28, 16, 60, 60, 30, 12 };
  g_autoptr(Xlsx) xlsx = NULL;
  lxw_worksheet *sheet;
  lxw_format *heading, *wrap;

  G_STATIC_ASSERT (G_N_ELEMENTS (widths) == G_N_ELEMENTS (finding_headings));
  g_return_val_if_fail (XC_IS_REPORT (report), FALSE);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  xlsx = xlsx_new (file, error);
  if (xlsx == NULL)
    return FALSE;

  sheet = workbook_add_worksheet (xlsx->workbook, _("Findings"));
  heading = workbook_add_format (xlsx->workbook);
  format_set_bold (heading);
  format_set_bottom (heading, LXW_BORDER_THIN);
  wrap = workbook_add_format (xlsx->workbook);
  format_set_text_wrap (wrap);
  format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);

  for (guint j = 0; j < G_N_ELEMENTS (finding_headings); j++)
    {
      worksheet_set_column (sheet, (lxw_col_t) j, (lxw_col_t) j, widths[j], NULL);
      worksheet_write_string (sheet, 0, (lxw_col_t) j, _(finding_headings[j]), heading);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *cells[G_N_ELEMENTS (finding_headings)];

      get_finding_cells (finding, report, programme, cells);
      for (guint j = 0; j < G_N_ELEMENTS (cells); j++)
        if (cells[j] != NULL)
          worksheet_write_string (sheet, (lxw_row_t) i + 1, (lxw_col_t) j, cells[j], wrap);
    }
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, 0, G_N_ELEMENTS (finding_headings) - 1);

  return xlsx_finish (xlsx, error);
}
