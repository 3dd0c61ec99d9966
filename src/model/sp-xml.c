/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-xml"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-xml-private.h"

#include "sp-error.h"

#include <libxml/SAX2.h>
#include <string.h>

/* The state of one strict read: the first error wins, the rest are noise
 * that follows from it. */
typedef struct
{
  const char                *display_name;
  const char                *data;     /* the bytes being parsed */
  gsize                      length;
  GError                    *error;
  guint                      depth;
  guint                      n_elements;
  guint                      max_elements;
  startElementNsSAX2Func     start_element;
  endElementNsSAX2Func       end_element;

  /* Set for sp_xml_stream(): no tree is built. */
  const SpXmlHandlers       *handlers;
  gpointer                   user_data;
  GError                    *handler_error;
  SpXmlAttribute             attributes[SP_XML_MAX_ATTRIBUTES];
  GString                   *values;   /* the attribute values, NUL-separated */
} SpXmlReader;

static GMutex      schema_lock;
static GHashTable *schemas;   /* resource path → xmlRelaxNG, kept for life */

static const guint8 utf8_bom[] = { 0xef, 0xbb, 0xbf };
static const guint8 utf32le_bom[] = { 0xff, 0xfe, 0x00, 0x00 };
static const guint8 utf32be_bom[] = { 0x00, 0x00, 0xfe, 0xff };

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      LIBXML_TEST_VERSION
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

