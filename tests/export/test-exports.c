/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exports"

#include "config.h"

#include <glib/gstdio.h>

#include "sp-csv-export.h"
#include "sp-error.h"
#include "sp-ics-export.h"
#include "sp-portfolio.h"

#include <libical/ical.h>
#include <string.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static SpFramework *framework;

/* A person leaning towards the steward profile, with a proposed plan
 * whose first goal is edited: done, an undated action, a long dated one
 * that is done, a comma and quotes in the title. */
static SpPortfolio *
build_portfolio (void)
{
  SpPortfolio *portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  const SpProfile *target = sp_framework_lookup_profile (framework, "steward");
  g_autoptr(SpResult) result = NULL;
  g_autoptr(SpGoal) goal = NULL;
  SpAction *undated;
  SpAction *wordy;
  GDate today;

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    sp_assessment_set_answer (assessment, i, 1 + i % 5);
  sp_assessment_set_answer (assessment, 3, SP_ANSWER_SKIP);
  result = sp_result_new (assessment);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, 1, 2027);
  sp_plan_propose (sp_portfolio_get_plan (portfolio), result, target, &today);

  goal = sp_goal_copy (sp_plan_get_goal (sp_portfolio_get_plan (portfolio), 0));
  g_free (goal->title);
  goal->title = g_strdup ("Keep the books, \"open\" to all\nmembers");
  goal->status = SP_PROGRESS_DONE;
  undated = sp_action_new (SP_WAY_PEOPLE);
  undated->description = g_strdup ("=SUM(A1:A3) is not a formula");
  sp_goal_add_action (goal, undated);
  wordy = sp_action_new (SP_WAY_COURSE);
  wordy->description = g_strdup ("Follow the evening course on cooperative bookkeeping that the "
                                 "regional federation runs every spring in the town hall. "
                                 "Then tell the others.");
  wordy->status = SP_PROGRESS_DONE;
  wordy->date = today;
  sp_goal_add_action (goal, wordy);
  sp_plan_replace_goal (sp_portfolio_get_plan (portfolio), 0, goal);

  return portfolio;
}

static guint
count_dated (SpPlan *plan)
{
  guint n = 0;

  for (guint g = 0; g < sp_plan_get_n_goals (plan); g++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, g);

      n += g_date_valid (&goal->due) ? 1 : 0;
      for (guint a = 0; a < goal->actions->len; a++)
        n += g_date_valid (&((SpAction *) g_ptr_array_index (goal->actions, a))->date) ? 1 : 0;
    }

  return n;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The UIDs of the to-dos and events in @text, sorted, as one string. */
static char *
dup_uids (const char *text)
{
  g_autoptr(icalcomponent) calendar = icalparser_parse_string (text);
  g_autoptr(GPtrArray) uids = g_ptr_array_new ();
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_nonnull (calendar);
  g_assert_true (icalcomponent_isa (calendar) == ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent *part = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT);
       part != NULL;
       part = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    g_ptr_array_add (uids, (char *) icalcomponent_get_uid (part));

  g_ptr_array_sort (uids, compare_strings);
  for (guint i = 0; i < uids->len; i++)
    g_string_append_printf (joined, "%s\n", (char *) g_ptr_array_index (uids, i));

  return g_strdup (joined->str);
}

/* Every goal with a review date is a to-do "Review: GOAL". */
static void
check_review_todos (icalcomponent *calendar,
                    SpPlan        *plan)
{
  const SpGoal *first = sp_plan_get_goal (plan, 0);
  g_autofree char *goal_uid = g_strconcat (first->uid, SP_ICS_UID_SUFFIX, NULL);
  g_autofree char *first_summary = g_strconcat ("Review: ", first->title, NULL);
  gboolean seen_first = FALSE;
  guint n = 0;

  for (icalcomponent *todo = icalcomponent_get_first_component (calendar, ICAL_VTODO_COMPONENT);
       todo != NULL;
       todo = icalcomponent_get_next_component (calendar, ICAL_VTODO_COMPONENT))
    {
      g_assert_true (g_str_has_suffix (icalcomponent_get_uid (todo), SP_ICS_UID_SUFFIX));
      g_assert_nonnull (icalcomponent_get_first_property (todo, ICAL_DTSTAMP_PROPERTY));
      g_assert_true (icalcomponent_get_due (todo).is_date);
      g_assert_true (g_str_has_prefix (icalcomponent_get_summary (todo), "Review: "));
      if (g_str_equal (icalcomponent_get_uid (todo), goal_uid))
        {
          seen_first = TRUE;
          g_assert_cmpstr (icalcomponent_get_summary (todo), ==, first_summary);
          g_assert_cmpint (icalcomponent_get_status (todo), ==, ICAL_STATUS_COMPLETED);
          g_assert_cmpint (icalcomponent_get_due (todo).year, ==, 2027);
          g_assert_cmpint (icalcomponent_get_due (todo).month, ==, 2);
          g_assert_cmpint (icalcomponent_get_due (todo).day, ==, 10);
        }
      else
        g_assert_cmpint (icalcomponent_get_status (todo), ==, ICAL_STATUS_NEEDSACTION);
      n++;
    }

  g_assert_true (seen_first);
  g_assert_cmpuint (n, ==, sp_plan_get_n_goals (plan));
}

