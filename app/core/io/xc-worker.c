/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-io"

#include "config.h"

#include "xc-worker-private.h"

/* g_task_run_in_thread() keeps its task, and so the task's source object and
 * data, until the worker thread is done with it, which can be after the
 * callback has run on the caller's thread. When the caller then lets go of
 * the object, its last reference goes on the worker: a document, a window
 * page or a validator finalised on the wrong thread. Here the work returns
 * through a task of its own, which holds nothing, and its result is handed
 * to the caller's task on the caller's thread. */

typedef struct
{
  GTask           *task;   /* unowned: the reference is the callback's */
  GTaskThreadFunc  task_func;
  GDestroyNotify   result_free;
} Work;

static void
work_in_thread (GTask        *worker,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Work *work = task_data;

  work->task_func (worker, g_task_get_source_object (work->task),
                   g_task_get_task_data (work->task), cancellable);
}

static void
worked_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Work *work = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (work->result_free != NULL)
    {
      gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

      if (error == NULL)
        g_task_return_pointer (task, value, work->result_free);
    }
  else
    {
      gboolean value = g_task_propagate_boolean (G_TASK (result), &error);

      if (error == NULL)
        g_task_return_boolean (task, value);
    }
  if (error != NULL)
    g_task_return_error (task, error);
}

/**
 * xc_task_run_in_thread:
 * @task: a task, with its source object and data
 * @task_func: (scope async): the work
 * @result_free: (nullable): frees the pointer @task_func returns; %NULL
 *   when it returns a boolean
 *
 * As g_task_run_in_thread(), except that the worker thread never holds the
 * last reference to @task: @task, its source object and its data are
 * finalised on @task's context. @task_func is given @task's source object
 * and data, and returns through the task it is given, a pointer or a
 * boolean as @result_free says, or an error; @task returns the same.
 */
void
xc_task_run_in_thread (GTask           *task,
                       GTaskThreadFunc  task_func,
                       GDestroyNotify   result_free)
{
  g_autoptr(GTask) worker = NULL;
  Work *work;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (task_func != NULL);

  work = g_new0 (Work, 1);
  work->task = task;
  work->task_func = task_func;
  work->result_free = result_free;
  worker = g_task_new (NULL, g_task_get_cancellable (task), worked_cb, g_object_ref (task));
  g_task_set_source_tag (worker, xc_task_run_in_thread);
  g_task_set_task_data (worker, work, g_free);
  g_task_run_in_thread (worker, work_in_thread);
}

/* What a worker frees: data, and how. */
typedef struct
{
  gpointer       data;
  GDestroyNotify free_func;
} Garbage;

static void
free_in_thread (gpointer data,
                gpointer user_data)
{
  Garbage *garbage = data;

  garbage->free_func (garbage->data);
  g_free (garbage);
}

/* Frees @data with @free_func in a worker thread, one after another. */
void
_xc_free_in_worker (gpointer       data,
                    GDestroyNotify free_func)
{
  static GThreadPool *pool;
  Garbage *garbage = g_new (Garbage, 1);

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (free_in_thread, NULL, 1, FALSE, NULL));
  garbage->data = data;
  garbage->free_func = free_func;
  g_thread_pool_push (pool, garbage, NULL);
}

/**
 * xc_object_unref_in_worker:
 * @object: (transfer full): an object whose last reference this may be
 *
 * Drops a reference in a worker thread: for large objects that are
 * thread-safe to finalise (a report of tens of thousands of findings, a
 * design's plain records), so freeing them does not hold up the window.
 */
void
xc_object_unref_in_worker (gpointer object)
{
  g_return_if_fail (G_IS_OBJECT (object));

  _xc_free_in_worker (object, g_object_unref);
}
