/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-plugin-info.h"

G_BEGIN_DECLS

void _xc_plugin_info_set_loaded   (XcPluginInfo *self);
void _xc_plugin_info_set_disabled (XcPluginInfo *self);
void _xc_plugin_info_set_found    (XcPluginInfo *self);
void _xc_plugin_info_take_error   (XcPluginInfo *self,
                                   GError       *error);

G_END_DECLS
