/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-document"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "xc-document.h"
#include "xc-record-private.h"
#include "xc-worker.h"

#define DRAFT_SUFFIX ".xcprog"
#define DRAFT_INFO_SUFFIX ".ini"
#define BROKEN_SUFFIX ".broken"
#define DRAFT_GROUP "Draft"

/**
 * XcDocument:
 *
 * One open design: its programme, the file it came from (none for a new
 * design), whether it has changed since it was read or saved, and its
 * draft, the copy autosave writes so a crash loses nothing.
 */
struct _XcDocument
{
  GObject      parent_instance;

  XcProgramme *programme;
  GFile       *file;
  char        *title;
  gboolean     modified;
  /* bumped on every change, so a save that finishes knows whether the
   * design changed while it was being written */
  guint64      generation;
  /* the name of the draft files, random, kept for the document's life */
  char        *draft_id;

  /* Undo history: steps of changes, the latest last. */
  GPtrArray   *undo_steps;
  GPtrArray   *redo_steps;
  GPtrArray   *shadows;        /* per watched collection: its items as last seen */
  GPtrArray   *collections;    /* the programme's collections, watched */
  GPtrArray   *group;          /* the step being gathered, between begin and end */
  guint        group_depth;
  gboolean     replaying;      /* undoing or redoing: record nothing */
  gboolean     may_merge;      /* the latest step may take the next change of its member */
  /* The step on top of the undo history when the design was last read or
   * saved (NULL: none); undoing or redoing back to it is unmodified. Only
   * compared, never followed: saved_step_known is cleared when it goes. */
  gpointer     saved_step;
  gboolean     saved_step_known;
};

G_DEFINE_FINAL_TYPE (XcDocument, xc_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (XcDocument *self)
{
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      title = basename != NULL ? g_filename_display_name (basename) : g_file_get_uri (self->file);
    }
  else if (self->programme != NULL && xc_programme_get_title (self->programme) != NULL
           && xc_programme_get_title (self->programme)[0] != '\0')
    title = g_strdup (xc_programme_get_title (self->programme));
  else
    title = g_strdup (_("Untitled design"));

  if (g_strcmp0 (title, self->title) == 0)
    return;
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_file (XcDocument *self,
          GFile      *file)
{
  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  update_title (self);
}

static void
programme_changed_cb (XcDocument *self)
{
  self->generation++;
  xc_document_set_modified (self, TRUE);
}

static void
programme_title_cb (XcDocument *self)
{
  update_title (self);
}

/* History
 *
 * A change is a member of a record (its JSON before, or after, to swap
 * back in) or a splice of a collection (the items it removed and added).
 * Applying a change swaps it, so the same change serves undo and redo. */

typedef enum
{
  CHANGE_MEMBER,
  CHANGE_SPLICE,
} ChangeKind;

typedef struct
{
  ChangeKind  kind;
  XcRecord   *record;    /* CHANGE_MEMBER */
  char       *name;
  JsonNode   *value;     /* nullable: absent */
  GListStore *store;     /* CHANGE_SPLICE */
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
} Change;

static void
change_free (Change *change)
{
  g_clear_object (&change->record);
  g_free (change->name);
  g_clear_pointer (&change->value, json_node_unref);
  g_clear_object (&change->store);
  g_clear_pointer (&change->removed, g_ptr_array_unref);
  g_clear_pointer (&change->added, g_ptr_array_unref);
  g_free (change);
}

static GPtrArray *
step_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
}

static void
change_apply (Change *change)
{
  if (change->kind == CHANGE_MEMBER)
    {
      JsonNode *current = _xc_record_dup_member (change->record, change->name);

      _xc_record_restore_member (change->record, change->name, change->value);
      g_clear_pointer (&change->value, json_node_unref);
      change->value = current;
    }
  else
    {
      GPtrArray *swap;

      g_list_store_splice (change->store, change->position, change->added->len,
                           change->removed->pdata, change->removed->len);
      swap = change->removed;
      change->removed = change->added;
      change->added = swap;
    }
}

