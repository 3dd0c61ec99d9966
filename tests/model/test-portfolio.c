/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-portfolio"

#include "config.h"

#include <sys/resource.h>
#include <signal.h>
#include <unistd.h>

#include "sp-portfolio.h"

#include "sp-test-helpers.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<portfolio format=\"1\" framework=\"sse-competences\" framework-version=\"1\">\n"
#define ASSESSMENT "  <assessment date=\"2026-12-04T10:00:00Z\">\n"
#define END "  </assessment>\n</portfolio>\n"
#define ROOT2 "<portfolio format=\"2\" framework=\"sse-competences\" framework-version=\"1\">\n"
#define PLAN2 ASSESSMENT "  </assessment>\n  <plan target=\"steward\">\n"
#define PLAN2_END "  </plan>\n</portfolio>\n"
#define GOAL2(uid) "    <goal uid=\"" uid "\" status=\"planned\"><title>T</title>"

static SpGoal *
make_goal (const char *competence_id,
           const char *title,
           const char *action,
           SpWay       way,
           int         year,
           int         month,
           int         day)
{
  SpGoal *goal = sp_goal_new ();
  SpAction *first = sp_action_new (way);

  goal->competence_id = g_strdup (competence_id);
  goal->title = g_strdup (title);
  first->description = g_strdup (action);
  sp_goal_add_action (goal, first);
  if (year > 0)
    {
      SpAction *second = sp_action_new (SP_WAY_COURSE);

      g_date_set_dmy (&goal->due, day, month, year);
      goal->why = g_strdup ("Because “it matters” <here> & now");
      goal->success = g_strdup ("I reach 50+\non two lines");
      goal->status = SP_PROGRESS_IN_PROGRESS;
      second->description = g_strdup ("A library activity");
      second->activity_id = g_strdup ("map-your-economy");
      second->status = SP_PROGRESS_DONE;
      second->evidence = g_strdup ("Photos of the map, 12 people came");
      g_date_set_dmy (&second->date, 1, 2, 2027);
      sp_goal_add_action (goal, second);
    }

  return goal;
}

static void
add_goal (SpPlan *plan,
          SpGoal *goal)
{
  g_assert_true (sp_plan_add_goal (plan, goal));
  sp_goal_free (goal);
}

static SpPortfolio *
make_full_portfolio (SpFramework *framework)
{
  SpPortfolio *portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 4, 10, 0, 30.25);
  guint n = sp_framework_get_n_items (framework);

  for (guint i = 0; i < n; i += 2)
    sp_assessment_set_answer (assessment, i, 1 + i % 5);
  sp_assessment_set_answer (assessment, 1, SP_ANSWER_SKIP);
  sp_assessment_set_answer (assessment, n - 1, SP_ANSWER_SKIP);
  sp_assessment_set_date (assessment, date);

  sp_portfolio_set_name (portfolio, "Ana “Zé” <Núñez> & co\n'second line'\t✓");

  sp_plan_set_target (plan, "facilitator");
  add_goal (plan, make_goal ("sse-literacy", "Explain the SSE", "Talk at the open evening.\n"
                             "  Then write it up & share it.", SP_WAY_EXPERIENCE, 2027, 3, 1));
  add_goal (plan, make_goal (NULL, "A free goal", "", SP_WAY_PEOPLE, 0, 0, 0));
  add_goal (plan, make_goal ("networking", "  Spaces  kept  ", "<b>not markup</b>",
                             SP_WAY_COURSE, 2028, 2, 29));

  return portfolio;
}

static void
assert_same_date (const GDate *a,
                  const GDate *b)
{
  g_assert_cmpint (g_date_valid (a), ==, g_date_valid (b));
  if (g_date_valid (a))
    g_assert_cmpint (g_date_compare (a, b), ==, 0);
}

static void
assert_same_action (const SpAction *a,
                    const SpAction *b)
{
  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->description, ==, b->description);
  g_assert_cmpstr (a->activity_id, ==, b->activity_id);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpstr (a->evidence, ==, b->evidence);
  assert_same_date (&a->date, &b->date);
}

