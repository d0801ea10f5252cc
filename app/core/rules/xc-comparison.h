/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-indicators.h"

G_BEGIN_DECLS

#define XC_TYPE_COMPARISON (xc_comparison_get_type ())

G_DECLARE_FINAL_TYPE (XcComparison, xc_comparison, XC, COMPARISON, GObject)

XcComparison *xc_comparison_new             (void) G_GNUC_WARN_UNUSED_RESULT;
void          xc_comparison_add_design      (XcComparison *self,
                                             const char   *label,
                                             XcProgramme  *programme);
guint         xc_comparison_get_n_designs   (XcComparison *self);
const char   *xc_comparison_get_label       (XcComparison *self,
                                             guint         design);
XcProgramme  *xc_comparison_get_programme   (XcComparison *self,
                                             guint         design);
XcIndicators *xc_comparison_get_indicators  (XcComparison *self,
                                             guint         design);
int           xc_comparison_get_best        (XcComparison *self,
                                             XcIndicator   indicator);

G_END_DECLS
