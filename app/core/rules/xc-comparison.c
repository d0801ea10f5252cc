/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-indicators"

#include "config.h"

#include <glib/gi18n-lib.h>

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
  GPtrArray *reports;      /* of XcReport, NULL until known */
};

G_DEFINE_FINAL_TYPE (XcComparison, xc_comparison, G_TYPE_OBJECT)

static const struct
{
  const char *key;
  const char *label;
} finding_counts[XC_N_FINDING_COUNTS] = {
  { "error", NC_("findings count", "Errors") },
  { "warning", NC_("findings count", "Warnings") },
  { "info", NC_("findings count", "Info") },
  { "accepted", NC_("findings count", "Accepted") },
};

/**
 * xc_finding_count_get_key:
 *
 * Returns: the member of the `findings` object of `xiachen-cli compare
 *   --format=json` (docs/format-extensions.md), e.g. "error"
 */
const char *
xc_finding_count_get_key (XcFindingCount count)
{
  g_return_val_if_fail (count < XC_N_FINDING_COUNTS, NULL);

  return finding_counts[count].key;
}

const char *
xc_finding_count_get_label (XcFindingCount count)
{
  g_return_val_if_fail (count < XC_N_FINDING_COUNTS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "findings count", finding_counts[count].label);
}

static void
xc_comparison_finalize (GObject *object)
{
  XcComparison *self = XC_COMPARISON (object);

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->reports, g_ptr_array_unref);

  G_OBJECT_CLASS (xc_comparison_parent_class)->finalize (object);
}

static void
xc_comparison_class_init (XcComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_comparison_finalize;
}

static void
clear_report (gpointer report)
{
  if (report != NULL)
    g_object_unref (report);
}

static void
xc_comparison_init (XcComparison *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->reports = g_ptr_array_new_with_free_func (clear_report);
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
  g_ptr_array_add (self->reports, NULL);
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
 * xc_comparison_dup_letter:
 *
 * A short name of @design in the comparison, "A", "B", … "Z", "AA", …: where
 * titles are too long to tell designs apart (a chart's bars), letters do,
 * with a legend giving each letter's label.
 *
 * Returns: (transfer full): the letter
 */
char *
xc_comparison_dup_letter (XcComparison *self,
                          guint         design)
{
  char letters[16];
  int at = sizeof letters - 1;

  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->labels->len, NULL);

  letters[at] = '\0';
  design++;
  while (design > 0 && at > 0)
    {
      design--;
      letters[--at] = (char) ('A' + design % 26);
      design /= 26;
    }
  return g_strdup (letters + at);
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

/* The rules whose findings undermine an indicator's value: a design that
 * breaks them has its figure, but not as one to prefer. */
static const struct
{
  XcIndicator indicator;
  const char *rules[3];
} rules_behind[] = {
  { XC_INDICATOR_ONSITE_DAYS_PER_MONTH, { "XC-03", "XC-04", NULL } },
  { XC_INDICATOR_ONSITE_DAYS_PER_HOST_MONTH, { "XC-03", "XC-04", NULL } },
  { XC_INDICATOR_MAX_EXPERT_ONSITE_DAYS, { "XC-03", "XC-04", NULL } },
};

static gboolean
is_behind (const char  *rule_id,
           XcIndicator  indicator)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules_behind); i++)
    if (rules_behind[i].indicator == indicator
        && g_strv_contains (rules_behind[i].rules, rule_id))
      return TRUE;
  return FALSE;
}

/* Whether @design breaks rules that @indicator rests on: any error of the
 * design (it is not a valid design of its scheme), or a warning of a rule
 * behind the indicator. Accepted findings count too: accepting keeps the
 * design as it is, it does not make the figure keep the rule. @rules gets
 * "XC-04 × 13"-like text per rule. */
