/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-radar"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-radar.h"

#include <math.h>
#include <pango/pangocairo.h>

/* A run of consecutive axes that belong to the same profile (or to none:
 * the transversal block). */
typedef struct
{
  const SpProfile *profile;
  guint            first;
  guint            n;
} Group;

/* Where everything goes, computed once per draw. Radii are from the
 * centre: the data area ends at @radius (score 100), the tick labels sit
 * between it and the profile bands, the profile names outside the bands. */
typedef struct
{
  SpFramework        *framework;
  const SpRadarStyle *style;
  GArray             *groups;
  guint               n_axes;
  double              cx;
  double              cy;
  double              radius;
  double              band_inner;
  double              band_outer;
  double              pad;
  double              line_width;
  double              group_scale;
  double              tick_line_height;
  double              tick_length;
  int                 tick_lines;
} Geometry;

#define TICK_FONT_SCALE 0.78

static void
set_source (cairo_t      *cr,
            const SpRgba *rgba,
            double        alpha)
{
  cairo_set_source_rgba (cr, rgba->r, rgba->g, rgba->b, rgba->a * alpha);
}

static double
axis_angle (const Geometry *geo,
            double          axis)
{
  /* The first sector starts at twelve o'clock and the chart runs clockwise,
   * so the transversal block is read first. */
  return -G_PI_2 + 2 * G_PI * (axis + 0.5) / geo->n_axes;
}

static void
point_at (const Geometry *geo,
          double          axis,
          double          radius,
          double         *x,
          double         *y)
{
  double angle = axis_angle (geo, axis);

  *x = geo->cx + radius * cos (angle);
  *y = geo->cy + radius * sin (angle);
}

static GArray *
collect_groups (SpFramework *framework)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (Group));
  guint n = sp_framework_get_n_competences (framework);

  for (guint i = 0; i < n; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      Group *last = groups->len ? &g_array_index (groups, Group, groups->len - 1) : NULL;

      if (last != NULL && last->profile == competence->profile)
        {
          last->n++;
          continue;
        }

      g_array_append_vals (groups, &(Group) { competence->profile, i, 1 }, 1);
    }

  return groups;
}

static const char *
group_name (const Group *group)
{
  return group->profile != NULL ? group->profile->name : _("Transversal");
}

static PangoFontDescription *
dup_font (const SpRadarStyle *style,
          double              scale,
          PangoWeight         weight)
{
  PangoFontDescription *font;
  int size;

  font = pango_font_description_from_string (style->font ? style->font : "Sans 9");
  size = pango_font_description_get_size (font);
  if (size <= 0)
    size = 9 * PANGO_SCALE;
  size = (int) (size * scale);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size);
  else
    pango_font_description_set_size (font, size);
  pango_font_description_set_weight (font, weight);

  return font;
}