static void
assert_same_assessment (SpAssessment *aa,
                        SpAssessment *ba)
{
  guint n = sp_framework_get_n_items (sp_assessment_get_framework (aa));

  for (guint i = 0; i < n; i++)
    g_assert_cmpint (sp_assessment_get_answer (aa, i), ==, sp_assessment_get_answer (ba, i));
  g_assert_true (g_date_time_equal (sp_assessment_get_date (aa), sp_assessment_get_date (ba)));
}

static void
assert_same_portfolio (SpPortfolio *a,
                       SpPortfolio *b)
{
  SpPlan *ap = sp_portfolio_get_plan (a);
  SpPlan *bp = sp_portfolio_get_plan (b);

  g_assert_cmpstr (sp_portfolio_get_name (a), ==, sp_portfolio_get_name (b));
  g_assert_cmpuint (sp_portfolio_get_n_assessments (a), ==, sp_portfolio_get_n_assessments (b));
  for (guint i = 0; i < sp_portfolio_get_n_assessments (a); i++)
    assert_same_assessment (sp_portfolio_get_assessment_at (a, i),
                            sp_portfolio_get_assessment_at (b, i));

  g_assert_cmpstr (sp_plan_get_target (ap), ==, sp_plan_get_target (bp));
  g_assert_cmpuint (sp_plan_get_n_goals (ap), ==, sp_plan_get_n_goals (bp));
  for (guint i = 0; i < sp_plan_get_n_goals (ap); i++)
    {
      const SpGoal *ag = sp_plan_get_goal (ap, i);
      const SpGoal *bg = sp_plan_get_goal (bp, i);

      g_assert_cmpstr (ag->uid, ==, bg->uid);
      g_assert_cmpstr (ag->competence_id, ==, bg->competence_id);
      g_assert_cmpstr (ag->title, ==, bg->title);
      g_assert_cmpstr (ag->why, ==, bg->why);
      g_assert_cmpstr (ag->success, ==, bg->success);
      g_assert_cmpint (ag->status, ==, bg->status);
      assert_same_date (&ag->due, &bg->due);
      g_assert_cmpuint (ag->actions->len, ==, bg->actions->len);
      for (guint j = 0; j < ag->actions->len; j++)
        assert_same_action (g_ptr_array_index (ag->actions, j),
                            g_ptr_array_index (bg->actions, j));
    }
}

static void
test_new (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);

  g_assert_true (sp_portfolio_get_framework (portfolio) == framework);
  g_assert_nonnull (sp_portfolio_get_assessment (portfolio));
  g_assert_nonnull (sp_portfolio_get_plan (portfolio));
  g_assert_null (sp_portfolio_get_name (portfolio));
  g_assert_cmpuint (sp_plan_get_n_goals (sp_portfolio_get_plan (portfolio)), ==, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;

  bytes = sp_portfolio_to_bytes (portfolio);
  g_test_message ("%.*s", (int) g_bytes_get_size (bytes),
                  (const char *) g_bytes_get_data (bytes, NULL));

  loaded = sp_portfolio_load_bytes (framework, bytes, "round-trip.sseportfolio", &error);
  g_assert_no_error (error);
  assert_same_portfolio (portfolio, loaded);

  /* Writing is stable: the loaded copy serialises to the same bytes. */
  again = sp_portfolio_to_bytes (loaded);
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_round_trip_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autoptr(GBytes) bytes = sp_portfolio_to_bytes (portfolio);

  loaded = sp_portfolio_load_bytes (framework, bytes, "empty.sseportfolio", &error);
  g_assert_no_error (error);
  assert_same_portfolio (portfolio, loaded);
  g_assert_null (sp_plan_get_target (sp_portfolio_get_plan (loaded)));
}

