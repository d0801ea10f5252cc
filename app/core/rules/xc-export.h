/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include <gio/gio.h>

#include "xc-comparison.h"
#include "xc-programme.h"
#include "xc-report.h"

G_BEGIN_DECLS

gboolean xc_export_comparison_csv  (XcComparison  *comparison,
                                    GFile         *file,
                                    GError       **error);
gboolean xc_export_comparison_xlsx (XcComparison  *comparison,
                                    GFile         *file,
                                    GError       **error);
gboolean xc_export_findings_csv    (XcReport      *report,
                                    XcProgramme   *programme,
                                    GFile         *file,
                                    GError       **error);
gboolean xc_export_findings_xlsx   (XcReport      *report,
                                    XcProgramme   *programme,
                                    GFile         *file,
                                    GError       **error);

G_END_DECLS
