/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

/* The scheme's charts about @design's plain records, from libxiachen-ui-1's
 * chart widgets: a new list of XcChart widgets, each titled. */
GListModel *cz_charts_create (XcScheme *scheme,
                              XcDesign *design) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
