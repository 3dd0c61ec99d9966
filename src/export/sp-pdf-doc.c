/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-pdf-doc"

#include "config.h"

#include "sp-pdf-doc-private.h"

#include <cairo-pdf.h>

void
sp_pdf_set_color (cairo_t *cr,
                  guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

PangoLayout *
sp_pdf_layout_new (PangoContext *context,
                   double        size,
                   PangoWeight   weight,
                   const char   *text,
                   double        width)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  font = pango_font_description_from_string (SP_PDF_FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);

  layout = pango_layout_new (context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

double
sp_pdf_layout_get_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

double
sp_pdf_layout_get_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double) width / PANGO_SCALE;
}

cairo_status_t
sp_pdf_render (cairo_write_func_t  write_func,
               void               *closure,
               const char         *title,
               const char         *author,
               SpPdfRenderFunc     render,
               gpointer            user_data)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  PangoContext *context;
  cairo_status_t status;

  g_return_val_if_fail (render != NULL, CAIRO_STATUS_NULL_POINTER);

  surface = cairo_pdf_surface_create_for_stream (write_func, closure, SP_PDF_PAGE_WIDTH,
                                                 SP_PDF_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "SSE Portfolio");

  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  render (cr, context, user_data);
  g_object_unref (context);

  status = cairo_status (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  return status;
}
