/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-export-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-export-file.h"

#include "sp-error.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

/* Where the bytes of a stream go: a file descriptor, and the first write
 * error. */
typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : EIO;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_to_fd (int                  fd,
             const char          *path,
             SpExportStreamFunc   func,
             gpointer             user_data,
             GError             **error)
{
  Sink sink = { fd, 0 };
  cairo_status_t status;

  status = func (sink_write, &sink, user_data);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      sp_export_set_write_error (error, path,
                                 sink.saved_errno != 0 ? g_strerror (sink.saved_errno)
                                                       : cairo_status_to_string (status));
      return FALSE;
    }

  if (fsync (fd) != 0 && errno != EINVAL)
    {
      sp_export_set_write_error (error, path, g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

void
sp_export_set_write_error (GError     **error,
                           const char  *path,
                           const char  *reason)
{
  g_autofree char *display_name = g_filename_display_name (path);

  g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not write “%s”: %s"),
               display_name, reason);
}

gboolean
sp_export_write_file (const char  *path,
                      const char  *data,
                      gsize        length,
                      int          mode,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, mode,
                                 &local_error))
    {
      sp_export_set_write_error (error, path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
sp_export_write_stream (const char          *path,
                        int                  mode,
                        SpExportStreamFunc   func,
                        gpointer             user_data,
                        GError             **error)
{
  g_autofree char *tmp_path = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    {
      sp_export_set_write_error (error, path, g_strerror (errno));
      return FALSE;
    }

  ok = write_to_fd (fd, path, func, user_data, error);
  if (close (fd) != 0 && ok)
    {
      sp_export_set_write_error (error, path, g_strerror (errno));
      ok = FALSE;
    }
  if (ok && g_rename (tmp_path, path) != 0)
    {
      sp_export_set_write_error (error, path, g_strerror (errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (tmp_path);

  return ok;
}
