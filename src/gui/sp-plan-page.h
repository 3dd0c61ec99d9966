/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-portfolio.h"

G_BEGIN_DECLS

#define SP_TYPE_PLAN_PAGE (sp_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (SpPlanPage, sp_plan_page, SP, PLAN_PAGE, AdwBin)

/**
 * SpPlanPage:
 *
 * The development plan: target profile (the match by default), the
 * largest gaps and one to three goals, each in an SpGoalEditor. Edits go
 * straight into the portfolio's SpPlan, which keeps their undo history
 * ("win.undo", "win.redo"); every change of the plan, undo included, is
 * shown again. Actions: "plan.add-goal", "plan.suggest", and with a goal
 * index "plan.remove-goal", "plan.goal-up", "plan.goal-down". Its export
 * button activates "win.export-pdf".
 */
void sp_plan_page_set_portfolio (SpPlanPage  *self,
                                 SpPortfolio *portfolio,
                                 SpResult    *result);

G_END_DECLS
