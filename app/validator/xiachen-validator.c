/* SPDX-License-Identifier: GPL-3.0-or-later */
/* xiachen-validator: where a third-party plugin's code runs, apart from
 * the program (as GIMP runs its plug-ins). Not for people: the loader
 * (xc-plugin-registry.c) and the validator start it.
 *
 *   xiachen-validator probe    PLUGIN-FILE [--search-path DIR]...
 *   xiachen-validator validate PLUGIN-FILE [--search-path DIR]... --scheme ID < design
 *
 * It loads that one plugin as the registry on that search path would, and
 * answers with one JSON object on its standard output:
 *   {"schemes": ["id", ...]}                                  probe
 *   {"findings": [{"rule", "unit", "subject", "path", "message"}]}  validate
 *     (read as it comes by _xc_plugin_process_add_findings())
 *   {"error": {"code": XcPluginError, "message": "..."}}      either
 * and exits 0. Anything else — a crash, a hang, another exit — is the
 * plugin's fault, and the caller says so. */
#define G_LOG_DOMAIN "xiachen-validator"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xiachen.h"
#include "xc-core-rules-private.h"
#include "xc-plugin-registry-private.h"

/* Standard output, buffered: a national design's answer is tens of MB. */
typedef struct
{
  int fd;
  GString *buffer;
} Answer;

static void
answer_flush (Answer *answer)
{
  const char *p = answer->buffer->str;
  gsize length = answer->buffer->len;

  while (length > 0)
    {
      gssize written = write (answer->fd, p, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        exit (3);
      p += written;
      length -= written;
    }
  g_string_truncate (answer->buffer, 0);
}

static void
answer_append (Answer     *answer,
               const char *text)
{
  g_string_append (answer->buffer, text);
  if (answer->buffer->len >= 256 * 1024)
    answer_flush (answer);
}

static void
write_answer (int          fd,
              JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  /* An error's message may hold any character: escaped, as a strict reader
   * needs it, by the program's JSON writer. */
  g_autofree char *data = xc_json_to_data (root, FALSE, NULL);
  Answer answer = { fd, g_string_new (data) };

  answer_flush (&answer);
  g_string_free (answer.buffer, TRUE);
}

static void
answer_error (int           fd,
              const GError *error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_int_value (builder, error->domain == XC_PLUGIN_ERROR ? error->code : -1);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, error->message);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  write_answer (fd, builder);
}

/* The design on standard input: a regular (temporary) file, at most as
 * large as a design may be. */
static GBytes *
read_design (GError **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      gssize n = read (STDIN_FILENO, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "cannot read the design: %s", g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > XC_FORMAT_MAX_FILE_SIZE)
        {
          g_set_error (error, XC_FORMAT_ERROR, XC_FORMAT_ERROR_TOO_LARGE,
                       "the design is too large");
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static void
validate (int               fd,
          XcPluginRegistry *registry,
          XcPluginInfo     *info,
          const char       *scheme_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(XcDesign) design = NULL;
  g_autoptr(XcReport) report = xc_report_new ();
  g_autoptr(GListModel) core_rules = xc_validator_list_core_rules ();
  g_autoptr(GListModel) rules = NULL;
  XcScheme *scheme = xc_plugin_registry_lookup_scheme (registry, scheme_id);
  Answer answer = { fd, NULL };
  guint n;

  if (scheme == NULL || xc_plugin_registry_get_scheme_plugin (registry, scheme) != info)
    {
      g_set_error (&error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_NO_SCHEME,
                   _("%s: the plugin does not provide scheme “%s”"),
                   xc_plugin_info_get_file (info), scheme_id);
      answer_error (fd, error);
      return;
    }

  bytes = read_design (&error);
  if (bytes != NULL)
    design = xc_design_new_from_bytes (bytes, "design", &error);
  if (design == NULL)
    {
      answer_error (fd, error);
      return;
    }

  rules = xc_scheme_list_rules (scheme);
  xc_report_add_rules (report, core_rules);
  xc_report_add_rules (report, rules);
  xc_scheme_check (scheme, design, report);

  answer.buffer = g_string_sized_new (512 * 1024);
  /* Written as they come: a tree of a national design's 60,000 findings
   * took seven times the memory of the text and half the helper's time. */
  answer_append (&answer, "{\"findings\":[");
  n = g_list_model_get_n_items (G_LIST_MODEL (report));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      g_string_append (answer.buffer, i > 0 ? ",{\"rule\":" : "{\"rule\":");
      xc_json_append_string (answer.buffer, xc_finding_get_rule_id (finding));
      g_string_append (answer.buffer, ",\"unit\":");
      xc_json_append_string (answer.buffer, xc_finding_get_unit_id (finding));
      g_string_append (answer.buffer, ",\"subject\":");
      xc_json_append_string (answer.buffer, xc_finding_get_subject_id (finding));
      g_string_append (answer.buffer, ",\"path\":");
      xc_json_append_string (answer.buffer, xc_finding_get_path (finding));
      g_string_append (answer.buffer, ",\"message\":");
      xc_json_append_string (answer.buffer, xc_finding_get_message (finding));
      answer_append (&answer, "}");
    }
  answer_append (&answer, "]}");
  answer_flush (&answer);
  g_string_free (answer.buffer, TRUE);
}

static void
probe (int               fd,
       XcPluginRegistry *registry,
       XcPluginInfo     *info)
{
  GListModel *schemes = xc_plugin_registry_get_schemes (registry);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schemes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(XcScheme) scheme = g_list_model_get_item (schemes, i);

      if (xc_plugin_registry_get_scheme_plugin (registry, scheme) == info)
        json_builder_add_string_value (builder, xc_scheme_get_id (scheme));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  write_answer (fd, builder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(XcPluginRegistry) registry = NULL;
  const char *scheme_id = NULL;
  XcPluginInfo *info;
  int fd;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR") != NULL
                                   ? g_getenv ("XIACHEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* The answer keeps standard output to itself: what the plugin prints
   * goes to standard error. */
  fd = dup (STDOUT_FILENO);
  if (fd < 0 || dup2 (STDERR_FILENO, STDOUT_FILENO) < 0)
    return 3;

  if (argc < 3 || (!g_str_equal (argv[1], "probe") && !g_str_equal (argv[1], "validate")))
    {
      g_printerr ("usage: xiachen-validator probe|validate PLUGIN-FILE [--search-path DIR]... "
                  "[--scheme ID]\n");
      return 2;
    }

  registry = xc_plugin_registry_new ();
  for (int i = 3; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--search-path") && i + 1 < argc)
        xc_plugin_registry_add_search_path (registry, argv[++i]);
      else if (g_str_equal (argv[i], "--scheme") && i + 1 < argc)
        scheme_id = argv[++i];
      else
        {
          g_printerr ("xiachen-validator: unknown argument “%s”\n", argv[i]);
          return 2;
        }
    }

  info = xc_plugin_registry_load_file (registry, argv[2]);
  if (info == NULL)
    {
      g_autoptr(GError) error = g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                                             _("%s: not found on the plugin search path"),
                                             argv[2]);

      answer_error (fd, error);
    }
  else if (xc_plugin_info_get_state (info) != XC_PLUGIN_STATE_LOADED)
    answer_error (fd, xc_plugin_info_get_error (info));
  else if (g_str_equal (argv[1], "probe"))
    probe (fd, registry, info);
  else if (scheme_id == NULL)
    {
      g_printerr ("xiachen-validator: validate needs --scheme ID\n");
      return 2;
    }
  else
    validate (fd, registry, info, scheme_id);

  close (fd);
  return 0;
}
