/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xc-format.h"
#include "xc-json-reader.h"
#include "xc-plugin-info.h"
#include "xc-plugin-process-private.h"
#include "xc-rule.h"

/* Runs the `xiachen-validator` helper, in which a third-party plugin's
 * code runs, as GIMP runs its plug-ins: whatever the plugin does there — a
 * crash, a hang, output without end — ends as an error of
 * %XC_PLUGIN_ERROR_FAULT here, never as a fault of this process.
 *
 * The design goes in and the answer comes out through unlinked temporary
 * files, not pipes: nothing can block on a full pipe, no SIGPIPE reaches
 * us when the helper dies early, and there is only the exit to wait for. */

#define DEFAULT_TIME_LIMIT 30

/* An answer holds a finding per line at most; a national design's are a
 * few MB. */
#define ANSWER_MAX_SIZE XC_FORMAT_MAX_FILE_SIZE

/**
 * xc_plugin_info_get_time_limit:
 * @input_size: the size of the design the helper reads
 *
 * A hang is caught whatever the limit; the limit only has to leave a slow
 * machine time for a large design: reading, checking and answering grow
 * with it (a 53 MB national design takes the helper about 0.7 s here).
 *
 * Returns: seconds the helper may take: `XIACHEN_VALIDATOR_TIMEOUT`, so
 *   tests need not wait, else 30 and one more per MB of @input_size
 */
guint
xc_plugin_info_get_time_limit (gsize input_size)
{
  const char *env = g_getenv ("XIACHEN_VALIDATOR_TIMEOUT");
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 24 * 3600, &seconds, NULL))
    return (guint) seconds;
  return DEFAULT_TIME_LIMIT + (guint) MIN (input_size / (1024 * 1024), 3600);
}

static void
child_setup (gpointer user_data)
{
  /* Between fork and exec: only async-signal-safe calls. A helper that
   * writes without end is stopped by SIGXFSZ; a crash leaves no core. */
  struct rlimit file_size = { ANSWER_MAX_SIZE, ANSWER_MAX_SIZE };
  struct rlimit core = { 0, 0 };

  setrlimit (RLIMIT_FSIZE, &file_size);
  setrlimit (RLIMIT_CORE, &core);
}

/* An unlinked temporary file holding @bytes, at its start. */
static int
temporary_file (GBytes  *bytes,
                GError **error)
{
  g_autofree char *path = NULL;
  const guint8 *data = NULL;
  gsize size = 0;
  int fd;

  fd = g_file_open_tmp ("xiachen-validator-XXXXXX", &path, error);
  if (fd < 0)
    return -1;
  g_unlink (path);

  if (bytes != NULL)
    data = g_bytes_get_data (bytes, &size);
  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Cannot write a temporary file: %s"), g_strerror (saved));
          close (fd);
          return -1;
        }
      data += written;
      size -= written;
    }
  if (lseek (fd, 0, SEEK_SET) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write a temporary file: %s"), g_strerror (saved));
      close (fd);
      return -1;
    }
  return fd;
}

typedef struct
{
  gboolean done;
  gboolean timed_out;
  gboolean cancelled;
  GSubprocess *process;
} Wait;

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  wait->done = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Wait *wait = user_data;

  wait->timed_out = TRUE;
  g_subprocess_force_exit (wait->process);
  return G_SOURCE_REMOVE;
}

static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->cancelled = TRUE;
  g_subprocess_force_exit (wait->process);
  return G_SOURCE_REMOVE;
}

static GError *
fault (const char *format,
       ...) G_GNUC_PRINTF (1, 2);

static GError *
fault (const char *format,
       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return g_error_new_literal (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT, message);
}

static GError *
unreadable (const char *reason)
{
  return fault (_("gave an answer that cannot be read: %s"), reason);
}

/* The next event of @reader, or %XC_JSON_EVENT_ERROR with @error set as an
 * answer that cannot be read. */
static XcJsonEvent
next_event (XcJsonReader  *reader,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  XcJsonEvent event = xc_json_reader_next (reader, &local_error);

  if (event == XC_JSON_EVENT_ERROR)
    g_propagate_error (error, unreadable (local_error->message));
  return event;
}

