/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include "xc-report-private.h"
#include "xc-finding-private.h"

static void add_finding (XcReport  *self,
                         XcFinding *finding);

/**
 * XcReport:
 *
 * The findings of one validation, a #GListModel of #XcFinding, together
 * with the rules that may report into it. A validator names a rule by id;
 * the report fills in its severity and clause, so they are the same
 * wherever the rule fires.
 */
struct _XcReport
{
  GObject     parent_instance;

  GPtrArray  *findings;
  GHashTable *rules;        /* id → XcRule */
  guint       counts[XC_SEVERITY_INFO + 1];
  XcDesign   *design;       /* what was checked, if a validator made it */

  /* xc_report_begin_unit() */
  XcUnitFindings *unit_into;
  XcUnitFindings *unit_from;
  GBytes         *clean;
  gboolean        in_unit;
  guint           unit;
  guint           unit_start;  /* the unit's first finding */
  guint           n_units;     /* of the design checked, with @unit_into */
  char           *pass;        /* the last pass: looked up once per pass */
  struct _Pass   *into_pass;
  struct _Pass   *from_pass;
  guint           n_units_copied;
};

/* Where a pass's findings of a unit are in XcUnitFindings.findings;
 * start G_MAXUINT where the pass did not check the unit. */
typedef struct
{
  guint start;
  guint end;
} UnitRange;

/* A loop over the units: its UnitRange by unit. A pass that began a unit
 * twice is a plugin's bug; nothing of it is copied. */
typedef struct _Pass
{
  GArray   *ranges;
  gboolean  spoiled;
} Pass;

static void
pass_free (Pass *pass)
{
  g_array_unref (pass->ranges);
  g_free (pass);
}

struct _XcUnitFindings
{
  GPtrArray  *findings;
  GHashTable *passes;    /* pass name → Pass */
};

XcUnitFindings *
_xc_unit_findings_new (void)
{
  XcUnitFindings *self = g_atomic_rc_box_new0 (XcUnitFindings);

  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->passes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) pass_free);
  return self;
}

XcUnitFindings *
_xc_unit_findings_ref (XcUnitFindings *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
unit_findings_clear (XcUnitFindings *self)
{
  g_ptr_array_unref (self->findings);
  g_hash_table_unref (self->passes);
}

void
_xc_unit_findings_unref (XcUnitFindings *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) unit_findings_clear);
}

static Pass *
unit_findings_get_pass (XcUnitFindings *self,
                        const char     *name,
                        guint           n_units)
{
  Pass *pass = g_hash_table_lookup (self->passes, name);
  UnitRange none = { G_MAXUINT, G_MAXUINT };

  if (pass == NULL && n_units > 0)
    {
      pass = g_new0 (Pass, 1);
      pass->ranges = g_array_sized_new (FALSE, FALSE, sizeof (UnitRange), n_units);
      for (guint i = 0; i < n_units; i++)
        g_array_append_val (pass->ranges, none);
      g_hash_table_insert (self->passes, g_strdup (name), pass);
    }
  return pass;
}

static void
unit_findings_add (XcUnitFindings  *self,
                   Pass            *pass,
                   const char      *name,
                   guint            unit,
                   GPtrArray       *findings,
                   guint            start)
{
  UnitRange *range = &g_array_index (pass->ranges, UnitRange, unit);

  if (range->start != G_MAXUINT && !pass->spoiled)
    {
      g_critical ("The pass “%s” began the unit %u twice: give each loop over the units a "
                  "pass of its own", name, unit);
      pass->spoiled = TRUE;
    }
  *range = (UnitRange) { self->findings->len, self->findings->len + (findings->len - start) };
  for (guint i = start; i < findings->len; i++)
    g_ptr_array_add (self->findings, g_object_ref (findings->pdata[i]));
}

static void list_model_iface_init (GListModelInterface *iface);

static guint items_changed_signal;

