/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-charts"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include <xiachen.h>

#include "xc-chart.h"

/**
 * XcChart:
 *
 * The base of the chart widgets: the data every chart draws — a title,
 * the categories along the x axis and one or more series of values, one
 * value per category — and everything around the data: the title, the
 * legend, the value axis from 0 with its gridlines, the category labels,
 * a "No data" message for a chart with nothing to show, a tooltip, an
 * accessible label that reads the data out, and the export to PNG and SVG.
 *
 * A subclass draws the series in #XcChartClass.snapshot_plot; it may say
 * in #XcChartClass.get_value_max how high its value axis must go.
 */

#define PADDING        8
#define LEGEND_SWATCH  12
#define LEGEND_GAP     6
#define LEGEND_SPACING 18
#define AXIS_GAP       6
#define MAX_LABEL_LINES 2
#define DASH           6

typedef struct
{
  char   *name;
  double *values;
  gsize   n_values;
} Series;

typedef struct
{
  char               *title;
  GStrv               categories;
  guint               n_categories;
  GPtrArray          *series;        /* of Series */
  XcChartValueFormat  value_format;
  double              reference_value;  /* NAN: none */
  char               *reference_label;
  gboolean            last_sums_rest;   /* the last category is "Others" */

  /* The last frame drawn on screen, for the tooltip: the plot, and the
   * columns of its categories from the legend down to their labels. */
  XcChartPlot         screen_plot;
  graphene_rect_t     screen_columns;
  gboolean            has_screen_plot;
} XcChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (XcChart, xc_chart, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (XcChartValueFormat, xc_chart_value_format,
                    G_DEFINE_ENUM_VALUE (XC_CHART_VALUE_NUMBER, "number"),
                    G_DEFINE_ENUM_VALUE (XC_CHART_VALUE_PERCENT, "percent"))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CATEGORIES,
  PROP_VALUE_FORMAT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* libadwaita's palette, in an order where neighbours differ in hue and
 * lightness; each reads on the light and on the dark window background. */
static const struct
{
  const char *name;
  const char *fallback;
} series_palette[] = {
  { "blue_3", "#3584e4" },
  { "green_4", "#2ec27e" },
  { "yellow_5", "#e5a50a" },
  { "orange_4", "#e66100" },
  { "red_3", "#e01b24" },
  { "purple_3", "#9141ac" },
};

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_free (series->values);
  g_free (series);
}

static void
xc_chart_changed (XcChart  *self,
                  gboolean  resize)
{
  g_autofree char *summary = xc_chart_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  if (resize)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Plot geometry */

/**
 * xc_chart_plot_value_to_y:
 *
 * Returns: the y coordinate of @value in @plot; values below 0 are at the
 *   bottom of the plot
 */
float
xc_chart_plot_value_to_y (const XcChartPlot *plot,
                          double             value)
{
  const graphene_rect_t *area;

  g_return_val_if_fail (plot != NULL, 0.f);

  area = &plot->area;
  if (!(plot->y_max > 0) || !isfinite (value) || value <= 0)
    return area->origin.y + area->size.height;
  return area->origin.y + area->size.height * (1. - MIN (value, plot->y_max) / plot->y_max);
}

/**
 * xc_chart_plot_get_slot:
 * @slot: (out): the column of @category, from the top to the bottom of the plot
 */
void
xc_chart_plot_get_slot (const XcChartPlot *plot,
                        guint              category,
                        graphene_rect_t   *slot)
{
  float width;

  g_return_if_fail (plot != NULL);
  g_return_if_fail (slot != NULL);

  width = plot->area.size.width / MAX (plot->n_categories, 1);
  graphene_rect_init (slot, plot->area.origin.x + width * category, plot->area.origin.y,
                      width, plot->area.size.height);
}

/* Values */

static gboolean
xc_chart_is_integral (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  if (priv->value_format != XC_CHART_VALUE_NUMBER)
    return FALSE;
  for (guint s = 0; s < priv->series->len; s++)
    {
      Series *series = g_ptr_array_index (priv->series, s);

      for (gsize i = 0; i < series->n_values && i < priv->n_categories; i++)
        {
          double value = series->values[i];

          if (isfinite (value) && fabs (value - round (value)) > 1e-9)
            return FALSE;
        }
    }
  return TRUE;
}

static double
xc_chart_real_get_value_max (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  double max = 0;

  for (guint s = 0; s < priv->series->len; s++)
    for (guint c = 0; c < priv->n_categories; c++)
      {
        double value = xc_chart_get_value (self, s, c);

        if (isfinite (value) && value > max)
          max = value;
      }
  return max;
}

static double
xc_chart_get_value_max (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  double max;

  if (priv->n_categories == 0 || priv->series->len == 0)
    return 0;
  max = XC_CHART_GET_CLASS (self)->get_value_max (self);
  return isfinite (max) && max > 0 ? max : 0;
}

/* The step of the value axis: the smallest of 1, 2, 2.5, 3, 4 and 5 times
 * a power of ten that reaches @max in at most five steps. */
static double
nice_step (double    max,
           gboolean  integral)
{
  static const double mantissas[] = { 1, 2, 2.5, 3, 4, 5 };
  int exponent;

  g_assert (max > 0);

  exponent = (int) floor (log10 (max / 5.));
  for (int e = exponent - 1; e <= exponent + 2; e++)
    for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
      {
        double step = mantissas[i] * pow (10, e);

        if (integral && (step < 1 || fabs (step - round (step)) > 1e-9))
          continue;
        if (ceil (max / step - 1e-9) <= 5)
          return step;
      }
  return max;
}

static char *
format_number (double value,
               int    max_decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *dot;

  value = round (value * pow (10, max_decimals)) / pow (10, max_decimals);
  if (value == 0)
    value = 0;  /* not -0 */
  g_snprintf (buf, sizeof buf, "%.*f", max_decimals, value);
  /* Strip trailing zeros of the decimals, then a lone decimal separator. */
  dot = strpbrk (buf, ".,");
  if (dot != NULL)
    {
      char *end = buf + strlen (buf) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
    }
  return g_strdup (buf);
}

/**
 * xc_chart_format_value:
 *
 * Returns: (transfer full): @value as the chart prints it, e.g. `12`,
 *   `3.25` or, in percent, `42%`
 */
char *
xc_chart_format_value (XcChart *self,
                       double   value)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  if (!isfinite (value))
    return g_strdup ("–");
  if (priv->value_format == XC_CHART_VALUE_PERCENT)
    {
      g_autofree char *number = format_number (value * 100, 1);

      return g_strconcat (number, "%", NULL);
    }
  return format_number (value, 2);
}

