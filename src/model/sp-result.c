/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-result"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-result.h"
#include "sp-scoring-private.h"

#include <math.h>

struct _SpResult
{
  gatomicrefcount  ref_count;

  SpFramework     *framework;
  gint8           *answers;            /* copy, one per item */

  double          *scores;             /* per competence, NAN = not assessed */
  guint           *n_answered;         /* per competence */
  double          *affinity;           /* per profile, NAN = not computable */
  SpAffinity      *ranking;            /* n_profiles, best first */
  guint            n_profiles;

  SpStatus         status;
  guint            n_answered_items;
  guint            n_items;
  double           elevation;
  int              modal_answer;
  double           modal_share;
};

G_DEFINE_BOXED_TYPE (SpResult, sp_result, sp_result_ref, sp_result_unref)

static double
competence_weight (const SpCompetence *competence)
{
  const SpProfile *profile = competence->profile;

  if (profile != NULL && profile->key == competence)
    return SP_KEY_WEIGHT;

  return 1.0;
}

static void
score_competences (SpResult *self)
{
  guint n = sp_framework_get_n_competences (self->framework);

  self->scores = g_new (double, n);
  self->n_answered = g_new0 (guint, n);

  for (guint c = 0; c < n; c++)
    {
      const SpCompetence *competence = sp_framework_get_competence (self->framework, c);
      double sum = 0.0;
      guint count = 0;

      for (guint i = 0; i < competence->n_items; i++)
        {
          int value = self->answers[competence->items[i]->index];

          if (value < SP_SCALE_MIN || value > SP_SCALE_MAX)
            continue;

          sum += sp_scale_to_score (value);
          count++;
        }

      self->n_answered[c] = count;
      self->scores[c] = count >= SP_MIN_ITEMS_PER_COMPETENCE ? sum / count : NAN;
    }
}

static double
compute_affinity (SpResult        *self,
                  const SpProfile *profile)
{
  double total_weight = 0.0;
  double assessed_weight = 0.0;
  double sum = 0.0;

  for (guint i = 0; i < profile->n_competences; i++)
    {
      const SpCompetence *competence = profile->competences[i];
      double weight = competence_weight (competence);
      double score = self->scores[competence->index];

      total_weight += weight;
      if (isnan (score))
        continue;

      assessed_weight += weight;
      sum += weight * score;
    }

  if (assessed_weight <= 0.0 || assessed_weight < SP_MIN_PROFILE_COVERAGE * total_weight)
    return NAN;

  return sum / assessed_weight;
}

static guint
count_profile_answers (SpResult        *self,
                       const SpProfile *profile)
{
  guint count = 0;

  for (guint i = 0; i < profile->n_competences; i++)
    count += self->n_answered[profile->competences[i]->index];

  return count;
}

/* The documented order: higher affinity; on equal affinity, the higher
 * score on the most important competence, then more items answered, then
 * catalogue order. Profiles without an affinity come last. */
static int
compare_ranking (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  SpResult *self = user_data;
  const SpAffinity *x = a;
  const SpAffinity *y = b;
  double kx, ky;
  guint nx, ny;

  if (isnan (x->affinity) != isnan (y->affinity))
    return isnan (x->affinity) ? 1 : -1;

  if (!isnan (x->affinity) && x->affinity != y->affinity)
    return x->affinity > y->affinity ? -1 : 1;

  kx = self->scores[x->profile->key->index];
  ky = self->scores[y->profile->key->index];
  if (!isnan (kx) && !isnan (ky) && kx != ky)
    return kx > ky ? -1 : 1;

  nx = count_profile_answers (self, x->profile);
  ny = count_profile_answers (self, y->profile);
  if (nx != ny)
    return nx > ny ? -1 : 1;

  return (int) x->profile->index - (int) y->profile->index;
}

static void
rank_profiles (SpResult *self)
{
  self->n_profiles = sp_framework_get_n_profiles (self->framework);
  self->affinity = g_new (double, self->n_profiles);
  self->ranking = g_new (SpAffinity, self->n_profiles);

  for (guint p = 0; p < self->n_profiles; p++)
    {
      const SpProfile *profile = sp_framework_get_profile (self->framework, p);

      self->affinity[p] = compute_affinity (self, profile);
      self->ranking[p].profile = profile;
      self->ranking[p].affinity = self->affinity[p];
    }

  g_qsort_with_data (self->ranking, self->n_profiles, sizeof (SpAffinity),
                     compare_ranking, self);
}

