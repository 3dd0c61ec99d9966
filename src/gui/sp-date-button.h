/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SP_TYPE_DATE_BUTTON (sp_date_button_get_type ())

G_DECLARE_FINAL_TYPE (SpDateButton, sp_date_button, SP, DATE_BUTTON, AdwBin)

/**
 * SpDateButton:
 *
 * A button showing a date (or "No date") that opens a calendar. Emits
 * "date-changed" when the person picks a day or clears the date, never
 * when the date is set from code.
 */
GtkWidget *sp_date_button_new      (void);
/* @date may be invalid (cleared) for "no date". */
void       sp_date_button_set_date (SpDateButton *self,
                                    const GDate  *date);
void       sp_date_button_get_date (SpDateButton *self,
                                    GDate        *date);
/* What the date is, for the accessible name: "Review date: 4 May 2026". */
void       sp_date_button_set_title (SpDateButton *self,
                                     const char   *title);

G_END_DECLS
