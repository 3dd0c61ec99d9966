/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-portfolio"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-portfolio.h"

#include "sp-error.h"
#include "sp-xml-private.h"

#include <string.h>

#define SCHEMA_RESOURCE SP_FRAMEWORK_RESOURCE_PATH "/portfolio.rng"

struct _SpPortfolio
{
  GObject       parent_instance;

  SpFramework  *framework;
  SpAssessment *assessment;
  SpPlan       *plan;
  char         *name;
};

G_DEFINE_FINAL_TYPE (SpPortfolio, sp_portfolio, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* While a file is read: where, and what is known so far. */
typedef struct
{
  SpFramework *framework;
  const char  *file;
  SpPortfolio *portfolio;
  gboolean    *seen;      /* per item, to catch duplicates */
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
  what = sp_error_shorten (g_strdup_vprintf (format, args));
  va_end (args);

  g_set_error (error, SP_ERROR, code, "%s:%d: %s", file, sp_xml_get_line (node), what);
}

static void
emit_changed (SpPortfolio *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Text that XML 1.0 can carry: valid UTF-8 without control characters
 * other than tab and line ends, so that a saved file always loads again. */
static char *
dup_xml_safe (const char *text)
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

static void
write_attribute (xmlTextWriter *writer,
                 const char    *name,
                 const char    *value)
{
  g_autofree char *safe = dup_xml_safe (value);

  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST safe);
}

static void
write_text_element (xmlTextWriter *writer,
                    const char    *name,
                    const char    *text)
{
  g_autofree char *safe = dup_xml_safe (text);

  xmlTextWriterWriteElement (writer, BAD_CAST name, BAD_CAST safe);
}

static void
write_assessment (SpPortfolio   *self,
                  xmlTextWriter *writer)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (sp_assessment_get_date (self->assessment));
  g_autofree char *date = g_date_time_format_iso8601 (utc);
  guint n_items = sp_framework_get_n_items (self->framework);

  xmlTextWriterStartElement (writer, BAD_CAST "assessment");
  write_attribute (writer, "date", date);

  for (guint i = 0; i < n_items; i++)
    {
      int answer = sp_assessment_get_answer (self->assessment, i);
      char value[16];

      if (answer == SP_ANSWER_NONE)
        continue;

      if (answer == SP_ANSWER_SKIP)
        g_strlcpy (value, "skip", sizeof value);
      else
        g_snprintf (value, sizeof value, "%d", answer);

      xmlTextWriterStartElement (writer, BAD_CAST "answer");
      write_attribute (writer, "item", sp_framework_get_item (self->framework, i)->id);
      write_attribute (writer, "value", value);
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndElement (writer);
}

static void
write_goal (xmlTextWriter *writer,
            const SpGoal  *goal)
{
  xmlTextWriterStartElement (writer, BAD_CAST "goal");
  if (goal->competence_id != NULL)
    write_attribute (writer, "competence", goal->competence_id);
  write_attribute (writer, "way", sp_way_to_string (goal->way));
  if (g_date_valid (&goal->due))
    {
      char due[16];

      g_snprintf (due, sizeof due, "%04u-%02u-%02u", g_date_get_year (&goal->due),
                  g_date_get_month (&goal->due), g_date_get_day (&goal->due));
      write_attribute (writer, "due", due);
    }
  write_text_element (writer, "title", goal->title);
  write_text_element (writer, "action", goal->action);
  xmlTextWriterEndElement (writer);
}

static void
write_plan (SpPortfolio   *self,
            xmlTextWriter *writer)
{
  const char *target = sp_plan_get_target (self->plan);
  guint n_goals = sp_plan_get_n_goals (self->plan);

  if (target == NULL && n_goals == 0)
    return;

  xmlTextWriterStartElement (writer, BAD_CAST "plan");
  if (target != NULL)
    write_attribute (writer, "target", target);
  for (guint i = 0; i < MIN (n_goals, SP_PLAN_MAX_GOALS); i++)
    write_goal (writer, sp_plan_get_goal (self->plan, i));
  xmlTextWriterEndElement (writer);
}

static void
write_portfolio (SpPortfolio   *self,
                 xmlTextWriter *writer)
{
  char format[16];

  g_snprintf (format, sizeof format, "%d", SP_PORTFOLIO_FORMAT);

  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "portfolio");
  write_attribute (writer, "format", format);
  write_attribute (writer, "framework", sp_framework_get_id (self->framework));
  write_attribute (writer, "framework-version", sp_framework_get_version (self->framework));

  if (self->name != NULL && self->name[0] != '\0')
    {
      xmlTextWriterStartElement (writer, BAD_CAST "person");
      write_attribute (writer, "name", self->name);
      xmlTextWriterEndElement (writer);
    }

  write_assessment (self, writer);
  write_plan (self, writer);

  xmlTextWriterEndElement (writer);
  xmlTextWriterEndDocument (writer);
  xmlTextWriterFlush (writer);
}

