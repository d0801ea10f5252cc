/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "chaozhou-talent"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "cz-charts.h"

/* Categories in the order they are first met, each with a value per
 * series: what a chart is filled from. */
typedef struct
{
  guint       n_series;
  GPtrArray  *names;       /* of char *, owned */
  GHashTable *positions;   /* name (borrowed from names) → position + 1 */
  GArray     *values;      /* of double, n_series per category */
} CzTally;

static CzTally *
cz_tally_new (guint n_series)
{
  CzTally *self = g_new0 (CzTally, 1);

  self->n_series = n_series;
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  return self;
}

static void
cz_tally_free (CzTally *self)
{
  g_ptr_array_unref (self->names);
  g_hash_table_unref (self->positions);
  g_array_unref (self->values);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CzTally, cz_tally_free)

static guint
cz_tally_category (CzTally    *self,
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
cz_tally_add (CzTally    *self,
              const char *name,
              guint       series,
              double      amount)
{
  guint category = cz_tally_category (self, name);

  g_assert (series < self->n_series);
  g_array_index (self->values, double, category * self->n_series + series) += amount;
}

/* Fills @chart with the categories of @self and a series per name of
 * @series_names; a series without any value above 0 is left out where
 * @skip_empty_series, so an "Other" series appears only when needed. */
static GtkWidget *
cz_tally_fill (CzTally            *self,
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
unit_class (XcUnit *unit)
{
  const char *variant = xc_unit_get_variant (unit);

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
static CzTally *
counties_tally (XcProgramme *programme,
                guint        n_series)
{
  const char * const *counties = xc_programme_get_counties (programme);
  CzTally *tally = cz_tally_new (n_series);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    cz_tally_category (tally, counties[i]);
  return tally;
}

/* Rigid and flexible instruments per county: CZ-01 asks for both in each. */
static GtkWidget *
create_instruments_per_county (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(CzTally) tally = counties_tally (programme, N_CLASSES);
  const char *series[N_CLASSES];
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Rigid and flexible instruments per county"),
                                   NULL);

  class_names (series);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *county = unit_county (programme, unit);

      /* TRANSLATORS: a chart's category for units whose county is not known */
      cz_tally_add (tally, county != NULL ? county : _("No county"), unit_class (unit), 1);
    }

  return cz_tally_fill (tally, chart, series, TRUE);
}

/* The experts each county receives: leads and team members, each person
 * once per county and class however many instruments they serve (as
 * CZ-03 and CZ-06 count them). */
static GtkWidget *
create_experts_per_county (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(CzTally) tally = counties_tally (programme, N_CLASSES);
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *series[N_CLASSES];
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Experts sent per county"),
                                   NULL);

  class_names (series);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      GListModel *team = xc_unit_get_team (unit);
      const char *county = unit_county (programme, unit);
      guint class = unit_class (unit);
      guint n_team = g_list_model_get_n_items (team);

      if (county == NULL)
        county = _("No county");
      cz_tally_category (tally, county);
      for (guint m = 0; m <= n_team; m++)
        {
          g_autoptr(XcTeamMember) member = m < n_team ? g_list_model_get_item (team, m) : NULL;
          const char *person = member != NULL ? xc_team_member_get_person (member)
                                              : xc_unit_get_lead (unit);
          char *key;

          if (person == NULL || person[0] == '\0')
            continue;
          key = g_strdup_printf ("%s\x1f%u\x1f%s", county, class, person);
          if (!g_hash_table_add (counted, key))
            continue;
          cz_tally_add (tally, county, class, 1);
        }
    }

  return cz_tally_fill (tally, chart, series, TRUE);
}

/* How many instruments of each type the portfolio uses. */
static GtkWidget *
create_instruments_by_type (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(CzTally) tally = cz_tally_new (1);
  const char *series[] = { _("Instruments") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Instruments by type"),
                                   NULL);

  for (guint i = 0; i < G_N_ELEMENTS (instruments); i++)
    cz_tally_category (tally, xc_vocabulary_get_label (instruments[i].variant));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *label = NULL;

      for (guint v = 0; v < G_N_ELEMENTS (instruments); v++)
        if (g_strcmp0 (xc_unit_get_variant (unit), instruments[v].variant) == 0)
          label = xc_vocabulary_get_label (instruments[v].variant);
      if (label == NULL)
        label = _("Unclassified");
      cz_tally_add (tally, label, 0, 1);
    }

  return cz_tally_fill (tally, chart, series, FALSE);
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
cz_charts_create (XcScheme    *scheme,
                  XcProgramme *programme)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_instruments_per_county (programme));
  append_chart (charts, create_experts_per_county (programme));
  append_chart (charts, create_instruments_by_type (programme));
  return G_LIST_MODEL (charts);
}
