/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_NEED (xc_need_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcNeed, xc_need, XC, NEED, XcRecord)


XC_AVAILABLE_IN_ALL
XcNeed                *xc_need_new             (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_need_get_institution (XcNeed *self);
XC_AVAILABLE_IN_ALL
void                   xc_need_set_institution (XcNeed *self,
                                                const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_need_get_specialty   (XcNeed *self);
XC_AVAILABLE_IN_ALL
void                   xc_need_set_specialty   (XcNeed *self,
                                                const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_need_get_note        (XcNeed *self);
XC_AVAILABLE_IN_ALL
void                   xc_need_set_note        (XcNeed *self,
                                                const char *value);

G_END_DECLS
