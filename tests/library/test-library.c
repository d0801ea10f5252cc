/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shared design library (library.md) against a real Apache mod_dav_fs
 * that each test starts on 127.0.0.1, through the client API and the real
 * xiachen-cli; and a scripted in-process SoupServer for a server that
 * ignores If-Match. */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "xc-test-apache.h"
#include "xc-test-util.h"

#define DESIGN_ID "hz-nkls-2023"

static char *work_dir;

/* Files and designs */

static GBytes *
sample_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("XIACHEN_SAMPLES_DIR"),
                                            "huizhou-nkls.xcprog", NULL);
  char *data;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static GBytes *
to_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static const char *
unit_name (GBytes     *bytes,
           const char *unit_id)
{
  static char name[256];
  g_autoptr(JsonNode) root = parse (bytes);

  g_strlcpy (name, json_object_get_string_member (xc_test_unit_json (json_node_get_object (root),
                                                                     unit_id), "name"),
             sizeof name);
  return name;
}

/* @bytes with unit @unit_id renamed. */
static GBytes *
with_unit_name (GBytes     *bytes,
                const char *unit_id,
                const char *name)
{
  g_autoptr(JsonNode) root = parse (bytes);

  json_object_set_string_member (xc_test_unit_json (json_node_get_object (root), unit_id),
                                 "name", name);
  return to_bytes (root);
}

static char *
write_file (const char *name,
            GBytes     *bytes)
{
  char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static GBytes *
read_file (const char *path)
{
  char *data;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

/* A cache of one planner's computer. */
static char *
cache_dir (const char *user)
{
  return g_build_filename (work_dir, "cache", user, NULL);
}

/* The command line */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
communicated (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err,
                                        &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (G_SUBPROCESS (source)));
  run->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
}

static void run_cli (Run        *run,
                     const char *user,
                     const char *password,
                     const char *first,
                     ...) G_GNUC_NULL_TERMINATED;

/* xiachen-cli library … as @user with @password, on this computer's
 * cache of @user. The main loop runs meanwhile (an in-process server). */
static void
run_cli (Run        *run,
         const char *user,
         const char *password,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = cache_dir (user);
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("XIACHEN_CLI"));
  g_ptr_array_add (argv, "library");
  g_ptr_array_add (argv, "--user");
  g_ptr_array_add (argv, (gpointer) user);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run->status = -1;
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE
                                        | G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache, TRUE);
  g_subprocess_launcher_setenv (launcher, "XIACHEN_LIBRARY_PASSWORD", password, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated, run);
  while (run->status == -1)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("xiachen-cli exit %d\nout: %s\nerr: %s", run->status, run->out, run->err);
}

/* The client API, waited for */

static XcLibrary *
library_for (XcTestApache *apache,
             const char   *user)
{
  return xc_library_new (xc_test_apache_get_url (apache), user,
                         g_str_equal (user, "ana") ? XC_TEST_ANA_PASSWORD : XC_TEST_BO_PASSWORD);
}

static XcLibrarySave *
push (XcLibrary     *library,
      GBytes        *bytes,
      GCancellable  *cancellable,
      GError       **error)
{
  XcTestAsync wait = { 0 };
  g_autoptr(GAsyncResult) result = NULL;

  xc_library_push_async (library, bytes, NULL, cancellable, xc_test_async_done, &wait);
  result = xc_test_async_wait (&wait);
  return xc_library_push_finish (library, result, error);
}

static XcLibraryDesign *
pull (XcLibrary     *library,
      const char    *design_id,
      GCancellable  *cancellable,
      GError       **error)
{
  XcTestAsync wait = { 0 };
  g_autoptr(GAsyncResult) result = NULL;

  xc_library_pull_async (library, design_id, cancellable, xc_test_async_done, &wait);
  result = xc_test_async_wait (&wait);
  return xc_library_pull_finish (library, result, error);
}

static void
assert_same_bytes (GBytes *a,
                   GBytes *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (g_bytes_get_size (a), ==, g_bytes_get_size (b));
  g_assert_true (g_bytes_equal (a, b));
}

/* A server of its own, and computers that have never seen one: a port
 * used again by a later test must not meet an earlier test's cache. */
static XcTestApache *
start_apache (void)
{
  g_autofree char *caches = g_build_filename (work_dir, "cache", NULL);

  xc_test_remove_tree (caches);
  return xc_test_apache_start ();
}

