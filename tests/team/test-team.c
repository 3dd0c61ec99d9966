/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-team"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-error.h"
#include "sp-team-export.h"
#include "sp-team.h"

#include <math.h>
#include <string.h>

static SpFramework *framework;

/* The first release's persona for @profile: 5 on the profile's own items,
 * 2 on every other. */
static SpAssessment *
new_persona (const SpProfile *profile)
{
  SpAssessment *assessment = sp_assessment_new (framework);
  guint n_items = sp_framework_get_n_items (framework);

  for (guint i = 0; i < n_items; i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);

      sp_assessment_set_answer (assessment, i, item->competence->profile == profile ? 5 : 2);
    }

  return assessment;
}

static SpShare *
new_share (const char *profile_id,
           const char *member_id,
           const char *name,
           gboolean    show_name)
{
  const SpProfile *profile = sp_framework_lookup_profile (framework, profile_id);
  g_autoptr(SpAssessment) assessment = NULL;

  g_assert_nonnull (profile);
  assessment = new_persona (profile);
  return sp_share_new (assessment, member_id, name, show_name);
}

/* Twelve members: one persona per role, and two more initiators; the
 * even ones agree to be shown by name. */
static SpTeam *
new_team_of_twelve (guint min_group)
{
  SpTeam *team = sp_team_new (framework);
  guint n_profiles = sp_framework_get_n_profiles (framework);

  sp_team_set_min_group (team, min_group);
  for (guint i = 0; i < n_profiles + 2; i++)
    {
      const SpProfile *profile = i < n_profiles ? sp_framework_get_profile (framework, i)
                                                : sp_framework_lookup_profile (framework,
                                                                               "initiator");
      g_autofree char *id = g_strdup_printf ("member-%02u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr(SpShare) share = new_share (profile->id, id, name, i % 2 == 0);

      g_assert_cmpint (sp_team_add_share (team, share, id), ==, SP_TEAM_ADD_MERGED);
    }

  return team;
}

static GBytes *
share_bytes_with (const char *needle,
                  const char *replacement)
{
  g_autoptr(SpShare) share = new_share ("facilitator", "old-one", "Olga", TRUE);
  g_autoptr(GBytes) bytes = sp_share_to_bytes (share);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) parts = g_strsplit (text, needle, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_bytes_new_take (g_strconcat (parts[0], replacement, parts[1], NULL),
                           strlen (parts[0]) + strlen (replacement) + strlen (parts[1]));
}

static void
test_share_roundtrip (void)
{
  g_autoptr(SpShare) share = new_share ("steward", "abc-123", "Ana, \"the\" <treasurer>", TRUE);
  g_autoptr(GBytes) bytes = sp_share_to_bytes (share);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) loaded = sp_share_load_bytes (bytes, "ana.sseshare", &error);
  double score = NAN;

  g_assert_no_error (error);
  g_assert_cmpstr (sp_share_get_member_id (loaded), ==, "abc-123");
  g_assert_cmpstr (sp_share_get_member_name (loaded), ==, "Ana, \"the\" <treasurer>");
  g_assert_true (sp_share_get_show_name (loaded));
  g_assert_cmpstr (sp_share_get_profile_id (loaded), ==, "steward");
  g_assert_cmpstr (sp_share_get_status (loaded), ==, "clear");
  g_assert_cmpuint (sp_share_get_n_scores (loaded), ==, sp_framework_get_n_competences (framework));
  g_assert_cmpuint (sp_share_get_n_answers (loaded), ==, sp_framework_get_n_items (framework));
  g_assert_true (sp_share_lookup_score (loaded, "steward-fundraising", &score));
  g_assert_cmpfloat (score, ==, 100.0);
  g_assert_true (sp_share_lookup_score (loaded, "sse-literacy", &score));
  g_assert_cmpfloat (score, ==, 25.0);
}

static void
test_share_refused (void)
{
  static const char * const bad[] = {
    "<portfolio format=\"1\"/>",
    "<share format=\"1\" framework=\"x\" framework-version=\"1\">",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(SpShare) share = sp_share_load_bytes (bytes, "bad.sseshare", &error);

      g_assert_null (share);
      g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "bad.sseshare:"));
    }
}