/* Colours */

static gboolean
lookup_color (XcChart    *self,
              const char *name,
              GdkRGBA    *color)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                          name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return found;
}

/**
 * xc_chart_get_foreground_color:
 * @color: (out): the colour of text: the widget's own in a window, the
 *   window's text colour out of one
 */
void
xc_chart_get_foreground_color (XcChart *self,
                               GdkRGBA *color)
{
  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (color != NULL);

  /* Out of a window, nothing passes the colour of text down to the chart:
   * its style has CSS's initial colour. The theme's says what it would be. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL
      && lookup_color (self, "window_fg_color", color))
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

/**
 * xc_chart_get_background_color:
 * @color: (out): the colour of the window behind the chart: what an export
 *   is painted on, and what separates neighbouring marks
 */
void
xc_chart_get_background_color (XcChart *self,
                               GdkRGBA *color)
{
  GdkRGBA fg;

  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (color != NULL);

  xc_chart_get_foreground_color (self, &fg);
  if (lookup_color (self, "window_bg_color", color) && color->alpha > 0.99
      && fabs (luminance (color) - luminance (&fg)) > 0.3)
    return;
  /* Without libadwaita's colours: the opposite of the text. */
  if (luminance (&fg) > 0.5)
    gdk_rgba_parse (color, "#242424");
  else
    gdk_rgba_parse (color, "#ffffff");
}

/**
 * xc_chart_get_series_color:
 * @color: (out): the colour of the series at @series; the palette repeats
 *   after six series
 */
void
xc_chart_get_series_color (XcChart *self,
                           guint    series,
                           GdkRGBA *color)
{
  guint i = series % G_N_ELEMENTS (series_palette);

  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (color != NULL);

  if (!lookup_color (self, series_palette[i].name, color))
    gdk_rgba_parse (color, series_palette[i].fallback);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* Text */

static PangoLayout *
create_layout (XcChart    *self,
               const char *text,
               double      scale,
               PangoWeight weight)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  if (scale != 1.)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (weight != PANGO_WEIGHT_NORMAL)
    pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  return layout;
}

/**
 * xc_chart_create_value_layout:
 *
 * Returns: (transfer full): a layout of @text in the small type of values
 *   and axis labels
 */
PangoLayout *
xc_chart_create_value_layout (XcChart    *self,
                              const char *text)
{
  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  return create_layout (self, text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL);
}

/**
 * xc_chart_snapshot_layout:
 * @x: the left of the layout's logical extents
 * @y: the top of the layout's logical extents
 */
void
xc_chart_snapshot_layout (XcChart       *self,
                          GtkSnapshot   *snapshot,
                          PangoLayout   *layout,
                          float          x,
                          float          y,
                          const GdkRGBA *color)
{
  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (PANGO_IS_LAYOUT (layout));
  g_return_if_fail (color != NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x), roundf (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Drawing */

static void
append_hline (GtkSnapshot   *snapshot,
              float          x,
              float          y,
              float          width,
              const GdkRGBA *color)
{
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (x, roundf (y) - 0.5f, width, 1));
}

/* A dashed horizontal line two pixels thick, centred on @y. */
static void
append_dashes (GtkSnapshot   *snapshot,
               float          x,
               float          y,
               float          width,
               const GdkRGBA *color)
{
  for (float dx = 0; dx < width; dx += 2 * DASH)
    gtk_snapshot_append_color (snapshot, color,
                               &GRAPHENE_RECT_INIT (x + dx, roundf (y) - 1,
                                                    MIN (DASH, width - dx), 2));
}

/* The reference line's colour: the text's, a little dimmed, so it reads
 * on both window backgrounds and is no series' colour. */
static void
xc_chart_get_reference_color (XcChart *self,
                              GdkRGBA *color)
{
  xc_chart_get_foreground_color (self, color);
  color->alpha *= 0.8f;
}

/* Draws the legend from @y in the width @width, wrapping its items into
 * rows, or with @snapshot %NULL only measures it; returns its height. */
static float
snapshot_legend (XcChart       *self,
                 GtkSnapshot   *snapshot,
                 float          x,
                 float          y,
                 float          width,
                 const GdkRGBA *fg)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  float row_x = 0;
  float row_y = 0;
  float row_height = 0;

  for (guint s = 0; s < priv->series->len; s++)
    {
      Series *series = g_ptr_array_index (priv->series, s);
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t bounds;
      GskRoundedRect swatch;
      GdkRGBA color;
      int text_width, text_height;
      float item_width;

      /* A series without a name has no entry: the title says what it is. */
      if (series->name[0] == '\0')
        continue;
      layout = create_layout (self, series->name, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL);
      pango_layout_set_width (layout, MAX (1, (int) (width - LEGEND_SWATCH - LEGEND_GAP))
                                      * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      item_width = LEGEND_SWATCH + LEGEND_GAP + text_width;
      if (row_x > 0 && row_x + item_width > width)
        {
          row_x = 0;
          row_y += row_height + 4;
          row_height = 0;
        }
      row_height = MAX (row_height, MAX (text_height, LEGEND_SWATCH));

      if (snapshot == NULL)
        {
          row_x += item_width + LEGEND_SPACING;
          continue;
        }
      xc_chart_get_series_color (self, s, &color);
      graphene_rect_init (&bounds, x + row_x, y + row_y + (text_height - LEGEND_SWATCH) / 2.f,
                          LEGEND_SWATCH, LEGEND_SWATCH);
      gsk_rounded_rect_init_from_rect (&swatch, &bounds, 3);
      gtk_snapshot_push_rounded_clip (snapshot, &swatch);
      gtk_snapshot_append_color (snapshot, &color, &swatch.bounds);
      gtk_snapshot_pop (snapshot);
      xc_chart_snapshot_layout (self, snapshot, layout, x + row_x + LEGEND_SWATCH + LEGEND_GAP,
                                y + row_y, fg);
      row_x += item_width + LEGEND_SPACING;
    }

  /* The reference line last, its swatch a dash of the line. */
  if (priv->reference_label != NULL && isfinite (priv->reference_value))
    {
      g_autoptr(PangoLayout) layout = create_layout (self, priv->reference_label,
                                                     PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL);
      int text_width, text_height;
      float item_width;

      pango_layout_set_width (layout, MAX (1, (int) (width - 2 * LEGEND_SWATCH - LEGEND_GAP))
                                      * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      item_width = 2 * LEGEND_SWATCH + LEGEND_GAP + text_width;
      if (row_x > 0 && row_x + item_width > width)
        {
          row_x = 0;
          row_y += row_height + 4;
          row_height = 0;
        }
      row_height = MAX (row_height, MAX (text_height, LEGEND_SWATCH));
      if (snapshot != NULL)
        {
          GdkRGBA color;

          xc_chart_get_reference_color (self, &color);
          append_dashes (snapshot, x + row_x, y + row_y + text_height / 2.f, 2 * LEGEND_SWATCH,
                         &color);
          xc_chart_snapshot_layout (self, snapshot, layout,
                                    x + row_x + 2 * LEGEND_SWATCH + LEGEND_GAP, y + row_y, fg);
        }
    }
  return row_y + row_height;
}

static gboolean
xc_chart_has_legend (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  if (priv->reference_label != NULL && isfinite (priv->reference_value))
    return TRUE;
  for (guint s = 0; s < priv->series->len; s++)
    if (((Series *) g_ptr_array_index (priv->series, s))->name[0] != '\0')
      return TRUE;
  return FALSE;
}

static PangoLayout *
create_title_layout (XcChart *self,
                     float    width)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  PangoLayout *layout = create_layout (self, priv->title, PANGO_SCALE_LARGE, PANGO_WEIGHT_BOLD);

  pango_layout_set_width (layout, MAX (1, (int) width) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* The label of each category, wrapped to its column in at most @max_lines
 * lines; sets @height to the tallest. */
static GPtrArray *
create_category_layouts (XcChart *self,
                         float    column,
                         int      max_lines,
                         float   *height)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);

  *height = 0;
  for (guint c = 0; c < priv->n_categories; c++)
    {
      PangoLayout *layout = create_layout (self, priv->categories[c], 1., PANGO_WEIGHT_NORMAL);
      int h;

      pango_layout_set_width (layout, MAX (1, (int) column - 4) * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, NULL, &h);
      *height = MAX (*height, h);
      g_ptr_array_add (layouts, layout);
    }
  return layouts;
}

/* Draws the whole chart in @width × @height; fills @plot and @columns,
 * the categories' columns under the legend, when there is data, and
 * returns whether there was.
 *
 * Short of room, the chart keeps its plot at least three values high by
 * giving up, in turn, the legend, the second line of category labels and
 * the title; the tooltip and the accessible label still have them all. */
static gboolean
xc_chart_draw (XcChart         *self,
               GtkSnapshot     *snapshot,
               int              width,
               int              height,
               XcChartPlot     *plot,
               graphene_rect_t *columns)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  GdkRGBA fg, dim, grid, axis;
  float top = PADDING;
  float inner_width = width - 2 * PADDING;
  float label_width = 0, label_height = 0, value_height, title_height = 0, legend_height = 0;
  float plot_left, plot_bottom, column;
  double value_max, step;
  guint n_steps, label_every;
  int max_lines = MAX_LABEL_LINES;
  g_autoptr(GPtrArray) tick_layouts = NULL;
  g_autoptr(GPtrArray) category_layouts = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) probe = NULL;
  int w, h;

  if (inner_width < 1 || height < 2 * PADDING + 1)
    return FALSE;

  xc_chart_get_foreground_color (self, &fg);
  dim = with_alpha (&fg, 0.72f);
  grid = with_alpha (&fg, 0.12f);
  axis = with_alpha (&fg, 0.45f);

  if (priv->title != NULL && priv->title[0] != '\0')
    {
      title = create_title_layout (self, inner_width);
      pango_layout_get_pixel_size (title, NULL, &h);
      title_height = h + 6;
    }

  value_max = xc_chart_get_value_max (self);
  if (value_max > 0 && isfinite (priv->reference_value))
    value_max = MAX (value_max, priv->reference_value);
  if (value_max <= 0)
    {
      /* TRANSLATORS: drawn in place of a chart that has no value to show */
      g_autoptr(PangoLayout) layout = create_layout (self, _("No data"), 1., PANGO_WEIGHT_NORMAL);
      float room;

      if (title != NULL)
        {
          xc_chart_snapshot_layout (self, snapshot, title, PADDING, top, &fg);
          top += title_height;
        }
      room = height - PADDING - top;
      pango_layout_set_width (layout, (int) inner_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, NULL, &h);
      xc_chart_snapshot_layout (self, snapshot, layout, PADDING, top + MAX (0, (room - h) / 2),
                                &dim);
      return FALSE;
    }

  if (xc_chart_has_legend (self))
    legend_height = snapshot_legend (self, NULL, PADDING, 0, inner_width, &fg) + 10;

  /* The value axis: its labels decide where the plot begins. */
  step = nice_step (value_max, xc_chart_is_integral (self));
  n_steps = MAX (1, (guint) ceil (value_max / step - 1e-9));
  tick_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i <= n_steps; i++)
    {
      g_autofree char *text = xc_chart_format_value (self, step * i);
      PangoLayout *layout = xc_chart_create_value_layout (self, text);

      pango_layout_get_pixel_size (layout, &w, &h);
      label_width = MAX (label_width, w);
      g_ptr_array_add (tick_layouts, layout);
    }
  probe = xc_chart_create_value_layout (self, "0");
  pango_layout_get_pixel_size (probe, NULL, &h);
  value_height = h;

  plot_left = PADDING + label_width + AXIS_GAP;
  plot->n_categories = priv->n_categories;
  plot->y_max = step * n_steps;
  plot->area.origin.x = plot_left;
  plot->area.size.width = MAX (1, width - PADDING - plot_left);
  column = plot->area.size.width / priv->n_categories;

  /* Room for the plot, the value over its tallest mark included. */
  for (;;)
    {
      float room;

      g_clear_pointer (&category_layouts, g_ptr_array_unref);
      category_layouts = create_category_layouts (self, column, max_lines, &label_height);
      room = height - 2 * PADDING - title_height - legend_height - value_height - 4
             - label_height - AXIS_GAP;
      if (room >= 3 * value_height)
        break;
      if (legend_height > 0)
        legend_height = 0;
      else if (max_lines > 1)
        max_lines = 1;
      else if (title_height > 0)
        title_height = 0;
      else
        break;
    }

  if (title_height > 0)
    xc_chart_snapshot_layout (self, snapshot, title, PADDING, top, &fg);
  top += title_height;
  if (legend_height > 0)
    snapshot_legend (self, snapshot, PADDING, top, inner_width, &fg);
  top += legend_height;

  plot->area.origin.y = top + value_height + 4;
  plot_bottom = height - PADDING - label_height - AXIS_GAP;
  plot->area.size.height = MAX (1, plot_bottom - plot->area.origin.y);
  plot_bottom = plot->area.origin.y + plot->area.size.height;

  /* Gridlines at every step, labels as often as they fit. */
  label_every = MAX (1, (guint) ceil ((value_height + 2) / (plot->area.size.height / n_steps)));
  for (guint i = 0; i <= n_steps; i++)
    {
      PangoLayout *layout = g_ptr_array_index (tick_layouts, i);
      float y = xc_chart_plot_value_to_y (plot, step * i);

      if (i > 0)
        append_hline (snapshot, plot_left, y, plot->area.size.width, &grid);
      if (i % label_every != 0)
        continue;
      pango_layout_get_pixel_size (layout, &w, &h);
      xc_chart_snapshot_layout (self, snapshot, layout, plot_left - AXIS_GAP - w, y - h / 2.f,
                                &dim);
    }

  for (guint c = 0; c < priv->n_categories; c++)
    {
      PangoLayout *layout = g_ptr_array_index (category_layouts, c);
      graphene_rect_t slot;

      xc_chart_plot_get_slot (plot, c, &slot);
      xc_chart_snapshot_layout (self, snapshot, layout, slot.origin.x + 2, plot_bottom + AXIS_GAP,
                                &fg);
    }

  graphene_rect_init (columns, plot_left, top, plot->area.size.width, MAX (0, height - top));
  XC_CHART_GET_CLASS (self)->snapshot_plot (self, snapshot, plot);

  if (isfinite (priv->reference_value) && priv->reference_value >= 0)
    {
      GdkRGBA color;

      xc_chart_get_reference_color (self, &color);
      append_dashes (snapshot, plot_left, xc_chart_plot_value_to_y (plot, priv->reference_value),
                     plot->area.size.width, &color);
    }

  append_hline (snapshot, plot_left, plot_bottom, plot->area.size.width, &axis);
  return TRUE;
}