static void
notify_history (XcDocument *self,
                gboolean    could_undo,
                gboolean    could_redo)
{
  if (could_undo != xc_document_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != xc_document_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gpointer
top_step (XcDocument *self)
{
  return self->undo_steps->len > 0 ? g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1)
                                   : NULL;
}

static void
forget_redo (XcDocument *self)
{
  for (guint i = 0; i < self->redo_steps->len; i++)
    if (g_ptr_array_index (self->redo_steps, i) == self->saved_step)
      self->saved_step_known = FALSE;
  g_ptr_array_set_size (self->redo_steps, 0);
}

static void
record_change (XcDocument *self,
               Change     *change)
{
  gboolean could_undo = xc_document_can_undo (self);
  gboolean could_redo = xc_document_can_redo (self);

  forget_redo (self);
  if (self->group_depth > 0)
    {
      g_ptr_array_add (self->group, change);
      notify_history (self, could_undo, could_redo);
      return;
    }

  /* A typing burst is one step: the latest change of the same member,
   * with nothing between, takes the next (keeping the value before). */
  if (change->kind == CHANGE_MEMBER && self->may_merge && self->undo_steps->len > 0)
    {
      GPtrArray *last = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);
      Change *previous = last->len == 1 ? g_ptr_array_index (last, 0) : NULL;

      if (previous != NULL && previous->kind == CHANGE_MEMBER
          && previous->record == change->record && g_str_equal (previous->name, change->name))
        {
          change_free (change);
          notify_history (self, could_undo, could_redo);
          return;
        }
    }

  {
    GPtrArray *step = step_new ();

    g_ptr_array_add (step, change);
    g_ptr_array_add (self->undo_steps, step);
  }
  self->may_merge = change->kind == CHANGE_MEMBER;
  notify_history (self, could_undo, could_redo);
}

static void
member_changed_cb (XcProgramme *programme,
                   XcRecord    *record,
                   const char  *name,
                   JsonNode    *old_value,
                   XcDocument  *self)
{
  Change *change;

  if (self->replaying)
    return;
  change = g_new0 (Change, 1);
  change->kind = CHANGE_MEMBER;
  change->record = g_object_ref (record);
  change->name = g_strdup (name);
  change->value = old_value != NULL ? _xc_json_node_deep_copy (old_value) : NULL;
  record_change (self, change);
}

static GPtrArray *
items_of (GListModel *list,
          guint       position,
          guint       n_items)
{
  GPtrArray *items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = position; i < position + n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  return items;
}

/* Collections report what they added, not what they removed: each is
 * mirrored so the removed items are known. */
static void
collection_changed_cb (GListModel *list,
                       guint       position,
                       guint       removed,
                       guint       added,
                       XcDocument *self)
{
  guint index = 0;
  GPtrArray *shadow;
  g_autoptr(GPtrArray) removed_items = NULL;
  g_autoptr(GPtrArray) added_items = items_of (list, position, added);

  g_ptr_array_find (self->collections, list, &index);
  shadow = g_ptr_array_index (self->shadows, index);
  removed_items = g_ptr_array_new_full (removed, g_object_unref);
  for (guint i = position; i < position + removed && i < shadow->len; i++)
    g_ptr_array_add (removed_items, g_object_ref (g_ptr_array_index (shadow, i)));
  g_ptr_array_remove_range (shadow, position, MIN (removed, shadow->len - MIN (position, shadow->len)));
  for (guint i = 0; i < added_items->len; i++)
    g_ptr_array_insert (shadow, position + i, g_object_ref (g_ptr_array_index (added_items, i)));

  if (!self->replaying && (removed > 0 || added > 0))
    {
      Change *change = g_new0 (Change, 1);

      change->kind = CHANGE_SPLICE;
      change->store = G_LIST_STORE (g_object_ref (list));
      change->position = position;
      change->removed = g_steal_pointer (&removed_items);
      change->added = g_steal_pointer (&added_items);
      record_change (self, change);
    }
}

