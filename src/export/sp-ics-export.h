/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-portfolio.h"

G_BEGIN_DECLS

/* The domain-free suffix of every iCalendar UID: "GOAL-OR-ACTION-UID@…". */
#define SP_ICS_UID_SUFFIX "@sse-portfolio"

/* The plan's dated goals and actions as an iCalendar (RFC 5545) document:
 * one VTODO per goal with a review date ("Review: GOAL", DUE, STATUS) and
 * one all-day VEVENT per dated action (its own words as SUMMARY, the
 * person's status as CATEGORIES, RELATED-TO its goal). The UIDs come from
 * the plan, so exporting again updates the same entries in a calendar. */
char     *sp_ics_export_to_string (SpPortfolio  *portfolio);
/* Writes the same to @path, atomically. */
gboolean  sp_ics_export_plan      (SpPortfolio  *portfolio,
                                   const char   *path,
                                   GError      **error);

G_END_DECLS
