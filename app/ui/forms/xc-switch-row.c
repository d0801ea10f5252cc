/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include "xc-switch-row.h"
#include "xc-form-row-private.h"

/**
 * XcSwitchRow:
 *
 * A row with a switch editing a boolean property of a record; activating
 * the row flips the switch.
 */
struct _XcSwitchRow
{
  AdwActionRow  parent_instance;

  GtkSwitch    *toggle;

  XcFormField   field;
};

static void xc_switch_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcSwitchRow, xc_switch_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW, xc_switch_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
accepts_boolean (GType type)
{
  return type == G_TYPE_BOOLEAN;
}

static void
xc_switch_row_constructed (GObject *object)
{
  XcSwitchRow *self = XC_SWITCH_ROW (object);

  G_OBJECT_CLASS (xc_switch_row_parent_class)->constructed (object);

  _xc_form_row_label_child (GTK_WIDGET (self), GTK_WIDGET (self->toggle));
  if (_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_boolean))
    _xc_form_field_bind (&self->field, self->toggle, "active", NULL, NULL, NULL);
}

static void
xc_switch_row_dispose (GObject *object)
{
  XcSwitchRow *self = XC_SWITCH_ROW (object);

  _xc_form_field_clear (&self->field);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_SWITCH_ROW);

  G_OBJECT_CLASS (xc_switch_row_parent_class)->dispose (object);
}

static void
xc_switch_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  XcSwitchRow *self = XC_SWITCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->field.record);
      break;
    case PROP_PROPERTY_NAME:
      g_value_set_string (value, _xc_form_field_get_property_name (&self->field));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_switch_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  XcSwitchRow *self = XC_SWITCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->field.record = g_value_dup_object (value);
      break;
    case PROP_PROPERTY_NAME:
      self->field.property_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_switch_row_class_init (XcSwitchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = xc_switch_row_constructed;
  object_class->dispose = xc_switch_row_dispose;
  object_class->get_property = xc_switch_row_get_property;
  object_class->set_property = xc_switch_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/ui/forms/xc-switch-row.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "switch", FALSE,
                                             G_STRUCT_OFFSET (XcSwitchRow, toggle));
}

static void
xc_switch_row_init (XcSwitchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static XcRecord *
xc_switch_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_SWITCH_ROW (row)->field);
}

static const char *
xc_switch_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_SWITCH_ROW (row)->field);
}

static GtkWidget *
xc_switch_row_get_focus_child (XcFormRow *row)
{
  return GTK_WIDGET (XC_SWITCH_ROW (row)->toggle);
}

static void
xc_switch_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_switch_row_get_record;
  iface->get_property_name = xc_switch_row_get_property_name;
  iface->get_focus_child = xc_switch_row_get_focus_child;
}

/**
 * xc_switch_row_new:
 * @record: the record to edit
 * @property: a boolean property of @record
 * @title: (nullable): the row's title, translated
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_switch_row_new (XcRecord   *record,
                   const char *property,
                   const char *title)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  return g_object_new (XC_TYPE_SWITCH_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       NULL);
}
