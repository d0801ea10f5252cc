/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "xc-preferences-window.h"

#define DISABLED_PLUGINS_KEY "disabled-plugins"

/**
 * XcPreferencesWindow:
 *
 * The plugin manager: every plugin the registry found, with a switch that
 * adds or removes it from the `disabled-plugins` setting and turns it on
 * or off in the registry at once (xc_plugin_registry_set_enabled()): open
 * designs and the New menu follow. A plugin that failed shows why, and its
 * switch stays off.
 */
struct _XcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *plugins_group;
  GtkListBox           *plugin_list;

  XcPluginRegistry     *registry;
  GSettings            *settings;  /* nullable */
};

G_DEFINE_FINAL_TYPE (XcPreferencesWindow, xc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_REGISTRY,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_disabled (XcPreferencesWindow *self,
             const char          *module_name)
{
  g_auto(GStrv) disabled = NULL;

  if (self->settings == NULL)
    return FALSE;

  disabled = g_settings_get_strv (self->settings, DISABLED_PLUGINS_KEY);
  return g_strv_contains ((const char * const *) disabled, module_name);
}

static void
switch_active_cb (GtkSwitch           *plugin_switch,
                  GParamSpec          *pspec,
                  XcPreferencesWindow *self)
{
  const char *module_name = g_object_get_data (G_OBJECT (plugin_switch), "module-name");
  gboolean active = gtk_switch_get_active (plugin_switch);
  g_auto(GStrv) disabled = NULL;
  g_auto(GStrv) changed = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  g_assert (XC_IS_PREFERENCES_WINDOW (self));
  g_assert (module_name != NULL);

  if (self->settings == NULL)
    return;

  disabled = g_settings_get_strv (self->settings, DISABLED_PLUGINS_KEY);
  /* Already so, for instance when the setting changed the switch. */
  if (active != g_strv_contains ((const char * const *) disabled, module_name))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; disabled[i] != NULL; i++)
    if (!g_str_equal (disabled[i], module_name))
      g_strv_builder_add (builder, disabled[i]);
  if (!active)
    g_strv_builder_add (builder, module_name);
  changed = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, DISABLED_PLUGINS_KEY, (const char * const *) changed);
}

/* The setting changed elsewhere (another window, dconf-editor): follow it. */
static void
disabled_plugins_changed_cb (GSettings           *settings,
                             const char          *key,
                             XcPreferencesWindow *self)
{
  g_auto(GStrv) disabled = g_settings_get_strv (settings, DISABLED_PLUGINS_KEY);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->plugin_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkSwitch *plugin_switch = g_object_get_data (G_OBJECT (row), "plugin-switch");
      const char *module_name;
      gboolean enabled;

      /* A failed plugin's switch stays off. */
      if (plugin_switch == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (plugin_switch)))
        continue;
      module_name = g_object_get_data (G_OBJECT (plugin_switch), "module-name");
      enabled = !g_strv_contains ((const char * const *) disabled, module_name);
      gtk_switch_set_active (plugin_switch, enabled);
      /* live: no restart */
      xc_plugin_registry_set_enabled (self->registry, module_name, enabled);
    }
}

/* Why a failed plugin cannot be used, without the file name the message
 * starts with: the row's tooltip shows that. */
static char *
dup_reason (XcPluginInfo *info)
{
  const GError *error = xc_plugin_info_get_error (info);
  g_autofree char *module_path = xc_plugin_info_dup_module_path (info);
  const char *prefixes[] = { xc_plugin_info_get_file (info), module_path };
  const char *message;

  if (error == NULL)
    return g_strdup (_("This plugin cannot be loaded."));

  message = error->message;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize length = prefixes[i] != NULL ? strlen (prefixes[i]) : 0;

      if (length > 0 && strncmp (message, prefixes[i], length) == 0
          && g_str_has_prefix (message + length, ": "))
        {
          message += length + strlen (": ");
          break;
        }
    }

  /* TRANSLATORS: why a plugin could not be loaded, shown under its name */
  return g_strdup_printf (_("Not loaded: %s"), message);
}

