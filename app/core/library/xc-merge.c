/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-format-private.h"
#include "xc-json-writer.h"
#include "xc-merge.h"

/* Arrays of records at the top level, and in region. */
static const char * const top_collections[] = { "institutions", "people", "units", "needs",
                                                "deviations", NULL };

typedef struct
{
  GHashTable *picks;
  GPtrArray  *conflicts;
} Merge;

static JsonObject *
parse_object (GBytes      *bytes,
              const char  *side,
              JsonNode   **root,
              GError     **error)
{
  g_autoptr(JsonNode) parsed = NULL;

  if (bytes == NULL)
    {
      *root = json_node_init_object (json_node_alloc (), json_object_new ());
      return json_node_get_object (*root);
    }
  /* The strict reader of every design, not json-glib's parser: the three
   * sides come from a server, a cache and a disk. */
  parsed = _xc_format_parse (bytes, side, error);
  if (parsed == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (parsed))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   _("%s: a design is a JSON object"), side);
      return NULL;
    }
  *root = g_steal_pointer (&parsed);
  return json_node_get_object (*root);
}

static gboolean
same (JsonNode *a,
      JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_node_equal (a, b);
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

/* A record's identity in its array; needs and deviations have no id. */
static char *
record_key (const char *collection,
            JsonNode   *element)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  object = json_node_get_object (element);
  if (g_str_equal (collection, "needs"))
    return g_strconcat (string_member (object, "institution"), "/",
                        string_member (object, "specialty"), NULL);
  if (g_str_equal (collection, "deviations"))
    return g_strconcat (string_member (object, "rule"), "/", string_member (object, "unit"),
                        "/", string_member (object, "subject"), NULL);
  if (*string_member (object, "id") == '\0')
    return NULL;
  return g_strdup (string_member (object, "id"));
}

/* key → element, and the keys in array order. Elements without a key, or
 * with a key seen before, are keyed by their place ("#3"), so nothing is
 * lost, though such records only merge where they stay in place. */
static GHashTable *
index_records (const char *collection,
               JsonNode   *array_node,
               GPtrArray  *order)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (array_node == NULL || !JSON_NODE_HOLDS_ARRAY (array_node))
    return index;
  array = json_node_get_array (array_node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      char *key = record_key (collection, element);

      if (key == NULL || g_hash_table_contains (index, key))
        {
          g_free (key);
          key = g_strdup_printf ("#%u", i);
        }
      g_hash_table_insert (index, key, element);
      if (order != NULL)
        g_ptr_array_add (order, key);
    }
  return index;
}

static void
add_conflict (Merge      *merge,
              const char *path,
              const char *collection,
              const char *record_id,
              const char *member,
              JsonNode   *base,
              JsonNode   *mine,
              JsonNode   *theirs)
{
  g_ptr_array_add (merge->conflicts,
                   xc_merge_conflict_new (path, collection, record_id, member,
                                          base, mine, theirs));
}

/* The person's pick for @path, or 0. */
static XcMergePick
pick_for (Merge      *merge,
          const char *path)
{
  if (merge->picks == NULL)
    return 0;
  return GPOINTER_TO_INT (g_hash_table_lookup (merge->picks, path));
}

/* One value three ways; returns the value to keep (NULL: absent),
 * borrowed from the inputs. */
static JsonNode *
merge_value (Merge      *merge,
             const char *path,
             const char *collection,
             const char *record_id,
             const char *member,
             JsonNode   *base,
             JsonNode   *mine,
             JsonNode   *theirs)
{
  XcMergePick pick;

  if (same (mine, theirs))
    return mine;
  if (same (mine, base))
    return theirs;
  if (same (theirs, base))
    return mine;
  pick = pick_for (merge, path);
  if (pick == XC_MERGE_PICK_MINE)
    return mine;
  if (pick == XC_MERGE_PICK_THEIRS)
    return theirs;
  add_conflict (merge, path, collection, record_id, member, base, mine, theirs);
  return mine;
}

static void merge_collection (Merge      *merge,
                              const char *collection,
                              const char *prefix,
                              JsonNode   *base,
                              JsonNode   *mine,
                              JsonNode   *theirs,
                              JsonObject *into);

static gboolean
is_collection (const char *prefix,
               const char *name)
{
  if (prefix == NULL)
    return g_strv_contains (top_collections, name);
  return g_str_equal (prefix, "region") && g_str_equal (name, "towns");
}

/* Members of three objects into @into: theirs' order, then mine's new
 * members. @prefix names where the objects are ("units[u-3]"), NULL for
 * the top level, whose record arrays (and region's towns) merge by id. */