G_DEFINE_FINAL_TYPE_WITH_CODE (XcReport, xc_report, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
xc_report_get_item_type (GListModel *list)
{
  return XC_TYPE_FINDING;
}

static guint
xc_report_get_n_items (GListModel *list)
{
  return XC_REPORT (list)->findings->len;
}

static gpointer
xc_report_get_item (GListModel *list,
                    guint       position)
{
  XcReport *self = XC_REPORT (list);

  if (position >= self->findings->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->findings, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = xc_report_get_item_type;
  iface->get_n_items = xc_report_get_n_items;
  iface->get_item = xc_report_get_item;
}

static void
xc_report_finalize (GObject *object)
{
  XcReport *self = XC_REPORT (object);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_object (&self->design);
  g_clear_pointer (&self->unit_into, _xc_unit_findings_unref);
  g_clear_pointer (&self->unit_from, _xc_unit_findings_unref);
  g_clear_pointer (&self->clean, g_bytes_unref);
  g_clear_pointer (&self->pass, g_free);

  G_OBJECT_CLASS (xc_report_parent_class)->finalize (object);
}

static void
xc_report_class_init (XcReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xc_report_finalize;
  /* the interface's signal exists once its default vtable is made */
  g_type_default_interface_unref (g_type_default_interface_ref (G_TYPE_LIST_MODEL));
  items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
}

static void
xc_report_init (XcReport *self)
{
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
}

XcReport *
xc_report_new (void)
{
  return g_object_new (XC_TYPE_REPORT, NULL);
}

/**
 * xc_report_add_rules:
 * @rules: a list of #XcRule that may report into this report
 */
void
xc_report_add_rules (XcReport   *self,
                     GListModel *rules)
{
  guint n;

  g_return_if_fail (XC_IS_REPORT (self));
  g_return_if_fail (G_IS_LIST_MODEL (rules));

  n = g_list_model_get_n_items (rules);
  for (guint i = 0; i < n; i++)
    {
      XcRule *rule = g_list_model_get_item (rules, i);

      g_hash_table_replace (self->rules, (gpointer) xc_rule_get_id (rule), rule);
    }
}

/**
 * xc_report_add:
 * @rule_id: a rule added with xc_report_add_rules()
 * @unit_id: (nullable): the unit at fault
 * @subject_id: (nullable): the person, institution or town concerned
 * @path: (nullable): the member at fault
 * @message_format: a translated printf() format for the message
 *
 * Returns: (transfer none): the new finding
 */
XcFinding *
xc_report_add (XcReport   *self,
               const char *rule_id,
               const char *unit_id,
               const char *subject_id,
               const char *path,
               const char *message_format,
               ...)
{
  char *message;
  XcFinding *finding;
  XcRule *rule;
  va_list args;

  g_return_val_if_fail (XC_IS_REPORT (self), NULL);
  g_return_val_if_fail (rule_id != NULL, NULL);
  g_return_val_if_fail (message_format != NULL, NULL);

  rule = g_hash_table_lookup (self->rules, rule_id);
  /* A validator reporting a rule it never declared is a plugin bug. */
  g_return_val_if_fail (rule != NULL, NULL);

  va_start (args, message_format);
  message = g_strdup_vprintf (message_format, args);
  va_end (args);

  finding = _xc_finding_new_take (rule, unit_id, subject_id, path, message);
  add_finding (self, finding);
  return finding;
}

/* Takes @finding. */
static void
add_finding (XcReport  *self,
             XcFinding *finding)
{
  g_ptr_array_add (self->findings, finding);
  self->counts[xc_finding_get_severity (finding)]++;
  /* A report a check is filling has nobody watching it yet; emitting for
   * each of its tens of thousands of findings showed in profiles. */
  if (g_signal_has_handler_pending (self, items_changed_signal, 0, FALSE))
    g_list_model_items_changed (G_LIST_MODEL (self), self->findings->len - 1, 0, 1);
}

void
_xc_report_set_unit_findings (XcReport       *self,
                              XcUnitFindings *into,
                              XcUnitFindings *from,
                              GBytes         *clean,
                              guint           n_units)
{
  if (self->in_unit)
    {
      g_critical ("The check ended with the unit %u of the pass “%s” begun and not ended",
                  self->unit, self->pass);
      self->in_unit = FALSE;
    }
  self->n_units = n_units;
  g_clear_pointer (&self->unit_into, _xc_unit_findings_unref);
  g_clear_pointer (&self->unit_from, _xc_unit_findings_unref);
  g_clear_pointer (&self->clean, g_bytes_unref);
  self->unit_into = into != NULL ? _xc_unit_findings_ref (into) : NULL;
  self->unit_from = from != NULL && clean != NULL ? _xc_unit_findings_ref (from) : NULL;
  self->clean = from != NULL && clean != NULL ? g_bytes_ref (clean) : NULL;
  g_clear_pointer (&self->pass, g_free);
  self->into_pass = self->from_pass = NULL;
}

/* How many units' findings were copied rather than checked again. */
guint
_xc_report_count_units_copied (XcReport *self)
{
  return self->n_units_copied;
}

static gboolean
is_clean (XcReport *self,
          guint     unit)
{
  gsize n;
  const guint8 *clean = self->clean != NULL ? g_bytes_get_data (self->clean, &n) : NULL;

  return clean != NULL && unit < n && clean[unit];
}

/**
 * xc_report_begin_unit:
 * @pass: names the loop over the units, unique in the scheme's check
 * @unit: the index of the unit in xc_design_get_units()
 *
 * Says that the findings until xc_report_end_unit() are about one unit
 * and depend on nothing but that unit's record, the records it names
 * (its host, lead, team and learners, and theirs), the other collections
 * and the programme: no count or table across units (how many studios a
 * mentor leads, which towns are covered) and no other unit.
 *
 * A design being edited is checked again after each change. When @unit
 * is, byte for byte, as it was at the last check of the design in @pass,
 * and nothing outside the units has changed, the report adds the findings
 * that check found instead and returns %FALSE: skip the unit's checks, and
 * do not call xc_report_end_unit(). Counts across units are kept outside
 * the two calls, for every unit.
 *
 * Returns: %TRUE if the rules should check @unit, then call
 *   xc_report_end_unit()
 */
gboolean
xc_report_begin_unit (XcReport   *self,
                      const char *pass,
                      guint       unit)
{
  g_return_val_if_fail (XC_IS_REPORT (self), TRUE);
  g_return_val_if_fail (pass != NULL, TRUE);

  if (self->in_unit)
    {
      g_critical ("%s: the unit %u of this pass was not ended", G_STRFUNC, self->unit);
      xc_report_end_unit (self);
    }

  if (g_strcmp0 (self->pass, pass) != 0)
    {
      g_free (self->pass);
      self->pass = g_strdup (pass);
      self->into_pass = self->unit_into != NULL
                        ? unit_findings_get_pass (self->unit_into, pass, self->n_units) : NULL;
      self->from_pass = self->unit_from != NULL
                        ? unit_findings_get_pass (self->unit_from, pass, 0) : NULL;
      if (self->from_pass != NULL && self->from_pass->spoiled)
        self->from_pass = NULL;
    }

  if (self->into_pass != NULL && unit >= self->n_units)
    {
      g_critical ("%s: the design has no unit %u", G_STRFUNC, unit);
      self->into_pass->spoiled = TRUE;
      self->into_pass = NULL;
    }

  if (self->from_pass != NULL && unit < self->from_pass->ranges->len && is_clean (self, unit))
    {
      UnitRange *range = &g_array_index (self->from_pass->ranges, UnitRange, unit);
      guint start = self->findings->len;

      if (range->start != G_MAXUINT)
        {
          for (guint i = range->start; i < range->end; i++)
            add_finding (self, _xc_finding_copy_unaccepted (self->unit_from->findings->pdata[i]));
          if (self->into_pass != NULL)
            unit_findings_add (self->unit_into, self->into_pass, self->pass, unit,
                               self->findings, start);
          self->n_units_copied++;
          return FALSE;
        }
    }

  self->in_unit = TRUE;
  self->unit = unit;
  self->unit_start = self->findings->len;
  return TRUE;
}

/**
 * xc_report_end_unit:
 *
 * Ends the unit xc_report_begin_unit() began (where it returned %TRUE).
 */
void
xc_report_end_unit (XcReport *self)
{
  g_return_if_fail (XC_IS_REPORT (self));
  g_return_if_fail (self->in_unit);

  self->in_unit = FALSE;
  if (self->into_pass != NULL)
    unit_findings_add (self->unit_into, self->into_pass, self->pass, self->unit,
                       self->findings, self->unit_start);
}

/* Moves @other's findings, and the rules they name, to the end of this
 * report: a check fills two at once (xc-validator.c). */
void
_xc_report_append (XcReport *self,
                   XcReport *other)
{
  GHashTableIter iter;
  gpointer id, rule;
  guint position = self->findings->len;

  g_hash_table_iter_init (&iter, other->rules);
  while (g_hash_table_iter_next (&iter, &id, &rule))
    g_hash_table_replace (self->rules, id, g_object_ref (rule));
  g_ptr_array_extend_and_steal (self->findings, g_steal_pointer (&other->findings));
  other->findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->counts); i++)
    {
      self->counts[i] += other->counts[i];
      other->counts[i] = 0;
    }
  self->n_units_copied += other->n_units_copied;
  other->n_units_copied = 0;
  if (self->findings->len > position)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, self->findings->len - position);
}

