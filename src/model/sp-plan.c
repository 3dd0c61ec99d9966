/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan.h"

#include "sp-plan-private.h"

/* Enough for a long editing session; the oldest steps are dropped. */
#define MAX_UNDO_STEPS 200

/* The whole plan as it was before one edit. Plans are small (three goals
 * with a few actions), so a step keeps a full copy rather than a diff. */
typedef struct
{
  char      *target;
  GPtrArray *goals;   /* SpGoal, owned */
} Snapshot;

struct _SpPlan
{
  GObject    parent_instance;

  char      *target;   /* profile id, or NULL */
  GPtrArray *goals;    /* SpGoal, owned */

  GPtrArray *undo;     /* Snapshot, oldest first */
  GPtrArray *redo;     /* Snapshot, the next redo last */
  guint      edit_depth;
  int        group_goal;  /* the goal replaced in the open edit group, or -1 */
};

G_DEFINE_FINAL_TYPE (SpPlan, sp_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SpAction *
sp_action_new (SpWay kind)
{
  SpAction *action = g_new0 (SpAction, 1);

  action->uid = g_uuid_string_random ();
  action->kind = kind;
  action->status = SP_PROGRESS_PLANNED;
  g_date_clear (&action->date, 1);

  return action;
}

SpAction *
sp_action_copy (const SpAction *action)
{
  SpAction *copy;

  g_return_val_if_fail (action != NULL, NULL);

  copy = g_new0 (SpAction, 1);
  copy->uid = g_strdup (action->uid);
  copy->kind = action->kind;
  copy->description = g_strdup (action->description);
  copy->activity_id = g_strdup (action->activity_id);
  copy->date = action->date;
  copy->status = action->status;
  copy->evidence = g_strdup (action->evidence);

  return copy;
}

void
sp_action_free (SpAction *action)
{
  if (action == NULL)
    return;

  g_free (action->uid);
  g_free (action->description);
  g_free (action->activity_id);
  g_free (action->evidence);
  g_free (action);
}

SpGoal *
sp_goal_new (void)
{
  SpGoal *goal = g_new0 (SpGoal, 1);

  goal->uid = g_uuid_string_random ();
  goal->status = SP_PROGRESS_PLANNED;
  goal->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_action_free);
  g_date_clear (&goal->due, 1);

  return goal;
}

SpGoal *
sp_goal_copy (const SpGoal *goal)
{
  SpGoal *copy;

  g_return_val_if_fail (goal != NULL, NULL);

  copy = g_new0 (SpGoal, 1);
  copy->uid = g_strdup (goal->uid);
  copy->competence_id = g_strdup (goal->competence_id);
  copy->title = g_strdup (goal->title);
  copy->why = g_strdup (goal->why);
  copy->success = g_strdup (goal->success);
  copy->due = goal->due;
  copy->status = goal->status;
  copy->actions = g_ptr_array_new_full (goal->actions != NULL ? goal->actions->len : 0,
                                        (GDestroyNotify) sp_action_free);
  for (guint i = 0; goal->actions != NULL && i < goal->actions->len; i++)
    g_ptr_array_add (copy->actions, sp_action_copy (g_ptr_array_index (goal->actions, i)));

  return copy;
}

void
sp_goal_free (SpGoal *goal)
{
  if (goal == NULL)
    return;

  g_free (goal->uid);
  g_free (goal->competence_id);
  g_free (goal->title);
  g_free (goal->why);
  g_free (goal->success);
  g_clear_pointer (&goal->actions, g_ptr_array_unref);
  g_free (goal);
}

void
sp_goal_add_action (SpGoal   *goal,
                    SpAction *action)
{
  g_return_if_fail (goal != NULL);
  g_return_if_fail (action != NULL);

  if (goal->actions == NULL)
    goal->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_action_free);
  g_ptr_array_add (goal->actions, action);
}

/* Undo history. */

static GPtrArray *
copy_goals (GPtrArray *goals)
{
  GPtrArray *copy = g_ptr_array_new_full (goals->len, (GDestroyNotify) sp_goal_free);

  for (guint i = 0; i < goals->len; i++)
    g_ptr_array_add (copy, sp_goal_copy (g_ptr_array_index (goals, i)));

  return copy;
}

