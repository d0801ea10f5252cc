/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include "xc-deviation.h"
#include "xc-finding-private.h"

/**
 * XcFinding:
 *
 * One thing a rule found in a design: data, not a string, so the shell can
 * select the unit and focus the member at fault (@path, e.g. `team` or
 * `facilities.teaching_room_m2`).
 */
struct _XcFinding
{
  GObject  parent_instance;

  XcRule  *rule;
  char    *unit_id;
  char    *subject_id;
  char    *path;
  char    *message;
  /* the deviation of the design that accepts this finding, if any */
  XcDeviation *deviation;
  gboolean about_program;
  guint    hash;   /* xc_finding_hash(), 0 until asked */
};

G_DEFINE_FINAL_TYPE (XcFinding, xc_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_UNIT_ID,
  PROP_SUBJECT_ID,
  PROP_PATH,
  PROP_MESSAGE,
  PROP_CLAUSE,
  PROP_DEVIATION,
  PROP_ACCEPTED,
  PROP_ABOUT_PROGRAM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
xc_finding_finalize (GObject *object)
{
  XcFinding *self = XC_FINDING (object);

  g_clear_object (&self->rule);
  g_clear_pointer (&self->unit_id, g_free);
  g_clear_pointer (&self->subject_id, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->deviation);

  G_OBJECT_CLASS (xc_finding_parent_class)->finalize (object);
}

static void
xc_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  XcFinding *self = XC_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_object (value, self->rule);
      break;
    case PROP_RULE_ID:
      g_value_set_string (value, xc_rule_get_id (self->rule));
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, xc_rule_get_severity (self->rule));
      break;
    case PROP_UNIT_ID:
      g_value_set_string (value, self->unit_id);
      break;
    case PROP_SUBJECT_ID:
      g_value_set_string (value, self->subject_id);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_CLAUSE:
      g_value_set_string (value, xc_rule_get_clause (self->rule));
      break;
    case PROP_DEVIATION:
      g_value_set_object (value, self->deviation);
      break;
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->deviation != NULL);
      break;
    case PROP_ABOUT_PROGRAM:
      g_value_set_boolean (value, self->about_program);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_finding_class_init (XcFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = xc_finding_finalize;
  object_class->get_property = xc_finding_get_property;

  properties[PROP_RULE] = g_param_spec_object ("rule", NULL, NULL, XC_TYPE_RULE, flags);
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL, XC_SEVERITY_ERROR, XC_SEVERITY_INFO,
                      XC_SEVERITY_ERROR, flags);
  properties[PROP_UNIT_ID] = g_param_spec_string ("unit-id", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT_ID] = g_param_spec_string ("subject-id", NULL, NULL, NULL, flags);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_CLAUSE] = g_param_spec_string ("clause", NULL, NULL, NULL, flags);
  properties[PROP_DEVIATION] =
    g_param_spec_object ("deviation", NULL, NULL, XC_TYPE_DEVIATION,
                         flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, FALSE, flags | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * XcFinding:about-program:
   *
   * The finding is about this program's own state — a scheme that is not
   * installed, a plugin that crashed, hung or failed — not about the
   * design: no deviation accepts it, and the shell offers none.
   */
  properties[PROP_ABOUT_PROGRAM] =
    g_param_spec_boolean ("about-program", NULL, NULL, FALSE, flags | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_finding_init (XcFinding *self)
{
}

/**
 * xc_finding_new:
 * @rule: the rule that found it; severity and clause come from it
 * @unit_id: (nullable): the unit at fault, %NULL for the programme
 * @subject_id: (nullable): the person, institution or town concerned
 * @path: (nullable): the member at fault, relative to the unit (or to
 *   the programme where @unit_id is %NULL)
 * @message: the explanation, already translated
 */
XcFinding *
xc_finding_new (XcRule     *rule,
                const char *unit_id,
                const char *subject_id,
                const char *path,
                const char *message)
{
  g_return_val_if_fail (XC_IS_RULE (rule), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return _xc_finding_new_take (rule, unit_id, subject_id, path, g_strdup (message));
}

/* As xc_finding_new(), keeping @message: a check words tens of thousands
 * of findings, and copying each message again showed. */
XcFinding *
_xc_finding_new_take (XcRule     *rule,
                      const char *unit_id,
                      const char *subject_id,
                      const char *path,
                      char       *message)
{
  XcFinding *self = g_object_new (XC_TYPE_FINDING, NULL);

  self->rule = g_object_ref (rule);
  self->unit_id = g_strdup (unit_id);
  self->subject_id = g_strdup (subject_id);
  self->path = g_strdup (path);
  self->message = message;
  return self;
}

/* A finding as its rule reported it, for a check that did not run the
 * rule again (xc_report_begin_unit()): whether a deviation accepts it is
 * the new check's to say. Reads only what does not change once the
 * check that made @finding is over, so @finding may be listed meanwhile. */
XcFinding *
_xc_finding_copy_unaccepted (XcFinding *finding)
{
  XcFinding *self = _xc_finding_new_take (finding->rule, finding->unit_id, finding->subject_id,
                                          finding->path, g_strdup (finding->message));

  self->about_program = finding->about_program;
  return self;
}

/**
 * xc_finding_get_rule:
 *
 * Returns: (transfer none): the rule
 */
XcRule *
xc_finding_get_rule (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->rule;
}

const char *
xc_finding_get_rule_id (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return xc_rule_get_id (self->rule);
}

XcSeverity
xc_finding_get_severity (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), XC_SEVERITY_ERROR);

  return xc_rule_get_severity (self->rule);
}

const char *
xc_finding_get_unit_id (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->unit_id;
}

const char *
xc_finding_get_subject_id (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->subject_id;
}

const char *
xc_finding_get_path (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->path;
}

const char *
xc_finding_get_message (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->message;
}

const char *
xc_finding_get_clause (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return xc_rule_get_clause (self->rule);
}

/**
 * xc_finding_get_deviation:
 *
 * Returns: (transfer none) (nullable): the deviation that accepts this
 *   finding, set by the validator
 */
XcDeviation *
xc_finding_get_deviation (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), NULL);

  return self->deviation;
}

