/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * XcSeverity:
 * @XC_SEVERITY_ERROR: the design breaks an explicit policy clause
 * @XC_SEVERITY_WARNING: the design departs from stated practice
 * @XC_SEVERITY_INFO: worth a planner's attention, never a defect
 */
typedef enum
{
  XC_SEVERITY_ERROR,
  XC_SEVERITY_WARNING,
  XC_SEVERITY_INFO,
} XcSeverity;

XC_AVAILABLE_IN_ALL
const char *xc_severity_to_string  (XcSeverity severity);
XC_AVAILABLE_IN_ALL
const char *xc_severity_get_label  (XcSeverity severity);

/**
 * XcRuleInfo:
 * @id: the stable rule id, e.g. `HZ-03`
 * @severity: how serious a finding of the rule is
 * @summary: what the rule asks, in English, marked with N_() for gettext
 * @clause: the policy clause the rule enforces, in the policy's own words
 * @seed: the source the clause comes from
 *
 * A row of a scheme's rule table; plugins keep a static array of them.
 */
typedef struct
{
  const char *id;
  XcSeverity  severity;
  const char *summary;
  const char *clause;
  const char *seed;
} XcRuleInfo;

#define XC_TYPE_RULE (xc_rule_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcRule, xc_rule, XC, RULE, GObject)

XC_AVAILABLE_IN_ALL
XcRule      *xc_rule_new               (const char       *id,
                                        XcSeverity        severity,
                                        const char       *summary,
                                        const char       *clause,
                                        const char       *seed) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GListModel  *xc_rule_list_new_from_table (const XcRuleInfo *table,
                                        gsize             n_rules,
                                        const char       *translation_domain) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char  *xc_rule_get_id            (XcRule           *self);
XC_AVAILABLE_IN_ALL
XcSeverity   xc_rule_get_severity      (XcRule           *self);
XC_AVAILABLE_IN_ALL
const char  *xc_rule_get_summary       (XcRule           *self);
XC_AVAILABLE_IN_ALL
const char  *xc_rule_get_clause        (XcRule           *self);
XC_AVAILABLE_IN_ALL
const char  *xc_rule_get_seed          (XcRule           *self);

G_END_DECLS
