/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-answers-csv"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-portfolio.h"

#include "sp-error-private.h"
#include "sp-file.h"

#include <string.h>

#define CSV_MAX_SIZE (1024 * 1024)

/* A reader over the whole text; @line is where @p is. */
typedef struct
{
  const char *p;
  const char *end;
  const char *file;
  guint       line;
} CsvScanner;

typedef enum
{
  SCAN_RECORD,
  SCAN_END,
  SCAN_ERROR,
} ScanResult;

static const guint8 utf8_bom[] = { 0xef, 0xbb, 0xbf };

/* Consumes a line end at the scanner's position, if there is one. */
static gboolean
scan_line_end (CsvScanner *scanner)
{
  if (scanner->p < scanner->end && scanner->p[0] == '\n')
    scanner->p += 1;
  else if (scanner->end - scanner->p >= 2 && scanner->p[0] == '\r' && scanner->p[1] == '\n')
    scanner->p += 2;
  else
    return FALSE;

  scanner->line++;
  return TRUE;
}

static gboolean
at_field_end (CsvScanner *scanner)
{
  const char *p = scanner->p;

  return p == scanner->end || *p == ',' || *p == '\n' ||
         (*p == '\r' && p + 1 < scanner->end && p[1] == '\n');
}

static gboolean
scan_quoted (CsvScanner  *scanner,
             GString     *field,
             GError     **error)
{
  guint first_line = scanner->line;

  for (scanner->p++; scanner->p < scanner->end; scanner->p++)
    {
      char c = *scanner->p;

      if (c == '"' && scanner->p + 1 < scanner->end && scanner->p[1] == '"')
        {
          g_string_append_c (field, '"');
          scanner->p++;
          continue;
        }
      if (c == '"')
        break;
      if (c == '\n')
        scanner->line++;
      g_string_append_c (field, c);
    }

  if (scanner->p == scanner->end)
    {
      sp_error_set_at (error, SP_ERROR_INVALID, scanner->file, first_line,
                       _("a quoted field is not closed"));
      return FALSE;
    }

  scanner->p++;   /* the closing quote */
  if (!at_field_end (scanner))
    {
      sp_error_set_at (error, SP_ERROR_INVALID, scanner->file, scanner->line,
                       _("unexpected text after a closing quote"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
scan_field (CsvScanner  *scanner,
            GString     *field,
            GError     **error)
{
  g_string_truncate (field, 0);

  if (scanner->p < scanner->end && *scanner->p == '"')
    return scan_quoted (scanner, field, error);

  for (; !at_field_end (scanner); scanner->p++)
    {
      if (*scanner->p == '"')
        {
          sp_error_set_at (error, SP_ERROR_INVALID, scanner->file, scanner->line,
                           _("a quote inside a field that does not start with one"));
          return FALSE;
        }
      g_string_append_c (field, *scanner->p);
    }

  return TRUE;
}

/* Reads one record into @fields; @line gets the line it starts on. */
static ScanResult
scan_record (CsvScanner  *scanner,
             GPtrArray   *fields,
             guint       *line,
             GError     **error)
{
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  if (scanner->p == scanner->end)
    return SCAN_END;

  *line = scanner->line;
  for (;;)
    {
      if (!scan_field (scanner, field, error))
        return SCAN_ERROR;
      g_ptr_array_add (fields, g_strdup (field->str));

      if (scanner->p < scanner->end && *scanner->p == ',')
        scanner->p++;
      else
        break;
    }

  scan_line_end (scanner);
  return SCAN_RECORD;
}

static gboolean
is_blank (GPtrArray *fields)
{
  return fields->len == 1 && ((const char *) g_ptr_array_index (fields, 0))[0] == '\0';
}

static gboolean
parse_value (const char  *value,
             const char  *file,
             guint        line,
             gint8       *answer,
             GError     **error)
{
  gint64 number = 0;

  if (value[0] == '\0')
    *answer = SP_ANSWER_NONE;
  else if (strcmp (value, "skip") == 0)
    *answer = SP_ANSWER_SKIP;
  else if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      sp_error_set_at (error, SP_ERROR_INVALID, file, line,
                       _("the value “%s” is not a whole number, empty or “skip”"), value);
      return FALSE;
    }
  else if (number < SP_SCALE_MIN || number > SP_SCALE_MAX)
    {
      sp_error_set_at (error, SP_ERROR_OUT_OF_RANGE, file, line,
                       _("the value %s is outside the scale %d–%d"),
                       value, SP_SCALE_MIN, SP_SCALE_MAX);
      return FALSE;
    }
  else
    *answer = (gint8) number;

  return TRUE;
}

static gboolean
parse_answer (SpFramework  *framework,
              GPtrArray    *fields,
              const char   *file,
              guint         line,
              gint8        *answers,
              gboolean     *seen,
              GError      **error)
{
  const char *id;
  const SpItem *item;

  if (fields->len != 2)
    {
      /* Translators: “item_id,value” is the file's header line; keep it as it is */
      sp_error_set_at (error, SP_ERROR_INVALID, file, line,
                       ngettext ("expected 2 fields (item_id,value), found %u",
                                 "expected 2 fields (item_id,value), found %u", fields->len),
                       fields->len);
      return FALSE;
    }

  id = g_ptr_array_index (fields, 0);
  item = sp_framework_lookup_item (framework, id);
  if (item == NULL)
    {
      sp_error_set_at (error, SP_ERROR_UNKNOWN_ID, file, line, _("unknown item “%s”"), id);
      return FALSE;
    }
  if (seen[item->index])
    {
      sp_error_set_at (error, SP_ERROR_DUPLICATE, file, line,
                       _("the item “%s” appears twice"), id);
      return FALSE;
    }
  seen[item->index] = TRUE;

  return parse_value (g_ptr_array_index (fields, 1), file, line, &answers[item->index], error);
}

static gboolean
parse_header (CsvScanner  *scanner,
              GPtrArray   *fields,
              GError     **error)
{
  guint line = 1;
  ScanResult result = scan_record (scanner, fields, &line, error);

  if (result == SCAN_ERROR)
    return FALSE;

  if (result == SCAN_END || fields->len != 2 ||
      strcmp (g_ptr_array_index (fields, 0), "item_id") != 0 ||
      strcmp (g_ptr_array_index (fields, 1), "value") != 0)
    {
      sp_error_set_at (error, SP_ERROR_INVALID, scanner->file, line,
                       _("the first line must be “item_id,value”"));
      return FALSE;
    }

  return TRUE;
}

/* Fills @answers (one per item, SP_ANSWER_NONE where the file says
 * nothing); blank lines are allowed only at the end. */
static gboolean
parse_answers (SpFramework  *framework,
               CsvScanner   *scanner,
               gint8        *answers,
               GError      **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (sp_framework_get_n_items (framework), 1));
  guint blank_line = 0;
  guint line = 0;
  ScanResult result;

  if (!parse_header (scanner, fields, error))
    return FALSE;

  while ((result = scan_record (scanner, fields, &line, error)) == SCAN_RECORD)
    {
      if (is_blank (fields))
        {
          blank_line = blank_line != 0 ? blank_line : line;
          continue;
        }
      if (blank_line != 0)
        {
          sp_error_set_at (error, SP_ERROR_INVALID, scanner->file, blank_line,
                           _("an empty line comes before more answers"));
          return FALSE;
        }
      if (!parse_answer (framework, fields, scanner->file, line, answers, seen, error))
        return FALSE;
    }

  return result == SCAN_END;
}

gboolean
sp_answers_csv_load_bytes (SpAssessment  *assessment,
                           GBytes        *bytes,
                           const char    *display_name,
                           GError       **error)
{
  SpFramework *framework;
  g_autofree gint8 *answers = NULL;
  CsvScanner scanner = { .file = display_name, .line = 1 };
  const char *data, *bad = NULL;
  gsize length, n_items;

  g_return_val_if_fail (SP_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (length > CSV_MAX_SIZE)
    {
      sp_error_set_at (error, SP_ERROR_TOO_LARGE, display_name, 1,
                       ngettext ("the file is larger than %d byte",
                                 "the file is larger than %d bytes", CSV_MAX_SIZE),
                       CSV_MAX_SIZE);
      return FALSE;
    }
  if (length >= sizeof utf8_bom && memcmp (data, utf8_bom, sizeof utf8_bom) == 0)
    {
      data += sizeof utf8_bom;
      length -= sizeof utf8_bom;
    }
  if (!g_utf8_validate (data, length, &bad))
    {
      guint line = 1;

      for (const char *p = data; p < bad; p++)
        line += *p == '\n';
      sp_error_set_at (error, SP_ERROR_INVALID, display_name, line,
                       _("the text is not valid UTF-8"));
      return FALSE;
    }

  framework = sp_assessment_get_framework (assessment);
  n_items = sp_framework_get_n_items (framework);
  answers = g_new0 (gint8, MAX (n_items, 1));
  scanner.p = data;
  scanner.end = data + length;
  if (!parse_answers (framework, &scanner, answers, error))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    sp_assessment_set_answer (assessment, i, answers[i]);

  return TRUE;
}

gboolean
sp_answers_csv_load (SpAssessment  *assessment,
                     const char    *path,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (SP_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (path);
  bytes = sp_file_read (path, display_name, CSV_MAX_SIZE, error);
  if (bytes == NULL)
    return FALSE;

  return sp_answers_csv_load_bytes (assessment, bytes, display_name, error);
}
