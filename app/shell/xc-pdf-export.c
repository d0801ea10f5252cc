/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A comparison or a design's findings as an A4 PDF a planner can attach to
 * a report: cairo's PDF surface, Pango for the (Chinese) text, and the
 * chart widgets drawn straight onto the page. */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"


#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <xiachen-ui.h>

#include "xc-pdf-export.h"

/* A4 in points, and its margins */
#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0
#define MARGIN       48.0
#define TEXT_WIDTH  (PAGE_WIDTH - 2 * MARGIN)
#define CHART_HEIGHT 210.0
#define CHART_GAP     12.0

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  GByteArray      *bytes;
  double           y;
} Pdf;

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
pdf_init (Pdf        *pdf,
          const char *title)
{
  pdf->bytes = g_byte_array_new ();
  pdf->surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, pdf->bytes,
                                                      PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (pdf->surface, CAIRO_PDF_METADATA_CREATOR, "Xiachen");
  pdf->cr = cairo_create (pdf->surface);
  pdf->y = MARGIN;
}

/* Finishes the document and writes it, replacing @file atomically. */
static gboolean
pdf_finish (Pdf      *pdf,
            GFile    *file,
            GError  **error)
{
  cairo_status_t status;
  gboolean ok = FALSE;

  cairo_destroy (pdf->cr);
  cairo_surface_finish (pdf->surface);
  status = cairo_surface_status (pdf->surface);
  cairo_surface_destroy (pdf->surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", name,
                   cairo_status_to_string (status));
    }
  else
    {
      g_autoptr(GBytes) contents = g_bytes_new (pdf->bytes->data, pdf->bytes->len);

      ok = xc_file_replace_atomic (file, contents, NULL, error);
    }
  g_byte_array_unref (pdf->bytes);
  return ok;
}

static void
pdf_new_page (Pdf *pdf)
{
  cairo_show_page (pdf->cr);
  pdf->y = MARGIN;
}

static void
pdf_ensure_room (Pdf    *pdf,
                 double  height)
{
  if (pdf->y + height > PAGE_HEIGHT - MARGIN && pdf->y > MARGIN)
    pdf_new_page (pdf);
}

static PangoLayout *
pdf_layout (Pdf        *pdf,
            const char *text,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pdf->cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
draw_layout (Pdf         *pdf,
             PangoLayout *layout,
             double       x,
             double       y,
             double       gray)
{
  cairo_set_source_rgb (pdf->cr, gray, gray, gray);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, layout);
}

/* A paragraph across the text width, on a new page where it does not fit. */
static void
pdf_paragraph (Pdf        *pdf,
               const char *text,
               const char *font,
               double      gray,
               double      space_after)
{
  g_autoptr(PangoLayout) layout = pdf_layout (pdf, text, font, TEXT_WIDTH);
  double height = layout_height (layout);

  pdf_ensure_room (pdf, height);
  draw_layout (pdf, layout, MARGIN, pdf->y, gray);
  pdf->y += height + space_after;
}

static void
pdf_heading (Pdf        *pdf,
             const char *title)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  /* TRANSLATORS: under a PDF report's title; %s is the date and time */
  g_autofree char *made = g_strdup_printf (_("Made with Xiachen on %s"), date);

  pdf_paragraph (pdf, title, "Sans Bold 16", 0.1, 4);
  pdf_paragraph (pdf, made, "Sans 9", 0.45, 14);
}

/* The table's columns: indicator, a column per design, which way is better */
typedef struct
{
  double label_width;
  double column_width;
  double better_width;
  guint  n;
} Columns;

static double
column_x (const Columns *columns,
          guint          column)
{
  return MARGIN + columns->label_width + column * columns->column_width;
}

