/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sp-framework.h"

G_BEGIN_DECLS

#define SP_TYPE_AVATAR (sp_avatar_get_type ())

G_DECLARE_FINAL_TYPE (SpAvatar, sp_avatar, SP, AVATAR, GtkWidget)

/**
 * SpAvatar:
 *
 * A profile's SVG avatar drawn as vectors at the widget's size (the
 * "size" property, in logical pixels), so it is sharp at any scale. Its
 * accessible label is the profile's name.
 */
GtkWidget *sp_avatar_new         (void);
void       sp_avatar_set_profile (SpAvatar        *self,
                                  SpFramework     *framework,
                                  const SpProfile *profile);
void       sp_avatar_set_size    (SpAvatar        *self,
                                  int              size);

G_END_DECLS
