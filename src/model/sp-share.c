/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-share"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-share.h"

#include "sp-error.h"
#include "sp-share-private.h"

#include <math.h>
#include <string.h>

#define SCHEMA_RESOURCE SP_FRAMEWORK_RESOURCE_PATH "/share.rng"
#define MAX_MEMBER_ID 64

/* Ids are interned when the process knew them already (a framework's ids,
 * see sp_team_new()), otherwise kept in the share's own strings: made-up
 * ids in a file cost memory only while its share lives. */
typedef struct
{
  const char *id;
  double      score;
} Score;

typedef struct
{
  const char *id;
  int         answer;
} Answer;

struct _SpShare
{
  GObject       parent_instance;

  char         *member_id;
  char         *member_name;
  gboolean      show_name;
  char         *framework_id;
  char         *framework_version;
  GDateTime    *date;
  char         *profile_id;
  const char   *status;     /* interned */
  GArray       *scores;     /* Score */
  GArray       *answers;    /* Answer */
  GStringChunk *strings;    /* ids not interned, or NULL */
};

G_DEFINE_FINAL_TYPE (SpShare, sp_share, G_TYPE_OBJECT)

/* While an element is read: the file, and the ids seen so far. */
typedef struct
{
  const char *file;
  SpShare    *share;
  GHashTable *seen;      /* id → itself */
} Reader;

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

char *
sp_share_dup_xml_safe (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Writing. */

static void
write_attribute (xmlTextWriter *writer,
                 const char    *name,
                 const char    *value)
{
  g_autofree char *safe = sp_share_dup_xml_safe (value);

  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST safe);
}

static void
write_member (SpShare       *self,
              xmlTextWriter *writer)
{
  xmlTextWriterStartElement (writer, BAD_CAST "member");
  write_attribute (writer, "id", self->member_id);
  if (self->member_name != NULL)
    write_attribute (writer, "name", self->member_name);
  write_attribute (writer, "show-name", self->show_name ? "true" : "false");
  xmlTextWriterEndElement (writer);
}

static void
write_result (SpShare       *self,
              xmlTextWriter *writer)
{
  g_autofree char *date = g_date_time_format_iso8601 (self->date);

  xmlTextWriterStartElement (writer, BAD_CAST "result");
  write_attribute (writer, "date", date);
  write_attribute (writer, "status", self->status);
  if (self->profile_id != NULL)
    write_attribute (writer, "profile", self->profile_id);
  xmlTextWriterEndElement (writer);
}

static void
write_scores (SpShare       *self,
              xmlTextWriter *writer)
{
  xmlTextWriterStartElement (writer, BAD_CAST "scores");
  for (guint i = 0; i < self->scores->len; i++)
    {
      const Score *score = &g_array_index (self->scores, Score, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (score->score))
        g_strlcpy (value, "na", sizeof value);
      else
        g_ascii_formatd (value, sizeof value, "%.1f", score->score);

      xmlTextWriterStartElement (writer, BAD_CAST "score");
      write_attribute (writer, "competence", score->id);
      write_attribute (writer, "value", value);
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);
}

static void
write_answers (SpShare       *self,
               xmlTextWriter *writer)
{
  xmlTextWriterStartElement (writer, BAD_CAST "answers");
  for (guint i = 0; i < self->answers->len; i++)
    {
      const Answer *answer = &g_array_index (self->answers, Answer, i);
      char value[16];

      if (answer->answer == SP_ANSWER_SKIP)
        g_strlcpy (value, "skip", sizeof value);
      else
        g_snprintf (value, sizeof value, "%d", answer->answer);

      xmlTextWriterStartElement (writer, BAD_CAST "answer");
      write_attribute (writer, "item", answer->id);
      write_attribute (writer, "value", value);
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);
}

void
sp_share_write (SpShare       *self,
                xmlTextWriter *writer,
                const char    *element_name)
{
  char format[16];

  g_return_if_fail (SP_IS_SHARE (self));

  g_snprintf (format, sizeof format, "%d", SP_SHARE_FORMAT);

  xmlTextWriterStartElement (writer, BAD_CAST element_name);
  write_attribute (writer, "format", format);
  write_attribute (writer, "framework", self->framework_id);
  write_attribute (writer, "framework-version", self->framework_version);
  write_member (self, writer);
  write_result (self, writer);
  write_scores (self, writer);
  write_answers (self, writer);
  xmlTextWriterEndElement (writer);
}

GBytes *
sp_share_to_bytes (SpShare *self)
{
  g_autoptr(xmlBuffer) buffer = NULL;
  xmlTextWriter *writer;

  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  if (buffer == NULL || writer == NULL)
    g_error ("Failed to allocate an XML writer");

  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  sp_share_write (self, writer, "share");
  xmlTextWriterEndDocument (writer);
  xmlTextWriterFlush (writer);
  xmlFreeTextWriter (writer);

  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}

