/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saves under real faults: a full tmpfs, write() and fsync() that fail, a
 * process killed in the middle of a write, cancellation; and what a save
 * must keep: the file's mode, owner and symlinks. Reading: only regular
 * files, bounded while reading. */
#define _GNU_SOURCE
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <xiachen.h>

#include "xc-test-util.h"

/* Fault injection for real: this executable defines write() and fsync(), so
 * every call in the process, the core library's included, comes here first.
 * They fail only for files under $XC_FAULT_DIR:
 *   XC_FAULT_WRITE_LIMIT=N  write() fails with ENOSPC once N bytes are written
 *   XC_FAULT_KILL_AFTER=N   the process kills itself once N bytes are written
 *   XC_FAULT_FSYNC=1        fsync() fails with EIO */
static gsize fault_bytes_written;

static gboolean
fault_applies (int fd)
{
  const char *dir = getenv ("XC_FAULT_DIR");
  char link[64];
  char path[4096];
  ssize_t length;

  if (dir == NULL)
    return FALSE;
  g_snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, path, sizeof path - 1);
  if (length <= 0)
    return FALSE;
  path[length] = '\0';
  return g_str_has_prefix (path, dir);
}

ssize_t
write (int         fd,
       const void *buffer,
       size_t      count)
{
  static ssize_t (*real_write) (int, const void *, size_t);
  const char *limit = getenv ("XC_FAULT_WRITE_LIMIT");
  const char *kill_after = getenv ("XC_FAULT_KILL_AFTER");

  if (real_write == NULL)
    real_write = dlsym (RTLD_NEXT, "write");
  if ((limit != NULL || kill_after != NULL) && fault_applies (fd))
    {
      gsize allowed = (gsize) g_ascii_strtoull (limit != NULL ? limit : kill_after, NULL, 10);

      if (fault_bytes_written >= allowed)
        {
          if (kill_after != NULL)
            kill (getpid (), SIGKILL);
          errno = ENOSPC;
          return -1;
        }
      count = MIN (count, allowed - fault_bytes_written);
      fault_bytes_written += count;
    }
  return real_write (fd, buffer, count);
}

int
fsync (int fd)
{
  static int (*real_fsync) (int);

  if (real_fsync == NULL)
    real_fsync = dlsym (RTLD_NEXT, "fsync");
  if (getenv ("XC_FAULT_FSYNC") != NULL && fault_applies (fd))
    {
      errno = EIO;
      return -1;
    }
  return real_fsync (fd);
}

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
  GBytes *original;
  GBytes *replacement;
} Fixture;

static GBytes *
make_text (gsize  length,
           char   fill)
{
  char *data = g_malloc (length);

  memset (data, fill, length);
  return g_bytes_new_take (data, length);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("xc-save-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "design.xcprog", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  /* 73 KB, the size of the design the issue lost. */
  fixture->original = make_text (73 * 1024, 'o');
  fixture->replacement = make_text (300 * 1024, 'n');
  g_file_set_contents (fixture->path, g_bytes_get_data (fixture->original, NULL),
                       (gssize) g_bytes_get_size (fixture->original), &error);
  g_assert_no_error (error);
  fault_bytes_written = 0;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_unsetenv ("XC_FAULT_DIR");
  g_unsetenv ("XC_FAULT_WRITE_LIMIT");
  g_unsetenv ("XC_FAULT_KILL_AFTER");
  g_unsetenv ("XC_FAULT_FSYNC");
  umount2 (fixture->dir, MNT_DETACH);
  xc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_clear_object (&fixture->file);
  g_bytes_unref (fixture->original);
  g_bytes_unref (fixture->replacement);
}

static void
assert_file_holds (const char *path,
                   GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                   g_bytes_get_size (expected));
}

/* Every name in @dir but @expected. */
static guint
count_other_files (const char *dir,
                   const char *expected)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_strcmp0 (name, expected) != 0)
      n++;
  return n;
}

static void
assert_failed_save_left_original (Fixture      *fixture,
                                  const GError *error,
                                  int           code)
{
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, fixture->path));
  assert_file_holds (fixture->path, fixture->original);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 0);
}

