/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include "xc-chart.h"

G_BEGIN_DECLS

#define XC_TYPE_LINE_CHART (xc_line_chart_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLineChart, xc_line_chart, XC, LINE_CHART, XcChart)

XC_AVAILABLE_IN_ALL
GtkWidget *xc_line_chart_new (void);

G_END_DECLS
