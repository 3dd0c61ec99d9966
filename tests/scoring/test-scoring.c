/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scoring"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sp-plan.h"
#include "sp-result.h"

static SpFramework *framework;

static SpAssessment *
new_assessment_filled (int value)
{
  SpAssessment *assessment = sp_assessment_new (framework);

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    sp_assessment_set_answer (assessment, i, value);

  return assessment;
}

static void
set_competence (SpAssessment       *assessment,
                const SpCompetence *competence,
                int                 value)
{
  for (guint i = 0; i < competence->n_items; i++)
    sp_assessment_set_answer (assessment, competence->items[i]->index, value);
}

static void
set_profile (SpAssessment    *assessment,
             const SpProfile *profile,
             int              value)
{
  for (guint c = 0; c < profile->n_competences; c++)
    set_competence (assessment, profile->competences[c], value);
}

/* The persona of the first release: 5 on one profile's competences, 2 on
 * every other item. */
static SpAssessment *
new_persona (const SpProfile *profile)
{
  SpAssessment *assessment = new_assessment_filled (2);

  set_profile (assessment, profile, 5);

  return assessment;
}

static void
test_band (void)
{
  g_assert_cmpint (sp_band_for_score (0), ==, SP_BAND_DISCOVERING);
  g_assert_cmpint (sp_band_for_score (24.9), ==, SP_BAND_DISCOVERING);
  g_assert_cmpint (sp_band_for_score (25), ==, SP_BAND_WITH_SUPPORT);
  g_assert_cmpint (sp_band_for_score (50), ==, SP_BAND_AUTONOMOUS);
  g_assert_cmpint (sp_band_for_score (74.9), ==, SP_BAND_AUTONOMOUS);
  g_assert_cmpint (sp_band_for_score (75), ==, SP_BAND_CAN_LEAD);
  g_assert_cmpint (sp_band_for_score (100), ==, SP_BAND_CAN_LEAD);
}

static void
test_competence_needs_two_answers (void)
{
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  const SpCompetence *competence = sp_framework_get_competence (framework, 0);
  g_autoptr(SpResult) one = NULL;
  g_autoptr(SpResult) two = NULL;

  g_assert_cmpuint (competence->n_items, >=, 3);

  sp_assessment_set_answer (assessment, competence->items[0]->index, 5);
  one = sp_result_new (assessment);
  g_assert_true (isnan (sp_result_get_competence_score (one, competence)));
  g_assert_cmpuint (sp_result_get_competence_n_answered (one, competence), ==, 1);

  sp_assessment_set_answer (assessment, competence->items[1]->index, 2);
  two = sp_result_new (assessment);
  /* (100 + 25) / 2 */
  g_assert_cmpfloat_with_epsilon (sp_result_get_competence_score (two, competence), 62.5, 1e-9);
}

static void
test_skip_is_not_a_number (void)
{
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  const SpCompetence *competence = sp_framework_get_competence (framework, 1);
  g_autoptr(SpResult) result = NULL;

  sp_assessment_set_answer (assessment, competence->items[0]->index, 4);
  sp_assessment_set_answer (assessment, competence->items[1]->index, SP_ANSWER_SKIP);
  sp_assessment_set_answer (assessment, competence->items[2]->index, 4);

  result = sp_result_new (assessment);
  g_assert_cmpfloat_with_epsilon (sp_result_get_competence_score (result, competence), 75.0, 1e-9);
  g_assert_cmpuint (sp_result_get_competence_n_answered (result, competence), ==, 2);
  g_assert_cmpuint (sp_result_get_n_answered (result), ==, 2);

  /* Only a skip beside one answer: not assessed, never a 0 or a 3. */
  sp_assessment_set_answer (assessment, competence->items[2]->index, SP_ANSWER_SKIP);
  g_clear_pointer (&result, sp_result_unref);
  result = sp_result_new (assessment);
  g_assert_true (isnan (sp_result_get_competence_score (result, competence)));
}

