/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <xiachen-ui.h>

#include "xc-application.h"
#include "xc-comparison-window.h"
#include "xc-pdf-export.h"

/* Two or more open designs, of any schemes, side by side through the
 * common indicators: a table with the better value marked and the rows
 * that differ tinted, a chart per indicator, and export for a report. */
struct _XcComparisonWindow
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkListBox      *designs_list;
  GtkStack        *stack;
  GtkGrid         *table;
  GtkFlowBox      *charts_box;
  GtkLabel        *charts_legend;
  GtkWidget       *export_button;

  GPtrArray       *labels;       /* of char *, one per design added: its title */
  GPtrArray       *file_names;   /* of char *, nullable: tells same titles apart */
  GPtrArray       *programmes;   /* of XcProgramme */
  GPtrArray       *reports;      /* of XcReport, NULL while being checked */
  GCancellable    *cancellable;
  GPtrArray       *checks;       /* of GtkCheckButton, weak: owned by the list */
  XcComparison    *comparison;   /* of the checked designs */
  GListStore      *charts;
};

G_DEFINE_FINAL_TYPE (XcComparisonWindow, xc_comparison_window, ADW_TYPE_WINDOW)

static GtkWidget *
new_cell (const char *text,
          gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), heading ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  /* padding rather than margins, so a tinted row has no gaps */
  gtk_widget_add_css_class (label, "xc-cell");
  gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static const char *
describe_direction (XcIndicator indicator)
{
  switch (xc_indicator_get_direction (indicator))
    {
    case 1:
      return _("A higher value is better");
    case -1:
      return _("A lower value is better");
    default:
      return _("Neither higher nor lower is better");
    }
}

/* The name of the design's scheme from the plugins, or its id where no
 * plugin provides it. */
static XcPluginRegistry *get_registry (XcComparisonWindow *self);

static const char *
get_scheme_name (XcComparisonWindow *self,
                 XcProgramme        *programme)
{
  const char *scheme_id = xc_programme_get_scheme (programme);
  XcScheme *scheme;

  if (scheme_id == NULL)
    return "";
  scheme = xc_plugin_registry_lookup_scheme (get_registry (self), scheme_id);
  return scheme != NULL ? xc_scheme_get_name (scheme) : scheme_id;
}

static gboolean
designs_differ (XcComparison *comparison,
                XcIndicator   indicator)
{
  g_autofree char *first = NULL;

  for (guint i = 0; i < xc_comparison_get_n_designs (comparison); i++)
    {
      g_autofree char *text = xc_indicators_format_value (xc_comparison_get_indicators (comparison, i),
                                                          indicator);

      if (first == NULL)
        first = g_steal_pointer (&text);
      else if (!g_str_equal (first, text))
        return TRUE;
    }
  return FALSE;
}

