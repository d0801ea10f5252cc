/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xiachen-cli library: the shared design library from a terminal or a
 * script (library.md "Command line"). */
#define G_LOG_DOMAIN "xiachen-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "xiachen.h"
#include "xc-cli-json.h"
#include "xc-cli-library.h"

enum {
  EXIT_DONE = 0,
  EXIT_NOT_A_DESIGN = 2,   /* FILE unreadable or not a design; usage */
  EXIT_CONFLICT = 3,       /* needs a person; nothing written on the server */
  EXIT_AUTH = 4,           /* authentication refused */
  EXIT_SERVER = 5,         /* unreachable, or not a server that honours If-Match */
};

/* A national design is some 40 MB; this leaves room and stops a mistake. */
#define MAX_DESIGN_SIZE (512 * 1024 * 1024)

static const char *
usage_text (void)
{
  return _("Usage:\n"
           "  xiachen-cli library list URL [--format=text|json]\n"
           "  xiachen-cli library pull URL DESIGN-ID FILE\n"
           "  xiachen-cli library push FILE URL\n"
           "  xiachen-cli library history URL DESIGN-ID [--format=text|json]\n"
           "\n"
           "The user is --user NAME, else the URL's user part; the password comes from\n"
           "XIACHEN_LIBRARY_PASSWORD, else the keyring, else a prompt on a terminal.\n"
           "Exit status: 0 done (also after a clean automatic merge), 2 FILE unreadable\n"
           "or not a design, 3 a conflict that needs a person (nothing written),\n"
           "4 authentication refused, 5 server unreachable or not usable.\n");
}

static int
exit_status_for (GError *error)
{
  if (error->domain != XC_LIBRARY_ERROR)
    return EXIT_SERVER;
  switch ((XcLibraryError) error->code)
    {
    case XC_LIBRARY_ERROR_AUTH:
      return EXIT_AUTH;
    case XC_LIBRARY_ERROR_NOT_A_DESIGN:
    case XC_LIBRARY_ERROR_NOT_FOUND:
      return EXIT_NOT_A_DESIGN;
    case XC_LIBRARY_ERROR_INVALID_MERGE:
      return EXIT_CONFLICT;
    case XC_LIBRARY_ERROR_UNREACHABLE:
    case XC_LIBRARY_ERROR_NOT_CONDITIONAL:
    case XC_LIBRARY_ERROR_PROTOCOL:
    default:
      return EXIT_SERVER;
    }
}

static int
fail (const char *design,
      XcLibrary  *library,
      GError     *error)
{
  /* TRANSLATORS: design id or file, library URL, what went wrong */
  g_printerr (_("xiachen-cli library: %s, library %s: %s\n"), design,
              xc_library_get_url (library), error->message);
  return exit_status_for (error);
}

/* Without echo, from the terminal itself; NULL where there is none. */
static char *
prompt_password (const char *user,
                 const char *url)
{
  FILE *tty = fopen ("/dev/tty", "r+");
  struct termios saved, quiet;
  char line[1024];
  char *password = NULL;

  if (tty == NULL)
    return NULL;
  /* TRANSLATORS: user name, library URL */
  fprintf (tty, _("Password of %s for %s: "), user, url);
  fflush (tty);
  if (tcgetattr (fileno (tty), &saved) == 0)
    {
      quiet = saved;
      quiet.c_lflag &= ~ECHO;
      tcsetattr (fileno (tty), TCSAFLUSH, &quiet);
    }
  if (fgets (line, sizeof line, tty) != NULL)
    {
      line[strcspn (line, "\r\n")] = '\0';
      password = g_strdup (line);
      memset (line, 0, sizeof line);
    }
  tcsetattr (fileno (tty), TCSAFLUSH, &saved);
  fputc ('\n', tty);
  fclose (tty);
  return password;
}

