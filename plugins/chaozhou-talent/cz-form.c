/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "cz-form.h"

GObject *
cz_form_create_programme_form (XcScheme    *scheme,
                               XcProgramme *programme)
{
  return NULL;
}

GObject *
cz_form_create_unit_form (XcScheme    *scheme,
                          XcProgramme *programme,
                          XcUnit      *unit)
{
  return NULL;
}
