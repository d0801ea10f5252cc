/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shared design library over WebDAV (library.md). Each call runs in a
 * worker thread with libsoup's blocking API (allowed from any thread since
 * libsoup 3.2), so a save reads as the protocol does: probe, PUT, on 412
 * fetch and merge, PUT again, read the ETag back, write the history. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "xc-format-private.h"
#include "xc-json-writer.h"
#include "xc-library.h"
#include "xc-library-private.h"
#include "xc-merge.h"
#include "xc-programme.h"
#include "xc-worker.h"

#define DESIGN_SUFFIX ".xcprog"
#define DESIGN_TYPE "application/x-xiachen-programme+json"
#define MAX_ATTEMPTS 6
/* Up to this size a save is read back whole and compared; above it, its size. */
#define VERIFY_WHOLE_LIMIT (16 * 1024 * 1024)
#define READ_CHUNK (256 * 1024)

struct _XcLibrary
{
  GObject         parent_instance;
  char           *url;       /* the root, ending in '/', without user or password */
  char           *user;
  char           *password;
  SoupSession    *session;
  XcLibraryCache *cache;
  GMainContext   *context;   /* where signals are emitted */
  gboolean        probed;    /* atomic */
};

enum { TRANSFER_PROGRESS, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (XcLibrary, xc_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (xc-library-error-quark, xc_library_error)

static void
xc_library_finalize (GObject *object)
{
  XcLibrary *self = XC_LIBRARY (object);

  g_free (self->url);
  g_free (self->user);
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->context, g_main_context_unref);
  G_OBJECT_CLASS (xc_library_parent_class)->finalize (object);
}

static void
xc_library_class_init (XcLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = xc_library_finalize;

  /**
   * XcLibrary::transfer-progress:
   * @design_id: the design being sent or fetched
   * @done: bytes so far
   * @total: all bytes (0 where the server does not say)
   *
   * Emitted on the main context of the thread that made the library.
   */
  signals[TRANSFER_PROGRESS] =
    g_signal_new ("transfer-progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING, G_TYPE_UINT64, G_TYPE_UINT64);
}

static void
xc_library_init (XcLibrary *self)
{
}

gboolean
xc_library_is_valid_design_id (const char *design_id)
{
  if (design_id == NULL || *design_id == '\0' || *design_id == '.'
      || strlen (design_id) > 200 || !g_utf8_validate (design_id, -1, NULL))
    return FALSE;
  for (const char *p = design_id; *p != '\0'; p++)
    if (*p == '/' || *p == '\\' || (guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

XcLibrary *
xc_library_new (const char *root_url,
                const char *user,
                const char *password)
{
  XcLibrary *self;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) bare = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (root_url != NULL, NULL);

  self = g_object_new (XC_TYPE_LIBRARY, NULL);
  uri = g_uri_parse (root_url, G_URI_FLAGS_ENCODED, NULL);
  if (uri != NULL)
    {
      bare = g_uri_build (G_URI_FLAGS_ENCODED, g_uri_get_scheme (uri), NULL,
                          g_uri_get_host (uri), g_uri_get_port (uri), g_uri_get_path (uri),
                          NULL, NULL);
      text = g_uri_to_string (bare);
      if (user == NULL && g_uri_get_user (uri) != NULL)
        user = g_uri_get_user (uri);
    }
  else
    text = g_strdup (root_url);
  self->url = g_str_has_suffix (text, "/") ? g_steal_pointer (&text) : g_strconcat (text, "/", NULL);
  self->user = g_strdup (user);
  self->password = g_strdup (password);
  /* A save of a national design takes seconds; a dead server should not
   * hold a planner for minutes. */
  self->session = soup_session_new_with_options ("timeout", 60, "idle-timeout", 60,
                                                 "user-agent", "Xiachen/" PACKAGE_VERSION " ",
                                                 NULL);
  self->cache = xc_library_cache_new (self->url, self->user);
  self->context = g_main_context_ref_thread_default ();
  return self;
}

const char *
xc_library_get_url (XcLibrary *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY (self), NULL);
  return self->url;
}

const char *
xc_library_get_user (XcLibrary *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY (self), NULL);
  return self->user;
}

XcLibraryCache *
xc_library_get_cache (XcLibrary *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY (self), NULL);
  return self->cache;
}

/* Requests */

/* One progress report on its way to the caller's main context. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean delivered;
} Delivery;

static void
delivery_clear (gpointer data)
{
  Delivery *delivery = data;

  g_mutex_clear (&delivery->lock);
  g_cond_clear (&delivery->cond);
}

static void
delivery_mark (Delivery *delivery)
{
  g_mutex_lock (&delivery->lock);
  delivery->delivered = TRUE;
  g_cond_broadcast (&delivery->cond);
  g_mutex_unlock (&delivery->lock);
}

typedef struct
{
  XcLibrary  *self;
  GBytes     *body;
  const char *content_type;
  const char *design_id;   /* for progress; NULL: none */
  guint64     done;
  guint64     total;
  gint64      last_emit;
} Request;

typedef struct
{
  XcLibrary *self;
  char      *design_id;
  guint64    done;
  guint64    total;
  Delivery  *delivery;
} Progress;

static gboolean
emit_progress (gpointer data)
{
  Progress *progress = data;

  g_signal_emit (progress->self, signals[TRANSFER_PROGRESS], 0,
                 progress->design_id, progress->done, progress->total);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  /* Delivered, or dropped with its context: the worker goes on. */
  delivery_mark (progress->delivery);
  g_atomic_rc_box_release_full (progress->delivery, delivery_clear);
  g_object_unref (progress->self);
  g_free (progress->design_id);
  g_free (progress);
}

/* Reports go to the caller's main context, ten a second at most and
 * always the last, and the worker waits (up to a second) until each is
 * handled: a caller that cancels on a report stops the transfer there,
 * not after the remaining bytes have already gone. */
static void
report_progress (Request *request)
{
  gint64 now = g_get_monotonic_time ();
  gint64 until = now + G_USEC_PER_SEC;
  Progress *progress;
  Delivery *delivery;

  if (request->design_id == NULL)
    return;
  if (request->done < request->total && now - request->last_emit < G_USEC_PER_SEC / 10)
    return;
  request->last_emit = now;
  delivery = g_atomic_rc_box_new0 (Delivery);
  g_mutex_init (&delivery->lock);
  g_cond_init (&delivery->cond);
  progress = g_new0 (Progress, 1);
  progress->self = g_object_ref (request->self);
  progress->design_id = g_strdup (request->design_id);
  progress->done = request->done;
  progress->total = request->total;
  progress->delivery = g_atomic_rc_box_acquire (delivery);
  g_main_context_invoke_full (request->self->context, G_PRIORITY_DEFAULT, emit_progress,
                              progress, progress_free);
  g_mutex_lock (&delivery->lock);
  while (!delivery->delivered)
    if (!g_cond_wait_until (&delivery->cond, &delivery->lock, until))
      break;
  g_mutex_unlock (&delivery->lock);
  g_atomic_rc_box_release_full (delivery, delivery_clear);
}

