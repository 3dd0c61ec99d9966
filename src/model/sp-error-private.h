/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/tree.h>

#include "sp-error.h"

G_BEGIN_DECLS

/* Sets @error to "FILE:LINE: WHAT" in the SP_ERROR domain, with WHAT made
 * from @format and cut by sp_error_shorten(), so that a message quoting a
 * hostile file stays short. For the readers of the model. */
void sp_error_set_at      (GError      **error,
                           int           code,
                           const char   *file,
                           guint         line,
                           const char   *format,
                           ...) G_GNUC_PRINTF (5, 6);
/* The same, at the line of @node in an XML file. */
void sp_error_set_at_node (GError      **error,
                           int           code,
                           const char   *file,
                           xmlNode      *node,
                           const char   *format,
                           ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
