/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-registry.h"
#include "xc-design.h"
#include "xc-report.h"

G_BEGIN_DECLS

GListModel *_xc_core_rules_list     (void);
void        _xc_core_rules_check    (XcDesign         *design,
                                     XcPluginRegistry *registry,
                                     XcReport         *report);

G_END_DECLS
