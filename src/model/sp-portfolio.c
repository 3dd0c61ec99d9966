/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-portfolio"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-portfolio.h"

#include "sp-error-private.h"
#include "sp-file.h"
#include "sp-xml-private.h"

#include <string.h>

#define SCHEMA_RESOURCE SP_FRAMEWORK_RESOURCE_PATH "/portfolio.rng"

struct _SpPortfolio
{
  GObject       parent_instance;

  SpFramework  *framework;
  GPtrArray    *assessments;  /* SpAssessment, oldest first, never empty */
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
  guint        format;
  guint        n_assessments;
  GHashTable  *uids;      /* goal and action uids seen, to catch duplicates */
} Reader;

static void
emit_changed (SpPortfolio *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_part_changed (SpPortfolio *self)
{
  emit_changed (self);
}

static SpAssessment *
newest (SpPortfolio *self)
{
  g_assert (self->assessments->len > 0);

  return g_ptr_array_index (self->assessments, self->assessments->len - 1);
}

static void
connect_assessment (SpPortfolio  *self,
                    SpAssessment *assessment)
{
  g_signal_connect_object (assessment, "changed", G_CALLBACK (on_part_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
append_assessment (SpPortfolio  *self,
                   SpAssessment *assessment)
{
  g_ptr_array_add (self->assessments, g_object_ref (assessment));
  connect_assessment (self, assessment);
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
write_date_attribute (xmlTextWriter *writer,
                      const char    *name,
                      const GDate   *date)
{
  char text[16];

  if (!g_date_valid (date))
    return;

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  write_attribute (writer, name, text);
}

static void
write_assessment (SpPortfolio   *self,
                  SpAssessment  *assessment,
                  xmlTextWriter *writer)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (sp_assessment_get_date (assessment));
  g_autofree char *date = g_date_time_format_iso8601 (utc);
  guint n_items = sp_framework_get_n_items (self->framework);

  xmlTextWriterStartElement (writer, BAD_CAST "assessment");
  write_attribute (writer, "date", date);

  for (guint i = 0; i < n_items; i++)
    {
      int answer = sp_assessment_get_answer (assessment, i);
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
write_action (xmlTextWriter  *writer,
              const SpAction *action)
{
  xmlTextWriterStartElement (writer, BAD_CAST "action");
  write_attribute (writer, "uid", action->uid);
  write_attribute (writer, "kind", sp_way_to_string (action->kind));
  write_attribute (writer, "status", sp_progress_to_string (action->status));
  write_date_attribute (writer, "date", &action->date);
  if (action->activity_id != NULL)
    write_attribute (writer, "activity", action->activity_id);
  write_text_element (writer, "description", action->description);
  if (action->evidence != NULL)
    write_text_element (writer, "evidence", action->evidence);
  xmlTextWriterEndElement (writer);
}

static void
write_goal (xmlTextWriter *writer,
            const SpGoal  *goal)
{
  xmlTextWriterStartElement (writer, BAD_CAST "goal");
  write_attribute (writer, "uid", goal->uid);
  if (goal->competence_id != NULL)
    write_attribute (writer, "competence", goal->competence_id);
  write_attribute (writer, "status", sp_progress_to_string (goal->status));
  write_date_attribute (writer, "due", &goal->due);
  write_text_element (writer, "title", goal->title);
  if (goal->why != NULL)
    write_text_element (writer, "why", goal->why);
  if (goal->success != NULL)
    write_text_element (writer, "success", goal->success);
  for (guint i = 0; goal->actions != NULL && i < goal->actions->len; i++)
    write_action (writer, g_ptr_array_index (goal->actions, i));
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

  for (guint i = 0; i < self->assessments->len; i++)
    write_assessment (self, g_ptr_array_index (self->assessments, i), writer);
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
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, root,
                            _("the root element is in the namespace “%s”; a portfolio "
                              "uses none"),
                            (const char *) root->ns->href);
      return FALSE;
    }

  if (!sp_xml_is (root, "portfolio"))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, root,
                            _("this is not a portfolio (its root is <%s>)"),
                            (const char *) root->name);
      return FALSE;
    }

  format = sp_xml_dup_prop (root, "format");
  if (format != NULL &&
      g_ascii_string_to_unsigned (format, 10, 0, G_MAXUINT64, &number, NULL) &&
      number > SP_PORTFOLIO_FORMAT)
    {
      sp_error_set_at_node (error, SP_ERROR_NEWER_VERSION, reader->file, root,
                            _("made by a newer version of SSE Portfolio (format %s)"), format);
      return FALSE;
    }
  reader->format = (guint) MIN (number, SP_PORTFOLIO_FORMAT);

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
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, root,
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
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                            _("the answer “%s” is not a number"), value != NULL ? value : "");
      return FALSE;
    }

  if (number < SP_SCALE_MIN || number > SP_SCALE_MAX)
    {
      sp_error_set_at_node (error, SP_ERROR_OUT_OF_RANGE, reader->file, node,
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
      sp_error_set_at_node (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                            _("unknown item “%s”"), id != NULL ? id : "");
      return FALSE;
    }

  if (reader->seen[item->index])
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, reader->file, node,
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

  if (reader->format < 2 && reader->n_assessments > 0)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                            _("a portfolio of format 1 has one assessment"));
      return FALSE;
    }

  date = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  if (date == NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                            _("“%s” is not a valid date and time"), text != NULL ? text : "");
      return FALSE;
    }
  utc = g_date_time_to_utc (date);
  sp_assessment_set_date (assessment, utc);

  memset (reader->seen, 0, sizeof (gboolean) * sp_framework_get_n_items (reader->framework));
  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "answer") && !parse_answer (reader, assessment, child, error))
      return FALSE;

  /* The new portfolio starts with an empty assessment: the first one read
   * replaces it, the others follow. */
  if (reader->n_assessments++ == 0)
    sp_portfolio_set_assessment (reader->portfolio, assessment);
  else
    append_assessment (reader->portfolio, assessment);

  return TRUE;
}