/* Reading. */

static gboolean
check_root (const char  *file,
            xmlNode     *root,
            GError     **error)
{
  g_autofree char *format = NULL;
  guint64 number = 0;

  if (root->ns != NULL || !sp_xml_is (root, "share"))
    {
      set_error_at (error, SP_ERROR_INVALID, file, root,
                    _("this is not a share file (its root is <%s>)"), (const char *) root->name);
      return FALSE;
    }

  format = sp_xml_dup_prop (root, "format");
  if (format != NULL &&
      g_ascii_string_to_unsigned (format, 10, 0, G_MAXUINT64, &number, NULL) &&
      number > SP_SHARE_FORMAT)
    {
      set_error_at (error, SP_ERROR_NEWER_VERSION, file, root,
                    _("made by a newer version of SSE Portfolio (format %s)"), format);
      return FALSE;
    }

  return TRUE;
}

/* Ids as the framework spells them: [a-z][a-z0-9-]*. */
static gboolean
is_framework_id (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id + 1; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/* "na" (NAN) or a number with up to three digits, and up to three
 * decimals after a dot. */
static gboolean
parse_score_value (const char *text,
                   double     *score)
{
  guint digits = 0, decimals = 0;
  const char *p = text;

  if (g_strcmp0 (text, "na") == 0)
    {
      *score = NAN;
      return TRUE;
    }

  for (; p != NULL && g_ascii_isdigit (*p); p++)
    digits++;
  if (p != NULL && *p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      decimals++;

  if (p == NULL || *p != '\0' || digits == 0 || digits > 3 || decimals > 3 ||
      (text[digits] == '.' && decimals == 0))
    return FALSE;

  *score = g_ascii_strtod (text, NULL);
  return TRUE;
}

/* @id as the share keeps it: the interned string when there is one. */
static const char *
share_id (SpShare    *self,
          const char *id)
{
  GQuark quark = g_quark_try_string (id);

  if (quark != 0)
    return g_quark_to_string (quark);

  if (self->strings == NULL)
    self->strings = g_string_chunk_new (1024);

  return g_string_chunk_insert_const (self->strings, id);
}

/* Records @id as seen; FALSE when it was seen before. */
static gboolean
mark_seen (Reader     *reader,
           const char *id)
{
  if (g_hash_table_contains (reader->seen, id))
    return FALSE;

  g_hash_table_add (reader->seen, (gpointer) id);
  return TRUE;
}

static gboolean
parse_member (Reader   *reader,
              xmlNode  *node,
              GError  **error)
{
  g_autofree char *show = sp_xml_dup_prop (node, "show-name");
  SpShare *share = reader->share;

  share->member_id = sp_xml_dup_prop (node, "id");
  share->member_name = sp_xml_dup_prop (node, "name");
  share->show_name = g_strcmp0 (show, "true") == 0 || g_strcmp0 (show, "1") == 0;

  if (!sp_share_member_id_is_valid (share->member_id))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not a valid member id"),
                    share->member_id != NULL ? share->member_id : "");
      return FALSE;
    }

  if (share->member_name != NULL && share->member_name[0] == '\0')
    g_clear_pointer (&share->member_name, g_free);

  return TRUE;
}

static gboolean
parse_result (Reader   *reader,
              xmlNode  *node,
              GError  **error)
{
  g_autofree char *date = sp_xml_dup_prop (node, "date");
  g_autofree char *status = sp_xml_dup_prop (node, "status");
  g_autoptr(GDateTime) parsed = NULL;
  SpShare *share = reader->share;

  parsed = date != NULL ? g_date_time_new_from_iso8601 (date, NULL) : NULL;
  if (parsed == NULL)
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not a valid date and time"), date != NULL ? date : "");
      return FALSE;
    }

  share->date = g_date_time_to_utc (parsed);
  share->status = g_intern_string (status);
  share->profile_id = sp_xml_dup_prop (node, "profile");
  return TRUE;
}

static gboolean
parse_score (Reader   *reader,
             xmlNode  *node,
             GError  **error)
{
  g_autofree char *id = sp_xml_dup_prop (node, "competence");
  g_autofree char *value = sp_xml_dup_prop (node, "value");
  Score score = { NULL, NAN };

  if (!is_framework_id (id))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not a competence id"), id != NULL ? id : "");
      return FALSE;
    }

  score.id = share_id (reader->share, id);

  if (!mark_seen (reader, score.id))
    {
      set_error_at (error, SP_ERROR_DUPLICATE, reader->file, node,
                    _("the competence “%s” is scored twice"), id);
      return FALSE;
    }

  if (!parse_score_value (value, &score.score))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("the score “%s” is neither a number nor “na”"), value != NULL ? value : "");
      return FALSE;
    }

  if (score.score > 100.0)
    {
      set_error_at (error, SP_ERROR_OUT_OF_RANGE, reader->file, node,
                    _("the score %s is outside 0–100"), value);
      return FALSE;
    }

  g_array_append_val (reader->share->scores, score);
  return TRUE;
}

