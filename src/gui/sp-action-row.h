/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-plan.h"

G_BEGIN_DECLS

#define SP_TYPE_ACTION_ROW (sp_action_row_get_type ())

G_DECLARE_FINAL_TYPE (SpActionRow, sp_action_row, SP, ACTION_ROW, AdwExpanderRow)

/**
 * SpActionRow:
 *
 * One action of a goal: collapsed, what to do with its kind, status and
 * date; expanded, every field to edit, the library activity it comes from
 * and buttons that activate "goal.action-up", "goal.action-down" and
 * "goal.remove-action" with the row's index. Emits "changed" after each
 * edit; sp_action_row_get_action() then has the new values.
 */
GtkWidget      *sp_action_row_new        (SpFramework    *framework,
                                          SpPlan         *plan);
/* Shows @action, the @index-th of @n_actions, without emitting "changed". */
void            sp_action_row_set_action (SpActionRow    *self,
                                          const SpAction *action,
                                          guint           index,
                                          guint           n_actions);
const SpAction *sp_action_row_get_action (SpActionRow    *self);

G_END_DECLS
