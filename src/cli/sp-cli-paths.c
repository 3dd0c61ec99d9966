/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-cli-paths"

#include "config.h"

#include "sp-cli-paths.h"

#include <gio/gio.h>

#include "sp-portfolio.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

/* How much of a file is read to find its root element. */
#define SP_CLI_SNIFF_SIZE 4096

static char *
dup_normalised (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *parent = g_path_get_dirname (absolute);
  g_autofree char *base = g_path_get_basename (absolute);
  g_autofree char *real_parent = realpath (parent, NULL);

  if (real_parent == NULL)
    return g_steal_pointer (&absolute);

  return g_build_filename (real_parent, base, NULL);
}

char *
sp_cli_path_dup_key (const char *path)
{
  GStatBuf info;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &info) == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                            (guint64) info.st_dev, (guint64) info.st_ino);

  return dup_normalised (path);
}

/* Skips a byte order mark, white space, the XML declaration, processing
 * instructions and comments; TRUE when the first element is <portfolio. */
static gboolean
starts_with_portfolio (const char *data,
                       gsize       size)
{
  const char *p = data;
  const char *end = data + size;

  if (size >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *close;

      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p + 1 >= end || *p != '<')
        return FALSE;
      if (p[1] != '?' && p[1] != '!')
        break;
      close = memchr (p, '>', (gsize) (end - p));
      if (close == NULL)
        return FALSE;
      p = close + 1;
    }

  p++;
  return (gsize) (end - p) > strlen ("portfolio") &&
         strncmp (p, "portfolio", strlen ("portfolio")) == 0 &&
         (g_ascii_isspace (p[9]) || p[9] == '>' || p[9] == '/');
}

gboolean
sp_cli_path_is_portfolio (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char data[SP_CLI_SNIFF_SIZE];
  gsize size = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  if (g_str_has_suffix (path, SP_PORTFOLIO_EXTENSION))
    return TRUE;

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), data, sizeof data, &size, NULL, &error))
    return FALSE;

  return starts_with_portfolio (data, size);
}
