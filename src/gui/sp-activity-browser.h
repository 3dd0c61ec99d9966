/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-framework.h"

G_BEGIN_DECLS

#define SP_TYPE_ACTIVITY_BROWSER (sp_activity_browser_get_type ())

G_DECLARE_FINAL_TYPE (SpActivityBrowser, sp_activity_browser, SP, ACTIVITY_BROWSER, AdwWindow)

/**
 * SpActivityBrowser:
 *
 * The activity library as a list to filter by topic and level. A row
 * opens the activity; its "Add" button emits "activity-chosen" with the
 * activity's id.
 */
GtkWidget *sp_activity_browser_new       (GtkWindow   *parent,
                                          SpFramework *framework,
                                          const char  *goal_title);
/* 0 shows every level. */
void       sp_activity_browser_set_level (SpActivityBrowser *self,
                                          SpLevel            level);
/* Shows the activities that remain after the filters (for tests). */
guint      sp_activity_browser_get_n_shown (SpActivityBrowser *self);
/* Chooses the @index-th activity shown, as its "Add" button does. */
void       sp_activity_browser_choose    (SpActivityBrowser *self,
                                          guint              index);

G_END_DECLS
