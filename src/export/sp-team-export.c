/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-export.h"

#include "sp-avatar-render.h"
#include "sp-csv-export.h"
#include "sp-error.h"
#include "sp-export-file.h"
#include "sp-format.h"
#include "sp-pdf-doc-private.h"

#include <math.h>

/* Short names for the shared page and colours (sp-pdf-doc-private.h). */
#define MARGIN          SP_PDF_MARGIN
#define CONTENT_WIDTH   SP_PDF_CONTENT_WIDTH
#define CONTENT_BOTTOM  SP_PDF_CONTENT_BOTTOM
#define FOOTER_Y        SP_PDF_FOOTER_Y
#define COLOR_TEXT      SP_PDF_COLOR_TEXT
#define COLOR_MUTED     SP_PDF_COLOR_MUTED
#define COLOR_ACCENT    SP_PDF_COLOR_ACCENT

#define AVATAR_SIZE    56.0
#define PROFILES_PER_ROW 6
#define LABEL_WIDTH    170.0
#define CELL_WIDTH     16.0
#define CELL_HEIGHT    11.0
#define NAME_HEIGHT    70.0
#define MAX_SUGGESTIONS 5

#define COLOR_GREY     0xdeddda
#define COLOR_GAP      0xc01c28
#define COLOR_FEW      0xc64600
#define COLOR_COVERED  0x26a269

/* Four bands, light to dark; grey for not assessed. */
static const guint32 band_colors[] = { 0xdbe9f8, 0x99c1f1, 0x3584e4, 0x1a5fb4 };

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  SpTeam       *team;
  SpFramework  *framework;
  double        y;
  int           page;
} Doc;

static PangoLayout *
doc_layout (Doc         *doc,
            double       size,
            PangoWeight  weight,
            const char  *text,
            double       width)
{
  return sp_pdf_layout_new (doc->context, size, weight, text, width);
}

/* Draws @text at (@x, @y) and returns its height. */
static double
draw_text (Doc         *doc,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       size,
           PangoWeight  weight,
           guint32      color)
{
  g_autoptr(PangoLayout) layout = doc_layout (doc, size, weight, text, width);

  sp_pdf_set_color (doc->cr, color);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
  return sp_pdf_layout_get_height (layout);
}

static void
draw_footer (Doc *doc)
{
  g_autofree char *text = g_strdup_printf (_("SSE Portfolio · team audit · page %d"), doc->page);

  draw_text (doc, text, MARGIN, FOOTER_Y, 0, 7.5, PANGO_WEIGHT_NORMAL, COLOR_MUTED);
}

static void
new_page (Doc *doc)
{
  draw_footer (doc);
  cairo_show_page (doc->cr);
  doc->page++;
  doc->y = MARGIN;
}

static void
ensure_space (Doc    *doc,
              double  height)
{
  if (doc->y + height > CONTENT_BOTTOM && doc->y > MARGIN)
    new_page (doc);
}

static void
heading (Doc        *doc,
         const char *text,
         double      keep)
{
  doc->y += 14;
  ensure_space (doc, 22 + keep);
  doc->y += draw_text (doc, text, MARGIN, doc->y, CONTENT_WIDTH, 13, PANGO_WEIGHT_BOLD,
                       COLOR_ACCENT);
  doc->y += 6;
}

static void
paragraph (Doc        *doc,
           const char *text,
           guint32     color)
{
  g_autoptr(PangoLayout) layout = doc_layout (doc, 9.5, PANGO_WEIGHT_NORMAL, text,
                                              CONTENT_WIDTH);

  ensure_space (doc, sp_pdf_layout_get_height (layout));
  sp_pdf_set_color (doc->cr, color);
  cairo_move_to (doc->cr, MARGIN, doc->y);
  pango_cairo_show_layout (doc->cr, layout);
  doc->y += sp_pdf_layout_get_height (layout) + 4;
}

/* "7", or "fewer than 3" for a suppressed count. */
static char *
dup_count_text (SpTeam *team,
                int     count)
{
  if (count == SP_TEAM_SUPPRESSED)
    return g_strdup_printf (_("fewer than %u"), sp_team_get_min_group (team));

  return g_strdup_printf ("%d", count);
}

