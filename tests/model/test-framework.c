/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-framework"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "sp-framework.h"

#include "sp-test-helpers.h"

static void
test_load_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  gint64 start = g_get_monotonic_time ();

  framework = sp_framework_new_default (&error);
  g_assert_no_error (error);
  g_assert_true (SP_IS_FRAMEWORK (framework));
  g_test_message ("Loaded in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);

  g_assert_cmpstr (sp_framework_get_id (framework), ==, "sse-competences");
  g_assert_cmpstr (sp_framework_get_version (framework), ==, "1");
  g_assert_cmpstr (sp_framework_get_title (framework), !=, "");
  g_assert_cmpuint (sp_framework_get_n_profiles (framework), ==, 10);
  g_assert_cmpuint (sp_framework_get_n_competences (framework), >, 10);
  g_assert_cmpuint (sp_framework_get_n_items (framework), >=,
                    3 * sp_framework_get_n_competences (framework));

  for (int v = SP_SCALE_MIN; v <= SP_SCALE_MAX; v++)
    g_assert_cmpstr (sp_framework_get_scale_label (framework, v), !=, "");
  g_assert_cmpstr (sp_framework_get_skip_label (framework), !=, "");
  for (SpDimension d = 0; d < SP_N_DIMENSIONS; d++)
    {
      g_assert_cmpstr (sp_framework_get_questionnaire_title (framework, d), !=, "");
      g_assert_cmpstr (sp_framework_get_questionnaire_intro (framework, d), !=, "");
    }
  for (SpPrinciple p = 0; p < SP_N_PRINCIPLES; p++)
    {
      g_assert_cmpstr (sp_framework_get_principle_name (framework, p), !=, "");
      g_assert_cmpstr (sp_framework_get_principle_description (framework, p), !=, "");
    }
}

static void
check_competences (SpFramework *framework)
{
  gboolean profiles_started = FALSE;

  for (guint c = 0; c < sp_framework_get_n_competences (framework); c++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, c);
      guint seen[SP_N_DIMENSIONS] = { 0 };

      g_assert_cmpuint (competence->index, ==, c);
      g_assert_cmpstr (competence->name, !=, "");
      g_assert_cmpstr (competence->description, !=, "");
      g_assert_true (competence->principle < SP_N_PRINCIPLES);
      g_assert_true (sp_framework_lookup_competence (framework, competence->id) == competence);
      g_assert_true (competence->transversal == (competence->profile == NULL));

      /* Transversal first, then the profiles' in catalogue order. */
      if (!competence->transversal)
        profiles_started = TRUE;
      g_assert_true (!profiles_started || !competence->transversal);

      for (guint i = 0; i < competence->n_items; i++)
        {
          const SpItem *item = competence->items[i];

          g_assert_true (item->competence == competence);
          g_assert_true (sp_framework_get_item (framework, item->index) == item);
          seen[item->dimension]++;
        }
      for (SpDimension d = 0; d < SP_N_DIMENSIONS; d++)
        g_assert_cmpuint (seen[d], >=, 1);
    }
}

static void
test_competences (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_framework_new_default (&error);

  g_assert_no_error (error);
  check_competences (framework);
}

static void
check_item_order (SpFramework *framework)
{
  guint n_items = sp_framework_get_n_items (framework);
  guint total = 0;

  for (SpDimension d = 0; d < SP_N_DIMENSIONS; d++)
    {
      guint start = sp_framework_get_dimension_start (framework, d);
      guint n = sp_framework_get_dimension_n_items (framework, d);

      g_assert_cmpuint (start, ==, total);
      total += n;
      for (guint i = start; i < start + n; i++)
        {
          const SpItem *item = sp_framework_get_item (framework, i);

          g_assert_cmpuint (item->index, ==, i);
          g_assert_cmpint (item->dimension, ==, d);
          g_assert_cmpstr (item->text, !=, "");
          if (i > start)
            g_assert_cmpuint (sp_framework_get_item (framework, i - 1)->competence->index, <=,
                              item->competence->index);
        }
    }
  g_assert_cmpuint (total, ==, n_items);
}

