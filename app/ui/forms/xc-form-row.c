/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <adwaita.h>

#include "xc-form-row-private.h"
#include "xc-choice-row.h"
#include "xc-member-proxy.h"
#include "xc-number-row.h"
#include "xc-switch-row.h"
#include "xc-text-row.h"

G_DEFINE_INTERFACE (XcFormRow, xc_form_row, GTK_TYPE_WIDGET)

static void
xc_form_row_default_init (XcFormRowInterface *iface)
{
}

/**
 * xc_form_row_get_record:
 * @row: an #XcFormRow
 *
 * Returns: (transfer none) (nullable): the record @row edits
 */
XcRecord *
xc_form_row_get_record (GtkWidget *row)
{
  XcFormRowInterface *iface;

  g_return_val_if_fail (XC_IS_FORM_ROW (row), NULL);

  iface = XC_FORM_ROW_GET_IFACE (row);
  if (iface->get_record == NULL)
    return NULL;
  return iface->get_record (XC_FORM_ROW (row));
}

/**
 * xc_form_row_get_property_name:
 * @row: an #XcFormRow
 *
 * The property @row edits, in its canonical spelling (`teaching-room-m2`),
 * so the shell can find the row a finding points at.
 *
 * Returns: (nullable): the property name
 */
const char *
xc_form_row_get_property_name (GtkWidget *row)
{
  XcFormRowInterface *iface;

  g_return_val_if_fail (XC_IS_FORM_ROW (row), NULL);

  iface = XC_FORM_ROW_GET_IFACE (row);
  if (iface->get_property_name == NULL)
    return NULL;
  return iface->get_property_name (XC_FORM_ROW (row));
}

static void
focus_on_map_cb (GtkWidget *widget,
                 gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, focus_on_map_cb, user_data);
  gtk_widget_grab_focus (widget);
}

/**
 * xc_form_row_focus:
 * @row: an #XcFormRow
 *
 * Moves keyboard focus into the field of @row: its entry, spin button,
 * switch or the row itself. A row not on screen yet (a page the shell is
 * switching to) takes focus as soon as it is mapped.
 */
void
xc_form_row_focus (GtkWidget *row)
{
  XcFormRowInterface *iface;
  GtkWidget *child = NULL;

  g_return_if_fail (XC_IS_FORM_ROW (row));

  iface = XC_FORM_ROW_GET_IFACE (row);
  if (iface->get_focus_child != NULL)
    child = iface->get_focus_child (XC_FORM_ROW (row));
  if (child == NULL)
    child = row;

  g_signal_handlers_disconnect_by_func (child, focus_on_map_cb, NULL);
  if (gtk_widget_get_mapped (child))
    gtk_widget_grab_focus (child);
  else
    g_signal_connect (child, "map", G_CALLBACK (focus_on_map_cb), NULL);
}

/**
 * xc_form_row_new_for_property:
 * @record: the record to edit
 * @property: one of its properties
 * @title: (nullable): the row's title, translated
 *
 * A row for @property chosen by its type: an #XcTextRow for a string, an
 * #XcSwitchRow for a boolean, an #XcNumberRow from 0 for a number (whole
 * numbers without decimals, others with two). A string limited to a
 * vocabulary needs xc_choice_row_new(), which knows the allowed ids.
 *
 * Returns: (transfer floating) (nullable): the row, or %NULL for a property
 *   no row edits (a list of strings)
 */
GtkWidget *
xc_form_row_new_for_property (XcRecord   *record,
                              const char *property,
                              const char *title)
{
  GParamSpec *pspec;
  GType type;

  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  if (pspec == NULL)
    {
      g_critical ("%s: %s has no property “%s”", G_STRFUNC, G_OBJECT_TYPE_NAME (record), property);
      return NULL;
    }

  type = G_TYPE_FUNDAMENTAL (pspec->value_type);
  switch (type)
    {
    case G_TYPE_STRING:
      return xc_text_row_new (record, property, title);
    case G_TYPE_BOOLEAN:
      return xc_switch_row_new (record, property, title);
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
      return xc_number_row_new (record, property, title, 0, G_MAXINT32, 0);
    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      return xc_number_row_new (record, property, title, 0, 1e9, 2);
    default:
      g_critical ("%s: %s:%s holds a %s, which no form row edits", G_STRFUNC,
                  G_OBJECT_TYPE_NAME (record), pspec->name, g_type_name (pspec->value_type));
      return NULL;
    }
}

/* Helpers for the rows of this library */

void
_xc_form_row_install_properties (GParamSpec **properties,
                                 guint        prop_record,
                                 guint        prop_property_name)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                            | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[prop_record] =
    g_param_spec_object ("record", NULL, NULL, XC_TYPE_RECORD, flags);
  properties[prop_property_name] =
    g_param_spec_string ("property-name", NULL, NULL, NULL, flags);
}

