/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-result-text"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-result.h"
#include "sp-scoring-private.h"

#include <math.h>

/* The words people read about their result: a headline and an explanation
 * built from the numbers of SpResult, so that every claim can be traced
 * back to a score or an answer. */

static int
rounded (double value)
{
  return (int) lround (value);
}

char *
sp_result_dup_headline (SpResult *self)
{
  const SpProfile *match;
  const SpProfile *runner_up;
  double elevation;

  g_return_val_if_fail (self != NULL, NULL);

  match = sp_result_get_match (self);
  runner_up = sp_result_get_runner_up (self);
  elevation = sp_result_get_elevation (self);

  switch (sp_result_get_status (self))
    {
    case SP_STATUS_CLEAR:
      return g_strdup_printf (_("Your closest role: %s"), match->name);
    case SP_STATUS_CLOSE:
      return g_strdup_printf (_("Your closest role: %s, with %s close behind"),
                              match->name, runner_up->name);
    case SP_STATUS_TIE:
      return g_strdup_printf (_("Two roles fit you equally: %s and %s"),
                              match->name, runner_up->name);
    case SP_STATUS_FLAT:
      if (elevation >= SP_FLAT_HIGH)
        return g_strdup (_("Several roles are open to you"));
      if (elevation <= SP_FLAT_LOW)
        return g_strdup (_("You are at the start of your path"));
      return g_strdup (_("No single role stands out yet"));
    case SP_STATUS_UNIFORM:
      return g_strdup (_("Your answers cannot tell the roles apart"));
    case SP_STATUS_TOO_FEW_ANSWERS:
    default:
      return g_strdup (_("Not enough answers for a result yet"));
    }
}

static void
append_drivers (GString         *text,
                SpResult        *self,
                const SpProfile *profile)
{
  g_autoptr(GArray) drivers = sp_result_dup_drivers (self, profile);
  double affinity = sp_result_get_profile_affinity (self, profile);
  const SpDriver *first;
  const SpDriver *second;

  if (drivers->len == 0)
    return;

  first = &g_array_index (drivers, SpDriver, 0);

  if (drivers->len == 1)
    {
      g_string_append_printf (text,
                              _("%s scores %d out of 100, through %s (%d)."),
                              profile->name, rounded (affinity),
                              first->competence->name, rounded (first->score));
      return;
    }

  second = &g_array_index (drivers, SpDriver, 1);
  g_string_append_printf (text,
                          _("%s scores %d out of 100, mainly through %s (%d) and %s (%d)."),
                          profile->name, rounded (affinity),
                          first->competence->name, rounded (first->score),
                          second->competence->name, rounded (second->score));
}

static void
append_top_items (GString         *text,
                  SpResult        *self,
                  const SpProfile *profile)
{
  g_autoptr(GPtrArray) items = sp_result_dup_top_items (self, profile, 2);
  SpFramework *framework = sp_result_get_framework (self);

  if (items->len == 0)
    return;

  g_string_append_c (text, ' ');
  g_string_append (text, _("The answers that point to it most:"));

  for (guint i = 0; i < items->len; i++)
    {
      const SpItem *item = g_ptr_array_index (items, i);
      int value = sp_result_get_item_answer (self, item);

      /* Translators: an item the person answered, then their answer */
      g_string_append_printf (text, _(" “%s” (%s)"), item->text,
                              sp_framework_get_scale_label (framework, value));
      g_string_append_c (text, i + 1 < items->len ? ';' : '.');
    }
}

static const SpCompetence *
weakest_competence (SpResult        *self,
                    const SpProfile *profile)
{
  const SpCompetence *weakest = NULL;
  double lowest = INFINITY;

  for (guint i = 0; i < profile->n_competences; i++)
    {
      double score = sp_result_get_competence_score (self, profile->competences[i]);

      if (!isnan (score) && score < lowest)
        {
          lowest = score;
          weakest = profile->competences[i];
        }
    }

  return weakest;
}

static void
append_runner_up (GString  *text,
                  SpResult *self)
{
  const SpProfile *match = sp_result_get_match (self);
  const SpProfile *runner_up = sp_result_get_runner_up (self);
  const SpCompetence *needed;
  int gap;

  if (runner_up == NULL)
    return;

  gap = rounded (sp_result_get_gap (self));
  g_string_append_c (text, ' ');

  if (sp_result_get_status (self) == SP_STATUS_TIE)
    g_string_append_printf (text,
                            ngettext ("%s is only %d point behind, so both roles fit you; "
                                      "%s comes first by the rule in the method (higher score, "
                                      "then the stronger most important competence).",
                                      "%s is only %d points behind, so both roles fit you; "
                                      "%s comes first by the rule in the method (higher score, "
                                      "then the stronger most important competence).",
                                      gap),
                            runner_up->name, gap, match->name);
  else
    g_string_append_printf (text,
                            ngettext ("The next role, %s, is %d point behind.",
                                      "The next role, %s, is %d points behind.", gap),
                            runner_up->name, gap);

  needed = weakest_competence (self, runner_up);
  if (needed != NULL)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("To grow towards %s, the place to start is “%s” (%d)."),
                              runner_up->name, needed->name,
                              rounded (sp_result_get_competence_score (self, needed)));
    }
}