static Snapshot *
snapshot_take (SpPlan *self)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);

  snapshot->target = g_strdup (self->target);
  snapshot->goals = copy_goals (self->goals);

  return snapshot;
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_free (snapshot->target);
  g_ptr_array_unref (snapshot->goals);
  g_free (snapshot);
}

/* Makes @snapshot the plan's state; takes ownership of it. */
static void
snapshot_restore (SpPlan   *self,
                  Snapshot *snapshot)
{
  g_free (self->target);
  self->target = g_steal_pointer (&snapshot->target);
  g_ptr_array_unref (self->goals);
  self->goals = g_steal_pointer (&snapshot->goals);
  g_free (snapshot);
}

static Snapshot *
steal_last (GPtrArray *stack)
{
  g_assert (stack->len > 0);

  return g_ptr_array_steal_index (stack, stack->len - 1);
}

/* Records the state before an edit as one undo step. A replacement of
 * the goal already replaced in the open edit group joins that step. */
static void
record_step (SpPlan *self,
             int     replaced_goal)
{
  if (self->edit_depth > 0 && replaced_goal >= 0 && replaced_goal == self->group_goal)
    return;

  g_ptr_array_add (self->undo, snapshot_take (self));
  if (self->undo->len > MAX_UNDO_STEPS)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);

  self->group_goal = self->edit_depth > 0 ? replaced_goal : -1;
}

