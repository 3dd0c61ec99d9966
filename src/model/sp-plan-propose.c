/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan-propose"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan.h"

#include "sp-plan-private.h"

#include <math.h>

/* Target levels of docs/method.md: the profile's most important
 * competence should reach "can lead and teach", every other competence
 * "autonomous". */
#define KEY_TARGET   75.0
#define OTHER_TARGET 50.0

/* What one proposed goal is about. */
typedef struct
{
  const SpCompetence *competence;
  double              score;    /* NAN when not assessed */
  double              target;
  gboolean            stretch;  /* already on target: lead and teach it */
} Choice;

/* Everything the texts of one goal need. */
typedef struct
{
  SpFramework     *framework;
  const SpProfile *profile;
  const Choice    *choice;
  GDate            start;
  GDate            due;
} Proposal;

/* 0 for the target's key competence, 1 for its other competences, 2 for
 * the transversal ones. */
static int
importance (const SpCompetence *competence)
{
  if (competence->profile == NULL)
    return 2;

  return competence->profile->key == competence ? 0 : 1;
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const SpGap *x = a;
  const SpGap *y = b;
  int x_rank = importance (x->competence);
  int y_rank = importance (y->competence);

  if (x_rank != y_rank)
    return x_rank - y_rank;

  if (x->gap != y->gap)
    return x->gap > y->gap ? -1 : 1;

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
 * (against 50). Only competences below their target are listed: the key
 * competence first, then the profile's other competences, then the
 * transversal ones; within each, the largest gap first.
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

/* The competences the proposals are about: the top gaps, and a stretch
 * goal on the target's key competence when no gap is one of its own. */
static guint
choose (SpResult        *result,
        const SpProfile *target,
        Choice           chosen[SP_PLAN_MAX_GOALS])
{
  g_autoptr(GArray) gaps = sp_plan_compute_gaps (result, target);
  guint n = MIN (gaps->len, SP_PLAN_MAX_GOALS);
  gboolean reaches_profile = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const SpGap *gap = &g_array_index (gaps, SpGap, i);

      chosen[i] = (Choice) { gap->competence, gap->score, gap->target, FALSE };
      reaches_profile |= gap->competence->profile == target;
    }

  if (reaches_profile)
    return n;

  if (n == SP_PLAN_MAX_GOALS)
    n--;
  chosen[n] = (Choice) {
    target->key, sp_result_get_competence_score (result, target->key), KEY_TARGET, TRUE,
  };

  return n + 1;
}

static SpLevel
choice_level (const Choice *choice)
{
  return choice->stretch ? SP_LEVEL_LEADING : sp_level_for_score (choice->score);
}

static char *
dup_title (const Choice *choice)
{
  const char *name = choice->competence->name;
  const char *to = sp_band_get_label (sp_band_for_score (choice->target));

  if (choice->stretch)
    /* Translators: a goal title; the argument is a competence name */
    return g_strdup_printf (_("Lead and teach “%s”"), name);

  if (isnan (choice->score))
    /* Translators: a goal title: competence name, then the band to reach */
    return g_strdup_printf (_("Build up “%s” to “%s”"), name, to);

  /* Translators: a goal title: competence name, current band, band to reach */
  return g_strdup_printf (_("Grow “%s” from “%s” to “%s”"), name,
                          sp_band_get_label (sp_band_for_score (choice->score)), to);
}

static char *
dup_why (const Proposal *proposal)
{
  const Choice *choice = proposal->choice;
  const char *name = choice->competence->name;
  const char *profile = proposal->profile->name;
  const char *to = sp_band_get_label (sp_band_for_score (choice->target));

  if (choice->stretch)
    return g_strdup_printf (_("You already reach “%s” in “%s”, the %s profile’s most "
                              "important competence: the next step is to pass it on."),
                            sp_band_get_label (sp_band_for_score (choice->score)), name,
                            profile);

  if (isnan (choice->score))
    return g_strdup_printf (_("You have not answered enough statements about “%s” to score "
                              "it; the %s profile asks for “%s” (%.0f or more)."),
                            name, profile, to, choice->target);

  return g_strdup_printf (_("You score %.0f out of 100 in “%s”; the %s profile asks for "
                            "“%s” (%.0f or more): a gap of %.0f points."),
                          floor (choice->score), name, profile, to, choice->target,
                          ceil (choice->target - choice->score));
}

static char *
dup_success (const Choice *choice)
{
  const char *name = choice->competence->name;
  const char *to = sp_band_get_label (sp_band_for_score (choice->target));

  if (choice->stretch)
    return g_strdup_printf (_("I have led one activity on “%s” for others and collected their "
                              "feedback, and I stay at “%s” (%.0f+) at the next assessment."),
                            name, to, choice->target);

  return g_strdup_printf (_("I reach “%s” (%.0f+) on “%s” at the next assessment, and can "
                            "show one piece of evidence from a real task."),
                          to, choice->target, name);
}

/* The date @num/@den of the way from the start to the review date. */
static GDate
date_within (const Proposal *proposal,
             guint           num,
             guint           den)
{
  GDate date = proposal->start;
  int days = g_date_days_between (&proposal->start, &proposal->due);

  g_date_add_days (&date, (guint) (MAX (days, 0) * num / den));
  return date;
}

