/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_MEMBER_PROXY (xc_member_proxy_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcMemberProxy, xc_member_proxy, XC, MEMBER_PROXY, XcRecord)

XC_AVAILABLE_IN_ALL
XcMemberProxy *xc_member_proxy_new       (XcRecord      *owner,
                                          const char    *path) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcRecord      *xc_member_proxy_get_owner (XcMemberProxy *self);
XC_AVAILABLE_IN_ALL
const char    *xc_member_proxy_get_path  (XcMemberProxy *self);
XC_AVAILABLE_IN_ALL
void           xc_member_proxy_reload    (XcMemberProxy *self);

G_END_DECLS
