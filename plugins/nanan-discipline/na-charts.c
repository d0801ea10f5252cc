/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "nanan-discipline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "na-charts.h"

/* A discipline as a planner names it: by its specialty (骨科), else its
 * own name or id. */
static const char *
discipline_label (const XcUnitData *unit)
{
  if (unit->specialty != NULL && unit->specialty[0] != '\0')
    return xc_vocabulary_get_label (unit->specialty);
  if (unit->name != NULL && unit->name[0] != '\0')
    return unit->name;
  return unit->id != NULL ? unit->id : "";
}

/* A label per unit, in unit order: the discipline's, or where two share
 * one, the second's own name after it. */
static GPtrArray *
discipline_labels (const XcUnitData *units,
                   guint             n_units)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const char *label = discipline_label (unit);
      char *unique;

      if (g_hash_table_contains (seen, label))
        unique = g_strdup_printf ("%s (%s)", label, unit->name != NULL ? unit->name : unit->id);
      else
        unique = g_strdup (label);
      g_ptr_array_add (labels, unique);
      g_hash_table_add (seen, unique);
    }
  return labels;
}

/* The targets of programme-format.md, in its order. */
static const struct
{
  const char *key;
  const char *label;
} target_keys[] = {
  { "outpatients", N_("Outpatients") },
  { "operations", N_("Operations") },
  { "referrals", N_("Referrals") },
  { "new_techniques", N_("New techniques") },
  { "trainees", N_("Trainees") },
  { "training_sessions", N_("Training sessions") },
};

/* What each co-built discipline promises over its period (NA's targets:
 * outpatients and operations up on the year before). */
static GtkWidget *
create_targets_per_discipline (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GPtrArray) labels = discipline_labels (units, n_units);
  g_autoptr(XcChartTally) tally = NULL;
  const char *series[G_N_ELEMENTS (target_keys)];
  guint used[G_N_ELEMENTS (target_keys)];
  guint n_used = 0;
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Targets per discipline"),
                                   NULL);

  /* Only the targets some discipline sets, so the legend lists no unused one. */
  for (guint k = 0; k < G_N_ELEMENTS (target_keys); k++)
    for (guint i = 0; i < n_units; i++)
      {
        if (xc_unit_data_get_target (&units[i], target_keys[k].key, NULL))
          {
            series[n_used] = _(target_keys[k].label);
            used[n_used++] = k;
            break;
          }
      }

  tally = xc_chart_tally_new (MAX (n_used, 1));
  for (guint i = 0; i < n_units; i++)
    {
      const char *label = g_ptr_array_index (labels, i);

      xc_chart_tally_category (tally, label);
      for (guint s = 0; s < n_used; s++)
        {
          double value;

          if (xc_unit_data_get_target (&units[i], target_keys[used[s]].key, &value))
            xc_chart_tally_add (tally, label, s, value);
        }
    }

  if (n_used == 0)
    return chart;
  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

enum { DAYS_LEADER, DAYS_TEAM, N_DAYS };

/* The days a month the university's experts spend in Nan'an, per
 * discipline: the leader's and the team's (each member's days counted),
 * the days XC-03/XC-04 read. */
static GtkWidget *
create_onsite_days_per_discipline (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GPtrArray) labels = discipline_labels (units, n_units);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (N_DAYS);
  const char *series[N_DAYS] = { _("Discipline leader"), _("Team") };
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Expert days on site a month per discipline"),
                                   NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const char *label = g_ptr_array_index (labels, i);
      double leader_days = 0;

      if (unit->lead != NULL && unit->lead[0] != '\0')
        leader_days = xc_unit_data_sum_commitments (unit, "on_site_days",
                                                    xc_commitment_data_covers_lead);
      xc_chart_tally_add (tally, label, DAYS_LEADER, leader_days);
      xc_chart_tally_add (tally, label, DAYS_TEAM,
                          unit->n_team * xc_unit_data_sum_commitments (unit, "on_site_days",
                                                                       xc_commitment_data_covers_team));
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* The experts each discipline brings: its leader and team (NA-03). */
static GtkWidget *
create_experts_per_discipline (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GPtrArray) labels = discipline_labels (units, n_units);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Experts") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Experts per discipline"),
                                   NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      guint experts = 0;

      /* Each person once: a leader also listed on the team is one expert. */
      if (unit->lead != NULL && unit->lead[0] != '\0')
        experts++;
      for (guint m = 0; m < unit->n_team; m++)
        if (g_strcmp0 (unit->team[m].person, unit->lead) != 0)
          experts++;
      xc_chart_tally_add (tally, g_ptr_array_index (labels, i), 0, experts);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

static void
append_chart (GListStore *charts,
              GtkWidget  *chart)
{
  g_object_ref_sink (chart);
  g_list_store_append (charts, chart);
  g_object_unref (chart);
}

GListModel *
na_charts_create (XcScheme *scheme,
                  XcDesign *design)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_targets_per_discipline (design));
  append_chart (charts, create_onsite_days_per_discipline (design));
  append_chart (charts, create_experts_per_discipline (design));
  return G_LIST_MODEL (charts);
}
