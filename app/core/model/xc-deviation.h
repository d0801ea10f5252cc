/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-finding.h"
#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_DEVIATION (xc_deviation_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcDeviation, xc_deviation, XC, DEVIATION, XcRecord)

XC_AVAILABLE_IN_ALL
XcDeviation           *xc_deviation_new         (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_deviation_get_rule    (XcDeviation *self);
XC_AVAILABLE_IN_ALL
void                   xc_deviation_set_rule    (XcDeviation *self,
                                                 const char  *value);
XC_AVAILABLE_IN_ALL
const char *           xc_deviation_get_unit    (XcDeviation *self);
XC_AVAILABLE_IN_ALL
void                   xc_deviation_set_unit    (XcDeviation *self,
                                                 const char  *value);
XC_AVAILABLE_IN_ALL
const char *           xc_deviation_get_subject (XcDeviation *self);
XC_AVAILABLE_IN_ALL
void                   xc_deviation_set_subject (XcDeviation *self,
                                                 const char  *value);
XC_AVAILABLE_IN_ALL
const char *           xc_deviation_get_reason  (XcDeviation *self);
XC_AVAILABLE_IN_ALL
void                   xc_deviation_set_reason  (XcDeviation *self,
                                                 const char  *value);
XC_AVAILABLE_IN_ALL
const char *           xc_deviation_get_date    (XcDeviation *self);
XC_AVAILABLE_IN_ALL
void                   xc_deviation_set_date    (XcDeviation *self,
                                                 const char  *value);
XC_AVAILABLE_IN_ALL
gboolean               xc_deviation_matches     (XcDeviation *self,
                                                 XcFinding   *finding);

G_END_DECLS