static void
draw_rule (Pdf *pdf)
{
  cairo_set_source_rgb (pdf->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (pdf->cr, 0.8);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
  cairo_stroke (pdf->cr);
}

/* The header row: each design's letter, as the legend above and the charts
 * below name it. */
static void
draw_header (Pdf           *pdf,
             XcComparison  *comparison,
             const Columns *columns)
{
  g_autoptr(PangoLayout) better = pdf_layout (pdf, _("Better"), "Sans Bold 9",
                                              columns->better_width - 8);
  double height = layout_height (better);

  for (guint i = 0; i < columns->n; i++)
    {
      g_autofree char *letter = xc_comparison_dup_letter (comparison, i);
      g_autoptr(PangoLayout) layout = pdf_layout (pdf, letter, "Sans Bold 9", columns->column_width - 8);

      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      height = MAX (height, layout_height (layout));
      draw_layout (pdf, layout, column_x (columns, i) + 4, pdf->y, 0.1);
    }
  draw_layout (pdf, better, PAGE_WIDTH - MARGIN - columns->better_width + 8, pdf->y, 0.1);
  pdf->y += height + 4;
  draw_rule (pdf);
  pdf->y += 4;
}

/* One row of the table: every cell measured first, so a cell that wraps
 * (a long label, "↑ 越高越好") makes the row taller instead of running
 * into the next; on a new page, the header again. */
static void
draw_row (Pdf           *pdf,
          XcComparison  *comparison,
          const Columns *columns,
          const char    *label_text,
          char         **values,
          int            best,
          const gboolean *broken,
          const char    *better_text)
{
  g_autoptr(PangoLayout) label = pdf_layout (pdf, label_text, "Sans 9", columns->label_width - 8);
  g_autoptr(PangoLayout) better = pdf_layout (pdf, better_text, "Sans 8", columns->better_width - 8);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_object_unref);
  double height = MAX (layout_height (label), layout_height (better));

  for (guint i = 0; i < columns->n; i++)
    {
      PangoLayout *cell = pdf_layout (pdf, values[i], (int) i == best ? "Sans Bold 9" : "Sans 9",
                                      columns->column_width - 8);

      pango_layout_set_alignment (cell, PANGO_ALIGN_RIGHT);
      height = MAX (height, layout_height (cell));
      g_ptr_array_add (cells, cell);
    }
  height += 6;

  if (pdf->y + height > PAGE_HEIGHT - MARGIN)
    {
      pdf_new_page (pdf);
      draw_header (pdf, comparison, columns);
    }
  for (guint i = 0; i < columns->n; i++)
    {
      if ((int) i == best || (broken != NULL && broken[i]))
        {
          if ((int) i == best)
            cairo_set_source_rgb (pdf->cr, 0.78, 0.94, 0.81);
          else
            cairo_set_source_rgb (pdf->cr, 1.0, 0.92, 0.61);
          cairo_rectangle (pdf->cr, column_x (columns, i), pdf->y, columns->column_width, height);
          cairo_fill (pdf->cr);
        }
      draw_layout (pdf, g_ptr_array_index (cells, i), column_x (columns, i) + 4, pdf->y + 3, 0.1);
    }
  draw_layout (pdf, label, MARGIN, pdf->y + 3, 0.1);
  draw_layout (pdf, better, PAGE_WIDTH - MARGIN - columns->better_width + 8, pdf->y + 3, 0.45);
  pdf->y += height;
}

/**
 * xc_pdf_export_comparison:
 *
 * The designs named by letters, the indicator table with the better value
 * of each row marked and the values that break rules flagged, the designs'
 * findings, then a bar chart per indicator, two side by side.
 */