static void
test_item_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_framework_new_default (&error);

  g_assert_no_error (error);
  check_item_order (framework);
}

static void
check_profiles (SpFramework *framework)
{
  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, p);

      g_assert_cmpuint (profile->index, ==, p);
      g_assert_true (sp_framework_lookup_profile (framework, profile->id) == profile);
      g_assert_cmpstr (profile->name, !=, "");
      g_assert_cmpstr (profile->tagline, !=, "");
      g_assert_cmpstr (profile->description, !=, "");
      g_assert_nonnull (profile->jobs);
      g_assert_nonnull (profile->jobs[0]);
      g_assert_true (g_str_has_suffix (profile->avatar, ".svg"));
      g_assert_nonnull (profile->key);
      g_assert_cmpuint (profile->n_competences, >=, 3);
      g_assert_true (profile->competences[0] == profile->key);
      for (guint c = 0; c < profile->n_competences; c++)
        {
          g_assert_true (profile->competences[c]->profile == profile);
          g_assert_true (c == 0 || profile->competences[c] != profile->key);
        }
    }
}

static void
test_lookups (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_framework_new_default (&error);
  const SpItem *item;

  g_assert_no_error (error);
  check_profiles (framework);

  item = sp_framework_lookup_item (framework, "sse-literacy-k");
  g_assert_nonnull (item);
  g_assert_cmpstr (item->id, ==, "sse-literacy-k");
  g_assert_cmpint (item->dimension, ==, SP_DIMENSION_KNOWLEDGE);
  g_assert_cmpstr (item->competence->id, ==, "sse-literacy");
  g_assert_true (item->competence->transversal);
  g_assert_cmpuint (item->index, ==, 0);

  g_assert_null (sp_framework_lookup_item (framework, "no-such-item"));
  g_assert_null (sp_framework_lookup_item (framework, NULL));
  g_assert_null (sp_framework_lookup_competence (framework, "sse-literacy-k"));
  g_assert_null (sp_framework_lookup_profile (framework, "sse-literacy"));
  g_assert_cmpstr (sp_framework_get_profile (framework, 0)->id, ==, "initiator");
  g_assert_nonnull (sp_framework_lookup_profile (framework, "advocate"));
}

static void
test_avatars (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_framework_new_default (&error);

  g_assert_no_error (error);
  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, p);
      g_autoptr(GBytes) svg = sp_framework_dup_avatar (framework, profile, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (svg), >, 0);
    }
}

static void
test_dimension_letters (void)
{
  SpDimension dimension = SP_DIMENSION_ATTITUDE;

  g_assert_cmpstr (sp_dimension_to_letter (SP_DIMENSION_KNOWLEDGE), ==, "K");
  g_assert_cmpstr (sp_dimension_to_letter (SP_DIMENSION_SKILL), ==, "S");
  g_assert_cmpstr (sp_dimension_to_letter (SP_DIMENSION_ATTITUDE), ==, "A");
  g_assert_true (sp_dimension_from_letter ("K", &dimension));
  g_assert_cmpint (dimension, ==, SP_DIMENSION_KNOWLEDGE);
  g_assert_true (sp_dimension_from_letter ("S", &dimension));
  g_assert_cmpint (dimension, ==, SP_DIMENSION_SKILL);
  g_assert_false (sp_dimension_from_letter ("k", &dimension));
  g_assert_false (sp_dimension_from_letter ("", &dimension));
  g_assert_false (sp_dimension_from_letter (NULL, &dimension));
  g_assert_cmpint (dimension, ==, SP_DIMENSION_SKILL);
}

/* The shipped files copied to a bare folder load the same, and the
 * avatars fall back to the built-in ones. */
