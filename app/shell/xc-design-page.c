/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <xiachen-ui.h>

#include "xc-design-page.h"
#include "xc-findings-pane.h"
#include "xc-record-list.h"

/* An edit after a pause is checked at once; edits closer together than
 * CHECK_DELAY_MS (typing a name) wait until the design has rested that
 * long, so a name is one check, not one a letter. The first edit writes a
 * draft at once (a crash a second later loses nothing); edits after it are
 * written at most every DRAFT_DELAY_S. */
#define CHECK_DELAY_MS 100
#define DRAFT_DELAY_S  5

/* One open design: its lists, the form of what is being edited, its
 * findings kept current as it changes, and its scheme's charts. */
struct _XcDesignPage
{
  GtkWidget         parent_instance;

  AdwToastOverlay  *toast_overlay;
  GtkRevealer      *notice_revealer;
  GtkLabel         *notice_label;
  GtkStack         *view_stack;
  GtkStack         *lists_stack;
  XcRecordList     *units_list;
  XcRecordList     *institutions_list;
  XcRecordList     *people_list;
  GtkStack         *editor_stack;
  GtkBox           *form_holder;
  XcFindingsPane   *findings_pane;
  GtkStack         *charts_stack;
  GtkFlowBox       *charts_box;

  XcDocument       *document;
  XcPluginRegistry *registry;
  XcScheme         *scheme;        /* nullable: no plugin for the design's scheme */
  XcValidator      *validator;
  XcReport         *report;
  GCancellable     *check_cancellable;
  guint             check_source;
  gint64            last_edit_time; /* monotonic µs */
  guint             draft_source;  /* the draft is written when it fires */
  guint             draft_idle;    /* the first edit's draft, as soon as the edit is done */
  gboolean          draft_stale;   /* edited since the last draft */
  gboolean          draft_writing; /* a draft is being written in a worker */
  gboolean          checking;
  GtkWidget        *form;
  XcRecord         *form_record;
  GListStore       *charts;
  gboolean          charts_stale;
};

G_DEFINE_FINAL_TYPE (XcDesignPage, xc_design_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_REGISTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static XcProgramme *
get_programme (XcDesignPage *self)
{
  return xc_document_get_programme (self->document);
}

/* Column texts */

static const char *
unit_name (XcRecord *record,
           gpointer  user_data)
{
  return xc_unit_get_name (XC_UNIT (record));
}

static const char *
unit_type (XcRecord *record,
           gpointer  user_data)
{
  const char *variant = xc_unit_get_variant (XC_UNIT (record));

  return xc_vocabulary_get_label (variant != NULL ? variant : xc_unit_get_kind (XC_UNIT (record)));
}

static const char *
unit_host (XcRecord *record,
           gpointer  user_data)
{
  XcDesignPage *self = user_data;
  const char *id = xc_unit_get_host (XC_UNIT (record));
  XcInstitution *host = xc_programme_lookup_institution (get_programme (self), id);

  return host != NULL ? xc_institution_get_name (host) : id;
}

static const char *
unit_lead (XcRecord *record,
           gpointer  user_data)
{
  XcDesignPage *self = user_data;
  const char *id = xc_unit_get_lead (XC_UNIT (record));
  XcPerson *lead = xc_programme_lookup_person (get_programme (self), id);

  return lead != NULL ? xc_person_get_name (lead) : id;
}

static const char *
unit_specialty (XcRecord *record,
                gpointer  user_data)
{
  return xc_vocabulary_get_label (xc_unit_get_specialty (XC_UNIT (record)));
}

static const char *
institution_name (XcRecord *record,
                  gpointer  user_data)
{
  return xc_institution_get_name (XC_INSTITUTION (record));
}

static const char *
institution_kind (XcRecord *record,
                  gpointer  user_data)
{
  return xc_vocabulary_get_label (xc_institution_get_kind (XC_INSTITUTION (record)));
}

static const char *
institution_place (XcRecord *record,
                   gpointer  user_data)
{
  XcDesignPage *self = user_data;
  XcTown *town = xc_programme_lookup_town (get_programme (self),
                                           xc_institution_get_town (XC_INSTITUTION (record)));

  if (town != NULL)
    return xc_town_get_name (town);
  return xc_institution_get_county (XC_INSTITUTION (record));
}

static const char *
person_name (XcRecord *record,
             gpointer  user_data)
{
  return xc_person_get_name (XC_PERSON (record));
}

static const char *
person_title (XcRecord *record,
              gpointer  user_data)
{
  return xc_vocabulary_get_label (xc_person_get_title (XC_PERSON (record)));
}

static const char *
person_institution (XcRecord *record,
                    gpointer  user_data)
{
  XcDesignPage *self = user_data;
  const char *id = xc_person_get_institution (XC_PERSON (record));
  XcInstitution *institution = xc_programme_lookup_institution (get_programme (self), id);

  return institution != NULL ? xc_institution_get_name (institution) : id;
}

/* Checking */

static void
set_checking (XcDesignPage *self,
              gboolean      checking)
{
  self->checking = checking;
  xc_findings_pane_set_checking (self->findings_pane, checking);
}

static void rebuild_charts (XcDesignPage *self);
static void diff_in_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable);
static void diffed_cb      (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data);