static void
test_example_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autofree char *files = sp_test_dup_files_dir ();
  g_autofree char *path = g_build_filename (files, "example.sseportfolio", NULL);
  const SpItem *item = sp_framework_lookup_item (framework, "sse-literacy-s");
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SpAssessment *assessment;
  const SpAction *action;
  const SpGoal *goal;

  portfolio = sp_portfolio_load (framework, path, &error);
  g_assert_no_error (error);

  assessment = sp_portfolio_get_assessment (portfolio);
  g_assert_cmpstr (sp_portfolio_get_name (portfolio), ==, "Ana");
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 3);
  g_assert_cmpuint (sp_assessment_count_answered (assessment), ==, 2);
  g_assert_cmpint (sp_assessment_get_answer (assessment, item->index), ==, SP_ANSWER_SKIP);
  g_assert_cmpint (g_date_time_get_hour (sp_assessment_get_date (assessment)), ==, 10);

  g_assert_cmpstr (sp_plan_get_target (sp_portfolio_get_plan (portfolio)), ==, "facilitator");
  g_assert_cmpuint (sp_plan_get_n_goals (sp_portfolio_get_plan (portfolio)), ==, 2);
  /* A format-1 file: each goal becomes a goal with one action of its way,
   * and gets a uid. */
  g_assert_cmpuint (sp_portfolio_get_n_assessments (portfolio), ==, 1);
  g_assert_null (sp_portfolio_get_previous_assessment (portfolio));
  goal = sp_plan_get_goal (sp_portfolio_get_plan (portfolio), 0);
  g_assert_cmpstr (goal->competence_id, ==, "sse-literacy");
  g_assert_cmpstr (goal->title, ==, "Explain the SSE to a newcomer");
  g_assert_cmpint (goal->status, ==, SP_PROGRESS_PLANNED);
  g_assert_true (g_uuid_string_is_valid (goal->uid));
  g_assert_cmpuint (goal->actions->len, ==, 1);
  action = g_ptr_array_index (goal->actions, 0);
  g_assert_cmpint (action->kind, ==, SP_WAY_EXPERIENCE);
  g_assert_cmpstr (action->description, ==, "Present our cooperative at the next open evening.");
  g_assert_cmpint (g_date_get_year (&goal->due), ==, 2027);
  goal = sp_plan_get_goal (sp_portfolio_get_plan (portfolio), 1);
  g_assert_null (goal->competence_id);
  g_assert_false (g_date_valid (&goal->due));
  action = g_ptr_array_index (goal->actions, 0);
  g_assert_cmpint (action->kind, ==, SP_WAY_COURSE);
  g_assert_cmpstr (action->description, ==, "");
  g_assert_false (sp_plan_can_undo (sp_portfolio_get_plan (portfolio)));

  /* Saved again, it becomes format 2 and keeps what it had. */
  bytes = sp_portfolio_to_bytes (portfolio);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "format=\"2\""));
  loaded = sp_portfolio_load_bytes (framework, bytes, "again.sseportfolio", &error);
  g_assert_no_error (error);
  assert_same_portfolio (portfolio, loaded);
}

/* A format-2 file as written by hand: two assessments, goals with
 * actions, evidence and a library activity. */
static void
test_example_file_2 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autofree char *files = sp_test_dup_files_dir ();
  g_autofree char *path = g_build_filename (files, "example-2.sseportfolio", NULL);
  const SpItem *item = sp_framework_lookup_item (framework, "sse-literacy-k");
  const SpAction *action;
  const SpGoal *goal;

  portfolio = sp_portfolio_load (framework, path, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (sp_portfolio_get_n_assessments (portfolio), ==, 2);
  g_assert_cmpint (sp_assessment_get_answer (sp_portfolio_get_previous_assessment (portfolio),
                                             item->index), ==, 2);
  g_assert_cmpint (sp_assessment_get_answer (sp_portfolio_get_assessment (portfolio),
                                             item->index), ==, 4);
  g_assert_cmpint (g_date_time_get_month (sp_assessment_get_date (
                     sp_portfolio_get_assessment (portfolio))), ==, 3);

  goal = sp_plan_get_goal (sp_portfolio_get_plan (portfolio), 0);
  g_assert_cmpstr (goal->uid, ==, "0b6f4f0e-1d0c-4c55-9d3b-6a1f2b9f6d10");
  g_assert_cmpint (goal->status, ==, SP_PROGRESS_DONE);
  g_assert_cmpstr (goal->success, ==, "I reach “Autonomous” (50+) at the next assessment.");
  g_assert_cmpuint (goal->actions->len, ==, 2);
  action = g_ptr_array_index (goal->actions, 0);
  g_assert_cmpstr (action->evidence, ==, "Twelve people came; notes in the shared folder.");
  g_assert_cmpint (g_date_get_day (&action->date), ==, 15);
  action = g_ptr_array_index (goal->actions, 1);
  g_assert_cmpint (action->kind, ==, SP_WAY_COURSE);
  g_assert_cmpint (action->status, ==, SP_PROGRESS_IN_PROGRESS);
  g_assert_cmpstr (action->activity_id, ==, "map-your-economy");
  g_assert_null (action->evidence);

  goal = sp_plan_get_goal (sp_portfolio_get_plan (portfolio), 1);
  g_assert_null (goal->why);
  g_assert_cmpuint (goal->actions->len, ==, 0);
  g_assert_false (g_date_valid (&goal->due));
}

