/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-assessment.h"

G_BEGIN_DECLS

#define SP_TYPE_QUESTIONNAIRE_PAGE (sp_questionnaire_page_get_type ())

G_DECLARE_FINAL_TYPE (SpQuestionnairePage, sp_questionnaire_page, SP, QUESTIONNAIRE_PAGE, AdwBin)

/**
 * SpQuestionnairePage:
 *
 * Shows one item of the assessment at a time, in the framework's order,
 * and writes the chosen answer into the assessment. Its actions
 * ("questionnaire.answer" with an int: 1–5 or -1 for skip,
 * "questionnaire.previous", "questionnaire.next") are what the buttons
 * and keys use. At the last item it offers "win.show-result".
 */
void          sp_questionnaire_page_set_assessment (SpQuestionnairePage *self,
                                                    SpAssessment        *assessment);
SpAssessment *sp_questionnaire_page_get_assessment (SpQuestionnairePage *self);
/* The index of the item shown; "notify::position" follows it. */
guint         sp_questionnaire_page_get_position   (SpQuestionnairePage *self);
void          sp_questionnaire_page_set_position   (SpQuestionnairePage *self,
                                                    guint                position);
/* Moves one item back; FALSE when already at the first item. */
gboolean      sp_questionnaire_page_go_previous    (SpQuestionnairePage *self);

G_END_DECLS
