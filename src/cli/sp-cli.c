/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-cli.h"
#include "sp-cli-paths.h"
#include "sp-cli-team.h"

#include "sp-csv-export.h"
#include "sp-error.h"
#include "sp-file.h"
#include "sp-framework.h"
#include "sp-ics-export.h"
#include "sp-pdf-export.h"
#include "sp-plan.h"
#include "sp-portfolio.h"
#include "sp-result.h"
#include "sp-share.h"

#include <stdio.h>
#include <string.h>

#define SP_CLI_EXIT_OK    0
#define SP_CLI_EXIT_INPUT 1
#define SP_CLI_EXIT_USAGE 2
#define SP_CLI_NO_ACTION  (-1)

/* What the person asked for on the command line. */
typedef struct
{
  gboolean  list_profiles;
  gboolean  list_items;
  gboolean  list_activities;
  char     *assess;
  char     *pdf;
  char     *ics;
  char     *csv;
  char     *save;
  char     *framework;
  char     *share;
  char     *member_name;
  char     *member_id;
  gboolean  show_name;
  gboolean  team;
  char     *save_team;
  char     *min_group;
  char    **files;
} SpCliRequest;

static void
sp_cli_request_clear (SpCliRequest *request)
{
  g_clear_pointer (&request->assess, g_free);
  g_clear_pointer (&request->pdf, g_free);
  g_clear_pointer (&request->ics, g_free);
  g_clear_pointer (&request->csv, g_free);
  g_clear_pointer (&request->save, g_free);
  g_clear_pointer (&request->framework, g_free);
  g_clear_pointer (&request->share, g_free);
  g_clear_pointer (&request->member_name, g_free);
  g_clear_pointer (&request->member_id, g_free);
  g_clear_pointer (&request->save_team, g_free);
  g_clear_pointer (&request->min_group, g_free);
  g_clear_pointer (&request->files, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SpCliRequest, sp_cli_request_clear)

static const GOptionEntry sp_cli_entries[] = {
  { "list-profiles", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the role profiles as CSV and exit"), NULL },
  { "list-items", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the questionnaire items as CSV and exit"), NULL },
  { "list-activities", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the activity library as CSV and exit"), NULL },
  { "assess", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Score the answers in FILE (CSV or portfolio) and print the result"), N_("FILE") },
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, write the development plan as PDF to OUT; with --team, the team "
       "report"), N_("OUT") },
  { "ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, write the plan's dated goals and actions as iCalendar to OUT"),
    N_("OUT") },
  { "csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, write the answers, scores and plan as CSV to OUT; with --team, the "
       "members × competences matrix"), N_("OUT") },
  { "save", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, save the portfolio to OUT"), N_("OUT") },
  { "framework", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the competence framework in DIR instead of the built-in one"), N_("DIR") },
  { "share", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, write a share file for a team audit to OUT"), N_("OUT") },
  { "member-name", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --share, your name or pseudonym: written into the file only with --show-name"),
    N_("NAME") },
  { "show-name", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --share, agree to be shown by name; the file always holds your scores, answers "
       "and matched role"), NULL },
  { "member-id", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --share, the member id to use (default: the one in OUT, or a new one)"), N_("ID") },
  { "team", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge the share files (or folders) given as FILE… into a team audit"), NULL },
  { "save-team", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --team, save the audit to OUT"), N_("OUT") },
  { "min-group", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --team, the smallest group shown in aggregates (default 3)"), N_("N") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static void
sp_cli_request_read (SpCliRequest *request,
                     GVariantDict *options)
{
  g_variant_dict_lookup (options, "list-profiles", "b", &request->list_profiles);
  g_variant_dict_lookup (options, "list-items", "b", &request->list_items);
  g_variant_dict_lookup (options, "list-activities", "b", &request->list_activities);
  g_variant_dict_lookup (options, "assess", "^ay", &request->assess);
  g_variant_dict_lookup (options, "pdf", "^ay", &request->pdf);
  g_variant_dict_lookup (options, "ics", "^ay", &request->ics);
  g_variant_dict_lookup (options, "csv", "^ay", &request->csv);
  g_variant_dict_lookup (options, "save", "^ay", &request->save);
  g_variant_dict_lookup (options, "framework", "^ay", &request->framework);
  g_variant_dict_lookup (options, "share", "^ay", &request->share);
  g_variant_dict_lookup (options, "member-name", "s", &request->member_name);
  g_variant_dict_lookup (options, "member-id", "s", &request->member_id);
  g_variant_dict_lookup (options, "show-name", "b", &request->show_name);
  g_variant_dict_lookup (options, "team", "b", &request->team);
  g_variant_dict_lookup (options, "save-team", "^ay", &request->save_team);
  g_variant_dict_lookup (options, "min-group", "s", &request->min_group);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &request->files);
}

static int
sp_cli_usage_error (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  g_printerr (_("Run “%s --help” to see the options.\n"), PACKAGE_NAME);

  return SP_CLI_EXIT_USAGE;
}

static int
sp_cli_input_error (const GError *error)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);

  return SP_CLI_EXIT_INPUT;
}

static int
sp_cli_request_check_team (const SpCliRequest *request)
{
  gboolean share_options = request->member_name != NULL || request->member_id != NULL ||
                           request->show_name;
  gboolean team_options = request->save_team != NULL || request->min_group != NULL;

  if (request->share == NULL && share_options)
    return sp_cli_usage_error (_("--member-name, --member-id and --show-name need --share=OUT."));

  if (request->member_id != NULL && !sp_share_member_id_is_valid (request->member_id))
    return sp_cli_usage_error (_("A member id has 1 to 64 letters, digits, “-” or “_”."));

  if (!request->team && team_options)
    return sp_cli_usage_error (_("--save-team and --min-group need --team."));

  if (request->min_group != NULL &&
      !g_ascii_string_to_unsigned (request->min_group, 10, 1, 1000000, NULL, NULL))
    return sp_cli_usage_error (_("--min-group needs a number of at least 1."));

  if (request->team && (request->files == NULL || request->files[0] == NULL))
    return sp_cli_usage_error (_("--team needs at least one share file or folder."));

  if (!request->team && request->files != NULL && request->files[0] != NULL &&
      (request->list_profiles || request->list_items || request->list_activities ||
       request->assess != NULL))
    return sp_cli_usage_error (_("Files without an option are only read with --team."));

  return SP_CLI_EXIT_OK;
}

/* An output file and the option that names it. */
typedef struct
{
  const char *option;
  const char *path;
} SpCliOutput;

/* Refuses an output that would replace an input, another output, a saved
 * portfolio (except with --save) or, with --save, a file that is not one. */
static int
sp_cli_check_output (const SpCliOutput  *output,
                     char              **input_keys,
                     char              **output_keys,
                     guint               index)
{
  g_autofree char *name = g_filename_display_name (output->path);
  g_autofree char *message = NULL;
  gboolean is_save = g_str_equal (output->option, "--save");

  if (g_strv_contains ((const char * const *) input_keys, output_keys[index]))
    /* Translators: the first %s is a file name, the second an option such as --pdf */
    message = g_strdup_printf (_("“%s” is the input file: %s would overwrite it."),
                               name, output->option);

  for (guint j = 0; message == NULL && j < index; j++)
    if (g_str_equal (output_keys[j], output_keys[index]))
      /* Translators: the %s is a file name */
      message = g_strdup_printf (_("Two outputs name the same file “%s”."), name);

  if (message == NULL && !is_save && sp_cli_path_is_portfolio (output->path))
    message = g_strdup_printf (_("“%s” is a saved portfolio: only --save may replace it."),
                               name);

  if (message == NULL && is_save && g_file_test (output->path, G_FILE_TEST_EXISTS) &&
      !sp_cli_path_is_portfolio (output->path))
    message = g_strdup_printf (_("“%s” exists and is not a portfolio: --save will not "
                                 "replace it."), name);

  return message != NULL ? sp_cli_usage_error (message) : SP_CLI_EXIT_OK;
}

static int
sp_cli_request_check_outputs (const SpCliRequest *request)
{
  const SpCliOutput all[] = {
    { "--pdf", request->pdf }, { "--ics", request->ics }, { "--csv", request->csv },
    { "--share", request->share }, { "--save-team", request->save_team },
    { "--save", request->save },
  };
  SpCliOutput outputs[G_N_ELEMENTS (all)];
  g_autoptr(GPtrArray) input_keys = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  g_autoptr(GPtrArray) output_keys = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  guint n_outputs = 0;

  if (request->assess != NULL)
    g_ptr_array_add (input_keys, sp_cli_path_dup_key (request->assess));
  for (guint i = 0; request->team && request->files != NULL && request->files[i] != NULL; i++)
    g_ptr_array_add (input_keys, sp_cli_path_dup_key (request->files[i]));

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (all[i].path != NULL)
      {
        outputs[n_outputs++] = all[i];
        g_ptr_array_add (output_keys, sp_cli_path_dup_key (all[i].path));
      }

  for (guint i = 0; i < n_outputs; i++)
    {
      int status = sp_cli_check_output (&outputs[i], (char **) input_keys->pdata,
                                        (char **) output_keys->pdata, i);

      if (status != SP_CLI_EXIT_OK)
        return status;
    }

  return SP_CLI_EXIT_OK;
}

/* Returns an exit code for a request that cannot run, or 0 when it can. */
static int
sp_cli_request_check (const SpCliRequest *request)
{
  guint n_actions = 0;
  int status;

  n_actions += request->list_profiles ? 1 : 0;
  n_actions += request->list_items ? 1 : 0;
  n_actions += request->list_activities ? 1 : 0;
  n_actions += request->assess != NULL ? 1 : 0;
  n_actions += request->team ? 1 : 0;

  if (n_actions > 1)
    return sp_cli_usage_error (_("Give only one of --list-profiles, --list-items, "
                                 "--list-activities, --assess and --team."));

  if (request->assess == NULL && !request->team && (request->pdf != NULL || request->csv != NULL))
    return sp_cli_usage_error (_("--pdf and --csv need --assess=FILE or --team."));

  if (request->assess == NULL && request->ics != NULL)
    return sp_cli_usage_error (_("--ics needs --assess=FILE."));

  if (request->assess == NULL && (request->save != NULL || request->share != NULL))
    return sp_cli_usage_error (_("--save and --share need --assess=FILE."));

  status = sp_cli_request_check_team (request);
  if (status != SP_CLI_EXIT_OK)
    return status;

  return sp_cli_request_check_outputs (request);
}

/* Writes the whole output at once, as UTF-8 bytes, whatever the locale. */
static int
sp_cli_flush (GString *out)
{
  gboolean ok;

  ok = fwrite (out->str, 1, out->len, stdout) == out->len;
  ok = fflush (stdout) == 0 && ok;

  if (!ok)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, _("Could not write to the standard output."));
      return SP_CLI_EXIT_INPUT;
    }

  return SP_CLI_EXIT_OK;
}

/* The ids joined by ";", a list inside one CSV field. */
static void
sp_cli_append_competence_ids (GString             *out,
                              const SpCompetence **competences,
                              guint                n_competences)
{
  for (guint i = 0; i < n_competences; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      g_string_append (out, competences[i]->id);
    }
}

static void
sp_cli_list_profiles (SpFramework *framework,
                      GString     *out)
{
  guint n_profiles = sp_framework_get_n_profiles (framework);

  g_string_append (out, "profile_id,name,key_competence,competences\n");

  for (guint i = 0; i < n_profiles; i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i);

      sp_csv_append_field (out, profile->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, profile->name);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, profile->key->id);
      g_string_append_c (out, ',');

      sp_cli_append_competence_ids (out, profile->competences, profile->n_competences);
      g_string_append_c (out, '\n');
    }
}

static void
sp_cli_list_items (SpFramework *framework,
                   GString     *out)
{
  guint n_items = sp_framework_get_n_items (framework);

  g_string_append (out, "item_id,competence_id,dimension,text\n");

  for (guint i = 0; i < n_items; i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);

      sp_csv_append_field (out, item->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, item->competence->id);
      g_string_append_c (out, ',');
      g_string_append (out, sp_dimension_to_letter (item->dimension));
      g_string_append_c (out, ',');
      sp_csv_append_field (out, item->text);
      g_string_append_c (out, '\n');
    }
}

