/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-csv-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-csv-export.h"

#include "sp-export-file.h"

#include <math.h>
#include <string.h>

/* The columns of SP_CSV_EXPORT_HEADER. */
typedef enum
{
  COL_SECTION,
  COL_ID,
  COL_COMPETENCE,
  COL_DIMENSION,
  COL_VALUE,
  COL_TEXT,
  COL_PARENT,
  COL_STATUS,
  COL_DATE,
  COL_KIND,
  COL_ACTIVITY,
  COL_WHY,
  COL_SUCCESS,
  COL_EVIDENCE,
  N_COLUMNS
} Column;

typedef struct
{
  const char *cells[N_COLUMNS];
} Row;

/* Text a person typed may start like a spreadsheet formula; a leading
 * apostrophe keeps spreadsheets from running it. Ids, numbers and dates
 * never need it. */
static gboolean
is_free_text (Column column)
{
  return column == COL_TEXT || column == COL_WHY || column == COL_SUCCESS ||
         column == COL_EVIDENCE;
}

static void
append_quoted (GString    *out,
               const char *value,
               gboolean    defuse)
{
  g_string_append_c (out, '"');
  if (defuse)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_cell (GString    *out,
             Column      column,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  if (is_free_text (column) && strchr ("=+-@\t\r", value[0]) != NULL)
    append_quoted (out, value, TRUE);
  else
    sp_csv_append_field (out, value);
}

static void
append_row (GString   *out,
            const Row *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_cell (out, c, row->cells[c]);
    }
  g_string_append (out, "\r\n");
}

static char *
dup_iso_date (const GDate *date)
{
  if (!g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
dup_answer_value (int answer)
{
  if (answer == SP_ANSWER_NONE)
    return NULL;
  if (answer == SP_ANSWER_SKIP)
    return g_strdup ("skip");

  return g_strdup_printf ("%d", answer);
}

static void
append_answers (GString      *out,
                SpAssessment *assessment,
                const char   *date)
{
  SpFramework *framework = sp_assessment_get_framework (assessment);

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      g_autofree char *value = dup_answer_value (sp_assessment_get_answer (assessment, i));
      Row row = { { 0 } };

      row.cells[COL_SECTION] = "answer";
      row.cells[COL_ID] = item->id;
      row.cells[COL_COMPETENCE] = item->competence->id;
      row.cells[COL_DIMENSION] = sp_dimension_to_letter (item->dimension);
      row.cells[COL_VALUE] = value;
      row.cells[COL_TEXT] = item->text;
      row.cells[COL_PARENT] = date;
      append_row (out, &row);
    }
}

static void
append_scores (GString      *out,
               SpAssessment *assessment,
               const char   *date)
{
  SpFramework *framework = sp_assessment_get_framework (assessment);
  g_autoptr(SpResult) result = sp_result_new (assessment);

  for (guint c = 0; c < sp_framework_get_n_competences (framework); c++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, c);
      double score = sp_result_get_competence_score (result, competence);
      char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
      Row row = { { 0 } };

      if (!isnan (score))
        g_ascii_formatd (value, sizeof value, "%.1f", score);

      row.cells[COL_SECTION] = "score";
      row.cells[COL_ID] = competence->id;
      row.cells[COL_COMPETENCE] = competence->id;
      row.cells[COL_VALUE] = value;
      row.cells[COL_TEXT] = competence->name;
      row.cells[COL_PARENT] = date;
      append_row (out, &row);
    }
}

static void
append_assessment (GString      *out,
                   SpAssessment *assessment)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (sp_assessment_get_date (assessment));
  g_autofree char *date = g_date_time_format_iso8601 (utc);
  g_autofree char *answered = g_strdup_printf ("%u", sp_assessment_count_answered (assessment));
  Row row = { { 0 } };

  row.cells[COL_SECTION] = "assessment";
  row.cells[COL_ID] = date;
  row.cells[COL_VALUE] = answered;
  row.cells[COL_DATE] = date;
  append_row (out, &row);

  append_answers (out, assessment, date);
  append_scores (out, assessment, date);
}

static void
append_action (GString        *out,
               const SpGoal   *goal,
               const SpAction *action)
{
  g_autofree char *date = dup_iso_date (&action->date);
  Row row = { { 0 } };

  row.cells[COL_SECTION] = "action";
  row.cells[COL_ID] = action->uid;
  row.cells[COL_COMPETENCE] = goal->competence_id;
  row.cells[COL_TEXT] = action->description;
  row.cells[COL_PARENT] = goal->uid;
  row.cells[COL_STATUS] = sp_progress_to_string (action->status);
  row.cells[COL_DATE] = date;
  row.cells[COL_KIND] = sp_way_to_string (action->kind);
  row.cells[COL_ACTIVITY] = action->activity_id;
  row.cells[COL_EVIDENCE] = action->evidence;
  append_row (out, &row);
}

static void
append_plan (GString     *out,
             SpFramework *framework,
             SpPlan      *plan)
{
  const char *target = sp_plan_get_target (plan);
  const SpProfile *profile = sp_framework_lookup_profile (framework, target);
  Row row = { { 0 } };

  if (target == NULL && sp_plan_get_n_goals (plan) == 0)
    return;

  row.cells[COL_SECTION] = "plan";
  row.cells[COL_ID] = target;
  row.cells[COL_TEXT] = profile != NULL ? profile->name : NULL;
  append_row (out, &row);

  for (guint g = 0; g < sp_plan_get_n_goals (plan); g++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, g);
      g_autofree char *due = dup_iso_date (&goal->due);
      Row goal_row = { { 0 } };

      goal_row.cells[COL_SECTION] = "goal";
      goal_row.cells[COL_ID] = goal->uid;
      goal_row.cells[COL_COMPETENCE] = goal->competence_id;
      goal_row.cells[COL_TEXT] = goal->title;
      goal_row.cells[COL_PARENT] = target;
      goal_row.cells[COL_STATUS] = sp_progress_to_string (goal->status);
      goal_row.cells[COL_DATE] = due;
      goal_row.cells[COL_WHY] = goal->why;
      goal_row.cells[COL_SUCCESS] = goal->success;
      append_row (out, &goal_row);

      for (guint a = 0; goal->actions != NULL && a < goal->actions->len; a++)
        append_action (out, goal, g_ptr_array_index (goal->actions, a));
    }
}

char *
sp_csv_export_to_string (SpPortfolio *portfolio)
{
  GString *out;

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), NULL);

  out = g_string_new (SP_CSV_EXPORT_HEADER "\r\n");
  for (guint i = 0; i < sp_portfolio_get_n_assessments (portfolio); i++)
    append_assessment (out, sp_portfolio_get_assessment_at (portfolio, i));
  append_plan (out, sp_portfolio_get_framework (portfolio), sp_portfolio_get_plan (portfolio));

  return g_string_free (out, FALSE);
}

gboolean
sp_csv_export_portfolio (SpPortfolio  *portfolio,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = sp_csv_export_to_string (portfolio);
  return sp_export_write_file (path, text, strlen (text), 0666, error);
}

void
sp_csv_append_field (GString    *out,
                     const char *field)
{
  g_return_if_fail (out != NULL);

  if (field == NULL)
    field = "";

  if (strpbrk (field, ",\"\r\n") == NULL)
    g_string_append (out, field);
  else
    append_quoted (out, field, FALSE);
}

void
sp_csv_append_score (GString *out,
                     double   score)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (isnan (score))
    g_string_append (out, "na");
  else
    g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", score));
}
