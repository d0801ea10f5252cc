/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include "hz-scheme.h"

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  hz_scheme_register (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, HZ_TYPE_SCHEME);
}