/* The rest of {"error": {"code": N, "message": "..."}}, the helper's own
 * reason for failing, as @error. */
static void
read_failure (XcJsonReader  *reader,
              GError       **error)
{
  g_autofree char *message = NULL;
  gint64 code = -1;
  XcJsonEvent event;

  if (next_event (reader, error) != XC_JSON_EVENT_BEGIN_OBJECT)
    {
      if (error != NULL && *error == NULL)
        g_propagate_error (error, unreadable (_("not an object")));
      return;
    }
  while ((event = next_event (reader, error)) == XC_JSON_EVENT_MEMBER)
    {
      g_autofree char *member = g_strdup (xc_json_reader_get_text (reader, NULL));

      event = next_event (reader, error);
      if (g_str_equal (member, "code") && event == XC_JSON_EVENT_NUMBER)
        g_ascii_string_to_signed (xc_json_reader_get_text (reader, NULL), 10, G_MININT, G_MAXINT,
                                  &code, NULL);
      else if (g_str_equal (member, "message") && event == XC_JSON_EVENT_STRING)
        {
          g_free (message);
          message = g_strdup (xc_json_reader_get_text (reader, NULL));
        }
      else if (event != XC_JSON_EVENT_ERROR)
        {
          g_propagate_error (error, unreadable (_("not an object")));
          return;
        }
      if (event == XC_JSON_EVENT_ERROR)
        return;
    }
  if (event == XC_JSON_EVENT_ERROR)
    return;

  /* Its own reasons are those of the loader: any other code is one. */
  if (code < 0 || code >= XC_PLUGIN_ERROR_FAULT)
    code = XC_PLUGIN_ERROR_NO_SCHEME;
  g_set_error_literal (error, XC_PLUGIN_ERROR, (int) code,
                       message != NULL ? message : _("failed without a reason"));
}

/* The helper's answer: a JSON object, or its own reason for failing. Only
 * the start is read here; a national design's findings are tens of MB, and
 * the caller reads them as they come (_xc_plugin_process_add_findings()). */
static GBytes *
read_answer (int      fd,
             GError **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(XcJsonReader) reader = NULL;
  g_autoptr(GBytes) answer = NULL;
  struct stat info;

  if (fstat (fd, &info) != 0 || info.st_size <= 0 || info.st_size > ANSWER_MAX_SIZE)
    {
      g_propagate_error (error, fault (_("gave no answer")));
      return NULL;
    }
  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_propagate_error (error, unreadable (local_error->message));
      return NULL;
    }
  answer = g_mapped_file_get_bytes (mapped);
  reader = xc_json_reader_new (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
  if (next_event (reader, error) != XC_JSON_EVENT_BEGIN_OBJECT)
    {
      if (error != NULL && *error == NULL)
        g_propagate_error (error, unreadable (_("not an object")));
      return NULL;
    }
  if (next_event (reader, &local_error) == XC_JSON_EVENT_MEMBER
      && g_str_equal (xc_json_reader_get_text (reader, NULL), "error"))
    {
      read_failure (reader, error);
      return NULL;
    }
  return g_steal_pointer (&answer);
}

typedef struct
{
  const char *rule;
  const char *unit;
  const char *subject;
  const char *path;
  const char *message;
} AnsweredFinding;

/* A string, or null where @nullable; anything else is %FALSE. The text
 * is kept in @strings. */
static gboolean
read_string (XcJsonReader  *reader,
             GStringChunk  *strings,
             gboolean       nullable,
             const char   **value,
             GError       **error)
{
  gsize length;
  const char *text;

  switch (next_event (reader, error))
    {
    case XC_JSON_EVENT_STRING:
      text = xc_json_reader_get_text (reader, &length);
      *value = g_string_chunk_insert_len (strings, text, length);
      return TRUE;
    case XC_JSON_EVENT_NULL:
      *value = NULL;
      return nullable;
    default:
      return FALSE;
    }
}

