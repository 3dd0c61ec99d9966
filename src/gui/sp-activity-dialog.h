/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-framework.h"

G_BEGIN_DECLS

#define SP_TYPE_ACTIVITY_DIALOG (sp_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SpActivityDialog, sp_activity_dialog, SP, ACTIVITY_DIALOG, AdwWindow)

/**
 * SpActivityDialog:
 *
 * One activity of the library, in full: title, level, duration, group
 * size, what you need, the steps and the reflection question.
 */
GtkWidget *sp_activity_dialog_new            (GtkWindow        *parent,
                                              const SpActivity *activity);

/* "45 minutes", "1 h 30 min". */
char      *sp_activity_dup_duration_label    (guint             minutes);

G_END_DECLS
