/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-reference-row.h"
#include "xc-form-row-private.h"
#include "xc-form-util-private.h"

/**
 * XcReferenceRow:
 *
 * A row choosing one record of a list — a person, an institution, a town —
 * for a string property that holds its id (a unit's `lead`, `host`). The
 * candidates show by their label (xc_record_get_label()), the record gets
 * the id.
 *
 * The choice is a #GtkDropDown over the list itself, with search: its rows
 * are recycled, so a list of 100,000 people costs a few widgets. A
 * #GtkFilter narrows the candidates (xc_institution_kind_filter_new());
 * where @allow_none is set, a first entry “(none)” clears the property.
 * An id the filter hides, or one the list does not have (a dangling
 * reference), selects nothing and shows as the row's subtitle; the record
 * keeps it until the planner chooses.
 */
struct _XcReferenceRow
{
  AdwActionRow        parent_instance;

  XcFormField         field;
  GListModel         *candidates;
  gboolean            allow_none;
  GtkFilterListModel *filtered;
  GListModel         *choices;    /* "(none)" and the filtered candidates */
  GtkDropDown        *drop_down;
  GtkMenuButton      *new_button;  /* nullable: candidates a row cannot add to */
  GtkWidget          *required_label;
  GtkEntry           *new_name;
  gboolean            syncing;
};

static void xc_reference_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcReferenceRow, xc_reference_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW,
                                                      xc_reference_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  PROP_CANDIDATES,
  PROP_ALLOW_NONE,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
accepts_string (GType type)
{
  return type == G_TYPE_STRING;
}

static void
show_dangling (XcReferenceRow *self,
               const char     *id,
               guint           position)
{
  g_autofree char *subtitle = NULL;

  if ((id == NULL || id[0] == '\0') && self->filtered != NULL
      && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    /* an empty picker says why, and how to fill it */
    subtitle = g_strdup (self->new_button != NULL
                         ? _("None in the design yet: add one with +")
                         : _("None in the design yet"));
  else if (id != NULL && id[0] != '\0' && position == GTK_INVALID_LIST_POSITION)
    {
      /* filtered out, or not in the design at all */
      if (_xc_list_find_id (self->candidates, id) != GTK_INVALID_LIST_POSITION)
        subtitle = g_strdup (_xc_list_label_for_id (self->candidates, id));
      else
        /* TRANSLATORS: a reference to a record the design does not have */
        subtitle = g_strdup_printf (_("Not in the design: %s"), id);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle != NULL ? subtitle : "");
}

static guint
position_of (XcReferenceRow *self,
             const char     *id)
{
  /* "" is no choice either */
  if (id != NULL && id[0] == '\0')
    id = NULL;
  if (id == NULL && !self->allow_none)
    return GTK_INVALID_LIST_POSITION;
  return _xc_list_find_id (self->choices, id);
}

static gboolean
id_to_position (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  XcReferenceRow *self = user_data;
  const char *id = g_value_get_string (from);
  guint position = position_of (self, id);

  show_dangling (self, id, position);
  g_value_set_uint (to, position);
  return TRUE;
}

static gboolean
position_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  XcReferenceRow *self = user_data;
  guint position = g_value_get_uint (from);
  g_autoptr(GObject) item = NULL;

  /* The choices moving under the selection, or nothing chosen: leave the
   * record alone. */
  if (self->syncing)
    return FALSE;
  item = g_list_model_get_item (self->choices, position);
  if (item == NULL)
    return FALSE;

  show_dangling (self, NULL, 0);
  g_value_set_string (to, _xc_item_get_id (item));
  return TRUE;
}

/* Shows the record's value again: the choices moved under the selection. */
static void
resync (XcReferenceRow *self)
{
  g_autofree char *id = NULL;
  guint position;

  if (self->field.pspec == NULL)
    return;

  g_object_get (self->field.record, self->field.pspec->name, &id, NULL);
  position = position_of (self, id);
  show_dangling (self, id, position);
  if (gtk_drop_down_get_selected (self->drop_down) != position)
    {
      self->syncing = TRUE;
      gtk_drop_down_set_selected (self->drop_down, position);
      self->syncing = FALSE;
    }
}

static void
choices_changed_cb (GListModel     *model,
                    guint           position,
                    guint           removed,
                    guint           added,
                    XcReferenceRow *self)
{
  g_autofree char *id = NULL;

  resync (self);
  if (self->field.record != NULL)
    {
      g_object_get (self->field.record, self->field.pspec->name, &id, NULL);
      show_dangling (self, id, position_of (self, id));
    }
}

/* Creating a record from the picker */

