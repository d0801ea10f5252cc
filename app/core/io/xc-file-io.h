/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(XIACHEN_INSIDE) && !defined(XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
GBytes   *xc_file_load_regular   (GFile         *file,
                                  gsize          max_size,
                                  GCancellable  *cancellable,
                                  GError       **error) G_GNUC_WARN_UNUSED_RESULT;

XC_AVAILABLE_IN_ALL
gboolean  xc_file_replace_atomic (GFile         *file,
                                  GBytes        *contents,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS
