/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-id-list-row.h"
#include "xc-form-row-private.h"
#include "xc-form-util-private.h"

/**
 * XcIdListRow:
 *
 * An expander row editing a list of ids, a string-array property of a
 * record: a unit's `learners` (people), `equipment` or `services`
 * (vocabulary ids), a scheme's `ext.serves_towns` (through an
 * #XcMemberProxy). Each id is a row showing its label with a Remove
 * button; the last row adds one, chosen from the candidates with a
 * searchable drop-down or, without candidates, typed. The collapsed row's
 * subtitle names the first few.
 */
struct _XcIdListRow
{
  AdwExpanderRow  parent_instance;

  XcFormField     field;
  GListModel     *candidates;   /* records, or GtkStringObjects of vocabulary ids */
  GPtrArray      *id_rows;
  GtkWidget      *add_row;
  GtkWidget      *add_choice;   /* a GtkDropDown, or a GtkEntry without candidates */
  GtkWidget      *add_button;
};

static void xc_id_list_row_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcIdListRow, xc_id_list_row, ADW_TYPE_EXPANDER_ROW,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW, xc_id_list_row_form_row_init))

enum {
  PROP_0,
  PROP_RECORD,
  PROP_PROPERTY_NAME,
  PROP_CANDIDATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SUBTITLE_IDS 3

static gboolean
accepts_strv (GType type)
{
  return type == G_TYPE_STRV;
}

static GStrv
get_ids (XcIdListRow *self)
{
  GStrv ids = NULL;

  if (self->field.pspec != NULL)
    g_object_get (self->field.record, self->field.pspec->name, &ids, NULL);
  return ids != NULL ? ids : g_new0 (char *, 1);
}

static void
set_ids (XcIdListRow        *self,
         const char * const *ids)
{
  g_object_set (self->field.record, self->field.pspec->name, ids, NULL);
}

static void
remove_clicked_cb (GtkButton   *button,
                   XcIdListRow *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "xc-id");
  g_autofree char *owned = g_strdup (id);

  /* the row goes, and its button with it */
  xc_id_list_row_remove_id (self, owned);
}

static GtkWidget *
create_id_row (XcIdListRow *self,
               const char  *id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  const char *label = _xc_list_label_for_id (self->candidates, id);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  /* the id too, where the label is a name: two people may share one */
  if (g_strcmp0 (label, id) != 0 && self->candidates != NULL
      && !GTK_IS_STRING_LIST (self->candidates))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), id);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data_full (G_OBJECT (remove), "xc-id", g_strdup (id), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
update_subtitle (XcIdListRow        *self,
                 const char * const *ids)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  guint n = g_strv_length ((char **) ids);

  for (guint i = 0; i < n && i < SUBTITLE_IDS; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the names of a list, e.g. of learners */
        g_string_append (subtitle, _(", "));
      g_string_append (subtitle, _xc_list_label_for_id (self->candidates, ids[i]));
    }
  if (n > SUBTITLE_IDS)
    g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, " and %u more",
                                                   " and %u more", n - SUBTITLE_IDS),
                            n - SUBTITLE_IDS);
  if (n == 0)
    g_string_append (subtitle, _("None"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

static void
rebuild (XcIdListRow *self)
{
  g_auto(GStrv) ids = get_ids (self);

  for (guint i = 0; i < self->id_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->id_rows, i));
  g_ptr_array_set_size (self->id_rows, 0);
  adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->add_row);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *row = create_id_row (self, ids[i]);

      g_ptr_array_add (self->id_rows, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->add_row);
  update_subtitle (self, (const char * const *) ids);
}

static void
ids_changed_cb (XcIdListRow *self)
{
  rebuild (self);
}

static void
add_clicked_cb (XcIdListRow *self)
{
  const char *id = NULL;
  g_autofree char *typed = NULL;

  if (GTK_IS_DROP_DOWN (self->add_choice))
    {
      gpointer item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (self->add_choice));

      id = item != NULL ? _xc_item_get_id (item) : NULL;
    }
  else
    {
      typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_choice))));
      id = typed;
    }

  if (id != NULL && id[0] != '\0' && xc_id_list_row_add_id (self, id)
      && GTK_IS_ENTRY (self->add_choice))
    gtk_editable_set_text (GTK_EDITABLE (self->add_choice), "");
}

