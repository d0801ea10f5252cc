/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-report.h"

G_BEGIN_DECLS

void _xc_report_append     (XcReport *self,
                            XcReport *other);
void _xc_report_set_design (XcReport *self,
                            XcDesign *design);

G_END_DECLS
