/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-autosave"

#include "config.h"

#include "sp-autosave.h"

#include "sp-test-helpers.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <utime.h>

static SpFramework *framework;
/* Under valgrind (SP_TEST_TIME_FACTOR=50), a second is not a second. */
static double time_factor = 1.0;

/* What the autosave reported so far. */
typedef struct
{
  guint   saved;
  guint   failed;
  GError *error;
} Reports;

static void
on_saved (SpAutosave *autosave,
          Reports    *reports)
{
  reports->saved++;
}

static void
on_failed (SpAutosave *autosave,
           GError     *error,
           Reports    *reports)
{
  reports->failed++;
  g_clear_error (&reports->error);
  reports->error = g_error_copy (error);
}

static SpAutosave *
create_autosave (const char *path,
                 Reports    *reports)
{
  SpAutosave *autosave = sp_autosave_new (path);

  g_signal_connect (autosave, "saved", G_CALLBACK (on_saved), reports);
  g_signal_connect (autosave, "failed", G_CALLBACK (on_failed), reports);

  return autosave;
}

static gboolean
on_deadline (gpointer user_data)
{
  gboolean *late = user_data;

  *late = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the autosave is idle; fails after 5 s. */
static void
wait_idle (SpAutosave *autosave)
{
  gboolean late = FALSE;
  guint id = g_timeout_add (5000, on_deadline, &late);

  while (sp_autosave_is_busy (autosave) && !late)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (late);
  g_source_remove (id);
}

static void
clear_reports (Reports *reports)
{
  g_clear_error (&reports->error);
}

/* Answers, skips, a name and a plan, as a person leaves them. */
static SpPortfolio *
make_portfolio (void)
{
  SpPortfolio *portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  SpGoal *goal = sp_goal_new ();
  SpAction *action;

  for (guint i = 0; i < 40; i++)
    sp_assessment_set_answer (assessment, i, i % 7 == 3 ? SP_ANSWER_SKIP : 1 + (int) (i % 5));
  sp_portfolio_set_name (portfolio, "Zoë “test” <&>");
  sp_plan_set_target (plan, "steward");
  goal->competence_id = g_strdup ("sse-literacy");
  goal->title = g_strdup ("Read the statutes");
  goal->why = g_strdup ("Ask the board for\nthe 2024 version.");
  action = sp_action_new (SP_WAY_PEOPLE);
  action->description = g_strdup ("Meet the treasurer");
  action->status = SP_PROGRESS_IN_PROGRESS;
  sp_goal_add_action (goal, action);
  g_date_set_dmy (&goal->due, 30, 6, 2027);
  sp_plan_add_goal (plan, goal);
  sp_goal_free (goal);

  return portfolio;
}

static void
assert_file_holds (const char  *path,
                   SpPortfolio *portfolio)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpPortfolio) restored = sp_portfolio_load (framework, path, &error);
  g_autoptr(GBytes) expected = sp_portfolio_to_bytes (portfolio);
  g_autoptr(GBytes) actual = NULL;

  g_assert_no_error (error);
  actual = sp_portfolio_to_bytes (restored);
  g_assert_true (g_bytes_equal (expected, actual));
}

static mode_t
get_mode (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

/* Every answer, skip, the name and the plan come back exactly; the
 * folder is made private and the file readable by its owner only. */
static void
test_restore_exactly (void)
{
  g_autofree char *tmp = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *dir = g_build_filename (tmp, "state", "sse-portfolio", NULL);
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autoptr(SpPortfolio) filled = make_portfolio ();
  g_autoptr(SpAutosave) autosave = NULL;
  Reports reports = { 0 };

  autosave = create_autosave (path, &reports);
  sp_autosave_set_portfolio (autosave, portfolio);
  g_assert_false (sp_autosave_is_busy (autosave));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Through the same calls the pages make. */
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    sp_assessment_set_answer (sp_portfolio_get_assessment (portfolio), i,
                              sp_assessment_get_answer (sp_portfolio_get_assessment (filled), i));
  sp_assessment_set_date (sp_portfolio_get_assessment (portfolio),
                          sp_assessment_get_date (sp_portfolio_get_assessment (filled)));
  sp_portfolio_set_name (portfolio, sp_portfolio_get_name (filled));
  sp_plan_set_target (sp_portfolio_get_plan (portfolio), "steward");
  sp_plan_add_goal (sp_portfolio_get_plan (portfolio),
                    sp_plan_get_goal (sp_portfolio_get_plan (filled), 0));
  g_assert_true (sp_autosave_is_busy (autosave));
  wait_idle (autosave);

  g_assert_cmpuint (reports.failed, ==, 0);
  g_assert_cmpuint (reports.saved, >=, 1);
  assert_file_holds (path, filled);
  g_assert_cmpint (get_mode (path), ==, 0600);
  g_assert_cmpint (get_mode (dir), ==, 0700);

  clear_reports (&reports);
  sp_test_remove_dir (tmp);
}

/* The last change is on disk within a second, and a stream of changes
 * costs a few writes, not one each. */
static void
test_within_a_second (void)
{
  g_autofree char *dir = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  g_autoptr(SpAutosave) autosave = NULL;
  Reports reports = { 0 };
  gint64 start;

  autosave = create_autosave (path, &reports);
  sp_autosave_set_portfolio (autosave, portfolio);

  for (guint i = 0; i < 100; i++)
    sp_assessment_set_answer (assessment, i, 1 + (int) (i % 5));
  start = g_get_monotonic_time ();
  wait_idle (autosave);

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC * time_factor);
  g_assert_cmpuint (reports.saved, ==, 1);
  assert_file_holds (path, portfolio);

  clear_reports (&reports);
  sp_test_remove_dir (dir);
}