static gboolean
parse_date (Reader      *reader,
            xmlNode     *node,
            const char  *name,
            GDate       *date,
            GError     **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, name);
  guint year = 0, month = 0, day = 0;

  g_date_clear (date, 1);
  if (text == NULL)
    return TRUE;

  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                            _("“%s” is not a valid date"), text);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
parse_status (Reader      *reader,
              xmlNode     *node,
              SpProgress  *status,
              GError     **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, "status");

  *status = SP_PROGRESS_PLANNED;
  if (text == NULL || sp_progress_from_string (text, status))
    return TRUE;

  sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                        _("unknown status “%s”"), text);
  return FALSE;
}

static gboolean
parse_kind (Reader      *reader,
            xmlNode     *node,
            const char  *name,
            SpWay       *kind,
            GError     **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, name);

  if (sp_way_from_string (text, kind))
    return TRUE;

  sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                        _("unknown way of learning “%s”"), text != NULL ? text : "");
  return FALSE;
}

/* Takes the uid of @node into *@uid, refusing one seen before. */
static gboolean
parse_uid (Reader   *reader,
           xmlNode  *node,
           char    **uid,
           GError  **error)
{
  g_autofree char *text = sp_xml_dup_prop (node, "uid");

  if (text == NULL)
    return TRUE;

  if (g_hash_table_contains (reader->uids, text))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, reader->file, node,
                            _("the uid “%s” is used twice"), text);
      return FALSE;
    }

  g_hash_table_add (reader->uids, g_strdup (text));
  g_free (*uid);
  *uid = g_steal_pointer (&text);
  return TRUE;
}

static void
take_child_text (xmlNode  *node,
                 char    **field)
{
  g_free (*field);
  *field = sp_xml_dup_content (node);
}

static gboolean
parse_action (Reader   *reader,
              SpGoal   *goal,
              xmlNode  *node,
              GError  **error)
{
  g_autoptr(SpAction) action = sp_action_new (SP_WAY_EXPERIENCE);

  if (!parse_uid (reader, node, &action->uid, error) ||
      !parse_kind (reader, node, "kind", &action->kind, error) ||
      !parse_status (reader, node, &action->status, error) ||
      !parse_date (reader, node, "date", &action->date, error))
    return FALSE;

  /* An activity the library no longer has is kept, not refused: the
   * person's plan matters more than the library's history. */
  action->activity_id = sp_xml_dup_prop (node, "activity");

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    {
      if (sp_xml_is (child, "description"))
        take_child_text (child, &action->description);
      else if (sp_xml_is (child, "evidence"))
        take_child_text (child, &action->evidence);
    }

  sp_goal_add_action (goal, g_steal_pointer (&action));
  return TRUE;
}

/* Format 1: a goal had one way of learning and one action text. */
static gboolean
fill_goal_format_1 (Reader   *reader,
                    xmlNode  *node,
                    SpGoal   *goal,
                    GError  **error)
{
  g_autoptr(SpAction) action = sp_action_new (SP_WAY_EXPERIENCE);

  if (!parse_kind (reader, node, "way", &action->kind, error))
    return FALSE;

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    {
      if (sp_xml_is (child, "title"))
        take_child_text (child, &goal->title);
      else if (sp_xml_is (child, "action"))
        take_child_text (child, &action->description);
    }

  sp_goal_add_action (goal, g_steal_pointer (&action));
  return TRUE;
}

