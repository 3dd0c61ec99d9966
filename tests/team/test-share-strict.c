/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-share-strict"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-error.h"
#include "sp-share-private.h"
#include "sp-team.h"

#include <string.h>

/* Share files are checked by hand (sp-share-read.c), not by running
 * share.rng. These tests hold the two to each other: on valid files and
 * on mutations of one, the hand reader refuses everything the schema
 * refuses, and refuses beyond it only what the schema leaves to the
 * loader; both refuse the hostile corpus. And loading on several threads
 * gives the audit that loading one file after another gives. */

#define SHARE_SCHEMA SP_FRAMEWORK_RESOURCE_PATH "/share.rng"

typedef enum
{
  BOTH_ACCEPT,
  BOTH_REFUSE,
  HAND_ONLY,    /* a rule share.rng leaves to the loader */
} Verdict;

typedef struct
{
  const char *name;
  const char *find;      /* first occurrence replaced */
  const char *replace;
  Verdict     verdict;
  int         line;      /* of the hand reader's error; 0: not checked */
} Mutation;

#define MEMBER "<member id=\"person-00\" name=\"Person 0\" show-name=\"true\"/>"
#define SCORE "<score competence=\"sse-literacy\" value=\"25.0\"/>"
#define ANSWER "<answer item=\"sse-literacy-k\" value=\"2\"/>"

