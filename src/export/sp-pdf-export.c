/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-pdf-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-pdf-export.h"
#include "sp-format.h"

#include "sp-avatar-render.h"
#include "sp-error.h"
#include "sp-export-file.h"
#include "sp-pdf-doc-private.h"
#include "sp-radar.h"

#include <math.h>

/* Short names for the shared page and colours (sp-pdf-doc-private.h). */
#define PAGE_WIDTH      SP_PDF_PAGE_WIDTH
#define MARGIN          SP_PDF_MARGIN
#define CONTENT_WIDTH   SP_PDF_CONTENT_WIDTH
#define CONTENT_BOTTOM  SP_PDF_CONTENT_BOTTOM
#define FOOTER_Y        SP_PDF_FOOTER_Y
#define COLOR_TEXT      SP_PDF_COLOR_TEXT
#define COLOR_MUTED     SP_PDF_COLOR_MUTED
#define COLOR_ACCENT    SP_PDF_COLOR_ACCENT
#define COLOR_RULE      SP_PDF_COLOR_RULE

#define CONTENT_TOP   MARGIN
#define AVATAR_SIZE   112.0
#define MAX_GAPS      5

/* Colours of the page, as 0xRRGGBB. */
#define COLOR_BAR     0x3584e4
#define COLOR_TRACK   0xdeddda
#define COLOR_SHADE   0xf2f1f0
#define GOALS_HEADING_HEIGHT 22.0  /* the "Goals" line and the space under it */

/* One pass over the document. The first pass only counts pages (it writes
 * into a stream that discards everything); the second knows the page count
 * for the footers and writes the file. */
typedef struct
{
  cairo_t         *cr;
  PangoContext    *context;
  SpPortfolio     *portfolio;
  SpFramework     *framework;
  SpResult        *result;
  SpResult        *previous;  /* the assessment before, or NULL */
  SpPlan          *plan;
  const char      *name;      /* NULL when the portfolio has none */
  char            *date;      /* locale date of the assessment */
  char            *previous_date;
  double           y;         /* top of the next thing to draw */
  double           bottom;    /* where the text area ends */
  int              page;
  int              n_pages;   /* 0 in the counting pass */
} Doc;

static PangoLayout *
doc_layout (Doc        *doc,
            double      size,
            PangoWeight weight,
            const char *text,
            double      width)
{
  return sp_pdf_layout_new (doc->context, size, weight, text, width);
}

static void
show_layout (Doc         *doc,
             PangoLayout *layout,
             double       x,
             double       y,
             guint32      color)
{
  sp_pdf_set_color (doc->cr, color);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
}

static char *
dup_footer_text (Doc *doc)
{
  if (doc->name != NULL && doc->n_pages > 0)
    /* Translators: footer of each PDF page: name, date, page, page count */
    return g_strdup_printf (_("SSE Portfolio · %s · %s · page %d of %d"),
                            doc->name, doc->date, doc->page, doc->n_pages);
  if (doc->n_pages > 0)
    return g_strdup_printf (_("SSE Portfolio · %s · page %d of %d"),
                            doc->date, doc->page, doc->n_pages);

  /* The counting pass: the footer takes no room from the text. */
  return g_strdup_printf (_("SSE Portfolio · %s · page %d"), doc->date, doc->page);
}

static void
draw_footer (Doc *doc)
{
  g_autofree char *text = dup_footer_text (doc);
  g_autoptr(PangoLayout) layout = doc_layout (doc, 7.5, PANGO_WEIGHT_NORMAL, text, 0);

  cairo_move_to (doc->cr, MARGIN, FOOTER_Y - 6);
  cairo_line_to (doc->cr, PAGE_WIDTH - MARGIN, FOOTER_Y - 6);
  cairo_set_line_width (doc->cr, 0.5);
  sp_pdf_set_color (doc->cr, COLOR_RULE);
  cairo_stroke (doc->cr);

  show_layout (doc, layout, PAGE_WIDTH - MARGIN - sp_pdf_layout_get_width (layout), FOOTER_Y,
               COLOR_MUTED);
}

static void
doc_new_page (Doc *doc)
{
  draw_footer (doc);
  cairo_show_page (doc->cr);
  doc->page++;
  doc->y = CONTENT_TOP;
}

/* Starts a new page unless @height still fits on this one. Returns TRUE
 * when it did. */
static gboolean
doc_ensure_space (Doc    *doc,
                  double  height)
{
  if (doc->y + height <= doc->bottom || doc->y <= CONTENT_TOP)
    return FALSE;

  doc_new_page (doc);

  return TRUE;
}

/* Draws a paragraph line by line, so a long one flows onto the next page
 * without ever cutting a line in two. */