static void
test_personas_counts (void)
{
  g_autoptr(SpTeam) team = new_team_of_twelve (1);
  const SpProfile *initiator = sp_framework_lookup_profile (framework, "initiator");
  const SpProfile *steward = sp_framework_lookup_profile (framework, "steward");
  SpCoverage coverage = SP_COVERAGE_HIDDEN;
  g_autoptr(GPtrArray) uncovered = sp_team_dup_uncovered_roles (team);

  g_assert_cmpuint (sp_team_get_n_members (team), ==, 12);
  g_assert_cmpint (sp_team_get_profile_count (team, initiator), ==, 3);
  g_assert_cmpint (sp_team_get_profile_count (team, steward), ==, 1);
  g_assert_cmpint (sp_team_get_profile_count (team, NULL), ==, 0);

  /* Personas answer 2 (25 points) outside their role: nobody holds a
   * transversal competence at the default level 50. */
  g_assert_cmpint (sp_team_get_coverage (team, sp_framework_lookup_competence (framework,
                   "sse-literacy"), &coverage), ==, 0);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_GAP);
  g_assert_cmpint (sp_team_get_coverage (team, initiator->key, &coverage), ==, 3);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_COVERED);
  g_assert_cmpint (sp_team_get_coverage (team, steward->key, &coverage), ==, 1);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_SINGLE_POINT);
  g_assert_cmpuint (uncovered->len, ==, 0);

  /* A required level of 20 makes every transversal competence covered. */
  sp_team_set_required_level (team, 20.0);
  g_assert_cmpint (sp_team_get_coverage (team, sp_framework_lookup_competence (framework,
                   "sse-literacy"), &coverage), ==, 12);
  /* A per-competence override wins over the team's level. */
  sp_team_set_competence_level (team, steward->key, 100.0);
  g_assert_cmpfloat (sp_team_get_competence_level (team, steward->key), ==, 100.0);
  g_assert_cmpint (sp_team_get_coverage (team, steward->key, NULL), ==, 1);
}

static void
test_suppressed (void)
{
  g_autoptr(SpTeam) team = new_team_of_twelve (SP_TEAM_DEFAULT_MIN_GROUP);
  g_autoptr(SpTeam) small = sp_team_new (framework);
  g_autoptr(SpShare) one = new_share ("steward", "solo", "Solo", TRUE);
  /* The producer (member 7) is not shown by name; the steward (8) is. */
  const SpProfile *producer = sp_framework_lookup_profile (framework, "producer");
  const SpProfile *steward = sp_framework_lookup_profile (framework, "steward");
  const SpProfile *initiator = sp_framework_lookup_profile (framework, "initiator");
  SpCoverage coverage = SP_COVERAGE_HIDDEN;
  g_autoptr(GPtrArray) gaps = NULL;

  g_assert_cmpuint (sp_team_get_min_group (team), ==, 3);
  /* Three initiators, but one of them unnamed: the two named ones can be
   * subtracted, so the count is hidden. */
  g_assert_cmpint (sp_team_get_profile_count (team, initiator), ==, SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_profile_count (team, producer), ==, SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_profile_count (team, steward), ==, 1);
  g_assert_cmpint (sp_team_get_profile_count (team, NULL), ==, 0);
  g_assert_cmpint (sp_team_get_coverage (team, producer->key, &coverage), ==,
                   SP_TEAM_SUPPRESSED);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_FEW);
  g_assert_cmpint (sp_team_get_coverage (team, steward->key, &coverage), ==, 1);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_SINGLE_POINT);
  g_assert_cmpint (sp_team_get_band_count (team, producer->key, SP_BAND_CAN_LEAD), ==,
                   SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_band_count (team, producer->key, SP_BAND_WITH_SUPPORT), ==, 11);

  /* The gaps come first among the largest gaps. */
  gaps = sp_team_dup_largest_gaps (team, 3);
  g_assert_cmpuint (gaps->len, ==, 3);
  g_assert_true (((const SpCompetence *) g_ptr_array_index (gaps, 0))->transversal);

  /* A team under the minimum shows no aggregate at all, not even a zero. */
  sp_team_add_share (small, one, "solo.sseshare");
  g_assert_true (sp_team_is_hidden (small));
  g_assert_cmpint (sp_team_get_profile_count (small, NULL), ==, SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_coverage (small, initiator->key, &coverage), ==,
                   SP_TEAM_SUPPRESSED);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_HIDDEN);
}

