/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_INSTITUTION (xc_institution_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcInstitution, xc_institution, XC, INSTITUTION, XcRecord)


XC_AVAILABLE_IN_ALL
XcInstitution         *xc_institution_new               (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_id            (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_id            (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_name          (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_name          (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_kind          (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_kind          (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_level         (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_level         (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_ownership     (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_ownership     (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_county        (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_county        (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_town          (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_town          (XcInstitution *self,
                                                         const char *value);
XC_AVAILABLE_IN_ALL
gboolean               xc_institution_get_has_ward      (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_has_ward      (XcInstitution *self,
                                                         gboolean value);
XC_AVAILABLE_IN_ALL
gint64                 xc_institution_get_beds          (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_beds          (XcInstitution *self,
                                                         gint64 value);
XC_AVAILABLE_IN_ALL
gint64                 xc_institution_get_population    (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_population    (XcInstitution *self,
                                                         gint64 value);
XC_AVAILABLE_IN_ALL
const char *           xc_institution_get_affiliated_to (XcInstitution *self);
XC_AVAILABLE_IN_ALL
void                   xc_institution_set_affiliated_to (XcInstitution *self,
                                                         const char *value);

G_END_DECLS
