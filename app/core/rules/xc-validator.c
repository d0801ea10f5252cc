/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "xc-core-rules-private.h"
#include "xc-design-private.h"
#include "xc-plugin-registry-private.h"
#include "xc-record-private.h"
#include "xc-report-private.h"
#include "xc-translation-private.h"
#include "xc-validator.h"
#include "xc-worker-private.h"

/**
 * XcValidator:
 *
 * Checks a design: the core rules XC-01 … XC-06 first, then the rules of
 * the design's scheme, if that scheme is installed. Findings that a
 * deviation of the design names are then marked accepted.
 *
 * A third-party scheme's rules run in a helper process (see
 * #XcPluginRegistry): where that plugin crashes, hangs or fails, the design
 * gets an XC-05 finding naming the plugin and what happened, marked
 * xc_finding_is_about_program(), instead of the scheme's findings.
 */
struct _XcValidator
{
  GObject           parent_instance;

  XcPluginRegistry *registry;
  GMutex            lock;
  struct _LastCheck *last;   /* under lock */
};

/* What the last check of a design being edited found unit by unit
 * (xc_report_begin_unit()): the next check copies the findings of the
 * units an edit left as they were. An atomic GRcBox: checks share it. */
typedef struct _LastCheck
{
  XcDesign        *design;
  XcScheme        *scheme;         /* NULL: not installed */
  XcUnitFindings  *core_units;
  XcUnitFindings  *scheme_units;
  int              catalogues;     /* the messages' translations */
} LastCheck;

static void
last_check_clear (LastCheck *last)
{
  g_object_unref (last->design);
  g_clear_object (&last->scheme);
  _xc_unit_findings_unref (last->core_units);
  _xc_unit_findings_unref (last->scheme_units);
}

