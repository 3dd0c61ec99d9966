/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-result.h"

G_BEGIN_DECLS

#define SP_TYPE_RESULT_PAGE (sp_result_page_get_type ())

G_DECLARE_FINAL_TYPE (SpResultPage, sp_result_page, SP, RESULT_PAGE, AdwBin)

/**
 * SpResultPage:
 *
 * The result: avatar, headline and explanation, all ten affinities and
 * the radar chart; with a comparison, the earlier radar overlaid and what
 * moved. Its buttons activate "win.show-plan" and
 * "win.review-answers".
 */
void  sp_result_page_set_result     (SpResultPage *self,
                                    SpResult     *result);
void  sp_result_page_set_comparison (SpResultPage *self,
                                    SpResult     *previous,
                                    GDateTime    *previous_date,
                                    GDateTime    *date);
guint sp_result_page_get_n_moved    (SpResultPage *self);

G_END_DECLS