static void
test_load_copied_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) reference = sp_framework_new_default (&error);
  g_autoptr(SpFramework) framework = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *source = NULL;
  g_autofree char *dir = NULL;

  g_assert_no_error (error);
  if (sp_test_get_source_root () == NULL)
    {
      g_test_skip ("SP_SOURCE_ROOT is not set");
      return;
    }

  source = g_build_filename (sp_test_get_source_root (), "profiles", NULL);
  dir = g_dir_make_tmp ("sp-framework-XXXXXX", &error);
  g_assert_no_error (error);
  sp_test_copy_files (source, dir);

  framework = sp_framework_new_from_directory (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_framework_get_n_items (framework), ==, sp_framework_get_n_items (reference));
  g_assert_cmpuint (sp_framework_get_n_profiles (framework), ==, 10);
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_assert_cmpstr (sp_framework_get_item (framework, i)->id, ==,
                     sp_framework_get_item (reference, i)->id);
  check_competences (framework);
  check_item_order (framework);
  check_profiles (framework);

  svg = sp_framework_dup_avatar (framework, sp_framework_get_profile (framework, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (svg);

  sp_test_remove_dir (dir);
}

/* The built-in framework skips the schema at run time because it is the
 * files in profiles/, which the tests validate; this holds them to that. */
static void
test_builtin_is_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *source = NULL;
  const char *name;
  guint n_checked = 0;

  if (sp_test_get_source_root () == NULL)
    {
      g_test_skip ("SP_SOURCE_ROOT is not set");
      return;
    }

  source = g_build_filename (sp_test_get_source_root (), "profiles", NULL);
  dir = g_dir_open (source, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (source, name, NULL);
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) builtin = NULL;
      g_autoptr(GBytes) expected = NULL;
      char *contents = NULL;
      gsize length = 0;

      if (!g_str_has_suffix (name, ".xml"))
        continue;

      resource = g_strconcat (SP_FRAMEWORK_RESOURCE_PATH "/", name, NULL);
      builtin = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      expected = g_bytes_new_take (contents, length);
      g_assert_true (g_bytes_equal (builtin, expected));
      n_checked++;
    }

  /* framework.xml, ten profiles and the activity library */
  g_assert_cmpuint (n_checked, ==, 1 + 10 + 1);
}

/* In the repository's layout the avatars come from ../avatars. */
static void
test_load_source_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *avatar = NULL;
  const SpProfile *profile;
  char *contents = NULL;
  gsize length = 0;

  if (sp_test_get_source_root () == NULL)
    {
      g_test_skip ("SP_SOURCE_ROOT is not set");
      return;
    }

  dir = g_build_filename (sp_test_get_source_root (), "profiles", NULL);
  framework = sp_framework_new_from_directory (dir, &error);
  g_assert_no_error (error);

  profile = sp_framework_lookup_profile (framework, "steward");
  g_assert_nonnull (profile);
  svg = sp_framework_dup_avatar (framework, profile, &error);
  g_assert_no_error (error);

  avatar = g_build_filename (sp_test_get_source_root (), "avatars", profile->avatar, NULL);
  g_file_get_contents (avatar, &contents, &length, &error);
  g_assert_no_error (error);
  expected = g_bytes_new_take (contents, length);
  g_assert_true (g_bytes_equal (svg, expected));
}

