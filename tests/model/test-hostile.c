/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-hostile"

#include "config.h"

#include "sp-portfolio.h"
#include "sp-team.h"

#include "sp-test-helpers.h"

/* Every file of tests/corpus/hostile/ through the model's readers: as a
 * portfolio (or an answers CSV), and each XML one also as the framework
 * file and as a profile file of the shipped framework; share files
 * (.sseshare) through the share reader and into a team, team audits
 * (.sseteam) through the team reader. Then the inputs
 * fuzzing once crashed on, in tests/corpus/regressions/TARGET/. Each is
 * refused with a message naming it, quickly, and nothing is
 * half-loaded (a share or team regression may instead be a good file,
 * which must then save and load again alike). Under valgrind and the
 * sanitizers this is also a leak check of the error paths. */

typedef enum
{
  READ_AS_PORTFOLIO,
  READ_AS_CSV,
  READ_AS_FRAMEWORK,    /* the first byte picks the file, as in fuzz-framework */
  READ_AS_SHARE,
  READ_AS_TEAM,
  REPLAY_SHARE,         /* regressions: refused properly, or loaded and saved alike */
  REPLAY_TEAM,
  READ_AS_ANY,          /* hostile/: by extension, and XML also as framework files */
} ReadAs;

typedef struct
{
  char   *path;
  ReadAs  read_as;
} Case;

static SpFramework *framework;
/* Good shares that a team refuses as a whole (no line to name). */
static const char * const refused_by_team_only[] = {
  "foreign-framework.sseshare",
};
/* Under valgrind (SP_TEST_TIME_FACTOR=50), a second is not a second. */
static double time_factor = 1.0;

static const char * const framework_files[] = {
  "framework.xml", "profile-accompanier.xml", "profile-advocate.xml",
  "profile-communicator.xml", "profile-coordinator.xml", "profile-educator.xml",
  "profile-facilitator.xml", "profile-initiator.xml", "profile-networker.xml",
  "profile-producer.xml", "profile-steward.xml",
};

static void
assert_refusal (const GError *error,
                const char   *name,
                gint64        start)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == SP_ERROR);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_cmpuint (strlen (error->message), <, 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * time_factor);
}

/* The message names @name followed by ":LINE:". */
static void
assert_names_line (const char *message,
                   const char *name)
{
  const char *found = strstr (message, name);
  const char *p;

  g_assert_nonnull (found);
  p = found + strlen (name);
  g_assert_cmpint (*p, ==, ':');
  for (p++; g_ascii_isdigit (*p); p++);
  g_assert_cmpint (p - found, >, (int) strlen (name) + 1);
  g_assert_cmpint (*p, ==, ':');
}

static void
refuse_as_portfolio (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_load (framework, path, &error);

  g_assert_null (portfolio);
  assert_refusal (error, name, start);
}

static void
refuse_as_csv (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  gint64 start = g_get_monotonic_time ();

  g_assert_false (sp_answers_csv_load (assessment, path, &error));
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
  assert_refusal (error, name, start);
}

/* Refused by the share reader (naming the file and the line), or, for a
 * share that is good as such, by the team; either way nothing merges. */
static void
refuse_as_share (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) team = sp_team_new (framework);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpShare) share = sp_share_load (path, &error);
  const SpTeamMessage *message;

  if (g_strv_contains (refused_by_team_only, name))
    {
      g_assert_no_error (error);
      g_assert_nonnull (share);
    }
  else
    {
      g_assert_null (share);
      assert_refusal (error, name, start);
      assert_names_line (error->message, name);
    }

  start = g_get_monotonic_time ();
  g_assert_cmpint (sp_team_add_file (team, path), ==, SP_TEAM_ADD_SKIPPED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * time_factor);
  g_assert_cmpuint (sp_team_get_n_members (team), ==, 0);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, 1);
  message = sp_team_get_message (team, 0);
  g_assert_cmpint (message->kind, ==, SP_TEAM_MESSAGE_SKIPPED);
  g_assert_nonnull (strstr (message->file, name));
  g_assert_nonnull (strstr (message->text, name));
}

static void
refuse_as_team (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpTeam) team = sp_team_load (framework, path, &error);

  g_assert_null (team);
  assert_refusal (error, name, start);
  assert_names_line (error->message, name);
}

