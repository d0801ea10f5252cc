/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_NUMBER_ROW (xc_number_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcNumberRow, xc_number_row, XC, NUMBER_ROW, AdwActionRow)

XC_AVAILABLE_IN_ALL
GtkWidget *xc_number_row_new       (XcRecord   *record,
                                    const char *property,
                                    const char *title,
                                    double      min,
                                    double      max,
                                    guint       digits);
XC_AVAILABLE_IN_ALL
double     xc_number_row_get_value (XcNumberRow *self);
XC_AVAILABLE_IN_ALL
void       xc_number_row_set_value (XcNumberRow *self,
                                    double       value);
XC_AVAILABLE_IN_ALL
gboolean   xc_number_row_is_empty  (XcNumberRow *self);

G_END_DECLS
