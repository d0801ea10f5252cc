/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_APPLICATION (xc_application_get_type ())

G_DECLARE_FINAL_TYPE (XcApplication, xc_application, XC, APPLICATION, AdwApplication)

XcApplication    *xc_application_new          (void);
XcPluginRegistry *xc_application_get_registry (XcApplication *self);
GSettings        *xc_application_get_settings (XcApplication *self);

G_END_DECLS
