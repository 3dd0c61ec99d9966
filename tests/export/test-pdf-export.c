/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-avatar-render.h"
#include "sp-error.h"
#include "sp-pdf-export.h"
#include "sp-portfolio.h"
#include "sp-radar.h"

#include <math.h>
#include <string.h>

#define GREEK_TITLE "Μαθαίνω να συντονίζω — café coopératif"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* Paths of the poppler tools, from the command line; empty when absent. */
static const char *pdftotext_path = "";
static const char *pdffonts_path = "";

static SpFramework *test_framework;

static const char * const goal_titles[] = {
  GREEK_TITLE,
  "Run one members' assembly with consent",
  "Shadow an experienced facilitator",
};

static SpFramework *
load_framework (void)
{
  g_autoptr(GError) error = NULL;
  SpFramework *framework = sp_framework_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (framework);

  return framework;
}

/* Answers that point clearly to @profile_id: its items fully true, the
 * transversal ones partly, everything else a little; the competence at
 * @skipped_competence is skipped so it is not assessed. */
static void
answer_towards (SpAssessment *assessment,
                const char   *profile_id,
                guint         skipped_competence)
{
  SpFramework *framework = sp_assessment_get_framework (assessment);

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      const SpProfile *profile = item->competence->profile;
      int answer = 2 + (int) (i % 2);

      if (item->competence->index == skipped_competence)
        answer = SP_ANSWER_SKIP;
      else if (profile == NULL)
        answer = 3;
      else if (g_str_equal (profile->id, profile_id))
        answer = 5;
      sp_assessment_set_answer (assessment, i, answer);
    }
}

static void
add_goal (SpPlan     *plan,
          const char *competence_id,
          const char *title,
          const char *action,
          SpWay       way,
          guint       month)
{
  g_autoptr(SpGoal) goal = sp_goal_new ();
  SpAction *first = sp_action_new (way);

  goal->competence_id = g_strdup (competence_id);
  goal->title = g_strdup (title);
  first->description = g_strdup (action);
  sp_goal_add_action (goal, first);
  if (month > 0)
    {
      SpAction *second = sp_action_new (SP_WAY_COURSE);

      g_date_set_dmy (&goal->due, 15, month, 2025);
      g_date_set_dmy (&first->date, 1, month, 2025);
      first->status = SP_PROGRESS_DONE;
      first->evidence = g_strdup ("Notes from two members");
      goal->status = SP_PROGRESS_IN_PROGRESS;
      goal->why = g_strdup ("You score 25 out of 100; the profile asks for 75.");
      goal->success = g_strdup ("I reach “Can lead and teach” (75+).");
      second->description = g_strdup ("Do the library activity.");
      second->activity_id = g_strdup (sp_framework_get_activity (test_framework, 0)->id);
      g_date_set_dmy (&second->date, 5, month, 2025);
      sp_goal_add_action (goal, second);
    }

  g_assert_true (sp_plan_add_goal (plan, goal));
}

static SpPortfolio *
build_portfolio (SpFramework *framework)
{
  SpPortfolio *portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  const SpProfile *target = sp_framework_lookup_profile (framework, "facilitator");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2025, 3, 14, 10, 30, 0);

  sp_portfolio_set_name (portfolio, "Eleni Ioannou-Durand");
  sp_assessment_set_date (assessment, date);
  answer_towards (assessment, "facilitator", 3);

  sp_plan_set_target (plan, "facilitator");
  add_goal (plan, target->key->id, goal_titles[0],
            "Co-facilitate the monthly members' meeting of the café coopératif "
            "and ask two members for feedback afterwards.",
            SP_WAY_EXPERIENCE, 5);
  add_goal (plan, NULL, goal_titles[1], "Take the short consent workshop of the regional network.",
            SP_WAY_COURSE, 6);
  add_goal (plan, NULL, goal_titles[2], "Ask a mentor to let me shadow two workshops.",
            SP_WAY_PEOPLE, 0);

  return portfolio;
}

static char *
dup_build_path (const char *name)
{
  return g_test_build_filename (G_TEST_BUILT, name, NULL);
}

static char *
dup_normalised (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}

