/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_PREFERENCES_WINDOW (xc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (XcPreferencesWindow, xc_preferences_window, XC, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

XcPreferencesWindow *xc_preferences_window_new          (XcPluginRegistry    *registry,
                                                         GSettings           *settings);
XcPluginRegistry    *xc_preferences_window_get_registry (XcPreferencesWindow *self);
GSettings           *xc_preferences_window_get_settings (XcPreferencesWindow *self);

G_END_DECLS
