/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-indicators"

#include "config.h"

#include "xc-comparison.h"

/**
 * XcComparison:
 *
 * The common indicators of several designs side by side, whatever their
 * schemes.
 */
struct _XcComparison
{
  GObject    parent_instance;

  GPtrArray *labels;
  GPtrArray *programmes;
  GPtrArray *indicators;
};

G_DEFINE_FINAL_TYPE (XcComparison, xc_comparison, G_TYPE_OBJECT)

static void
xc_comparison_finalize (GObject *object)
{
  XcComparison *self = XC_COMPARISON (object);

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);

  G_OBJECT_CLASS (xc_comparison_parent_class)->finalize (object);
}

static void
xc_comparison_class_init (XcComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_comparison_finalize;
}

static void
xc_comparison_init (XcComparison *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
}

XcComparison *
xc_comparison_new (void)
{
  return g_object_new (XC_TYPE_COMPARISON, NULL);
}

/**
 * xc_comparison_add_design:
 * @label: how the design is named in the comparison, e.g. its file
 */
void
xc_comparison_add_design (XcComparison *self,
                          const char   *label,
                          XcProgramme  *programme)
{
  g_return_if_fail (XC_IS_COMPARISON (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (XC_IS_PROGRAMME (programme));

  g_ptr_array_add (self->labels, g_strdup (label));
  g_ptr_array_add (self->programmes, g_object_ref (programme));
  g_ptr_array_add (self->indicators, xc_indicators_new_for_programme (programme));
}

guint
xc_comparison_get_n_designs (XcComparison *self)
{
  g_return_val_if_fail (XC_IS_COMPARISON (self), 0);

  return self->programmes->len;
}

const char *
xc_comparison_get_label (XcComparison *self,
                         guint         design)
{
  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->labels->len, NULL);

  return g_ptr_array_index (self->labels, design);
}

/**
 * xc_comparison_get_programme:
 *
 * Returns: (transfer none): the design
 */
XcProgramme *
xc_comparison_get_programme (XcComparison *self,
                             guint         design)
{
  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->programmes->len, NULL);

  return g_ptr_array_index (self->programmes, design);
}

/**
 * xc_comparison_get_indicators:
 *
 * Returns: (transfer none): the design's indicators
 */
XcIndicators *
xc_comparison_get_indicators (XcComparison *self,
                              guint         design)
{
  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->indicators->len, NULL);

  return g_ptr_array_index (self->indicators, design);
}

/* A design where no expert is on site has no load to be lighter: its
 * maximum of 0 days is not the better one. */
static gboolean
sends_nobody_on_site (XcComparison *self,
                      guint         design)
{
  double days;

  return xc_indicators_get_value (g_ptr_array_index (self->indicators, design),
                                  XC_INDICATOR_ONSITE_DAYS_PER_MONTH, &days)
         && days == 0;
}

/**
 * xc_comparison_get_best:
 *
 * Returns: the design with the better value, or -1 where the indicator has
 *   no better direction, fewer than two designs have a value, or they tie.
 *   A design with no on-site days is never the one with the lightest
 *   expert load.
 */
int
xc_comparison_get_best (XcComparison *self,
                        XcIndicator   indicator)
{
  int direction, best = -1;
  double best_value = 0;
  guint n_values = 0;
  gboolean tie = FALSE;

  g_return_val_if_fail (XC_IS_COMPARISON (self), -1);
  g_return_val_if_fail (indicator < XC_N_INDICATORS, -1);

  direction = xc_indicator_get_direction (indicator);
  if (direction == 0)
    return -1;

  for (guint i = 0; i < self->indicators->len; i++)
    {
      double value;

      if (!xc_indicators_get_value (g_ptr_array_index (self->indicators, i), indicator, &value))
        continue;
      if (indicator == XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS && sends_nobody_on_site (self, i))
        continue;

      n_values++;
      if (best < 0 || value * direction > best_value * direction)
        {
          best = i;
          best_value = value;
          tie = FALSE;
        }
      else if (value == best_value)
        tie = TRUE;
    }

  return n_values >= 2 && !tie ? best : -1;
}