/* A report, and the findings listed when it came */
typedef struct
{
  XcReport  *report;
  GPtrArray *listed;
} Diff;

static void
diff_free (Diff *diff)
{
  g_object_unref (diff->report);
  g_ptr_array_unref (diff->listed);
  g_free (diff);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(XcDesignPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcReport) report = xc_validator_check_bytes_finish (XC_VALIDATOR (source), result,
                                                                &error);
  g_autoptr(GTask) task = NULL;
  Diff *diff;

  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Checking %s failed: %s", xc_document_get_title (self->document), error->message);
      return;
    }

  /* the findings are sorted and set against those listed in a worker too,
   * so the list changes only the rows that change */
  diff = g_new0 (Diff, 1);
  diff->report = g_steal_pointer (&report);
  diff->listed = xc_findings_pane_ref_listed (self->findings_pane);
  task = g_task_new (self, self->check_cancellable, diffed_cb, NULL);
  g_task_set_task_data (task, diff, (GDestroyNotify) diff_free);
  xc_task_run_in_thread (task, diff_in_thread, (GDestroyNotify) xc_findings_update_free);
}

static void
diff_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Diff *diff = task_data;

  g_task_return_pointer (task, xc_findings_update_new (diff->listed, diff->report),
                         (GDestroyNotify) xc_findings_update_free);
}

static void
diffed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  XcDesignPage *self = XC_DESIGN_PAGE (source);
  XcReport *report = ((Diff *) g_task_get_task_data (G_TASK (result)))->report;
  g_autoptr(XcFindingsUpdate) update = g_task_propagate_pointer (G_TASK (result), NULL);

  /* a newer check has started: this one is of no use */
  if (update == NULL || g_task_get_cancellable (G_TASK (result)) != self->check_cancellable)
    return;

  g_clear_object (&self->check_cancellable);
  /* the last report's findings, tens of thousands, are freed in a worker */
  if (self->report != NULL)
    xc_object_unref_in_worker (g_object_ref (self->report));
  g_set_object (&self->report, report);
  xc_findings_pane_apply_update (self->findings_pane, get_programme (self), report, update);
  set_checking (self, FALSE);

  self->charts_stale = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "charts") == 0)
    rebuild_charts (self);

  g_signal_emit (self, signals[CHECKED], 0);
}

/**
 * xc_design_page_check_now:
 *
 * Checks the design as it is now, in a worker thread, on its bytes so the
 * planner can go on editing: records nobody changed are copied as they
 * were read, so the snapshot costs little on the main thread. A check
 * still running is dropped.
 */
void
xc_design_page_check_now (XcDesignPage *self)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  set_checking (self, TRUE);
  xc_validator_check_programme_async (self->validator, get_programme (self),
                                      xc_document_get_title (self->document),
                                      self->check_cancellable, checked_cb, g_object_ref (self));
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  XcDesignPage *self = user_data;

  self->check_source = 0;
  xc_design_page_check_now (self);
  return G_SOURCE_REMOVE;
}

static gboolean write_draft (XcDesignPage *self);
static void write_draft_in_background (XcDesignPage *self);

static gboolean
draft_timeout_cb (gpointer user_data)
{
  XcDesignPage *self = user_data;

  self->draft_source = 0;
  if (self->draft_stale && xc_document_get_modified (self->document))
    write_draft_in_background (self);
  return G_SOURCE_REMOVE;
}

static gboolean
draft_idle_cb (gpointer user_data)
{
  XcDesignPage *self = user_data;

  self->draft_idle = 0;
  if (xc_document_get_modified (self->document))
    write_draft_in_background (self);
  /* Edits from now on wait for the timer, so typing is not a write a key. */
  self->draft_source = g_timeout_add_seconds (DRAFT_DELAY_S, draft_timeout_cb, self);
  return G_SOURCE_REMOVE;
}

static void
programme_changed_cb (XcDesignPage *self)
{
  gint64 now = g_get_monotonic_time ();
  gboolean typing = now - self->last_edit_time < CHECK_DELAY_MS * 1000;

  self->last_edit_time = now;
  set_checking (self, TRUE);
  g_clear_handle_id (&self->check_source, g_source_remove);
  /* an idle, not now: the model is inside its signal, maybe mid-edit */
  if (typing)
    self->check_source = g_timeout_add (CHECK_DELAY_MS, check_timeout_cb, self);
  else
    self->check_source = g_idle_add (check_timeout_cb, self);

  self->draft_stale = TRUE;
  /* Written once the edit is done (an idle, not inside the model's signal). */
  if (self->draft_source == 0 && self->draft_idle == 0)
    self->draft_idle = g_idle_add (draft_idle_cb, self);
}

static void
draft_written_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(XcDesignPage) self = user_data;
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!xc_document_write_draft_finish (XC_DOCUMENT (source), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Unsaved changes could not be kept as a draft: %s"),
                                               error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
}

