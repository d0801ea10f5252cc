/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "xc-rule.h"

/**
 * XcRule:
 *
 * A policy rule: its stable id, severity, what it asks and the clause of
 * the policy it enforces.
 */
struct _XcRule
{
  GObject     parent_instance;

  char       *id;
  XcSeverity  severity;
  char       *summary;
  char       *clause;
  char       *seed;
};

G_DEFINE_FINAL_TYPE (XcRule, xc_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SEVERITY,
  PROP_SUMMARY,
  PROP_CLAUSE,
  PROP_SEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
xc_severity_to_string (XcSeverity severity)
{
  switch (severity)
    {
    case XC_SEVERITY_ERROR:
      return "error";
    case XC_SEVERITY_WARNING:
      return "warning";
    case XC_SEVERITY_INFO:
      return "info";
    default:
      g_return_val_if_reached ("error");
    }
}

/* The translated word for a severity, for people rather than programs. */
const char *
xc_severity_get_label (XcSeverity severity)
{
  switch (severity)
    {
    case XC_SEVERITY_ERROR:
      return _("error");
    case XC_SEVERITY_WARNING:
      return _("warning");
    case XC_SEVERITY_INFO:
      return _("info");
    default:
      g_return_val_if_reached (_("error"));
    }
}

static void
xc_rule_finalize (GObject *object)
{
  XcRule *self = XC_RULE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->clause, g_free);
  g_clear_pointer (&self->seed, g_free);

  G_OBJECT_CLASS (xc_rule_parent_class)->finalize (object);
}

static void
xc_rule_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  XcRule *self = XC_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SEVERITY:
      g_value_set_int (value, self->severity);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_CLAUSE:
      g_value_set_string (value, self->clause);
      break;
    case PROP_SEED:
      g_value_set_string (value, self->seed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_rule_class_init (XcRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xc_rule_finalize;
  object_class->get_property = xc_rule_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEVERITY] =
    g_param_spec_int ("severity", NULL, NULL, XC_SEVERITY_ERROR, XC_SEVERITY_INFO,
                      XC_SEVERITY_ERROR, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLAUSE] =
    g_param_spec_string ("clause", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEED] =
    g_param_spec_string ("seed", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_rule_init (XcRule *self)
{
}

XcRule *
xc_rule_new (const char *id,
             XcSeverity  severity,
             const char *summary,
             const char *clause,
             const char *seed)
{
  XcRule *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (severity <= XC_SEVERITY_INFO, NULL);

  self = g_object_new (XC_TYPE_RULE, NULL);
  self->id = g_strdup (id);
  self->severity = severity;
  self->summary = g_strdup (summary);
  self->clause = g_strdup (clause);
  self->seed = g_strdup (seed);
  return self;
}

/**
 * xc_rule_list_new_from_table:
 * @table: (array length=n_rules): a scheme's rules
 * @translation_domain: the gettext domain of the summaries
 *
 * Returns: (transfer full): a list of #XcRule, summaries translated
 */
GListModel *
xc_rule_list_new_from_table (const XcRuleInfo *table,
                             gsize             n_rules,
                             const char       *translation_domain)
{
  GListStore *rules;

  g_return_val_if_fail (table != NULL || n_rules == 0, NULL);

  rules = g_list_store_new (XC_TYPE_RULE);
  for (gsize i = 0; i < n_rules; i++)
    {
      g_autoptr(XcRule) rule = NULL;

      rule = xc_rule_new (table[i].id, table[i].severity,
                          g_dgettext (translation_domain, table[i].summary),
                          table[i].clause, table[i].seed);
      g_list_store_append (rules, rule);
    }
  return G_LIST_MODEL (rules);
}

const char *
xc_rule_get_id (XcRule *self)
{
  g_return_val_if_fail (XC_IS_RULE (self), NULL);

  return self->id;
}

XcSeverity
xc_rule_get_severity (XcRule *self)
{
  g_return_val_if_fail (XC_IS_RULE (self), XC_SEVERITY_ERROR);

  return self->severity;
}

const char *
xc_rule_get_summary (XcRule *self)
{
  g_return_val_if_fail (XC_IS_RULE (self), NULL);

  return self->summary;
}

const char *
xc_rule_get_clause (XcRule *self)
{
  g_return_val_if_fail (XC_IS_RULE (self), NULL);

  return self->clause;
}

const char *
xc_rule_get_seed (XcRule *self)
{
  g_return_val_if_fail (XC_IS_RULE (self), NULL);

  return self->seed;
}
