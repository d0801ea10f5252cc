/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Categories in the order they are first met, each with a value per series:
 * what a scheme counts its design into before a chart draws it. */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

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

typedef struct
{
  guint  position;
  double total;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->total != y->total)
    return x->total < y->total ? 1 : -1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* Where there are more categories than a chart can show (a county per
 * bar in a national design), the largest XC_CHART_TALLY_MAX_CATEGORIES - 1
 * keep their bars, in their order, and one last bar carries the sum of the
 * rest: a bar per category would be a smear, and costly to draw. */
static gboolean
fold (XcChartTally *self)
{
  guint n = self->names->len, keep = XC_CHART_TALLY_MAX_CATEGORIES - 1;
  g_autofree Ranked *ranked = NULL;
  g_autofree gboolean *kept = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) values = NULL;
  g_autofree double *others = NULL;

  if (n <= XC_CHART_TALLY_MAX_CATEGORIES)
    return FALSE;

  ranked = g_new0 (Ranked, n);
  for (guint c = 0; c < n; c++)
    {
      ranked[c].position = c;
      for (guint s = 0; s < self->n_series; s++)
        ranked[c].total += g_array_index (self->values, double, c * self->n_series + s);
    }
  qsort (ranked, n, sizeof (Ranked), compare_ranked);
  kept = g_new0 (gboolean, n);
  for (guint i = 0; i < keep; i++)
    kept[ranked[i].position] = TRUE;

  names = g_ptr_array_new_with_free_func (g_free);
  values = g_array_new (FALSE, TRUE, sizeof (double));
  others = g_new0 (double, self->n_series);
  for (guint c = 0; c < n; c++)
    for (guint s = 0; s < self->n_series; s++)
      {
        double value = g_array_index (self->values, double, c * self->n_series + s);

        if (!kept[c])
          others[s] += value;
        else
          {
            if (s == 0)
              g_ptr_array_add (names, g_strdup (g_ptr_array_index (self->names, c)));
            g_array_append_val (values, value);
          }
      }
  /* TRANSLATORS: the last bar of a chart with too many categories to show
   * each; %u is how many categories it sums up */
  g_ptr_array_add (names, g_strdup_printf (_("Others (%u)"), n - keep));
  g_array_append_vals (values, others, self->n_series);

  g_hash_table_remove_all (self->positions);
  for (guint c = 0; c < names->len; c++)
    g_hash_table_insert (self->positions, g_ptr_array_index (names, c), GUINT_TO_POINTER (c + 1));
  g_ptr_array_unref (self->names);
  self->names = g_steal_pointer (&names);
  g_array_unref (self->values);
  self->values = g_steal_pointer (&values);
  return TRUE;
}

/**
 * xc_chart_tally_fill:
 * @chart: an #XcChart
 * @series_names: a name for each series
 * @skip_empty_series: whether a series (after the first) without any value
 *   above 0 is left out, so an "Other" series appears only when needed
 *
 * Sets the categories and series of @chart from @self. A chart of one
 * series gets no legend: its title says what it counts. Past
 * %XC_CHART_TALLY_MAX_CATEGORIES categories, the largest keep their bars
 * and the last bar, "Others", carries the rest.
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
  gboolean folded;

  g_return_val_if_fail (self != NULL, chart);
  g_return_val_if_fail (XC_IS_CHART (chart), chart);

  folded = fold (self);
  values = g_new0 (double, MAX (1, self->names->len));
  g_ptr_array_add (self->names, NULL);
  xc_chart_set_categories (XC_CHART (chart), (const char * const *) self->names->pdata);
  g_ptr_array_remove_index (self->names, self->names->len - 1);
  xc_chart_set_last_sums_rest (XC_CHART (chart), folded);

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