/* Tests */

/* Two planners edit different units of one design: both saves succeed
 * and the server holds both edits. */
static void
test_two_users_different_units (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) ana_edit = NULL;
  g_autoptr(GBytes) bo_edit = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autoptr(GBytes) bo_file_after = NULL;
  g_autofree char *ana_file = NULL;
  g_autofree char *bo_file = NULL;
  g_auto(Run) run = { 0 };
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  ana_file = write_file ("ana.xcprog", original);
  bo_file = g_build_filename (work_dir, "bo.xcprog", NULL);

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "pull", url, DESIGN_ID, bo_file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  assert_same_bytes (read_file (bo_file), original);

  ana_edit = with_unit_name (original, "u-shiwan-w", "石湾 — 安改");
  g_free (write_file ("ana.xcprog", ana_edit));
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  bo_edit = with_unit_name (original, "u-futian-w", "福田 — 波改");
  g_free (write_file ("bo.xcprog", bo_edit));
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "push", bo_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "merged"));

  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  g_assert_cmpstr (unit_name (on_server, "u-shiwan-w"), ==, "石湾 — 安改");
  g_assert_cmpstr (unit_name (on_server, "u-futian-w"), ==, "福田 — 波改");
  /* bo's file now holds what the library holds. */
  bo_file_after = read_file (bo_file);
  assert_same_bytes (bo_file_after, on_server);
}

/* Both change the same member: the second save is a conflict (exit 3),
 * and the server keeps the first save byte for byte. */
static void
test_same_member_conflict (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) ana_edit = NULL;
  g_autoptr(GBytes) bo_edit = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autofree char *ana_file = NULL;
  g_autofree char *bo_file = NULL;
  g_auto(GStrv) history = NULL;
  g_auto(Run) run = { 0 };
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  ana_file = write_file ("ana.xcprog", original);
  bo_file = g_build_filename (work_dir, "bo.xcprog", NULL);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "pull", url, DESIGN_ID, bo_file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  ana_edit = with_unit_name (original, "u-shiwan-w", "安的名字");
  g_free (write_file ("ana.xcprog", ana_edit));
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  bo_edit = with_unit_name (original, "u-shiwan-w", "波的名字");
  g_free (write_file ("bo.xcprog", bo_edit));
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "push", bo_file, url, NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "units[u-shiwan-w].name"));
  g_assert_nonnull (strstr (run.out, "安的名字"));
  g_assert_nonnull (strstr (run.out, "波的名字"));
  g_assert_nonnull (strstr (run.out, "ana"));

  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, ana_edit);
  /* bo's file is his, untouched; the history has ana's two saves only. */
  assert_same_bytes (read_file (bo_file), bo_edit);
  history = xc_test_apache_list (apache, "history/" DESIGN_ID);
  g_assert_cmpuint (g_strv_length (history), ==, 4);
}

/* Two saves within one second: Apache's ETag is weak then, and an
 * If-Match with it would fail falsely; the second save must go through
 * as a plain save, not a merge. */
static void
test_two_saves_within_a_second (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(XcLibrary) library = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) second = NULL;
  g_autoptr(XcLibrarySave) first_save = NULL;
  g_autoptr(XcLibrarySave) second_save = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autofree char *etag = NULL;

  if (apache == NULL)
    return;
  library = library_for (apache, "ana");
  first_save = push (library, original, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (xc_library_save_get_revision (first_save));
  /* The base's ETag is the strong one. */
  etag = xc_library_cache_dup_etag (xc_library_get_cache (library), DESIGN_ID);
  g_assert_nonnull (etag);
  g_assert_false (g_str_has_prefix (etag, "W/"));

  second = with_unit_name (original, "u-shiwan-w", "second");
  second_save = push (library, second, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (xc_library_save_get_revision (second_save));
  g_assert_null (xc_library_save_get_merged_from (second_save));
  g_assert_cmpuint (g_list_model_get_n_items (xc_library_save_get_conflicts (second_save)), ==, 0);
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, second);
  /* the workers that sent them hold nothing of the library */
  g_assert_finalize_object (g_steal_pointer (&library));
}

/* libsoup 3.2 drops the body when it re-sends a PUT after a 401: the
 * server must hold exactly the bytes sent. A new process's first
 * request here is the PUT itself (the probe is remembered). */
