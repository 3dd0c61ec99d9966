/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-team.h"

G_BEGIN_DECLS

/* The team report as an A4 PDF: profile counts with the avatars, the heat
 * map of the members shown by name, the coverage table with gap and
 * single-point markers, the uncovered roles and the suggested activities.
 * Suppressed counts read "fewer than N". Written atomically. */
gboolean  sp_team_export_pdf        (SpTeam      *team,
                                     const char  *path,
                                     GError     **error);

/* The members × competences matrix as CSV (RFC 4180, CRLF line ends):
 * header `member,profile,COMPETENCE_ID…`, then one row per member who
 * agreed to be shown by name, scores with one decimal or `na`. Members who
 * did not agree are left out (they count only in the aggregates). The
 * profile is `none` when the member matched no role. */
GBytes   *sp_team_export_csv_bytes  (SpTeam      *team);
gboolean  sp_team_export_csv        (SpTeam      *team,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS
