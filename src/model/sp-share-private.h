/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-share.h"
#include "sp-xml-private.h"

G_BEGIN_DECLS

/* A share from an element already validated by a schema that includes
 * the share content (share.rng or team.rng). */
SpShare  *sp_share_new_from_node  (xmlNode       *node,
                                   const char    *display_name,
                                   GError       **error);
/* Writes @self as an element named @element_name. */
void      sp_share_write          (SpShare       *self,
                                   xmlTextWriter *writer,
                                   const char    *element_name);
/* Text that XML 1.0 can carry, for writers. */
char     *sp_share_dup_xml_safe   (const char    *text);

G_END_DECLS