/* One all-day, free event per dated action. */
static void
check_one_event (icalcomponent *event)
{
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  icalproperty *transp = icalcomponent_get_first_property (event, ICAL_TRANSP_PROPERTY);
  const char *summary = icalcomponent_get_summary (event);

  g_assert_true (g_str_has_suffix (icalcomponent_get_uid (event), SP_ICS_UID_SUFFIX));
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
  g_assert_true (start.is_date);
  g_assert_true (end.is_date);
  g_assert_cmpint (icaltime_as_timet (end) - icaltime_as_timet (start), ==, 24 * 60 * 60);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
  g_assert_nonnull (transp);
  g_assert_cmpint (icalproperty_get_transp (transp), ==, ICAL_TRANSP_TRANSPARENT);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY));
  g_assert_nonnull (summary);
  g_assert_cmpuint (g_utf8_strlen (summary, -1), >, 0);
  g_assert_cmpuint (g_utf8_strlen (summary, -1), <=, 80);
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Status: "));
}

static void
check_action_events (icalcomponent *calendar,
                     SpPlan        *plan)
{
  g_autoptr(GHashTable) summaries = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean seen_wordy = FALSE;
  guint n = 0;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar,
                                                                 ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *summary = icalcomponent_get_summary (event);
      const char *description = icalcomponent_get_description (event);

      check_one_event (event);
      g_assert_false (g_hash_table_contains (summaries, summary));
      g_hash_table_add (summaries, (char *) summary);
      if (g_str_has_prefix (description, "Follow the evening course"))
        {
          seen_wordy = TRUE;
          g_assert_true (g_str_has_prefix (summary, "Follow the evening course on"));
          g_assert_true (g_str_has_suffix (summary, "…"));
          g_assert_nonnull (strstr (description, "Then tell the others."));
          g_assert_nonnull (strstr (description, "Goal: Keep the books"));
          g_assert_nonnull (strstr (description, "A course or workshop"));
          g_assert_nonnull (strstr (description, "Status: Done"));
          g_assert_cmpstr (icalproperty_get_categories (
                             icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY)),
                           ==, "Done");
        }
      n++;
    }

  g_assert_true (seen_wordy);
  g_assert_cmpuint (n + sp_plan_get_n_goals (plan), ==, count_dated (plan));
  g_assert_cmpuint (n, ==, 3 * 5 + 1);
}

static void
test_ics (void)
{
  g_autoptr(SpPortfolio) portfolio = build_portfolio ();
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  g_autofree char *text = sp_ics_export_to_string (portfolio);
  g_autofree char *again = sp_ics_export_to_string (portfolio);
  g_autofree char *uids = dup_uids (text);
  g_autofree char *uids_again = dup_uids (again);
  g_autoptr(icalcomponent) calendar = icalparser_parse_string (text);

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "PRODID:-//SSE Portfolio//"));
  g_assert_nonnull (strstr (text, "VERSION:2.0"));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:"));

  check_review_todos (calendar, plan);
  check_action_events (calendar, plan);

  /* Exporting again gives the same UIDs: calendars update, not duplicate. */
  g_assert_cmpstr (uids, ==, uids_again);
}

static void
test_ics_write (void)
{
  g_autoptr(SpPortfolio) portfolio = build_portfolio ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-ics-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "plan.ics", NULL);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (sp_ics_export_plan (portfolio, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));

  g_assert_false (sp_ics_export_plan (portfolio, missing, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_FAILED);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_csv (void)
{
  g_autoptr(SpPortfolio) portfolio = build_portfolio ();
  g_autofree char *text = sp_csv_export_to_string (portfolio);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n_items = sp_framework_get_n_items (framework);
  guint n_competences = sp_framework_get_n_competences (framework);
  guint answers = 0, scores = 0, goals = 0, actions = 0;

  g_assert_cmpstr (lines[0], ==, SP_CSV_EXPORT_HEADER);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      answers += g_str_has_prefix (lines[i], "answer,") ? 1 : 0;
      scores += g_str_has_prefix (lines[i], "score,") ? 1 : 0;
      goals += g_str_has_prefix (lines[i], "goal,") ? 1 : 0;
      actions += g_str_has_prefix (lines[i], "action,") ? 1 : 0;
    }
  g_assert_cmpuint (answers, ==, n_items);
  g_assert_cmpuint (scores, ==, n_competences);
  g_assert_cmpuint (goals, ==, 3);
  g_assert_cmpuint (actions, ==, 3 * 5 + 2);

  /* Quotes doubled, the line break kept inside quotes; a formula defused. */
  g_assert_nonnull (strstr (text, ",\"Keep the books, \"\"open\"\" to all\nmembers\","));
  g_assert_nonnull (strstr (text, ",\"'=SUM(A1:A3) is not a formula\","));
  g_assert_nonnull (strstr (text, "answer,sse-literacy-k,sse-literacy,K,1,"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  framework = sp_framework_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/export/ics/content", test_ics);
  g_test_add_func ("/export/ics/write", test_ics_write);
  g_test_add_func ("/export/csv/content", test_csv);

  status = g_test_run ();
  g_clear_object (&framework);

  return status;
}
