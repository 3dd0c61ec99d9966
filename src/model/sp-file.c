/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-file.h"

#include "sp-error.h"

gboolean
sp_file_check_input (const char  *path,
                     const char  *display_name,
                     gsize        max_size,
                     GError     **error)
{
  GStatBuf info;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (g_stat (path, &info) != 0)
    return TRUE;

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   _("Could not open “%s”: not a regular file"), display_name);
      return FALSE;
    }

  if ((guint64) info.st_size > max_size)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_TOO_LARGE,
                   ngettext ("%s:1: the file is larger than %d byte",
                             "%s:1: the file is larger than %d bytes", max_size),
                   display_name, (int) max_size);
      return FALSE;
    }

  return TRUE;
}

GBytes *
sp_file_read (const char  *path,
              const char  *display_name,
              gsize        max_size,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sp_file_check_input (path, display_name, max_size, error))
    return NULL;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not open “%s”: %s"),
                   display_name, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

gboolean
sp_file_write_atomic (const char  *path,
                      GBytes      *bytes,
                      int          mode,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, &local_error))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not save “%s”: %s"),
                   display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
