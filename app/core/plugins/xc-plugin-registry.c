/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-plugins"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "xc-core-rules-private.h"
#include "xc-json-reader.h"
#include "xc-plugin-info-private.h"
#include "xc-plugin-module-private.h"
#include "xc-plugin-process-private.h"
#include "xc-plugin-registry-private.h"
#include "xc-rule.h"
#include "xc-version.h"

/* Where Flatpak merges the plugin extensions of the app (add-extensions
 * with merge-dirs lib/xiachen/plugins). */
#define FLATPAK_EXTENSION_PLUGINDIR "/app/extensions/lib/xiachen/plugins"

/**
 * XcPluginRegistry:
 *
 * Finds plugins on a search path, loads them and keeps their schemes. The
 * search path, first match winning: `XIACHEN_PLUGIN_PATH` (development and
 * tests), `$XDG_DATA_HOME/xiachen/plugins` (a user's drop-ins), the Flatpak
 * extension directory, the installed plugin directory. Each directory is
 * searched for `*.plugin` files, and so is each of its subdirectories.
 *
 * Of several plugins with the same module name the first that loads wins:
 * those before it that failed are listed with their reason, those after it
 * are shadowed and not listed.
 *
 * A plugin is shipped with the program when its folder lies in the
 * program's own plugin folder (the configured `$libdir/xiachen/plugins`, or
 * `XIACHEN_SHIPPED_PLUGIN_DIR` for a build tree). Any other plugin is third
 * party: it is first loaded in a `xiachen-validator` process, so a crash
 * or a hang while loading fails that plugin and not the program, and its
 * schemes validate there too (see _xc_plugin_registry_validate()).
 */
struct _XcPluginRegistry
{
  GObject     parent_instance;

  GPtrArray  *search_path;
  GStrv       disabled;
  GListStore *plugins;       /* XcPluginInfo */
  GListStore *schemes;       /* XcScheme */
  GHashTable *schemes_by_id;
  GHashTable *scheme_plugins; /* XcScheme → XcPluginInfo */
  GHashTable *candidates;     /* module name → GPtrArray of XcPluginInfo, path order */
  GPtrArray  *module_names;   /* in the order first found */
  char       *shipped_dir;
  gboolean    isolated;
  GHashTable *plugin_schemes;  /* module name → GPtrArray of its XcSchemes, once loaded */
  /* Checks look schemes up in worker threads while a plugin may be turned
   * on or off: the tables change under this lock. Schemes are never freed
   * before the registry, so a scheme looked up stays valid. */
  GMutex      lock;
  gboolean    loaded;
};

G_DEFINE_FINAL_TYPE (XcPluginRegistry, xc_plugin_registry, G_TYPE_OBJECT)