static void
summarise_answers (SpResult *self)
{
  guint counts[SP_SCALE_MAX + 1] = { 0 };
  guint n_competences = sp_framework_get_n_competences (self->framework);
  guint n_assessed = 0;
  double sum = 0.0;

  for (guint i = 0; i < self->n_items; i++)
    {
      int value = self->answers[i];

      if (value >= SP_SCALE_MIN && value <= SP_SCALE_MAX)
        counts[value]++;
    }

  self->modal_answer = 0;
  for (int v = SP_SCALE_MIN; v <= SP_SCALE_MAX; v++)
    {
      self->n_answered_items += counts[v];
      if (counts[v] > 0 && (self->modal_answer == 0 || counts[v] > counts[self->modal_answer]))
        self->modal_answer = v;
    }

  self->modal_share = self->n_answered_items > 0
                    ? (double) counts[self->modal_answer] / self->n_answered_items
                    : 0.0;

  for (guint c = 0; c < n_competences; c++)
    {
      if (isnan (self->scores[c]))
        continue;

      sum += self->scores[c];
      n_assessed++;
    }

  self->elevation = n_assessed > 0 ? sum / n_assessed : NAN;
}

static guint
count_computable (SpResult *self)
{
  guint n = 0;

  for (guint p = 0; p < self->n_profiles; p++)
    if (!isnan (self->ranking[p].affinity))
      n++;

  return n;
}

static SpStatus
decide_status (SpResult *self)
{
  guint n_computable = count_computable (self);
  double range, gap;

  if (2 * self->n_answered_items < self->n_items || n_computable < 2)
    return SP_STATUS_TOO_FEW_ANSWERS;

  range = self->ranking[0].affinity - self->ranking[n_computable - 1].affinity;
  gap = self->ranking[0].affinity - self->ranking[1].affinity;

  if (self->modal_share >= SP_UNIFORM_SHARE && range < SP_FLAT_RANGE)
    return SP_STATUS_UNIFORM;

  if (range < SP_FLAT_RANGE)
    return SP_STATUS_FLAT;

  if (gap < SP_TIE_GAP)
    return SP_STATUS_TIE;

  if (gap < SP_CLOSE_GAP)
    return SP_STATUS_CLOSE;

  return SP_STATUS_CLEAR;
}

/**
 * sp_result_new:
 * @assessment: the answers to score
 *
 * Scores every competence, ranks the ten profiles and decides the outcome,
 * as docs/method.md describes. The result is a snapshot: later changes to
 * @assessment do not reach it.
 *
 * Returns: (transfer full): a new result
 */
SpResult *
sp_result_new (SpAssessment *assessment)
{
  SpResult *self;

  g_return_val_if_fail (SP_IS_ASSESSMENT (assessment), NULL);

  self = g_new0 (SpResult, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->framework = g_object_ref (sp_assessment_get_framework (assessment));
  self->n_items = sp_framework_get_n_items (self->framework);
  self->answers = g_new (gint8, self->n_items);

  for (guint i = 0; i < self->n_items; i++)
    self->answers[i] = (gint8) sp_assessment_get_answer (assessment, i);

  score_competences (self);
  rank_profiles (self);
  summarise_answers (self);
  self->status = decide_status (self);

  return self;
}

SpResult *
sp_result_ref (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sp_result_unref (SpResult *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->framework);
  g_free (self->answers);
  g_free (self->scores);
  g_free (self->n_answered);
  g_free (self->affinity);
  g_free (self->ranking);
  g_free (self);
}

SpFramework *
sp_result_get_framework (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->framework;
}

SpStatus
sp_result_get_status (SpResult *self)
{
  g_return_val_if_fail (self != NULL, SP_STATUS_TOO_FEW_ANSWERS);

  return self->status;
}

gboolean
sp_status_has_match (SpStatus status)
{
  return status == SP_STATUS_CLEAR || status == SP_STATUS_CLOSE || status == SP_STATUS_TIE;
}

const SpProfile *
sp_result_get_match (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!sp_status_has_match (self->status))
    return NULL;

  return self->ranking[0].profile;
}

const SpProfile *
sp_result_get_runner_up (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (count_computable (self) < 2)
    return NULL;

  return self->ranking[1].profile;
}

double
sp_result_get_gap (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  if (count_computable (self) < 2)
    return NAN;

  return self->ranking[0].affinity - self->ranking[1].affinity;
}

guint
sp_result_get_n_affinities (SpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_profiles;
}

const SpAffinity *
sp_result_get_affinity (SpResult *self,
                        guint     rank)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rank < self->n_profiles, NULL);

  return &self->ranking[rank];
}

double
sp_result_get_profile_affinity (SpResult        *self,
                                const SpProfile *profile)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (profile != NULL, NAN);
  g_return_val_if_fail (profile->index < self->n_profiles, NAN);

  return self->affinity[profile->index];
}

double
sp_result_get_competence_score (SpResult           *self,
                                const SpCompetence *competence)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (competence != NULL, NAN);

  return self->scores[competence->index];
}