/* AdwActionRow's subtitle: its documented CSS node is label.subtitle. */
static GtkWidget *
find_subtitle_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "subtitle"))
        return child;
      if ((found = find_subtitle_label (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
create_plugin_row_cb (gpointer item,
                      gpointer user_data)
{
  XcPreferencesWindow *self = XC_PREFERENCES_WINDOW (user_data);
  XcPluginInfo *info = XC_PLUGIN_INFO (item);
  const char *module_name = xc_plugin_info_get_module_name (info);
  const char *name = xc_plugin_info_get_name (info);
  gboolean failed = xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_FAILED;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *plugin_switch = gtk_switch_new ();
  g_autofree char *switch_label = NULL;

  /* Names and descriptions are plain text from .plugin files. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);

  if (failed)
    {
      g_autofree char *reason = dup_reason (info);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *subtitle;

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      subtitle = find_subtitle_label (row);
      if (subtitle != NULL)
        gtk_widget_add_css_class (subtitle, "error");

      gtk_widget_add_css_class (icon, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cannot be loaded"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_tooltip_text (row, xc_plugin_info_get_file (info));
    }
  else if (xc_plugin_info_get_description (info) != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), xc_plugin_info_get_description (info));
    }

  g_object_set_data_full (G_OBJECT (plugin_switch), "module-name", g_strdup (module_name), g_free);
  /* On: its schemes are available. A plugin that failed is not, whatever
   * the setting says, and a greyed-out "on" beside its reason reads as a
   * contradiction. */
  gtk_switch_set_active (GTK_SWITCH (plugin_switch), !failed && !is_disabled (self, module_name));
  gtk_widget_set_valign (plugin_switch, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (plugin_switch, self->settings != NULL && !failed);
  /* TRANSLATORS: the switch of a plugin, for screen readers */
  switch_label = g_strdup_printf (_("Load “%s” when Xiachen starts"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (plugin_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, switch_label,
                                  -1);
  g_signal_connect (plugin_switch, "notify::active", G_CALLBACK (switch_active_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), plugin_switch);
  if (gtk_widget_get_sensitive (plugin_switch))
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), plugin_switch);

  g_object_set_data (G_OBJECT (row), "plugin-switch", plugin_switch);

  return row;
}

static void
xc_preferences_window_constructed (GObject *object)
{
  XcPreferencesWindow *self = XC_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (xc_preferences_window_parent_class)->constructed (object);

  g_assert (XC_IS_PLUGIN_REGISTRY (self->registry));

  if (self->settings != NULL)
    g_signal_connect (self->settings, "changed::" DISABLED_PLUGINS_KEY,
                      G_CALLBACK (disabled_plugins_changed_cb), self);
  else
    adw_preferences_group_set_description (
      self->plugins_group,
      _("Plugins cannot be turned on or off: the settings of Xiachen are not installed."));

  gtk_list_box_bind_model (self->plugin_list, xc_plugin_registry_get_plugins (self->registry),
                           create_plugin_row_cb, self, NULL);
}

static void
xc_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  XcPreferencesWindow *self = XC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  XcPreferencesWindow *self = XC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REGISTRY:
      g_set_object (&self->registry, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_preferences_window_dispose (GObject *object)
{
  XcPreferencesWindow *self = XC_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->plugin_list != NULL)
    gtk_list_box_bind_model (self->plugin_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (xc_preferences_window_parent_class)->dispose (object);
}

static void
xc_preferences_window_class_init (XcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = xc_preferences_window_constructed;
  object_class->get_property = xc_preferences_window_get_property;
  object_class->set_property = xc_preferences_window_set_property;
  object_class->dispose = xc_preferences_window_dispose;

  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, XC_TYPE_PLUGIN_REGISTRY, flags);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/xiachen/Planner/xc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcPreferencesWindow, plugins_group);
  gtk_widget_class_bind_template_child (widget_class, XcPreferencesWindow, plugin_list);
}

static void
xc_preferences_window_init (XcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * xc_preferences_window_new:
 * @registry: the plugins of this run
 * @settings: (nullable): where `disabled-plugins` is kept; without it the
 *   switches cannot be used
 *
 * Returns: (transfer none): a new preferences window, owned by GTK's list
 *   of toplevels like any window
 */
XcPreferencesWindow *
xc_preferences_window_new (XcPluginRegistry *registry,
                           GSettings        *settings)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (registry), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (XC_TYPE_PREFERENCES_WINDOW,
                       "registry", registry,
                       "settings", settings,
                       NULL);
}

/**
 * xc_preferences_window_get_registry:
 *
 * Returns: (transfer none): the plugins listed
 */
XcPluginRegistry *
xc_preferences_window_get_registry (XcPreferencesWindow *self)
{
  g_return_val_if_fail (XC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->registry;
}

/**
 * xc_preferences_window_get_settings:
 *
 * Returns: (transfer none) (nullable): where the switches write
 */
GSettings *
xc_preferences_window_get_settings (XcPreferencesWindow *self)
{
  g_return_val_if_fail (XC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