static void
test_persona_each_profile (void)
{
  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, p);
      g_autoptr(SpAssessment) assessment = new_persona (profile);
      g_autoptr(SpResult) result = sp_result_new (assessment);

      g_test_message ("persona %s", profile->id);
      g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_CLEAR);
      g_assert_true (sp_result_get_match (result) == profile);
      g_assert_cmpfloat_with_epsilon (sp_result_get_profile_affinity (result, profile), 100.0,
                                      1e-9);
      g_assert_cmpfloat_with_epsilon (sp_result_get_gap (result), 75.0, 1e-9);
    }
}

static void
test_all_same_is_uniform (void)
{
  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    {
      g_autoptr(SpAssessment) assessment = new_assessment_filled (value);
      g_autoptr(SpResult) result = sp_result_new (assessment);
      g_autofree char *explanation = sp_result_dup_explanation (result);

      g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_UNIFORM);
      g_assert_null (sp_result_get_match (result));
      g_assert_cmpint (sp_result_get_modal_answer (result), ==, value);
      g_assert_cmpfloat (sp_result_get_modal_share (result), ==, 1.0);
      g_assert_nonnull (strstr (explanation, "100%"));
    }
}

/* Nearly all identical but one profile clearly higher is a signal, not
 * uniform answering: judged by whether the answers separate profiles. */
static void
test_mostly_same_but_separating_is_clear (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 3);
  g_autoptr(SpAssessment) assessment = new_persona (profile);
  g_autoptr(SpResult) result = sp_result_new (assessment);

  g_assert_cmpfloat (sp_result_get_modal_share (result), >=, 0.9);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_CLEAR);
}

static void
test_too_few_answers (void)
{
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  guint n = sp_framework_get_n_items (framework);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(SpResult) half = NULL;

  for (guint i = 0; i < n / 3; i++)
    sp_assessment_set_answer (assessment, i, 1 + i % 5);

  result = sp_result_new (assessment);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_TOO_FEW_ANSWERS);
  g_assert_null (sp_result_get_match (result));

  /* Skips do not count towards the half. */
  for (guint i = n / 3; i < n; i++)
    sp_assessment_set_answer (assessment, i, SP_ANSWER_SKIP);
  half = sp_result_new (assessment);
  g_assert_cmpint (sp_result_get_status (half), ==, SP_STATUS_TOO_FEW_ANSWERS);
}

static void
fill_pattern (SpAssessment *assessment,
              int           k,
              int           s,
              int           a)
{
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      int value = item->dimension == SP_DIMENSION_KNOWLEDGE ? k
                : item->dimension == SP_DIMENSION_SKILL ? s : a;

      sp_assessment_set_answer (assessment, i, value);
    }
}

static void
test_flat_high_and_low (void)
{
  g_autoptr(SpAssessment) high = sp_assessment_new (framework);
  g_autoptr(SpAssessment) low = sp_assessment_new (framework);
  g_autoptr(SpResult) high_result = NULL;
  g_autoptr(SpResult) low_result = NULL;
  g_autofree char *high_headline = NULL;
  g_autofree char *low_headline = NULL;

  fill_pattern (high, 5, 4, 5);
  fill_pattern (low, 1, 2, 1);
  high_result = sp_result_new (high);
  low_result = sp_result_new (low);

  g_assert_cmpint (sp_result_get_status (high_result), ==, SP_STATUS_FLAT);
  g_assert_cmpint (sp_result_get_status (low_result), ==, SP_STATUS_FLAT);
  g_assert_null (sp_result_get_match (high_result));
  g_assert_cmpfloat (sp_result_get_elevation (high_result), >=, 70.0);
  g_assert_cmpfloat (sp_result_get_elevation (low_result), <=, 30.0);

  high_headline = sp_result_dup_headline (high_result);
  low_headline = sp_result_dup_headline (low_result);
  g_assert_cmpstr (high_headline, ==, "Several roles are open to you");
  g_assert_cmpstr (low_headline, ==, "You are at the start of your path");
}