static GskRenderNode *
xc_chart_render (XcChart *self,
                 int      width,
                 int      height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t columns;
  XcChartPlot plot;
  GdkRGBA background;

  xc_chart_get_background_color (self, &background);
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  xc_chart_draw (self, snapshot, width, height, &plot, &columns);
  return gtk_snapshot_free_to_node (snapshot);
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
xc_chart_export (XcChart          *self,
                 cairo_surface_t  *surface,
                 GByteArray       *bytes,
                 GFile            *file,
                 int               width,
                 int               height,
                 gboolean          png,
                 GError          **error)
{
  g_autoptr(GskRenderNode) node = xc_chart_render (self, width, height);
  g_autoptr(GBytes) contents = NULL;
  cairo_status_t status;
  cairo_t *cr;

  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && png)
    status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Could not draw the chart: %s", cairo_status_to_string (status));
      return FALSE;
    }

  contents = g_bytes_new (bytes->data, bytes->len);
  return xc_file_replace_atomic (file, contents, NULL, error);
}

/**
 * xc_chart_draw_on:
 * @cr: where to draw, e.g. a page of a PDF report
 * @width: the chart's width in @cr's units
 * @height: the chart's height in @cr's units
 *
 * Draws the chart at @cr's origin as xc_chart_export_png() would. The
 * chart need not be on screen.
 */
