/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-share"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-share.h"

#include "sp-error.h"
#include "sp-file.h"
#include "sp-share-private.h"

#include <math.h>
#include <string.h>

#define MAX_MEMBER_ID 64

typedef struct
{
  const char *id;     /* interned */
  double      score;
} Score;

typedef struct
{
  const char *id;     /* interned */
  int         answer;
} Answer;

struct _SpShare
{
  GObject     parent_instance;

  char       *member_id;
  char       *member_name;
  gboolean    show_name;
  char       *framework_id;
  char       *framework_version;
  GDateTime  *date;
  char       *profile_id;
  const char *status;     /* interned */
  GArray     *scores;     /* Score */
  GStringChunk *strings;  /* ids no one had interned before: owned here */
  GArray     *answers;    /* Answer */
};

G_DEFINE_FINAL_TYPE (SpShare, sp_share, G_TYPE_OBJECT)

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
  /* The name travels only with the member's consent. */
  if (self->show_name && self->member_name != NULL)
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

/* Reading: sp-share-read.c checks the content; these fill the share. */

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

SpShare *
sp_share_new_empty (void)
{
  return g_object_new (SP_TYPE_SHARE, NULL);
}

void
sp_share_set_framework (SpShare    *self,
                        const char *framework_id,
                        const char *framework_version)
{
  replace_string (&self->framework_id, framework_id);
  replace_string (&self->framework_version, framework_version);
}

void
sp_share_set_member (SpShare    *self,
                     const char *member_id,
                     const char *member_name,
                     gboolean    show_name)
{
  gboolean named = show_name && member_name != NULL && member_name[0] != '\0';

  /* A name given without consent (an older or hand-made file) is dropped
   * on reading, so it is never merged, shown or saved again. */
  replace_string (&self->member_id, member_id);
  replace_string (&self->member_name, named ? member_name : NULL);
  self->show_name = named;
}

void
sp_share_set_result (SpShare    *self,
                     GDateTime  *date,
                     const char *status,
                     const char *profile_id)
{
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_to_utc (date);
  self->status = g_intern_string (status);
  replace_string (&self->profile_id, profile_id);
}

void
sp_share_append_score (SpShare    *self,
                       const char *competence_id,
                       double      score)
{
  Score entry = { competence_id, score };

  g_array_append_val (self->scores, entry);
}

void
sp_share_append_answer (SpShare    *self,
                        const char *item_id,
                        int         answer)
{
  Answer entry = { item_id, answer };

  g_array_append_val (self->answers, entry);
}

SpShare *
sp_share_load_bytes (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return sp_share_read_bytes (bytes, display_name, error);
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

/* Loading many files: workers take the next index until none is left. */

#define MAX_THREADS 4
/* Below this, a thread costs more than it saves. */
#define FILES_PER_THREAD 16

typedef struct
{
  const char * const *paths;
  guint               n_paths;
  SpShare           **shares;
  GError            **errors;
  guint              *n_done;
  GCancellable       *cancellable;
  gint                next;
} Batch;

static gpointer
load_batch (gpointer data)
{
  Batch *batch = data;

  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&batch->next, 1);

      if (i >= batch->n_paths || g_cancellable_is_cancelled (batch->cancellable))
        break;

      batch->shares[i] = sp_share_load (batch->paths[i], &batch->errors[i]);
      if (batch->n_done != NULL)
        g_atomic_int_inc (batch->n_done);
    }

  return NULL;
}

void
sp_share_load_many (const char * const *paths,
                    guint               n_paths,
                    guint               n_threads,
                    SpShare           **shares,
                    GError            **errors,
                    guint              *n_done,
                    GCancellable       *cancellable)
{
  Batch batch = { paths, n_paths, shares, errors, n_done, cancellable, 0 };
  GThread *threads[MAX_THREADS] = { NULL, };

  g_return_if_fail (paths != NULL || n_paths == 0);
  g_return_if_fail (shares != NULL || n_paths == 0);
  g_return_if_fail (errors != NULL || n_paths == 0);

  for (guint i = 0; i < n_paths; i++)
    {
      shares[i] = NULL;
      errors[i] = NULL;
    }

  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  n_threads = CLAMP (MIN (n_threads, n_paths / FILES_PER_THREAD), 1, MAX_THREADS);

  /* The calling thread is one of the workers. */
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("sp-share-load", load_batch, &batch);

  load_batch (&batch);

  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
}

gboolean
sp_share_save (SpShare     *self,
               const char  *path,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SP_IS_SHARE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_share_to_bytes (self);
  return sp_file_write_atomic (path, bytes, 0600, error);
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
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->answers, g_array_unref);

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
  /* Without consent the name is not kept at all: only the member id. */
  if (show_name && member_name != NULL && member_name[0] != '\0')
    self->member_name = sp_share_dup_xml_safe (member_name);
  self->show_name = self->member_name != NULL;
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
  const char *interned;

  g_return_val_if_fail (SP_IS_SHARE (self), FALSE);
  g_return_val_if_fail (competence_id != NULL, FALSE);

  interned = g_quark_to_string (g_quark_try_string (competence_id));
  for (guint i = 0; i < self->scores->len; i++)
    {
      const Score *entry = &g_array_index (self->scores, Score, i);

      if (interned != NULL ? entry->id == interned : g_str_equal (entry->id, competence_id))
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

/* @id as the share keeps it: the interned string when the process knows
 * it already (the framework's ids are interned by the team), else a copy
 * owned by the share. Interning ids read from a file would keep every
 * made-up id for the life of the process. */
const char *
sp_share_keep_id (SpShare    *self,
                  const char *id)
{
  GQuark quark;

  g_return_val_if_fail (SP_IS_SHARE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  quark = g_quark_try_string (id);
  if (quark != 0)
    return g_quark_to_string (quark);

  if (self->strings == NULL)
    self->strings = g_string_chunk_new (512);

  return g_string_chunk_insert_const (self->strings, id);
}