static void
section_title (Doc *doc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = sp_format_date_time (now);
  g_autoptr(GArray) shown = sp_team_dup_shown_members (doc->team);
  guint n_members = sp_team_get_n_members (doc->team);
  g_autofree char *summary = NULL;
  g_autofree char *rule = NULL;

  doc->y += draw_text (doc, _("Team self-audit"), MARGIN, doc->y, CONTENT_WIDTH, 22,
                       PANGO_WEIGHT_BOLD, COLOR_TEXT);
  summary = g_strdup_printf (_("Members: %u · %s · required level %.0f"), n_members, date,
                             sp_team_get_required_level (doc->team));
  doc->y += draw_text (doc, summary, MARGIN, doc->y + 2, CONTENT_WIDTH, 10,
                       PANGO_WEIGHT_NORMAL, COLOR_MUTED) + 8;

  rule = g_strdup_printf (_("To keep everyone's answers private, no count of fewer than %u "
                            "members is shown: it reads “fewer than %u”. %u of %u members "
                            "agreed to be shown by name; the others appear only in counts."),
                          sp_team_get_min_group (doc->team), sp_team_get_min_group (doc->team),
                          shown->len, n_members);
  paragraph (doc, rule, COLOR_TEXT);

  if (sp_team_is_hidden (doc->team))
    paragraph (doc, _("The team is smaller than the minimum group, so no count is shown."),
               COLOR_FEW);
}

static void
draw_profile_cell (Doc             *doc,
                   const SpProfile *profile,
                   double           x,
                   double           y,
                   double           width)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = dup_count_text (doc->team,
                                           sp_team_get_profile_count (doc->team, profile));
  double text_y = y + AVATAR_SIZE + 2;

  if (profile != NULL &&
      !sp_avatar_render (doc->cr, doc->framework, profile, x + (width - AVATAR_SIZE) / 2, y,
                         AVATAR_SIZE, AVATAR_SIZE, &error))
    g_warning ("Failed to draw an avatar in the team PDF: %s", error->message);

  text_y += draw_text (doc, profile != NULL ? profile->name : _("No match"), x, text_y, width,
                       8, PANGO_WEIGHT_BOLD, COLOR_TEXT);
  draw_text (doc, count, x, text_y, width, 9, PANGO_WEIGHT_NORMAL, COLOR_ACCENT);
}

static void
section_profiles (Doc *doc)
{
  guint n_profiles = sp_framework_get_n_profiles (doc->framework);
  double width = CONTENT_WIDTH / PROFILES_PER_ROW;
  double row_height = AVATAR_SIZE + 34;

  heading (doc, _("Profiles in the team"), row_height);

  for (guint i = 0; i <= n_profiles; i++)
    {
      const SpProfile *profile = i < n_profiles ? sp_framework_get_profile (doc->framework, i)
                                                : NULL;
      guint column = i % PROFILES_PER_ROW;

      if (column == 0 && i > 0)
        doc->y += row_height;
      if (column == 0)
        ensure_space (doc, row_height);

      draw_profile_cell (doc, profile, MARGIN + column * width, doc->y, width - 4);
    }

  doc->y += row_height;
}

