/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * XcChartValueFormat:
 * @XC_CHART_VALUE_NUMBER: values are counts or amounts, printed as numbers
 * @XC_CHART_VALUE_PERCENT: values are ratios, 1.0 being 100%, printed as percentages
 *
 * How a chart prints its values and the labels of its value axis.
 */
typedef enum
{
  XC_CHART_VALUE_NUMBER,
  XC_CHART_VALUE_PERCENT,
} XcChartValueFormat;

#define XC_TYPE_CHART_VALUE_FORMAT (xc_chart_value_format_get_type ())

XC_AVAILABLE_IN_ALL
GType xc_chart_value_format_get_type (void) G_GNUC_CONST;

/**
 * XcChartPlot:
 * @area: where the data goes, inside the axes, the legend and the labels
 * @y_max: the value at the top of @area; the bottom is 0
 * @n_categories: how many slots @area is divided into, left to right
 *
 * The geometry a chart subclass draws its data into.
 */
typedef struct
{
  graphene_rect_t area;
  double          y_max;
  guint           n_categories;
} XcChartPlot;

XC_AVAILABLE_IN_ALL
float        xc_chart_plot_value_to_y     (const XcChartPlot *plot,
                                           double             value);
XC_AVAILABLE_IN_ALL
void         xc_chart_plot_get_slot       (const XcChartPlot *plot,
                                           guint              category,
                                           graphene_rect_t   *slot);

#define XC_TYPE_CHART (xc_chart_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (XcChart, xc_chart, XC, CHART, GtkWidget)

/**
 * XcChartClass:
 * @get_value_max: the largest value the value axis must reach; the default
 *   is the largest value of any series
 * @snapshot_plot: draws the series into @plot; the title, the legend, the
 *   axes and the category labels are already drawn. Not called for a chart
 *   without data.
 */
struct _XcChartClass
{
  GtkWidgetClass parent_class;

  double   (*get_value_max) (XcChart           *self);
  void     (*snapshot_plot) (XcChart           *self,
                             GtkSnapshot       *snapshot,
                             const XcChartPlot *plot);

  /*< private >*/
  gpointer _reserved[8];
};

XC_AVAILABLE_IN_ALL
const char          *xc_chart_get_title            (XcChart            *self);
XC_AVAILABLE_IN_ALL
void                 xc_chart_set_title            (XcChart            *self,
                                                    const char         *title);
XC_AVAILABLE_IN_ALL
const char * const  *xc_chart_get_categories       (XcChart            *self);
XC_AVAILABLE_IN_ALL
void                 xc_chart_set_categories       (XcChart            *self,
                                                    const char * const *categories);
XC_AVAILABLE_IN_ALL
guint                xc_chart_get_n_categories     (XcChart            *self);
XC_AVAILABLE_IN_ALL
XcChartValueFormat   xc_chart_get_value_format     (XcChart            *self);
XC_AVAILABLE_IN_ALL
void                 xc_chart_set_value_format     (XcChart            *self,
                                                    XcChartValueFormat  value_format);

XC_AVAILABLE_IN_ALL
void                 xc_chart_add_series           (XcChart            *self,
                                                    const char         *name,
                                                    const double       *values,
                                                    gsize               n_values);
XC_AVAILABLE_IN_ALL
void                 xc_chart_clear_series         (XcChart            *self);
XC_AVAILABLE_IN_ALL
guint                xc_chart_get_n_series         (XcChart            *self);
XC_AVAILABLE_IN_ALL
const char          *xc_chart_get_series_name      (XcChart            *self,
                                                    guint               series);
XC_AVAILABLE_IN_ALL
double               xc_chart_get_value            (XcChart            *self,
                                                    guint               series,
                                                    guint               category);
XC_AVAILABLE_IN_ALL
gboolean             xc_chart_is_empty             (XcChart            *self);
XC_AVAILABLE_IN_ALL
gboolean             xc_chart_get_category_at      (XcChart            *self,
                                                    double              x,
                                                    double              y,
                                                    guint              *category);

XC_AVAILABLE_IN_ALL
void                 xc_chart_set_reference        (XcChart            *self,
                                                    double              value,
                                                    const char         *label);
XC_AVAILABLE_IN_ALL
double               xc_chart_get_reference_value  (XcChart            *self);
XC_AVAILABLE_IN_ALL
const char          *xc_chart_get_reference_label  (XcChart            *self);

XC_AVAILABLE_IN_ALL
char                *xc_chart_format_value         (XcChart            *self,
                                                    double              value) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
char                *xc_chart_dup_summary          (XcChart            *self) G_GNUC_WARN_UNUSED_RESULT;

XC_AVAILABLE_IN_ALL
void                 xc_chart_draw_on              (XcChart            *self,
                                                    cairo_t            *cr,
                                                    int                 width,
                                                    int                 height);
XC_AVAILABLE_IN_ALL
gboolean             xc_chart_export_png           (XcChart            *self,
                                                    GFile              *file,
                                                    int                 width,
                                                    int                 height,
                                                    GError            **error);
XC_AVAILABLE_IN_ALL
gboolean             xc_chart_export_svg           (XcChart            *self,
                                                    GFile              *file,
                                                    int                 width,
                                                    int                 height,
                                                    GError            **error);

/* For subclasses, while drawing */
XC_AVAILABLE_IN_ALL
void                 xc_chart_get_foreground_color (XcChart            *self,
                                                    GdkRGBA            *color);
XC_AVAILABLE_IN_ALL
void                 xc_chart_get_background_color (XcChart            *self,
                                                    GdkRGBA            *color);
XC_AVAILABLE_IN_ALL
void                 xc_chart_set_last_sums_rest   (XcChart            *self,
                                                    gboolean            last_sums_rest);
XC_AVAILABLE_IN_ALL
gboolean             xc_chart_get_last_sums_rest   (XcChart            *self);
XC_AVAILABLE_IN_ALL
void                 xc_chart_get_bar_color        (XcChart            *self,
                                                    guint               series,
                                                    guint               category,
                                                    GdkRGBA            *color);
XC_AVAILABLE_IN_ALL
void                 xc_chart_get_series_color     (XcChart            *self,
                                                    guint               series,
                                                    GdkRGBA            *color);
XC_AVAILABLE_IN_ALL
PangoLayout         *xc_chart_create_value_layout  (XcChart            *self,
                                                    const char         *text) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void                 xc_chart_snapshot_layout      (XcChart            *self,
                                                    GtkSnapshot        *snapshot,
                                                    PangoLayout        *layout,
                                                    float               x,
                                                    float               y,
                                                    const GdkRGBA      *color);

G_END_DECLS