/* Runs @argv (NULL-terminated) and returns what it printed. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

static void
assert_no_leftovers (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, prefix));
}

static void
check_text (const char      *path,
            const SpProfile *match)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (*pdftotext_path == '\0')
    {
      g_test_message ("pdftotext not found; text not checked");
      return;
    }

  raw = run_tool ((const char *[]) { pdftotext_path, "-enc", "UTF-8", path, "-", NULL });
  g_assert_nonnull (raw);
  text = dup_normalised (raw);

  g_assert_nonnull (strstr (text, "Personal development plan"));
  g_assert_nonnull (strstr (text, "Eleni Ioannou-Durand"));
  g_assert_nonnull (strstr (text, match->name));
  for (guint i = 0; i < G_N_ELEMENTS (goal_titles); i++)
    {
      if (strstr (text, goal_titles[i]) == NULL)
        g_error ("Goal title “%s” missing from the PDF text:\n%s", goal_titles[i], text);
    }
}

/* Every row of pdffonts must say "yes" in the "emb" column. */
static void
check_fonts (const char *path)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *emb;
  gsize column;
  guint fonts = 0;

  if (*pdffonts_path == '\0')
    {
      g_test_message ("pdffonts not found; fonts not checked");
      return;
    }

  out = run_tool ((const char *[]) { pdffonts_path, path, NULL });
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  emb = strstr (lines[0], " emb ");
  g_assert_nonnull (emb);
  column = emb - lines[0] + 1;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (strlen (lines[i]), >, column + 3);
      if (strncmp (lines[i] + column, "yes", 3) != 0)
        g_error ("Font not embedded: %s", lines[i]);
      fonts++;
    }
  g_assert_cmpuint (fonts, >, 0);
}

