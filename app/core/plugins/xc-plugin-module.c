/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-plugin-info.h"
#include "xc-plugin-module-private.h"
#include "xc-scheme.h"

/**
 * XcPluginModule:
 *
 * The #GTypeModule a plugin registers its types with. Loading opens the
 * shared module and calls its entry point; a failure is kept as a #GError
 * in %XC_PLUGIN_ERROR for the plugin's #XcPluginInfo.
 */
struct _XcPluginModule
{
  GTypeModule  parent_instance;

  char        *path;
  GModule     *module;
  GArray      *scheme_types;
  GError      *error;
};

G_DEFINE_FINAL_TYPE (XcPluginModule, xc_plugin_module, G_TYPE_TYPE_MODULE)

typedef void (*RegisterTypesFunc) (XcPluginModule *module);

static gboolean
xc_plugin_module_load (GTypeModule *type_module)
{
  XcPluginModule *self = XC_PLUGIN_MODULE (type_module);
  RegisterTypesFunc register_types = NULL;

  g_clear_error (&self->error);

  self->module = g_module_open (self->path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (self->module == NULL)
    {
      g_set_error (&self->error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_MODULE_OPEN,
                   _("%s: cannot load the module: %s"), self->path, g_module_error ());
      return FALSE;
    }

  if (!g_module_symbol (self->module, XC_PLUGIN_ENTRY_POINT, (gpointer *) &register_types)
      || register_types == NULL)
    {
      g_set_error (&self->error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_ENTRY_POINT,
                   _("%s: the module has no entry point %s()"), self->path,
                   XC_PLUGIN_ENTRY_POINT);
      g_clear_pointer (&self->module, g_module_close);
      return FALSE;
    }

  register_types (self);

  if (self->scheme_types->len == 0)
    {
      g_set_error (&self->error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_NO_SCHEME,
                   _("%s: the entry point registered no scheme"), self->path);
      return FALSE;
    }

  /* Types registered from the module outlive any unload. */
  g_module_make_resident (self->module);
  return TRUE;
}

static void
xc_plugin_module_unload (GTypeModule *type_module)
{
  /* Never called: loaded modules stay in use for the life of the process. */
}

static void
xc_plugin_module_finalize (GObject *object)
{
  XcPluginModule *self = XC_PLUGIN_MODULE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->scheme_types, g_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (xc_plugin_module_parent_class)->finalize (object);
}

static void
xc_plugin_module_class_init (XcPluginModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GTypeModuleClass *module_class = G_TYPE_MODULE_CLASS (klass);

  object_class->finalize = xc_plugin_module_finalize;
  module_class->load = xc_plugin_module_load;
  module_class->unload = xc_plugin_module_unload;
}

static void
xc_plugin_module_init (XcPluginModule *self)
{
  self->scheme_types = g_array_new (FALSE, FALSE, sizeof (GType));
}

/**
 * _xc_plugin_module_get_for_path:
 *
 * Types are registered once per process, so there is one module per shared
 * object however many registries load it. Modules are never freed: a used
 * GTypeModule must outlive its types.
 *
 * Returns: (transfer none): the module for @path
 */
XcPluginModule *
_xc_plugin_module_get_for_path (const char *path)
{
  static GMutex lock;
  static GHashTable *modules;
  XcPluginModule *self;

  g_mutex_lock (&lock);
  if (modules == NULL)
    modules = g_hash_table_new (g_str_hash, g_str_equal);

  self = g_hash_table_lookup (modules, path);
  if (self == NULL)
    {
      self = g_object_new (XC_TYPE_PLUGIN_MODULE, NULL);
      self->path = g_strdup (path);
      g_type_module_set_name (G_TYPE_MODULE (self), path);
      g_hash_table_insert (modules, self->path, self);
    }
  g_mutex_unlock (&lock);
  return self;
}

const GError *
_xc_plugin_module_get_error (XcPluginModule *self)
{
  return self->error;
}

/**
 * xc_plugin_module_add_scheme:
 * @scheme_type: a type registered with this module that implements #XcScheme
 *
 * Called by a plugin's entry point for each scheme it provides.
 */
void
xc_plugin_module_add_scheme (XcPluginModule *self,
                             GType           scheme_type)
{
  g_return_if_fail (XC_IS_PLUGIN_MODULE (self));
  g_return_if_fail (g_type_is_a (scheme_type, XC_TYPE_SCHEME));
  g_return_if_fail (G_TYPE_IS_INSTANTIATABLE (scheme_type) && !G_TYPE_IS_ABSTRACT (scheme_type));

  g_array_append_val (self->scheme_types, scheme_type);
}

/**
 * xc_plugin_module_get_scheme_types:
 * @n_types: (out): how many
 *
 * Returns: (array length=n_types) (transfer none): the scheme types
 */
const GType *
xc_plugin_module_get_scheme_types (XcPluginModule *self,
                                   guint          *n_types)
{
  g_return_val_if_fail (XC_IS_PLUGIN_MODULE (self), NULL);
  g_return_val_if_fail (n_types != NULL, NULL);

  *n_types = self->scheme_types->len;
  return (const GType *) (gpointer) self->scheme_types->data;
}
