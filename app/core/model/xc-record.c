/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include <string.h>

#include "xc-format-private.h"
#include "xc-record-private.h"
#include "xc-programme.h"

typedef struct
{
  JsonObject *json;
  /* member name → GStrv, built on first read of a string array */
  GHashTable *strv_cache;
  /* the tracker of the record whose collection holds this one */
  XcTracker  *tracker;
  /* the programme: changes end here */
  gboolean    is_root;
  /* The bytes the record was read from: a save writes them again as they
   * were while the record is clean. Anything that may change the record's
   * JSON makes it (and the records holding it) dirty for good. */
  GBytes     *source;
  gsize       source_start;
  gsize       source_end;
  gboolean    dirty;
  /* A record read as a plain record of @design and not looked into yet:
   * its JSON is read from its source bytes on first use. A national
   * design opens without a JSON tree of 100,000 people. */
  XcDesign   *design;
  const char *design_id;
  const char *design_name;
} XcRecordPrivate;

struct _XcTracker
{
  gatomicrefcount  ref_count;
  XcRecord        *owner;   /* not a reference; cleared by the owner's dispose */
};

G_DEFINE_TYPE_WITH_PRIVATE (XcRecord, xc_record, G_TYPE_OBJECT)

/* The record and those holding it (its unit, the programme) will be
 * written from their JSON, not their source bytes. */
void
_xc_record_mark_dirty (XcRecord *self)
{
  XcRecord *record = self;

  for (guint depth = 0; record != NULL && depth < 8; depth++)
    {
      XcRecordPrivate *priv = xc_record_get_instance_private (record);

      priv->dirty = TRUE;
      if (priv->is_root)
        {
          _xc_programme_forget_bytes (record);
          return;
        }
      record = priv->tracker != NULL ? priv->tracker->owner : NULL;
    }
}

void
_xc_record_set_source (XcRecord *self,
                       GBytes   *bytes,
                       gsize     start,
                       gsize     end)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  g_clear_pointer (&priv->source, g_bytes_unref);
  priv->source = g_bytes_ref (bytes);
  priv->source_start = start;
  priv->source_end = end;
  priv->dirty = FALSE;
}

/* The bytes a clean record was read from, or NULL. */
GBytes *
_xc_record_get_source (XcRecord *self,
                       gsize    *start,
                       gsize    *end)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  if (priv->dirty || priv->source == NULL)
    return NULL;
  *start = priv->source_start;
  *end = priv->source_end;
  return priv->source;
}

/* The bytes the record was read from, changed since or not. */
GBytes *
_xc_record_get_source_bytes (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  return priv->source;
}

/* The JSON for reading, or for changes that keep its content (syncing
 * collections into it): the record stays clean. */
JsonObject *
_xc_record_peek_json (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  if (G_UNLIKELY (priv->json == NULL))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_from_bytes (priv->source, priv->source_start,
                                                         priv->source_end - priv->source_start);
      g_autoptr(JsonNode) node = _xc_format_parse (bytes, "", NULL);

      /* read once already, by the strict reader: it reads again */
      g_assert (node != NULL && JSON_NODE_HOLDS_OBJECT (node));
      priv->json = json_object_ref (json_node_get_object (node));
      /* The design stays: lookups by id may still hold its strings. */
      priv->design_id = priv->design_name = NULL;
    }
  return priv->json;
}

/* A record of @design at @start … @end of its bytes, whose id and name
 * are these until its JSON is read. */
void
_xc_record_set_lazy (XcRecord   *self,
                     XcDesign   *design,
                     gsize       start,
                     gsize       end,
                     const char *id,
                     const char *name)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  g_clear_pointer (&priv->json, json_object_unref);
  g_set_object (&priv->design, design);
  priv->design_id = id;
  priv->design_name = name;
  _xc_record_set_source (self, xc_design_get_bytes (design), start, end);
}

/* A record's id changed: the programme holding it (and only that one)
 * rebuilds its lookups by id. */
static void
id_changed (XcRecord *self)
{
  XcRecord *record = self;

  for (guint depth = 0; record != NULL && depth < 8; depth++)
    {
      XcRecordPrivate *priv = xc_record_get_instance_private (record);

      if (priv->is_root)
        {
          _xc_programme_ids_changed (record);
          return;
        }
      record = priv->tracker != NULL ? priv->tracker->owner : NULL;
    }
}

