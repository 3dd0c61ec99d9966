/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-portfolio.h"

G_BEGIN_DECLS

/* How long after a change the autosave is written, at most. */
#define SP_AUTOSAVE_DELAY_MS 500

#define SP_TYPE_AUTOSAVE (sp_autosave_get_type ())

G_DECLARE_FINAL_TYPE (SpAutosave, sp_autosave, SP, AUTOSAVE, GObject)

/**
 * SpAutosave:
 *
 * Keeps a copy of a portfolio in one file, so that a crash loses nothing.
 * Each "changed" of the portfolio schedules a write no later than the
 * delay after it; the file is written in a worker thread, atomically (a
 * temporary file renamed over it), with mode 0600 in a folder of mode
 * 0700. Writes and deletions happen in the order they were asked for.
 * Emits "saved" after a write and "failed" (with a GError naming the
 * file) when one could not be made; the portfolio is never touched.
 */
SpAutosave  *sp_autosave_new            (const char  *path);
const char  *sp_autosave_get_path       (SpAutosave  *self);
/* Watches @portfolio (or nothing with NULL); nothing is written until it
 * changes. */
void         sp_autosave_set_portfolio  (SpAutosave  *self,
                                         SpPortfolio *portfolio);
void         sp_autosave_set_delay      (SpAutosave  *self,
                                         guint        delay_ms);
/* Forgets a pending write and deletes the file (after a write in flight,
 * if any): the answers were saved or knowingly thrown away. */
void         sp_autosave_discard        (SpAutosave  *self);
/* TRUE while a write is scheduled or in flight. */
gboolean     sp_autosave_is_busy        (SpAutosave  *self);

/* The folder for autosaves: g_get_user_state_dir()/sse-portfolio. */
char        *sp_autosave_dup_default_dir (void);
/* A new, unused file name in @dir. */
char        *sp_autosave_build_path      (const char *dir);
/* The autosave files in @dir, oldest first (element type: char *). */
GPtrArray   *sp_autosave_list            (const char *dir);
/* Puts a file that could not be restored aside (renamed to *.broken), so
 * that it is kept but not offered again. */
gboolean     sp_autosave_set_aside       (const char  *path,
                                          GError     **error);

G_END_DECLS
