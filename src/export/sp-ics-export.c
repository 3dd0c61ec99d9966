/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-ics-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-ics-export.h"

#include "sp-export-file.h"

#include <libical/ical.h>
#include <string.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

#define PRODID "-//SSE Portfolio//SSE Portfolio " PACKAGE_VERSION "//EN"

/* The longest summary of an action, in characters, "…" included. */
#define SUMMARY_MAX_CHARS 80
/* The fewest characters of the action's own words kept before its goal. */
#define SUMMARY_MIN_CHARS 32

static enum icalproperty_status
status_for (SpProgress progress)
{
  switch (progress)
    {
    case SP_PROGRESS_IN_PROGRESS:
      return ICAL_STATUS_INPROCESS;
    case SP_PROGRESS_DONE:
      return ICAL_STATUS_COMPLETED;
    case SP_PROGRESS_PLANNED:
    default:
      return ICAL_STATUS_NEEDSACTION;
    }
}

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype time = icaltime_null_date ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);

  return time;
}

static char *
dup_uid (const char *uid)
{
  return g_strconcat (uid, SP_ICS_UID_SUFFIX, NULL);
}

/* The properties every to-do has. */
static icalcomponent *
new_todo (const char          *uid,
          const char          *summary,
          const char          *description,
          const GDate         *due,
          SpProgress           progress,
          struct icaltimetype  stamp)
{
  icalcomponent *todo = icalcomponent_new_vtodo ();
  g_autofree char *full_uid = dup_uid (uid);

  icalcomponent_add_property (todo, icalproperty_new_uid (full_uid));
  icalcomponent_add_property (todo, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (todo, icalproperty_new_summary (summary != NULL ? summary : ""));
  if (description != NULL && description[0] != '\0')
    icalcomponent_add_property (todo, icalproperty_new_description (description));
  icalcomponent_add_property (todo, icalproperty_new_due (date_value (due)));
  icalcomponent_add_property (todo, icalproperty_new_status (status_for (progress)));
  if (progress == SP_PROGRESS_DONE)
    icalcomponent_add_property (todo, icalproperty_new_percentcomplete (100));

  return todo;
}

static void
append_line (GString    *text,
             const char *label,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  if (text->len > 0)
    g_string_append (text, "\n");
  if (label != NULL)
    g_string_append_printf (text, "%s %s", label, value);
  else
    g_string_append (text, value);
}

static char *
dup_goal_description (const SpGoal *goal)
{
  GString *text = g_string_new (NULL);

  append_line (text, _("Why:"), goal->why);
  append_line (text, _("Success:"), goal->success);

  return g_string_free (text, FALSE);
}

static char *
dup_action_description (SpFramework    *framework,
                        const SpGoal   *goal,
                        const SpAction *action)
{
  const SpActivity *activity = sp_framework_lookup_activity (framework, action->activity_id);
  GString *text = g_string_new (NULL);

  append_line (text, NULL, action->description);
  append_line (text, _("Goal:"), goal->title);
  append_line (text, NULL, sp_way_get_label (action->kind));
  if (activity != NULL)
    {
      g_autofree char *about = g_strdup_printf ("%s (%s, %u min)", activity->title,
                                                sp_level_get_label (activity->level),
                                                activity->duration);

      append_line (text, _("Library activity:"), about);
    }
  append_line (text, _("Evidence:"), action->evidence);
  append_line (text, _("Status:"), sp_progress_get_label (action->status));

  return g_string_free (text, FALSE);
}

/* Where the first sentence of @text ends: after ".", "!" or "?" followed
 * by white space, or at a line break. */
static gsize
first_sentence_length (const char *text)
{
  for (gsize i = 0; text[i] != '\0'; i++)
    {
      if (text[i] == '\n' || text[i] == '\r')
        return i;
      if (strchr (".!?", text[i]) != NULL && (text[i + 1] == '\0' || g_ascii_isspace (text[i + 1])))
        return text[i] == '.' ? i : i + 1;
    }

  return strlen (text);
}

/* The first sentence of @text, cut after a word with "…" when longer than
 * @max_chars characters. */
static char *
dup_summary_text (const char *text,
                  glong       max_chars)
{
  g_autofree char *sentence = g_strstrip (g_strndup (text, first_sentence_length (text)));
  const char *cut;
  const char *space;

  if (g_utf8_strlen (sentence, -1) <= max_chars)
    return g_steal_pointer (&sentence);

  cut = g_utf8_offset_to_pointer (sentence, max_chars - 1);
  space = g_utf8_strrchr (sentence, cut - sentence, ' ');
  if (space != NULL && space > sentence + (cut - sentence) / 2)
    cut = space;
  while (cut > sentence && strchr (" ,;:", cut[-1]) != NULL)
    cut--;

  return g_strdup_printf ("%.*s…", (int) (cut - sentence), sentence);
}

/* The words an action's summary is made of: its description; without
 * one, its library activity or its way of learning. */
static const char *
action_words (SpFramework    *framework,
              const SpAction *action)
{
  const SpActivity *activity = sp_framework_lookup_activity (framework, action->activity_id);
  const char *words = action->description != NULL ? action->description : "";

  while (g_ascii_isspace (*words))
    words++;

  if (first_sentence_length (words) > 0)
    return words;

  if (activity != NULL)
    return activity->title;

  return sp_way_get_label (action->kind);
}

/* What tells apart actions whose words are the same: the goal's competence,
 * or its title. */
static const char *
goal_tag (SpFramework  *framework,
          const SpGoal *goal)
{
  const SpCompetence *competence = NULL;

  if (goal->competence_id != NULL)
    competence = sp_framework_lookup_competence (framework, goal->competence_id);

  if (competence != NULL)
    return competence->name;

  return goal->title != NULL ? goal->title : "";
}

/* @shared: another action has the same summary, so this one names its goal. */
static char *
dup_action_summary (SpFramework    *framework,
                    const SpGoal   *goal,
                    const SpAction *action,
                    gboolean        shared)
{
  const char *tag = goal_tag (framework, goal);
  g_autofree char *words = NULL;

  if (!shared || tag[0] == '\0')
    return dup_summary_text (action_words (framework, action), SUMMARY_MAX_CHARS);

  words = dup_summary_text (action_words (framework, action),
                            MAX (SUMMARY_MAX_CHARS - g_utf8_strlen (tag, -1) - 3,
                                 SUMMARY_MIN_CHARS));

  return g_strdup_printf ("%s (%s)", words, tag);
}

/* How many dated actions of @plan have each plain summary. */
static GHashTable *
count_summaries (SpFramework *framework,
                 SpPlan      *plan)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < sp_plan_get_n_goals (plan); i++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, i);

      for (guint j = 0; goal->actions != NULL && j < goal->actions->len; j++)
        {
          const SpAction *action = g_ptr_array_index (goal->actions, j);
          char *summary;
          guint n;

          if (!g_date_valid (&action->date))
            continue;

          summary = dup_action_summary (framework, goal, action, FALSE);
          n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, summary));
          g_hash_table_insert (counts, summary, GUINT_TO_POINTER (n + 1));
        }
    }

  return counts;
}

