/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <xiachen-ui.h>

#include "yn-charts.h"

GListModel *
yn_charts_create (XcScheme    *scheme,
                  XcProgramme *programme)
{
  return NULL;
}
