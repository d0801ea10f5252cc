/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-plugin-info.h"
#include "xc-scheme.h"

G_BEGIN_DECLS

#define XC_TYPE_PLUGIN_REGISTRY (xc_plugin_registry_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcPluginRegistry, xc_plugin_registry, XC, PLUGIN_REGISTRY, GObject)

XC_AVAILABLE_IN_ALL
XcPluginRegistry *xc_plugin_registry_new              (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcPluginRegistry *xc_plugin_registry_get_default      (void);
XC_AVAILABLE_IN_ALL
void              xc_plugin_registry_add_search_path  (XcPluginRegistry   *self,
                                                       const char         *directory);
XC_AVAILABLE_IN_ALL
void              xc_plugin_registry_add_default_search_paths (XcPluginRegistry *self);
XC_AVAILABLE_IN_ALL
const char * const *xc_plugin_registry_get_search_path (XcPluginRegistry  *self);
XC_AVAILABLE_IN_ALL
void              xc_plugin_registry_set_disabled     (XcPluginRegistry   *self,
                                                       const char * const *module_names);
XC_AVAILABLE_IN_ALL
void              xc_plugin_registry_load             (XcPluginRegistry   *self);
XC_AVAILABLE_IN_ALL
gboolean          xc_plugin_registry_set_enabled      (XcPluginRegistry   *self,
                                                       const char         *module_name,
                                                       gboolean            enabled);
XC_AVAILABLE_IN_ALL
XcPluginInfo     *xc_plugin_registry_lookup_disabled_provider (XcPluginRegistry *self,
                                                       const char         *scheme_id);
XC_AVAILABLE_IN_ALL
GListModel       *xc_plugin_registry_get_plugins      (XcPluginRegistry   *self);
XC_AVAILABLE_IN_ALL
GListModel       *xc_plugin_registry_get_schemes      (XcPluginRegistry   *self);
XC_AVAILABLE_IN_ALL
XcScheme         *xc_plugin_registry_lookup_scheme    (XcPluginRegistry   *self,
                                                       const char         *scheme_id);
XC_AVAILABLE_IN_ALL
XcPluginInfo     *xc_plugin_registry_lookup_plugin    (XcPluginRegistry   *self,
                                                       const char         *module_name);

/* For xiachen-validator, the helper that runs a third-party scheme. */
XC_AVAILABLE_IN_ALL
XcPluginInfo          *xc_plugin_registry_load_file         (XcPluginRegistry *self,
                                                             const char       *file);
XC_AVAILABLE_IN_ALL
XcPluginInfo          *xc_plugin_registry_get_scheme_plugin (XcPluginRegistry *self,
                                                             XcScheme         *scheme);

G_END_DECLS