static void
test_tie_close_to_top (void)
{
  const SpProfile *a = sp_framework_get_profile (framework, 2);
  const SpProfile *b = sp_framework_get_profile (framework, 6);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (2);
  g_autoptr(SpResult) result = NULL;
  g_autofree char *explanation = NULL;

  set_profile (assessment, a, 5);
  set_profile (assessment, b, 5);
  /* One answer lower on a non-key competence of b: 98.3 against 100. */
  sp_assessment_set_answer (assessment, b->competences[1]->items[0]->index, 4);

  result = sp_result_new (assessment);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_TIE);
  g_assert_true (sp_result_get_match (result) == a);
  g_assert_true (sp_result_get_runner_up (result) == b);
  /* b: (2 × 100 + 91.7 + 100 + 100) / 5 = 98.3 */
  g_assert_cmpfloat_with_epsilon (sp_result_get_gap (result), 5.0 / 3.0, 1e-9);

  explanation = sp_result_dup_explanation (result);
  g_assert_nonnull (strstr (explanation, a->name));
  g_assert_nonnull (strstr (explanation, b->name));
}

/* Equal affinities: the stronger most important competence comes first,
 * whatever the catalogue order. */
static void
test_tie_rule_key_competence (void)
{
  const SpProfile *first = sp_framework_get_profile (framework, 1);
  const SpProfile *later = sp_framework_get_profile (framework, 8);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (2);
  g_autoptr(SpResult) result = NULL;

  g_assert_cmpuint (first->n_competences, ==, 4);
  g_assert_cmpuint (later->n_competences, ==, 4);

  /* first: key 75, others 100, 100, 75 → (150 + 275) / 5 = 85 */
  set_profile (assessment, first, 5);
  set_competence (assessment, first->key, 4);
  set_competence (assessment, first->competences[3], 4);
  /* later: key 100, others 75 → (200 + 225) / 5 = 85 */
  set_profile (assessment, later, 4);
  set_competence (assessment, later->key, 5);

  result = sp_result_new (assessment);
  g_assert_cmpfloat_with_epsilon (sp_result_get_profile_affinity (result, first), 85.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sp_result_get_profile_affinity (result, later), 85.0, 1e-9);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_TIE);
  g_assert_true (sp_result_get_match (result) == later);
  g_assert_true (sp_result_get_runner_up (result) == first);
}

/* Equal in everything: catalogue order decides. */
static void
test_tie_rule_catalogue_order (void)
{
  const SpProfile *a = sp_framework_get_profile (framework, 4);
  const SpProfile *b = sp_framework_get_profile (framework, 7);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (2);
  g_autoptr(SpResult) result = NULL;

  set_profile (assessment, b, 5);
  set_profile (assessment, a, 5);
  result = sp_result_new (assessment);

  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_TIE);
  g_assert_true (sp_result_get_match (result) == a);
  g_assert_cmpfloat (sp_result_get_gap (result), ==, 0.0);
}

static void
test_close_second (void)
{
  const SpProfile *a = sp_framework_get_profile (framework, 0);
  const SpProfile *b = sp_framework_get_profile (framework, 9);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (2);
  g_autoptr(SpResult) result = NULL;
  g_autofree char *headline = NULL;

  set_profile (assessment, a, 5);
  /* b: key 100, others 75 → 85, 15 behind: clear; one more at 5 → 90 */
  set_profile (assessment, b, 4);
  set_competence (assessment, b->key, 5);
  set_competence (assessment, b->competences[1], 5);

  result = sp_result_new (assessment);
  g_assert_cmpfloat_with_epsilon (sp_result_get_gap (result), 10.0, 1e-9);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_CLEAR);

  sp_assessment_set_answer (assessment, b->competences[2]->items[0]->index, 5);
  g_clear_pointer (&result, sp_result_unref);
  result = sp_result_new (assessment);
  g_assert_cmpint (sp_result_get_status (result), ==, SP_STATUS_CLOSE);
  g_assert_true (sp_result_get_match (result) == a);
  g_assert_true (sp_result_get_runner_up (result) == b);

  headline = sp_result_dup_headline (result);
  g_assert_nonnull (strstr (headline, b->name));
}

static void
test_ranking_complete_and_sorted (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 5);
  g_autoptr(SpAssessment) assessment = new_persona (profile);
  g_autoptr(SpResult) result = NULL;
  double previous = INFINITY;

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    if (i % 7 == 0)
      sp_assessment_set_answer (assessment, i, 1 + (i % 5));

  result = sp_result_new (assessment);
  g_assert_cmpuint (sp_result_get_n_affinities (result), ==, 10);

  for (guint r = 0; r < sp_result_get_n_affinities (result); r++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (result, r);

      g_assert_false (isnan (affinity->affinity));
      g_assert_cmpfloat (affinity->affinity, <=, previous);
      previous = affinity->affinity;
    }
}

