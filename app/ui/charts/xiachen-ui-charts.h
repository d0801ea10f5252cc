/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

/* The charts headers, included by xiachen-ui.h. */
#include "xc-chart.h"
#include "xc-chart-tally.h"
#include "xc-bar-chart.h"
#include "xc-line-chart.h"
#include "xc-stacked-bar-chart.h"
