/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-rule.h"

G_BEGIN_DECLS

#define XC_TYPE_FINDING (xc_finding_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcFinding, xc_finding, XC, FINDING, GObject)

/* Declared in xc-deviation.h, which includes this header. */
typedef struct _XcDeviation XcDeviation;

XC_AVAILABLE_IN_ALL
XcFinding   *xc_finding_new            (XcRule     *rule,
                                        const char *unit_id,
                                        const char *subject_id,
                                        const char *path,
                                        const char *message) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcRule      *xc_finding_get_rule       (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_rule_id    (XcFinding  *self);
XC_AVAILABLE_IN_ALL
XcSeverity   xc_finding_get_severity   (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_unit_id    (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_subject_id (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_path       (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_message    (XcFinding  *self);
XC_AVAILABLE_IN_ALL
const char  *xc_finding_get_clause     (XcFinding  *self);
XC_AVAILABLE_IN_ALL
XcDeviation *xc_finding_get_deviation  (XcFinding  *self);
XC_AVAILABLE_IN_ALL
void         xc_finding_set_deviation  (XcFinding  *self,
                                        XcDeviation *deviation);
XC_AVAILABLE_IN_ALL
gboolean     xc_finding_is_accepted    (XcFinding  *self);
XC_AVAILABLE_IN_ALL
gboolean     xc_finding_is_about_program (XcFinding *self);
XC_AVAILABLE_IN_ALL
void         xc_finding_set_about_program (XcFinding *self,
                                           gboolean   about_program);
XC_AVAILABLE_IN_ALL
guint        xc_finding_hash           (gconstpointer finding);
XC_AVAILABLE_IN_ALL
gboolean     xc_finding_equal          (gconstpointer a,
                                        gconstpointer b);

G_END_DECLS
