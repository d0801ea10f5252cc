/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

#define CZ_TYPE_SCHEME (cz_scheme_get_type ())

G_DECLARE_FINAL_TYPE (CzScheme, cz_scheme, CZ, SCHEME, GObject)

void cz_scheme_register (GTypeModule *module);

G_END_DECLS
