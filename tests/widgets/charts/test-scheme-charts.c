/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts each scheme draws of a design (XcScheme.create_charts), on the
 * bundled reference designs: the figures a planner would quote, counted by
 * hand from the designs in data/samples; empty designs; odd designs; export. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include <xiachen.h>
#include <xiachen-ui.h>

static XcPluginRegistry *registry;
static char *scratch_dir;

static XcScheme *
get_scheme (const char *scheme_id)
{
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (registry, scheme_id);

  g_assert_nonnull (scheme);
  return scheme;
}

static XcProgramme *
load_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  XcProgramme *programme = xc_programme_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (programme);
  return programme;
}

static XcProgramme *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  XcProgramme *programme = xc_programme_new_from_bytes (bytes, "odd.xcprog", &error);

  g_assert_no_error (error);
  return programme;
}

/* The charts of @programme by its scheme, asserted to be at least two
 * titled charts. */
static GListModel *
create_charts (XcProgramme *programme)
{
  XcScheme *scheme = get_scheme (xc_programme_get_scheme (programme));
  GListModel *charts = xc_scheme_create_charts_for (scheme, programme, NULL);

  g_assert_nonnull (charts);
  g_assert_true (g_type_is_a (g_list_model_get_item_type (charts), GTK_TYPE_WIDGET));
  g_assert_cmpuint (g_list_model_get_n_items (charts), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(GObject) chart = g_list_model_get_item (charts, i);

      g_assert_true (XC_IS_CHART (chart));
      g_assert_false (g_object_is_floating (chart));
      g_assert_nonnull (xc_chart_get_title (XC_CHART (chart)));
      g_assert_cmpstr (xc_chart_get_title (XC_CHART (chart)), !=, "");
    }
  return charts;
}

/* The chart at @position of @charts (transfer none: the list holds it),
 * asserted to be a @type titled @title over @categories. */
static XcChart *
get_chart (GListModel         *charts,
           guint               position,
           GType               type,
           const char         *title,
           const char * const *categories)
{
  g_autoptr(GObject) chart = g_list_model_get_item (charts, position);

  g_assert_nonnull (chart);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (chart, type));
  g_assert_cmpstr (xc_chart_get_title (XC_CHART (chart)), ==, title);
  g_assert_cmpstrv (xc_chart_get_categories (XC_CHART (chart)), categories);
  g_assert_false (xc_chart_is_empty (XC_CHART (chart)));
  return XC_CHART (chart);
}

/* Asserts that series @series of @chart is named @name (NULL: none, the
 * chart's only series) and has @values, one per category. */
static void
assert_series (XcChart      *chart,
               guint         series,
               const char   *name,
               const double *values)
{
  guint n = xc_chart_get_n_categories (chart);

  g_assert_cmpuint (series, <, xc_chart_get_n_series (chart));
  g_assert_cmpstr (xc_chart_get_series_name (chart, series), ==, name != NULL ? name : "");
  for (guint c = 0; c < n; c++)
    {
      if (fabs (xc_chart_get_value (chart, series, c) - values[c]) > 1e-9)
        g_error ("%s, series %u, %s: expected %g, found %g", xc_chart_get_title (chart), series,
                 xc_chart_get_categories (chart)[c], values[c],
                 xc_chart_get_value (chart, series, c));
    }
}

static double
series_total (XcChart *chart,
              guint    series)
{
  double total = 0;

  for (guint c = 0; c < xc_chart_get_n_categories (chart); c++)
    total += xc_chart_get_value (chart, series, c);
  return total;
}