static JsonObject *resolve_parent (XcRecord    *self,
                                   const char  *path,
                                   gboolean     create,
                                   const char **leaf);
static void xc_record_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec);
static void xc_record_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec);

static void
xc_record_finalize (GObject *object)
{
  XcRecord *self = XC_RECORD (object);
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  g_clear_pointer (&priv->json, json_object_unref);
  g_clear_pointer (&priv->strv_cache, g_hash_table_unref);
  g_clear_pointer (&priv->tracker, _xc_tracker_unref);
  g_clear_pointer (&priv->source, g_bytes_unref);
  g_clear_object (&priv->design);

  G_OBJECT_CLASS (xc_record_parent_class)->finalize (object);
}

static void
xc_record_class_init (XcRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xc_record_finalize;
}

static void
xc_record_init (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  priv->json = json_object_new ();
}

/**
 * xc_record_get_json:
 *
 * Returns: (transfer none): the JSON object behind the record. Call it for
 *   members the model has no getter for; change it only through setters.
 */
JsonObject *
xc_record_get_json (XcRecord *self)
{

  g_return_val_if_fail (XC_IS_RECORD (self), NULL);

  /* the caller may change it */
  _xc_record_mark_dirty (self);
  return _xc_record_peek_json (self);
}

void
_xc_record_set_json (XcRecord   *self,
                     JsonObject *object)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  g_assert (object != NULL);

  json_object_ref (object);
  g_clear_pointer (&priv->json, json_object_unref);
  priv->json = object;
  priv->design_id = priv->design_name = NULL;
  _xc_record_mark_dirty (self);
  if (priv->strv_cache != NULL)
    g_hash_table_remove_all (priv->strv_cache);
}

/* Change tracking */

XcTracker *
_xc_tracker_new (XcRecord *owner)
{
  XcTracker *tracker = g_new0 (XcTracker, 1);

  g_atomic_ref_count_init (&tracker->ref_count);
  tracker->owner = owner;
  return tracker;
}

XcTracker *
_xc_tracker_ref (XcTracker *tracker)
{
  g_atomic_ref_count_inc (&tracker->ref_count);
  return tracker;
}

void
_xc_tracker_unref (XcTracker *tracker)
{
  if (g_atomic_ref_count_dec (&tracker->ref_count))
    g_free (tracker);
}

void
_xc_tracker_detach (XcTracker *tracker)
{
  tracker->owner = NULL;
}

void
_xc_record_set_tracker (XcRecord  *self,
                        XcTracker *tracker)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  if (priv->tracker == tracker)
    return;
  if (tracker != NULL)
    _xc_tracker_ref (tracker);
  g_clear_pointer (&priv->tracker, _xc_tracker_unref);
  priv->tracker = tracker;
}

/* Items added to a collection after it was loaded report through its
 * owner too (and their own collections through them). */
void
_xc_record_track_items (GListModel *list,
                        guint       position,
                        guint       n_items,
                        XcTracker  *tracker)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (XC_IS_RECORD (item))
        _xc_record_set_tracker (XC_RECORD (item), tracker);
    }
}

void
_xc_record_set_root (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  priv->is_root = TRUE;
}

void
_xc_record_changed (XcRecord *self)
{
  XcRecord *record = self;

  _xc_record_mark_dirty (self);
  /* A design is at most three levels deep: member, unit, programme. */
  for (guint depth = 0; record != NULL && depth < 8; depth++)
    {
      XcRecordPrivate *priv = xc_record_get_instance_private (record);

      if (priv->is_root)
        {
          _xc_programme_emit_changed (record);
          return;
        }
      record = priv->tracker != NULL ? priv->tracker->owner : NULL;
    }
}

/* Tells the programme at the root which member changed and what it held. */
static void
member_changed (XcRecord   *self,
                const char *name,
                JsonNode   *old_value)
{
  XcRecord *record = self;

  for (guint depth = 0; record != NULL && depth < 8; depth++)
    {
      XcRecordPrivate *priv = xc_record_get_instance_private (record);

      if (priv->is_root)
        {
          _xc_programme_emit_member_changed (record, self, name, old_value);
          return;
        }
      record = priv->tracker != NULL ? priv->tracker->owner : NULL;
    }
}