static void
test_pdf_write (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpPortfolio) portfolio = build_portfolio (framework);
  g_autoptr(SpResult) result = sp_result_new (sp_portfolio_get_assessment (portfolio));
  g_autofree char *path = dup_build_path ("export-test-plan.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const SpProfile *match = sp_result_get_match (result);
  gsize length;

  g_assert_nonnull (match);
  g_assert_cmpstr (match->id, ==, "facilitator");

  /* A stale file is replaced as a whole. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (sp_pdf_export_plan (portfolio, path, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_nonnull (g_strstr_len (contents + length - 16, 16, "%%EOF"));
  assert_no_leftovers (path);

  check_text (path, match);
  check_fonts (path);
}

static void
test_pdf_without_name_or_goals (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autofree char *path = dup_build_path ("export-test-empty.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* Nothing answered: no match, no target, no goals; still a valid PDF. */
  g_assert_true (sp_pdf_export_plan (portfolio, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  assert_no_leftovers (path);
}

static void
test_pdf_missing_directory (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpPortfolio) portfolio = build_portfolio (framework);
  g_autofree char *dir = dup_build_path ("export-test-no-such-dir");
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_assert_false (sp_pdf_export_plan (portfolio, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "plan.pdf"));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_radar_draw (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpAssessment) now = sp_assessment_new (framework);
  g_autoptr(SpAssessment) before = sp_assessment_new (framework);
  g_autoptr(SpResult) result = NULL;
  g_autoptr(SpResult) previous = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  double x0, y0, width, height;
  SpRadarStyle style;

  answer_towards (now, "educator", 0);
  answer_towards (before, "networker", 5);
  result = sp_result_new (now);
  previous = sp_result_new (before);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  sp_radar_style_init_print (&style);

  /* Large, small and degenerate rectangles all draw without errors. */
  sp_radar_draw (cr, &style, result, previous, 0, 0, 500, 500);
  sp_radar_draw (cr, &style, result, NULL, 600, 0, 120, 80);
  sp_radar_draw (cr, &style, result, NULL, 0, 0, 0, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_recording_surface_ink_extents (surface, &x0, &y0, &width, &height);
  g_assert_cmpfloat (width, >, 400);
  g_assert_cmpfloat (height, >, 400);
}

static void
test_radar_description (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(SpResult) result = NULL;
  g_autofree char *text = NULL;
  const SpCompetence *skipped = sp_framework_get_competence (framework, 3);
  const SpProfile *profile = sp_framework_get_profile (framework, 0);

  answer_towards (assessment, profile->id, 3);
  result = sp_result_new (assessment);
  text = sp_radar_dup_description (result);

  g_assert_true (isnan (sp_result_get_competence_score (result, skipped)));
  g_assert_nonnull (strstr (text, skipped->name));
  g_assert_nonnull (strstr (text, "not assessed"));
  g_assert_nonnull (strstr (text, profile->name));
  g_assert_nonnull (strstr (text, sp_band_get_label (SP_BAND_CAN_LEAD)));
  g_assert_nonnull (strstr (text, "100"));
}

static void
test_avatar_render (void)
{
  g_autoptr(SpFramework) framework = load_framework ();

  for (guint i = 0; i < sp_framework_get_n_profiles (framework); i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i);
      g_autoptr(cairo_surface_t) surface = NULL;
      g_autoptr(cairo_t) cr = NULL;
      g_autoptr(GError) error = NULL;
      double x0, y0, width, height;

      surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (surface);

      /* A wide rectangle: the square avatar is centred in it. */
      g_assert_true (sp_avatar_render (cr, framework, profile, 10, 20, 300, 100, &error));
      g_assert_no_error (error);

      cairo_recording_surface_ink_extents (surface, &x0, &y0, &width, &height);
      g_assert_cmpfloat (x0, >=, 110 - 1);
      g_assert_cmpfloat (x0 + width, <=, 210 + 1);
      g_assert_cmpfloat (y0, >=, 20 - 1);
      g_assert_cmpfloat (y0 + height, <=, 120 + 1);
    }
}

static char *
dup_pdf_text (const char *path)
{
  g_autofree char *raw = NULL;

  /* In drawing order, so that a table row reads as one line. */
  raw = run_tool ((const char *[]) { pdftotext_path, "-raw", "-enc", "UTF-8", path, "-",
                                     NULL });
  return dup_normalised (raw);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” missing from the PDF text:\n%s", part, text);
}

/* Two assessments: both dates, the dashed overlay and what moved. */
static void
test_pdf_comparison (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpPortfolio) portfolio = build_portfolio (framework);
  g_autofree char *path = dup_build_path ("export-test-comparison.pdf");
  g_autoptr(GDateTime) later = g_date_time_new_utc (2025, 9, 20, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  const SpCompetence *key = sp_framework_lookup_profile (framework, "facilitator")->key;
  const SpCompetence *transversal = sp_framework_get_competence (framework, 0);
  SpAssessment *second;

  second = sp_portfolio_start_assessment (portfolio);
  sp_assessment_set_date (second, later);
  /* The transversal competence from 50 (all 3) to 100 (all 5). */
  for (guint i = 0; i < transversal->n_items; i++)
    sp_assessment_set_answer (second, transversal->items[i]->index, 5);
  g_assert_cmpuint (sp_portfolio_get_n_assessments (portfolio), ==, 2);

  g_assert_true (sp_pdf_export_plan (portfolio, path, &error));
  g_assert_no_error (error);
  assert_no_leftovers (path);

  if (*pdftotext_path == '\0')
    {
      g_test_skip ("pdftotext not found");
      return;
    }

  text = dup_pdf_text (path);
  assert_contains (text, "14 March 2025");
  assert_contains (text, "20 September 2025");
  assert_contains (text, "What moved between 14 March 2025 and 20 September 2025");
  assert_contains (text, "Competence Then Now Change");
  expected = g_strdup_printf ("%s 50 100 +50", transversal->name);
  assert_contains (text, expected);
  assert_contains (text, "dashed outline");
  /* The key competence did not move: not in the table. */
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s 100 100", key->name);
  g_assert_null (strstr (text, expected));
}

/* The plan section: goal status, and each action's kind, date, status
 * and library activity. */
static void
test_pdf_plan_details (void)
{
  g_autoptr(SpFramework) framework = load_framework ();
  g_autoptr(SpPortfolio) portfolio = build_portfolio (framework);
  g_autofree char *path = dup_build_path ("export-test-details.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *activity = NULL;

  g_assert_true (sp_pdf_export_plan (portfolio, path, &error));
  g_assert_no_error (error);

  if (*pdftotext_path == '\0')
    {
      g_test_skip ("pdftotext not found");
      return;
    }

  text = dup_pdf_text (path);
  assert_contains (text, "Status: In progress");
  assert_contains (text, "Learning by doing · 1 May 2025 · Done");
  assert_contains (text, "Evidence: Notes from two members");
  assert_contains (text, "A course or workshop · 5 May 2025 · Planned");
  activity = g_strdup_printf ("Library activity: “%s”",
                              sp_framework_get_activity (framework, 0)->title);
  assert_contains (text, activity);
  assert_contains (text, "Why: You score 25 out of 100");
  assert_contains (text, "Success: I reach");
}

static void
parse_tool_args (int    argc,
                 char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--pdftotext="))
        pdftotext_path = argv[i] + strlen ("--pdftotext=");
      else if (g_str_has_prefix (argv[i], "--pdffonts="))
        pdffonts_path = argv[i] + strlen ("--pdffonts=");
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  parse_tool_args (argc, argv);
  test_framework = sp_framework_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/export/pdf/write", test_pdf_write);
  g_test_add_func ("/export/pdf/without-name-or-goals", test_pdf_without_name_or_goals);
  g_test_add_func ("/export/pdf/missing-directory", test_pdf_missing_directory);
  g_test_add_func ("/export/radar/draw", test_radar_draw);
  g_test_add_func ("/export/radar/description", test_radar_description);
  g_test_add_func ("/export/avatar/render", test_avatar_render);
  g_test_add_func ("/export/pdf/comparison", test_pdf_comparison);
  g_test_add_func ("/export/pdf/plan-details", test_pdf_plan_details);

  status = g_test_run ();
  g_clear_object (&test_framework);

  return status;
}
