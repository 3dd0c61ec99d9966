/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-result.h"

G_BEGIN_DECLS

#define SP_PLAN_MAX_GOALS 3

/* How something is learnt (70-20-10). */
typedef enum
{
  SP_WAY_EXPERIENCE,  /* learning by doing: a real task */
  SP_WAY_PEOPLE,      /* a mentor, peer feedback, shadowing */
  SP_WAY_COURSE,      /* a course, a workshop, a library activity */
} SpWay;

typedef enum
{
  SP_PROGRESS_PLANNED,
  SP_PROGRESS_IN_PROGRESS,
  SP_PROGRESS_DONE,
} SpProgress;

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
  char       *uid;          /* stable across saves and exports (iCalendar UID) */
  SpWay       kind;
  char       *description;
  char       *activity_id;  /* a library activity, or NULL */
  GDate       date;         /* invalid when no date is set */
  SpProgress  status;
  char       *evidence;     /* what shows it was done, or NULL */
} SpAction;

typedef struct
{
  char       *uid;            /* stable across saves and exports */
  char       *competence_id;  /* may be NULL for a free goal */
  char       *title;
  char       *why;
  char       *success;        /* how the person will know it is reached */
  GDate       due;            /* review date; invalid when none */
  SpProgress  status;
  GPtrArray  *actions;        /* SpAction, owned */
} SpGoal;

SpAction   *sp_action_new              (SpWay           kind);
SpAction   *sp_action_copy             (const SpAction *action);
void        sp_action_free             (SpAction       *action);

/* New goals and actions get a fresh uid; copies keep it. */
SpGoal     *sp_goal_new                (void);
SpGoal     *sp_goal_copy               (const SpGoal   *goal);
void        sp_goal_free               (SpGoal         *goal);
/* Takes ownership of @action. */
void        sp_goal_add_action         (SpGoal         *goal,
                                        SpAction       *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpGoal, sp_goal_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpAction, sp_action_free)

#define SP_TYPE_PLAN (sp_plan_get_type ())

G_DECLARE_FINAL_TYPE (SpPlan, sp_plan, SP, PLAN, GObject)

/**
 * SpPlan:
 *
 * A personal development plan: a target profile and one to three goals,
 * each with actions. Every edit can be undone and redone. Emits "changed"
 * after any edit, undo or redo.
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
void          sp_plan_move_goal          (SpPlan       *self,
                                          guint         from,
                                          guint         to);
void          sp_plan_clear              (SpPlan       *self);

/* Undo: each edit above is one step, except that consecutive
 * sp_plan_replace_goal() calls on the same goal within one "edit group"
 * (sp_plan_begin_edit … sp_plan_end_edit, e.g. typing in one field)
 * form one step. */
void          sp_plan_begin_edit         (SpPlan       *self);
void          sp_plan_end_edit           (SpPlan       *self);
gboolean      sp_plan_can_undo           (SpPlan       *self);
gboolean      sp_plan_can_redo           (SpPlan       *self);
gboolean      sp_plan_undo               (SpPlan       *self);
gboolean      sp_plan_redo               (SpPlan       *self);
/* Forgets every undo and redo step, e.g. after loading a file. */
void          sp_plan_clear_history      (SpPlan       *self);

/* The gaps for @target, ranked: the most important competence first, then
 * the largest gap; only competences below their target. Element type
 * SpGap. */
GArray       *sp_plan_compute_gaps       (SpResult        *result,
                                          const SpProfile *target);
/* Replaces the goals with up to three SMART proposals for the top gaps,
 * each with a mix of actions (mostly experience, some people, some
 * formal: a library activity at the level that fits the score), reviewed
 * one, two and three months after @today. */
void          sp_plan_propose            (SpPlan          *self,
                                          SpResult        *result,
                                          const SpProfile *target,
                                          const GDate     *today);

const char   *sp_way_to_string           (SpWay         way);
gboolean      sp_way_from_string         (const char   *text,
                                          SpWay        *way);
const char   *sp_way_get_label           (SpWay         way);
const char   *sp_progress_to_string      (SpProgress    progress);
gboolean      sp_progress_from_string    (const char   *text,
                                          SpProgress   *progress);
const char   *sp_progress_get_label      (SpProgress    progress);

G_END_DECLS
