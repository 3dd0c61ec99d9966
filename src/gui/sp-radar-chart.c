/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-radar-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-radar-chart.h"

#include "sp-radar.h"

#include <adwaita.h>

/* The chart is a square that follows the width it is given, between these
 * two sides. */
#define MIN_SIDE 240
#define NATURAL_SIDE 480
#define MAX_SIDE 900

struct _SpRadarChart
{
  GtkWidget  parent_instance;

  SpResult  *result;
  SpResult  *previous;
};

G_DEFINE_FINAL_TYPE (SpRadarChart, sp_radar_chart, GTK_TYPE_WIDGET)

static SpRgba
rgba_from_gdk (const GdkRGBA *color,
               double         alpha)
{
  SpRgba rgba = { color->red, color->green, color->blue, color->alpha * alpha };

  return rgba;
}

/* libadwaita 1.2 has no accent colour API; its stylesheet defines the
 * colour by name, which GTK 4.8 can still look up. */
static void
lookup_accent (GtkWidget *widget,
               GdkRGBA   *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (gtk_style_context_lookup_color (context, "accent_color", accent))
    return;

  /* The Adwaita blues, should the stylesheet not name the colour. */
  if (dark)
    gdk_rgba_parse (accent, "#78aeed");
  else
    gdk_rgba_parse (accent, "#1c71d8");
}

static char *
dup_chart_font (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *base = pango_context_get_font_description (context);
  g_autoptr (PangoFontDescription) font = NULL;

  if (base == NULL)
    return g_strdup ("Sans 9");

  font = pango_font_description_copy (base);
  pango_font_description_set_size (font, 9 * PANGO_SCALE);

  return pango_font_description_to_string (font);
}

static void
sp_radar_chart_fill_style (SpRadarChart *self,
                           SpRadarStyle *style,
                           char        **font)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA foreground;
  GdkRGBA accent;

  gtk_style_context_get_color (context, &foreground);
  lookup_accent (GTK_WIDGET (self), &accent);

  *font = dup_chart_font (GTK_WIDGET (self));

  style->foreground = rgba_from_gdk (&foreground, 1.0);
  style->grid = rgba_from_gdk (&foreground, 0.18);
  style->fill = rgba_from_gdk (&accent, 0.3);
  style->stroke = rgba_from_gdk (&accent, 1.0);
  style->previous = rgba_from_gdk (&foreground, 0.55);
  style->font = *font;
}

static void
on_style_manager_dark_notify_cb (SpRadarChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sp_radar_chart_update_description (SpRadarChart *self)
{
  g_autofree char *description = NULL;

  if (self->result != NULL)
    description = sp_radar_dup_description (self->result);

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static GtkSizeRequestMode
sp_radar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sp_radar_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    {
      /* A square: as tall as it is wide. */
      *minimum = *natural = CLAMP (for_size, MIN_SIDE, MAX_SIDE);
      return;
    }

  *minimum = MIN_SIDE;
  *natural = NATURAL_SIDE;
}

static void
sp_radar_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SpRadarChart *self = SP_RADAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *font = NULL;
  SpRadarStyle style;
  cairo_t *cr;

  if (self->result == NULL || width <= 0 || height <= 0)
    return;

  sp_radar_chart_fill_style (self, &style, &font);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sp_radar_draw (cr, &style, self->result, self->previous, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
sp_radar_chart_dispose (GObject *object)
{
  SpRadarChart *self = SP_RADAR_CHART (object);

  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_pointer (&self->previous, sp_result_unref);

  G_OBJECT_CLASS (sp_radar_chart_parent_class)->dispose (object);
}

static void
sp_radar_chart_class_init (SpRadarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_radar_chart_dispose;

  widget_class->get_request_mode = sp_radar_chart_get_request_mode;
  widget_class->measure = sp_radar_chart_measure;
  widget_class->snapshot = sp_radar_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "radarchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sp_radar_chart_init (SpRadarChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Competence radar chart"),
                                  -1);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * sp_radar_chart_new:
 *
 * Returns: (transfer floating): a new, empty radar chart
 */
GtkWidget *
sp_radar_chart_new (void)
{
  return g_object_new (SP_TYPE_RADAR_CHART, NULL);
}

/**
 * sp_radar_chart_set_results:
 * @self: a radar chart
 * @result: (nullable): the result to draw
 * @previous: (nullable): an earlier result drawn behind it
 *
 * Shows @result, and updates the accessible description to match.
 */
void
sp_radar_chart_set_results (SpRadarChart *self,
                            SpResult     *result,
                            SpResult     *previous)
{
  g_return_if_fail (SP_IS_RADAR_CHART (self));

  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_pointer (&self->previous, sp_result_unref);

  if (result != NULL)
    self->result = sp_result_ref (result);
  if (previous != NULL)
    self->previous = sp_result_ref (previous);

  sp_radar_chart_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