static int
count_line (const char *data,
            gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

static void
reader_fail (SpXmlReader *reader,
             int          code,
             int          line,
             const char  *what)
{
  g_autofree char *shortened = NULL;

  if (reader->error != NULL)
    return;

  shortened = sp_error_shorten (g_strdup (what));
  reader->error = g_error_new (SP_ERROR, code, "%s:%d: %s",
                               reader->display_name, MAX (line, 1), shortened);
}

static int
get_error_line (const xmlError *xerror)
{
  if (xerror->line <= 0 && xerror->node != NULL)
    return (int) xmlGetLineNo (xerror->node);

  return xerror->line;
}

static void
on_xml_error (void     *data,
              xmlError *xerror)
{
  SpXmlReader *reader = data;
  g_autofree char *message = NULL;

  if (xerror->level < XML_ERR_ERROR)
    return;

  message = g_strstrip (g_strdup (xerror->message != NULL ? xerror->message
                                                          : "malformed XML"));
  reader_fail (reader, SP_ERROR_INVALID, get_error_line (xerror), message);
}

/* Whether the parser stopped where the bytes end: a file cut short, what
 * ever libxml2 happened to be reading at the time. */
static gboolean
stopped_at_end (xmlParserCtxt *ctxt)
{
  xmlParserInput *input = ctxt->input;

  if (input == NULL || input->cur == NULL || input->end == NULL)
    return FALSE;

  for (const xmlChar *p = input->cur; p < input->end; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* For a file with no root element: empty, or not XML at all. */
static char *
describe_missing_root (SpXmlReader *reader)
{
  for (gsize i = 0; i < reader->length; i++)
    {
      if (g_ascii_isspace (reader->data[i]))
        continue;
      if (reader->data[i] != '<')
        /* Translators: an error after "FILE:LINE: ", for a file that is
         * not XML at all (a text, a picture, a file of another program). */
        return g_strdup (_("this is not an SSE Portfolio file (it does not start with XML)"));
      break;
    }

  return g_strdup (_("the document is empty"));
}

/* libxml2's error in plain words, with advice where there is some; its
 * own words only where ours would say less. */
static char *
describe_parser_error (SpXmlReader    *reader,
                       xmlParserCtxt  *ctxt,
                       const xmlError *xerror)
{
  g_autofree char *detail = NULL;

  switch (xerror->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
    case XML_ERR_DOCUMENT_START:
      return describe_missing_root (reader);

    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_ERR_ENCODING_NAME:
      return g_strdup (_("the text is not valid UTF-8"));

    default:
      break;
    }

  if (xerror->code == XML_ERR_TAG_NOT_FINISHED || stopped_at_end (ctxt))
    /* Translators: an error after "FILE:LINE: ", LINE being the last
     * line of a file that stops in the middle. */
    return g_strdup (_("the file ends too early — it may have been cut off while being "
                       "copied or saved; open a backup copy, or the autosave if the app "
                       "offers one"));

  switch (xerror->code)
    {
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_SPACE_REQUIRED:   /* mostly: text after a value's closing quote */
      /* Translators: an error after "FILE:LINE: ", for text such as
       * format=1 or format="1 where format="1" was meant. */
      return g_strdup (_("the file is damaged here: an attribute’s value is missing "
                         "or not between quotation marks"));

    case XML_ERR_GT_REQUIRED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_TAG_NAME_MISMATCH:
    case XML_ERR_NAME_REQUIRED:
      /* Translators: an error after "FILE:LINE: ", for a tag (the text
       * between < and >) without its closing >, or closing the wrong
       * element. */
      return g_strdup (_("the file is damaged here: a tag is broken or closes the "
                         "wrong element"));

    default:
      break;
    }

  detail = g_strdup (xerror->message != NULL ? xerror->message : "");
  g_strdelimit (g_strstrip (detail), "\n\r\t", ' ');
  /* Translators: an error after "FILE:LINE: "; %s is the XML library's
   * own description, in English, of what is wrong. */
  return g_strdup_printf (_("the file is damaged here (%s)"), detail);
}

static void
on_parser_error (void     *ctx,
                 xmlError *xerror)
{
  xmlParserCtxt *ctxt = ctx;
  SpXmlReader *reader = ctxt->_private;
  g_autofree char *what = NULL;

  if (xerror->level < XML_ERR_ERROR || reader->error != NULL)
    return;

  what = describe_parser_error (reader, ctxt, xerror);
  reader_fail (reader, SP_ERROR_INVALID, get_error_line (xerror), what);
}

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;

  reader_fail (ctxt->_private, SP_ERROR_INVALID, xmlSAX2GetLineNumber (ctx),
               _("document type declarations are not allowed"));
  xmlStopParser (ctxt);
}

/* libxml2 hands attributes over as five pointers each: local name,
 * prefix, URI, value start and value end. */
static gboolean
check_attributes (xmlParserCtxt  *ctxt,
                  int             n_attributes,
                  const xmlChar **attributes)
{
  if (n_attributes > SP_XML_MAX_ATTRIBUTES)
    {
      g_autofree char *what = g_strdup_printf (_("an element has more than %d attributes"),
                                               SP_XML_MAX_ATTRIBUTES);

      reader_fail (ctxt->_private, SP_ERROR_TOO_LARGE, xmlSAX2GetLineNumber (ctxt), what);
      xmlStopParser (ctxt);
      return FALSE;
    }

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar *value = attributes[i * 5 + 3];
      const xmlChar *end = attributes[i * 5 + 4];
      g_autofree char *what = NULL;

      if (end - value <= SP_XML_MAX_ATTRIBUTE)
        continue;

      what = g_strdup_printf (_("the attribute “%.40s” is longer than %d bytes"),
                              (const char *) attributes[i * 5], SP_XML_MAX_ATTRIBUTE);
      reader_fail (ctxt->_private, SP_ERROR_TOO_LARGE, xmlSAX2GetLineNumber (ctxt), what);
      xmlStopParser (ctxt);
      return FALSE;
    }

  return TRUE;
}

/* A handler's error ends the calls to the handlers, not the parse: as
 * with a tree read first, a well-formedness error anywhere in the file
 * is the one reported. */
static void
stream_fail (xmlParserCtxt *ctxt,
             GError        *error)
{
  SpXmlReader *reader = ctxt->_private;

  g_assert (error != NULL);

  if (reader->handler_error == NULL)
    reader->handler_error = error;
  else
    g_error_free (error);
}

/* Hands a start tag to the stream handlers, values decoded and
 * NUL-terminated in one reused buffer. */
static void
stream_start_element (xmlParserCtxt  *ctxt,
                      const xmlChar  *localname,
                      const xmlChar  *uri,
                      int             n_attributes,
                      const xmlChar **attributes)
{
  SpXmlReader *reader = ctxt->_private;
  GError *error = NULL;
  SpXmlElement element = {
    .name = (const char *) localname,
    .namespaced = uri != NULL,
    .n_attributes = (guint) n_attributes,
    .attributes = reader->attributes,
    .line = xmlSAX2GetLineNumber (ctxt),
  };
  gsize size = 0;
  char *copy;

  for (int i = 0; i < n_attributes; i++)
    size += attributes[i * 5 + 4] - attributes[i * 5 + 3] + 1;
  g_string_set_size (reader->values, size);

  copy = reader->values->str;
  for (int i = 0; i < n_attributes; i++)
    {
      gsize length = attributes[i * 5 + 4] - attributes[i * 5 + 3];

      memcpy (copy, attributes[i * 5 + 3], length);
      copy[length] = '\0';
      reader->attributes[i].name = (const char *) attributes[i * 5];
      reader->attributes[i].namespaced = attributes[i * 5 + 1] != NULL;
      reader->attributes[i].value = copy;
      copy += length + 1;
    }

  if (!reader->handlers->start_element (reader->user_data, &element, &error))
    stream_fail (ctxt, error);
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  SpXmlReader *reader = ctxt->_private;

  if (++reader->n_elements > reader->max_elements)
    {
      g_autofree char *what = g_strdup_printf (_("the file has more than %d elements"),
                                               (int) reader->max_elements);

      reader_fail (reader, SP_ERROR_TOO_LARGE, xmlSAX2GetLineNumber (ctx), what);
      xmlStopParser (ctxt);
      return;
    }

  if (++reader->depth > SP_XML_MAX_DEPTH)
    {
      g_autofree char *what = g_strdup_printf (ngettext ("elements are nested more than %d deep",
                                                         "elements are nested more than %d deep",
                                                         SP_XML_MAX_DEPTH),
                                               SP_XML_MAX_DEPTH);

      reader_fail (reader, SP_ERROR_TOO_LARGE, xmlSAX2GetLineNumber (ctx), what);
      xmlStopParser (ctxt);
      return;
    }

  if (!check_attributes (ctxt, n_attributes, attributes))
    return;

  if (reader->handlers != NULL)
    {
      if (reader->handler_error == NULL)
        stream_start_element (ctxt, localname, uri, n_attributes, attributes);
      return;
    }

  reader->start_element (ctx, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  SpXmlReader *reader = ctxt->_private;

  reader->depth--;

  if (reader->handlers != NULL)
    {
      GError *error = NULL;

      if (reader->handler_error == NULL &&
          !reader->handlers->end_element (reader->user_data, (const char *) localname,
                                          xmlSAX2GetLineNumber (ctx), &error))
        stream_fail (ctxt, error);
      return;
    }

  reader->end_element (ctx, localname, prefix, uri);
}

static void
on_characters (void          *ctx,
               const xmlChar *text,
               int            length)
{
  xmlParserCtxt *ctxt = ctx;
  SpXmlReader *reader = ctxt->_private;
  GError *error = NULL;

  if (reader->handler_error == NULL &&
      !reader->handlers->text (reader->user_data, (const char *) text, (gsize) length,
                               xmlSAX2GetLineNumber (ctx), &error))
    stream_fail (ctxt, error);
}

/* libxml2 would convert a declared encoding; we take UTF-8 only, so that
 * what we validated byte by byte is what gets parsed. */
static gboolean
check_declared_encoding (SpXmlReader *reader,
                         const char  *data,
                         gsize        length)
{
  const char *end, *p, *start;
  g_autofree char *value = NULL;
  char quote;

  if (length < 6 || strncmp (data, "<?xml", 5) != 0 || !g_ascii_isspace (data[5]))
    return TRUE;

  end = g_strstr_len (data, MIN (length, 4096), "?>");
  if (end == NULL)
    return TRUE;   /* malformed: the parser says so */

  p = g_strstr_len (data, end - data, "encoding");
  if (p == NULL)
    return TRUE;

  for (p += strlen ("encoding"); p < end && g_ascii_isspace (*p); p++);
  if (p < end && *p == '=')
    p++;
  for (; p < end && g_ascii_isspace (*p); p++);
  if (p >= end || (*p != '"' && *p != '\''))
    return TRUE;

  quote = *p++;
  for (start = p; p < end && *p != quote; p++);
  value = g_strndup (start, p - start);

  if (g_ascii_strcasecmp (value, "UTF-8") != 0)
    {
      g_autofree char *what = NULL;

      what = g_strdup_printf (_("the encoding is “%s”; only UTF-8 is accepted"), value);

      reader_fail (reader, SP_ERROR_INVALID, count_line (data, start - data), what);
      return FALSE;
    }

  return TRUE;
}

/* g_utf8_validate() with its answer for NUL bytes, but a word at a time
 * over the plain ASCII our files are mostly made of. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **bad)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      /* A byte with its high bit set, or a NUL byte. */
      if ((word & highs) != 0 || ((word - ones) & ~word & highs) != 0)
        break;
    }

  return g_utf8_validate_len (data + i, length - i, bad);
}