static gboolean
breaks_rules (XcComparison *self,
              guint         design,
              XcIndicator   indicator,
              GString      *rules)
{
  XcReport *report = g_ptr_array_index (self->reports, design);
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;
  guint n;

  if (report == NULL)
    return FALSE;

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (report));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *rule_id = xc_finding_get_rule_id (finding);
      XcSeverity severity = xc_finding_get_severity (finding);
      guint count;

      if (severity != XC_SEVERITY_ERROR
          && !(severity == XC_SEVERITY_WARNING && is_behind (rule_id, indicator)))
        continue;
      /* borrowed: the report keeps its findings */
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, rule_id));
      if (count == 0)
        g_ptr_array_add (order, (gpointer) rule_id);
      g_hash_table_insert (counts, (gpointer) rule_id, GUINT_TO_POINTER (count + 1));
    }

  for (guint i = 0; rules != NULL && i < order->len; i++)
    {
      const char *rule_id = g_ptr_array_index (order, i);

      if (rules->len > 0)
        g_string_append (rules, ", ");
      g_string_append_printf (rules, "%s × %u", rule_id,
                              GPOINTER_TO_UINT (g_hash_table_lookup (counts, rule_id)));
    }
  return order->len > 0;
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
 *   expert load. A design that breaks rules (see
 *   xc_comparison_dup_caveat()) is never the better one: the best of the
 *   others is.
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
      if (breaks_rules (self, i, indicator, NULL))
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

/**
 * xc_comparison_set_report:
 * @report: (nullable): the design's findings, %NULL while not known
 *
 * The findings of @design, so the comparison counts them and never marks
 * as better a value of a design that breaks the rules behind it.
 */
void
xc_comparison_set_report (XcComparison *self,
                          guint         design,
                          XcReport     *report)
{
  g_return_if_fail (XC_IS_COMPARISON (self));
  g_return_if_fail (design < self->reports->len);
  g_return_if_fail (report == NULL || XC_IS_REPORT (report));

  clear_report (g_ptr_array_index (self->reports, design));
  g_ptr_array_index (self->reports, design) = report != NULL ? g_object_ref (report) : NULL;
}

/**
 * xc_comparison_get_report:
 *
 * Returns: (transfer none) (nullable): the design's findings, if known
 */
XcReport *
xc_comparison_get_report (XcComparison *self,
                          guint         design)
{
  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->reports->len, NULL);

  return g_ptr_array_index (self->reports, design);
}

/**
 * xc_comparison_get_count:
 * @n: (out) (optional): how many findings of @count the design has
 *
 * Returns: %FALSE where the design's findings are not known (yet)
 */
gboolean
xc_comparison_get_count (XcComparison   *self,
                         guint           design,
                         XcFindingCount  count,
                         guint          *n)
{
  XcReport *report;
  guint value;

  g_return_val_if_fail (XC_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (design < self->reports->len, FALSE);
  g_return_val_if_fail (count < XC_N_FINDING_COUNTS, FALSE);

  report = g_ptr_array_index (self->reports, design);
  if (report == NULL)
    return FALSE;
  switch (count)
    {
    case XC_FINDING_COUNT_ERRORS:
      value = xc_report_count_open (report, XC_SEVERITY_ERROR);
      break;
    case XC_FINDING_COUNT_WARNINGS:
      value = xc_report_count_open (report, XC_SEVERITY_WARNING);
      break;
    case XC_FINDING_COUNT_INFOS:
      value = xc_report_count_open (report, XC_SEVERITY_INFO);
      break;
    case XC_FINDING_COUNT_ACCEPTED:
    default:
      value = xc_report_count_accepted (report);
      break;
    }
  if (n != NULL)
    *n = value;
  return TRUE;
}

/**
 * xc_comparison_dup_caveat:
 *
 * Why the value of @indicator of @design is not one to prefer: the design
 * has errors (of any rule), or warnings of the rules the indicator rests on
 * (XC-03 and XC-04 for on-site days), accepted or not. Such a value is
 * never the better one (xc_comparison_get_best()). Only for a value of an
 * indicator with a better direction: the others are never starred.
 *
 * Returns: (transfer full) (nullable): e.g. "Breaks XC-04 × 13", or %NULL
 */
char *
xc_comparison_dup_caveat (XcComparison *self,
                          guint         design,
                          XcIndicator   indicator)
{
  g_autoptr(GString) rules = g_string_new (NULL);

  g_return_val_if_fail (XC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (design < self->reports->len, NULL);
  g_return_val_if_fail (indicator < XC_N_INDICATORS, NULL);

  /* no value, or no better direction: nothing that could be starred */
  if (xc_indicator_get_direction (indicator) == 0
      || !xc_indicators_get_value (g_ptr_array_index (self->indicators, design), indicator, NULL)
      || !breaks_rules (self, design, indicator, rules))
    return NULL;
  /* TRANSLATORS: beside a compared value; %s lists rules and how many
   * findings of each, e.g. "XC-04 × 13" */
  return g_strdup_printf (_("Breaks %s"), rules->str);
}
