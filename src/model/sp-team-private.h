/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-team.h"

G_BEGIN_DECLS

/* A merged member: the share, where it came from, and its data mapped
 * onto the team's framework by id. */
typedef struct
{
  SpShare         *share;
  char            *source;    /* display name of the file */
  const SpProfile *profile;   /* NULL: no match */
  double          *scores;    /* one per framework competence, NAN = not assessed */
} SpTeamMember;

/* Maps @share onto @framework (sp-team-map.c). Fills @member's profile
 * and scores; returns a translated description of what could not be
 * mapped, or NULL when everything was. */
char       *sp_team_map_share      (SpFramework   *framework,
                                    SpShare       *share,
                                    SpTeamMember  *member);

/* Records a message about @file (sp-team.c). */
void        sp_team_add_message    (SpTeam            *self,
                                    SpTeamMessageKind  kind,
                                    const char        *file,
                                    const char        *text);

G_END_DECLS
