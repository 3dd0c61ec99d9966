/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-team.h"

#include "sp-error.h"
#include "sp-file.h"
#include "sp-share-private.h"
#include "sp-team-private.h"

#include <math.h>

#define SCHEMA_RESOURCE SP_FRAMEWORK_RESOURCE_PATH "/team.rng"
/* A share of the built-in framework has some 220 elements; room for
 * SP_TEAM_MAX_MEMBERS of them, and the settings. */
#define MAX_ELEMENTS (SP_TEAM_MAX_MEMBERS * 256 + 1000)

static void G_GNUC_PRINTF (5, 6)
set_error_at (GError     **error,
              int          code,
              const char  *file,
              xmlNode     *node,
              const char  *format,
              ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, SP_ERROR, code, "%s:%d: %s", file, sp_xml_get_line (node), what);
}

/* Writing. */

static void
write_level (xmlTextWriter *writer,
             const char    *name,
             double         level)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (value, sizeof value, "%.1f", level);
  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST value);
}

static void
write_settings (SpTeam        *self,
                xmlTextWriter *writer)
{
  SpFramework *framework = sp_team_get_framework (self);
  guint n_competences = sp_framework_get_n_competences (framework);
  double level = sp_team_get_required_level (self);
  char min_group[16];

  g_snprintf (min_group, sizeof min_group, "%u", sp_team_get_min_group (self));

  xmlTextWriterStartElement (writer, BAD_CAST "settings");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "min-group", BAD_CAST min_group);
  write_level (writer, "required-level", level);

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      double own = sp_team_get_competence_level (self, competence);

      if (own == level)
        continue;

      xmlTextWriterStartElement (writer, BAD_CAST "level");
      xmlTextWriterWriteAttribute (writer, BAD_CAST "competence", BAD_CAST competence->id);
      write_level (writer, "value", own);
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndElement (writer);
}

GBytes *
sp_team_to_bytes (SpTeam *self)
{
  g_autoptr(xmlBuffer) buffer = NULL;
  xmlTextWriter *writer;
  char format[16];

  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  if (buffer == NULL || writer == NULL)
    g_error ("Failed to allocate an XML writer");

  g_snprintf (format, sizeof format, "%d", SP_TEAM_FORMAT);
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "team");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "format", BAD_CAST format);
  xmlTextWriterWriteAttribute (writer, BAD_CAST "framework",
                               BAD_CAST sp_framework_get_id (sp_team_get_framework (self)));
  write_settings (self, writer);

  for (guint i = 0; i < sp_team_get_n_members (self); i++)
    sp_share_write (sp_team_get_member (self, i), writer, "share");

  xmlTextWriterEndElement (writer);
  xmlTextWriterEndDocument (writer);
  xmlTextWriterFlush (writer);
  xmlFreeTextWriter (writer);

  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

