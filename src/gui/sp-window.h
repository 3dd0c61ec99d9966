/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-application.h"
#include "sp-portfolio.h"

G_BEGIN_DECLS

#define SP_TYPE_WINDOW (sp_window_get_type ())

G_DECLARE_FINAL_TYPE (SpWindow, sp_window, SP, WINDOW, AdwApplicationWindow)

/**
 * SpWindow:
 *
 * One portfolio being filled in: welcome, questionnaire, result and plan
 * pages in a stack, with the window actions (win.start, win.open,
 * win.new-portfolio, win.save, win.save-as, win.export-pdf, win.export-ics,
 * win.export-csv, win.undo, win.redo, win.show-result, win.show-plan,
 * win.review-answers, win.go-back). "win.start" on a finished assessment
 * starts the next one from its answers in the same portfolio.
 */
SpWindow    *sp_window_new             (SpApplication *application,
                                        SpFramework   *framework);
SpPortfolio *sp_window_get_portfolio   (SpWindow      *self);
/* "welcome", "questionnaire", "result" or "plan". */
const char  *sp_window_get_page        (SpWindow      *self);
/* TRUE when the window holds answers that are not saved. */
gboolean     sp_window_has_unsaved     (SpWindow      *self);
void         sp_window_change_language (SpWindow      *self,
                                        const char    *code);
/* Loads @file into this window; a refused file shows a dialog and
 * changes nothing. */
gboolean     sp_window_open_file       (SpWindow      *self,
                                        GFile         *file);
/* What "win.export-pdf" does once a file is chosen: writes the plan and
 * tells the person (toast or dialog). */
gboolean     sp_window_export_pdf      (SpWindow      *self,
                                        GFile         *file);
/* The same for "win.export-ics" and "win.export-csv". */
gboolean     sp_window_export_calendar (SpWindow      *self,
                                        GFile         *file);
gboolean     sp_window_export_csv      (SpWindow      *self,
                                        GFile         *file);

/* When @dir (NULL: the autosave folder) holds autosaves of answers that
 * were never saved, asks whether to restore them (into this window, and
 * new ones for more) or discard them; returns FALSE when there are none. */
gboolean     sp_window_offer_restore   (SpWindow      *self,
                                        const char    *dir);

G_END_DECLS
