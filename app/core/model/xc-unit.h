/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-commitment.h"
#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_UNIT (xc_unit_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcUnit, xc_unit, XC, UNIT, XcRecord)


XC_AVAILABLE_IN_ALL
XcUnit                *xc_unit_new                  (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_id               (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_id               (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_name             (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_name             (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_kind             (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_kind             (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_variant          (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_variant          (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_host             (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_host             (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_specialty        (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_specialty        (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_lead             (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_lead             (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
const char * const *   xc_unit_get_learners         (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_learners         (XcUnit *self,
                                                     const char * const *value);
XC_AVAILABLE_IN_ALL
const char *           xc_unit_get_start            (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_start            (XcUnit *self,
                                                     const char *value);
XC_AVAILABLE_IN_ALL
gint64                 xc_unit_get_months           (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_months           (XcUnit *self,
                                                     gint64 value);
XC_AVAILABLE_IN_ALL
double                 xc_unit_get_teaching_room_m2 (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_teaching_room_m2 (XcUnit *self,
                                                     double value);
XC_AVAILABLE_IN_ALL
gboolean               xc_unit_get_reading_room     (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_reading_room     (XcUnit *self,
                                                     gboolean value);
XC_AVAILABLE_IN_ALL
const char * const *   xc_unit_get_equipment        (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_equipment        (XcUnit *self,
                                                     const char * const *value);
XC_AVAILABLE_IN_ALL
const char * const *   xc_unit_get_services         (XcUnit *self);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_services         (XcUnit *self,
                                                     const char * const *value);

XC_AVAILABLE_IN_ALL
GListModel            *xc_unit_get_team                   (XcUnit *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_unit_get_commitments            (XcUnit *self);
XC_AVAILABLE_IN_ALL
gboolean               xc_unit_has_team_member            (XcUnit     *self,
                                                           const char *person_id);
XC_AVAILABLE_IN_ALL
gboolean               xc_unit_has_service                (XcUnit     *self,
                                                           const char *service);
XC_AVAILABLE_IN_ALL
gboolean               xc_unit_has_equipment              (XcUnit     *self,
                                                           const char *item);
XC_AVAILABLE_IN_ALL
gboolean               xc_unit_get_target                 (XcUnit     *self,
                                                           const char *key,
                                                           double     *value);
XC_AVAILABLE_IN_ALL
void                   xc_unit_set_target                 (XcUnit     *self,
                                                           const char *key,
                                                           double      value);
XC_AVAILABLE_IN_ALL
double                 xc_unit_sum_commitments            (XcUnit     *self,
                                                           const char *activity,
                                                           gboolean  (*covers) (XcCommitment *));

G_END_DECLS