static void
rebuild_table (XcComparisonWindow *self)
{
  XcComparison *comparison = self->comparison;
  guint n = xc_comparison_get_n_designs (comparison);
  gboolean checking = FALSE;
  GtkWidget *child;

  for (guint i = 0; i < n; i++)
    checking = checking || xc_comparison_get_report (comparison, i) == NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);

  gtk_grid_attach (self->table, new_cell (_("Indicator"), TRUE), 0, 0, 1, 1);
  for (guint i = 0; i < n; i++)
    {
      XcProgramme *programme = xc_comparison_get_programme (comparison, i);
      g_autofree char *letter = xc_comparison_dup_letter (comparison, i);
      /* the letter names the design's bar in the charts */
      g_autofree char *markup = g_markup_printf_escaped ("%s · %s\n<small><span weight=\"normal\">%s</span></small>",
                                                         letter, xc_comparison_get_label (comparison, i),
                                                         get_scheme_name (self, programme));
      GtkWidget *cell = new_cell (NULL, TRUE);

      gtk_label_set_markup (GTK_LABEL (cell), markup);
      gtk_label_set_xalign (GTK_LABEL (cell), 1);
      gtk_label_set_justify (GTK_LABEL (cell), GTK_JUSTIFY_RIGHT);
      gtk_widget_set_tooltip_text (cell, xc_programme_get_title (programme));
      gtk_grid_attach (self->table, cell, (int) i + 1, 0, 1, 1);
    }
  {
    GtkWidget *cell = new_cell (_("Better"), TRUE);

    gtk_widget_set_tooltip_text (cell, _("Which way an indicator is better"));
    gtk_grid_attach (self->table, cell, (int) n + 1, 0, 1, 1);
  }

  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      /* no star before every design's findings are known: one could break
       * the rules behind it */
      int best = checking ? -1 : xc_comparison_get_best (comparison, indicator);
      gboolean differ = designs_differ (comparison, indicator);
      GtkWidget *label = new_cell (xc_indicator_get_label (indicator), FALSE);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* the longest Chinese label on one line */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_widget_remove_css_class (label, "numeric");
      gtk_widget_set_tooltip_text (label, describe_direction (indicator));
      if (differ)
        gtk_widget_add_css_class (label, "xc-differs");
      gtk_grid_attach (self->table, label, 0, (int) indicator + 1, 1, 1);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *value = xc_indicators_format_value (xc_comparison_get_indicators (comparison, i),
                                                               indicator);
          g_autofree char *caveat = xc_comparison_dup_caveat (comparison, i, indicator);
          g_autofree char *text = (int) i == best ? g_strdup_printf ("★ %s", value)
                                  : caveat != NULL ? g_strdup_printf ("⚠ %s", value)
                                  : g_strdup (value);
          GtkWidget *cell = new_cell (text, FALSE);

          if (differ)
            gtk_widget_add_css_class (cell, "xc-differs");
          if ((int) i == best)
            {
              gtk_widget_add_css_class (cell, "success");
              gtk_widget_add_css_class (cell, "heading");
              gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              _("The better value of the compared designs"), -1);
            }
          if (caveat != NULL)
            {
              /* the figure stands, but not as one to prefer: say why */
              g_autofree char *tooltip = g_strdup_printf (_("%s; a value of a design that breaks the rules behind it is never marked better"),
                                                          caveat);

              gtk_widget_add_css_class (cell, "warning");
              gtk_widget_set_tooltip_text (cell, tooltip);
              gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, caveat, -1);
            }
          else
            gtk_widget_set_tooltip_text (cell, describe_direction (indicator));
          gtk_grid_attach (self->table, cell, (int) i + 1, (int) indicator + 1, 1, 1);
        }

      label = new_cell (xc_indicator_get_direction_label (indicator), FALSE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, describe_direction (indicator));
      if (differ)
        gtk_widget_add_css_class (label, "xc-differs");
      gtk_grid_attach (self->table, label, (int) n + 1, (int) indicator + 1, 1, 1);
    }

  /* the designs' findings, below the figures they qualify */
  for (XcFindingCount count = 0; count < XC_N_FINDING_COUNTS; count++)
    {
      int row = XC_N_INDICATORS + 1 + (int) count;
      GtkWidget *label = new_cell (xc_finding_count_get_label (count), FALSE);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_remove_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "xc-findings");
      gtk_grid_attach (self->table, label, 0, row, 1, 1);
      for (guint i = 0; i < n; i++)
        {
          guint value;
          gboolean known = xc_comparison_get_count (comparison, i, count, &value);
          g_autofree char *text = known ? g_strdup_printf ("%u", value) : g_strdup ("…");
          GtkWidget *cell = new_cell (text, FALSE);

          gtk_widget_add_css_class (cell, "xc-findings");
          if (!known)
            gtk_widget_set_tooltip_text (cell, _("The design is being checked"));
          else if (value > 0 && count == XC_FINDING_COUNT_ERRORS)
            gtk_widget_add_css_class (cell, "error");
          else if (value > 0 && count == XC_FINDING_COUNT_WARNINGS)
            gtk_widget_add_css_class (cell, "warning");
          gtk_grid_attach (self->table, cell, (int) i + 1, row, 1, 1);
        }
      gtk_grid_attach (self->table, new_cell (NULL, FALSE), (int) n + 1, row, 1, 1);
    }
}

/* "A: title · B: title": which bar of the charts is which design. */
static void
update_charts_legend (XcComparisonWindow *self)
{
  g_autoptr(GString) legend = g_string_new (NULL);

  for (guint i = 0; i < xc_comparison_get_n_designs (self->comparison); i++)
    {
      g_autofree char *letter = xc_comparison_dup_letter (self->comparison, i);

      if (legend->len > 0)
        g_string_append (legend, "    ");
      /* TRANSLATORS: a design's letter in the charts and its title */
      g_string_append_printf (legend, _("%s: %s"), letter, xc_comparison_get_label (self->comparison, i));
    }
  gtk_label_set_text (self->charts_legend, legend->str);
}