static void
test_save_after_challenge_stores_all_bytes (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) edit = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autofree char *file = NULL;
  g_auto(Run) run = { 0 };
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  file = write_file ("ana.xcprog", original);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  edit = with_unit_name (original, "u-shiwan-w", "challenged");
  g_free (write_file ("ana.xcprog", edit));
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, edit);
}

/* A wrong password is refused (exit 4) and nothing is written. */
static void
test_wrong_password (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autofree char *file = NULL;
  g_auto(GStrv) top = NULL;
  g_auto(Run) run = { 0 };

  if (apache == NULL)
    return;
  file = write_file ("bo.xcprog", original);
  run_cli (&run, "bo", "not-the-password", "push", file, xc_test_apache_get_url (apache), NULL);
  g_assert_cmpint (run.status, ==, 4);
  g_assert_nonnull (strstr (run.err, xc_test_apache_get_url (apache)));
  g_assert_nonnull (strstr (run.err, "bo"));
  top = xc_test_apache_list (apache, "");
  g_assert_cmpuint (g_strv_length (top), ==, 0);
}

static void
on_progress_cancel (XcLibrary    *library,
                    const char   *design_id,
                    guint64       done_bytes,
                    guint64       total,
                    GCancellable *cancellable)
{
  /* At the first report of a transfer under way (the client waits for
   * each report to be handled, so it stops here, not after the rest). */
  g_assert_cmpuint (total, >, 0);
  if (done_bytes < total)
    g_cancellable_cancel (cancellable);
}

static void
on_progress_count (XcLibrary  *library,
                   const char *design_id,
                   guint64     done_bytes,
                   guint64     total,
                   guint64    *last_total)
{
  *last_total = total;
}

/* A national design (some 37 MB) goes up and down and compares equal;
 * a cancelled upload and a cancelled download leave the server's and the
 * cache's copies as they were. */
static void
test_large_design (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(XcLibrary) ana = NULL;
  g_autoptr(XcLibrary) bo = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) national = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autoptr(GBytes) base = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
#ifdef XC_TEST_SANITIZED
  const char *argv[] = { g_getenv ("XIACHEN_GENERATE_NATIONAL"), "--units", "2400",
                         "--people", "7000", NULL, NULL };
  const gsize national_size = 3700 * 1000;
#else
  const char *argv[] = { g_getenv ("XIACHEN_GENERATE_NATIONAL"), "--units", "24000",
                         "--people", "70000", NULL, NULL };
  const gsize national_size = 37 * 1000 * 1000;