static const char *
id_prefix_for (GType type)
{
  if (g_type_is_a (type, XC_TYPE_INSTITUTION))
    return "inst";
  if (g_type_is_a (type, XC_TYPE_PERSON))
    return "p";
  if (g_type_is_a (type, XC_TYPE_TOWN))
    return "t";
  return NULL;
}

static void
new_name_changed_cb (XcReferenceRow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_name))));
  GtkWidget *add = gtk_widget_get_next_sibling (GTK_WIDGET (self->new_name));

  gtk_widget_set_sensitive (add, name[0] != '\0');
}

static void
new_name_activate_cb (XcReferenceRow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_name))));

  if (name[0] == '\0')
    return;
  xc_reference_row_create (self, name);
  gtk_editable_set_text (GTK_EDITABLE (self->new_name), "");
  gtk_menu_button_popdown (self->new_button);
}

static void
add_new_button (XcReferenceRow *self)
{
  GType type = g_list_model_get_item_type (self->candidates);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  const char *placeholder;
  const char *tooltip;

  if (!G_IS_LIST_STORE (self->candidates) || id_prefix_for (type) == NULL)
    return;
  if (g_type_is_a (type, XC_TYPE_INSTITUTION))
    {
      placeholder = _("Name of the new institution");
      tooltip = _("Add an institution to the design and choose it");
    }
  else if (g_type_is_a (type, XC_TYPE_PERSON))
    {
      placeholder = _("Name of the new person");
      tooltip = _("Add a person to the design and choose them");
    }
  else
    {
      placeholder = _("Name of the new town");
      tooltip = _("Add a town to the design and choose it");
    }

  self->new_name = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->new_name, placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->new_name), 20);
  g_signal_connect_swapped (self->new_name, "activate", G_CALLBACK (new_name_activate_cb), self);
  g_signal_connect_swapped (self->new_name, "changed", G_CALLBACK (new_name_changed_cb), self);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_widget_set_sensitive (add, FALSE);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (new_name_activate_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->new_name));
  gtk_box_append (GTK_BOX (box), add);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), add);

  self->new_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->new_button, "list-add-symbolic");
  gtk_menu_button_set_popover (self->new_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_button), tooltip);
  gtk_widget_set_valign (GTK_WIDGET (self->new_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->new_button), "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->new_button));
}

/**
 * xc_reference_row_set_required:
 *
 * Marks the choice as one the design needs, where “(none)” is offered
 * only so a planner can clear it for now (a unit's lead). A row without
 * “(none)” is marked from the start.
 */
void
xc_reference_row_set_required (XcReferenceRow *self,
                               gboolean        required)
{
  g_return_if_fail (XC_IS_REFERENCE_ROW (self));

  gtk_widget_set_visible (self->required_label, required);
}

/**
 * xc_reference_row_create:
 * @name: the new record's name
 *
 * Adds an institution, person or town named @name to the row's candidates
 * (the design's list) and chooses it, as the row's + button does. A new
 * institution takes the first kind the row's kind filter keeps.
 *
 * Returns: (transfer none) (nullable): the new record; %NULL where the
 *   candidates are not a list the row can add to
 */