static void
test_replace_full_disk_tmpfs (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *filler = NULL;
  g_autoptr(GBytes) rest = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (mount ("tmpfs", fixture->dir, "tmpfs", 0, "size=256k") != 0)
    {
      g_test_skip ("mounting a tmpfs needs root");
      return;
    }
  g_file_set_contents (fixture->path, g_bytes_get_data (fixture->original, NULL),
                       (gssize) g_bytes_get_size (fixture->original), &error);
  g_assert_no_error (error);
  /* Fill the disk up to within 100 KB, then save 300 KB. */
  filler = g_build_filename (fixture->dir, "filler", NULL);
  rest = make_text (256 * 1024 - 73 * 1024 - 100 * 1024, 'f');
  g_file_set_contents (filler, g_bytes_get_data (rest, NULL), (gssize) g_bytes_get_size (rest),
                       &error);
  g_assert_no_error (error);

  ok = xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error);
  g_assert_false (ok);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  assert_file_holds (fixture->path, fixture->original);
  g_unlink (filler);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 0);
}

/* The whole save of a design, as the window does it, on a full disk. */
static void
test_programme_save_full_disk_tmpfs (Fixture       *fixture,
                                     gconstpointer  user_data)
{
  g_autoptr(XcProgramme) programme = xc_test_load_sample ("zibo-stations.xcprog");
  g_autoptr(GBytes) design = xc_programme_to_bytes (programme);
  g_autoptr(GBytes) rest = NULL;
  g_autofree char *filler = NULL;
  g_autoptr(GError) error = NULL;

  if (mount ("tmpfs", fixture->dir, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip ("mounting a tmpfs needs root");
      return;
    }
  g_assert_cmpuint (g_bytes_get_size (design), >, 8 * 1024);
  g_file_set_contents (fixture->path, g_bytes_get_data (design, NULL),
                       (gssize) g_bytes_get_size (design), &error);
  g_assert_no_error (error);
  filler = g_build_filename (fixture->dir, "filler", NULL);
  rest = make_text (64 * 1024 - g_bytes_get_size (design) - 4 * 1024, 'f');
  g_file_set_contents (filler, g_bytes_get_data (rest, NULL), (gssize) g_bytes_get_size (rest),
                       &error);
  g_assert_no_error (error);

  xc_unit_set_name (XC_UNIT (g_list_model_get_item (xc_programme_get_units (programme), 0)),
                    "一个更长的名字，使保存的文件比原来的大");
  g_assert_false (xc_programme_save_to_file (programme, fixture->file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  assert_file_holds (fixture->path, design);
  g_unlink (filler);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 0);
}

static void
test_replace_write_fails (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("XC_FAULT_DIR", fixture->dir, TRUE);
  g_setenv ("XC_FAULT_WRITE_LIMIT", "40000", TRUE);
  g_assert_false (xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error));
  assert_failed_save_left_original (fixture, error, G_IO_ERROR_NO_SPACE);
}

static void
test_replace_fsync_fails (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("XC_FAULT_DIR", fixture->dir, TRUE);
  g_setenv ("XC_FAULT_FSYNC", "1", TRUE);
  g_assert_false (xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error));
  assert_failed_save_left_original (fixture, error, G_IO_ERROR_FAILED);
}

static void
test_replace_cancelled (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (xc_file_replace_atomic (fixture->file, fixture->replacement, cancellable,
                                          &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_file_holds (fixture->path, fixture->original);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 0);
}

/* Killed in the middle of writing: the original is whole, the temporary
 * file is ours by its name, and the next save removes it. */
static void
test_replace_killed_mid_write (Fixture       *fixture,
                               gconstpointer  user_data)
{

  if (g_test_subprocess ())
    {
      g_setenv ("XC_FAULT_DIR", g_getenv ("XC_TEST_SAVE_DIR"), TRUE);
      g_setenv ("XC_FAULT_KILL_AFTER", "100000", TRUE);
      xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, NULL);
      g_assert_not_reached ();
    }

  g_setenv ("XC_TEST_SAVE_DIR", fixture->dir, TRUE);
  /* The child makes its own fixture: point it at ours. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_unsetenv ("XC_TEST_SAVE_DIR");
}

static void
killed_fixture_set_up (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const char *dir = g_getenv ("XC_TEST_SAVE_DIR");

  fixture_set_up (fixture, user_data);
  if (g_test_subprocess () && dir != NULL)
    {
      /* Save into the parent's folder. */
      xc_test_remove_tree (fixture->dir);
      g_free (fixture->dir);
      g_free (fixture->path);
      g_clear_object (&fixture->file);
      fixture->dir = g_strdup (dir);
      fixture->path = g_build_filename (dir, "design.xcprog", NULL);
      fixture->file = g_file_new_for_path (fixture->path);
    }
}