static void
test_offset_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *text = HEAD ROOT "  <assessment date=\"2026-12-04T12:00:00+02:00\">\n" END;
  GDateTime *date;

  bytes = g_bytes_new_static (text, strlen (text));
  portfolio = sp_portfolio_load_bytes (framework, bytes, "offset.sseportfolio", &error);
  g_assert_no_error (error);
  date = sp_assessment_get_date (sp_portfolio_get_assessment (portfolio));
  g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (date), ==, 10);
}

static void
test_save_and_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-portfolio-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ana" SP_PORTFOLIO_EXTENSION, NULL);
  GStatBuf info;

  g_assert_no_error (error);
  g_assert_true (sp_portfolio_save (portfolio, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* Saving again replaces the file. */
  sp_portfolio_set_name (portfolio, "Bea");
  g_assert_true (sp_portfolio_save (portfolio, path, &error));
  g_assert_no_error (error);

  loaded = sp_portfolio_load (framework, path, &error);
  g_assert_no_error (error);
  assert_same_portfolio (portfolio, loaded);

  sp_test_remove_dir (dir);
}

static void
test_save_missing_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  const char *path = "/nonexistent-sp-dir/ana.sseportfolio";

  g_assert_false (sp_portfolio_save (portfolio, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Could not save “/nonexistent-sp-dir/ana.sseportfolio”: "));
}

static void
write_old_file (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old contents", -1, &error);
  g_assert_no_error (error);
}

static void
assert_old_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old contents");
}

static void
test_save_read_only_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }

  dir = g_dir_make_tmp ("sp-portfolio-ro-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "ana.sseportfolio", NULL);
  write_old_file (path);
  g_chmod (dir, 0500);

  g_assert_false (sp_portfolio_save (portfolio, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_nonnull (strstr (error->message, "ana.sseportfolio”: "));
  assert_old_file (path);

  g_chmod (dir, 0700);
  sp_test_remove_dir (dir);
}

/* A write that fails halfway (here: a file size limit, which binds root
 * too) leaves the old file as it was. */
static void
test_save_failure_keeps_old_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autofree char *dir = g_dir_make_tmp ("sp-portfolio-fsize-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ana.sseportfolio", NULL);
  struct rlimit saved, limited;
  gboolean saved_ok;
  void (*old_handler) (int);

  g_assert_no_error (error);
  write_old_file (path);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 64;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  saved_ok = sp_portfolio_save (portfolio, path, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (saved_ok);
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  assert_old_file (path);

  sp_test_remove_dir (dir);
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

static void
set_all_answers (SpAssessment *assessment,
                 int           value)
{
  guint n = sp_framework_get_n_items (sp_assessment_get_framework (assessment));

  for (guint i = 0; i < n; i++)
    sp_assessment_set_answer (assessment, i, value);
}

/* Two assessments in one file: both kept with their dates, in order, and
 * a new one starts from the newest answers. */
static void
test_two_assessments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  SpAssessment *first = sp_portfolio_get_assessment (portfolio);
  SpAssessment *second;

  second = sp_portfolio_start_assessment (portfolio);
  g_assert_true (second != first);
  g_assert_cmpuint (sp_portfolio_get_n_assessments (portfolio), ==, 2);
  g_assert_true (sp_portfolio_get_assessment (portfolio) == second);
  g_assert_true (sp_portfolio_get_previous_assessment (portfolio) == first);
  g_assert_true (sp_portfolio_get_assessment_at (portfolio, 0) == first);
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_assert_cmpint (sp_assessment_get_answer (second, i), ==,
                     sp_assessment_get_answer (first, i));
  g_assert_cmpint (g_date_time_compare (sp_assessment_get_date (second), before), >=, 0);

  /* Answering the new one leaves the old one as it was. */
  set_all_answers (second, 4);
  g_assert_cmpint (sp_assessment_get_answer (first, 0), ==, 1);

  bytes = sp_portfolio_to_bytes (portfolio);
  loaded = sp_portfolio_load_bytes (framework, bytes, "two.sseportfolio", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_portfolio_get_n_assessments (loaded), ==, 2);
  assert_same_portfolio (portfolio, loaded);
  g_assert_cmpint (sp_assessment_get_answer (sp_portfolio_get_assessment (loaded), 0), ==, 4);
  g_assert_cmpint (sp_assessment_get_answer (sp_portfolio_get_previous_assessment (loaded), 0),
                   ==, 1);
  g_assert_cmpint (g_date_time_get_year (sp_assessment_get_date (
                     sp_portfolio_get_assessment_at (loaded, 0))), ==, 2026);
}

/* What the person does to a proposed plan is what the file keeps. */
static void
test_plan_edits_survive (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autoptr(SpPortfolio) loaded = NULL;
  g_autoptr(SpResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SpGoal) edited = NULL;
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  const SpProfile *target = sp_framework_lookup_profile (framework, "networker");
  SpAction *action;
  GDate today;

  set_all_answers (sp_portfolio_get_assessment (portfolio), 2);
  result = sp_result_new (sp_portfolio_get_assessment (portfolio));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 1, 2027);
  sp_plan_propose (plan, result, target, &today);
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, 3);

  edited = sp_goal_copy (sp_plan_get_goal (plan, 1));
  g_free (edited->title);
  edited->title = g_strdup ("My own title");
  edited->status = SP_PROGRESS_DONE;
  action = g_ptr_array_index (edited->actions, 0);
  action->status = SP_PROGRESS_IN_PROGRESS;
  action->evidence = g_strdup ("Minutes of the meeting, 3 March");
  g_date_set_dmy (&action->date, 3, 3, 2027);
  g_ptr_array_remove_index (edited->actions, 1);
  sp_plan_replace_goal (plan, 1, edited);
  sp_plan_move_goal (plan, 1, 0);
  sp_plan_remove_goal (plan, 2);

  bytes = sp_portfolio_to_bytes (portfolio);
  loaded = sp_portfolio_load_bytes (framework, bytes, "edited.sseportfolio", &error);
  g_assert_no_error (error);
  assert_same_portfolio (portfolio, loaded);

  plan = sp_portfolio_get_plan (loaded);
  g_assert_cmpstr (sp_plan_get_target (plan), ==, "networker");
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, 2);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->title, ==, "My own title");
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->uid, ==, edited->uid);
  g_assert_cmpint (sp_plan_get_goal (plan, 0)->status, ==, SP_PROGRESS_DONE);
  g_assert_cmpuint (sp_plan_get_goal (plan, 0)->actions->len, ==, 4);
  action = g_ptr_array_index (sp_plan_get_goal (plan, 0)->actions, 0);
  g_assert_cmpstr (action->evidence, ==, "Minutes of the meeting, 3 March");
  g_assert_cmpint (action->status, ==, SP_PROGRESS_IN_PROGRESS);
  g_assert_cmpint (g_date_get_day (&action->date), ==, 3);
  g_assert_false (sp_plan_can_undo (plan));
}