/**
 * xc_record_splice_list:
 * @self: the record holding @store among its collections (a unit's team,
 *   its commitments)
 * @store: the collection
 * @additions: (array length=n_additions) (element-type XcRecord): records to add
 *
 * g_list_store_splice() on a collection of a design, told to the
 * programme (#XcProgramme::list-spliced) so the document's undo history
 * gets it: a collection held by a unit or deeper is not otherwise watched.
 */
void
xc_record_splice_list (XcRecord   *self,
                       GListStore *store,
                       guint       position,
                       guint       n_removals,
                       gpointer   *additions,
                       guint       n_additions)
{
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  XcRecord *record = self;

  g_return_if_fail (XC_IS_RECORD (self));
  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = position; i < position + n_removals; i++)
    g_ptr_array_add (removed, g_list_model_get_item (G_LIST_MODEL (store), i));
  for (guint i = 0; i < n_additions; i++)
    g_ptr_array_add (added, g_object_ref (additions[i]));
  _xc_record_mark_dirty (self);
  g_list_store_splice (store, position, n_removals, additions, n_additions);

  for (guint depth = 0; record != NULL && depth < 8; depth++)
    {
      XcRecordPrivate *priv = xc_record_get_instance_private (record);

      if (priv->is_root)
        {
          _xc_programme_emit_list_spliced (record, store, position, removed, added);
          return;
        }
      record = priv->tracker != NULL ? priv->tracker->owner : NULL;
    }
}

JsonNode *
_xc_json_node_deep_copy (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObject *copy = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        JsonNode *result;

        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          json_object_set_member (copy, name, _xc_json_node_deep_copy (member));
        result = json_node_init_object (json_node_alloc (), copy);
        json_object_unref (copy);
        return result;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        JsonArray *copy = json_array_sized_new (n);
        JsonNode *result;

        for (guint i = 0; i < n; i++)
          json_array_add_element (copy,
                                  _xc_json_node_deep_copy (json_array_get_element (array, i)));
        result = json_node_init_array (json_node_alloc (), copy);
        json_array_unref (copy);
        return result;
      }

    case JSON_NODE_NULL:
      return json_node_init_null (json_node_alloc ());

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return json_node_init_string (json_node_alloc (), json_node_get_string (node));
    case G_TYPE_BOOLEAN:
      return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));
    case G_TYPE_DOUBLE:
      return json_node_init_double (json_node_alloc (), json_node_get_double (node));
    case G_TYPE_INT64:
    default:
      return json_node_init_int (json_node_alloc (), json_node_get_int (node));
    }
}

const char *
_xc_json_get_string (JsonObject *object,
                     const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

gboolean
_xc_json_get_number (JsonObject *object,
                     const char *member,
                     double     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;

  if (value != NULL)
    *value = json_node_get_double (node);
  return TRUE;
}

const char *
xc_record_get_id (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);

  g_return_val_if_fail (XC_IS_RECORD (self), NULL);

  if (priv->json == NULL)
    return priv->design_id;
  return _xc_record_get_string (self, "id");
}

/**
 * xc_record_get_label:
 *
 * How messages name a record: its name, or its id where it has no name.
 *
 * Returns: (not nullable): the name, the id, or ""
 */
const char *
xc_record_get_label (XcRecord *self)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);
  const char *name;

  g_return_val_if_fail (XC_IS_RECORD (self), "");

  name = priv->json == NULL ? priv->design_name : _xc_record_get_string (self, "name");
  if (name != NULL && name[0] != '\0')
    return name;
  return xc_record_get_id (self) != NULL ? xc_record_get_id (self) : "";
}

const char *
_xc_record_get_string (XcRecord   *self,
                       const char *member)
{
  const char *leaf;
  JsonObject *parent = resolve_parent (self, member, FALSE, &leaf);

  return parent != NULL ? _xc_json_get_string (parent, leaf) : NULL;
}

