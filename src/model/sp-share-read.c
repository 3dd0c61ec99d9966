/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-share-read"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-share-private.h"

#include "sp-error.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The strict reader of share content (profiles/share.rng), by hand and in
 * one pass: it refuses everything the schema refuses (unknown or
 * misplaced elements, unknown or missing attributes, text, bad values)
 * and what the schema leaves to it (id spelling, score values, ids given
 * twice), always naming the file and line. It is fed either by the
 * streaming parser (share files, no tree, no schema run) or by a walk of
 * an element already in a tree (the shares inside a team audit).
 * tests/team/test-share-strict.c checks that it and share.rng agree. */

typedef enum
{
  PLACE_BEFORE,      /* the root is next */
  PLACE_SHARE,       /* inside <share>, between its children */
  PLACE_MEMBER,
  PLACE_RESULT,
  PLACE_SCORES,
  PLACE_SCORE,
  PLACE_ANSWERS,
  PLACE_ANSWER,
  PLACE_AFTER,       /* </share> was read */
} Place;

/* The children of <share>, in the order the schema requires. */
static const char * const share_children[] = { "member", "result", "scores", "answers" };

/* What each place is called in messages, and where its end leads. */
static const struct
{
  const char *element;
  Place       parent;
} places[] = {
  [PLACE_BEFORE] = { NULL, PLACE_BEFORE },
  [PLACE_SHARE] = { "share", PLACE_AFTER },
  [PLACE_MEMBER] = { "member", PLACE_SHARE },
  [PLACE_RESULT] = { "result", PLACE_SHARE },
  [PLACE_SCORES] = { "scores", PLACE_SHARE },
  [PLACE_SCORE] = { "score", PLACE_SCORES },
  [PLACE_ANSWERS] = { "answers", PLACE_SHARE },
  [PLACE_ANSWER] = { "answer", PLACE_ANSWERS },
  [PLACE_AFTER] = { NULL, PLACE_AFTER },
};

static const char * const statuses[] = {
  "clear", "close", "tie", "flat", "uniform", "too-few-answers",
};

typedef struct
{
  const char *name;
  gboolean    required;
} AttributeRule;

#define MAX_RULES 3

/* Kept per thread across files: shares list the same ids in the same
 * order, so the id at each position is most often the one interned for
 * the file before, found with one strcmp() instead of a hash and the
 * global lock of g_intern_string(). */
typedef struct
{
  GHashTable *seen;         /* interned id → itself: each id once per share */
  GPtrArray  *ids;          /* position in the file → interned id */
} Cache;

struct _SpShareReader
{
  const char *file;
  SpShare    *share;
  Cache      *cache;
  guint       n_ids;        /* scores and answers read so far */
  Place       place;
  guint       n_children;   /* children of <share> read so far */
};

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  g_hash_table_unref (cache->seen);
  g_ptr_array_unref (cache->ids);
  g_free (cache);
}

static GPrivate thread_cache = G_PRIVATE_INIT (cache_free);

static Cache *
get_cache (void)
{
  Cache *cache = g_private_get (&thread_cache);

  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->seen = g_hash_table_new (NULL, NULL);
      cache->ids = g_ptr_array_new ();
      g_private_set (&thread_cache, cache);
    }

  g_hash_table_remove_all (cache->seen);
  return cache;
}

/* @id as the share keeps it (sp_share_keep_id()), by way of the cache. */
static const char *
intern_id (SpShareReader *reader,
           const char    *id)
{
  GPtrArray *ids = reader->cache->ids;
  guint position = reader->n_ids++;
  const char *interned;

  if (position < ids->len)
    {
      interned = g_ptr_array_index (ids, position);
      if (strcmp (interned, id) == 0)
        return interned;
    }

  interned = sp_share_keep_id (reader->share, id);
  /* Only ids the process already knew may enter the cache, which
   * outlives this share. */
  if (g_quark_try_string (id) == 0)
    return interned;

  if (position < ids->len)
    g_ptr_array_index (ids, position) = (gpointer) interned;
  else if (position == ids->len && ids->len < 4 * SP_XML_MAX_ELEMENTS)
    g_ptr_array_add (ids, (gpointer) interned);

  return interned;
}

static void G_GNUC_PRINTF (5, 6)
fail (SpShareReader  *reader,
      GError        **error,
      int             code,
      int             line,
      const char     *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = sp_error_shorten (g_strdup_vprintf (format, args));
  va_end (args);

  g_set_error (error, SP_ERROR, code, "%s:%d: %s", reader->file, MAX (line, 1), what);
}