static void
test_changed (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autoptr(SpAssessment) other = sp_assessment_new (framework);
  SpAssessment *first = sp_portfolio_get_assessment (portfolio);
  guint count = 0;

  g_object_ref (first);
  g_signal_connect (portfolio, "changed", G_CALLBACK (count_signal), &count);

  sp_portfolio_set_name (portfolio, "Ana");
  sp_portfolio_set_name (portfolio, "Ana");
  g_assert_cmpuint (count, ==, 1);

  sp_assessment_set_answer (first, 0, 3);
  g_assert_cmpuint (count, ==, 2);

  sp_portfolio_set_assessment (portfolio, other);
  g_assert_cmpuint (count, ==, 3);
  g_assert_true (sp_portfolio_get_assessment (portfolio) == other);

  sp_assessment_set_answer (first, 0, 4);   /* no longer ours */
  g_assert_cmpuint (count, ==, 3);
  sp_assessment_set_answer (other, 0, 4);
  g_assert_cmpuint (count, ==, 4);

  sp_plan_set_target (sp_portfolio_get_plan (portfolio), "steward");
  g_assert_cmpuint (count, ==, 5);

  g_object_unref (first);
}

/* Hostile and broken files. */

typedef struct
{
  const char *name;
  int         code;
  const char *text;        /* NULL: made by make_bytes () */
  const char *not_in_message;
} BadCase;

