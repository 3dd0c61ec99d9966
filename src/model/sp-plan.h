/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-result.h"

G_BEGIN_DECLS

#define SP_PLAN_MAX_GOALS 3

/* How a goal is learnt. */
typedef enum
{
  SP_WAY_EXPERIENCE,  /* learning by doing: a real task */
  SP_WAY_PEOPLE,      /* a mentor, peer feedback, shadowing */
  SP_WAY_COURSE,      /* a course, a workshop, a manual activity */
} SpWay;

/* A gap between the person's score and the level the target profile asks. */
typedef struct
{
  const SpCompetence *competence;
  double              score;   /* 0–100, NAN when not assessed */
  double              target;  /* 75 for the key competence, 50 otherwise */
  double              gap;     /* target − score (target when not assessed) */
} SpGap;

typedef struct
{
  char   *competence_id;  /* may be NULL for a free goal */
  char   *title;
  char   *action;
  SpWay   way;
  GDate   due;            /* invalid when no date is set */
} SpGoal;

SpGoal     *sp_goal_new                (void);
SpGoal     *sp_goal_copy               (const SpGoal *goal);
void        sp_goal_free               (SpGoal       *goal);

#define SP_TYPE_PLAN (sp_plan_get_type ())

G_DECLARE_FINAL_TYPE (SpPlan, sp_plan, SP, PLAN, GObject)

/**
 * SpPlan:
 *
 * A personal development plan: a target profile and one to three goals.
 * Emits "changed" after any edit.
 */
SpPlan       *sp_plan_new                (void);

const char   *sp_plan_get_target         (SpPlan       *self);
void          sp_plan_set_target         (SpPlan       *self,
                                          const char   *profile_id);

guint         sp_plan_get_n_goals        (SpPlan       *self);
const SpGoal *sp_plan_get_goal           (SpPlan       *self,
                                          guint         index);
/* Takes a copy of @goal; returns FALSE when the plan is full. */
gboolean      sp_plan_add_goal           (SpPlan       *self,
                                          const SpGoal *goal);
void          sp_plan_replace_goal       (SpPlan       *self,
                                          guint         index,
                                          const SpGoal *goal);
void          sp_plan_remove_goal        (SpPlan       *self,
                                          guint         index);
void          sp_plan_clear              (SpPlan       *self);

/* The gaps for @target, largest first, key competence first on equal gaps;
 * only competences below their target. Element type SpGap. */
GArray       *sp_plan_compute_gaps       (SpResult        *result,
                                          const SpProfile *target);
/* Replaces the goals with up to three proposals for the largest gaps,
 * dated from @today (one, two and three months ahead). */
void          sp_plan_propose            (SpPlan          *self,
                                          SpResult        *result,
                                          const SpProfile *target,
                                          const GDate     *today);

const char   *sp_way_to_string           (SpWay         way);
gboolean      sp_way_from_string         (const char   *text,
                                          SpWay        *way);
const char   *sp_way_get_label           (SpWay         way);

G_END_DECLS