void
xc_chart_draw_on (XcChart *self,
                  cairo_t *cr,
                  int      width,
                  int      height)
{
  g_autoptr(GskRenderNode) node = NULL;

  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  node = xc_chart_render (self, width, height);
  gsk_render_node_draw (node, cr);
}

/**
 * xc_chart_export_png:
 * @file: where to write the image; replaced atomically
 * @width: the width of the image, in pixels
 * @height: the height of the image, in pixels
 *
 * Draws the chart on its window background into a PNG image of
 * @width × @height. The chart need not be on screen.
 */
gboolean
xc_chart_export_png (XcChart  *self,
                     GFile    *file,
                     int       width,
                     int       height,
                     GError  **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  gboolean ok;

  g_return_val_if_fail (XC_IS_CHART (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width > 0 && width <= 32767, FALSE);
  g_return_val_if_fail (height > 0 && height <= 32767, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_byte_array_new ();
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  ok = xc_chart_export (self, surface, bytes, file, width, height, TRUE, error);
  cairo_surface_destroy (surface);
  return ok;
}

/**
 * xc_chart_export_svg:
 * @file: where to write the image; replaced atomically
 * @width: the width of the image, in CSS pixels
 * @height: the height of the image, in CSS pixels
 *
 * Draws the chart on its window background into an SVG image of
 * @width × @height. The chart need not be on screen.
 */
gboolean
xc_chart_export_svg (XcChart  *self,
                     GFile    *file,
                     int       width,
                     int       height,
                     GError  **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  gboolean ok;

  g_return_val_if_fail (XC_IS_CHART (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width > 0 && width <= 32767, FALSE);
  g_return_val_if_fail (height > 0 && height <= 32767, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_byte_array_new ();
  surface = cairo_svg_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  ok = xc_chart_export (self, surface, bytes, file, width, height, FALSE, error);
  cairo_surface_destroy (surface);
  return ok;
}

/* GtkWidget */

static void
xc_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  XcChart *self = XC_CHART (widget);
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  priv->has_screen_plot = xc_chart_draw (self, snapshot, gtk_widget_get_width (widget),
                                         gtk_widget_get_height (widget), &priv->screen_plot,
                                         &priv->screen_columns);
}

static void
xc_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  XcChart *self = XC_CHART (widget);
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int n_categories = MAX (1, (int) priv->n_categories);
      int n_series = MAX (1, (int) priv->series->len);

      *minimum = 160;
      *natural = MAX (360, 72 + n_categories * MAX (72, n_series * 28 + 28));
    }
  else
    {
      /* Enough for a title, a legend and a plot three values high. */
      *minimum = 160;
      *natural = 280;
    }
}

static gboolean
xc_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_tooltip,
                        GtkTooltip *tooltip)
{
  XcChart *self = XC_CHART (widget);
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  g_autoptr(GString) text = NULL;
  guint category;

  if (keyboard_tooltip || !xc_chart_get_category_at (self, x, y, &category))
    return FALSE;

  text = g_string_new (priv->categories[category]);
  for (guint s = 0; s < priv->series->len; s++)
    {
      g_autofree char *value = xc_chart_format_value (self, xc_chart_get_value (self, s, category));
      const char *name = xc_chart_get_series_name (self, s);

      g_string_append_printf (text, "\n%s%s%s", name, name[0] != '\0' ? " " : "", value);
    }
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

/**
 * xc_chart_get_category_at:
 * @x: a position in the widget
 * @y: a position in the widget
 * @category: (out) (optional): the category whose column is at (@x, @y)
 *
 * Which category is drawn at (@x, @y), in the last frame drawn on screen:
 * for a tooltip or a click. A category's column runs from below the legend
 * down to the category's label.
 *
 * Returns: whether (@x, @y) falls in a category's column
 */
gboolean
xc_chart_get_category_at (XcChart *self,
                          double   x,
                          double   y,
                          guint   *category)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  const XcChartPlot *plot = &priv->screen_plot;
  guint found;

  g_return_val_if_fail (XC_IS_CHART (self), FALSE);

  if (!priv->has_screen_plot || priv->n_categories == 0
      || plot->n_categories != priv->n_categories
      || !graphene_rect_contains_point (&priv->screen_columns, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  found = (guint) ((x - plot->area.origin.x) / (plot->area.size.width / plot->n_categories));
  if (category != NULL)
    *category = MIN (found, priv->n_categories - 1);
  return TRUE;
}

/* GObject */

static void
xc_chart_finalize (GObject *object)
{
  XcChart *self = XC_CHART (object);
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->reference_label, g_free);
  g_clear_pointer (&priv->categories, g_strfreev);
  g_clear_pointer (&priv->series, g_ptr_array_unref);

  G_OBJECT_CLASS (xc_chart_parent_class)->finalize (object);
}

static void
xc_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  XcChart *self = XC_CHART (object);
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;

    case PROP_CATEGORIES:
      g_value_set_boxed (value, priv->categories);
      break;

    case PROP_VALUE_FORMAT:
      g_value_set_enum (value, priv->value_format);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  XcChart *self = XC_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      xc_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_CATEGORIES:
      xc_chart_set_categories (self, g_value_get_boxed (value));
      break;

    case PROP_VALUE_FORMAT:
      xc_chart_set_value_format (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_chart_class_init (XcChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = xc_chart_finalize;
  object_class->get_property = xc_chart_get_property;
  object_class->set_property = xc_chart_set_property;

  widget_class->snapshot = xc_chart_snapshot;
  widget_class->measure = xc_chart_measure;
  widget_class->query_tooltip = xc_chart_query_tooltip;

  klass->get_value_max = xc_chart_real_get_value_max;

  /**
   * XcChart:title:
   *
   * The title drawn above the chart and read first by screen readers.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * XcChart:categories:
   *
   * The labels along the x axis, e.g. county names; each series has a
   * value for each of them.
   */
  properties[PROP_CATEGORIES] =
    g_param_spec_boxed ("categories", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * XcChart:value-format:
   *
   * How values and the value axis are printed.
   */
  properties[PROP_VALUE_FORMAT] =
    g_param_spec_enum ("value-format", NULL, NULL,
                       XC_TYPE_CHART_VALUE_FORMAT,
                       XC_CHART_VALUE_NUMBER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dark_changed_cb (XcChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
xc_chart_init (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  priv->series = g_ptr_array_new_with_free_func (series_free);
  priv->reference_value = NAN;
  priv->categories = g_new0 (char *, 1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  /* Redraws in the colours of the other scheme; those read from the
   * style change with it. */
  if (adw_is_initialized ())
    g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                             G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  xc_chart_changed (self, FALSE);
}

/* Public API */

const char *
xc_chart_get_title (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  return priv->title;
}

void
xc_chart_set_title (XcChart    *self,
                    const char *title)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;
  g_free (priv->title);
  priv->title = g_strdup (title);
  xc_chart_changed (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * xc_chart_get_categories:
 *
 * Returns: (transfer none) (array zero-terminated=1): the labels along the
 *   x axis; never %NULL
 */
const char * const *
xc_chart_get_categories (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  return (const char * const *) priv->categories;
}

/**
 * xc_chart_set_categories:
 * @categories: (nullable) (array zero-terminated=1): the labels along the
 *   x axis, e.g. county names
 */
void
xc_chart_set_categories (XcChart            *self,
                         const char * const *categories)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  static const char * const none[] = { NULL };

  g_return_if_fail (XC_IS_CHART (self));

  if (categories == NULL)
    categories = none;
  if (g_strv_equal ((const char * const *) priv->categories, categories))
    return;
  g_strfreev (priv->categories);
  priv->last_sums_rest = FALSE;
  priv->categories = g_strdupv ((char **) categories);
  priv->n_categories = g_strv_length (priv->categories);
  xc_chart_changed (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORIES]);
}

guint
xc_chart_get_n_categories (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), 0);

  return priv->n_categories;
}

XcChartValueFormat
xc_chart_get_value_format (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), XC_CHART_VALUE_NUMBER);

  return priv->value_format;
}

void
xc_chart_set_value_format (XcChart            *self,
                           XcChartValueFormat  value_format)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (value_format <= XC_CHART_VALUE_PERCENT);

  if (priv->value_format == value_format)
    return;
  priv->value_format = value_format;
  xc_chart_changed (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_FORMAT]);
}