#endif
  const char *id;
  guint64 last_total = 0;
  gulong handler;

  if (apache == NULL)
    return;
  path = g_build_filename (work_dir, "national.xcprog", NULL);
  argv[5] = path;
  {
    g_autoptr(GSubprocess) generator = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);

    g_assert_no_error (error);
    g_subprocess_wait_check (generator, NULL, &error);
    g_assert_no_error (error);
  }
  national = read_file (path);
  g_assert_cmpuint (g_bytes_get_size (national), >=, national_size);
  root = parse (national);
  id = json_object_get_string_member (json_node_get_object (root), "id");

  ana = library_for (apache, "ana");
  bo = library_for (apache, "bo");
  handler = g_signal_connect (ana, "transfer-progress", G_CALLBACK (on_progress_count), &last_total);
  g_timer_start (timer);
  save = push (ana, national, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("up: %.1f MB in %.2f s (with parsing and history)",
                  g_bytes_get_size (national) / 1e6, g_timer_elapsed (timer, NULL));
  g_signal_handler_disconnect (ana, handler);
  g_assert_cmpuint (last_total, ==, g_bytes_get_size (national));
  on_server = xc_test_apache_read_design (apache, id);
  assert_same_bytes (on_server, national);

  g_timer_start (timer);
  design = pull (bo, id, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("down: %.1f MB in %.2f s", g_bytes_get_size (national) / 1e6,
                  g_timer_elapsed (timer, NULL));
  assert_same_bytes (xc_library_design_get_contents (design), national);

  /* A cancelled upload: the server keeps the design as it was. */
  json_object_set_string_member (json_node_get_object (root), "title", "全国（改）");
  changed = to_bytes (root);
  cancellable = g_cancellable_new ();
  handler = g_signal_connect (bo, "transfer-progress", G_CALLBACK (on_progress_cancel), cancellable);
  g_clear_object (&save);
  save = push (bo, changed, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (save);
  g_clear_error (&error);
  g_clear_pointer (&on_server, g_bytes_unref);
  on_server = xc_test_apache_read_design (apache, id);
  assert_same_bytes (on_server, national);
  /* bo's base is still the revision he pulled; his change waits, unsent. */
  base = xc_library_cache_load_base (xc_library_get_cache (bo), id);
  assert_same_bytes (base, national);
  g_assert_true (xc_library_cache_is_unsent (xc_library_get_cache (bo), id));

  /* A cancelled download: ana's copy stays as it was. */
  g_signal_handler_disconnect (bo, handler);
  g_object_unref (cancellable);
  cancellable = g_cancellable_new ();
  g_signal_connect (ana, "transfer-progress", G_CALLBACK (on_progress_cancel), cancellable);
  g_clear_object (&design);
  design = pull (ana, id, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&base, g_bytes_unref);
  base = xc_library_cache_load_base (xc_library_get_cache (ana), id);
  assert_same_bytes (base, national);
}

/* A server that writes whatever If-Match and If-None-Match say. */
typedef struct
{
  GHashTable *files;   /* path → GBytes */
  guint       puts;
} Careless;

static void
careless_handler (SoupServer        *server,
                  SoupServerMessage *message,
                  const char        *path,
                  GHashTable        *query,
                  gpointer           data)
{
  Careless *careless = data;
  const char *method = soup_server_message_get_method (message);

  if (g_str_equal (method, "PUT"))
    {
      SoupMessageBody *body = soup_server_message_get_request_body (message);
      g_autoptr(GBytes) bytes = soup_message_body_flatten (body);

      g_hash_table_insert (careless->files, g_strdup (path), g_bytes_ref (bytes));
      careless->puts++;
      soup_server_message_set_status (message, SOUP_STATUS_CREATED, NULL);
    }
  else if (g_str_equal (method, "DELETE"))
    {
      g_hash_table_remove (careless->files, path);
      soup_server_message_set_status (message, SOUP_STATUS_NO_CONTENT, NULL);
    }
  else if (g_str_equal (method, "MKCOL"))
    soup_server_message_set_status (message, SOUP_STATUS_CREATED, NULL);
  else if (g_hash_table_contains (careless->files, path))
    {
      GBytes *bytes = g_hash_table_lookup (careless->files, path);

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/octet-stream", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

/* Such a server is refused before any design is written (exit 5). */
static void
test_server_ignoring_if_match_is_refused (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  Careless careless = { files, 0 };
  g_autoptr(GBytes) original = sample_bytes ();
  g_autofree char *file = write_file ("ana.xcprog", original);
  g_autofree char *url = NULL;
  g_auto(Run) run = { 0 };
  GSList *uris;
  GHashTableIter iter;
  const char *path;

  soup_server_add_handler (server, NULL, careless_handler, &careless, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/library/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 5);
  g_assert_nonnull (strstr (run.err, url));
  g_assert_nonnull (strstr (run.err, "If-None-Match"));
  /* Only the probe was ever written, and it is gone. */
  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    g_assert_null (strstr (path, DESIGN_ID));
  g_assert_cmpuint (g_hash_table_size (files), ==, 0);
  g_assert_cmpuint (careless.puts, ==, 2);
}

/* A server whose certificate is not trusted is refused with a message
 * that says so (exit 5), and nothing is sent to it. */
static void
test_untrusted_certificate_is_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cert_file = g_test_build_filename (G_TEST_DIST, "library", "data",
                                                      "untrusted-cert.pem", NULL);
  g_autofree char *key_file = g_test_build_filename (G_TEST_DIST, "library", "data",
                                                     "untrusted-key.pem", NULL);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_bytes_unref);
  Careless careless = { files, 0 };
  g_autoptr(GBytes) original = sample_bytes ();
  g_autofree char *file = write_file ("ana.xcprog", original);
  g_autofree char *url = NULL;
  g_auto(Run) run = { 0 };
  GSList *uris;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (Debian glib-networking)");
      return;
    }
  certificate = g_tls_certificate_new_from_files (cert_file, key_file, &error);
  g_assert_no_error (error);
  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, careless_handler, &careless, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS,
                            &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("https://127.0.0.1:%d/library/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 5);
  g_assert_nonnull (strstr (run.err, url));
  g_assert_nonnull (strstr (run.err, "not trusted"));
  g_assert_cmpuint (careless.puts, ==, 0);
}

/* A save made while the server is down stays unsent, opening gives the
 * copy here, and it is sent when the server is back. */
static void
test_offline_save_sent_later (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(XcLibrary) library = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) offline = NULL;
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) on_server = NULL;

  if (apache == NULL)
    return;
  library = library_for (apache, "ana");
  save = push (library, original, NULL, &error);
  g_assert_no_error (error);

  xc_test_apache_stop (apache);
  offline = with_unit_name (original, "u-shiwan-w", "离线时改");
  g_clear_object (&save);
  save = push (library, offline, NULL, &error);
  g_assert_error (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE);
  g_assert_null (save);
  g_clear_error (&error);
  g_assert_true (xc_library_cache_is_unsent (xc_library_get_cache (library), DESIGN_ID));
  design = pull (library, DESIGN_ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (xc_library_design_get_from_cache (design));
  g_assert_cmpint (xc_library_design_get_state (design), ==, XC_LIBRARY_STATE_UNSENT);
  assert_same_bytes (xc_library_design_get_contents (design), offline);
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, original);

  /* Back online. */
  xc_test_apache_restart (apache);
  {
    XcTestAsync wait = { 0 };
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GListModel) saves = NULL;

    xc_library_send_unsent_async (library, NULL, xc_test_async_done, &wait);
    result = xc_test_async_wait (&wait);
    saves = xc_library_send_unsent_finish (library, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (saves), ==, 1);
  }
  g_clear_pointer (&on_server, g_bytes_unref);
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, offline);
  g_assert_false (xc_library_cache_is_unsent (xc_library_get_cache (library), DESIGN_ID));
}

