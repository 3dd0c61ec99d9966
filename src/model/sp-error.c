/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-error"

#include "config.h"

#include "sp-error.h"

#include "sp-error-private.h"
#include "sp-xml-private.h"

#include <glib.h>

G_DEFINE_QUARK (sp-error-quark, sp_error)

char *
sp_error_shorten (char *what)
{
  char *end;
  char *shorter;

  g_return_val_if_fail (what != NULL, NULL);

  if (!g_utf8_validate (what, -1, NULL) || g_utf8_strlen (what, -1) <= SP_ERROR_MAX_DETAIL)
    return what;

  end = g_utf8_offset_to_pointer (what, SP_ERROR_MAX_DETAIL - 1);
  shorter = g_strdup_printf ("%.*s…", (int) (end - what), what);
  g_free (what);

  return shorter;
}

static void G_GNUC_PRINTF (5, 0)
set_at_valist (GError     **error,
               int          code,
               const char  *file,
               guint        line,
               const char  *format,
               va_list      args)
{
  g_autofree char *what = sp_error_shorten (g_strdup_vprintf (format, args));

  g_set_error (error, SP_ERROR, code, "%s:%u: %s", file, line, what);
}

void
sp_error_set_at (GError     **error,
                 int          code,
                 const char  *file,
                 guint        line,
                 const char  *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  set_at_valist (error, code, file, line, format, args);
  va_end (args);
}

void
sp_error_set_at_node (GError     **error,
                      int          code,
                      const char  *file,
                      xmlNode     *node,
                      const char  *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  set_at_valist (error, code, file, sp_xml_get_line (node), format, args);
  va_end (args);
}
