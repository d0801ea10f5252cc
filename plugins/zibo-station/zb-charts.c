/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "zibo-station"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "zb-charts.h"

/* Categories in the order they are first met, each with a value per
 * series: what a chart is filled from. */
typedef struct
{
  guint       n_series;
  GPtrArray  *names;       /* of char *, owned */
  GHashTable *positions;   /* name (borrowed from names) → position + 1 */
  GArray     *values;      /* of double, n_series per category */
} ZbTally;

static ZbTally *
zb_tally_new (guint n_series)
{
  ZbTally *self = g_new0 (ZbTally, 1);

  self->n_series = n_series;
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  return self;
}

static void
zb_tally_free (ZbTally *self)
{
  g_ptr_array_unref (self->names);
  g_hash_table_unref (self->positions);
  g_array_unref (self->values);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZbTally, zb_tally_free)

static guint
zb_tally_category (ZbTally    *self,
                   const char *name)
{
  gpointer position = g_hash_table_lookup (self->positions, name);
  char *copy;

  if (position != NULL)
    return GPOINTER_TO_UINT (position) - 1;
  copy = g_strdup (name);
  g_ptr_array_add (self->names, copy);
  g_hash_table_insert (self->positions, copy, GUINT_TO_POINTER (self->names->len));
  g_array_set_size (self->values, self->names->len * self->n_series);
  return self->names->len - 1;
}

static void
zb_tally_add (ZbTally    *self,
              const char *name,
              guint       series,
              double      amount)
{
  guint category = zb_tally_category (self, name);

  g_assert (series < self->n_series);
  g_array_index (self->values, double, category * self->n_series + series) += amount;
}

/* Fills @chart with the categories of @self and a series per name of
 * @series_names; a series without any value above 0 is left out where
 * @skip_empty_series, so an "Other" series appears only when needed. */
static GtkWidget *
zb_tally_fill (ZbTally            *self,
               GtkWidget          *chart,
               const char * const *series_names,
               gboolean            skip_empty_series)
{
  g_autofree double *values = g_new0 (double, MAX (1, self->names->len));

  g_ptr_array_add (self->names, NULL);
  xc_chart_set_categories (XC_CHART (chart), (const char * const *) self->names->pdata);
  g_ptr_array_remove_index (self->names, self->names->len - 1);

  for (guint s = 0; s < self->n_series; s++)
    {
      gboolean any = FALSE;

      for (guint c = 0; c < self->names->len; c++)
        {
          values[c] = g_array_index (self->values, double, c * self->n_series + s);
          any = any || values[c] > 0;
        }
      if (skip_empty_series && !any && s > 0)
        continue;
      /* One series needs no legend: the title says what it counts. */
      xc_chart_add_series (XC_CHART (chart), self->n_series > 1 ? series_names[s] : NULL, values,
                           self->names->len);
    }
  return chart;
}

/* The county of a unit: its host's, or that of the host's town. */
static const char *
unit_county (XcProgramme *programme,
             XcUnit      *unit)
{
  const char *host_id = xc_unit_get_host (unit);
  XcInstitution *host = host_id != NULL ? xc_programme_lookup_institution (programme, host_id)
                                        : NULL;
  const char *county;
  const char *town_id;
  XcTown *town;

  if (host == NULL)
    return NULL;
  county = xc_institution_get_county (host);
  if (county != NULL && county[0] != '\0')
    return county;
  town_id = xc_institution_get_town (host);
  town = town_id != NULL ? xc_programme_lookup_town (programme, town_id) : NULL;
  county = town != NULL ? xc_town_get_county (town) : NULL;
  return county != NULL && county[0] != '\0' ? county : NULL;
}

/* Stations per specialty: the specialties the centres asked for (ZB-08). */
static GtkWidget *
create_stations_per_specialty (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(ZbTally) tally = zb_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations by specialty"),
                                   NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *specialty = xc_unit_get_specialty (unit);

      /* TRANSLATORS: a chart's category for stations that name no specialty */
      zb_tally_add (tally, specialty != NULL && specialty[0] != '\0'
                           ? xc_vocabulary_get_label (specialty) : _("No specialty"), 0, 1);
    }

  return zb_tally_fill (tally, chart, series, FALSE);
}

/* Stations per district, in the order of the region. */
static GtkWidget *
create_stations_per_county (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  const char * const *counties = xc_programme_get_counties (programme);
  g_autoptr(ZbTally) tally = zb_tally_new (1);
  const char *series[] = { _("Stations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Stations per district or county"),
                                   NULL);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    zb_tally_category (tally, counties[i]);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *county = unit_county (programme, unit);

      /* TRANSLATORS: a chart's category for units whose county is not known */
      zb_tally_add (tally, county != NULL ? county : _("No county"), 0, 1);
    }

  return zb_tally_fill (tally, chart, series, FALSE);
}

/* The famous doctor's days on site a month in each station, against the
 * policy's minimum of three (ZB-04 reads `lead` and `group` commitments). */
static GtkWidget *
create_lead_onsite_days (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(ZbTally) tally = zb_tally_new (1);
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
      if (g_hash_table_contains (tally->positions, label))
        label = unique = g_strdup_printf ("%s (%s)", label, xc_unit_get_name (unit) != NULL
                                                            ? xc_unit_get_name (unit)
                                                            : xc_unit_get_id (unit));
      zb_tally_add (tally, label, 0,
                    xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_lead));
    }

  zb_tally_fill (tally, chart, series, FALSE);
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
