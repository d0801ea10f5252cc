/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a `.plugin` key file, which may come from a third
 * party or sit broken in the user's plugin folder. */
#define _GNU_SOURCE /* memfd_create */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "xiachen.h"
#include "xc-fuzz.h"

static int plugin_fd = -1;
static char *plugin_file;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  xc_fuzz_init ();
  /* A file in memory: nothing to sync, and nothing left behind when a
   * crash skips the clean-up. */
  plugin_fd = memfd_create ("fuzz.plugin", 0);
  if (plugin_fd < 0)
    xc_fuzz_fail ("memfd_create: %s", g_strerror (errno));
  plugin_file = g_strdup_printf ("/proc/self/fd/%d", plugin_fd);
  return 0;
}

/* The reader reads files only; when it reads (data, length) this becomes
 * one call and the memory file goes. */
static XcPluginInfo *
read_info (const uint8_t *data,
           size_t         size)
{
  /* Truncate first: a shorter input must not end in the last one's bytes. */
  if (ftruncate (plugin_fd, 0) != 0
      || pwrite (plugin_fd, data, size, 0) != (ssize_t) size)
    xc_fuzz_fail ("cannot write %s: %s", plugin_file, g_strerror (errno));
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
