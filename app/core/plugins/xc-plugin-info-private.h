/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-info.h"

G_BEGIN_DECLS

gboolean      _xc_plugin_info_is_shipped (XcPluginInfo *self);
void          _xc_plugin_info_set_shipped (XcPluginInfo *self,
                                           gboolean      shipped);

void _xc_plugin_info_set_loaded   (XcPluginInfo *self);
void _xc_plugin_info_set_disabled (XcPluginInfo *self);
void _xc_plugin_info_set_found    (XcPluginInfo *self);
void _xc_plugin_info_take_error   (XcPluginInfo *self,
                                   GError       *error);

gboolean      _xc_plugin_info_is_valid_module_name (const char *name);

G_END_DECLS
