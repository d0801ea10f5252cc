/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_INSIDE) && !defined (XIACHEN_COMPILATION)
# error "Only <xiachen.h> can be included directly."
#endif

#include "xc-version.h"

#include <gio/gio.h>

G_BEGIN_DECLS

/* A library's password in the keyring (libsecret; in a Flatpak through the
 * Secret portal), keyed by the library's URL and the user. Never a file.
 * The URL and user name are settings (library-url, library-user). */

/* The password, or NULL (no error) where the keyring has none or there is
 * no keyring (no session bus, as in scripts). */
XC_AVAILABLE_IN_ALL
char     *xc_library_credentials_lookup        (const char           *url,
                                                const char           *user,
                                                GCancellable         *cancellable,
                                                GError              **error);
XC_AVAILABLE_IN_ALL
void      xc_library_credentials_lookup_async  (const char           *url,
                                                const char           *user,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
XC_AVAILABLE_IN_ALL
char     *xc_library_credentials_lookup_finish (GAsyncResult         *result,
                                                GError              **error);
XC_AVAILABLE_IN_ALL
void      xc_library_credentials_store_async   (const char           *url,
                                                const char           *user,
                                                const char           *password,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
XC_AVAILABLE_IN_ALL
gboolean  xc_library_credentials_store_finish  (GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