static gboolean
fill_goal (Reader   *reader,
           xmlNode  *node,
           SpGoal   *goal,
           GError  **error)
{
  goal->competence_id = sp_xml_dup_prop (node, "competence");
  if (goal->competence_id != NULL &&
      sp_framework_lookup_competence (reader->framework, goal->competence_id) == NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                            _("unknown competence “%s”"), goal->competence_id);
      return FALSE;
    }

  if (!parse_date (reader, node, "due", &goal->due, error))
    return FALSE;

  if (reader->format < 2)
    return fill_goal_format_1 (reader, node, goal, error);

  if (!parse_uid (reader, node, &goal->uid, error) ||
      !parse_status (reader, node, &goal->status, error))
    return FALSE;

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    {
      if (sp_xml_is (child, "title"))
        take_child_text (child, &goal->title);
      else if (sp_xml_is (child, "why"))
        take_child_text (child, &goal->why);
      else if (sp_xml_is (child, "success"))
        take_child_text (child, &goal->success);
      else if (sp_xml_is (child, "action") && !parse_action (reader, goal, child, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_goal (Reader   *reader,
            SpPlan   *plan,
            xmlNode  *node,
            GError  **error)
{
  g_autoptr(SpGoal) goal = sp_goal_new ();

  if (!fill_goal (reader, node, goal, error))
    return FALSE;

  if (!sp_plan_add_goal (plan, goal))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, reader->file, node,
                            ngettext ("a plan has at most %d goal", "a plan has at most %d goals",
                                      SP_PLAN_MAX_GOALS),
                            SP_PLAN_MAX_GOALS);
      return FALSE;
    }

  return TRUE;
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
      sp_error_set_at_node (error, SP_ERROR_UNKNOWN_ID, reader->file, node,
                            _("unknown profile “%s”"), target);
      return FALSE;
    }
  sp_plan_set_target (plan, target);

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "goal") && !parse_goal (reader, plan, child, error))
      return FALSE;

  sp_plan_clear_history (plan);
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


static void
sp_portfolio_dispose (GObject *object)
{
  SpPortfolio *self = (SpPortfolio *) object;

  g_clear_pointer (&self->assessments, g_ptr_array_unref);
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
  self->assessments = g_ptr_array_new_with_free_func (g_object_unref);
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
  append_assessment (self, assessment);

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
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader reader = { framework, display_name, NULL, NULL, 1, 0, uids };
  xmlNode *root;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = sp_xml_read (bytes, display_name, NULL, SP_PORTFOLIO_MAX_SIZE, SP_XML_MAX_ELEMENTS,
                     error);
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

SpPortfolio *
sp_portfolio_load (SpFramework  *framework,
                   const char   *path,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);
  bytes = sp_file_read (path, display_name, SP_PORTFOLIO_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  return sp_portfolio_load_bytes (framework, bytes, display_name, error);
}

gboolean
sp_portfolio_save (SpPortfolio  *self,
                   const char   *path,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SP_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_portfolio_to_bytes (self);

  return sp_file_write_atomic (path, bytes, 0600, error);
}

SpFramework *
sp_portfolio_get_framework (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return self->framework;
}

guint
sp_portfolio_get_n_assessments (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), 0);

  return self->assessments->len;
}

SpAssessment *
sp_portfolio_get_assessment_at (SpPortfolio *self,
                                guint        index)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (index < self->assessments->len, NULL);

  return g_ptr_array_index (self->assessments, index);
}

SpAssessment *
sp_portfolio_get_assessment (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  return newest (self);
}

SpAssessment *
sp_portfolio_get_previous_assessment (SpPortfolio *self)
{
  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  if (self->assessments->len < 2)
    return NULL;

  return g_ptr_array_index (self->assessments, self->assessments->len - 2);
}

void
sp_portfolio_set_assessment (SpPortfolio  *self,
                             SpAssessment *assessment)
{
  SpAssessment *old;

  g_return_if_fail (SP_IS_PORTFOLIO (self));
  g_return_if_fail (SP_IS_ASSESSMENT (assessment));
  g_return_if_fail (sp_assessment_get_framework (assessment) == self->framework);

  old = newest (self);
  if (old == assessment)
    return;

  g_signal_handlers_disconnect_by_data (old, self);
  g_ptr_array_index (self->assessments, self->assessments->len - 1) = g_object_ref (assessment);
  g_object_unref (old);
  connect_assessment (self, assessment);

  emit_changed (self);
}

SpAssessment *
sp_portfolio_start_assessment (SpPortfolio *self)
{
  g_autoptr(SpAssessment) assessment = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (SP_IS_PORTFOLIO (self), NULL);

  assessment = sp_assessment_copy (newest (self));
  now = g_date_time_new_now_utc ();
  sp_assessment_set_date (assessment, now);
  append_assessment (self, assessment);
  emit_changed (self);

  return assessment;
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
