/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-indicators"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "xc-design-private.h"
#include "xc-indicators.h"
#include "xc-record-private.h"
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

/* Units, hosts, experts, learners, sessions and teaching in one pass;
 * @hosts gets a mark for every institution that hosts a unit. Distinct
 * people are counted by index; an id that names nobody counts by id. */
static void
count_units (XcIndicators *self,
             XcDesign     *design,
             guint8       *hosts)
{
  guint n_units, n_people;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const XcPersonData *people = xc_design_get_people (design, &n_people);
  g_autofree guint8 *seen = g_new0 (guint8, MAX (n_people, 1));   /* bit 0 expert, 1 learner */
  g_autoptr(GHashTable) unknown_hosts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) unknown_experts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) unknown_learners = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_hosts = 0, n_experts = 0, n_learners = 0, n_senior = 0;
  double sessions = 0, teaching = 0;

#define MARK(index, id, bit, counter, unknown) \
  G_STMT_START { \
    if ((index) != XC_DESIGN_NONE) \
      { \
        if (!(seen[index] & (bit))) \
          { \
            seen[index] |= (bit); \
            counter++; \
            if ((bit) == 1 && xc_person_data_is_senior (&people[index])) \
              n_senior++; \
          } \
      } \
    else if ((id) != NULL && g_hash_table_add (unknown, (gpointer) (id))) \
      counter++; \
  } G_STMT_END

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];

      if (unit->host_index != XC_DESIGN_NONE)
        {
          if (!hosts[unit->host_index])
            n_hosts++;
          hosts[unit->host_index] = TRUE;
        }
      else if (unit->host != NULL && g_hash_table_add (unknown_hosts, (gpointer) unit->host))
        n_hosts++;

      MARK (unit->lead_index, unit->lead, 1, n_experts, unknown_experts);
      for (guint j = 0; j < unit->n_team; j++)
        MARK (unit->team[j].person_index, unit->team[j].person, 1, n_experts, unknown_experts);
      for (guint j = 0; unit->learners[j] != NULL; j++)
        MARK (unit->learner_indexes[j], unit->learners[j], 2, n_learners, unknown_learners);

      /* A team or group commitment counts once per unit, not per person. */
      for (guint j = 0; j < unit->n_commitments; j++)
        {
          const XcCommitmentData *commitment = &unit->commitments[j];

          if (is_clinical (commitment->activity))
            sessions += xc_commitment_data_get_monthly_count (commitment);
          else if (is_teaching (commitment->activity))
            teaching += xc_commitment_data_get_monthly_count (commitment) * 12;
        }
    }
#undef MARK

  set_value (self, XC_INDICATOR_UNITS, n_units);
  set_value (self, XC_INDICATOR_HOSTS, n_hosts);
  set_value (self, XC_INDICATOR_EXPERTS, n_experts);
  if (n_experts > 0)
    set_value (self, XC_INDICATOR_SENIOR_SHARE, (double) n_senior / n_experts);
  set_value (self, XC_INDICATOR_LEARNERS, n_learners);
  set_value (self, XC_INDICATOR_SESSIONS_PER_MONTH, sessions);
  set_value (self, XC_INDICATOR_TEACHING_PER_YEAR, teaching);
}

static void
count_onsite_days (XcIndicators *self,
                   XcDesign     *design)
{
  const double *days = xc_design_get_onsite_days (design);
  GHashTable *dangling = _xc_design_get_dangling_onsite_days (design);
  double total = 0, most = 0;
  gboolean any = g_hash_table_size (dangling) > 0;
  GHashTableIter iter;
  gpointer value;
  guint n_people;

  xc_design_get_people (design, &n_people);
  for (guint i = 0; i < n_people; i++)
    if (_xc_design_is_expert (design, i))
      {
        total += days[i];
        most = MAX (most, days[i]);
        any = TRUE;
      }
  g_hash_table_iter_init (&iter, dangling);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      total += *(double *) value;
      most = MAX (most, *(double *) value);
    }

  set_value (self, XC_INDICATOR_ONSITE_DAYS_PER_MONTH, total);
  if (any)
    set_value (self, XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS, most);
}

static void
count_coverage (XcIndicators *self,
                XcDesign     *design,
                const guint8 *hosts)
{
  guint n;
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n);
  g_autoptr(GHashTable) centres = g_hash_table_new (g_str_hash, g_str_equal);
  guint covered = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *id = institutions[i].id;

      /* a duplicated id is one centre, hosted where the first is */
      if (g_strcmp0 (institutions[i].kind, "township_health_centre") == 0
          && g_hash_table_add (centres, (gpointer) id))
        {
          guint first = xc_design_find_institution (design, id);

          if (first != XC_DESIGN_NONE && hosts[first])
            covered++;
        }
    }

  if (g_hash_table_size (centres) > 0)
    set_value (self, XC_INDICATOR_COVERAGE, (double) covered / g_hash_table_size (centres));
}

static void
count_needs_met (XcIndicators *self,
                 XcDesign     *design)
{
  guint n_needs, n_units;
  const XcNeedData *needs = xc_design_get_needs (design, &n_needs);
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GHashTable) offered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint met = 0;

  if (n_needs == 0)
    return;

  /* "host\nspecialty" of every unit, so each need is one lookup. */
  for (guint i = 0; i < n_units; i++)
    if (units[i].host != NULL && units[i].specialty != NULL)
      g_hash_table_add (offered, g_strconcat (units[i].host, "\n", units[i].specialty, NULL));

  for (guint i = 0; i < n_needs; i++)
    {
      g_autofree char *key = NULL;

      /* A need not filled in yet (XC-07) is met by nothing. */
      if (needs[i].institution == NULL || needs[i].specialty == NULL)
        continue;
      key = g_strconcat (needs[i].institution, "\n", needs[i].specialty, NULL);
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
              XcDesign     *design)
{
  const XcProgrammeData *programme = xc_design_get_programme (design);
  double hosts = self->values[XC_INDICATOR_HOSTS];

  if (programme->budget_total == -1 || hosts <= 0 || programme->months <= 0)
    return;

  set_value (self, XC_INDICATOR_BUDGET_PER_HOST_YEAR,
             programme->budget_total / hosts / (programme->months / 12.0));
}

/**
 * xc_indicators_new_for_design:
 *
 * Returns: (transfer full): the design's common indicators
 */
XcIndicators *
xc_indicators_new_for_design (XcDesign *design)
{
  g_autoptr(XcIndicators) self = NULL;
  g_autofree guint8 *hosts = NULL;
  guint n_institutions;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  xc_design_get_institutions (design, &n_institutions);
  hosts = g_new0 (guint8, MAX (n_institutions, 1));
  self = g_object_new (XC_TYPE_INDICATORS, NULL);
  count_units (self, design, hosts);
  count_onsite_days (self, design);
  count_coverage (self, design, hosts);
  count_needs_met (self, design);
  count_budget (self, design);
  count_per_host (self);
  return g_steal_pointer (&self);
}

/**
 * xc_indicators_new_for_programme:
 *
 * The indicators of the design as it is in memory now.
 *
 * Returns: (transfer full): the design's common indicators
 */
XcIndicators *
xc_indicators_new_for_programme (XcProgramme *programme)
{
  g_autoptr(XcDesign) design = NULL;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  design = _xc_programme_dup_design (XC_RECORD (programme));
  if (design == NULL)
    return g_object_new (XC_TYPE_INDICATORS, NULL);
  return xc_indicators_new_for_design (design);
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
