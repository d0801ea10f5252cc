/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include "cz-scheme.h"

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
  cz_scheme_register (G_TYPE_MODULE (module));
  xc_plugin_module_add_scheme (module, CZ_TYPE_SCHEME);
}
