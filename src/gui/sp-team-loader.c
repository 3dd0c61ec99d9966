/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-loader.h"

typedef struct
{
  char *display_name;
  char *message;
} Failure;

struct _SpTeamLoader
{
  GObject     parent_instance;

  GStrv       paths;

  /* Written by the worker, read by the main thread. */
  guint       n_done;
  guint       n_total;

  /* Written by the worker only; read after it finished. */
  GPtrArray  *shares;
  GPtrArray  *share_names;
  GArray     *failures;
};

G_DEFINE_FINAL_TYPE (SpTeamLoader, sp_team_loader, G_TYPE_OBJECT)

static void
clear_failure (gpointer data)
{
  Failure *failure = data;

  g_clear_pointer (&failure->display_name, g_free);
  g_clear_pointer (&failure->message, g_free);
}

static void
add_failure (SpTeamLoader *self,
             const char   *path,
             const char   *message)
{
  Failure failure = {
    .display_name = g_filename_display_basename (path),
    .message = g_strdup (message),
  };

  g_array_append_val (self->failures, failure);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The share files of @dir, in name order, appended to @files. */
static void
list_folder (SpTeamLoader *self,
             const char   *dir_path,
             GPtrArray    *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The folder could not be read: %s"),
                                                  error->message);

      add_failure (self, dir_path, message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (name, SP_SHARE_EXTENSION))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (found, g_steal_pointer (&path));
    }

  g_ptr_array_sort (found, compare_paths);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (files, g_steal_pointer (&g_ptr_array_index (found, i)));
}

static GPtrArray *
expand_paths (SpTeamLoader *self,
              GCancellable *cancellable)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->paths [i] != NULL; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;

      if (g_file_test (self->paths [i], G_FILE_TEST_IS_DIR))
        list_folder (self, self->paths [i], files);
      else
        g_ptr_array_add (files, g_strdup (self->paths [i]));

      g_atomic_int_set (&self->n_total, files->len);
    }

  return files;
}

static void
keep_result (SpTeamLoader *self,
             const char   *path,
             SpShare      *share,
             GError       *error)
{
  if (share == NULL)
    {
      g_debug ("Skipped %s: %s", path, error->message);
      add_failure (self, path, error->message);
      return;
    }

  g_ptr_array_add (self->shares, g_object_ref (share));
  g_ptr_array_add (self->share_names, g_filename_display_basename (path));
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SpTeamLoader *self = source_object;
  g_autoptr(GPtrArray) files = expand_paths (self, cancellable);
  g_autofree SpShare **shares = g_new (SpShare *, MAX (files->len, 1));
  g_autofree GError **errors = g_new (GError *, MAX (files->len, 1));

  /* Read on several threads; kept in the files' order. */
  sp_share_load_many ((const char * const *) files->pdata, files->len, 0, shares, errors,
                      &self->n_done, cancellable);

  for (guint i = 0; i < files->len; i++)
    {
      if (!g_cancellable_is_cancelled (cancellable))
        keep_result (self, g_ptr_array_index (files, i), shares[i], errors[i]);

      g_clear_object (&shares[i]);
      g_clear_error (&errors[i]);
    }

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

static void
sp_team_loader_finalize (GObject *object)
{
  SpTeamLoader *self = SP_TEAM_LOADER (object);

  g_clear_pointer (&self->paths, g_strfreev);
  g_clear_pointer (&self->shares, g_ptr_array_unref);
  g_clear_pointer (&self->share_names, g_ptr_array_unref);
  g_clear_pointer (&self->failures, g_array_unref);

  G_OBJECT_CLASS (sp_team_loader_parent_class)->finalize (object);
}

static void
sp_team_loader_class_init (SpTeamLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_team_loader_finalize;
}

static void
sp_team_loader_init (SpTeamLoader *self)
{
  self->shares = g_ptr_array_new_with_free_func (g_object_unref);
  self->share_names = g_ptr_array_new_with_free_func (g_free);
  self->failures = g_array_new (FALSE, TRUE, sizeof (Failure));
  g_array_set_clear_func (self->failures, clear_failure);
}

/**
 * sp_team_loader_new:
 * @paths: share files and folders of them
 *
 * Returns: (transfer full): a loader for @paths
 */
SpTeamLoader *
sp_team_loader_new (const char * const *paths)
{
  SpTeamLoader *self;

  g_return_val_if_fail (paths != NULL, NULL);

  self = g_object_new (SP_TYPE_TEAM_LOADER, NULL);
  self->paths = g_strdupv ((char **) paths);

  return self;
}

void
sp_team_loader_run_async (SpTeamLoader        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SP_IS_TEAM_LOADER (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sp_team_loader_run_async);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
sp_team_loader_run_finish (SpTeamLoader  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
sp_team_loader_get_n_done (SpTeamLoader *self)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), 0);

  return g_atomic_int_get (&self->n_done);
}

guint
sp_team_loader_get_n_total (SpTeamLoader *self)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), 0);

  return g_atomic_int_get (&self->n_total);
}

guint
sp_team_loader_get_n_shares (SpTeamLoader *self)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), 0);

  return self->shares->len;
}

SpShare *
sp_team_loader_get_share (SpTeamLoader  *self,
                          guint          index,
                          const char   **display_name)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), NULL);
  g_return_val_if_fail (index < self->shares->len, NULL);

  if (display_name != NULL)
    *display_name = g_ptr_array_index (self->share_names, index);

  return g_ptr_array_index (self->shares, index);
}

guint
sp_team_loader_get_n_failures (SpTeamLoader *self)
{
  g_return_val_if_fail (SP_IS_TEAM_LOADER (self), 0);

  return self->failures->len;
}

void
sp_team_loader_get_failure (SpTeamLoader  *self,
                            guint          index,
                            const char   **display_name,
                            const char   **message)
{
  const Failure *failure;

  g_return_if_fail (SP_IS_TEAM_LOADER (self));
  g_return_if_fail (index < self->failures->len);

  failure = &g_array_index (self->failures, Failure, index);
  if (display_name != NULL)
    *display_name = failure->display_name;
  if (message != NULL)
    *message = failure->message;
}