static void
create_add_row (XcIdListRow *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add"));
  if (self->candidates != NULL)
    {
      g_autoptr(GtkExpression) label = _xc_item_label_expression ();
      g_autoptr(GtkListItemFactory) factory = _xc_item_label_factory ();
      GtkDropDown *drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

      gtk_drop_down_set_factory (drop_down, factory);
      gtk_drop_down_set_expression (drop_down, label);
      gtk_drop_down_set_enable_search (drop_down, TRUE);
      gtk_drop_down_set_model (drop_down, self->candidates);
      gtk_drop_down_set_selected (drop_down, GTK_INVALID_LIST_POSITION);
      self->add_choice = GTK_WIDGET (drop_down);
    }
  else
    {
      self->add_choice = gtk_entry_new ();
      g_signal_connect_object (self->add_choice, "activate",
                               G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_set_valign (self->add_choice, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->add_choice);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_choice),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);

  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->add_button, _("Add"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);
  g_signal_connect_object (self->add_button, "clicked",
                           G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->add_button);

  self->add_row = g_object_ref_sink (row);
}

static void
xc_id_list_row_constructed (GObject *object)
{
  XcIdListRow *self = XC_ID_LIST_ROW (object);

  G_OBJECT_CLASS (xc_id_list_row_parent_class)->constructed (object);

  create_add_row (self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->add_row);

  if (_xc_form_field_resolve (&self->field, GTK_WIDGET (self), accepts_strv))
    {
      g_autofree char *signal = g_strconcat ("notify::", self->field.pspec->name, NULL);

      g_signal_connect_object (self->field.record, signal,
                               G_CALLBACK (ids_changed_cb), self, G_CONNECT_SWAPPED);
      rebuild (self);
    }
}

static void
xc_id_list_row_dispose (GObject *object)
{
  XcIdListRow *self = XC_ID_LIST_ROW (object);

  _xc_form_field_clear (&self->field);
  if (self->add_choice != NULL && GTK_IS_DROP_DOWN (self->add_choice))
    gtk_drop_down_set_model (GTK_DROP_DOWN (self->add_choice), NULL);
  self->add_choice = NULL;
  g_clear_object (&self->add_row);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (xc_id_list_row_parent_class)->dispose (object);
}