static void
test_duplicate (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(SpShare) first = new_share ("educator", "same-id", "Eva", TRUE);
  g_autoptr(SpShare) again = new_share ("producer", "same-id", "Eva again", TRUE);
  const SpTeamMessage *message;

  g_assert_cmpint (sp_team_add_share (team, first, "eva.sseshare"), ==, SP_TEAM_ADD_MERGED);
  g_assert_cmpint (sp_team_add_share (team, again, "eva-copy.sseshare"), ==,
                   SP_TEAM_ADD_DUPLICATE);
  g_assert_cmpuint (sp_team_get_n_members (team), ==, 1);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 1);

  message = sp_team_get_message (team, 0);
  g_assert_cmpint (message->kind, ==, SP_TEAM_MESSAGE_DUPLICATE);
  g_assert_cmpstr (message->file, ==, "eva-copy.sseshare");
  g_assert_nonnull (strstr (message->text, "eva-copy.sseshare"));
  g_assert_nonnull (strstr (message->text, "eva.sseshare"));
  /* The first file is the one kept. */
  g_assert_cmpstr (sp_share_get_member_name (sp_team_get_member (team, 0)), ==, "Eva");
}

static void
test_same_name (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(SpShare) first = new_share ("educator", "id-one", "Sam", TRUE);
  g_autoptr(SpShare) second = new_share ("producer", "id-two", "Sam", TRUE);

  g_assert_cmpint (sp_team_add_share (team, first, "a.sseshare"), ==, SP_TEAM_ADD_MERGED);
  g_assert_cmpint (sp_team_add_share (team, second, "b.sseshare"), ==, SP_TEAM_ADD_MERGED);
  g_assert_cmpuint (sp_team_get_n_members (team), ==, 2);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 0);
}

/* A share of framework version 0.9: one competence missing (its score and
 * its items), one item this version does not know. */
static void
test_old_version (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  const SpCompetence *dropped = sp_framework_lookup_competence (framework,
                                                                "facilitator-decision-methods");
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) share = NULL;
  g_autoptr(GRegex) drop = NULL;
  g_autofree char *dropped_text = NULL;
  const SpTeamMessage *message;

  bytes = share_bytes_with ("framework-version=\"", "framework-version=\"0.9");
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_string_replace (text, "0.91\"", "0.9\"", 1);
  drop = g_regex_new ("\\s*<(score competence|answer item)=\"facilitator-decision-methods[^/]*/>",
                      0, 0, NULL);
  dropped_text = g_regex_replace_literal (drop, text->str, -1, 0, "", 0, NULL);
  g_string_assign (text, dropped_text);
  g_string_replace (text, "item=\"sse-literacy-k\"", "item=\"retired-item-k\"", 1);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  share = sp_share_load_bytes (bytes, "old.sseshare", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_share_get_framework_version (share), ==, "0.9");

  g_assert_cmpint (sp_team_add_share (team, share, "old.sseshare"), ==, SP_TEAM_ADD_MERGED);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 1);
  message = sp_team_get_message (team, 0);
  g_assert_cmpint (message->kind, ==, SP_TEAM_MESSAGE_UNMAPPED);
  g_assert_nonnull (strstr (message->text, "old.sseshare"));
  g_assert_nonnull (strstr (message->text, "retired-item-k"));
  g_assert_nonnull (strstr (message->text, "facilitator-decision-methods"));

  /* Mapped by id: the missing competence is grey, the others keep their
   * scores, and the match is recomputed from the mapped answers. */
  g_assert_true (isnan (sp_team_get_member_score (team, 0, dropped)));
  g_assert_cmpfloat (sp_team_get_member_score (team, 0, sp_framework_lookup_competence (
                     framework, "facilitator-group-facilitation")), ==, 100.0);
  g_assert_cmpfloat (sp_team_get_member_score (team, 0, sp_framework_lookup_competence (
                     framework, "sse-literacy")), ==, 25.0);
  g_assert_cmpstr (sp_team_get_member_profile (team, 0)->id, ==, "facilitator");
}

