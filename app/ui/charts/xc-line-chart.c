/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-charts"

#include "config.h"

#include <math.h>

#include "xc-line-chart.h"

/**
 * XcLineChart:
 *
 * A chart of lines: a line per series through a point per category, with
 * the value printed by each point. A missing value breaks the line.
 */
struct _XcLineChart
{
  XcChart parent_instance;
};

G_DEFINE_FINAL_TYPE (XcLineChart, xc_line_chart, XC_TYPE_CHART)

#define LINE_WIDTH   2.5
#define POINT_RADIUS 4.0
#define LABEL_GAP    5.f

static gboolean
overlaps_any (GArray                *placed,
              const graphene_rect_t *rect)
{
  for (guint i = 0; i < placed->len; i++)
    if (graphene_rect_intersection (&g_array_index (placed, graphene_rect_t, i), rect, NULL))
      return TRUE;
  return FALSE;
}

static void
snapshot_series (XcChart           *chart,
                 GtkSnapshot       *snapshot,
                 const XcChartPlot *plot,
                 guint              series,
                 const GdkRGBA     *background)
{
  graphene_rect_t bounds;
  gboolean drawing = FALSE;
  GdkRGBA color;
  cairo_t *cr;

  graphene_rect_inset_r (&plot->area, -2 * POINT_RADIUS, -2 * POINT_RADIUS, &bounds);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  xc_chart_get_series_color (chart, series, &color);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, LINE_WIDTH);
  gdk_cairo_set_source_rgba (cr, &color);

  for (guint c = 0; c < plot->n_categories; c++)
    {
      double value = xc_chart_get_value (chart, series, c);
      graphene_rect_t slot;
      double x, y;

      if (isnan (value))
        {
          drawing = FALSE;
          continue;
        }
      xc_chart_plot_get_slot (plot, c, &slot);
      x = slot.origin.x + slot.size.width / 2;
      y = xc_chart_plot_value_to_y (plot, value);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  cairo_stroke (cr);

  /* The points, ringed with the background to stand out of the lines. */
  for (guint c = 0; c < plot->n_categories; c++)
    {
      double value = xc_chart_get_value (chart, series, c);
      graphene_rect_t slot;

      if (isnan (value))
        continue;
      xc_chart_plot_get_slot (plot, c, &slot);
      cairo_new_sub_path (cr);
      cairo_arc (cr, slot.origin.x + slot.size.width / 2, xc_chart_plot_value_to_y (plot, value),
                 POINT_RADIUS, 0, 2 * G_PI);
    }
  gdk_cairo_set_source_rgba (cr, background);
  cairo_set_line_width (cr, 2);
  cairo_stroke_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_fill (cr);
  cairo_destroy (cr);
}

/* A patch of the background behind a value, for it to read over a line. */
static void
snapshot_halo (GtkSnapshot           *snapshot,
               const graphene_rect_t *rect,
               const GdkRGBA         *background)
{
  GdkRGBA color = *background;
  GskRoundedRect rounded;

  color.alpha *= 0.85f;
  gsk_rounded_rect_init_from_rect (&rounded, rect, 3);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, &color, rect);
  gtk_snapshot_pop (snapshot);
}

static int
compare_by_value_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const double *values = user_data;
  double va = values[*(const guint *) a];
  double vb = values[*(const guint *) b];

  /* Highest first; missing values last. */
  if (isnan (va) || isnan (vb))
    return (isnan (va) ? 1 : 0) - (isnan (vb) ? 1 : 0);
  return (va < vb) - (va > vb);
}

static void
xc_line_chart_snapshot_plot (XcChart           *chart,
                             GtkSnapshot       *snapshot,
                             const XcChartPlot *plot)
{
  guint n_series = xc_chart_get_n_series (chart);
  float baseline = plot->area.origin.y + plot->area.size.height;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autofree guint *order = g_new (guint, n_series);
  g_autofree double *values = g_new (double, n_series);
  GdkRGBA fg, background;

  xc_chart_get_foreground_color (chart, &fg);
  xc_chart_get_background_color (chart, &background);

  for (guint s = 0; s < n_series; s++)
    snapshot_series (chart, snapshot, plot, s, &background);

  /* The points, for the values not to cover them. */
  for (guint c = 0; c < plot->n_categories; c++)
    for (guint s = 0; s < n_series; s++)
      {
        double value = xc_chart_get_value (chart, s, c);
        graphene_rect_t slot, point;

        if (isnan (value))
          continue;
        xc_chart_plot_get_slot (plot, c, &slot);
        graphene_rect_init (&point, slot.origin.x + slot.size.width / 2 - POINT_RADIUS,
                            xc_chart_plot_value_to_y (plot, value) - POINT_RADIUS,
                            2 * POINT_RADIUS, 2 * POINT_RADIUS);
        g_array_append_val (placed, point);
      }

  /* The values: in each category the highest above its point and the
   * lowest below, out of the band between the lines; the others above or
   * below, wherever they cover nothing already there. */
  for (guint c = 0; c < plot->n_categories; c++)
    {
      graphene_rect_t slot;
      guint n_values = 0;
      float x;

      xc_chart_plot_get_slot (plot, c, &slot);
      x = slot.origin.x + slot.size.width / 2;
      for (guint s = 0; s < n_series; s++)
        {
          order[s] = s;
          values[s] = xc_chart_get_value (chart, s, c);
          if (!isnan (values[s]))
            n_values++;
        }
      g_qsort_with_data (order, n_series, sizeof (guint), compare_by_value_cb, values);

      for (guint i = 0; i < n_values; i++)
        {
          double value = values[order[i]];
          g_autofree char *text = xc_chart_format_value (chart, value);
          g_autoptr(PangoLayout) layout = xc_chart_create_value_layout (chart, text);
          float y = xc_chart_plot_value_to_y (plot, value);
          graphene_rect_t above, below, halo;
          const graphene_rect_t *first, *second;
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          graphene_rect_init (&above, x - w / 2.f, y - LABEL_GAP - h, w, h);
          graphene_rect_init (&below, x - w / 2.f, y + LABEL_GAP, w, h);
          if (i > 0 && i == n_values - 1)
            first = &below, second = &above;
          else
            first = &above, second = &below;

          if (first == &below && below.origin.y + h > baseline)
            first = &above, second = NULL;
          if (overlaps_any (placed, first))
            {
              if (second == NULL || overlaps_any (placed, second)
                  || second->origin.y + h > baseline)
                continue;
              first = second;
            }
          graphene_rect_inset_r (first, -2, 0, &halo);
          snapshot_halo (snapshot, &halo, &background);
          xc_chart_snapshot_layout (chart, snapshot, layout, first->origin.x, first->origin.y, &fg);
          g_array_append_val (placed, halo);
        }
    }
}

static void
xc_line_chart_class_init (XcLineChartClass *klass)
{
  XcChartClass *chart_class = XC_CHART_CLASS (klass);

  chart_class->snapshot_plot = xc_line_chart_snapshot_plot;
}

static void
xc_line_chart_init (XcLineChart *self)
{
}

GtkWidget *
xc_line_chart_new (void)
{
  return g_object_new (XC_TYPE_LINE_CHART, NULL);
}
