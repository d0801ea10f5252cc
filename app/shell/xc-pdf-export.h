/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

gboolean xc_pdf_export_comparison (XcComparison  *comparison,
                                   GFile         *file,
                                   GError       **error);
gboolean xc_pdf_export_findings   (XcReport      *report,
                                   XcProgramme   *programme,
                                   const char    *title,
                                   GFile         *file,
                                   GError       **error);

G_END_DECLS