static void
rebuild_charts (XcComparisonWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_flow_box_remove (self->charts_box, child);
  g_list_store_remove_all (self->charts);

  for (XcIndicator indicator = 0; indicator < XC_N_INDICATORS; indicator++)
    {
      GtkWidget *chart = xc_bar_chart_new_for_comparison (self->comparison, indicator);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_size_request (chart, 320, 240);
      gtk_widget_set_margin_start (chart, 8);
      gtk_widget_set_margin_end (chart, 8);
      gtk_widget_set_margin_top (chart, 8);
      gtk_widget_set_margin_bottom (chart, 8);
      gtk_widget_add_css_class (card, "card");
      gtk_box_append (GTK_BOX (card), chart);
      gtk_flow_box_append (self->charts_box, card);
      g_list_store_append (self->charts, chart);
    }
}

static void
set_export_enabled (XcComparisonWindow *self,
                    gboolean            enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.export-csv", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.export-xlsx", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.export-pdf", enabled);
  gtk_widget_set_sensitive (self->export_button, enabled);
}

/* A design is named by its title; where another checked design has the
 * same title, by its title and its file's name. */
static char *
get_label (XcComparisonWindow *self,
           guint               design)
{
  const char *title = g_ptr_array_index (self->labels, design);
  const char *file_name = g_ptr_array_index (self->file_names, design);

  for (guint i = 0; file_name != NULL && i < self->checks->len; i++)
    if (i != design && gtk_check_button_get_active (g_ptr_array_index (self->checks, i))
        && g_str_equal (title, g_ptr_array_index (self->labels, i)))
      /* TRANSLATORS: a design's title and, to tell it from another of the
       * same title, its file's name */
      return g_strdup_printf (_("%s (%s)"), title, file_name);
  return g_strdup (title);
}

static void
update (XcComparisonWindow *self)
{
  g_clear_object (&self->comparison);
  self->comparison = xc_comparison_new ();
  for (guint i = 0; i < self->checks->len; i++)
    {
      g_autofree char *label = NULL;

      if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        continue;
      label = get_label (self, i);
      xc_comparison_add_design (self->comparison, label, g_ptr_array_index (self->programmes, i));
      xc_comparison_set_report (self->comparison, xc_comparison_get_n_designs (self->comparison) - 1,
                                g_ptr_array_index (self->reports, i));
    }

  if (xc_comparison_get_n_designs (self->comparison) < 2)
    {
      gtk_stack_set_visible_child_name (self->stack, "too-few");
      set_export_enabled (self, FALSE);
      return;
    }
  rebuild_table (self);
  rebuild_charts (self);
  update_charts_legend (self);
  gtk_stack_set_visible_child_name (self->stack, "comparison");
  /* an export states which design is better: only once that is known */
  set_export_enabled (self, !xc_comparison_window_get_checking (self));
}

/* Export */

/**
 * xc_comparison_window_export:
 * @format: "csv", "xlsx" or "pdf"
 *
 * Writes the comparison of the checked designs to @file.
 */
gboolean
xc_comparison_window_export (XcComparisonWindow  *self,
                             const char          *format,
                             GFile               *file,
                             GError             **error)
{
  g_return_val_if_fail (XC_IS_COMPARISON_WINDOW (self), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_str_equal (format, "csv"))
    return xc_export_comparison_csv (self->comparison, file, error);
  if (g_str_equal (format, "xlsx"))
    return xc_export_comparison_xlsx (self->comparison, file, error);
  if (g_str_equal (format, "pdf"))
    return xc_pdf_export_comparison (self->comparison, file, error);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("%s: unknown export format “%s”"), g_file_peek_path (file), format);
  return FALSE;
}