/* Finds the property the row was built for; FALSE, after a critical, where
 * the record has none such or the row cannot edit it. */
gboolean
_xc_form_field_resolve (XcFormField   *field,
                        GtkWidget     *row,
                        XcFormAccepts  accepts)
{
  GParamSpec *pspec;

  g_assert (field != NULL);
  g_assert (accepts != NULL);

  if (field->record == NULL || field->property_name == NULL)
    {
      g_critical ("%s needs a record and a property name", G_OBJECT_TYPE_NAME (row));
      return FALSE;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (field->record), field->property_name);
  if (pspec == NULL)
    {
      g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (field->record),
                  field->property_name);
      return FALSE;
    }
  if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
      || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    {
      g_critical ("%s:%s cannot be both read and written", G_OBJECT_TYPE_NAME (field->record),
                  pspec->name);
      return FALSE;
    }
  if (!accepts (pspec->value_type))
    {
      g_critical ("%s cannot edit %s:%s, a %s", G_OBJECT_TYPE_NAME (row),
                  G_OBJECT_TYPE_NAME (field->record), pspec->name,
                  g_type_name (pspec->value_type));
      return FALSE;
    }

  field->pspec = pspec;
  return TRUE;
}

static gboolean
field_to_row (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  XcFormField *field = user_data;

  if (field->to_row != NULL)
    return field->to_row (binding, from, to, field->user_data);
  return g_value_transform (from, to);
}

/* Passes an edit on to the record, unless the record reads that value
 * already: GObject notifies the row's properties only once it is built, and
 * a record would write, say, an absent number as -1 and notify although it
 * reads -1 either way. */
static gboolean
field_to_record (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  XcFormField *field = user_data;
  g_auto(GValue) current = G_VALUE_INIT;

  if (field->to_record != NULL)
    {
      if (!field->to_record (binding, from, to, field->user_data))
        return FALSE;
    }
  else if (!g_value_transform (from, to))
    return FALSE;

  g_value_init (&current, field->pspec->value_type);
  g_object_get_property (G_OBJECT (field->record), field->pspec->name, &current);
  return g_param_values_cmp (field->pspec, &current, to) != 0;
}

/* Binds the record's property both ways to @target_property of a widget of
 * the row; the record's value goes first. GBinding does not pass a change
 * back to where it came from, so an edit reaches the record once. */
void
_xc_form_field_bind (XcFormField           *field,
                     gpointer               target,
                     const char            *target_property,
                     GBindingTransformFunc  to_row,
                     GBindingTransformFunc  to_record,
                     gpointer               user_data)
{
  GBinding *binding;

  g_assert (field->pspec != NULL);
  g_assert (field->binding == NULL);

  field->to_row = to_row;
  field->to_record = to_record;
  field->user_data = user_data;
  binding = g_object_bind_property_full (field->record, field->pspec->name,
                                         target, target_property,
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         field_to_row, field_to_record, field, NULL);
  field->binding = g_object_ref (binding);
}

/* A row on a member proxy edits the proxy's owner, at the member's path. */
const char *
_xc_form_field_get_property_name (XcFormField *field)
{
  if (XC_IS_MEMBER_PROXY (field->record))
    return xc_member_proxy_get_path (XC_MEMBER_PROXY (field->record));
  return field->pspec != NULL ? field->pspec->name : field->property_name;
}

XcRecord *
_xc_form_field_get_record (XcFormField *field)
{
  if (XC_IS_MEMBER_PROXY (field->record))
    return xc_member_proxy_get_owner (XC_MEMBER_PROXY (field->record));
  return field->record;
}

/* Unbinds and lets the record go: in dispose. */
void
_xc_form_field_clear (XcFormField *field)
{
  if (field->binding != NULL)
    g_binding_unbind (field->binding);
  g_clear_object (&field->binding);
  g_clear_object (&field->record);
  g_clear_pointer (&field->property_name, g_free);
  field->pspec = NULL;
}

static void
update_child_label (GtkWidget *child,
                    GtkWidget *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  -1);
}

static void
row_title_changed_cb (GtkWidget  *row,
                      GParamSpec *pspec,
                      GtkWidget  *child)
{
  update_child_label (child, row);
}

/* The row's field is named by the row's title for assistive technologies:
 * libadwaita 1.2 does not relate a suffix to its row. */
void
_xc_form_row_label_child (GtkWidget *row,
                          GtkWidget *child)
{
  g_assert (ADW_IS_PREFERENCES_ROW (row));
  g_assert (gtk_widget_is_ancestor (child, row));

  update_child_label (child, row);
  g_signal_connect_object (row, "notify::title", G_CALLBACK (row_title_changed_cb), child, 0);
}