static void
sp_plan_emit_changed (SpPlan *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sp_plan_finalize (GObject *object)
{
  SpPlan *self = SP_PLAN (object);

  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (sp_plan_parent_class)->finalize (object);
}

static void
sp_plan_class_init (SpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_plan_finalize;

  /**
   * SpPlan::changed:
   *
   * Emitted after the target or any goal changed, by an edit, an undo or
   * a redo.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
sp_plan_init (SpPlan *self)
{
  self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_goal_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  self->group_goal = -1;
}

SpPlan *
sp_plan_new (void)
{
  return g_object_new (SP_TYPE_PLAN, NULL);
}

const char *
sp_plan_get_target (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), NULL);

  return self->target;
}

void
sp_plan_set_target (SpPlan     *self,
                    const char *profile_id)
{
  g_return_if_fail (SP_IS_PLAN (self));

  if (g_strcmp0 (self->target, profile_id) == 0)
    return;

  record_step (self, -1);
  g_free (self->target);
  self->target = g_strdup (profile_id);
  sp_plan_emit_changed (self);
}

guint
sp_plan_get_n_goals (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), 0);

  return self->goals->len;
}

const SpGoal *
sp_plan_get_goal (SpPlan *self,
                  guint   index)
{
  g_return_val_if_fail (SP_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->goals->len, NULL);

  return g_ptr_array_index (self->goals, index);
}

gboolean
sp_plan_add_goal (SpPlan       *self,
                  const SpGoal *goal)
{
  g_return_val_if_fail (SP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (goal != NULL, FALSE);

  if (self->goals->len >= SP_PLAN_MAX_GOALS)
    return FALSE;

  record_step (self, -1);
  g_ptr_array_add (self->goals, sp_goal_copy (goal));
  sp_plan_emit_changed (self);

  return TRUE;
}

void
sp_plan_replace_goal (SpPlan       *self,
                      guint         index,
                      const SpGoal *goal)
{
  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (goal != NULL);
  g_return_if_fail (index < self->goals->len);

  record_step (self, (int) index);
  sp_goal_free (g_ptr_array_index (self->goals, index));
  g_ptr_array_index (self->goals, index) = sp_goal_copy (goal);
  sp_plan_emit_changed (self);
}

void
sp_plan_remove_goal (SpPlan *self,
                     guint   index)
{
  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (index < self->goals->len);

  record_step (self, -1);
  g_ptr_array_remove_index (self->goals, index);
  sp_plan_emit_changed (self);
}

void
sp_plan_move_goal (SpPlan *self,
                   guint   from,
                   guint   to)
{
  gpointer goal;

  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (from < self->goals->len);
  g_return_if_fail (to < self->goals->len);

  if (from == to)
    return;

  record_step (self, -1);
  goal = g_ptr_array_steal_index (self->goals, from);
  g_ptr_array_insert (self->goals, (int) to, goal);
  sp_plan_emit_changed (self);
}

void
sp_plan_clear (SpPlan *self)
{
  g_return_if_fail (SP_IS_PLAN (self));

  if (self->goals->len == 0)
    return;

  record_step (self, -1);
  g_ptr_array_set_size (self->goals, 0);
  sp_plan_emit_changed (self);
}

void
sp_plan_begin_edit (SpPlan *self)
{
  g_return_if_fail (SP_IS_PLAN (self));

  if (self->edit_depth++ == 0)
    self->group_goal = -1;
}

void
sp_plan_end_edit (SpPlan *self)
{
  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (self->edit_depth > 0);

  if (--self->edit_depth == 0)
    self->group_goal = -1;
}

gboolean
sp_plan_can_undo (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), FALSE);

  return self->undo->len > 0;
}

gboolean
sp_plan_can_redo (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), FALSE);

  return self->redo->len > 0;
}

gboolean
sp_plan_undo (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;

  g_ptr_array_add (self->redo, snapshot_take (self));
  snapshot_restore (self, steal_last (self->undo));
  self->group_goal = -1;
  sp_plan_emit_changed (self);

  return TRUE;
}

gboolean
sp_plan_redo (SpPlan *self)
{
  g_return_val_if_fail (SP_IS_PLAN (self), FALSE);

  if (self->redo->len == 0)
    return FALSE;

  g_ptr_array_add (self->undo, snapshot_take (self));
  snapshot_restore (self, steal_last (self->redo));
  self->group_goal = -1;
  sp_plan_emit_changed (self);

  return TRUE;
}

void
sp_plan_clear_history (SpPlan *self)
{
  g_return_if_fail (SP_IS_PLAN (self));

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->group_goal = -1;
}

/* Used by sp_plan_propose(): one undo step that replaces every goal. */
void
sp_plan_set_proposal (SpPlan     *self,
                      const char *target,
                      GPtrArray  *goals)
{
  g_assert (SP_IS_PLAN (self));

  record_step (self, -1);
  g_free (self->target);
  self->target = g_strdup (target);
  g_ptr_array_unref (self->goals);
  self->goals = g_ptr_array_ref (goals);
  sp_plan_emit_changed (self);
}

const char *
sp_way_to_string (SpWay way)
{
  switch (way)
    {
    case SP_WAY_EXPERIENCE:
      return "experience";
    case SP_WAY_PEOPLE:
      return "people";
    case SP_WAY_COURSE:
      return "course";
    default:
      g_return_val_if_reached ("experience");
    }
}

gboolean
sp_way_from_string (const char *text,
                    SpWay      *way)
{
  static const SpWay all[] = { SP_WAY_EXPERIENCE, SP_WAY_PEOPLE, SP_WAY_COURSE };

  g_return_val_if_fail (way != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (all); i++)
    {
      if (g_str_equal (text, sp_way_to_string (all[i])))
        {
          *way = all[i];
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sp_way_get_label (SpWay way)
{
  switch (way)
    {
    case SP_WAY_EXPERIENCE:
      return _("Learning by doing");
    case SP_WAY_PEOPLE:
      return _("Learning with people");
    case SP_WAY_COURSE:
      return _("A course or workshop");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
sp_progress_to_string (SpProgress progress)
{
  switch (progress)
    {
    case SP_PROGRESS_PLANNED:
      return "planned";
    case SP_PROGRESS_IN_PROGRESS:
      return "in-progress";
    case SP_PROGRESS_DONE:
      return "done";
    default:
      g_return_val_if_reached ("planned");
    }
}

gboolean
sp_progress_from_string (const char *text,
                         SpProgress *progress)
{
  static const SpProgress all[] = {
    SP_PROGRESS_PLANNED, SP_PROGRESS_IN_PROGRESS, SP_PROGRESS_DONE,
  };

  g_return_val_if_fail (progress != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (all); i++)
    {
      if (g_str_equal (text, sp_progress_to_string (all[i])))
        {
          *progress = all[i];
          return TRUE;
        }
    }

  return FALSE;
}

const char *
sp_progress_get_label (SpProgress progress)
{
  switch (progress)
    {
    case SP_PROGRESS_PLANNED:
      return _("Planned");
    case SP_PROGRESS_IN_PROGRESS:
      return _("In progress");
    case SP_PROGRESS_DONE:
      return _("Done");
    default:
      g_return_val_if_reached ("");
    }
}