static void
xc_plugin_registry_finalize (GObject *object)
{
  XcPluginRegistry *self = XC_PLUGIN_REGISTRY (object);

  g_clear_pointer (&self->search_path, g_ptr_array_unref);
  g_clear_pointer (&self->disabled, g_strfreev);
  g_clear_object (&self->plugins);
  g_clear_object (&self->schemes);
  g_clear_pointer (&self->schemes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->scheme_plugins, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_hash_table_unref);
  g_clear_pointer (&self->module_names, g_ptr_array_unref);
  g_clear_pointer (&self->shipped_dir, g_free);
  g_clear_pointer (&self->plugin_schemes, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (xc_plugin_registry_parent_class)->finalize (object);
}

static void
xc_plugin_registry_class_init (XcPluginRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = xc_plugin_registry_finalize;
}

static void
xc_plugin_registry_init (XcPluginRegistry *self)
{
  self->search_path = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->plugins = g_list_store_new (XC_TYPE_PLUGIN_INFO);
  self->schemes = g_list_store_new (XC_TYPE_SCHEME);
  self->schemes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_mutex_init (&self->lock);
  self->plugin_schemes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
  self->disabled = g_new0 (char *, 1);
  self->scheme_plugins = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  self->module_names = g_ptr_array_new ();
  self->isolated = TRUE;
}

/**
 * xc_plugin_registry_new:
 *
 * Returns: (transfer full): a registry with an empty search path
 */
XcPluginRegistry *
xc_plugin_registry_new (void)
{
  return g_object_new (XC_TYPE_PLUGIN_REGISTRY, NULL);
}

/**
 * xc_plugin_registry_get_default:
 *
 * Returns: (transfer none): the process's registry, on the default search
 *   path, loaded
 */
XcPluginRegistry *
xc_plugin_registry_get_default (void)
{
  static gsize instance;

  if (g_once_init_enter (&instance))
    {
      XcPluginRegistry *registry = xc_plugin_registry_new ();

      xc_plugin_registry_add_default_search_paths (registry);
      xc_plugin_registry_load (registry);
      g_once_init_leave (&instance, (gsize) registry);
    }
  return (XcPluginRegistry *) instance;
}

void
xc_plugin_registry_add_search_path (XcPluginRegistry *self,
                                    const char       *directory)
{
  g_return_if_fail (XC_IS_PLUGIN_REGISTRY (self));
  g_return_if_fail (directory != NULL);
  g_return_if_fail (!self->loaded);

  for (guint i = 0; i < self->search_path->len; i++)
    if (g_str_equal (g_ptr_array_index (self->search_path, i), directory))
      return;

  g_ptr_array_add (self->search_path, g_strdup (directory));
}

void
xc_plugin_registry_add_default_search_paths (XcPluginRegistry *self)
{
  const char *env = g_getenv ("XIACHEN_PLUGIN_PATH");
  g_autofree char *user_dir = NULL;

  g_return_if_fail (XC_IS_PLUGIN_REGISTRY (self));

  if (env != NULL)
    {
      g_auto(GStrv) dirs = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; dirs[i] != NULL; i++)
        if (dirs[i][0] != '\0')
          xc_plugin_registry_add_search_path (self, dirs[i]);
    }

  user_dir = g_build_filename (g_get_user_data_dir (), "xiachen", "plugins", NULL);
  xc_plugin_registry_add_search_path (self, user_dir);
  xc_plugin_registry_add_search_path (self, FLATPAK_EXTENSION_PLUGINDIR);
  xc_plugin_registry_add_search_path (self, XC_PLUGINDIR);
}

/**
 * xc_plugin_registry_get_search_path:
 *
 * Returns: (transfer none): the directories searched, in order
 */
const char * const *
xc_plugin_registry_get_search_path (XcPluginRegistry *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  return (const char * const *) self->search_path->pdata;
}

/**
 * xc_plugin_registry_set_disabled:
 * @module_names: plugins the user turned off; they are listed but not loaded
 */
void
xc_plugin_registry_set_disabled (XcPluginRegistry   *self,
                                 const char * const *module_names)
{
  g_return_if_fail (XC_IS_PLUGIN_REGISTRY (self));
  g_return_if_fail (!self->loaded);

  g_strfreev (self->disabled);
  self->disabled = g_strdupv ((char **) module_names);
  if (self->disabled == NULL)
    self->disabled = g_new0 (char *, 1);
  self->scheme_plugins = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  self->module_names = g_ptr_array_new ();
  self->isolated = TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The .plugin files of @directory and of its subdirectories, sorted so the
 * order does not depend on the file system. */
static void
collect_plugin_files (const char *directory,
                      guint       depth,
                      GPtrArray  *files)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (directory, g_ptr_array_index (names, i), NULL);

      /* A path is in every message, the plugin manager and JSON: a name
       * that is not text is no plugin's. */
      if (!g_utf8_validate (path, -1, NULL))
        {
          g_debug ("%s: not UTF-8, skipped", (const char *) g_ptr_array_index (names, i));
          continue;
        }
      if (g_str_has_suffix (path, ".plugin"))
        g_ptr_array_add (files, g_steal_pointer (&path));
      else if (depth == 0 && g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_plugin_files (path, depth + 1, files);
    }
}

