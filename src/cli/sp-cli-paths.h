/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A key that is equal for two paths naming the same file: the device and
 * inode when the file exists, else the absolute, normalised path (with the
 * parent folder's symbolic links resolved when it exists). */
char     *sp_cli_path_dup_key      (const char *path);
/* TRUE when @path exists and is a saved portfolio: its name ends in
 * .sseportfolio, or it starts with a <portfolio> root element. */
gboolean  sp_cli_path_is_portfolio (const char *path);

G_END_DECLS