GBytes *
sp_portfolio_to_bytes (SpPortfolio *self)
{
  g_autoptr(xmlBuffer) buffer = NULL;
  xmlTextWriter *writer;
  GBytes *bytes;

  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  if (buffer == NULL || writer == NULL)
    g_error ("Failed to allocate an XML writer");

  write_portfolio (self, writer);
  xmlFreeTextWriter (writer);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  return bytes;
}

/* Loading. */

static gboolean
check_root (Reader   *reader,
            xmlNode  *root,
            GError  **error)
{
  g_autofree char *format = NULL;
  guint64 number = 0;

  if (root->ns != NULL)
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, root,
                    _("the root element is in the namespace “%s”; a portfolio uses none"),
                    (const char *) root->ns->href);
      return FALSE;
    }

  if (!sp_xml_is (root, "portfolio"))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, root,
                    _("this is not a portfolio (its root is <%s>)"), (const char *) root->name);
      return FALSE;
    }

  format = sp_xml_dup_prop (root, "format");
  if (format != NULL &&
      g_ascii_string_to_unsigned (format, 10, 0, G_MAXUINT64, &number, NULL) &&
      number > SP_PORTFOLIO_FORMAT)
    {
      set_error_at (error, SP_ERROR_NEWER_VERSION, reader->file, root,
                    _("made by a newer version of SSE Portfolio (format %s)"), format);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_framework (Reader   *reader,
                 xmlNode  *root,
                 GError  **error)
{
  g_autofree char *id = sp_xml_dup_prop (root, "framework");
  const char *expected = sp_framework_get_id (reader->framework);

  if (g_strcmp0 (id, expected) != 0)
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, root,
                    _("made for the framework “%s”, not “%s”"),
                    id != NULL ? id : "", expected);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_answer_value (Reader      *reader,
                    xmlNode     *node,
                    int         *answer,
                    GError     **error)
{
  g_autofree char *value = sp_xml_dup_prop (node, "value");
  gint64 number = 0;

  if (g_strcmp0 (value, "skip") == 0)
    {
      *answer = SP_ANSWER_SKIP;
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("the answer “%s” is not a number"), value != NULL ? value : "");
      return FALSE;
    }

  if (number < SP_SCALE_MIN || number > SP_SCALE_MAX)
    {
      set_error_at (error, SP_ERROR_OUT_OF_RANGE, reader->file, node,
                    _("the answer %s is outside the scale %d–%d"),
                    value, SP_SCALE_MIN, SP_SCALE_MAX);
      return FALSE;
    }

  *answer = (int) number;
  return TRUE;
}

static gboolean
parse_answer (Reader        *reader,
              SpAssessment  *assessment,
              xmlNode       *node,
              GError       **error)
{
  g_autofree char *id = sp_xml_dup_prop (node, "item");
  const SpItem *item = sp_framework_lookup_item (reader->framework, id);
  int answer = SP_ANSWER_NONE;

  if (item == NULL)
    {
      set_error_at (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                    _("unknown item “%s”"), id != NULL ? id : "");
      return FALSE;
    }

  if (reader->seen[item->index])
    {
      set_error_at (error, SP_ERROR_DUPLICATE, reader->file, node,
                    _("the item “%s” is answered twice"), id);
      return FALSE;
    }
  reader->seen[item->index] = TRUE;

  if (!parse_answer_value (reader, node, &answer, error))
    return FALSE;

  sp_assessment_set_answer (assessment, item->index, answer);
  return TRUE;
}