static XcLibrary *
open_library (const char  *url,
              const char  *user_option)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  g_autofree char *user = g_strdup (user_option);
  g_autofree char *password = NULL;
  g_autoptr(XcLibrary) probe = NULL;

  if (user == NULL && uri != NULL && g_uri_get_user (uri) != NULL)
    user = g_uri_unescape_string (g_uri_get_user (uri), NULL);
  if (user == NULL)
    user = g_strdup (g_get_user_name ());
  /* The variable first: a script that sets it means it. */
  if (g_getenv ("XIACHEN_LIBRARY_PASSWORD") != NULL)
    password = g_strdup (g_getenv ("XIACHEN_LIBRARY_PASSWORD"));
  if (password == NULL)
    {
      probe = xc_library_new (url, user, NULL);
      password = xc_library_credentials_lookup (xc_library_get_url (probe), user, NULL, NULL);
    }
  if (password == NULL && isatty (STDIN_FILENO))
    password = prompt_password (user, probe != NULL ? xc_library_get_url (probe) : url);
  return xc_library_new (url, user, password);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
done (GObject      *source,
      GAsyncResult *result,
      gpointer      data)
{
  Wait *wait = data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

/* Runs the main loop until the call started with done() and @wait ends. */
static GAsyncResult *
wait_for (Wait *wait)
{
  g_main_loop_run (wait->loop);
  g_main_loop_unref (wait->loop);
  return wait->result;
}

#define WAIT_INIT { g_main_loop_new (NULL, FALSE), NULL }

static char *
format_time (GDateTime *time)
{
  return time != NULL ? g_date_time_format_iso8601 (time) : NULL;
}

/* Saves made while the server could not be reached go first. */
static int
send_unsent (XcLibrary *library)
{
  Wait wait = { NULL, NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) saves = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) unsent = xc_library_cache_list_unsent (xc_library_get_cache (library));
  int status = EXIT_DONE;

  if (unsent[0] == NULL)
    return EXIT_DONE;
  wait.loop = g_main_loop_new (NULL, FALSE);
  xc_library_send_unsent_async (library, NULL, done, &wait);
  result = wait_for (&wait);
  saves = xc_library_send_unsent_finish (library, result, &error);
  if (saves == NULL)
    return fail (unsent[0], library, error);
  for (guint i = 0; i < g_list_model_get_n_items (saves); i++)
    {
      g_autoptr(XcLibrarySave) save = g_list_model_get_item (saves, i);

      if (xc_library_save_get_revision (save) != NULL)
        /* TRANSLATORS: design id, revision */
        g_printerr (_("Sent %s, saved here earlier, as revision %s\n"),
                    xc_library_save_get_design_id (save), xc_library_save_get_revision (save));
      else
        {
          /* TRANSLATORS: design id */
          g_printerr (_("%s, saved here earlier, conflicts with the library: push it to see how\n"),
                      xc_library_save_get_design_id (save));
          status = EXIT_CONFLICT;
        }
    }
  return status;
}

static int
run_list (XcLibrary *library,
          gboolean   json)
{
  Wait wait = WAIT_INIT;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) designs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  int sent = send_unsent (library);

  if (sent != EXIT_DONE && sent != EXIT_CONFLICT)
    return sent;
  xc_library_list_async (library, NULL, done, &wait);
  result = wait_for (&wait);
  designs = xc_library_list_finish (library, result, &error);
  if (designs == NULL)
    return fail (_("the list of designs"), library, error);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (designs); i++)
    {
      g_autoptr(XcLibraryDesign) design = g_list_model_get_item (designs, i);
      g_autofree char *modified = format_time (xc_library_design_get_modified (design));

      if (json)
        {
          json_builder_begin_object (builder);
          xc_cli_add_string_or_null (builder, "id", xc_library_design_get_id (design));
          xc_cli_add_string_or_null (builder, "title", xc_library_design_get_title (design));
          xc_cli_add_string_or_null (builder, "scheme", xc_library_design_get_scheme (design));
          xc_cli_add_string_or_null (builder, "revision", xc_library_design_get_revision (design));
          xc_cli_add_string_or_null (builder, "modified", modified);
          xc_cli_add_string_or_null (builder, "by", xc_library_design_get_by (design));
          json_builder_end_object (builder);
        }
      else
        g_print ("%s\t%s\t%s\t%s\t%s\n", xc_library_design_get_id (design),
                 xc_library_design_get_title (design) != NULL
                 ? xc_library_design_get_title (design) : "—",
                 xc_library_design_get_scheme (design) != NULL
                 ? xc_library_design_get_scheme (design) : "—",
                 xc_library_design_get_by (design) != NULL ? xc_library_design_get_by (design) : "—",
                 modified != NULL ? modified : "—");
    }
  json_builder_end_array (builder);
  if (json)
    xc_cli_print_json (builder);
  return sent;
}

