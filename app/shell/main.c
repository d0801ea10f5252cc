/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "xc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(XcApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* XIACHEN_LOCALEDIR: the build tree's catalogues, under meson devenv */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("XIACHEN_LOCALEDIR") != NULL
                                   ? g_getenv ("XIACHEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = xc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