void
_xc_report_set_design (XcReport *self,
                       XcDesign *design)
{
  g_set_object (&self->design, design);
}

/**
 * xc_report_get_design:
 *
 * Returns: (transfer none) (nullable): the plain records of the design
 *   the findings are about, where a validator made the report: the design
 *   as it was when checked, which charts can read instead of the model
 */
XcDesign *
xc_report_get_design (XcReport *self)
{
  g_return_val_if_fail (XC_IS_REPORT (self), NULL);

  return self->design;
}

/**
 * xc_report_count_severity:
 *
 * Returns: all findings of @severity, accepted ones included
 */
guint
xc_report_count_severity (XcReport   *self,
                          XcSeverity  severity)
{
  g_return_val_if_fail (XC_IS_REPORT (self), 0);
  g_return_val_if_fail (severity <= XC_SEVERITY_INFO, 0);

  return self->counts[severity];
}

/**
 * xc_report_count_open:
 *
 * Returns: the findings of @severity that no deviation accepts
 */
guint
xc_report_count_open (XcReport   *self,
                      XcSeverity  severity)
{
  guint count = 0;

  g_return_val_if_fail (XC_IS_REPORT (self), 0);
  g_return_val_if_fail (severity <= XC_SEVERITY_INFO, 0);

  for (guint i = 0; i < self->findings->len; i++)
    {
      XcFinding *finding = g_ptr_array_index (self->findings, i);

      if (xc_finding_get_severity (finding) == severity && !xc_finding_is_accepted (finding))
        count++;
    }
  return count;
}

/**
 * xc_report_count_accepted:
 *
 * Returns: the findings, of any severity, that a deviation accepts
 */
guint
xc_report_count_accepted (XcReport *self)
{
  guint count = 0;

  g_return_val_if_fail (XC_IS_REPORT (self), 0);

  for (guint i = 0; i < self->findings->len; i++)
    if (xc_finding_is_accepted (g_ptr_array_index (self->findings, i)))
      count++;
  return count;
}

guint
xc_report_count_rule (XcReport   *self,
                      const char *rule_id)
{
  guint count = 0;

  g_return_val_if_fail (XC_IS_REPORT (self), 0);
  g_return_val_if_fail (rule_id != NULL, 0);

  for (guint i = 0; i < self->findings->len; i++)
    if (g_strcmp0 (xc_finding_get_rule_id (g_ptr_array_index (self->findings, i)), rule_id) == 0)
      count++;
  return count;
}