static GBytes *
make_deep_nesting (void)
{
  GString *text = g_string_new (HEAD ROOT ASSESSMENT);

  for (int i = 0; i < 1000; i++)
    g_string_append (text, "<a>");
  for (int i = 0; i < 1000; i++)
    g_string_append (text, "</a>");
  g_string_append (text, END);

  return g_string_free_to_bytes (text);
}

static GBytes *
make_huge_attribute (void)
{
  GString *text = g_string_new (HEAD ROOT "  <person name=\"");

  for (gsize i = 0; i <= SP_PORTFOLIO_MAX_SIZE; i += 16)
    g_string_append (text, "AAAAAAAAAAAAAAAA");
  g_string_append (text, "\"/>\n" ASSESSMENT END);

  return g_string_free_to_bytes (text);
}

static GBytes *
make_utf16 (void)
{
  const char *ascii = HEAD ROOT ASSESSMENT END;
  GByteArray *bytes = g_byte_array_new ();
  const guint8 bom[] = { 0xff, 0xfe };

  g_byte_array_append (bytes, bom, 2);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      const guint8 unit[] = { (guint8) *p, 0 };

      g_byte_array_append (bytes, unit, 2);
    }

  return g_byte_array_free_to_bytes (bytes);
}

static GBytes *
make_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = make_full_portfolio (framework);
  g_autoptr(GBytes) whole = sp_portfolio_to_bytes (portfolio);

  return g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
}

static GBytes *
make_nul_byte (void)
{
  static const char text[] = HEAD ROOT ASSESSMENT "\0" END;

  return g_bytes_new_static (text, sizeof text - 1);
}

