/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * XC_DESIGN_NONE:
 *
 * The index of a reference that names nothing: the member is absent, or
 * the id it gives is not in the design (rule XC-01 reports those).
 */
#define XC_DESIGN_NONE G_MAXUINT

/* The records of a design as plain, read-only structs. Strings are UTF-8,
 * %NULL where the member is absent or null; an emptied text stays "".
 * Numbers a design may leave out read as the getters of the GObject model
 * return them (-1 for a missing whole number or area, %FALSE for a missing
 * flag, has_ward %TRUE). String arrays end with %NULL and are never %NULL.
 * Later versions only add members at the end of each struct. */

typedef struct
{
  const char *id;
  const char *name;
  const char *county;
} XcTownData;

typedef struct
{
  const char *id;
  const char *name;
  const char *kind;
  const char *level;
  const char *ownership;
  const char *county;
  const char *town;
  gboolean    has_ward;
  gint64      beds;
  gint64      population;
  const char *affiliated_to;
  guint       town_index;
  guint       affiliated_index;
} XcInstitutionData;

typedef struct
{
  const char         *id;
  const char         *name;
  const char         *title;
  const char         *institution;
  const char * const *honours;
  const char         *specialty;
  gint64              birth_year;
  const char         *degree;
  guint               institution_index;
} XcPersonData;

typedef struct
{
  const char *person;
  gint64      residency_months;   /* -1 where absent */
  guint       person_index;
} XcTeamMemberData;

typedef struct
{
  const char *role;
  const char *activity;
  double      count;              /* 0 where absent */
  const char *per;
} XcCommitmentData;

/**
 * XcUnitTarget:
 *
 * The members of a unit's `targets` the model names.
 */
typedef enum
{
  XC_UNIT_TARGET_OUTPATIENTS,
  XC_UNIT_TARGET_OPERATIONS,
  XC_UNIT_TARGET_REFERRALS,
  XC_UNIT_TARGET_NEW_TECHNIQUES,
  XC_UNIT_TARGET_TRAINEES,
  XC_UNIT_TARGET_TRAINING_SESSIONS,
  XC_N_UNIT_TARGETS,
} XcUnitTarget;

typedef struct
{
  const char              *id;
  const char              *name;
  const char              *kind;
  const char              *variant;
  const char              *host;
  const char              *specialty;
  const char              *lead;
  const char              *start;
  gint64                   months;               /* -1 where absent */
  double                   teaching_room_m2;     /* -1 where absent */
  gboolean                 reading_room;
  const char * const      *equipment;
  const char * const      *services;
  const char * const      *learners;
  const XcTeamMemberData  *team;
  guint                    n_team;
  const XcCommitmentData  *commitments;
  guint                    n_commitments;
  double                   targets[XC_N_UNIT_TARGETS];
  guint                    has_target;           /* bit (1 << XcUnitTarget) per target given */
  guint                    host_index;
  guint                    lead_index;
  const guint             *learner_indexes;      /* one per learner */
} XcUnitData;

typedef struct
{
  const char *institution;
  const char *specialty;
  const char *note;
  guint       institution_index;
} XcNeedData;

typedef struct
{
  const char *rule;
  const char *unit;
  const char *subject;
  const char *reason;
  const char *date;
} XcDeviationData;

typedef struct
{
  const char         *scheme;
  const char         *id;
  const char         *title;
  const char         *province;
  const char         *city;
  const char * const *counties;
  const char         *start;
  gint64              months;                    /* 0 where absent */
  double              budget_total;              /* -1 where absent */
  double              budget_per_year;           /* -1 where absent */
  const char         *currency;
  const char         *partner;
  gint64              planned_acceptance_month;  /* -1 where absent */
  const char         *acceptance_applicant;
  gboolean            third_party_acceptance;
  gboolean            has_acceptance;            /* `acceptance` is present */
  guint               partner_index;
} XcProgrammeData;

/**
 * XcDesignRecord:
 *
 * Which collection a record index counts in, for the `ext` of a record.
 */
typedef enum
{
  XC_DESIGN_RECORD_PROGRAMME,
  XC_DESIGN_RECORD_INSTITUTION,
  XC_DESIGN_RECORD_PERSON,
  XC_DESIGN_RECORD_UNIT,
} XcDesignRecord;

#define XC_TYPE_DESIGN (xc_design_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcDesign, xc_design, XC, DESIGN, GObject)