static gboolean
check_bytes (SpXmlReader *reader,
             const char  *data,
             gsize        length,
             gsize        max_size)
{
  const char *bad = NULL;

  if (length > max_size)
    {
      g_autofree char *what = NULL;

      what = g_strdup_printf (_("the file is larger than %lu bytes"), (gulong) max_size);

      reader_fail (reader, SP_ERROR_TOO_LARGE, 1, what);
      return FALSE;
    }

  if (length >= 4 && (memcmp (data, utf32le_bom, 4) == 0 || memcmp (data, utf32be_bom, 4) == 0))
    {
      reader_fail (reader, SP_ERROR_INVALID, 1,
                   _("the text is UTF-32; only UTF-8 is accepted"));
      return FALSE;
    }

  /* One byte order mark was taken off already; a second one is text
   * before the document. */
  if (length >= sizeof utf8_bom && memcmp (data, utf8_bom, sizeof utf8_bom) == 0)
    {
      reader_fail (reader, SP_ERROR_INVALID, 1,
                   _("the file starts with more than one byte order mark"));
      return FALSE;
    }

  if (length >= 2 && ((guint8) data[0] == 0xff || (guint8) data[0] == 0xfe) &&
      ((guint8) data[1] == 0xff || (guint8) data[1] == 0xfe) && data[0] != data[1])
    {
      reader_fail (reader, SP_ERROR_INVALID, 1,
                   _("the text is UTF-16; only UTF-8 is accepted"));
      return FALSE;
    }

  if (!validate_utf8 (data, length, &bad))
    {
      reader_fail (reader, SP_ERROR_INVALID, count_line (data, bad - data),
                   _("the text is not valid UTF-8"));
      return FALSE;
    }

  return check_declared_encoding (reader, data, length);
}

