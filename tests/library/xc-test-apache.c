/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>

#include "xc-test-apache.h"
#include "xc-test-util.h"

#define APACHE "/usr/sbin/apache2"
#define MODULES "/usr/lib/apache2/modules"

struct _XcTestApache
{
  char        *dir;
  char        *root;
  char        *conf;
  char        *url;
  guint16      port;
  GSubprocess *process;
};

static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_bind (socket, any, TRUE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* Apache's {SHA} form: no htpasswd needed to write it. */
static char *
password_line (const char *user,
               const char *password)
{
  guint8 digest[20];
  gsize length = sizeof digest;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *encoded = NULL;

  g_checksum_update (checksum, (const guchar *) password, -1);
  g_checksum_get_digest (checksum, digest, &length);
  encoded = g_base64_encode (digest, length);
  return g_strdup_printf ("%s:{SHA}%s\n", user, encoded);
}

static void
give_to_www_data (const char *path)
{
  struct passwd *www = getpwnam ("www-data");

  if (getuid () == 0 && www != NULL)
    g_assert_cmpint (chown (path, www->pw_uid, www->pw_gid), ==, 0);
}

static gboolean
port_open (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);
  return connection != NULL;
}

static void
launch (XcTestApache *self)
{
  g_autoptr(GError) error = NULL;
  /* Apache gets ten seconds to stop on SIGTERM, then SIGKILL. */
  g_autofree char *script =
    g_strdup_printf ("%s -f '%s' -X & pid=$!; read line; kill $pid; i=0; "
                     "while kill -0 $pid 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; "
                     "kill -9 $pid 2>/dev/null; wait $pid", APACHE, self->conf);
  g_autofree char *log = g_build_filename (self->dir, "error.log", NULL);
  g_autofree char *pid_file = g_build_filename (self->dir, "httpd.pid", NULL);

  /* Ours is up when its pid file is there and the port answers: on a
   * shared machine another server may have taken the port meanwhile. */
  g_unlink (pid_file);

  self->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE, &error,
                                    "/bin/sh", "-c", script, NULL);
  g_assert_no_error (error);
  /* Ready when it answers: polled, bounded (10 s), not a fixed wait. */
  for (guint i = 0; i < 500 && !(g_file_test (pid_file, G_FILE_TEST_EXISTS) && port_open (self->port)); i++)
    {
      if (g_subprocess_get_identifier (self->process) == NULL)
        break;
      g_usleep (G_USEC_PER_SEC / 50);
    }
  if (!g_file_test (pid_file, G_FILE_TEST_EXISTS) || !port_open (self->port))
    {
      g_autofree char *text = NULL;

      g_file_get_contents (log, &text, NULL, NULL);
      g_error ("Apache did not start on port %u: %s", self->port, text != NULL ? text : "");
    }
}

XcTestApache *
xc_test_apache_start (void)
{
  XcTestApache *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) conf = g_string_new (NULL);
  g_autoptr(GString) users = g_string_new (NULL);
  g_autofree char *ana = password_line ("ana", XC_TEST_ANA_PASSWORD);
  g_autofree char *bo = password_line ("bo", XC_TEST_BO_PASSWORD);
  g_autofree char *users_file = NULL;
  g_autofree char *lock_dir = NULL;
  static const char * const modules[] = {
    "mpm_event", "authz_core", "authz_user", "authn_core", "authn_file", "auth_basic",
    "alias", "mime", "dav", "dav_fs",
  };

  if (!g_file_test (APACHE, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("Apache httpd (Debian apache2-bin) is not installed");
      return NULL;
    }

  self = g_new0 (XcTestApache, 1);
  self->dir = g_dir_make_tmp ("xc-apache-XXXXXX", &error);
  g_assert_no_error (error);
  /* Apache's user must reach the library inside. */
  g_assert_cmpint (g_chmod (self->dir, 0755), ==, 0);
  self->root = g_build_filename (self->dir, "library", NULL);
  lock_dir = g_build_filename (self->dir, "lock", NULL);
  g_assert_cmpint (g_mkdir (self->root, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (lock_dir, 0755), ==, 0);
  give_to_www_data (self->root);
  give_to_www_data (lock_dir);
  users_file = g_build_filename (self->dir, "users", NULL);
  g_string_append_printf (users, "%s%s", ana, bo);
  g_file_set_contents (users_file, users->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (users_file, 0644), ==, 0);

  self->port = free_port ();
  self->url = g_strdup_printf ("http://127.0.0.1:%u/library/", self->port);
  g_string_append_printf (conf, "ServerRoot \"%s\"\nServerName 127.0.0.1\n", self->dir);
  g_string_append_printf (conf, "Listen 127.0.0.1:%u\n", self->port);
  g_string_append_printf (conf, "PidFile \"%s/httpd.pid\"\nErrorLog \"%s/error.log\"\n",
                          self->dir, self->dir);
  /* Apache refuses to run as root. */
  if (getuid () == 0)
    g_string_append (conf, "User www-data\nGroup www-data\n");
  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    g_string_append_printf (conf, "LoadModule %s_module %s/mod_%s.so\n", modules[i], MODULES,
                            modules[i]);
  g_string_append (conf, "TypesConfig /etc/mime.types\n");
  g_string_append_printf (conf, "DavLockDB \"%s/DavLock\"\n", lock_dir);
  g_string_append_printf (conf, "Alias /library \"%s\"\n", self->root);
  g_string_append_printf (conf,
                          "<Directory \"%s\">\n"
                          "  Dav On\n"
                          "  AuthType Basic\n"
                          "  AuthName \"Xiachen test library\"\n"
                          "  AuthUserFile \"%s\"\n"
                          "  Require valid-user\n"
                          "</Directory>\n", self->root, users_file);
  self->conf = g_build_filename (self->dir, "httpd.conf", NULL);
  g_file_set_contents (self->conf, conf->str, -1, &error);
  g_assert_no_error (error);

  launch (self);
  return self;
}

const char *
xc_test_apache_get_url (XcTestApache *self)
{
  return self->url;
}

const char *
xc_test_apache_get_root (XcTestApache *self)
{
  return self->root;
}

GBytes *
xc_test_apache_read_design (XcTestApache *self,
                            const char   *design_id)
{
  g_autofree char *name = g_strconcat (design_id, ".xcprog", NULL);
  g_autofree char *path = g_build_filename (self->root, "designs", name, NULL);
  char *data;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* g_ptr_array_sort() gives pointers to the elements. */
static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GStrv
xc_test_apache_list (XcTestApache *self,
                     const char   *folder)
{
  g_autofree char *path = g_build_filename (self->root, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

void
xc_test_apache_stop (XcTestApache *self)
{
  g_autoptr(GError) error = NULL;
  GOutputStream *input;

  if (self->process == NULL)
    return;
  /* The shell reads a line, then kills Apache and waits for it. */
  input = g_subprocess_get_stdin_pipe (self->process);
  g_output_stream_close (input, NULL, NULL);
  g_subprocess_wait (self->process, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&self->process);
}

void
xc_test_apache_restart (XcTestApache *self)
{
  g_assert_null (self->process);
  launch (self);
}

void
xc_test_apache_free (XcTestApache *self)
{
  if (self == NULL)
    return;
  xc_test_apache_stop (self);
  xc_test_remove_tree (self->dir);
  g_free (self->dir);
  g_free (self->root);
  g_free (self->conf);
  g_free (self->url);
  g_free (self);
}
