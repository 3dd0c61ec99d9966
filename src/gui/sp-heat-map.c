/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-heat-map"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-heat-map.h"

#include <adwaita.h>
#include <math.h>

#define N_BANDS 4

/* Sizes in logical pixels. */
#define CELL 18
#define PITCH 21
#define ROW_LABEL_MIN 96
#define ROW_LABEL_MAX 240
#define LABEL_GAP 8
#define HEADER_MAX 120
#define GROUP_HEIGHT 28
#define LEGEND_TOP 18
#define LEGEND_LINE 24

/* ColorBrewer's YlGnBu steps, which stay apart for the common kinds of
 * colour blindness. Lightness follows the band away from the background:
 * darker on a light window, brighter on a dark one. */
static const char *light_palette [N_BANDS] = { "#a1dab4", "#41b6c4", "#2c7fb8", "#253494" };
static const char *dark_palette [N_BANDS] = { "#225ea8", "#41b6c4", "#a1dab4", "#ffffcc" };

typedef struct
{
  char *name;
  char *group;   /* NULL unless a group starts here */
} Row;

struct _SpHeatMap
{
  GtkWidget  parent_instance;

  GArray    *rows;       /* Row */
  GPtrArray *members;    /* char *, may hold NULL */
  gint8     *bands;      /* rows × members */
  guint      update_id;

  /* Text sizes, measured once per change of labels or style; -1 when
   * they need measuring again. */
  int        label_width;
  int        header_height;
};

G_DEFINE_FINAL_TYPE (SpHeatMap, sp_heat_map, GTK_TYPE_WIDGET)

/* Where things are, for one width. */
typedef struct
{
  int label_width;
  int header_height;
  int grid_x;
  int grid_y;
} Geometry;

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->group, g_free);
}

/* Helpers */

static PangoLayout *
create_layout (SpHeatMap  *self,
               const char *text,
               gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  const PangoFontDescription *base = pango_context_get_font_description (
    pango_layout_get_context (layout));
  g_autoptr(PangoFontDescription) font = base != NULL ? pango_font_description_copy (base)
                                                      : pango_font_description_new ();

  pango_font_description_set_size (font, 9 * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);

  return layout;
}

static int
measure_text (SpHeatMap  *self,
              const char *text,
              gboolean    bold)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width;

  if (text == NULL)
    return 0;

  layout = create_layout (self, text, bold);
  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

static guint
count_groups (SpHeatMap *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, Row, i).group != NULL)
      n++;

  return n;
}

static int
natural_label_width (SpHeatMap *self)
{
  int width = 0;

  if (self->label_width >= 0)
    return self->label_width;

  for (guint i = 0; i < self->rows->len; i++)
    width = MAX (width, measure_text (self, g_array_index (self->rows, Row, i).name, FALSE));

  for (int band = SP_HEAT_MAP_NOT_ASSESSED; band < N_BANDS; band++)
    width = MAX (width, measure_text (self, band < 0 ? _("Not assessed")
                                                     : sp_band_get_label (band), FALSE));

  self->label_width = MIN (width, ROW_LABEL_MAX);

  return self->label_width;
}

static int
header_height (SpHeatMap *self)
{
  int height = 0;

  if (self->header_height >= 0)
    return self->header_height;

  for (guint i = 0; i < self->members->len; i++)
    height = MAX (height, measure_text (self, g_ptr_array_index (self->members, i), FALSE));

  self->header_height = MIN (height, HEADER_MAX) + 8;

  return self->header_height;
}

static void
forget_sizes (SpHeatMap *self)
{
  self->label_width = -1;
  self->header_height = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static int
grid_width (SpHeatMap *self)
{
  return self->members->len * PITCH;
}

static int
total_height (SpHeatMap *self)
{
  return header_height (self) + self->rows->len * PITCH + count_groups (self) * GROUP_HEIGHT
         + LEGEND_TOP + (N_BANDS + 1) * LEGEND_LINE;
}

static void
compute_geometry (SpHeatMap *self,
                  int        width,
                  Geometry  *geometry)
{
  int natural = natural_label_width (self);

  geometry->label_width = CLAMP (width - grid_width (self) - LABEL_GAP, ROW_LABEL_MIN, natural);
  geometry->header_height = header_height (self);
  geometry->grid_x = geometry->label_width + LABEL_GAP;
  geometry->grid_y = geometry->header_height;
}

/* The y of @row's cells, below every group title up to it. */
static int
row_y (SpHeatMap      *self,
       const Geometry *geometry,
       guint           row)
{
  int y = geometry->grid_y;

  for (guint i = 0; i <= row; i++)
    if (g_array_index (self->rows, Row, i).group != NULL)
      y += GROUP_HEIGHT;

  return y + row * PITCH;
}

/* Colours */

typedef struct
{
  GdkRGBA foreground;
  GdkRGBA bands [N_BANDS];
} Palette;

static void
fill_palette (SpHeatMap *self,
              Palette   *palette)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char **colours = dark ? dark_palette : light_palette;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                               &palette->foreground);
  for (guint i = 0; i < N_BANDS; i++)
    gdk_rgba_parse (&palette->bands [i], colours [i]);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *colour,
            double         alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

