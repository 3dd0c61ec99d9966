/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-team"

#include "config.h"

#include "fuzz-common.h"

#include "sp-team.h"

/* Any bytes as a team audit file: refused with a proper error, or loaded;
 * what is loaded saves and loads again to the same bytes, and its
 * aggregates and class view can be computed. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sp_fuzz_init ();
  sp_fuzz_get_framework ();

  return 0;
}

static void
check_round_trip (SpTeam *team)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = sp_team_to_bytes (team);
  g_autoptr(SpTeam) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  again = sp_team_load_bytes (sp_fuzz_get_framework (), saved, "again.sseteam", &error);
  if (again == NULL)
    g_error ("A saved team audit does not load: %s", error->message);

  g_assert_cmpuint (sp_team_get_n_members (again), ==, sp_team_get_n_members (team));
  saved_again = sp_team_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

static void
check_aggregates (SpTeam *team)
{
  SpFramework *framework = sp_team_get_framework (team);
  g_autoptr(GPtrArray) uncovered = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GArray) shown = NULL;
  g_autoptr(GArray) progress = NULL;

  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    sp_team_get_profile_count (team, sp_framework_get_profile (framework, p));

  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      sp_team_get_coverage (team, competence, NULL);
      for (int band = -1; band <= SP_BAND_CAN_LEAD; band++)
        sp_team_get_band_count (team, competence, band);
    }

  uncovered = sp_team_dup_uncovered_roles (team);
  suggestions = sp_team_dup_suggestions (team, 5);
  shown = sp_team_dup_shown_members (team);
  progress = sp_team_dup_progress (team, team);
  g_assert_cmpuint (progress->len, ==, sp_framework_get_n_competences (framework));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) team = NULL;

  team = sp_team_load_bytes (sp_fuzz_get_framework (), bytes, "fuzz.sseteam", &error);
  if (team == NULL)
    {
      sp_fuzz_check_error (error, "fuzz.sseteam");
      return 0;
    }

  check_round_trip (team);
  check_aggregates (team);

  return 0;
}