/* Answers in another order still land on the right items. */
static void
test_order_independent (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(SpShare) share = new_share ("networker", "n-1", "Nico", TRUE);
  g_autoptr(GBytes) bytes = sp_share_to_bytes (share);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) reordered = NULL;
  g_autoptr(GBytes) new_bytes = NULL;
  const SpCompetence *key = sp_framework_lookup_profile (framework, "networker")->key;

  /* An older version, and the answer block reversed. */
  g_string_replace (text, "framework-version=\"1\"", "framework-version=\"0.5\"", 1);
  {
    g_auto(GStrv) lines = g_strsplit (text->str, "\n", -1);
    guint n = g_strv_length (lines);
    GString *out = g_string_new (NULL);
    guint first = 0, last = 0;

    for (guint i = 0; i < n; i++)
      if (strstr (lines[i], "<answer ") != NULL)
        {
          if (first == 0)
            first = i;
          last = i;
        }
    for (guint i = 0; i < n; i++)
      {
        guint j = (i >= first && i <= last) ? first + last - i : i;

        g_string_append (out, lines[j]);
        g_string_append_c (out, '\n');
      }
    new_bytes = g_string_free_to_bytes (out);
  }

  reordered = sp_share_load_bytes (new_bytes, "reordered.sseshare", &error);
  g_assert_no_error (error);
  sp_team_add_share (team, reordered, "reordered.sseshare");
  g_assert_cmpfloat (sp_team_get_member_score (team, 0, key), ==, 100.0);
  g_assert_cmpstr (sp_team_get_member_profile (team, 0)->id, ==, "networker");
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 0);
}

static char *
write_temp (const char *dir,
            const char *name,
            GBytes     *bytes)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static void
test_truncated_and_foreign (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-team-XXXXXX", &error);
  g_autoptr(SpShare) good = new_share ("advocate", "good", "Gil", TRUE);
  g_autoptr(GBytes) good_bytes = sp_share_to_bytes (good);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (good_bytes, 0,
                                                   g_bytes_get_size (good_bytes) / 2);
  g_autoptr(GBytes) foreign = share_bytes_with ("framework=\"", "framework=\"other-");
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autofree char *p1 = write_temp (dir, "a-good.sseshare", good_bytes);
  g_autofree char *p2 = write_temp (dir, "b-truncated.sseshare", half);
  g_autofree char *p3 = write_temp (dir, "c-foreign.sseshare", foreign);
  g_autofree char *p4 = write_temp (dir, "d-ignored.txt", half);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_team_add_path (team, dir), ==, 1);
  g_assert_cmpuint (sp_team_get_n_members (team), ==, 1);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 2);
  g_assert_cmpint (sp_team_get_message (team, 0)->kind, ==, SP_TEAM_MESSAGE_SKIPPED);
  g_assert_nonnull (strstr (sp_team_get_message (team, 0)->text, "b-truncated.sseshare"));
  g_assert_cmpint (sp_team_get_message (team, 1)->kind, ==, SP_TEAM_MESSAGE_SKIPPED);
  g_assert_nonnull (strstr (sp_team_get_message (team, 1)->text, "c-foreign.sseshare"));

  g_assert_cmpint (sp_team_add_file (team, p2), ==, SP_TEAM_ADD_SKIPPED);
  g_assert_cmpuint (sp_team_get_n_members (team), ==, 1);

  g_unlink (p1);
  g_unlink (p2);
  g_unlink (p3);
  g_unlink (p4);
  g_rmdir (dir);
}

