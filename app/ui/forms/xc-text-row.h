/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_TEXT_ROW (xc_text_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcTextRow, xc_text_row, XC, TEXT_ROW, AdwEntryRow)

XC_AVAILABLE_IN_ALL
GtkWidget *xc_text_row_new (XcRecord   *record,
                            const char *property,
                            const char *title);

G_END_DECLS
