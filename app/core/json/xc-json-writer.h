/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
char *xc_json_to_data (JsonNode *root,
                       gboolean  pretty,
                       gsize    *length);
XC_AVAILABLE_IN_ALL
void  xc_json_append_string (GString    *out,
                             const char *text);

G_END_DECLS
