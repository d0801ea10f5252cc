/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

#define ZB_TYPE_SCHEME (zb_scheme_get_type ())

G_DECLARE_FINAL_TYPE (ZbScheme, zb_scheme, ZB, SCHEME, GObject)

void zb_scheme_register (GTypeModule *module);

G_END_DECLS