/* A refusal the schema would make, with the detail in the schema's terms
 * (left untranslated, like the messages of the RELAX NG validator were). */
static gboolean G_GNUC_PRINTF (4, 5)
refuse (SpShareReader  *reader,
        GError        **error,
        int             line,
        const char     *detail_format,
        ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, detail_format);
  detail = g_strdup_vprintf (detail_format, args);
  va_end (args);

  fail (reader, error, SP_ERROR_INVALID, line, "%s: %s",
        _("the document does not follow its schema"), detail);
  return FALSE;
}

/* Value checks, in the schema's terms. */

static gboolean
is_digits (const char *text,
           guint       min,
           guint       max)
{
  guint n = 0;

  for (; g_ascii_isdigit (*text); text++)
    n++;

  return *text == '\0' && n >= min && n <= max;
}

/* [a-z][a-z0-9-]*: the framework's ids (also stricter than the NCName the
 * schema asks of competence and item ids). */
static gboolean
is_framework_id (const char *id)
{
  if (!g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id + 1; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/* A positive integer, as we write it: digits only, not all zeros. */
static gboolean
is_positive_integer (const char *text)
{
  return is_digits (text, 1, G_MAXUINT) && strspn (text, "0") < strlen (text);
}

/* [0-9]+(\.[0-9]+)* */
static gboolean
is_version (const char *text)
{
  const char *p = text;

  for (;;)
    {
      const char *start = p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == start)
        return FALSE;
      if (*p == '\0')
        return TRUE;
      if (*p++ != '.')
        return FALSE;
    }
}

static gboolean
is_boolean (const char *text)
{
  return strcmp (text, "true") == 0 || strcmp (text, "false") == 0 ||
         strcmp (text, "1") == 0 || strcmp (text, "0") == 0;
}

/* @count digits at @p, then @next (or the end when @next is 0). */
static gboolean
skip_digits (const char **p,
             guint        count,
             char         next)
{
  for (guint i = 0; i < count; i++)
    if (!g_ascii_isdigit ((*p)[i]))
      return FALSE;

  *p += count;
  if (next == '\0')
    return TRUE;

  return *(*p)++ == next;
}

/* YYYY-MM-DDThh:mm:ss(.f{1,9})?(Z|[+-]hh:mm), as share.rng spells it. */
static gboolean
is_date_time (const char *text)
{
  const char *p = text;
  guint fraction = 0;

  if (!skip_digits (&p, 4, '-') || !skip_digits (&p, 2, '-') || !skip_digits (&p, 2, 'T') ||
      !skip_digits (&p, 2, ':') || !skip_digits (&p, 2, ':') || !skip_digits (&p, 2, '\0'))
    return FALSE;

  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      fraction++;
  if (p[-1] == '.' || fraction > 9)
    return FALSE;

  if (*p == 'Z')
    return p[1] == '\0';

  if (*p != '+' && *p != '-')
    return FALSE;
  p++;

  return skip_digits (&p, 2, ':') && skip_digits (&p, 2, '\0') && *p == '\0';
}

/* "na" (NAN) or a number with up to three digits, and up to three
 * decimals after a dot. */
static gboolean
parse_score_value (const char *text,
                   double     *score)
{
  guint digits = 0, decimals = 0;
  const char *p = text;

  if (strcmp (text, "na") == 0)
    {
      *score = NAN;
      return TRUE;
    }

  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        decimals++;
      if (decimals == 0)
        return FALSE;
    }

  if (*p != '\0' || digits == 0 || digits > 3 || decimals > 3)
    return FALSE;

  *score = g_ascii_strtod (text, NULL);
  return TRUE;
}

/* Attributes. */

/* Fills @values (one per rule) from @element; refuses attributes not in
 * @rules, namespaced ones, and missing required ones. */
static gboolean
get_attributes (SpShareReader       *reader,
                const SpXmlElement  *element,
                const AttributeRule *rules,
                guint                n_rules,
                const char         **values,
                GError             **error)
{
  g_assert (n_rules <= MAX_RULES);

  for (guint r = 0; r < n_rules; r++)
    values[r] = NULL;

  for (guint i = 0; i < element->n_attributes; i++)
    {
      const SpXmlAttribute *attribute = &element->attributes[i];
      guint r;

      for (r = 0; r < n_rules; r++)
        if (!attribute->namespaced && strcmp (attribute->name, rules[r].name) == 0)
          break;

      if (r == n_rules)
        return refuse (reader, error, element->line,
                       "the attribute “%s” is not allowed on <%s>",
                       attribute->name, element->name);

      values[r] = attribute->value;
    }

  for (guint r = 0; r < n_rules; r++)
    if (rules[r].required && values[r] == NULL)
      return refuse (reader, error, element->line, "<%s> lacks the attribute “%s”",
                     element->name, rules[r].name);

  return TRUE;
}

