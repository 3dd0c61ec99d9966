/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sp-share.h"

G_BEGIN_DECLS

#define SP_TYPE_TEAM_LOADER (sp_team_loader_get_type ())

G_DECLARE_FINAL_TYPE (SpTeamLoader, sp_team_loader, SP, TEAM_LOADER, GObject)

/**
 * SpTeamLoader:
 *
 * Reads many share files in a worker thread, so the window stays alive
 * while a cohort of thousands is read. Folders are opened for their
 * share files, in name order. A file that cannot be read is kept as a
 * failure naming it; the others are read on. The shares are then added
 * to a team on the main thread.
 */
SpTeamLoader *sp_team_loader_new            (const char * const  *paths);
void          sp_team_loader_run_async      (SpTeamLoader        *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* FALSE only when cancelled. */
gboolean      sp_team_loader_run_finish     (SpTeamLoader        *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Progress, readable from the main thread while the worker runs: files
 * read so far, and files found (grows while folders are listed). */
guint         sp_team_loader_get_n_done     (SpTeamLoader        *self);
guint         sp_team_loader_get_n_total    (SpTeamLoader        *self);

/* After a successful finish. */
guint         sp_team_loader_get_n_shares   (SpTeamLoader        *self);
SpShare      *sp_team_loader_get_share      (SpTeamLoader        *self,
                                             guint                index,
                                             const char         **display_name);
guint         sp_team_loader_get_n_failures (SpTeamLoader        *self);
/* The file's display name and a sentence saying what was wrong. */
void          sp_team_loader_get_failure    (SpTeamLoader        *self,
                                             guint                index,
                                             const char         **display_name,
                                             const char         **message);

G_END_DECLS
