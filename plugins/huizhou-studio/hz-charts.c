/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "huizhou-studio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "hz-charts.h"

/* The county of a unit: that of its host. */
static const char *
unit_county (XcDesign         *design,
             const XcUnitData *unit)
{
  return unit->host_index != XC_DESIGN_NONE
         ? xc_design_get_institution_county (design, unit->host_index) : NULL;
}

enum { STUDIO_WESTERN, STUDIO_TCM, STUDIO_OTHER, N_STUDIO_TYPES };

/* Studios per county, stacked by type: the scheme pairs a famous-doctor
 * and a famous-TCM-doctor studio in each health centre (HZ-19). */
static GtkWidget *
create_studios_per_county (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const char * const *counties = xc_design_get_programme (design)->counties;
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (N_STUDIO_TYPES);
  const char *series[N_STUDIO_TYPES] = {
    xc_vocabulary_get_label ("western"),
    xc_vocabulary_get_label ("tcm"),
    /* TRANSLATORS: studios whose type is neither famous-doctor nor famous-TCM-doctor */
    _("Other studios"),
  };
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Studios per county by type"),
                                   NULL);

  /* The region's counties first, in its order, so one without a studio shows. */
  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    xc_chart_tally_category (tally, counties[i]);

  for (guint i = 0; i < n_units; i++)
    {
      const char *variant = units[i].variant;
      const char *county = unit_county (design, &units[i]);
      guint type = STUDIO_OTHER;

      if (g_strcmp0 (variant, "western") == 0)
        type = STUDIO_WESTERN;
      else if (g_strcmp0 (variant, "tcm") == 0)
        type = STUDIO_TCM;
      /* TRANSLATORS: a chart's category for studios whose county is not known */
      xc_chart_tally_add (tally, county != NULL ? county : _("No county"), type, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, TRUE);
}

/* How many mentors lead one studio, two, …: the load HZ-02 caps at two. */
static GtkWidget *
create_mentor_load (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GHashTable) studios = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  GHashTableIter iter;
  gpointer count;
  guint most = 0;
  const char *series[] = { _("Mentors") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Mentors by number of studios they lead"),
                                   NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const char *lead = units[i].lead;

      if (lead != NULL && lead[0] != '\0')
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (studios, lead));

          g_hash_table_insert (studios, (gpointer) lead, GUINT_TO_POINTER (n + 1));
        }
    }

  g_hash_table_iter_init (&iter, studios);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    most = MAX (most, GPOINTER_TO_UINT (count));

  /* Every load from one studio up to the largest, so a gap reads as 0. */
  for (guint n = 1; n <= most; n++)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u studio",
                                                             "%u studios", n), n);

      xc_chart_tally_category (tally, label);
    }
  g_hash_table_iter_init (&iter, studios);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    {
      guint n = GPOINTER_TO_UINT (count);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u studio",
                                                             "%u studios", n), n);

      xc_chart_tally_add (tally, label, 0, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

enum { STAFF_TEAM, STAFF_LEARNERS, N_STAFF };

/* The people each county's studios bring together: the mentors' team
 * members (HZ-03) and the local learners they train (HZ-09). */
static GtkWidget *
create_people_per_county (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const char * const *counties = xc_design_get_programme (design)->counties;
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (N_STAFF);
  const char *series[N_STAFF] = { _("Team members"), _("Learners") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Team members and learners per county"),
                                   NULL);

  for (guint i = 0; counties != NULL && counties[i] != NULL; i++)
    xc_chart_tally_category (tally, counties[i]);

  for (guint i = 0; i < n_units; i++)
    {
      const char *county = unit_county (design, &units[i]);
      const char * const *learners = units[i].learners;

      if (county == NULL)
        county = _("No county");
      xc_chart_tally_add (tally, county, STAFF_TEAM, units[i].n_team);
      xc_chart_tally_add (tally, county, STAFF_LEARNERS,
                          learners != NULL ? g_strv_length ((char **) learners) : 0);
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
hz_charts_create (XcScheme *scheme,
                  XcDesign *design)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_studios_per_county (design));
  append_chart (charts, create_mentor_load (design));
  append_chart (charts, create_people_per_county (design));
  return G_LIST_MODEL (charts);
}