/* The design is taken now; the disk is written in a worker. One write at
 * a time: edits made meanwhile wait for the next timer. */
static void
write_draft_in_background (XcDesignPage *self)
{
  if (self->draft_writing)
    {
      self->draft_stale = TRUE;
      if (self->draft_source == 0)
        self->draft_source = g_timeout_add_seconds (DRAFT_DELAY_S, draft_timeout_cb, self);
      return;
    }
  self->draft_stale = FALSE;
  self->draft_writing = TRUE;
  xc_document_write_draft_async (self->document, NULL, draft_written_cb, g_object_ref (self));
}

static gboolean
write_draft (XcDesignPage *self)
{
  g_autoptr(GError) error = NULL;

  self->draft_stale = FALSE;
  if (!xc_document_write_draft (self->document, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Unsaved changes could not be kept as a draft: %s"),
                                               error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
      return FALSE;
    }
  return TRUE;
}

/**
 * xc_design_page_write_draft:
 *
 * Keeps the design's unsaved state where the next start finds it after a
 * crash.
 *
 * Returns: whether the draft was written
 */
gboolean
xc_design_page_write_draft (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), FALSE);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_handle_id (&self->draft_idle, g_source_remove);
  return write_draft (self);
}

/**
 * xc_design_page_flush_draft:
 *
 * Writes the draft now if the design changed since the last one: before
 * the program ends without asking (the session ends).
 */
void
xc_design_page_flush_draft (XcDesignPage *self)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));

  if (self->draft_stale && xc_document_get_modified (self->document))
    xc_design_page_write_draft (self);
}

/* The editor */

/* A plugin hands over a new widget, floating or not: own exactly one ref. */
static GtkWidget *
take_widget (GObject *object)
{
  if (object == NULL)
    return NULL;
  if (!GTK_IS_WIDGET (object))
    {
      g_warning ("A scheme's form is a %s, not a GtkWidget: the generic form is used",
                 G_OBJECT_TYPE_NAME (object));
      g_object_unref (object);
      return NULL;
    }
  if (g_object_is_floating (object))
    g_object_ref_sink (object);
  return GTK_WIDGET (object);
}

static GtkWidget *
create_form (XcDesignPage *self,
             XcRecord     *record)
{
  GtkWidget *form = NULL;

  if (self->scheme != NULL && XC_IS_UNIT (record))
    form = take_widget (xc_scheme_create_unit_form (self->scheme, get_programme (self),
                                                    XC_UNIT (record)));
  else if (self->scheme != NULL && XC_IS_PROGRAMME (record))
    form = take_widget (xc_scheme_create_form (self->scheme, get_programme (self)));

  if (form == NULL)
    form = g_object_ref_sink (xc_record_form_new_in_programme (record, get_programme (self)));
  return form;
}

/**
 * xc_design_page_edit_record:
 * @record: (nullable): a unit, institution or person of the design, or the
 *   programme itself; %NULL to edit nothing
 *
 * Shows the form for @record: the scheme's own for units and the programme,
 * the generic one otherwise.
 */
void
xc_design_page_edit_record (XcDesignPage *self,
                            XcRecord     *record)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));
  g_return_if_fail (record == NULL || XC_IS_RECORD (record));

  if (record == self->form_record && record != NULL)
    return;

  if (self->form != NULL)
    {
      gtk_box_remove (self->form_holder, self->form);
      g_clear_object (&self->form);
    }
  g_set_object (&self->form_record, record);
  /* back in a field after another record: a step of its own */
  xc_document_break_merge (self->document);

  if (record == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "empty");
      return;
    }

  self->form = create_form (self, record);
  gtk_widget_set_vexpand (self->form, TRUE);
  gtk_box_append (self->form_holder, self->form);
  gtk_stack_set_visible_child_name (self->editor_stack, "form");
}

static XcRecordList *
get_visible_list (XcDesignPage *self)
{
  return XC_RECORD_LIST (gtk_stack_get_visible_child (self->lists_stack));
}

static void
selection_changed_cb (XcDesignPage *self,
                      XcRecordList *list)
{
  XcRecord *record = xc_record_list_get_selected (list);

  if (record != NULL && list == get_visible_list (self))
    xc_design_page_edit_record (self, record);
}

static void
list_changed_cb (XcDesignPage *self)
{
  XcRecord *record;

  if (self->document == NULL)
    return;
  record = xc_record_list_get_selected (get_visible_list (self));
  if (record != NULL)
    xc_design_page_edit_record (self, record);
}

static void
programme_clicked_cb (XcDesignPage *self)
{
  xc_design_page_edit_record (self, XC_RECORD (get_programme (self)));
}

/* Adding, duplicating, removing */

static GListStore *
get_store_for_list (XcDesignPage *self,
                    XcRecordList *list)
{
  XcProgramme *programme = get_programme (self);

  if (list == self->units_list)
    return G_LIST_STORE (xc_programme_get_units (programme));
  if (list == self->institutions_list)
    return G_LIST_STORE (xc_programme_get_institutions (programme));
  return G_LIST_STORE (xc_programme_get_people (programme));
}