static gboolean
parse_assessment (Reader   *reader,
                  xmlNode  *node,
                  GError  **error)
{
  g_autoptr(SpAssessment) assessment = sp_assessment_new (reader->framework);
  g_autofree char *text = sp_xml_dup_prop (node, "date");
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) utc = NULL;

  date = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  if (date == NULL)
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not a valid date and time"), text != NULL ? text : "");
      return FALSE;
    }
  utc = g_date_time_to_utc (date);
  sp_assessment_set_date (assessment, utc);

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "answer") && !parse_answer (reader, assessment, child, error))
      return FALSE;

  sp_portfolio_set_assessment (reader->portfolio, assessment);
  return TRUE;
}

static gboolean
parse_due (Reader   *reader,
           xmlNode  *node,
           GDate    *due,
           GError  **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, "due");
  guint year = 0, month = 0, day = 0;

  g_date_clear (due, 1);
  if (text == NULL)
    return TRUE;

  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("“%s” is not a valid date"), text);
      return FALSE;
    }

  g_date_set_dmy (due, day, month, year);
  return TRUE;
}

static gboolean
fill_goal (Reader   *reader,
           xmlNode  *node,
           SpGoal   *goal,
           GError  **error)
{
  g_autofree char *way = sp_xml_dup_prop (node, "way");

  goal->competence_id = sp_xml_dup_prop (node, "competence");
  if (goal->competence_id != NULL &&
      sp_framework_lookup_competence (reader->framework, goal->competence_id) == NULL)
    {
      set_error_at (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                    _("unknown competence “%s”"), goal->competence_id);
      return FALSE;
    }

  if (!sp_way_from_string (way, &goal->way))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("unknown way of learning “%s”"), way != NULL ? way : "");
      return FALSE;
    }

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    {
      char **field = NULL;

      if (sp_xml_is (child, "title"))
        field = &goal->title;
      else if (sp_xml_is (child, "action"))
        field = &goal->action;

      if (field != NULL)
        {
          g_free (*field);
          *field = sp_xml_dup_content (child);
        }
    }

  return parse_due (reader, node, &goal->due, error);
}

static gboolean
parse_goal (Reader   *reader,
            SpPlan   *plan,
            xmlNode  *node,
            GError  **error)
{
  SpGoal *goal = sp_goal_new ();
  gboolean ok = fill_goal (reader, node, goal, error);

  if (ok && !sp_plan_add_goal (plan, goal))
    {
      set_error_at (error, SP_ERROR_INVALID, reader->file, node,
                    _("a plan has at most %d goals"), SP_PLAN_MAX_GOALS);
      ok = FALSE;
    }

  sp_goal_free (goal);
  return ok;
}

static gboolean
parse_plan (Reader   *reader,
            xmlNode  *node,
            GError  **error)
{
  SpPlan *plan = reader->portfolio->plan;
  g_autofree char *target = sp_xml_dup_prop (node, "target");

  if (target != NULL && sp_framework_lookup_profile (reader->framework, target) == NULL)
    {
      set_error_at (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                    _("unknown profile “%s”"), target);
      return FALSE;
    }
  sp_plan_set_target (plan, target);

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "goal") && !parse_goal (reader, plan, child, error))
      return FALSE;

  return TRUE;
}

