/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

/* The scheme's charts about a design, from libxiachen-ui-1's chart widgets. */
GListModel *cz_charts_create (XcScheme    *scheme,
                              XcProgramme *programme);

G_END_DECLS