static void
test_load_mini (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  g_autofree char *files = sp_test_dup_files_dir ();
  g_autofree char *dir = g_build_filename (files, "framework-mini", NULL);
  const SpProfile *beta;

  framework = sp_framework_new_from_directory (dir, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (sp_framework_get_id (framework), ==, "mini");
  g_assert_cmpuint (sp_framework_get_n_profiles (framework), ==, 2);
  g_assert_cmpuint (sp_framework_get_n_competences (framework), ==, 8);
  g_assert_cmpuint (sp_framework_get_n_items (framework), ==, 24);
  check_competences (framework);
  check_item_order (framework);
  check_profiles (framework);

  /* K items: shared, together, alpha-…, beta-…; then S from the start. */
  g_assert_cmpstr (sp_framework_get_item (framework, 0)->id, ==, "shared-k");
  g_assert_cmpstr (sp_framework_get_item (framework, 1)->id, ==, "together-k");
  g_assert_cmpstr (sp_framework_get_item (framework, 2)->id, ==, "alpha-one-k");
  g_assert_cmpstr (sp_framework_get_item (framework, 8)->id, ==, "shared-s");
  g_assert_cmpstr (sp_framework_get_item (framework, 23)->id, ==, "beta-three-a");
  g_assert_cmpuint (sp_framework_get_dimension_start (framework, SP_DIMENSION_ATTITUDE), ==, 16);

  beta = sp_framework_lookup_profile (framework, "beta");
  g_assert_cmpuint (beta->index, ==, 1);
  g_assert_cmpstr (beta->key->id, ==, "beta-one");
  g_assert_cmpstr (beta->jobs[1], ==, "Job two of beta");
  g_assert_null (beta->jobs[2]);
  g_assert_cmpstr (sp_framework_get_competence (framework, 5)->id, ==, "beta-one");

  /* No activities file listed: no library, and nothing demands one. */
  g_assert_cmpuint (sp_framework_get_n_activities (framework), ==, 0);
  g_assert_cmpuint (sp_framework_get_n_topics (framework), ==, 0);
  g_assert_null (sp_framework_find_activity (framework, beta->key, SP_LEVEL_PRACTISING));
}

static void
test_load_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  g_autoptr(GPtrArray) for_alpha = NULL;
  g_autofree char *files = sp_test_dup_files_dir ();
  g_autofree char *mini = g_build_filename (files, "framework-mini", NULL);
  g_autofree char *library = g_build_filename (files, "framework-library", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sp-framework-library-XXXXXX", &error);
  const SpCompetence *alpha_one, *beta_two, *together;
  const SpActivity *activity;

  g_assert_no_error (error);
  sp_test_copy_files (mini, dir);
  sp_test_copy_files (library, dir);
  framework = sp_framework_new_from_directory (dir, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (sp_framework_get_n_topics (framework), ==, 2);
  g_assert_cmpstr (sp_framework_get_topic (framework, 1)->name, ==, "Topic B");
  g_assert_cmpuint (sp_framework_get_n_activities (framework), ==, 5);

  activity = sp_framework_lookup_activity (framework, "three-first");
  g_assert_nonnull (activity);
  g_assert_true (activity == sp_framework_get_activity (framework, 4));
  g_assert_cmpuint (activity->index, ==, 4);
  g_assert_cmpstr (activity->topic->id, ==, "topic-b");
  g_assert_cmpstr (activity->title, ==, "Title of three-first");
  g_assert_cmpstr (activity->summary, ==, "Summary of three-first.");
  g_assert_cmpstr (activity->needs, ==, "Needs of three-first.");
  g_assert_cmpstr (activity->reflection, ==, "Reflection of three-first?");
  g_assert_cmpstr (activity->steps[0], ==, "First step of three-first.");
  g_assert_cmpstr (activity->steps[1], ==, "Second step of three-first.");
  g_assert_null (activity->steps[2]);
  g_assert_cmpint (activity->level, ==, SP_LEVEL_FIRST_STEPS);
  g_assert_cmpuint (activity->duration, ==, 20);
  g_assert_cmpint (activity->group, ==, SP_GROUP_ALONE);
  g_assert_cmpuint (activity->n_competences, ==, 3);
  g_assert_cmpstr (activity->competences[2]->id, ==, "beta-one");
  g_assert_null (sp_framework_lookup_activity (framework, "no-such-activity"));
  g_assert_cmpstr (sp_framework_get_activity (framework, 0)->steps[0], ==,
                   "First step of one-first.");

  alpha_one = sp_framework_lookup_competence (framework, "alpha-one");
  beta_two = sp_framework_lookup_competence (framework, "beta-two");
  together = sp_framework_lookup_competence (framework, "together");
  for_alpha = sp_framework_dup_activities_for (framework, alpha_one);
  g_assert_cmpuint (for_alpha->len, ==, 3);
  g_assert_cmpstr (((const SpActivity *) g_ptr_array_index (for_alpha, 2))->id, ==, "one-lead");

  /* The level asked for when there is one, else the nearest (the lower
   * one on a tie). */
  g_assert_cmpstr (sp_framework_find_activity (framework, alpha_one, 1)->id, ==, "one-first");
  g_assert_cmpstr (sp_framework_find_activity (framework, alpha_one, 2)->id, ==, "one-middle");
  g_assert_cmpstr (sp_framework_find_activity (framework, alpha_one, 3)->id, ==, "one-lead");
  g_assert_cmpstr (sp_framework_find_activity (framework, beta_two, 3)->id, ==, "three-first");
  g_assert_cmpstr (sp_framework_find_activity (framework, together, 1)->id, ==, "one-lead");
  g_assert_true (sp_activity_develops (activity, beta_two));
  g_assert_false (sp_activity_develops (activity, alpha_one));

  sp_test_remove_dir (dir);
}

/* The shipped library: the numbers the issue asks for. */
static void
test_default_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_framework_new_default (&error);
  g_autoptr(GHashTable) topics = g_hash_table_new (NULL, NULL);
  guint levels = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (sp_framework_get_n_activities (framework), >=, 30);
  g_assert_cmpuint (sp_framework_get_n_topics (framework), ==, 10);

  for (guint a = 0; a < sp_framework_get_n_activities (framework); a++)
    {
      const SpActivity *activity = sp_framework_get_activity (framework, a);

      g_hash_table_add (topics, (gpointer) activity->topic);
      levels |= 1u << activity->level;
      g_assert_cmpuint (activity->n_competences, >, 0);
      g_assert_nonnull (activity->steps[0]);
      g_assert_cmpuint (activity->duration, >, 0);
    }
  g_assert_cmpuint (g_hash_table_size (topics), ==, 10);
  g_assert_cmpuint (levels, ==, (1u << 1) | (1u << 2) | (1u << 3));

  for (guint c = 0; c < sp_framework_get_n_competences (framework); c++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, c);
      g_autoptr(GPtrArray) found = sp_framework_dup_activities_for (framework, competence);

      g_assert_cmpuint (found->len, >, 0);
    }
}