/* Huizhou: 24 studios, 12 of each type, in 博罗县 and 龙门县; 21 mentors. */
static void
test_huizhou_sample (void)
{
  static const char * const counties[] = { "博罗县", "龙门县", NULL };
  static const char * const loads[] = { "1 studio", "2 studios", NULL };
  static const double six[] = { 6, 6 };
  static const double mentors[] = { 18, 3 };
  static const double team[] = { 28, 27 };
  static const double learners[] = { 24, 24 };
  g_autoptr(XcProgramme) programme = load_sample ("huizhou-nkls.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  XcChart *chart;

  chart = get_chart (charts, 0, XC_TYPE_STACKED_BAR_CHART, "Studios per county by type", counties);
  g_assert_cmpuint (xc_chart_get_n_series (chart), ==, 2);
  assert_series (chart, 0, "Famous-doctor studio", six);
  assert_series (chart, 1, "Famous-TCM-doctor studio", six);
  g_assert_cmpfloat (series_total (chart, 0), ==, 12);
  g_assert_cmpfloat (series_total (chart, 1), ==, 12);

  /* 3 mentors lead two studios each (HZ-02's most), 18 one: 21 mentors, 24 studios. */
  chart = get_chart (charts, 1, XC_TYPE_BAR_CHART, "Mentors by number of studios they lead", loads);
  g_assert_cmpuint (xc_chart_get_n_series (chart), ==, 1);
  assert_series (chart, 0, NULL, mentors);

  chart = get_chart (charts, 2, XC_TYPE_BAR_CHART, "Team members and learners per county", counties);
  assert_series (chart, 0, "Team members", team);
  assert_series (chart, 1, "Learners", learners);
}

/* A scheme that charts plain records (Huizhou) draws the design as edited,
 * from the records a check read (xc_report_get_design()) or read for the
 * charts: the same figures either way. */
static void
test_huizhou_charts_read_the_design_as_edited (void)
{
  static const double western[] = { 5, 6 };
  static const double tcm[] = { 7, 6 };
  g_autoptr(XcProgramme) programme = load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcReport) report = NULL;
  g_autoptr(GListModel) read_for_charts = NULL;
  g_autoptr(GListModel) checked = NULL;
  XcScheme *scheme = get_scheme ("huizhou-studio");
  GListModel *units = xc_programme_get_units (programme);

  /* the first famous-doctor studio of 博罗县 becomes a TCM one */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (xc_unit_get_variant (unit), "western") == 0)
        {
          xc_unit_set_variant (unit, "tcm");
          break;
        }
    }
  read_for_charts = xc_scheme_create_charts_for (scheme, programme, NULL);
  report = xc_validator_validate (validator, programme);
  g_assert_nonnull (xc_report_get_design (report));
  checked = xc_scheme_create_charts_for (scheme, programme, xc_report_get_design (report));
  for (GListModel *charts = read_for_charts; charts != NULL;
       charts = charts == read_for_charts ? checked : NULL)
    {
      g_autoptr(XcChart) chart = g_list_model_get_item (charts, 0);

      assert_series (chart, 0, "Famous-doctor studio", western);
      assert_series (chart, 1, "Famous-TCM-doctor studio", tcm);
    }
}

/* A third-party scheme built before create_design_charts charts from the
 * programme, as it always did. */
G_DECLARE_FINAL_TYPE (OldScheme, old_scheme, OLD, SCHEME, GObject)

struct _OldScheme
{
  GObject parent_instance;
};

static XcProgramme *old_scheme_charted;

static GListModel *
old_scheme_create_charts (XcScheme    *scheme,
                          XcProgramme *programme)
{
  GListStore *charts = g_list_store_new (GTK_TYPE_WIDGET);
  GtkWidget *chart = g_object_ref_sink (g_object_new (XC_TYPE_BAR_CHART, NULL));

  old_scheme_charted = programme;
  g_list_store_append (charts, chart);
  g_object_unref (chart);
  return G_LIST_MODEL (charts);
}

static void
old_scheme_iface_init (XcSchemeInterface *iface)
{
  iface->create_charts = old_scheme_create_charts;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (OldScheme, old_scheme, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_SCHEME, old_scheme_iface_init))

static void
old_scheme_class_init (OldSchemeClass *klass)
{
}

static void
old_scheme_init (OldScheme *self)
{
}

static void
test_scheme_without_design_charts (void)
{
  g_autoptr(XcProgramme) programme = load_sample ("huizhou-nkls.xcprog");
  g_autoptr(XcScheme) scheme = g_object_new (old_scheme_get_type (), NULL);
  g_autoptr(XcValidator) validator = xc_validator_new (registry);
  g_autoptr(XcReport) report = xc_validator_validate (validator, programme);
  g_autoptr(GListModel) charts = xc_scheme_create_charts_for (scheme, programme,
                                                              xc_report_get_design (report));

  g_assert_true (old_scheme_charted == programme);
  g_assert_cmpuint (g_list_model_get_n_items (charts), ==, 1);
}