static const Mutation mutations[] = {
  { "unchanged", "", "", BOTH_ACCEPT, 0 },
  { "no-profile", " profile=\"initiator\"", "", BOTH_ACCEPT, 0 },
  { "no-name", " name=\"Person 0\"", "", BOTH_ACCEPT, 0 },
  { "name-markup", "Person 0", "A &amp; B &lt;c&gt; &#233;&#10;", BOTH_ACCEPT, 0 },
  { "spaces-in-member", MEMBER, "<member id=\"person-00\" show-name=\"1\">\n  </member>",
    BOTH_ACCEPT, 0 },
  { "comment", "<scores>", "<scores><!-- note -->", BOTH_ACCEPT, 0 },
  { "pi", "<scores>", "<scores><?note here?>", BOTH_ACCEPT, 0 },
  { "cdata-spaces", "<answers>", "<answers><![CDATA[  ]]>", BOTH_ACCEPT, 0 },
  { "score-na", "value=\"25.0\"", "value=\"na\"", BOTH_ACCEPT, 0 },
  { "answer-skip", "item=\"sse-literacy-k\" value=\"2\"", "item=\"sse-literacy-k\" value=\"skip\"",
    BOTH_ACCEPT, 0 },
  { "date-offset", "Z\" status", ".123+02:00\" status", BOTH_ACCEPT, 0 },
  { "namespace-declared", "<share ", "<share xmlns:x=\"urn:x\" ", BOTH_ACCEPT, 0 },

  { "root-portfolio", "<share ", "<portfolio ", BOTH_REFUSE, 0 },
  { "root-namespaced", "<share ", "<share xmlns=\"urn:x\" ", BOTH_REFUSE, 2 },
  { "unknown-element", "<scores>", "<extra/><scores>", BOTH_REFUSE, 5 },
  { "unknown-attribute", "show-name=\"true\"", "show-name=\"true\" colour=\"red\"",
    BOTH_REFUSE, 3 },
  { "namespaced-attribute", "show-name=\"true\"", "show-name=\"true\" xmlns:x=\"u\" x:id=\"a\"",
    BOTH_REFUSE, 3 },
  { "root-unknown-attribute", "format=\"1\"", "format=\"1\" extra=\"1\"", BOTH_REFUSE, 2 },
  { "missing-id", " id=\"person-00\"", "", BOTH_REFUSE, 3 },
  { "missing-show-name", " show-name=\"true\"", "", BOTH_REFUSE, 3 },
  { "missing-format", "format=\"1\" ", "", BOTH_REFUSE, 2 },
  { "missing-framework-version", " framework-version=\"1\"", "", BOTH_REFUSE, 2 },
  { "missing-date", "date=\"", "dated=\"", BOTH_REFUSE, 4 },
  { "missing-status", " status=\"clear\"", "", BOTH_REFUSE, 4 },
  { "missing-competence", "competence=\"sse-literacy\" ", "", BOTH_REFUSE, 6 },
  { "missing-value", " value=\"25.0\"", "", BOTH_REFUSE, 6 },
  { "missing-item", "item=\"sse-literacy-k\" ", "", BOTH_REFUSE, 0 },
  { "two-members", MEMBER, MEMBER MEMBER, BOTH_REFUSE, 3 },
  { "no-member", MEMBER, "", BOTH_REFUSE, 4 },
  { "no-result", "<result ", "<result-gone ", BOTH_REFUSE, 4 },
  { "no-answers", "<answers>", "</share><!--", BOTH_REFUSE, 0 },
  { "after-answers", "</answers>", "</answers><member/>", BOTH_REFUSE, 0 },
  { "result-first", MEMBER, "<result date=\"2026-01-01T00:00:00Z\" status=\"clear\"/>" MEMBER,
    BOTH_REFUSE, 3 },
  { "text-in-scores", "<scores>", "<scores>hello", BOTH_REFUSE, 6 },
  { "text-in-share", "<scores>", "text<scores>", BOTH_REFUSE, 5 },
  { "text-in-member", MEMBER, "<member id=\"a\" show-name=\"true\">x</member>", BOTH_REFUSE, 3 },
  { "cdata-text", "<answers>", "<answers><![CDATA[ x ]]>", BOTH_REFUSE, 0 },
  { "child-in-member", MEMBER, "<member id=\"a\" show-name=\"true\"><x/></member>",
    BOTH_REFUSE, 3 },
  { "child-in-score", SCORE, "<score competence=\"sse-literacy\" value=\"1\"><x/></score>",
    BOTH_REFUSE, 6 },
  { "other-in-scores", SCORE, "<answer item=\"a-b\" value=\"1\"/>", BOTH_REFUSE, 6 },
  { "namespaced-child", "<scores>", "<scores xmlns=\"urn:x\">", BOTH_REFUSE, 5 },
  { "scores-attribute", "<scores>", "<scores n=\"1\">", BOTH_REFUSE, 5 },
  { "format-zero", "format=\"1\"", "format=\"0\"", BOTH_REFUSE, 2 },
  { "format-word", "format=\"1\"", "format=\"one\"", BOTH_REFUSE, 2 },
  { "framework-capital", "framework=\"sse-competences\"", "framework=\"Sse\"", BOTH_REFUSE, 2 },
  { "version-letters", "framework-version=\"1\"", "framework-version=\"1.x\"", BOTH_REFUSE, 2 },
  { "member-id-space", "id=\"person-00\"", "id=\"person 00\"", BOTH_REFUSE, 3 },
  { "member-id-long", "id=\"person-00\"",
    "id=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", BOTH_REFUSE, 3 },
  { "show-name-yes", "show-name=\"true\"", "show-name=\"yes\"", BOTH_REFUSE, 3 },
  { "date-word", "date=\"", "date=\"yesterday", BOTH_REFUSE, 4 },
  { "date-no-zone", "Z\" status", "\" status", BOTH_REFUSE, 4 },
  { "date-space", "-04T", "-04 ", BOTH_REFUSE, 4 },
  { "status-unknown", "status=\"clear\"", "status=\"great\"", BOTH_REFUSE, 4 },
  { "profile-spaces", "profile=\"initiator\"", "profile=\"an initiator\"", BOTH_REFUSE, 4 },
  { "competence-not-ncname", "competence=\"sse-literacy\"", "competence=\"1sse\"",
    BOTH_REFUSE, 6 },
  { "item-not-ncname", "item=\"sse-literacy-k\"", "item=\"a:b\"", BOTH_REFUSE, 0 },
  { "answer-six", "item=\"sse-literacy-k\" value=\"2\"", "item=\"sse-literacy-k\" value=\"6\"",
    BOTH_REFUSE, 0 },
  { "answer-zero", "item=\"sse-literacy-k\" value=\"2\"", "item=\"sse-literacy-k\" value=\"0\"",
    BOTH_REFUSE, 0 },
  { "answer-word", "item=\"sse-literacy-k\" value=\"2\"", "item=\"sse-literacy-k\" value=\"x\"",
    BOTH_REFUSE, 0 },

  { "format-newer", "format=\"1\"", "format=\"2\"", HAND_ONLY, 2 },
  { "date-impossible", "date=\"2026-12-04T", "date=\"2026-13-45T", HAND_ONLY, 4 },
  { "competence-capital", "competence=\"sse-literacy\"", "competence=\"Sse-literacy\"",
    HAND_ONLY, 6 },
  { "item-capital", "item=\"sse-literacy-k\"", "item=\"Sse-literacy-k\"", HAND_ONLY, 0 },
  { "score-over", "value=\"25.0\"", "value=\"100.5\"", HAND_ONLY, 6 },
  { "score-word", "value=\"25.0\"", "value=\"much\"", HAND_ONLY, 6 },
  { "score-many-decimals", "value=\"25.0\"", "value=\"25.0001\"", HAND_ONLY, 6 },
  { "score-twice", SCORE, SCORE "\n" SCORE, HAND_ONLY, 7 },
  { "answer-twice", ANSWER, ANSWER "\n" ANSWER, HAND_ONLY, 0 },
};