/* Copies a member from the first record of the list, so a new unit of a
 * studio scheme is a studio. */
static void
copy_from_first (GListModel *list,
                 XcRecord   *record,
                 const char *property)
{
  g_autoptr(XcRecord) first = g_list_model_get_item (list, 0);
  g_autofree char *value = NULL;

  if (first == NULL)
    return;
  g_object_get (first, property, &value, NULL);
  if (value != NULL)
    g_object_set (record, property, value, NULL);
}

static void
add_record_cb (XcDesignPage *self,
               XcRecordList *list)
{
  GListStore *store = get_store_for_list (self, list);
  g_autoptr(XcRecord) record = NULL;
  g_autofree char *id = NULL;
  const char *name;

  if (list == self->units_list)
    {
      record = XC_RECORD (xc_unit_new ());
      id = xc_programme_make_unique_id (get_programme (self), "u");
      name = _("New unit");
      copy_from_first (G_LIST_MODEL (store), record, "kind");
      copy_from_first (G_LIST_MODEL (store), record, "variant");
    }
  else if (list == self->institutions_list)
    {
      record = XC_RECORD (xc_institution_new ());
      id = xc_programme_make_unique_id (get_programme (self), "inst");
      name = _("New institution");
      copy_from_first (G_LIST_MODEL (store), record, "kind");
    }
  else
    {
      record = XC_RECORD (xc_person_new ());
      id = xc_programme_make_unique_id (get_programme (self), "p");
      name = _("New person");
    }

  g_object_set (record, "id", id, "name", name, NULL);
  g_list_store_append (store, record);
  xc_record_list_select (list, record);
  xc_design_page_edit_record (self, record);
}

static void
duplicate_record_cb (XcDesignPage *self,
                     XcRecord     *record,
                     XcRecordList *list)
{
  GListStore *store = get_store_for_list (self, list);
  g_autoptr(XcRecord) copy = xc_record_duplicate (record);
  const char *prefix = list == self->units_list ? "u" : list == self->institutions_list ? "inst" : "p";
  g_autofree char *id = xc_programme_make_unique_id (get_programme (self), prefix);
  g_autofree char *old_name = NULL;
  g_autofree char *name = NULL;
  guint position;

  g_object_get (record, "name", &old_name, NULL);
  /* TRANSLATORS: the name of a duplicated unit, institution or person */
  name = g_strdup_printf (_("%s (copy)"), old_name != NULL ? old_name : "");
  g_object_set (copy, "id", id, "name", name, NULL);

  if (!g_list_store_find (store, record, &position))
    position = g_list_model_get_n_items (G_LIST_MODEL (store)) - 1;
  g_list_store_insert (store, position + 1, copy);
  xc_record_list_select (list, copy);
  xc_design_page_edit_record (self, copy);
}

typedef struct
{
  XcDesignPage *page;        /* weak: the toast lives in the page */
  GListStore   *store;
  XcRecord     *record;
  guint         position;
  guint         undo_depth;  /* of the history once the record was removed */
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  if (removal->page != NULL)
    g_object_remove_weak_pointer (G_OBJECT (removal->page), (gpointer *) &removal->page);
  g_object_unref (removal->store);
  g_object_unref (removal->record);
  g_free (removal);
}

/* The toast's Undo is the history's while the removal is its latest step;
 * after other edits it puts the record back as an edit of its own. */
static void
undo_remove_cb (AdwToast *toast,
                Removal  *removal)
{
  XcDocument *document = removal->page != NULL ? removal->page->document : NULL;
  guint n_items;

  if (document == NULL || g_list_store_find (removal->store, removal->record, NULL))
    return;
  if (xc_document_get_undo_depth (document) == removal->undo_depth)
    {
      xc_design_page_undo (removal->page);
      return;
    }
  n_items = g_list_model_get_n_items (G_LIST_MODEL (removal->store));
  g_list_store_insert (removal->store, MIN (removal->position, n_items), removal->record);
}

static void
remove_record_cb (XcDesignPage *self,
                  XcRecord     *record,
                  XcRecordList *list)
{
  GListStore *store = get_store_for_list (self, list);
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  Removal *removal;
  AdwToast *toast;
  guint position;

  if (!g_list_store_find (store, record, &position))
    return;

  removal = g_new0 (Removal, 1);
  removal->page = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &removal->page);
  removal->store = g_object_ref (store);
  removal->record = g_object_ref (record);
  removal->position = position;

  if (record == self->form_record)
    xc_design_page_edit_record (self, NULL);
  g_list_store_remove (store, position);
  removal->undo_depth = xc_document_get_undo_depth (self->document);

  g_object_get (record, "name", &name, NULL);
  /* TRANSLATORS: a toast after removing a unit, institution or person */
  title = g_strdup_printf (_("“%s” removed"), name != NULL ? name : xc_record_get_id (record));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removal,
                         (GClosureNotify) (void (*) (void)) removal_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Findings */

/**
 * xc_design_page_show_finding:
 *
 * Selects the unit a finding is about and focuses the field at fault, or
 * the programme's field for a finding about the design as a whole.
 *
 * Returns: whether a field was focused
 */
