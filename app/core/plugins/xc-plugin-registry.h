/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include <gio/gio.h>

#include "xc-plugin-info.h"
#include "xc-scheme.h"

G_BEGIN_DECLS

#define XC_TYPE_PLUGIN_REGISTRY (xc_plugin_registry_get_type ())

G_DECLARE_FINAL_TYPE (XcPluginRegistry, xc_plugin_registry, XC, PLUGIN_REGISTRY, GObject)

XcPluginRegistry *xc_plugin_registry_new              (void) G_GNUC_WARN_UNUSED_RESULT;
XcPluginRegistry *xc_plugin_registry_get_default      (void);
void              xc_plugin_registry_add_search_path  (XcPluginRegistry   *self,
                                                       const char         *directory);
void              xc_plugin_registry_add_default_search_paths (XcPluginRegistry *self);
const char * const *xc_plugin_registry_get_search_path (XcPluginRegistry  *self);
void              xc_plugin_registry_set_disabled     (XcPluginRegistry   *self,
                                                       const char * const *module_names);
void              xc_plugin_registry_load             (XcPluginRegistry   *self);
gboolean          xc_plugin_registry_set_enabled      (XcPluginRegistry   *self,
                                                       const char         *module_name,
                                                       gboolean            enabled);
XcPluginInfo     *xc_plugin_registry_lookup_disabled_provider (XcPluginRegistry *self,
                                                       const char         *scheme_id);
GListModel       *xc_plugin_registry_get_plugins      (XcPluginRegistry   *self);
GListModel       *xc_plugin_registry_get_schemes      (XcPluginRegistry   *self);
XcScheme         *xc_plugin_registry_lookup_scheme    (XcPluginRegistry   *self,
                                                       const char         *scheme_id);
XcPluginInfo     *xc_plugin_registry_lookup_plugin    (XcPluginRegistry   *self,
                                                       const char         *module_name);

G_END_DECLS