static void
sp_cli_list_activities (SpFramework *framework,
                        GString     *out)
{
  guint n_activities = sp_framework_get_n_activities (framework);

  g_string_append (out, "activity_id,topic,level,competences,title\n");

  for (guint i = 0; i < n_activities; i++)
    {
      const SpActivity *activity = sp_framework_get_activity (framework, i);

      sp_csv_append_field (out, activity->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, activity->topic->id);
      g_string_append_c (out, ',');
      g_string_append (out, sp_level_to_string (activity->level));
      g_string_append_c (out, ',');

      sp_cli_append_competence_ids (out, activity->competences, activity->n_competences);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, activity->title);
      g_string_append_c (out, '\n');
    }
}

/* A portfolio is XML: its first character, after an optional byte order
 * mark and white space, opens a tag. */
static gboolean
sp_cli_looks_like_portfolio (const char *path,
                             GBytes     *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize i = 0;

  if (g_str_has_suffix (path, SP_PORTFOLIO_EXTENSION))
    return TRUE;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  while (i < size && g_ascii_isspace (data[i]))
    i++;

  return i < size && data[i] == '<';
}

static SpPortfolio *
sp_cli_load_answers (SpFramework  *framework,
                     GBytes       *bytes,
                     const char   *display_name,
                     GError      **error)
{
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autoptr(SpAssessment) assessment = sp_assessment_new (framework);

  if (!sp_answers_csv_load_bytes (assessment, bytes, display_name, error))
    return NULL;

  sp_portfolio_set_assessment (portfolio, assessment);

  return g_steal_pointer (&portfolio);
}

