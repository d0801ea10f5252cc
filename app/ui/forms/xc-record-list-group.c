/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-record-list-group.h"

/**
 * XcRecordListGroup:
 *
 * A preferences group editing a list of sub-records of a record: a unit's
 * team members or commitments, a design's needs. Each item is an
 * #AdwExpanderRow whose rows a #XcRecordListFillFunc builds, with a Remove
 * button; the group's Add button appends an item an #XcRecordListNewFunc
 * makes. The rows follow the list's items-changed, whoever changes it.
 *
 * Add and Remove need the items to be a #GListStore; over another
 * #GListModel the group only shows them.
 *
 * The group is itself an #XcFormRow for its member (`team`), so a finding
 * about the list as a whole (`team`, or an item without a row of its own)
 * focuses it.
 */
struct _XcRecordListGroup
{
  AdwPreferencesGroup    parent_instance;

  XcRecord              *owner;
  char                  *member;
  GListModel            *items;
  GtkListBox            *list_box;
  GtkWidget             *add_button;

  XcRecordListFillFunc   fill;
  gpointer               fill_data;
  GDestroyNotify         fill_destroy;
  XcRecordListTitleFunc  title;
  gpointer               title_data;
  GDestroyNotify         title_destroy;
  XcRecordListNewFunc    new_item;
  gpointer               new_data;
  GDestroyNotify         new_destroy;
};

static void xc_record_list_group_form_row_init (XcFormRowInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (XcRecordListGroup, xc_record_list_group,
                               ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (XC_TYPE_FORM_ROW,
                                                      xc_record_list_group_form_row_init))

enum {
  PROP_0,
  PROP_OWNER,
  PROP_MEMBER,
  PROP_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
default_title (XcRecordListGroup *self,
               XcRecord          *item)
{
  const char *label = xc_record_get_label (item);
  guint position;

  if (label[0] != '\0')
    return g_strdup (label);
  if (G_IS_LIST_STORE (self->items) && g_list_store_find (G_LIST_STORE (self->items), item, &position))
    /* TRANSLATORS: the title of the n-th item of a list without a name */
    return g_strdup_printf (_("Item %u"), position + 1);
  return g_strdup ("");
}

static void
clear_data (gpointer       *data,
            GDestroyNotify  destroy)
{
  gpointer old = g_steal_pointer (data);

  if (old != NULL && destroy != NULL)
    destroy (old);
}

static void
update_title (XcRecordListGroup *self,
              AdwExpanderRow    *row)
{
  XcRecord *item = g_object_get_data (G_OBJECT (row), "xc-item");
  g_autofree char *title = NULL;

  title = self->title != NULL ? self->title (item, self->title_data) : default_title (self, item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
}

static void
item_notify_cb (XcRecord       *item,
                GParamSpec     *pspec,
                AdwExpanderRow *row)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                                          XC_TYPE_RECORD_LIST_GROUP));

  if (self != NULL)
    update_title (self, row);
}

static void
remove_clicked_cb (GtkButton         *button,
                   XcRecordListGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);
  XcRecord *item = g_object_get_data (G_OBJECT (row), "xc-item");

  xc_record_list_group_remove_item (self, item);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  XcRecordListGroup *self = user_data;
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* the row holds its item: a removed item goes with its row */
  g_object_set_data_full (G_OBJECT (row), "xc-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), row, 0);

  if (G_IS_LIST_STORE (self->items))
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
    }

  if (self->fill != NULL)
    self->fill (self, item, ADW_EXPANDER_ROW (row), self->fill_data);

  /* the title is known once the row is in the list: it may count */
  return row;
}

static void
items_changed_cb (GListModel        *items,
                  guint              position,
                  guint              removed,
                  guint              added,
                  XcRecordListGroup *self)
{
  /* titles that number the items move with them */
  for (guint i = position; i < g_list_model_get_n_items (items); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, i);

      if (ADW_IS_EXPANDER_ROW (row))
        update_title (self, ADW_EXPANDER_ROW (row));
    }
}

static void
bind (XcRecordListGroup *self)
{
  if (self->list_box == NULL || self->items == NULL)
    return;

  gtk_list_box_bind_model (self->list_box, self->items, create_row_cb, self, NULL);
  items_changed_cb (self->items, 0, 0, 0, self);
}

static void
add_clicked_cb (XcRecordListGroup *self)
{
  g_autoptr(XcRecord) item = xc_record_list_group_add_item (self);
  AdwExpanderRow *row;

  /* show the new item open, ready to fill in */
  if (item == NULL)
    return;
  row = xc_record_list_group_get_row (self, g_list_model_get_n_items (self->items) - 1);
  if (row != NULL)
    adw_expander_row_set_expanded (row, TRUE);
}

