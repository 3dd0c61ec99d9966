/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-plan.h"

G_BEGIN_DECLS

/* Replaces the target and every goal as one undo step; takes a reference
 * to @goals (element type SpGoal, owned by the array). */
void sp_plan_set_proposal (SpPlan     *self,
                           const char *target,
                           GPtrArray  *goals);

G_END_DECLS
