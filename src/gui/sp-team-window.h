/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-application.h"
#include "sp-team.h"

G_BEGIN_DECLS

#define SP_TYPE_TEAM_WINDOW (sp_team_window_get_type ())

G_DECLARE_FINAL_TYPE (SpTeamWindow, sp_team_window, SP, TEAM_WINDOW, AdwApplicationWindow)

/**
 * SpTeamWindow:
 *
 * A team audit: members' share files merged on this computer, with the
 * actions team.add-files, team.add-folder, team.open, team.save,
 * team.save-as, team.compare, team.stop-comparing, team.export-pdf,
 * team.export-csv, team.cancel and team.dismiss-report. Files are read in
 * a worker thread with a progress bar and a Cancel button.
 */
SpTeamWindow *sp_team_window_new          (SpApplication      *application,
                                           SpFramework        *framework);
SpTeam       *sp_team_window_get_team     (SpTeamWindow       *self);
/* The later set of the class view, or NULL. */
SpTeam       *sp_team_window_get_compare  (SpTeamWindow       *self);
/* "empty", "merging" or "audit". */
const char   *sp_team_window_get_page     (SpTeamWindow       *self);
gboolean      sp_team_window_is_busy      (SpTeamWindow       *self);
gboolean      sp_team_window_has_unsaved  (SpTeamWindow       *self);

/* What the add and compare actions do once files are chosen: reads
 * @paths (share files or folders) in the background and merges them
 * into the team, or into the later set. */
void          sp_team_window_add_paths    (SpTeamWindow       *self,
                                           const char * const *paths);
void          sp_team_window_compare_paths (SpTeamWindow      *self,
                                           const char * const *paths);
/* Opens a saved audit here; a refused file shows a dialog. */
gboolean      sp_team_window_open_file    (SpTeamWindow       *self,
                                           GFile              *file);
gboolean      sp_team_window_save_to      (SpTeamWindow       *self,
                                           GFile              *file);
gboolean      sp_team_window_export_pdf   (SpTeamWindow       *self,
                                           GFile              *file);
gboolean      sp_team_window_export_csv   (SpTeamWindow       *self,
                                           GFile              *file);

G_END_DECLS
