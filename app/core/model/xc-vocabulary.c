/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-translation.h"
#include "xc-vocabulary.h"

/* a check words a message per finding: translations remembered */
#undef _
#define _(String) ((char *) xc_translate (GETTEXT_PACKAGE, (String)))

/* The identifiers of programme-format.md (kinds, variants, titles,
 * specialties…) as people read them. */
static const struct { const char *term; const char *label; } vocabulary[] = {
  /* unit kinds and variants */
  { "studio", N_("Studio") },
  { "station", N_("Station") },
  { "discipline", N_("Co-built discipline") },
  { "workstation", N_("Expert workstation") },
  { "instrument", N_("Talent instrument") },
  { "western", N_("Famous-doctor studio") },
  { "tcm", N_("Famous-TCM-doctor studio") },
  { "group_recruitment", N_("Group recruitment") },
  { "migratory_expert", N_("Migratory experts") },
  { "order_training", N_("Order training") },
  { "trusteeship", N_("Trusteeship") },
  { "pairing", N_("Pairing") },
  { "alliance", N_("Medical alliance") },
  { "mentor_pool", N_("Mentor pool") },
  { "training", N_("Training") },
  /* institution kinds */
  { "hospital", N_("Hospital") },
  { "tcm_hospital", N_("TCM hospital") },
  { "maternal_child_hospital", N_("Maternal and child hospital") },
  { "county_hospital", N_("County hospital") },
  { "township_health_centre", N_("Township health centre") },
  { "community_health_centre", N_("Community health centre") },
  { "university", N_("University") },
  { "health_authority", N_("Health authority") },
  /* levels and ownership */
  { "primary", N_("Primary") },
  { "secondary", N_("Secondary") },
  { "tertiary", N_("Tertiary") },
  { "public", N_("Public") },
  { "private", N_("Private") },
  /* titles */
  { "chief", N_("Chief physician") },
  { "deputy_chief", N_("Deputy chief physician") },
  { "attending", N_("Attending physician") },
  { "resident", N_("Resident physician") },
  /* specialties */
  { "cardiology", N_("Cardiology") },
  { "endocrinology", N_("Endocrinology") },
  { "orthopaedics", N_("Orthopaedics") },
  { "obstetrics_gynaecology", N_("Obstetrics and gynaecology") },
  { "neurosurgery", N_("Neurosurgery") },
  { "neurology", N_("Neurology") },
  { "hepatobiliary", N_("Hepatobiliary surgery") },
  { "dermatology", N_("Dermatology") },
  { "tcm_internal", N_("TCM internal medicine") },
  { "tcm_gynaecology", N_("TCM gynaecology") },
  { "tcm_orthopaedics", N_("TCM orthopaedics") },
  { "tcm_paediatrics", N_("TCM paediatrics") },
  { "acupuncture", N_("Acupuncture") },
  { "general_practice", N_("General practice") },
  { "general_surgery", N_("General surgery") },
  { "paediatrics", N_("Paediatrics") },
  { "trauma", N_("Trauma care") },
  { "oncology", N_("Oncology") },
  { "pain", N_("Pain medicine") },
  { "respiratory", N_("Respiratory medicine") },
  { "gastroenterology", N_("Gastroenterology") },
  { "nephrology", N_("Nephrology") },
  { "urology", N_("Urology") },
  { "rehabilitation", N_("Rehabilitation") },
  { "emergency", N_("Emergency medicine") },
  { "radiology", N_("Radiology") },
  { "anaesthesiology", N_("Anaesthesiology") },
  { "laboratory_medicine", N_("Laboratory medicine") },
  { "reproductive_medicine", N_("Reproductive medicine") },
  { "cardiovascular_intervention", N_("Cardiovascular intervention") },
  /* a unit's targets */
  { "outpatients", N_("Outpatients") },
  { "operations", N_("Operations") },
  { "referrals", N_("Referrals") },
  { "new_techniques", N_("New techniques") },
  { "trainees", N_("Trainees") },
  { "training_sessions", N_("Training sessions") },
};

/**
 * xc_vocabulary_get_label:
 * @term: (nullable): an identifier from a design, e.g. `tcm_internal`
 *
 * Returns: (nullable): its translated label, or @term itself where it is
 *   not a known identifier (a scheme may use more)
 */
const char *
xc_vocabulary_get_label (const char *term)
{
  static GHashTable *labels;

  if (term == NULL)
    return NULL;

  if (g_once_init_enter (&labels))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (vocabulary); i++)
        g_hash_table_insert (table, (gpointer) vocabulary[i].term, (gpointer) vocabulary[i].label);
      g_once_init_leave (&labels, table);
    }

  if (g_hash_table_contains (labels, term))
    return _(g_hash_table_lookup (labels, term));
  return term;
}