gboolean
sp_team_save (SpTeam      *self,
              const char  *path,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SP_IS_TEAM (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_team_to_bytes (self);
  return sp_file_write_atomic (path, bytes, 0600, error);
}

/* Reading. */

/* FALSE, with SP_ERROR_NEWER_VERSION, when @node's format is above @known. */
static gboolean
check_format (const char  *file,
              xmlNode     *node,
              guint64      known,
              GError     **error)
{
  g_autofree char *format = sp_xml_dup_prop (node, "format");
  guint64 number = 0;

  if (format != NULL &&
      g_ascii_string_to_unsigned (format, 10, 0, G_MAXUINT64, &number, NULL) &&
      number > known)
    {
      set_error_at (error, SP_ERROR_NEWER_VERSION, file, node,
                    _("made by a newer version of SSE Portfolio (format %s)"), format);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_root (const char   *file,
            xmlNode      *root,
            GError      **error)
{
  if (root->ns != NULL || !sp_xml_is (root, "team"))
    {
      set_error_at (error, SP_ERROR_INVALID, file, root,
                    _("this is not a team audit (its root is <%s>)"), (const char *) root->name);
      return FALSE;
    }

  return check_format (file, root, SP_TEAM_FORMAT, error);
}

static gboolean
check_framework (SpFramework  *framework,
                 const char   *file,
                 xmlNode      *root,
                 GError      **error)
{
  g_autofree char *id = sp_xml_dup_prop (root, "framework");

  if (g_strcmp0 (id, sp_framework_get_id (framework)) != 0)
    {
      set_error_at (error, SP_ERROR_INVALID, file, root,
                    _("made for the framework “%s”, not “%s”"),
                    id != NULL ? id : "", sp_framework_get_id (framework));
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_level (const char  *file,
             xmlNode     *node,
             const char  *name,
             double      *level,
             GError     **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, name);

  *level = text != NULL ? g_ascii_strtod (text, NULL) : NAN;
  if (!(*level >= 0.0 && *level <= 100.0))
    {
      set_error_at (error, SP_ERROR_OUT_OF_RANGE, file, node,
                    _("the level %s is outside 0–100"), text != NULL ? text : "");
      return FALSE;
    }

  /* Kept as saved, to a tenth: a level that rounds to the team's would
   * otherwise be lost at the next save but one. */
  *level = round (*level * 10.0) / 10.0;
  return TRUE;
}

static gboolean
parse_competence_level (SpTeam      *team,
                        const char  *file,
                        xmlNode     *node,
                        GError     **error)
{
  g_autofree char *id = sp_xml_dup_prop (node, "competence");
  const SpCompetence *competence;
  double level = NAN;

  competence = sp_framework_lookup_competence (sp_team_get_framework (team), id);
  if (competence == NULL)
    {
      set_error_at (error, SP_ERROR_UNKNOWN_ID, file, node, _("unknown competence “%s”"),
                    id != NULL ? id : "");
      return FALSE;
    }

  if (!parse_level (file, node, "value", &level, error))
    return FALSE;

  sp_team_set_competence_level (team, competence, level);
  return TRUE;
}

static gboolean
parse_settings (SpTeam      *team,
                const char  *file,
                xmlNode     *node,
                GError     **error)
{
  g_autofree char *min_group = sp_xml_dup_prop (node, "min-group");
  guint64 number = 0;
  double level = NAN;

  if (!g_ascii_string_to_unsigned (min_group, 10, 1, 1000000, &number, NULL))
    {
      set_error_at (error, SP_ERROR_OUT_OF_RANGE, file, node,
                    _("the minimum group %s is out of range"), min_group);
      return FALSE;
    }
  sp_team_set_min_group (team, (guint) number);

  if (!parse_level (file, node, "required-level", &level, error))
    return FALSE;
  sp_team_set_required_level (team, level);

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "level") && !parse_competence_level (team, file, child, error))
      return FALSE;

  return TRUE;
}

/* A share inside the audit, named "FILE:LINE" in messages. Our writer
 * only saves members it merged, so one that would not merge (a newer
 * format, another framework, a member id given twice) means the file was
 * changed elsewhere: it is refused, not half-loaded. */
static gboolean
parse_member (SpTeam      *team,
              const char  *file,
              xmlNode     *node,
              GError     **error)
{
  g_autoptr(SpShare) share = NULL;
  g_autofree char *source = NULL;
  const char *framework_id = sp_framework_get_id (sp_team_get_framework (team));

  if (!check_format (file, node, SP_SHARE_FORMAT, error))
    return FALSE;

  share = sp_share_new_from_node (node, file, error);
  if (share == NULL)
    return FALSE;

  if (g_strcmp0 (sp_share_get_framework_id (share), framework_id) != 0)
    {
      set_error_at (error, SP_ERROR_INVALID, file, node,
                    _("made for the framework “%s”, not “%s”"),
                    sp_share_get_framework_id (share), framework_id);
      return FALSE;
    }

  source = g_strdup_printf ("%s:%d", file, sp_xml_get_line (node));
  if (sp_team_add_share (team, share, source) != SP_TEAM_ADD_MERGED)
    {
      set_error_at (error, SP_ERROR_DUPLICATE, file, node, _("the member “%s” appears twice"),
                    sp_share_get_member_id (share));
      return FALSE;
    }

  return TRUE;
}

SpTeam *
sp_team_load_bytes (SpFramework  *framework,
                    GBytes       *bytes,
                    const char   *display_name,
                    GError      **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SpTeam) team = NULL;
  xmlNode *root;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = sp_xml_read (bytes, display_name, NULL, SP_TEAM_MAX_SIZE, MAX_ELEMENTS, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!check_root (display_name, root, error) ||
      !sp_xml_validate (doc, display_name, SCHEMA_RESOURCE, error) ||
      !check_framework (framework, display_name, root, error))
    return NULL;

  team = sp_team_new (framework);
  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean ok = TRUE;

      if (sp_xml_is (node, "settings"))
        ok = parse_settings (team, display_name, node, error);
      else if (sp_xml_is (node, "share"))
        ok = parse_member (team, display_name, node, error);

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&team);
}

/* Refused before it is read: anything but a regular file, and a file
 * larger than the limit (which would otherwise be read whole first). */
static gboolean
check_file (const char  *path,
            const char  *display_name,
            GError     **error)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return TRUE;   /* reading it says why */

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   _("Could not open “%s”: not a regular file"), display_name);
      return FALSE;
    }

  if ((guint64) info.st_size > SP_TEAM_MAX_SIZE)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_TOO_LARGE,
                   _("%s:1: the file is larger than %d bytes"), display_name, SP_TEAM_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

SpTeam *
sp_team_load (SpFramework  *framework,
              const char   *path,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);

  if (!check_file (path, display_name, error))
    return NULL;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not open “%s”: %s"),
                   display_name, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return sp_team_load_bytes (framework, bytes, display_name, error);
}