static PangoLayout *
create_layout (cairo_t                    *cr,
               const PangoFontDescription *font,
               const char                 *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_line_height (cairo_t                    *cr,
                    const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, font, "Ag");
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

static double
group_mid_angle (const Geometry *geo,
                 const Group    *group)
{
  return axis_angle (geo, group->first + (group->n - 1) / 2.0);
}

static double
marker_radius (const Geometry *geo)
{
  return geo->line_width * 3.5;
}

/* Tick labels start clear of the not-assessed markers on the rim. */
static double
tick_offset (const Geometry *geo)
{
  return marker_radius (geo) + geo->pad;
}

/* How many lines of small text fit between neighbouring axes when the
 * names take @length out of the radius: two, one, or none at all. */
static int
tick_lines_for (const Geometry *geo,
                double          tick_line_height,
                double          length)
{
  double inner = geo->band_inner - geo->pad;
  double radius = inner - length - tick_offset (geo);
  double spacing = 2 * G_PI * (radius + tick_offset (geo)) / geo->n_axes;

  if (length < tick_line_height * 5)
    return 0;
  if (spacing >= 2.0 * tick_line_height)
    return 2;
  if (spacing >= 1.1 * tick_line_height)
    return 1;
  return 0;
}

/* TRUE when every competence name fits in @lines lines of @length. */
static gboolean
tick_labels_fit (const Geometry             *geo,
                 cairo_t                    *cr,
                 const PangoFontDescription *font,
                 double                      length,
                 int                         lines)
{
  for (guint i = 0; i < geo->n_axes; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (geo->framework, i);
      g_autoptr(PangoLayout) layout = create_layout (cr, font, competence->name);

      pango_layout_set_width (layout, (int) (length * PANGO_SCALE));
      pango_layout_set_height (layout, -lines);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (pango_layout_is_ellipsized (layout))
        return FALSE;
    }

  return TRUE;
}

/* Competence names go on the axes only when two (or at least one) lines of
 * small text fit between neighbouring axes and there is room for a few
 * words. The names get a little more of the radius, step by step, until
 * every one of them reads in full or the data area would get too small. */
static void
fit_tick_labels (Geometry                   *geo,
                 cairo_t                    *cr,
                 const PangoFontDescription *font)
{
  double lh = geo->tick_line_height;
  double inner = geo->band_inner - geo->pad;
  double length = MIN (inner * 0.27, lh * 13);
  double longest = MAX (length, MIN (inner * 0.38, lh * 16));
  int lines = tick_lines_for (geo, lh, length);

  geo->tick_lines = 0;
  geo->tick_length = 0;
  geo->radius = inner;
  if (lines == 0)
    return;

  while (length < longest && !tick_labels_fit (geo, cr, font, length, lines))
    {
      double next = MIN (length + lh, longest);

      if (tick_lines_for (geo, lh, next) < lines)
        break;
      length = next;
    }

  geo->tick_lines = lines;
  geo->tick_length = length;
  geo->radius = inner - length - tick_offset (geo);
}

static double
text_width (cairo_t                    *cr,
            const PangoFontDescription *font,
            const char                 *text)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, font, text);
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double) width / PANGO_SCALE;
}

/* TRUE when every profile name fits on its stretch of the band. */
static gboolean
group_labels_fit (Geometry                   *geo,
                  cairo_t                    *cr,
                  const PangoFontDescription *font,
                  double                      radius)
{
  for (guint i = 0; i < geo->groups->len; i++)
    {
      const Group *group = &g_array_index (geo->groups, Group, i);
      double room = 2 * G_PI * radius * group->n / geo->n_axes - 4 * geo->pad;

      if (text_width (cr, font, group_name (group)) > room)
        return FALSE;
    }

  return TRUE;
}

/* Picks the largest of a few font sizes at which the profile names fit on
 * the band; on a small chart the smallest one is used, with ellipses. */
static void
fit_group_labels (Geometry *geo,
                  cairo_t  *cr,
                  double    outer)
{
  static const double scales[] = { 1.0, 0.88, 0.76 };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(PangoFontDescription) font = dup_font (geo->style, scales[i],
                                                       PANGO_WEIGHT_BOLD);
      double em = layout_line_height (cr, font);

      geo->group_scale = scales[i];
      geo->band_inner = outer - em * 1.35;
      if (group_labels_fit (geo, cr, font, outer - em * 0.7))
        return;
    }
}

static void
compute_geometry (Geometry *geo,
                  cairo_t  *cr,
                  double    x,
                  double    y,
                  double    width,
                  double    height)
{
  g_autoptr(PangoFontDescription) font = dup_font (geo->style, 1.0, PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) tick_font = dup_font (geo->style, TICK_FONT_SCALE,
                                                        PANGO_WEIGHT_NORMAL);
  double em = layout_line_height (cr, font);

  geo->cx = x + width / 2;
  geo->cy = y + height / 2;
  geo->pad = em * 0.3;
  geo->line_width = MAX (0.5, em / 16);
  geo->tick_line_height = layout_line_height (cr, tick_font);

  /* The profile names are written along the band, inside it. */
  geo->band_outer = MIN (width, height) / 2 - geo->line_width;
  fit_group_labels (geo, cr, geo->band_outer);
  fit_tick_labels (geo, cr, tick_font);
}

