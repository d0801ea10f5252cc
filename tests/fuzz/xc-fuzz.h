/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void xc_fuzz_init   (void);
void xc_fuzz_fail   (const char *format,
                     ...) G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN;
void xc_fuzz_expect (gboolean    accepted,
                     const char *reason);

G_END_DECLS
