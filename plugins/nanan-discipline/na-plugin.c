/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include "na-scheme.h"

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  na_scheme_register (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, NA_TYPE_SCHEME);
}
