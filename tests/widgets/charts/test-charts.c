/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widgets in a real display (Xvfb): what they draw, what they
 * read out to a screen reader, and what they export. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include <xiachen-ui.h>

static const char * const counties[] = { "博罗县", "龙门县", NULL };
static const char * const four_counties[] = { "博罗县", "龙门县", "惠城区", "惠阳区", NULL };

/* A chart of @type with a title, two counties and one series, owned by the
 * caller (not floating). */
static XcChart *
new_chart (GType type)
{
  static const double studios[] = { 12, 12 };
  XcChart *chart = g_object_ref_sink (g_object_new (type,
                                                    "title", "Studios per county",
                                                    "categories", counties,
                                                    NULL));

  xc_chart_add_series (chart, "Studios", studios, G_N_ELEMENTS (studios));
  return chart;
}

/* new_chart() with four counties and two series of different values. */
static XcChart *
new_full_chart (GType type)
{
  static const double studios[] = { 12, 9, 7, 3 };
  static const double doctors[] = { 5, 3, 8, 4 };
  XcChart *chart = g_object_ref_sink (g_object_new (type,
                                                    "title", "下沉力量",
                                                    "categories", four_counties,
                                                    NULL));

  xc_chart_add_series (chart, "Studios", studios, G_N_ELEMENTS (studios));
  xc_chart_add_series (chart, "Doctors", doctors, G_N_ELEMENTS (doctors));
  return chart;
}

/* gtk_test_init() isolates no directory: the exports go to one of ours. */
static char *scratch_dir;

static GFile *
scratch_file (const char *name)
{
  return g_file_new_build_filename (scratch_dir, name, NULL);
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

/* Images */

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4);
}