/**
 * xc_chart_add_series:
 * @name: (nullable): the name in the legend, e.g. `Studios`
 * @values: (array length=n_values): one value per category, in the order
 *   of #XcChart:categories; NAN for a missing one
 * @n_values: the number of @values, normally the number of categories
 *
 * Adds a series after those already there. Values past the last category
 * are not drawn; categories past the last value have no value. Values
 * below 0 are drawn as 0: the value axis begins at 0.
 */
void
xc_chart_add_series (XcChart      *self,
                     const char   *name,
                     const double *values,
                     gsize         n_values)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  Series *series;

  g_return_if_fail (XC_IS_CHART (self));
  g_return_if_fail (values != NULL || n_values == 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name != NULL ? name : "");
  series->values = g_memdup2 (values, n_values * sizeof (double));
  series->n_values = n_values;
  g_ptr_array_add (priv->series, series);
  xc_chart_changed (self, TRUE);
}

/**
 * xc_chart_set_last_sums_rest:
 * @last_sums_rest: whether the last category sums up categories left out
 *
 * Marks the last category as the "Others" of a chart with more categories
 * than it shows (XcChartTally does): its bars are drawn lighter, so they
 * do not read as one more category. Setting the categories clears it.
 */
void
xc_chart_set_last_sums_rest (XcChart  *self,
                             gboolean  last_sums_rest)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));

  if (priv->last_sums_rest == !!last_sums_rest)
    return;
  priv->last_sums_rest = !!last_sums_rest;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
