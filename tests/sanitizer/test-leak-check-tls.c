/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The leak check at exit survives threads holding dynamic TLS blocks.
 *
 * GCC 12's and clang 15's __tls_get_addr interceptor reads 16 bytes before
 * a block that malloc put 16 bytes past a page as a glibc 2.19 header, and
 * LeakSanitizer's tracer then scans that garbage range and dies ("Tracer
 * caught signal 11") after every test passed. With 64 threads one such
 * block is all but certain; this test fails by its exit status whenever a
 * sanitized run's ASAN_OPTIONS lacks intercept_tls_get_addr=0. */
#include "config.h"

#include <gmodule.h>

#define N_THREADS 64

typedef long *(*GetCounter) (void);

static GetCounter get_counter;
static GMutex lock;
static GCond started;
static GCond never;
static guint n_started;

static gpointer
touch_and_stay (gpointer data)
{
  *get_counter () += 1;

  g_mutex_lock (&lock);
  n_started++;
  g_cond_signal (&started);
  /* Until the process exits, so the tracer suspends us with our block. */
  for (;;)
    g_cond_wait (&never, &lock);
  return NULL;
}

static void
test_threads_with_module_tls (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "sanitizer", "libtls-module.so",
                                                 NULL);
  GModule *module;
  GError *error = NULL;

  module = g_module_open_full (path, G_MODULE_BIND_LOCAL, &error);
  g_assert_no_error (error);
  g_assert_true (g_module_symbol (module, "tls_module_get_counter", (gpointer *) &get_counter));

  for (guint i = 0; i < N_THREADS; i++)
    g_thread_unref (g_thread_new ("tls", touch_and_stay, NULL));

  /* All started and past the sanitizer's own set-up, whose allocations a
   * thread caught half-way would show as leaks. */
  g_mutex_lock (&lock);
  while (n_started < N_THREADS)
    g_cond_wait (&started, &lock);
  g_mutex_unlock (&lock);

  /* Each thread has its own block: this thread's is untouched by theirs. */
  g_assert_cmpint (*get_counter (), ==, 0);
  /* The module stays open and the threads stay for the check at exit. */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sanitizer/leak-check/threads-with-module-tls", test_threads_with_module_tls);
  return g_test_run ();
}