/* Reads @path as a saved portfolio or as an answers CSV. */
static SpPortfolio *
sp_cli_load_input (SpFramework  *framework,
                   const char   *path,
                   GError      **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* The readers check again; this spares reading a device or a huge file. */
  if (!sp_file_check_input (path, display_name, SP_PORTFOLIO_MAX_SIZE, error) ||
      !g_file_get_contents (path, &contents, &length, error))
    return NULL;

  bytes = g_bytes_new_take (contents, length);

  if (sp_cli_looks_like_portfolio (path, bytes))
    return sp_portfolio_load_bytes (framework, bytes, display_name, error);

  return sp_cli_load_answers (framework, bytes, display_name, error);
}

static void
sp_cli_append_result (SpResult *result,
                      GString  *out)
{
  SpFramework *framework = sp_result_get_framework (result);
  const SpProfile *match = sp_result_get_match (result);
  guint n_affinities = sp_result_get_n_affinities (result);
  guint n_competences = sp_framework_get_n_competences (framework);

  g_string_append_printf (out, "status\t%s\n",
                          sp_status_to_string (sp_result_get_status (result)));

  if (match != NULL)
    {
      g_string_append_printf (out, "match\t%s\t", match->id);
      sp_csv_append_score (out, sp_result_get_profile_affinity (result, match));
      g_string_append_c (out, '\n');
    }
  else
    g_string_append (out, "match\tnone\t-\n");

  for (guint i = 0; i < n_affinities; i++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (result, i);

      g_string_append_printf (out, "affinity\t%s\t", affinity->profile->id);
      sp_csv_append_score (out, affinity->affinity);
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      g_string_append_printf (out, "competence\t%s\t", competence->id);
      sp_csv_append_score (out, sp_result_get_competence_score (result, competence));
      g_string_append_c (out, '\n');
    }
}

