/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-share.h"
#include "sp-xml-private.h"

G_BEGIN_DECLS

typedef struct _SpShareReader SpShareReader;

/* The strict reader (sp-share-read.c): share content checked by hand as
 * strictly as profiles/share.rng and the rules it leaves to us. From a
 * share file's bytes, streamed without a tree: */
SpShare  *sp_share_read_bytes     (GBytes        *bytes,
                                   const char    *display_name,
                                   GError       **error);
/* From a <share> element already in a tree (inside a team audit). */
SpShare  *sp_share_new_from_node  (xmlNode       *node,
                                   const char    *display_name,
                                   GError       **error);

/* For the reader: an empty share and its setters. @date is converted to
 * UTC; @status and the score and answer ids must be interned. */
SpShare  *sp_share_new_empty      (void);
/* @id interned when already known to the process, else owned by @self. */
const char *sp_share_keep_id      (SpShare       *self,
                                   const char    *id);
void      sp_share_set_framework  (SpShare       *self,
                                   const char    *framework_id,
                                   const char    *framework_version);
void      sp_share_set_member     (SpShare       *self,
                                   const char    *member_id,
                                   const char    *member_name,
                                   gboolean       show_name);
void      sp_share_set_result     (SpShare       *self,
                                   GDateTime     *date,
                                   const char    *status,
                                   const char    *profile_id);
void      sp_share_append_score   (SpShare       *self,
                                   const char    *competence_id,
                                   double         score);
void      sp_share_append_answer  (SpShare       *self,
                                   const char    *item_id,
                                   int            answer);

/* Writes @self as an element named @element_name. */
void      sp_share_write          (SpShare       *self,
                                   xmlTextWriter *writer,
                                   const char    *element_name);
/* Text that XML 1.0 can carry, for writers. */
char     *sp_share_dup_xml_safe   (const char    *text);

G_END_DECLS
