/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-portfolio.h"

G_BEGIN_DECLS

/* The header of the CSV export. Rows by section:
 *   assessment  id = date (ISO 8601, UTC), value = items answered
 *   answer      id = item, competence_id, dimension (K/S/A),
 *               value = 1–5, "skip" or empty (not answered), text = the
 *               statement, parent = the assessment's date
 *   score       id = competence_id = the competence, value = 0–100 with
 *               one decimal or empty (not assessed), text = its name,
 *               parent = the assessment's date
 *   plan        id = the target profile, text = its name
 *   goal        id = uid, competence_id, text = title, parent = target,
 *               status, date = review date, why, success
 *   action      id = uid, competence_id of its goal, text = description,
 *               parent = goal uid, status, date, kind, activity_id, evidence
 * Free text starting with = + - @ gets a leading apostrophe. */
#define SP_CSV_EXPORT_HEADER \
  "section,id,competence_id,dimension,value,text," \
  "parent,status,date,kind,activity_id,why,success,evidence"

/* Every assessment with its answers (every item, answered or not) and
 * competence scores, then the plan with its goals and actions, as one
 * RFC 4180 CSV document (UTF-8, CRLF line ends) whose first column names
 * the section of each row. */
char     *sp_csv_export_to_string (SpPortfolio  *portfolio);
/* Writes the same to @path, atomically. */
gboolean  sp_csv_export_portfolio (SpPortfolio  *portfolio,
                                   const char   *path,
                                   GError      **error);

/* RFC 4180: @field as it is, or quoted when it holds a comma, a quote or
 * a line break; NULL is an empty field. */
void      sp_csv_append_field     (GString      *out,
                                   const char   *field);
/* A score with one decimal and a dot whatever the locale, or `na`. */
void      sp_csv_append_score     (GString      *out,
                                   double        score);

G_END_DECLS
