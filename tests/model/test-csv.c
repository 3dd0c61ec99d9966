/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include "sp-portfolio.h"

#include "sp-test-helpers.h"

static int
answer_of (SpAssessment *assessment,
           const char   *id)
{
  SpFramework *framework = sp_assessment_get_framework (assessment);
  const SpItem *item = sp_framework_lookup_item (framework, id);

  g_assert_nonnull (item);
  return sp_assessment_get_answer (assessment, item->index);
}

static gboolean
load_text (SpAssessment  *assessment,
           const char    *text,
           gsize          length,
           GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return sp_answers_csv_load_bytes (assessment, bytes, "answers.csv", error);
}

typedef struct
{
  const char *name;
  const char *text;
} GoodCase;

static const GoodCase good_cases[] = {
  { "plain", "item_id,value\nsse-literacy-k,4\nsse-literacy-s,skip\nsse-literacy-a,\n" },
  { "crlf-bom", "\xef\xbb\xbfitem_id,value\r\nsse-literacy-k,4\r\nsse-literacy-s,skip\r\n" },
  { "no-final-newline", "item_id,value\nsse-literacy-k,4\nsse-literacy-s,skip" },
  { "quoted", "\"item_id\",\"value\"\n\"sse-literacy-k\",\"4\"\nsse-literacy-s,\"skip\"\n"
              "\"sse-literacy-a\",\"\"\n" },
  { "trailing-blank-lines", "item_id,value\nsse-literacy-k,4\nsse-literacy-s,skip\n\n\r\n\n" },
};

static void
test_good (gconstpointer data)
{
  const GoodCase *good = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

  /* A previous answer to an item the file leaves out is cleared. */
  sp_assessment_set_answer (assessment, sp_framework_get_n_items (framework) - 1, 2);

  g_assert_true (load_text (assessment, good->text, strlen (good->text), &error));
  g_assert_no_error (error);
  g_assert_cmpint (answer_of (assessment, "sse-literacy-k"), ==, 4);
  g_assert_cmpint (answer_of (assessment, "sse-literacy-s"), ==, SP_ANSWER_SKIP);
  g_assert_cmpint (answer_of (assessment, "sse-literacy-a"), ==, SP_ANSWER_NONE);
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 2);
}

static void
test_header_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

  g_assert_true (load_text (assessment, "item_id,value", 13, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
}

/* Every item, from a file on disk. */
static void
test_all_items_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(GString) text = g_string_new ("item_id,value\n");
  g_autofree char *dir = g_dir_make_tmp ("sp-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "answers.csv", NULL);
  guint n = sp_framework_get_n_items (framework);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s,%u\n", sp_framework_get_item (framework, i)->id, 1 + i % 5);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  g_assert_true (sp_answers_csv_load (assessment, path, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (sp_assessment_get_answer (assessment, i), ==, 1 + i % 5);

  sp_test_remove_dir (dir);
}

static void
count_change (SpAssessment *assessment,
              guint         item_index,
              guint        *count)
{
  (*count)++;
}

typedef struct
{
  const char *name;
  int         code;
  guint       line;
  const char *text;
} BadCase;

static const BadCase bad_cases[] = {
  { "unknown-item", SP_ERROR_UNKNOWN_ID, 3, "item_id,value\nsse-literacy-k,4\nno-such-item,3\n" },
  { "duplicate-item", SP_ERROR_DUPLICATE, 3,
    "item_id,value\nsse-literacy-k,4\nsse-literacy-k,3\n" },
  { "out-of-range", SP_ERROR_OUT_OF_RANGE, 2, "item_id,value\nsse-literacy-k,6\n" },
  { "zero", SP_ERROR_OUT_OF_RANGE, 2, "item_id,value\nsse-literacy-k,0\n" },
  { "negative", SP_ERROR_OUT_OF_RANGE, 2, "item_id,value\nsse-literacy-k,-1\n" },
  { "not-integer", SP_ERROR_INVALID, 2, "item_id,value\nsse-literacy-k,4.5\n" },
  { "padded-value", SP_ERROR_INVALID, 2, "item_id,value\nsse-literacy-k, 4\n" },
  { "skip-capital", SP_ERROR_INVALID, 2, "item_id,value\nsse-literacy-k,Skip\n" },
  { "three-columns", SP_ERROR_INVALID, 3, "item_id,value\nsse-literacy-s,1\nsse-literacy-k,4,5\n" },
  { "one-column", SP_ERROR_INVALID, 2, "item_id,value\nsse-literacy-k\n" },
  { "unterminated-quote", SP_ERROR_INVALID, 3,
    "item_id,value\nsse-literacy-s,1\n\"sse-literacy-k,4\nsse-literacy-a,3\n" },
  { "text-after-quote", SP_ERROR_INVALID, 2, "item_id,value\n\"sse-literacy-k\"x,4\n" },
  { "stray-quote", SP_ERROR_INVALID, 2, "item_id,value\nsse-lit\"eracy-k,4\n" },
  { "bad-header", SP_ERROR_INVALID, 1, "item,value\nsse-literacy-k,4\n" },
  { "header-three-columns", SP_ERROR_INVALID, 1, "item_id,value,note\n" },
  { "empty-file", SP_ERROR_INVALID, 1, "" },
  { "blank-line-inside", SP_ERROR_INVALID, 3,
    "item_id,value\nsse-literacy-k,4\n\nsse-literacy-s,2\n" },
  { "latin1", SP_ERROR_INVALID, 2, "item_id,value\nsse-literacy-k,4\xe9\n" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autofree char *prefix = g_strdup_printf ("answers.csv:%u: ", bad->line);
  guint changes = 0;

  sp_assessment_set_answer (assessment, 0, 2);
  g_signal_connect (assessment, "changed", G_CALLBACK (count_change), &changes);

  g_assert_false (load_text (assessment, bad->text, strlen (bad->text), &error));
  g_test_message ("%s", error->message);
  sp_assert_error_at (error, bad->code, "answers.csv");
  g_assert_true (g_str_has_prefix (error->message, prefix));

  /* All or nothing: the assessment is as it was. */
  g_assert_cmpint (sp_assessment_get_answer (assessment, 0), ==, 2);
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 1);
  g_assert_cmpuint (changes, ==, 0);
}

static void
test_bad_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);
  g_autoptr(GString) text = g_string_new ("item_id,value\n");

  while (text->len <= 1024 * 1024)
    g_string_append (text, "sse-literacy-k,4\n");

  g_assert_false (load_text (assessment, text->str, text->len, &error));
  sp_assert_error_at (error, SP_ERROR_TOO_LARGE, "answers.csv");
}

static void
test_bad_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

  g_assert_false (sp_answers_csv_load (assessment, "/nonexistent/answers.csv", &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent/answers.csv"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (good_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/good/", good_cases[i].name, NULL);

      g_test_add_data_func (path, &good_cases[i], test_good);
    }
  g_test_add_func ("/csv/good/header-only", test_header_only);
  g_test_add_func ("/csv/good/all-items-file", test_all_items_file);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/csv/bad/too-large", test_bad_too_large);
  g_test_add_func ("/csv/bad/missing-file", test_bad_missing_file);

  return g_test_run ();
}
