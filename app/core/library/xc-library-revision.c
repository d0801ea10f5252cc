/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-library-private.h"

G_DEFINE_FINAL_TYPE (XcLibraryRevision, xc_library_revision, G_TYPE_OBJECT)

static void
xc_library_revision_finalize (GObject *object)
{
  XcLibraryRevision *self = XC_LIBRARY_REVISION (object);

  g_free (self->revision);
  g_free (self->parent);
  g_free (self->by);
  g_free (self->at);
  g_free (self->merged_from);
  g_strfreev (self->changed);
  g_free (self->title);
  g_free (self->scheme);
  G_OBJECT_CLASS (xc_library_revision_parent_class)->finalize (object);
}

static void
xc_library_revision_class_init (XcLibraryRevisionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_library_revision_finalize;
}

static void
xc_library_revision_init (XcLibraryRevision *self)
{
}

XcLibraryRevision *
xc_library_revision_new (const char         *revision,
                         const char         *parent,
                         const char         *by,
                         const char         *at,
                         const char         *merged_from,
                         const char * const *changed,
                         const char         *title,
                         const char         *scheme)
{
  XcLibraryRevision *self = g_object_new (XC_TYPE_LIBRARY_REVISION, NULL);

  self->revision = g_strdup (revision);
  self->parent = g_strdup (parent);
  self->by = g_strdup (by);
  self->at = g_strdup (at);
  self->merged_from = g_strdup (merged_from);
  self->changed = g_strdupv ((char **) changed);
  if (self->changed == NULL)
    self->changed = g_new0 (char *, 1);
  self->title = g_strdup (title);
  self->scheme = g_strdup (scheme);
  return self;
}

static const char *
optional_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

XcLibraryRevision *
xc_library_revision_new_from_json (JsonObject  *object,
                                   GError     **error)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  JsonNode *node;

  g_return_val_if_fail (object != NULL, NULL);

  if (optional_string (object, "revision") == NULL || optional_string (object, "by") == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("a history entry needs “revision” and “by”"));
      return NULL;
    }
  node = json_object_get_member (object, "changed");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (changed, (gpointer) json_node_get_string (element));
        }
    }
  g_ptr_array_add (changed, NULL);
  return xc_library_revision_new (optional_string (object, "revision"),
                                  optional_string (object, "parent"),
                                  optional_string (object, "by"),
                                  optional_string (object, "at"),
                                  optional_string (object, "merged_from"),
                                  (const char * const *) changed->pdata,
                                  optional_string (object, "title"),
                                  optional_string (object, "scheme"));
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

JsonNode *
xc_library_revision_to_json (XcLibraryRevision *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (XC_IS_LIBRARY_REVISION (self), NULL);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "revision", self->revision);
  add_string_or_null (builder, "parent", self->parent);
  add_string_or_null (builder, "by", self->by);
  add_string_or_null (builder, "at", self->at);
  add_string_or_null (builder, "merged_from", self->merged_from);
  json_builder_set_member_name (builder, "changed");
  json_builder_begin_array (builder);
  for (guint i = 0; self->changed[i] != NULL; i++)
    json_builder_add_string_value (builder, self->changed[i]);
  json_builder_end_array (builder);
  add_string_or_null (builder, "title", self->title);
  add_string_or_null (builder, "scheme", self->scheme);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

#define GETTER(type, name) \
  type \
  xc_library_revision_get_##name (XcLibraryRevision *self) \
  { \
    g_return_val_if_fail (XC_IS_LIBRARY_REVISION (self), NULL); \
    return self->name; \
  }

GETTER (const char *, revision)
GETTER (const char *, parent)
GETTER (const char *, by)
GETTER (const char *, at)
GETTER (const char *, merged_from)
GETTER (const char *, title)
GETTER (const char *, scheme)

const char * const *
xc_library_revision_get_changed (XcLibraryRevision *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_REVISION (self), NULL);
  return (const char * const *) self->changed;
}
