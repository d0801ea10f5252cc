/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <math.h>
#include <string.h>

#include "xc-number-row.h"
#include "xc-form-row-private.h"

/**
 * XcNumberRow:
 *
 * A row with a spin button editing a number property of a record (gint64,
 * double or any other number type) within a range, with a number of
 * decimals.
 *
 * A record reads an absent optional number as its property's default
 * value (-1 for most). Where that value lies outside the row's range, the
 * row shows it as an empty field; typing a number sets it, and clearing the
 * field and leaving it (or pressing Enter) writes the default back.
 */
struct _XcNumberRow
{
  AdwActionRow   parent_instance;

  GtkSpinButton *spin;

  XcFormField    field;
  double         minimum;
  double         maximum;
  guint          digits;

  double         value;
  double         absent_value;   /* what the record reads for an absent member */
  gboolean       has_absent;     /* absent_value lies outside [minimum, maximum] */
  double         parked;         /* the spin button's own value while the row is empty */
  gboolean       syncing;        /* showing a value, not taking one from the planner */
};

static void xc_number_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcNumberRow, xc_number_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW, xc_number_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  PROP_MINIMUM,
  PROP_MAXIMUM,
  PROP_DIGITS,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_integral (GType type)
{
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
accepts_number (GType type)
{
  return is_integral (type) || type == G_TYPE_DOUBLE || type == G_TYPE_FLOAT;
}

static double
round_to_digits (XcNumberRow *self,
                 double       value)
{
  double scale = pow (10, self->digits);

  return round (value * scale) / scale;
}

static gboolean
number_to_value (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  return g_value_transform (from, to);
}

static gboolean
value_to_number (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_auto(GValue) rounded = G_VALUE_INIT;
  double value = g_value_get_double (from);

  if (is_integral (G_VALUE_TYPE (to)))
    value = round (value);
  g_value_init (&rounded, G_TYPE_DOUBLE);
  g_value_set_double (&rounded, value);
  return g_value_transform (&rounded, to);
}

/* Puts self->value on screen. */
static void
sync_spin (XcNumberRow *self)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->spin);

  self->syncing = TRUE;
  if (xc_number_row_is_empty (self))
    {
      /* Parked a step below the range, so that + starts at the minimum
       * and − is off. */
      self->parked = self->minimum - gtk_adjustment_get_step_increment (adjustment);
      gtk_adjustment_set_lower (adjustment, self->parked);
      gtk_adjustment_set_upper (adjustment, self->maximum);
      gtk_adjustment_set_value (adjustment, self->parked);
      gtk_editable_set_text (GTK_EDITABLE (self->spin), "");
    }
  else
    {
      /* A value outside the range shows as it is, not clamped: the rules
       * report it, and the row must not hide it. */
      gtk_adjustment_set_lower (adjustment, MIN (self->minimum, self->value));
      gtk_adjustment_set_upper (adjustment, MAX (self->maximum, self->value));
      gtk_spin_button_set_value (self->spin, self->value);
    }
  self->syncing = FALSE;
}

/* @sync: FALSE where the spin button already shows @value */
static void
set_value (XcNumberRow *self,
           double       value,
           gboolean     sync)
{
  if (value == self->value)
    return;

  self->value = value;
  if (sync)
    sync_spin (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value,
               XcNumberRow   *self)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  double value;

  /* GTK 4.8 takes *new_value even from text it was told is wrong: keep the
   * value the spin button has. */
  *new_value = gtk_adjustment_get_value (adjustment);

  if (text[0] == '\0')
    {
      if (!self->has_absent)
        return GTK_INPUT_ERROR;
      /* Cleared: the member is absent again. */
      set_value (self, self->absent_value, TRUE);
      *new_value = self->parked;
      return TRUE;
    }

  value = g_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    return GTK_INPUT_ERROR;

  *new_value = value = CLAMP (round_to_digits (self, value), self->minimum, self->maximum);
  /* From empty, the spin button may hold that value already and then would
   * not say value-changed; and its range is to lose the parking place. */
  if (xc_number_row_is_empty (self))
    set_value (self, value, TRUE);
  return TRUE;
}

static gboolean
spin_output_cb (GtkSpinButton *spin,
                XcNumberRow   *self)
{
  if (!xc_number_row_is_empty (self))
    return FALSE;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static void
spin_value_changed_cb (GtkSpinButton *spin,
                       XcNumberRow   *self)
{
  double value = gtk_spin_button_get_value (spin);

  if (self->syncing)
    return;
  /* An update that rejected the text says value-changed without a change:
   * an empty row stays empty. */
  if (xc_number_row_is_empty (self) && value == self->parked)
    return;

  /* From empty (a click on +), the spin button has put out "" already. */
  set_value (self, round_to_digits (self, value), xc_number_row_is_empty (self));
}

static void
find_absent_value (XcNumberRow *self)
{
  g_auto(GValue) fallback = G_VALUE_INIT;
  g_auto(GValue) number = G_VALUE_INIT;
  GParamSpec *pspec = self->field.pspec;

  g_value_init (&fallback, pspec->value_type);
  g_param_value_set_default (pspec, &fallback);
  g_value_init (&number, G_TYPE_DOUBLE);
  if (!g_value_transform (&fallback, &number))
    return;

  self->absent_value = g_value_get_double (&number);
  self->has_absent = self->absent_value < self->minimum || self->absent_value > self->maximum;
}

static void
configure_spin (XcNumberRow *self)
{
  g_autofree char *widest = NULL;
  int width;

  gtk_spin_button_set_digits (self->spin, self->digits);
  gtk_spin_button_set_range (self->spin, self->minimum, self->maximum);

  /* Wide enough for the widest value of the range, within reason. */
  widest = g_strdup_printf ("%.*f", (int) self->digits, MAX (fabs (self->minimum), fabs (self->maximum)));
  width = (int) strlen (widest) + (self->minimum < 0 ? 1 : 0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), CLAMP (width, 3, 8));
}