static gboolean
read_finding (XcJsonReader     *reader,
              GStringChunk     *strings,
              AnsweredFinding  *finding,
              GError          **error)
{
  XcJsonEvent event;

  while ((event = next_event (reader, error)) == XC_JSON_EVENT_MEMBER)
    {
      const char *member = xc_json_reader_get_text (reader, NULL);
      const char **value = NULL;
      gboolean nullable = TRUE;

      if (g_str_equal (member, "rule"))
        value = &finding->rule, nullable = FALSE;
      else if (g_str_equal (member, "message"))
        value = &finding->message, nullable = FALSE;
      else if (g_str_equal (member, "unit"))
        value = &finding->unit;
      else if (g_str_equal (member, "subject"))
        value = &finding->subject;
      else if (g_str_equal (member, "path"))
        value = &finding->path;
      if (value == NULL || !read_string (reader, strings, nullable, value, error))
        return FALSE;
    }
  return event == XC_JSON_EVENT_END_OBJECT && finding->rule != NULL && finding->message != NULL;
}

/**
 * _xc_plugin_process_add_findings:
 * @answer: a helper's answer to `validate`, from _xc_plugin_process_run()
 * @rules: the scheme's rules; a finding of any other rule is refused
 *
 * Reads {"findings": [{"rule", "unit", "subject", "path", "message"}, …]}
 * as it comes, with the strict reader, and adds the findings to @report:
 * all of them, or none where any is wrong.
 *
 * Returns: %FALSE with %XC_PLUGIN_ERROR_FAULT where the answer is not that
 */
gboolean
_xc_plugin_process_add_findings (GBytes      *answer,
                                 GListModel  *rules,
                                 XcReport    *report,
                                 GError     **error)
{
  g_autoptr(XcJsonReader) reader = NULL;
  g_autoptr(GHashTable) rule_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) findings = g_array_new (FALSE, TRUE, sizeof (AnsweredFinding));
  GStringChunk *strings = g_string_chunk_new (64 * 1024);
  g_autoptr(GError) local_error = NULL;
  XcJsonEvent event = XC_JSON_EVENT_ERROR;

  g_return_val_if_fail (answer != NULL, FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (rules), FALSE);
  g_return_val_if_fail (XC_IS_REPORT (report), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (rules, i);

      g_hash_table_add (rule_ids, (gpointer) xc_rule_get_id (rule));
    }

  reader = xc_json_reader_new (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer));
  if (next_event (reader, &local_error) != XC_JSON_EVENT_BEGIN_OBJECT
      || next_event (reader, &local_error) != XC_JSON_EVENT_MEMBER
      || !g_str_equal (xc_json_reader_get_text (reader, NULL), "findings")
      || next_event (reader, &local_error) != XC_JSON_EVENT_BEGIN_ARRAY)
    goto no_findings;

  while ((event = next_event (reader, &local_error)) == XC_JSON_EVENT_BEGIN_OBJECT)
    {
      AnsweredFinding finding = { NULL };

      if (!read_finding (reader, strings, &finding, &local_error))
        {
          if (local_error == NULL)
            local_error = unreadable (_("a finding is incomplete"));
          goto failed;
        }
      if (!g_hash_table_contains (rule_ids, finding.rule))
        {
          local_error = fault (_("reported rule “%s”, which is not in its rule table"),
                               finding.rule);
          goto failed;
        }
      g_array_append_val (findings, finding);
    }
  if (event != XC_JSON_EVENT_END_ARRAY
      || next_event (reader, &local_error) != XC_JSON_EVENT_END_OBJECT
      || next_event (reader, &local_error) != XC_JSON_EVENT_END)
    goto no_findings;

  for (guint i = 0; i < findings->len; i++)
    {
      AnsweredFinding *finding = &g_array_index (findings, AnsweredFinding, i);

      xc_report_add (report, finding->rule, finding->unit, finding->subject, finding->path,
                     "%s", finding->message);
    }
  g_string_chunk_free (strings);
  return TRUE;

no_findings:
  if (local_error == NULL)
    local_error = unreadable (_("no findings"));
