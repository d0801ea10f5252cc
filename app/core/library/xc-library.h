/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

#include "xc-library-cache.h"
#include "xc-library-design.h"
#include "xc-library-revision.h"
#include "xc-library-save.h"

G_BEGIN_DECLS

#define XC_LIBRARY_ERROR (xc_library_error_quark ())

typedef enum
{
  XC_LIBRARY_ERROR_UNREACHABLE,     /* no answer, or a network or TLS failure */
  XC_LIBRARY_ERROR_AUTH,            /* 401 or 403: the user or password refused */
  XC_LIBRARY_ERROR_NOT_CONDITIONAL, /* the server ignores If-Match / If-None-Match */
  XC_LIBRARY_ERROR_PROTOCOL,        /* an answer the client cannot use */
  XC_LIBRARY_ERROR_NOT_FOUND,       /* no such design or revision */
  XC_LIBRARY_ERROR_NOT_A_DESIGN,    /* the bytes to save are not a design */
  XC_LIBRARY_ERROR_INVALID_MERGE,   /* merged cleanly, but the result does not load */
} XcLibraryError;

XC_AVAILABLE_IN_ALL
GQuark xc_library_error_quark (void);

#define XC_TYPE_LIBRARY (xc_library_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcLibrary, xc_library, XC, LIBRARY, GObject)

/* A client of one shared design library (library.md): a WebDAV root
 * holding designs/, history/ and trash/. Every call runs in a worker
 * thread and finishes on the thread-default main context of the caller;
 * every call is cancellable, and "transfer-progress" is emitted there
 * during large transfers. The password is given by the caller (the CLI
 * and the window read it from the keyring, see xc-library-credentials.h).
 * TLS certificates are verified; an untrusted one fails with
 * XC_LIBRARY_ERROR_UNREACHABLE and says so. */
XC_AVAILABLE_IN_ALL
XcLibrary       *xc_library_new                  (const char          *root_url,
                                                  const char          *user,
                                                  const char          *password) G_GNUC_WARN_UNUSED_RESULT;
/* The root URL without user or password, for messages. */
XC_AVAILABLE_IN_ALL
const char      *xc_library_get_url              (XcLibrary           *self);
XC_AVAILABLE_IN_ALL
const char      *xc_library_get_user             (XcLibrary           *self);
XC_AVAILABLE_IN_ALL
XcLibraryCache  *xc_library_get_cache            (XcLibrary           *self);

/* The designs on the server (XcLibraryDesign: title, scheme, revision and
 * who saved it last, from its newest history entry; modified and ETag
 * from a PROPFIND of designs/; the state of the copy here), by id, and
 * unsent designs of the cache not yet on the server. */
XC_AVAILABLE_IN_ALL
void             xc_library_list_async           (XcLibrary           *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
GListModel      *xc_library_list_finish          (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* xc_library_list_async() from one PROPFIND of designs/: ids, ETags,
 * modification times and states only (no title, scheme, revision or
 * user). Cheap enough to run now and then to mark designs changed on the
 * server, without downloading them. */
XC_AVAILABLE_IN_ALL
void             xc_library_check_async          (XcLibrary           *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
GListModel      *xc_library_check_finish         (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* The current revision of @design_id (an XcLibraryDesign with contents),
 * recorded in the cache as the base. Offline (XC_LIBRARY_ERROR_UNREACHABLE)
 * the cached working copy is given instead, marked from_cache; an unsent
 * working copy is never replaced by a pull. */
XC_AVAILABLE_IN_ALL
void             xc_library_pull_async           (XcLibrary           *self,
                                                  const char          *design_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcLibraryDesign *xc_library_pull_finish          (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Saves @contents (a design; its "id" names it in the library): first to
 * the cache as unsent, then to the server with If-Match of the base's ETag
 * (If-None-Match: * for a new design). Where the server changed meanwhile,
 * merges by record id and sends the merge (xc_library_save_get_contents);
 * with conflicts the XcLibrarySave lists them and nothing is written.
 * @picks (nullable) is a person's choice per conflict path, as for
 * xc_merge_three_way(). Offline: XC_LIBRARY_ERROR_UNREACHABLE, and the
 * save stays unsent in the cache for xc_library_send_unsent_async(). */
XC_AVAILABLE_IN_ALL
void             xc_library_push_async           (XcLibrary           *self,
                                                  GBytes              *contents,
                                                  GHashTable          *picks,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcLibrarySave   *xc_library_push_finish          (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Sends every unsent save of the cache; a GListModel of XcLibrarySave
 * (those with conflicts stay unsent). */
XC_AVAILABLE_IN_ALL
void             xc_library_send_unsent_async    (XcLibrary           *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
GListModel      *xc_library_send_unsent_finish   (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* The history of @design_id, XcLibraryRevision items, newest first. */
XC_AVAILABLE_IN_ALL
void             xc_library_history_async        (XcLibrary           *self,
                                                  const char          *design_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
GListModel      *xc_library_history_finish       (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* The bytes of one revision (to open read-only, or compare). */
XC_AVAILABLE_IN_ALL
void             xc_library_get_revision_async   (XcLibrary           *self,
                                                  const char          *design_id,
                                                  const char          *revision,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
GBytes          *xc_library_get_revision_finish  (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Makes @revision current again, as a new save over the current one. */
XC_AVAILABLE_IN_ALL
void             xc_library_restore_async        (XcLibrary           *self,
                                                  const char          *design_id,
                                                  const char          *revision,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
XcLibrarySave   *xc_library_restore_finish       (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Moves designs/<id>.xcprog to trash/ (restorable; history stays). */
XC_AVAILABLE_IN_ALL
void             xc_library_trash_async          (XcLibrary           *self,
                                                  const char          *design_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
XC_AVAILABLE_IN_ALL
gboolean         xc_library_trash_finish         (XcLibrary           *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Whether @design_id is usable as a file name on the server. */
XC_AVAILABLE_IN_ALL
gboolean         xc_library_is_valid_design_id   (const char          *design_id);

G_END_DECLS