/* The profile a proposed plan aims at: the match, or the best affinity. */
static const SpProfile *
sp_cli_plan_target (SpResult *result)
{
  const SpProfile *match = sp_result_get_match (result);

  if (match != NULL)
    return match;

  if (sp_result_get_n_affinities (result) == 0)
    return NULL;

  return sp_result_get_affinity (result, 0)->profile;
}

static void
sp_cli_ensure_plan (SpPortfolio *portfolio,
                    SpResult    *result)
{
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  const SpProfile *target;
  g_autoptr(GDateTime) now = NULL;
  GDate today;

  if (sp_plan_get_n_goals (plan) > 0)
    return;

  target = sp_cli_plan_target (result);
  if (target == NULL)
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  sp_plan_set_target (plan, target->id);
  sp_plan_propose (plan, result, target, &today);
}

/* Every writer is atomic: a failed one leaves no partial file behind. */
static gboolean
sp_cli_write_outputs (const SpCliRequest  *request,
                      SpPortfolio         *portfolio,
                      SpResult            *result,
                      GError             **error)
{
  if (request->pdf != NULL || request->ics != NULL || request->csv != NULL)
    sp_cli_ensure_plan (portfolio, result);

  if (request->pdf != NULL && !sp_pdf_export_plan (portfolio, request->pdf, error))
    return FALSE;

  if (request->ics != NULL && !sp_ics_export_plan (portfolio, request->ics, error))
    return FALSE;

  if (request->csv != NULL && !sp_csv_export_portfolio (portfolio, request->csv, error))
    return FALSE;

  if (request->save != NULL && !sp_portfolio_save (portfolio, request->save, error))
    return FALSE;

  if (request->share != NULL)
    {
      SpCliShare share = { request->share, request->member_name, request->member_id,
                           request->show_name };

      if (!sp_cli_write_share (&share, sp_portfolio_get_assessment (portfolio), error))
        return FALSE;
    }

  return TRUE;
}

