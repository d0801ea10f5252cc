/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include "xc-chart.h"

G_BEGIN_DECLS

#define XC_TYPE_BAR_CHART (xc_bar_chart_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcBarChart, xc_bar_chart, XC, BAR_CHART, XcChart)

XC_AVAILABLE_IN_ALL
GtkWidget *xc_bar_chart_new                (void);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_bar_chart_new_for_comparison (XcComparison *comparison,
                                            XcIndicator   indicator);

G_END_DECLS
