/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sp-plan.h"

G_BEGIN_DECLS

/* Makes typing in @widget one undo step of @plan: an edit group opens when
 * the focus enters @widget and closes when it leaves (or when @widget
 * goes away while focused). */
void  sp_plan_edit_track_focus   (GtkWidget     *widget,
                                  SpPlan        *plan);

/* The text of a text view's buffer, newly allocated. */
char *sp_plan_edit_dup_text      (GtkTextView   *view);
/* Sets the text only when it differs, so the cursor stays while typing. */
void  sp_plan_edit_sync_text     (GtkTextView   *view,
                                  const char    *text);
void  sp_plan_edit_sync_editable (GtkEditable   *editable,
                                  const char    *text);

/* A list model of the labels of SpWay or SpProgress, in enum order. */
GListModel *sp_plan_edit_new_way_model      (void);
GListModel *sp_plan_edit_new_progress_model (void);

G_END_DECLS