/**
 * xc_finding_set_deviation:
 * @deviation: (nullable): the deviation that accepts this finding, or
 *   %NULL where none does
 *
 * For validators: marks the finding accepted (or open again).
 */
void
xc_finding_set_deviation (XcFinding   *self,
                          XcDeviation *deviation)
{
  gboolean was_accepted;

  g_return_if_fail (XC_IS_FINDING (self));
  g_return_if_fail (deviation == NULL || XC_IS_DEVIATION (deviation));

  was_accepted = self->deviation != NULL;
  if (!g_set_object (&self->deviation, deviation))
    return;
  self->hash = 0;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEVIATION]);
  if (was_accepted != (deviation != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}

/**
 * xc_finding_is_accepted:
 *
 * Returns: %TRUE if a deviation of the design accepts this finding; it is
 *   still a finding of its severity, shown and counted apart
 */
gboolean
xc_finding_is_accepted (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), FALSE);

  return self->deviation != NULL;
}

/**
 * xc_finding_is_about_program:
 *
 * Returns: %TRUE if the finding is about the program's own state (see
 *   #XcFinding:about-program), so it cannot be accepted as a deviation
 */
gboolean
xc_finding_is_about_program (XcFinding *self)
{
  g_return_val_if_fail (XC_IS_FINDING (self), FALSE);

  return self->about_program;
}

/**
 * xc_finding_set_about_program:
 *
 * For validators: marks a finding about the program's own state.
 */
void
xc_finding_set_about_program (XcFinding *self,
                              gboolean   about_program)
{
  g_return_if_fail (XC_IS_FINDING (self));

  about_program = !!about_program;
  if (self->about_program == about_program)
    return;
  self->about_program = about_program;
  self->hash = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABOUT_PROGRAM]);
}

/**
 * xc_finding_hash:
 * @finding: (type XcFinding): a finding
 *
 * A #GHashFunc for findings: equal ones (xc_finding_equal()) hash alike.
 * Worked out once; a finding may be hashed from any thread.
 */
guint
xc_finding_hash (gconstpointer finding)
{
  XcFinding *self = (XcFinding *) finding;
  const char *parts[4];
  guint hash;

  g_return_val_if_fail (XC_IS_FINDING (self), 0);

  if (self->hash != 0)
    return self->hash;
  parts[0] = xc_rule_get_id (self->rule);
  parts[1] = self->unit_id;
  parts[2] = self->subject_id;
  parts[3] = self->path;
  hash = g_str_hash (self->message) * 2 + (self->deviation != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    hash = hash * 31 + (parts[i] != NULL ? g_str_hash (parts[i]) : 0);
  /* two threads may both work it out: they write the same */
  self->hash = hash | 1;
  return self->hash;
}

/**
 * xc_finding_equal:
 * @a: (type XcFinding): a finding
 * @b: (type XcFinding): another
 *
 * A #GEqualFunc for findings: the same rule says the same of the same
 * place, and both are accepted for the same reason or open.
 */
gboolean
xc_finding_equal (gconstpointer a,
                  gconstpointer b)
{
  XcFinding *x = (XcFinding *) a;
  XcFinding *y = (XcFinding *) b;

  g_return_val_if_fail (XC_IS_FINDING (x) && XC_IS_FINDING (y), FALSE);

  return x == y
         || (xc_finding_hash (x) == xc_finding_hash (y)
             && g_strcmp0 (x->message, y->message) == 0
             && g_strcmp0 (xc_rule_get_id (x->rule), xc_rule_get_id (y->rule)) == 0
             && g_strcmp0 (x->unit_id, y->unit_id) == 0
             && g_strcmp0 (x->subject_id, y->subject_id) == 0
             && g_strcmp0 (x->path, y->path) == 0
             && x->about_program == y->about_program
             && (x->deviation != NULL) == (y->deviation != NULL)
             && (x->deviation == NULL
                 || g_strcmp0 (xc_deviation_get_reason (x->deviation),
                               xc_deviation_get_reason (y->deviation)) == 0));
}