/* libsoup 3.2 drops the request body when it re-sends a message after a
 * 401 challenge (Apache then stores an empty file and answers 201): give
 * the body again on every restart. */
static void
on_restarted (SoupMessage *message,
              Request     *request)
{
  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (message, request->content_type, request->body);
  request->done = 0;
}

static gboolean
on_authenticate (SoupMessage *message,
                 SoupAuth    *auth,
                 gboolean     retrying,
                 Request     *request)
{
  /* One try: a refused password is the planner's to correct. */
  if (retrying || request->self->user == NULL || request->self->password == NULL)
    return FALSE;
  soup_auth_authenticate (auth, request->self->user, request->self->password);
  return TRUE;
}

static void
on_wrote_body_data (SoupMessage *message,
                    guint        chunk_size,
                    Request     *request)
{
  request->done += chunk_size;
  report_progress (request);
}

static char *
url_for (XcLibrary  *self,
         const char *first_segment,
         ...) G_GNUC_NULL_TERMINATED;

/* The root plus escaped path segments; a segment ending the list with ""
 * gives a trailing '/'. */
static char *
url_for (XcLibrary  *self,
         const char *first_segment,
         ...)
{
  GString *url = g_string_new (self->url);
  va_list args;
  gboolean first = TRUE;

  va_start (args, first_segment);
  for (const char *segment = first_segment; segment != NULL; segment = va_arg (args, const char *))
    {
      g_autofree char *escaped = g_uri_escape_string (segment, NULL, FALSE);

      if (!first)
        g_string_append_c (url, '/');
      g_string_append (url, escaped);
      first = FALSE;
    }
  va_end (args);
  return g_string_free (url, FALSE);
}

static SoupMessage *
new_message (const char  *method,
             const char  *url,
             GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, error);

  if (uri == NULL)
    return NULL;
  return soup_message_new_from_uri (method, uri);
}

/* Sends @message and reads its answer whole. A 401 or 403 is an error
 * here; any other status is the caller's to judge. */
static GBytes *
execute (XcLibrary     *self,
         SoupMessage   *message,
         GBytes        *body,
         const char    *content_type,
         const char    *design_id,
         GCancellable  *cancellable,
         GError       **error)
{
  Request request = { self, body, content_type, design_id, 0, 0, 0 };
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  gulong handlers[3];
  guint status;

  if (body != NULL)
    {
      soup_message_set_request_body_from_bytes (message, content_type, body);
      request.total = g_bytes_get_size (body);
    }
  handlers[0] = g_signal_connect (message, "restarted", G_CALLBACK (on_restarted), &request);
  handlers[1] = g_signal_connect (message, "authenticate", G_CALLBACK (on_authenticate), &request);
  handlers[2] = g_signal_connect (message, "wrote-body-data", G_CALLBACK (on_wrote_body_data),
                                  &request);

  stream = soup_session_send (self->session, message, cancellable, &local_error);
  if (stream != NULL && !g_cancellable_is_cancelled (cancellable))
    {
      goffset length = soup_message_headers_get_content_length (soup_message_get_response_headers (message));
      g_autoptr(GBytes) chunk = NULL;

      request.done = 0;
      request.total = length > 0 ? (guint64) length : 0;
      if (!g_str_equal (soup_message_get_method (message), "GET"))
        request.design_id = NULL;
      while ((chunk = g_input_stream_read_bytes (stream, READ_CHUNK, cancellable, &local_error)) != NULL
             && g_bytes_get_size (chunk) > 0)
        {
          g_byte_array_append (data, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
          request.done += g_bytes_get_size (chunk);
          report_progress (&request);
          g_clear_pointer (&chunk, g_bytes_unref);
        }
      g_input_stream_close (stream, NULL, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_handler_disconnect (message, handlers[i]);

  if (local_error == NULL)
    g_cancellable_set_error_if_cancelled (cancellable, &local_error);
  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (local_error->domain == G_TLS_ERROR)
        g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE,
                     _("The certificate of %s is not trusted: %s"), self->url,
                     local_error->message);
      else
        g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE,
                     _("Cannot reach %s: %s"), self->url, local_error->message);
      return NULL;
    }

  status = soup_message_get_status (message);
  if (status == SOUP_STATUS_UNAUTHORIZED)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_AUTH,
                   _("%s refused user “%s”: wrong user name or password"), self->url,
                   self->user != NULL ? self->user : "");
      return NULL;
    }
  if (status == SOUP_STATUS_FORBIDDEN)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_AUTH,
                   _("%s does not let user “%s” %s there"), self->url,
                   self->user != NULL ? self->user : "", soup_message_get_method (message));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static void
protocol_error (GError      **error,
                XcLibrary    *self,
                SoupMessage  *message)
{
  g_autofree char *path = g_uri_to_string (soup_message_get_uri (message));

  g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
               _("%s answered %s %s with %u %s"), self->url, soup_message_get_method (message),
               path, soup_message_get_status (message),
               soup_message_get_reason_phrase (message) != NULL
               ? soup_message_get_reason_phrase (message) : "");
}

/* A status of a request with no body to keep (0 with @error). */
static guint
request_status (XcLibrary     *self,
                const char    *method,
                const char    *url,
                GBytes        *body,
                const char    *if_match,
                gboolean       if_none_match,
                const char    *design_id,
                char         **etag,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(SoupMessage) message = new_message (method, url, error);
  g_autoptr(GBytes) answer = NULL;
  SoupMessageHeaders *headers;

  if (message == NULL)
    return 0;
  headers = soup_message_get_request_headers (message);
  if (if_match != NULL)
    soup_message_headers_replace (headers, "If-Match", if_match);
  if (if_none_match)
    soup_message_headers_replace (headers, "If-None-Match", "*");
  answer = execute (self, message, body, DESIGN_TYPE, design_id, cancellable, error);
  if (answer == NULL)
    return 0;
  if (etag != NULL)
    *etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                    "ETag"));
  return soup_message_get_status (message);
}

static gboolean
make_collection (XcLibrary     *self,
                 const char    *url,
                 GCancellable  *cancellable,
                 GError       **error)
{
  guint status = request_status (self, "MKCOL", url, NULL, NULL, FALSE, NULL, NULL,
                                 cancellable, error);

  if (status == 0)
    return FALSE;
  /* 405: it is there already. */
  if (SOUP_STATUS_IS_SUCCESSFUL (status) || status == SOUP_STATUS_METHOD_NOT_ALLOWED)
    return TRUE;
  g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
               _("%s cannot make the folder %s (%u)"), self->url, url, status);
  return FALSE;
}

/* ETags */

static gboolean
is_weak (const char *etag)
{
  return etag != NULL && g_str_has_prefix (etag, "W/");
}

