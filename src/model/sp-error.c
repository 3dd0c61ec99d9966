/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-error"

#include "config.h"

#include "sp-error.h"

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