static void
draw_flowing (Doc         *doc,
              PangoLayout *layout,
              double       x,
              guint32      color)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double spacing = (double) pango_layout_get_spacing (layout) / PANGO_SCALE;
  gboolean first = TRUE;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (!first)
        doc->y += spacing;
      first = FALSE;
      doc_ensure_space (doc, (double) logical.height / PANGO_SCALE);

      baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      sp_pdf_set_color (doc->cr, color);
      cairo_move_to (doc->cr, x + (double) logical.x / PANGO_SCALE, doc->y + baseline);
      pango_cairo_show_layout_line (doc->cr, line);
      doc->y += (double) logical.height / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_paragraph (Doc        *doc,
                const char *text,
                double      size,
                PangoWeight weight,
                guint32     color,
                double      space_after)
{
  g_autoptr(PangoLayout) layout = doc_layout (doc, size, weight, text, CONTENT_WIDTH);

  draw_flowing (doc, layout, MARGIN, color);
  doc->y += space_after;
}

/* A heading that is kept on the same page as the first @keep points of
 * what follows it. */
static void
draw_heading (Doc        *doc,
              const char *text,
              double      keep)
{
  g_autoptr(PangoLayout) layout = doc_layout (doc, 13, PANGO_WEIGHT_BOLD, text,
                                              CONTENT_WIDTH);
  double height = sp_pdf_layout_get_height (layout);

  if (doc->y > CONTENT_TOP)
    doc->y += 14;
  if (doc_ensure_space (doc, height + 6 + keep))
    doc->y = CONTENT_TOP;

  show_layout (doc, layout, MARGIN, doc->y, COLOR_ACCENT);
  doc->y += height + 6;
}

static const SpProfile *
featured_profile (Doc *doc)
{
  const SpProfile *match = sp_result_get_match (doc->result);
  const char *target = sp_plan_get_target (doc->plan);

  if (match != NULL)
    return match;
  if (target != NULL)
    return sp_framework_lookup_profile (doc->framework, target);

  return NULL;
}