static gboolean
parse_answer (Reader   *reader,
              xmlNode  *node,
              GError  **error)
{
  g_autofree char *id = sp_xml_dup_prop (node, "item");
  g_autofree char *value = sp_xml_dup_prop (node, "value");
  Answer answer = { NULL, SP_ANSWER_SKIP };

  if (!is_framework_id (id))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not an item id"), id != NULL ? id : "");
      return FALSE;
    }

  answer.id = share_id (reader->share, id);

  if (!mark_seen (reader, answer.id))
    {
      set_error_at (error, SP_ERROR_DUPLICATE, reader->file, node,
                    _("the item “%s” is answered twice"), id);
      return FALSE;
    }

  if (g_strcmp0 (value, "skip") != 0)
    {
      answer.answer = value != NULL ? atoi (value) : 0;
      if (answer.answer < SP_SCALE_MIN || answer.answer > SP_SCALE_MAX)
        {
          set_error_at (error, SP_ERROR_OUT_OF_RANGE, reader->file, node,
                        _("the answer %s is outside the scale %d–%d"),
                        value != NULL ? value : "", SP_SCALE_MIN, SP_SCALE_MAX);
          return FALSE;
        }
    }

  g_array_append_val (reader->share->answers, answer);
  return TRUE;
}

typedef gboolean (*ParseChild) (Reader *reader, xmlNode *node, GError **error);

static gboolean
parse_children (Reader      *reader,
                xmlNode     *parent,
                const char  *name,
                ParseChild   parse,
                GError     **error)
{
  for (xmlNode *child = sp_xml_first_element (parent); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, name) && !parse (reader, child, error))
      return FALSE;

  return TRUE;
}

