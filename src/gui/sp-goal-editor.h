/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-plan.h"

G_BEGIN_DECLS

#define SP_TYPE_GOAL_EDITOR (sp_goal_editor_get_type ())

G_DECLARE_FINAL_TYPE (SpGoalEditor, sp_goal_editor, SP, GOAL_EDITOR, AdwBin)

/**
 * SpGoalEditor:
 *
 * One goal of a plan: title, why, success measure, review date, status
 * and its actions. Edits go straight into the plan with
 * sp_plan_replace_goal(); typing in one field is one undo step. Its move
 * and remove buttons (and Ctrl+Up, Ctrl+Down) activate "plan.goal-up",
 * "plan.goal-down" and "plan.remove-goal" with the goal's index.
 */
GtkWidget *sp_goal_editor_new          (SpFramework  *framework,
                                        SpPlan       *plan);
/* Shows goal @index of the plan's @n_goals; only fields that differ from
 * the plan are touched, so typing is not disturbed. */
void       sp_goal_editor_sync         (SpGoalEditor *self,
                                        guint         index,
                                        guint         n_goals);
/* @competence_reached: the goal's competence now meets the target role's
 * aim. @level: the library level that fits the competence's score. */
void       sp_goal_editor_set_progress (SpGoalEditor *self,
                                        gboolean      competence_reached,
                                        SpLevel       level);
guint      sp_goal_editor_get_index    (SpGoalEditor *self);
/* TRUE when the goal is shown as reached: done, or its competence at the
 * aim. */
gboolean   sp_goal_editor_get_reached  (SpGoalEditor *self);
/* Moves the keyboard focus to the field of @self that matches @focus in
 * @other, after a goal moved from @other to @self. */
void       sp_goal_editor_follow_focus (SpGoalEditor *self,
                                        SpGoalEditor *other,
                                        GtkWidget    *focus);
void       sp_goal_editor_focus_title  (SpGoalEditor *self);

G_END_DECLS
