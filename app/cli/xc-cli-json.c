/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --format=json of every command: one writer, so each prints what a strict
 * reader takes. */
#include "config.h"

#include "xiachen.h"
#include "xc-cli-json.h"

/* Prints @builder's root, indented, and a newline. Every control character
 * is escaped and the text is UTF-8, whatever a file name or a server holds. */
void
xc_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *data = xc_json_to_data (root, TRUE, NULL);

  g_print ("%s\n", data);
}

void
xc_cli_add_string_or_null (JsonBuilder *builder,
                           const char  *member,
                           const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}
