/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The most bars a tally gives a chart; the last one sums up the rest. */
#define XC_CHART_TALLY_MAX_CATEGORIES 20

typedef struct _XcChartTally XcChartTally;

XC_AVAILABLE_IN_ALL
XcChartTally *xc_chart_tally_new      (guint               n_series);
XC_AVAILABLE_IN_ALL
void          xc_chart_tally_free     (XcChartTally       *self);
XC_AVAILABLE_IN_ALL
guint         xc_chart_tally_category (XcChartTally       *self,
                                       const char         *name);
XC_AVAILABLE_IN_ALL
void          xc_chart_tally_add      (XcChartTally       *self,
                                       const char         *category,
                                       guint               series,
                                       double              amount);
XC_AVAILABLE_IN_ALL
gboolean      xc_chart_tally_has_category     (XcChartTally *self,
                                               const char   *name);
XC_AVAILABLE_IN_ALL
guint         xc_chart_tally_get_n_categories (XcChartTally *self);
XC_AVAILABLE_IN_ALL
GtkWidget    *xc_chart_tally_fill     (XcChartTally       *self,
                                       GtkWidget          *chart,
                                       const char * const *series_names,
                                       gboolean            skip_empty_series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcChartTally, xc_chart_tally_free)

G_END_DECLS