/* Discard deletes the file, also when it comes while a write is in
 * flight; a change after it writes the file again. */
static void
test_discard (void)
{
  g_autofree char *dir = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = make_portfolio ();
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  g_autoptr(SpAutosave) autosave = NULL;
  Reports reports = { 0 };

  autosave = create_autosave (path, &reports);
  sp_autosave_set_delay (autosave, 0);
  sp_autosave_set_portfolio (autosave, portfolio);

  sp_assessment_set_answer (assessment, 100, 5);
  wait_idle (autosave);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  sp_autosave_discard (autosave);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A pending change is forgotten. */
  sp_assessment_set_answer (assessment, 101, 5);
  g_assert_true (sp_autosave_is_busy (autosave));
  sp_autosave_discard (autosave);
  g_assert_false (sp_autosave_is_busy (autosave));

  /* A discard while writing waits for the write, then deletes. */
  sp_assessment_set_answer (assessment, 102, 5);
  while (g_main_context_pending (NULL) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_main_context_iteration (NULL, FALSE);
      if (sp_autosave_is_busy (autosave))
        break;
    }
  sp_autosave_discard (autosave);
  wait_idle (autosave);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  sp_assessment_set_answer (assessment, 103, 5);
  wait_idle (autosave);
  assert_file_holds (path, portfolio);

  clear_reports (&reports);
  sp_test_remove_dir (dir);
}

/* A folder that vanished is made again. */
static void
test_vanished_folder (void)
{
  g_autofree char *tmp = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *dir = g_build_filename (tmp, "sse-portfolio", NULL);
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = make_portfolio ();
  g_autoptr(SpAutosave) autosave = NULL;
  Reports reports = { 0 };

  autosave = create_autosave (path, &reports);
  sp_autosave_set_delay (autosave, 10);
  sp_autosave_set_portfolio (autosave, portfolio);
  sp_portfolio_set_name (portfolio, "first");
  wait_idle (autosave);
  sp_test_remove_dir (dir);

  sp_portfolio_set_name (portfolio, "second");
  wait_idle (autosave);
  g_assert_cmpuint (reports.failed, ==, 0);
  assert_file_holds (path, portfolio);
  g_assert_cmpint (get_mode (dir), ==, 0700);

  clear_reports (&reports);
  sp_test_remove_dir (tmp);
}

/* A folder that cannot be made (a file is in the way) is reported with
 * its name and the answers stay as they are. */