static void
test_level_for_score (void)
{
  g_assert_cmpint (sp_level_for_score (0), ==, SP_LEVEL_FIRST_STEPS);
  g_assert_cmpint (sp_level_for_score (49.9), ==, SP_LEVEL_FIRST_STEPS);
  g_assert_cmpint (sp_level_for_score (50), ==, SP_LEVEL_PRACTISING);
  g_assert_cmpint (sp_level_for_score (74.9), ==, SP_LEVEL_PRACTISING);
  g_assert_cmpint (sp_level_for_score (75), ==, SP_LEVEL_LEADING);
  g_assert_cmpint (sp_level_for_score (100), ==, SP_LEVEL_LEADING);
  g_assert_cmpint (sp_level_for_score (NAN), ==, SP_LEVEL_FIRST_STEPS);
  g_assert_cmpstr (sp_level_to_string (SP_LEVEL_PRACTISING), ==, "2");
  g_assert_cmpstr (sp_group_size_to_string (SP_GROUP_PAIR), ==, "pair");
}

typedef struct
{
  const char *name;
  int         code;
  const char *file;   /* the file the message must name */
  gboolean    library; /* on top of framework-library rather than the mini one */
} BadCase;

static const BadCase bad_cases[] = {
  { "duplicate-item", SP_ERROR_DUPLICATE, "profile-beta.xml" },
  { "duplicate-competence", SP_ERROR_DUPLICATE, "framework.xml" },
  { "missing-dimension", SP_ERROR_INVALID, "profile-alpha.xml" },
  { "no-key", SP_ERROR_INVALID, "profile-alpha.xml" },
  { "two-keys", SP_ERROR_INVALID, "profile-beta.xml" },
  { "too-few-competences", SP_ERROR_INVALID, "profile-alpha.xml" },
  { "key-transversal", SP_ERROR_INVALID, "framework.xml" },
  { "newer-format", SP_ERROR_NEWER_VERSION, "framework.xml" },
  { "newer-profile-format", SP_ERROR_NEWER_VERSION, "profile-beta.xml" },
  { "profile-id-mismatch", SP_ERROR_INVALID, "profile-beta.xml" },
  { "duplicate-profile-ref", SP_ERROR_DUPLICATE, "framework.xml" },
  { "missing-profile-file", SP_ERROR_FAILED, "framework.xml" },
  { "duplicate-principle", SP_ERROR_DUPLICATE, "framework.xml" },
  { "upper-case-id", SP_ERROR_INVALID, "framework.xml" },
  { "unknown-element", SP_ERROR_INVALID, "profile-alpha.xml" },
  { "malformed", SP_ERROR_INVALID, "framework.xml" },
  { "wrong-root", SP_ERROR_INVALID, "profile-alpha.xml" },
  { "doctype", SP_ERROR_INVALID, "framework.xml" },
  { "activity-unknown-competence", SP_ERROR_UNKNOWN_ID, "activities.xml", TRUE },
  { "activity-undeveloped-competence", SP_ERROR_INVALID, "activities.xml", TRUE },
  { "activity-unknown-topic", SP_ERROR_UNKNOWN_ID, "activities.xml", TRUE },
  { "activity-duplicate-id", SP_ERROR_DUPLICATE, "activities.xml", TRUE },
  { "activity-duplicate-topic", SP_ERROR_DUPLICATE, "activities.xml", TRUE },
  { "activity-twice-same-competence", SP_ERROR_DUPLICATE, "activities.xml", TRUE },
  { "activity-schema", SP_ERROR_INVALID, "activities.xml", TRUE },
  { "activity-newer-format", SP_ERROR_NEWER_VERSION, "activities.xml", TRUE },
  { "activity-missing-file", SP_ERROR_FAILED, "framework.xml", TRUE },
};

