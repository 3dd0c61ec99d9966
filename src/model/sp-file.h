/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Refuses devices, pipes and files larger than @max_size before a byte is
 * read, so that a hostile input costs neither memory nor time. A file that
 * cannot be examined passes: the read that follows says why. Errors name
 * @display_name. */
gboolean  sp_file_check_input  (const char  *path,
                                const char  *display_name,
                                gsize        max_size,
                                GError     **error);
/* sp_file_check_input(), then the whole file; errors in SP_ERROR. */
GBytes   *sp_file_read         (const char  *path,
                                const char  *display_name,
                                gsize        max_size,
                                GError     **error);
/* Writes @bytes to a temporary file beside @path, flushes it to the disk
 * and renames it over @path with @mode, so that the old file survives a
 * failure. */
gboolean  sp_file_write_atomic (const char  *path,
                                GBytes      *bytes,
                                int          mode,
                                GError     **error);

G_END_DECLS