static void
draw_avatar (Doc    *doc,
             double  top)
{
  const SpProfile *profile = featured_profile (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  g_autofree char *text = NULL;
  double x = PAGE_WIDTH - MARGIN - AVATAR_SIZE;

  if (profile == NULL)
    return;

  if (!sp_avatar_render (doc->cr, doc->framework, profile, x, top, AVATAR_SIZE,
                         AVATAR_SIZE, &error))
    {
      /* The plan is still worth having without its picture. */
      g_warning ("Failed to draw the avatar in the PDF: %s", error->message);
      return;
    }

  if (profile == sp_result_get_match (doc->result))
    text = g_strdup (profile->name);
  else
    /* Translators: under the avatar of the plan's target profile */
    text = g_strdup_printf (_("Target: %s"), profile->name);

  caption = doc_layout (doc, 9, PANGO_WEIGHT_BOLD, text, AVATAR_SIZE);
  pango_layout_set_alignment (caption, PANGO_ALIGN_CENTER);
  show_layout (doc, caption, x, top + AVATAR_SIZE + 4, COLOR_TEXT);
}

static void
section_title (Doc *doc)
{
  double text_width = CONTENT_WIDTH - AVATAR_SIZE - 20;
  g_autoptr(PangoLayout) title = doc_layout (doc, 22, PANGO_WEIGHT_BOLD,
                                             _("Personal development plan"), text_width);
  double top = doc->y;
  double y = top;

  show_layout (doc, title, MARGIN, y, COLOR_TEXT);
  y += sp_pdf_layout_get_height (title) + 6;

  if (doc->name != NULL)
    {
      g_autoptr(PangoLayout) name = doc_layout (doc, 15, PANGO_WEIGHT_NORMAL, doc->name,
                                                text_width);

      show_layout (doc, name, MARGIN, y, COLOR_TEXT);
      y += sp_pdf_layout_get_height (name) + 4;
    }

  if (doc->date != NULL)
    {
      g_autofree char *text = doc->previous_date == NULL
        ? g_strdup_printf (_("Assessment of %s"), doc->date)
        /* Translators: the dates of the newest and of the previous assessment */
        : g_strdup_printf (_("Assessment of %s, compared with %s"), doc->date,
                           doc->previous_date);
      g_autoptr(PangoLayout) date = doc_layout (doc, 10, PANGO_WEIGHT_NORMAL, text,
                                                text_width);

      show_layout (doc, date, MARGIN, y, COLOR_MUTED);
      y += sp_pdf_layout_get_height (date);
    }

  draw_avatar (doc, top);
  doc->y = MAX (y, featured_profile (doc) ? top + AVATAR_SIZE + 18 : y) + 18;
}

static void
section_explanation (Doc *doc)
{
  g_autofree char *headline = sp_result_dup_headline (doc->result);
  g_autofree char *explanation = sp_result_dup_explanation (doc->result);

  if (headline != NULL && *headline != '\0')
    draw_paragraph (doc, headline, 13, PANGO_WEIGHT_BOLD, COLOR_TEXT, 6);
  if (explanation != NULL && *explanation != '\0')
    draw_paragraph (doc, explanation, 10, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 4);
}

static char *
dup_score_text (double score)
{
  if (isnan (score))
    return g_strdup ("—");

  return g_strdup_printf ("%.0f", round (score));
}

static void
draw_bar (Doc     *doc,
          double   x,
          double   y,
          double   width,
          double   height,
          double   value,
          guint32  color)
{
  cairo_rectangle (doc->cr, x, y, width, height);
  sp_pdf_set_color (doc->cr, COLOR_TRACK);
  cairo_fill (doc->cr);

  if (isnan (value))
    return;

  cairo_rectangle (doc->cr, x, y, width * CLAMP (value, 0, 100) / 100, height);
  sp_pdf_set_color (doc->cr, color);
  cairo_fill (doc->cr);
}

static void
draw_affinity_row (Doc              *doc,
                   const SpAffinity *affinity,
                   gboolean          is_match)
{
  PangoWeight weight = is_match ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;
  g_autoptr(PangoLayout) name = doc_layout (doc, 10, weight, affinity->profile->name, 150);
  g_autofree char *number = dup_score_text (affinity->affinity);
  g_autoptr(PangoLayout) value = doc_layout (doc, 10, weight, number, 0);
  double height = MAX (sp_pdf_layout_get_height (name), 17);
  double bar_x = MARGIN + 160;
  double bar_width = CONTENT_WIDTH - 160 - 40;

  doc_ensure_space (doc, height);
  show_layout (doc, name, MARGIN, doc->y, COLOR_TEXT);
  draw_bar (doc, bar_x, doc->y + 4, bar_width, 8, affinity->affinity,
            is_match ? COLOR_ACCENT : COLOR_BAR);
  show_layout (doc, value, PAGE_WIDTH - MARGIN - sp_pdf_layout_get_width (value), doc->y,
               COLOR_TEXT);
  doc->y += height;
}

static void
section_affinities (Doc *doc)
{
  const SpProfile *match = sp_result_get_match (doc->result);
  guint n = sp_result_get_n_affinities (doc->result);

  g_autofree char *heading = g_strdup_printf (ngettext ("How you match the %u profile",
                                                       "How you match the %u profiles", n),
                                             n);

  draw_heading (doc, heading, 40);
  draw_paragraph (doc,
                  _("Affinity with each role profile, from 0 to 100, best first."),
                  9, PANGO_WEIGHT_NORMAL, COLOR_MUTED, 6);

  for (guint rank = 0; rank < n; rank++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (doc->result, rank);

      draw_affinity_row (doc, affinity, affinity->profile == match);
    }
}

static char *
dup_radar_legend (void)
{
  /* Translators: the four bands of a 0–100 score, shown under the radar */
  return g_strdup_printf (_("Each axis is one competence; the axes are grouped by profile, "
                            "the transversal competences first. The rings at 25, 50, 75 "
                            "and 100 mark the four levels: %s (0–24), %s (25–49), "
                            "%s (50–74) and %s (75–100). A hollow circle on the outer "
                            "ring marks a competence that is not assessed."),
                          sp_band_get_label (SP_BAND_DISCOVERING),
                          sp_band_get_label (SP_BAND_WITH_SUPPORT),
                          sp_band_get_label (SP_BAND_AUTONOMOUS),
                          sp_band_get_label (SP_BAND_CAN_LEAD));
}

static void
section_radar (Doc *doc)
{
  g_autofree char *bands = dup_radar_legend ();
  g_autofree char *legend = doc->previous == NULL
    ? g_strdup (bands)
    /* Translators: the radar legend, then the date of the previous assessment */
    : g_strdup_printf (_("%s The dashed outline shows your previous assessment, of %s."),
                       bands, doc->previous_date);
  double size = CONTENT_WIDTH;
  SpRadarStyle style;

  sp_radar_style_init_print (&style);

  /* The chart always starts a page of its own: it needs nearly all of it. */
  if (doc->y > CONTENT_TOP)
    doc_new_page (doc);

  draw_heading (doc, _("Your competences at a glance"), size);
  sp_radar_draw (doc->cr, &style, doc->result, doc->previous, MARGIN, doc->y, size, size);
  doc->y += size + 8;
  draw_paragraph (doc, legend, 9, PANGO_WEIGHT_NORMAL, COLOR_MUTED, 0);
}

/* Column positions of the competence and gap tables. */
#define COL_NAME_WIDTH  270.0
#define COL_BAND_X      (MARGIN + 285)
#define COL_BAND_WIDTH  150.0
#define COL_SCORE_RIGHT (PAGE_WIDTH - MARGIN - 4)

static void
draw_table_header (Doc        *doc,
                   const char *first,
                   const char *second,
                   const char *third)
{
  g_autoptr(PangoLayout) a = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, first, COL_NAME_WIDTH);
  g_autoptr(PangoLayout) b = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, second, COL_BAND_WIDTH);
  g_autoptr(PangoLayout) c = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, third, 0);
  double height = sp_pdf_layout_get_height (a) + 6;

  show_layout (doc, a, MARGIN + 4, doc->y + 2, COLOR_MUTED);
  show_layout (doc, b, COL_BAND_X, doc->y + 2, COLOR_MUTED);
  show_layout (doc, c, COL_SCORE_RIGHT - sp_pdf_layout_get_width (c), doc->y + 2, COLOR_MUTED);

  cairo_move_to (doc->cr, MARGIN, doc->y + height);
  cairo_line_to (doc->cr, PAGE_WIDTH - MARGIN, doc->y + height);
  cairo_set_line_width (doc->cr, 0.75);
  sp_pdf_set_color (doc->cr, COLOR_RULE);
  cairo_stroke (doc->cr);
  doc->y += height + 2;
}

