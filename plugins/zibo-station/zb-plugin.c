/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include "zb-scheme.h"

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  zb_scheme_register (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, ZB_TYPE_SCHEME);
}