/* The loaded plugin of @module_name; else the first listed. */
static XcPluginInfo *
find_plugin (XcPluginRegistry *self,
             const char       *module_name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plugins));
  XcPluginInfo *first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(XcPluginInfo) info = g_list_model_get_item (G_LIST_MODEL (self->plugins), i);

      if (g_strcmp0 (xc_plugin_info_get_module_name (info), module_name) != 0)
        continue;
      if (xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_LOADED)
        return info;
      if (first == NULL)
        first = info;
    }
  return first;
}

static char *
real_directory (const char *directory)
{
  char *resolved = realpath (directory, NULL);
  char *copy = g_strdup (resolved != NULL ? resolved : directory);

  free (resolved);
  return copy;
}

/* Shipped: the plugin's folder is the program's own plugin folder or in it. */
static gboolean
is_shipped (XcPluginRegistry *self,
            XcPluginInfo     *info)
{
  g_autofree char *directory = real_directory (xc_plugin_info_get_directory (info));
  gsize length;

  if (self->shipped_dir == NULL)
    {
      const char *env = g_getenv ("XIACHEN_SHIPPED_PLUGIN_DIR");

      self->shipped_dir = real_directory (env != NULL && env[0] != '\0' ? env : XC_PLUGINDIR);
    }
  length = strlen (self->shipped_dir);
  return g_str_has_prefix (directory, self->shipped_dir)
         && (directory[length] == '\0' || directory[length] == G_DIR_SEPARATOR);
}

static void
scan (XcPluginRegistry *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->search_path->len; i++)
    collect_plugin_files (g_ptr_array_index (self->search_path, i), 0, files);

  for (guint i = 0; i < files->len; i++)
    {
      XcPluginInfo *info = xc_plugin_info_new_from_file (g_ptr_array_index (files, i));
      const char *module_name = xc_plugin_info_get_module_name (info);
      GPtrArray *candidates = g_hash_table_lookup (self->candidates, module_name);

      _xc_plugin_info_set_shipped (info, is_shipped (self, info));
      if (candidates == NULL)
        {
          candidates = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->candidates, g_strdup (module_name), candidates);
          g_ptr_array_add (self->module_names, (gpointer) module_name);
        }
      g_ptr_array_add (candidates, info);
    }
}

static XcPluginInfo *load_module_name (XcPluginRegistry *self,
                                       const char       *module_name,
                                       guint             depth);

static gboolean load_plugin (XcPluginRegistry *self,
                             XcPluginInfo     *info,
                             guint             depth,
                             gboolean         *module_used);

static gboolean
load_dependencies (XcPluginRegistry *self,
                   XcPluginInfo     *info,
                   guint             depth)
{
  const char * const *depends = xc_plugin_info_get_depends (info);

  for (guint i = 0; depends[i] != NULL; i++)
    {
      /* The depth bound breaks dependency cycles. */
      if (depth > 16 || load_module_name (self, depends[i], depth + 1) == NULL)
        {
          _xc_plugin_info_take_error (info,
                                      g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_DEPENDENCY,
                                                   _("%s: needs plugin “%s”, which is not available"),
                                                   xc_plugin_info_get_file (info), depends[i]));
          return FALSE;
        }
    }
  return TRUE;
}

static GError *
scheme_error (XcPluginInfo *info,
              XcPluginError code,
              const char   *message)
{
  return g_error_new (XC_PLUGIN_ERROR, code, "%s: %s", xc_plugin_info_get_file (info), message);
}

/* What a plugin's scheme must provide before anything relies on it: an id,
 * a name and a rule table of its own, all of them text. */
