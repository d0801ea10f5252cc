/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

const char *xc_vocabulary_get_label (const char *term);

G_END_DECLS