static struct icaltimetype
next_day (const GDate *date)
{
  GDate next = *date;

  g_date_add_days (&next, 1);

  return date_value (&next);
}

/* A dated action: an all-day event that leaves the day free. Events have
 * no progress, so the person's status is a category and in the text. */
static icalcomponent *
new_action_event (SpFramework         *framework,
                  const SpGoal        *goal,
                  const SpAction      *action,
                  GHashTable          *counts,
                  struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = dup_uid (action->uid);
  g_autofree char *plain = dup_action_summary (framework, goal, action, FALSE);
  gboolean shared = GPOINTER_TO_UINT (g_hash_table_lookup (counts, plain)) > 1;
  g_autofree char *summary = dup_action_summary (framework, goal, action, shared);
  g_autofree char *description = dup_action_description (framework, goal, action);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_dtstart (date_value (&action->date)));
  icalcomponent_add_property (event, icalproperty_new_dtend (next_day (&action->date)));
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  icalcomponent_add_property (event,
                              icalproperty_new_categories (sp_progress_get_label (action->status)));

  return event;
}

static void
add_goal (icalcomponent       *calendar,
          SpFramework         *framework,
          const SpGoal        *goal,
          GHashTable          *counts,
          struct icaltimetype  stamp)
{
  g_autofree char *goal_uid = dup_uid (goal->uid);

  if (g_date_valid (&goal->due))
    {
      g_autofree char *description = dup_goal_description (goal);
      /* Translators: a calendar to-do on a goal's review date; %s is the goal */
      g_autofree char *summary = g_strdup_printf (_("Review: %s"),
                                                  goal->title != NULL ? goal->title : "");

      icalcomponent_add_component (calendar, new_todo (goal->uid, summary, description,
                                                       &goal->due, goal->status, stamp));
    }

  for (guint i = 0; goal->actions != NULL && i < goal->actions->len; i++)
    {
      const SpAction *action = g_ptr_array_index (goal->actions, i);
      icalcomponent *event;

      if (!g_date_valid (&action->date))
        continue;

      event = new_action_event (framework, goal, action, counts, stamp);
      if (g_date_valid (&goal->due))
        icalcomponent_add_property (event, icalproperty_new_relatedto (goal_uid));
      icalcomponent_add_component (calendar, event);
    }
}

char *
sp_ics_export_to_string (SpPortfolio *portfolio)
{
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GHashTable) counts = NULL;
  SpFramework *framework;
  SpPlan *plan;
  struct icaltimetype stamp;
  char *text;

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), NULL);

  plan = sp_portfolio_get_plan (portfolio);
  framework = sp_portfolio_get_framework (portfolio);
  counts = count_summaries (framework, plan);
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  for (guint i = 0; i < sp_plan_get_n_goals (plan); i++)
    add_goal (calendar, framework, sp_plan_get_goal (plan, i), counts, stamp);

  text = icalcomponent_as_ical_string_r (calendar);
  return text;
}

gboolean
sp_ics_export_plan (SpPortfolio  *portfolio,
                    const char   *path,
                    GError      **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = sp_ics_export_to_string (portfolio);
  return sp_export_write_file (path, text, strlen (text), 0666, error);
}