gboolean
xc_design_page_show_finding (XcDesignPage *self,
                             XcFinding    *finding)
{
  XcProgramme *programme;
  XcRecord *record = NULL;
  const char *path;

  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), FALSE);
  g_return_val_if_fail (XC_IS_FINDING (finding), FALSE);

  programme = get_programme (self);
  path = xc_finding_get_path (finding);
  gtk_stack_set_visible_child_name (self->view_stack, "design");

  record = XC_RECORD (xc_programme_lookup_unit (programme, xc_finding_get_unit_id (finding)));
  if (record != NULL)
    {
      gtk_stack_set_visible_child_name (self->lists_stack, "units");
      xc_record_list_select (self->units_list, record);
    }
  /* A path from the design ("people[3].institution") is the design's form's;
   * one within the record ("title", XC-07) is the record's. */
  else if ((record = XC_RECORD (xc_programme_lookup_person (programme,
                                                            xc_finding_get_subject_id (finding)))) != NULL
           && (path == NULL || strchr (path, '[') == NULL))
    {
      gtk_stack_set_visible_child_name (self->lists_stack, "people");
      xc_record_list_select (self->people_list, record);
    }
  else if ((record = XC_RECORD (xc_programme_lookup_institution (programme,
                                                                 xc_finding_get_subject_id (finding)))) != NULL
           && (path == NULL || strchr (path, '[') == NULL))
    {
      gtk_stack_set_visible_child_name (self->lists_stack, "institutions");
      xc_record_list_select (self->institutions_list, record);
    }
  else
    record = XC_RECORD (programme);

  xc_design_page_edit_record (self, record);
  if (path == NULL || self->form == NULL)
    return FALSE;
  return xc_form_focus_path (self->form, record, path);
}

static void
finding_activated_cb (XcDesignPage *self,
                      XcFinding    *finding)
{
  if (!xc_design_page_show_finding (self, finding) && xc_finding_get_path (finding) != NULL)
    {
      /* TRANSLATORS: the form has no field for a member path a rule read */
      g_autofree char *text = g_strdup_printf (_("The form has no field for “%s”"),
                                               xc_finding_get_path (finding));

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
}

/**
 * xc_design_page_accept_findings:
 * @findings: (element-type XcFinding): open findings of the design
 * @reason: why the planner accepts the design departing from the rules
 *
 * Records a deviation per finding, all with the one reason; the findings
 * stay listed as accepted. Findings about the program's own state (see
 * xc_findings_pane_can_accept()) are left open.
 *
 * Returns: how many were accepted
 */
guint
xc_design_page_accept_findings (XcDesignPage *self,
                                GPtrArray    *findings,
                                const char   *reason)
{
  guint n_accepted = 0;
  g_autofree char *text = NULL;

  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), 0);
  g_return_val_if_fail (findings != NULL, 0);
  g_return_val_if_fail (reason != NULL && reason[0] != '\0', 0);

  /* one reason, one step to undo */
  xc_document_begin_group (self->document);
  for (guint i = 0; i < findings->len; i++)
    {
      XcFinding *finding = g_ptr_array_index (findings, i);

      if (xc_finding_is_accepted (finding) || !xc_findings_pane_can_accept (finding))
        continue;
      xc_programme_accept_finding (get_programme (self), finding, reason);
      n_accepted++;
    }
  xc_document_end_group (self->document);
  if (n_accepted == 1)
    text = g_strdup (_("Deviation accepted and kept in the design"));
  else if (n_accepted > 1)
    /* TRANSLATORS: a toast after accepting several findings at once */
    text = g_strdup_printf (ngettext ("%u deviation accepted and kept in the design",
                                      "%u deviations accepted and kept in the design", n_accepted),
                            n_accepted);
  if (text != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
  return n_accepted;
}

/**
 * xc_design_page_accept_finding:
 * @reason: why the planner accepts the design departing from the rule
 *
 * Records a deviation in the design; the finding stays listed as accepted.
 */
void
xc_design_page_accept_finding (XcDesignPage *self,
                               XcFinding    *finding,
                               const char   *reason)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new ();

  g_return_if_fail (XC_IS_DESIGN_PAGE (self));
  g_return_if_fail (XC_IS_FINDING (finding));
  g_return_if_fail (reason != NULL && reason[0] != '\0');

  g_ptr_array_add (findings, finding);
  xc_design_page_accept_findings (self, findings, reason);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", reason[0] != '\0');
}

static void
accept_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    XcDesignPage     *self)
{
  GPtrArray *findings = g_object_get_data (G_OBJECT (dialog), "findings");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "accept") == 0 && reason[0] != '\0')
    xc_design_page_accept_findings (self, findings, reason);
}