static GBytes *
read_golden (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("SP_SOURCE_ROOT"), "tests", "team",
                                            "golden", "twelve", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* What share.rng says of @bytes, parsed by the strict tree reader. */
static gboolean
schema_accepts (GBytes     *bytes,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = sp_xml_read (bytes, name, NULL, SP_SHARE_MAX_SIZE,
                                                 SP_XML_MAX_ELEMENTS, &error);

  if (doc == NULL)
    return FALSE;

  return sp_xml_validate (doc, name, SHARE_SCHEMA, &error);
}

static char *
mutate (const char     *text,
        const Mutation *mutation)
{
  const char *at;

  if (mutation->find[0] == '\0')
    return g_strdup (text);

  at = strstr (text, mutation->find);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, mutation->replace,
                          at + strlen (mutation->find));
}

static void
test_mutations (void)
{
  g_autoptr(GBytes) golden = read_golden ("m00.sseshare");
  g_autofree char *text = g_strndup (g_bytes_get_data (golden, NULL), g_bytes_get_size (golden));

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      const Mutation *mutation = &mutations[i];
      g_autofree char *mutated = mutate (text, mutation);
      g_autofree char *name = g_strconcat (mutation->name, ".sseshare", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&mutated), strlen (text) +
                                                  strlen (mutation->replace) -
                                                  strlen (mutation->find));
      g_autoptr(GError) error = NULL;
      g_autoptr(SpShare) share = sp_share_load_bytes (bytes, name, &error);
      gboolean schema = schema_accepts (bytes, name);

      g_test_message ("%s: hand %s, schema %s%s%s", mutation->name,
                      share != NULL ? "accepts" : "refuses", schema ? "accepts" : "refuses",
                      error != NULL ? ": " : "", error != NULL ? error->message : "");

      if (mutation->verdict == BOTH_ACCEPT)
        {
          g_assert_no_error (error);
          g_assert_nonnull (share);
          g_assert_true (schema);
          continue;
        }

      g_assert_null (share);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SP_ERROR);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_true (error->message[strlen (name)] == ':');
      g_assert_cmpint (atoi (error->message + strlen (name) + 1), >, 0);
      if (mutation->line > 0)
        g_assert_cmpint (atoi (error->message + strlen (name) + 1), ==, mutation->line);
      g_assert_cmpint (schema, ==, mutation->verdict == HAND_ONLY);
    }
}

/* @bytes without the name of a member who did not agree to be shown by
 * name: the golden files from before that rule still carry it, and
 * both readers drop it. */
static GBytes *
without_unconsented_name (GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  char *name = strstr (text, " name=\"");
  char *end = name != NULL ? strchr (name + 7, '"') : NULL;
  g_autofree char *kept = NULL;

  if (end == NULL || !g_str_has_prefix (end + 1, " show-name=\"false\""))
    return g_bytes_ref (bytes);

  *name = '\0';
  kept = g_strconcat (text, end + 1, NULL);
  return g_bytes_new_take (g_steal_pointer (&kept), strlen (text) + strlen (end + 1));
}

/* The twelve golden shares are valid for both, and read the same by the
 * hand reader as by a walk of the tree (the team audit's way); a name
 * given without consent is not written back. */
static void
test_valid_files (void)
{
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("m%02u.sseshare", i);
      g_autoptr(GBytes) bytes = read_golden (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(SpShare) streamed = sp_share_load_bytes (bytes, name, &error);
      g_autoptr(xmlDoc) doc = sp_xml_read (bytes, name, NULL, SP_SHARE_MAX_SIZE,
                                                 SP_XML_MAX_ELEMENTS, &error);
      g_autoptr(SpShare) walked = NULL;
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;
      g_autoptr(GBytes) expected = NULL;

      g_assert_no_error (error);
      g_assert_true (schema_accepts (bytes, name));
      walked = sp_share_new_from_node (xmlDocGetRootElement (doc), name, &error);
      g_assert_no_error (error);

      a = sp_share_to_bytes (streamed);
      b = sp_share_to_bytes (walked);
      g_assert_true (g_bytes_equal (a, b));
      expected = without_unconsented_name (bytes);
      g_assert_true (g_bytes_equal (a, expected));
      g_assert_cmpint (i % 2 == 1, ==, !g_bytes_equal (expected, bytes));
    }
}

