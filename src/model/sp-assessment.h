/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-framework.h"

G_BEGIN_DECLS

/* An answer: SP_ANSWER_NONE (not reached yet), SP_ANSWER_SKIP (the person
 * chose to skip) or a scale value SP_SCALE_MIN … SP_SCALE_MAX. Skips and
 * unanswered items are never scored as numbers. */
#define SP_ANSWER_NONE 0
#define SP_ANSWER_SKIP (-1)

#define SP_TYPE_ASSESSMENT (sp_assessment_get_type ())

G_DECLARE_FINAL_TYPE (SpAssessment, sp_assessment, SP, ASSESSMENT, GObject)

/**
 * SpAssessment:
 *
 * One run through the three questionnaires: an answer per item of the
 * framework, and the date it was taken. Emits "changed" with the item
 * index whenever an answer changes.
 */
SpAssessment *sp_assessment_new            (SpFramework  *framework);
SpAssessment *sp_assessment_copy           (SpAssessment *self);

SpFramework  *sp_assessment_get_framework  (SpAssessment *self);
int           sp_assessment_get_answer     (SpAssessment *self,
                                            guint         item_index);
void          sp_assessment_set_answer     (SpAssessment *self,
                                            guint         item_index,
                                            int           answer);
/* Items with a scale value (skips do not count). */
guint         sp_assessment_count_answered (SpAssessment *self);
/* Items the person has seen: answered or skipped. */
guint         sp_assessment_count_given    (SpAssessment *self);
/* Index of the first item with SP_ANSWER_NONE, or the item count. */
guint         sp_assessment_get_first_open (SpAssessment *self);

GDateTime    *sp_assessment_get_date       (SpAssessment *self);
void          sp_assessment_set_date       (SpAssessment *self,
                                            GDateTime    *date);

G_END_DECLS