static void
xc_id_list_row_finalize (GObject *object)
{
  XcIdListRow *self = XC_ID_LIST_ROW (object);

  g_clear_pointer (&self->id_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (xc_id_list_row_parent_class)->finalize (object);
}

static void
xc_id_list_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  XcIdListRow *self = XC_ID_LIST_ROW (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_id_list_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  XcIdListRow *self = XC_ID_LIST_ROW (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_id_list_row_class_init (XcIdListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = xc_id_list_row_constructed;
  object_class->dispose = xc_id_list_row_dispose;
  object_class->finalize = xc_id_list_row_finalize;
  object_class->get_property = xc_id_list_row_get_property;
  object_class->set_property = xc_id_list_row_set_property;

  _xc_form_row_install_properties (properties, PROP_RECORD, PROP_PROPERTY_NAME);
  /**
   * XcIdListRow:candidates:
   *
   * What may be added: a #GListModel of #XcRecord or of #GtkStringObject
   * vocabulary ids; %NULL: ids are typed.
   */
  properties[PROP_CANDIDATES] =
    g_param_spec_object ("candidates", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                         | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_id_list_row_init (XcIdListRow *self)
{
  self->id_rows = g_ptr_array_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

static XcRecord *
xc_id_list_row_get_record (XcFormRow *row)
{
  return _xc_form_field_get_record (&XC_ID_LIST_ROW (row)->field);
}

static const char *
xc_id_list_row_get_property_name (XcFormRow *row)
{
  return _xc_form_field_get_property_name (&XC_ID_LIST_ROW (row)->field);
}

static GtkWidget *
xc_id_list_row_get_focus_child (XcFormRow *row)
{
  XcIdListRow *self = XC_ID_LIST_ROW (row);

  /* what is at fault is in the list: show it */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  return self->add_choice;
}

static void
xc_id_list_row_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_id_list_row_get_record;
  iface->get_property_name = xc_id_list_row_get_property_name;
  iface->get_focus_child = xc_id_list_row_get_focus_child;
}

/**
 * xc_id_list_row_new:
 * @record: the record to edit
 * @property: a string-array property of @record holding ids
 * @title: (nullable): the row's title, translated
 * @candidates: (nullable): a #GListModel of the #XcRecord (or
 *   #GtkStringObject vocabulary ids) that may be added; %NULL: typed ids
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_id_list_row_new (XcRecord   *record,
                    const char *property,
                    const char *title,
                    GListModel *candidates)
{
  g_return_val_if_fail (XC_IS_RECORD (record), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (candidates == NULL || G_IS_LIST_MODEL (candidates), NULL);

  return g_object_new (XC_TYPE_ID_LIST_ROW,
                       "record", record,
                       "property-name", property,
                       "title", title,
                       "candidates", candidates,
                       NULL);
}

/**
 * xc_id_list_row_new_for_vocabulary:
 * @ids: (array zero-terminated=1): the vocabulary ids that may be added,
 *   e.g. `computer`, `broadband`…
 *
 * xc_id_list_row_new() with vocabulary ids as candidates, shown by label.
 *
 * Returns: (transfer floating): a new row bound to @property of @record
 */
GtkWidget *
xc_id_list_row_new_for_vocabulary (XcRecord           *record,
                                   const char         *property,
                                   const char         *title,
                                   const char * const *ids)
{
  g_autoptr(GtkStringList) candidates = NULL;

  g_return_val_if_fail (ids != NULL, NULL);

  candidates = gtk_string_list_new (ids);
  return xc_id_list_row_new (record, property, title, G_LIST_MODEL (candidates));
}

/**
 * xc_id_list_row_get_candidates:
 *
 * Returns: (transfer none) (nullable): what may be added
 */
GListModel *
xc_id_list_row_get_candidates (XcIdListRow *self)
{
  g_return_val_if_fail (XC_IS_ID_LIST_ROW (self), NULL);

  return self->candidates;
}

/**
 * xc_id_list_row_get_n_ids:
 *
 * Returns: how many ids the row shows
 */
guint
xc_id_list_row_get_n_ids (XcIdListRow *self)
{
  g_return_val_if_fail (XC_IS_ID_LIST_ROW (self), 0);

  return self->id_rows->len;
}

/**
 * xc_id_list_row_get_id_row:
 *
 * Returns: (transfer none) (nullable): the row showing the id at @position
 */
GtkWidget *
xc_id_list_row_get_id_row (XcIdListRow *self,
                           guint        position)
{
  g_return_val_if_fail (XC_IS_ID_LIST_ROW (self), NULL);

  return position < self->id_rows->len ? g_ptr_array_index (self->id_rows, position) : NULL;
}

/**
 * xc_id_list_row_add_id:
 *
 * Appends @id to the record's list, as the Add button does.
 *
 * Returns: %TRUE if it was not there yet
 */
gboolean
xc_id_list_row_add_id (XcIdListRow *self,
                       const char  *id)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  g_return_val_if_fail (XC_IS_ID_LIST_ROW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->field.pspec == NULL)
    return FALSE;

  ids = get_ids (self);
  if (g_strv_contains ((const char * const *) ids, id))
    return FALSE;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) ids);
  g_strv_builder_add (builder, id);
  updated = g_strv_builder_end (builder);
  set_ids (self, (const char * const *) updated);
  return TRUE;
}

/**
 * xc_id_list_row_remove_id:
 *
 * Removes @id from the record's list, as its Remove button does.
 *
 * Returns: %TRUE if it was there
 */
gboolean
xc_id_list_row_remove_id (XcIdListRow *self,
                          const char  *id)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (XC_IS_ID_LIST_ROW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->field.pspec == NULL)
    return FALSE;

  ids = get_ids (self);
  builder = g_strv_builder_new ();
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (g_str_equal (ids[i], id))
        found = TRUE;
      else
        g_strv_builder_add (builder, ids[i]);
    }
  if (!found)
    return FALSE;

  updated = g_strv_builder_end (builder);
  set_ids (self, (const char * const *) updated);
  return TRUE;
}