failed:
  g_string_chunk_free (strings);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * _xc_plugin_process_run:
 * @argv: the helper and its arguments
 * @input: (nullable): what the helper reads on its standard input
 * @cancellable: (nullable): stops the helper
 *
 * Runs the helper to its end, for at most xc_plugin_info_get_time_limit()
 * seconds for @input, in a main context of its own (so from any thread).
 *
 * Returns: (transfer full): the helper's answer, a JSON object whose first
 *   member is not "error" (the rest is the caller's to read); %NULL with
 *   %XC_PLUGIN_ERROR_FAULT where it crashed, hung, stopped or answered
 *   nonsense (the message says which, e.g. "crashed with signal 11
 *   (Segmentation fault)"), with another %XC_PLUGIN_ERROR where it
 *   answered with a reason of its own, or %G_IO_ERROR_CANCELLED
 */
GBytes *
_xc_plugin_process_run (const char * const *argv,
                        GBytes             *input,
                        GCancellable       *cancellable,
                        GError            **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GSource) timeout = NULL;
  g_autoptr(GSource) cancel = NULL;
  guint time_limit = xc_plugin_info_get_time_limit (input != NULL ? g_bytes_get_size (input) : 0);
  g_autoptr(GError) local_error = NULL;
  Wait wait = { 0 };
  int input_fd, answer_fd, answer_copy;
  GBytes *answer = NULL;

  g_return_val_if_fail (argv != NULL && argv[0] != NULL, NULL);

  input_fd = temporary_file (input, &local_error);
  if (input_fd < 0)
    {
      g_propagate_error (error, fault (_("could not be run: %s"), local_error->message));
      return NULL;
    }
  answer_fd = temporary_file (NULL, &local_error);
  if (answer_fd < 0)
    {
      g_propagate_error (error, fault (_("could not be run: %s"), local_error->message));
      close (input_fd);
      return NULL;
    }
  answer_copy = dup (answer_fd);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_take_stdin_fd (launcher, input_fd);
  g_subprocess_launcher_take_stdout_fd (launcher, answer_copy);
  g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, argv, &local_error);
  /* The launcher holds the child's ends until it goes. */
  g_clear_object (&launcher);
  if (process == NULL)
    {
      /* e.g. the helper is not installed: still the plugin cannot be used */
      g_propagate_error (error, fault (_("could not be run: %s"), local_error->message));
      close (answer_fd);
      return NULL;
    }

  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  wait.process = process;
  g_subprocess_wait_async (process, NULL, wait_cb, &wait);

  timeout = g_timeout_source_new_seconds (time_limit);
  g_source_set_callback (timeout, timeout_cb, &wait, NULL);
  g_source_attach (timeout, context);
  if (cancellable != NULL)
    {
      cancel = g_cancellable_source_new (cancellable);
      g_source_set_callback (cancel, G_SOURCE_FUNC (cancelled_cb), &wait, NULL);
      g_source_attach (cancel, context);
    }

  while (!wait.done)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  if (cancel != NULL)
    g_source_destroy (cancel);
  g_main_context_pop_thread_default (context);

  if (wait.cancelled)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Operation was cancelled"));
  else if (wait.timed_out)
    g_propagate_error (error, fault (g_dngettext (GETTEXT_PACKAGE,
                                                 "gave no answer within %u second",
                                                 "gave no answer within %u seconds",
                                                 time_limit),
                                     time_limit));
  else if (g_subprocess_get_if_signaled (process))
    /* TRANSLATORS: %d is a signal number, %s its name, e.g. "Segmentation fault" */
    g_propagate_error (error, fault (_("crashed with signal %d (%s)"),
                                     g_subprocess_get_term_sig (process),
                                     g_strsignal (g_subprocess_get_term_sig (process))));
  else if (g_subprocess_get_exit_status (process) != 0)
    g_propagate_error (error, fault (_("stopped with exit status %d"),
                                     g_subprocess_get_exit_status (process)));
  else
    answer = read_answer (answer_fd, error);

  close (answer_fd);
  return answer;
}
