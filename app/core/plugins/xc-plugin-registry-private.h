/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-registry.h"

G_BEGIN_DECLS

gboolean      _xc_plugin_registry_validate          (XcPluginRegistry *self,
                                                     XcScheme         *scheme,
                                                     XcDesign         *design,
                                                     XcReport         *report,
                                                     GCancellable     *cancellable,
                                                     GError          **error);

G_END_DECLS