static const BadCase bad_cases[] = {
  { "doctype", SP_ERROR_INVALID,
    HEAD
    "<!DOCTYPE lolz [\n"
    "  <!ENTITY lol \"lol\">\n"
    "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    "  <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    "  <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    "  <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    "  <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    "  <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    "  <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    "  <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    ROOT "  <person name=\"&lol9;\"/>\n" ASSESSMENT END, "lollol" },
  { "external-entity", SP_ERROR_INVALID,
    HEAD "<!DOCTYPE portfolio [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
    ROOT "  <person name=\"&xxe;\"/>\n" ASSESSMENT END, "root:" },
  { "external-dtd", SP_ERROR_INVALID,
    HEAD "<!DOCTYPE portfolio SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
    ROOT ASSESSMENT END, NULL },
  { "undeclared-entity", SP_ERROR_INVALID,
    HEAD ROOT "  <person name=\"&xxe;\"/>\n" ASSESSMENT END, NULL },
  { "deep-nesting", SP_ERROR_TOO_LARGE, NULL, NULL },
  { "truncated", SP_ERROR_INVALID, NULL, NULL },
  { "empty", SP_ERROR_INVALID, "", NULL },
  { "latin1-as-utf8", SP_ERROR_INVALID,
    HEAD ROOT "  <person name=\"Jos\xe9\"/>\n" ASSESSMENT END, NULL },
  { "declared-latin1", SP_ERROR_INVALID,
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" ROOT ASSESSMENT END, NULL },
  { "utf16", SP_ERROR_INVALID, NULL, NULL },
  { "nul-byte", SP_ERROR_INVALID, NULL, NULL },
  { "huge-attribute", SP_ERROR_TOO_LARGE, NULL, NULL },
  { "wrong-root", SP_ERROR_INVALID,
    HEAD "<html><body>Not a portfolio</body></html>\n", NULL },
  { "namespaced-root", SP_ERROR_INVALID,
    HEAD "<portfolio xmlns=\"urn:x\" format=\"1\" framework=\"sse-competences\" "
    "framework-version=\"1\">\n" ASSESSMENT END, NULL },
  { "newer-format", SP_ERROR_NEWER_VERSION,
    HEAD "<portfolio format=\"99\" framework=\"sse-competences\" framework-version=\"1\">\n"
    "  <future/>\n" ASSESSMENT END, NULL },
  { "foreign-framework", SP_ERROR_INVALID,
    HEAD "<portfolio format=\"1\" framework=\"other-framework\" framework-version=\"1\">\n"
    ASSESSMENT END, NULL },
  { "schema", SP_ERROR_INVALID,
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\"/>\n" END, NULL },
  { "no-assessment", SP_ERROR_INVALID, HEAD ROOT "</portfolio>\n", NULL },
  { "unknown-item", SP_ERROR_UNKNOWN_ID,
    HEAD ROOT ASSESSMENT "    <answer item=\"no-such-item\" value=\"3\"/>\n" END, NULL },
  { "duplicate-item", SP_ERROR_DUPLICATE,
    HEAD ROOT ASSESSMENT
    "    <answer item=\"sse-literacy-k\" value=\"3\"/>\n"
    "    <answer item=\"sse-literacy-k\" value=\"4\"/>\n" END, NULL },
  { "value-7", SP_ERROR_OUT_OF_RANGE,
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\" value=\"7\"/>\n" END, NULL },
  { "value-0", SP_ERROR_OUT_OF_RANGE,
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\" value=\"0\"/>\n" END, NULL },
  { "value-text", SP_ERROR_INVALID,
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\" value=\"four\"/>\n" END, NULL },
  { "bad-date", SP_ERROR_INVALID,
    HEAD ROOT "  <assessment date=\"2026-13-45T10:00:00Z\">\n" END, NULL },
  { "unknown-target", SP_ERROR_UNKNOWN_ID,
    HEAD ROOT ASSESSMENT "  </assessment>\n  <plan target=\"astronaut\"/>\n</portfolio>\n", NULL },
  { "unknown-goal-competence", SP_ERROR_UNKNOWN_ID,
    HEAD ROOT ASSESSMENT "  </assessment>\n  <plan>\n"
    "    <goal competence=\"juggling\" way=\"course\"><title>T</title><action/></goal>\n"
    "  </plan>\n</portfolio>\n", NULL },
  { "bad-due-date", SP_ERROR_INVALID,
    HEAD ROOT ASSESSMENT "  </assessment>\n  <plan>\n"
    "    <goal way=\"course\" due=\"2027-02-30\"><title>T</title><action/></goal>\n"
    "  </plan>\n</portfolio>\n", NULL },
  { "four-goals", SP_ERROR_INVALID,
    HEAD ROOT ASSESSMENT "  </assessment>\n  <plan>\n"
    "    <goal way=\"course\"><title>1</title><action/></goal>\n"
    "    <goal way=\"course\"><title>2</title><action/></goal>\n"
    "    <goal way=\"course\"><title>3</title><action/></goal>\n"
    "    <goal way=\"course\"><title>4</title><action/></goal>\n"
    "  </plan>\n</portfolio>\n", NULL },
  { "two-assessments-in-format-1", SP_ERROR_INVALID,
    HEAD ROOT ASSESSMENT "  </assessment>\n" ASSESSMENT END, NULL },
  { "format-2-with-old-goal", SP_ERROR_INVALID,
    HEAD ROOT2 PLAN2 "    <goal way=\"course\"><title>T</title><action/></goal>\n"
    PLAN2_END, NULL },
  { "duplicate-uid", SP_ERROR_DUPLICATE,
    HEAD ROOT2 PLAN2 GOAL2 ("a1") "</goal>\n" GOAL2 ("a1") "</goal>\n" PLAN2_END, NULL },
  { "duplicate-action-uid", SP_ERROR_DUPLICATE,
    HEAD ROOT2 PLAN2 GOAL2 ("g1")
    "<action uid=\"g1\" kind=\"people\" status=\"done\"><description/></action></goal>\n"
    PLAN2_END, NULL },
  { "bad-status", SP_ERROR_INVALID,
    HEAD ROOT2 PLAN2 "    <goal uid=\"g1\" status=\"finished\"><title>T</title></goal>\n"
    PLAN2_END, NULL },
  { "bad-action-date", SP_ERROR_INVALID,
    HEAD ROOT2 PLAN2 GOAL2 ("g1") "<action uid=\"a1\" kind=\"people\" status=\"done\" "
    "date=\"2027-02-29\"><description/></action></goal>\n" PLAN2_END, NULL },
  { "bad-kind", SP_ERROR_INVALID,
    HEAD ROOT2 PLAN2 GOAL2 ("g1") "<action uid=\"a1\" kind=\"reading\" status=\"done\">"
    "<description/></action></goal>\n" PLAN2_END, NULL },
  { "second-assessment-bad-value", SP_ERROR_OUT_OF_RANGE,
    HEAD ROOT2 ASSESSMENT "  </assessment>\n" ASSESSMENT
    "    <answer item=\"sse-literacy-k\" value=\"9\"/>\n" END, NULL },
};

static GBytes *
make_bytes (const BadCase *bad)
{
  if (bad->text != NULL)
    return g_bytes_new_static (bad->text, strlen (bad->text));
  if (g_str_equal (bad->name, "deep-nesting"))
    return make_deep_nesting ();
  if (g_str_equal (bad->name, "huge-attribute"))
    return make_huge_attribute ();
  if (g_str_equal (bad->name, "utf16"))
    return make_utf16 ();
  if (g_str_equal (bad->name, "truncated"))
    return make_truncated ();
  if (g_str_equal (bad->name, "nul-byte"))
    return make_nul_byte ();

  g_assert_not_reached ();
}

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autoptr(GBytes) bytes = make_bytes (bad);
  g_autofree char *name = g_strconcat (bad->name, SP_PORTFOLIO_EXTENSION, NULL);
  gint64 start = g_get_monotonic_time ();

  portfolio = sp_portfolio_load_bytes (framework, bytes, name, &error);

  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_assert_null (portfolio);
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  sp_assert_error_at (error, bad->code, name);
  if (bad->not_in_message != NULL)
    g_assert_null (strstr (error->message, bad->not_in_message));
}

