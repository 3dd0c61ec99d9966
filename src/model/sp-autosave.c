/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-autosave"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-autosave.h"

#include "sp-error.h"
#include "sp-file.h"

#include <errno.h>
#include <string.h>

#define AUTOSAVE_PREFIX "autosave-"

struct _SpAutosave
{
  GObject      parent_instance;

  char        *path;
  SpPortfolio *portfolio;
  guint        delay_ms;
  guint        timeout_id;

  /* One file operation at a time, in order: what waits behind the write
   * in flight. */
  gboolean     writing;
  GBytes      *queued;
  gboolean     delete_queued;
};

G_DEFINE_FINAL_TYPE (SpAutosave, sp_autosave, G_TYPE_OBJECT)

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_write (SpAutosave *self,
                         GBytes     *bytes);

/* The folder may have vanished since the last write, or have been made
 * by someone else with looser rights. */
static gboolean
ensure_private_dir (const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (dir);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not create the folder “%s”: %s"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_file (const char  *path,
            GBytes      *bytes,
            GError     **error)
{
  return ensure_private_dir (path, error) && sp_file_write_atomic (path, bytes, 0600, error);
}

static void
delete_file (const char *path)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_debug ("Could not delete an autosave: %s", g_strerror (errno));
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  SpAutosave *self = source_object;
  GError *error = NULL;

  if (write_file (self->path, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_write_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SpAutosave *self = SP_AUTOSAVE (object);
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_signal_emit (self, signals[SAVED], 0);
  else
    g_signal_emit (self, signals[FAILED], 0, error);

  if (self->delete_queued)
    {
      self->delete_queued = FALSE;
      delete_file (self->path);
    }
  else if (self->queued != NULL)
    {
      g_autoptr(GBytes) next = g_steal_pointer (&self->queued);

      start_write (self, next);
    }
}

static void
start_write (SpAutosave *self,
             GBytes     *bytes)
{
  g_autoptr(GTask) task = NULL;

  if (self->writing)
    {
      g_clear_pointer (&self->queued, g_bytes_unref);
      self->queued = g_bytes_ref (bytes);
      self->delete_queued = FALSE;
      return;
    }

  self->writing = TRUE;
  task = g_task_new (self, NULL, on_write_done, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_in_thread);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  SpAutosave *self = user_data;
  g_autoptr(GBytes) bytes = NULL;

  self->timeout_id = 0;
  if (self->portfolio == NULL)
    return G_SOURCE_REMOVE;

  /* Serialising is quick and must see the portfolio on its own thread;
   * only the disk work moves to the worker. */
  bytes = sp_portfolio_to_bytes (self->portfolio);
  start_write (self, bytes);

  return G_SOURCE_REMOVE;
}

/* Not reset by further changes: a steady stream of answers is still
 * written every delay. */
static void
on_portfolio_changed_cb (SpAutosave *self)
{
  if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add (self->delay_ms, on_timeout_cb, self);
}

static void
disconnect_portfolio (SpAutosave *self)
{
  if (self->portfolio == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_clear_object (&self->portfolio);
}

static void
sp_autosave_dispose (GObject *object)
{
  SpAutosave *self = SP_AUTOSAVE (object);

  /* A change still waiting for its timeout is written now, in this
   * thread: the last answers before a window goes must not be lost. */
  if (self->timeout_id != 0 && self->portfolio != NULL)
    {
      g_autoptr(GBytes) bytes = sp_portfolio_to_bytes (self->portfolio);
      g_autoptr(GError) error = NULL;

      if (!write_file (self->path, bytes, &error))
        g_warning ("Could not write the last autosave: %s", error->message);
    }
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  disconnect_portfolio (self);

  G_OBJECT_CLASS (sp_autosave_parent_class)->dispose (object);
}

static void
sp_autosave_finalize (GObject *object)
{
  SpAutosave *self = SP_AUTOSAVE (object);

  g_clear_pointer (&self->queued, g_bytes_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sp_autosave_parent_class)->finalize (object);
}

static void
sp_autosave_class_init (SpAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sp_autosave_dispose;
  object_class->finalize = sp_autosave_finalize;

  /**
   * SpAutosave::saved:
   *
   * The file now holds the portfolio as it was when the write began.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SpAutosave::failed:
   * @error: why, naming the file
   *
   * A write failed; the previous file, if any, is as it was.
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sp_autosave_init (SpAutosave *self)
{
  self->delay_ms = SP_AUTOSAVE_DELAY_MS;
}

SpAutosave *
sp_autosave_new (const char *path)
{
  SpAutosave *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (SP_TYPE_AUTOSAVE, NULL);
  self->path = g_strdup (path);

  return self;
}

const char *
sp_autosave_get_path (SpAutosave *self)
{
  g_return_val_if_fail (SP_IS_AUTOSAVE (self), NULL);

  return self->path;
}

void
sp_autosave_set_portfolio (SpAutosave  *self,
                           SpPortfolio *portfolio)
{
  g_return_if_fail (SP_IS_AUTOSAVE (self));
  g_return_if_fail (portfolio == NULL || SP_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  disconnect_portfolio (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (portfolio == NULL)
    return;

  self->portfolio = g_object_ref (portfolio);
  g_signal_connect_object (portfolio, "changed", G_CALLBACK (on_portfolio_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
sp_autosave_set_delay (SpAutosave *self,
                       guint       delay_ms)
{
  g_return_if_fail (SP_IS_AUTOSAVE (self));

  self->delay_ms = delay_ms;
}

void
sp_autosave_discard (SpAutosave *self)
{
  g_return_if_fail (SP_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->queued, g_bytes_unref);

  if (self->writing)
    self->delete_queued = TRUE;
  else
    delete_file (self->path);
}

gboolean
sp_autosave_is_busy (SpAutosave *self)
{
  g_return_val_if_fail (SP_IS_AUTOSAVE (self), FALSE);

  return self->timeout_id != 0 || self->writing;
}

char *
sp_autosave_dup_default_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), PACKAGE_NAME, NULL);
}

char *
sp_autosave_build_path (const char *dir)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = g_strconcat (AUTOSAVE_PREFIX, uuid, SP_PORTFOLIO_EXTENSION, NULL);

  g_return_val_if_fail (dir != NULL, NULL);

  return g_build_filename (dir, name, NULL);
}

typedef struct
{
  char   *path;
  gint64  mtime;
} Found;

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = a, *fb = b;

  if (fa->mtime != fb->mtime)
    return fa->mtime < fb->mtime ? -1 : 1;

  return strcmp (fa->path, fb->path);
}

GPtrArray *
sp_autosave_list (const char *dir)
{
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      Found entry;
      GStatBuf info;

      if (!g_str_has_prefix (name, AUTOSAVE_PREFIX) ||
          !g_str_has_suffix (name, SP_PORTFOLIO_EXTENSION))
        continue;

      entry.path = g_build_filename (dir, name, NULL);
      if (g_stat (entry.path, &info) != 0 || !S_ISREG (info.st_mode))
        {
          g_free (entry.path);
          continue;
        }
      entry.mtime = info.st_mtime;
      g_array_append_val (found, entry);
    }

  g_array_sort (found, compare_found);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (paths, g_array_index (found, Found, i).path);

  return paths;
}

gboolean
sp_autosave_set_aside (const char  *path,
                       GError     **error)
{
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  aside = g_strconcat (path, ".broken", NULL);
  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not rename “%s”: %s"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
