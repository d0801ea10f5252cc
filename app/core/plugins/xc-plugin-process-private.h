/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *_xc_plugin_process_run            (const char * const *argv,
                                             GBytes             *input,
                                             GCancellable       *cancellable,
                                             GError            **error);

G_END_DECLS
