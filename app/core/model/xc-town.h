/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_TOWN (xc_town_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcTown, xc_town, XC, TOWN, XcRecord)


XC_AVAILABLE_IN_ALL
XcTown                *xc_town_new        (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_town_get_id     (XcTown *self);
XC_AVAILABLE_IN_ALL
void                   xc_town_set_id     (XcTown *self,
                                           const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_town_get_name   (XcTown *self);
XC_AVAILABLE_IN_ALL
void                   xc_town_set_name   (XcTown *self,
                                           const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_town_get_county (XcTown *self);
XC_AVAILABLE_IN_ALL
void                   xc_town_set_county (XcTown *self,
                                           const char *value);

G_END_DECLS