static GError *
check_scheme (XcPluginRegistry *self,
              XcPluginInfo     *info,
              XcScheme         *scheme,
              GHashTable       *core_rule_ids)
{
  XcSchemeInterface *iface = XC_SCHEME_GET_IFACE (scheme);
  g_autoptr(GListModel) rules = NULL;
  const char *id, *name;
  g_autofree char *message = NULL;

  id = iface->get_id != NULL ? iface->get_id (scheme) : NULL;
  if (id == NULL || id[0] == '\0' || !g_utf8_validate (id, -1, NULL))
    return scheme_error (info, XC_PLUGIN_ERROR_NO_SCHEME, _("a scheme has no id"));

  if (g_hash_table_contains (self->schemes_by_id, id))
    {
      message = g_strdup_printf (_("scheme “%s” is already provided by another plugin"), id);
      return scheme_error (info, XC_PLUGIN_ERROR_DUPLICATE, message);
    }

  name = iface->get_name != NULL ? iface->get_name (scheme) : id;
  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      message = g_strdup_printf (_("scheme “%s” has no name"), id);
      return scheme_error (info, XC_PLUGIN_ERROR_NO_SCHEME, message);
    }

  rules = iface->list_rules != NULL ? iface->list_rules (scheme) : NULL;
  if (rules == NULL || !G_IS_LIST_MODEL (rules)
      || !g_type_is_a (g_list_model_get_item_type (rules), XC_TYPE_RULE))
    {
      message = g_strdup_printf (_("scheme “%s” has no rule table"), id);
      return scheme_error (info, XC_PLUGIN_ERROR_NO_RULES, message);
    }

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (rules, i);

      if (g_hash_table_contains (core_rule_ids, xc_rule_get_id (rule)))
        {
          message = g_strdup_printf (_("scheme “%s” redefines the core rule %s"), id,
                                     xc_rule_get_id (rule));
          return scheme_error (info, XC_PLUGIN_ERROR_NO_RULES, message);
        }
    }
  return NULL;
}

static gboolean
register_schemes (XcPluginRegistry *self,
                  XcPluginInfo     *info,
                  XcPluginModule   *module)
{
  g_autoptr(GPtrArray) schemes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) core_rules = _xc_core_rules_list ();
  g_autoptr(GHashTable) core_rule_ids = g_hash_table_new (g_str_hash, g_str_equal);
  const GType *types;
  guint n_types;

  for (guint i = 0; i < g_list_model_get_n_items (core_rules); i++)
    {
      g_autoptr(XcRule) rule = g_list_model_get_item (core_rules, i);

      /* The list holds the rules, so their ids outlive the table. */
      g_hash_table_add (core_rule_ids, (gpointer) xc_rule_get_id (rule));
    }

  types = xc_plugin_module_get_scheme_types (module, &n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(XcScheme) scheme = g_object_new (types[i], NULL);
      GError *error = check_scheme (self, info, scheme, core_rule_ids);

      if (error != NULL)
        {
          _xc_plugin_info_take_error (info, error);
          return FALSE;
        }
      g_ptr_array_add (schemes, g_steal_pointer (&scheme));
    }

  g_mutex_lock (&self->lock);
  for (guint i = 0; i < schemes->len; i++)
    {
      XcScheme *scheme = g_ptr_array_index (schemes, i);

      g_hash_table_insert (self->schemes_by_id, (gpointer) xc_scheme_get_id (scheme), scheme);
      g_hash_table_insert (self->scheme_plugins, scheme, g_object_ref (info));
    }
  /* kept, so turning the plugin off and on again needs no reload */
  g_hash_table_insert (self->plugin_schemes, g_strdup (xc_plugin_info_get_module_name (info)),
                       g_ptr_array_ref (schemes));
  g_mutex_unlock (&self->lock);
  for (guint i = 0; i < schemes->len; i++)
    g_list_store_append (self->schemes, g_ptr_array_index (schemes, i));
  return TRUE;
}

static const char *
helper_path (void)
{
  const char *env = g_getenv ("XIACHEN_VALIDATOR");

  return env != NULL && env[0] != '\0' ? env : XC_LIBEXECDIR G_DIR_SEPARATOR_S "xiachen-validator";
}

/* The helper's arguments that make it load @info as this registry would. */
static GPtrArray *
helper_arguments (XcPluginRegistry *self,
                  XcPluginInfo     *info,
                  const char       *command)
{
  GPtrArray *argv = g_ptr_array_new_null_terminated (8, NULL, TRUE);

  g_ptr_array_add (argv, (gpointer) helper_path ());
  g_ptr_array_add (argv, (gpointer) command);
  g_ptr_array_add (argv, (gpointer) xc_plugin_info_get_file (info));
  for (guint i = 0; i < self->search_path->len; i++)
    {
      g_ptr_array_add (argv, (gpointer) "--search-path");
      g_ptr_array_add (argv, g_ptr_array_index (self->search_path, i));
    }
  return argv;
}

