/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A plugin module whose entry point registers nothing. */
#include <xiachen.h>

G_MODULE_EXPORT void
xc_plugin_register_types (XcPluginModule *module)
{
}