/* A fuzz regression of the share or team reader: refused with a proper
 * error, or loaded; what loads saves and loads again to the same bytes. */
static void
replay_share (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpShare) share = sp_share_load (path, &error);
  g_autoptr(SpShare) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(SpTeam) team = sp_team_new (framework);

  if (share == NULL)
    {
      assert_refusal (error, name, start);
      return;
    }

  saved = sp_share_to_bytes (share);
  again = sp_share_load_bytes (saved, name, &error);
  g_assert_no_error (error);
  saved_again = sp_share_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));

  sp_team_set_min_group (team, 1);
  sp_team_add_share (team, share, name);
  g_assert_cmpuint (sp_team_get_n_members (team), <=, 1);
}

static void
replay_team (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpTeam) team = sp_team_load (framework, path, &error);
  g_autoptr(SpTeam) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (team == NULL)
    {
      assert_refusal (error, name, start);
      return;
    }

  saved = sp_team_to_bytes (team);
  again = sp_team_load_bytes (framework, saved, name, &error);
  g_assert_no_error (error);
  saved_again = sp_team_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

static void
refuse_as_framework_file (const char *file,
                          GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SpFramework) loaded = sp_framework_new_replacing (file, bytes, &error);

  g_assert_null (loaded);
  assert_refusal (error, file, start);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
test_refused (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(GBytes) bytes = read_bytes (test_case->path);

  switch (test_case->read_as)
    {
    case READ_AS_PORTFOLIO:
      refuse_as_portfolio (test_case->path);
      break;

    case READ_AS_CSV:
      refuse_as_csv (test_case->path);
      break;

    case READ_AS_FRAMEWORK:
      if (g_bytes_get_size (bytes) > 0)
        {
          const guint8 *data_bytes = g_bytes_get_data (bytes, NULL);
          g_autoptr(GBytes) rest = g_bytes_new_from_bytes (bytes, 1, g_bytes_get_size (bytes) - 1);

          refuse_as_framework_file (framework_files[data_bytes[0] %
                                                    G_N_ELEMENTS (framework_files)], rest);
        }
      break;

    case READ_AS_SHARE:
      refuse_as_share (test_case->path);
      break;

    case READ_AS_TEAM:
      refuse_as_team (test_case->path);
      break;

    case REPLAY_SHARE:
      replay_share (test_case->path);
      break;

    case REPLAY_TEAM:
      replay_team (test_case->path);
      break;

    case READ_AS_ANY:
      if (g_str_has_suffix (test_case->path, ".csv"))
        {
          refuse_as_csv (test_case->path);
          break;
        }
      if (g_str_has_suffix (test_case->path, SP_SHARE_EXTENSION))
        {
          refuse_as_share (test_case->path);
          break;
        }
      if (g_str_has_suffix (test_case->path, SP_TEAM_EXTENSION))
        {
          refuse_as_team (test_case->path);
          break;
        }
      refuse_as_portfolio (test_case->path);
      refuse_as_framework_file ("framework.xml", bytes);
      refuse_as_framework_file ("profile-steward.xml", bytes);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
free_case (gpointer data)
{
  Case *test_case = data;

  g_free (test_case->path);
  g_free (test_case);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static guint
add_folder (const char *folder,
            ReadAs      read_as)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", folder, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (name[0] != '.' && !g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/hostile/%s/%s", folder, file);
      Case *test_case = g_new0 (Case, 1);

      test_case->path = g_build_filename (dir, file, NULL);
      test_case->read_as = read_as;
      g_test_add_data_func_full (test_path, test_case, test_refused, free_case);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  time_factor = sp_test_get_time_factor ();
  framework = sp_test_load_framework ();

  g_assert_cmpuint (add_folder ("hostile", READ_AS_ANY), >=, 40);
  add_folder ("regressions/portfolio", READ_AS_PORTFOLIO);
  add_folder ("regressions/answers-csv", READ_AS_CSV);
  add_folder ("regressions/framework", READ_AS_FRAMEWORK);
  add_folder ("regressions/share", REPLAY_SHARE);
  add_folder ("regressions/team", REPLAY_TEAM);

  status = g_test_run ();
  g_clear_object (&framework);

  return status;
}