static void
last_check_unref (LastCheck *last)
{
  g_atomic_rc_box_release_full (last, (GDestroyNotify) last_check_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LastCheck, last_check_unref)

static LastCheck *
dup_last_check (XcValidator *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return self->last != NULL ? g_atomic_rc_box_acquire (self->last) : NULL;
}

static void
set_last_check (XcValidator    *self,
                XcDesign       *design,
                XcScheme       *scheme,
                XcUnitFindings *core_units,
                XcUnitFindings *scheme_units,
                int             catalogues)
{
  LastCheck *last = g_atomic_rc_box_new0 (LastCheck);
  LastCheck *old;

  last->design = g_object_ref (design);
  last->scheme = scheme != NULL ? g_object_ref (scheme) : NULL;
  last->core_units = _xc_unit_findings_ref (core_units);
  last->scheme_units = _xc_unit_findings_ref (scheme_units);
  last->catalogues = catalogues;

  g_mutex_lock (&self->lock);
  old = g_steal_pointer (&self->last);
  self->last = last;
  g_mutex_unlock (&self->lock);
  /* freed here, in the checking thread */
  g_clear_pointer (&old, last_check_unref);
}

G_DEFINE_FINAL_TYPE (XcValidator, xc_validator, G_TYPE_OBJECT)

static void
xc_validator_dispose (GObject *object)
{
  XcValidator *self = XC_VALIDATOR (object);

  g_clear_object (&self->registry);
  /* a national design's records and findings: not on the caller's thread */
  if (self->last != NULL)
    _xc_free_in_worker (g_steal_pointer (&self->last), (GDestroyNotify) last_check_unref);

  G_OBJECT_CLASS (xc_validator_parent_class)->dispose (object);
}

static void
xc_validator_finalize (GObject *object)
{
  XcValidator *self = XC_VALIDATOR (object);

  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (xc_validator_parent_class)->finalize (object);
}

static void
xc_validator_class_init (XcValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = xc_validator_dispose;
  object_class->finalize = xc_validator_finalize;
}

static void
xc_validator_init (XcValidator *self)
{
  g_mutex_init (&self->lock);
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

static char *
deviation_key (const char *rule,
               const char *unit,
               const char *subject)
{
  /* "\x1f" cannot be in an id a planner types; NULL and "" differ. */
  return g_strdup_printf ("%s\x1f%s%s\x1f%s%s", rule != NULL ? rule : "",
                          unit != NULL ? "=" : "", unit != NULL ? unit : "",
                          subject != NULL ? "=" : "", subject != NULL ? subject : "");
}

static gboolean
is_date (const char *text)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return FALSE;
  return g_date_valid_dmy (day, month, year);
}

/* The core rules cover deviations too: XC-01 every reference of a design,
 * a deviation's unit among them; XC-02 every date. */
static void
check_deviations (XcDesign *design,
                  XcReport *report)
{
  guint n;
  const XcDeviationData *deviations = xc_design_get_deviations (design, &n);

  for (guint i = 0; i < n; i++)
    {
      const char *unit = deviations[i].unit;
      const char *date = deviations[i].date;

      if (unit != NULL && xc_design_find_unit (design, unit) == XC_DESIGN_NONE)
        {
          g_autofree char *path = g_strdup_printf ("deviations[%u].unit", i);

          xc_report_add (report, "XC-01", NULL, unit, path,
                         _("%s “%s” does not exist"), _("The unit of an accepted deviation"),
                         unit);
        }

      if (date != NULL && !is_date (date))
        {
          g_autofree char *path = g_strdup_printf ("deviations[%u].date", i);

          xc_report_add (report, "XC-02", NULL, NULL, path,
                         _("The date “%s” of an accepted deviation is not a date of the "
                           "form YYYY-MM-DD"),
                         date);
        }
    }
}

static XcDeviation *
deviation_from_data (const XcDeviationData *data)
{
  XcDeviation *deviation = xc_deviation_new ();

  xc_deviation_set_rule (deviation, data->rule);
  xc_deviation_set_unit (deviation, data->unit);
  xc_deviation_set_subject (deviation, data->subject);
  xc_deviation_set_reason (deviation, data->reason);
  xc_deviation_set_date (deviation, data->date);
  return deviation;
}

/* After every rule ran: a finding a deviation names is accepted. One hash
 * lookup per finding, so a national design with many deviations stays
 * linear. */
static void
mark_accepted (XcDesign *design,
               XcReport *report)
{
  guint n_deviations;
  const XcDeviationData *deviations = xc_design_get_deviations (design, &n_deviations);
  guint n_findings = g_list_model_get_n_items (G_LIST_MODEL (report));
  g_autoptr(GHashTable) index = NULL;

  if (n_deviations == 0)
    return;

  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < n_deviations; i++)
    {
      char *key = deviation_key (deviations[i].rule, deviations[i].unit, deviations[i].subject);

      /* The first deviation of a finding wins. */
      if (g_hash_table_contains (index, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_insert (index, key, deviation_from_data (&deviations[i]));
    }

  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      g_autofree char *key = NULL;

      /* A fault of the program is not the design's to accept. */
      if (xc_finding_is_about_program (finding))
        continue;
      key = deviation_key (xc_finding_get_rule_id (finding), xc_finding_get_unit_id (finding),
                           xc_finding_get_subject_id (finding));

      xc_finding_set_deviation (finding, g_hash_table_lookup (index, key));
    }
}

typedef struct
{
  XcValidator *self;
  XcDesign    *design;
  XcReport    *report;
} CoreCheck;

static gpointer
check_core (gpointer data)
{
  CoreCheck *core = data;

  _xc_core_rules_check (core->design, core->self->registry, core->report);
  check_deviations (core->design, core->report);
  return NULL;
}

/* @remember: a design being edited, checked again after each change:
 * keep what each unit got for the next check, and copy what the last
 * check found for the units that are as they were. */
static XcReport *
check (XcValidator   *self,
       XcDesign      *design,
       gboolean       remember,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(XcReport) scheme_report = xc_report_new ();
  g_autoptr(GListModel) core_rules = _xc_core_rules_list ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LastCheck) last = NULL;
  g_autoptr(GBytes) clean = NULL;
  g_autoptr(XcUnitFindings) core_units = NULL;
  g_autoptr(XcUnitFindings) scheme_units = NULL;
  CoreCheck core = { self, design, report };
  GThread *core_thread;
  XcScheme *scheme;
  gboolean validated = TRUE;
  int catalogues = 0;

  xc_report_add_rules (report, core_rules);
  _xc_report_set_design (report, design);
  scheme = xc_plugin_registry_lookup_scheme (self->registry, xc_design_get_programme (design)->scheme);

  remember = remember && _xc_translation_get_catalogues (&catalogues);
  if (remember)
    {
      guint n_units;

      xc_design_get_units (design, &n_units);
      last = dup_last_check (self);
      if (last != NULL && last->catalogues == catalogues)
        clean = _xc_design_compare_units (design, last->design);
      core_units = _xc_unit_findings_new ();
      scheme_units = _xc_unit_findings_new ();
      _xc_report_set_unit_findings (report, core_units, last != NULL ? last->core_units : NULL,
                                    clean, n_units);
      _xc_report_set_unit_findings (scheme_report, scheme_units,
                                    last != NULL && last->scheme == scheme ? last->scheme_units : NULL,
                                    clean, n_units);
    }

  if (scheme == NULL)
    {
      check_core (&core);
    }
  else
    {
      /* The core's rules and the scheme's read the same plain records and
       * fill reports of their own: on two cores, a national design's check
       * takes as long as the longer of the two. */
      core_thread = g_thread_new ("xc-core-rules", check_core, &core);
      {
        g_autoptr(GListModel) rules = xc_scheme_list_rules (scheme);

        xc_report_add_rules (scheme_report, rules);
        validated = _xc_plugin_registry_validate (self->registry, scheme, design, scheme_report,
                                                  cancellable, &local_error);
      }
      g_thread_join (core_thread);
    }

  if (!validated)
    {
      XcFinding *finding;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      xc_report_add_rules (scheme_report, core_rules);
      finding = xc_report_add (scheme_report, "XC-05", NULL, xc_scheme_get_id (scheme), "scheme",
                               "%s", local_error->message);
      xc_finding_set_about_program (finding, TRUE);
    }
  _xc_report_set_unit_findings (report, NULL, NULL, NULL, 0);
  _xc_report_set_unit_findings (scheme_report, NULL, NULL, NULL, 0);
  /* a scheme that failed found nothing to keep */
  if (remember && validated)
    set_last_check (self, design, scheme, core_units, scheme_units, catalogues);

  _xc_report_append (report, scheme_report);
  mark_accepted (design, report);
  return g_steal_pointer (&report);
}