static void
test_drivers_explain_affinity (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 0);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (3);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(GArray) drivers = NULL;
  g_autoptr(GPtrArray) top = NULL;
  g_autofree char *explanation = NULL;
  double sum = 0.0;

  set_competence (assessment, profile->key, 5);
  set_competence (assessment, profile->competences[2], 4);
  result = sp_result_new (assessment);
  drivers = sp_result_dup_drivers (result, profile);

  g_assert_cmpuint (drivers->len, ==, profile->n_competences);
  g_assert_true (g_array_index (drivers, SpDriver, 0).competence == profile->key);
  g_assert_true (g_array_index (drivers, SpDriver, 1).competence == profile->competences[2]);
  for (guint i = 0; i < drivers->len; i++)
    sum += g_array_index (drivers, SpDriver, i).contribution;
  g_assert_cmpfloat_with_epsilon (sum, sp_result_get_profile_affinity (result, profile), 1e-9);

  top = sp_result_dup_top_items (result, profile, 2);
  g_assert_cmpuint (top->len, ==, 2);
  g_assert_cmpint (sp_result_get_item_answer (result, g_ptr_array_index (top, 0)), ==, 5);

  explanation = sp_result_dup_explanation (result);
  g_assert_nonnull (strstr (explanation, profile->key->name));
  g_assert_nonnull (strstr (explanation, ((const SpItem *) g_ptr_array_index (top, 0))->text));
}

static void
test_profile_needs_coverage (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 0);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (3);
  g_autoptr(SpResult) result = NULL;

  /* Key (weight 2 of 5) and one other skipped: 2 of 5 left, under 60 %. */
  set_competence (assessment, profile->key, SP_ANSWER_SKIP);
  set_competence (assessment, profile->competences[1], SP_ANSWER_SKIP);
  result = sp_result_new (assessment);
  g_assert_true (isnan (sp_result_get_profile_affinity (result, profile)));
  g_assert_true (sp_result_get_affinity (result, 9)->profile == profile);
}

/* The most important competence first, then the largest gap: the key
 * competence, the profile's others, then the transversal ones. */
static void
test_plan_gaps_ranked (void)
{
  const SpProfile *target = sp_framework_get_profile (framework, 2);
  const SpCompetence *t1 = sp_framework_get_competence (framework, 3);
  const SpCompetence *t2 = sp_framework_get_competence (framework, 7);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (3);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(GArray) gaps = NULL;

  g_assert_true (t1->transversal && t2->transversal);
  set_competence (assessment, target->key, 3);               /* 50 of 75: gap 25 */
  set_competence (assessment, target->competences[1], 2);    /* 25 of 50: gap 25 */
  set_competence (assessment, target->competences[2], 1);    /*  0 of 50: gap 50 */
  set_competence (assessment, t1, 2);                        /* 25 of 50: gap 25 */
  set_competence (assessment, t2, 1);                        /*  0 of 50: gap 50 */
  result = sp_result_new (assessment);
  gaps = sp_plan_compute_gaps (result, target);

  g_assert_cmpuint (gaps->len, ==, 5);
  g_assert_true (g_array_index (gaps, SpGap, 0).competence == target->key);
  g_assert_cmpfloat_with_epsilon (g_array_index (gaps, SpGap, 0).gap, 25.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (gaps, SpGap, 0).target, 75.0, 1e-9);
  g_assert_true (g_array_index (gaps, SpGap, 1).competence == target->competences[2]);
  g_assert_true (g_array_index (gaps, SpGap, 2).competence == target->competences[1]);
  g_assert_true (g_array_index (gaps, SpGap, 3).competence == t2);
  g_assert_cmpfloat_with_epsilon (g_array_index (gaps, SpGap, 3).gap, 50.0, 1e-9);
  g_assert_true (g_array_index (gaps, SpGap, 4).competence == t1);
}

