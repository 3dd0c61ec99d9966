/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-hostile"

#include "config.h"

#include "sp-portfolio.h"

#include "sp-test-helpers.h"

/* Every file of tests/corpus/hostile/ and tests/corpus/regressions/ (the
 * crashes fuzzing found) through the model's readers: each is refused
 * with a message naming it, quickly, and nothing is half-loaded. Under
 * valgrind and the sanitizers this is also a leak check of the error
 * paths. */

static SpFramework *framework;

static void
test_refused (gconstpointer data)
{
  const char *path = data;
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (g_str_has_suffix (path, ".csv"))
    {
      g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

      g_assert_false (sp_answers_csv_load (assessment, path, &error));
      g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
    }
  else
    {
      g_autoptr(SpPortfolio) portfolio = sp_portfolio_load (framework, path, &error);

      g_assert_null (portfolio);
    }

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_error_matches (error, SP_ERROR, error->code));
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_cmpuint (strlen (error->message), <, 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_folder (const char *folder,
            gboolean    required)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", folder, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (listing == NULL && !required)
    return;
  g_assert_nonnull (listing);

  while ((name = g_dir_read_name (listing)) != NULL)
    if (name[0] != '.' && !g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/hostile/%s/%s", folder, file);

      /* Leaked on purpose: the test data lives as long as the run. */
      g_test_add_data_func (test_path, g_build_filename (dir, file, NULL), test_refused);
    }
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

  add_folder ("hostile", TRUE);
  add_folder ("regressions", FALSE);

  status = g_test_run ();
  g_clear_object (&framework);

  return status;
}