/* mod_deflate adds "-gzip" to the ETag of what it compressed, which then
 * matches nothing in If-Match; the file's own ETag is without it. */
static char *
usable_etag (const char *etag)
{
  if (etag == NULL)
    return NULL;
  if (g_str_has_suffix (etag, "-gzip\""))
    {
      g_autofree char *stem = g_strndup (etag, strlen (etag) - 6);

      return g_strconcat (stem, "\"", NULL);
    }
  return g_strdup (etag);
}

static gboolean
wait_a_little (GCancellable  *cancellable,
               GError       **error)
{
  /* Apache's ETag is weak within the second of a write; it turns strong
   * after it. Not a test's sleep: the protocol's. */
  g_usleep (G_USEC_PER_SEC / 10);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* A weak ETag: written within this second. Waits for the strong one and
 * takes it only if it is the same version (the same opaque tag); leaves
 * *@etag weak where the file changed again meanwhile. */
static gboolean
wait_for_strong_etag (XcLibrary     *self,
                      const char    *url,
                      char         **etag,
                      GCancellable  *cancellable,
                      GError       **error)
{
  for (guint wait = 0; is_weak (*etag) && wait < 30; wait++)
    {
      g_autofree char *raw = NULL;
      g_autofree char *strong = NULL;

      if (!wait_a_little (cancellable, error))
        return FALSE;
      if (request_status (self, "HEAD", url, NULL, NULL, FALSE, NULL, &raw, cancellable, error) == 0)
        return FALSE;
      strong = usable_etag (raw);
      if (strong == NULL || is_weak (strong))
        continue;
      if (g_str_equal (strong, *etag + 2))
        {
          g_free (*etag);
          *etag = g_steal_pointer (&strong);
        }
      break;
    }
  return TRUE;
}

/* The current bytes of a design and their strong ETag; NULL with
 * XC_LIBRARY_ERROR_NOT_FOUND where there is none. */
static GBytes *
get_current (XcLibrary     *self,
             const char    *design_id,
             char         **etag_out,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *name = g_strconcat (design_id, DESIGN_SUFFIX, NULL);
  g_autofree char *url = url_for (self, "designs", name, NULL);

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(SoupMessage) message = new_message ("GET", url, error);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *etag = NULL;
      guint status;

      if (message == NULL)
        return NULL;
      bytes = execute (self, message, NULL, NULL, design_id, cancellable, error);
      if (bytes == NULL)
        return NULL;
      status = soup_message_get_status (message);
      if (status == SOUP_STATUS_NOT_FOUND)
        {
          g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND,
                       _("%s: no such design in the library %s"), design_id, self->url);
          return NULL;
        }
      if (status != SOUP_STATUS_OK)
        {
          protocol_error (error, self, message);
          return NULL;
        }
      etag = usable_etag (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                        "ETag"));
      if (!wait_for_strong_etag (self, url, &etag, cancellable, error))
        return NULL;
      if (etag != NULL && !is_weak (etag))
        {
          if (etag_out != NULL)
            *etag_out = g_steal_pointer (&etag);
          return g_steal_pointer (&bytes);
        }
    }
  g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
               _("%s: %s gives no stable ETag"), design_id, self->url);
  return NULL;
}

/* PROPFIND */

typedef struct
{
  char      *name;       /* the last path segment, unescaped */
  char      *etag;
  GDateTime *modified;
  guint64    size;
  gboolean   collection;
} Resource;

static void
resource_free (gpointer data)
{
  Resource *resource = data;

  g_free (resource->name);
  g_free (resource->etag);
  g_clear_pointer (&resource->modified, g_date_time_unref);
  g_free (resource);
}

typedef struct
{
  GPtrArray *resources;
  Resource  *current;
  GString   *text;
} Multistatus;

/* Element names without their namespace prefix: servers pick their own
 * ("D:", "d:", "lp1:"); these names are all DAV:'s. */
static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

static void
multistatus_start (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              data,
                   GError              **error)
{
  Multistatus *status = data;
  const char *name = local_name (element);

  if (g_str_equal (name, "response"))
    {
      status->current = g_new0 (Resource, 1);
      g_ptr_array_add (status->resources, status->current);
    }
  else if (g_str_equal (name, "collection") && status->current != NULL)
    status->current->collection = TRUE;
  g_string_truncate (status->text, 0);
}

static void
multistatus_end (GMarkupParseContext  *context,
                 const char           *element,
                 gpointer              data,
                 GError              **error)
{
  Multistatus *status = data;
  Resource *resource = status->current;
  const char *name = local_name (element);
  g_autofree char *text = g_strstrip (g_strdup (status->text->str));

  if (resource == NULL)
    return;
  if (g_str_equal (name, "href"))
    {
      char *end;
      const char *slash;

      /* Absolute URL or path, percent-encoded: keep the last segment. */
      while ((end = text + strlen (text)) > text && end[-1] == '/')
        end[-1] = '\0';
      slash = strrchr (text, '/');
      resource->name = g_uri_unescape_string (slash != NULL ? slash + 1 : text, NULL);
    }
  else if (g_str_equal (name, "getetag"))
    resource->etag = usable_etag (text);
  else if (g_str_equal (name, "getlastmodified"))
    resource->modified = soup_date_time_new_from_http_string (text);
  else if (g_str_equal (name, "getcontentlength"))
    resource->size = g_ascii_strtoull (text, NULL, 10);
  else if (g_str_equal (name, "response"))
    status->current = NULL;
}

static void
multistatus_text (GMarkupParseContext  *context,
                  const char           *text,
                  gsize                 length,
                  gpointer              data,
                  GError              **error)
{
  Multistatus *status = data;

  g_string_append_len (status->text, text, length);
}

static const GMarkupParser multistatus_parser = {
  multistatus_start, multistatus_end, multistatus_text, NULL, NULL
};

/* The members of a collection (Depth 1; the collection itself left out),
 * or an empty array where it does not exist. */
static GPtrArray *
list_collection (XcLibrary     *self,
                 const char    *url,
                 GCancellable  *cancellable,
                 GError       **error)
{
  static const char request[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getetag/>"
    "<D:getlastmodified/><D:getcontentlength/></D:prop></D:propfind>\n";
  g_autoptr(SoupMessage) message = new_message ("PROPFIND", url, error);
  g_autoptr(GBytes) body = g_bytes_new_static (request, sizeof request - 1);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) resources = g_ptr_array_new_with_free_func (resource_free);
  Multistatus status = { resources, NULL, text };
  g_autoptr(GMarkupParseContext) parser = NULL;
  gsize length;
  const char *data;

  if (message == NULL)
    return NULL;
  soup_message_headers_replace (soup_message_get_request_headers (message), "Depth", "1");
  answer = execute (self, message, body, "application/xml; charset=utf-8", NULL,
                    cancellable, error);
  if (answer == NULL)
    return NULL;
  if (soup_message_get_status (message) == SOUP_STATUS_NOT_FOUND)
    return g_steal_pointer (&resources);
  if (soup_message_get_status (message) != SOUP_STATUS_MULTI_STATUS)
    {
      g_autoptr(GError) local_error = NULL;

      protocol_error (&local_error, self, message);
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_CONDITIONAL,
                   _("%s is not a WebDAV server: %s"), self->url, local_error->message);
      return NULL;
    }
  parser = g_markup_parse_context_new (&multistatus_parser, 0, &status, NULL);
  data = g_bytes_get_data (answer, &length);
  if (!g_markup_parse_context_parse (parser, data, length, error)
      || !g_markup_parse_context_end_parse (parser, error))
    {
      g_prefix_error (error, _("%s sent a folder listing that cannot be read: "), self->url);
      if (error != NULL && *error != NULL)
        {
          (*error)->domain = XC_LIBRARY_ERROR;
          (*error)->code = XC_LIBRARY_ERROR_PROTOCOL;
        }
      return NULL;
    }
  /* The first response is the collection itself. */
  if (resources->len > 0)
    g_ptr_array_remove_index (resources, 0);
  return g_steal_pointer (&resources);
}