static void
test_plan_gaps_key_alone (void)
{
  const SpProfile *target = sp_framework_get_profile (framework, 2);
  g_autoptr(SpAssessment) assessment = new_assessment_filled (3);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(GArray) gaps = NULL;

  set_competence (assessment, target->key, 2);
  result = sp_result_new (assessment);
  gaps = sp_plan_compute_gaps (result, target);

  /* The key competence at 25 against 75; every other competence sits at
   * 50, on its target of 50: no gap. */
  g_assert_cmpuint (gaps->len, ==, 1);
  g_assert_true (g_array_index (gaps, SpGap, 0).competence == target->key);
  g_assert_cmpfloat_with_epsilon (g_array_index (gaps, SpGap, 0).gap, 50.0, 1e-9);
}

/* The level the formal action should have: the one that fits the score,
 * or a stretch to leading; the library may only offer a level near it. */
static void
assert_activity_fits (const SpAction     *action,
                      const SpCompetence *competence,
                      SpLevel             wanted)
{
  const SpActivity *activity = sp_framework_lookup_activity (framework, action->activity_id);
  g_autoptr(GPtrArray) all = sp_framework_dup_activities_for (framework, competence);
  guint best = G_MAXUINT;

  g_assert_nonnull (activity);
  g_assert_true (sp_activity_develops (activity, competence));
  for (guint i = 0; i < all->len; i++)
    {
      const SpActivity *other = g_ptr_array_index (all, i);

      best = MIN (best, (guint) ABS ((int) other->level - (int) wanted));
    }
  g_assert_cmpuint ((guint) ABS ((int) activity->level - (int) wanted), ==, best);
  g_assert_nonnull (strstr (action->description, activity->title));
}

/* Every proposed goal: SMART texts, dated actions within its period, mostly
 * learning by doing, one with people, one formal from the library. */
static void
assert_goal_well_formed (const SpGoal *goal,
                         const GDate  *today,
                         SpLevel       wanted)
{
  const SpCompetence *competence = sp_framework_lookup_competence (framework,
                                                                   goal->competence_id);
  guint counts[3] = { 0 };

  g_assert_nonnull (competence);
  g_assert_true (g_uuid_string_is_valid (goal->uid));
  g_assert_nonnull (strstr (goal->title, competence->name));
  g_assert_nonnull (strstr (goal->why, competence->name));
  g_assert_nonnull (strstr (goal->success, competence->name));
  g_assert_nonnull (strstr (goal->success, "+)"));
  g_assert_cmpint (goal->status, ==, SP_PROGRESS_PLANNED);

  for (guint a = 0; a < goal->actions->len; a++)
    {
      const SpAction *action = g_ptr_array_index (goal->actions, a);

      counts[action->kind]++;
      g_assert_true (g_uuid_string_is_valid (action->uid));
      g_assert_cmpstr (action->uid, !=, goal->uid);
      g_assert_true (g_date_valid (&action->date));
      g_assert_cmpint (g_date_compare (&action->date, today), >=, 0);
      g_assert_cmpint (g_date_compare (&action->date, &goal->due), <=, 0);
      g_assert_nonnull (action->description);
      if (action->kind == SP_WAY_COURSE)
        assert_activity_fits (action, competence, wanted);
      else
        g_assert_null (action->activity_id);
    }

  g_assert_cmpuint (counts[SP_WAY_PEOPLE], ==, 1);
  g_assert_cmpuint (counts[SP_WAY_COURSE], ==, 1);
  g_assert_cmpuint (counts[SP_WAY_EXPERIENCE], >, counts[SP_WAY_PEOPLE] + counts[SP_WAY_COURSE]);
}

static void
assert_due_months (SpPlan *plan)
{
  /* 31 January plus one, two and three months, clamped to the month. */
  for (guint g = 0; g < sp_plan_get_n_goals (plan); g++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, g);

      g_assert_cmpint (g_date_get_month (&goal->due), ==, 2 + g);
      g_assert_cmpint (g_date_get_day (&goal->due), ==, g == 0 ? 28 : g == 1 ? 31 : 30);
    }
}

/* The persona is strong in its own profile: two transversal gaps, and a
 * stretch goal to lead and teach the key competence at level 3. */