static void
draw_member_names (Doc     *doc,
                   GArray  *shown,
                   guint    first,
                   guint    count)
{
  for (guint j = 0; j < count; j++)
    {
      guint index = g_array_index (shown, guint, first + j);
      const char *name = sp_share_get_member_name (sp_team_get_member (doc->team, index));
      g_autoptr(PangoLayout) layout = doc_layout (doc, 7, PANGO_WEIGHT_NORMAL, name, 0);

      pango_layout_set_width (layout, (int) (NAME_HEIGHT * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_save (doc->cr);
      cairo_move_to (doc->cr, MARGIN + LABEL_WIDTH + j * CELL_WIDTH + 3,
                     doc->y + NAME_HEIGHT);
      cairo_rotate (doc->cr, -G_PI / 2);
      sp_pdf_set_color (doc->cr, COLOR_TEXT);
      pango_cairo_show_layout (doc->cr, layout);
      cairo_restore (doc->cr);
    }

  doc->y += NAME_HEIGHT + 4;
}

static void
draw_heat_row (Doc                *doc,
               const SpCompetence *competence,
               GArray             *shown,
               guint               first,
               guint               count)
{
  g_autoptr(PangoLayout) label = doc_layout (doc, 7, PANGO_WEIGHT_NORMAL, competence->name, 0);

  pango_layout_set_width (label, (int) ((LABEL_WIDTH - 6) * PANGO_SCALE));
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  sp_pdf_set_color (doc->cr, COLOR_TEXT);
  cairo_move_to (doc->cr, MARGIN, doc->y + 1);
  pango_cairo_show_layout (doc->cr, label);

  for (guint j = 0; j < count; j++)
    {
      guint index = g_array_index (shown, guint, first + j);
      double score = sp_team_get_member_score (doc->team, index, competence);

      sp_pdf_set_color (doc->cr,
                        isnan (score) ? COLOR_GREY : band_colors[sp_band_for_score (score)]);
      cairo_rectangle (doc->cr, MARGIN + LABEL_WIDTH + j * CELL_WIDTH, doc->y,
                       CELL_WIDTH - 1.5, CELL_HEIGHT - 1.5);
      cairo_fill (doc->cr);
    }

  doc->y += CELL_HEIGHT;
}

static void
draw_legend (Doc *doc)
{
  double x = MARGIN;

  doc->y += 6;
  ensure_space (doc, 14);
  for (int band = -1; band <= SP_BAND_CAN_LEAD; band++)
    {
      const char *text = band < 0 ? _("Not assessed") : sp_band_get_label (band);
      g_autoptr(PangoLayout) layout = doc_layout (doc, 7.5, PANGO_WEIGHT_NORMAL, text, 0);
      int width;

      sp_pdf_set_color (doc->cr, band < 0 ? COLOR_GREY : band_colors[band]);
      cairo_rectangle (doc->cr, x, doc->y + 1, 9, 9);
      cairo_fill (doc->cr);
      sp_pdf_set_color (doc->cr, COLOR_TEXT);
      cairo_move_to (doc->cr, x + 12, doc->y);
      pango_cairo_show_layout (doc->cr, layout);
      pango_layout_get_size (layout, &width, NULL);
      x += 12 + (double) width / PANGO_SCALE + 14;
    }
  doc->y += 14;
}

static void
section_heat_map (Doc *doc)
{
  g_autoptr(GArray) shown = sp_team_dup_shown_members (doc->team);
  guint n_competences = sp_framework_get_n_competences (doc->framework);
  guint per_block = (guint) ((CONTENT_WIDTH - LABEL_WIDTH) / CELL_WIDTH);

  heading (doc, _("Heat map of the members shown by name"), NAME_HEIGHT + 3 * CELL_HEIGHT);
  if (shown->len == 0)
    {
      paragraph (doc, _("No member agreed to be shown by name."), COLOR_MUTED);
      return;
    }

  for (guint first = 0; first < shown->len; first += per_block)
    {
      guint count = MIN (per_block, shown->len - first);

      ensure_space (doc, NAME_HEIGHT + 4 * CELL_HEIGHT);
      draw_member_names (doc, shown, first, count);
      for (guint i = 0; i < n_competences; i++)
        {
          ensure_space (doc, CELL_HEIGHT);
          draw_heat_row (doc, sp_framework_get_competence (doc->framework, i), shown, first,
                         count);
        }
      doc->y += 8;
    }

  draw_legend (doc);
}

static const char *
coverage_label (SpCoverage coverage,
                guint32   *color)
{
  switch (coverage)
    {
    case SP_COVERAGE_GAP:
      *color = COLOR_GAP;
      return _("Gap: nobody");
    case SP_COVERAGE_SINGLE_POINT:
      *color = COLOR_FEW;
      return _("Single point of failure");
    case SP_COVERAGE_FEW:
      *color = COLOR_FEW;
      return _("At risk: possibly a single point");
    case SP_COVERAGE_COVERED:
      *color = COLOR_COVERED;
      return _("Covered");
    case SP_COVERAGE_HIDDEN:
    default:
      *color = COLOR_MUTED;
      return _("Not shown");
    }
}

static void
draw_coverage_row (Doc                *doc,
                   const SpCompetence *competence)
{
  SpCoverage coverage = SP_COVERAGE_HIDDEN;
  int count = sp_team_get_coverage (doc->team, competence, &coverage);
  g_autofree char *count_text = dup_count_text (doc->team, count);
  g_autofree char *level = g_strdup_printf ("%.0f", round (
      sp_team_get_competence_level (doc->team, competence)));
  guint32 color = COLOR_MUTED;
  const char *label = coverage_label (coverage, &color);
  double height;

  ensure_space (doc, 12);
  height = draw_text (doc, competence->name, MARGIN, doc->y, 230, 8, PANGO_WEIGHT_NORMAL,
                      COLOR_TEXT);
  draw_text (doc, level, MARGIN + 240, doc->y, 40, 8, PANGO_WEIGHT_NORMAL, COLOR_MUTED);
  draw_text (doc, count_text, MARGIN + 290, doc->y, 70, 8, PANGO_WEIGHT_NORMAL, COLOR_TEXT);
  sp_pdf_set_color (doc->cr, color);
  /* Showing the layouts above leaves a current point: start a fresh path for the dot. */
  cairo_new_path (doc->cr);
  cairo_arc (doc->cr, MARGIN + 368, doc->y + 5.5, 3.5, 0, 2 * G_PI);
  cairo_fill (doc->cr);
  draw_text (doc, label, MARGIN + 376, doc->y, CONTENT_WIDTH - 376, 8, PANGO_WEIGHT_BOLD, color);
  doc->y += MAX (height, 11) + 1.5;
}

static void
section_coverage (Doc *doc)
{
  guint n_competences = sp_framework_get_n_competences (doc->framework);

  heading (doc, _("Coverage: members who reach the required level"), 40);
  draw_text (doc, _("Competence"), MARGIN, doc->y, 230, 8, PANGO_WEIGHT_BOLD, COLOR_MUTED);
  draw_text (doc, _("Level"), MARGIN + 240, doc->y, 40, 8, PANGO_WEIGHT_BOLD, COLOR_MUTED);
  draw_text (doc, _("Members"), MARGIN + 290, doc->y, 70, 8, PANGO_WEIGHT_BOLD, COLOR_MUTED);
  draw_text (doc, _("Status"), MARGIN + 376, doc->y, 100, 8, PANGO_WEIGHT_BOLD, COLOR_MUTED);
  doc->y += 14;

  for (guint i = 0; i < n_competences; i++)
    draw_coverage_row (doc, sp_framework_get_competence (doc->framework, i));
}

static void
section_uncovered (Doc *doc)
{
  g_autoptr(GPtrArray) roles = sp_team_dup_uncovered_roles (doc->team);
  g_autoptr(GString) text = g_string_new (NULL);

  heading (doc, _("Roles nobody covers"), 30);
  if (sp_team_is_hidden (doc->team))
    {
      paragraph (doc, _("Not shown: the team is smaller than the minimum group."), COLOR_MUTED);
      return;
    }

  for (guint i = 0; i < roles->len; i++)
    {
      const SpProfile *profile = g_ptr_array_index (roles, i);

      g_string_append_printf (text, "%s%s", i > 0 ? " · " : "", profile->name);
    }

  paragraph (doc, roles->len > 0 ? text->str : _("Every role is covered by at least one member."),
             COLOR_TEXT);
  paragraph (doc, _("A member covers a role when they reach the required level on all of its "
                    "competences."), COLOR_MUTED);
}

static void
section_suggestions (Doc *doc)
{
  g_autoptr(GPtrArray) suggestions = sp_team_dup_suggestions (doc->team, MAX_SUGGESTIONS);

  heading (doc, _("Suggested team activities for the largest gaps"), 40);
  if (suggestions->len == 0)
    {
      paragraph (doc, _("No gap to suggest activities for."), COLOR_MUTED);
      return;
    }

  for (guint i = 0; i < suggestions->len; i++)
    {
      SpTeamSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *title = suggestion->activity_id != NULL
        ? g_strdup_printf ("%s — %s", suggestion->competence->name, suggestion->title)
        : g_strdup (suggestion->title);

      ensure_space (doc, 30);
      doc->y += draw_text (doc, title, MARGIN, doc->y, CONTENT_WIDTH, 9.5, PANGO_WEIGHT_BOLD,
                           COLOR_TEXT);
      if (suggestion->summary != NULL)
        paragraph (doc, suggestion->summary, COLOR_MUTED);
      doc->y += 4;
    }
}

static void
render (Doc *doc)
{
  doc->page = 1;
  doc->y = MARGIN;

  section_title (doc);
  section_profiles (doc);
  section_heat_map (doc);
  section_coverage (doc);
  section_uncovered (doc);
  section_suggestions (doc);

  draw_footer (doc);
  cairo_show_page (doc->cr);
}

static void
render_cb (cairo_t      *cr,
           PangoContext *context,
           gpointer      user_data)
{
  Doc *doc = user_data;

  doc->cr = cr;
  doc->context = context;
  render (doc);
}

static cairo_status_t
write_pdf (cairo_write_func_t  write_func,
           void               *closure,
           gpointer            user_data)
{
  Doc doc = { 0 };

  doc.team = user_data;
  doc.framework = sp_team_get_framework (doc.team);

  return sp_pdf_render (write_func, closure, _("Team self-audit"), NULL, render_cb, &doc);
}

/**
 * sp_team_export_pdf:
 * @team: the audit
 * @path: the PDF to write
 * @error: return location for an error
 *
 * Returns: %TRUE on success; on failure @path is left untouched.
 */
gboolean
sp_team_export_pdf (SpTeam      *team,
                    const char  *path,
                    GError     **error)
{
  g_return_val_if_fail (SP_IS_TEAM (team), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Other people's results: readable by the owner only. */
  return sp_export_write_stream (path, 0600, write_pdf, team, error);
}

/* CSV. */

static void
append_member_row (SpTeam  *team,
                   guint    index,
                   GString *out)
{
  SpFramework *framework = sp_team_get_framework (team);
  guint n_competences = sp_framework_get_n_competences (framework);
  const SpProfile *profile = sp_team_get_member_profile (team, index);

  sp_csv_append_field (out, sp_share_get_member_name (sp_team_get_member (team, index)));
  g_string_append_c (out, ',');
  g_string_append (out, profile != NULL ? profile->id : "none");

  for (guint i = 0; i < n_competences; i++)
    {
      double score = sp_team_get_member_score (team, index,
                                               sp_framework_get_competence (framework, i));

      g_string_append_c (out, ',');
      sp_csv_append_score (out, score);
    }
  g_string_append (out, "\r\n");
}

GBytes *
sp_team_export_csv_bytes (SpTeam *team)
{
  g_autoptr(GString) out = g_string_new ("member,profile");
  g_autoptr(GArray) shown = NULL;
  SpFramework *framework;
  guint n_competences;

  g_return_val_if_fail (SP_IS_TEAM (team), NULL);

  framework = sp_team_get_framework (team);
  n_competences = sp_framework_get_n_competences (framework);
  for (guint i = 0; i < n_competences; i++)
    {
      g_string_append_c (out, ',');
      sp_csv_append_field (out, sp_framework_get_competence (framework, i)->id);
    }
  g_string_append (out, "\r\n");

  shown = sp_team_dup_shown_members (team);
  for (guint i = 0; i < shown->len; i++)
    append_member_row (team, g_array_index (shown, guint, i), out);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
sp_team_export_csv (SpTeam      *team,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (SP_IS_TEAM (team), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sp_team_export_csv_bytes (team);
  data = g_bytes_get_data (bytes, &length);

  return sp_export_write_file (path, data, length, 0600, error);
}
