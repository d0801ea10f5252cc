/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-design.h"
#include "xc-programme.h"

G_BEGIN_DECLS

/**
 * XcIndicator:
 *
 * The common indicators every design yields whatever its scheme, with the
 * keys of programme-format.md, and beside three totals the same per host
 * (docs/format-extensions.md): designs of different sizes compare.
 */
typedef enum
{
  XC_INDICATOR_UNITS,
  XC_INDICATOR_HOSTS,
  XC_INDICATOR_EXPERTS,
  XC_INDICATOR_EXPERTS_PER_HOST,
  XC_INDICATOR_SENIOR_SHARE,
  XC_INDICATOR_LEARNERS,
  XC_INDICATOR_ONSITE_DAYS_PER_MONTH,
  XC_INDICATOR_ONSITE_DAYS_PER_HOST_MONTH,
  XC_INDICATOR_SESSIONS_PER_MONTH,
  XC_INDICATOR_SESSIONS_PER_HOST_MONTH,
  XC_INDICATOR_TEACHING_PER_YEAR,
  XC_INDICATOR_COVERAGE,
  XC_INDICATOR_NEEDS_MET,
  XC_INDICATOR_BUDGET_PER_HOST_YEAR,
  XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS,
  XC_N_INDICATORS
} XcIndicator;

XC_AVAILABLE_IN_ALL
const char *xc_indicator_get_key       (XcIndicator  indicator);
XC_AVAILABLE_IN_ALL
const char *xc_indicator_get_label     (XcIndicator  indicator);
XC_AVAILABLE_IN_ALL
gboolean    xc_indicator_is_count      (XcIndicator  indicator);
XC_AVAILABLE_IN_ALL
int         xc_indicator_get_direction (XcIndicator  indicator);
XC_AVAILABLE_IN_ALL
const char *xc_indicator_get_direction_label (XcIndicator indicator);
XC_AVAILABLE_IN_ALL
gboolean    xc_indicator_is_share      (XcIndicator  indicator);
XC_AVAILABLE_IN_ALL
char       *xc_indicator_format_number (double       value) G_GNUC_WARN_UNUSED_RESULT;

#define XC_TYPE_INDICATORS (xc_indicators_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcIndicators, xc_indicators, XC, INDICATORS, GObject)

XC_AVAILABLE_IN_ALL
XcIndicators *xc_indicators_new_for_design (XcDesign *design) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcIndicators *xc_indicators_new_for_programme (XcProgramme  *programme) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
gboolean      xc_indicators_get_value         (XcIndicators *self,
                                               XcIndicator   indicator,
                                               double       *value);
XC_AVAILABLE_IN_ALL
char         *xc_indicators_format_value      (XcIndicators *self,
                                               XcIndicator   indicator) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