/* A third-party plugin is loaded in the helper first: if that crashes,
 * hangs or fails, the plugin fails here with the reason. */
static gboolean
probe (XcPluginRegistry *self,
       XcPluginInfo     *info)
{
  g_autoptr(GPtrArray) argv = helper_arguments (self, info, "probe");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) answer = _xc_plugin_process_run ((const char * const *) argv->pdata,
                                                     NULL, NULL, &error);

  if (answer != NULL && xc_json_validate (g_bytes_get_data (answer, NULL),
                                          g_bytes_get_size (answer), &error))
    return TRUE;
  if (error->domain == XC_JSON_ERROR)
    {
      g_autoptr(GError) unreadable = g_steal_pointer (&error);

      error = g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT,
                           _("gave an answer that cannot be read: %s"), unreadable->message);
    }

  if (g_error_matches (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT))
    _xc_plugin_info_take_error (info,
                                g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT,
                                             /* TRANSLATORS: %s: file; %s: e.g. "crashed with signal 11 (Segmentation fault)" */
                                             _("%s: loading the plugin %s"),
                                             xc_plugin_info_get_file (info), error->message));
  else
    _xc_plugin_info_take_error (info, g_steal_pointer (&error));
  return FALSE;
}

static gboolean
load_plugin (XcPluginRegistry *self,
             XcPluginInfo     *info,
             guint             depth,
             gboolean         *module_used)
{
  g_autofree char *module_path = NULL;
  XcPluginModule *module;

  switch (xc_plugin_info_get_state (info))
    {
    case XC_PLUGIN_STATE_LOADED:
      return TRUE;
    case XC_PLUGIN_STATE_FAILED:
    case XC_PLUGIN_STATE_DISABLED:
      return FALSE;
    case XC_PLUGIN_STATE_FOUND:
    default:
      break;
    }

  if (g_strv_contains ((const char * const *) self->disabled,
                       xc_plugin_info_get_module_name (info)))
    {
      _xc_plugin_info_set_disabled (info);
      return FALSE;
    }

  if (xc_plugin_info_get_abi (info) != XC_PLUGIN_ABI_VERSION)
    {
      _xc_plugin_info_take_error (info,
                                  g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_ABI,
                                               _("%s: built for plugin ABI %d; this Xiachen loads ABI %d"),
                                               xc_plugin_info_get_file (info),
                                               xc_plugin_info_get_abi (info), XC_PLUGIN_ABI_VERSION));
      return FALSE;
    }

  if (!load_dependencies (self, info, depth))
    return FALSE;

  module_path = xc_plugin_info_dup_module_path (info);
  if (!g_file_test (module_path, G_FILE_TEST_EXISTS))
    {
      _xc_plugin_info_take_error (info,
                                  g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_MODULE_MISSING,
                                               _("%s: the module %s is missing"),
                                               xc_plugin_info_get_file (info), module_path));
      return FALSE;
    }
  /* Opening a FIFO or a device would block or read without end. */
  if (!g_file_test (module_path, G_FILE_TEST_IS_REGULAR))
    {
      _xc_plugin_info_take_error (info,
                                  g_error_new (XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_MODULE_OPEN,
                                               _("%s: the module %s is not a regular file"),
                                               xc_plugin_info_get_file (info), module_path));
      return FALSE;
    }

  if (self->isolated && !_xc_plugin_info_is_shipped (info) && !probe (self, info))
    return FALSE;

  module = _xc_plugin_module_get_for_path (module_path);
  *module_used = TRUE;
  if (!g_type_module_use (G_TYPE_MODULE (module)))
    {
      _xc_plugin_info_take_error (info, g_error_copy (_xc_plugin_module_get_error (module)));
      return FALSE;
    }

  if (!register_schemes (self, info, module))
    return FALSE;

  _xc_plugin_info_set_loaded (info);
  return TRUE;
}