/* A collection the document does not mirror (a unit's team): told with
 * its removed items by xc_record_splice_list(). */
static void
list_spliced_cb (XcProgramme *programme,
                 GListStore  *store,
                 guint        position,
                 GPtrArray   *removed,
                 GPtrArray   *added,
                 XcDocument  *self)
{
  Change *change;

  if (self->replaying || g_ptr_array_find (self->collections, store, NULL))
    return;
  change = g_new0 (Change, 1);
  change->kind = CHANGE_SPLICE;
  change->store = g_object_ref (store);
  change->position = position;
  change->removed = g_ptr_array_copy (removed, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_set_free_func (change->removed, g_object_unref);
  change->added = g_ptr_array_copy (added, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_set_free_func (change->added, g_object_unref);
  record_change (self, change);
}

static void
watch_history (XcDocument *self)
{
  GListModel *collections[] = {
    xc_programme_get_towns (self->programme),
    xc_programme_get_institutions (self->programme),
    xc_programme_get_people (self->programme),
    xc_programme_get_units (self->programme),
    xc_programme_get_needs (self->programme),
    xc_programme_get_deviations (self->programme),
  };

  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->shadows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->collections = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    {
      if (!G_IS_LIST_STORE (collections[i]))
        continue;
      g_ptr_array_add (self->collections, g_object_ref (collections[i]));
      g_ptr_array_add (self->shadows,
                       items_of (collections[i], 0, g_list_model_get_n_items (collections[i])));
      g_signal_connect_object (collections[i], "items-changed", G_CALLBACK (collection_changed_cb),
                               self, 0);
    }
  g_signal_connect_object (self->programme, "member-changed", G_CALLBACK (member_changed_cb),
                           self, 0);
  g_signal_connect_object (self->programme, "list-spliced", G_CALLBACK (list_spliced_cb),
                           self, 0);
  self->saved_step = NULL;
  self->saved_step_known = TRUE;
}

/**
 * xc_document_can_undo:
 *
 * Returns: whether there is an edit to undo
 */
gboolean
xc_document_can_undo (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);

  return self->undo_steps != NULL && self->undo_steps->len > 0;
}

/**
 * xc_document_can_redo:
 *
 * Returns: whether there is an undone edit to do again
 */
gboolean
xc_document_can_redo (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);

  return self->redo_steps != NULL && self->redo_steps->len > 0;
}

static gboolean
replay (XcDocument *self,
        GPtrArray  *from,
        GPtrArray  *to,
        gboolean    backwards)
{
  gboolean could_undo = xc_document_can_undo (self);
  gboolean could_redo = xc_document_can_redo (self);
  GPtrArray *step;

  if (from->len == 0 || self->group_depth > 0)
    return FALSE;
  step = g_ptr_array_steal_index (from, from->len - 1);
  self->replaying = TRUE;
  for (guint i = 0; i < step->len; i++)
    change_apply (g_ptr_array_index (step, backwards ? step->len - 1 - i : i));
  self->replaying = FALSE;
  g_ptr_array_add (to, step);
  self->may_merge = FALSE;
  /* back where it was saved: nothing to save */
  if (self->saved_step_known && top_step (self) == self->saved_step)
    xc_document_set_modified (self, FALSE);
  notify_history (self, could_undo, could_redo);
  return TRUE;
}

/**
 * xc_document_undo:
 *
 * Undoes the latest step: a burst of typing in one field, a record added
 * or removed, a deviation accepted or withdrawn, or a group of changes
 * made between xc_document_begin_group() and xc_document_end_group().
 *
 * Returns: whether there was a step to undo
 */
gboolean
xc_document_undo (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);

  return replay (self, self->undo_steps, self->redo_steps, TRUE);
}

/**
 * xc_document_redo:
 *
 * Does again the latest step undone; any new edit forgets the steps
 * undone.
 *
 * Returns: whether there was a step to redo
 */