/* Every file of the hostile corpus, read as a share file: both refuse,
 * the hand reader naming the file and a line. */
static void
test_hostile_corpus (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("SP_SOURCE_ROOT"), "tests", "corpus",
                                                "hostile", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(SpShare) share = sp_share_load (path, &load_error);
      g_autoptr(GBytes) bytes = NULL;
      char *contents = NULL;
      gsize length = 0;

      /* Two files of the corpus are well-made shares, hostile only where
       * they are used: one of another framework (a team refuses it) and
       * one named like a team audit (the team reader refuses it). */
      if (g_str_equal (name, "foreign-framework.sseshare") ||
          g_str_equal (name, "share-as-team.sseteam"))
        continue;

      if (share != NULL)
        g_error ("%s was loaded as a share", name);
      g_assert_nonnull (load_error);
      g_assert_nonnull (strstr (load_error->message, name));

      /* The schema refuses what is not a share at all; the broken shares
       * of the corpus also break rules only the reader checks (ranges,
       * repeated ids), which the mutation test covers. */
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (contents, length);
      if (length <= SP_SHARE_MAX_SIZE && !g_str_has_suffix (name, ".sseshare"))
        g_assert_false (schema_accepts (bytes, name));
      n++;
    }

  g_assert_cmpuint (n, >, 30);
}

/* A folder of files, some broken, some twice: the audit and its messages
 * are the same read one by one or on threads. */
static void
test_threads_same_audit (void)
{
  g_autoptr(SpFramework) framework = sp_framework_new_default (NULL);
  g_autofree char *dir = g_dir_make_tmp ("sp-share-strict-XXXXXX", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SpTeam) one_by_one = sp_team_new (framework);
  g_autoptr(SpTeam) threaded = sp_team_new (framework);
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;

  g_assert_nonnull (framework);
  for (guint i = 0; i < 240; i++)
    {
      g_autofree char *source = g_strdup_printf ("m%02u.sseshare", i % 12);
      g_autoptr(GBytes) bytes = read_golden (source);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_autofree char *old_id = g_strdup_printf ("id=\"person-%02u\"", i % 12);
      g_autofree char *new_id = g_strdup_printf ("id=\"m-%03u\"", i % 7 == 3 ? i - 1 : i);
      Mutation change = { "id", old_id, new_id, BOTH_ACCEPT, 0 };
      g_autofree char *changed = mutate (text, &change);
      g_autofree char *path = g_strdup_printf ("%s/f%03u.sseshare", dir, i);

      if (i % 19 == 5)
        changed[strlen (changed) / 2] = '\0';
      g_assert_true (g_file_set_contents (path, changed, -1, NULL));
      g_ptr_array_add (paths, g_steal_pointer (&path));
    }

  for (guint i = 0; i < paths->len; i++)
    sp_team_add_path (one_by_one, g_ptr_array_index (paths, i));
  g_assert_cmpuint (sp_team_add_paths (threaded, (const char * const *) &dir, 1), ==,
                    sp_team_get_n_members (one_by_one));

  a = sp_team_to_bytes (one_by_one);
  b = sp_team_to_bytes (threaded);
  g_assert_true (g_bytes_equal (a, b));
  g_assert_cmpuint (sp_team_get_n_messages (one_by_one), ==, sp_team_get_n_messages (threaded));
  g_assert_cmpuint (sp_team_get_n_messages (threaded), >, 20);
  for (guint i = 0; i < sp_team_get_n_messages (threaded); i++)
    g_assert_cmpstr (sp_team_get_message (one_by_one, i)->text, ==,
                     sp_team_get_message (threaded, i)->text);

  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/share-strict/mutations", test_mutations);
  g_test_add_func ("/share-strict/valid-files", test_valid_files);
  g_test_add_func ("/share-strict/hostile-corpus", test_hostile_corpus);
  g_test_add_func ("/share-strict/threads-same-audit", test_threads_same_audit);

  return g_test_run ();
}
