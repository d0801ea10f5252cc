/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xiachen.h>

G_BEGIN_DECLS

/* The scheme's forms, built from libxiachen-ui-1's form rows. */
GObject *yn_form_create_programme_form (XcScheme    *scheme,
                                       XcProgramme *programme);
GObject *yn_form_create_unit_form      (XcScheme    *scheme,
                                       XcProgramme *programme,
                                       XcUnit      *unit);

G_END_DECLS