static void
merge_members (Merge      *merge,
               const char *prefix,
               const char *collection,
               const char *record_id,
               JsonObject *base,
               JsonObject *mine,
               JsonObject *theirs,
               JsonObject *into)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *sides[] = { theirs, mine, base };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      g_autoptr(GList) members = sides[s] != NULL ? json_object_get_members (sides[s]) : NULL;

      for (GList *l = members; l != NULL; l = l->next)
        if (g_hash_table_add (seen, l->data))
          g_ptr_array_add (names, l->data);
    }

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      JsonNode *b = base != NULL ? json_object_get_member (base, name) : NULL;
      JsonNode *m = mine != NULL ? json_object_get_member (mine, name) : NULL;
      JsonNode *t = theirs != NULL ? json_object_get_member (theirs, name) : NULL;
      g_autofree char *path = prefix != NULL ? g_strconcat (prefix, ".", name, NULL)
                                             : g_strdup (name);
      JsonNode *kept;

      if (collection == NULL && is_collection (prefix, name)
          && (m == NULL || JSON_NODE_HOLDS_ARRAY (m))
          && (t == NULL || JSON_NODE_HOLDS_ARRAY (t)))
        {
          merge_collection (merge, name, path, b, m, t, into);
          continue;
        }
      /* region is members of its own, so two cities' edits to it merge. */
      if (prefix == NULL && g_str_equal (name, "region")
          && m != NULL && JSON_NODE_HOLDS_OBJECT (m) && t != NULL && JSON_NODE_HOLDS_OBJECT (t)
          && (b == NULL || JSON_NODE_HOLDS_OBJECT (b)))
        {
          JsonObject *region = json_object_new ();

          merge_members (merge, "region", NULL, NULL,
                         b != NULL ? json_node_get_object (b) : NULL,
                         json_node_get_object (m), json_node_get_object (t), region);
          json_object_set_object_member (into, name, region);
          continue;
        }
      kept = merge_value (merge, path, collection, record_id, name, b, m, t);
      if (kept != NULL)
        json_object_set_member (into, name, json_node_copy (kept));
    }
}

static void
merge_collection (Merge      *merge,
                  const char *collection,
                  const char *path,
                  JsonNode   *base,
                  JsonNode   *mine,
                  JsonNode   *theirs,
                  JsonObject *into)
{
  g_autoptr(GPtrArray) mine_order = g_ptr_array_new ();
  g_autoptr(GPtrArray) theirs_order = g_ptr_array_new ();
  g_autoptr(GHashTable) b = index_records (collection, base, NULL);
  g_autoptr(GHashTable) m = index_records (collection, mine, mine_order);
  g_autoptr(GHashTable) t = index_records (collection, theirs, theirs_order);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  /* A collection's full name in a conflict: region's towns are "region.towns". */
  const char *name = path;
  JsonArray *out = json_array_new ();

  if (mine == NULL && theirs == NULL)
    {
      json_array_unref (out);
      return;
    }

  for (guint i = 0; i < theirs_order->len; i++)
    if (g_hash_table_add (seen, theirs_order->pdata[i]))
      g_ptr_array_add (keys, theirs_order->pdata[i]);
  for (guint i = 0; i < mine_order->len; i++)
    if (g_hash_table_add (seen, mine_order->pdata[i]))
      g_ptr_array_add (keys, mine_order->pdata[i]);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = keys->pdata[i];
      JsonNode *rb = g_hash_table_lookup (b, key);
      JsonNode *rm = g_hash_table_lookup (m, key);
      JsonNode *rt = g_hash_table_lookup (t, key);
      g_autofree char *record_path = g_strdup_printf ("%s[%s]", path, key);

      if (rm == NULL || rt == NULL)
        {
          /* Added on one side, or deleted on one side (or both). */
          JsonNode *kept = merge_value (merge, record_path, name, key, NULL, rb, rm, rt);

          if (kept != NULL)
            json_array_add_element (out, json_node_copy (kept));
          continue;
        }
      if (JSON_NODE_HOLDS_OBJECT (rm) && JSON_NODE_HOLDS_OBJECT (rt)
          && (rb == NULL || JSON_NODE_HOLDS_OBJECT (rb)))
        {
          JsonObject *record = json_object_new ();

          merge_members (merge, record_path, name, key,
                         rb != NULL ? json_node_get_object (rb) : NULL,
                         json_node_get_object (rm), json_node_get_object (rt), record);
          json_array_add_object_element (out, record);
        }
      else
        {
          JsonNode *kept = merge_value (merge, record_path, name, key, NULL, rb, rm, rt);

          json_array_add_element (out, json_node_copy (kept));
        }
    }
  json_object_set_array_member (into, strrchr (path, '.') != NULL ? strrchr (path, '.') + 1 : path,
                                out);
}

