/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include "xc-chart.h"

G_BEGIN_DECLS

#define XC_TYPE_STACKED_BAR_CHART (xc_stacked_bar_chart_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcStackedBarChart, xc_stacked_bar_chart, XC, STACKED_BAR_CHART, XcChart)

XC_AVAILABLE_IN_ALL
GtkWidget *xc_stacked_bar_chart_new (void);

G_END_DECLS