xc_chart_get_last_sums_rest (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), FALSE);

  return priv->last_sums_rest;
}

/**
 * xc_chart_get_bar_color:
 *
 * The colour of @series in @category: the series' colour, lighter in an
 * "Others" category (xc_chart_set_last_sums_rest()).
 */
void
xc_chart_get_bar_color (XcChart *self,
                        guint    series,
                        guint    category,
                        GdkRGBA *color)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));

  xc_chart_get_series_color (self, series, color);
  if (priv->last_sums_rest && category + 1 == priv->n_categories)
    color->alpha *= 0.45f;
}

void
xc_chart_clear_series (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));

  if (priv->series->len == 0)
    return;
  g_ptr_array_set_size (priv->series, 0);
  xc_chart_changed (self, TRUE);
}

guint
xc_chart_get_n_series (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), 0);

  return priv->series->len;
}

/**
 * xc_chart_get_series_name:
 *
 * Returns: the name of the series at @series, "" when it has none
 */
const char *
xc_chart_get_series_name (XcChart *self,
                          guint    series)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NULL);
  g_return_val_if_fail (series < priv->series->len, NULL);

  return ((Series *) g_ptr_array_index (priv->series, series))->name;
}

/**
 * xc_chart_get_value:
 *
 * Returns: the value of @series for @category, at least 0, or NAN when it
 *   has none
 */
