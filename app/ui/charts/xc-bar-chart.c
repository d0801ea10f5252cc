/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-charts"

#include "config.h"

#include <math.h>

#include "xc-bar-chart.h"

/**
 * XcBarChart:
 *
 * A chart of grouped bars: in each category a bar per series, side by side,
 * with its value printed above it.
 */
struct _XcBarChart
{
  XcChart parent_instance;
};

G_DEFINE_FINAL_TYPE (XcBarChart, xc_bar_chart, XC_TYPE_CHART)

#define BAR_GAP       3.f
#define MAX_BAR_WIDTH 48.f
#define CORNER        3.f

static void
append_bar (GtkSnapshot           *snapshot,
            const graphene_rect_t *bar,
            const GdkRGBA         *color)
{
  float radius = MIN (CORNER, MIN (bar->size.width, bar->size.height) / 2);
  GskRoundedRect rounded;

  gsk_rounded_rect_init (&rounded, bar,
                         &GRAPHENE_SIZE_INIT (radius, radius), &GRAPHENE_SIZE_INIT (radius, radius),
                         &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, bar);
  gtk_snapshot_pop (snapshot);
}

/* The top of the bar of @series in @category. */
static float
bar_top (XcChart           *chart,
         const XcChartPlot *plot,
         guint              series,
         guint              category)
{
  return xc_chart_plot_value_to_y (plot, xc_chart_get_value (chart, series, category));
}

static void
xc_bar_chart_snapshot_plot (XcChart           *chart,
                            GtkSnapshot       *snapshot,
                            const XcChartPlot *plot)
{
  guint n_series = xc_chart_get_n_series (chart);
  float baseline = plot->area.origin.y + plot->area.size.height;
  graphene_rect_t last_label = GRAPHENE_RECT_INIT (-1, -1, 0, 0);
  GdkRGBA fg;

  xc_chart_get_foreground_color (chart, &fg);

  for (guint c = 0; c < plot->n_categories; c++)
    {
      graphene_rect_t slot;
      float group, bar_width, gap, x;

      xc_chart_plot_get_slot (plot, c, &slot);
      group = MIN (slot.size.width * 0.78f, n_series * (MAX_BAR_WIDTH + BAR_GAP));
      gap = n_series > 1 ? MIN (BAR_GAP, group * 0.1f / (n_series - 1)) : 0;
      bar_width = MAX (1.f, (group - gap * (n_series - 1)) / n_series);
      x = slot.origin.x + (slot.size.width - group) / 2;

      for (guint s = 0; s < n_series; s++, x += bar_width + gap)
        {
          double value = xc_chart_get_value (chart, s, c);
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) layout = NULL;
          graphene_rect_t label;
          GdkRGBA color;
          float top;
          int w, h;

          if (isnan (value))
            continue;
          top = xc_chart_plot_value_to_y (plot, value);
          xc_chart_get_bar_color (chart, s, c, &color);
          if (baseline - top >= 0.5f)
            append_bar (snapshot, &GRAPHENE_RECT_INIT (x, top, bar_width, baseline - top), &color);

          /* The value over the bar, unless the bars are too narrow for it
           * not to run into its neighbour's: the tooltip still has it. */
          text = xc_chart_format_value (chart, value);
          layout = xc_chart_create_value_layout (chart, text);
          pango_layout_get_pixel_size (layout, &w, &h);
          graphene_rect_init (&label, x + bar_width / 2 - w / 2.f, top - h - 2, w, h);
          if (graphene_rect_intersection (&label, &last_label, NULL)
              || (label.origin.x < x - gap && s > 0
                  && bar_top (chart, plot, s - 1, c) < top - 2)
              || (label.origin.x + w > x + bar_width + gap && s + 1 < n_series
                  && bar_top (chart, plot, s + 1, c) < top - 2))
            continue;
          xc_chart_snapshot_layout (chart, snapshot, layout, label.origin.x, label.origin.y, &fg);
          graphene_rect_inset (&label, -1, 0);
          last_label = label;
        }
    }
}

static void
xc_bar_chart_class_init (XcBarChartClass *klass)
{
  XcChartClass *chart_class = XC_CHART_CLASS (klass);

  chart_class->snapshot_plot = xc_bar_chart_snapshot_plot;
}

static void
xc_bar_chart_init (XcBarChart *self)
{
}

GtkWidget *
xc_bar_chart_new (void)
{
  return g_object_new (XC_TYPE_BAR_CHART, NULL);
}

/**
 * xc_bar_chart_new_for_comparison:
 * @indicator: one of the common indicators
 *
 * A bar chart of @indicator across the designs of @comparison, a bar per
 * design named by its letter (xc_comparison_dup_letter(): titles cut to
 * fit a bar read alike); no bar where the indicator is undefined for a
 * design, rather than a zero one.
 *
 * Returns: (transfer floating): a new #XcBarChart
 */
GtkWidget *
xc_bar_chart_new_for_comparison (XcComparison *comparison,
                                 XcIndicator   indicator)
{
  guint n = xc_comparison_get_n_designs (comparison);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, MAX (n, 1));
  GtkWidget *chart = xc_bar_chart_new ();

  g_return_val_if_fail (XC_IS_COMPARISON (comparison), chart);
  g_return_val_if_fail (indicator < XC_N_INDICATORS, chart);

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (labels, xc_comparison_dup_letter (comparison, i));
      if (!xc_indicators_get_value (xc_comparison_get_indicators (comparison, i), indicator,
                                    &values[i]))
        values[i] = NAN;
    }
  g_ptr_array_add (labels, NULL);
  xc_chart_set_title (XC_CHART (chart), xc_indicator_get_label (indicator));
  xc_chart_set_categories (XC_CHART (chart), (const char * const *) labels->pdata);
  if (xc_indicator_is_share (indicator))
    xc_chart_set_value_format (XC_CHART (chart), XC_CHART_VALUE_PERCENT);
  xc_chart_add_series (XC_CHART (chart), NULL, values, n);
  return chart;
}