/* The first plugin of @module_name on the path that loads, or NULL. */
static XcPluginInfo *
load_module_name (XcPluginRegistry *self,
                  const char       *module_name,
                  guint             depth)
{
  GPtrArray *candidates = g_hash_table_lookup (self->candidates, module_name);

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      XcPluginInfo *info = g_ptr_array_index (candidates, i);
      gboolean module_used = FALSE;

      if (load_plugin (self, info, depth, &module_used))
        return info;
      /* A disabled plugin is off whichever copy; once a module registered
       * types, another copy could not register them again. */
      if (xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_DISABLED || module_used)
        return NULL;
    }
  return NULL;
}

/* Listed: the plugins tried in path order, up to the one that is used. */
static void
list_plugins (XcPluginRegistry *self)
{
  for (guint i = 0; i < self->module_names->len; i++)
    {
      GPtrArray *candidates = g_hash_table_lookup (self->candidates,
                                                   g_ptr_array_index (self->module_names, i));

      for (guint j = 0; j < candidates->len; j++)
        {
          XcPluginInfo *info = g_ptr_array_index (candidates, j);
          XcPluginState state = xc_plugin_info_get_state (info);

          if (state == XC_PLUGIN_STATE_FOUND)
            {
              g_debug ("%s: shadowed by an earlier plugin of the same name",
                       xc_plugin_info_get_file (info));
              continue;
            }
          if (state == XC_PLUGIN_STATE_FAILED)
            g_debug ("%s", xc_plugin_info_get_error (info)->message);
          g_list_store_append (self->plugins, info);
        }
    }
}

/**
 * xc_plugin_registry_load:
 *
 * Scans the search path and loads every plugin found. A plugin that cannot
 * be loaded is kept in xc_plugin_registry_get_plugins() with its reason.
 */
void
xc_plugin_registry_load (XcPluginRegistry *self)
{
  g_return_if_fail (XC_IS_PLUGIN_REGISTRY (self));

  if (self->loaded)
    return;
  self->loaded = TRUE;

  scan (self);
  for (guint i = 0; i < self->module_names->len; i++)
    load_module_name (self, g_ptr_array_index (self->module_names, i), 0);
  list_plugins (self);
}

/**
 * xc_plugin_registry_load_file:
 * @file: the `.plugin` file of one plugin on the search path
 *
 * For the helper: loads that plugin (and what it depends on) only, in
 * this process.
 *
 * Returns: (transfer none) (nullable): the plugin, or %NULL if @file is
 *   not on the search path
 */
XcPluginInfo *
xc_plugin_registry_load_file (XcPluginRegistry *self,
                               const char       *file)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);
  g_return_val_if_fail (!self->loaded, NULL);

  self->loaded = TRUE;
  self->isolated = FALSE;
  scan (self);
  for (guint i = 0; i < self->module_names->len; i++)
    {
      GPtrArray *candidates = g_hash_table_lookup (self->candidates,
                                                   g_ptr_array_index (self->module_names, i));

      for (guint j = 0; j < candidates->len; j++)
        {
          XcPluginInfo *info = g_ptr_array_index (candidates, j);
          gboolean module_used = FALSE;

          if (g_strcmp0 (xc_plugin_info_get_file (info), file) != 0)
            continue;
          load_plugin (self, info, 0, &module_used);
          g_list_store_append (self->plugins, info);
          return info;
        }
    }
  return NULL;
}

/**
 * xc_plugin_registry_get_scheme_plugin:
 *
 * Returns: (transfer none) (nullable): the plugin that provides @scheme
 */
XcPluginInfo *
xc_plugin_registry_get_scheme_plugin (XcPluginRegistry *self,
                                       XcScheme         *scheme)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  return g_hash_table_lookup (self->scheme_plugins, scheme);
}

/**
 * _xc_plugin_registry_validate:
 * @scheme: a scheme of this registry, whose rules are in @report
 *
 * Runs @scheme's validation: in this process for a shipped plugin, in the
 * helper for a third-party one, with the design as it is in memory.
 *
 * Returns: %FALSE where the plugin could not check the design; the message
 *   names the plugin and says what happened
 */