static int
run_pull (XcLibrary  *library,
          const char *design_id,
          const char *path)
{
  Wait wait = WAIT_INIT;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(XcLibraryDesign) design = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  xc_library_pull_async (library, design_id, NULL, done, &wait);
  result = wait_for (&wait);
  design = xc_library_pull_finish (library, result, &error);
  if (design == NULL)
    return fail (design_id, library, error);
  if (xc_library_design_get_from_cache (design))
    {
      /* Offline: the copy here is not the current revision. */
      g_printerr (_("xiachen-cli library: %s, library %s: cannot be reached; FILE not written\n"),
                  design_id, xc_library_get_url (library));
      return EXIT_SERVER;
    }
  if (!xc_file_replace_atomic (file, xc_library_design_get_contents (design), NULL, &error))
    {
      g_printerr ("xiachen-cli library: %s: %s\n", path, error->message);
      return EXIT_NOT_A_DESIGN;
    }
  return EXIT_DONE;
}

static void
print_side (const char      *label,
            XcMergeConflict *conflict,
            XcMergePick      side)
{
  g_autofree char *text = xc_merge_conflict_dup_text (conflict, side);

  /* TRANSLATORS: a side of a conflict ("base", "mine", "theirs") and its value */
  g_print ("    %s: %s\n", label, text != NULL ? text : _("(none)"));
}

static int
run_push (XcLibrary  *library,
          const char *path)
{
  Wait wait = WAIT_INIT;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(XcLibrarySave) save = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GBytes) contents = xc_file_load_regular (file, MAX_DESIGN_SIZE, NULL, &error);
  GListModel *conflicts;

  if (contents == NULL)
    {
      g_printerr ("xiachen-cli library: %s: %s\n", path, error->message);
      return EXIT_NOT_A_DESIGN;
    }
  xc_library_push_async (library, contents, NULL, NULL, done, &wait);
  result = wait_for (&wait);
  save = xc_library_push_finish (library, result, &error);
  if (save == NULL)
    {
      int status = fail (path, library, error);

      if (g_error_matches (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE))
        g_printerr (_("Kept here as unsent; it is sent by the next push or list.\n"));
      return status;
    }

  conflicts = xc_library_save_get_conflicts (save);
  if (g_list_model_get_n_items (conflicts) > 0)
    {
      const char *by = xc_library_save_get_theirs_by (save);

      /* TRANSLATORS: design id, library URL, who saved the server's revision */
      g_print (_("%s: conflicts with the revision on %s saved by %s; nothing was written.\n"),
               xc_library_save_get_design_id (save), xc_library_get_url (library),
               by != NULL ? by : _("someone"));
      for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
        {
          g_autoptr(XcMergeConflict) conflict = g_list_model_get_item (conflicts, i);

          g_print ("  %s\n", xc_merge_conflict_get_path (conflict));
          print_side (_("base"), conflict, 0);
          print_side (_("mine"), conflict, XC_MERGE_PICK_MINE);
          print_side (_("theirs"), conflict, XC_MERGE_PICK_THEIRS);
        }
      return EXIT_CONFLICT;
    }

  if (xc_library_save_get_merged_from (save) != NULL
      || !g_bytes_equal (xc_library_save_get_contents (save), contents))
    {
      /* The file must hold what the library holds, or its next push would
       * undo the changes merged in. */
      if (!xc_file_replace_atomic (file, xc_library_save_get_contents (save), NULL, &error))
        {
          g_printerr ("xiachen-cli library: %s: %s\n", path, error->message);
          return EXIT_NOT_A_DESIGN;
        }
      /* TRANSLATORS: design id, revision, the file */
      g_print (_("%s: merged with the changes on the server and saved as revision %s; "
                 "%s now holds the merged design\n"),
               xc_library_save_get_design_id (save), xc_library_save_get_revision (save), path);
    }
  else
    /* TRANSLATORS: design id, revision */
    g_print (_("%s: saved as revision %s\n"), xc_library_save_get_design_id (save),
             xc_library_save_get_revision (save));
  return EXIT_DONE;
}

