/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/* The page of our PDF reports: A4 in points, with the text area inside the
 * margins and the footer below it. */
#define SP_PDF_PAGE_WIDTH     595.28
#define SP_PDF_PAGE_HEIGHT    841.89
#define SP_PDF_MARGIN         50.0
#define SP_PDF_CONTENT_WIDTH  (SP_PDF_PAGE_WIDTH - 2 * SP_PDF_MARGIN)
#define SP_PDF_CONTENT_BOTTOM (SP_PDF_PAGE_HEIGHT - SP_PDF_MARGIN - 8)
#define SP_PDF_FOOTER_Y       (SP_PDF_PAGE_HEIGHT - 36)

#define SP_PDF_FONT_FAMILY    "Noto Sans, DejaVu Sans, Sans"

/* Colours shared by the reports, as 0xRRGGBB. */
#define SP_PDF_COLOR_TEXT     0x241f31
#define SP_PDF_COLOR_MUTED    0x5e5c64
#define SP_PDF_COLOR_ACCENT   0x1a5fb4
#define SP_PDF_COLOR_RULE     0xc0bfbc

/* Draws the whole document on @cr, with @context set up for it. */
typedef void (*SpPdfRenderFunc) (cairo_t      *cr,
                                 PangoContext *context,
                                 gpointer      user_data);

void          sp_pdf_set_color          (cairo_t            *cr,
                                         guint32             rgb);
/* A layout in our font at @size points; wrapped at @width when it is
 * positive. */
PangoLayout  *sp_pdf_layout_new         (PangoContext       *context,
                                         double              size,
                                         PangoWeight         weight,
                                         const char         *text,
                                         double              width);
double        sp_pdf_layout_get_height  (PangoLayout        *layout);
double        sp_pdf_layout_get_width   (PangoLayout        *layout);
/* Makes an A4 PDF surface writing into @write_func, with @title, @author
 * (or NULL) and our name as creator, lets @render draw on it at 72 dpi
 * and finishes it. Returns the first error of cairo, if any. */
cairo_status_t sp_pdf_render            (cairo_write_func_t  write_func,
                                         void               *closure,
                                         const char         *title,
                                         const char         *author,
                                         SpPdfRenderFunc     render,
                                         gpointer            user_data);

G_END_DECLS