double
xc_chart_get_value (XcChart *self,
                    guint    series,
                    guint    category)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  Series *s;
  double value;

  g_return_val_if_fail (XC_IS_CHART (self), NAN);
  g_return_val_if_fail (series < priv->series->len, NAN);

  s = g_ptr_array_index (priv->series, series);
  if (category >= s->n_values || category >= priv->n_categories)
    return NAN;
  value = s->values[category];
  if (!isfinite (value))
    return NAN;
  return MAX (value, 0.);
}

/**
 * xc_chart_is_empty:
 *
 * Returns: whether the chart has nothing to draw: no category, no series
 *   or no value above 0. It then draws "No data".
 */
gboolean
xc_chart_is_empty (XcChart *self)
{
  g_return_val_if_fail (XC_IS_CHART (self), TRUE);

  return xc_chart_get_value_max (self) <= 0;
}

/**
 * xc_chart_dup_summary:
 *
 * Returns: (transfer full): the data in words, e.g. `Studios per county:
 *   博罗县 12, 龙门县 12`; the chart's accessible label
 */
char *
xc_chart_dup_summary (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);
  g_autoptr(GString) text = NULL;
  gboolean named;

  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  text = g_string_new (NULL);
  if (priv->title != NULL && priv->title[0] != '\0')
    g_string_append_printf (text, "%s: ", priv->title);

  if (xc_chart_is_empty (self))
    {
      /* TRANSLATORS: read out by screen readers for a chart without values */
      g_string_append (text, _("No data"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  /* One series reads as its values; several, each after its name. */
  named = priv->series->len > 1;
  for (guint s = 0; s < priv->series->len; s++)
    {
      const char *name = xc_chart_get_series_name (self, s);
      gboolean first = TRUE;

      if (s > 0)
        g_string_append (text, "; ");
      if (named && name[0] != '\0')
        g_string_append_printf (text, "%s: ", name);
      for (guint c = 0; c < priv->n_categories; c++)
        {
          double value = xc_chart_get_value (self, s, c);
          g_autofree char *formatted = NULL;

          if (isnan (value))
            continue;
          formatted = xc_chart_format_value (self, value);
          g_string_append_printf (text, "%s%s %s", first ? "" : ", ", priv->categories[c],
                                  formatted);
          first = FALSE;
        }
    }
  if (isfinite (priv->reference_value))
    {
      g_autofree char *formatted = xc_chart_format_value (self, priv->reference_value);

      g_string_append_printf (text, "; %s%s%s",
                              priv->reference_label != NULL ? priv->reference_label : "",
                              priv->reference_label != NULL ? " " : "", formatted);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * xc_chart_set_reference:
 * @value: the value of the line, e.g. a rule's threshold; NAN for no line
 * @label: (nullable): what the line means, e.g. `At least 3 days a month
 *   (ZB-04)`, shown in the legend
 *
 * Draws a dashed line across the plot at @value, e.g. a policy's minimum
 * the bars are held against. The value axis reaches the line; a chart
 * without data stays empty.
 */
void
xc_chart_set_reference (XcChart    *self,
                        double      value,
                        const char *label)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_if_fail (XC_IS_CHART (self));

  if (!isfinite (value))
    value = NAN;
  if (((isnan (value) && isnan (priv->reference_value)) || value == priv->reference_value)
      && g_strcmp0 (label, priv->reference_label) == 0)
    return;
  priv->reference_value = value;
  g_free (priv->reference_label);
  priv->reference_label = g_strdup (label);
  xc_chart_changed (self, TRUE);
}

/**
 * xc_chart_get_reference_value:
 *
 * Returns: the value of the reference line, or NAN when there is none
 */
double
xc_chart_get_reference_value (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NAN);

  return priv->reference_value;
}

/**
 * xc_chart_get_reference_label:
 *
 * Returns: (nullable): what the reference line means
 */
const char *
xc_chart_get_reference_label (XcChart *self)
{
  XcChartPrivate *priv = xc_chart_get_instance_private (self);

  g_return_val_if_fail (XC_IS_CHART (self), NULL);

  return priv->reference_label;
}