/* Drawing */

static void
draw_hatch (cairo_t       *cr,
            const Palette *palette,
            double         x,
            double         y)
{
  cairo_save (cr);
  cairo_rectangle (cr, x + 1, y + 1, CELL - 2, CELL - 2);
  cairo_clip (cr);
  set_source (cr, &palette->foreground, 0.4);
  cairo_set_line_width (cr, 1);
  for (int offset = -CELL; offset < CELL; offset += 5)
    {
      cairo_move_to (cr, x + offset, y + CELL);
      cairo_line_to (cr, x + offset + CELL, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A cell fills from the bottom: a quarter per band. Plain rectangles:
 * a map of a hundred members has thousands of cells to draw. */
static void
draw_cell (cairo_t       *cr,
           const Palette *palette,
           double         x,
           double         y,
           int            band)
{
  double filled;

  cairo_rectangle (cr, x + 0.5, y + 0.5, CELL - 1, CELL - 1);
  set_source (cr, &palette->foreground, band < 0 ? 0.12 : 0.05);
  cairo_fill_preserve (cr);
  set_source (cr, &palette->foreground, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  if (band < 0)
    {
      draw_hatch (cr, palette, x, y);
      return;
    }

  filled = (CELL - 2) * (band + 1) / (double) N_BANDS;
  gdk_cairo_set_source_rgba (cr, &palette->bands [band]);
  cairo_rectangle (cr, x + 1, y + CELL - 1 - filled, CELL - 2, filled);
  cairo_fill (cr);
}

static void
draw_text (SpHeatMap     *self,
           cairo_t       *cr,
           const Palette *palette,
           const char    *text,
           gboolean       bold,
           double         x,
           double         y,
           int            max_width,
           int            box_height)
{
  g_autoptr(PangoLayout) layout = create_layout (self, text, bold);
  int height;

  pango_layout_set_width (layout, max_width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, NULL, &height);

  gdk_cairo_set_source_rgba (cr, &palette->foreground);
  cairo_move_to (cr, x, y + (box_height - height) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_members (SpHeatMap      *self,
              cairo_t        *cr,
              const Palette  *palette,
              const Geometry *geometry)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      const char *name = g_ptr_array_index (self->members, i);
      double x = geometry->grid_x + i * PITCH;

      if (name == NULL)
        continue;

      /* Read from bottom to top, standing on the column. */
      cairo_save (cr);
      cairo_translate (cr, x, geometry->header_height - 6);
      cairo_rotate (cr, -G_PI / 2);
      draw_text (self, cr, palette, name, FALSE, 0, 0, HEADER_MAX, CELL);
      cairo_restore (cr);
    }
}

static void
draw_rows (SpHeatMap      *self,
           cairo_t        *cr,
           const Palette  *palette,
           const Geometry *geometry)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);
      int y = row_y (self, geometry, r);

      if (row->group != NULL)
        draw_text (self, cr, palette, row->group, TRUE, 0, y - GROUP_HEIGHT + 4,
                   geometry->label_width + LABEL_GAP + grid_width (self), GROUP_HEIGHT - 4);

      draw_text (self, cr, palette, row->name, FALSE, 0, y, geometry->label_width, CELL);

      for (guint c = 0; c < self->members->len; c++)
        draw_cell (cr, palette, geometry->grid_x + c * PITCH, y,
                   self->bands [r * self->members->len + c]);
    }
}

static void
draw_legend (SpHeatMap     *self,
             cairo_t       *cr,
             const Palette *palette,
             double         y)
{
  for (int band = SP_HEAT_MAP_NOT_ASSESSED; band < N_BANDS; band++)
    {
      const char *label = band < 0 ? _("Not assessed") : sp_band_get_label (band);
      double line_y = y + (band + 1) * LEGEND_LINE;

      draw_cell (cr, palette, 0, line_y, band);
      draw_text (self, cr, palette, label, FALSE, CELL + LABEL_GAP, line_y, ROW_LABEL_MAX, CELL);
    }
}

/* The accessible description */

static double
row_mean (SpHeatMap *self,
          guint      row)
{
  guint n = 0;
  double sum = 0;

  for (guint c = 0; c < self->members->len; c++)
    {
      int band = self->bands [row * self->members->len + c];

      if (band < 0)
        continue;
      sum += band;
      n++;
    }

  return n > 0 ? sum / n : NAN;
}

static void
find_extremes (SpHeatMap *self,
               int       *strongest,
               int       *weakest)
{
  double best = -1, worst = N_BANDS;

  *strongest = *weakest = -1;
  for (guint r = 0; r < self->rows->len; r++)
    {
      double mean = row_mean (self, r);

      if (isnan (mean))
        continue;
      if (mean > best)
        best = mean, *strongest = r;
      if (mean < worst)
        worst = mean, *weakest = r;
    }
}

static void
append_extremes (SpHeatMap *self,
                 GString   *text)
{
  int strongest, weakest;

  find_extremes (self, &strongest, &weakest);
  if (strongest < 0 || strongest == weakest)
    return;

  g_string_append_c (text, ' ');
  g_string_append_printf (text, _("Strongest competence: %s. Weakest competence: %s."),
                          g_array_index (self->rows, Row, strongest).name,
                          g_array_index (self->rows, Row, weakest).name);
}

static void
update_description (SpHeatMap *self)
{
  g_autofree char *description = sp_heat_map_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  SpHeatMap *self = user_data;

  self->update_id = 0;
  update_description (self);

  return G_SOURCE_REMOVE;
}

/* Many cells change at once; the description follows once they are done. */
static void
queue_update (SpHeatMap *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add (update_idle_cb, self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Hit testing */

static gboolean
find_cell (SpHeatMap *self,
           int        x,
           int        y,
           guint     *row,
           guint     *column)
{
  Geometry geometry;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), &geometry);
  if (x < geometry.grid_x || x >= geometry.grid_x + grid_width (self))
    return FALSE;

  *column = (x - geometry.grid_x) / PITCH;
  for (guint r = 0; r < self->rows->len; r++)
    {
      int top = row_y (self, &geometry, r);

      if (y >= top && y < top + CELL)
        {
          *row = r;
          return (x - geometry.grid_x) % PITCH < CELL;
        }
    }

  return FALSE;
}

static gboolean
sp_heat_map_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  SpHeatMap *self = SP_HEAT_MAP (widget);
  g_autofree char *text = NULL;
  const char *member;
  guint row, column;
  int band;

  if (keyboard || !find_cell (self, x, y, &row, &column))
    return FALSE;

  member = g_ptr_array_index (self->members, column);
  band = sp_heat_map_get_band (self, row, column);
  /* Translators: a heat map cell: member, competence, band */
  text = g_strdup_printf (_("%s — %s: %s"), member != NULL ? member : "",
                          g_array_index (self->rows, Row, row).name,
                          band < 0 ? _("not assessed") : sp_band_get_label (band));
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Vfuncs */

static GtkSizeRequestMode
sp_heat_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
sp_heat_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  SpHeatMap *self = SP_HEAT_MAP (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = total_height (self);
      return;
    }

  *minimum = ROW_LABEL_MIN + LABEL_GAP + grid_width (self);
  *natural = natural_label_width (self) + LABEL_GAP + grid_width (self);
}