static void
xc_number_row_constructed (GObject *object)
{
  XcNumberRow *self = XC_NUMBER_ROW (object);

  G_OBJECT_CLASS (xc_number_row_parent_class)->constructed (object);

  if (self->minimum > self->maximum)
    {
      g_critical ("%s: minimum %g above maximum %g", G_OBJECT_TYPE_NAME (self),
                  self->minimum, self->maximum);
      self->maximum = self->minimum;
    }

  _xc_form_row_label_child (GTK_WIDGET (self), GTK_WIDGET (self->spin));
  if (!_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_number))
    {
      configure_spin (self);
      return;
    }

  if (is_integral (self->field.pspec->value_type))
    self->digits = 0;
  configure_spin (self);
  find_absent_value (self);

  self->value = self->has_absent ? self->absent_value : self->minimum;
  sync_spin (self);
  _xc_form_field_bind (&self->field, self, "value", number_to_value, value_to_number, NULL);
}

static void
xc_number_row_dispose (GObject *object)
{
  XcNumberRow *self = XC_NUMBER_ROW (object);

  _xc_form_field_clear (&self->field);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_NUMBER_ROW);

  G_OBJECT_CLASS (xc_number_row_parent_class)->dispose (object);
}

static void
xc_number_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  XcNumberRow *self = XC_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->field.record);
      break;
    case PROP_PROPERTY_NAME:
      g_value_set_string (value, _xc_form_field_get_property_name (&self->field));
      break;
    case PROP_MINIMUM:
      g_value_set_double (value, self->minimum);
      break;
    case PROP_MAXIMUM:
      g_value_set_double (value, self->maximum);
      break;
    case PROP_DIGITS:
      g_value_set_uint (value, self->digits);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_number_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  XcNumberRow *self = XC_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->field.record = g_value_dup_object (value);
      break;
    case PROP_PROPERTY_NAME:
      self->field.property_name = g_value_dup_string (value);
      break;
    case PROP_MINIMUM:
      self->minimum = g_value_get_double (value);
      break;
    case PROP_MAXIMUM:
      self->maximum = g_value_get_double (value);
      break;
    case PROP_DIGITS:
      self->digits = g_value_get_uint (value);
      break;
    case PROP_VALUE:
      xc_number_row_set_value (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_number_row_class_init (XcNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags construct_flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                      | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = xc_number_row_constructed;
  object_class->dispose = xc_number_row_dispose;
  object_class->get_property = xc_number_row_get_property;
  object_class->set_property = xc_number_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  properties[PROP_MINIMUM] =
    g_param_spec_double ("minimum", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, construct_flags);
  properties[PROP_MAXIMUM] =
    g_param_spec_double ("maximum", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, G_MAXINT32,
                         construct_flags);
  properties[PROP_DIGITS] =
    g_param_spec_uint ("digits", NULL, NULL, 0, 20, 0, construct_flags);
  /**
   * XcNumberRow:value:
   *
   * The number the row shows, in the record's terms: the property's default
   * (-1 for most) while the row is empty.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/xiachen/Planner/ui/forms/xc-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, XcNumberRow, spin);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_value_changed_cb);
}

static void
xc_number_row_init (XcNumberRow *self)
{
  self->maximum = G_MAXINT32;
  gtk_widget_init_template (GTK_WIDGET (self));
}

static XcRecord *
xc_number_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_NUMBER_ROW (row)->field);
}

static const char *
xc_number_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_NUMBER_ROW (row)->field);
}

static GtkWidget *
xc_number_row_get_focus_child (XcFormRow *row)
{
  return GTK_WIDGET (XC_NUMBER_ROW (row)->spin);
}

static void
xc_number_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_number_row_get_record;
  iface->get_property_name = xc_number_row_get_property_name;
  iface->get_focus_child = xc_number_row_get_focus_child;
}

/**
 * xc_number_row_new:
 * @record: the record to edit
 * @property: a number property of @record
 * @title: (nullable): the row's title, translated
 * @min: the smallest value the planner may enter
 * @max: the largest
 * @digits: decimals shown and kept; 0 for a whole-number property
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_number_row_new (XcRecord   *record,
                   const char *property,
                   const char *title,
                   double      min,
                   double      max,
                   guint       digits)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (min <= max, NULL);
  g_return_val_if_fail (digits <= 20, NULL);

  return g_object_new (XC_TYPE_NUMBER_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       "minimum", min,
                       "maximum", max,
                       "digits", digits,
                       NULL);
}

/**
 * xc_number_row_get_value:
 *
 * Returns: the number shown, or the property's default while the row is empty
 */
double
xc_number_row_get_value (XcNumberRow *self)
{
  g_return_val_if_fail (XC_IS_NUMBER_ROW (self), 0);

  return self->value;
}

void
xc_number_row_set_value (XcNumberRow *self,
                         double       value)
{
  g_return_if_fail (XC_IS_NUMBER_ROW (self));

  set_value (self, value, TRUE);
}

/**
 * xc_number_row_is_empty:
 *
 * Returns: whether the row shows an absent number as an empty field
 */
gboolean
xc_number_row_is_empty (XcNumberRow *self)
{
  g_return_val_if_fail (XC_IS_NUMBER_ROW (self), FALSE);

  return self->has_absent && self->value == self->absent_value;
}