static void
draw_sectors (cairo_t        *cr,
              const Geometry *geo)
{
  const SpRadarStyle *style = geo->style;

  for (guint i = 0; i < geo->groups->len; i++)
    {
      const Group *group = &g_array_index (geo->groups, Group, i);
      double start = axis_angle (geo, group->first - 0.5);
      double end = axis_angle (geo, group->first + group->n - 0.5);
      double gap = geo->line_width * 3 / geo->band_outer;

      /* Every other sector is shaded so the eye can follow a profile. */
      if (i % 2 == 1)
        {
          cairo_move_to (cr, geo->cx, geo->cy);
          cairo_arc (cr, geo->cx, geo->cy, geo->radius, start, end);
          cairo_close_path (cr);
          set_source (cr, &style->foreground, 0.045);
          cairo_fill (cr);
        }

      cairo_new_sub_path (cr);
      cairo_arc (cr, geo->cx, geo->cy, geo->band_outer, start + gap, end - gap);
      cairo_arc_negative (cr, geo->cx, geo->cy, geo->band_inner, end - gap, start + gap);
      cairo_close_path (cr);
      if (group->profile == NULL)
        set_source (cr, &style->foreground, 0.16);
      else
        set_source (cr, &style->stroke, i % 2 == 1 ? 0.3 : 0.18);
      cairo_fill (cr);
    }
}

static void
draw_rings (cairo_t        *cr,
            const Geometry *geo)
{
  cairo_set_line_width (cr, geo->line_width);

  for (int ring = 1; ring <= 4; ring++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, geo->cx, geo->cy, geo->radius * ring / 4, 0, 2 * G_PI);
    }
  set_source (cr, &geo->style->grid, 1.0);
  cairo_stroke (cr);

  for (guint i = 0; i < geo->n_axes; i++)
    {
      double x, y;

      point_at (geo, i, geo->radius, &x, &y);
      cairo_move_to (cr, geo->cx, geo->cy);
      cairo_line_to (cr, x, y);
    }
  set_source (cr, &geo->style->grid, 0.7);
  cairo_stroke (cr);
}

static void
draw_ring_labels (cairo_t        *cr,
                  const Geometry *geo)
{
  g_autoptr(PangoFontDescription) font = dup_font (geo->style, TICK_FONT_SCALE,
                                                   PANGO_WEIGHT_NORMAL);

  /* Too crowded to read on a small chart. */
  if (geo->radius / 4 < geo->tick_line_height * 1.5)
    return;

  /* Along the boundary at twelve o'clock, where no axis runs. */
  for (int ring = 1; ring <= 4; ring++)
    {
      g_autofree char *text = g_strdup_printf ("%d", ring * 25);
      g_autoptr(PangoLayout) layout = create_layout (cr, font, text);
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      cairo_move_to (cr,
                     geo->cx - logical.width / 2.0,
                     geo->cy - geo->radius * ring / 4 - logical.height * 0.5);
      set_source (cr, &geo->style->foreground, 0.6);
      pango_cairo_show_layout (cr, layout);
    }
}

static double
score_or_nan (SpResult           *result,
              const SpCompetence *competence)
{
  double score = sp_result_get_competence_score (result, competence);

  return isnan (score) ? NAN : CLAMP (score, 0, 100);
}

/* Appends the axes first … first + n - 1 (wrapping round) to the path. */
static void
trace_run (cairo_t        *cr,
           const Geometry *geo,
           const double   *scores,
           guint           first,
           guint           n)
{
  for (guint k = 0; k < n; k++)
    {
      guint axis = (first + k) % geo->n_axes;
      double x, y;

      point_at (geo, axis, geo->radius * scores[axis] / 100, &x, &y);
      cairo_line_to (cr, x, y);
    }
}

static void
fill_run (cairo_t        *cr,
          const Geometry *geo,
          const double   *scores,
          guint           first,
          guint           n)
{
  /* A fan from the centre: the area reaches exactly from the first to the
   * last assessed axis of the run and leaves the gap around a competence
   * that was not assessed empty. */
  cairo_move_to (cr, geo->cx, geo->cy);
  trace_run (cr, geo, scores, first, n);
  cairo_close_path (cr);
}

static void
stroke_run (cairo_t        *cr,
            const Geometry *geo,
            const double   *scores,
            guint           first,
            guint           n,
            gboolean        closed)
{
  cairo_new_sub_path (cr);
  trace_run (cr, geo, scores, first, n);
  if (closed)
    cairo_close_path (cr);
}

typedef void (*RunFunc) (cairo_t        *cr,
                         const Geometry *geo,
                         const double   *scores,
                         guint           first,
                         guint           n);

static void
stroke_open_run (cairo_t        *cr,
                 const Geometry *geo,
                 const double   *scores,
                 guint           first,
                 guint           n)
{
  stroke_run (cr, geo, scores, first, n, FALSE);
}

