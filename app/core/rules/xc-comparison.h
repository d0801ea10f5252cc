/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-indicators.h"
#include "xc-report.h"

G_BEGIN_DECLS

/**
 * XcFindingCount:
 * @XC_FINDING_COUNT_ERRORS: open errors (not accepted)
 * @XC_FINDING_COUNT_WARNINGS: open warnings
 * @XC_FINDING_COUNT_INFOS: open info findings
 * @XC_FINDING_COUNT_ACCEPTED: findings of any severity a deviation accepts
 *
 * The counts of findings a comparison shows per design, in this order.
 */
typedef enum
{
  XC_FINDING_COUNT_ERRORS,
  XC_FINDING_COUNT_WARNINGS,
  XC_FINDING_COUNT_INFOS,
  XC_FINDING_COUNT_ACCEPTED,
  XC_N_FINDING_COUNTS
} XcFindingCount;

XC_AVAILABLE_IN_ALL
const char *xc_finding_count_get_key   (XcFindingCount count);
XC_AVAILABLE_IN_ALL
const char *xc_finding_count_get_label (XcFindingCount count);

#define XC_TYPE_COMPARISON (xc_comparison_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcComparison, xc_comparison, XC, COMPARISON, GObject)

XC_AVAILABLE_IN_ALL
XcComparison *xc_comparison_new             (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void          xc_comparison_add_design      (XcComparison *self,
                                             const char   *label,
                                             XcProgramme  *programme);
XC_AVAILABLE_IN_ALL
guint         xc_comparison_get_n_designs   (XcComparison *self);
XC_AVAILABLE_IN_ALL
const char   *xc_comparison_get_label       (XcComparison *self,
                                             guint         design);
XC_AVAILABLE_IN_ALL
char         *xc_comparison_dup_letter      (XcComparison *self,
                                             guint         design) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcProgramme  *xc_comparison_get_programme   (XcComparison *self,
                                             guint         design);
XC_AVAILABLE_IN_ALL
XcIndicators *xc_comparison_get_indicators  (XcComparison *self,
                                             guint         design);
XC_AVAILABLE_IN_ALL
int           xc_comparison_get_best        (XcComparison *self,
                                             XcIndicator   indicator);
XC_AVAILABLE_IN_ALL
void          xc_comparison_set_report      (XcComparison *self,
                                             guint         design,
                                             XcReport     *report);
XC_AVAILABLE_IN_ALL
XcReport     *xc_comparison_get_report      (XcComparison *self,
                                             guint         design);
XC_AVAILABLE_IN_ALL
gboolean      xc_comparison_get_count       (XcComparison  *self,
                                             guint          design,
                                             XcFindingCount count,
                                             guint         *n);
XC_AVAILABLE_IN_ALL
char         *xc_comparison_dup_caveat      (XcComparison *self,
                                             guint         design,
                                             XcIndicator   indicator) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
