/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <glib-object.h>
#include <gmodule.h>

G_BEGIN_DECLS

#define XC_TYPE_PLUGIN_MODULE (xc_plugin_module_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcPluginModule, xc_plugin_module, XC, PLUGIN_MODULE, GTypeModule)

/* The symbol every plugin module exports. It registers the plugin's types
 * with @module (G_DEFINE_DYNAMIC_TYPE) and names its schemes with
 * xc_plugin_module_add_scheme(). */
#define XC_PLUGIN_ENTRY_POINT "xc_plugin_register_types"

/* Defined by the plugin, not by libxiachen-1: G_MODULE_EXPORT exports it from the module. */
G_MODULE_EXPORT void xc_plugin_register_types (XcPluginModule *module);

XC_AVAILABLE_IN_ALL
void          xc_plugin_module_add_scheme     (XcPluginModule *self,
                                               GType           scheme_type);
XC_AVAILABLE_IN_ALL
const GType  *xc_plugin_module_get_scheme_types (XcPluginModule *self,
                                               guint          *n_types);

G_END_DECLS
