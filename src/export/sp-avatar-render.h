/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sp-framework.h"

G_BEGIN_DECLS

/* Renders @profile's SVG avatar as vectors, fitted into the rectangle and
 * centred. Used by the avatar widget and by the PDF. */
gboolean sp_avatar_render (cairo_t          *cr,
                           SpFramework      *framework,
                           const SpProfile  *profile,
                           double            x,
                           double            y,
                           double            width,
                           double            height,
                           GError          **error);

G_END_DECLS