/* The same through a real file, so the message names its path. */
static void
test_bad_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-portfolio-bad-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "seven.sseportfolio", NULL);

  g_assert_no_error (error);
  g_file_set_contents (path, HEAD ROOT ASSESSMENT
                       "    <answer item=\"sse-literacy-k\" value=\"7\"/>\n" END, -1, &error);
  g_assert_no_error (error);

  portfolio = sp_portfolio_load (framework, path, &error);
  g_assert_null (portfolio);
  sp_assert_error_at (error, SP_ERROR_OUT_OF_RANGE, path);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_str_has_prefix (error->message + strlen (path), ":4: "));

  sp_test_remove_dir (dir);
}

static void
test_bad_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;

  portfolio = sp_portfolio_load (framework, "/nonexistent/ana.sseportfolio", &error);
  g_assert_null (portfolio);
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent/ana.sseportfolio"));
}

static void
test_bad_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;

  portfolio = sp_portfolio_load (framework, "/dev/zero", &error);
  g_assert_null (portfolio);
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/portfolio/new", test_new);
  g_test_add_func ("/portfolio/round-trip", test_round_trip);
  g_test_add_func ("/portfolio/round-trip-empty", test_round_trip_empty);
  g_test_add_func ("/portfolio/example-file", test_example_file);
  g_test_add_func ("/portfolio/example-file-2", test_example_file_2);
  g_test_add_func ("/portfolio/offset-date", test_offset_date);
  g_test_add_func ("/portfolio/save-and-load", test_save_and_load);
  g_test_add_func ("/portfolio/save/missing-dir", test_save_missing_dir);
  g_test_add_func ("/portfolio/save/read-only-dir", test_save_read_only_dir);
  g_test_add_func ("/portfolio/save/failure-keeps-old-file", test_save_failure_keeps_old_file);
  g_test_add_func ("/portfolio/changed", test_changed);
  g_test_add_func ("/portfolio/two-assessments", test_two_assessments);
  g_test_add_func ("/portfolio/plan-edits-survive", test_plan_edits_survive);
  g_test_add_func ("/portfolio/bad/file", test_bad_file);
  g_test_add_func ("/portfolio/bad/missing-file", test_bad_missing_file);
  g_test_add_func ("/portfolio/bad/not-regular", test_bad_not_regular);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/portfolio/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  return g_test_run ();
}