static xmlDoc *
parse_strictly (SpXmlReader *reader,
                const char  *data,
                gsize        length)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;

  if (length > G_MAXINT)
    {
      reader_fail (reader, SP_ERROR_TOO_LARGE, 1, _("the file is too large"));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Failed to allocate an XML parser");

  ctxt->_private = reader;
  ctxt->sax->serror = on_parser_error;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = NULL;
  reader->start_element = ctxt->sax->startElementNs;
  reader->end_element = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;

  doc = xmlCtxtReadMemory (ctxt, data, (int) length, reader->display_name, "UTF-8", options);

  if (reader->error == NULL && doc == NULL)
    reader_fail (reader, SP_ERROR_INVALID, ctxt->input != NULL ? ctxt->input->line : 1,
                 _("the file is not well-formed XML"));
  if (reader->error == NULL && doc->intSubset != NULL)
    reader_fail (reader, SP_ERROR_INVALID, 1,
                 _("document type declarations are not allowed"));
  if (reader->error == NULL && xmlDocGetRootElement (doc) == NULL)
    reader_fail (reader, SP_ERROR_INVALID, 1, _("the document is empty"));

  if (reader->error != NULL)
    return NULL;

  return g_steal_pointer (&doc);
}

/* Without a tree: only the callbacks below, none of libxml2's SAX2
 * tree builders. Entities are replaced so attribute values arrive
 * decoded; with document type declarations refused, only the five
 * predefined entities and character references exist. */
