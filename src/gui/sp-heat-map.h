/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sp-result.h"

G_BEGIN_DECLS

/* A cell whose competence was not assessed for that member. */
#define SP_HEAT_MAP_NOT_ASSESSED (-1)

#define SP_TYPE_HEAT_MAP (sp_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (SpHeatMap, sp_heat_map, SP, HEAT_MAP, GtkWidget)

/**
 * SpHeatMap:
 *
 * A grid of competences (rows) by members (columns), each cell showing the
 * member's score band. The band is told twice, by colour and by how far
 * the cell is filled (a quarter for "discovering", full for "can lead and
 * teach"), so the map reads without colour; a cell not assessed is grey
 * and hatched. Rows may be gathered in titled groups. The accessible
 * description summarises the map in words.
 */
GtkWidget *sp_heat_map_new             (void);
/* Empties the map and gives it a new shape, every cell not assessed. */
void       sp_heat_map_set_shape       (SpHeatMap  *self,
                                        guint       n_competences,
                                        guint       n_members);
guint      sp_heat_map_get_n_competences (SpHeatMap *self);
guint      sp_heat_map_get_n_members   (SpHeatMap  *self);
/* @group, when not NULL, starts a titled group of rows at @row. */
void       sp_heat_map_set_competence  (SpHeatMap  *self,
                                        guint       row,
                                        const char *name,
                                        const char *group);
void       sp_heat_map_set_member      (SpHeatMap  *self,
                                        guint       column,
                                        const char *name);
/* @band is an SpBand or SP_HEAT_MAP_NOT_ASSESSED. */
void       sp_heat_map_set_band        (SpHeatMap  *self,
                                        guint       row,
                                        guint       column,
                                        int         band);
int        sp_heat_map_get_band        (SpHeatMap  *self,
                                        guint       row,
                                        guint       column);
/* The text alternative: what the map shows, in sentences. */
char      *sp_heat_map_dup_description (SpHeatMap  *self);

G_END_DECLS