static void
open_exported_cb (AdwToast *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
export_response_cb (GtkNativeDialog    *dialog,
                    int                 response,
                    XcComparisonWindow *self)
{
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *basename = g_file_get_basename (chosen);
      g_autofree char *lower = g_utf8_strdown (basename, -1);
      g_autofree char *suffix = g_strconcat (".", format, NULL);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      /* a name typed without its extension gets it, so the file opens */
      if (g_str_has_suffix (lower, suffix))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *name = g_strconcat (basename, suffix, NULL);

          file = g_file_get_child (parent, name);
        }

      if (xc_comparison_window_export (self, format, file, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *escaped = g_markup_escape_text (name, -1);
          /* TRANSLATORS: %s is the name of the file written */
          g_autofree char *title = g_strdup_printf (_("Exported “%s”"), escaped);
          AdwToast *toast = adw_toast_new (title);

          adw_toast_set_button_label (toast, _("_Open"));
          g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
          g_signal_connect (toast, "button-clicked", G_CALLBACK (open_exported_cb), NULL);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
        }
      else
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The Comparison Was Not Exported"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_object_unref (dialog);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  XcComparisonWindow *self = XC_COMPARISON_WINDOW (widget);
  /* the action's name ends with the format: comparison.export-csv */
  const char *format = strrchr (action_name, '-') + 1;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* TRANSLATORS: the suggested file name of an exported comparison; %s is the date */
  g_autofree char *stem = g_strdup_printf (_("comparison-%s"), date);
  g_autofree char *name = g_strdup_printf ("%s.%s", stem, format);

  dialog = gtk_file_chooser_native_new (_("Export the Comparison"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_add_suffix (filter, format);
  gtk_file_filter_set_name (filter, g_str_equal (format, "csv") ? _("CSV files")
                                    : g_str_equal (format, "xlsx") ? _("Excel workbooks")
                                    : _("PDF documents"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_set_data_full (G_OBJECT (dialog), "format", g_strdup (format), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
xc_comparison_window_dispose (GObject *object)
{
  XcComparisonWindow *self = XC_COMPARISON_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_COMPARISON_WINDOW);
  g_clear_object (&self->comparison);
  g_clear_object (&self->charts);

  G_OBJECT_CLASS (xc_comparison_window_parent_class)->dispose (object);
}

static void
xc_comparison_window_finalize (GObject *object)
{
  XcComparisonWindow *self = XC_COMPARISON_WINDOW (object);

  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->file_names);
  g_ptr_array_unref (self->programmes);
  g_ptr_array_unref (self->reports);
  g_ptr_array_unref (self->checks);

  G_OBJECT_CLASS (xc_comparison_window_parent_class)->finalize (object);
}

static void
xc_comparison_window_class_init (XcComparisonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_comparison_window_dispose;
  object_class->finalize = xc_comparison_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-comparison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, designs_list);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, table);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, charts_box);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, charts_legend);
  gtk_widget_class_bind_template_child (widget_class, XcComparisonWindow, export_button);

  gtk_widget_class_install_action (widget_class, "comparison.export-csv", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "comparison.export-xlsx", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "comparison.export-pdf", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The table's cells, and a tint for rows where the designs differ that
 * reads in light and dark; once per display. */
static void
add_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = NULL;

  if (g_object_get_data (G_OBJECT (display), "xc-comparison-style") != NULL)
    return;
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (css,
                                   ".xc-cell { padding: 6px 10px; }\n"
                                   ".xc-differs { background-color: alpha(@accent_bg_color, 0.12); }\n",
                                   -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "xc-comparison-style", g_steal_pointer (&css),
                          g_object_unref);
}

static void
clear_object (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
xc_comparison_window_init (XcComparisonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->file_names = g_ptr_array_new_with_free_func (g_free);
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
  self->reports = g_ptr_array_new_with_free_func (clear_object);
  self->cancellable = g_cancellable_new ();
  self->checks = g_ptr_array_new ();
  self->charts = g_list_store_new (GTK_TYPE_WIDGET);
  self->comparison = xc_comparison_new ();

  add_style (gtk_widget_get_display (GTK_WIDGET (self)));
  update (self);
}

GtkWidget *
xc_comparison_window_new (GtkWindow *parent)
{
  return g_object_new (XC_TYPE_COMPARISON_WINDOW, "transient-for", parent, NULL);
}

typedef struct
{
  XcComparisonWindow *self;   /* weak: the window may go first */
  XcProgramme        *programme;
} Check;

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Check *check = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcReport) report = xc_validator_check_bytes_finish (XC_VALIDATOR (source), result,
                                                                &error);
  XcComparisonWindow *self = check->self;
  guint design;

  if (self != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self), (gpointer *) &check->self);
  /* a window being disposed (no cancellable left) has no table to fill */
  if (self != NULL && self->cancellable != NULL && report != NULL
      && g_ptr_array_find (self->programmes, check->programme, &design))
    {
      clear_object (g_ptr_array_index (self->reports, design));
      g_ptr_array_index (self->reports, design) = g_steal_pointer (&report);
      update (self);
    }
  g_object_unref (check->programme);
  g_free (check);
}

