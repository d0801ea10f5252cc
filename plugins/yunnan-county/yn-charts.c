/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "yn-charts.h"

static const char *
institution_label (const XcInstitutionData *institution)
{
  if (institution->name != NULL && institution->name[0] != '\0')
    return institution->name;
  return institution->id != NULL ? institution->id : "";
}

/* The recipients as the rules read them (YN-01, YN-04): every institution
 * hosting a workstation or declaring a need, and every county hospital, in
 * the order of the design's institutions; the partner only where it hosts.
 * A county hospital goes by its county (鲁甸县), which is shorter than its
 * name and as clear, unless two recipients share the county. Fills
 * @labels with the category of each recipient's id. */
static XcChartTally *
recipients_tally (XcDesign   *design,
                  guint       n_series,
                  GHashTable *labels)
{
  guint n_institutions, n_units, n_needs;
  const XcInstitutionData *institutions = xc_design_get_institutions (design, &n_institutions);
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const XcNeedData *needs = xc_design_get_needs (design, &n_needs);
  g_autoptr(GHashTable) involved = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) per_county = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) recipients = g_ptr_array_new ();
  XcChartTally *tally = xc_chart_tally_new (n_series);

  for (guint i = 0; i < n_units; i++)
    if (units[i].host != NULL)
      g_hash_table_add (involved, (gpointer) units[i].host);
  for (guint i = 0; i < n_needs; i++)
    if (needs[i].institution != NULL)
      g_hash_table_add (involved, (gpointer) needs[i].institution);
  for (guint i = 0; i < n_institutions; i++)
    {
      const XcInstitutionData *institution = &institutions[i];
      const char *county = institution->county;

      if ((institution->id == NULL || !g_hash_table_contains (involved, institution->id))
          && g_strcmp0 (institution->kind, "county_hospital") != 0)
        continue;
      if (county != NULL && county[0] != '\0')
        g_hash_table_insert (per_county, (gpointer) county,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_county,
                                                                                      county))
                                               + 1));
      g_ptr_array_add (recipients, (gpointer) institution);
    }

  for (guint i = 0; i < recipients->len; i++)
    {
      const XcInstitutionData *institution = g_ptr_array_index (recipients, i);
      const char *county = institution->county;
      const char *label = institution_label (institution);

      if (g_strcmp0 (institution->kind, "county_hospital") == 0
          && county != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (per_county, county)) == 1)
        label = county;
      xc_chart_tally_category (tally, label);
      if (institution->id != NULL)
        g_hash_table_insert (labels, (gpointer) institution->id, (gpointer) label);
    }
  return tally;
}

/* The category of institution @id: the recipient's label, or the id of an
 * institution the design lacks (XC-01 reports it; the chart counts it). */
static const char *
institution_category (GHashTable *labels,
                      const char *id)
{
  const char *label = g_hash_table_lookup (labels, id);

  return label != NULL ? label : id;
}

enum { NEEDS_MET, NEEDS_UNMET, N_NEEDS };

/* What each county hospital asked for and whether a workstation of that
 * specialty answers it there (YN-03). */
static GtkWidget *
create_needs_met (XcDesign *design)
{
  guint n_units, n_needs;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  const XcNeedData *needs = xc_design_get_needs (design, &n_needs);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(XcChartTally) tally = recipients_tally (design, N_NEEDS, labels);
  g_autoptr(GHashTable) offered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *series[N_NEEDS] = {
    /* TRANSLATORS: needs of a hospital that a workstation answers */
    _("Needs met"),
    /* TRANSLATORS: needs of a hospital that no workstation answers */
    _("Needs unmet"),
  };
  GtkWidget *chart = g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                   "title", _("Needs met per county hospital"),
                                   NULL);

  /* host + specialty pairs, joined by a byte neither contains */
  for (guint i = 0; i < n_units; i++)
    if (units[i].host != NULL && units[i].specialty != NULL)
      g_hash_table_add (offered, g_strconcat (units[i].host, "\x1f", units[i].specialty, NULL));
  for (guint i = 0; i < n_needs; i++)
    {
      const char *institution = needs[i].institution;
      const char *specialty = needs[i].specialty;
      g_autofree char *key = NULL;

      if (institution == NULL)
        continue;
      key = g_strconcat (institution, "\x1f", specialty != NULL ? specialty : "", NULL);
      xc_chart_tally_add (tally, institution_category (labels, institution),
                    g_hash_table_contains (offered, key) ? NEEDS_MET : NEEDS_UNMET, 1);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* The provincial experts' days on site a month in each county hospital:
 * every workstation's lead and team members, each with the days their
 * commitments give them (XC-03). */
static GtkWidget *
create_expert_days (XcDesign *design)
{
  guint n_units;
  const XcUnitData *units = xc_design_get_units (design, &n_units);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(XcChartTally) tally = recipients_tally (design, 1, labels);
  const char *series[] = { _("Expert days on site a month") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Expert days on site a month per county hospital"),
                                   NULL);

  for (guint i = 0; i < n_units; i++)
    {
      const XcUnitData *unit = &units[i];
      double days = 0;

      if (unit->host == NULL)
        continue;
      if (unit->lead != NULL && unit->lead[0] != '\0')
        days += xc_unit_data_sum_commitments (unit, "on_site_days", xc_commitment_data_covers_lead);
      days += unit->n_team * xc_unit_data_sum_commitments (unit, "on_site_days",
                                                           xc_commitment_data_covers_team);
      xc_chart_tally_add (tally, institution_category (labels, unit->host), 0, days);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* Workstations by the discipline they aim to build (YN-07). */
static GtkWidget *
create_workstations_by_aim (XcDesign *design)
{
  static const struct
  {
    const char *aim;
    const char *label;
  } aims[] = {
    { "key", N_("Key discipline") },
    { "advantage", N_("Advantage discipline") },
    { "featured", N_("Featured discipline") },
  };
  guint n_units;
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Workstations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Workstations by discipline aim"),
                                   NULL);

  for (guint a = 0; a < G_N_ELEMENTS (aims); a++)
    xc_chart_tally_category (tally, _(aims[a].label));
  xc_design_get_units (design, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(JsonObject) ext = xc_design_dup_ext (design, XC_DESIGN_RECORD_UNIT, i);
      const char *aim = xc_ext_get_string (ext, "discipline_aim");
      /* TRANSLATORS: a chart's category for workstations that name no discipline aim */
      const char *label = _("No aim named");

      for (guint a = 0; a < G_N_ELEMENTS (aims); a++)
        if (g_strcmp0 (aim, aims[a].aim) == 0)
          label = _(aims[a].label);
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
yn_charts_create (XcScheme *scheme,
                  XcDesign *design)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_needs_met (design));
  append_chart (charts, create_expert_days (design));
  append_chart (charts, create_workstations_by_aim (design));
  return G_LIST_MODEL (charts);
}
