/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sp-result.h"

G_BEGIN_DECLS

#define SP_TYPE_RADAR_CHART (sp_radar_chart_get_type ())

G_DECLARE_FINAL_TYPE (SpRadarChart, sp_radar_chart, SP, RADAR_CHART, GtkWidget)

/**
 * SpRadarChart:
 *
 * The competence radar drawn with sp_radar_draw() in theme colours; its
 * accessible description is the text alternative of the chart.
 */
GtkWidget *sp_radar_chart_new         (void);
/* @previous may be NULL. */
void       sp_radar_chart_set_results (SpRadarChart *self,
                                       SpResult     *result,
                                       SpResult     *previous);

G_END_DECLS
