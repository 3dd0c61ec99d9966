/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Helpers shared by the window tests: waiting while the main loop runs,
 * finding widgets as a person would see them, and screenshots. */

/* Runs the main loop for @ms milliseconds. */
void              sp_test_wait_ms             (guint        ms);
/* The first widget of @type in @root's tree, @root included, or NULL. */
GtkWidget        *sp_test_find_widget         (GtkWidget   *root,
                                               GType        type);
/* The first label whose text contains @text, drawn or not (the rows of a
 * closed expander count). */
GtkLabel         *sp_test_find_label          (GtkWidget   *root,
                                               const char  *text);
/* The same among the labels drawn now. */
GtkLabel         *sp_test_find_drawn_label    (GtkWidget   *root,
                                               const char  *text);
/* A message dialog that is shown now, or NULL. */
AdwMessageDialog *sp_test_find_message_dialog (void);
/* Renders @widget as it is drawn now into a PNG at @path, retrying while
 * a layout is pending. */
void              sp_test_save_png            (GtkWidget   *widget,
                                               const char  *path);

G_END_DECLS
