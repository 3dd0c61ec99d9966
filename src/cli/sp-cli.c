/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-cli.h"

#include "sp-error.h"
#include "sp-framework.h"
#include "sp-pdf-export.h"
#include "sp-plan.h"
#include "sp-portfolio.h"
#include "sp-result.h"

#include <math.h>
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
  char     *assess;
  char     *pdf;
  char     *save;
  char     *framework;
} SpCliRequest;

static void
sp_cli_request_clear (SpCliRequest *request)
{
  g_clear_pointer (&request->assess, g_free);
  g_clear_pointer (&request->pdf, g_free);
  g_clear_pointer (&request->save, g_free);
  g_clear_pointer (&request->framework, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SpCliRequest, sp_cli_request_clear)

static const GOptionEntry sp_cli_entries[] = {
  { "list-profiles", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the role profiles as CSV and exit"), NULL },
  { "list-items", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the questionnaire items as CSV and exit"), NULL },
  { "assess", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Score the answers in FILE (CSV or portfolio) and print the result"), N_("FILE") },
  { "pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, write the development plan as PDF to OUT"), N_("OUT") },
  { "save", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --assess, save the portfolio to OUT"), N_("OUT") },
  { "framework", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the competence framework in DIR instead of the built-in one"), N_("DIR") },
  { NULL }
};

static void
sp_cli_request_read (SpCliRequest *request,
                     GVariantDict *options)
{
  g_variant_dict_lookup (options, "list-profiles", "b", &request->list_profiles);
  g_variant_dict_lookup (options, "list-items", "b", &request->list_items);
  g_variant_dict_lookup (options, "assess", "^ay", &request->assess);
  g_variant_dict_lookup (options, "pdf", "^ay", &request->pdf);
  g_variant_dict_lookup (options, "save", "^ay", &request->save);
  g_variant_dict_lookup (options, "framework", "^ay", &request->framework);
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

/* Returns an exit code for a request that cannot run, or 0 when it can. */
static int
sp_cli_request_check (const SpCliRequest *request)
{
  guint n_actions = 0;

  n_actions += request->list_profiles ? 1 : 0;
  n_actions += request->list_items ? 1 : 0;
  n_actions += request->assess != NULL ? 1 : 0;

  if (n_actions > 1)
    return sp_cli_usage_error (_("Give only one of --list-profiles, --list-items and --assess."));

  if (request->assess == NULL && (request->pdf != NULL || request->save != NULL))
    return sp_cli_usage_error (_("--pdf and --save need --assess=FILE."));

  return SP_CLI_EXIT_OK;
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

/* RFC 4180: quote only a field holding a comma, a quote or a line break. */
static void
sp_cli_append_csv_field (GString    *out,
                         const char *field)
{
  if (field == NULL)
    field = "";

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* One decimal and a dot, or `na`; never the locale's decimal mark. */
static void
sp_cli_append_score (GString *out,
                     double   score)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (score))
    {
      g_string_append (out, "na");
      return;
    }

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", score));
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

      sp_cli_append_csv_field (out, profile->id);
      g_string_append_c (out, ',');
      sp_cli_append_csv_field (out, profile->name);
      g_string_append_c (out, ',');
      sp_cli_append_csv_field (out, profile->key->id);
      g_string_append_c (out, ',');

      for (guint j = 0; j < profile->n_competences; j++)
        {
          if (j > 0)
            g_string_append_c (out, ';');
          g_string_append (out, profile->competences[j]->id);
        }
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

      sp_cli_append_csv_field (out, item->id);
      g_string_append_c (out, ',');
      sp_cli_append_csv_field (out, item->competence->id);
      g_string_append_c (out, ',');
      g_string_append (out, sp_dimension_to_letter (item->dimension));
      g_string_append_c (out, ',');
      sp_cli_append_csv_field (out, item->text);
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

/* Refuses devices, pipes and huge files before a byte is read, so that a
 * hostile input costs neither memory nor time; the readers check again. */
static gboolean
sp_cli_check_input_file (const char  *path,
                         const char  *display_name,
                         GError     **error)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return TRUE;   /* the read that follows says why */

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   _("Could not open “%s”: not a regular file"), display_name);
      return FALSE;
    }

  if ((guint64) info.st_size > SP_PORTFOLIO_MAX_SIZE)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_TOO_LARGE,
                   _("%s:1: the file is larger than %d bytes"), display_name,
                   SP_PORTFOLIO_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
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

  if (!sp_cli_check_input_file (path, display_name, error) ||
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
      sp_cli_append_score (out, sp_result_get_profile_affinity (result, match));
      g_string_append_c (out, '\n');
    }
  else
    g_string_append (out, "match\tnone\t-\n");

  for (guint i = 0; i < n_affinities; i++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (result, i);

      g_string_append_printf (out, "affinity\t%s\t", affinity->profile->id);
      sp_cli_append_score (out, affinity->affinity);
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      g_string_append_printf (out, "competence\t%s\t", competence->id);
      sp_cli_append_score (out, sp_result_get_competence_score (result, competence));
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

static gboolean
sp_cli_write_outputs (const SpCliRequest  *request,
                      SpPortfolio         *portfolio,
                      SpResult            *result,
                      GError             **error)
{
  if (request->pdf != NULL)
    {
      sp_cli_ensure_plan (portfolio, result);

      if (!sp_pdf_export_plan (portfolio, request->pdf, error))
        return FALSE;
    }

  if (request->save != NULL && !sp_portfolio_save (portfolio, request->save, error))
    return FALSE;

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

  if (!request.list_profiles && !request.list_items && request.assess == NULL)
    return SP_CLI_NO_ACTION;

  framework = sp_cli_load_framework (&request, &error);
  if (framework == NULL)
    return sp_cli_input_error (error);

  if (request.assess != NULL)
    return sp_cli_assess (&request, framework, out);

  if (request.list_profiles)
    sp_cli_list_profiles (framework, out);
  else
    sp_cli_list_items (framework, out);

  return sp_cli_flush (out);
}
