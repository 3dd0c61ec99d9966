/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-answers-csv"

#include "config.h"

#include "fuzz-common.h"

#include <string.h>

/* Any bytes as an answers CSV: refused with a proper error and the
 * assessment untouched, or every answer in range. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sp_fuzz_init ();
  sp_fuzz_get_framework ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  SpFramework *framework = sp_fuzz_get_framework ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

  if (!sp_answers_csv_load_bytes (assessment, bytes, "fuzz.csv", &error))
    {
      sp_fuzz_check_error (error, "fuzz.csv");
      g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
      return 0;
    }

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      int answer = sp_assessment_get_answer (assessment, i);

      g_assert_true (answer == SP_ANSWER_NONE || answer == SP_ANSWER_SKIP ||
                     (answer >= SP_SCALE_MIN && answer <= SP_SCALE_MAX));
    }

  return 0;
}
