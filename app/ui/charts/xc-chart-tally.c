/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Categories in the order they are first met, each with a value per series:
 * what a scheme counts its design into before a chart draws it. */
#include "config.h"

#include "xc-chart.h"
#include "xc-chart-tally.h"

struct _XcChartTally
{
  guint       n_series;
  GPtrArray  *names;       /* of char *, owned */
  GHashTable *positions;   /* name (borrowed from names) → position + 1 */
  GArray     *values;      /* of double, n_series per category */
};

/**
 * xc_chart_tally_new:
 * @n_series: how many values each category has, e.g. 2 for a stacked
 *   chart of rigid and flexible instruments
 *
 * Returns: (transfer full): an empty tally
 */
XcChartTally *
xc_chart_tally_new (guint n_series)
{
  XcChartTally *self;

  g_return_val_if_fail (n_series > 0, NULL);

  self = g_new0 (XcChartTally, 1);
  self->n_series = n_series;
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  return self;
}

void
xc_chart_tally_free (XcChartTally *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->names);
  g_hash_table_unref (self->positions);
  g_array_unref (self->values);
  g_free (self);
}

/**
 * xc_chart_tally_category:
 * @name: a category, e.g. a county
 *
 * Returns: the position of @name, added after the others where it is new
 */
guint
xc_chart_tally_category (XcChartTally *self,
                         const char   *name)
{
  gpointer position;
  char *copy;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  position = g_hash_table_lookup (self->positions, name);
  if (position != NULL)
    return GPOINTER_TO_UINT (position) - 1;
  copy = g_strdup (name);
  g_ptr_array_add (self->names, copy);
  g_hash_table_insert (self->positions, copy, GUINT_TO_POINTER (self->names->len));
  g_array_set_size (self->values, self->names->len * self->n_series);
  return self->names->len - 1;
}

/**
 * xc_chart_tally_add:
 *
 * Adds @amount to @series of @category, adding the category where it is new.
 */
void
xc_chart_tally_add (XcChartTally *self,
                    const char   *category,
                    guint         series,
                    double        amount)
{
  guint position;

  g_return_if_fail (self != NULL);
  g_return_if_fail (series < self->n_series);

  position = xc_chart_tally_category (self, category);
  g_array_index (self->values, double, position * self->n_series + series) += amount;
}

gboolean
xc_chart_tally_has_category (XcChartTally *self,
                             const char   *name)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return name != NULL && g_hash_table_contains (self->positions, name);
}

guint
xc_chart_tally_get_n_categories (XcChartTally *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->names->len;
}

/**
 * xc_chart_tally_fill:
 * @chart: an #XcChart
 * @series_names: a name for each series
 * @skip_empty_series: whether a series (after the first) without any value
 *   above 0 is left out, so an "Other" series appears only when needed
 *
 * Sets the categories and series of @chart from @self. A chart of one
 * series gets no legend: its title says what it counts.
 *
 * Returns: (transfer none): @chart
 */
GtkWidget *
xc_chart_tally_fill (XcChartTally       *self,
                     GtkWidget          *chart,
                     const char * const *series_names,
                     gboolean            skip_empty_series)
{
  g_autofree double *values = NULL;

  g_return_val_if_fail (self != NULL, chart);
  g_return_val_if_fail (XC_IS_CHART (chart), chart);

  values = g_new0 (double, MAX (1, self->names->len));
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
      xc_chart_add_series (XC_CHART (chart), self->n_series > 1 ? series_names[s] : NULL, values,
                           self->names->len);
    }
  return chart;
}