/* An offline push of the command line is sent by its next list. */
static void
test_cli_offline_push_sent_by_list (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) on_server = NULL;
  g_autofree char *file = NULL;
  g_auto(Run) run = { 0 };
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  file = write_file ("ana.xcprog", original);
  xc_test_apache_stop (apache);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 5);
  g_assert_nonnull (strstr (run.err, url));
  run_clear (&run);
  xc_test_apache_restart (apache);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "list", url, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, DESIGN_ID));
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, original);
}

/* Every save is in the history with its user, newest first; an old
 * revision restored is a new save, and list names who saved last. */
static void
test_history_and_restore (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) ana_edit = NULL;
  g_autoptr(GBytes) bo_edit = NULL;
  g_autoptr(GBytes) on_server = NULL;
  g_autoptr(XcLibrary) library = NULL;
  g_autoptr(XcLibrarySave) restored = NULL;
  g_autoptr(JsonNode) history = NULL;
  g_autoptr(JsonNode) listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) history_bytes = NULL;
  g_autoptr(GBytes) list_bytes = NULL;
  g_autofree char *ana_file = NULL;
  g_autofree char *bo_file = NULL;
  g_autofree char *first_revision = NULL;
  g_autofree char *third_revision = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *entries;
  JsonObject *design;
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  ana_file = write_file ("ana.xcprog", original);
  bo_file = g_build_filename (work_dir, "bo.xcprog", NULL);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "pull", url, DESIGN_ID, bo_file, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  bo_edit = with_unit_name (original, "u-futian-w", "bo");
  g_free (write_file ("bo.xcprog", bo_edit));
  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "push", bo_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  ana_edit = with_unit_name (original, "u-shiwan-w", "ana");
  g_free (write_file ("ana.xcprog", ana_edit));
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", ana_file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_cli (&run, "bo", XC_TEST_BO_PASSWORD, "history", url, DESIGN_ID, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  history_bytes = g_bytes_new (run.out, strlen (run.out));
  history = parse (history_bytes);
  entries = json_node_get_array (history);
  g_assert_cmpuint (json_array_get_length (entries), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 0), "by"),
                   ==, "ana");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 1), "by"),
                   ==, "bo");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 2), "by"),
                   ==, "ana");
  /* ana's second save merged bo's in; what it changed is named. */
  g_assert_false (json_object_get_null_member (json_array_get_object_element (entries, 0),
                                               "merged_from"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (entries, 2), "parent"));
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (json_array_get_object_element (entries, 1),
                                                   "changed"), 0), ==, "units/u-futian-w");
  first_revision = g_strdup (json_object_get_string_member (json_array_get_object_element (entries, 2),
                                                            "revision"));
  third_revision = g_strdup (json_object_get_string_member (json_array_get_object_element (entries, 0),
                                                            "revision"));
  run_clear (&run);

  /* Restore the first revision: a fourth save, by bo, whose parent is the third. */
  library = library_for (apache, "bo");
  {
    XcTestAsync wait = { 0 };
    g_autoptr(GAsyncResult) result = NULL;

    xc_library_restore_async (library, DESIGN_ID, first_revision, NULL, xc_test_async_done, &wait);
    result = xc_test_async_wait (&wait);
    restored = xc_library_restore_finish (library, result, &error);
    g_assert_no_error (error);
  }
  on_server = xc_test_apache_read_design (apache, DESIGN_ID);
  assert_same_bytes (on_server, original);
  {
    XcTestAsync wait = { 0 };
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GListModel) revisions = NULL;
    g_autoptr(XcLibraryRevision) newest = NULL;

    xc_library_history_async (library, DESIGN_ID, NULL, xc_test_async_done, &wait);
    result = xc_test_async_wait (&wait);
    revisions = xc_library_history_finish (library, result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (revisions), ==, 4);
    newest = g_list_model_get_item (revisions, 0);
    g_assert_cmpstr (xc_library_revision_get_revision (newest), ==,
                     xc_library_save_get_revision (restored));
    g_assert_cmpstr (xc_library_revision_get_by (newest), ==, "bo");
    g_assert_cmpstr (xc_library_revision_get_parent (newest), ==, third_revision);
  }

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "list", url, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  list_bytes = g_bytes_new (run.out, strlen (run.out));
  listing = parse (list_bytes);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (listing)), ==, 1);
  design = json_array_get_object_element (json_node_get_array (listing), 0);
  g_assert_cmpstr (json_object_get_string_member (design, "id"), ==, DESIGN_ID);
  g_assert_cmpstr (json_object_get_string_member (design, "by"), ==, "bo");
  g_assert_cmpstr (json_object_get_string_member (design, "scheme"), ==, "huizhou-studio");
  g_assert_cmpstr (json_object_get_string_member (design, "title"), ==,
                   "环南昆山—罗浮山引领区名(中)医工作室");
  g_assert_cmpstr (json_object_get_string_member (design, "revision"), ==,
                   xc_library_save_get_revision (restored));
}

