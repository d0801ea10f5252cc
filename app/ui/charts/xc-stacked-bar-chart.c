/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-charts"

#include "config.h"

#include <math.h>

#include "xc-stacked-bar-chart.h"

/**
 * XcStackedBarChart:
 *
 * A chart of stacked bars: in each category one bar, the series stacked
 * from the bottom in their order, each labelled inside where it has room,
 * and the total printed above the bar.
 */
struct _XcStackedBarChart
{
  XcChart parent_instance;
};

G_DEFINE_FINAL_TYPE (XcStackedBarChart, xc_stacked_bar_chart, XC_TYPE_CHART)

#define MAX_BAR_WIDTH 64.f
#define CORNER        3.f

static double
category_total (XcChart *chart,
                guint    category)
{
  guint n_series = xc_chart_get_n_series (chart);
  double total = 0;

  for (guint s = 0; s < n_series; s++)
    {
      double value = xc_chart_get_value (chart, s, category);

      if (!isnan (value))
        total += value;
    }
  return total;
}

static double
xc_stacked_bar_chart_get_value_max (XcChart *chart)
{
  guint n_categories = xc_chart_get_n_categories (chart);
  double max = 0;

  for (guint c = 0; c < n_categories; c++)
    max = MAX (max, category_total (chart, c));
  return max;
}

/* Black or white, whichever reads better on @background. */
static void
get_contrasting_color (const GdkRGBA *background,
                       GdkRGBA       *color)
{
  double luminance = 0.2126 * background->red + 0.7152 * background->green
                     + 0.0722 * background->blue;

  if (luminance > 0.55)
    *color = (GdkRGBA) { 0, 0, 0, 0.85f };
  else
    *color = (GdkRGBA) { 1, 1, 1, 1 };
}

static void
xc_stacked_bar_chart_snapshot_plot (XcChart           *chart,
                                    GtkSnapshot       *snapshot,
                                    const XcChartPlot *plot)
{
  guint n_series = xc_chart_get_n_series (chart);
  float baseline = plot->area.origin.y + plot->area.size.height;
  graphene_rect_t last_label = GRAPHENE_RECT_INIT (-1, -1, 0, 0);
  GdkRGBA fg, background;

  xc_chart_get_foreground_color (chart, &fg);
  xc_chart_get_background_color (chart, &background);

  for (guint c = 0; c < plot->n_categories; c++)
    {
      double total = category_total (chart, c);
      double sum = 0;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t slot, label;
      GskRoundedRect stack;
      float width, x, top, radius;
      int w, h;

      xc_chart_plot_get_slot (plot, c, &slot);
      width = MAX (1.f, MIN (slot.size.width * 0.6f, MAX_BAR_WIDTH));
      x = slot.origin.x + (slot.size.width - width) / 2;
      top = xc_chart_plot_value_to_y (plot, total);

      /* The stack, its top corners rounded as one bar's. */
      radius = MIN (CORNER, MIN (width, baseline - top) / 2);
      gsk_rounded_rect_init (&stack, &GRAPHENE_RECT_INIT (x, top, width, baseline - top),
                             &GRAPHENE_SIZE_INIT (radius, radius),
                             &GRAPHENE_SIZE_INIT (radius, radius),
                             &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
      gtk_snapshot_push_rounded_clip (snapshot, &stack);
      for (guint s = 0; s < n_series; s++)
        {
          double value = xc_chart_get_value (chart, s, c);
          float bottom, segment_top;
          GdkRGBA color, ink;

          if (isnan (value) || value <= 0)
            continue;
          bottom = xc_chart_plot_value_to_y (plot, sum);
          sum += value;
          segment_top = xc_chart_plot_value_to_y (plot, sum);
          xc_chart_get_bar_color (chart, s, c, &color);
          gtk_snapshot_append_color (snapshot, &color,
                                     &GRAPHENE_RECT_INIT (x, segment_top, width,
                                                          bottom - segment_top));
          /* A hairline of the background between two segments. */
          if (sum < total)
            gtk_snapshot_append_color (snapshot, &background,
                                       &GRAPHENE_RECT_INIT (x, segment_top - 0.5f, width, 1));

          /* The segment's own value inside it, where it fits. */
          g_free (text);
          text = xc_chart_format_value (chart, value);
          g_clear_object (&layout);
          layout = xc_chart_create_value_layout (chart, text);
          pango_layout_get_pixel_size (layout, &w, &h);
          if (n_series > 1 && w + 4 <= width && h + 2 <= bottom - segment_top)
            {
              /* against the colour as it shows: a lighter "Others" bar
               * lets the background through */
              GdkRGBA seen = {
                color.red * color.alpha + background.red * (1 - color.alpha),
                color.green * color.alpha + background.green * (1 - color.alpha),
                color.blue * color.alpha + background.blue * (1 - color.alpha),
                1,
              };

              get_contrasting_color (&seen, &ink);
              xc_chart_snapshot_layout (chart, snapshot, layout, x + (width - w) / 2,
                                        segment_top + (bottom - segment_top - h) / 2, &ink);
            }
        }
      gtk_snapshot_pop (snapshot);

      /* The total above the bar. */
      g_free (text);
      text = xc_chart_format_value (chart, total);
      g_clear_object (&layout);
      layout = xc_chart_create_value_layout (chart, text);
      pango_layout_get_pixel_size (layout, &w, &h);
      graphene_rect_init (&label, x + width / 2 - w / 2.f, top - h - 2, w, h);
      if (graphene_rect_intersection (&label, &last_label, NULL))
        continue;
      xc_chart_snapshot_layout (chart, snapshot, layout, label.origin.x, label.origin.y, &fg);
      graphene_rect_inset (&label, -1, 0);
      last_label = label;
    }
}

static void
xc_stacked_bar_chart_class_init (XcStackedBarChartClass *klass)
{
  XcChartClass *chart_class = XC_CHART_CLASS (klass);

  chart_class->get_value_max = xc_stacked_bar_chart_get_value_max;
  chart_class->snapshot_plot = xc_stacked_bar_chart_snapshot_plot;
}

static void
xc_stacked_bar_chart_init (XcStackedBarChart *self)
{
}

GtkWidget *
xc_stacked_bar_chart_new (void)
{
  return g_object_new (XC_TYPE_STACKED_BAR_CHART, NULL);
}
