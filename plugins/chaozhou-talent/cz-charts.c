/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "cz-charts.h"

/* The county of a unit: that of its host. */
static const char *
unit_county (XcDesign         *design,
             const XcUnitData *unit)
{
  return unit->host_index != XC_DESIGN_NONE
         ? xc_design_get_institution_county (design, unit->host_index) : NULL;
}

/* The instruments of the portfolio (README.md), rigid 刚性 ones first. */
static const struct
{
  const char *variant;
  gboolean    rigid;
} instruments[] = {
  { "group_recruitment", TRUE },
  { "order_training", TRUE },
  { "trusteeship", TRUE },
  { "migratory_expert", FALSE },
  { "pairing", FALSE },
  { "alliance", FALSE },
  { "mentor_pool", FALSE },
  { "training", FALSE },
};

enum { CLASS_RIGID, CLASS_FLEXIBLE, CLASS_UNKNOWN, N_CLASSES };

static guint
unit_class (const XcUnitData *unit)
{
  const char *variant = unit->variant;

  for (guint i = 0; i < G_N_ELEMENTS (instruments); i++)
    if (g_strcmp0 (variant, instruments[i].variant) == 0)
      return instruments[i].rigid ? CLASS_RIGID : CLASS_FLEXIBLE;
  return CLASS_UNKNOWN;
}

static void
class_names (const char *names[N_CLASSES])
{
  /* TRANSLATORS: 刚性, instruments that station talent for good */
  names[CLASS_RIGID] = _("Rigid");
  /* TRANSLATORS: 柔性, instruments whose experts come and go */
  names[CLASS_FLEXIBLE] = _("Flexible");
  /* TRANSLATORS: instruments of a type the scheme does not know */
  names[CLASS_UNKNOWN] = _("Unclassified");
}

/* The counties the portfolio answers for (CZ-01): the region's, then
 * those of hosts it does not list. */
static XcChartTally *
counties_tally (XcDesign *design,
                guint     n_series)
{
  const char * const *counties = xc_design_get_programme (design)->counties;
  XcChartTally *tally = xc_chart_tally_new (n_series);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    xc_chart_tally_category (tally, counties[i]);
  return tally;
}

/* Rigid and flexible instruments per county: CZ-01 asks for both in each. */
static GtkWidget *
create_instruments_per_county (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(XcChartTally) tally = counties_tally (design, N_CLASSES);
  const char *series[N_CLASSES];
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Rigid and flexible instruments per county"),
                                   NULL);

  class_names (series);
  for (guint i = 0; i < n_units; i++)
    {
      const char *county = unit_county (design, &units[i]);

      /* TRANSLATORS: a chart's category for units whose county is not known */
      xc_chart_tally_add (tally, county != NULL ? county : _("No county"), unit_class (&units[i]), 1);
    }

  return xc_chart_tally_fill (tally, chart, series, TRUE);
}

/* The experts each county receives: leads and team members, each person
 * once per county and class however many instruments they serve (as
 * CZ-03 and CZ-06 count them). */
static GtkWidget *
create_experts_per_county (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(XcChartTally) tally = counties_tally (design, N_CLASSES);
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *series[N_CLASSES];
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Experts sent per county"),
                                   NULL);

  class_names (series);
  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const char *county = unit_county (design, unit);
      guint class = unit_class (unit);
      guint n_team = unit->n_team;

      if (county == NULL)
        county = _("No county");
      xc_chart_tally_category (tally, county);
      for (guint m = 0; m <= n_team; m++)
        {
          const char *person = m < n_team ? unit->team[m].person : unit->lead;
          char *key;

          if (person == NULL || person[0] == '\0')
            continue;
          key = g_strdup_printf ("%s\x1f%u\x1f%s", county, class, person);
          if (!g_hash_table_add (counted, key))
            continue;
          xc_chart_tally_add (tally, county, class, 1);
        }
    }

  return xc_chart_tally_fill (tally, chart, series, TRUE);
}

/* How many instruments of each type the portfolio uses. */
static GtkWidget *
create_instruments_by_type (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Instruments") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Instruments by type"),
                                   NULL);

  for (guint i = 0; i < G_N_ELEMENTS (instruments); i++)
    xc_chart_tally_category (tally, xc_vocabulary_get_label (instruments[i].variant));
  for (guint i = 0; i < n_units; i++)
    {
      const char *label = NULL;

      for (guint v = 0; v < G_N_ELEMENTS (instruments); v++)
        if (g_strcmp0 (units[i].variant, instruments[v].variant) == 0)
          label = xc_vocabulary_get_label (instruments[v].variant);
      if (label == NULL)
        label = _("Unclassified");
      xc_chart_tally_add (tally, label, 0, 1);
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
cz_charts_create (XcScheme *scheme,
                  XcDesign *design)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_instruments_per_county (design));
  append_chart (charts, create_experts_per_county (design));
  append_chart (charts, create_instruments_by_type (design));
  return G_LIST_MODEL (charts);
}
