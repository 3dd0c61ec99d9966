/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-team.h"

G_BEGIN_DECLS

#define SP_TYPE_TEAM_VIEW (sp_team_view_get_type ())

G_DECLARE_FINAL_TYPE (SpTeamView, sp_team_view, SP, TEAM_VIEW, AdwBin)

/**
 * SpTeamView:
 *
 * What a team audit shows, in one scrolling column: the members and the
 * settings, the merge report, the matched roles with their avatars, the
 * roles nobody covers, who reaches the required level per competence,
 * suggested activities and the heat map. With a second set (the end of a
 * course) it also shows how the group moved. Every count comes from
 * SpTeam already anonymised; a suppressed one reads "fewer than N".
 * It does not follow the team by itself: call sp_team_view_refresh().
 */
GtkWidget  *sp_team_view_new            (void);
void        sp_team_view_set_team       (SpTeamView *self,
                                         SpTeam     *team);
/* @end: the later set to compare the team with, or NULL. */
void        sp_team_view_set_compare    (SpTeamView *self,
                                         SpTeam     *end);
void        sp_team_view_refresh        (SpTeamView *self);
/* What the window adds to the team's own messages: files it could not
 * read, and the messages of the set compared with. */
void        sp_team_view_add_report     (SpTeamView        *self,
                                         SpTeamMessageKind  kind,
                                         const char        *file,
                                         const char        *text);
void        sp_team_view_clear_report   (SpTeamView        *self);
/* Which sections are showing, for tests: "report", "progress",
 * "roles", "uncovered", "coverage", "suggestions", "map". */
gboolean    sp_team_view_section_is_visible (SpTeamView *self,
                                         const char *section);
/* The text of a count as shown: "4 members", "none", "fewer than 3". */
char       *sp_team_view_dup_count_text (SpTeam     *team,
                                         int         count);

G_END_DECLS