static int
sp_cli_assess (const SpCliRequest *request,
               SpFramework        *framework,
               GString            *out)
{
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autoptr(SpResult) result = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  portfolio = sp_cli_load_input (framework, request->assess, &error);
  if (portfolio == NULL)
    return sp_cli_input_error (error);

  result = sp_result_new (sp_portfolio_get_assessment (portfolio));
  sp_cli_append_result (result, out);

  status = sp_cli_flush (out);
  if (status != SP_CLI_EXIT_OK)
    return status;

  if (!sp_cli_write_outputs (request, portfolio, result, &error))
    return sp_cli_input_error (error);

  return SP_CLI_EXIT_OK;
}

static SpFramework *
sp_cli_load_framework (const SpCliRequest  *request,
                       GError             **error)
{
  if (request->framework != NULL)
    return sp_framework_new_from_directory (request->framework, error);

  return sp_framework_new_default (error);
}

/**
 * sp_cli_add_options:
 * @application: the application whose command line gains the options
 *
 * Adds the command-line contract to @application; the descriptions are
 * translated in the application's gettext domain.
 */
void
sp_cli_add_options (GApplication *application)
{
  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, sp_cli_entries);
}

/**
 * sp_cli_run:
 * @options: the parsed options, as given to #GApplication::handle-local-options
 *
 * Runs the command-line action in @options. Output goes to stdout as
 * UTF-8 with numbers written with a dot, whatever the locale.
 *
 * Returns: 0 when done, 1 for bad input or a failed write, 2 for a usage
 *   error, or -1 when no action was asked for and the window should open
 */
int
sp_cli_run (GVariantDict *options)
{
  g_auto(SpCliRequest) request = { 0 };
  g_autoptr(SpFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int status;

  g_return_val_if_fail (options != NULL, SP_CLI_EXIT_USAGE);

  sp_cli_request_read (&request, options);

  status = sp_cli_request_check (&request);
  if (status != SP_CLI_EXIT_OK)
    return status;

  if (!request.list_profiles && !request.list_items && !request.list_activities &&
      request.assess == NULL && !request.team)
    return SP_CLI_NO_ACTION;

  framework = sp_cli_load_framework (&request, &error);
  if (framework == NULL)
    return sp_cli_input_error (error);

  if (request.assess != NULL)
    return sp_cli_assess (&request, framework, out);

  if (request.team)
    {
      guint64 min_group = 0;
      SpCliTeam team = { request.files, request.pdf, request.csv, request.save_team, 0 };

      if (request.min_group != NULL)
        g_ascii_string_to_unsigned (request.min_group, 10, 1, 1000000, &min_group, NULL);
      team.min_group = (int) min_group;

      return sp_cli_team (&team, framework, out);
    }

  if (request.list_profiles)
    sp_cli_list_profiles (framework, out);
  else if (request.list_activities)
    sp_cli_list_activities (framework, out);
  else
    sp_cli_list_items (framework, out);

  return sp_cli_flush (out);
}

/**
 * sp_cli_open_files:
 * @application: the application, not yet registered
 * @options: the parsed options, after sp_cli_run() returned -1
 *
 * The FILE arguments are collected with the command-line options (for
 * --team), so #GApplication no longer opens them by itself: this hands
 * them to #GApplication::open, in this process or in the running one.
 *
 * Returns: -1 to go on and run the application, or the exit code when
 *   this process is done
 */
int
sp_cli_open_files (GApplication *application,
                   GVariantDict *options)
{
  g_auto(GStrv) paths = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (G_IS_APPLICATION (application), SP_CLI_EXIT_USAGE);
  g_return_val_if_fail (options != NULL, SP_CLI_EXIT_USAGE);

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &paths) || paths[0] == NULL)
    return SP_CLI_NO_ACTION;

  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return SP_CLI_EXIT_INPUT;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  g_application_open (application, (GFile **) files->pdata, (int) files->len, "");

  return g_application_get_is_remote (application) ? SP_CLI_EXIT_OK : SP_CLI_NO_ACTION;
}
