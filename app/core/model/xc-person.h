/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-record.h"

G_BEGIN_DECLS

#define XC_TYPE_PERSON (xc_person_get_type ())

G_DECLARE_FINAL_TYPE (XcPerson, xc_person, XC, PERSON, XcRecord)


XcPerson              *xc_person_new             (void) G_GNUC_WARN_UNUSED_RESULT;
const char *           xc_person_get_id          (XcPerson *self);
void                   xc_person_set_id          (XcPerson *self,
                                                  const char *value);
const char *           xc_person_get_name        (XcPerson *self);
void                   xc_person_set_name        (XcPerson *self,
                                                  const char *value);
const char *           xc_person_get_title       (XcPerson *self);
void                   xc_person_set_title       (XcPerson *self,
                                                  const char *value);
const char *           xc_person_get_institution (XcPerson *self);
void                   xc_person_set_institution (XcPerson *self,
                                                  const char *value);
const char * const *   xc_person_get_honours     (XcPerson *self);
void                   xc_person_set_honours     (XcPerson *self,
                                                  const char * const *value);
const char *           xc_person_get_specialty   (XcPerson *self);
void                   xc_person_set_specialty   (XcPerson *self,
                                                  const char *value);
gint64                 xc_person_get_birth_year  (XcPerson *self);
void                   xc_person_set_birth_year  (XcPerson *self,
                                                  gint64 value);
const char *           xc_person_get_degree      (XcPerson *self);
void                   xc_person_set_degree      (XcPerson *self,
                                                  const char *value);

gboolean               xc_person_is_senior                (XcPerson *self);

G_END_DECLS