/* Zibo: 10 stations of 10 specialties, each famous doctor 3 days a month. */
static void
test_zibo_sample (void)
{
  static const char * const specialties[] = {
    "Endocrinology", "Neurology", "Cardiology", "Orthopaedics", "Paediatrics",
    "TCM internal medicine", "Respiratory medicine", "Obstetrics and gynaecology",
    "Rehabilitation", "General surgery", NULL
  };
  static const char * const towns[] = {
    "沅水镇", "北郊镇", "傅家镇", "南定镇", "房镇镇", "中埠镇", "南郊镇", "王村镇", "萌水镇", "商家镇",
    NULL
  };
  static const char * const districts[] = { "张店区", "淄博经济开发区", "周村区", NULL };
  static const double ones[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  static const double threes[] = { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 };
  static const double stations[] = { 2, 3, 5 };
  g_autoptr(XcProgramme) programme = load_sample ("zibo-stations.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  g_autofree char *summary = NULL;
  XcChart *chart;

  chart = get_chart (charts, 0, XC_TYPE_BAR_CHART, "Stations by specialty", specialties);
  assert_series (chart, 0, NULL, ones);

  chart = get_chart (charts, 1, XC_TYPE_BAR_CHART,
                     "Famous doctor’s days on site a month per station, by town", towns);
  assert_series (chart, 0, NULL, threes);
  /* ZB-04's minimum is drawn as the reference line, and read out. */
  g_assert_cmpfloat (xc_chart_get_reference_value (chart), ==, 3);
  g_assert_cmpstr (xc_chart_get_reference_label (chart), ==,
                   "Policy minimum: 3 days a month (ZB-04)");
  summary = xc_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "沅水镇 3"));
  g_assert_nonnull (strstr (summary, "Policy minimum: 3 days a month (ZB-04) 3"));

  chart = get_chart (charts, 2, XC_TYPE_BAR_CHART, "Stations per district or county", districts);
  assert_series (chart, 0, NULL, stations);
}

/* Nan'an: three disciplines, outpatients and operations up; a group of 5 or
 * 4 experts on site 3 days a week (13 days a month) each. */