gboolean
_xc_plugin_registry_validate (XcPluginRegistry  *self,
                              XcScheme          *scheme,
                              XcDesign          *design,
                              XcReport          *report,
                              GCancellable      *cancellable,
                              GError           **error)
{
  XcPluginInfo *info;
  g_autoptr(GPtrArray) argv = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GListModel) rules = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), FALSE);
  g_return_val_if_fail (XC_IS_SCHEME (scheme), FALSE);

  info = xc_plugin_registry_get_scheme_plugin (self, scheme);
  if (info == NULL || !self->isolated || _xc_plugin_info_is_shipped (info))
    {
      xc_scheme_check (scheme, design, report);
      return TRUE;
    }

  argv = helper_arguments (self, info, "validate");
  g_ptr_array_add (argv, (gpointer) "--scheme");
  g_ptr_array_add (argv, (gpointer) xc_scheme_get_id (scheme));
  answer = _xc_plugin_process_run ((const char * const *) argv->pdata, xc_design_get_bytes (design),
                                   cancellable,
                                   &local_error);
  rules = xc_scheme_list_rules (scheme);
  if (answer != NULL && _xc_plugin_process_add_findings (answer, rules, report, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (g_error_matches (local_error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT))
    g_set_error (error, XC_PLUGIN_ERROR, XC_PLUGIN_ERROR_FAULT,
                 /* TRANSLATORS: plugin name, its module name, what happened (e.g. "crashed
                    with signal 11 (Segmentation fault)"), scheme id */
                 _("Plugin “%s” (%s) %s while checking this design; the rules of scheme “%s” "
                   "were not checked"),
                 xc_plugin_info_get_name (info), xc_plugin_info_get_module_name (info),
                 local_error->message, xc_scheme_get_id (scheme));
  else
    g_set_error (error, XC_PLUGIN_ERROR, local_error->code,
                 _("Plugin “%s” (%s) could not check this design: %s"),
                 xc_plugin_info_get_name (info), xc_plugin_info_get_module_name (info),
                 local_error->message);
  return FALSE;
}

static void
set_disabled_name (XcPluginRegistry *self,
                   const char       *module_name,
                   gboolean          disabled)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; self->disabled[i] != NULL; i++)
    if (!g_str_equal (self->disabled[i], module_name))
      g_strv_builder_add (builder, self->disabled[i]);
  if (disabled)
    g_strv_builder_add (builder, module_name);
  g_strfreev (self->disabled);
  self->disabled = g_strv_builder_end (builder);
}

/**
 * xc_plugin_registry_set_enabled:
 * @module_name: a plugin's module name
 *
 * Turns a plugin on or off while the program runs: its schemes leave
 * xc_plugin_registry_get_schemes() or come back (the list's
 * #GListModel::items-changed tells the windows). A plugin turned off stays
 * in memory, unused: a module cannot be unloaded while its types live.
 *
 * Returns: whether the plugin is now as asked (a plugin that failed
 *   cannot be turned on)
 */