/* Records @id as seen; FALSE when it was seen before. */
static gboolean
mark_seen (SpShareReader *reader,
           const char    *id)
{
  return g_hash_table_add (reader->cache->seen, (gpointer) id);
}

/* Elements. */

static gboolean
read_root (SpShareReader       *reader,
           const SpXmlElement  *element,
           GError             **error)
{
  static const AttributeRule rules[] = {
    { "format", TRUE }, { "framework", TRUE }, { "framework-version", TRUE },
  };
  const char *values[G_N_ELEMENTS (rules)];
  guint64 number = 0;

  if (element->namespaced || strcmp (element->name, "share") != 0)
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("this is not a share file (its root is <%s>)"), element->name);
      return FALSE;
    }

  /* A newer format is said as such, whatever else it changed. */
  for (guint i = 0; i < element->n_attributes; i++)
    if (!element->attributes[i].namespaced && strcmp (element->attributes[i].name, "format") == 0 &&
        g_ascii_string_to_unsigned (element->attributes[i].value, 10, 0, G_MAXUINT64,
                                    &number, NULL) &&
        number > SP_SHARE_FORMAT)
      {
        fail (reader, error, SP_ERROR_NEWER_VERSION, element->line,
              _("made by a newer version of SSE Portfolio (format %s)"),
              element->attributes[i].value);
        return FALSE;
      }

  if (!get_attributes (reader, element, rules, G_N_ELEMENTS (rules), values, error))
    return FALSE;

  if (!is_positive_integer (values[0]))
    return refuse (reader, error, element->line, "the format “%s” is not a positive integer",
                   values[0]);
  if (!is_framework_id (values[1]))
    return refuse (reader, error, element->line, "the framework id “%s” is not valid",
                   values[1]);
  if (!is_version (values[2]))
    return refuse (reader, error, element->line, "the framework version “%s” is not valid",
                   values[2]);

  sp_share_set_framework (reader->share, values[1], values[2]);
  return TRUE;
}

static gboolean
read_member (SpShareReader       *reader,
             const SpXmlElement  *element,
             GError             **error)
{
  static const AttributeRule rules[] = {
    { "id", TRUE }, { "name", FALSE }, { "show-name", TRUE },
  };
  const char *values[G_N_ELEMENTS (rules)];

  if (!get_attributes (reader, element, rules, G_N_ELEMENTS (rules), values, error))
    return FALSE;

  if (!sp_share_member_id_is_valid (values[0]))
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("“%s” is not a valid member id"), values[0]);
      return FALSE;
    }

  if (!is_boolean (values[2]))
    return refuse (reader, error, element->line, "show-name “%s” is not a boolean", values[2]);

  sp_share_set_member (reader->share, values[0], values[1],
                       strcmp (values[2], "true") == 0 || strcmp (values[2], "1") == 0);
  return TRUE;
}

static gboolean
is_status (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (strcmp (text, statuses[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
read_result (SpShareReader       *reader,
             const SpXmlElement  *element,
             GError             **error)
{
  static const AttributeRule rules[] = {
    { "date", TRUE }, { "status", TRUE }, { "profile", FALSE },
  };
  const char *values[G_N_ELEMENTS (rules)];
  g_autoptr(GDateTime) date = NULL;

  if (!get_attributes (reader, element, rules, G_N_ELEMENTS (rules), values, error))
    return FALSE;

  if (is_date_time (values[0]))
    date = g_date_time_new_from_iso8601 (values[0], NULL);
  if (date == NULL)
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("“%s” is not a valid date and time"), values[0]);
      return FALSE;
    }

  if (!is_status (values[1]))
    {
      fail (reader, error, SP_ERROR_INVALID, element->line, _("unknown status “%s”"),
            values[1]);
      return FALSE;
    }

  if (values[2] != NULL && !is_framework_id (values[2]))
    return refuse (reader, error, element->line, "the profile id “%s” is not valid", values[2]);

  sp_share_set_result (reader->share, date, values[1], values[2]);
  return TRUE;
}

static gboolean
read_score (SpShareReader       *reader,
            const SpXmlElement  *element,
            GError             **error)
{
  static const AttributeRule rules[] = { { "competence", TRUE }, { "value", TRUE } };
  const char *values[G_N_ELEMENTS (rules)];
  const char *id;
  double score = NAN;

  if (!get_attributes (reader, element, rules, G_N_ELEMENTS (rules), values, error))
    return FALSE;

  if (!is_framework_id (values[0]))
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("“%s” is not a competence id"), values[0]);
      return FALSE;
    }

  id = intern_id (reader, values[0]);
  if (!mark_seen (reader, id))
    {
      fail (reader, error, SP_ERROR_DUPLICATE, element->line,
            _("the competence “%s” is scored twice"), id);
      return FALSE;
    }

  if (!parse_score_value (values[1], &score))
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("the score “%s” is neither a number nor “na”"), values[1]);
      return FALSE;
    }

  if (score > 100.0)
    {
      fail (reader, error, SP_ERROR_OUT_OF_RANGE, element->line,
            _("the score %s is outside 0–100"), values[1]);
      return FALSE;
    }

  sp_share_append_score (reader->share, id, score);
  return TRUE;
}

