/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "xc-json-writer.h"
#include "xc-merge-conflict.h"

struct _XcMergeConflict
{
  GObject   parent_instance;
  char     *path;
  char     *collection;
  char     *record_id;
  char     *member;
  JsonNode *base;
  JsonNode *mine;
  JsonNode *theirs;
};

G_DEFINE_FINAL_TYPE (XcMergeConflict, xc_merge_conflict, G_TYPE_OBJECT)

static void
xc_merge_conflict_finalize (GObject *object)
{
  XcMergeConflict *self = XC_MERGE_CONFLICT (object);

  g_free (self->path);
  g_free (self->collection);
  g_free (self->record_id);
  g_free (self->member);
  g_clear_pointer (&self->base, json_node_unref);
  g_clear_pointer (&self->mine, json_node_unref);
  g_clear_pointer (&self->theirs, json_node_unref);
  G_OBJECT_CLASS (xc_merge_conflict_parent_class)->finalize (object);
}

static void
xc_merge_conflict_class_init (XcMergeConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_merge_conflict_finalize;
}

static void
xc_merge_conflict_init (XcMergeConflict *self)
{
}

static JsonNode *
copy_or_null (JsonNode *node)
{
  return node != NULL ? json_node_copy (node) : NULL;
}

XcMergeConflict *
xc_merge_conflict_new (const char *path,
                       const char *collection,
                       const char *record_id,
                       const char *member,
                       JsonNode   *base,
                       JsonNode   *mine,
                       JsonNode   *theirs)
{
  XcMergeConflict *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (XC_TYPE_MERGE_CONFLICT, NULL);
  self->path = g_strdup (path);
  self->collection = g_strdup (collection);
  self->record_id = g_strdup (record_id);
  self->member = g_strdup (member);
  self->base = copy_or_null (base);
  self->mine = copy_or_null (mine);
  self->theirs = copy_or_null (theirs);
  return self;
}

const char *
xc_merge_conflict_get_path (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->path;
}

const char *
xc_merge_conflict_get_collection (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->collection;
}

const char *
xc_merge_conflict_get_record_id (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->record_id;
}

const char *
xc_merge_conflict_get_member (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->member;
}

JsonNode *
xc_merge_conflict_get_base (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->base;
}

JsonNode *
xc_merge_conflict_get_mine (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->mine;
}

JsonNode *
xc_merge_conflict_get_theirs (XcMergeConflict *self)
{
  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);
  return self->theirs;
}

char *
xc_merge_conflict_dup_text (XcMergeConflict *self,
                            XcMergePick      side)
{
  JsonNode *node;

  g_return_val_if_fail (XC_IS_MERGE_CONFLICT (self), NULL);

  node = side == XC_MERGE_PICK_MINE ? self->mine
         : side == XC_MERGE_PICK_THEIRS ? self->theirs : self->base;
  /* as the file has it: 0.1, not 0.10000000000000001 */
  return node != NULL ? xc_json_to_data (node, FALSE, NULL) : NULL;
}