/* One reason for one finding or several selected together. */
static void
ask_reason (XcDesignPage *self,
            GPtrArray    *findings)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  XcFinding *first = g_ptr_array_index (findings, 0);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (findings->len == 1)
    {
      /* TRANSLATORS: the heading of the dialog accepting a finding; %s is a rule id */
      heading = g_strdup_printf (_("Accept %s as a Deviation?"), xc_finding_get_rule_id (first));
      body = g_strdup (xc_finding_get_message (first));
    }
  else
    {
      /* TRANSLATORS: the heading of the dialog accepting several findings at once */
      heading = g_strdup_printf (ngettext ("Accept %u Finding as Deviations?",
                                           "Accept %u Findings as Deviations?", findings->len),
                                 findings->len);
      body = g_strdup (_("Each is kept in the design as a deviation with the one reason given here."));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, body);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, e.g. approved by the health commission"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", _("_Accept"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "findings", g_ptr_array_ref (findings),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
accept_finding_cb (XcDesignPage *self,
                   XcFinding    *finding)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (findings, g_object_ref (finding));
  ask_reason (self, findings);
}

static void
accept_findings_cb (XcDesignPage *self,
                    GPtrArray    *findings)
{
  if (findings->len > 0)
    ask_reason (self, findings);
}

static void
withdraw_finding_cb (XcDesignPage *self,
                     XcFinding    *finding)
{
  XcDeviation *deviation = xc_finding_get_deviation (finding);

  if (deviation != NULL && xc_programme_withdraw_deviation (get_programme (self), deviation))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Deviation withdrawn: the finding is open again")));
}

/* Charts */

static void
chart_export_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          XcDesignPage    *self)
{
  XcChart *chart = g_object_get_data (G_OBJECT (dialog), "chart");
  const char *format = g_object_get_data (G_OBJECT (dialog), "format");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      /* Print size: wide enough that labels read well in a report */
      gboolean done = g_str_equal (format, "svg")
                      ? xc_chart_export_svg (chart, file, 1200, 750, &error)
                      : xc_chart_export_png (chart, file, 1200, 750, &error);

      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (done ? _("Chart exported") : error->message));
    }
  g_object_unref (dialog);
}

static void
export_chart (XcDesignPage *self,
              XcChart      *chart,
              const char   *format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *dialog;
  g_autofree char *name = g_strdup_printf ("%s.%s", xc_chart_get_title (chart) != NULL
                                                    ? xc_chart_get_title (chart) : "chart", format);

  g_strdelimit (name, "/\\:", '-');
  dialog = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (root),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data_full (G_OBJECT (dialog), "chart", g_object_ref (chart), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "format", g_strdup (format), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (chart_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_png_clicked_cb (GtkButton    *button,
                       XcDesignPage *self)
{
  export_chart (self, g_object_get_data (G_OBJECT (button), "chart"), "png");
}

static void
export_svg_clicked_cb (GtkButton    *button,
                       XcDesignPage *self)
{
  export_chart (self, g_object_get_data (G_OBJECT (button), "chart"), "svg");
}

static GtkWidget *
new_chart_card (XcDesignPage *self,
                GtkWidget    *chart)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_size_request (chart, 420, 300);
  gtk_widget_set_margin_start (chart, 12);
  gtk_widget_set_margin_end (chart, 12);
  gtk_widget_set_margin_top (chart, 12);
  gtk_box_append (GTK_BOX (card), chart);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_end (buttons, 12);
  gtk_widget_set_margin_bottom (buttons, 12);
  if (XC_IS_CHART (chart))
    {
      GtkWidget *png = gtk_button_new_with_mnemonic (_("Export _PNG…"));
      GtkWidget *svg = gtk_button_new_with_mnemonic (_("Export _SVG…"));

      g_object_set_data (G_OBJECT (png), "chart", chart);
      g_object_set_data (G_OBJECT (svg), "chart", chart);
      g_signal_connect (png, "clicked", G_CALLBACK (export_png_clicked_cb), self);
      g_signal_connect (svg, "clicked", G_CALLBACK (export_svg_clicked_cb), self);
      gtk_widget_add_css_class (png, "flat");
      gtk_widget_add_css_class (svg, "flat");
      gtk_box_append (GTK_BOX (buttons), png);
      gtk_box_append (GTK_BOX (buttons), svg);
    }
  gtk_box_append (GTK_BOX (card), buttons);
  return card;
}

/* Charts read the design when they are made: made again after each check
 * while they are shown, and when they are next shown otherwise. */
static void
rebuild_charts (XcDesignPage *self)
{
  g_autoptr(GListModel) charts = NULL;
  GtkWidget *child;

  self->charts_stale = FALSE;
  g_list_store_remove_all (self->charts);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_flow_box_remove (self->charts_box, child);

  /* from the plain records the last check read, where the scheme can */
  if (self->scheme != NULL)
    charts = xc_scheme_create_charts_for (self->scheme, get_programme (self),
                                          self->report != NULL
                                          ? xc_report_get_design (self->report) : NULL);

  for (guint i = 0; charts != NULL && i < g_list_model_get_n_items (charts); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (charts, i);

      if (!GTK_IS_WIDGET (item))
        continue;
      g_list_store_append (self->charts, item);
      gtk_flow_box_append (self->charts_box, new_chart_card (self, GTK_WIDGET (item)));
    }
  gtk_stack_set_visible_child_name (self->charts_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->charts)) > 0
                                    ? "charts" : "empty");
}