/* History */

static JsonNode *
parse_json (GBytes  *bytes,
            GError **error)
{
  /* The strict reader: a history entry comes from the server. */
  return _xc_format_parse (bytes, "history", error);
}

static XcLibraryRevision *
get_entry (XcLibrary     *self,
           const char    *design_id,
           const char    *entry_name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *url = url_for (self, "history", design_id, entry_name, NULL);
  g_autoptr(SoupMessage) message = new_message ("GET", url, error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  if (message == NULL)
    return NULL;
  if (!(bytes = execute (self, message, NULL, NULL, NULL, cancellable, error)))
    return NULL;
  if (soup_message_get_status (message) != SOUP_STATUS_OK)
    {
      protocol_error (error, self, message);
      return NULL;
    }
  root = parse_json (bytes, &local_error);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      XcLibraryRevision *revision = xc_library_revision_new_from_json (json_node_get_object (root),
                                                                       &local_error);
      if (revision != NULL)
        return revision;
    }
  g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
               _("%s: the history entry %s on %s cannot be read: %s"), design_id, entry_name,
               self->url, local_error != NULL ? local_error->message : _("not an object"));
  return NULL;
}

/* g_ptr_array_sort() gives pointers to the elements. */
static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Names of a design's history entries, oldest first (revisions sort by time). */
static GPtrArray *
entry_names (XcLibrary     *self,
             const char    *design_id,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *url = url_for (self, "history", design_id, "", NULL);
  g_autoptr(GPtrArray) resources = list_collection (self, url, cancellable, error);
  GPtrArray *names;

  if (resources == NULL)
    return NULL;
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < resources->len; i++)
    {
      Resource *resource = resources->pdata[i];

      if (!resource->collection && resource->name != NULL
          && g_str_has_suffix (resource->name, ".json") && resource->name[0] != '.')
        g_ptr_array_add (names, g_strdup (resource->name));
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* The newest entry, or NULL (and no error) where there is none. */
static XcLibraryRevision *
newest_entry (XcLibrary     *self,
              const char    *design_id,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GPtrArray) names = entry_names (self, design_id, cancellable, error);

  if (names == NULL || names->len == 0)
    return NULL;
  return get_entry (self, design_id, names->pdata[names->len - 1], cancellable, error);
}

/* "20261204T191311.123456Z-1a2b3c4d": sorts by time; the hash tells two
 * saves of one microsecond apart. */
static char *
new_revision_name (GBytes *contents)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);

  hash[8] = '\0';
  return g_strdup_printf ("%s.%06dZ-%s", stamp, g_date_time_get_microsecond (now), hash);
}

static gboolean
put_once (XcLibrary     *self,
          const char    *url,
          GBytes        *bytes,
          const char    *content_type,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(SoupMessage) message = new_message ("PUT", url, error);
  g_autoptr(GBytes) answer = NULL;

  if (message == NULL)
    return FALSE;
  soup_message_headers_replace (soup_message_get_request_headers (message), "If-None-Match", "*");
  answer = execute (self, message, bytes, content_type, NULL, cancellable, error);
  if (answer == NULL)
    return FALSE;
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message)))
    {
      protocol_error (error, self, message);
      return FALSE;
    }
  return TRUE;
}

/* The snapshot and entry of an accepted save, both write-once. */
/* COPY of the current design to @destination, if its ETag is still @etag
 * and @destination is free. FALSE without @error where it is not so. */
static gboolean
copy_current (XcLibrary     *self,
              const char    *design_id,
              const char    *etag,
              const char    *destination,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *name = g_strconcat (design_id, DESIGN_SUFFIX, NULL);
  g_autofree char *url = url_for (self, "designs", name, NULL);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) answer = NULL;
  SoupMessageHeaders *headers;

  if (etag == NULL || is_weak (etag) || !(message = new_message ("COPY", url, error)))
    return FALSE;
  headers = soup_message_get_request_headers (message);
  soup_message_headers_replace (headers, "Destination", destination);
  soup_message_headers_replace (headers, "Overwrite", "F");
  soup_message_headers_replace (headers, "If-Match", etag);
  if (!(answer = execute (self, message, NULL, NULL, NULL, cancellable, error)))
    return FALSE;
  return SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message));
}

