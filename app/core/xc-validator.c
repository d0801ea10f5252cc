/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include "xc-core-rules-private.h"
#include "xc-validator.h"

/**
 * XcValidator:
 *
 * Checks a design: the core rules XC-01 … XC-06 first, then the rules of
 * the design's scheme, if that scheme is installed.
 */
struct _XcValidator
{
  GObject           parent_instance;

  XcPluginRegistry *registry;
};

G_DEFINE_FINAL_TYPE (XcValidator, xc_validator, G_TYPE_OBJECT)

static void
xc_validator_dispose (GObject *object)
{
  XcValidator *self = XC_VALIDATOR (object);

  g_clear_object (&self->registry);

  G_OBJECT_CLASS (xc_validator_parent_class)->dispose (object);
}

static void
xc_validator_class_init (XcValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = xc_validator_dispose;
}

static void
xc_validator_init (XcValidator *self)
{
}

/**
 * xc_validator_new:
 * @registry: where the schemes come from
 */
XcValidator *
xc_validator_new (XcPluginRegistry *registry)
{
  XcValidator *self;

  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (registry), NULL);

  self = g_object_new (XC_TYPE_VALIDATOR, NULL);
  self->registry = g_object_ref (registry);
  return self;
}

/**
 * xc_validator_list_core_rules:
 *
 * Returns: (transfer full): the rules every scheme shares, a list of #XcRule
 */
GListModel *
xc_validator_list_core_rules (void)
{
  return _xc_core_rules_list ();
}

/**
 * xc_validator_validate:
 *
 * Returns: (transfer full): the findings
 */
XcReport *
xc_validator_validate (XcValidator *self,
                       XcProgramme *programme)
{
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(GListModel) core_rules = _xc_core_rules_list ();
  XcScheme *scheme;

  g_return_val_if_fail (XC_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  xc_report_add_rules (report, core_rules);
  _xc_core_rules_validate (programme, self->registry, report);

  scheme = xc_plugin_registry_lookup_scheme (self->registry, xc_programme_get_scheme (programme));
  if (scheme != NULL)
    {
      g_autoptr(GListModel) rules = xc_scheme_list_rules (scheme);

      xc_report_add_rules (report, rules);
      xc_scheme_validate (scheme, programme, report);
    }

  return g_steal_pointer (&report);
}

static void
validate_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_task_return_pointer (task, xc_validator_validate (source_object, task_data), g_object_unref);
}

/**
 * xc_validator_validate_async:
 *
 * Validates in a worker thread. The caller must not change @programme
 * until the callback runs.
 */
void
xc_validator_validate_async (XcValidator         *self,
                             XcProgramme         *programme,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_VALIDATOR (self));
  g_return_if_fail (XC_IS_PROGRAMME (programme));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_validator_validate_async);
  g_task_set_task_data (task, g_object_ref (programme), g_object_unref);
  g_task_run_in_thread (task, validate_in_thread);
}

XcReport *
xc_validator_validate_finish (XcValidator   *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (XC_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