gboolean
xc_document_redo (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);

  return replay (self, self->redo_steps, self->undo_steps, FALSE);
}

/**
 * xc_document_begin_group:
 *
 * Changes until the matching xc_document_end_group() are one step, e.g.
 * several findings accepted with one reason. Groups nest.
 */
void
xc_document_begin_group (XcDocument *self)
{
  g_return_if_fail (XC_IS_DOCUMENT (self));

  if (self->group_depth++ == 0)
    self->group = step_new ();
}

void
xc_document_end_group (XcDocument *self)
{
  g_return_if_fail (XC_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;
  if (self->group->len > 0)
    {
      gboolean could_undo = xc_document_can_undo (self);

      g_ptr_array_add (self->undo_steps, g_steal_pointer (&self->group));
      self->may_merge = FALSE;
      notify_history (self, could_undo, xc_document_can_redo (self));
    }
  g_clear_pointer (&self->group, g_ptr_array_unref);
}

/**
 * xc_document_get_undo_depth:
 *
 * Returns: how many steps can be undone, so a caller can tell whether a
 *   step it made is still the latest
 */
guint
xc_document_get_undo_depth (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), 0);

  return self->undo_steps != NULL ? self->undo_steps->len : 0;
}

/**
 * xc_document_break_merge:
 *
 * The next change starts a step of its own even where it edits the member
 * the latest step edited: the planner left the field and came back.
 */
void
xc_document_break_merge (XcDocument *self)
{
  g_return_if_fail (XC_IS_DOCUMENT (self));

  self->may_merge = FALSE;
}

static void
xc_document_dispose (GObject *object)
{
  XcDocument *self = XC_DOCUMENT (object);

  /* The shell may keep the programme after the document. */
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  for (guint i = 0; self->collections != NULL && i < self->collections->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->collections, i), self);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->redo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->group, g_ptr_array_unref);
  g_clear_pointer (&self->shadows, g_ptr_array_unref);
  g_clear_pointer (&self->collections, g_ptr_array_unref);
  g_clear_object (&self->programme);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (xc_document_parent_class)->dispose (object);
}

static void
xc_document_finalize (GObject *object)
{
  XcDocument *self = XC_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->draft_id, g_free);

  G_OBJECT_CLASS (xc_document_parent_class)->finalize (object);
}

static void
xc_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  XcDocument *self = XC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, xc_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, xc_document_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  XcDocument *self = XC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      break;
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_MODIFIED:
      xc_document_set_modified (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_document_constructed (GObject *object)
{
  XcDocument *self = XC_DOCUMENT (object);

  G_OBJECT_CLASS (xc_document_parent_class)->constructed (object);

  g_assert (XC_IS_PROGRAMME (self->programme));
  g_signal_connect_swapped (self->programme, "changed", G_CALLBACK (programme_changed_cb), self);
  g_signal_connect_swapped (self->programme, "notify::title", G_CALLBACK (programme_title_cb),
                            self);
  watch_history (self);
  update_title (self);
}

static void
xc_document_class_init (XcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = xc_document_dispose;
  object_class->finalize = xc_document_finalize;
  object_class->get_property = xc_document_get_property;
  object_class->set_property = xc_document_set_property;
  object_class->constructed = xc_document_constructed;

  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL, XC_TYPE_PROGRAMME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Set at construction; a save to another file changes it. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_document_init (XcDocument *self)
{
}

/**
 * xc_document_new:
 * @file: (nullable): where @programme was read from; %NULL for a new design
 *
 * Returns: (transfer full): an unmodified document
 */
XcDocument *
xc_document_new (XcProgramme *programme,
                 GFile       *file)
{
  g_return_val_if_fail (XC_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (XC_TYPE_DOCUMENT, "programme", programme, "file", file, NULL);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(XcProgramme) programme = NULL;
  GError *error = NULL;

  programme = xc_programme_load_finish (result, &error);
  if (programme == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, xc_document_new (programme, g_task_get_task_data (task)),
                           g_object_unref);
}

/**
 * xc_document_load_async:
 *
 * Reads a design in a worker thread (xc_programme_load_async()).
 */
void
xc_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  xc_programme_load_async (file, cancellable, load_cb, task);
}

/**
 * xc_document_load_finish:
 *
 * Returns: (transfer full): the document, unmodified, or %NULL with @error
 *   set (its message names the file)
 */
XcDocument *
xc_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == xc_document_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * xc_document_get_programme:
 *
 * Returns: (transfer none): the design
 */
XcProgramme *
xc_document_get_programme (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), NULL);

  return self->programme;
}