static gboolean
write_history (XcLibrary          *self,
               const char         *design_id,
               const char         *etag,
               XcLibraryRevision  *revision,
               GBytes             *contents,
               GCancellable       *cancellable,
               GError            **error)
{
  g_autofree char *history = url_for (self, "history", "", NULL);
  g_autofree char *folder = url_for (self, "history", design_id, "", NULL);
  g_autofree char *snapshot_name = g_strconcat (revision->revision, DESIGN_SUFFIX, NULL);
  g_autofree char *entry_name = g_strconcat (revision->revision, ".json", NULL);
  g_autofree char *snapshot = url_for (self, "history", design_id, snapshot_name, NULL);
  g_autofree char *entry = url_for (self, "history", design_id, entry_name, NULL);
  g_autoptr(JsonNode) node = xc_library_revision_to_json (revision);
  gsize length;
  /* a title may hold any character: the entry is read back strictly */
  g_autofree char *text = xc_json_to_data (node, TRUE, &length);
  g_autoptr(GBytes) entry_bytes = g_bytes_new (text, length);

  if (!make_collection (self, history, cancellable, error)
      || !make_collection (self, folder, cancellable, error))
    return FALSE;
  /* The snapshot is the design as just written: copied on the server (a
   * national design need not cross the network twice), only if it is
   * still that revision; else sent. */
  if (!copy_current (self, design_id, etag, snapshot, cancellable, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      if (!put_once (self, snapshot, contents, DESIGN_TYPE, cancellable, error))
        return FALSE;
    }
  return put_once (self, entry, entry_bytes, "application/json", cancellable, error);
}

/* The probe: a second If-None-Match: * PUT must get 412, and so must an
 * If-Match of an ETag that is not there; nginx's dav module and others
 * write anyway, and no save there can be safe. Also checks that what was
 * sent is what is stored. Once per server and user (cached). */
static gboolean
ensure_conditional (XcLibrary     *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *name = g_strdup_printf (".xiachen-probe-%s", random);
  g_autofree char *designs = url_for (self, "designs", "", NULL);
  g_autofree char *url = url_for (self, "designs", name, NULL);
  g_autoptr(GBytes) body = g_bytes_new_static ("probe\n", 6);
  g_autoptr(GError) cleanup_error = NULL;
  g_autoptr(SoupMessage) head = NULL;
  g_autoptr(GBytes) answer = NULL;
  const char *failure = NULL;
  guint status;

  if (g_atomic_int_get (&self->probed) || xc_library_cache_get_probed (self->cache))
    return TRUE;

  status = request_status (self, "PUT", url, body, NULL, TRUE, NULL, NULL, cancellable, error);
  if (status == SOUP_STATUS_CONFLICT || status == SOUP_STATUS_NOT_FOUND)
    {
      if (!make_collection (self, self->url, cancellable, error)
          || !make_collection (self, designs, cancellable, error))
        return FALSE;
      status = request_status (self, "PUT", url, body, NULL, TRUE, NULL, NULL, cancellable, error);
    }
  if (status == 0)
    return FALSE;
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_CONDITIONAL,
                   _("%s does not take a file by WebDAV PUT (%u): not a design library"),
                   self->url, status);
      return FALSE;
    }

  status = request_status (self, "PUT", url, body, NULL, TRUE, NULL, NULL, cancellable, error);
  if (status == 0)
    return FALSE;
  if (status != SOUP_STATUS_PRECONDITION_FAILED)
    failure = "If-None-Match: *";
  else
    {
      status = request_status (self, "PUT", url, body, "\"xiachen-no-such-etag\"", FALSE, NULL,
                               NULL, cancellable, error);
      if (status == 0)
        return FALSE;
      if (status != SOUP_STATUS_PRECONDITION_FAILED)
        failure = "If-Match";
    }

  if (failure == NULL)
    {
      head = new_message ("HEAD", url, error);
      if (head == NULL || !(answer = execute (self, head, NULL, NULL, NULL, cancellable, error)))
        return FALSE;
      if (soup_message_headers_get_content_length (soup_message_get_response_headers (head))
          != (goffset) g_bytes_get_size (body))
        {
          request_status (self, "DELETE", url, NULL, NULL, FALSE, NULL, NULL, NULL, NULL);
          g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                       _("%s stored %llu bytes of %llu sent"), self->url,
                       (unsigned long long) soup_message_headers_get_content_length (
                         soup_message_get_response_headers (head)),
                       (unsigned long long) g_bytes_get_size (body));
          return FALSE;
        }
    }

  request_status (self, "DELETE", url, NULL, NULL, FALSE, NULL, NULL, NULL, &cleanup_error);
  if (failure != NULL)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_CONDITIONAL,
                   _("%s ignores %s and would overwrite other planners' saves: "
                     "nothing is saved there (see the README for a server that works)"),
                   self->url, failure);
      return FALSE;
    }
  g_atomic_int_set (&self->probed, TRUE);
  xc_library_cache_set_probed (self->cache);
  return TRUE;
}

/* Saving */

static XcProgramme *
load_design (GBytes      *contents,
             const char  *what,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  XcProgramme *programme = xc_programme_new_from_bytes (contents, what, &local_error);

  if (programme == NULL)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_A_DESIGN, "%s",
                   local_error->message);
      return NULL;
    }
  return programme;
}

