/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_TEAM_MEMBER (xc_team_member_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcTeamMember, xc_team_member, XC, TEAM_MEMBER, XcRecord)


XC_AVAILABLE_IN_ALL
XcTeamMember          *xc_team_member_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_team_member_get_person           (XcTeamMember *self);
XC_AVAILABLE_IN_ALL
void                   xc_team_member_set_person           (XcTeamMember *self,
                                                            const char *value);
XC_AVAILABLE_IN_ALL
gint64                 xc_team_member_get_residency_months (XcTeamMember *self);
XC_AVAILABLE_IN_ALL
void                   xc_team_member_set_residency_months (XcTeamMember *self,
                                                            gint64 value);

G_END_DECLS
