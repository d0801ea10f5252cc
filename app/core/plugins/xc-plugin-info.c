/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <string.h>

#include "xc-plugin-info-private.h"

#define PLUGIN_GROUP "Plugin"

G_DEFINE_QUARK (xc-plugin-error-quark, xc_plugin_error)

/**
 * XcPluginInfo:
 *
 * What a `.plugin` key file says about a plugin, read without loading its
 * code, and what became of loading it: a failed plugin keeps its reason
 * for the plugin manager and `xiachen-cli schemes`.
 */
struct _XcPluginInfo
{
  GObject        parent_instance;

  char          *file;
  char          *directory;
  char          *module_name;
  char          *name;
  char          *description;
  GStrv          depends;
  int            abi;
  XcPluginState  state;
  GError        *error;
};

G_DEFINE_FINAL_TYPE (XcPluginInfo, xc_plugin_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODULE_NAME,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
xc_plugin_info_finalize (GObject *object)
{
  XcPluginInfo *self = XC_PLUGIN_INFO (object);

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->module_name, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->depends, g_strfreev);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (xc_plugin_info_parent_class)->finalize (object);
}

static void
xc_plugin_info_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  XcPluginInfo *self = XC_PLUGIN_INFO (object);

  switch (prop_id)
    {
    case PROP_MODULE_NAME:
      g_value_set_string (value, self->module_name);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_plugin_info_class_init (XcPluginInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = xc_plugin_info_finalize;
  object_class->get_property = xc_plugin_info_get_property;

  properties[PROP_MODULE_NAME] = g_param_spec_string ("module-name", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, XC_PLUGIN_STATE_FOUND, XC_PLUGIN_STATE_DISABLED,
                      XC_PLUGIN_STATE_FOUND, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_plugin_info_init (XcPluginInfo *self)
{
  self->state = XC_PLUGIN_STATE_FOUND;
}

static gboolean
read_key_file (XcPluginInfo  *self,
               GError       **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *abi = NULL;
  char *end = NULL;

  if (!g_key_file_load_from_file (key_file, self->file, G_KEY_FILE_NONE, &local_error))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: cannot read the plugin file: %s"), self->file, local_error->message);
      return FALSE;
    }

  if (!g_key_file_has_group (key_file, PLUGIN_GROUP))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: the plugin file has no [%s] group"), self->file, PLUGIN_GROUP);
      return FALSE;
    }

  for (guint i = 0; i < 3; i++)
    {
      const char *key = (const char *[]) { "Module", "Name", "X-Xiachen-ABI" }[i];

      if (!g_key_file_has_key (key_file, PLUGIN_GROUP, key, NULL))
        {
          g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                       _("%s: the plugin file has no %s key"), self->file, key);
          return FALSE;
        }
    }

  g_free (self->module_name);
  self->module_name = g_key_file_get_string (key_file, PLUGIN_GROUP, "Module", NULL);
  if (self->module_name == NULL || self->module_name[0] == '\0'
      || strchr (self->module_name, '/') != NULL)
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: Module must be a plain module name"), self->file);
      return FALSE;
    }

  self->name = g_key_file_get_locale_string (key_file, PLUGIN_GROUP, "Name", NULL, NULL);
  self->description = g_key_file_get_locale_string (key_file, PLUGIN_GROUP, "Description",
                                                    NULL, NULL);
  self->depends = g_key_file_get_string_list (key_file, PLUGIN_GROUP, "Depends", NULL, NULL);
  if (self->depends == NULL)
    self->depends = g_new0 (char *, 1);

  abi = g_key_file_get_string (key_file, PLUGIN_GROUP, "X-Xiachen-ABI", NULL);
  self->abi = (int) g_ascii_strtoll (abi, &end, 10);
  if (abi == NULL || end == abi || *end != '\0')
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: X-Xiachen-ABI is “%s”, not a number"), self->file, abi);
      return FALSE;
    }

  return TRUE;
}

/**
 * xc_plugin_info_new_from_file:
 * @path: a `.plugin` key file
 *
 * Reads a plugin's metadata. It always returns an info: one whose file
 * cannot be read is in %XC_PLUGIN_STATE_FAILED with the reason.
 *
 * Returns: (transfer full): the plugin info
 */
XcPluginInfo *
xc_plugin_info_new_from_file (const char *path)
{
  g_autoptr(XcPluginInfo) self = NULL;
  g_autofree char *basename = NULL;
  GError *error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (XC_TYPE_PLUGIN_INFO, NULL);
  self->file = g_strdup (path);
  self->directory = g_path_get_dirname (path);

  /* Until the file says otherwise, the plugin goes by its file name. */
  basename = g_path_get_basename (path);
  if (g_str_has_suffix (basename, ".plugin"))
    basename[strlen (basename) - strlen (".plugin")] = '\0';
  self->module_name = g_strdup (basename);

  if (!read_key_file (self, &error))
    _xc_plugin_info_take_error (self, error);

  if (self->name == NULL)
    self->name = g_strdup (self->module_name);
  if (self->depends == NULL)
    self->depends = g_new0 (char *, 1);

  return g_steal_pointer (&self);
}

const char *
xc_plugin_info_get_module_name (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->module_name;
}

const char *
xc_plugin_info_get_name (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->name;
}

const char *
xc_plugin_info_get_description (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->description;
}

const char *
xc_plugin_info_get_file (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->file;
}

const char *
xc_plugin_info_get_directory (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->directory;
}

int
xc_plugin_info_get_abi (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), 0);

  return self->abi;
}

/**
 * xc_plugin_info_get_depends:
 *
 * Returns: (transfer none): module names of plugins this one needs
 */
const char * const *
xc_plugin_info_get_depends (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return (const char * const *) self->depends;
}

XcPluginState
xc_plugin_info_get_state (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), XC_PLUGIN_STATE_FAILED);

  return self->state;
}

/**
 * xc_plugin_info_get_error:
 *
 * Returns: (transfer none) (nullable): why the plugin failed, in
 *   %XC_PLUGIN_ERROR
 */
const GError *
xc_plugin_info_get_error (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return self->error;
}

/**
 * xc_plugin_info_dup_module_path:
 *
 * Returns: (transfer full): where the plugin's shared module should be
 */
char *
xc_plugin_info_dup_module_path (XcPluginInfo *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_INFO (self), NULL);

  return g_module_build_path (self->directory, self->module_name);
}

static void
set_state (XcPluginInfo  *self,
           XcPluginState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
_xc_plugin_info_set_loaded (XcPluginInfo *self)
{
  g_clear_error (&self->error);
  set_state (self, XC_PLUGIN_STATE_LOADED);
}

void
_xc_plugin_info_set_disabled (XcPluginInfo *self)
{
  set_state (self, XC_PLUGIN_STATE_DISABLED);
}

/* Turned on again before it was ever loaded: to be loaded now. */
void
_xc_plugin_info_set_found (XcPluginInfo *self)
{
  set_state (self, XC_PLUGIN_STATE_FOUND);
}

/* Takes @error: the reason the plugin cannot be used. */
void
_xc_plugin_info_take_error (XcPluginInfo *self,
                            GError       *error)
{
  g_clear_error (&self->error);
  self->error = error;
  set_state (self, XC_PLUGIN_STATE_FAILED);
}
