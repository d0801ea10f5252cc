/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-comparison.h"
#include "xc-programme.h"
#include "xc-report.h"

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
gboolean xc_export_comparison_csv  (XcComparison  *comparison,
                                    GFile         *file,
                                    GError       **error);
XC_AVAILABLE_IN_ALL
gboolean xc_export_comparison_xlsx (XcComparison  *comparison,
                                    GFile         *file,
                                    GError       **error);
XC_AVAILABLE_IN_ALL
gboolean xc_export_findings_csv    (XcReport      *report,
                                    XcProgramme   *programme,
                                    GFile         *file,
                                    GError       **error);
XC_AVAILABLE_IN_ALL
gboolean xc_export_findings_xlsx   (XcReport      *report,
                                    XcProgramme   *programme,
                                    GFile         *file,
                                    GError       **error);
XC_AVAILABLE_IN_ALL
const char *xc_export_get_unit_name (XcReport    *report,
                                     XcProgramme *programme,
                                     const char  *unit_id);

G_END_DECLS
