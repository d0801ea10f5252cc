/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

#define HZ_TYPE_SCHEME (hz_scheme_get_type ())

G_DECLARE_FINAL_TYPE (HzScheme, hz_scheme, HZ, SCHEME, GObject)

void hz_scheme_register (GTypeModule *module);

G_END_DECLS
