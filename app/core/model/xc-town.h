/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_TOWN (xc_town_get_type ())

G_DECLARE_FINAL_TYPE (XcTown, xc_town, XC, TOWN, XcRecord)


XcTown                *xc_town_new        (void) G_GNUC_WARN_UNUSED_RESULT;
const char *           xc_town_get_id     (XcTown *self);
void                   xc_town_set_id     (XcTown *self,
                                           const char *value);
const char *           xc_town_get_name   (XcTown *self);
void                   xc_town_set_name   (XcTown *self,
                                           const char *value);
const char *           xc_town_get_county (XcTown *self);
void                   xc_town_set_county (XcTown *self,
                                           const char *value);

G_END_DECLS
