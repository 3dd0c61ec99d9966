/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Writes everything it has to write through @write_func and @closure, and
 * returns cairo's status at the end. */
typedef cairo_status_t (*SpExportStreamFunc) (cairo_write_func_t  write_func,
                                              void               *closure,
                                              gpointer            user_data);

/* Writes @data to a temporary file beside @path and renames it over
 * @path with @mode, so a failure leaves no partial file and the old one as
 * it was. The error names the file. */
gboolean sp_export_write_file      (const char          *path,
                                    const char          *data,
                                    gsize                length,
                                    int                  mode,
                                    GError             **error);
/* The same for output made in a stream (a cairo surface): @func writes
 * into a temporary file beside @path, which is flushed to the disk and
 * renamed over @path only when all went well. */
gboolean sp_export_write_stream    (const char          *path,
                                    int                  mode,
                                    SpExportStreamFunc   func,
                                    gpointer             user_data,
                                    GError             **error);
/* "Could not write “PATH”: REASON" in SP_ERROR. */
void     sp_export_set_write_error (GError             **error,
                                    const char          *path,
                                    const char          *reason);

G_END_DECLS
