/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

GListModel *yn_rules_list     (void);
void        yn_rules_check    (XcDesign *design,
                               XcReport *report);

G_END_DECLS
