/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A module with thread-local data, opened at run time as GnuTLS and the
 * plugins are: each thread that touches it gets a dynamic TLS block. */
#include <gmodule.h>

G_MODULE_EXPORT long *tls_module_get_counter (void);

static _Thread_local long counter;

G_MODULE_EXPORT long *
tls_module_get_counter (void)
{
  return &counter;
}