static void
xc_record_list_group_constructed (GObject *object)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (object);
  GtkWidget *placeholder;

  G_OBJECT_CLASS (xc_record_list_group_parent_class)->constructed (object);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  placeholder = gtk_label_new (_("None yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list_box, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list_box));

  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->add_button, _("Add"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);
  /* only once there is something to make an item with */
  gtk_widget_set_visible (self->add_button, FALSE);
  g_signal_connect_object (self->add_button, "clicked",
                           G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);

  if (self->items != NULL)
    g_signal_connect_object (self->items, "items-changed",
                             G_CALLBACK (items_changed_cb), self, G_CONNECT_AFTER);
  bind (self);
}

static void
xc_record_list_group_dispose (GObject *object)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (object);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  self->list_box = NULL;
  self->add_button = NULL;
  g_clear_object (&self->items);
  g_clear_object (&self->owner);
  clear_data (&self->fill_data, self->fill_destroy);
  clear_data (&self->title_data, self->title_destroy);
  clear_data (&self->new_data, self->new_destroy);
  self->fill = NULL;
  self->title = NULL;
  self->new_item = NULL;

  G_OBJECT_CLASS (xc_record_list_group_parent_class)->dispose (object);
}

static void
xc_record_list_group_finalize (GObject *object)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (object);

  g_clear_pointer (&self->member, g_free);

  G_OBJECT_CLASS (xc_record_list_group_parent_class)->finalize (object);
}

static void
xc_record_list_group_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      g_value_set_object (value, self->owner);
      break;
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_record_list_group_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      self->owner = g_value_dup_object (value);
      break;
    case PROP_MEMBER:
      self->member = g_value_dup_string (value);
      break;
    case PROP_ITEMS:
      self->items = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_record_list_group_class_init (XcRecordListGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                            | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = xc_record_list_group_constructed;
  object_class->dispose = xc_record_list_group_dispose;
  object_class->finalize = xc_record_list_group_finalize;
  object_class->get_property = xc_record_list_group_get_property;
  object_class->set_property = xc_record_list_group_set_property;

  /**
   * XcRecordListGroup:owner:
   *
   * The record the list belongs to (the unit of a team).
   */
  properties[PROP_OWNER] = g_param_spec_object ("owner", NULL, NULL, XC_TYPE_RECORD, flags);
  /**
   * XcRecordListGroup:member:
   *
   * The list's member in the owner, as findings name it: `team`.
   */
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);
  /**
   * XcRecordListGroup:items:
   *
   * The list, a #GListModel of #XcRecord.
   */
  properties[PROP_ITEMS] = g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_record_list_group_init (XcRecordListGroup *self)
{
}

static XcRecord *
xc_record_list_group_form_get_record (XcFormRow *row)
{
  return XC_RECORD_LIST_GROUP (row)->owner;
}

static const char *
xc_record_list_group_form_get_property_name (XcFormRow *row)
{
  return XC_RECORD_LIST_GROUP (row)->member;
}

static GtkWidget *
xc_record_list_group_form_get_focus_child (XcFormRow *row)
{
  XcRecordListGroup *self = XC_RECORD_LIST_GROUP (row);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list_box, 0);

  if (gtk_widget_get_visible (self->add_button))
    return self->add_button;
  return first != NULL ? GTK_WIDGET (first) : NULL;
}

static void
xc_record_list_group_form_row_init (XcFormRowInterface *iface)
{
  iface->get_record = xc_record_list_group_form_get_record;
  iface->get_property_name = xc_record_list_group_form_get_property_name;
  iface->get_focus_child = xc_record_list_group_form_get_focus_child;
}

/**
 * xc_record_list_group_new:
 * @owner: the record the list belongs to
 * @member: the list's member in @owner as findings name it (`team`)
 * @items: a #GListModel of #XcRecord; a #GListStore to add and remove
 * @title: (nullable): the group's title, translated
 *
 * Returns: (transfer floating): a new group; give it a fill function
 */
