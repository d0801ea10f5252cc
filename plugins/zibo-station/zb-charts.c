/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "zb-charts.h"

/* The county of a unit: that of its host. */
static const char *
unit_county (XcProgramme *programme,
             XcUnit      *unit)
{
  return xc_programme_get_institution_county (programme,
                                              xc_programme_lookup_institution (programme,
                                                                               xc_unit_get_host (unit)));
}

/* Stations per specialty: the specialties the centres asked for (ZB-08). */
static GtkWidget *
create_stations_per_specialty (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations by specialty"),
                                   NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *specialty = xc_unit_get_specialty (unit);

      /* TRANSLATORS: a chart's category for stations that name no specialty */
      xc_chart_tally_add (tally, specialty != NULL && specialty[0] != '\0'
                           ? xc_vocabulary_get_label (specialty) : _("No specialty"), 0, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* Stations per district, in the order of the region. */
static GtkWidget *
create_stations_per_county (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  const char * const *counties = xc_programme_get_counties (programme);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations per district or county"),
                                   NULL);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    xc_chart_tally_category (tally, counties[i]);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *county = unit_county (programme, unit);

      /* TRANSLATORS: a chart's category for units whose county is not known */
      xc_chart_tally_add (tally, county != NULL ? county : _("No county"), 0, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* The famous doctor's days on site a month in each station, against the
 * policy's minimum of three (ZB-04 reads `lead` and `group` commitments). */
static GtkWidget *
create_lead_onsite_days (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Days on site a month") };
  GtkWidget *chart =
    g_object_new (XC_TYPE_BAR_CHART,
                  "title", _("Famous doctor’s days on site a month per station, by town"),
                  NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *host_id = xc_unit_get_host (unit);
      XcInstitution *host = host_id != NULL ? xc_programme_lookup_institution (programme, host_id)
                                            : NULL;
      const char *town_id = host != NULL ? xc_institution_get_town (host) : NULL;
      XcTown *town = town_id != NULL ? xc_programme_lookup_town (programme, town_id) : NULL;
      const char *label = town != NULL ? xc_town_get_name (town) : NULL;
      g_autofree char *unique = NULL;

      /* A station serves a town: its name is short and real where the
       * doctors' names may be placeholders; then the host's, the unit's. */
      if ((label == NULL || label[0] == '\0') && host != NULL)
        label = xc_institution_get_name (host);
      if (label == NULL || label[0] == '\0')
        label = xc_unit_get_name (unit);
      if (label == NULL || label[0] == '\0')
        label = xc_unit_get_id (unit);
      if (label == NULL)
        label = "";
      if (xc_chart_tally_has_category (tally, label))
        label = unique = g_strdup_printf ("%s (%s)", label, xc_unit_get_name (unit) != NULL
                                                            ? xc_unit_get_name (unit)
                                                            : xc_unit_get_id (unit));
      xc_chart_tally_add (tally, label, 0,
                          xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_lead));
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
zb_charts_create (XcScheme    *scheme,
                  XcProgramme *programme)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_stations_per_specialty (programme));
  append_chart (charts, create_lead_onsite_days (programme));
  append_chart (charts, create_stations_per_county (programme));
  return G_LIST_MODEL (charts);
}
