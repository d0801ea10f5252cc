/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-module.h"

G_BEGIN_DECLS

XcPluginModule *_xc_plugin_module_get_for_path (const char   *path);
const GError   *_xc_plugin_module_get_error (XcPluginModule *self);

G_END_DECLS
