/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates as people read them, in the language of the interface
 * ("4 December 2026"). Files never use these: they store ISO 8601. */
char *sp_format_date_time (GDateTime   *date_time);
char *sp_format_date      (const GDate *date);

G_END_DECLS