static XcLibrarySave *
push_design (XcLibrary     *self,
             GBytes        *contents,
             GHashTable    *picks,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(XcProgramme) programme = load_design (contents, _("the design to save"), error);
  g_autoptr(GBytes) mine = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(GBytes) replaced = NULL;
  g_autoptr(GBytes) stored = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *merged_from = NULL;
  g_autofree char *url = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stored_etag = NULL;
  g_autofree char *revision_name = NULL;
  g_autoptr(XcLibraryRevision) revision = NULL;
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;
  g_auto(GStrv) changed = NULL;
  g_autofree char *design_id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *scheme = NULL;
  gboolean accepted = FALSE;

  if (programme == NULL)
    return NULL;
  design_id = g_strdup (xc_programme_get_id (programme));
  /* The model only checks the design: keep what the history needs and
   * free it, a national design's model is hundreds of MB. */
  title = g_strdup (xc_programme_get_title (programme));
  scheme = g_strdup (xc_programme_get_scheme (programme));
  g_clear_object (&programme);
  if (!xc_library_is_valid_design_id (design_id))
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_A_DESIGN,
                   _("“%s” cannot name a design in a library: an id is a name of a file"),
                   design_id);
      return NULL;
    }
  if (!xc_library_cache_store_unsent (self->cache, design_id, contents, error))
    return NULL;
  if (!ensure_conditional (self, cancellable, error))
    return NULL;

  name = g_strconcat (design_id, DESIGN_SUFFIX, NULL);
  url = url_for (self, "designs", name, NULL);
  mine = g_bytes_ref (contents);
  base = xc_library_cache_load_base (self->cache, design_id);
  if (base != NULL)
    {
      etag = xc_library_cache_dup_etag (self->cache, design_id);
      parent = xc_library_cache_dup_revision (self->cache, design_id);
    }
  replaced = base != NULL ? g_bytes_ref (base) : NULL;

  for (guint attempt = 0; attempt < MAX_ATTEMPTS && !accepted; attempt++)
    {
      g_autoptr(GBytes) theirs = NULL;
      g_autofree char *theirs_etag = NULL;
      g_autoptr(XcLibraryRevision) theirs_revision = NULL;
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(GBytes) merged = NULL;
      g_autoptr(XcProgramme) check = NULL;
      g_autoptr(GError) local_error = NULL;
      guint status;

      status = request_status (self, "PUT", url, mine, etag != NULL ? etag : NULL, etag == NULL,
                               design_id, NULL, cancellable, error);
      if (status == 0)
        return NULL;
      if (SOUP_STATUS_IS_SUCCESSFUL (status))
        {
          accepted = TRUE;
          break;
        }
      if (status == SOUP_STATUS_CONFLICT)
        {
          g_autofree char *designs = url_for (self, "designs", "", NULL);

          if (!make_collection (self, designs, cancellable, error))
            return NULL;
          continue;
        }
      if (status != SOUP_STATUS_PRECONDITION_FAILED)
        {
          g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                       _("%s: %s answered the save with %u"), design_id, self->url, status);
          return NULL;
        }

      /* Someone saved since our base: theirs, merged with ours. */
      theirs = get_current (self, design_id, &theirs_etag, cancellable, &local_error);
      if (theirs == NULL && g_error_matches (local_error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND))
        {
          /* Moved to the trash meanwhile: this save puts it back. */
          g_clear_pointer (&etag, g_free);
          continue;
        }
      if (theirs == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      theirs_revision = newest_entry (self, design_id, cancellable, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      conflicts = xc_merge_three_way (base, mine, theirs, picks, &merged, &local_error);
      if (conflicts == NULL)
        {
          g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                       _("%s: the copy on %s cannot be merged: %s"), design_id, self->url,
                       local_error->message);
          return NULL;
        }
      if (conflicts->len > 0)
        {
          save = xc_library_save_new (design_id);
          for (guint i = 0; i < conflicts->len; i++)
            g_list_store_append (save->conflicts, conflicts->pdata[i]);
          save->base = base != NULL ? g_bytes_ref (base) : NULL;
          save->mine = g_bytes_ref (mine);
          save->theirs = g_bytes_ref (theirs);
          if (theirs_revision != NULL)
            {
              save->theirs_by = g_strdup (theirs_revision->by);
              save->theirs_revision = g_strdup (theirs_revision->revision);
            }
          return g_steal_pointer (&save);
        }
      check = load_design (merged, _("the merged design"), &local_error);
      if (check == NULL)
        {
          g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_INVALID_MERGE,
                       _("%s: merging the changes on %s gives a design that does not load: %s"),
                       design_id, self->url, local_error->message);
          return NULL;
        }
      g_clear_pointer (&base, g_bytes_unref);
      base = g_bytes_ref (theirs);
      g_clear_pointer (&replaced, g_bytes_unref);
      replaced = g_bytes_ref (theirs);
      g_bytes_unref (mine);
      mine = g_steal_pointer (&merged);
      g_free (title);
      title = g_strdup (xc_programme_get_title (check));
      g_free (scheme);
      scheme = g_strdup (xc_programme_get_scheme (check));
      g_clear_object (&check);
      g_free (etag);
      etag = g_steal_pointer (&theirs_etag);
      g_free (merged_from);
      merged_from = theirs_revision != NULL ? g_strdup (theirs_revision->revision) : NULL;
    }
  if (!accepted)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                   _("%s: it kept changing on %s while saving; try again"), design_id, self->url);
      return NULL;
    }

  /* Apache's PUT answer carries no ETag: read it back, with the bytes, so
   * the base recorded is the one written (and not an empty file that a
   * body dropped on a 401 re-send would leave). */
  if (g_bytes_get_size (mine) <= VERIFY_WHOLE_LIMIT)
    stored = get_current (self, design_id, &stored_etag, cancellable, error);
  else
    {
      g_autoptr(SoupMessage) head = new_message ("HEAD", url, error);
      g_autoptr(GBytes) answer = NULL;

      if (head == NULL || !(answer = execute (self, head, NULL, NULL, NULL, cancellable, error)))
        return NULL;
      if (soup_message_headers_get_content_length (soup_message_get_response_headers (head))
          == (goffset) g_bytes_get_size (mine))
        stored = g_bytes_ref (mine);
      else
        stored = g_bytes_new (NULL, 0);
      stored_etag = usable_etag (soup_message_headers_get_one (soup_message_get_response_headers (head),
                                                               "ETag"));
      if (!wait_for_strong_etag (self, url, &stored_etag, cancellable, error))
        return NULL;
    }
  if (stored == NULL)
    return NULL;
  if (g_bytes_get_size (stored) == 0 && g_bytes_get_size (mine) > 0)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                   _("%s: %s stored an empty file instead of %llu bytes"),
                   design_id, self->url, (unsigned long long) g_bytes_get_size (mine));
      return NULL;
    }
  if (!g_bytes_equal (stored, mine) || is_weak (stored_etag))
    {
      /* Another save came after ours already: the next save merges. */
      g_free (stored_etag);
      stored_etag = g_strdup ("\"xiachen-unknown\"");
    }

  revision_name = new_revision_name (mine);
  now = g_date_time_new_now_utc ();
  at = g_date_time_format_iso8601 (now);
  /* A design's first save changes nothing that was there before. */
  changed = replaced != NULL ? xc_merge_changed_records (replaced, mine, NULL) : NULL;
  revision = xc_library_revision_new (revision_name, parent, self->user, at, merged_from,
                                      (const char * const *) changed,
                                      title, scheme);
  if (!xc_library_cache_store_agreed (self->cache, design_id, mine, stored_etag, revision_name,
                                      error))
    return NULL;
  if (!write_history (self, design_id, stored_etag, revision, mine, cancellable, error))
    {
      g_prefix_error (error, _("%s: saved, but its history entry was not written: "), design_id);
      return NULL;
    }

  save = xc_library_save_new (design_id);
  save->revision = g_strdup (revision_name);
  save->merged_from = g_steal_pointer (&merged_from);
  save->contents = g_bytes_ref (mine);
  return g_steal_pointer (&save);
}

/* Tasks */

typedef struct
{
  char       *design_id;
  char       *revision;
  GBytes     *contents;
  GHashTable *picks;
} Call;

static void
call_free (gpointer data)
{
  Call *call = data;

  g_free (call->design_id);
  g_free (call->revision);
  g_clear_pointer (&call->contents, g_bytes_unref);
  g_clear_pointer (&call->picks, g_hash_table_unref);
  g_free (call);
}

static GTask *
new_task (XcLibrary           *self,
          gpointer             tag,
          const char          *design_id,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);

  g_task_set_source_tag (task, tag);
  call->design_id = g_strdup (design_id);
  g_task_set_task_data (task, call, call_free);
  return task;
}

static gboolean
check_design_id (GTask      *task,
                 const char *design_id)
{
  if (xc_library_is_valid_design_id (design_id))
    return TRUE;
  g_task_return_new_error (task, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND,
                           _("“%s” is not a design id"), design_id != NULL ? design_id : "");
  return FALSE;
}

/* list */

static gint
compare_designs (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return g_strcmp0 (XC_LIBRARY_DESIGN ((gpointer) a)->id, XC_LIBRARY_DESIGN ((gpointer) b)->id);
}