static void
test_save_load (void)
{
  g_autoptr(SpTeam) team = new_team_of_twelve (4);
  const SpCompetence *competence = sp_framework_lookup_competence (framework, "cooperation");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) loaded = NULL;

  sp_team_set_required_level (team, 75.0);
  sp_team_set_competence_level (team, competence, 25.0);
  bytes = sp_team_to_bytes (team);
  loaded = sp_team_load_bytes (framework, bytes, "audit.sseteam", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_team_get_n_members (loaded), ==, 12);
  g_assert_cmpuint (sp_team_get_min_group (loaded), ==, 4);
  g_assert_cmpfloat (sp_team_get_required_level (loaded), ==, 75.0);
  g_assert_cmpfloat (sp_team_get_competence_level (loaded, competence), ==, 25.0);
  g_assert_cmpint (sp_team_get_coverage (loaded, competence, NULL), ==, 12);
  g_assert_true (sp_team_member_is_shown (loaded, 0));
  g_assert_false (sp_team_member_is_shown (loaded, 1));
  g_assert_cmpstr (sp_share_get_member_id (sp_team_get_member (loaded, 11)), ==, "member-11");

  /* A truncated audit is refused whole. */
  {
    g_autoptr(GBytes) half = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) / 2);
    g_autoptr(SpTeam) broken = sp_team_load_bytes (framework, half, "half.sseteam", &error);

    g_assert_null (broken);
    g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  }
}

/* An audit of a whole cohort saves and opens again: a share has some 220
 * elements, so the readers' usual limit of 4000 would stop at 18. */
static void
test_save_load_large (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) loaded = NULL;
  guint n_profiles = sp_framework_get_n_profiles (framework);

  for (guint i = 0; i < 200; i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i % n_profiles);
      g_autofree char *id = g_strdup_printf ("member-%03u", i);
      g_autoptr(SpShare) share = new_share (profile->id, id, NULL, FALSE);

      g_assert_cmpint (sp_team_add_share (team, share, id), ==, SP_TEAM_ADD_MERGED);
    }

  bytes = sp_team_to_bytes (team);
  loaded = sp_team_load_bytes (framework, bytes, "cohort.sseteam", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_team_get_n_members (loaded), ==, 200);
}

static void
test_progress (void)
{
  g_autoptr(SpTeam) start = sp_team_new (framework);
  g_autoptr(SpTeam) end = sp_team_new (framework);
  const SpCompetence *key = sp_framework_lookup_profile (framework, "educator")->key;
  const SpCompetence *literacy = sp_framework_lookup_competence (framework, "sse-literacy");
  g_autoptr(GArray) progress = NULL;
  const SpTeamProgress *entry;

  /* Four students start as producers and end as educators. */
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("student-%u", i);
      g_autoptr(SpShare) before = new_share ("producer", id, NULL, FALSE);
      g_autoptr(SpShare) after = new_share ("educator", id, NULL, FALSE);

      sp_team_add_share (start, before, id);
      sp_team_add_share (end, after, id);
    }

  progress = sp_team_dup_progress (start, end);
  g_assert_cmpuint (progress->len, ==, sp_framework_get_n_competences (framework));

  entry = &g_array_index (progress, SpTeamProgress, key->index);
  g_assert_true (entry->competence == key);
  g_assert_cmpuint (entry->n_start, ==, 4);
  g_assert_cmpuint (entry->n_paired, ==, 4);
  g_assert_cmpfloat (entry->median_start, ==, 25.0);
  g_assert_cmpfloat (entry->median_end, ==, 100.0);
  g_assert_cmpfloat (entry->mean_end, ==, 100.0);
  g_assert_cmpint (entry->n_moved_up, ==, 4);

  entry = &g_array_index (progress, SpTeamProgress, literacy->index);
  g_assert_cmpint (entry->n_moved_up, ==, 0);

  /* With a minimum group of 5, four students show nothing. */
  sp_team_set_min_group (end, 5);
  g_clear_pointer (&progress, g_array_unref);
  progress = sp_team_dup_progress (start, end);
  entry = &g_array_index (progress, SpTeamProgress, key->index);
  g_assert_true (isnan (entry->median_start));
  g_assert_true (isnan (entry->mean_end));
  g_assert_cmpint (entry->n_moved_up, ==, SP_TEAM_SUPPRESSED);
}