static gboolean
read_answer (SpShareReader       *reader,
             const SpXmlElement  *element,
             GError             **error)
{
  static const AttributeRule rules[] = { { "item", TRUE }, { "value", TRUE } };
  const char *values[G_N_ELEMENTS (rules)];
  const char *id;
  int answer = SP_ANSWER_SKIP;

  if (!get_attributes (reader, element, rules, G_N_ELEMENTS (rules), values, error))
    return FALSE;

  if (!is_framework_id (values[0]))
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("“%s” is not an item id"), values[0]);
      return FALSE;
    }

  id = intern_id (reader, values[0]);
  if (!mark_seen (reader, id))
    {
      fail (reader, error, SP_ERROR_DUPLICATE, element->line,
            _("the item “%s” is answered twice"), id);
      return FALSE;
    }

  if (strcmp (values[1], "skip") != 0)
    {
      answer = is_digits (values[1], 1, 1) ? atoi (values[1]) : -1;
      if (answer < SP_SCALE_MIN || answer > SP_SCALE_MAX)
        {
          fail (reader, error, is_digits (values[1], 1, G_MAXUINT) ? SP_ERROR_OUT_OF_RANGE
                                                                  : SP_ERROR_INVALID,
                element->line, _("the answer %s is outside the scale %d–%d"),
                values[1], SP_SCALE_MIN, SP_SCALE_MAX);
          return FALSE;
        }
    }

  sp_share_append_answer (reader->share, id, answer);
  return TRUE;
}

/* <scores> and <answers> carry no attributes. */
static gboolean
read_list (SpShareReader       *reader,
           const SpXmlElement  *element,
           GError             **error)
{
  return get_attributes (reader, element, NULL, 0, NULL, error);
}

/* The next child of <share>, in the schema's order. */
static gboolean
read_share_child (SpShareReader       *reader,
                  const SpXmlElement  *element,
                  GError             **error)
{
  static const Place children_places[] = {
    PLACE_MEMBER, PLACE_RESULT, PLACE_SCORES, PLACE_ANSWERS,
  };
  guint n = reader->n_children;
  gboolean ok;

  if (n == G_N_ELEMENTS (share_children))
    return refuse (reader, error, element->line, "<%s> is not allowed after <answers>",
                   element->name);

  if (element->namespaced)
    return refuse (reader, error, element->line, "<%s> is in a namespace", element->name);

  if (strcmp (element->name, share_children[n]) != 0)
    {
      fail (reader, error, SP_ERROR_INVALID, element->line,
            _("expected a <%s> element, found <%s>"), share_children[n], element->name);
      return FALSE;
    }

  switch (children_places[n])
    {
    case PLACE_MEMBER:
      ok = read_member (reader, element, error);
      break;
    case PLACE_RESULT:
      ok = read_result (reader, element, error);
      break;
    default:
      ok = read_list (reader, element, error);
      break;
    }

  reader->place = children_places[n];
  reader->n_children++;
  return ok;
}

static gboolean
on_start_element (gpointer            user_data,
                  const SpXmlElement *element,
                  GError            **error)
{
  SpShareReader *reader = user_data;
  const char *parent = places[reader->place].element;

  switch (reader->place)
    {
    case PLACE_BEFORE:
      reader->place = PLACE_SHARE;
      return read_root (reader, element, error);

    case PLACE_SHARE:
      return read_share_child (reader, element, error);

    case PLACE_SCORES:
      if (element->namespaced || strcmp (element->name, "score") != 0)
        break;
      reader->place = PLACE_SCORE;
      return read_score (reader, element, error);

    case PLACE_ANSWERS:
      if (element->namespaced || strcmp (element->name, "answer") != 0)
        break;
      reader->place = PLACE_ANSWER;
      return read_answer (reader, element, error);

    case PLACE_MEMBER:
    case PLACE_RESULT:
    case PLACE_SCORE:
    case PLACE_ANSWER:
      return refuse (reader, error, element->line, "<%s> must be empty, found <%s>",
                     parent, element->name);

    case PLACE_AFTER:
    default:
      g_assert_not_reached ();
    }

  if (element->namespaced)
    return refuse (reader, error, element->line, "<%s> is in a namespace", element->name);

  fail (reader, error, SP_ERROR_INVALID, element->line, _("expected a <%s> element, found <%s>"),
        reader->place == PLACE_SCORES ? "score" : "answer", element->name);
  return FALSE;
}

