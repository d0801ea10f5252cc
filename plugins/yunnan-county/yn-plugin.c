/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include "yn-scheme.h"

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  yn_scheme_register (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, YN_TYPE_SCHEME);
}
