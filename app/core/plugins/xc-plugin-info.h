/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <glib-object.h>

G_BEGIN_DECLS

#define XC_PLUGIN_ERROR (xc_plugin_error_quark ())

/**
 * XcPluginError:
 * @XC_PLUGIN_ERROR_KEY_FILE: the .plugin file cannot be read or lacks a key
 * @XC_PLUGIN_ERROR_ABI: built for another plugin ABI
 * @XC_PLUGIN_ERROR_MODULE_MISSING: the shared module is not there
 * @XC_PLUGIN_ERROR_MODULE_OPEN: the shared module cannot be loaded
 * @XC_PLUGIN_ERROR_ENTRY_POINT: the module has no registration entry point
 * @XC_PLUGIN_ERROR_NO_SCHEME: the entry point registered no usable scheme
 * @XC_PLUGIN_ERROR_DUPLICATE: another plugin has the same name or scheme id
 * @XC_PLUGIN_ERROR_DEPENDENCY: a plugin it depends on is not available
 * @XC_PLUGIN_ERROR_NO_RULES: a scheme has no rule table of its own
 * @XC_PLUGIN_ERROR_FAULT: the plugin crashed, hung or answered nonsense in
 *   its helper process (third-party plugins only)
 */
typedef enum
{
  XC_PLUGIN_ERROR_KEY_FILE,
  XC_PLUGIN_ERROR_ABI,
  XC_PLUGIN_ERROR_MODULE_MISSING,
  XC_PLUGIN_ERROR_MODULE_OPEN,
  XC_PLUGIN_ERROR_ENTRY_POINT,
  XC_PLUGIN_ERROR_NO_SCHEME,
  XC_PLUGIN_ERROR_DUPLICATE,
  XC_PLUGIN_ERROR_DEPENDENCY,
  XC_PLUGIN_ERROR_NO_RULES,
  XC_PLUGIN_ERROR_FAULT,
} XcPluginError;

/**
 * XcPluginState:
 * @XC_PLUGIN_STATE_FOUND: read from its .plugin file, not loaded yet
 * @XC_PLUGIN_STATE_LOADED: its schemes are available
 * @XC_PLUGIN_STATE_FAILED: it cannot be used; see xc_plugin_info_get_error()
 * @XC_PLUGIN_STATE_DISABLED: the user turned it off
 */
typedef enum
{
  XC_PLUGIN_STATE_FOUND,
  XC_PLUGIN_STATE_LOADED,
  XC_PLUGIN_STATE_FAILED,
  XC_PLUGIN_STATE_DISABLED,
} XcPluginState;

XC_AVAILABLE_IN_ALL
GQuark xc_plugin_error_quark (void);

#define XC_TYPE_PLUGIN_INFO (xc_plugin_info_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcPluginInfo, xc_plugin_info, XC, PLUGIN_INFO, GObject)

XC_AVAILABLE_IN_ALL
XcPluginInfo  *xc_plugin_info_new_from_file   (const char   *path) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char    *xc_plugin_info_get_module_name (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const char    *xc_plugin_info_get_name        (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const char    *xc_plugin_info_get_description (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const char    *xc_plugin_info_get_file        (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const char    *xc_plugin_info_get_directory   (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
int            xc_plugin_info_get_abi         (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const char * const *xc_plugin_info_get_depends (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
XcPluginState  xc_plugin_info_get_state       (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
const GError  *xc_plugin_info_get_error       (XcPluginInfo *self);
XC_AVAILABLE_IN_ALL
char          *xc_plugin_info_dup_module_path (XcPluginInfo *self) G_GNUC_WARN_UNUSED_RESULT;

XC_AVAILABLE_IN_ALL
XcPluginInfo  *xc_plugin_info_new_from_data   (const char   *path,
                                               const char   *data,
                                               gsize         length) G_GNUC_WARN_UNUSED_RESULT;
/* How long a third-party plugin has to check a design of @input_size bytes, in seconds. */
XC_AVAILABLE_IN_ALL
guint          xc_plugin_info_get_time_limit  (gsize         input_size);

G_END_DECLS