/* The model as it is now, read as a file of it would be. */
static XcReport *
validate (XcValidator   *self,
          XcProgramme   *programme,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(XcDesign) design = _xc_programme_dup_design (XC_RECORD (programme));

  /* the model writes only what the format allows (dup_design said so) */
  if (design == NULL)
    return xc_report_new ();
  return check (self, design, FALSE, cancellable, error);
}

/**
 * xc_validator_check:
 *
 * Checks a design read into plain records: the core rules, then its
 * scheme's.
 *
 * Returns: (transfer full): the findings
 */
XcReport *
xc_validator_check (XcValidator *self,
                    XcDesign    *design)
{
  g_return_val_if_fail (XC_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (XC_IS_DESIGN (design), NULL);

  return check (self, design, FALSE, NULL, NULL);
}

typedef struct
{
  GBytes   *bytes;
  char     *display_name;
  XcDesign *base;
} CheckBytes;

static void
check_bytes_free (gpointer data)
{
  CheckBytes *check = data;

  g_bytes_unref (check->bytes);
  g_free (check->display_name);
  g_clear_object (&check->base);
  g_free (check);
}

static void
check_bytes_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  CheckBytes *job = task_data;
  g_autoptr(XcDesign) design = NULL;
  GError *error = NULL;
  XcReport *report;

  design = _xc_design_new_beside (job->bytes, job->display_name, job->base, &error);
  if (design == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  report = check (source_object, design, TRUE, cancellable, &error);
  if (report != NULL)
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
  /* the design is freed here, in the worker, not in the caller's thread */
}

static void check_bytes_async (XcValidator         *self,
                               GBytes              *bytes,
                               const char          *display_name,
                               XcDesign            *base,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data);

/**
 * xc_validator_check_bytes_async:
 * @bytes: a design file's contents (xc_programme_to_bytes() of a design
 *   being edited: a snapshot the editing cannot touch)
 * @display_name: how messages name the design
 *
 * Reads and checks a design in a worker thread.
 */
void
xc_validator_check_bytes_async (XcValidator         *self,
                                GBytes              *bytes,
                                const char          *display_name,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (XC_IS_VALIDATOR (self));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (display_name != NULL);

  check_bytes_async (self, bytes, display_name, NULL, cancellable, callback, user_data);
}

/* @base: (nullable): read @bytes beside it (_xc_design_new_beside()) */
static void
check_bytes_async (XcValidator         *self,
                   GBytes              *bytes,
                   const char          *display_name,
                   XcDesign            *base,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckBytes *check;

  check = g_new0 (CheckBytes, 1);
  check->bytes = g_bytes_ref (bytes);
  check->display_name = g_strdup (display_name);
  check->base = base != NULL ? g_object_ref (base) : NULL;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_validator_check_bytes_async);
  g_task_set_task_data (task, check, check_bytes_free);
  xc_task_run_in_thread (task, check_bytes_in_thread, g_object_unref);
}