XcRecord *
xc_reference_row_create (XcReferenceRow *self,
                         const char     *name)
{
  GType type;
  const char *prefix;
  g_autoptr(XcRecord) record = NULL;
  g_autofree char *id = NULL;
  GtkFilter *filter;
  const char * const *kinds;

  g_return_val_if_fail (XC_IS_REFERENCE_ROW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  type = g_list_model_get_item_type (self->candidates);
  prefix = id_prefix_for (type);
  if (!G_IS_LIST_STORE (self->candidates) || prefix == NULL)
    return NULL;

  for (guint n = g_list_model_get_n_items (self->candidates) + 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", prefix, n);

      if (_xc_list_find_id (self->candidates, candidate) == GTK_INVALID_LIST_POSITION)
        id = g_steal_pointer (&candidate);
    }

  record = g_object_new (type, NULL);
  g_object_set (record, "id", id, "name", name, NULL);
  filter = gtk_filter_list_model_get_filter (self->filtered);
  kinds = filter != NULL ? g_object_get_data (G_OBJECT (filter), "xc-institution-kinds") : NULL;
  if (XC_IS_INSTITUTION (record) && kinds != NULL && kinds[0] != NULL)
    xc_institution_set_kind (XC_INSTITUTION (record), kinds[0]);

  g_list_store_append (G_LIST_STORE (self->candidates), record);
  xc_reference_row_select_id (self, id);
  return record;
}

static void
xc_reference_row_constructed (GObject *object)
{
  XcReferenceRow *self = XC_REFERENCE_ROW (object);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkExpression) label = _xc_item_label_expression ();
  g_autoptr(GtkListItemFactory) factory = _xc_item_label_factory ();

  G_OBJECT_CLASS (xc_reference_row_parent_class)->constructed (object);

  if (self->candidates == NULL)
    self->candidates = G_LIST_MODEL (g_list_store_new (XC_TYPE_RECORD));

  if (self->allow_none)
    {
      g_autoptr(GListStore) none = g_list_store_new (G_TYPE_OBJECT);
      g_autoptr(GObject) placeholder = g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (none, placeholder);
      g_list_store_append (parts, none);
    }
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->candidates), NULL);
  g_list_store_append (parts, self->filtered);
  self->choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));

  /* A choice the design cannot do without: marked, so a new design's
   * planner sees what to fill first. */
  self->required_label = gtk_label_new (_("Required"));
  gtk_widget_add_css_class (self->required_label, "caption");
  gtk_widget_add_css_class (self->required_label, "dim-label");
  gtk_widget_set_valign (self->required_label, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->required_label, !self->allow_none);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->required_label);

  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_factory (self->drop_down, factory);
  gtk_drop_down_set_expression (self->drop_down, label);
  gtk_drop_down_set_enable_search (self->drop_down, TRUE);
  gtk_drop_down_set_model (self->drop_down, self->choices);
  gtk_widget_set_valign (GTK_WIDGET (self->drop_down), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->drop_down));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->drop_down));
  _xc_form_row_label_child (GTK_WIDGET (self), GTK_WIDGET (self->drop_down));
  add_new_button (self);

  /* GBinding does not pass the record's value back to the record */
  if (_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_string))
    _xc_form_field_bind (&self->field, self->drop_down, "selected",
                         id_to_position, position_to_id, self);
  g_signal_connect_object (self->choices, "items-changed",
                           G_CALLBACK (choices_changed_cb), self, G_CONNECT_AFTER);
}

static void
xc_reference_row_dispose (GObject *object)
{
  XcReferenceRow *self = XC_REFERENCE_ROW (object);

  _xc_form_field_clear (&self->field);
  if (self->drop_down != NULL)
    gtk_drop_down_set_model (self->drop_down, NULL);
  self->drop_down = NULL;
  g_clear_object (&self->choices);
  g_clear_object (&self->filtered);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (xc_reference_row_parent_class)->dispose (object);
}

static void
xc_reference_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  XcReferenceRow *self = XC_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->field.record);
      break;
    case PROP_PROPERTY_NAME:
      g_value_set_string (value, _xc_form_field_get_property_name (&self->field));
      break;
    case PROP_CANDIDATES:
      g_value_set_object (value, self->candidates);
      break;
    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, self->allow_none);
      break;
    case PROP_FILTER:
      g_value_set_object (value, xc_reference_row_get_filter (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_reference_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  XcReferenceRow *self = XC_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->field.record = g_value_dup_object (value);
      break;
    case PROP_PROPERTY_NAME:
      self->field.property_name = g_value_dup_string (value);
      break;
    case PROP_CANDIDATES:
      self->candidates = g_value_dup_object (value);
      break;
    case PROP_ALLOW_NONE:
      self->allow_none = g_value_get_boolean (value);
      break;
    case PROP_FILTER:
      xc_reference_row_set_filter (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_reference_row_class_init (XcReferenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = xc_reference_row_constructed;
  object_class->dispose = xc_reference_row_dispose;
  object_class->get_property = xc_reference_row_get_property;
  object_class->set_property = xc_reference_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  /**
   * XcReferenceRow:candidates:
   *
   * The records to choose from (a #GListModel of #XcRecord).
   */
  properties[PROP_CANDIDATES] =
    g_param_spec_object ("candidates", NULL, NULL, G_TYPE_LIST_MODEL, construct);
  /**
   * XcReferenceRow:allow-none:
   *
   * Whether a first entry “(none)” clears the property.
   */
  properties[PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, FALSE, construct);
  /**
   * XcReferenceRow:filter:
   *
   * Which candidates are offered; %NULL: all.
   */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_reference_row_init (XcReferenceRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

static XcRecord *
xc_reference_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_REFERENCE_ROW (row)->field);
}

static const char *
xc_reference_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_REFERENCE_ROW (row)->field);
}

static GtkWidget *
xc_reference_row_get_focus_child (XcFormRow *row)
{
  return GTK_WIDGET (XC_REFERENCE_ROW (row)->drop_down);
}

static void
xc_reference_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_reference_row_get_record;
  iface->get_property_name = xc_reference_row_get_property_name;
  iface->get_focus_child = xc_reference_row_get_focus_child;
}

