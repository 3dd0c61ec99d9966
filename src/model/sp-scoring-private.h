/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The thresholds of docs/method.md, in one place. */

/* A competence is scored only when this many of its items are answered. */
#define SP_MIN_ITEMS_PER_COMPETENCE 2
/* The weight of a profile's most important competence (others weigh 1). */
#define SP_KEY_WEIGHT 2.0
/* Share of a profile's competence weight that must be assessed. */
#define SP_MIN_PROFILE_COVERAGE 0.6
/* Top minus runner-up below this: a tie. */
#define SP_TIE_GAP 5.0
/* Top minus runner-up below this: a close second. */
#define SP_CLOSE_GAP 10.0
/* Best minus worst affinity below this: a flat profile. */
#define SP_FLAT_RANGE 8.0
/* Share of identical answers from which answers count as uniform (when
 * they also leave the profiles flat). */
#define SP_UNIFORM_SHARE 0.9
/* Elevation bounds for describing a flat profile. */
#define SP_FLAT_HIGH 70.0
#define SP_FLAT_LOW 30.0

/* 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100. */
static inline double
sp_scale_to_score (int value)
{
  return (value - 1) * 25.0;
}

G_END_DECLS