static void
test_plan_propose_persona (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_JANUARY, 2027);

  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, p);
      g_autoptr(SpAssessment) assessment = new_persona (profile);
      g_autoptr(SpResult) result = sp_result_new (assessment);
      g_autoptr(SpPlan) plan = sp_plan_new ();
      const SpGoal *last;

      sp_plan_propose (plan, result, profile, &today);
      g_assert_cmpstr (sp_plan_get_target (plan), ==, profile->id);
      g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, SP_PLAN_MAX_GOALS);
      assert_due_months (plan);

      for (guint g = 0; g < 2; g++)
        {
          const SpGoal *goal = sp_plan_get_goal (plan, g);

          g_assert_true (sp_framework_lookup_competence (framework,
                                                         goal->competence_id)->transversal);
          assert_goal_well_formed (goal, &today, SP_LEVEL_FIRST_STEPS);
        }

      last = sp_plan_get_goal (plan, 2);
      g_assert_cmpstr (last->competence_id, ==, profile->key->id);
      assert_goal_well_formed (last, &today, SP_LEVEL_LEADING);
    }
}

/* Someone new to a profile: its key competence first, then its others,
 * each with a first-steps activity. */
static void
test_plan_propose_newcomer (void)
{
  const SpProfile *profile = sp_framework_lookup_profile (framework, "coordinator");
  g_autoptr(SpAssessment) assessment = new_assessment_filled (3);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(SpPlan) plan = sp_plan_new ();
  GDate today;

  set_profile (assessment, profile, 2);
  set_competence (assessment, profile->competences[2], 1);
  set_competence (assessment, profile->key, 4);     /* 75: on target */
  result = sp_result_new (assessment);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_JANUARY, 2027);
  sp_plan_propose (plan, result, profile, &today);

  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, 3);
  assert_due_months (plan);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->competence_id, ==, profile->competences[2]->id);
  for (guint g = 0; g < 3; g++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, g);
      const SpCompetence *competence = sp_framework_lookup_competence (framework,
                                                                       goal->competence_id);

      g_assert_true (competence->profile == profile);
      g_assert_true (competence != profile->key);
      assert_goal_well_formed (goal, &today, SP_LEVEL_FIRST_STEPS);
    }

  /* Practising level for a score of 50 on the key competence. */
  set_competence (assessment, profile->key, 3);
  g_clear_pointer (&result, sp_result_unref);
  result = sp_result_new (assessment);
  sp_plan_propose (plan, result, profile, &today);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->competence_id, ==, profile->key->id);
  assert_goal_well_formed (sp_plan_get_goal (plan, 0), &today, SP_LEVEL_PRACTISING);
}

static void
count_changed (SpPlan *plan,
               guint  *count)
{
  (*count)++;
}

static SpGoal *
new_titled_goal (const char *title)
{
  SpGoal *goal = sp_goal_new ();
  SpAction *action = sp_action_new (SP_WAY_PEOPLE);

  goal->title = g_strdup (title);
  action->description = g_strdup ("Ask Marta");
  sp_goal_add_action (goal, action);

  return goal;
}

static void
test_plan_edits (void)
{
  g_autoptr(SpPlan) plan = sp_plan_new ();
  g_autoptr(SpGoal) goal = new_titled_goal ("Run a members' assembly");
  g_autoptr(SpGoal) copy = NULL;
  guint changed = 0;
  SpWay way;
  SpProgress progress;

  g_signal_connect (plan, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_true (sp_plan_add_goal (plan, goal));
  g_assert_true (sp_plan_add_goal (plan, goal));
  g_assert_true (sp_plan_add_goal (plan, goal));
  g_assert_false (sp_plan_add_goal (plan, goal));
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, 3);

  /* Copies keep the uids: the goal and its actions. */
  copy = sp_goal_copy (goal);
  g_assert_cmpstr (copy->uid, ==, goal->uid);
  g_assert_cmpstr (((SpAction *) g_ptr_array_index (copy->actions, 0))->uid, ==,
                   ((SpAction *) g_ptr_array_index (goal->actions, 0))->uid);
  g_assert_true (copy->actions != goal->actions);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->uid, ==, goal->uid);

  g_free (copy->title);
  copy->title = g_strdup ("Chair it");
  copy->status = SP_PROGRESS_IN_PROGRESS;
  sp_plan_replace_goal (plan, 1, copy);
  g_assert_cmpstr (sp_plan_get_goal (plan, 1)->title, ==, "Chair it");

  sp_plan_remove_goal (plan, 0);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->title, ==, "Chair it");
  g_assert_cmpuint (changed, ==, 5);

  g_assert_true (sp_way_from_string ("course", &way));
  g_assert_cmpint (way, ==, SP_WAY_COURSE);
  g_assert_false (sp_way_from_string ("Course", &way));
  g_assert_true (sp_progress_from_string ("in-progress", &progress));
  g_assert_cmpint (progress, ==, SP_PROGRESS_IN_PROGRESS);
  g_assert_false (sp_progress_from_string ("started", &progress));
  g_assert_cmpstr (sp_progress_to_string (SP_PROGRESS_DONE), ==, "done");
  g_assert_cmpstr (sp_progress_get_label (SP_PROGRESS_DONE), ==, "Done");

  /* New goals get fresh uids. */
  {
    g_autoptr(SpGoal) other = sp_goal_new ();

    g_assert_cmpstr (other->uid, !=, goal->uid);
  }
}