static void
list_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  XcLibrary *self = source;
  g_autofree char *url = url_for (self, "designs", "", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) resources = list_collection (self, url, cancellable, &error);
  g_autoptr(GListStore) designs = g_list_store_new (XC_TYPE_LIBRARY_DESIGN);
  g_autoptr(GHashTable) on_server = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) unsent = NULL;

  if (resources == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < resources->len; i++)
    {
      Resource *resource = resources->pdata[i];
      g_autoptr(XcLibraryDesign) design = NULL;
      g_autoptr(XcLibraryRevision) newest = NULL;
      g_autofree char *cached_etag = NULL;
      g_autofree char *id = NULL;

      if (resource->collection || resource->name == NULL || resource->name[0] == '.'
          || !g_str_has_suffix (resource->name, DESIGN_SUFFIX))
        continue;
      id = g_strndup (resource->name, strlen (resource->name) - strlen (DESIGN_SUFFIX));
      if (!xc_library_is_valid_design_id (id))
        continue;
      design = xc_library_design_new (id);
      design->etag = g_strdup (resource->etag);
      design->modified = resource->modified != NULL ? g_date_time_ref (resource->modified) : NULL;
      design->size = resource->size;
      /* A check is one PROPFIND: ETags and states, no history read. */
      if (g_task_get_source_tag (task) != xc_library_check_async)
        newest = newest_entry (self, id, cancellable, &error);
      if (error != NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (newest != NULL)
        {
          design->title = g_strdup (newest->title);
          design->scheme = g_strdup (newest->scheme);
          design->revision = g_strdup (newest->revision);
          design->by = g_strdup (newest->by);
        }
      cached_etag = xc_library_cache_dup_etag (self->cache, id);
      if (xc_library_cache_is_unsent (self->cache, id))
        design->state = XC_LIBRARY_STATE_UNSENT;
      else if (cached_etag != NULL && design->etag != NULL && g_str_equal (cached_etag, design->etag))
        design->state = XC_LIBRARY_STATE_CURRENT;
      else if (cached_etag != NULL)
        design->state = XC_LIBRARY_STATE_CHANGED_ON_SERVER;
      else
        design->state = XC_LIBRARY_STATE_NOT_CACHED;
      g_hash_table_add (on_server, g_strdup (id));
      g_list_store_append (designs, design);
    }

  /* New designs saved here while offline are in the library too, unsent. */
  unsent = xc_library_cache_list_unsent (self->cache);
  for (guint i = 0; unsent[i] != NULL; i++)
    {
      g_autoptr(XcLibraryDesign) design = NULL;
      g_autoptr(GBytes) working = NULL;
      g_autoptr(XcProgramme) programme = NULL;

      if (g_hash_table_contains (on_server, unsent[i]))
        continue;
      design = xc_library_design_new (unsent[i]);
      design->state = XC_LIBRARY_STATE_UNSENT;
      working = g_task_get_source_tag (task) != xc_library_check_async
                ? xc_library_cache_load_working (self->cache, unsent[i]) : NULL;
      programme = working != NULL ? xc_programme_new_from_bytes (working, unsent[i], NULL) : NULL;
      if (programme != NULL)
        {
          design->title = g_strdup (xc_programme_get_title (programme));
          design->scheme = g_strdup (xc_programme_get_scheme (programme));
        }
      design->by = g_strdup (self->user);
      g_list_store_append (designs, design);
    }
  g_list_store_sort (designs, compare_designs, NULL);
  g_task_return_pointer (task, g_steal_pointer (&designs), g_object_unref);
}

void
xc_library_list_async (XcLibrary           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_list_async, NULL, cancellable, callback, user_data);
  xc_task_run_in_thread (task, list_thread, g_object_unref);
}

GListModel *
xc_library_list_finish (XcLibrary     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
xc_library_check_async (XcLibrary           *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_check_async, NULL, cancellable, callback, user_data);
  xc_task_run_in_thread (task, list_thread, g_object_unref);
}

GListModel *
xc_library_check_finish (XcLibrary     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* pull */

static void
pull_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  XcLibrary *self = source;
  Call *call = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GBytes) bytes = get_current (self, call->design_id, &etag, cancellable, &error);
  g_autoptr(XcLibraryDesign) design = xc_library_design_new (call->design_id);
  g_autoptr(XcLibraryRevision) newest = NULL;

  if (bytes == NULL)
    {
      g_autoptr(GBytes) working = xc_library_cache_load_working (self->cache, call->design_id);

      if (working == NULL || !g_error_matches (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* Offline: the copy here, as it was last opened or saved. */
      design->contents = g_steal_pointer (&working);
      design->from_cache = TRUE;
      design->state = xc_library_cache_is_unsent (self->cache, call->design_id)
                      ? XC_LIBRARY_STATE_UNSENT : XC_LIBRARY_STATE_CURRENT;
      design->revision = xc_library_cache_dup_revision (self->cache, call->design_id);
      design->size = g_bytes_get_size (design->contents);
      g_task_return_pointer (task, g_steal_pointer (&design), g_object_unref);
      return;
    }
  newest = newest_entry (self, call->design_id, cancellable, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  design->etag = g_strdup (etag);
  design->size = g_bytes_get_size (bytes);
  if (newest != NULL)
    {
      design->title = g_strdup (newest->title);
      design->scheme = g_strdup (newest->scheme);
      design->revision = g_strdup (newest->revision);
      design->by = g_strdup (newest->by);
    }
  /* An unsent save keeps its base: it is merged against it when sent. */
  if (xc_library_cache_is_unsent (self->cache, call->design_id))
    design->state = XC_LIBRARY_STATE_UNSENT;
  else
    {
      if (!xc_library_cache_store_agreed (self->cache, call->design_id, bytes, etag,
                                          design->revision, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      design->state = XC_LIBRARY_STATE_CURRENT;
    }
  design->contents = g_steal_pointer (&bytes);
  g_task_return_pointer (task, g_steal_pointer (&design), g_object_unref);
}

void
xc_library_pull_async (XcLibrary           *self,
                       const char          *design_id,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_pull_async, design_id, cancellable, callback, user_data);
  if (check_design_id (task, design_id))
    xc_task_run_in_thread (task, pull_thread, g_object_unref);
}

XcLibraryDesign *
xc_library_pull_finish (XcLibrary     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* push */

static void
push_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Call *call = data;
  GError *error = NULL;
  XcLibrarySave *save = push_design (source, call->contents, call->picks, cancellable, &error);

  if (save == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, save, g_object_unref);
}

void
xc_library_push_async (XcLibrary           *self,
                       GBytes              *contents,
                       GHashTable          *picks,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  g_return_if_fail (XC_IS_LIBRARY (self));
  g_return_if_fail (contents != NULL);

  task = new_task (self, xc_library_push_async, NULL, cancellable, callback, user_data);
  call = g_task_get_task_data (task);
  call->contents = g_bytes_ref (contents);
  call->picks = picks != NULL ? g_hash_table_ref (picks) : NULL;
  xc_task_run_in_thread (task, push_thread, g_object_unref);
}

XcLibrarySave *
xc_library_push_finish (XcLibrary     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* send unsent */

static void
send_unsent_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  XcLibrary *self = source;
  g_auto(GStrv) ids = xc_library_cache_list_unsent (self->cache);
  g_autoptr(GListStore) saves = g_list_store_new (XC_TYPE_LIBRARY_SAVE);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GBytes) working = xc_library_cache_load_working (self->cache, ids[i]);
      g_autoptr(XcLibrarySave) save = NULL;
      GError *error = NULL;

      if (working == NULL)
        continue;
      save = push_design (self, working, NULL, cancellable, &error);
      if (save == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_list_store_append (saves, save);
    }
  g_task_return_pointer (task, g_steal_pointer (&saves), g_object_unref);
}

void
xc_library_send_unsent_async (XcLibrary           *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_send_unsent_async, NULL, cancellable, callback, user_data);
  xc_task_run_in_thread (task, send_unsent_thread, g_object_unref);
}

GListModel *
xc_library_send_unsent_finish (XcLibrary     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* history */

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  return -g_strcmp0 (XC_LIBRARY_REVISION ((gpointer) a)->revision,
                     XC_LIBRARY_REVISION ((gpointer) b)->revision);
}

static void
history_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  XcLibrary *self = source;
  Call *call = data;
  GError *error = NULL;
  g_autoptr(GPtrArray) names = entry_names (self, call->design_id, cancellable, &error);
  g_autoptr(GListStore) revisions = g_list_store_new (XC_TYPE_LIBRARY_REVISION);

  if (names == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(XcLibraryRevision) revision = get_entry (self, call->design_id, names->pdata[i],
                                                         cancellable, &error);
      if (revision == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_list_store_append (revisions, revision);
    }
  g_list_store_sort (revisions, compare_newest_first, NULL);
  g_task_return_pointer (task, g_steal_pointer (&revisions), g_object_unref);
}

void
xc_library_history_async (XcLibrary           *self,
                          const char          *design_id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_history_async, design_id, cancellable, callback, user_data);
  if (check_design_id (task, design_id))
    xc_task_run_in_thread (task, history_thread, g_object_unref);
}

