/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-assessment.h"
#include "sp-plan.h"

G_BEGIN_DECLS

#define SP_PORTFOLIO_FORMAT 2
#define SP_PORTFOLIO_EXTENSION ".sseportfolio"
#define SP_PORTFOLIO_MAX_SIZE (4 * 1024 * 1024)

#define SP_TYPE_PORTFOLIO (sp_portfolio_get_type ())

G_DECLARE_FINAL_TYPE (SpPortfolio, sp_portfolio, SP, PORTFOLIO, GObject)

/**
 * SpPortfolio:
 *
 * What a person keeps: their name, their assessment and their plan.
 * Stored as a `.sseportfolio` XML file (profiles/portfolio.rng).
 */
SpPortfolio  *sp_portfolio_new            (SpFramework  *framework);
/* Reads and validates a portfolio file; never returns a half-loaded one. */
SpPortfolio  *sp_portfolio_load           (SpFramework  *framework,
                                           const char   *path,
                                           GError      **error);
SpPortfolio  *sp_portfolio_load_bytes     (SpFramework  *framework,
                                           GBytes       *bytes,
                                           const char   *display_name,
                                           GError      **error);
/* Writes atomically: a temporary file renamed over @path. On failure the
 * old file is left as it was. */
gboolean      sp_portfolio_save           (SpPortfolio  *self,
                                           const char   *path,
                                           GError      **error);
/* The serialised file, for autosave and tests. */
GBytes       *sp_portfolio_to_bytes       (SpPortfolio  *self);

SpFramework  *sp_portfolio_get_framework  (SpPortfolio  *self);
/* Every assessment with its date, oldest first; there is always one. */
guint         sp_portfolio_get_n_assessments (SpPortfolio *self);
SpAssessment *sp_portfolio_get_assessment_at (SpPortfolio *self,
                                              guint        index);
/* The newest assessment, the one being answered or shown. */
SpAssessment *sp_portfolio_get_assessment (SpPortfolio  *self);
/* The one before the newest, or NULL when there is only one. */
SpAssessment *sp_portfolio_get_previous_assessment (SpPortfolio *self);
/* Replaces the newest assessment. */
void          sp_portfolio_set_assessment (SpPortfolio  *self,
                                           SpAssessment *assessment);
/* Starts a new assessment from the newest one's answers, dated now, and
 * appends it; returns it (borrowed). */
SpAssessment *sp_portfolio_start_assessment (SpPortfolio *self);
SpPlan       *sp_portfolio_get_plan       (SpPortfolio  *self);
const char   *sp_portfolio_get_name       (SpPortfolio  *self);
void          sp_portfolio_set_name       (SpPortfolio  *self,
                                           const char   *name);

/* Reads answers from CSV with header `item_id,value` (value 1–5, empty or
 * `skip`) into @assessment. Unknown or duplicate items, values out of range
 * and malformed lines fail with a message naming the file and line; on
 * failure @assessment is left unchanged. */
gboolean      sp_answers_csv_load         (SpAssessment *assessment,
                                           const char   *path,
                                           GError      **error);
gboolean      sp_answers_csv_load_bytes   (SpAssessment *assessment,
                                           GBytes       *bytes,
                                           const char   *display_name,
                                           GError      **error);

G_END_DECLS
