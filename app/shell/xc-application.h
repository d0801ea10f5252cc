/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define XC_TYPE_APPLICATION (xc_application_get_type ())

G_DECLARE_FINAL_TYPE (XcApplication, xc_application, XC, APPLICATION, AdwApplication)

XcApplication *xc_application_new (void);

G_END_DECLS
