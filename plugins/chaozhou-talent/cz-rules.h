/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

GListModel *cz_rules_list     (void);
void        cz_rules_check    (XcDesign *design,
                               XcReport *report);

G_END_DECLS