/* A title may hold any character a design file can: the history entry and
 * the state written for it must read back, and --format=json print it
 * escaped. (json-glib's own writer put U+001F in raw, which the strict
 * reader then refused: the design's history could no longer be read.) */
static void
test_control_character_in_title (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(GBytes) original = sample_bytes ();
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL),
                                     g_bytes_get_size (original));
  g_auto(GStrv) parts = g_strsplit (text, "\"title\": \"", 2);
  g_autofree char *titled = g_strjoin ("\"title\": \"A\\u001fB ", parts[0], parts[1], NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (titled, strlen (titled));
  g_autofree char *file = write_file ("ana.xcprog", bytes);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  const char *url;

  if (apache == NULL)
    return;
  url = xc_test_apache_get_url (apache);
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  /* pushed again: the second save reads the first one's history entry */
  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "push", file, url, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "history", url, DESIGN_ID, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  xc_json_validate (run.out, strlen (run.out), &error);
  g_assert_no_error (error);
  /* both saves: every entry read back */
  g_assert_nonnull (strstr (run.out, "\"parent\" : null"));
  g_assert_nonnull (strstr (run.out, "\"parent\" : \"20"));
  run_clear (&run);

  run_cli (&run, "ana", XC_TEST_ANA_PASSWORD, "list", url, "--format=json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  xc_json_validate (run.out, strlen (run.out), &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (run.out, "\"title\" : \"A\\u001fB "));
}

static XcLibraryState
state_of (XcLibrary  *library,
          const char *design_id)
{
  XcTestAsync wait = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) designs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;

  xc_library_check_async (library, NULL, xc_test_async_done, &wait);
  result = xc_test_async_wait (&wait);
  designs = xc_library_check_finish (library, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (designs), ==, 1);
  design = g_list_model_get_item (designs, 0);
  g_assert_cmpstr (xc_library_design_get_id (design), ==, design_id);
  return xc_library_design_get_state (design);
}