/* Returns TRUE when the value changed, so the caller knows to notify. */
gboolean
_xc_record_set_string (XcRecord   *self,
                       const char *member,
                       const char *value)
{
  const char *leaf;
  JsonObject *parent;

  /* A record keeps its id and a design its scheme, which the format needs
   * to read it back: cleared, they are empty, and rules XC-07 and XC-05
   * say so. */
  if (value == NULL && (g_str_equal (member, "id") || g_str_equal (member, "scheme")))
    value = "";

  if (g_strcmp0 (_xc_record_get_string (self, member), value) == 0)
    return FALSE;

  if (g_str_equal (member, "id"))
    id_changed (self);

  parent = resolve_parent (self, member, value != NULL, &leaf);
  if (value == NULL)
    {
      if (parent != NULL)
        {
          _xc_record_mark_dirty (self);
          json_object_remove_member (parent, leaf);
        }
    }
  else
    {
      _xc_record_mark_dirty (self);
      json_object_set_string_member (parent, leaf, value);
    }
  return TRUE;
}

gboolean
_xc_record_get_number (XcRecord   *self,
                       const char *member,
                       double     *value)
{
  const char *leaf;
  JsonObject *parent = resolve_parent (self, member, FALSE, &leaf);

  return parent != NULL && _xc_json_get_number (parent, leaf, value);
}

gint64
_xc_record_get_int (XcRecord   *self,
                    const char *member,
                    gint64      default_value)
{
  double value;

  /* A design that loaded has its integers in range; anything else set
   * later must not make the cast undefined. */
  if (!_xc_record_get_number (self, member, &value)
      || !(value >= -0x1p63 && value < 0x1p63))
    return default_value;
  return (gint64) value;
}

gboolean
_xc_record_set_int (XcRecord   *self,
                    const char *member,
                    gint64      value)
{
  JsonObject *parent;
  const char *leaf;
  double old;

  if (_xc_record_get_number (self, member, &old) && old == (double) value)
    return FALSE;

  parent = resolve_parent (self, member, TRUE, &leaf);
  _xc_record_mark_dirty (self);
  json_object_set_int_member (parent, leaf, value);
  return TRUE;
}

gboolean
_xc_record_set_number (XcRecord   *self,
                       const char *member,
                       double      value)
{
  const char *leaf;
  JsonObject *parent;
  double old;

  if (_xc_record_get_number (self, member, &old) && old == value)
    return FALSE;

  parent = resolve_parent (self, member, TRUE, &leaf);
  /* Whole numbers stay integers in the file, as a planner would write them. */
  if (value >= -0x1p53 && value <= 0x1p53 && value == (double) (gint64) value)
    {
      _xc_record_mark_dirty (self);
      json_object_set_int_member (parent, leaf, (gint64) value);
    }
  else
    {
      _xc_record_mark_dirty (self);
      json_object_set_double_member (parent, leaf, value);
    }
  return TRUE;
}

gboolean
_xc_record_get_bool (XcRecord   *self,
                     const char *member,
                     gboolean    default_value)
{
  const char *leaf;
  JsonObject *parent = resolve_parent (self, member, FALSE, &leaf);
  JsonNode *node = parent != NULL ? json_object_get_member (parent, leaf) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return default_value;

  return json_node_get_boolean (node);
}

gboolean
_xc_record_set_bool (XcRecord   *self,
                     const char *member,
                     gboolean    value)
{
  const char *leaf;
  JsonObject *parent = resolve_parent (self, member, FALSE, &leaf);
  JsonNode *node = parent != NULL ? json_object_get_member (parent, leaf) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_BOOLEAN
      && json_node_get_boolean (node) == !!value)
    return FALSE;

  parent = resolve_parent (self, member, TRUE, &leaf);
  _xc_record_mark_dirty (self);
  json_object_set_boolean_member (parent, leaf, !!value);
  return TRUE;
}

static GStrv
strv_from_json_array (JsonArray *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (node));
    }

  return g_strv_builder_end (builder);
}

