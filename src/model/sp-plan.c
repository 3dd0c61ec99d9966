/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan.h"

#include <math.h>

/* Target levels of docs/method.md: the profile's most important
 * competence should reach "can lead and teach", every other competence
 * "autonomous". */
#define KEY_TARGET   75.0
#define OTHER_TARGET 50.0

struct _SpPlan
{
  GObject    parent_instance;

  char      *target;   /* profile id, or NULL */
  GPtrArray *goals;    /* SpGoal, owned */
};

G_DEFINE_FINAL_TYPE (SpPlan, sp_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SpGoal *
sp_goal_new (void)
{
  SpGoal *goal = g_new0 (SpGoal, 1);

  g_date_clear (&goal->due, 1);
  goal->way = SP_WAY_EXPERIENCE;

  return goal;
}

SpGoal *
sp_goal_copy (const SpGoal *goal)
{
  SpGoal *copy;

  g_return_val_if_fail (goal != NULL, NULL);

  copy = g_new0 (SpGoal, 1);
  copy->competence_id = g_strdup (goal->competence_id);
  copy->title = g_strdup (goal->title);
  copy->action = g_strdup (goal->action);
  copy->way = goal->way;
  copy->due = goal->due;

  return copy;
}

void
sp_goal_free (SpGoal *goal)
{
  if (goal == NULL)
    return;

  g_free (goal->competence_id);
  g_free (goal->title);
  g_free (goal->action);
  g_free (goal);
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
   * Emitted after the target or any goal changed.
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

  g_ptr_array_remove_index (self->goals, index);
  sp_plan_emit_changed (self);
}

void
sp_plan_clear (SpPlan *self)
{
  g_return_if_fail (SP_IS_PLAN (self));

  if (self->goals->len == 0)
    return;

  g_ptr_array_set_size (self->goals, 0);
  sp_plan_emit_changed (self);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const SpGap *x = a;
  const SpGap *y = b;
  gboolean x_key = x->competence->profile != NULL && x->competence->profile->key == x->competence;
  gboolean y_key = y->competence->profile != NULL && y->competence->profile->key == y->competence;

  if (x->gap != y->gap)
    return x->gap > y->gap ? -1 : 1;

  if (x_key != y_key)
    return x_key ? -1 : 1;

  return (int) x->competence->index - (int) y->competence->index;
}

static void
append_gap (GArray             *gaps,
            SpResult           *result,
            const SpCompetence *competence,
            double              target)
{
  SpGap gap = { competence, sp_result_get_competence_score (result, competence), target, 0.0 };

  gap.gap = isnan (gap.score) ? target : target - gap.score;
  if (gap.gap > 0.0)
    g_array_append_val (gaps, gap);
}

/**
 * sp_plan_compute_gaps:
 * @result: the person's scores
 * @target: the profile they aim for
 *
 * The gaps between the person and @target: its own competences (the key
 * one against 75, the others against 50) and the transversal ones
 * (against 50). Only competences below their target are listed, largest
 * gap first.
 *
 * Returns: (transfer full) (element-type SpGap): the gaps
 */
GArray *
sp_plan_compute_gaps (SpResult        *result,
                      const SpProfile *target)
{
  SpFramework *framework;
  GArray *gaps;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  framework = sp_result_get_framework (result);
  gaps = g_array_new (FALSE, FALSE, sizeof (SpGap));

  for (guint i = 0; i < target->n_competences; i++)
    {
      const SpCompetence *competence = target->competences[i];

      append_gap (gaps, result, competence,
                  competence == target->key ? KEY_TARGET : OTHER_TARGET);
    }

  for (guint c = 0; c < sp_framework_get_n_competences (framework); c++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, c);

      if (competence->transversal)
        append_gap (gaps, result, competence, OTHER_TARGET);
    }

  g_array_sort (gaps, compare_gaps);

  return gaps;
}