static double
pixel_brightness (guint32 pixel)
{
  return (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / (3. * 255.);
}

static gboolean
pixel_is_color (guint32        pixel,
                const GdkRGBA *color)
{
  return abs ((int) ((pixel >> 16) & 0xff) - (int) lround (color->red * 255)) <= 8
         && abs ((int) ((pixel >> 8) & 0xff) - (int) lround (color->green * 255)) <= 8
         && abs ((int) (pixel & 0xff) - (int) lround (color->blue * 255)) <= 8;
}

static double
mean_brightness (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double sum = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      sum += pixel_brightness (pixel_at (surface, x, y));
  return sum / (width * height);
}

static guint
count_colors (cairo_surface_t *surface)
{
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      g_hash_table_add (colors, GUINT_TO_POINTER (pixel_at (surface, x, y)));
  return g_hash_table_size (colors);
}

/* The chart as on screen, drawn into an image of its size. */
static cairo_surface_t *
render_on_screen (XcChart *chart)
{
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_surface_t *
export_png (XcChart    *chart,
            const char *name,
            int         width,
            int         height)
{
  g_autoptr(GFile) file = scratch_file (name);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  g_assert_true (xc_chart_export_png (chart, file, width, height, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static char *
export_svg (XcChart    *chart,
            const char *name,
            int         width,
            int         height)
{
  g_autoptr(GFile) file = scratch_file (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (xc_chart_export_svg (chart, file, width, height, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* Asserts that @svg parses as XML and its root is an <svg> of @width × @height. */
typedef struct
{
  gboolean seen_root;
  char    *width;
  char    *height;
} SvgRoot;

static void
svg_start_element_cb (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **attribute_names,
                      const char          **attribute_values,
                      gpointer              user_data,
                      GError              **error)
{
  SvgRoot *root = user_data;

  if (root->seen_root)
    return;
  root->seen_root = TRUE;
  g_assert_cmpstr (element_name, ==, "svg");
  for (guint i = 0; attribute_names[i] != NULL; i++)
    if (strcmp (attribute_names[i], "width") == 0)
      root->width = g_strdup (attribute_values[i]);
    else if (strcmp (attribute_names[i], "height") == 0)
      root->height = g_strdup (attribute_values[i]);
}

static void
assert_svg_of_size (const char *svg,
                    int         width,
                    int         height)
{
  static const GMarkupParser parser = { svg_start_element_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_width = g_strdup_printf ("%dpx", width);
  g_autofree char *expected_height = g_strdup_printf ("%dpx", height);
  SvgRoot root = { FALSE, NULL, NULL };

  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  /* GMarkup reads XML without a prolog. */
  svg = strstr (svg, "?>") + 2;
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &root, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error)
                 && g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (root.seen_root);
  g_assert_cmpstr (root.width, ==, expected_width);
  g_assert_cmpstr (root.height, ==, expected_height);
  g_free (root.width);
  g_free (root.height);
}

/* Tests */

static void
test_draws_every_category (gconstpointer data)
{
  XcChart *chart = new_full_chart ((GType) GPOINTER_TO_SIZE (data));
  GtkWidget *window = gtk_window_new ();
  cairo_surface_t *surface;
  gboolean drawn[4][2] = { { FALSE, }, };
  GdkRGBA studios, doctors;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));

  width = gtk_widget_get_width (GTK_WIDGET (chart));
  height = gtk_widget_get_height (GTK_WIDGET (chart));
  g_assert_cmpint (width, >=, 360);
  g_assert_cmpint (height, >=, 240);

  /* Every county's column holds a mark of each series. */
  xc_chart_get_series_color (chart, 0, &studios);
  xc_chart_get_series_color (chart, 1, &doctors);
  g_assert_false (gdk_rgba_equal (&studios, &doctors));
  surface = render_on_screen (chart);
  for (int x = 0; x < width; x++)
    {
      guint category;

      for (int y = 0; y < height; y++)
        {
          guint32 pixel = pixel_at (surface, x, y);
          guint series;

          if (pixel_is_color (pixel, &studios))
            series = 0;
          else if (pixel_is_color (pixel, &doctors))
            series = 1;
          else
            continue;
          /* Not a legend swatch */
          if (!xc_chart_get_category_at (chart, x, y, &category))
            continue;
          g_assert_cmpuint (category, <, G_N_ELEMENTS (drawn));
          drawn[category][series] = TRUE;
        }
    }
  for (guint c = 0; c < G_N_ELEMENTS (drawn); c++)
    {
      g_assert_true (drawn[c][0]);
      g_assert_true (drawn[c][1]);
    }
  g_assert_false (xc_chart_get_category_at (chart, 0, height / 2, NULL));
  cairo_surface_destroy (surface);

  /* On screen, it exports at another size all the same. */
  surface = export_png (chart, "shown.png", 300, 200);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 300);
  g_assert_cmpuint (count_colors (surface), >, 4);
  cairo_surface_destroy (surface);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), ==, width);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

static void
test_accessible_label_reads_every_value (gconstpointer data)
{
  XcChart *chart = new_chart ((GType) GPOINTER_TO_SIZE (data));
  static const double doctors[] = { 3, 5.5 };

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Studios per county: 博罗县 12, 龙门县 12");

  xc_chart_add_series (chart, "Doctors", doctors, G_N_ELEMENTS (doctors));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Studios per county: Studios: 博罗县 12, 龙门县 12; "
                                       "Doctors: 博罗县 3, 龙门县 5.5");

  xc_chart_set_title (chart, "Teams");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Teams: Studios: 博罗县 12, 龙门县 12; "
                                       "Doctors: 博罗县 3, 龙门县 5.5");

  xc_chart_clear_series (chart);
  g_assert_true (xc_chart_is_empty (chart));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Teams: No data");

  g_assert_finalize_object (chart);
}

static void
test_exports_png_of_requested_size (gconstpointer data)
{
  XcChart *chart = new_full_chart ((GType) GPOINTER_TO_SIZE (data));
  cairo_surface_t *surface;

  /* Never shown: the export draws it all the same. */
  g_assert_false (gtk_widget_get_realized (GTK_WIDGET (chart)));
  surface = export_png (chart, "chart.png", 480, 320);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 480);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 320);
  /* Background, text, gridlines and two series at least. */
  g_assert_cmpuint (count_colors (surface), >, 4);
  cairo_surface_destroy (surface);

  /* Again over the same file, at another size. */
  surface = export_png (chart, "chart.png", 200, 150);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 150);
  cairo_surface_destroy (surface);

  g_assert_finalize_object (chart);
}

static void
test_exports_svg_of_requested_size (gconstpointer data)
{
  XcChart *chart = new_full_chart ((GType) GPOINTER_TO_SIZE (data));
  g_autofree char *svg = export_svg (chart, "chart.svg", 640, 360);

  assert_svg_of_size (svg, 640, 360);
  /* The marks are there, not only the glyphs: a rect or a path per mark. */
  g_assert_nonnull (strstr (svg, "<path"));

  g_assert_finalize_object (chart);
}