static void
draw_competence_table_header (Doc *doc)
{
  draw_table_header (doc, _("Competence"), _("Level"), _("Score"));
}

static double
competence_row_height (Doc                *doc,
                       const SpCompetence *competence)
{
  g_autoptr(PangoLayout) name = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL,
                                            competence->name, COL_NAME_WIDTH);

  return sp_pdf_layout_get_height (name) + 5;
}

static void
draw_competence_row (Doc                *doc,
                     const SpCompetence *competence)
{
  double score = sp_result_get_competence_score (doc->result, competence);
  gboolean assessed = !isnan (score);
  g_autofree char *number = assessed ? g_strdup_printf ("%.0f", round (score)) : g_strdup ("");
  const char *band = assessed ? sp_band_get_label (sp_band_for_score (score))
                              : _("not assessed");
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) words = NULL;
  g_autoptr(PangoLayout) value = NULL;
  double height = competence_row_height (doc, competence);

  if (doc_ensure_space (doc, height))
    draw_competence_table_header (doc);

  name = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, competence->name, COL_NAME_WIDTH);
  words = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, band, COL_BAND_WIDTH);
  value = doc_layout (doc, 9.5, PANGO_WEIGHT_BOLD, number, 0);

  show_layout (doc, name, MARGIN + 4, doc->y + 2.5, COLOR_TEXT);
  show_layout (doc, words, COL_BAND_X, doc->y + 2.5, assessed ? COLOR_TEXT : COLOR_MUTED);
  show_layout (doc, value, COL_SCORE_RIGHT - sp_pdf_layout_get_width (value), doc->y + 2.5,
               COLOR_TEXT);
  doc->y += height;
}

static void
draw_group_row (Doc             *doc,
                const SpProfile *profile,
                double           keep)
{
  const char *text = profile != NULL ? profile->name : _("Transversal competences");
  g_autoptr(PangoLayout) layout = doc_layout (doc, 9.5, PANGO_WEIGHT_BOLD, text,
                                              CONTENT_WIDTH - 8);
  double height = sp_pdf_layout_get_height (layout) + 6;

  /* A group's title never ends a page. */
  if (doc_ensure_space (doc, height + keep))
    draw_competence_table_header (doc);

  cairo_rectangle (doc->cr, MARGIN, doc->y, CONTENT_WIDTH, height);
  sp_pdf_set_color (doc->cr, COLOR_SHADE);
  cairo_fill (doc->cr);
  show_layout (doc, layout, MARGIN + 4, doc->y + 3, COLOR_TEXT);
  doc->y += height;
}

/* Columns of the comparison table: then and now right-aligned. */
#define COL_THEN_RIGHT (MARGIN + 370)
#define COL_NOW_RIGHT  (MARGIN + 430)

typedef struct
{
  const SpCompetence *competence;
  double              then;
  double              now;
} Move;

static double
move_size (const Move *move)
{
  if (isnan (move->then) || isnan (move->now))
    return G_MAXDOUBLE;   /* newly assessed, or no longer: list them first */

  return fabs (move->now - move->then);
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  double x = move_size (a);
  double y = move_size (b);

  if (x != y)
    return x > y ? -1 : 1;

  return (int) ((const Move *) a)->competence->index -
         (int) ((const Move *) b)->competence->index;
}

/* The competences whose score moved by at least one point, largest move
 * first. */