/**
 * xc_document_get_file:
 *
 * Returns: (transfer none) (nullable): where the design is saved; %NULL for
 *   a new design never saved
 */
GFile *
xc_document_get_file (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * xc_document_get_title:
 *
 * Returns: the file's name as shown to the user or, for a new design, the
 *   programme's title or “Untitled design”
 */
const char *
xc_document_get_title (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), NULL);

  return self->title;
}

gboolean
xc_document_get_modified (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
xc_document_set_modified (XcDocument *self,
                          gboolean    modified)
{
  g_return_if_fail (XC_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Saving */

typedef struct
{
  GBytes  *bytes;
  GFile   *file;
  guint64  generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->file);
  g_free (data);
}

static GFile *
target_file (XcDocument  *self,
             GFile       *file,
             GError     **error)
{
  if (file != NULL)
    return file;
  if (self->file != NULL)
    return self->file;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("%s: the design has no file yet; choose one to save it to"), self->title);
  return NULL;
}

/* On the main thread once the file is written. A change made while it was
 * being written keeps the document modified. */
static void
saved (XcDocument *self,
       GFile      *file,
       guint64     generation)
{
  set_file (self, file);
  if (self->generation == generation)
    {
      xc_document_set_modified (self, FALSE);
      self->saved_step = top_step (self);
      self->saved_step_known = TRUE;
      /* typing on after a save is a step of its own, to undo back to it */
      self->may_merge = FALSE;
    }
  xc_document_discard_draft (self);
}

/**
 * xc_document_save:
 * @file: (nullable): where to save; %NULL: the document's own file. Another
 *   file becomes the document's file (Save As).
 *
 * Replaces the file atomically and discards the draft. On failure the
 * document stays modified and the error names the file.
 *
 * Returns: %TRUE on success
 */
gboolean
xc_document_save (XcDocument    *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  guint64 generation;

  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = target_file (self, file, error);
  if (file == NULL)
    return FALSE;

  g_object_ref (file);
  generation = self->generation;
  bytes = xc_programme_to_bytes (self->programme);
  if (!_xc_programme_write_bytes (bytes, file, cancellable, error))
    {
      g_object_unref (file);
      return FALSE;
    }

  saved (self, file, generation);
  g_object_unref (file);
  return TRUE;
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (_xc_programme_write_bytes (data->bytes, data->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_written_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  XcDocument *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  saved (self, data->file, data->generation);
  g_task_return_boolean (task, TRUE);
}

/**
 * xc_document_save_async:
 * @file: (nullable): as for xc_document_save()
 *
 * Serialises the design now, on the calling thread (the model is not
 * thread-safe), and writes it in a worker thread.
 */
void
xc_document_save_async (XcDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) write_task = NULL;
  g_autoptr(GError) error = NULL;
  SaveData *data;

  g_return_if_fail (XC_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_document_save_async);

  file = target_file (self, file, &error);
  if (file == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (SaveData, 1);
  data->bytes = xc_programme_to_bytes (self->programme);
  data->file = g_object_ref (file);
  data->generation = self->generation;

  /* The worker's task holds no reference to the document: the worker drops
   * its task after the callback may already have run. */
  write_task = g_task_new (NULL, cancellable, save_written_cb, g_steal_pointer (&task));
  g_task_set_source_tag (write_task, save_in_thread);
  g_task_set_task_data (write_task, data, (GDestroyNotify) save_data_free);
  xc_task_run_in_thread (write_task, save_in_thread, NULL);
}

gboolean
xc_document_save_finish (XcDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == xc_document_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Drafts */

/**
 * xc_document_get_drafts_dir:
 *
 * Returns: where drafts are written: `$XDG_STATE_HOME/xiachen/drafts`
 */
const char *
xc_document_get_drafts_dir (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "xiachen", "drafts", NULL);

  /* Interned: the state dir can change (tests), and callers keep the string. */
  return g_intern_string (dir);
}

/**
 * xc_document_get_draft_id:
 *
 * Returns: (nullable): the name of the document's draft files, once it has
 *   written one or was recovered from one
 */
const char *
xc_document_get_draft_id (XcDocument *self)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), NULL);

  return self->draft_id;
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (xc_document_get_drafts_dir (), name, NULL);
}

