/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "xc-file-io.h"

/* Our temporary files are ".<name>.xc-save-<pid>-XXXXXX" beside the target: the
 * name says whose they are, so a later save can remove those of a process that
 * was killed mid-write, and nobody else's. */
#define TEMP_MARK ".xc-save-"
#define MAX_SYMLINK_HOPS 40
#define CHUNK_SIZE (1024 * 1024)

static char *
describe_file (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL ? g_strdup (path) : g_file_get_uri (file);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 const char  *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), format, path,
               g_strerror (saved_errno));
  return FALSE;
}

static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *name = describe_file (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only files on this computer can be read or written"), name);
    }
  return path;
}

/**
 * xc_file_load_regular:
 * @file: the file to read
 * @max_size: the most bytes accepted
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads a whole regular file. A FIFO, a device, a directory or a socket is
 * refused at once (%G_IO_ERROR_NOT_REGULAR_FILE) instead of blocking or
 * reading without end, and @max_size is enforced while reading, since a file
 * may grow after it was looked at (%G_IO_ERROR_MESSAGE_TOO_LARGE). Messages
 * name the file.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
xc_file_load_regular (GFile         *file,
                      gsize          max_size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree gpointer data = NULL;
  gsize capacity, length = 0;
  struct stat st;
  int fd;
  int flags;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = get_local_path (file, error);
  if (path == NULL)
    return NULL;

  /* O_NONBLOCK so that opening a FIFO returns at once instead of waiting for
   * a writer; it is cleared again for the regular file. */
  fd = g_open (path, O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, _("%s: cannot read the file: %s"), path);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno, _("%s: cannot read the file: %s"), path);
      g_close (fd, NULL);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   S_ISDIR (st.st_mode) ? _("%s: is a folder, not a file")
                                        : _("%s: not a regular file (a pipe, device or socket); "
                                            "only regular files are read"),
                   path);
      g_close (fd, NULL);
      return NULL;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags != -1)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  /* Read straight into a buffer of the file's size: a national design is
   * tens of MB, and a buffer grown by doubling would be a third larger. It
   * grows only if the file does while being read, up to the limit. */
  capacity = MIN ((gsize) MAX (st.st_size, 0), max_size) + 1;
  data = g_malloc (capacity);
  for (;;)
    {
      gssize got;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_close (fd, NULL);
          return NULL;
        }
      if (length == capacity)
        {
          capacity = capacity > max_size / 2 ? max_size + 1 : capacity * 2;
          data = g_realloc (data, capacity);
        }
      got = read (fd, (guint8 *) data + length, capacity - length);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          set_errno_error (error, errno, _("%s: cannot read the file: %s"), path);
          g_close (fd, NULL);
          return NULL;
        }
      if (got == 0)
        break;
      length += got;
      if (length > max_size)
        {
          g_autofree char *limit = g_format_size (max_size);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("%s: larger than %s; not read"), path, limit);
          g_close (fd, NULL);
          return NULL;
        }
    }
  g_close (fd, NULL);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/* The file a save must replace: a symlink is followed to its target, so the
 * link stays a link. A dangling link leads to the file it names. */
static char *
resolve_symlinks (const char  *path,
                  GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_SYMLINK_HOPS; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;
      struct stat st;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  set_errno_error (error, ELOOP, _("%s: cannot save: %s"), path);
  return NULL;
}

/* Removes what a killed save of @target left behind: temporary files of ours
 * whose process no longer exists. */
static void
remove_stale_temporaries (const char *target)
{
  g_autofree char *dir_path = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *prefix = g_strconcat (".", base, TEMP_MARK, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stale = NULL;
      char *end = NULL;
      gint64 pid;

      if (!g_str_has_prefix (name, prefix))
        continue;
      pid = g_ascii_strtoll (name + strlen (prefix), &end, 10);
      if (end == name + strlen (prefix) || *end != '-' || pid <= 0 || pid > G_MAXINT)
        continue;
      if (pid == getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      stale = g_build_filename (dir_path, name, NULL);
      g_unlink (stale);
    }
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length,
           GCancellable  *cancellable,
           GError       **error)
{
  while (length > 0)
    {
      gssize written;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      written = write (fd, data, MIN (length, CHUNK_SIZE));
      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return FALSE;
        }
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  int fd = g_open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      g_close (fd, NULL);
    }
}

/* Writes @data to a new temporary file beside @target with @target's mode and
 * owner, flushed to disk. Returns its path, or %NULL with nothing left behind. */
static char *
write_temporary (const char    *target,
                 const guint8  *data,
                 gsize          length,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s" TEMP_MARK "%d-XXXXXX", base, (int) getpid ());
  g_autofree char *temp_path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  gboolean exists = stat (target, &st) == 0;
  gboolean ok;
  int fd;

  /* A new file gets the usual 0666 less the umask; a replaced one keeps its
   * own mode (a design of 0600 holds personal names) and owner. */
  fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, exists ? 0600 : 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, _("%s: cannot save: %s"), target);
      return NULL;
    }
  if (exists)
    {
      if ((st.st_uid != geteuid () || st.st_gid != getegid ())
          && fchown (fd, st.st_uid, st.st_gid) != 0)
        g_debug ("%s: cannot keep the owner: %s", target, g_strerror (errno));
      if (fchmod (fd, st.st_mode & 07777) != 0)
        g_debug ("%s: cannot keep the mode: %s", target, g_strerror (errno));
    }

  ok = write_all (fd, data, length, cancellable, &local_error);
  if (ok && fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      ok = FALSE;
    }
  /* g_close() closes the descriptor even when it reports an error. */
  if (!g_close (fd, ok ? &local_error : NULL))
    ok = FALSE;

  if (!ok)
    {
      /* The target was never touched; the temporary file goes. */
      g_unlink (temp_path);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, local_error->domain, local_error->code, _("%s: cannot save: %s"),
                     target, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&temp_path);
}

/**
 * xc_file_replace_atomic:
 * @file: the file to write
 * @contents: its new contents
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Replaces @file with @contents so that at every moment @file holds either
 * its old or its new contents in full: a temporary file beside it is written,
 * flushed to disk and renamed over it. On a full disk, an I/O error,
 * cancellation or a crash the original is left byte for byte as it was, and
 * no temporary file stays behind (one left by a killed process is removed by
 * the next save). The file keeps its mode and owner, and a symlink is written
 * through to its target.
 *
 * Returns: %TRUE on success
 */
gboolean
xc_file_replace_atomic (GFile         *file,
                        GBytes        *contents,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *temp_path = NULL;
  gsize length;
  const guint8 *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = get_local_path (file, error);
  if (path == NULL)
    return FALSE;
  target = resolve_symlinks (path, error);
  if (target == NULL)
    return FALSE;

  remove_stale_temporaries (target);

  data = g_bytes_get_data (contents, &length);
  temp_path = write_temporary (target, data, length, cancellable, error);
  if (temp_path == NULL)
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  if (g_rename (temp_path, target) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      return set_errno_error (error, saved_errno, _("%s: cannot save: %s"), target);
    }
  sync_folder (target);
  return TRUE;
}
