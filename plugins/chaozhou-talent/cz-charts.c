/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "cz-charts.h"

GListModel *
cz_charts_create (XcScheme    *scheme,
                  XcProgramme *programme)
{
  return NULL;
}
