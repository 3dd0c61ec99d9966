/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-share.h"

G_BEGIN_DECLS

#define SP_TEAM_FORMAT 1
#define SP_TEAM_EXTENSION ".sseteam"
#define SP_TEAM_MAX_SIZE (256 * 1024 * 1024)
/* The most members an audit file may hold. */
#define SP_TEAM_MAX_MEMBERS 10000

#define SP_TEAM_DEFAULT_MIN_GROUP 3
/* "Autonomous": the lower bound of SP_BAND_AUTONOMOUS. */
#define SP_TEAM_DEFAULT_LEVEL 50.0

/* A count hidden by the minimum-group rule. */
#define SP_TEAM_SUPPRESSED (-1)

/**
 * SpTeamAdd:
 * @SP_TEAM_ADD_MERGED: the member joined the audit.
 * @SP_TEAM_ADD_DUPLICATE: the member id was already there; the file was
 *   counted once (the first one kept) and a message names it.
 * @SP_TEAM_ADD_SKIPPED: the file is broken, foreign, or made for another
 *   framework; a message names it and the audit goes on.
 */
typedef enum
{
  SP_TEAM_ADD_MERGED,
  SP_TEAM_ADD_DUPLICATE,
  SP_TEAM_ADD_SKIPPED,
} SpTeamAdd;

/**
 * SpTeamMessageKind:
 * @SP_TEAM_MESSAGE_SKIPPED: a file was not merged (the text says why,
 *   with its name and line).
 * @SP_TEAM_MESSAGE_DUPLICATE: a member id seen before.
 * @SP_TEAM_MESSAGE_UNMAPPED: a file from another framework version had
 *   ids this version does not know, or lacks competences it has.
 */
typedef enum
{
  SP_TEAM_MESSAGE_SKIPPED,
  SP_TEAM_MESSAGE_DUPLICATE,
  SP_TEAM_MESSAGE_UNMAPPED,
} SpTeamMessageKind;

typedef struct
{
  SpTeamMessageKind  kind;
  char              *file;    /* display name of the file */
  char              *text;    /* translated, complete sentence(s) naming the file */
} SpTeamMessage;

/**
 * SpCoverage:
 * @SP_COVERAGE_HIDDEN: the team has fewer members than the minimum
 *   group: nothing is shown.
 * @SP_COVERAGE_GAP: nobody reaches the required level.
 * @SP_COVERAGE_SINGLE_POINT: exactly one member does (only shown when the
 *   minimum group is 1; otherwise it is part of @SP_COVERAGE_FEW).
 * @SP_COVERAGE_FEW: some members, fewer than the minimum group (so the
 *   count is suppressed): at risk, possibly a single point of failure.
 * @SP_COVERAGE_COVERED: at least two members and at least the minimum.
 */
typedef enum
{
  SP_COVERAGE_HIDDEN,
  SP_COVERAGE_GAP,
  SP_COVERAGE_SINGLE_POINT,
  SP_COVERAGE_FEW,
  SP_COVERAGE_COVERED,
} SpCoverage;

/* A suggested team activity for one of the largest gaps. */
typedef struct
{
  const SpCompetence *competence;
  char               *activity_id;  /* NULL without an activity library */
  char               *title;        /* the activity, or a generic suggestion */
  char               *summary;      /* may be NULL */
} SpTeamSuggestion;

/* Class view: one competence, start set against end set. */
typedef struct
{
  const SpCompetence *competence;
  guint               n_start;        /* members assessed at the start */
  guint               n_end;          /* members assessed at the end */
  double              median_start;   /* NAN when n_start < minimum group */
  double              mean_start;
  double              median_end;     /* NAN when n_end < minimum group */
  double              mean_end;
  guint               n_paired;       /* in both sets (same member id), assessed in both */
  int                 n_moved_up;     /* band rose; SP_TEAM_SUPPRESSED when hidden */
} SpTeamProgress;

#define SP_TYPE_TEAM (sp_team_get_type ())

G_DECLARE_FINAL_TYPE (SpTeam, sp_team, SP, TEAM, GObject)

/**
 * SpTeam:
 *
 * A team self-audit: members' shares merged by member id, the team's
 * settings (the minimum group and the required levels), and what follows
 * from them. GTK-free. Emits "changed" after members or settings change.
 *
 * Anonymity (docs/method.md, "Team view"): when the team has fewer
 * members than the minimum group, no aggregate is shown; otherwise a
 * count (or median, mean) is SP_TEAM_SUPPRESSED (NAN) when the members
 * not shown by name in it are above 0 and below the minimum, whatever
 * the named members add.
 * Individual rows exist only for members who agreed to be shown by name.
 */
SpTeam             *sp_team_new                  (SpFramework  *framework);
SpFramework        *sp_team_get_framework        (SpTeam       *self);

/* Adding members. Failures never stop the audit: they are recorded as
 * messages (and logged with g_debug). */
SpTeamAdd           sp_team_add_file             (SpTeam       *self,
                                                  const char   *path);
/* Adds every regular file ending in SP_SHARE_EXTENSION in @dir, in name
 * order. Returns the number merged; FALSE-like 0 with @error set only when
 * the folder itself cannot be read. */
guint               sp_team_add_folder           (SpTeam       *self,
                                                  const char   *dir,
                                                  GError      **error);
