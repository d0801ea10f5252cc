/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_PERSON (xc_person_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcPerson, xc_person, XC, PERSON, XcRecord)


XC_AVAILABLE_IN_ALL
XcPerson              *xc_person_new             (void) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_id          (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_id          (XcPerson *self,
                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_name        (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_name        (XcPerson *self,
                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_title       (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_title       (XcPerson *self,
                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_institution (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_institution (XcPerson *self,
                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char * const *   xc_person_get_honours     (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_honours     (XcPerson *self,
                                                  const char * const *value);
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_specialty   (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_specialty   (XcPerson *self,
                                                  const char *value);
XC_AVAILABLE_IN_ALL
gint64                 xc_person_get_birth_year  (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_birth_year  (XcPerson *self,
                                                  gint64 value);
XC_AVAILABLE_IN_ALL
const char *           xc_person_get_degree      (XcPerson *self);
XC_AVAILABLE_IN_ALL
void                   xc_person_set_degree      (XcPerson *self,
                                                  const char *value);

XC_AVAILABLE_IN_ALL
gboolean               xc_person_is_senior                (XcPerson *self);

G_END_DECLS
