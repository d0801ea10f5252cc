/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined(XIACHEN_INSIDE) && !defined(XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

XC_AVAILABLE_IN_ALL
void      xc_task_run_in_thread (GTask           *task,
                                 GTaskThreadFunc  task_func,
                                 GDestroyNotify   result_free);

XC_AVAILABLE_IN_ALL
void      xc_object_unref_in_worker (gpointer object);

G_END_DECLS
