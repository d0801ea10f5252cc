/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-indicators"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "xc-indicators.h"
#include "xc-team-member.h"

/**
 * XcIndicators:
 *
 * The common indicators of one design, computed once. A value may be
 * absent (null in JSON) where programme-format.md says so, e.g. coverage
 * in a design without township health centres.
 */
struct _XcIndicators
{
  GObject  parent_instance;

  double   values[XC_N_INDICATORS];
  gboolean present[XC_N_INDICATORS];
};

G_DEFINE_FINAL_TYPE (XcIndicators, xc_indicators, G_TYPE_OBJECT)

static const struct
{
  const char *key;
  const char *label;
  gboolean    is_count;
  int         direction;   /* +1 more is better, -1 less is better, 0 neither */
} indicators[XC_N_INDICATORS] = {
  { "units", N_("Units"), TRUE, 0 },
  { "hosts", N_("Host institutions"), TRUE, 0 },
  { "experts", N_("Experts"), TRUE, 0 },
  { "experts_per_host", N_("Experts per host"), FALSE, +1 },
  { "senior_share", N_("Share of senior experts"), FALSE, +1 },
  { "learners", N_("Learners"), TRUE, +1 },
  { "onsite_days_per_month", N_("On-site days a month"), FALSE, +1 },
  { "onsite_days_per_host_month", N_("On-site days per host a month"), FALSE, +1 },
  { "sessions_per_month", N_("Clinical sessions a month"), FALSE, +1 },
  { "sessions_per_host_month", N_("Clinical sessions per host a month"), FALSE, +1 },
  { "teaching_per_year", N_("Teaching sessions a year"), FALSE, +1 },
  { "coverage", N_("Township health centre coverage"), FALSE, +1 },
  { "needs_met", N_("Share of needs met"), FALSE, +1 },
  { "budget_per_host_year", N_("Budget per host a year"), FALSE, -1 },
  { "max_expert_onsite_days", N_("Most on-site days of one expert"), FALSE, -1 },
};

const char *
xc_indicator_get_key (XcIndicator indicator)
{
  g_return_val_if_fail (indicator < XC_N_INDICATORS, NULL);

  return indicators[indicator].key;
}

const char *
xc_indicator_get_label (XcIndicator indicator)
{
  g_return_val_if_fail (indicator < XC_N_INDICATORS, NULL);

  return _(indicators[indicator].label);
}

/* Counts are whole numbers and print without decimals. */
gboolean
xc_indicator_is_count (XcIndicator indicator)
{
  g_return_val_if_fail (indicator < XC_N_INDICATORS, FALSE);

  return indicators[indicator].is_count;
}

/**
 * xc_indicator_get_direction:
 *
 * Returns: +1 where more is better, -1 where less is better, 0 where a
 *   value is neither better nor worse
 */
int
xc_indicator_get_direction (XcIndicator indicator)
{
  g_return_val_if_fail (indicator < XC_N_INDICATORS, 0);

  return indicators[indicator].direction;
}

/**
 * xc_indicator_get_direction_label:
 *
 * Returns: which way the indicator is better, as short as a table's column
 *   "Better" shows it: "↑ higher", "↓ lower" or "neither"
 */
const char *
xc_indicator_get_direction_label (XcIndicator indicator)
{
  switch (xc_indicator_get_direction (indicator))
    {
    case 1:
      /* TRANSLATORS: in the "Better" column: a higher value is better */
      return _("↑ higher");
    case -1:
      /* TRANSLATORS: in the "Better" column: a lower value is better */
      return _("↓ lower");
    default:
      /* TRANSLATORS: in the "Better" column: neither is better */
      return _("neither");
    }
}

static void
xc_indicators_class_init (XcIndicatorsClass *klass)
{
}

static void
xc_indicators_init (XcIndicators *self)
{
}

static void
set_value (XcIndicators *self,
           XcIndicator   indicator,
           double        value)
{
  self->values[indicator] = value;
  self->present[indicator] = TRUE;
}

static gboolean
is_clinical (const char *activity)
{
  return g_strcmp0 (activity, "outpatient") == 0 || g_strcmp0 (activity, "ward_round") == 0
    || g_strcmp0 (activity, "operation") == 0 || g_strcmp0 (activity, "consultation") == 0;
}

static gboolean
is_teaching (const char *activity)
{
  return g_strcmp0 (activity, "seminar") == 0 || g_strcmp0 (activity, "training_class") == 0
    || g_strcmp0 (activity, "teaching_review") == 0;
}