static char *
dup_titles (SpPlan *plan)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < sp_plan_get_n_goals (plan); i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "", sp_plan_get_goal (plan, i)->title);

  return g_string_free (titles, FALSE);
}

#define assert_titles(plan, expected) \
  G_STMT_START { \
    g_autofree char *titles_ = dup_titles (plan); \
    g_assert_cmpstr (titles_, ==, expected); \
  } G_STMT_END

static void
replace_title (SpPlan     *plan,
               guint       index,
               const char *title)
{
  g_autoptr(SpGoal) goal = sp_goal_copy (sp_plan_get_goal (plan, index));

  g_free (goal->title);
  goal->title = g_strdup (title);
  sp_plan_replace_goal (plan, index, goal);
}

static void
test_plan_undo_redo (void)
{
  g_autoptr(SpPlan) plan = sp_plan_new ();
  g_autoptr(SpGoal) a = new_titled_goal ("A");
  g_autoptr(SpGoal) b = new_titled_goal ("B");
  g_autoptr(SpGoal) c = new_titled_goal ("C");
  guint changed = 0;

  g_assert_false (sp_plan_can_undo (plan));
  g_assert_false (sp_plan_undo (plan));
  g_assert_false (sp_plan_redo (plan));

  sp_plan_set_target (plan, "steward");
  sp_plan_add_goal (plan, a);
  sp_plan_add_goal (plan, b);
  sp_plan_add_goal (plan, c);
  sp_plan_move_goal (plan, 2, 0);
  assert_titles (plan, "C|A|B");
  sp_plan_remove_goal (plan, 1);
  assert_titles (plan, "C|B");

  g_signal_connect (plan, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C|A|B");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "A|B|C");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (sp_plan_can_redo (plan));
  g_assert_true (sp_plan_redo (plan));
  assert_titles (plan, "C|A|B");

  /* Typing in one field: many replacements, one step. */
  sp_plan_begin_edit (plan);
  replace_title (plan, 1, "A1");
  replace_title (plan, 1, "A12");
  replace_title (plan, 1, "A123");
  sp_plan_end_edit (plan);
  g_assert_false (sp_plan_can_redo (plan));   /* a new edit drops the redo steps */
  assert_titles (plan, "C|A123|B");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C|A|B");
  g_assert_true (sp_plan_redo (plan));
  assert_titles (plan, "C|A123|B");

  /* Outside a group, or on another goal, each replacement is a step. */
  replace_title (plan, 0, "C1");
  replace_title (plan, 0, "C2");
  sp_plan_begin_edit (plan);
  replace_title (plan, 2, "B1");
  replace_title (plan, 0, "C3");
  sp_plan_end_edit (plan);
  assert_titles (plan, "C3|A123|B1");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C2|A123|B1");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C2|A123|B");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C1|A123|B");

  /* Clear, then back; and back to before the target was set. */
  sp_plan_clear (plan);
  assert_titles (plan, "");
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C1|A123|B");
  while (sp_plan_undo (plan))
    ;
  assert_titles (plan, "");
  g_assert_null (sp_plan_get_target (plan));
  while (sp_plan_redo (plan))
    ;
  assert_titles (plan, "");   /* up to the clear, the last step */
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "C1|A123|B");
  g_assert_cmpstr (sp_plan_get_target (plan), ==, "steward");

  /* The uids survive the round through the history. */
  g_assert_cmpstr (sp_plan_get_goal (plan, 2)->uid, ==, b->uid);

  sp_plan_clear_history (plan);
  g_assert_false (sp_plan_can_undo (plan));
  g_assert_false (sp_plan_can_redo (plan));
}

