/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @data to a temporary file beside @path and renames it over
 * @path, so a failure leaves no partial file and the old one as it was.
 * The error names the file. */
gboolean sp_export_write_file (const char  *path,
                               const char  *data,
                               gsize        length,
                               GError     **error);

G_END_DECLS
