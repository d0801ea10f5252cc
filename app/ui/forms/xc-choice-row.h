/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_CHOICE_ROW (xc_choice_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcChoiceRow, xc_choice_row, XC, CHOICE_ROW, AdwComboRow)

XC_AVAILABLE_IN_ALL
GtkWidget          *xc_choice_row_new     (XcRecord           *record,
                                           const char         *property,
                                           const char         *title,
                                           const char * const *ids);
XC_AVAILABLE_IN_ALL
const char * const *xc_choice_row_get_ids (XcChoiceRow        *self);

G_END_DECLS