/* Adds a path: a folder goes through sp_team_add_folder(), anything else
 * through sp_team_add_file(). Returns the number merged. */
guint               sp_team_add_path             (SpTeam       *self,
                                                  const char   *path);
/* Adds @n_paths files and folders as sp_team_add_path() would one after
 * the other, with the same members, order and messages, but reads the
 * files on several threads. Returns the number merged. */
guint               sp_team_add_paths            (SpTeam             *self,
                                                  const char * const *paths,
                                                  guint               n_paths);
/* @display_name names the source in messages. */
SpTeamAdd           sp_team_add_share            (SpTeam       *self,
                                                  SpShare      *share,
                                                  const char   *display_name);
void                sp_team_remove_member        (SpTeam       *self,
                                                  guint         index);

guint               sp_team_get_n_messages       (SpTeam       *self);
const SpTeamMessage *sp_team_get_message         (SpTeam       *self,
                                                  guint         index);
void                sp_team_clear_messages       (SpTeam       *self);

/* Settings, saved with the audit. */
guint               sp_team_get_min_group        (SpTeam       *self);
void                sp_team_set_min_group        (SpTeam       *self,
                                                  guint         min_group);
/* The level (0–100) a member must reach for a competence to count as
 * held; SP_TEAM_DEFAULT_LEVEL unless changed. */
double              sp_team_get_required_level   (SpTeam       *self);
void                sp_team_set_required_level   (SpTeam       *self,
                                                  double        level);
/* A competence's own level, or the team's when it has none. */
double              sp_team_get_competence_level (SpTeam             *self,
                                                  const SpCompetence *competence);
/* NAN clears the override. */
void                sp_team_set_competence_level (SpTeam             *self,
                                                  const SpCompetence *competence,
                                                  double              level);

/* Members, in the order they were added. */
guint               sp_team_get_n_members        (SpTeam       *self);
SpShare            *sp_team_get_member           (SpTeam       *self,
                                                  guint         index);
/* The member's matched profile in this framework, or NULL. */
const SpProfile    *sp_team_get_member_profile   (SpTeam       *self,
                                                  guint         index);
/* The score mapped onto this framework's @competence; NAN = not assessed. */
double              sp_team_get_member_score     (SpTeam             *self,
                                                  guint               index,
                                                  const SpCompetence *competence);
/* TRUE when the member may be shown in an individual row. */
gboolean            sp_team_member_is_shown      (SpTeam       *self,
                                                  guint         index);
/* The indices of the members who may be shown by name, in order
 * (element type guint). */
GArray             *sp_team_dup_shown_members    (SpTeam       *self);

/* TRUE when the team is smaller than the minimum group. */
gboolean            sp_team_is_hidden            (SpTeam       *self);
/* @count as it may be shown when all of it may be unnamed members:
 * @count, or SP_TEAM_SUPPRESSED. */
int                 sp_team_shown_count          (SpTeam       *self,
                                                  guint         count);

/* Members matched to @profile (NULL: no match), as shown. */
int                 sp_team_get_profile_count    (SpTeam          *self,
                                                  const SpProfile *profile);
/* Members reaching @competence's required level, as shown; @coverage
 * (may be NULL) receives the status. */
int                 sp_team_get_coverage         (SpTeam             *self,
                                                  const SpCompetence *competence,
                                                  SpCoverage         *coverage);
/* Members in @band for @competence, as shown; @band -1 counts those not
 * assessed. */
int                 sp_team_get_band_count       (SpTeam             *self,
                                                  const SpCompetence *competence,
                                                  int                 band);
/* Roles nobody covers (element type const SpProfile *, catalogue order).
 * A member covers a role when they reach the required level on every
 * competence of the role. Empty when the team is hidden. */
GPtrArray          *sp_team_dup_uncovered_roles  (SpTeam       *self);
/* Competences whose coverage is a gap, few or a single point, the
 * emptiest first (element type const SpCompetence *). */
GPtrArray          *sp_team_dup_largest_gaps     (SpTeam       *self,
                                                  guint         max);
/* Team activities for the largest gaps, at most @max (element type
 * SpTeamSuggestion *, freed by the array). */
GPtrArray          *sp_team_dup_suggestions      (SpTeam       *self,
                                                  guint         max);
void                sp_team_suggestion_free      (SpTeamSuggestion *suggestion);

/* Class view: @start and @end share the framework; the minimum group of
 * @end applies. Element type SpTeamProgress, one per competence in
 * framework order. */
GArray             *sp_team_dup_progress         (SpTeam       *start,
                                                  SpTeam       *end);

/* The audit file (.sseteam, profiles/team.rng): settings and members'
 * share data. Loading is strict; shares inside are mapped as if added. */
SpTeam             *sp_team_load                 (SpFramework  *framework,
                                                  const char   *path,
                                                  GError      **error);
SpTeam             *sp_team_load_bytes           (SpFramework  *framework,
                                                  GBytes       *bytes,
                                                  const char   *display_name,
                                                  GError      **error);
gboolean            sp_team_save                 (SpTeam       *self,
                                                  const char   *path,
                                                  GError      **error);
GBytes             *sp_team_to_bytes             (SpTeam       *self);

const char         *sp_coverage_to_string        (SpCoverage    coverage);

G_END_DECLS
