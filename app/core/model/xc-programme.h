/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-deviation.h"
#include "xc-institution.h"
#include "xc-need.h"
#include "xc-person.h"
#include "xc-record.h"
#include "xc-town.h"
#include "xc-unit.h"

G_BEGIN_DECLS

#define XC_TYPE_PROGRAMME (xc_programme_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcProgramme, xc_programme, XC, PROGRAMME, XcRecord)


XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_scheme                   (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_scheme                   (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_id                       (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_id                       (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_title                    (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_title                    (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_province                 (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_province                 (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_city                     (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_city                     (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char * const *   xc_programme_get_counties                 (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_counties                 (XcProgramme *self,
                                                                  const char * const *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_start                    (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_start                    (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
gint64                 xc_programme_get_months                   (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_months                   (XcProgramme *self,
                                                                  gint64 value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_partner                  (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_partner                  (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_currency                 (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_currency                 (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
gint64                 xc_programme_get_planned_acceptance_month (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_planned_acceptance_month (XcProgramme *self,
                                                                  gint64 value);
XC_AVAILABLE_IN_ALL
const char *           xc_programme_get_acceptance_applicant     (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_acceptance_applicant     (XcProgramme *self,
                                                                  const char *value);
XC_AVAILABLE_IN_ALL
gboolean               xc_programme_get_third_party_acceptance   (XcProgramme *self);
XC_AVAILABLE_IN_ALL
void                   xc_programme_set_third_party_acceptance   (XcProgramme *self,
                                                                  gboolean value);

XC_AVAILABLE_IN_ALL
XcProgramme           *xc_programme_new_for_scheme          (const char    *scheme_id) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcProgramme           *xc_programme_new_from_bytes          (GBytes        *bytes,
                                                             const char    *display_name,
                                                             GError       **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcProgramme           *xc_programme_new_from_file           (GFile         *file,
                                                             GCancellable  *cancellable,
                                                             GError       **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
void                   xc_programme_load_async              (GFile         *file,
                                                             GCancellable  *cancellable,
                                                             GAsyncReadyCallback callback,
                                                             gpointer       user_data);
XC_AVAILABLE_IN_ALL
XcProgramme           *xc_programme_load_finish             (GAsyncResult  *result,
                                                             GError       **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GBytes                *xc_programme_to_bytes                (XcProgramme   *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
gboolean               xc_programme_save_to_file            (XcProgramme   *self,
                                                             GFile         *file,
                                                             GCancellable  *cancellable,
                                                             GError       **error);

XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_towns               (XcProgramme   *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_institutions        (XcProgramme   *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_people              (XcProgramme   *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_units               (XcProgramme   *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_needs               (XcProgramme   *self);
XC_AVAILABLE_IN_ALL
GListModel            *xc_programme_get_deviations          (XcProgramme   *self);

XC_AVAILABLE_IN_ALL
XcDeviation           *xc_programme_accept_finding          (XcProgramme   *self,
                                                             XcFinding     *finding,
                                                             const char    *reason);
XC_AVAILABLE_IN_ALL
gboolean               xc_programme_withdraw_deviation      (XcProgramme   *self,
                                                             XcDeviation   *deviation);

XC_AVAILABLE_IN_ALL
XcProgramme           *xc_programme_copy                    (XcProgramme   *self) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
char                  *xc_programme_make_unique_id          (XcProgramme   *self,
                                                             const char    *prefix) G_GNUC_WARN_UNUSED_RESULT;

XC_AVAILABLE_IN_ALL
XcTown                *xc_programme_lookup_town             (XcProgramme   *self,
                                                             const char    *id);
XC_AVAILABLE_IN_ALL
XcInstitution         *xc_programme_lookup_institution      (XcProgramme   *self,
                                                             const char    *id);
XC_AVAILABLE_IN_ALL
const char            *xc_programme_get_institution_county (XcProgramme   *self,
                                                            XcInstitution *institution);
XC_AVAILABLE_IN_ALL
XcPerson              *xc_programme_lookup_person           (XcProgramme   *self,
                                                             const char    *id);
XC_AVAILABLE_IN_ALL
XcUnit                *xc_programme_lookup_unit             (XcProgramme   *self,
                                                             const char    *id);

XC_AVAILABLE_IN_ALL
gboolean               xc_programme_get_budget_total        (XcProgramme   *self,
                                                             double        *total);
XC_AVAILABLE_IN_ALL
GHashTable            *xc_programme_compute_onsite_days     (XcProgramme   *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