static GArray *
dup_moves (Doc *doc)
{
  GArray *moves = g_array_new (FALSE, FALSE, sizeof (Move));

  for (guint i = 0; i < sp_framework_get_n_competences (doc->framework); i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (doc->framework, i);
      Move move = {
        competence,
        sp_result_get_competence_score (doc->previous, competence),
        sp_result_get_competence_score (doc->result, competence),
      };

      if (isnan (move.then) && isnan (move.now))
        continue;
      if (!isnan (move.then) && !isnan (move.now) && fabs (move.now - move.then) < 0.5)
        continue;
      g_array_append_val (moves, move);
    }

  g_array_sort (moves, compare_moves);
  return moves;
}

static void
draw_comparison_header (Doc *doc)
{
  g_autoptr(PangoLayout) name = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, _("Competence"),
                                            COL_NAME_WIDTH);
  g_autoptr(PangoLayout) then = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, _("Then"), 0);
  g_autoptr(PangoLayout) now = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, _("Now"), 0);
  g_autoptr(PangoLayout) change = doc_layout (doc, 8.5, PANGO_WEIGHT_BOLD, _("Change"), 0);
  double height = sp_pdf_layout_get_height (name) + 6;

  show_layout (doc, name, MARGIN + 4, doc->y + 2, COLOR_MUTED);
  show_layout (doc, then, COL_THEN_RIGHT - sp_pdf_layout_get_width (then), doc->y + 2, COLOR_MUTED);
  show_layout (doc, now, COL_NOW_RIGHT - sp_pdf_layout_get_width (now), doc->y + 2, COLOR_MUTED);
  show_layout (doc, change, COL_SCORE_RIGHT - sp_pdf_layout_get_width (change), doc->y + 2,
               COLOR_MUTED);

  cairo_move_to (doc->cr, MARGIN, doc->y + height);
  cairo_line_to (doc->cr, PAGE_WIDTH - MARGIN, doc->y + height);
  cairo_set_line_width (doc->cr, 0.75);
  sp_pdf_set_color (doc->cr, COLOR_RULE);
  cairo_stroke (doc->cr);
  doc->y += height + 2;
}

static char *
dup_change_text (const Move *move)
{
  double change;

  if (isnan (move->then) || isnan (move->now))
    return g_strdup ("—");

  change = round (move->now) - round (move->then);
  return g_strdup_printf ("%s%.0f", change > 0 ? "+" : change < 0 ? "−" : "", fabs (change));
}

static void
draw_move_row (Doc        *doc,
               const Move *move)
{
  g_autofree char *then_text = dup_score_text (move->then);
  g_autofree char *now_text = dup_score_text (move->now);
  g_autofree char *change_text = dup_change_text (move);
  g_autoptr(PangoLayout) name = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL,
                                            move->competence->name, COL_NAME_WIDTH);
  g_autoptr(PangoLayout) then = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, then_text, 0);
  g_autoptr(PangoLayout) now = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, now_text, 0);
  g_autoptr(PangoLayout) change = doc_layout (doc, 9.5, PANGO_WEIGHT_BOLD, change_text, 0);
  double height = sp_pdf_layout_get_height (name) + 5;

  if (doc_ensure_space (doc, height))
    draw_comparison_header (doc);

  show_layout (doc, name, MARGIN + 4, doc->y + 2.5, COLOR_TEXT);
  show_layout (doc, then, COL_THEN_RIGHT - sp_pdf_layout_get_width (then), doc->y + 2.5,
               COLOR_MUTED);
  show_layout (doc, now, COL_NOW_RIGHT - sp_pdf_layout_get_width (now), doc->y + 2.5, COLOR_TEXT);
  show_layout (doc, change, COL_SCORE_RIGHT - sp_pdf_layout_get_width (change), doc->y + 2.5,
               COLOR_ACCENT);
  doc->y += height;
}

/* Then and now: what moved since the previous assessment. */
static void
section_progress (Doc *doc)
{
  g_autoptr(GArray) moves = NULL;
  g_autofree char *heading = NULL;

  if (doc->previous == NULL)
    return;

  moves = dup_moves (doc);
  /* Translators: the dates of the previous and of the newest assessment */
  heading = g_strdup_printf (_("What moved between %s and %s"), doc->previous_date, doc->date);
  draw_heading (doc, heading, 80);

  if (moves->len == 0)
    {
      draw_paragraph (doc, _("No competence score changed."), 10, PANGO_WEIGHT_NORMAL,
                      COLOR_TEXT, 4);
      return;
    }

  draw_comparison_header (doc);
  for (guint i = 0; i < moves->len; i++)
    draw_move_row (doc, &g_array_index (moves, Move, i));
}