/**
 * xc_validator_check_bytes_finish:
 *
 * Returns: (transfer full): the findings, or %NULL with @error set (the
 *   bytes are not a design, or the check was cancelled)
 */
XcReport *
xc_validator_check_bytes_finish (XcValidator   *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (XC_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
check_design_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  GError *error = NULL;
  XcReport *report = check (source_object, task_data, TRUE, cancellable, &error);

  if (report != NULL)
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * xc_validator_check_programme_async:
 *
 * Checks @programme as it is now in a worker thread; the planner may go
 * on editing at once. A design unchanged since it was read is checked on
 * the plain records it was read into; a changed one on its bytes (records
 * nobody changed copied as read). Finish with
 * xc_validator_check_bytes_finish().
 */
void
xc_validator_check_programme_async (XcValidator         *self,
                                    XcProgramme         *programme,
                                    const char          *display_name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  XcDesign *design;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (XC_IS_VALIDATOR (self));
  g_return_if_fail (XC_IS_PROGRAMME (programme));
  g_return_if_fail (display_name != NULL);

  design = _xc_programme_get_design_as_read (XC_RECORD (programme));
  if (design == NULL)
    {
      bytes = xc_programme_to_bytes (programme);
      check_bytes_async (self, bytes, display_name,
                         _xc_programme_get_design_read_from (XC_RECORD (programme)), cancellable,
                         callback, user_data);
      return;
    }
  /* read-only plain records: the worker may read them as they are */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_validator_check_bytes_async);
  g_task_set_task_data (task, g_object_ref (design), g_object_unref);
  xc_task_run_in_thread (task, check_design_in_thread, g_object_unref);
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
  g_return_val_if_fail (XC_IS_VALIDATOR (self), NULL);
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);

  return validate (self, programme, NULL, NULL);
}

static void
validate_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  XcReport *report = validate (source_object, task_data, cancellable, &error);

  if (report != NULL)
    g_task_return_pointer (task, report, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * xc_validator_validate_async:
 *
 * Validates in a worker thread. The caller must not change @programme
 * until the callback runs. Cancelling stops a third-party scheme's helper
 * process.
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
  xc_task_run_in_thread (task, validate_in_thread, g_object_unref);
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
