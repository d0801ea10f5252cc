/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <glib.h>

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
const char *xc_translate (const char *domain,
                          const char *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