static void
test_replace_killed_then_cleaned (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  test_replace_killed_mid_write (fixture, user_data);

  /* Whole, and one temporary file of the dead process's beside it. */
  assert_file_holds (fixture->path, fixture->original);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 1);

  g_assert_true (xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error));
  g_assert_no_error (error);
  assert_file_holds (fixture->path, fixture->replacement);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 0);
}

static void
test_replace_keeps_mode (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
  g_assert_true (xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);
  g_assert_true (xc_file_replace_atomic (fixture->file, fixture->original, NULL, &error));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

static void
test_replace_keeps_owner (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  if (geteuid () != 0)
    {
      g_test_skip ("giving a file to another user needs root");
      return;
    }
  g_assert_cmpint (chown (fixture->path, 65534, 65534), ==, 0);
  g_assert_true (xc_file_replace_atomic (fixture->file, fixture->replacement, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, 65534);
  g_assert_cmpint (st.st_gid, ==, 65534);
}

static void
test_replace_through_symlink (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autofree char *link_path = g_build_filename (fixture->dir, "link.xcprog", NULL);
  g_autofree char *chain_path = g_build_filename (fixture->dir, "chain.xcprog", NULL);
  g_autoptr(GFile) chain = g_file_new_for_path (chain_path);
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* A relative link, and a link to that link. */
  g_assert_cmpint (symlink ("design.xcprog", link_path), ==, 0);
  g_assert_cmpint (symlink (link_path, chain_path), ==, 0);

  g_assert_true (xc_file_replace_atomic (chain, fixture->replacement, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (chain_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_file_holds (fixture->path, fixture->replacement);
  g_assert_cmpuint (count_other_files (fixture->dir, "design.xcprog"), ==, 2);
}

static void
test_replace_new_file (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (022);
  struct stat st;

  g_assert_true (xc_file_replace_atomic (file, fixture->replacement, NULL, &error));
  umask (mask);
  g_assert_no_error (error);
  assert_file_holds (path, fixture->replacement);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);
}

static void
test_replace_missing_folder (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone", "new.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (xc_file_replace_atomic (file, fixture->replacement, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
}

/* Reading */

static void
test_load_fifo (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pipe.xcprog", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Nobody writes to it: reading it would wait for ever. */
  bytes = xc_file_load_regular (file, 1024, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_load_device (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = xc_file_load_regular (file, 512 * 1024 * 1024, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

static void
test_load_folder (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = xc_file_load_regular (file, 1024, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

static void
test_load_limit (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = xc_file_load_regular (fixture->file, 73 * 1024 - 1, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  bytes = xc_file_load_regular (fixture->file, 73 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, fixture->original));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, setup) \
  g_test_add (path, Fixture, NULL, setup, func, fixture_tear_down)
  ADD ("/core/io/save/full-disk-keeps-original", test_replace_full_disk_tmpfs, fixture_set_up);
  ADD ("/core/io/save/design-on-full-disk-keeps-original", test_programme_save_full_disk_tmpfs,
       fixture_set_up);
  ADD ("/core/io/save/failed-write-keeps-original", test_replace_write_fails, fixture_set_up);
  ADD ("/core/io/save/failed-fsync-keeps-original", test_replace_fsync_fails, fixture_set_up);
  ADD ("/core/io/save/cancelled-keeps-original", test_replace_cancelled, fixture_set_up);
  ADD ("/core/io/save/killed-mid-write-keeps-original-and-is-cleaned-up",
       test_replace_killed_then_cleaned, killed_fixture_set_up);
  ADD ("/core/io/save/keeps-mode", test_replace_keeps_mode, fixture_set_up);
  ADD ("/core/io/save/keeps-owner", test_replace_keeps_owner, fixture_set_up);
  ADD ("/core/io/save/writes-through-symlinks", test_replace_through_symlink, fixture_set_up);
  ADD ("/core/io/save/new-file-follows-umask", test_replace_new_file, fixture_set_up);
  ADD ("/core/io/save/missing-folder-names-file", test_replace_missing_folder, fixture_set_up);
  ADD ("/core/io/load/fifo-refused-at-once", test_load_fifo, fixture_set_up);
  ADD ("/core/io/load/device-refused", test_load_device, fixture_set_up);
  ADD ("/core/io/load/folder-refused", test_load_folder, fixture_set_up);
  ADD ("/core/io/load/limit-enforced-while-reading", test_load_limit, fixture_set_up);
#undef ADD

  return g_test_run ();
}
