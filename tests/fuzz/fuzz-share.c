/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-share"

#include "config.h"

#include "fuzz-common.h"

#include "sp-team.h"

#include <math.h>

/* Any bytes as a share file: refused with a proper error, or loaded; what
 * is loaded saves and loads again to the same bytes, and joins a team,
 * which maps it onto the shipped framework and counts it. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sp_fuzz_init ();
  sp_fuzz_get_framework ();

  return 0;
}

static void
check_round_trip (SpShare *share)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = sp_share_to_bytes (share);
  g_autoptr(SpShare) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  again = sp_share_load_bytes (saved, "again.sseshare", &error);
  if (again == NULL)
    g_error ("A saved share does not load: %s", error->message);

  saved_again = sp_share_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

static void
check_in_team (SpShare *share)
{
  SpFramework *framework = sp_fuzz_get_framework ();
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  SpTeamAdd added;

  sp_team_set_min_group (team, 1);
  added = sp_team_add_share (team, share, "fuzz.sseshare");
  if (added != SP_TEAM_ADD_MERGED)
    {
      g_assert_cmpuint (sp_team_get_n_members (team), ==, 0);
      return;
    }

  sp_team_get_member_profile (team, 0);
  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      double score = sp_team_get_member_score (team, 0, competence);

      g_assert_true (isnan (score) || (score >= 0.0 && score <= 100.0));
      sp_team_get_coverage (team, competence, NULL);
    }

  gaps = sp_team_dup_largest_gaps (team, 5);
  suggestions = sp_team_dup_suggestions (team, 5);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) share = NULL;

  share = sp_share_load_bytes (bytes, "fuzz.sseshare", &error);
  if (share == NULL)
    {
      sp_fuzz_check_error (error, "fuzz.sseshare");
      return 0;
    }

  check_round_trip (share);
  check_in_team (share);

  return 0;
}
