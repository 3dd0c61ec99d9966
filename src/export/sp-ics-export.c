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
  if (activity != NULL)
    {
      g_autofree char *about = g_strdup_printf ("%s (%s, %u min)", activity->title,
                                                sp_level_get_label (activity->level),
                                                activity->duration);

      append_line (text, _("Library activity:"), about);
    }
  append_line (text, _("Evidence:"), action->evidence);
  append_line (text, _("Goal:"), goal->title);

  return g_string_free (text, FALSE);
}

static char *
dup_action_summary (const SpGoal   *goal,
                    const SpAction *action)
{
  /* Translators: a calendar entry: the way of learning, then the goal */
  return g_strdup_printf (_("%s: %s"), sp_way_get_label (action->kind),
                          goal->title != NULL ? goal->title : "");
}

static void
add_goal (icalcomponent       *calendar,
          SpFramework         *framework,
          const SpGoal        *goal,
          struct icaltimetype  stamp)
{
  g_autofree char *goal_uid = dup_uid (goal->uid);

  if (g_date_valid (&goal->due))
    {
      g_autofree char *description = dup_goal_description (goal);

      icalcomponent_add_component (calendar, new_todo (goal->uid, goal->title, description,
                                                       &goal->due, goal->status, stamp));
    }

  for (guint i = 0; goal->actions != NULL && i < goal->actions->len; i++)
    {
      const SpAction *action = g_ptr_array_index (goal->actions, i);
      g_autofree char *summary = NULL;
      g_autofree char *description = NULL;
      icalcomponent *todo;

      if (!g_date_valid (&action->date))
        continue;

      summary = dup_action_summary (goal, action);
      description = dup_action_description (framework, goal, action);
      todo = new_todo (action->uid, summary, description, &action->date, action->status, stamp);
      if (g_date_valid (&goal->due))
        icalcomponent_add_property (todo, icalproperty_new_relatedto (goal_uid));
      icalcomponent_add_component (calendar, todo);
    }
}

char *
sp_ics_export_to_string (SpPortfolio *portfolio)
{
  g_autoptr(icalcomponent) calendar = NULL;
  SpPlan *plan;
  struct icaltimetype stamp;
  char *text;

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), NULL);

  plan = sp_portfolio_get_plan (portfolio);
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  for (guint i = 0; i < sp_plan_get_n_goals (plan); i++)
    add_goal (calendar, sp_portfolio_get_framework (portfolio), sp_plan_get_goal (plan, i),
              stamp);

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
