/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-cli-team"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-cli-team.h"

#include "sp-error.h"
#include "sp-team-export.h"
#include "sp-team.h"

#include <stdio.h>

#define EXIT_OK    0
#define EXIT_INPUT 1

/* Re-sharing keeps the member id: the one already in @path, if it is a
 * share file. */
static char *
dup_member_id (const SpCliShare *request)
{
  g_autoptr(SpShare) previous = NULL;

  if (request->member_id != NULL)
    return g_strdup (request->member_id);

  if (g_file_test (request->out, G_FILE_TEST_IS_REGULAR))
    previous = sp_share_load (request->out, NULL);

  if (previous != NULL)
    return g_strdup (sp_share_get_member_id (previous));

  return sp_share_new_member_id ();
}

gboolean
sp_cli_write_share (const SpCliShare  *request,
                    SpAssessment      *assessment,
                    GError           **error)
{
  g_autofree char *member_id = dup_member_id (request);
  g_autoptr(SpShare) share = NULL;

  share = sp_share_new (assessment, member_id, request->member_name, request->show_name);
  return sp_share_save (share, request->out, error);
}

static void
append_count (GString *out,
              int      count)
{
  if (count == SP_TEAM_SUPPRESSED)
    g_string_append (out, "suppressed");
  else
    g_string_append_printf (out, "%d", count);
}

static void
append_profiles (SpTeam  *team,
                 GString *out)
{
  SpFramework *framework = sp_team_get_framework (team);
  guint n_profiles = sp_framework_get_n_profiles (framework);

  for (guint i = 0; i < n_profiles; i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i);

      g_string_append_printf (out, "profile\t%s\t", profile->id);
      append_count (out, sp_team_get_profile_count (team, profile));
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "profile\tnone\t");
  append_count (out, sp_team_get_profile_count (team, NULL));
  g_string_append_c (out, '\n');
}

static void
append_coverage (SpTeam  *team,
                 GString *out)
{
  SpFramework *framework = sp_team_get_framework (team);
  guint n_competences = sp_framework_get_n_competences (framework);
  g_autoptr(GPtrArray) uncovered = sp_team_dup_uncovered_roles (team);

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      g_string_append_printf (out, "coverage\t%s\t", competence->id);
      append_count (out, sp_team_get_coverage (team, competence, NULL));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < uncovered->len; i++)
    g_string_append_printf (out, "uncovered\t%s\n",
                            ((const SpProfile *) g_ptr_array_index (uncovered, i))->id);
}

/* A saved audit adds its members; its settings stay its own. */
static guint
add_team_file (SpTeam      *team,
               const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) saved = sp_team_load (sp_team_get_framework (team), path, &error);
  guint n_merged = 0;

  if (saved == NULL)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return 0;
    }

  for (guint i = 0; i < sp_team_get_n_messages (saved); i++)
    g_printerr ("%s: %s\n", PACKAGE_NAME, sp_team_get_message (saved, i)->text);

  for (guint i = 0; i < sp_team_get_n_members (saved); i++)
    if (sp_team_add_share (team, sp_team_get_member (saved, i), path) == SP_TEAM_ADD_MERGED)
      n_merged++;

  return n_merged;
}

static guint
add_inputs (SpTeam          *team,
            const SpCliTeam *request)
{
  guint n_merged = 0;
  guint first = 0;   /* of the share files and folders not added yet */
  guint i;

  /* Runs of share files and folders are added together, on several
   * threads; saved audits in between keep their place. */
  for (i = 0; request->files[i] != NULL; i++)
    {
      const char *path = request->files[i];

      if (!g_str_has_suffix (path, SP_TEAM_EXTENSION) || g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;

      n_merged += sp_team_add_paths (team, (const char * const *) request->files + first,
                                     i - first);
      n_merged += add_team_file (team, path);
      first = i + 1;
    }

  n_merged += sp_team_add_paths (team, (const char * const *) request->files + first, i - first);

  for (guint m = 0; m < sp_team_get_n_messages (team); m++)
    g_printerr ("%s: %s\n", PACKAGE_NAME, sp_team_get_message (team, m)->text);

  return n_merged;
}

static gboolean
write_outputs (const SpCliTeam  *request,
               SpTeam           *team,
               GError          **error)
{
  if (request->pdf != NULL && !sp_team_export_pdf (team, request->pdf, error))
    return FALSE;

  if (request->csv != NULL && !sp_team_export_csv (team, request->csv, error))
    return FALSE;

  if (request->save != NULL && !sp_team_save (team, request->save, error))
    return FALSE;

  return TRUE;
}

static gboolean
flush_out (GString *out)
{
  gboolean ok = fwrite (out->str, 1, out->len, stdout) == out->len;

  return fflush (stdout) == 0 && ok;
}

int
sp_cli_team (const SpCliTeam *request,
             SpFramework     *framework,
             GString         *out)
{
  g_autoptr(SpTeam) team = sp_team_new (framework);
  g_autoptr(GError) error = NULL;

  if (request->min_group > 0)
    sp_team_set_min_group (team, (guint) request->min_group);

  if (add_inputs (team, request) == 0)
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, _("No share file could be merged."));
      return EXIT_INPUT;
    }

  g_string_append_printf (out, "members\t%u\n", sp_team_get_n_members (team));
  append_profiles (team, out);
  append_coverage (team, out);

  if (!flush_out (out))
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, _("Could not write to the standard output."));
      return EXIT_INPUT;
    }

  if (!write_outputs (request, team, &error))
    {
      g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
      return EXIT_INPUT;
    }

  return EXIT_OK;
}