static int
run_history (XcLibrary  *library,
             const char *design_id,
             gboolean    json)
{
  Wait wait = WAIT_INIT;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) revisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  xc_library_history_async (library, design_id, NULL, done, &wait);
  result = wait_for (&wait);
  revisions = xc_library_history_finish (library, result, &error);
  if (revisions == NULL)
    return fail (design_id, library, error);
  if (g_list_model_get_n_items (revisions) == 0)
    {
      g_printerr (_("xiachen-cli library: %s, library %s: no such design\n"), design_id,
                  xc_library_get_url (library));
      return EXIT_NOT_A_DESIGN;
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (revisions); i++)
    {
      g_autoptr(XcLibraryRevision) revision = g_list_model_get_item (revisions, i);
      const char * const *changed = xc_library_revision_get_changed (revision);

      if (json)
        {
          json_builder_begin_object (builder);
          xc_cli_add_string_or_null (builder, "revision", xc_library_revision_get_revision (revision));
          xc_cli_add_string_or_null (builder, "parent", xc_library_revision_get_parent (revision));
          xc_cli_add_string_or_null (builder, "by", xc_library_revision_get_by (revision));
          xc_cli_add_string_or_null (builder, "at", xc_library_revision_get_at (revision));
          xc_cli_add_string_or_null (builder, "merged_from", xc_library_revision_get_merged_from (revision));
          json_builder_set_member_name (builder, "changed");
          json_builder_begin_array (builder);
          for (guint k = 0; changed[k] != NULL; k++)
            json_builder_add_string_value (builder, changed[k]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) changed);

          g_print ("%s\t%s\t%s\t%s\n", xc_library_revision_get_revision (revision),
                   xc_library_revision_get_at (revision) != NULL
                   ? xc_library_revision_get_at (revision) : "—",
                   xc_library_revision_get_by (revision), list);
        }
    }
  json_builder_end_array (builder);
  if (json)
    xc_cli_print_json (builder);
  return EXIT_DONE;
}

int
xc_cli_library_main (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *user = NULL;
  g_autoptr(XcLibrary) library = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: text or json"),
      N_("FORMAT") },
    { "user", 'u', 0, G_OPTION_ARG_STRING, &user, N_("User name on the library's server"),
      N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, N_("COMMAND …") },
    { NULL }
  };
  gboolean json = FALSE;
  const char *command;
  guint n;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, usage_text ());
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("xiachen-cli library: %s\n%s", error->message, usage_text ());
      return EXIT_NOT_A_DESIGN;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      g_printerr (_("xiachen-cli: unknown format “%s”\n"), format);
      return EXIT_NOT_A_DESIGN;
    }
  json = format != NULL && g_str_equal (format, "json");
  n = args != NULL ? g_strv_length (args) : 0;
  command = n > 0 ? args[0] : "";

  if (g_str_equal (command, "list") && n == 2)
    {
      library = open_library (args[1], user);
      return run_list (library, json);
    }
  if (g_str_equal (command, "pull") && n == 4)
    {
      library = open_library (args[1], user);
      return run_pull (library, args[2], args[3]);
    }
  if (g_str_equal (command, "push") && n == 3)
    {
      library = open_library (args[2], user);
      return run_push (library, args[1]);
    }
  if (g_str_equal (command, "history") && n == 3)
    {
      library = open_library (args[1], user);
      return run_history (library, args[2], json);
    }
  g_printerr ("%s", usage_text ());
  return EXIT_NOT_A_DESIGN;
}