static char *
dup_action (SpWay       way,
            const char *competence)
{
  switch (way)
    {
    case SP_WAY_EXPERIENCE:
      return g_strdup_printf (_("Take on a real task in your organisation or as a volunteer "
                                "that asks for “%s”, and write down after each step what "
                                "worked and what you would change."), competence);
    case SP_WAY_PEOPLE:
      return g_strdup_printf (_("Ask someone who is strong in “%s” to mentor you or let you "
                                "shadow them, and ask them for feedback twice before the "
                                "review date."), competence);
    case SP_WAY_COURSE:
    default:
      return g_strdup_printf (_("Follow a workshop, a course or a training activity on “%s”, "
                                "then use one thing you learnt in a real situation within "
                                "two weeks."), competence);
    }
}

static SpGoal *
propose_goal (SpResult           *result,
              const SpCompetence *competence,
              double              target,
              SpWay               way,
              const GDate        *due)
{
  SpGoal *goal = sp_goal_new ();
  double score = sp_result_get_competence_score (result, competence);
  const char *to = sp_band_get_label (sp_band_for_score (target));

  goal->competence_id = g_strdup (competence->id);
  goal->way = way;
  goal->due = *due;

  if (isnan (score))
    /* Translators: a goal title: competence name, then the band to reach */
    goal->title = g_strdup_printf (_("%s: reach “%s”"), competence->name, to);
  else if (score >= target)
    /* Translators: a goal for a competence already strong */
    goal->title = g_strdup_printf (_("%s: pass it on to others"), competence->name);
  else
    /* Translators: a goal title: competence name, current band, band to reach */
    goal->title = g_strdup_printf (_("%s: from “%s” to “%s”"), competence->name,
                                   sp_band_get_label (sp_band_for_score (score)), to);

  goal->action = dup_action (way, competence->name);

  return goal;
}

static gboolean
gaps_reach_profile (GArray *gaps,
                    guint   n)
{
  for (guint i = 0; i < n; i++)
    if (!g_array_index (gaps, SpGap, i).competence->transversal)
      return TRUE;

  return FALSE;
}

/* The competences the proposals are about: the largest gaps, and the
 * target's most important competence when no gap reaches the profile. */
static guint
choose_goal_gaps (GArray          *gaps,
                  const SpProfile *target,
                  SpGap            chosen[SP_PLAN_MAX_GOALS])
{
  guint n = MIN (gaps->len, SP_PLAN_MAX_GOALS);

  for (guint i = 0; i < n; i++)
    chosen[i] = g_array_index (gaps, SpGap, i);

  if (gaps_reach_profile (gaps, n))
    return n;

  if (n == SP_PLAN_MAX_GOALS)
    n--;

  chosen[n].competence = target->key;
  chosen[n].target = KEY_TARGET;

  return n + 1;
}

/**
 * sp_plan_propose:
 * @self: the plan
 * @result: the person's scores
 * @target: the profile they aim for
 * @today: the date the plan starts
 *
 * Replaces the goals with up to three proposals for the largest gaps, the
 * first learnt by experience, the second with people, the third in a
 * course, due one, two and three months after @today. At least one goal
 * is about @target's own competences: when none of them is below its
 * target, the last goal is to pass the most important one on to others.
 */
void
sp_plan_propose (SpPlan          *self,
                 SpResult        *result,
                 const SpProfile *target,
                 const GDate     *today)
{
  static const SpWay ways[SP_PLAN_MAX_GOALS] = { SP_WAY_EXPERIENCE, SP_WAY_PEOPLE, SP_WAY_COURSE };
  g_autoptr(GArray) gaps = NULL;
  SpGap chosen[SP_PLAN_MAX_GOALS];
  guint n;

  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (result != NULL);
  g_return_if_fail (target != NULL);
  g_return_if_fail (today != NULL && g_date_valid (today));

  gaps = sp_plan_compute_gaps (result, target);
  n = choose_goal_gaps (gaps, target, chosen);

  g_free (self->target);
  self->target = g_strdup (target->id);
  g_ptr_array_set_size (self->goals, 0);

  for (guint i = 0; i < n; i++)
    {
      GDate due = *today;

      g_date_add_months (&due, i + 1);
      g_ptr_array_add (self->goals,
                       propose_goal (result, chosen[i].competence, chosen[i].target,
                                     ways[i], &due));
    }

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

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (way != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
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
