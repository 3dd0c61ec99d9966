/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-portfolio.h"

G_BEGIN_DECLS

/* Writes the personal development plan of @portfolio as an A4 PDF: name
 * and date, the avatar of the match, the explanation, the radar chart, the
 * competence table (score in words and number) and the goals. Writes to a
 * temporary file renamed over @path, so a failure leaves no partial PDF. */
gboolean sp_pdf_export_plan (SpPortfolio  *portfolio,
                             const char   *path,
                             GError      **error);

G_END_DECLS