GtkWidget *
xc_record_list_group_new (XcRecord   *owner,
                          const char *member,
                          GListModel *items,
                          const char *title)
{
  g_return_val_if_fail (XC_IS_RECORD (owner), NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  return g_object_new (XC_TYPE_RECORD_LIST_GROUP,
                       "owner", owner,
                       "member", member,
                       "items", items,
                       "title", title,
                       NULL);
}

/**
 * xc_record_list_group_set_fill_func:
 * @fill: (nullable) (scope notified): builds the rows of an item
 * @user_data: (closure): data for @fill
 * @destroy: (nullable): frees @user_data with the group
 *
 * The rows of every item are built again with @fill.
 */
void
xc_record_list_group_set_fill_func (XcRecordListGroup    *self,
                                    XcRecordListFillFunc  fill,
                                    gpointer              user_data,
                                    GDestroyNotify        destroy)
{
  g_return_if_fail (XC_IS_RECORD_LIST_GROUP (self));

  clear_data (&self->fill_data, self->fill_destroy);
  self->fill = fill;
  self->fill_data = user_data;
  self->fill_destroy = destroy;
  bind (self);
}

/**
 * xc_record_list_group_set_title_func:
 * @title: (nullable) (scope notified): names an item; %NULL: its label
 * @user_data: (closure): data for @title
 * @destroy: (nullable): frees @user_data with the group
 *
 * A row's title is asked for again whenever its item notifies a change.
 */
void
xc_record_list_group_set_title_func (XcRecordListGroup     *self,
                                     XcRecordListTitleFunc  title,
                                     gpointer               user_data,
                                     GDestroyNotify         destroy)
{
  g_return_if_fail (XC_IS_RECORD_LIST_GROUP (self));

  clear_data (&self->title_data, self->title_destroy);
  self->title = title;
  self->title_data = user_data;
  self->title_destroy = destroy;
  items_changed_cb (self->items, 0, 0, 0, self);
}

/**
 * xc_record_list_group_set_new_func:
 * @new_item: (nullable) (scope notified): makes an item for the Add
 *   button; %NULL hides the button
 * @user_data: (closure): data for @new_item
 * @destroy: (nullable): frees @user_data with the group
 */
void
xc_record_list_group_set_new_func (XcRecordListGroup   *self,
                                   XcRecordListNewFunc  new_item,
                                   gpointer             user_data,
                                   GDestroyNotify       destroy)
{
  g_return_if_fail (XC_IS_RECORD_LIST_GROUP (self));

  clear_data (&self->new_data, self->new_destroy);
  self->new_item = new_item;
  self->new_data = user_data;
  self->new_destroy = destroy;
  gtk_widget_set_visible (self->add_button, new_item != NULL && G_IS_LIST_STORE (self->items));
}

/**
 * xc_record_list_group_get_owner:
 *
 * Returns: (transfer none): the record the list belongs to
 */
XcRecord *
xc_record_list_group_get_owner (XcRecordListGroup *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  return self->owner;
}

/**
 * xc_record_list_group_get_member:
 *
 * Returns: the list's member in its owner, e.g. `team`
 */
const char *
xc_record_list_group_get_member (XcRecordListGroup *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  return self->member;
}

/**
 * xc_record_list_group_get_items:
 *
 * Returns: (transfer none): the list
 */
GListModel *
xc_record_list_group_get_items (XcRecordListGroup *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  return self->items;
}

/**
 * xc_record_list_group_get_row:
 *
 * Returns: (transfer none) (nullable): the expander row of the item at
 *   @position
 */
AdwExpanderRow *
xc_record_list_group_get_row (XcRecordListGroup *self,
                              guint              position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, position);
  return ADW_IS_EXPANDER_ROW (row) ? ADW_EXPANDER_ROW (row) : NULL;
}

/**
 * xc_record_list_group_get_add_button:
 *
 * Returns: (transfer none): the Add button in the group's header
 */
GtkWidget *
xc_record_list_group_get_add_button (XcRecordListGroup *self)
{
  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  return self->add_button;
}

/**
 * xc_record_list_group_add_item:
 *
 * Appends an item made by the new-item function, as the Add button does.
 *
 * Returns: (transfer full) (nullable): the item, or %NULL where the group
 *   cannot add
 */
XcRecord *
xc_record_list_group_add_item (XcRecordListGroup *self)
{
  g_autoptr(XcRecord) item = NULL;

  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), NULL);

  if (self->new_item == NULL || !G_IS_LIST_STORE (self->items))
    return NULL;

  item = self->new_item (self, self->new_data);
  if (item == NULL)
    return NULL;
  if (!g_type_is_a (G_OBJECT_TYPE (item), g_list_model_get_item_type (self->items)))
    {
      g_critical ("%s: a %s does not go in a list of %s", G_STRFUNC, G_OBJECT_TYPE_NAME (item),
                  g_type_name (g_list_model_get_item_type (self->items)));
      return NULL;
    }
  /* through the record, so the design's undo history has it */
  xc_record_splice_list (self->owner, G_LIST_STORE (self->items),
                         g_list_model_get_n_items (self->items), 0, (gpointer *) &item, 1);
  return g_steal_pointer (&item);
}

/**
 * xc_record_list_group_remove_item:
 *
 * Removes @item from the list, as its Remove button does.
 *
 * Returns: %TRUE if it was in the list
 */
gboolean
xc_record_list_group_remove_item (XcRecordListGroup *self,
                                  XcRecord          *item)
{
  guint position;

  g_return_val_if_fail (XC_IS_RECORD_LIST_GROUP (self), FALSE);
  g_return_val_if_fail (XC_IS_RECORD (item), FALSE);

  if (!G_IS_LIST_STORE (self->items)
      || !g_list_store_find (G_LIST_STORE (self->items), item, &position))
    return FALSE;
  xc_record_splice_list (self->owner, G_LIST_STORE (self->items), position, 1, NULL, 0);
  return TRUE;
}
