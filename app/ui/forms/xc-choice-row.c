/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include "xc-choice-row.h"
#include "xc-form-row-private.h"
#include "xc-form-util-private.h"

/**
 * XcChoiceRow:
 *
 * A combo row editing a string property limited to vocabulary ids
 * (`western`, `tcm`…): it lists their labels (xc_vocabulary_get_label(),
 * and this library's own for commitments, services and the like) and
 * writes the chosen id. While the record holds no id or one not
 * offered, nothing is selected and the record is left as it is.
 */
struct _XcChoiceRow
{
  AdwComboRow  parent_instance;

  XcFormField  field;
  GStrv        ids;
};

static void xc_choice_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcChoiceRow, xc_choice_row, ADW_TYPE_COMBO_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW, xc_choice_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  PROP_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
accepts_string (GType type)
{
  return type == G_TYPE_STRING;
}

static char *
label_for_id (GtkStringObject *item)
{
  return g_strdup (_xc_form_get_label (gtk_string_object_get_string (item)));
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  XcChoiceRow *self = user_data;
  const char *id = g_value_get_string (from);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; id != NULL && self->ids[i] != NULL; i++)
    if (g_str_equal (self->ids[i], id))
      {
        position = i;
        break;
      }

  g_value_set_uint (to, position);
  return TRUE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  XcChoiceRow *self = user_data;
  guint position = g_value_get_uint (from);

  /* Nothing chosen: leave the record alone. */
  if (position >= g_strv_length (self->ids))
    return FALSE;

  g_value_set_string (to, self->ids[position]);
  return TRUE;
}

static void
xc_choice_row_constructed (GObject *object)
{
  XcChoiceRow *self = XC_CHOICE_ROW (object);
  g_autoptr(GtkStringList) choices = NULL;
  g_autoptr(GtkExpression) label = NULL;

  G_OBJECT_CLASS (xc_choice_row_parent_class)->constructed (object);

  if (self->ids == NULL)
    self->ids = g_new0 (char *, 1);

  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                       G_CALLBACK (label_for_id), NULL, NULL);
  adw_combo_row_set_expression (ADW_COMBO_ROW (self), label);
  choices = gtk_string_list_new ((const char * const *) self->ids);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (choices));

  if (_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_string))
    _xc_form_field_bind (&self->field, self, "selected", id_to_position, position_to_id, self);
}

static void
xc_choice_row_dispose (GObject *object)
{
  XcChoiceRow *self = XC_CHOICE_ROW (object);

  _xc_form_field_clear (&self->field);

  G_OBJECT_CLASS (xc_choice_row_parent_class)->dispose (object);
}

static void
xc_choice_row_finalize (GObject *object)
{
  XcChoiceRow *self = XC_CHOICE_ROW (object);

  g_clear_pointer (&self->ids, g_strfreev);

  G_OBJECT_CLASS (xc_choice_row_parent_class)->finalize (object);
}

static void
xc_choice_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  XcChoiceRow *self = XC_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->field.record);
      break;
    case PROP_PROPERTY_NAME:
      g_value_set_string (value, _xc_form_field_get_property_name (&self->field));
      break;
    case PROP_IDS:
      g_value_set_boxed (value, self->ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_choice_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  XcChoiceRow *self = XC_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->field.record = g_value_dup_object (value);
      break;
    case PROP_PROPERTY_NAME:
      self->field.property_name = g_value_dup_string (value);
      break;
    case PROP_IDS:
      self->ids = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_choice_row_class_init (XcChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = xc_choice_row_constructed;
  object_class->dispose = xc_choice_row_dispose;
  object_class->finalize = xc_choice_row_finalize;
  object_class->get_property = xc_choice_row_get_property;
  object_class->set_property = xc_choice_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  /**
   * XcChoiceRow:ids:
   *
   * The vocabulary ids offered, in order.
   */
  properties[PROP_IDS] =
    g_param_spec_boxed ("ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                        | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_choice_row_init (XcChoiceRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

static XcRecord *
xc_choice_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_CHOICE_ROW (row)->field);
}

static const char *
xc_choice_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_CHOICE_ROW (row)->field);
}

static void
xc_choice_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_choice_row_get_record;
  iface->get_property_name = xc_choice_row_get_property_name;
  /* the row itself, which opens its list when activated */
}

/**
 * xc_choice_row_new:
 * @record: the record to edit
 * @property: a string property of @record
 * @title: (nullable): the row's title, translated
 * @ids: (array zero-terminated=1): the vocabulary ids the planner may choose
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_choice_row_new (XcRecord           *record,
                   const char         *property,
                   const char         *title,
                   const char * const *ids)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  return g_object_new (XC_TYPE_CHOICE_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       "ids", ids,
                       NULL);
}

/**
 * xc_choice_row_get_ids:
 *
 * Returns: (transfer none): the ids offered
 */
const char * const *
xc_choice_row_get_ids (XcChoiceRow *self)
{
  g_return_val_if_fail (XC_IS_CHOICE_ROW (self), NULL);

  return (const char * const *) self->ids;
}
