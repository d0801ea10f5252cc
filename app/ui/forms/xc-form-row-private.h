/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-form-row.h"

G_BEGIN_DECLS

/* What every row of this library keeps about the value it edits. */
typedef struct
{
  XcRecord   *record;
  char       *property_name;   /* as the caller spelt it */
  GParamSpec *pspec;           /* the record's property, once resolved */
  GBinding   *binding;
  /* the row's transforms, under the binding's own */
  GBindingTransformFunc to_row;
  GBindingTransformFunc to_record;
  gpointer    user_data;
} XcFormField;

/* Whether a row kind edits properties of that value type. */
typedef gboolean (*XcFormAccepts) (GType value_type);

void        _xc_form_row_install_properties  (GParamSpec           **properties,
                                              guint                  prop_record,
                                              guint                  prop_property_name);
gboolean    _xc_form_field_resolve           (XcFormField           *field,
                                              GtkWidget             *row,
                                              XcFormAccepts          accepts);
void        _xc_form_field_bind              (XcFormField           *field,
                                              gpointer               target,
                                              const char            *target_property,
                                              GBindingTransformFunc  to_row,
                                              GBindingTransformFunc  to_record,
                                              gpointer               user_data);
const char *_xc_form_field_get_property_name (XcFormField           *field);
XcRecord   *_xc_form_field_get_record        (XcFormField           *field);
void        _xc_form_field_clear             (XcFormField           *field);
void        _xc_form_row_label_child         (GtkWidget             *row,
                                              GtkWidget             *child);

G_END_DECLS
