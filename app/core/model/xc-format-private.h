/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "xc-format.h"

G_BEGIN_DECLS

JsonNode *_xc_format_parse (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error);
gboolean  _xc_format_check (JsonNode    *root,
                            const char  *display_name,
                            GError     **error);
char     *_xc_format_to_data (JsonNode  *root,
                              gsize     *length);

G_END_DECLS