/* What a draft is: the design's bytes and the key file naming it, taken
 * on the main thread; writing them may happen in any. */
typedef struct
{
  GBytes   *bytes;
  GKeyFile *info;
  char     *design_path;
  char     *info_path;
} Draft;

static void
draft_free (Draft *draft)
{
  g_bytes_unref (draft->bytes);
  g_key_file_unref (draft->info);
  g_free (draft->design_path);
  g_free (draft->info_path);
  g_free (draft);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Draft, draft_free)

static Draft *
draft_new (XcDocument *self)
{
  Draft *draft = g_new0 (Draft, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = NULL;

  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();
  draft->design_path = draft_path (self->draft_id, DRAFT_SUFFIX);
  draft->info_path = draft_path (self->draft_id, DRAFT_INFO_SUFFIX);
  draft->bytes = xc_programme_to_bytes (self->programme);
  draft->info = g_key_file_new ();
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_key_file_set_string (draft->info, DRAFT_GROUP, "file", uri);
    }
  g_key_file_set_string (draft->info, DRAFT_GROUP, "title", self->title);
  time = g_date_time_format_iso8601 (now);
  g_key_file_set_string (draft->info, DRAFT_GROUP, "time", time);
  return draft;
}

static gboolean
draft_write (Draft         *draft,
             GCancellable  *cancellable,
             GError       **error)
{
  const char *dir = xc_document_get_drafts_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (draft->design_path);
  g_autoptr(GError) local_error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot create the drafts folder: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!_xc_programme_write_bytes (draft->bytes, file, cancellable, error))
    return FALSE;

  /* g_key_file_save_to_file() replaces the file atomically. */
  if (!g_key_file_save_to_file (draft->info, draft->info_path, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot write the draft: %s"), draft->info_path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * xc_document_write_draft:
 *
 * Writes the design, as it is now, to the drafts directory (atomically),
 * with a key file naming the document's file, its title and the time, so
 * xc_document_recover_drafts() can bring it back after a crash.
 *
 * Returns: %TRUE on success; errors name the file
 */
gboolean
xc_document_write_draft (XcDocument  *self,
                         GError     **error)
{
  g_autoptr(Draft) draft = NULL;

  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  draft = draft_new (self);
  return draft_write (draft, NULL, error);
}

static void
write_draft_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GError *error = NULL;

  if (draft_write (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * xc_document_write_draft_async:
 *
 * As xc_document_write_draft(): the design as it is now is taken at once,
 * and written to disk in a worker thread, so a national design's draft
 * does not hold up the window.
 */
void
xc_document_write_draft_async (XcDocument          *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, xc_document_write_draft_async);
  g_task_set_task_data (task, draft_new (self), (GDestroyNotify) draft_free);
  xc_task_run_in_thread (task, write_draft_in_thread, NULL);
}

gboolean
xc_document_write_draft_finish (XcDocument    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
remove_if_there (const char *path)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("%s: cannot remove the draft: %s", path, g_strerror (errno));
}

/**
 * xc_document_discard_draft:
 *
 * Removes the document's draft files, if it has any.
 */
void
xc_document_discard_draft (XcDocument *self)
{
  g_autofree char *design_path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (XC_IS_DOCUMENT (self));

  if (self->draft_id == NULL)
    return;

  design_path = draft_path (self->draft_id, DRAFT_SUFFIX);
  info_path = draft_path (self->draft_id, DRAFT_INFO_SUFFIX);
  remove_if_there (design_path);
  remove_if_there (info_path);
}

/* Never deletes: a draft that cannot be read is kept beside the others
 * under another name, where the user can still find it. */
static void
set_aside (const char *design_path,
           const char *reason)
{
  g_autofree char *broken_path = g_strconcat (design_path, BROKEN_SUFFIX, NULL);

  if (g_rename (design_path, broken_path) != 0)
    g_warning ("%s: the draft cannot be read (%s), nor renamed to %s: %s",
               design_path, reason, broken_path, g_strerror (errno));
  else
    g_warning ("%s: the draft cannot be read (%s); it is kept as %s",
               design_path, reason, broken_path);
}

static XcDocument *
recover_draft (const char *id)
{
  g_autofree char *design_path = draft_path (id, DRAFT_SUFFIX);
  g_autofree char *info_path = draft_path (id, DRAFT_INFO_SUFFIX);
  g_autoptr(GFile) draft = g_file_new_for_path (design_path);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  XcDocument *document;

  programme = xc_programme_new_from_file (draft, NULL, &error);
  if (programme == NULL)
    {
      set_aside (design_path, error->message);
      return NULL;
    }

  /* The key file only says where the design came from: without it the
   * draft comes back as a new design. */
  if (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    uri = g_key_file_get_string (info, DRAFT_GROUP, "file", NULL);
  if (uri != NULL && uri[0] != '\0')
    file = g_file_new_for_uri (uri);

  document = xc_document_new (programme, file);
  document->draft_id = g_strdup (id);
  xc_document_set_modified (document, TRUE);
  /* read from a draft: no state of its history is the saved file */
  document->saved_step_known = FALSE;
  return document;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * xc_document_recover_drafts:
 *
 * Reads every draft left in the drafts directory, as after a crash: call it
 * once at start-up, before any document writes a draft. Each comes back
 * modified, with its original file (or none) and its draft id, so saving
 * or discarding it removes the draft. A draft that cannot be read is
 * renamed to `ID.xcprog.broken`, with a warning, never deleted.
 *
 * Returns: (transfer full) (element-type XcDocument): the recovered
 *   documents, or %NULL with @error set where the directory cannot be read
 */
GPtrArray *
xc_document_recover_drafts (GError **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *path = xc_document_get_drafts_dir ();
  const char *name;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_dir_open (path, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&documents);
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot read the drafts folder: %s"), path, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, DRAFT_SUFFIX) && strlen (name) > strlen (DRAFT_SUFFIX))
      g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX)));

  /* The same order every time, whatever order the directory lists. */
  g_ptr_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      XcDocument *document = recover_draft (g_ptr_array_index (ids, i));

      if (document != NULL)
        g_ptr_array_add (documents, document);
    }
  return g_steal_pointer (&documents);
}

static void
recover_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *documents = xc_document_recover_drafts (&error);

  if (documents != NULL)
    g_task_return_pointer (task, documents, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * xc_document_recover_drafts_async:
 *
 * As xc_document_recover_drafts(), in a worker thread: a national design's
 * draft takes a while to read, and the window should come up at once. The
 * documents are handed over when the callback runs, and are the caller's
 * only then.
 */
void
xc_document_recover_drafts_async (GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, xc_document_recover_drafts_async);
  xc_task_run_in_thread (task, recover_in_thread, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * xc_document_recover_drafts_finish:
 *
 * Returns: (transfer full) (element-type XcDocument): as
 *   xc_document_recover_drafts()
 */
GPtrArray *
xc_document_recover_drafts_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