static void
test_unwritable (void)
{
  g_autofree char *tmp = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *blocker = g_build_filename (tmp, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "autosave-x.sseportfolio", NULL);
  g_autoptr(SpPortfolio) portfolio = make_portfolio ();
  g_autoptr(SpAutosave) autosave = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  Reports reports = { 0 };

  g_assert_true (g_file_set_contents (blocker, "a file", -1, NULL));
  autosave = create_autosave (path, &reports);
  sp_autosave_set_delay (autosave, 10);
  sp_autosave_set_portfolio (autosave, portfolio);
  sp_portfolio_set_name (portfolio, "kept");
  before = sp_portfolio_to_bytes (portfolio);
  wait_idle (autosave);

  g_assert_cmpuint (reports.saved, ==, 0);
  g_assert_cmpuint (reports.failed, ==, 1);
  g_test_message ("%s", reports.error->message);
  g_assert_error (reports.error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_nonnull (strstr (reports.error->message, "not-a-folder"));
  after = sp_portfolio_to_bytes (portfolio);
  g_assert_true (g_bytes_equal (before, after));

  clear_reports (&reports);
  sp_test_remove_dir (tmp);
}

/* A write that fails halfway (a full disk, played by a file size limit
 * that binds root too) leaves the previous autosave whole. */
static void
test_full_disk_keeps_previous (void)
{
  g_autofree char *dir = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = make_portfolio ();
  g_autoptr(SpPortfolio) previous = NULL;
  g_autoptr(SpAutosave) autosave = NULL;
  Reports reports = { 0 };
  struct rlimit saved_limit, limited;
  void (*old_handler) (int);

  autosave = create_autosave (path, &reports);
  sp_autosave_set_delay (autosave, 10);
  sp_autosave_set_portfolio (autosave, portfolio);
  sp_portfolio_set_name (portfolio, "before the disk filled up");
  wait_idle (autosave);
  previous = sp_portfolio_load (framework, path, NULL);
  g_assert_nonnull (previous);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  limited = saved_limit;
  limited.rlim_cur = 256;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  sp_portfolio_set_name (portfolio, "after");
  wait_idle (autosave);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_cmpuint (reports.failed, ==, 1);
  g_test_message ("%s", reports.error->message);
  g_assert_nonnull (strstr (reports.error->message, path));
  assert_file_holds (path, previous);
  g_assert_cmpstr (sp_portfolio_get_name (portfolio), ==, "after");

  clear_reports (&reports);
  sp_test_remove_dir (dir);
}

/* A change still waiting when the autosave goes away is written. */
static void
test_dispose_writes_pending (void)
{
  g_autofree char *dir = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *path = sp_autosave_build_path (dir);
  g_autoptr(SpPortfolio) portfolio = make_portfolio ();
  SpAutosave *autosave = sp_autosave_new (path);

  sp_autosave_set_delay (autosave, 60 * 1000);
  sp_autosave_set_portfolio (autosave, portfolio);
  sp_assessment_set_answer (sp_portfolio_get_assessment (portfolio), 150, 2);
  g_object_unref (autosave);

  assert_file_holds (path, portfolio);
  sp_test_remove_dir (dir);
}

static void
test_list (void)
{
  g_autofree char *dir = sp_test_make_tmp_dir ("sp-autosave-XXXXXX");
  g_autofree char *older = sp_autosave_build_path (dir);
  g_autofree char *newer = sp_autosave_build_path (dir);
  g_autofree char *other = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *broken = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf times = { 1000000000, 1000000000 };

  g_assert_cmpstr (older, !=, newer);
  g_assert_true (g_str_has_suffix (older, SP_PORTFOLIO_EXTENSION));
  g_assert_true (g_file_set_contents (newer, "b", -1, NULL));
  g_assert_true (g_file_set_contents (older, "a", -1, NULL));
  g_assert_true (g_file_set_contents (other, "c", -1, NULL));
  g_assert_cmpint (g_utime (older, &times), ==, 0);

  found = sp_autosave_list (dir);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (found, 0), ==, older);
  g_assert_cmpstr (g_ptr_array_index (found, 1), ==, newer);

  /* Put aside, a file is kept but no longer offered. */
  g_assert_true (sp_autosave_set_aside (older, &error));
  g_assert_no_error (error);
  broken = g_strconcat (older, ".broken", NULL);
  g_assert_true (g_file_test (broken, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = sp_autosave_list (dir);
  g_assert_cmpuint (found->len, ==, 1);

  none = sp_autosave_list ("/nonexistent/sse-portfolio");
  g_assert_cmpuint (none->len, ==, 0);

  sp_test_remove_dir (dir);
}

static void
test_default_dir (void)
{
  g_autofree char *dir = sp_autosave_dup_default_dir ();

  g_assert_true (g_str_has_prefix (dir, g_get_user_state_dir ()));
  g_assert_true (g_str_has_suffix (dir, "/sse-portfolio"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  time_factor = sp_test_get_time_factor ();
  framework = sp_test_load_framework ();

  g_test_add_func ("/autosave/restore-exactly", test_restore_exactly);
  g_test_add_func ("/autosave/within-a-second", test_within_a_second);
  g_test_add_func ("/autosave/discard", test_discard);
  g_test_add_func ("/autosave/vanished-folder", test_vanished_folder);
  g_test_add_func ("/autosave/unwritable", test_unwritable);
  g_test_add_func ("/autosave/full-disk-keeps-previous", test_full_disk_keeps_previous);
  g_test_add_func ("/autosave/dispose-writes-pending", test_dispose_writes_pending);
  g_test_add_func ("/autosave/list", test_list);
  g_test_add_func ("/autosave/default-dir", test_default_dir);

  status = g_test_run ();
  g_clear_object (&framework);

  return status;
}
