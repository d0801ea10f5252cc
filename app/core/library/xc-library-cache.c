/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "xc-file-io.h"
#include "xc-format-private.h"
#include "xc-json-writer.h"
#include "xc-library-cache.h"

struct _XcLibraryCache
{
  GObject  parent_instance;
  char    *directory;
  GMutex   lock;
};

G_DEFINE_FINAL_TYPE (XcLibraryCache, xc_library_cache, G_TYPE_OBJECT)

static void
xc_library_cache_finalize (GObject *object)
{
  XcLibraryCache *self = XC_LIBRARY_CACHE (object);

  g_free (self->directory);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (xc_library_cache_parent_class)->finalize (object);
}

static void
xc_library_cache_class_init (XcLibraryCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_library_cache_finalize;
}

static void
xc_library_cache_init (XcLibraryCache *self)
{
  g_mutex_init (&self->lock);
}

/* One directory per server and user: "<host>-<hash of URL and user>". */
XcLibraryCache *
xc_library_cache_new (const char *root_url,
                      const char *user)
{
  XcLibraryCache *self;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *host = NULL;

  g_return_val_if_fail (root_url != NULL, NULL);

  uri = g_uri_parse (root_url, G_URI_FLAGS_NONE, NULL);
  host = g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "server");
  g_strcanon (host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-", '_');
  key = g_strconcat (root_url, "\n", user != NULL ? user : "", NULL);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  hash[16] = '\0';

  self = g_object_new (XC_TYPE_LIBRARY_CACHE, NULL);
  self->directory = g_strdup_printf ("%s/xiachen/library/%s-%s", g_get_user_cache_dir (),
                                     host, hash);
  return self;
}

const char *
xc_library_cache_get_directory (XcLibraryCache *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);
  return self->directory;
}

static char *
design_file (XcLibraryCache *self,
             const char     *design_id,
             const char     *name)
{
  return g_build_filename (self->directory, design_id, name, NULL);
}

static GBytes *
load (XcLibraryCache *self,
      const char     *design_id,
      const char     *name)
{
  g_autofree char *path = design_file (self, design_id, name);
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* Atomic: a crash mid-write leaves the old copy whole. */
static gboolean
replace (XcLibraryCache  *self,
         const char      *design_id,
         const char      *name,
         const char      *data,
         gsize            length,
         GError         **error)
{
  g_autofree char *dir = g_build_filename (self->directory, design_id, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot create the library cache %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);

  return xc_file_replace_atomic (file, bytes, NULL, error);
}

static JsonObject *
load_state (XcLibraryCache *self,
            const char     *design_id)
{
  g_autoptr(GBytes) bytes = load (self, design_id, "state.json");
  g_autoptr(JsonNode) root = NULL;

  if (bytes == NULL)
    return NULL;
  root = _xc_format_parse (bytes, "state.json", NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

static gboolean
save_state (XcLibraryCache  *self,
            const char      *design_id,
            JsonObject      *state,
            GError         **error)
{
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), state);
  gsize length;
  g_autofree char *text = xc_json_to_data (root, TRUE, &length);

  return replace (self, design_id, "state.json", text, length, error);
}

GBytes *
xc_library_cache_load_working (XcLibraryCache *self,
                               const char     *design_id)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);
  return load (self, design_id, "working.xcprog");
}

GBytes *
xc_library_cache_load_base (XcLibraryCache *self,
                            const char     *design_id)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);
  return load (self, design_id, "base.xcprog");
}

static char *
dup_state_string (XcLibraryCache *self,
                  const char     *design_id,
                  const char     *member)
{
  g_autoptr(JsonObject) state = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  state = load_state (self, design_id);
  if (state == NULL || !json_object_has_member (state, member)
      || json_object_get_null_member (state, member))
    return NULL;
  return g_strdup (json_object_get_string_member (state, member));
}

char *
xc_library_cache_dup_etag (XcLibraryCache *self,
                           const char     *design_id)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);
  return dup_state_string (self, design_id, "etag");
}

char *
xc_library_cache_dup_revision (XcLibraryCache *self,
                               const char     *design_id)
{
  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);
  return dup_state_string (self, design_id, "revision");
}

gboolean
xc_library_cache_is_unsent (XcLibraryCache *self,
                            const char     *design_id)
{
  g_autoptr(JsonObject) state = NULL;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), FALSE);

  locker = g_mutex_locker_new (&self->lock);
  state = load_state (self, design_id);
  return state != NULL && json_object_get_boolean_member_with_default (state, "unsent", FALSE);
}

/* g_ptr_array_sort() gives pointers to the elements. */
static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GStrv
xc_library_cache_list_unsent (XcLibraryCache *self)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), NULL);

  dir = g_dir_open (self->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (xc_library_cache_is_unsent (self, name))
      g_ptr_array_add (ids, g_strdup (name));
  g_ptr_array_sort (ids, compare_names);
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

gboolean
xc_library_cache_store_unsent (XcLibraryCache  *self,
                               const char      *design_id,
                               GBytes          *working,
                               GError         **error)
{
  g_autoptr(JsonObject) state = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), FALSE);
  g_return_val_if_fail (design_id != NULL && working != NULL, FALSE);

  locker = g_mutex_locker_new (&self->lock);
  data = g_bytes_get_data (working, &length);
  /* The copy first, then the mark: a crash between leaves a copy not
   * marked, never a mark without its copy. */
  if (!replace (self, design_id, "working.xcprog", data, length, error))
    return FALSE;
  state = load_state (self, design_id);
  if (state == NULL)
    state = json_object_new ();
  json_object_set_boolean_member (state, "unsent", TRUE);
  return save_state (self, design_id, state, error);
}

gboolean
xc_library_cache_store_agreed (XcLibraryCache  *self,
                               const char      *design_id,
                               GBytes          *contents,
                               const char      *etag,
                               const char      *revision,
                               GError         **error)
{
  g_autoptr(JsonObject) state = json_object_new ();
  g_autoptr(GMutexLocker) locker = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), FALSE);
  g_return_val_if_fail (design_id != NULL && contents != NULL, FALSE);

  locker = g_mutex_locker_new (&self->lock);
  data = g_bytes_get_data (contents, &length);
  if (!replace (self, design_id, "base.xcprog", data, length, error)
      || !replace (self, design_id, "working.xcprog", data, length, error))
    return FALSE;
  if (etag != NULL)
    json_object_set_string_member (state, "etag", etag);
  else
    json_object_set_null_member (state, "etag");
  if (revision != NULL)
    json_object_set_string_member (state, "revision", revision);
  else
    json_object_set_null_member (state, "revision");
  json_object_set_boolean_member (state, "unsent", FALSE);
  return save_state (self, design_id, state, error);
}

gboolean
xc_library_cache_get_probed (XcLibraryCache *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (XC_IS_LIBRARY_CACHE (self), FALSE);
  path = g_build_filename (self->directory, ".probed", NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

void
xc_library_cache_set_probed (XcLibraryCache *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (XC_IS_LIBRARY_CACHE (self));
  g_mkdir_with_parents (self->directory, 0700);
  path = g_build_filename (self->directory, ".probed", NULL);
  g_file_set_contents (path, "If-Match and If-None-Match are honoured\n", -1, NULL);
}
