/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-worker.h"

G_BEGIN_DECLS

void _xc_free_in_worker (gpointer       data,
                         GDestroyNotify free_func);

G_END_DECLS