/* What a tab shows, from one PROPFIND: never opened here, current,
 * changed on the server, unsent. */
static void
test_states (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(XcLibrary) ana = NULL;
  g_autoptr(XcLibrary) bo = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(GBytes) edit = NULL;
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;
  g_autoptr(GError) error = NULL;

  if (apache == NULL)
    return;
  ana = library_for (apache, "ana");
  bo = library_for (apache, "bo");
  save = push (ana, original, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (ana, DESIGN_ID), ==, XC_LIBRARY_STATE_CURRENT);
  g_assert_cmpint (state_of (bo, DESIGN_ID), ==, XC_LIBRARY_STATE_NOT_CACHED);
  design = pull (bo, DESIGN_ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (bo, DESIGN_ID), ==, XC_LIBRARY_STATE_CURRENT);

  edit = with_unit_name (original, "u-shiwan-w", "changed");
  g_clear_object (&save);
  save = push (ana, edit, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (bo, DESIGN_ID), ==, XC_LIBRARY_STATE_CHANGED_ON_SERVER);

  xc_library_cache_store_unsent (xc_library_get_cache (ana), DESIGN_ID, original, &error);
  g_assert_no_error (error);
  g_assert_cmpint (state_of (ana, DESIGN_ID), ==, XC_LIBRARY_STATE_UNSENT);
}

/* Delete moves the design to trash/, restorable; its history stays. */
static void
test_trash (void)
{
  g_autoptr(XcTestApache) apache = start_apache ();
  g_autoptr(XcLibrary) library = NULL;
  g_autoptr(GBytes) original = sample_bytes ();
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) designs = NULL;
  g_auto(GStrv) trash = NULL;
  XcTestAsync wait = { 0 };
  g_autoptr(GAsyncResult) result = NULL;

  if (apache == NULL)
    return;
  library = library_for (apache, "ana");
  save = push (library, original, NULL, &error);
  g_assert_no_error (error);
  xc_library_trash_async (library, DESIGN_ID, NULL, xc_test_async_done, &wait);
  result = xc_test_async_wait (&wait);
  g_assert_true (xc_library_trash_finish (library, result, &error));
  g_assert_no_error (error);
  designs = xc_test_apache_list (apache, "designs");
  trash = xc_test_apache_list (apache, "trash");
  g_assert_false (g_strv_contains ((const char * const *) designs, DESIGN_ID ".xcprog"));
  g_assert_true (g_strv_contains ((const char * const *) trash, DESIGN_ID ".xcprog"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = NULL;
  int status;

  work_dir = g_dir_make_tmp ("xc-library-XXXXXX", &error);
  g_assert_no_error (error);
  /* This process is ana's computer for the client API; set before GLib
   * reads it. */
  cache = g_build_filename (work_dir, "cache", "ana", NULL);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  /* Every server here is on 127.0.0.1: no system proxy, and no libproxy
   * (a C++ library whose exceptions a clang-sanitized C program cannot
   * pass). The command lines started here inherit it. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library/two-users-different-units", test_two_users_different_units);
  g_test_add_func ("/library/same-member-conflict", test_same_member_conflict);
  g_test_add_func ("/library/two-saves-within-a-second", test_two_saves_within_a_second);
  g_test_add_func ("/library/save-after-challenge", test_save_after_challenge_stores_all_bytes);
  g_test_add_func ("/library/wrong-password", test_wrong_password);
  g_test_add_func ("/library/large-design", test_large_design);
  g_test_add_func ("/library/server-ignoring-if-match", test_server_ignoring_if_match_is_refused);
  g_test_add_func ("/library/untrusted-certificate", test_untrusted_certificate_is_refused);
  g_test_add_func ("/library/offline-save-sent-later", test_offline_save_sent_later);
  g_test_add_func ("/library/cli-offline-push-sent-by-list", test_cli_offline_push_sent_by_list);
  g_test_add_func ("/library/history-and-restore", test_history_and_restore);
  g_test_add_func ("/library/control-character-in-title", test_control_character_in_title);
  g_test_add_func ("/library/states", test_states);
  g_test_add_func ("/library/trash", test_trash);
  status = g_test_run ();
  xc_test_remove_tree (work_dir);
  g_free (work_dir);
  return status;
}
