/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-assessment.h"

G_BEGIN_DECLS

/* The outcome of matching; see docs/method.md. */
typedef enum
{
  SP_STATUS_CLEAR,
  SP_STATUS_CLOSE,
  SP_STATUS_TIE,
  SP_STATUS_FLAT,
  SP_STATUS_UNIFORM,
  SP_STATUS_TOO_FEW_ANSWERS,
} SpStatus;

/* Display bands of a 0–100 score. */
typedef enum
{
  SP_BAND_DISCOVERING,   /* 0–24 */
  SP_BAND_WITH_SUPPORT,  /* 25–49 */
  SP_BAND_AUTONOMOUS,    /* 50–74 */
  SP_BAND_CAN_LEAD,      /* 75–100 */
} SpBand;

typedef struct
{
  const SpProfile *profile;
  double           affinity;   /* 0–100, NAN when not computable */
} SpAffinity;

/* One competence's part in a profile's affinity. */
typedef struct
{
  const SpCompetence *competence;
  double              score;        /* 0–100 */
  double              contribution; /* weight × score / Σ weights */
} SpDriver;

typedef struct _SpResult SpResult;

SpResult         *sp_result_new                    (SpAssessment *assessment);
SpResult         *sp_result_ref                    (SpResult     *self);
void              sp_result_unref                  (SpResult     *self);
GType             sp_result_get_type               (void) G_GNUC_CONST;

SpFramework      *sp_result_get_framework          (SpResult     *self);
SpStatus          sp_result_get_status             (SpResult     *self);
/* NULL unless the status is clear, close or tie. */
const SpProfile  *sp_result_get_match              (SpResult     *self);
/* The best-ranked profile other than the match (or the first two when
 * there is no match). NULL when fewer than two affinities exist. */
const SpProfile  *sp_result_get_runner_up          (SpResult     *self);
/* Affinity of the top profile minus the runner-up's. */
double            sp_result_get_gap                (SpResult     *self);

/* All profiles, best first; profiles without an affinity last. */
guint             sp_result_get_n_affinities       (SpResult     *self);
const SpAffinity *sp_result_get_affinity           (SpResult     *self,
                                                    guint         rank);
double            sp_result_get_profile_affinity   (SpResult     *self,
                                                    const SpProfile *profile);

/* 0–100, or NAN when fewer than two items of the competence are answered. */
double            sp_result_get_competence_score   (SpResult     *self,
                                                    const SpCompetence *competence);
guint             sp_result_get_competence_n_answered (SpResult  *self,
                                                    const SpCompetence *competence);

guint             sp_result_get_n_answered         (SpResult     *self);
guint             sp_result_get_n_items            (SpResult     *self);
/* Mean of all assessed competence scores; NAN when none. */
double            sp_result_get_elevation          (SpResult     *self);
/* The most frequent answer value and its share of the answered items. */
int               sp_result_get_modal_answer       (SpResult     *self);
double            sp_result_get_modal_share        (SpResult     *self);

/* The competences behind @profile's affinity, largest contribution first.
 * Element type SpDriver. */
GArray           *sp_result_dup_drivers            (SpResult     *self,
                                                    const SpProfile *profile);
/* The person's highest answers on @profile's competences, best first,
 * at most @max: items as const SpItem *. */
GPtrArray        *sp_result_dup_top_items          (SpResult     *self,
                                                    const SpProfile *profile,
                                                    guint         max);

/* Translated text for people: a one-line headline and a paragraph that
 * explains the outcome, the drivers, the runner-up and the gap. */
char             *sp_result_dup_headline           (SpResult     *self);
char             *sp_result_dup_explanation        (SpResult     *self);

/* The person's answer to @item in the scored assessment. */
int               sp_result_get_item_answer        (SpResult     *self,
                                                    const SpItem *item);

const char       *sp_status_to_string              (SpStatus      status);
/* TRUE for clear, close and tie: the outcomes that name a profile. */
gboolean          sp_status_has_match              (SpStatus      status);
SpBand            sp_band_for_score                (double        score);
const char       *sp_band_get_label                (SpBand        band);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpResult, sp_result_unref)

G_END_DECLS