/* Calls @func for every maximal run of assessed axes; returns FALSE when
 * every axis is assessed (then there is one closed shape instead). */
static gboolean
foreach_run (cairo_t        *cr,
             const Geometry *geo,
             const double   *scores,
             RunFunc         func)
{
  guint n = geo->n_axes;
  guint start = n;

  for (guint i = 0; i < n; i++)
    if (isnan (scores[i]))
      {
        start = i;
        break;
      }

  if (start == n)
    return FALSE;

  for (guint k = 1; k <= n; k++)
    {
      guint axis = (start + k) % n;
      guint len = 0;

      while (k + len <= n && !isnan (scores[(start + k + len) % n]))
        len++;
      if (len > 0)
        func (cr, geo, scores, axis, len);
      k += len;
    }

  return TRUE;
}

static double *
dup_scores (const Geometry *geo,
            SpResult       *result)
{
  double *scores = g_new (double, geo->n_axes);

  for (guint i = 0; i < geo->n_axes; i++)
    scores[i] = score_or_nan (result,
                              sp_framework_get_competence (geo->framework, i));

  return scores;
}

static void
draw_points (cairo_t        *cr,
             const Geometry *geo,
             const double   *scores)
{
  double dot = geo->line_width * 2.2;

  for (guint i = 0; i < geo->n_axes; i++)
    {
      double x, y;

      if (isnan (scores[i]))
        continue;

      point_at (geo, i, geo->radius * scores[i] / 100, &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, dot, 0, 2 * G_PI);
    }
  set_source (cr, &geo->style->stroke, 1.0);
  cairo_fill (cr);
}

static void
draw_not_assessed (cairo_t        *cr,
                   const Geometry *geo,
                   const double   *scores)
{
  double size = marker_radius (geo);

  /* A hollow ring on the outer circle: visible, and never mistaken for a
   * score of zero at the centre. */
  for (guint i = 0; i < geo->n_axes; i++)
    {
      double x, y;

      if (!isnan (scores[i]))
        continue;

      point_at (geo, i, geo->radius, &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, size, 0, 2 * G_PI);
    }
  cairo_set_line_width (cr, geo->line_width * 1.5);
  set_source (cr, &geo->style->foreground, 0.8);
  cairo_stroke (cr);
}