/* Units, hosts, experts, learners, sessions and teaching in one pass. */
static void
count_units (XcIndicators *self,
             XcProgramme  *programme,
             GHashTable   *hosts)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(GHashTable) experts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) learners = g_hash_table_new (g_str_hash, g_str_equal);
  double sessions = 0, teaching = 0;
  guint n_senior = 0;
  GHashTableIter iter;
  gpointer id;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      GListModel *team = xc_unit_get_team (unit);
      GListModel *commitments = xc_unit_get_commitments (unit);
      const char * const *unit_learners = xc_unit_get_learners (unit);

      if (xc_unit_get_host (unit) != NULL)
        g_hash_table_add (hosts, (gpointer) xc_unit_get_host (unit));
      if (xc_unit_get_lead (unit) != NULL)
        g_hash_table_add (experts, (gpointer) xc_unit_get_lead (unit));
      for (guint j = 0; j < g_list_model_get_n_items (team); j++)
        {
          g_autoptr(XcTeamMember) member = g_list_model_get_item (team, j);

          if (xc_team_member_get_person (member) != NULL)
            g_hash_table_add (experts, (gpointer) xc_team_member_get_person (member));
        }
      for (guint j = 0; unit_learners[j] != NULL; j++)
        g_hash_table_add (learners, (gpointer) unit_learners[j]);

      /* A team or group commitment counts once per unit, not per person. */
      for (guint j = 0; j < g_list_model_get_n_items (commitments); j++)
        {
          g_autoptr(XcCommitment) commitment = g_list_model_get_item (commitments, j);
          const char *activity = xc_commitment_get_activity (commitment);

          if (is_clinical (activity))
            sessions += xc_commitment_get_monthly_count (commitment);
          else if (is_teaching (activity))
            teaching += xc_commitment_get_monthly_count (commitment) * 12;
        }
    }

  g_hash_table_iter_init (&iter, experts);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      XcPerson *person = xc_programme_lookup_person (programme, id);

      if (person != NULL && xc_person_is_senior (person))
        n_senior++;
    }

  set_value (self, XC_INDICATOR_UNITS, n_units);
  set_value (self, XC_INDICATOR_HOSTS, g_hash_table_size (hosts));
  set_value (self, XC_INDICATOR_EXPERTS, g_hash_table_size (experts));
  if (g_hash_table_size (experts) > 0)
    set_value (self, XC_INDICATOR_SENIOR_SHARE,
               (double) n_senior / g_hash_table_size (experts));
  set_value (self, XC_INDICATOR_LEARNERS, g_hash_table_size (learners));
  set_value (self, XC_INDICATOR_SESSIONS_PER_MONTH, sessions);
  set_value (self, XC_INDICATOR_TEACHING_PER_YEAR, teaching);
}

static void
count_onsite_days (XcIndicators *self,
                   XcProgramme  *programme)
{
  g_autoptr(GHashTable) days = xc_programme_compute_onsite_days (programme);
  double total = 0, most = 0;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      total += *(double *) value;
      most = MAX (most, *(double *) value);
    }

  set_value (self, XC_INDICATOR_ONSITE_DAYS_PER_MONTH, total);
  if (g_hash_table_size (days) > 0)
    set_value (self, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS, most);
}

static void
count_coverage (XcIndicators *self,
                XcProgramme  *programme,
                GHashTable   *hosts)
{
  GListModel *institutions = xc_programme_get_institutions (programme);
  g_autoptr(GHashTable) centres = g_hash_table_new (g_str_hash, g_str_equal);
  guint covered = 0;

  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      const char *id = xc_institution_get_id (institution);

      if (g_strcmp0 (xc_institution_get_kind (institution), "township_health_centre") == 0
          && g_hash_table_add (centres, (gpointer) id) && g_hash_table_contains (hosts, id))
        covered++;
    }

  if (g_hash_table_size (centres) > 0)
    set_value (self, XC_INDICATOR_COVERAGE, (double) covered / g_hash_table_size (centres));
}