static void
test_empty_chart_says_no_data (gconstpointer data)
{
  GType type = (GType) GPOINTER_TO_SIZE (data);
  XcChart *chart = g_object_ref_sink (g_object_new (type, NULL));
  static const double zeros[] = { 0, 0 };
  static const double missing[] = { NAN, NAN };
  cairo_surface_t *surface;
  g_autofree char *svg = NULL;

  /* Nothing at all */
  g_assert_true (xc_chart_is_empty (chart));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "No data");
  surface = export_png (chart, "empty.png", 300, 200);
  g_assert_cmpuint (count_colors (surface), >, 1);     /* the message */
  cairo_surface_destroy (surface);
  svg = export_svg (chart, "empty.svg", 300, 200);
  assert_svg_of_size (svg, 300, 200);

  /* Series of zeros and of missing values, and a series without categories */
  xc_chart_add_series (chart, "Zeros", zeros, G_N_ELEMENTS (zeros));
  g_assert_true (xc_chart_is_empty (chart));
  xc_chart_set_categories (chart, counties);
  xc_chart_add_series (chart, "Missing", missing, G_N_ELEMENTS (missing));
  xc_chart_add_series (chart, NULL, NULL, 0);
  g_assert_true (xc_chart_is_empty (chart));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "No data");
  surface = export_png (chart, "zeros.png", 300, 200);
  cairo_surface_destroy (surface);
  /* Smaller than its padding */
  surface = export_png (chart, "tiny.png", 4, 4);
  cairo_surface_destroy (surface);

  g_assert_finalize_object (chart);
}