gboolean
xc_pdf_export_comparison (XcComparison  *comparison,
                          GFile         *file,
                          GError       **error)
{
  g_autoptr(GPtrArray) caveats = g_ptr_array_new_with_free_func (g_free);
  Columns columns = { 150, 0, 72, 0 };
  Pdf pdf;

  g_return_val_if_fail (XC_IS_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  columns.n = xc_comparison_get_n_designs (comparison);
  g_ptr_array_set_size (caveats, columns.n);
  columns.column_width = (TEXT_WIDTH - columns.label_width - columns.better_width) / MAX (columns.n, 1);
  pdf_init (&pdf, _("Comparison of Designs"));
  pdf_heading (&pdf, _("Comparison of Designs"));

  /* the legend: a title is too long for a column or a bar, a letter is not */
  for (guint i = 0; i < columns.n; i++)
    {
      g_autofree char *letter = xc_comparison_dup_letter (comparison, i);
      /* TRANSLATORS: a design's letter in the comparison and its title */
      g_autofree char *line = g_strdup_printf (_("%s: %s"), letter, xc_comparison_get_label (comparison, i));

      pdf_paragraph (&pdf, line, "Sans 9", 0.1, i + 1 == columns.n ? 10 : 2);
    }

  pdf_ensure_room (&pdf, 60);
  draw_header (&pdf, comparison, &columns);
  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      g_auto(GStrv) values = g_new0 (char *, columns.n + 1);
      g_autofree gboolean *broken = g_new0 (gboolean, MAX (columns.n, 1));
      int best = xc_comparison_get_best (comparison, indicator);

      for (guint i = 0; i < columns.n; i++)
        {
          g_autofree char *value = xc_indicators_format_value (xc_comparison_get_indicators (comparison, i),
                                                               indicator);
          g_autofree char *caveat = xc_comparison_dup_caveat (comparison, i, indicator);

          broken[i] = caveat != NULL;
          values[i] = (int) i == best ? g_strdup_printf ("★ %s", value)
                      : broken[i] ? g_strdup_printf ("⚠ %s", value)
                      : g_steal_pointer (&value);
          /* a design's widest caveat names all the rules it breaks: errors,
           * then the warnings behind some indicators */
          if (caveat != NULL && (g_ptr_array_index (caveats, i) == NULL
                                 || strlen (caveat) > strlen (g_ptr_array_index (caveats, i))))
            {
              g_free (g_ptr_array_index (caveats, i));
              g_ptr_array_index (caveats, i) = g_steal_pointer (&caveat);
            }
        }
      draw_row (&pdf, comparison, &columns, xc_indicator_get_label (indicator), values, best, broken,
                xc_indicator_get_direction_label (indicator));
    }
  /* the findings, below the figures they qualify */
  pdf.y += 2;
  draw_rule (&pdf);
  pdf.y += 2;
  for (XcFindingCount count = 0; count < XC_N_FINDING_COUNTS; count++)
    {
      g_auto(GStrv) values = g_new0 (char *, columns.n + 1);

      for (guint i = 0; i < columns.n; i++)
        {
          guint value;

          values[i] = xc_comparison_get_count (comparison, i, count, &value)
                      ? g_strdup_printf ("%u", value) : g_strdup ("—");
        }
      draw_row (&pdf, comparison, &columns, xc_finding_count_get_label (count), values, -1, NULL, "");
    }
  pdf.y += 8;
  pdf_paragraph (&pdf, _("★ marks the better value of each row; ⚠ marks a value of a design that "
                         "breaks the rules behind it, which is never the better one; “—”: the "
                         "indicator is undefined for that design."), "Sans 8", 0.45, 4);
  for (guint i = 0; i < caveats->len; i++)
    if (g_ptr_array_index (caveats, i) != NULL)
      {
        g_autofree char *letter = xc_comparison_dup_letter (comparison, i);
        g_autofree char *note = g_strdup_printf ("⚠ %s: %s", letter,
                                                 (char *) g_ptr_array_index (caveats, i));

        pdf_paragraph (&pdf, note, "Sans 8", 0.25, 2);
      }
  pdf.y += 10;

  /* the legend again above the charts, which often start a page */
  pdf_ensure_room (&pdf, 14 * columns.n + CHART_HEIGHT);
  for (guint i = 0; i < columns.n; i++)
    {
      g_autofree char *letter = xc_comparison_dup_letter (comparison, i);
      g_autofree char *line = g_strdup_printf (_("%s: %s"), letter, xc_comparison_get_label (comparison, i));

      pdf_paragraph (&pdf, line, "Sans 8", 0.25, i + 1 == columns.n ? 8 : 1);
    }

  /* a chart per indicator, two side by side, the designs by their letters */
  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      g_autoptr(GtkWidget) chart = g_object_ref_sink (xc_bar_chart_new_for_comparison (comparison,
                                                                                       indicator));
      const double chart_width = (TEXT_WIDTH - CHART_GAP) / 2;
      gboolean right = indicator % 2 == 1;

      if (!right)
        pdf_ensure_room (&pdf, CHART_HEIGHT);
      cairo_save (pdf.cr);
      cairo_translate (pdf.cr, MARGIN + (right ? chart_width + CHART_GAP : 0), pdf.y);
      xc_chart_draw_on (XC_CHART (chart), pdf.cr, (int) chart_width, (int) CHART_HEIGHT);
      cairo_restore (pdf.cr);
      if (right || indicator == XC_N_INDICATORS - 1)
        pdf.y += CHART_HEIGHT + CHART_GAP;
    }

  return pdf_finish (&pdf, file, error);
}