static void
add_action (SpGoal         *goal,
            const Proposal *proposal,
            SpWay           kind,
            guint           num,
            guint           den,
            char           *description)
{
  SpAction *action = sp_action_new (kind);

  action->description = description;
  action->date = date_within (proposal, num, den);
  sp_goal_add_action (goal, action);
}

static void
add_experience (SpGoal         *goal,
                const Proposal *proposal)
{
  const char *name = proposal->choice->competence->name;

  if (proposal->choice->stretch)
    {
      add_action (goal, proposal, SP_WAY_EXPERIENCE, 1, 3,
                  g_strdup_printf (_("Lead a real piece of work that asks for “%s” and bring a "
                                     "less experienced person into it."), name));
      add_action (goal, proposal, SP_WAY_EXPERIENCE, 2, 3,
                  g_strdup_printf (_("Explain to a group how you go about “%s”, for example at "
                                     "a team meeting or an open evening."), name));
    }
  else
    {
      add_action (goal, proposal, SP_WAY_EXPERIENCE, 1, 3,
                  g_strdup_printf (_("Take on a real task in your organisation or as a "
                                     "volunteer that asks for “%s”, and agree with someone "
                                     "what the result should be and by when."), name));
      add_action (goal, proposal, SP_WAY_EXPERIENCE, 2, 3,
                  g_strdup_printf (_("Use “%s” a second time in another setting (another "
                                     "team, group or partner), changing one thing you "
                                     "learnt the first time."), name));
    }

  add_action (goal, proposal, SP_WAY_EXPERIENCE, 1, 1,
              g_strdup (_("After each step, write three lines in a learning log: what "
                          "worked, what did not, what you will change. Keep it as "
                          "evidence.")));
}

static void
add_people (SpGoal         *goal,
            const Proposal *proposal)
{
  const char *name = proposal->choice->competence->name;
  char *text;

  if (proposal->choice->stretch)
    text = g_strdup_printf (_("Mentor someone who is starting out in “%s”: meet them at "
                              "least twice before the review date."), name);
  else
    text = g_strdup_printf (_("Ask someone strong in “%s” to mentor you or let you shadow "
                              "them, and ask for their feedback on your task twice before "
                              "the review date."), name);

  add_action (goal, proposal, SP_WAY_PEOPLE, 1, 2, text);
}

static void
add_formal (SpGoal         *goal,
            const Proposal *proposal)
{
  const SpCompetence *competence = proposal->choice->competence;
  const SpActivity *activity;
  SpAction *action;

  activity = sp_framework_find_activity (proposal->framework, competence,
                                         choice_level (proposal->choice));
  if (activity == NULL)
    {
      add_action (goal, proposal, SP_WAY_COURSE, 1, 4,
                  g_strdup_printf (_("Follow a workshop, a course or a training activity on "
                                     "“%s”, then use one thing you learnt in a real "
                                     "situation within two weeks."), competence->name));
      return;
    }

  add_action (goal, proposal, SP_WAY_COURSE, 1, 4,
              /* Translators: an activity title, its level and its group size */
              g_strdup_printf (_("Do the activity “%s” from the library (%s, %s), then use "
                                 "one thing from it in a real situation within two weeks."),
                               activity->title, sp_level_get_label (activity->level),
                               sp_group_size_get_label (activity->group)));
  action = g_ptr_array_index (goal->actions, goal->actions->len - 1);
  action->activity_id = g_strdup (activity->id);
}

static SpGoal *
propose_goal (const Proposal *proposal)
{
  SpGoal *goal = sp_goal_new ();

  goal->competence_id = g_strdup (proposal->choice->competence->id);
  goal->title = dup_title (proposal->choice);
  goal->why = dup_why (proposal);
  goal->success = dup_success (proposal->choice);
  goal->due = proposal->due;

  add_experience (goal, proposal);
  add_people (goal, proposal);
  add_formal (goal, proposal);

  return goal;
}

/**
 * sp_plan_propose:
 * @self: the plan
 * @result: the person's scores
 * @target: the profile they aim for
 * @today: the date the plan starts
 *
 * Replaces the goals, as one undo step, with up to three SMART proposals
 * for the top gaps, reviewed one, two and three months after @today. Each
 * has three actions of learning by doing, one with people and one formal:
 * a library activity at the level that fits the score, when the library
 * has one for the competence. At least one goal is about @target's own
 * competences: when none of them is below its target, the last goal is to
 * lead and teach the most important one.
 */
void
sp_plan_propose (SpPlan          *self,
                 SpResult        *result,
                 const SpProfile *target,
                 const GDate     *today)
{
  g_autoptr(GPtrArray) goals = NULL;
  Choice chosen[SP_PLAN_MAX_GOALS];
  guint n;

  g_return_if_fail (SP_IS_PLAN (self));
  g_return_if_fail (result != NULL);
  g_return_if_fail (target != NULL);
  g_return_if_fail (today != NULL && g_date_valid (today));

  n = choose (result, target, chosen);
  goals = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_goal_free);

  for (guint i = 0; i < n; i++)
    {
      Proposal proposal = { sp_result_get_framework (result), target, &chosen[i], *today, *today };

      g_date_add_months (&proposal.due, i + 1);
      g_ptr_array_add (goals, propose_goal (&proposal));
    }

  sp_plan_set_proposal (self, target->id, goals);
}