static void
stream_strictly (SpXmlReader *reader,
                 const char  *data,
                 gsize        length)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
                      XML_PARSE_NOENT;
  xmlSAXHandler *sax;
  xmlDoc *doc;

  if (length > G_MAXINT)
    {
      reader_fail (reader, SP_ERROR_TOO_LARGE, 1, _("the file is too large"));
      return;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("Failed to allocate an XML parser");

  sax = ctxt->sax;
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->serror = on_parser_error;
  sax->internalSubset = on_internal_subset;
  sax->startElementNs = on_start_element;
  sax->endElementNs = on_end_element;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  ctxt->_private = reader;

  /* check_bytes() let through only UTF-8 without NUL bytes, declared as
   * UTF-8 or not at all, which libxml2 detects as such: naming the
   * encoding would only make it copy the text through a converter. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, reader->display_name, NULL, options);
  g_assert (doc == NULL);

  if (reader->error == NULL && (!ctxt->wellFormed || reader->n_elements == 0))
    reader_fail (reader, SP_ERROR_INVALID, ctxt->input != NULL ? ctxt->input->line : 1,
                 reader->n_elements == 0 ? _("the document is empty")
                                         : _("the file is not well-formed XML"));
}

/* The bytes to parse: @bytes without one leading byte order mark. */
static const char *
get_text (GBytes *bytes,
          gsize  *length)
{
  const char *data = g_bytes_get_data (bytes, length);

  if (data == NULL)
    return "";

  if (*length >= sizeof utf8_bom && memcmp (data, utf8_bom, sizeof utf8_bom) == 0)
    {
      *length -= sizeof utf8_bom;
      return data + sizeof utf8_bom;
    }

  return data;
}

gboolean
sp_xml_stream (GBytes              *bytes,
               const char          *display_name,
               gsize                max_size,
               const SpXmlHandlers *handlers,
               gpointer             user_data,
               GError             **error)
{
  SpXmlReader reader = {
    .display_name = display_name,
    .max_elements = SP_XML_MAX_ELEMENTS,
    .handlers = handlers,
    .user_data = user_data,
  };
  g_autoptr(GString) values = g_string_sized_new (256);
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (handlers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_libxml ();

  reader.values = values;
  data = get_text (bytes, &length);
  reader.data = data;
  reader.length = length;
  if (check_bytes (&reader, data, length, max_size))
    stream_strictly (&reader, data, length);

  if (reader.error != NULL)
    {
      g_clear_error (&reader.handler_error);
      g_propagate_error (error, reader.error);
      return FALSE;
    }

  if (reader.handler_error != NULL)
    {
      g_propagate_error (error, reader.handler_error);
      return FALSE;
    }

  return TRUE;
}

xmlDoc *
sp_xml_read (GBytes      *bytes,
             const char  *display_name,
             const char  *schema_resource,
             gsize        max_size,
             guint        max_elements,
             GError     **error)
{
  SpXmlReader reader = { .display_name = display_name, .max_elements = max_elements };
  g_autoptr(xmlDoc) doc = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_libxml ();

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (length >= sizeof utf8_bom && memcmp (data, utf8_bom, sizeof utf8_bom) == 0)
    {
      data += sizeof utf8_bom;
      length -= sizeof utf8_bom;
    }

  reader.data = data;
  reader.length = length;
  if (check_bytes (&reader, data, length, max_size))
    doc = parse_strictly (&reader, data, length);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return NULL;
    }

  if (schema_resource != NULL && !sp_xml_validate (doc, display_name, schema_resource, error))
    return NULL;

  return g_steal_pointer (&doc);
}

static void
on_schema_error (void     *data,
                 xmlError *xerror)
{
  if (xerror->level >= XML_ERR_ERROR)
    g_critical ("Schema %s:%d: %s", (const char *) data, xerror->line,
                xerror->message != NULL ? xerror->message : "");
}

/* Called with schema_lock held. */
static xmlRelaxNG *
lookup_schema (const char  *resource,
               GError     **error)
{
  g_autoptr(xmlRelaxNGParserCtxt) parser = NULL;
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNG *schema;
  const char *data;
  gsize length;

  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  schema = g_hash_table_lookup (schemas, resource);
  if (schema != NULL)
    return schema;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  parser = xmlRelaxNGNewMemParserCtxt (data, (int) length);
  xmlRelaxNGSetParserStructuredErrors (parser, on_schema_error, (void *) resource);
  schema = xmlRelaxNGParse (parser);
  if (schema == NULL)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                   "Could not compile the schema %s", resource);
      return NULL;
    }

  g_hash_table_insert (schemas, g_strdup (resource), schema);
  return schema;
}