guint
sp_result_get_competence_n_answered (SpResult           *self,
                                     const SpCompetence *competence)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (competence != NULL, 0);

  return self->n_answered[competence->index];
}

guint
sp_result_get_n_answered (SpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_answered_items;
}

guint
sp_result_get_n_items (SpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_items;
}

double
sp_result_get_elevation (SpResult *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->elevation;
}

int
sp_result_get_modal_answer (SpResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->modal_answer;
}

double
sp_result_get_modal_share (SpResult *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->modal_share;
}

int
sp_result_get_item_answer (SpResult     *self,
                           const SpItem *item)
{
  g_return_val_if_fail (self != NULL, SP_ANSWER_NONE);
  g_return_val_if_fail (item != NULL && item->index < self->n_items, SP_ANSWER_NONE);

  return self->answers[item->index];
}

static int
compare_drivers (gconstpointer a,
                 gconstpointer b)
{
  const SpDriver *x = a;
  const SpDriver *y = b;

  if (x->contribution != y->contribution)
    return x->contribution > y->contribution ? -1 : 1;

  return (int) x->competence->index - (int) y->competence->index;
}

GArray *
sp_result_dup_drivers (SpResult        *self,
                       const SpProfile *profile)
{
  GArray *drivers;
  double assessed_weight = 0.0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (profile != NULL, NULL);

  drivers = g_array_new (FALSE, FALSE, sizeof (SpDriver));

  for (guint i = 0; i < profile->n_competences; i++)
    if (!isnan (self->scores[profile->competences[i]->index]))
      assessed_weight += competence_weight (profile->competences[i]);

  for (guint i = 0; i < profile->n_competences && assessed_weight > 0.0; i++)
    {
      const SpCompetence *competence = profile->competences[i];
      SpDriver driver = { competence, self->scores[competence->index], 0.0 };

      if (isnan (driver.score))
        continue;

      driver.contribution = competence_weight (competence) * driver.score / assessed_weight;
      g_array_append_val (drivers, driver);
    }

  g_array_sort (drivers, compare_drivers);

  return drivers;
}

static int
compare_items_by_answer (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  SpResult *self = user_data;
  const SpItem *x = *(const SpItem * const *) a;
  const SpItem *y = *(const SpItem * const *) b;
  int vx = self->answers[x->index];
  int vy = self->answers[y->index];

  if (vx != vy)
    return vy - vx;

  return (int) x->index - (int) y->index;
}

GPtrArray *
sp_result_dup_top_items (SpResult        *self,
                         const SpProfile *profile,
                         guint            max)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (profile != NULL, NULL);

  items = g_ptr_array_new ();

  for (guint c = 0; c < profile->n_competences; c++)
    {
      const SpCompetence *competence = profile->competences[c];

      for (guint i = 0; i < competence->n_items; i++)
        if (self->answers[competence->items[i]->index] >= SP_SCALE_MIN)
          g_ptr_array_add (items, (gpointer) competence->items[i]);
    }

  g_ptr_array_sort_with_data (items, compare_items_by_answer, self);
  if (items->len > max)
    g_ptr_array_set_size (items, max);

  return g_steal_pointer (&items);
}

const char *
sp_status_to_string (SpStatus status)
{
  switch (status)
    {
    case SP_STATUS_CLEAR:
      return "clear";
    case SP_STATUS_CLOSE:
      return "close";
    case SP_STATUS_TIE:
      return "tie";
    case SP_STATUS_FLAT:
      return "flat";
    case SP_STATUS_UNIFORM:
      return "uniform";
    case SP_STATUS_TOO_FEW_ANSWERS:
      return "too-few-answers";
    default:
      g_return_val_if_reached ("too-few-answers");
    }
}

SpBand
sp_band_for_score (double score)
{
  if (score >= 75.0)
    return SP_BAND_CAN_LEAD;
  if (score >= 50.0)
    return SP_BAND_AUTONOMOUS;
  if (score >= 25.0)
    return SP_BAND_WITH_SUPPORT;

  return SP_BAND_DISCOVERING;
}

const char *
sp_band_get_label (SpBand band)
{
  switch (band)
    {
    case SP_BAND_DISCOVERING:
      /* Translators: a score band, 0–24 of 100 */
      return _("Discovering");
    case SP_BAND_WITH_SUPPORT:
      /* Translators: a score band, 25–49 of 100 */
      return _("With support");
    case SP_BAND_AUTONOMOUS:
      /* Translators: a score band, 50–74 of 100 */
      return _("Autonomous");
    case SP_BAND_CAN_LEAD:
      /* Translators: a score band, 75–100 of 100 */
      return _("Can lead and teach");
    default:
      g_return_val_if_reached ("");
    }
}