static void
count_needs_met (XcIndicators *self,
                 XcProgramme  *programme)
{
  GListModel *needs = xc_programme_get_needs (programme);
  GListModel *units = xc_programme_get_units (programme);
  guint n_needs = g_list_model_get_n_items (needs);
  g_autoptr(GHashTable) offered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint met = 0;

  if (n_needs == 0)
    return;

  /* "host\nspecialty" of every unit, so each need is one lookup. */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      if (xc_unit_get_host (unit) != NULL && xc_unit_get_specialty (unit) != NULL)
        g_hash_table_add (offered, g_strconcat (xc_unit_get_host (unit), "\n",
                                                xc_unit_get_specialty (unit), NULL));
    }

  for (guint i = 0; i < n_needs; i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);
      g_autofree char *key = NULL;

      /* A need not filled in yet (XC-07) is met by nothing. */
      if (xc_need_get_institution (need) == NULL || xc_need_get_specialty (need) == NULL)
        continue;
      key = g_strconcat (xc_need_get_institution (need), "\n", xc_need_get_specialty (need), NULL);
      if (g_hash_table_contains (offered, key))
        met++;
    }

  set_value (self, XC_INDICATOR_NEEDS_MET, (double) met / n_needs);
}

/* Totals grow with a design's size; per host they compare across sizes. */
static void
count_per_host (XcIndicators *self)
{
  static const XcIndicator totals[][2] = {
    { XC_INDICATOR_EXPERTS, XC_INDICATOR_EXPERTS_PER_HOST },
    { XC_INDICATOR_ONSITE_DAYS_PER_MONTH, XC_INDICATOR_ONSITE_DAYS_PER_HOST_MONTH },
    { XC_INDICATOR_SESSIONS_PER_MONTH, XC_INDICATOR_SESSIONS_PER_HOST_MONTH },
  };
  double hosts = self->values[XC_INDICATOR_HOSTS];

  if (hosts <= 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    if (self->present[totals[i][0]])
      set_value (self, totals[i][1], self->values[totals[i][0]] / hosts);
}

static void
count_budget (XcIndicators *self,
              XcProgramme  *programme)
{
  double total, hosts = self->values[XC_INDICATOR_HOSTS];
  gint64 months = xc_programme_get_months (programme);

  if (!xc_programme_get_budget_total (programme, &total) || hosts <= 0 || months <= 0)
    return;

  set_value (self, XC_INDICATOR_BUDGET_PER_HOST_YEAR, total / hosts / (months / 12.0));
}

/**
 * xc_indicators_new_for_programme:
 *
 * Returns: (transfer full): the design's common indicators
 */
XcIndicators *
xc_indicators_new_for_programme (XcProgramme *programme)
{
  g_autoptr(XcIndicators) self = NULL;
  g_autoptr(GHashTable) hosts = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  self = g_object_new (XC_TYPE_INDICATORS, NULL);
  count_units (self, programme, hosts);
  count_onsite_days (self, programme);
  count_coverage (self, programme, hosts);
  count_needs_met (self, programme);
  count_budget (self, programme);
  count_per_host (self);
  return g_steal_pointer (&self);
}

/**
 * xc_indicators_get_value:
 * @value: (out) (optional): the value
 *
 * Returns: %FALSE where the indicator has no value for this design
 */
gboolean
xc_indicators_get_value (XcIndicators *self,
                         XcIndicator   indicator,
                         double       *value)
{
  g_return_val_if_fail (XC_IS_INDICATORS (self), FALSE);
  g_return_val_if_fail (indicator < XC_N_INDICATORS, FALSE);

  if (value != NULL)
    *value = self->values[indicator];
  return self->present[indicator];
}

/**
 * xc_indicator_is_share:
 *
 * Returns: whether the indicator is a share (0..1), shown as a percentage
 */
gboolean
xc_indicator_is_share (XcIndicator indicator)
{
  return indicator == XC_INDICATOR_SENIOR_SHARE
         || indicator == XC_INDICATOR_COVERAGE
         || indicator == XC_INDICATOR_NEEDS_MET;
}

/**
 * xc_indicator_format_number:
 *
 * A value as data files carry it: a dot for the decimal point whatever the
 * locale, at most six decimals, no trailing zeros.
 *
 * Returns: (transfer full): the text
 */
char *
xc_indicator_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return g_strdup (buffer);
}

/**
 * xc_indicators_format_value:
 *
 * The indicator's value as a planner reads it: shares as percentages,
 * counts whole, "—" where the indicator is undefined for the design.
 *
 * Returns: (transfer full): the text
 */
char *
xc_indicators_format_value (XcIndicators *self,
                            XcIndicator   indicator)
{
  double value;

  g_return_val_if_fail (XC_IS_INDICATORS (self), NULL);

  if (!xc_indicators_get_value (self, indicator, &value))
    return g_strdup ("—");
  if (xc_indicator_is_share (indicator))
    return g_strdup_printf ("%.1f%%", value * 100);
  if (xc_indicator_is_count (indicator))
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}
