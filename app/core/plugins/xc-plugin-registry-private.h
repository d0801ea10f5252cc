/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-registry.h"

G_BEGIN_DECLS

XcPluginInfo *_xc_plugin_registry_load_file         (XcPluginRegistry *self,
                                                     const char       *file);
XcPluginInfo *_xc_plugin_registry_get_scheme_plugin (XcPluginRegistry *self,
                                                     XcScheme         *scheme);
gboolean      _xc_plugin_registry_validate          (XcPluginRegistry *self,
                                                     XcScheme         *scheme,
                                                     XcProgramme      *programme,
                                                     XcReport         *report,
                                                     GCancellable     *cancellable,
                                                     GError          **error);

G_END_DECLS