static XcPluginRegistry *
get_registry (XcComparisonWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL && parent != NULL)
    application = gtk_window_get_application (parent);
  if (XC_IS_APPLICATION (application) && xc_application_get_registry (XC_APPLICATION (application)) != NULL)
    return xc_application_get_registry (XC_APPLICATION (application));
  return xc_plugin_registry_get_default ();
}

/**
 * xc_comparison_window_add_design:
 * @label: how the design is called in the table: its title
 *
 * Offers @programme for comparison, checked.
 */
void
xc_comparison_window_add_design (XcComparisonWindow *self,
                                 const char         *label,
                                 XcProgramme        *programme)
{
  xc_comparison_window_add_design_from_file (self, label, NULL, programme);
}

/**
 * xc_comparison_window_add_design_from_file:
 * @title: how the design is called: its title
 * @file_name: (nullable): its file's name, which tells it from a design of
 *   the same title
 *
 * Offers @programme for comparison, checked, and checks it (on a copy, in
 * a worker thread) so its findings show beside its figures.
 */
void
xc_comparison_window_add_design_from_file (XcComparisonWindow *self,
                                           const char         *title,
                                           const char         *file_name,
                                           XcProgramme        *programme)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autoptr(XcValidator) validator = NULL;
  g_autofree char *subtitle = NULL;
  Check *data;

  g_return_if_fail (XC_IS_COMPARISON_WINDOW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (XC_IS_PROGRAMME (programme));

  g_ptr_array_add (self->labels, g_strdup (title));
  g_ptr_array_add (self->file_names, g_strdup (file_name));
  g_ptr_array_add (self->programmes, g_object_ref (programme));
  g_ptr_array_add (self->reports, NULL);
  g_ptr_array_add (self->checks, check);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  subtitle = file_name != NULL && !g_str_equal (file_name, title)
             ? g_strdup_printf ("%s · %s", get_scheme_name (self, programme), file_name)
             : g_strdup (get_scheme_name (self, programme));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->designs_list, row);

  data = g_new0 (Check, 1);
  data->self = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &data->self);
  data->programme = g_object_ref (programme);
  validator = xc_validator_new (get_registry (self));
  /* the design as read, or its bytes: no copy of the model */
  xc_validator_check_programme_async (validator, programme, title, self->cancellable, checked_cb,
                                      data);
  update (self);
}

/**
 * xc_comparison_window_get_checking:
 *
 * Returns: whether a design's findings are still being found
 */
gboolean
xc_comparison_window_get_checking (XcComparisonWindow *self)
{
  g_return_val_if_fail (XC_IS_COMPARISON_WINDOW (self), FALSE);

  for (guint i = 0; i < self->reports->len; i++)
    if (g_ptr_array_index (self->reports, i) == NULL)
      return TRUE;
  return FALSE;
}

/**
 * xc_comparison_window_set_checked:
 * @design: the index of a design, in the order added
 */
void
xc_comparison_window_set_checked (XcComparisonWindow *self,
                                  guint               design,
                                  gboolean            checked)
{
  g_return_if_fail (XC_IS_COMPARISON_WINDOW (self));
  g_return_if_fail (design < self->checks->len);

  gtk_check_button_set_active (g_ptr_array_index (self->checks, design), checked);
}

/**
 * xc_comparison_window_get_comparison:
 *
 * Returns: (transfer none): the comparison of the checked designs
 */
XcComparison *
xc_comparison_window_get_comparison (XcComparisonWindow *self)
{
  g_return_val_if_fail (XC_IS_COMPARISON_WINDOW (self), NULL);

  return self->comparison;
}

/**
 * xc_comparison_window_get_charts:
 *
 * Returns: (transfer none): the chart per indicator
 */
GListModel *
xc_comparison_window_get_charts (XcComparisonWindow *self)
{
  g_return_val_if_fail (XC_IS_COMPARISON_WINDOW (self), NULL);

  return G_LIST_MODEL (self->charts);
}