static gboolean
parse_share (Reader   *reader,
             xmlNode  *root,
             GError  **error)
{
  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean ok = TRUE;

      if (sp_xml_is (node, "member"))
        ok = parse_member (reader, node, error);
      else if (sp_xml_is (node, "result"))
        ok = parse_result (reader, node, error);
      else if (sp_xml_is (node, "scores"))
        ok = parse_children (reader, node, "score", parse_score, error);
      else if (sp_xml_is (node, "answers"))
        ok = parse_children (reader, node, "answer", parse_answer, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

SpShare *
sp_share_new_from_node (xmlNode     *node,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(SpShare) share = g_object_new (SP_TYPE_SHARE, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Reader reader = { display_name, share, seen };

  share->framework_id = sp_xml_dup_prop (node, "framework");
  share->framework_version = sp_xml_dup_prop (node, "framework-version");

  if (!parse_share (&reader, node, error))
    return NULL;

  /* The schema requires <member> and <result>; this guards the invariants
   * the getters promise should a caller skip validation. */
  if (share->member_id == NULL || share->date == NULL)
    {
      set_error_at (error, SP_ERROR_INVALID, display_name, node,
                    _("the share has no member or no result"));
      return NULL;
    }

  return g_steal_pointer (&share);
}

SpShare *
sp_share_load_bytes (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = sp_xml_read (bytes, display_name, NULL, SP_SHARE_MAX_SIZE,
                     SP_XML_MAX_ELEMENTS, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!check_root (display_name, root, error) ||
      !sp_xml_validate (doc, display_name, SCHEMA_RESOURCE, error))
    return NULL;

  return sp_share_new_from_node (root, display_name, error);
}

static gboolean
check_file (const char  *path,
            const char  *display_name,
            GError     **error)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return TRUE;

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   _("Could not open “%s”: not a regular file"), display_name);
      return FALSE;
    }

  if ((guint64) info.st_size > SP_SHARE_MAX_SIZE)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_TOO_LARGE,
                   _("%s:1: the file is larger than %d bytes"), display_name, SP_SHARE_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

SpShare *
sp_share_load (const char  *path,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  char *contents = NULL;
  gsize length = 0;

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
  return sp_share_load_bytes (bytes, display_name, error);
}

gboolean
sp_share_save (SpShare     *self,
               const char  *path,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (SP_IS_SHARE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_share_to_bytes (self);
  data = g_bytes_get_data (bytes, &length);

  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not save “%s”: %s"),
                   display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* The object. */

static void
sp_share_finalize (GObject *object)
{
  SpShare *self = (SpShare *) object;

  g_clear_pointer (&self->member_id, g_free);
  g_clear_pointer (&self->member_name, g_free);
  g_clear_pointer (&self->framework_id, g_free);
  g_clear_pointer (&self->framework_version, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->profile_id, g_free);
  g_clear_pointer (&self->scores, g_array_unref);
  g_clear_pointer (&self->answers, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (sp_share_parent_class)->finalize (object);
}

static void
sp_share_class_init (SpShareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_share_finalize;
}

static void
sp_share_init (SpShare *self)
{
  self->scores = g_array_new (FALSE, FALSE, sizeof (Score));
  self->answers = g_array_new (FALSE, FALSE, sizeof (Answer));
  self->status = g_intern_static_string ("too-few-answers");
}

/* Public API. */

char *
sp_share_new_member_id (void)
{
  return g_uuid_string_random ();
}

gboolean
sp_share_member_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL)
    return FALSE;

  length = strlen (id);
  if (length == 0 || length > MAX_MEMBER_ID)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

static void
fill_from_result (SpShare  *self,
                  SpResult *result)
{
  SpFramework *framework = sp_result_get_framework (result);
  guint n_competences = sp_framework_get_n_competences (framework);
  guint n_items = sp_framework_get_n_items (framework);

  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      Score score = { g_intern_string (competence->id),
                      sp_result_get_competence_score (result, competence) };

      g_array_append_val (self->scores, score);
    }

  for (guint i = 0; i < n_items; i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      Answer answer = { g_intern_string (item->id), sp_result_get_item_answer (result, item) };

      if (answer.answer != SP_ANSWER_NONE)
        g_array_append_val (self->answers, answer);
    }
}

SpShare *
sp_share_new (SpAssessment *assessment,
              const char   *member_id,
              const char   *member_name,
              gboolean      show_name)
{
  g_autoptr(SpResult) result = NULL;
  SpFramework *framework;
  const SpProfile *match;
  SpShare *self;

  g_return_val_if_fail (SP_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (sp_share_member_id_is_valid (member_id), NULL);

  result = sp_result_new (assessment);
  framework = sp_result_get_framework (result);
  match = sp_result_get_match (result);

  self = g_object_new (SP_TYPE_SHARE, NULL);
  self->member_id = g_strdup (member_id);
  if (member_name != NULL && member_name[0] != '\0')
    self->member_name = sp_share_dup_xml_safe (member_name);
  self->show_name = show_name && self->member_name != NULL;
  self->framework_id = g_strdup (sp_framework_get_id (framework));
  self->framework_version = g_strdup (sp_framework_get_version (framework));
  self->status = g_intern_string (sp_status_to_string (sp_result_get_status (result)));
  self->profile_id = match != NULL ? g_strdup (match->id) : NULL;
  self->date = g_date_time_to_utc (sp_assessment_get_date (assessment));

  fill_from_result (self, result);
  return self;
}

const char *
sp_share_get_member_id (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->member_id;
}

const char *
sp_share_get_member_name (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->member_name;
}

gboolean
sp_share_get_show_name (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), FALSE);

  return self->show_name && self->member_name != NULL;
}

const char *
sp_share_get_framework_id (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->framework_id;
}

const char *
sp_share_get_framework_version (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->framework_version;
}

GDateTime *
sp_share_get_date (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->date;
}

const char *
sp_share_get_profile_id (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->profile_id;
}

const char *
sp_share_get_status (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), NULL);

  return self->status;
}

guint
sp_share_get_n_scores (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), 0);

  return self->scores->len;
}

void
sp_share_get_score (SpShare     *self,
                    guint        index,
                    const char **competence_id,
                    double      *score)
{
  const Score *entry;

  g_return_if_fail (SP_IS_SHARE (self));
  g_return_if_fail (index < self->scores->len);

  entry = &g_array_index (self->scores, Score, index);
  if (competence_id != NULL)
    *competence_id = entry->id;
  if (score != NULL)
    *score = entry->score;
}

gboolean
sp_share_lookup_score (SpShare    *self,
                       const char *competence_id,
                       double     *score)
{
  g_return_val_if_fail (SP_IS_SHARE (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);

  for (guint i = 0; i < self->scores->len; i++)
    {
      const Score *entry = &g_array_index (self->scores, Score, i);

      if (strcmp (entry->id, competence_id) == 0)
        {
          if (score != NULL)
            *score = entry->score;
          return TRUE;
        }
    }

  return FALSE;
}

guint
sp_share_get_n_answers (SpShare *self)
{
  g_return_val_if_fail (SP_IS_SHARE (self), 0);

  return self->answers->len;
}

void
sp_share_get_answer (SpShare     *self,
                     guint        index,
                     const char **item_id,
                     int         *answer)
{
  const Answer *entry;

  g_return_if_fail (SP_IS_SHARE (self));
  g_return_if_fail (index < self->answers->len);

  entry = &g_array_index (self->answers, Answer, index);
  if (item_id != NULL)
    *item_id = entry->id;
  if (answer != NULL)
    *answer = entry->answer;
}