static void
section_competences (Doc *doc)
{
  guint n = sp_framework_get_n_competences (doc->framework);
  const SpProfile *group = NULL;

  draw_heading (doc, _("Competences in detail"), 60);
  draw_competence_table_header (doc);

  for (guint i = 0; i < n; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (doc->framework, i);

      if (i == 0 || competence->profile != group)
        {
          group = competence->profile;
          draw_group_row (doc, group, competence_row_height (doc, competence));
        }
      draw_competence_row (doc, competence);
    }
}

static const SpProfile *
plan_target (Doc *doc)
{
  const char *target = sp_plan_get_target (doc->plan);

  if (target == NULL)
    return NULL;

  return sp_framework_lookup_profile (doc->framework, target);
}

static void
draw_gap_row (Doc         *doc,
              const SpGap *gap)
{
  g_autofree char *now = isnan (gap->score) ? g_strdup (_("not assessed"))
                                            : g_strdup_printf ("%.0f", round (gap->score));
  /* Translators: the current score and the level a profile asks for */
  g_autofree char *levels = g_strdup_printf (_("%s → %.0f"), now, round (gap->target));
  g_autofree char *missing = g_strdup_printf ("%.0f", round (gap->gap));
  g_autoptr(PangoLayout) name = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL,
                                            gap->competence->name, COL_NAME_WIDTH);
  g_autoptr(PangoLayout) middle = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, levels,
                                              COL_BAND_WIDTH);
  g_autoptr(PangoLayout) value = doc_layout (doc, 9.5, PANGO_WEIGHT_BOLD, missing, 0);
  double height = sp_pdf_layout_get_height (name) + 5;

  doc_ensure_space (doc, height);
  show_layout (doc, name, MARGIN + 4, doc->y + 2.5, COLOR_TEXT);
  show_layout (doc, middle, COL_BAND_X, doc->y + 2.5, COLOR_TEXT);
  show_layout (doc, value, COL_SCORE_RIGHT - sp_pdf_layout_get_width (value), doc->y + 2.5,
               COLOR_TEXT);
  doc->y += height;
}

static void
section_gaps (Doc             *doc,
              const SpProfile *target)
{
  g_autoptr(GArray) gaps = sp_plan_compute_gaps (doc->result, target);
  guint n = MIN (gaps->len, MAX_GAPS);

  if (n == 0)
    {
      draw_paragraph (doc, _("You already reach the level this profile asks for in "
                             "every one of its competences."),
                      10, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 4);
      return;
    }

  doc->y += 4;
  doc_ensure_space (doc, 60);
  draw_paragraph (doc, _("Gaps, most important first"), 10.5, PANGO_WEIGHT_BOLD, COLOR_TEXT, 2);
  draw_table_header (doc, _("Competence"), _("Now → needed"), _("Gap"));
  for (guint i = 0; i < n; i++)
    draw_gap_row (doc, &g_array_index (gaps, SpGap, i));
}

static void
section_target (Doc *doc)
{
  const SpProfile *target = plan_target (doc);
  g_autofree char *text = NULL;

  draw_heading (doc, _("Your development plan"), 80);

  if (target == NULL)
    {
      draw_paragraph (doc, _("No target profile has been chosen yet."),
                      10, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 4);
      return;
    }

  text = g_strdup_printf (_("Target profile: %s"), target->name);
  draw_paragraph (doc, text, 11, PANGO_WEIGHT_BOLD, COLOR_TEXT, 2);
  if (target->tagline != NULL)
    draw_paragraph (doc, target->tagline, 9.5, PANGO_WEIGHT_NORMAL, COLOR_MUTED, 4);
  section_gaps (doc, target);
}

static char *
dup_due_text (const SpGoal *goal)
{
  if (!g_date_valid (&goal->due))
    return g_strdup (_("No date set"));

  return sp_format_date (&goal->due);
}

static char *
dup_goal_line (const char *label,
               const char *value,
               gboolean    last)
{
  if (value == NULL || *value == '\0')
    return g_strdup ("");

  return g_markup_printf_escaped ("<b>%s</b> %s%s", label, value, last ? "" : "\n");
}

static char *
dup_date_text (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup (_("no date"));

  return sp_format_date (date);
}

/* One action as a markup paragraph: kind, date and status, then what to
 * do, the library activity and the evidence. */
static char *
dup_action_markup (Doc            *doc,
                   const SpAction *action)
{
  const SpActivity *activity = sp_framework_lookup_activity (doc->framework,
                                                             action->activity_id);
  g_autofree char *date = dup_date_text (&action->date);
  g_autofree char *head = NULL;
  g_autofree char *library = NULL;
  g_autofree char *evidence = NULL;

  /* Translators: an action's kind, date and status in the PDF plan */
  head = g_markup_printf_escaped ("\n<span size='9pt'>• <b>%s</b> · %s · <i>%s</i>\n  %s",
                                  sp_way_get_label (action->kind), date,
                                  sp_progress_get_label (action->status),
                                  action->description ? action->description : "");
  if (activity != NULL)
    library = g_markup_printf_escaped (_("\n  <b>Library activity:</b> “%s” (%s, %u min)"),
                                       activity->title, sp_level_get_label (activity->level),
                                       activity->duration);
  if (action->evidence != NULL && action->evidence[0] != '\0')
    evidence = g_markup_printf_escaped ("\n  <b>%s</b> %s", _("Evidence:"), action->evidence);

  return g_strconcat (head, library ? library : "", evidence ? evidence : "", "</span>", NULL);
}

