/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-design.h"
#include "xc-finding.h"

G_BEGIN_DECLS

#define XC_TYPE_REPORT (xc_report_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcReport, xc_report, XC, REPORT, GObject)

XC_AVAILABLE_IN_ALL
XcReport    *xc_report_new             (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void         xc_report_add_rules       (XcReport   *self,
                                        GListModel *rules);
XC_AVAILABLE_IN_ALL
XcFinding   *xc_report_add             (XcReport   *self,
                                        const char *rule_id,
                                        const char *unit_id,
                                        const char *subject_id,
                                        const char *path,
                                        const char *message_format,
                                        ...) G_GNUC_PRINTF (6, 7);
XC_AVAILABLE_IN_ALL
guint        xc_report_count_severity  (XcReport   *self,
                                        XcSeverity  severity);
XC_AVAILABLE_IN_ALL
guint        xc_report_count_rule      (XcReport   *self,
                                        const char *rule_id);
XC_AVAILABLE_IN_ALL
guint        xc_report_count_open      (XcReport   *self,
                                        XcSeverity  severity);
XC_AVAILABLE_IN_ALL
guint        xc_report_count_accepted  (XcReport   *self);
XC_AVAILABLE_IN_ALL
XcDesign    *xc_report_get_design      (XcReport   *self);

XC_AVAILABLE_IN_ALL
gboolean     xc_report_begin_unit      (XcReport   *self,
                                        const char *pass,
                                        guint       unit);
XC_AVAILABLE_IN_ALL
void         xc_report_end_unit        (XcReport   *self);

G_END_DECLS
