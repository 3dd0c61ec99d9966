/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

#define SP_XML_MAX_DEPTH 32
/* No attribute of ours comes near this; a longer one is an attack or junk. */
#define SP_XML_MAX_ATTRIBUTE (64 * 1024)
#define SP_XML_MAX_ATTRIBUTES 64
/* Our largest file but a team audit, the framework, has a few hundred
 * elements. A team audit holds one share per member and sets its own. */
#define SP_XML_MAX_ELEMENTS 4000

/* Parses @bytes strictly: no network, no DTD loading, no entity
 * substitution, a document type declaration refused, depth, size and
 * number of elements limited; then validates against the RELAX NG schema
 * at @schema_resource (a GResource path). Errors name @display_name and
 * the line, and say what libxml2 found in plain words (a file cut short,
 * not XML, a broken attribute or tag). */
xmlDoc     *sp_xml_read          (GBytes      *bytes,
                                  const char  *display_name,
                                  const char  *schema_resource,
                                  gsize        max_size,
                                  guint        max_elements,
                                  GError     **error);
/* Validates @doc against the RELAX NG schema at @schema_resource; for
 * readers that look at the root (format version) before the schema.
 * sp_xml_read() with a NULL schema_resource skips validation. */
gboolean    sp_xml_validate      (xmlDoc      *doc,
                                  const char  *display_name,
                                  const char  *schema_resource,
                                  GError     **error);

/* One attribute of an element met by sp_xml_stream(): its local name,
 * whether it has a namespace prefix, and its value, entities and
 * character references decoded. */
typedef struct
{
  const char *name;
  const char *value;
  gboolean    namespaced;
} SpXmlAttribute;

/* A start tag met by sp_xml_stream(). */
typedef struct
{
  const char           *name;          /* local name */
  gboolean              namespaced;    /* the element is in a namespace */
  guint                 n_attributes;
  const SpXmlAttribute *attributes;
  int                   line;
} SpXmlElement;

/* What sp_xml_stream() calls, in document order. Each returns FALSE with
 * @error set (naming the file and line) to stop the read. */
typedef struct
{
  gboolean (*start_element) (gpointer            user_data,
                             const SpXmlElement *element,
                             GError            **error);
  gboolean (*end_element)   (gpointer            user_data,
                             const char         *name,
                             int                 line,
                             GError            **error);
  /* Character data outside tags (CDATA sections included); comments and
   * processing instructions are not reported. */
  gboolean (*text)          (gpointer            user_data,
                             const char         *text,
                             gsize               length,
                             int                 line,
                             GError            **error);
} SpXmlHandlers;

/* Reads @bytes as strictly as sp_xml_read() (the same checks, limits and
 * errors) without building a tree: each element goes to @handlers as it
 * is parsed. For readers that check their format by hand, in one pass. */
gboolean    sp_xml_stream        (GBytes              *bytes,
                                  const char          *display_name,
                                  gsize                max_size,
                                  const SpXmlHandlers *handlers,
                                  gpointer             user_data,
                                  GError             **error);

/* An attribute as a new string, or NULL. */
char       *sp_xml_dup_prop      (xmlNode     *node,
                                  const char  *name);
/* The element's text with whitespace runs collapsed, as a new string. */
char       *sp_xml_dup_text      (xmlNode     *node);
/* The element's text exactly as written, as a new string. */
char       *sp_xml_dup_content   (xmlNode     *node);
/* Iterates element children only. */
xmlNode    *sp_xml_first_element (xmlNode     *parent);
xmlNode    *sp_xml_next_element  (xmlNode     *node);
gboolean    sp_xml_is            (xmlNode     *node,
                                  const char  *name);
/* The line of @node, for messages (at least 1). */
int         sp_xml_get_line      (xmlNode     *node);

G_END_DECLS
