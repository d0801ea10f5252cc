/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a `.plugin` key file, which may come from a third
 * party or sit broken in the user's plugin folder. */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "xiachen.h"
#include "xc-fuzz.h"

static char *plugin_dir;
static char *plugin_file;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
remove_plugin_dir (void)
{
  g_unlink (plugin_file);
  g_rmdir (plugin_dir);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  xc_fuzz_init ();
  plugin_dir = g_dir_make_tmp ("xc-fuzz-plugin-XXXXXX", NULL);
  g_assert (plugin_dir != NULL);
  plugin_file = g_build_filename (plugin_dir, "fuzz.plugin", NULL);
  atexit (remove_plugin_dir);
  return 0;
}

/* The reader reads files only; when it reads (data, length) this becomes
 * one call and the temporary folder goes. */
static XcPluginInfo *
read_info (const uint8_t *data,
           size_t         size)
{
  /* In place and without fsync: about 3,900 executions a second instead
   * of 80 (g_file_set_contents syncs each replacement to disk). */
  if (!g_file_set_contents_full (plugin_file, (const char *) data, size,
                                 G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    xc_fuzz_fail ("cannot write %s", plugin_file);
  return xc_plugin_info_new_from_file (plugin_file);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(XcPluginInfo) info = read_info (data, size);
  g_autofree char *module_path = NULL;
  const GError *error;
  gboolean usable;

  if (info == NULL)
    xc_fuzz_fail ("no plugin info for a .plugin file");

  /* Everything the registry and the plugin pages read. */
  xc_plugin_info_get_module_name (info);
  xc_plugin_info_get_name (info);
  xc_plugin_info_get_description (info);
  xc_plugin_info_get_depends (info);
  module_path = xc_plugin_info_dup_module_path (info);

  error = xc_plugin_info_get_error (info);
  if (xc_plugin_info_get_state (info) == XC_PLUGIN_STATE_FAILED
      && (error == NULL || error->message == NULL || error->message[0] == '\0'))
    xc_fuzz_fail ("a refused plugin file has no reason");

  usable = xc_plugin_info_get_state (info) != XC_PLUGIN_STATE_FAILED
           && xc_plugin_info_get_abi (info) == XC_PLUGIN_ABI_VERSION;
  xc_fuzz_expect (usable, error != NULL ? error->message : "another ABI");
  return 0;
}