static void
test_nanan_sample (void)
{
  static const char * const disciplines[] = {
    "Orthopaedics", "Obstetrics and gynaecology", "Neurosurgery", NULL
  };
  static const double outpatients[] = { 257, 205, 205 };
  static const double operations[] = { 52, 41, 41 };
  static const double leader[] = { 13, 13, 13 };
  static const double team[] = { 52, 39, 39 };
  static const double experts[] = { 5, 4, 4 };
  g_autoptr(XcProgramme) programme = load_sample ("nanan-disciplines.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  XcChart *chart;

  chart = get_chart (charts, 0, XC_TYPE_BAR_CHART, "Targets per discipline", disciplines);
  /* Only the targets the design sets. */
  g_assert_cmpuint (xc_chart_get_n_series (chart), ==, 2);
  assert_series (chart, 0, "Outpatients", outpatients);
  assert_series (chart, 1, "Operations", operations);

  chart = get_chart (charts, 1, XC_TYPE_STACKED_BAR_CHART,
                     "Expert days on site a month per discipline", disciplines);
  assert_series (chart, 0, "Discipline leader", leader);
  assert_series (chart, 1, "Team", team);

  chart = get_chart (charts, 2, XC_TYPE_BAR_CHART, "Experts per discipline", disciplines);
  assert_series (chart, 0, NULL, experts);
}

/* Yunnan: ten county hospitals, 12 needs all met; 永善 and 云龙 have two
 * workstations, each a lead and a member on site 4 days a month. */
static void
test_yunnan_sample (void)
{
  static const char * const counties[] = {
    "鲁甸县", "永善县", "镇雄县", "云龙县", "梁河县", "景洪市", "大关县", "江城县", "弥渡县", "沧源县",
    NULL
  };
  static const char * const aims[] = {
    "Key discipline", "Advantage discipline", "Featured discipline", NULL
  };
  static const double met[] = { 1, 2, 1, 2, 1, 1, 1, 1, 1, 1 };
  static const double unmet[] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
  static const double days[] = { 8, 16, 8, 16, 8, 8, 8, 8, 8, 8 };
  static const double by_aim[] = { 5, 5, 2 };
  g_autoptr(XcProgramme) programme = load_sample ("yunnan-workstations.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  XcChart *chart;

  chart = get_chart (charts, 0, XC_TYPE_STACKED_BAR_CHART, "Needs met per county hospital",
                     counties);
  assert_series (chart, 0, "Needs met", met);
  assert_series (chart, 1, "Needs unmet", unmet);
  g_assert_cmpfloat (series_total (chart, 0), ==, 12);

  chart = get_chart (charts, 1, XC_TYPE_BAR_CHART,
                     "Expert days on site a month per county hospital", counties);
  assert_series (chart, 0, NULL, days);

  chart = get_chart (charts, 2, XC_TYPE_BAR_CHART, "Workstations by discipline aim", aims);
  assert_series (chart, 0, NULL, by_aim);
}

/* Chaozhou: 18 instruments in three counties; 79 experts (CZ-06). */
static void
test_chaozhou_sample (void)
{
  static const char * const counties[] = { "饶平县", "湘桥区", "潮安区", NULL };
  static const char * const types[] = {
    "Group recruitment", "Order training", "Trusteeship", "Migratory experts", "Pairing",
    "Medical alliance", "Mentor pool", "Training", NULL
  };
  static const double rigid[] = { 2, 1, 1 };
  static const double flexible[] = { 1, 12, 2 };
  static const double rigid_experts[] = { 40, 0, 0 };
  static const double flexible_experts[] = { 5, 17, 17 };
  static const double by_type[] = { 2, 1, 1, 1, 9, 2, 1, 2 };
  g_autoptr(XcProgramme) programme = load_sample ("chaozhou-talent.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  XcChart *chart;

  chart = get_chart (charts, 0, XC_TYPE_STACKED_BAR_CHART,
                     "Rigid and flexible instruments per county", counties);
  /* No instrument of an unknown type: no third series. */
  g_assert_cmpuint (xc_chart_get_n_series (chart), ==, 2);
  assert_series (chart, 0, "Rigid", rigid);
  assert_series (chart, 1, "Flexible", flexible);

  chart = get_chart (charts, 1, XC_TYPE_STACKED_BAR_CHART, "Experts sent per county", counties);
  assert_series (chart, 0, "Rigid", rigid_experts);
  assert_series (chart, 1, "Flexible", flexible_experts);
  g_assert_cmpfloat (series_total (chart, 0) + series_total (chart, 1), ==, 79);

  chart = get_chart (charts, 2, XC_TYPE_BAR_CHART, "Instruments by type", types);
  assert_series (chart, 0, NULL, by_type);
}

static const char * const scheme_ids[] = {
  "huizhou-studio", "zibo-station", "nanan-discipline", "yunnan-county", "chaozhou-talent",
};

/* A new design of each scheme has nothing to chart: every chart says so. */
static void
test_empty_designs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (scheme_ids); i++)
    {
      g_autoptr(XcProgramme) programme = xc_programme_new_for_scheme (scheme_ids[i]);
      g_autoptr(GListModel) charts = create_charts (programme);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(XcChart) chart = g_list_model_get_item (charts, c);
          g_autofree char *summary = xc_chart_dup_summary (chart);

          g_assert_true (xc_chart_is_empty (chart));
          g_assert_true (g_str_has_suffix (summary, "No data"));
        }
    }
}

/* Units with nothing filled in, or naming what the design lacks (XC-01's
 * findings): every scheme still draws its charts, counting what it can. */