static void
write_finding (Pdf         *pdf,
               XcFinding   *finding,
               XcReport    *report,
               XcProgramme *programme)
{
  XcDeviation *deviation = xc_finding_get_deviation (finding);
  const char *unit_id = xc_finding_get_unit_id (finding);
  const char *name = xc_export_get_unit_name (report, programme, unit_id);
  /* a unit without a name, or one the design lacks (XC-01), by its id */
  const char *unit = name != NULL && name[0] != '\0' ? name : unit_id;
  g_autofree char *heading = unit != NULL
                             ? g_strdup_printf ("%s · %s", xc_finding_get_rule_id (finding), unit)
                             : g_strdup (xc_finding_get_rule_id (finding));
  /* TRANSLATORS: the policy clause a rule enforces, quoted */
  g_autofree char *clause = g_strdup_printf (_("Policy: “%s”"), xc_finding_get_clause (finding));

  pdf_ensure_room (pdf, 48);
  pdf_paragraph (pdf, heading, "Sans Bold 9", 0.1, 1);
  pdf_paragraph (pdf, xc_finding_get_message (finding), "Sans 9", 0.1, 1);
  pdf_paragraph (pdf, clause, "Sans 8", 0.45, deviation != NULL ? 1 : 8);
  if (deviation != NULL)
    {
      g_autofree char *accepted = g_strdup_printf (_("Accepted on %s: %s"),
                                                   xc_deviation_get_date (deviation) != NULL
                                                   ? xc_deviation_get_date (deviation) : "—",
                                                   xc_deviation_get_reason (deviation));

      pdf_paragraph (pdf, accepted, "Sans Italic 8", 0.25, 8);
    }
}

/**
 * xc_pdf_export_findings:
 * @title: the design's title, the report's heading
 *
 * The findings grouped by severity with their counts, accepted ones last
 * with their reasons.
 */
gboolean
xc_pdf_export_findings (XcReport     *report,
                        XcProgramme  *programme,
                        const char   *title,
                        GFile        *file,
                        GError      **error)
{
  GListModel *findings = G_LIST_MODEL (report);
  g_autofree char *heading = NULL;
  Pdf pdf;

  g_return_val_if_fail (XC_IS_REPORT (report), FALSE);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* TRANSLATORS: the heading of a PDF of findings; %s is the design's title */
  heading = g_strdup_printf (_("Findings: %s"), title);
  pdf_init (&pdf, heading);
  pdf_heading (&pdf, heading);

  for (int group = XC_SEVERITY_ERROR; group <= XC_SEVERITY_INFO + 1; group++)
    {
      gboolean accepted_group = group > XC_SEVERITY_INFO;
      guint count = accepted_group ? xc_report_count_accepted (report)
                                   : xc_report_count_open (report, (XcSeverity) group);
      g_autofree char *group_heading = NULL;

      if (accepted_group)
        group_heading = g_strdup_printf (_("Accepted deviations (%u)"), count);
      else
        /* TRANSLATORS: a severity and how many open findings have it */
        group_heading = g_strdup_printf (_("%s (%u)"), xc_severity_get_label ((XcSeverity) group),
                                         count);
      pdf.y += 6;
      pdf_ensure_room (&pdf, 60);
      pdf_paragraph (&pdf, group_heading, "Sans Bold 12", 0.1, 6);

      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(XcFinding) finding = g_list_model_get_item (findings, i);

          if (accepted_group ? xc_finding_is_accepted (finding)
                             : !xc_finding_is_accepted (finding)
                               && xc_finding_get_severity (finding) == (XcSeverity) group)
            write_finding (&pdf, finding, report, programme);
        }
    }

  return pdf_finish (&pdf, file, error);
}