static void
sp_heat_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  SpHeatMap *self = SP_HEAT_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  Geometry geometry;
  Palette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  compute_geometry (self, width, &geometry);
  fill_palette (self, &palette);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_members (self, cr, &palette, &geometry);
  draw_rows (self, cr, &palette, &geometry);
  draw_legend (self, cr, &palette,
               geometry.grid_y + self->rows->len * PITCH + count_groups (self) * GROUP_HEIGHT
               + LEGEND_TOP);
  cairo_destroy (cr);
}

static void
sp_heat_map_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sp_heat_map_parent_class)->css_changed (widget, change);

  /* The font may have changed. */
  forget_sizes (SP_HEAT_MAP (widget));
}

static void
on_style_manager_dark_notify_cb (SpHeatMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sp_heat_map_finalize (GObject *object)
{
  SpHeatMap *self = SP_HEAT_MAP (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_free);

  G_OBJECT_CLASS (sp_heat_map_parent_class)->finalize (object);
}

static void
sp_heat_map_class_init (SpHeatMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sp_heat_map_finalize;

  widget_class->get_request_mode = sp_heat_map_get_request_mode;
  widget_class->measure = sp_heat_map_measure;
  widget_class->snapshot = sp_heat_map_snapshot;
  widget_class->query_tooltip = sp_heat_map_query_tooltip;
  widget_class->css_changed = sp_heat_map_css_changed;

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sp_heat_map_init (SpHeatMap *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
  self->members = g_ptr_array_new_with_free_func (g_free);
  self->label_width = -1;
  self->header_height = -1;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Heat map of members by competences"),
                                  -1);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * sp_heat_map_new:
 *
 * Returns: (transfer floating): a new, empty heat map
 */
GtkWidget *
sp_heat_map_new (void)
{
  return g_object_new (SP_TYPE_HEAT_MAP, NULL);
}

void
sp_heat_map_set_shape (SpHeatMap *self,
                       guint      n_competences,
                       guint      n_members)
{
  g_return_if_fail (SP_IS_HEAT_MAP (self));

  g_array_set_size (self->rows, 0);
  g_array_set_size (self->rows, n_competences);
  g_ptr_array_set_size (self->members, 0);
  g_ptr_array_set_size (self->members, n_members);

  g_free (self->bands);
  self->bands = g_new (gint8, MAX (1, (gsize) n_competences * n_members));
  memset (self->bands, SP_HEAT_MAP_NOT_ASSESSED, (gsize) n_competences * n_members);

  forget_sizes (self);
  queue_update (self);
}

guint
sp_heat_map_get_n_competences (SpHeatMap *self)
{
  g_return_val_if_fail (SP_IS_HEAT_MAP (self), 0);

  return self->rows->len;
}

guint
sp_heat_map_get_n_members (SpHeatMap *self)
{
  g_return_val_if_fail (SP_IS_HEAT_MAP (self), 0);

  return self->members->len;
}

void
sp_heat_map_set_competence (SpHeatMap  *self,
                            guint       row,
                            const char *name,
                            const char *group)
{
  Row *target;

  g_return_if_fail (SP_IS_HEAT_MAP (self));
  g_return_if_fail (row < self->rows->len);

  target = &g_array_index (self->rows, Row, row);
  g_free (target->name);
  g_free (target->group);
  target->name = g_strdup (name);
  target->group = g_strdup (group);

  forget_sizes (self);
  queue_update (self);
}

void
sp_heat_map_set_member (SpHeatMap  *self,
                        guint       column,
                        const char *name)
{
  g_return_if_fail (SP_IS_HEAT_MAP (self));
  g_return_if_fail (column < self->members->len);

  g_free (g_ptr_array_index (self->members, column));
  g_ptr_array_index (self->members, column) = g_strdup (name);

  forget_sizes (self);
  queue_update (self);
}

void
sp_heat_map_set_band (SpHeatMap *self,
                      guint      row,
                      guint      column,
                      int        band)
{
  g_return_if_fail (SP_IS_HEAT_MAP (self));
  g_return_if_fail (row < self->rows->len);
  g_return_if_fail (column < self->members->len);
  g_return_if_fail (band >= SP_HEAT_MAP_NOT_ASSESSED && band < N_BANDS);

  self->bands [row * self->members->len + column] = band;
  queue_update (self);
}

int
sp_heat_map_get_band (SpHeatMap *self,
                      guint      row,
                      guint      column)
{
  g_return_val_if_fail (SP_IS_HEAT_MAP (self), SP_HEAT_MAP_NOT_ASSESSED);
  g_return_val_if_fail (row < self->rows->len, SP_HEAT_MAP_NOT_ASSESSED);
  g_return_val_if_fail (column < self->members->len, SP_HEAT_MAP_NOT_ASSESSED);

  return self->bands [row * self->members->len + column];
}

char *
sp_heat_map_dup_description (SpHeatMap *self)
{
  guint counts [N_BANDS + 1] = { 0 };
  gsize n_cells;
  GString *text;

  g_return_val_if_fail (SP_IS_HEAT_MAP (self), NULL);

  n_cells = (gsize) self->rows->len * self->members->len;
  if (n_cells == 0)
    return g_strdup (_("The heat map is empty."));

  for (gsize i = 0; i < n_cells; i++)
    counts [self->bands [i] + 1]++;

  text = g_string_new (NULL);
  /* Translators: a summary of the heat map for screen readers: members,
   * competences, cells, then how many cells fall in each score band. */
  g_string_append_printf (text,
                          _("Members: %u. Competences: %u. Of the %lu cells, "
                            "%u are %s, %u %s, %u %s and %u %s; %u are not assessed."),
                          self->members->len, self->rows->len, (gulong) n_cells,
                          counts [1], sp_band_get_label (SP_BAND_DISCOVERING),
                          counts [2], sp_band_get_label (SP_BAND_WITH_SUPPORT),
                          counts [3], sp_band_get_label (SP_BAND_AUTONOMOUS),
                          counts [4], sp_band_get_label (SP_BAND_CAN_LEAD),
                          counts [0]);
  append_extremes (self, text);

  return g_string_free (text, FALSE);
}