GPtrArray *
xc_merge_three_way (GBytes      *base,
                    GBytes      *mine,
                    GBytes      *theirs,
                    GHashTable  *picks,
                    GBytes     **merged,
                    GError     **error)
{
  g_autoptr(JsonNode) base_root = NULL;
  g_autoptr(JsonNode) mine_root = NULL;
  g_autoptr(JsonNode) theirs_root = NULL;
  g_autoptr(JsonNode) out_root = NULL;
  JsonObject *b, *m, *t, *out;
  Merge merge = { picks, NULL };

  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (theirs != NULL, NULL);
  g_return_val_if_fail (merged != NULL && *merged == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(b = parse_object (base, _("the base"), &base_root, error))
      || !(m = parse_object (mine, _("my copy"), &mine_root, error))
      || !(t = parse_object (theirs, _("the server's copy"), &theirs_root, error)))
    return NULL;

  merge.conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  out = json_object_new ();
  out_root = json_node_init_object (json_node_alloc (), out);
  json_object_unref (out);
  merge_members (&merge, NULL, NULL, NULL, b, m, t, out);

  if (merge.conflicts->len == 0)
    {
      gsize length;
      /* Written as the model writes a file: 0.1 stays 0.1, and every control
       * character is escaped, so the program reads the result back. */
      char *text = xc_json_to_data (out_root, TRUE, &length);

      /* Files end with a newline, as the model writes them. */
      text = g_realloc (text, length + 2);
      text[length++] = '\n';
      text[length] = '\0';
      *merged = g_bytes_new_take (text, length);
    }
  return merge.conflicts;
}

/* changed records */

static void
diff_collection (const char *collection,
                 JsonNode   *before,
                 JsonNode   *after,
                 GPtrArray  *changed)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) a = index_records (collection, after, order);
  g_autoptr(GPtrArray) before_order = g_ptr_array_new ();
  g_autoptr(GHashTable) b = index_records (collection, before, before_order);

  for (guint i = 0; i < order->len; i++)
    if (!same (g_hash_table_lookup (b, order->pdata[i]), g_hash_table_lookup (a, order->pdata[i])))
      g_ptr_array_add (changed, g_strdup_printf ("%s/%s", collection, (char *) order->pdata[i]));
  for (guint i = 0; i < before_order->len; i++)
    if (!g_hash_table_contains (a, before_order->pdata[i]))
      g_ptr_array_add (changed, g_strdup_printf ("%s/%s", collection,
                                                 (char *) before_order->pdata[i]));
}

GStrv
xc_merge_changed_records (GBytes  *before,
                          GBytes  *after,
                          GError **error)
{
  g_autoptr(JsonNode) before_root = NULL;
  g_autoptr(JsonNode) after_root = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *b, *a;
  JsonObject *sides[2];

  g_return_val_if_fail (after != NULL, NULL);

  if (!(b = parse_object (before, _("the base"), &before_root, error))
      || !(a = parse_object (after, _("my copy"), &after_root, error)))
    return NULL;

  sides[0] = a;
  sides[1] = b;
  for (guint s = 0; s < 2; s++)
    {
      g_autoptr(GList) members = json_object_get_members (sides[s]);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *name = l->data;
          JsonNode *nb = json_object_get_member (b, name);
          JsonNode *na = json_object_get_member (a, name);

          if (!g_hash_table_add (seen, (gpointer) name))
            continue;
          if (g_strv_contains (top_collections, name))
            diff_collection (name, nb, na, changed);
          else if (g_str_equal (name, "region") && (nb == NULL || JSON_NODE_HOLDS_OBJECT (nb))
                   && (na == NULL || JSON_NODE_HOLDS_OBJECT (na)))
            {
              JsonObject *rb = nb != NULL ? json_node_get_object (nb) : NULL;
              JsonObject *ra = na != NULL ? json_node_get_object (na) : NULL;
              g_autoptr(JsonObject) rb_rest = json_object_new ();
              g_autoptr(JsonObject) ra_rest = json_object_new ();
              g_autoptr(JsonNode) nb_rest = NULL;
              g_autoptr(JsonNode) na_rest = NULL;

              diff_collection ("region.towns", rb != NULL ? json_object_get_member (rb, "towns") : NULL,
                               ra != NULL ? json_object_get_member (ra, "towns") : NULL, changed);
              /* region's other members count as "region". */
              for (guint k = 0; k < 2; k++)
                {
                  JsonObject *from = k == 0 ? rb : ra;
                  JsonObject *to = k == 0 ? rb_rest : ra_rest;
                  g_autoptr(GList) rm = from != NULL ? json_object_get_members (from) : NULL;

                  for (GList *r = rm; r != NULL; r = r->next)
                    if (!g_str_equal (r->data, "towns"))
                      json_object_set_member (to, r->data,
                                              json_node_copy (json_object_get_member (from, r->data)));
                }
              nb_rest = json_node_init_object (json_node_alloc (), rb_rest);
              na_rest = json_node_init_object (json_node_alloc (), ra_rest);
              if (!same (nb_rest, na_rest))
                g_ptr_array_add (changed, g_strdup ("region"));
            }
          else if (!same (nb, na))
            g_ptr_array_add (changed, g_strdup (name));
        }
    }
  g_ptr_array_add (changed, NULL);
  return (GStrv) g_ptr_array_steal (changed, NULL);
}
