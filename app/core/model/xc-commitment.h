/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_COMMITMENT (xc_commitment_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcCommitment, xc_commitment, XC, COMMITMENT, XcRecord)


XC_AVAILABLE_IN_ALL
XcCommitment          *xc_commitment_new          (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_commitment_get_role     (XcCommitment *self);
XC_AVAILABLE_IN_ALL
void                   xc_commitment_set_role     (XcCommitment *self,
                                                   const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_commitment_get_activity (XcCommitment *self);
XC_AVAILABLE_IN_ALL
void                   xc_commitment_set_activity (XcCommitment *self,
                                                   const char *value);
XC_AVAILABLE_IN_ALL
double                 xc_commitment_get_count    (XcCommitment *self);
XC_AVAILABLE_IN_ALL
void                   xc_commitment_set_count    (XcCommitment *self,
                                                   double value);
XC_AVAILABLE_IN_ALL
const char *           xc_commitment_get_per      (XcCommitment *self);
XC_AVAILABLE_IN_ALL
void                   xc_commitment_set_per      (XcCommitment *self,
                                                   const char *value);

XC_AVAILABLE_IN_ALL
double                 xc_commitment_get_monthly_count     (XcCommitment *self);
XC_AVAILABLE_IN_ALL
gboolean               xc_commitment_covers_lead           (XcCommitment *self);
XC_AVAILABLE_IN_ALL
gboolean               xc_commitment_covers_team           (XcCommitment *self);
XC_AVAILABLE_IN_ALL
gboolean               xc_commitment_covers_learners       (XcCommitment *self);

XC_AVAILABLE_IN_ALL
double                 xc_per_get_monthly_factor           (const char   *per);

G_END_DECLS
