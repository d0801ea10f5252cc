/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `xiachen-cli library list|pull|push|history …` (library.md): @argv[0]
 * is "library". Returns the exit status. */
int xc_cli_library_main (int    argc,
                         char **argv);

G_END_DECLS