/* Each broken framework is the mini one with some files replaced. */
static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  g_autofree char *files = sp_test_dup_files_dir ();
  g_autofree char *mini = g_build_filename (files, "framework-mini", NULL);
  g_autofree char *overlay = g_build_filename (files, "framework-bad", bad->name, NULL);
  g_autofree char *dir = g_dir_make_tmp ("sp-framework-bad-XXXXXX", &error);

  g_assert_no_error (error);
  sp_test_copy_files (mini, dir);
  if (bad->library)
    {
      g_autofree char *library = g_build_filename (files, "framework-library", NULL);

      sp_test_copy_files (library, dir);
    }
  sp_test_copy_files (overlay, dir);

  framework = sp_framework_new_from_directory (dir, &error);
  g_assert_null (framework);
  g_test_message ("%s", error->message);
  sp_assert_error_at (error, bad->code, bad->file);

  sp_test_remove_dir (dir);
}

static void
test_missing_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;

  framework = sp_framework_new_from_directory ("/nonexistent/sse-framework", &error);
  g_assert_null (framework);
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent/sse-framework/framework.xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/load-default", test_load_default);
  g_test_add_func ("/framework/competences", test_competences);
  g_test_add_func ("/framework/item-order", test_item_order);
  g_test_add_func ("/framework/lookups", test_lookups);
  g_test_add_func ("/framework/avatars", test_avatars);
  g_test_add_func ("/framework/dimension-letters", test_dimension_letters);
  g_test_add_func ("/framework/load-copied-directory", test_load_copied_directory);
  g_test_add_func ("/framework/load-source-directory", test_load_source_directory);
  g_test_add_func ("/framework/builtin-is-source", test_builtin_is_source);
  g_test_add_func ("/framework/load-mini", test_load_mini);
  g_test_add_func ("/framework/library/load", test_load_library);
  g_test_add_func ("/framework/library/default", test_default_library);
  g_test_add_func ("/framework/library/level-for-score", test_level_for_score);
  g_test_add_func ("/framework/bad/missing-directory", test_missing_directory);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/framework/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  return g_test_run ();
}
