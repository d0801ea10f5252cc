/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "xc-library-credentials.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "io.github.xiachen.Planner.Library", SECRET_SCHEMA_NONE,
    {
      { "url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };
  return &schema;
}

/* No keyring (no session bus, no secret service) is not an error here:
 * the caller asks the planner instead. */
static gboolean
is_no_keyring (GError *error)
{
  return error->domain == G_DBUS_ERROR || error->domain == G_IO_ERROR
         || error->domain == G_SPAWN_ERROR;
}

char *
xc_library_credentials_lookup (const char    *url,
                               const char    *user,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *password;

  g_return_val_if_fail (url != NULL && user != NULL, NULL);

  password = secret_password_lookup_sync (get_schema (), cancellable, &local_error,
                                          "url", url, "user", user, NULL);
  if (local_error != NULL && !is_no_keyring (local_error))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return password;
}

static void
lookup_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL && !is_no_keyring (error))
    g_task_return_error (task, error);
  else
    {
      g_clear_error (&error);
      g_task_return_pointer (task, password, g_free);
    }
}

void
xc_library_credentials_lookup_async (const char          *url,
                                     const char          *user,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, xc_library_credentials_lookup_async);
  secret_password_lookup (get_schema (), cancellable, lookup_done, task,
                          "url", url, "user", user, NULL);
}

char *
xc_library_credentials_lookup_finish (GAsyncResult  *result,
                                      GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
store_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
xc_library_credentials_store_async (const char          *url,
                                    const char          *user,
                                    const char          *password,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = g_strdup_printf (_("Xiachen design library %s (%s)"), url, user);

  g_task_set_source_tag (task, xc_library_credentials_store_async);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                         cancellable, store_done, task, "url", url, "user", user, NULL);
}

gboolean
xc_library_credentials_store_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
