/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-map"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-private.h"

#include <math.h>

/* Ids that could not be mapped, by kind, for one message. */
typedef struct
{
  GPtrArray *unknown_items;        /* const char *, owned by the share */
  GPtrArray *unknown_competences;
  GPtrArray *missing_competences;
} Unmapped;

static void
unmapped_clear (Unmapped *unmapped)
{
  g_clear_pointer (&unmapped->unknown_items, g_ptr_array_unref);
  g_clear_pointer (&unmapped->unknown_competences, g_ptr_array_unref);
  g_clear_pointer (&unmapped->missing_competences, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Unmapped, unmapped_clear)

static void
unmapped_init (Unmapped *unmapped)
{
  unmapped->unknown_items = g_ptr_array_new ();
  unmapped->unknown_competences = g_ptr_array_new ();
  unmapped->missing_competences = g_ptr_array_new ();
}

static const SpProfile *
lookup_stored_profile (SpFramework *framework,
                       SpShare     *share)
{
  const char *id = sp_share_get_profile_id (share);

  return id != NULL ? sp_framework_lookup_profile (framework, id) : NULL;
}

/* Stored scores by competence id; competences the file lacks stay NAN. */
static void
map_scores (SpFramework  *framework,
            SpShare      *share,
            SpTeamMember *member,
            Unmapped     *unmapped)
{
  guint n_scores = sp_share_get_n_scores (share);

  for (guint i = 0; i < n_scores; i++)
    {
      const char *id = NULL;
      double score = NAN;
      const SpCompetence *competence;

      sp_share_get_score (share, i, &id, &score);
      competence = sp_framework_lookup_competence (framework, id);
      if (competence == NULL)
        g_ptr_array_add (unmapped->unknown_competences, (gpointer) id);
      else
        member->scores[competence->index] = score;
    }
}

/* The answers of another framework version, placed by item id. */
static SpAssessment *
map_answers (SpFramework *framework,
             SpShare     *share,
             Unmapped    *unmapped,
             guint       *n_mapped)
{
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  guint n_answers = sp_share_get_n_answers (share);

  *n_mapped = 0;
  for (guint i = 0; i < n_answers; i++)
    {
      const char *id = NULL;
      int answer = SP_ANSWER_NONE;
      const SpItem *item;

      sp_share_get_answer (share, i, &id, &answer);
      item = sp_framework_lookup_item (framework, id);
      if (item == NULL)
        {
          g_ptr_array_add (unmapped->unknown_items, (gpointer) id);
          continue;
        }

      sp_assessment_set_answer (assessment, item->index, answer);
      *n_mapped += 1;
    }

  sp_assessment_set_date (assessment, sp_share_get_date (share));
  return g_steal_pointer (&assessment);
}

/* Another version: rescore from the answers mapped by item id; where that
 * gives no score, keep the stored score of the same competence id. */
static void
map_other_version (SpFramework  *framework,
                   SpShare      *share,
                   SpTeamMember *member,
                   Unmapped     *unmapped)
{
  g_autoptr(SpAssessment) assessment = NULL;
  g_autoptr(SpResult) result = NULL;
  guint n_competences = sp_framework_get_n_competences (framework);
  guint n_mapped = 0;

  map_scores (framework, share, member, unmapped);
  member->profile = lookup_stored_profile (framework, share);

  assessment = map_answers (framework, share, unmapped, &n_mapped);
  if (n_mapped == 0)
    return;

  result = sp_result_new (assessment);
  for (guint i = 0; i < n_competences; i++)
    {
      double score = sp_result_get_competence_score (result,
                                                     sp_framework_get_competence (framework, i));

      if (!isnan (score))
        member->scores[i] = score;
    }

  if (sp_result_get_status (result) != SP_STATUS_TOO_FEW_ANSWERS)
    member->profile = sp_result_get_match (result);
}

static void
find_missing (SpFramework  *framework,
              SpShare      *share,
              SpTeamMember *member,
              Unmapped     *unmapped)
{
  guint n_competences = sp_framework_get_n_competences (framework);

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      if (isnan (member->scores[i]) && !sp_share_lookup_score (share, competence->id, NULL))
        g_ptr_array_add (unmapped->missing_competences, (gpointer) competence->id);
    }
}

static void
append_ids (GString    *text,
            const char *intro,
            GPtrArray  *ids)
{
  if (ids->len == 0)
    return;

  g_string_append_c (text, ' ');
  g_string_append (text, intro);
  g_string_append (text, " ");
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (ids, i));
    }
  g_string_append_c (text, '.');
}

static char *
describe_unmapped (SpFramework *framework,
                   SpShare     *share,
                   Unmapped    *unmapped)
{
  GString *text;

  if (unmapped->unknown_items->len == 0 && unmapped->unknown_competences->len == 0 &&
      unmapped->missing_competences->len == 0)
    return NULL;

  text = g_string_new (NULL);
  if (g_strcmp0 (sp_share_get_framework_version (share), sp_framework_get_version (framework)) != 0)
    g_string_append_printf (text, _("Made with version %s of the framework (this is %s)."),
                            sp_share_get_framework_version (share),
                            sp_framework_get_version (framework));
  else
    g_string_append (text, _("Some ids do not match the framework."));
  append_ids (text, _("Items not in this version, left out:"), unmapped->unknown_items);
  append_ids (text, _("Competences not in this version, left out:"),
              unmapped->unknown_competences);
  append_ids (text, _("Competences this file lacks, shown as not assessed:"),
              unmapped->missing_competences);

  return g_string_free (text, FALSE);
}

char *
sp_team_map_share (SpFramework  *framework,
                   SpShare      *share,
                   SpTeamMember *member)
{
  g_auto(Unmapped) unmapped = { NULL, NULL, NULL };
  guint n_competences = sp_framework_get_n_competences (framework);

  unmapped_init (&unmapped);
  for (guint i = 0; i < n_competences; i++)
    member->scores[i] = NAN;

  if (g_strcmp0 (sp_share_get_framework_version (share),
                 sp_framework_get_version (framework)) == 0)
    {
      map_scores (framework, share, member, &unmapped);
      member->profile = lookup_stored_profile (framework, share);
    }
  else
    map_other_version (framework, share, member, &unmapped);

  find_missing (framework, share, member, &unmapped);
  return describe_unmapped (framework, share, &unmapped);
}
