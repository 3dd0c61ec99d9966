/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-xml-messages"

#include "config.h"

#include "sp-portfolio.h"
#include "sp-share-private.h"
#include "sp-share.h"

#include "sp-test-helpers.h"

/* What a broken file is refused with: "FILE:LINE: " and then plain words,
 * not libxml2's own. Each case goes through the tree reader (a portfolio)
 * and the streaming one (a share file), which must say the same. */

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<portfolio format=\"1\" framework=\"sse-competences\" framework-version=\"1\">\n"
#define ASSESSMENT "  <assessment date=\"2026-12-04T10:00:00Z\">\n"
#define ANSWER "    <answer item=\"sse-literacy-k\" value=\"3\"/>\n"
#define END "  </assessment>\n</portfolio>\n"

#define CUT_OFF "the file ends too early — it may have been cut off while being copied " \
                "or saved; open a backup copy, or the autosave if the app offers one"
#define NOT_XML "this is not an SSE Portfolio file (it does not start with XML)"
#define BAD_ATTRIBUTE "the file is damaged here: an attribute’s value is missing or not " \
                      "between quotation marks"
#define BAD_TAG "the file is damaged here: a tag is broken or closes the wrong element"

typedef struct
{
  const char *name;
  const char *text;
  int         line;
  const char *message;   /* what follows "FILE:LINE: " */
} MessageCase;

static const MessageCase cases[] = {
  /* Cut in the middle of a line, inside an attribute value. */
  { "truncated", HEAD ROOT ASSESSMENT ANSWER "    <answer item=\"sse-lit", 5, CUT_OFF },
  /* Cut between two tags, inside the quotes and after whole lines. */
  { "truncated-in-tag", HEAD ROOT ASSESSMENT ANSWER "    <answer item", 5, CUT_OFF },
  { "truncated-at-line", HEAD ROOT ASSESSMENT ANSWER, 5, CUT_OFF },
  { "empty", "", 1, "the document is empty" },
  { "blank", "\n  \n", 3, "the document is empty" },
  { "not-xml", "Dear Ana,\nhere are my answers: 3, 4, 2.\n", 1, NOT_XML },
  { "attribute-without-quotes",
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\" value=3/>\n" END, 4, BAD_ATTRIBUTE },
  { "attribute-quote-missing",
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k value=\"3\"/>\n" ANSWER END,
    4, BAD_ATTRIBUTE },
  { "attribute-without-value",
    HEAD ROOT ASSESSMENT "    <answer item=\"sse-literacy-k\" value/>\n" END, 4, BAD_ATTRIBUTE },
  { "tag-mismatch", HEAD ROOT ASSESSMENT ANSWER "  </assesment>\n</portfolio>\n", 5, BAD_TAG },
  /* Anything else: libxml2's words, in parentheses. */
  { "undeclared-entity", HEAD ROOT ASSESSMENT ANSWER "  &nbsp;\n" END, 5,
    "the file is damaged here (Entity 'nbsp' not defined)" },
};

static void
assert_message (const GError      *error,
                const char        *name,
                const MessageCase *test_case)
{
  g_autofree char *expected = g_strdup_printf ("%s:%d: %s", name, test_case->line,
                                               test_case->message);

  sp_assert_error_at (error, SP_ERROR_INVALID, name);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_portfolio (gconstpointer data)
{
  const MessageCase *test_case = data;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (test_case->text, strlen (test_case->text));
  g_autofree char *name = g_strconcat (test_case->name, SP_PORTFOLIO_EXTENSION, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_load_bytes (framework, bytes, name, &error);

  g_assert_null (portfolio);
  assert_message (error, name, test_case);
}

static void
test_share (gconstpointer data)
{
  const MessageCase *test_case = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (test_case->text, strlen (test_case->text));
  g_autofree char *name = g_strconcat (test_case->name, ".sseshare", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) share = sp_share_read_bytes (bytes, name, &error);

  g_assert_null (share);
  assert_message (error, name, test_case);
}

/* Through a real file, as the tester met it: the message names the path. */
static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = sp_test_load_framework ();
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-xml-messages-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "half.sseportfolio", NULL);
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_file_set_contents (path, cases[0].text, -1, &error);
  g_assert_no_error (error);

  portfolio = sp_portfolio_load (framework, path, &error);
  g_assert_null (portfolio);
  expected = g_strdup_printf ("%s:5: %s", path, CUT_OFF);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);

  sp_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *portfolio_path = g_strconcat ("/xml-messages/portfolio/",
                                                     cases[i].name, NULL);
      g_autofree char *share_path = g_strconcat ("/xml-messages/share/", cases[i].name, NULL);

      g_test_add_data_func (portfolio_path, &cases[i], test_portfolio);
      g_test_add_data_func (share_path, &cases[i], test_share);
    }
  g_test_add_func ("/xml-messages/file", test_file);

  return g_test_run ();
}