static const char odd_design[] =
  "{\"format\": \"xiachen-programme\", \"version\": 1, \"scheme\": \"%s\","
  " \"id\": \"odd\", \"title\": \"odd\", \"period\": {\"start\": \"2024-01-01\", \"months\": 12},"
  " \"region\": {\"counties\": [\"甲县\"]},"
  " \"institutions\": [{\"id\": \"i-a\", \"name\": \"甲县人民医院\", \"kind\": \"county_hospital\","
  "                     \"county\": \"甲县\"}],"
  " \"people\": [],"
  " \"units\": [{\"id\": \"u-1\"},"
  "           {\"id\": \"u-2\", \"host\": \"i-missing\", \"lead\": \"p-missing\","
  "            \"variant\": \"nonsense\", \"specialty\": \"made_up\","
  "            \"team\": [{\"person\": \"p-missing\"}],"
  "            \"commitments\": [{\"role\": \"group\", \"activity\": \"on_site_days\","
  "                               \"count\": -2, \"per\": \"fortnight\"},"
  "                              {\"role\": \"lead\", \"activity\": \"on_site_days\","
  "                               \"count\": 1.5, \"per\": \"quarter\"}],"
  "            \"targets\": {\"outpatients\": 10}, \"ext\": {\"discipline_aim\": 3}},"
  "           {\"id\": \"u-3\", \"host\": \"i-a\", \"lead\": \"p-x\", \"variant\": \"tcm\"}],"
  " \"needs\": [{\"institution\": \"i-missing\", \"specialty\": \"made_up\"},"
  "           {\"institution\": \"i-a\", \"specialty\": \"dermatology\"}]}";

static void
test_odd_designs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (scheme_ids); i++)
    {
      g_autofree char *json = g_strdup_printf (odd_design, scheme_ids[i]);
      g_autoptr(XcProgramme) programme = load_string (json);
      g_autoptr(GListModel) charts = create_charts (programme);

      for (guint c = 0; c < g_list_model_get_n_items (charts); c++)
        {
          g_autoptr(XcChart) chart = g_list_model_get_item (charts, c);
          g_autofree char *summary = xc_chart_dup_summary (chart);
          g_autoptr(GFile) file = g_file_new_build_filename (scratch_dir, "odd.png", NULL);
          g_autoptr(GError) error = NULL;

          /* Every value is a count a planner can read: none below 0. */
          for (guint s = 0; s < xc_chart_get_n_series (chart); s++)
            for (guint k = 0; k < xc_chart_get_n_categories (chart); k++)
              g_assert_cmpfloat (xc_chart_get_value (chart, s, k), >=, 0);
          g_assert_nonnull (summary);
          g_assert_true (xc_chart_export_png (chart, file, 320, 200, &error));
          g_assert_no_error (error);
        }
    }
}

/* The odd design in Huizhou's charts: a studio without a host counts under
 * "No county", one of an unknown type as "Other studios". */
static void
test_huizhou_odd_studios (void)
{
  static const char * const categories[] = { "甲县", "No county", NULL };
  static const double western[] = { 0, 0 };
  static const double tcm[] = { 1, 0 };
  static const double other[] = { 0, 2 };
  g_autofree char *json = g_strdup_printf (odd_design, "huizhou-studio");
  g_autoptr(XcProgramme) programme = load_string (json);
  g_autoptr(GListModel) charts = create_charts (programme);
  XcChart *chart = get_chart (charts, 0, XC_TYPE_STACKED_BAR_CHART, "Studios per county by type",
                              categories);

  assert_series (chart, 0, "Famous-doctor studio", western);
  assert_series (chart, 1, "Famous-TCM-doctor studio", tcm);
  assert_series (chart, 2, "Other studios", other);
}

/* Charts are made from the design as it is when asked: a studio added
 * shows in the next set. */
static void
test_charts_follow_edits (void)
{
  g_autoptr(XcProgramme) programme = load_sample ("huizhou-nkls.xcprog");
  g_autoptr(GListModel) before = create_charts (programme);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(XcUnit) unit = xc_unit_new ();
  g_autoptr(XcChart) chart = NULL;

  xc_unit_set_id (unit, "u-new");
  xc_unit_set_variant (unit, "western");
  xc_unit_set_host (unit, "i-hc-shiwan");
  g_list_store_append (G_LIST_STORE (xc_programme_get_units (programme)), unit);

  after = create_charts (programme);
  chart = g_list_model_get_item (after, 0);
  g_assert_cmpstr (xc_chart_get_categories (chart)[0], ==, "博罗县");
  g_assert_cmpfloat (xc_chart_get_value (chart, 0, 0), ==, 7);
  g_assert_cmpfloat (series_total (chart, 0), ==, 13);
  g_object_unref (chart);
  /* The charts made before are left as they were. */
  chart = g_list_model_get_item (before, 0);
  g_assert_cmpfloat (series_total (chart, 0), ==, 12);
}