static gboolean
on_end_element (gpointer     user_data,
                const char  *name,
                int          line,
                GError     **error)
{
  SpShareReader *reader = user_data;
  guint n = reader->n_children;

  if (reader->place == PLACE_SHARE && n < G_N_ELEMENTS (share_children))
    {
      fail (reader, error, SP_ERROR_INVALID, line, _("expected a <%s> element, found <%s>"),
            share_children[n], "/share");
      return FALSE;
    }

  reader->place = places[reader->place].parent;
  return TRUE;
}

static gboolean
on_text (gpointer     user_data,
         const char  *text,
         gsize        length,
         int          line,
         GError     **error)
{
  SpShareReader *reader = user_data;

  for (gsize i = 0; i < length; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
      return refuse (reader, error, line, "text is not allowed in <%s>",
                     places[reader->place].element != NULL ? places[reader->place].element
                                                           : "share");

  return TRUE;
}

static const SpXmlHandlers handlers = {
  .start_element = on_start_element,
  .end_element = on_end_element,
  .text = on_text,
};

static void
reader_init (SpShareReader *reader,
             const char    *display_name)
{
  reader->file = display_name;
  reader->share = sp_share_new_empty ();
  reader->cache = get_cache ();
  reader->n_ids = 0;
  reader->place = PLACE_BEFORE;
  reader->n_children = 0;
}

static void
reader_clear (SpShareReader *reader)
{
  g_clear_object (&reader->share);
  reader->cache = NULL;
}

static SpShare *
reader_finish (SpShareReader  *reader,
               gboolean        ok,
               GError        **error)
{
  SpShare *share = NULL;

  /* Well-formed XML closes what it opens, so success means </share>. */
  if (ok)
    {
      g_assert (reader->place == PLACE_AFTER);
      share = g_steal_pointer (&reader->share);
    }

  reader_clear (reader);
  return share;
}

SpShare *
sp_share_read_bytes (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  SpShareReader reader;
  gboolean ok;

  reader_init (&reader, display_name);
  ok = sp_xml_stream (bytes, display_name, SP_SHARE_MAX_SIZE, &handlers, &reader, error);
  return reader_finish (&reader, ok, error);
}

/* A tree walk that feeds the same handlers. */

static gboolean
walk_element (SpShareReader  *reader,
              xmlNode        *node,
              GError        **error)
{
  SpXmlAttribute attributes[SP_XML_MAX_ATTRIBUTES];
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (xmlFree);
  SpXmlElement element = {
    .name = (const char *) node->name,
    .namespaced = node->ns != NULL,
    .attributes = attributes,
    .line = sp_xml_get_line (node),
  };

  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      xmlChar *value = xmlNodeListGetString (node->doc, attribute->children, 1);

      if (element.n_attributes == SP_XML_MAX_ATTRIBUTES)
        return refuse (reader, error, element.line, "<%s> has too many attributes",
                       element.name);

      g_ptr_array_add (values, value);
      attributes[element.n_attributes++] = (SpXmlAttribute) {
        .name = (const char *) attribute->name,
        .value = value != NULL ? (const char *) value : "",
        .namespaced = attribute->ns != NULL,
      };
    }

  if (!on_start_element (reader, &element, error))
    return FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      gboolean ok = TRUE;

      if (child->type == XML_ELEMENT_NODE)
        ok = walk_element (reader, child, error);
      else if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
               child->content != NULL)
        ok = on_text (reader, (const char *) child->content, strlen ((const char *) child->content),
                      sp_xml_get_line (child), error);

      if (!ok)
        return FALSE;
    }

  return on_end_element (reader, element.name, element.line, error);
}

SpShare *
sp_share_new_from_node (xmlNode     *node,
                        const char  *display_name,
                        GError     **error)
{
  SpShareReader reader;
  gboolean ok;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  reader_init (&reader, display_name);
  ok = walk_element (&reader, node, error);
  return reader_finish (&reader, ok, error);
}
