/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <gtk/gtk.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_FORM_ROW (xc_form_row_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (XcFormRow, xc_form_row, XC, FORM_ROW, GtkWidget)

/**
 * XcFormRowInterface:
 * @get_record: the record the row edits
 * @get_property_name: the canonical name of the record's property it edits
 * @get_focus_child: the widget that takes keyboard focus (optional; the row
 *   itself where it is left out or returns %NULL)
 *
 * A row of a form that edits one property of one #XcRecord. The rows of this
 * library implement it; a plugin's own row can too, so the shell can focus
 * it when a finding points at its property. Call the vfuncs through the
 * xc_form_row_*() wrappers.
 */
struct _XcFormRowInterface
{
  GTypeInterface parent_iface;

  XcRecord   *(*get_record)        (XcFormRow *self);
  const char *(*get_property_name) (XcFormRow *self);
  GtkWidget  *(*get_focus_child)   (XcFormRow *self);
};

XC_AVAILABLE_IN_ALL
XcRecord   *xc_form_row_get_record        (GtkWidget  *row);
XC_AVAILABLE_IN_ALL
const char *xc_form_row_get_property_name (GtkWidget  *row);
XC_AVAILABLE_IN_ALL
void        xc_form_row_focus             (GtkWidget  *row);

XC_AVAILABLE_IN_ALL
GtkWidget  *xc_form_row_new_for_property  (XcRecord   *record,
                                           const char *property,
                                           const char *title);

G_END_DECLS