/* Statements about @profile's competences that were skipped or left
 * open: the match rests on the others, which the person should know. */
static guint
count_missing_answers (SpResult        *self,
                       const SpProfile *profile)
{
  guint missing = 0;

  for (guint c = 0; c < profile->n_competences; c++)
    {
      const SpCompetence *competence = profile->competences[c];

      for (guint i = 0; i < competence->n_items; i++)
        if (sp_result_get_item_answer (self, competence->items[i]) < SP_SCALE_MIN)
          missing++;
    }

  return missing;
}

static void
append_missing_answers (GString         *text,
                        SpResult        *self,
                        const SpProfile *profile)
{
  guint missing = count_missing_answers (self, profile);

  if (missing == 0)
    return;

  g_string_append_c (text, ' ');
  g_string_append_printf (text,
                          ngettext ("%u statement about these competences was skipped, so this "
                                    "match rests on fewer answers: a skipped statement counts "
                                    "neither for nor against a role.",
                                    "%u statements about these competences were skipped, so "
                                    "this match rests on fewer answers: a skipped statement "
                                    "counts neither for nor against a role.",
                                    missing),
                          missing);
}

static void
append_match (GString  *text,
              SpResult *self)
{
  const SpProfile *match = sp_result_get_match (self);

  append_drivers (text, self, match);
  append_missing_answers (text, self, match);
  append_top_items (text, self, match);
  append_runner_up (text, self);
  g_string_append_c (text, ' ');
  g_string_append (text, _("This is a mirror, not a verdict: talk it over with a mentor "
                           "or a peer."));
}

static void
append_flat (GString  *text,
             SpResult *self)
{
  const SpAffinity *top = sp_result_get_affinity (self, 0);
  double elevation = sp_result_get_elevation (self);
  double lowest = top->affinity;

  for (guint i = 0; i < sp_result_get_n_affinities (self); i++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (self, i);

      if (!isnan (affinity->affinity))
        lowest = affinity->affinity;
    }

  g_string_append_printf (text,
                          ngettext ("The ten roles lie within %d point of each other, "
                                    "so none of them stands out.",
                                    "The ten roles lie within %d points of each other, "
                                    "so none of them stands out.",
                                    rounded (top->affinity - lowest)),
                          rounded (top->affinity - lowest));
  g_string_append_c (text, ' ');

  if (elevation >= SP_FLAT_HIGH)
    g_string_append (text, _("Your scores are broadly high: several roles are open to you. "
                             "Choose the one that motivates you most as the target of your plan."));
  else if (elevation <= SP_FLAT_LOW)
    g_string_append (text, _("Your scores are broadly low, which is usual at the start. "
                             "Build on the shared competences first, and answer the "
                             "questionnaires again after some months of practice."));
  else
    g_string_append (text, _("Your scores sit in the middle range. A talk with a trainer or a "
                             "peer can help you choose a direction."));

  g_string_append_c (text, ' ');
  g_string_append_printf (text, _("For reference, the highest is %s (%d)."),
                          top->profile->name, rounded (top->affinity));
}

static void
append_uniform (GString  *text,
                SpResult *self)
{
  SpFramework *framework = sp_result_get_framework (self);
  int share = rounded (100.0 * sp_result_get_modal_share (self));
  const char *label = sp_framework_get_scale_label (framework, sp_result_get_modal_answer (self));

  g_string_append_printf (text,
                          _("%d%% of your answers are “%s”, so they cannot show which role "
                            "fits you best."),
                          share, label);
  g_string_append_c (text, ' ');
  g_string_append (text, _("Try again with concrete situations from your own experience in mind. "
                           "Your competence scores are still shown."));
}

static void
append_too_few (GString  *text,
                SpResult *self)
{
  guint n_items = sp_result_get_n_items (self);
  guint answered = sp_result_get_n_answered (self);
  guint needed = (n_items + 1) / 2;

  g_string_append_printf (text,
                          ngettext ("You answered %u of %u question.",
                                    "You answered %u of %u questions.", n_items),
                          answered, n_items);
  g_string_append_c (text, ' ');
  g_string_append_printf (text,
                          ngettext ("A role can be suggested from %u answer on; skipped "
                                    "questions do not count.",
                                    "A role can be suggested from %u answers on; skipped "
                                    "questions do not count.", needed),
                          needed);
}

char *
sp_result_dup_explanation (SpResult *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);

  switch (sp_result_get_status (self))
    {
    case SP_STATUS_CLEAR:
    case SP_STATUS_CLOSE:
    case SP_STATUS_TIE:
      append_match (text, self);
      break;
    case SP_STATUS_FLAT:
      append_flat (text, self);
      break;
    case SP_STATUS_UNIFORM:
      append_uniform (text, self);
      break;
    case SP_STATUS_TOO_FEW_ANSWERS:
    default:
      append_too_few (text, self);
      break;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
