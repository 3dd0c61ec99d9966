/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan-edit.h"

typedef struct
{
  SpPlan   *plan;
  gboolean  open;
} EditGroup;

static void
edit_group_free (gpointer data)
{
  EditGroup *group = data;

  if (group->open)
    sp_plan_end_edit (group->plan);

  g_object_unref (group->plan);
  g_free (group);
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   EditGroup               *group)
{
  if (group->open)
    return;

  group->open = TRUE;
  sp_plan_begin_edit (group->plan);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   EditGroup               *group)
{
  if (!group->open)
    return;

  group->open = FALSE;
  sp_plan_end_edit (group->plan);
}

void
sp_plan_edit_track_focus (GtkWidget *widget,
                          SpPlan    *plan)
{
  GtkEventController *controller;
  EditGroup *group;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (SP_IS_PLAN (plan));

  group = g_new0 (EditGroup, 1);
  group->plan = g_object_ref (plan);

  controller = gtk_event_controller_focus_new ();
  g_object_set_data_full (G_OBJECT (controller), "sp-edit-group", group, edit_group_free);
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), group);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), group);
  gtk_widget_add_controller (widget, controller);
}

char *
sp_plan_edit_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sp_plan_edit_sync_text (GtkTextView *view,
                        const char  *text)
{
  g_autofree char *shown = sp_plan_edit_dup_text (view);

  if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

void
sp_plan_edit_sync_editable (GtkEditable *editable,
                            const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

GListModel *
sp_plan_edit_new_way_model (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (SpWay way = SP_WAY_EXPERIENCE; way <= SP_WAY_COURSE; way++)
    gtk_string_list_append (model, sp_way_get_label (way));

  return G_LIST_MODEL (model);
}

GListModel *
sp_plan_edit_new_progress_model (void)
{
  GtkStringList *model = gtk_string_list_new (NULL);

  for (SpProgress progress = SP_PROGRESS_PLANNED; progress <= SP_PROGRESS_DONE; progress++)
    gtk_string_list_append (model, sp_progress_get_label (progress));

  return G_LIST_MODEL (model);
}