/* The goal's text as one Pango markup block: title, then labelled lines
 * and the actions. */
static char *
dup_goal_markup (Doc          *doc,
                 const SpGoal *goal,
                 guint         number)
{
  const SpCompetence *competence = NULL;
  g_autofree char *due = dup_due_text (goal);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *about = NULL;
  g_autofree char *why = NULL;
  g_autofree char *success = NULL;
  g_autofree char *when = NULL;

  if (goal->competence_id != NULL)
    competence = sp_framework_lookup_competence (doc->framework, goal->competence_id);

  title = g_markup_printf_escaped ("<span size='11pt' weight='bold'>%u. %s</span>\n",
                                   number, goal->title ? goal->title : "");
  about = dup_goal_line (_("Competence:"), competence ? competence->name : NULL, FALSE);
  why = dup_goal_line (_("Why:"), goal->why, FALSE);
  success = dup_goal_line (_("Success:"), goal->success, FALSE);
  /* Translators: the review date and the status of a goal */
  when = g_markup_printf_escaped (_("<b>Review:</b> %s · <b>Status:</b> %s"), due,
                                  sp_progress_get_label (goal->status));

  g_string_append (markup, title);
  g_string_append (markup, about);
  g_string_append (markup, why);
  g_string_append (markup, success);
  g_string_append (markup, when);

  for (guint i = 0; goal->actions != NULL && i < goal->actions->len; i++)
    {
      g_autofree char *action = dup_action_markup (doc, g_ptr_array_index (goal->actions, i));

      g_string_append (markup, action);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static PangoLayout *
goal_layout_new (Doc          *doc,
                 const SpGoal *goal,
                 guint         number)
{
  g_autofree char *markup = dup_goal_markup (doc, goal, number);
  PangoLayout *layout = doc_layout (doc, 10, PANGO_WEIGHT_NORMAL, "", CONTENT_WIDTH - 12);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
  return layout;
}

static void
draw_goal (Doc          *doc,
           const SpGoal *goal,
           guint         number)
{
  g_autoptr(PangoLayout) layout = goal_layout_new (doc, goal, number);
  double height = sp_pdf_layout_get_height (layout);
  double top;
  int page;

  /* Keep a goal on one page when it fits on one at all. */
  if (height <= CONTENT_BOTTOM - CONTENT_TOP)
    doc_ensure_space (doc, height);

  top = doc->y;
  page = doc->page;
  draw_flowing (doc, layout, MARGIN + 12, COLOR_TEXT);

  /* The bar marks the goal; a goal split over two pages goes without. */
  if (page == doc->page)
    {
      cairo_rectangle (doc->cr, MARGIN, top, 3, doc->y - top);
      sp_pdf_set_color (doc->cr, COLOR_ACCENT);
      cairo_fill (doc->cr);
    }
  doc->y += 12;
}

static void
section_goals (Doc *doc)
{
  guint n = sp_plan_get_n_goals (doc->plan);
  double keep = 60;

  /* The heading stays with the whole first goal when that fits on a page. */
  if (n > 0)
    {
      g_autoptr(PangoLayout) first = goal_layout_new (doc, sp_plan_get_goal (doc->plan, 0), 1);
      double height = sp_pdf_layout_get_height (first);

      if (height + GOALS_HEADING_HEIGHT <= CONTENT_BOTTOM - CONTENT_TOP)
        keep = MAX (keep, height + GOALS_HEADING_HEIGHT);
    }

  doc->y += 10;
  doc_ensure_space (doc, keep);
  draw_paragraph (doc, _("Goals"), 10.5, PANGO_WEIGHT_BOLD, COLOR_TEXT, 6);

  if (n == 0)
    {
      draw_paragraph (doc, _("No goals have been set yet."), 10, PANGO_WEIGHT_NORMAL,
                      COLOR_TEXT, 4);
      return;
    }

  for (guint i = 0; i < n; i++)
    draw_goal (doc, sp_plan_get_goal (doc->plan, i), i + 1);
}

static void
draw_plan (Doc *doc)
{
  section_target (doc);
  section_goals (doc);
}

/* The height of the plan on a page without end, drawn where nobody sees it. */
static double
measure_plan (Doc *doc)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  Doc probe = *doc;

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  probe.cr = cr;
  probe.bottom = G_MAXDOUBLE;
  probe.y = CONTENT_TOP + 1;
  draw_plan (&probe);

  return probe.y - (CONTENT_TOP + 1);
}

/* The plan is what the person takes to a mentor: it starts on a new page
 * rather than break across two when it fits on one. */
static void
section_plan (Doc *doc)
{
  double height = measure_plan (doc);

  if (doc->y + height > doc->bottom && height <= CONTENT_BOTTOM - CONTENT_TOP)
    doc_new_page (doc);

  draw_plan (doc);
}

/* Ruled lines for the conversation with a mentor, only in the room left on
 * the last page: they never add a page of their own. */
static void
section_notes (Doc *doc)
{
  const double line_gap = 24;
  int n_lines = (int) ((doc->bottom - doc->y - 60) / line_gap);

  if (n_lines < 3)
    return;

  draw_heading (doc, _("Notes from the conversation"), line_gap * 3);
  for (int i = 1; i <= MIN (n_lines, 8); i++)
    {
      cairo_move_to (doc->cr, MARGIN, doc->y + i * line_gap);
      cairo_line_to (doc->cr, PAGE_WIDTH - MARGIN, doc->y + i * line_gap);
    }
  cairo_set_line_width (doc->cr, 0.5);
  sp_pdf_set_color (doc->cr, COLOR_RULE);
  cairo_stroke (doc->cr);
  doc->y += MIN (n_lines, 8) * line_gap;
}

static void
render_document (Doc *doc)
{
  doc->page = 1;
  doc->y = CONTENT_TOP;
  doc->bottom = CONTENT_BOTTOM;

  section_title (doc);
  section_explanation (doc);
  section_affinities (doc);
  section_radar (doc);
  section_progress (doc);
  section_competences (doc);
  section_plan (doc);
  section_notes (doc);

  draw_footer (doc);
  cairo_show_page (doc->cr);
}

static cairo_status_t
discard_write (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static void
render_document_cb (cairo_t      *cr,
                    PangoContext *context,
                    gpointer      user_data)
{
  Doc *doc = user_data;

  doc->cr = cr;
  doc->context = context;
  render_document (doc);
  doc->cr = NULL;
  doc->context = NULL;
}

/* Lays out the whole document into @write_func. */
static cairo_status_t
run_pass (cairo_write_func_t  write_func,
          void               *closure,
          gpointer            user_data)
{
  Doc *doc = user_data;

  return sp_pdf_render (write_func, closure, _("Personal development plan"), doc->name,
                        render_document_cb, doc);
}

static char *
dup_assessment_date (SpAssessment *assessment)
{
  GDateTime *date = sp_assessment_get_date (assessment);
  g_autoptr(GDateTime) now = NULL;

  if (date != NULL)
    return sp_format_date_time (date);

  now = g_date_time_new_now_local ();

  return sp_format_date_time (now);
}

/**
 * sp_pdf_export_plan:
 * @portfolio: whose plan
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Writes an A4 PDF with the person's result, competences and plan. The
 * layout runs twice: once to count the pages, once to write them with
 * "page N of M" footers.
 *
 * Returns: %TRUE on success; on failure @path is left untouched.
 */
gboolean
sp_pdf_export_plan (SpPortfolio  *portfolio,
                    const char   *path,
                    GError      **error)
{
  g_autoptr(SpResult) result = NULL;
  g_autoptr(SpResult) previous = NULL;
  g_autofree char *date = NULL;
  g_autofree char *previous_date = NULL;
  cairo_status_t status;
  Doc doc = { 0 };

  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result = sp_result_new (sp_portfolio_get_assessment (portfolio));
  date = dup_assessment_date (sp_portfolio_get_assessment (portfolio));
  if (sp_portfolio_get_previous_assessment (portfolio) != NULL)
    {
      previous = sp_result_new (sp_portfolio_get_previous_assessment (portfolio));
      previous_date = dup_assessment_date (sp_portfolio_get_previous_assessment (portfolio));
    }

  doc.portfolio = portfolio;
  doc.framework = sp_portfolio_get_framework (portfolio);
  doc.result = result;
  doc.previous = previous;
  doc.previous_date = previous_date;
  doc.plan = sp_portfolio_get_plan (portfolio);
  doc.name = sp_portfolio_get_name (portfolio);
  if (doc.name != NULL && *doc.name == '\0')
    doc.name = NULL;
  doc.date = date;

  status = run_pass (discard_write, NULL, &doc);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      sp_export_set_write_error (error, path, cairo_status_to_string (status));
      return FALSE;
    }
  doc.n_pages = doc.page;

  return sp_export_write_stream (path, 0666, run_pass, &doc, error);
}
