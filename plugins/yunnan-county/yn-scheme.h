/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

#define YN_TYPE_SCHEME (yn_scheme_get_type ())

G_DECLARE_FINAL_TYPE (YnScheme, yn_scheme, YN, SCHEME, GObject)

void yn_scheme_register (GTypeModule *module);

G_END_DECLS
