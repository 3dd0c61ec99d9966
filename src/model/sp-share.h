/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-result.h"

G_BEGIN_DECLS

#define SP_SHARE_FORMAT 1
#define SP_SHARE_EXTENSION ".sseshare"
#define SP_SHARE_MAX_SIZE (1024 * 1024)

#define SP_TYPE_SHARE (sp_share_get_type ())

G_DECLARE_FINAL_TYPE (SpShare, sp_share, SP, SHARE, GObject)

/**
 * SpShare:
 *
 * What one member hands to a team audit: a stable member id, the name or
 * pseudonym they chose, whether they agree to be shown by name, the date
 * of their assessment, their matched profile and status, every competence
 * score and every answer, each by id. Stored as a `.sseshare` XML file
 * (profiles/share.rng). It is plain data: it does not need the framework
 * it was made with, so a team can map shares from other framework
 * versions by id. Immutable once made.
 */

/* Scores @assessment and makes a share of it, dated like it. @member_id
 * is a stable id (see sp_share_new_member_id()); @member_name the name or
 * pseudonym to show, or NULL/"" for none; @show_name whether the member
 * agrees to be shown by name in the team view (without a name it has no
 * effect). */
SpShare      *sp_share_new                 (SpAssessment *assessment,
                                            const char   *member_id,
                                            const char   *member_name,
                                            gboolean      show_name);
/* A new random member id (a UUID, lower case). */
char         *sp_share_new_member_id       (void);
/* TRUE when @id can serve as a member id: 1–64 characters among
 * a–z, A–Z, 0–9, '-' and '_'. */
gboolean      sp_share_member_id_is_valid  (const char   *id);

/* Reads a share file strictly (the checks of sp_xml_read(), then by hand
 * everything profiles/share.rng requires, in one pass); never
 * returns a half-loaded share. Errors name @display_name and the line:
 * SP_ERROR_INVALID for anything that is not a share (truncated, foreign,
 * fails the schema), SP_ERROR_NEWER_VERSION for a newer format,
 * SP_ERROR_DUPLICATE for a competence or item given twice,
 * SP_ERROR_OUT_OF_RANGE for a value off its scale. Ids are not checked
 * against a framework here; SpTeam maps them. */
SpShare      *sp_share_load                (const char   *path,
                                            GError      **error);
/* Loads @n_paths files as sp_share_load() does, on up to @n_threads
 * threads (0: one per processor, at most 4): @shares[i] receives the
 * share of @paths[i], or NULL and @errors[i] the error. The results do
 * not depend on the number of threads. @n_done (may be NULL) is
 * incremented atomically after each file. When @cancellable is
 * cancelled, the files not yet started are left NULL without error. */
void          sp_share_load_many           (const char * const *paths,
                                            guint         n_paths,
                                            guint         n_threads,
                                            SpShare     **shares,
                                            GError      **errors,
                                            guint        *n_done,
                                            GCancellable *cancellable);
SpShare      *sp_share_load_bytes          (GBytes       *bytes,
                                            const char   *display_name,
                                            GError      **error);
/* Writes atomically (temporary file renamed over @path), mode 0600. */
gboolean      sp_share_save                (SpShare      *self,
                                            const char   *path,
                                            GError      **error);
GBytes       *sp_share_to_bytes            (SpShare      *self);

const char   *sp_share_get_member_id       (SpShare      *self);
/* The name or pseudonym; may be NULL. */
const char   *sp_share_get_member_name     (SpShare      *self);
/* TRUE only when the member agreed and gave a name. */
gboolean      sp_share_get_show_name       (SpShare      *self);
const char   *sp_share_get_framework_id    (SpShare      *self);
const char   *sp_share_get_framework_version (SpShare    *self);
/* The assessment date, in UTC. */
GDateTime    *sp_share_get_date            (SpShare      *self);
/* The matched profile id, or NULL when the status names none. */
const char   *sp_share_get_profile_id      (SpShare      *self);
/* sp_status_to_string() of the member's status ("clear", …). */
const char   *sp_share_get_status          (SpShare      *self);

/* Competence scores, in file order. @score is 0–100 or NAN ("na"). The
 * ids belong to the share. */
guint         sp_share_get_n_scores        (SpShare      *self);
void          sp_share_get_score           (SpShare      *self,
                                            guint         index,
                                            const char  **competence_id,
                                            double       *score);
/* The score of @competence_id; FALSE when the share has none for it. */
gboolean      sp_share_lookup_score        (SpShare      *self,
                                            const char   *competence_id,
                                            double       *score);

/* Answers, in file order: SP_SCALE_MIN … SP_SCALE_MAX or SP_ANSWER_SKIP;
 * unanswered items are not listed. The ids belong to the share. */
guint         sp_share_get_n_answers       (SpShare      *self);
void          sp_share_get_answer          (SpShare      *self,
                                            guint         index,
                                            const char  **item_id,
                                            int          *answer);

G_END_DECLS