XC_AVAILABLE_IN_ALL
XcDesign               *xc_design_new_from_bytes     (GBytes         *bytes,
                                                      const char     *display_name,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
XcDesign               *xc_design_new_from_file      (GFile          *file,
                                                      GCancellable   *cancellable,
                                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;
XC_AVAILABLE_IN_ALL
GBytes                 *xc_design_get_bytes          (XcDesign       *self);
XC_AVAILABLE_IN_ALL
const XcProgrammeData  *xc_design_get_programme      (XcDesign       *self);
XC_AVAILABLE_IN_ALL
const XcTownData       *xc_design_get_towns          (XcDesign       *self,
                                                      guint          *n_towns);
XC_AVAILABLE_IN_ALL
const XcInstitutionData *xc_design_get_institutions  (XcDesign       *self,
                                                      guint          *n_institutions);
XC_AVAILABLE_IN_ALL
const XcPersonData     *xc_design_get_people         (XcDesign       *self,
                                                      guint          *n_people);
XC_AVAILABLE_IN_ALL
const XcUnitData       *xc_design_get_units          (XcDesign       *self,
                                                      guint          *n_units);
XC_AVAILABLE_IN_ALL
const XcNeedData       *xc_design_get_needs          (XcDesign       *self,
                                                      guint          *n_needs);
XC_AVAILABLE_IN_ALL
const XcDeviationData  *xc_design_get_deviations     (XcDesign       *self,
                                                      guint          *n_deviations);

XC_AVAILABLE_IN_ALL
guint                   xc_design_find_town          (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
guint                   xc_design_find_institution   (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
guint                   xc_design_find_person        (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
guint                   xc_design_find_unit          (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
const char             *xc_design_get_unit_name      (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
const char             *xc_design_get_person_name    (XcDesign       *self,
                                                      const char     *id);
XC_AVAILABLE_IN_ALL
const char             *xc_design_get_institution_name (XcDesign     *self,
                                                        const char   *id);

XC_AVAILABLE_IN_ALL
JsonObject             *xc_design_dup_ext            (XcDesign       *self,
                                                      XcDesignRecord  record,
                                                      guint           index) G_GNUC_WARN_UNUSED_RESULT;

/* Reading an `ext` object (xc_design_dup_ext()); %NULL reads as empty. */
XC_AVAILABLE_IN_ALL
JsonNode               *xc_ext_get_member            (JsonObject     *ext,
                                                      const char     *name);
XC_AVAILABLE_IN_ALL
const char             *xc_ext_get_string            (JsonObject     *ext,
                                                      const char     *name);
XC_AVAILABLE_IN_ALL
gboolean                xc_ext_get_number            (JsonObject     *ext,
                                                      const char     *name,
                                                      double         *value);
XC_AVAILABLE_IN_ALL
gboolean                xc_ext_strv_contains         (JsonObject     *ext,
                                                      const char     *name,
                                                      const char     *value);

XC_AVAILABLE_IN_ALL
const char             *xc_design_get_institution_county (XcDesign   *self,
                                                      guint           institution);
XC_AVAILABLE_IN_ALL
const double           *xc_design_get_onsite_days    (XcDesign       *self);

/* Helpers over the structs, as the GObject model's methods. */
XC_AVAILABLE_IN_ALL
const char             *xc_unit_data_get_label       (const XcUnitData        *unit);
XC_AVAILABLE_IN_ALL
const char             *xc_person_data_get_label     (const XcPersonData      *person);
XC_AVAILABLE_IN_ALL
const char             *xc_institution_data_get_label (const XcInstitutionData *institution);
XC_AVAILABLE_IN_ALL
gboolean                xc_person_data_is_senior     (const XcPersonData      *person);
XC_AVAILABLE_IN_ALL
gboolean                xc_unit_data_has_team_member (const XcUnitData        *unit,
                                                      const char              *person);
XC_AVAILABLE_IN_ALL
guint                   xc_unit_data_count_team_members (const XcUnitData     *unit);
XC_AVAILABLE_IN_ALL
guint                   xc_unit_data_count_learners  (const XcUnitData        *unit);
XC_AVAILABLE_IN_ALL
gboolean                xc_unit_data_get_target      (const XcUnitData        *unit,
                                                      const char              *key,
                                                      double                  *value);
XC_AVAILABLE_IN_ALL
double                  xc_unit_data_sum_commitments (const XcUnitData        *unit,
                                                      const char              *activity,
                                                      gboolean               (*covers) (const XcCommitmentData *));
XC_AVAILABLE_IN_ALL
double                  xc_commitment_data_get_monthly_count (const XcCommitmentData *commitment);
XC_AVAILABLE_IN_ALL
gboolean                xc_commitment_data_covers_lead     (const XcCommitmentData *commitment);
XC_AVAILABLE_IN_ALL
gboolean                xc_commitment_data_covers_team     (const XcCommitmentData *commitment);
XC_AVAILABLE_IN_ALL
gboolean                xc_commitment_data_covers_learners (const XcCommitmentData *commitment);

G_END_DECLS
