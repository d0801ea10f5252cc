/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <gmodule.h>
#include <string.h>

#include "xc-file-io.h"
#include "xc-plugin-info-private.h"

#define PLUGIN_GROUP "Plugin"
/* A .plugin file is a few lines; anything larger is not one. */
#define PLUGIN_FILE_MAX_SIZE (64 * 1024)

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
  /* lies in the program's own plugin folder: trusted to run in process */
  gboolean       shipped;
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

/* A Module or Depends name: the module is lib<name>.so beside the .plugin
 * file, so a name that could leave that folder ("../x", "/x") or hide
 * ("." first) is refused outright rather than resolved. */
gboolean
_xc_plugin_info_is_valid_module_name (const char *name)
{
  if (name == NULL || name[0] == '\0' || name[0] == '.' || strlen (name) > 128)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* Every key of the group, with every translation (kept whatever the
 * locale, so a file is refused the same everywhere), must be UTF-8: a reader
 * further on (the plugin manager, JSON output) must never see other bytes. */
static gboolean
check_utf8 (XcPluginInfo  *self,
            GKeyFile      *key_file,
            GError       **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (key_file, PLUGIN_GROUP, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_value (key_file, PLUGIN_GROUP, keys[i], NULL);

      if (!g_utf8_validate (keys[i], -1, NULL))
        {
          g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                       _("%s: a key name is not UTF-8 text"), self->file);
          return FALSE;
        }
      if (value == NULL || !g_utf8_validate (value, -1, NULL))
        {
          g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                       _("%s: the value of %s is not UTF-8 text"), self->file, keys[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static char *
get_required_string (XcPluginInfo  *self,
                     GKeyFile      *key_file,
                     const char    *key,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *value = NULL;

  if (!g_key_file_has_key (key_file, PLUGIN_GROUP, key, NULL))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: the plugin file has no %s key"), self->file, key);
      return NULL;
    }
  value = g_key_file_get_string (key_file, PLUGIN_GROUP, key, &local_error);
  if (value == NULL)
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: the value of %s cannot be read: %s"), self->file, key,
                   local_error->message);
      return NULL;
    }
  if (value[0] == '\0')
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: the %s key is empty"), self->file, key);
      return NULL;
    }
  return g_steal_pointer (&value);
}

static gboolean
read_key_file (XcPluginInfo  *self,
               const char    *data,
               gsize          length,
               GError       **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *module_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *abi = NULL;
  g_auto(GStrv) depends = NULL;
  guint64 abi_value;

  if (memchr (data, '\0', length) != NULL
      || !g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_KEEP_TRANSLATIONS,
                                      &local_error))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: cannot read the plugin file: %s"), self->file,
                   local_error != NULL ? local_error->message : _("it contains a NUL byte"));
      return FALSE;
    }

  if (!g_key_file_has_group (key_file, PLUGIN_GROUP))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: the plugin file has no [%s] group"), self->file, PLUGIN_GROUP);
      return FALSE;
    }

  if (!check_utf8 (self, key_file, error))
    return FALSE;

  module_name = get_required_string (self, key_file, "Module", error);
  if (module_name == NULL)
    return FALSE;
  if (!_xc_plugin_info_is_valid_module_name (module_name))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: Module must be a plain module name (letters, digits, “-”, “_” "
                     "and “.”, not first)"), self->file);
      return FALSE;
    }
  g_free (self->module_name);
  self->module_name = g_steal_pointer (&module_name);

  name = get_required_string (self, key_file, "Name", error);
  if (name == NULL)
    return FALSE;
  /* Translations were checked to be UTF-8 above; an empty one falls back. */
  self->name = g_key_file_get_locale_string (key_file, PLUGIN_GROUP, "Name", NULL, NULL);
  if (self->name == NULL || self->name[0] == '\0')
    {
      g_free (self->name);
      self->name = g_steal_pointer (&name);
    }
  self->description = g_key_file_get_locale_string (key_file, PLUGIN_GROUP, "Description",
                                                    NULL, NULL);

  abi = get_required_string (self, key_file, "X-Xiachen-ABI", error);
  if (abi == NULL)
    return FALSE;
  /* Strictly a decimal number that fits: "4294967297" is not ABI 1. */
  if (!g_ascii_string_to_unsigned (abi, 10, 0, G_MAXINT, &abi_value, NULL))
    {
      g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                   _("%s: X-Xiachen-ABI is “%s”, not a plugin ABI number"), self->file, abi);
      return FALSE;
    }
  self->abi = (int) abi_value;

  depends = g_key_file_get_string_list (key_file, PLUGIN_GROUP, "Depends", NULL, NULL);
  if (depends != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (4, g_free, TRUE);

      for (guint i = 0; depends[i] != NULL; i++)
        {
          if (depends[i][0] == '\0')
            continue;
          if (!_xc_plugin_info_is_valid_module_name (depends[i]))
            {
              g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                           _("%s: Depends names “%s”, which is not a plain module name"),
                           self->file, depends[i]);
              return FALSE;
            }
          g_ptr_array_add (names, g_strdup (depends[i]));
        }
      g_strfreev (self->depends);
      self->depends = (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
    }

  return TRUE;
}