GListModel *
xc_library_history_finish (XcLibrary     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* one revision */

static GBytes *
get_snapshot (XcLibrary     *self,
              const char    *design_id,
              const char    *revision,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *name = g_strconcat (revision, DESIGN_SUFFIX, NULL);
  g_autofree char *url = url_for (self, "history", design_id, name, NULL);
  g_autoptr(SoupMessage) message = new_message ("GET", url, error);
  g_autoptr(GBytes) bytes = NULL;

  if (message == NULL)
    return NULL;
  if (!(bytes = execute (self, message, NULL, NULL, design_id, cancellable, error)))
    return NULL;
  if (soup_message_get_status (message) == SOUP_STATUS_NOT_FOUND)
    {
      g_set_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND,
                   _("%s: no revision %s in the library %s"), design_id, revision, self->url);
      return NULL;
    }
  if (soup_message_get_status (message) != SOUP_STATUS_OK)
    {
      protocol_error (error, self, message);
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

static void
get_revision_thread (GTask        *task,
                     gpointer      source,
                     gpointer      data,
                     GCancellable *cancellable)
{
  Call *call = data;
  GError *error = NULL;
  GBytes *bytes = get_snapshot (source, call->design_id, call->revision, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
xc_library_get_revision_async (XcLibrary           *self,
                               const char          *design_id,
                               const char          *revision,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_get_revision_async, design_id, cancellable, callback,
                   user_data);
  ((Call *) g_task_get_task_data (task))->revision = g_strdup (revision);
  if (check_design_id (task, design_id) && check_design_id (task, revision))
    xc_task_run_in_thread (task, get_revision_thread, (GDestroyNotify) g_bytes_unref);
}

GBytes *
xc_library_get_revision_finish (XcLibrary     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* restore */

static void
restore_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  XcLibrary *self = source;
  Call *call = data;
  GError *error = NULL;
  g_autoptr(GBytes) old = get_snapshot (self, call->design_id, call->revision, cancellable, &error);
  g_autoptr(GBytes) current = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(XcLibraryRevision) newest = NULL;
  XcLibrarySave *save;

  if (old == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (xc_library_cache_is_unsent (self->cache, call->design_id))
    {
      g_task_return_new_error (task, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                               _("%s: a save made here is not yet on %s; send it before "
                                 "restoring an older revision"), call->design_id, self->url);
      return;
    }
  /* Restoring replaces the current revision on purpose: it is the base. */
  current = get_current (self, call->design_id, &etag, cancellable, &error);
  if (current == NULL && !g_error_matches (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_error (&error);
  if (current != NULL)
    {
      newest = newest_entry (self, call->design_id, cancellable, &error);
      if ((error != NULL)
          || !xc_library_cache_store_agreed (self->cache, call->design_id, current, etag,
                                             newest != NULL ? newest->revision : NULL, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  save = push_design (self, old, NULL, cancellable, &error);
  if (save == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, save, g_object_unref);
}

void
xc_library_restore_async (XcLibrary           *self,
                          const char          *design_id,
                          const char          *revision,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_restore_async, design_id, cancellable, callback, user_data);
  ((Call *) g_task_get_task_data (task))->revision = g_strdup (revision);
  if (check_design_id (task, design_id) && check_design_id (task, revision))
    xc_task_run_in_thread (task, restore_thread, g_object_unref);
}

XcLibrarySave *
xc_library_restore_finish (XcLibrary     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* trash */

static void
trash_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  XcLibrary *self = source;
  Call *call = data;
  GError *error = NULL;
  g_autofree char *name = g_strconcat (call->design_id, DESIGN_SUFFIX, NULL);
  g_autofree char *from = url_for (self, "designs", name, NULL);
  g_autofree char *trash = url_for (self, "trash", "", NULL);
  g_autofree char *to = url_for (self, "trash", name, NULL);
  g_autofree char *etag = xc_library_cache_dup_etag (self->cache, call->design_id);
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) answer = NULL;
  SoupMessageHeaders *headers;
  guint status;

  /* Apache answers a MOVE into a missing folder with 500, not 409. */
  if (!make_collection (self, trash, cancellable, &error)
      || !(message = new_message ("MOVE", from, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  headers = soup_message_get_request_headers (message);
  soup_message_headers_replace (headers, "Destination", to);
  soup_message_headers_replace (headers, "Overwrite", "T");
  /* Never throw away a revision this computer has not seen. */
  if (etag != NULL)
    soup_message_headers_replace (headers, "If-Match", etag);
  if (!(answer = execute (self, message, NULL, NULL, NULL, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  status = soup_message_get_status (message);
  if (status == SOUP_STATUS_PRECONDITION_FAILED)
    g_task_return_new_error (task, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_PROTOCOL,
                             _("%s: changed on %s since it was opened here; open it again "
                               "before deleting it"), call->design_id, self->url);
  else if (status == SOUP_STATUS_NOT_FOUND)
    g_task_return_new_error (task, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_NOT_FOUND,
                             _("%s: no such design in the library %s"), call->design_id,
                             self->url);
  else if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      protocol_error (&error, self, message);
      g_task_return_error (task, error);
    }
  else
    g_task_return_boolean (task, TRUE);
}

void
xc_library_trash_async (XcLibrary           *self,
                        const char          *design_id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (XC_IS_LIBRARY (self));

  task = new_task (self, xc_library_trash_async, design_id, cancellable, callback, user_data);
  if (check_design_id (task, design_id))
    xc_task_run_in_thread (task, trash_thread, NULL);
}

gboolean
xc_library_trash_finish (XcLibrary     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