/* The tester's case: four members shown by name, each a role of their
 * own, and Eli, unnamed, the only Producer. Any count Eli is in holds one
 * unnamed member and is hidden, however many named members it adds; the
 * counts of named members only are shown, and Eli has no row. */
static void
test_differencing (void)
{
  static const char * const named[] = { "initiator", "coordinator", "facilitator", "educator" };
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(SpShare) eli = new_share ("producer", "eli", "Eli", FALSE);
  const SpProfile *producer = sp_framework_lookup_profile (framework, "producer");
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) shown = NULL;
  SpCoverage coverage = SP_COVERAGE_HIDDEN;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      g_autofree char *name = g_strdup_printf ("Named %u", i);
      g_autoptr(SpShare) share = new_share (named[i], named[i], name, TRUE);

      sp_team_add_share (team, share, name);
    }
  sp_team_add_share (team, eli, "eli.sseshare");
  g_assert_false (sp_team_is_hidden (team));

  g_assert_cmpint (sp_team_get_profile_count (team, producer), ==, SP_TEAM_SUPPRESSED);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    g_assert_cmpint (sp_team_get_profile_count (team, sp_framework_lookup_profile (
                     framework, named[i])), ==, 1);
  g_assert_cmpint (sp_team_get_profile_count (team, NULL), ==, 0);

  /* Only Eli reaches the Producer's key competence: hidden, at risk. */
  g_assert_cmpint (sp_team_get_coverage (team, producer->key, &coverage), ==,
                   SP_TEAM_SUPPRESSED);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_FEW);
  g_assert_cmpint (sp_team_get_band_count (team, producer->key, SP_BAND_CAN_LEAD), ==,
                   SP_TEAM_SUPPRESSED);
  /* Only a named member reaches the Initiator's: one, a single point. */
  g_assert_cmpint (sp_team_get_coverage (team, sp_framework_lookup_profile (
                   framework, "initiator")->key, &coverage), ==, 1);
  g_assert_cmpint (coverage, ==, SP_COVERAGE_SINGLE_POINT);
  /* Everyone, Eli too, is in the same band for a transversal
   * competence: one unnamed member in the count, hidden. */
  g_assert_cmpint (sp_team_get_band_count (team, sp_framework_lookup_competence (
                   framework, "sse-literacy"), SP_BAND_WITH_SUPPORT), ==,
                   SP_TEAM_SUPPRESSED);

  shown = sp_team_dup_shown_members (team);
  g_assert_cmpuint (shown->len, ==, 4);
  g_assert_false (sp_team_member_is_shown (team, 4));
  csv = sp_team_export_csv_bytes (team);
  text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_null (strstr (text, "Eli"));
  g_assert_null (strstr (text, ",producer,"));
  g_assert_nonnull (strstr (text, "Named 3,educator,"));
}

/* Three unnamed members share a role, with a named one beside them: the
 * count holds three unnamed members, the minimum, and is shown. A count
 * with two unnamed members and a named one is not. */
static void
test_three_unnamed (void)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  const SpProfile *producer = sp_framework_lookup_profile (framework, "producer");
  const SpProfile *educator = sp_framework_lookup_profile (framework, "educator");
  g_autoptr(SpShare) named = new_share ("producer", "named", "Nia", TRUE);
  g_autoptr(SpShare) teacher = new_share ("educator", "teacher", "Tom", TRUE);

  sp_team_add_share (team, named, "named");
  sp_team_add_share (team, teacher, "teacher");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("unnamed-%u", i);
      g_autoptr(SpShare) share = new_share (i < 2 ? "producer" : "educator", id, NULL, FALSE);

      sp_team_add_share (team, share, id);
    }

  /* Producers: one named, two unnamed. */
  g_assert_cmpint (sp_team_get_profile_count (team, producer), ==, SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_profile_count (team, educator), ==, SP_TEAM_SUPPRESSED);

  /* A third unnamed producer: three unnamed, shown with the named one. */
  {
    g_autoptr(SpShare) third = new_share ("producer", "unnamed-9", NULL, FALSE);

    sp_team_add_share (team, third, "unnamed-9");
  }
  g_assert_cmpint (sp_team_get_profile_count (team, producer), ==, 4);
  g_assert_cmpint (sp_team_get_coverage (team, producer->key, NULL), ==, 4);
}

