/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-portfolio.h"

G_BEGIN_DECLS

#define SP_TYPE_TEAM_SHARE_DIALOG (sp_team_share_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SpTeamShareDialog, sp_team_share_dialog, SP, TEAM_SHARE_DIALOG,
                      AdwMessageDialog)

/**
 * SpTeamShareDialog:
 *
 * "Share with Your Team": asks for the name or pseudonym the team will
 * see and whether the member agrees to be shown by name, then for a file,
 * and writes the share of the portfolio's assessment there. Sharing again
 * to the same file keeps the member id, so the team counts the member
 * once. Emits "shared" with the file once it is written.
 */
SpTeamShareDialog *sp_team_share_dialog_new        (GtkWindow         *parent,
                                                    SpPortfolio       *portfolio);
void               sp_team_share_dialog_set_member (SpTeamShareDialog *self,
                                                    const char        *name,
                                                    gboolean           show_name);
/* What the save chooser does once a file is picked. */
gboolean           sp_team_share_dialog_write      (SpTeamShareDialog *self,
                                                    GFile             *file,
                                                    GError           **error);

G_END_DECLS