gboolean
sp_xml_validate (xmlDoc      *doc,
                 const char  *display_name,
                 const char  *schema_resource,
                 GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(xmlRelaxNGValidCtxt) validator = NULL;
  SpXmlReader reader = { .display_name = display_name };
  xmlRelaxNG *schema;
  int status;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema_resource != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_libxml ();

  /* Validation shares the compiled schema; one at a time keeps that safe. */
  locker = g_mutex_locker_new (&schema_lock);
  schema = lookup_schema (schema_resource, error);
  if (schema == NULL)
    return FALSE;

  validator = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (validator, on_xml_error, &reader);
  status = xmlRelaxNGValidateDoc (validator, doc);

  if (status != 0)
    {
      reader_fail (&reader, SP_ERROR_INVALID, xmlGetLineNo (xmlDocGetRootElement (doc)),
                   _("the document does not follow its schema"));
      g_propagate_error (error, reader.error);
      return FALSE;
    }

  return TRUE;
}

char *
sp_xml_dup_prop (xmlNode    *node,
                 const char *name)
{
  xmlChar *value;
  char *copy;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  value = xmlGetNoNsProp (node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static inline gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *
sp_xml_dup_text (xmlNode *node)
{
  xmlChar *content;
  GString *text;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (node != NULL, NULL);

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return g_strdup ("");

  text = g_string_sized_new (strlen ((const char *) content));
  for (const char *p = (const char *) content; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          pending_space = text->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (text, ' ');
      pending_space = FALSE;
      g_string_append_c (text, *p);
    }

  xmlFree (content);
  return g_string_free (text, FALSE);
}

char *
sp_xml_dup_content (xmlNode *node)
{
  xmlChar *content;
  char *copy;

  g_return_val_if_fail (node != NULL, NULL);

  content = xmlNodeGetContent (node);
  copy = g_strdup (content != NULL ? (const char *) content : "");
  xmlFree (content);
  return copy;
}

xmlNode *
sp_xml_first_element (xmlNode *parent)
{
  g_return_val_if_fail (parent != NULL, NULL);

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

xmlNode *
sp_xml_next_element (xmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  for (node = node->next; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

gboolean
sp_xml_is (xmlNode    *node,
           const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns == NULL &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

int
sp_xml_get_line (xmlNode *node)
{
  long line;

  if (node == NULL)
    return 1;

  line = xmlGetLineNo (node);
  return line > 0 ? (int) MIN (line, G_MAXINT) : 1;
}