/* Never NULL: an absent member reads as an empty array. */
const char * const *
_xc_record_get_strv (XcRecord   *self,
                     const char *member)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);
  JsonObject *parent;
  const char *leaf;
  JsonNode *node;
  GStrv strv;

  if (priv->strv_cache == NULL)
    priv->strv_cache = g_hash_table_new_full (g_str_hash, g_str_equal,
                                              g_free, (GDestroyNotify) g_strfreev);

  strv = g_hash_table_lookup (priv->strv_cache, member);
  if (strv != NULL)
    return (const char * const *) strv;

  parent = resolve_parent (self, member, FALSE, &leaf);
  node = parent != NULL ? json_object_get_member (parent, leaf) : NULL;
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    strv = strv_from_json_array (json_node_get_array (node));
  else
    strv = g_new0 (char *, 1);

  g_hash_table_insert (priv->strv_cache, g_strdup (member), strv);
  return (const char * const *) strv;
}

gboolean
_xc_record_set_strv (XcRecord           *self,
                     const char         *member,
                     const char * const *value)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);
  g_autoptr(JsonArray) array = NULL;
  JsonObject *parent;
  const char *leaf;

  if (g_strv_equal (_xc_record_get_strv (self, member),
                    value != NULL ? value : (const char * const []) { NULL }))
    return FALSE;

  g_hash_table_remove (priv->strv_cache, member);

  if (value == NULL)
    {
      parent = resolve_parent (self, member, FALSE, &leaf);
      if (parent != NULL)
        {
          _xc_record_mark_dirty (self);
          json_object_remove_member (parent, leaf);
        }
      return TRUE;
    }

  array = json_array_sized_new (g_strv_length ((char **) value));
  for (guint i = 0; value[i] != NULL; i++)
    json_array_add_string_element (array, value[i]);
  parent = resolve_parent (self, member, TRUE, &leaf);
  _xc_record_mark_dirty (self);
  json_object_set_array_member (parent, leaf, g_steal_pointer (&array));
  return TRUE;
}

JsonObject *
_xc_record_get_object (XcRecord   *self,
                       const char *member)
{
  JsonNode *node = json_object_get_member (_xc_record_peek_json (self), member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

JsonObject *
_xc_record_ensure_object (XcRecord   *self,
                          const char *member)
{
  JsonObject *object = _xc_record_get_object (self, member);

  /* the caller is about to change it */
  _xc_record_mark_dirty (self);
  if (object == NULL)
    {
      object = json_object_new ();
      json_object_set_object_member (_xc_record_peek_json (self), member, object);
    }
  return object;
}


void
_xc_record_sync_json (XcRecord *self)
{
  XcRecordClass *klass = XC_RECORD_GET_CLASS (self);

  if (klass->sync_json != NULL)
    klass->sync_json (self);
}

GListStore *
_xc_record_load_list (JsonObject *object,
                      const char *member,
                      GType       item_type,
                      XcTracker  *tracker)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return g_steal_pointer (&store);

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  g_ptr_array_set_size (items, 0);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      XcRecord *item;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;

      item = g_object_new (item_type, NULL);
      _xc_record_set_json (item, json_node_get_object (element));
      _xc_record_set_tracker (item, tracker);
      g_ptr_array_add (items, item);
    }

  /* One splice, one items-changed: appending one by one is quadratic for
   * listeners at national scale. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return g_steal_pointer (&store);
}

void
_xc_record_store_list (JsonObject *object,
                       const char *member,
                       GListModel *list,
                       gboolean    required)
{
  g_autoptr(JsonArray) array = NULL;
  guint n = g_list_model_get_n_items (list);

  if (n == 0 && !required && !json_object_has_member (object, member))
    return;

  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcRecord) item = g_list_model_get_item (list, i);

      _xc_record_sync_json (item);
      json_array_add_object_element (array, json_object_ref (_xc_record_peek_json (item)));
    }
  json_object_set_array_member (object, member, g_steal_pointer (&array));
}

/**
 * xc_record_duplicate:
 *
 * A new record of the same type with a deep copy of this one's JSON: `ext`,
 * members the model does not know and sub-collections (a unit's team and
 * commitments) included. The copy is in no programme and keeps the id;
 * give it a new one (xc_programme_make_unique_id()) before adding it.
 *
 * Returns: (transfer full): the copy
 */
XcRecord *
xc_record_duplicate (XcRecord *self)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;
  XcRecord *duplicate;

  g_return_val_if_fail (XC_IS_RECORD (self), NULL);

  /* A programme builds its collections from its JSON at creation. */
  if (XC_IS_PROGRAMME (self))
    return XC_RECORD (xc_programme_copy (XC_PROGRAMME (self)));

  _xc_record_sync_json (self);
  node = json_node_init_object (json_node_alloc (), _xc_record_peek_json (self));
  copy = _xc_json_node_deep_copy (node);

  duplicate = g_object_new (G_OBJECT_TYPE (self), NULL);
  _xc_record_set_json (duplicate, json_node_get_object (copy));
  return duplicate;
}

