/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sp-result.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} SpRgba;

/* Colours and font of a radar chart; the widget fills it from the theme
 * (light or dark), the PDF from print colours. */
typedef struct
{
  SpRgba      foreground;   /* labels, axes */
  SpRgba      grid;         /* rings */
  SpRgba      fill;         /* the person's area */
  SpRgba      stroke;       /* the person's outline */
  SpRgba      previous;     /* an earlier assessment, when drawn */
  const char *font;         /* Pango font description, e.g. "Sans 9" */
} SpRadarStyle;

void  sp_radar_style_init_print (SpRadarStyle *style);

/* Draws the radar of every competence of @result in the rectangle
 * (x, y, width, height) with vector operations only, so it is sharp at any
 * scale. Competences not assessed are marked on their axis, not drawn as
 * zero. @previous may be NULL. */
void  sp_radar_draw             (cairo_t            *cr,
                                 const SpRadarStyle *style,
                                 SpResult           *result,
                                 SpResult           *previous,
                                 double              x,
                                 double              y,
                                 double              width,
                                 double              height);

/* A text alternative for screen readers: every competence with its score
 * in words and number. */
char *sp_radar_dup_description  (SpResult           *result);

G_END_DECLS