static void
view_changed_cb (XcDesignPage *self)
{
  if (self->document != NULL && self->charts_stale
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "charts") == 0)
    rebuild_charts (self);
}

/* Setup */

static void
setup_lists (XcDesignPage *self)
{
  XcProgramme *programme = get_programme (self);

  xc_record_list_add_column (self->units_list, _("Unit"), unit_name, self, 200);
  xc_record_list_add_column (self->units_list, _("Type"), unit_type, self, 110);
  xc_record_list_add_column (self->units_list, _("Host"), unit_host, self, 170);
  xc_record_list_add_column (self->units_list, _("Lead"), unit_lead, self, 90);
  xc_record_list_add_column (self->units_list, _("Specialty"), unit_specialty, self, -1);
  xc_record_list_set_noun (self->units_list, _("Search units"), _("Add a unit"));
  xc_record_list_set_model (self->units_list, xc_programme_get_units (programme));

  xc_record_list_add_column (self->institutions_list, _("Institution"), institution_name, self, 220);
  xc_record_list_add_column (self->institutions_list, _("Kind"), institution_kind, self, 150);
  xc_record_list_add_column (self->institutions_list, _("Town or county"), institution_place, self, -1);
  xc_record_list_set_noun (self->institutions_list, _("Search institutions"), _("Add an institution"));
  xc_record_list_set_model (self->institutions_list, xc_programme_get_institutions (programme));

  xc_record_list_add_column (self->people_list, C_("person", "Name"), person_name, self, 120);
  xc_record_list_add_column (self->people_list, _("Title"), person_title, self, 120);
  xc_record_list_add_column (self->people_list, _("Institution"), person_institution, self, -1);
  xc_record_list_set_noun (self->people_list, _("Search people"), _("Add a person"));
  xc_record_list_set_model (self->people_list, xc_programme_get_people (programme));
}

/* The scheme's plugin, if one is on: the notice says why there is none. */
static void
update_scheme (XcDesignPage *self)
{
  const char *scheme_id = xc_programme_get_scheme (get_programme (self));
  XcPluginInfo *provider;
  g_autofree char *notice = NULL;

  g_set_object (&self->scheme, xc_plugin_registry_lookup_scheme (self->registry, scheme_id));
  if (self->scheme == NULL
      && (provider = xc_plugin_registry_lookup_disabled_provider (self->registry, scheme_id)) != NULL)
    notice = g_strdup_printf (_("The plugin “%s” of this design's scheme is disabled: only the "
                                "common rules are checked, and the forms are generic. Enable it "
                                "in Preferences."), xc_plugin_info_get_name (provider));
  else if (self->scheme == NULL)
    notice = g_strdup_printf (_("No installed plugin knows the scheme “%s”: only "
                                "the common rules are checked, and the forms "
                                "are generic."), scheme_id);
  if (notice != NULL)
    gtk_label_set_text (self->notice_label, notice);
  gtk_revealer_set_reveal_child (self->notice_revealer, notice != NULL);
}

/* A plugin turned on or off while the design is open: its forms, charts
 * and rules follow at once. */
static void
schemes_changed_cb (XcDesignPage *self)
{
  XcScheme *before = self->scheme;
  XcRecord *record;

  if (xc_plugin_registry_lookup_scheme (self->registry,
                                        xc_programme_get_scheme (get_programme (self))) == before)
    return;
  update_scheme (self);
  record = self->form_record != NULL ? g_object_ref (self->form_record) : NULL;
  xc_design_page_edit_record (self, NULL);
  xc_design_page_edit_record (self, record);
  g_clear_object (&record);
  self->charts_stale = TRUE;
  view_changed_cb (self);
  xc_design_page_check_now (self);
}

static void
xc_design_page_constructed (GObject *object)
{
  XcDesignPage *self = XC_DESIGN_PAGE (object);
  XcProgramme *programme = get_programme (self);

  G_OBJECT_CLASS (xc_design_page_parent_class)->constructed (object);

  update_scheme (self);
  g_signal_connect_object (xc_plugin_registry_get_schemes (self->registry), "items-changed",
                           G_CALLBACK (schemes_changed_cb), self, G_CONNECT_SWAPPED);
  self->validator = xc_validator_new (self->registry);

  setup_lists (self);
  xc_findings_pane_set_report (self->findings_pane, programme, NULL);
  g_signal_connect_object (programme, "changed", G_CALLBACK (programme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->charts_stale = TRUE;
  xc_design_page_check_now (self);
}

static void
xc_design_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  XcDesignPage *self = XC_DESIGN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_design_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  XcDesignPage *self = XC_DESIGN_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_design_page_dispose (GObject *object)
{
  XcDesignPage *self = XC_DESIGN_PAGE (object);

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_handle_id (&self->draft_idle, g_source_remove);
  g_clear_object (&self->form);
  g_clear_object (&self->form_record);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_DESIGN_PAGE);
  /* The template's top box is our own child: a plain widget unparents it. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->charts);
  /* a national design's findings are freed in a worker */
  if (self->report != NULL)
    xc_object_unref_in_worker (g_steal_pointer (&self->report));
  g_clear_object (&self->validator);
  g_clear_object (&self->scheme);
  g_clear_object (&self->registry);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (xc_design_page_parent_class)->dispose (object);
}

static void
xc_design_page_class_init (XcDesignPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = xc_design_page_constructed;
  object_class->get_property = xc_design_page_get_property;
  object_class->set_property = xc_design_page_set_property;
  object_class->dispose = xc_design_page_dispose;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, XC_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, XC_TYPE_PLUGIN_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * XcDesignPage::checked:
   *
   * The design's findings are current: emitted after each check.
   */
  signals[CHECKED] =
    g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (XC_TYPE_RECORD_LIST);
  g_type_ensure (XC_TYPE_FINDINGS_PANE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/xc-design-page.ui");
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, lists_stack);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, units_list);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, institutions_list);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, form_holder);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, findings_pane);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, charts_stack);
  gtk_widget_class_bind_template_child (widget_class, XcDesignPage, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, programme_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_record_cb);
  gtk_widget_class_bind_template_callback (widget_class, duplicate_record_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_record_cb);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_finding_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_findings_cb);
  gtk_widget_class_bind_template_callback (widget_class, withdraw_finding_cb);
}