/**
 * xc_reference_row_new:
 * @record: the record to edit
 * @property: a string property of @record holding an id
 * @title: (nullable): the row's title, translated
 * @candidates: (nullable): a #GListModel of the #XcRecord to choose from
 * @allow_none: whether the planner may clear the property
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_reference_row_new (XcRecord   *record,
                      const char *property,
                      const char *title,
                      GListModel *candidates,
                      gboolean    allow_none)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (candidates == NULL || G_IS_LIST_MODEL (candidates), NULL);

  return g_object_new (XC_TYPE_REFERENCE_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       "candidates", candidates,
                       "allow-none", allow_none,
                       NULL);
}

/**
 * xc_reference_row_set_filter:
 * @filter: (nullable): which candidates to offer
 */
void
xc_reference_row_set_filter (XcReferenceRow *self,
                             GtkFilter      *filter)
{
  g_return_if_fail (XC_IS_REFERENCE_ROW (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (filter == gtk_filter_list_model_get_filter (self->filtered))
    return;

  self->syncing = TRUE;
  gtk_filter_list_model_set_filter (self->filtered, filter);
  self->syncing = FALSE;
  resync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/**
 * xc_reference_row_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter on the candidates
 */
GtkFilter *
xc_reference_row_get_filter (XcReferenceRow *self)
{
  g_return_val_if_fail (XC_IS_REFERENCE_ROW (self), NULL);

  return gtk_filter_list_model_get_filter (self->filtered);
}

/**
 * xc_reference_row_get_choices:
 *
 * Returns: (transfer none): what the drop-down offers: “(none)” first
 *   where allowed (an object with no id), then the candidates the filter
 *   keeps
 */
GListModel *
xc_reference_row_get_choices (XcReferenceRow *self)
{
  g_return_val_if_fail (XC_IS_REFERENCE_ROW (self), NULL);

  return self->choices;
}

/**
 * xc_reference_row_get_drop_down:
 *
 * Returns: (transfer none): the drop-down the planner chooses with
 */
GtkDropDown *
xc_reference_row_get_drop_down (XcReferenceRow *self)
{
  g_return_val_if_fail (XC_IS_REFERENCE_ROW (self), NULL);

  return self->drop_down;
}

/**
 * xc_reference_row_get_selected_id:
 *
 * Returns: (nullable): the id of the chosen candidate; %NULL for “(none)”
 *   or no choice
 */
const char *
xc_reference_row_get_selected_id (XcReferenceRow *self)
{
  gpointer item;

  g_return_val_if_fail (XC_IS_REFERENCE_ROW (self), NULL);

  item = gtk_drop_down_get_selected_item (self->drop_down);
  return item != NULL ? _xc_item_get_id (item) : NULL;
}

/**
 * xc_reference_row_select_id:
 * @id: (nullable): the id to choose; %NULL chooses “(none)”
 *
 * Chooses as the planner would, so the record gets @id. An id not offered
 * changes nothing.
 */
void
xc_reference_row_select_id (XcReferenceRow *self,
                            const char     *id)
{
  guint position;

  g_return_if_fail (XC_IS_REFERENCE_ROW (self));

  position = position_of (self, id);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->drop_down, position);
}

static gboolean
institution_kind_matches (gpointer item,
                          gpointer user_data)
{
  const char * const *kinds = user_data;

  return XC_IS_INSTITUTION (item)
         && g_strv_contains (kinds, xc_institution_get_kind (item) != NULL
                                    ? xc_institution_get_kind (item) : "");
}

/**
 * xc_institution_kind_filter_new:
 * @kinds: (array zero-terminated=1): institution kinds to keep
 *
 * A filter for xc_reference_row_set_filter() keeping the institutions of
 * one of @kinds (e.g. only `township_health_centre`s as hosts).
 *
 * Returns: (transfer full): a new filter
 */
GtkFilter *
xc_institution_kind_filter_new (const char * const *kinds)
{
  GtkFilter *filter;

  g_return_val_if_fail (kinds != NULL, NULL);

  filter = GTK_FILTER (gtk_custom_filter_new (institution_kind_matches,
                                              g_strdupv ((char **) kinds),
                                              (GDestroyNotify) g_strfreev));

  /* for xc_reference_row_create(): a new host is of a kind it accepts */
  g_object_set_data_full (G_OBJECT (filter), "xc-institution-kinds", g_strdupv ((char **) kinds),
                          (GDestroyNotify) g_strfreev);
  return filter;
}