/* A member who did not agree to be shown by name: the name is neither
 * kept, nor written into the share file or the saved audit; one read
 * from an older file that has it is dropped too. */
static void
test_name_needs_consent (void)
{
  g_autoptr(SpShare) eli = new_share ("producer", "eli", "Eli", FALSE);
  g_autoptr(GBytes) bytes = sp_share_to_bytes (eli);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) old = share_bytes_with ("show-name=\"true\"", "show-name=\"false\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) loaded = sp_share_load_bytes (old, "olga.sseshare", &error);
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(SpTeam) reloaded = NULL;
  g_autofree char *saved_text = NULL;

  g_assert_null (sp_share_get_member_name (eli));
  g_assert_false (sp_share_get_show_name (eli));
  g_assert_null (strstr (text, "Eli"));
  g_assert_nonnull (strstr (text, "id=\"eli\""));

  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (old, NULL), "name=\"Olga\""));
  g_assert_null (sp_share_get_member_name (loaded));
  g_assert_cmpstr (sp_share_get_member_id (loaded), ==, "old-one");

  sp_team_add_share (team, eli, "eli.sseshare");
  sp_team_add_share (team, loaded, "olga.sseshare");
  saved = sp_team_to_bytes (team);
  saved_text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_null (strstr (saved_text, "Eli"));
  g_assert_null (strstr (saved_text, "Olga"));
  reloaded = sp_team_load_bytes (framework, saved, "audit.sseteam", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_team_get_n_members (reloaded), ==, 2);
  g_assert_null (sp_share_get_member_name (sp_team_get_member (reloaded, 1)));
}

static void
test_csv (void)
{
  g_autoptr(SpTeam) team = new_team_of_twelve (3);
  g_autoptr(GBytes) bytes = sp_team_export_csv_bytes (team);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) rows = g_strsplit (text, "\r\n", -1);
  guint n_columns = 2 + sp_framework_get_n_competences (framework);

  /* Header, six members shown by name, and the empty string after the
   * last line end. */
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 6 + 1);
  g_assert_true (g_str_has_prefix (rows[0], "member,profile,sse-literacy,"));
  for (guint i = 0; i < 7; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, n_columns);
    }
  g_assert_true (g_str_has_prefix (rows[1], "Person 0,initiator,25.0,"));
  g_assert_cmpstr (rows[7], ==, "");
  g_assert_null (strstr (text, "Person 1,"));
}

static void
test_pdf (void)
{
  g_autoptr(SpTeam) team = new_team_of_twelve (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-team-pdf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "team.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_true (sp_team_export_pdf (team, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_unlink (path);
  g_rmdir (dir);
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

  g_test_add_func ("/share/roundtrip", test_share_roundtrip);
  g_test_add_func ("/share/refused", test_share_refused);
  g_test_add_func ("/team/personas", test_personas_counts);
  g_test_add_func ("/team/suppressed", test_suppressed);
  g_test_add_func ("/team/duplicate", test_duplicate);
  g_test_add_func ("/team/same-name", test_same_name);
  g_test_add_func ("/team/old-version", test_old_version);
  g_test_add_func ("/team/order-independent", test_order_independent);
  g_test_add_func ("/team/truncated-and-foreign", test_truncated_and_foreign);
  g_test_add_func ("/team/save-load", test_save_load);
  g_test_add_func ("/team/save-load-large", test_save_load_large);
  g_test_add_func ("/team/progress", test_progress);
  g_test_add_func ("/team/differencing", test_differencing);
  g_test_add_func ("/team/three-unnamed", test_three_unnamed);
  g_test_add_func ("/team/name-needs-consent", test_name_needs_consent);
  g_test_add_func ("/team/csv", test_csv);
  g_test_add_func ("/team/pdf", test_pdf);

  status = g_test_run ();
  g_clear_object (&framework);
  return status;
}