static void
xc_design_page_init (XcDesignPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->charts = g_list_store_new (GTK_TYPE_WIDGET);
}

XcDesignPage *
xc_design_page_new (XcDocument       *document,
                    XcPluginRegistry *registry)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (registry), NULL);

  return g_object_new (XC_TYPE_DESIGN_PAGE, "document", document, "registry", registry, NULL);
}

/**
 * xc_design_page_get_document:
 *
 * Returns: (transfer none): the design shown
 */
XcDocument *
xc_design_page_get_document (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return self->document;
}

/**
 * xc_design_page_get_scheme:
 *
 * Returns: (transfer none) (nullable): the design's scheme; %NULL when no
 *   plugin knows it
 */
XcScheme *
xc_design_page_get_scheme (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return self->scheme;
}

/**
 * xc_design_page_get_report:
 *
 * Returns: (transfer none) (nullable): the latest findings; %NULL before
 *   the first check ends
 */
XcReport *
xc_design_page_get_report (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return self->report;
}

/**
 * xc_design_page_get_checking:
 *
 * Returns: whether an edit is waiting to be checked or a check is running
 */
gboolean
xc_design_page_get_checking (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), FALSE);

  return self->checking;
}

/**
 * xc_design_page_get_form:
 *
 * Returns: (transfer none) (nullable): the form shown in the editor
 */
GtkWidget *
xc_design_page_get_form (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return self->form;
}

/**
 * xc_design_page_get_form_record:
 *
 * Returns: (transfer none) (nullable): the record the form edits
 */
XcRecord *
xc_design_page_get_form_record (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return self->form_record;
}

/**
 * xc_design_page_show_view:
 * @view: "design" or "charts"
 */
void
xc_design_page_show_view (XcDesignPage *self,
                          const char   *view)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, view);
}

/**
 * xc_design_page_get_charts:
 *
 * Returns: (transfer none): the scheme's chart widgets shown in the charts
 *   view
 */
GListModel *
xc_design_page_get_charts (XcDesignPage *self)
{
  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), NULL);

  return G_LIST_MODEL (self->charts);
}

/* After undo or redo: a form whose record left the design goes too. */
static void
drop_stale_form (XcDesignPage *self)
{
  XcProgramme *programme = get_programme (self);
  XcRecord *record = self->form_record;
  GListModel *lists[] = { xc_programme_get_units (programme),
                          xc_programme_get_institutions (programme),
                          xc_programme_get_people (programme) };

  if (record == NULL || record == XC_RECORD (programme))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_list_store_find (G_LIST_STORE (lists[i]), record, NULL))
      return;
  xc_design_page_edit_record (self, NULL);
}

/**
 * xc_design_page_undo:
 *
 * Undoes the design's latest step (Ctrl+Z).
 *
 * Returns: whether there was one
 */
gboolean
xc_design_page_undo (XcDesignPage *self)
{
  gboolean done;

  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), FALSE);

  done = xc_document_undo (self->document);
  drop_stale_form (self);
  return done;
}

/**
 * xc_design_page_redo:
 *
 * Does again the step last undone (Ctrl+Shift+Z).
 *
 * Returns: whether there was one
 */
gboolean
xc_design_page_redo (XcDesignPage *self)
{
  gboolean done;

  g_return_val_if_fail (XC_IS_DESIGN_PAGE (self), FALSE);

  done = xc_document_redo (self->document);
  drop_stale_form (self);
  return done;
}

/**
 * xc_design_page_focus_search:
 *
 * Shows the design's lists and puts the keyboard in the search of the
 * list shown (Ctrl+F).
 */
void
xc_design_page_focus_search (XcDesignPage *self)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "design");
  xc_record_list_focus_search (get_visible_list (self));
}

void
xc_design_page_add_toast (XcDesignPage *self,
                          AdwToast     *toast)
{
  g_return_if_fail (XC_IS_DESIGN_PAGE (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
