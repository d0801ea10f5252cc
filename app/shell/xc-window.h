/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

#include "xc-application.h"

G_BEGIN_DECLS

#define XC_TYPE_WINDOW (xc_window_get_type ())

G_DECLARE_FINAL_TYPE (XcWindow, xc_window, XC, WINDOW, AdwApplicationWindow)

XcWindow    *xc_window_new           (XcApplication *application);
void         xc_window_open          (XcWindow      *self,
                                      GFile         *file);
XcProgramme *xc_window_get_programme (XcWindow      *self);
XcReport    *xc_window_get_report    (XcWindow      *self);

G_END_DECLS
