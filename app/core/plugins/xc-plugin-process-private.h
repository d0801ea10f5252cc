/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "xc-report.h"

G_BEGIN_DECLS

GBytes   *_xc_plugin_process_run            (const char * const *argv,
                                             GBytes             *input,
                                             GCancellable       *cancellable,
                                             GError            **error);
gboolean  _xc_plugin_process_add_findings   (GBytes             *answer,
                                             GListModel         *rules,
                                             XcReport           *report,
                                             GError            **error);

G_END_DECLS
