/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "yunnan-county"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "yn-charts.h"

static const char *
institution_label (XcInstitution *institution)
{
  const char *name = xc_institution_get_name (institution);

  if (name != NULL && name[0] != '\0')
    return name;
  return xc_institution_get_id (institution) != NULL ? xc_institution_get_id (institution) : "";
}

/* The recipients as the rules read them (YN-01, YN-04): every institution
 * hosting a workstation or declaring a need, and every county hospital, in
 * the order of the design's institutions; the partner only where it hosts.
 * A county hospital goes by its county (鲁甸县), which is shorter than its
 * name and as clear, unless two recipients share the county. Fills
 * @labels with the category of each recipient's id. */
static XcChartTally *
recipients_tally (XcProgramme *programme,
                  guint        n_series,
                  GHashTable  *labels)
{
  GListModel *institutions = xc_programme_get_institutions (programme);
  GListModel *units = xc_programme_get_units (programme);
  GListModel *needs = xc_programme_get_needs (programme);
  g_autoptr(GHashTable) involved = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) per_county = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (g_object_unref);
  XcChartTally *tally = xc_chart_tally_new (n_series);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      if (xc_unit_get_host (unit) != NULL)
        g_hash_table_add (involved, (gpointer) xc_unit_get_host (unit));
    }
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);

      if (xc_need_get_institution (need) != NULL)
        g_hash_table_add (involved, (gpointer) xc_need_get_institution (need));
    }
  for (guint i = 0; i < g_list_model_get_n_items (institutions); i++)
    {
      g_autoptr(XcInstitution) institution = g_list_model_get_item (institutions, i);
      const char *id = xc_institution_get_id (institution);
      const char *county = xc_institution_get_county (institution);

      if ((id == NULL || !g_hash_table_contains (involved, id))
          && g_strcmp0 (xc_institution_get_kind (institution), "county_hospital") != 0)
        continue;
      if (county != NULL && county[0] != '\0')
        g_hash_table_insert (per_county, (gpointer) county,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_county,
                                                                                      county))
                                               + 1));
      g_ptr_array_add (recipients, g_steal_pointer (&institution));
    }

  for (guint i = 0; i < recipients->len; i++)
    {
      XcInstitution *institution = g_ptr_array_index (recipients, i);
      const char *county = xc_institution_get_county (institution);
      const char *label = institution_label (institution);

      if (g_strcmp0 (xc_institution_get_kind (institution), "county_hospital") == 0
          && county != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (per_county, county)) == 1)
        label = county;
      xc_chart_tally_category (tally, label);
      if (xc_institution_get_id (institution) != NULL)
        g_hash_table_insert (labels, (gpointer) xc_institution_get_id (institution),
                             (gpointer) label);
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
create_needs_met (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  GListModel *needs = xc_programme_get_needs (programme);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(XcChartTally) tally = recipients_tally (programme, N_NEEDS, labels);
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
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      if (xc_unit_get_host (unit) != NULL && xc_unit_get_specialty (unit) != NULL)
        g_hash_table_add (offered, g_strconcat (xc_unit_get_host (unit), "\x1f",
                                                xc_unit_get_specialty (unit), NULL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
    {
      g_autoptr(XcNeed) need = g_list_model_get_item (needs, i);
      const char *institution = xc_need_get_institution (need);
      const char *specialty = xc_need_get_specialty (need);
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
create_expert_days (XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(XcChartTally) tally = recipients_tally (programme, 1, labels);
  const char *series[] = { _("Expert days on site a month") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Expert days on site a month per county hospital"),
                                   NULL);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *host = xc_unit_get_host (unit);
      const char *lead = xc_unit_get_lead (unit);
      double days = 0;

      if (host == NULL)
        continue;
      if (lead != NULL && lead[0] != '\0')
        days += xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_lead);
      days += g_list_model_get_n_items (xc_unit_get_team (unit))
              * xc_unit_sum_commitments (unit, "on_site_days", xc_commitment_covers_team);
      xc_chart_tally_add (tally, institution_category (labels, host), 0, days);
    }

  return xc_chart_tally_fill (tally, chart, series, FALSE);
}

/* Workstations by the discipline they aim to build (YN-07). */
static GtkWidget *
create_workstations_by_aim (XcProgramme *programme)
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
  GListModel *units = xc_programme_get_units (programme);
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { _("Workstations") };
  GtkWidget *chart = g_object_new (XC_TYPE_BAR_CHART,
                                   "title", _("Workstations by discipline aim"),
                                   NULL);

  for (guint a = 0; a < G_N_ELEMENTS (aims); a++)
    xc_chart_tally_category (tally, _(aims[a].label));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);
      const char *aim = xc_record_get_ext_string (XC_RECORD (unit), "discipline_aim");
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
yn_charts_create (XcScheme    *scheme,
                  XcProgramme *programme)
{
  GListStore *charts;

  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  charts = g_list_store_new (GTK_TYPE_WIDGET);
  append_chart (charts, create_needs_met (programme));
  append_chart (charts, create_expert_days (programme));
  append_chart (charts, create_workstations_by_aim (programme));
  return G_LIST_MODEL (charts);
}