static void
draw_result (cairo_t        *cr,
             const Geometry *geo,
             SpResult       *result)
{
  g_autofree double *scores = dup_scores (geo, result);
  const SpRadarStyle *style = geo->style;

  if (!foreach_run (cr, geo, scores, fill_run))
    stroke_run (cr, geo, scores, 0, geo->n_axes, TRUE);
  set_source (cr, &style->fill, 1.0);
  cairo_fill (cr);

  if (!foreach_run (cr, geo, scores, stroke_open_run))
    stroke_run (cr, geo, scores, 0, geo->n_axes, TRUE);
  cairo_set_line_width (cr, geo->line_width * 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_source (cr, &style->stroke, 1.0);
  cairo_stroke (cr);

  draw_points (cr, geo, scores);
  draw_not_assessed (cr, geo, scores);
}

static void
draw_previous (cairo_t        *cr,
               const Geometry *geo,
               SpResult       *previous)
{
  g_autofree double *scores = dup_scores (geo, previous);
  double dashes[] = { geo->line_width * 6, geo->line_width * 4 };

  if (!foreach_run (cr, geo, scores, stroke_open_run))
    stroke_run (cr, geo, scores, 0, geo->n_axes, TRUE);

  cairo_save (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, geo->line_width * 2);
  set_source (cr, &geo->style->previous, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Maps a point of a text path laid out flat (origin at the layout's
 * top-left corner) onto the band, so the text follows the arc. Text in the
 * lower half runs the other way round, so it never reads upside down. */
static void
bend_point (const Geometry *geo,
            double          mid_angle,
            double          centre_x,
            double          centre_y,
            double         *x,
            double         *y)
{
  double radius = (geo->band_inner + geo->band_outer) / 2;
  double along = (*x - centre_x) / radius;
  double up = centre_y - *y;
  gboolean lower = sin (mid_angle) > 1e-6;
  double angle = lower ? mid_angle - along : mid_angle + along;
  double r = lower ? radius - up : radius + up;

  *x = geo->cx + r * cos (angle);
  *y = geo->cy + r * sin (angle);
}

static void
append_bent_path (cairo_t        *cr,
                  const Geometry *geo,
                  cairo_path_t   *path,
                  double          mid_angle,
                  double          centre_x,
                  double          centre_y)
{
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *data = &path->data[i];
      double p[3][2];

      for (int k = 1; k < data->header.length && k <= 3; k++)
        {
          p[k - 1][0] = data[k].point.x;
          p[k - 1][1] = data[k].point.y;
          bend_point (geo, mid_angle, centre_x, centre_y, &p[k - 1][0], &p[k - 1][1]);
        }

      switch (data->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          cairo_move_to (cr, p[0][0], p[0][1]);
          break;
        case CAIRO_PATH_LINE_TO:
          cairo_line_to (cr, p[0][0], p[0][1]);
          break;
        case CAIRO_PATH_CURVE_TO:
          cairo_curve_to (cr, p[0][0], p[0][1], p[1][0], p[1][1], p[2][0], p[2][1]);
          break;
        case CAIRO_PATH_CLOSE_PATH:
        default:
          cairo_close_path (cr);
          break;
        }
    }
}

static void
draw_group_label (cairo_t                    *cr,
                  const Geometry             *geo,
                  const PangoFontDescription *font,
                  const Group                *group)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, font, group_name (group));
  double radius = (geo->band_inner + geo->band_outer) / 2;
  double room = 2 * G_PI * radius * group->n / geo->n_axes - 4 * geo->pad;
  cairo_path_t *path;
  PangoRectangle logical;

  pango_layout_set_width (layout, (int) (room * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (room < 3 * logical.height)
    return;

  cairo_new_path (cr);
  cairo_move_to (cr, 0, 0);
  pango_cairo_layout_path (cr, layout);
  path = cairo_copy_path (cr);
  cairo_new_path (cr);

  append_bent_path (cr, geo, path, group_mid_angle (geo, group),
                    logical.x + logical.width / 2.0, logical.y + logical.height / 2.0);
  cairo_path_destroy (path);
  set_source (cr, &geo->style->foreground, 1.0);
  cairo_fill (cr);
}

static void
draw_group_labels (cairo_t        *cr,
                   const Geometry *geo)
{
  g_autoptr(PangoFontDescription) font = dup_font (geo->style, geo->group_scale,
                                                   PANGO_WEIGHT_BOLD);

  for (guint i = 0; i < geo->groups->len; i++)
    draw_group_label (cr, geo, font, &g_array_index (geo->groups, Group, i));
}

static void
draw_tick_label (cairo_t              *cr,
                 const Geometry       *geo,
                 PangoFontDescription *font,
                 guint                 axis)
{
  const SpCompetence *competence = sp_framework_get_competence (geo->framework, axis);
  g_autoptr(PangoLayout) layout = create_layout (cr, font, competence->name);
  double angle = axis_angle (geo, axis);
  gboolean left = cos (angle) < -1e-6;
  PangoRectangle logical;

  pango_layout_set_width (layout, (int) (geo->tick_length * PANGO_SCALE));
  pango_layout_set_height (layout, -geo->tick_lines);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, left ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  /* Text on the left half is turned half round so nothing reads upside
   * down. */
  cairo_save (cr);
  cairo_translate (cr, geo->cx, geo->cy);
  cairo_rotate (cr, left ? angle + G_PI : angle);
  if (left)
    cairo_move_to (cr, -geo->radius - tick_offset (geo) - geo->tick_length,
                   -logical.height / 2.0);
  else
    cairo_move_to (cr, geo->radius + tick_offset (geo), -logical.height / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_tick_labels (cairo_t        *cr,
                  const Geometry *geo)
{
  g_autoptr(PangoFontDescription) font = NULL;

  if (geo->tick_lines == 0)
    return;

  font = dup_font (geo->style, TICK_FONT_SCALE, PANGO_WEIGHT_NORMAL);
  set_source (cr, &geo->style->foreground, 0.85);
  for (guint i = 0; i < geo->n_axes; i++)
    draw_tick_label (cr, geo, font, i);
}

/**
 * sp_radar_style_init_print:
 * @style: the style to fill
 *
 * Fills @style with colours for paper: dark text and grey rings on white,
 * and a font size in absolute units (points, in a PDF).
 */
void
sp_radar_style_init_print (SpRadarStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (SpRadarStyle) {
    .foreground = { 0.14, 0.12, 0.19, 1.0 },
    .grid = { 0.75, 0.75, 0.74, 1.0 },
    .fill = { 0.21, 0.52, 0.89, 0.28 },
    .stroke = { 0.10, 0.37, 0.71, 1.0 },
    .previous = { 0.78, 0.27, 0.0, 1.0 },
    .font = "Noto Sans, DejaVu Sans, Sans 8px",
  };
}

/**
 * sp_radar_draw:
 * @cr: where to draw
 * @style: colours and font
 * @result: the scores to show
 * @previous: (nullable): an earlier result, drawn as a dashed outline
 * @x: left edge of the rectangle
 * @y: top edge
 * @width: width of the rectangle
 * @height: height of the rectangle
 *
 * Draws a radar chart with one axis per competence, grouped by profile.
 */
void
sp_radar_draw (cairo_t            *cr,
               const SpRadarStyle *style,
               SpResult           *result,
               SpResult           *previous,
               double              x,
               double              y,
               double              width,
               double              height)
{
  g_autoptr(GArray) groups = NULL;
  Geometry geo = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (result != NULL);

  geo.framework = sp_result_get_framework (result);
  geo.style = style;
  geo.n_axes = sp_framework_get_n_competences (geo.framework);
  if (geo.n_axes == 0 || width <= 0 || height <= 0)
    return;

  groups = collect_groups (geo.framework);
  geo.groups = groups;

  cairo_save (cr);
  compute_geometry (&geo, cr, x, y, width, height);
  draw_sectors (cr, &geo);
  draw_rings (cr, &geo);
  draw_result (cr, &geo, result);
  if (previous != NULL)
    draw_previous (cr, &geo, previous);
  draw_ring_labels (cr, &geo);
  draw_tick_labels (cr, &geo);
  draw_group_labels (cr, &geo);
  cairo_restore (cr);
}

static void
describe_competence (GString            *text,
                     SpResult           *result,
                     const SpCompetence *competence)
{
  double score = sp_result_get_competence_score (result, competence);

  if (isnan (score))
    {
      /* Translators: a competence that could not be scored */
      g_string_append_printf (text, _("%s: not assessed."), competence->name);
      g_string_append_c (text, '\n');
      return;
    }

  /* Translators: competence name, score in words, score out of 100 */
  g_string_append_printf (text, _("%s: %s, %.0f out of 100."),
                          competence->name,
                          sp_band_get_label (sp_band_for_score (score)),
                          round (score));
  g_string_append_c (text, '\n');
}

static void
describe_group (GString     *text,
                SpResult    *result,
                SpFramework *framework,
                const Group *group)
{
  if (group->profile == NULL)
    g_string_append_printf (text,
                            ngettext ("Transversal competences (%u):",
                                      "Transversal competences (%u):",
                                      group->n),
                            group->n);
  else
    /* Translators: profile name, number of its competences */
    g_string_append_printf (text,
                            ngettext ("%s (%u competence):",
                                      "%s (%u competences):",
                                      group->n),
                            group->profile->name, group->n);
  g_string_append_c (text, '\n');

  for (guint i = 0; i < group->n; i++)
    describe_competence (text, result,
                         sp_framework_get_competence (framework, group->first + i));
}

/**
 * sp_radar_dup_description:
 * @result: the scores
 *
 * Returns: (transfer full): a text alternative for the radar chart, one
 * line per competence, grouped as on the chart.
 */
char *
sp_radar_dup_description (SpResult *result)
{
  g_autoptr(GArray) groups = NULL;
  SpFramework *framework;
  GString *text;
  guint n;

  g_return_val_if_fail (result != NULL, NULL);

  framework = sp_result_get_framework (result);
  n = sp_framework_get_n_competences (framework);
  groups = collect_groups (framework);
  text = g_string_new (NULL);

  g_string_append_printf (text,
                          ngettext ("Radar chart of %u competence, ",
                                    "Radar chart of %u competences, ", n),
                          n);
  /* Translators: follows “Radar chart of 52 competences, ” */
  g_string_append_printf (text, ngettext ("in %u group.", "in %u groups.", groups->len),
                          groups->len);
  g_string_append_c (text, '\n');

  for (guint i = 0; i < groups->len; i++)
    describe_group (text, result, framework, &g_array_index (groups, Group, i));

  return g_string_free (text, FALSE);
}