/* A chart of each scheme exports to PNG and SVG of the size asked for. */
static void
test_export (void)
{
  static const char * const samples[] = {
    "huizhou-nkls.xcprog", "zibo-stations.xcprog", "nanan-disciplines.xcprog",
    "yunnan-workstations.xcprog", "chaozhou-talent.xcprog",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(XcProgramme) programme = load_sample (samples[i]);
      g_autoptr(GListModel) charts = create_charts (programme);
      g_autoptr(XcChart) chart = g_list_model_get_item (charts, 0);
      g_autofree char *png_name = g_strdup_printf ("%s.png", samples[i]);
      g_autofree char *svg_name = g_strdup_printf ("%s.svg", samples[i]);
      g_autoptr(GFile) png = g_file_new_build_filename (scratch_dir, png_name, NULL);
      g_autoptr(GFile) svg = g_file_new_build_filename (scratch_dir, svg_name, NULL);
      g_autofree char *png_path = g_file_get_path (png);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;

      g_assert_true (xc_chart_export_png (chart, png, 640, 360, &error));
      g_assert_no_error (error);
      surface = cairo_image_surface_create_from_png (png_path);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 640);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 360);
      cairo_surface_destroy (surface);

      g_assert_true (xc_chart_export_svg (chart, svg, 640, 360, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_load_contents (svg, NULL, &contents, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (contents, "<?xml"));
      g_assert_nonnull (strstr (contents, "width=\"640px\""));
      g_assert_nonnull (strstr (contents, "height=\"360px\""));
    }
}

/* The charts in a window, as the shell shows them: they draw. */
static void
test_charts_in_window (void)
{
  g_autoptr(XcProgramme) programme = load_sample ("zibo-stations.xcprog");
  g_autoptr(GListModel) charts = create_charts (programme);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(GtkWidget) chart = g_list_model_get_item (charts, i);

      gtk_box_append (GTK_BOX (box), chart);
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 900);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_assert_cmpint (gtk_widget_get_width (child), >, 0);
      g_assert_cmpint (gtk_widget_get_height (child), >, 0);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_scratch_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch_dir);
  g_clear_pointer (&scratch_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  scratch_dir = g_dir_make_tmp ("xiachen-scheme-charts-XXXXXX", NULL);
  g_assert_nonnull (scratch_dir);

  registry = xc_plugin_registry_new ();
  xc_plugin_registry_add_search_path (registry, g_getenv ("XIACHEN_PLUGIN_PATH"));
  xc_plugin_registry_load (registry);

  g_test_add_func ("/widgets/scheme-charts/huizhou/studios-by-county-and-mentor-load",
                   test_huizhou_sample);
  g_test_add_func ("/widgets/scheme-charts/huizhou/charts-read-the-design-as-edited",
                   test_huizhou_charts_read_the_design_as_edited);
  g_test_add_func ("/widgets/scheme-charts/scheme-without-design-charts",
                   test_scheme_without_design_charts);
  g_test_add_func ("/widgets/scheme-charts/zibo/specialties-and-on-site-days",
                   test_zibo_sample);
  g_test_add_func ("/widgets/scheme-charts/nanan/targets-and-team-days", test_nanan_sample);
  g_test_add_func ("/widgets/scheme-charts/yunnan/needs-met-per-county-hospital",
                   test_yunnan_sample);
  g_test_add_func ("/widgets/scheme-charts/chaozhou/rigid-and-flexible-per-county",
                   test_chaozhou_sample);
  g_test_add_func ("/widgets/scheme-charts/empty-design-draws-empty-charts", test_empty_designs);
  g_test_add_func ("/widgets/scheme-charts/odd-design-never-crashes", test_odd_designs);
  g_test_add_func ("/widgets/scheme-charts/huizhou/odd-studios-counted-apart",
                   test_huizhou_odd_studios);
  g_test_add_func ("/widgets/scheme-charts/charts-follow-edits", test_charts_follow_edits);
  g_test_add_func ("/widgets/scheme-charts/export-png-and-svg", test_export);
  g_test_add_func ("/widgets/scheme-charts/draw-in-a-window", test_charts_in_window);

  status = g_test_run ();
  remove_scratch_dir ();
  g_clear_object (&registry);
  return status;
}
