/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-export-file"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-export-file.h"

#include "sp-error.h"

gboolean
sp_export_write_file (const char  *path,
                      const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not write “%s”: %s"),
                   display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