static void
test_empty_chart_in_window (void)
{
  XcChart *chart = g_object_ref_sink (g_object_new (XC_TYPE_LINE_CHART, NULL));
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chart));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));
  g_assert_false (xc_chart_get_category_at (chart, 100, 100, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_title_notifies_once_per_change (void)
{
  XcChart *chart = new_chart (XC_TYPE_BAR_CHART);
  guint count = 0;

  g_signal_connect (chart, "notify::title", G_CALLBACK (count_notify_cb), &count);

  xc_chart_set_title (chart, "Studios per county");
  g_assert_cmpuint (count, ==, 0);
  xc_chart_set_title (chart, "各县工作室");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (xc_chart_get_title (chart), ==, "各县工作室");
  xc_chart_set_title (chart, "各县工作室");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (chart, "title", "Teams", NULL);
  g_assert_cmpuint (count, ==, 2);
  xc_chart_set_title (chart, NULL);
  g_assert_cmpuint (count, ==, 3);
  xc_chart_set_title (chart, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (chart);
}

static void
test_categories_and_format_notify_once_per_change (void)
{
  XcChart *chart = new_chart (XC_TYPE_LINE_CHART);
  const char * const same[] = { "博罗县", "龙门县", NULL };
  guint categories = 0, format = 0;
  g_auto(GStrv) read = NULL;

  g_signal_connect (chart, "notify::categories", G_CALLBACK (count_notify_cb), &categories);
  g_signal_connect (chart, "notify::value-format", G_CALLBACK (count_notify_cb), &format);

  xc_chart_set_categories (chart, same);
  g_assert_cmpuint (categories, ==, 0);
  xc_chart_set_categories (chart, four_counties);
  g_assert_cmpuint (categories, ==, 1);
  g_assert_cmpuint (xc_chart_get_n_categories (chart), ==, 4);
  g_object_get (chart, "categories", &read, NULL);
  g_assert_true (g_strv_equal ((const char * const *) read, four_counties));
  xc_chart_set_categories (chart, NULL);
  g_assert_cmpuint (categories, ==, 2);
  g_assert_cmpuint (xc_chart_get_n_categories (chart), ==, 0);
  xc_chart_set_categories (chart, NULL);
  g_assert_cmpuint (categories, ==, 2);

  xc_chart_set_value_format (chart, XC_CHART_VALUE_NUMBER);
  g_assert_cmpuint (format, ==, 0);
  g_object_set (chart, "value-format", XC_CHART_VALUE_PERCENT, NULL);
  g_assert_cmpuint (format, ==, 1);
  xc_chart_set_value_format (chart, XC_CHART_VALUE_PERCENT);
  g_assert_cmpuint (format, ==, 1);

  g_assert_finalize_object (chart);
}

static void
test_percent_values_read_as_percentages (void)
{
  XcChart *chart = g_object_ref_sink (g_object_new (XC_TYPE_LINE_CHART,
                                                    "title", "签约率",
                                                    "categories", counties,
                                                    "value-format", XC_CHART_VALUE_PERCENT,
                                                    NULL));
  static const double rates[] = { 0.82, 0.645 };
  g_autofree char *whole = NULL, *fraction = NULL, *number = NULL;
  cairo_surface_t *surface;
  const char *expected;

  xc_chart_add_series (chart, "签约率", rates, G_N_ELEMENTS (rates));
  /* Not a literal: the assertion's message would take its % for formats. */
  expected = "签约率: 博罗县 82%, 龙门县 64.5%";
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       expected);
  whole = xc_chart_format_value (chart, 1);
  g_assert_cmpstr (whole, ==, "100%");
  surface = export_png (chart, "percent.png", 400, 300);
  cairo_surface_destroy (surface);

  xc_chart_set_value_format (chart, XC_CHART_VALUE_NUMBER);
  fraction = xc_chart_format_value (chart, 3.25);
  g_assert_cmpstr (fraction, ==, "3.25");
  number = xc_chart_format_value (chart, 12);
  g_assert_cmpstr (number, ==, "12");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "签约率: 博罗县 0.82, 龙门县 0.65");

  g_assert_finalize_object (chart);
}

static void
test_values_beyond_or_short_of_categories (void)
{
  XcChart *chart = g_object_ref_sink (g_object_new (XC_TYPE_STACKED_BAR_CHART,
                                                    "categories", four_counties,
                                                    NULL));
  static const double short_series[] = { 4, NAN };
  static const double long_series[] = { 1, 2, 3, -5, 99 };
  cairo_surface_t *surface;

  xc_chart_add_series (chart, "Short", short_series, G_N_ELEMENTS (short_series));
  xc_chart_add_series (chart, "Long", long_series, G_N_ELEMENTS (long_series));
  g_assert_true (isnan (xc_chart_get_value (chart, 0, 1)));
  g_assert_true (isnan (xc_chart_get_value (chart, 0, 3)));
  g_assert_cmpfloat (xc_chart_get_value (chart, 1, 3), ==, 0);  /* below the axis */
  /* The fifth value has no county: it is neither read nor drawn. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Short: 博罗县 4; Long: 博罗县 1, 龙门县 2, 惠城区 3, 惠阳区 0");
  surface = export_png (chart, "ragged.png", 400, 300);
  cairo_surface_destroy (surface);

  g_assert_finalize_object (chart);
}

static void
test_dark_scheme_flips_contrast (gconstpointer data)
{
  XcChart *chart = new_full_chart ((GType) GPOINTER_TO_SIZE (data));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  cairo_surface_t *light, *dark;
  double light_brightness, dark_brightness;
  GdkRGBA fg_light, fg_dark;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  xc_chart_get_foreground_color (chart, &fg_light);
  light = export_png (chart, "light.png", 400, 300);
  light_brightness = mean_brightness (light);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  xc_chart_get_foreground_color (chart, &fg_dark);
  dark = export_png (chart, "dark.png", 400, 300);
  dark_brightness = mean_brightness (dark);

  /* Dark text on a light background, then light text on a dark one. */
  g_assert_cmpfloat (fg_light.red + fg_light.green + fg_light.blue, <, 1.5);
  g_assert_cmpfloat (fg_dark.red + fg_dark.green + fg_dark.blue, >, 1.5);
  g_assert_cmpfloat (light_brightness, >, 0.6);
  g_assert_cmpfloat (dark_brightness, <, 0.4);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_finalize_object (chart);
}

static void
add_kind_tests (const char *kind,
                GType       type)
{
  static const struct
  {
    const char    *name;
    GTestDataFunc  func;
  } tests[] = {
    { "draws-every-category", test_draws_every_category },
    { "accessible-label-reads-every-value", test_accessible_label_reads_every_value },
    { "exports-png-of-requested-size", test_exports_png_of_requested_size },
    { "exports-svg-of-requested-size", test_exports_svg_of_requested_size },
    { "empty-chart-says-no-data", test_empty_chart_says_no_data },
    { "dark-scheme-flips-contrast", test_dark_scheme_flips_contrast },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strdup_printf ("/widgets/charts/%s/%s", kind, tests[i].name);

      g_test_add_data_func (path, GSIZE_TO_POINTER (type), tests[i].func);
    }
}

/* A reference line (a rule's threshold) is kept, read out with its value,
 * removed by NAN, and never makes a chart without data look full. */
static void
test_reference_line (void)
{
  g_autoptr(XcChart) chart = new_chart (XC_TYPE_BAR_CHART);
  g_autoptr(XcChart) empty = g_object_ref_sink (g_object_new (XC_TYPE_BAR_CHART,
                                                              "title", "Days",
                                                              "categories", counties,
                                                              NULL));
  g_autofree char *summary = NULL;
  cairo_surface_t *surface;

  g_assert_true (isnan (xc_chart_get_reference_value (chart)));
  g_assert_null (xc_chart_get_reference_label (chart));

  xc_chart_set_reference (chart, 15, "At most 15");
  g_assert_cmpfloat (xc_chart_get_reference_value (chart), ==, 15);
  g_assert_cmpstr (xc_chart_get_reference_label (chart), ==, "At most 15");
  summary = xc_chart_dup_summary (chart);
  g_assert_cmpstr (summary, ==, "Studios per county: 博罗县 12, 龙门县 12; At most 15 15");
  /* Above the data: the chart still draws, line and all. */
  surface = export_png (chart, "reference.png", 400, 300);
  cairo_surface_destroy (surface);

  xc_chart_set_reference (chart, NAN, NULL);
  g_assert_true (isnan (xc_chart_get_reference_value (chart)));
  g_clear_pointer (&summary, g_free);
  summary = xc_chart_dup_summary (chart);
  g_assert_null (strstr (summary, "15 15"));

  xc_chart_set_reference (empty, 3, "At least 3");
  g_assert_true (xc_chart_is_empty (empty));
}

/* A tally keeps categories in the order first met, sums what is added, and
 * leaves out a later series with nothing in it. */
static void
test_tally_fills_a_chart (void)
{
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (3);
  const char *series[] = { "western", "tcm", "other" };
  g_autoptr(GtkWidget) chart = g_object_ref_sink (xc_stacked_bar_chart_new ());
  const char * const *categories;

  xc_chart_tally_add (tally, "龙门县", 1, 1);
  xc_chart_tally_add (tally, "博罗县", 0, 2);
  xc_chart_tally_add (tally, "龙门县", 1, 1);
  g_assert_cmpuint (xc_chart_tally_category (tally, "龙门县"), ==, 0);
  g_assert_true (xc_chart_tally_has_category (tally, "博罗县"));
  g_assert_false (xc_chart_tally_has_category (tally, "惠东县"));
  g_assert_cmpuint (xc_chart_tally_get_n_categories (tally), ==, 2);

  xc_chart_tally_fill (tally, chart, series, TRUE);
  g_assert_false (xc_chart_get_last_sums_rest (XC_CHART (chart)));
  categories = xc_chart_get_categories (XC_CHART (chart));
  g_assert_cmpstr (categories[0], ==, "龙门县");
  g_assert_cmpstr (categories[1], ==, "博罗县");
  g_assert_null (categories[2]);
  /* "other" has nothing: left out */
  g_assert_cmpuint (xc_chart_get_n_series (XC_CHART (chart)), ==, 2);
  g_assert_cmpstr (xc_chart_get_series_name (XC_CHART (chart), 1), ==, "tcm");
  g_assert_cmpfloat (xc_chart_get_value (XC_CHART (chart), 1, 0), ==, 2);
  g_assert_cmpfloat (xc_chart_get_value (XC_CHART (chart), 0, 1), ==, 2);
  g_assert_cmpfloat (xc_chart_get_value (XC_CHART (chart), 0, 0), ==, 0);
}

/* One series needs no legend: the chart's title says what it counts. */
static void
test_tally_of_one_series_has_no_legend (void)
{
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (1);
  const char *series[] = { "stations" };
  g_autoptr(GtkWidget) chart = g_object_ref_sink (xc_bar_chart_new ());

  xc_chart_tally_add (tally, "张店区", 0, 2);
  xc_chart_tally_fill (tally, chart, series, FALSE);
  g_assert_cmpuint (xc_chart_get_n_series (XC_CHART (chart)), ==, 1);
  g_assert_cmpstr (xc_chart_get_series_name (XC_CHART (chart), 0), ==, "");
}

/* 34,000 categories (a unit each, national scale) draw as at most
 * XC_CHART_TALLY_MAX_CATEGORIES bars: the largest in their order, and one
 * "Others" bar with the sum of the rest, so nothing is lost or smeared. */
static void
test_tally_folds_many_categories (void)
{
  g_autoptr(XcChartTally) tally = xc_chart_tally_new (2);
  const char *series[] = { "western", "tcm" };
  g_autoptr(GtkWidget) chart = g_object_ref_sink (xc_stacked_bar_chart_new ());
  const char * const *categories;
  guint n, n_units = 34000;
  double total = 0, shown = 0;
  cairo_surface_t *surface;

  for (guint i = 0; i < n_units; i++)
    {
      g_autofree char *name = g_strdup_printf ("镇%05u", i);

      /* every 1000th unit is larger, so those are the ones kept */
      xc_chart_tally_add (tally, name, i % 2, i % 1000 == 7 ? 50 : 1);
      total += i % 1000 == 7 ? 50 : 1;
    }
  xc_chart_tally_fill (tally, chart, series, FALSE);

  n = xc_chart_get_n_categories (XC_CHART (chart));
  g_assert_cmpuint (n, ==, XC_CHART_TALLY_MAX_CATEGORIES);
  categories = xc_chart_get_categories (XC_CHART (chart));
  g_assert_cmpstr (categories[0], ==, "镇00007");
  g_assert_cmpstr (categories[1], ==, "镇01007");
  g_assert_cmpstr (categories[n - 2], ==, "镇18007");
  g_assert_cmpstr (categories[n - 1], ==, "Others (33981)");
  /* drawn lighter, not as one more category */
  g_assert_true (xc_chart_get_last_sums_rest (XC_CHART (chart)));
  for (guint c = 0; c < n; c++)
    for (guint s = 0; s < 2; s++)
      shown += xc_chart_get_value (XC_CHART (chart), s, c);
  g_assert_cmpfloat (shown, ==, total);
  g_assert_cmpfloat (xc_chart_get_value (XC_CHART (chart), 1, n - 1)
                     + xc_chart_get_value (XC_CHART (chart), 0, n - 1), ==,
                     total - 19 * 50);

  surface = export_png (XC_CHART (chart), "folded.png", 640, 360);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  scratch_dir = g_dir_make_tmp ("xiachen-charts-XXXXXX", NULL);
  g_assert_nonnull (scratch_dir);

  add_kind_tests ("bar", XC_TYPE_BAR_CHART);
  add_kind_tests ("stacked-bar", XC_TYPE_STACKED_BAR_CHART);
  add_kind_tests ("line", XC_TYPE_LINE_CHART);
  g_test_add_func ("/widgets/charts/empty/draws-in-a-window", test_empty_chart_in_window);
  g_test_add_func ("/widgets/charts/title/notifies-once-per-change",
                   test_title_notifies_once_per_change);
  g_test_add_func ("/widgets/charts/properties/notify-once-per-change",
                   test_categories_and_format_notify_once_per_change);
  g_test_add_func ("/widgets/charts/percent/values-read-as-percentages",
                   test_percent_values_read_as_percentages);
  g_test_add_func ("/widgets/charts/stacked-bar/ignores-values-without-a-category",
                   test_values_beyond_or_short_of_categories);
  g_test_add_func ("/widgets/charts/tally/fills-a-chart", test_tally_fills_a_chart);
  g_test_add_func ("/widgets/charts/tally/folds-many-categories", test_tally_folds_many_categories);
  g_test_add_func ("/widgets/charts/tally/one-series-has-no-legend", test_tally_of_one_series_has_no_legend);
  g_test_add_func ("/widgets/charts/reference-line/kept-read-out-and-removed",
                   test_reference_line);

  status = g_test_run ();
  remove_scratch_dir ();
  return status;
}