gboolean
xc_plugin_registry_set_enabled (XcPluginRegistry *self,
                                const char       *module_name,
                                gboolean          enabled)
{
  XcPluginInfo *info;
  GPtrArray *schemes;
  gboolean module_used = FALSE;

  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), FALSE);
  g_return_val_if_fail (module_name != NULL, FALSE);

  set_disabled_name (self, module_name, !enabled);
  info = xc_plugin_registry_lookup_plugin (self, module_name);
  if (info == NULL || !self->loaded)
    return info != NULL;

  schemes = g_hash_table_lookup (self->plugin_schemes, module_name);
  switch (xc_plugin_info_get_state (info))
    {
    case XC_PLUGIN_STATE_LOADED:
      if (enabled)
        return TRUE;
      /* the state first: the list's handlers check at once, and ask why */
      _xc_plugin_info_set_disabled (info);
      g_mutex_lock (&self->lock);
      for (guint i = 0; schemes != NULL && i < schemes->len; i++)
        g_hash_table_remove (self->schemes_by_id,
                             xc_scheme_get_id (g_ptr_array_index (schemes, i)));
      g_mutex_unlock (&self->lock);
      for (guint i = 0; schemes != NULL && i < schemes->len; i++)
        {
          guint position;

          if (g_list_store_find (self->schemes, g_ptr_array_index (schemes, i), &position))
            g_list_store_remove (self->schemes, position);
        }
      return TRUE;
    case XC_PLUGIN_STATE_DISABLED:
      if (!enabled)
        return TRUE;
      if (schemes == NULL)
        {
          _xc_plugin_info_set_found (info);
          return load_plugin (self, info, 0, &module_used);
        }
      for (guint i = 0; i < schemes->len; i++)
        if (g_hash_table_contains (self->schemes_by_id,
                                   xc_scheme_get_id (g_ptr_array_index (schemes, i))))
          return FALSE;
      _xc_plugin_info_set_loaded (info);
      g_mutex_lock (&self->lock);
      for (guint i = 0; i < schemes->len; i++)
        {
          XcScheme *scheme = g_ptr_array_index (schemes, i);

          g_hash_table_insert (self->schemes_by_id, (gpointer) xc_scheme_get_id (scheme), scheme);
        }
      g_mutex_unlock (&self->lock);
      for (guint i = 0; i < schemes->len; i++)
        g_list_store_append (self->schemes, g_ptr_array_index (schemes, i));
      return TRUE;
    case XC_PLUGIN_STATE_FOUND:
      if (!enabled)
        _xc_plugin_info_set_disabled (info);
      return enabled ? load_plugin (self, info, 0, &module_used) : TRUE;
    case XC_PLUGIN_STATE_FAILED:
    default:
      return !enabled;
    }
}

/**
 * xc_plugin_registry_lookup_disabled_provider:
 * @scheme_id: a scheme no enabled plugin provides
 *
 * Returns: (transfer none) (nullable): the plugin, turned off during this
 *   run, that provides @scheme_id; %NULL where none known does (a plugin
 *   off since start-up was never loaded, so its schemes are not known)
 */
XcPluginInfo *
xc_plugin_registry_lookup_disabled_provider (XcPluginRegistry *self,
                                             const char       *scheme_id)
{
  GHashTableIter iter;
  gpointer key, value;

  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  if (scheme_id == NULL)
    return NULL;
  locker = g_mutex_locker_new (&self->lock);
  g_hash_table_iter_init (&iter, self->plugin_schemes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *schemes = value;
      XcPluginInfo *info = xc_plugin_registry_lookup_plugin (self, key);

      if (info == NULL || xc_plugin_info_get_state (info) != XC_PLUGIN_STATE_DISABLED)
        continue;
      for (guint i = 0; i < schemes->len; i++)
        if (g_strcmp0 (xc_scheme_get_id (g_ptr_array_index (schemes, i)), scheme_id) == 0)
          return info;
    }
  return NULL;
}

/**
 * xc_plugin_registry_get_plugins:
 *
 * Returns: (transfer none): every plugin found, a list of #XcPluginInfo
 */
GListModel *
xc_plugin_registry_get_plugins (XcPluginRegistry *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->plugins);
}

/**
 * xc_plugin_registry_get_schemes:
 *
 * Returns: (transfer none): the schemes of loaded plugins, a list of #XcScheme
 */
GListModel *
xc_plugin_registry_get_schemes (XcPluginRegistry *self)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->schemes);
}

/**
 * xc_plugin_registry_lookup_scheme:
 *
 * Returns: (transfer none) (nullable): the scheme with @scheme_id
 */
XcScheme *
xc_plugin_registry_lookup_scheme (XcPluginRegistry *self,
                                  const char       *scheme_id)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  if (scheme_id == NULL)
    return NULL;
  {
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

    return g_hash_table_lookup (self->schemes_by_id, scheme_id);
  }
}

/**
 * xc_plugin_registry_lookup_plugin:
 *
 * Returns: (transfer none) (nullable): the plugin with @module_name
 */
XcPluginInfo *
xc_plugin_registry_lookup_plugin (XcPluginRegistry *self,
                                  const char       *module_name)
{
  g_return_val_if_fail (XC_IS_PLUGIN_REGISTRY (self), NULL);

  return find_plugin (self, module_name);
}
