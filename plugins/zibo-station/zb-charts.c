/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "zb-charts.h"

/* The county of a unit: that of its host. */
static const char *
unit_county (XcDesign         *design,
             const XcUnitData *unit)
{
  return unit->host_index != XC_DESIGN_NONE
         ? xc_design_get_institution_county (design, unit->host_index) : NULL;
}

/* Stations per specialty: the specialties the centres asked for (ZB-08). */
static GtkWidget *
create_stations_per_specialty (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations by specialty"),
                                   NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const char *specialty = units[i].specialty;

      /* TRANSLATORS: a chart's category for stations that name no specialty */
      xc_chart_tally_add (tally, specialty != NULL && specialty[0] != '\0'
                           ? xc_vocabulary_get_label (specialty) : _("No specialty"), 0, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* Stations per district, in the order of the region. */
static GtkWidget *
create_stations_per_county (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const char * const *counties = xc_design_get_programme (design)->counties;
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations per district or county"),
                                   NULL);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    xc_chart_tally_category (tally, counties[i]);
  for (guint i = 0; i < n_units; i++)
    {
      const char *county = unit_county (design, &units[i]);

      /* TRANSLATORS: a chart's category for units whose county is not known */
      xc_chart_tally_add (tally, county != NULL ? county : _("No county"), 0, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* The famous doctor's days on site a month in each station, against the
 * policy's minimum of three (ZB-04 reads `lead` and `group` commitments). */
static GtkWidget *
create_lead_onsite_days (XcDesign *design)
{
  guint n_units, n_institutions, n_towns;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n_institutions);
  const XcTownData *towns = xc_design_get_towns (design, &n_towns);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Days on site a month") };
  GtkWidget *chart =
    g_object_new (XC_TYPE_BAR_CHART,
                  "title", _("Famous doctor’s days on site a month per station, by town"),
                  NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      const XcInstitutionData *host = unit->host_index != XC_DESIGN_NONE
                                      ? &institutions[unit->host_index] : NULL;
      const XcTownData *town = host != NULL && host->town_index != XC_DESIGN_NONE
                               ? &towns[host->town_index] : NULL;
      const char *label = town != NULL ? town->name : NULL;
      g_autofree char *unique = NULL;

      /* A station serves a town: its name is short and real where the
       * doctors' names may be placeholders; then the host's, the unit's. */
      if ((label == NULL || label[0] == '\0') && host != NULL)
        label = host->name;
      if (label == NULL || label[0] == '\0')
        label = unit->name;
      if (label == NULL || label[0] == '\0')
        label = unit->id;
      if (label == NULL)
        label = "";
      if (xc_chart_tally_has_category (tally, label))
        label = unique = g_strdup_printf ("%s (%s)", label,
                                          unit->name != NULL ? unit->name : unit->id);
      xc_chart_tally_add (tally, label, 0,
                          xc_unit_data_sum_commitments (unit, "on_site_days",
                                                        xc_commitment_data_covers_lead));
    }

  xc_chart_tally_fill (tally, chart, series, FALSE);
  xc_chart_set_reference (XC_CHART (chart), 3,
                          /* TRANSLATORS: the reference line of a chart, rule ZB-04 */
                          _("Policy minimum: 3 days a month (ZB-04)"));
  return chart;
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
zb_charts_create (XcScheme *scheme,
                  XcDesign *design)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_stations_per_specialty (design));
  append_chart (charts, create_lead_onsite_days (design));
  append_chart (charts, create_stations_per_county (design));
  return G_LIST_MODEL (charts);
}