static XcPluginInfo *
new_for_file (const char *path)
{
  XcPluginInfo *self = g_object_new (XC_TYPE_PLUGIN_INFO, NULL);
  g_autofree char *basename = g_path_get_basename (path);

  self->file = g_strdup (path);
  self->directory = g_path_get_dirname (path);

  /* Until the file says otherwise, the plugin goes by its file name. */
  if (g_str_has_suffix (basename, ".plugin"))
    basename[strlen (basename) - strlen (".plugin")] = '\0';
  self->module_name = g_utf8_make_valid (basename, -1);
  return self;
}

static void
finish (XcPluginInfo *self)
{
  if (self->name == NULL)
    self->name = g_strdup (self->module_name);
  if (self->depends == NULL)
    self->depends = g_new0 (char *, 1);
}

/**
 * xc_plugin_info_new_from_data:
 * @path: the file @data came from, for messages and the module's folder
 * @data: the bytes of a `.plugin` key file, not necessarily text
 * @length: how many
 *
 * The key-file reader on its own, for xc_plugin_info_new_from_file() and
 * the fuzz target: any bytes give an info, never a crash.
 *
 * Returns: (transfer full): the plugin info
 */
XcPluginInfo *
xc_plugin_info_new_from_data (const char *path,
                               const char *data,
                               gsize       length)
{
  g_autoptr(XcPluginInfo) self = NULL;
  GError *error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self = new_for_file (path);
  if (!read_key_file (self, data != NULL ? data : "", length, &error))
    _xc_plugin_info_take_error (self, error);
  finish (self);
  return g_steal_pointer (&self);
}

/**
 * xc_plugin_info_new_from_file:
 * @path: a `.plugin` key file
 *
 * Reads a plugin's metadata. It always returns an info: one whose file
 * cannot be read is in %XC_PLUGIN_STATE_FAILED with the reason. Only a
 * regular file of at most 64 KiB is read: a FIFO or a device named
 * `*.plugin` is refused without blocking.
 *
 * Returns: (transfer full): the plugin info
 */
XcPluginInfo *
xc_plugin_info_new_from_file (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  XcPluginInfo *self;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  bytes = xc_file_load_regular (file, PLUGIN_FILE_MAX_SIZE, NULL, &local_error);
  if (bytes == NULL)
    {
      self = new_for_file (path);
      /* The message names the file already. */
      _xc_plugin_info_take_error (self,
                                  g_error_new_literal (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_KEY_FILE,
                                                       local_error->message));
      finish (self);
      return self;
    }

  return xc_plugin_info_new_from_data (path, g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes));
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

gboolean
_xc_plugin_info_is_shipped (XcPluginInfo *self)
{
  return self->shipped;
}

void
_xc_plugin_info_set_shipped (XcPluginInfo *self,
                             gboolean      shipped)
{
  self->shipped = shipped;
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