/* A proposal is one step: undo brings back the plan the person had. */
static void
test_plan_propose_undo (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 0);
  g_autoptr(SpAssessment) assessment = new_persona (profile);
  g_autoptr(SpResult) result = sp_result_new (assessment);
  g_autoptr(SpPlan) plan = sp_plan_new ();
  g_autoptr(SpGoal) mine = new_titled_goal ("Mine");
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 3, 2027);
  sp_plan_add_goal (plan, mine);
  sp_plan_propose (plan, result, profile, &today);
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, 3);
  g_assert_true (sp_plan_undo (plan));
  assert_titles (plan, "Mine");
  g_assert_null (sp_plan_get_target (plan));
}

/* A match that rests partly on skipped statements says so. */
static void
test_explanation_counts_skips (void)
{
  const SpProfile *profile = sp_framework_get_profile (framework, 6);
  g_autoptr(SpAssessment) assessment = new_persona (profile);
  g_autoptr(SpResult) full = sp_result_new (assessment);
  g_autoptr(SpResult) skipped = NULL;
  g_autofree char *full_text = sp_result_dup_explanation (full);
  g_autofree char *skipped_text = NULL;

  g_assert_null (strstr (full_text, "skipped"));

  sp_assessment_set_answer (assessment, profile->competences[1]->items[1]->index, SP_ANSWER_SKIP);
  sp_assessment_set_answer (assessment, profile->competences[2]->items[1]->index, SP_ANSWER_SKIP);
  skipped = sp_result_new (assessment);
  skipped_text = sp_result_dup_explanation (skipped);

  g_assert_true (sp_result_get_match (skipped) == profile);
  g_assert_nonnull (strstr (skipped_text, "2 statements about these competences were skipped"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  framework = sp_framework_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/scoring/band", test_band);
  g_test_add_func ("/scoring/competence/needs-two-answers", test_competence_needs_two_answers);
  g_test_add_func ("/scoring/competence/skip-is-not-a-number", test_skip_is_not_a_number);
  g_test_add_func ("/scoring/match/persona-each-profile", test_persona_each_profile);
  g_test_add_func ("/scoring/match/all-same-is-uniform", test_all_same_is_uniform);
  g_test_add_func ("/scoring/match/mostly-same-but-separating",
                   test_mostly_same_but_separating_is_clear);
  g_test_add_func ("/scoring/match/too-few-answers", test_too_few_answers);
  g_test_add_func ("/scoring/match/flat-high-and-low", test_flat_high_and_low);
  g_test_add_func ("/scoring/match/tie", test_tie_close_to_top);
  g_test_add_func ("/scoring/match/tie-rule-key-competence", test_tie_rule_key_competence);
  g_test_add_func ("/scoring/match/tie-rule-catalogue-order", test_tie_rule_catalogue_order);
  g_test_add_func ("/scoring/match/close-second", test_close_second);
  g_test_add_func ("/scoring/ranking/complete-and-sorted", test_ranking_complete_and_sorted);
  g_test_add_func ("/scoring/explain/drivers", test_drivers_explain_affinity);
  g_test_add_func ("/scoring/affinity/needs-coverage", test_profile_needs_coverage);
  g_test_add_func ("/plan/gaps/ranked", test_plan_gaps_ranked);
  g_test_add_func ("/plan/gaps/key-alone", test_plan_gaps_key_alone);
  g_test_add_func ("/plan/propose/persona", test_plan_propose_persona);
  g_test_add_func ("/plan/propose/newcomer", test_plan_propose_newcomer);
  g_test_add_func ("/plan/propose/undo", test_plan_propose_undo);
  g_test_add_func ("/plan/edits", test_plan_edits);
  g_test_add_func ("/plan/undo-redo", test_plan_undo_redo);

  g_test_add_func ("/scoring/explain/counts-skips", test_explanation_counts_skips);

  status = g_test_run ();
  g_clear_object (&framework);

  return status;
}