static gboolean
parse_portfolio (Reader   *reader,
                 xmlNode  *root,
                 GError  **error)
{
  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean ok = TRUE;

      if (sp_xml_is (node, "person"))
        {
          g_autofree char *name = sp_xml_dup_prop (node, "name");

          sp_portfolio_set_name (reader->portfolio, name);
        }
      else if (sp_xml_is (node, "assessment"))
        ok = parse_assessment (reader, node, error);
      else if (sp_xml_is (node, "plan"))
        ok = parse_plan (reader, node, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/* Signal forwarding. */

static void
on_part_changed (SpPortfolio *self)
{
  emit_changed (self);
}

static void
sp_portfolio_dispose (GObject *object)
{
  SpPortfolio *self = (SpPortfolio *) object;

  g_clear_object (&self->assessment);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sp_portfolio_parent_class)->dispose (object);
}

static void
sp_portfolio_finalize (GObject *object)
{
  SpPortfolio *self = (SpPortfolio *) object;

  g_clear_object (&self->framework);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (sp_portfolio_parent_class)->finalize (object);
}

static void
sp_portfolio_class_init (SpPortfolioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sp_portfolio_dispose;
  object_class->finalize = sp_portfolio_finalize;

  /**
   * SpPortfolio::changed:
   * @self: the portfolio
   *
   * Emitted after the name, the assessment (or one of its answers) or
   * the plan changed; for autosave.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sp_portfolio_init (SpPortfolio *self)
{
}

SpPortfolio *
sp_portfolio_new (SpFramework *framework)
{
  g_autoptr(SpAssessment) assessment = NULL;
  SpPortfolio *self;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SP_TYPE_PORTFOLIO, NULL);
  self->framework = g_object_ref (framework);
  self->plan = sp_plan_new ();
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_part_changed), self,
                           G_CONNECT_SWAPPED);

  assessment = sp_assessment_new (framework);
  sp_portfolio_set_assessment (self, assessment);

  return self;
}

SpPortfolio *
sp_portfolio_load_bytes (SpFramework  *framework,
                         GBytes       *bytes,
                         const char   *display_name,
                         GError      **error)
{
  g_autoptr(SpPortfolio) portfolio = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree gboolean *seen = NULL;
  Reader reader = { framework, display_name, NULL, NULL };
  xmlNode *root;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = sp_xml_read (bytes, display_name, NULL, SP_PORTFOLIO_MAX_SIZE, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!check_root (&reader, root, error) ||
      !sp_xml_validate (doc, display_name, SCHEMA_RESOURCE, error) ||
      !check_framework (&reader, root, error))
    return NULL;

  portfolio = sp_portfolio_new (framework);
  seen = g_new0 (gboolean, MAX (sp_framework_get_n_items (framework), 1));
  reader.portfolio = portfolio;
  reader.seen = seen;

  if (!parse_portfolio (&reader, root, error))
    return NULL;

  return g_steal_pointer (&portfolio);
}

/* Refuses devices, pipes and huge files before reading a byte; a file
 * that cannot be examined is left to the read that follows. */
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

  if ((guint64) info.st_size > SP_PORTFOLIO_MAX_SIZE)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_TOO_LARGE,
                   _("%s:1: the file is larger than %d bytes"), display_name,
                   SP_PORTFOLIO_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

SpPortfolio *
sp_portfolio_load (SpFramework  *framework,
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
  return sp_portfolio_load_bytes (framework, bytes, display_name, error);
}

gboolean
sp_portfolio_save (SpPortfolio  *self,
                   const char   *path,
                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (SP_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_portfolio_to_bytes (self);
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

SpFramework *
sp_portfolio_get_framework (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return self->framework;
}

SpAssessment *
sp_portfolio_get_assessment (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return self->assessment;
}

void
sp_portfolio_set_assessment (SpPortfolio  *self,
                             SpAssessment *assessment)
{
  g_return_if_fail (SP_IS_PORTFOLIO (self));
  g_return_if_fail (SP_IS_ASSESSMENT (assessment));
  g_return_if_fail (sp_assessment_get_framework (assessment) == self->framework);

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_set_object (&self->assessment, assessment);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (on_part_changed), self,
                           G_CONNECT_SWAPPED);

  emit_changed (self);
}

SpPlan *
sp_portfolio_get_plan (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return self->plan;
}

const char *
sp_portfolio_get_name (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return self->name;
}

void
sp_portfolio_set_name (SpPortfolio *self,
                       const char  *name)
{
  g_return_if_fail (SP_IS_PORTFOLIO (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  emit_changed (self);
}