/**
 * xc_record_get_ext:
 *
 * Returns: (transfer none) (nullable): the record's scheme-specific `ext`
 *   object, if it has one
 */
JsonObject *
xc_record_get_ext (XcRecord *self)
{
  g_return_val_if_fail (XC_IS_RECORD (self), NULL);

  /* the caller may change it */
  _xc_record_mark_dirty (self);
  return _xc_record_get_object (self, "ext");
}

JsonNode *
xc_record_get_ext_member (XcRecord   *self,
                          const char *name)
{
  g_return_val_if_fail (XC_IS_RECORD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return xc_ext_get_member (xc_record_get_ext (self), name);
}

const char *
xc_record_get_ext_string (XcRecord   *self,
                          const char *name)
{
  g_return_val_if_fail (XC_IS_RECORD (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return xc_ext_get_string (xc_record_get_ext (self), name);
}

/**
 * xc_record_get_ext_number:
 * @value: (out) (optional): where to store the number
 *
 * Returns: %TRUE if `ext` has a member @name holding a number
 */
gboolean
xc_record_get_ext_number (XcRecord   *self,
                          const char *name,
                          double     *value)
{
  g_return_val_if_fail (XC_IS_RECORD (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return xc_ext_get_number (xc_record_get_ext (self), name, value);
}

/**
 * xc_record_get_ext_strv_contains:
 *
 * Returns: %TRUE if `ext` has an array member @name with the string @value
 */
gboolean
xc_record_get_ext_strv_contains (XcRecord   *self,
                                 const char *name,
                                 const char *value)
{
  g_return_val_if_fail (XC_IS_RECORD (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return xc_ext_strv_contains (xc_record_get_ext (self), name, value);
}

/**
 * xc_record_set_ext_member:
 * @value: (transfer full) (nullable): the new value; %NULL removes the member
 */
void
xc_record_set_ext_member (XcRecord   *self,
                          const char *name,
                          JsonNode   *value)
{
  g_return_if_fail (XC_IS_RECORD (self));
  g_return_if_fail (name != NULL);

  {
    g_autofree char *member = g_strconcat ("ext:", name, NULL);
    g_autoptr(JsonNode) old_value = _xc_record_dup_member (self, member);

    if (value == NULL)
      {
        JsonObject *ext = xc_record_get_ext (self);

        if (ext != NULL && json_object_has_member (ext, name))
          {
            _xc_record_mark_dirty (self);
            json_object_remove_member (ext, name);
            member_changed (self, member, old_value);
            _xc_record_changed (self);
          }
        return;
      }

    _xc_record_mark_dirty (self);
    json_object_set_member (_xc_record_ensure_object (self, "ext"), name, value);
    member_changed (self, member, old_value);
    _xc_record_changed (self);
  }
}

/* Member properties */

static GQuark member_path_quark;
static GQuark member_type_quark;

static JsonObject *
resolve_parent (XcRecord    *self,
                const char  *path,
                gboolean     create,
                const char **leaf)
{
  const char *dot = strchr (path, '.');
  g_autofree char *head = NULL;

  if (dot == NULL)
    {
      *leaf = path;
      return _xc_record_peek_json (self);
    }

  *leaf = dot + 1;
  head = g_strndup (path, dot - path);
  return create ? _xc_record_ensure_object (self, head) : _xc_record_get_object (self, head);
}

GParamSpec *
_xc_record_class_install_member (XcRecordClass *klass,
                                 guint          prop_id,
                                 const char    *property_name,
                                 const char    *json_path,
                                 XcMemberType   type,
                                 double         default_value)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *pspec = NULL;

  if (member_path_quark == 0)
    {
      member_path_quark = g_quark_from_static_string ("xc-member-path");
      member_type_quark = g_quark_from_static_string ("xc-member-type");
    }

  switch (type)
    {
    case XC_MEMBER_STRING:
      pspec = g_param_spec_string (property_name, NULL, NULL, NULL, flags);
      break;
    case XC_MEMBER_INT:
      pspec = g_param_spec_int64 (property_name, NULL, NULL, G_MININT64, G_MAXINT64,
                                  (gint64) default_value, flags);
      break;
    case XC_MEMBER_NUMBER:
      pspec = g_param_spec_double (property_name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                   default_value, flags);
      break;
    case XC_MEMBER_BOOL:
      pspec = g_param_spec_boolean (property_name, NULL, NULL, default_value != 0, flags);
      break;
    case XC_MEMBER_STRV:
      pspec = g_param_spec_boxed (property_name, NULL, NULL, G_TYPE_STRV, flags);
      break;
    default:
      g_assert_not_reached ();
    }

  /* GObject does not let subclasses inherit get_property and set_property. */
  G_OBJECT_CLASS (klass)->get_property = xc_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = xc_record_set_property;

  g_param_spec_set_qdata (pspec, member_path_quark, (gpointer) json_path);
  g_param_spec_set_qdata (pspec, member_type_quark, GUINT_TO_POINTER (type + 1));
  g_object_class_install_property (G_OBJECT_CLASS (klass), prop_id, pspec);
  return pspec;
}

static void
member_get_value (XcRecord   *self,
                  GParamSpec *pspec,
                  GValue     *value)
{
  const char *path = g_param_spec_get_qdata (pspec, member_path_quark);
  XcMemberType type = GPOINTER_TO_UINT (g_param_spec_get_qdata (pspec, member_type_quark)) - 1;
  double number;

  switch (type)
    {
    case XC_MEMBER_STRING:
      g_value_set_string (value, _xc_record_get_string (self, path));
      break;
    case XC_MEMBER_INT:
      g_value_set_int64 (value, _xc_record_get_int (self, path,
                                                    G_PARAM_SPEC_INT64 (pspec)->default_value));
      break;
    case XC_MEMBER_NUMBER:
      if (!_xc_record_get_number (self, path, &number))
        number = G_PARAM_SPEC_DOUBLE (pspec)->default_value;
      g_value_set_double (value, number);
      break;
    case XC_MEMBER_BOOL:
      g_value_set_boolean (value, _xc_record_get_bool (self, path,
                                                       G_PARAM_SPEC_BOOLEAN (pspec)->default_value));
      break;
    case XC_MEMBER_STRV:
      g_value_set_boxed (value, _xc_record_get_strv (self, path));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Returns TRUE when there was a member to remove. */
static gboolean
remove_member (XcRecord   *self,
               const char *path)
{
  const char *leaf;
  JsonObject *parent = resolve_parent (self, path, FALSE, &leaf);

  if (parent == NULL || !json_object_has_member (parent, leaf))
    return FALSE;
  _xc_record_mark_dirty (self);
  json_object_remove_member (parent, leaf);
  return TRUE;
}

static gboolean
member_set_value (XcRecord     *self,
                  GParamSpec   *pspec,
                  const GValue *value)
{
  const char *path = g_param_spec_get_qdata (pspec, member_path_quark);
  XcMemberType type = GPOINTER_TO_UINT (g_param_spec_get_qdata (pspec, member_type_quark)) - 1;

  switch (type)
    {
    case XC_MEMBER_STRING:
      return _xc_record_set_string (self, path, g_value_get_string (value));
    case XC_MEMBER_INT:
      /* A negative default means "absent" (-1): setting it removes the
       * member rather than writing a value the format forbids. */
      if (G_PARAM_SPEC_INT64 (pspec)->default_value < 0
          && g_value_get_int64 (value) == G_PARAM_SPEC_INT64 (pspec)->default_value)
        return remove_member (self, path);
      return _xc_record_set_int (self, path, g_value_get_int64 (value));
    case XC_MEMBER_NUMBER:
      if (G_PARAM_SPEC_DOUBLE (pspec)->default_value < 0
          && g_value_get_double (value) == G_PARAM_SPEC_DOUBLE (pspec)->default_value)
        return remove_member (self, path);
      return _xc_record_set_number (self, path, g_value_get_double (value));
    case XC_MEMBER_BOOL:
      return _xc_record_set_bool (self, path, g_value_get_boolean (value));
    case XC_MEMBER_STRV:
      return _xc_record_set_strv (self, path, g_value_get_boxed (value));
    default:
      g_assert_not_reached ();
    }
}

static void
xc_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  if (g_param_spec_get_qdata (pspec, member_path_quark) == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  member_get_value (XC_RECORD (object), pspec, value);
}

static void
xc_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  if (g_param_spec_get_qdata (pspec, member_path_quark) == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  {
    g_autoptr(JsonNode) old_value = _xc_record_dup_member (XC_RECORD (object), pspec->name);

    if (member_set_value (XC_RECORD (object), pspec, value))
      {
        member_changed (XC_RECORD (object), pspec->name, old_value);
        g_object_notify_by_pspec (object, pspec);
        _xc_record_changed (XC_RECORD (object));
      }
  }
}

/* The member of the record's own JSON object that holds @name (a property
 * or `ext:NAME`): its first level (`budget` for `budget.total`), so putting
 * it back also removes an object the change created. Undo goes back in
 * order, so the first level's other members are as they were then. */
static char *
member_head (XcRecord    *self,
             const char  *name,
             GParamSpec **pspec)
{
  const char *path;

  *pspec = NULL;
  if (g_str_has_prefix (name, "ext:"))
    return g_strdup ("ext");
  *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), name);
  path = *pspec != NULL ? g_param_spec_get_qdata (*pspec, member_path_quark) : NULL;
  if (path == NULL)
    return NULL;
  return g_strndup (path, strchr (path, '.') != NULL ? (gsize) (strchr (path, '.') - path)
                                                      : strlen (path));
}

JsonNode *
_xc_record_dup_member (XcRecord   *self,
                       const char *name)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);
  GParamSpec *pspec;
  g_autofree char *head = member_head (self, name, &pspec);

  if (head == NULL || !json_object_has_member (_xc_record_peek_json (self), head))
    return NULL;
  return _xc_json_node_deep_copy (json_object_get_member (priv->json, head));
}

void
_xc_record_restore_member (XcRecord   *self,
                           const char *name,
                           JsonNode   *value)
{
  XcRecordPrivate *priv = xc_record_get_instance_private (self);
  g_autoptr(JsonNode) old_value = _xc_record_dup_member (self, name);
  GParamSpec *pspec;
  g_autofree char *head = member_head (self, name, &pspec);

  if (head == NULL)
    return;
  _xc_record_peek_json (self);
  if (value != NULL)
    {
      _xc_record_mark_dirty (self);
      json_object_set_member (priv->json, head, _xc_json_node_deep_copy (value));
    }
  else if (json_object_has_member (priv->json, head))
    {
      _xc_record_mark_dirty (self);
      json_object_remove_member (priv->json, head);
    }
  else
    return;
  if (priv->strv_cache != NULL)
    g_hash_table_remove_all (priv->strv_cache);
  if (g_str_equal (head, "id"))
    id_changed (self);

  member_changed (self, name, old_value);
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  _xc_record_changed (self);
}

/* Sets one member property by name, for the typed setters of subclasses. */
void
_xc_record_update (XcRecord   *self,
                   const char *property_name,
                   ...)
{
  va_list args;

  va_start (args, property_name);
  g_object_set_valist (G_OBJECT (self), property_name, args);
  va_end (args);
}

/**
 * xc_record_find_property_for_path:
 * @path: a member path as findings carry it, e.g. `facilities.teaching_room_m2`
 *
 * Links a finding's path to the property a form row edits. A path into a
 * list (`team[0].person`) gives the list's member name's property where
 * there is one.
 *
 * Returns: (nullable): the property name, e.g. `teaching-room-m2`
 */
const char *
xc_record_find_property_for_path (XcRecord   *self,
                                  const char *path)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree char *member = NULL;
  guint n_pspecs;

  g_return_val_if_fail (XC_IS_RECORD (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* "learners[1]" → "learners" */
  member = g_strndup (path, strcspn (path, "["));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      const char *member_path = g_param_spec_get_qdata (pspecs[i], member_path_quark);

      if (member_path != NULL && g_str_equal (member_path, member))
        return g_param_spec_get_name (pspecs[i]);
    }
  return NULL;
}
