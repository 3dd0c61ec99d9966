/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-scoring"

/* Times re-scoring a full portfolio after one answer changes, the work the
 * interface does to update live: flip one answer, then sp_result_new ().
 * Prints one line:
 *   scoring median_us=12.3 min_us=11.0 max_us=40.2 iterations=20000
 * Usage: bench-scoring [ITERATIONS] */

#include "config.h"

#include "sp-result.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Every item answered, spread over the scale the way a person might. */
static SpAssessment *
new_full_assessment (SpFramework *framework)
{
  SpAssessment *assessment = sp_assessment_new (framework);
  guint n_items = sp_framework_get_n_items (framework);

  for (guint i = 0; i < n_items; i++)
    sp_assessment_set_answer (assessment, i, 1 + (int) ((i * 7 + 3) % 5));

  return assessment;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  g_autoptr(SpAssessment) assessment = NULL;
  g_autofree gint64 *times = NULL;
  guint iterations = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  guint n_items;

  framework = sp_framework_new_default (&error);
  if (framework == NULL)
    {
      fprintf (stderr, "bench-scoring: %s\n", error->message);
      return 1;
    }
  if (iterations == 0)
    iterations = 1;

  assessment = new_full_assessment (framework);
  n_items = sp_framework_get_n_items (framework);
  times = g_new (gint64, iterations);

  for (guint i = 0; i < iterations; i++)
    {
      guint item = (i * 37) % n_items;
      int answer = sp_assessment_get_answer (assessment, item);
      gint64 start = now_ns ();
      SpResult *result;

      sp_assessment_set_answer (assessment, item, answer % 5 + 1);
      result = sp_result_new (assessment);
      times[i] = now_ns () - start;
      sp_result_unref (result);
    }

  qsort (times, iterations, sizeof *times, compare_int64);
  printf ("scoring median_us=%.3f min_us=%.3f max_us=%.3f iterations=%u\n",
          times[iterations / 2] / 1e3, times[0] / 1e3, times[iterations - 1] / 1e3,
          iterations);

  return 0;
}
