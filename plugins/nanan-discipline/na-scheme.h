/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

#define NA_TYPE_SCHEME (na_scheme_get_type ())

G_DECLARE_FINAL_TYPE (NaScheme, na_scheme, NA, SCHEME, GObject)

void na_scheme_register (GTypeModule *module);

G_END_DECLS
