/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-assessment"

#include "config.h"

#include "sp-assessment.h"

#include "sp-test-helpers.h"

static void
on_changed (SpAssessment *assessment,
            guint         item_index,
            GArray       *log)
{
  g_array_append_val (log, item_index);
}

static void
test_new (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *date;

  g_assert_true (sp_assessment_get_framework (assessment) == framework);
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_assert_cmpint (sp_assessment_get_answer (assessment, i), ==, SP_ANSWER_NONE);
  g_assert_cmpuint (sp_assessment_count_answered (assessment), ==, 0);
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
  g_assert_cmpuint (sp_assessment_get_first_open (assessment), ==, 0);

  date = sp_assessment_get_date (assessment);
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 0);
  g_assert_cmpint (ABS (g_date_time_difference (now, date)), <, 5 * G_TIME_SPAN_SECOND);
}

static void
test_answers (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));

  g_signal_connect (assessment, "changed", G_CALLBACK (on_changed), log);

  sp_assessment_set_answer (assessment, 0, 4);
  sp_assessment_set_answer (assessment, 0, 4);   /* no change, no signal */
  sp_assessment_set_answer (assessment, 1, SP_ANSWER_SKIP);
  sp_assessment_set_answer (assessment, 3, 1);
  sp_assessment_set_answer (assessment, 3, 5);

  g_assert_cmpuint (log->len, ==, 4);
  g_assert_cmpuint (g_array_index (log, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (log, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (log, guint, 3), ==, 3);

  g_assert_cmpint (sp_assessment_get_answer (assessment, 0), ==, 4);
  g_assert_cmpint (sp_assessment_get_answer (assessment, 1), ==, SP_ANSWER_SKIP);
  g_assert_cmpint (sp_assessment_get_answer (assessment, 3), ==, 5);
  g_assert_cmpuint (sp_assessment_count_answered (assessment), ==, 2);
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 3);
  g_assert_cmpuint (sp_assessment_get_first_open (assessment), ==, 2);

  sp_assessment_set_answer (assessment, 1, SP_ANSWER_NONE);
  g_assert_cmpuint (sp_assessment_get_first_open (assessment), ==, 1);
  g_assert_cmpuint (log->len, ==, 5);
}

static void
test_all_answered (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  guint n = sp_framework_get_n_items (framework);

  for (guint i = 0; i < n; i++)
    sp_assessment_set_answer (assessment, i, 1 + i % 5);

  g_assert_cmpuint (sp_assessment_get_first_open (assessment), ==, n);
  g_assert_cmpuint (sp_assessment_count_answered (assessment), ==, n);
}

static void
test_bad_answer (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(SpFramework) framework = sp_test_load_framework ();
      g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

      sp_assessment_set_answer (assessment, 0, 6);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*answer*");
}

static void
test_copy (void)
{
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(SpAssessment) copy = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 4, 10, 0, 0);

  sp_assessment_set_answer (assessment, 2, 3);
  sp_assessment_set_answer (assessment, 5, SP_ANSWER_SKIP);
  sp_assessment_set_date (assessment, date);

  copy = sp_assessment_copy (assessment);
  g_assert_true (copy != assessment);
  g_assert_true (sp_assessment_get_framework (copy) == framework);
  g_assert_true (g_date_time_equal (sp_assessment_get_date (copy), date));
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_assert_cmpint (sp_assessment_get_answer (copy, i), ==,
                     sp_assessment_get_answer (assessment, i));

  sp_assessment_set_answer (copy, 2, 1);
  g_assert_cmpint (sp_assessment_get_answer (assessment, 2), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/new", test_new);
  g_test_add_func ("/assessment/answers", test_answers);
  g_test_add_func ("/assessment/all-answered", test_all_answered);
  g_test_add_func ("/assessment/bad-answer", test_bad_answer);
  g_test_add_func ("/assessment/copy", test_copy);

  return g_test_run ();
}
