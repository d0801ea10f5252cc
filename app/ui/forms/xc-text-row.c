/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include "xc-text-row.h"
#include "xc-form-row-private.h"

/**
 * XcTextRow:
 *
 * An entry row editing a string property of a record as the planner types.
 * An absent string shows as empty; clearing the entry writes "", so a
 * member the format requires stays in the file.
 */
struct _XcTextRow
{
  AdwEntryRow  parent_instance;

  XcFormField  field;
};

static void xc_text_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcTextRow, xc_text_row, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW, xc_text_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
accepts_string (GType type)
{
  return type == G_TYPE_STRING;
}

/* An absent string is an empty entry: GtkEditable takes no NULL. */
static gboolean
string_to_text (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *string = g_value_get_string (from);

  g_value_set_string (to, string != NULL ? string : "");
  return TRUE;
}

/* An empty entry over an absent string is no edit. */
static gboolean
text_to_string (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  XcTextRow *self = user_data;
  const char *text = g_value_get_string (from);
  g_autofree char *current = NULL;

  if (text == NULL || text[0] == '\0')
    {
      g_object_get (self->field.record, self->field.pspec->name, &current, NULL);
      if (current == NULL)
        return FALSE;
    }

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static void
xc_text_row_constructed (GObject *object)
{
  XcTextRow *self = XC_TEXT_ROW (object);

  G_OBJECT_CLASS (xc_text_row_parent_class)->constructed (object);

  if (_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_string))
    _xc_form_field_bind (&self->field, self, "text", string_to_text, text_to_string, self);
}

static void
xc_text_row_dispose (GObject *object)
{
  XcTextRow *self = XC_TEXT_ROW (object);

  _xc_form_field_clear (&self->field);

  G_OBJECT_CLASS (xc_text_row_parent_class)->dispose (object);
}

static void
xc_text_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  XcTextRow *self = XC_TEXT_ROW (object);

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
xc_text_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  XcTextRow *self = XC_TEXT_ROW (object);

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
xc_text_row_class_init (XcTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = xc_text_row_constructed;
  object_class->dispose = xc_text_row_dispose;
  object_class->get_property = xc_text_row_get_property;
  object_class->set_property = xc_text_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_text_row_init (XcTextRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  /* Ctrl+Z is the design's undo (XcDocument), one history for every
   * edit, not the entry's own */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self), FALSE);
}

static XcRecord *
xc_text_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_TEXT_ROW (row)->field);
}

static const char *
xc_text_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_TEXT_ROW (row)->field);
}

static void
xc_text_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_text_row_get_record;
  iface->get_property_name = xc_text_row_get_property_name;
  /* the row itself: AdwEntryRow passes focus on to its text */
}

/**
 * xc_text_row_new:
 * @record: the record to edit
 * @property: a string property of @record
 * @title: (nullable): the row's title, translated
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_text_row_new (XcRecord   *record,
                 const char *property,
                 const char *title)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  return g_object_new (XC_TYPE_TEXT_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       NULL);
}
