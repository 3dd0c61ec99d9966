/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-action-row.h"
#include "sp-accessible.h"

#include "sp-activity-dialog.h"
#include "sp-date-button.h"
#include "sp-format.h"
#include "sp-plan-edit.h"

struct _SpActionRow
{
  AdwExpanderRow  parent_instance;

  SpFramework    *framework;
  SpAction       *action;
  guint           index;
  gboolean        updating;

  GtkImage       *done_icon;
  AdwComboRow    *kind_row;
  GtkTextView    *description_view;
  AdwActionRow   *activity_row;
  AdwActionRow   *date_row;
  SpDateButton   *date_button;
  AdwComboRow    *status_row;
  AdwEntryRow    *evidence_row;
  GtkButton      *up_button;
  GtkButton      *down_button;
  GtkButton      *remove_button;
  GtkButton      *show_button;
};

G_DEFINE_FINAL_TYPE (SpActionRow, sp_action_row, ADW_TYPE_EXPANDER_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const SpActivity *
sp_action_row_get_activity (SpActionRow *self)
{
  if (self->action == NULL || self->action->activity_id == NULL)
    return NULL;

  return sp_framework_lookup_activity (self->framework, self->action->activity_id);
}

/* "Learning by doing · In progress · 4 May 2026" */
static char *
dup_summary (const SpAction *action)
{
  g_autofree char *date = NULL;

  if (!g_date_valid (&action->date))
    return g_strdup_printf ("%s · %s", sp_way_get_label (action->kind),
                            sp_progress_get_label (action->status));

  date = sp_format_date (&action->date);

  return g_strdup_printf ("%s · %s · %s", sp_way_get_label (action->kind),
                          sp_progress_get_label (action->status), date);
}

static void
sp_action_row_update_header (SpActionRow *self)
{
  const char *description = self->action->description;
  g_autofree char *summary = dup_summary (self->action);

  if (description == NULL || *description == '\0')
    description = _("New action");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), description);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary);
  gtk_widget_set_visible (GTK_WIDGET (self->done_icon),
                          self->action->status == SP_PROGRESS_DONE);
}

static void
sp_action_row_update_activity (SpActionRow *self)
{
  const SpActivity *activity = sp_action_row_get_activity (self);

  gtk_widget_set_visible (GTK_WIDGET (self->activity_row), activity != NULL);
  if (activity != NULL)
    adw_action_row_set_subtitle (self->activity_row, activity->title);
}

static void
sp_action_row_changed (SpActionRow *self)
{
  sp_action_row_update_header (self);
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
on_kind_selected_cb (SpActionRow *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || self->action == NULL || selected > SP_WAY_COURSE)
    return;

  self->action->kind = selected;
  sp_action_row_changed (self);
}

static void
on_status_selected_cb (SpActionRow *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->updating || self->action == NULL || selected > SP_PROGRESS_DONE)
    return;

  self->action->status = selected;
  sp_action_row_changed (self);
}

static void
on_description_changed_cb (SpActionRow *self)
{
  if (self->updating || self->action == NULL)
    return;

  g_free (self->action->description);
  self->action->description = sp_plan_edit_dup_text (self->description_view);
  sp_action_row_changed (self);
}

static void
on_evidence_changed_cb (SpActionRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->evidence_row));

  if (self->updating || self->action == NULL)
    return;

  g_free (self->action->evidence);
  self->action->evidence = *text != '\0' ? g_strdup (text) : NULL;
  sp_action_row_changed (self);
}

static void
on_date_changed_cb (SpActionRow *self)
{
  if (self->updating || self->action == NULL)
    return;

  sp_date_button_get_date (self->date_button, &self->action->date);
  sp_action_row_changed (self);
}

static void
on_show_activity_clicked_cb (SpActionRow *self)
{
  const SpActivity *activity = sp_action_row_get_activity (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (activity == NULL)
    return;

  dialog = sp_activity_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, activity);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Points @button at @action for @index; takes @name. The target comes
 * first: a parameterised action without one would be refused. */
static void
set_button_target (GtkButton  *button,
                   const char *action,
                   guint       index,
                   char       *name)
{
  g_autofree char *owned = name;

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_uint32 (index));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), name);
}

static void
sp_action_row_update_buttons (SpActionRow *self,
                              guint        n_actions)
{
  /* Translators: %u is the number of an action within its goal */
  set_button_target (self->up_button, "goal.action-up", self->index,
                     g_strdup_printf (_("Move action %u up"), self->index + 1));
  /* Translators: %u is the number of an action within its goal */
  set_button_target (self->down_button, "goal.action-down", self->index,
                     g_strdup_printf (_("Move action %u down"), self->index + 1));
  /* Translators: %u is the number of an action within its goal */
  set_button_target (self->remove_button, "goal.remove-action", self->index,
                     g_strdup_printf (_("Remove action %u"), self->index + 1));

  gtk_widget_set_sensitive (GTK_WIDGET (self->up_button), self->index > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->down_button), self->index + 1 < n_actions);
}

static void
sp_action_row_dispose (GObject *object)
{
  SpActionRow *self = SP_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_ACTION_ROW);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->action, sp_action_free);

  G_OBJECT_CLASS (sp_action_row_parent_class)->dispose (object);
}

static void
sp_action_row_class_init (SpActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_action_row_dispose;

  /**
   * SpActionRow::changed:
   *
   * The person edited the action.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SP_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, done_icon);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, description_view);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, activity_row);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, date_row);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SpActionRow, show_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_evidence_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_activity_clicked_cb);
}

static void
sp_action_row_init (SpActionRow *self)
{
  g_autoptr(GListModel) ways = sp_plan_edit_new_way_model ();
  g_autoptr(GListModel) progress = sp_plan_edit_new_progress_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
  sp_accessible_name_expander_row (ADW_EXPANDER_ROW (self));
  /* The same words as the template's accessible label, which GTK 4.8
   * would read together with "Show". */
  sp_accessible_name_button (self->show_button, _("Show the activity"));

  adw_combo_row_set_model (self->kind_row, ways);
  adw_combo_row_set_model (self->status_row, progress);
  sp_date_button_set_title (self->date_button, _("Action date"));

  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (on_description_changed_cb), self, G_CONNECT_SWAPPED);

  /* Undo belongs to the plan, not to one field. */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->description_view), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->evidence_row), FALSE);
}

/**
 * sp_action_row_new:
 * @framework: where library activities are looked up
 * @plan: the plan the action belongs to, for grouping typing into one
 *   undo step
 */
GtkWidget *
sp_action_row_new (SpFramework *framework,
                   SpPlan      *plan)
{
  SpActionRow *self;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (SP_IS_PLAN (plan), NULL);

  self = g_object_new (SP_TYPE_ACTION_ROW, NULL);
  self->framework = g_object_ref (framework);
  sp_plan_edit_track_focus (GTK_WIDGET (self->description_view), plan);
  sp_plan_edit_track_focus (GTK_WIDGET (self->evidence_row), plan);

  return GTK_WIDGET (self);
}

void
sp_action_row_set_action (SpActionRow    *self,
                          const SpAction *action,
                          guint           index,
                          guint           n_actions)
{
  g_return_if_fail (SP_IS_ACTION_ROW (self));
  g_return_if_fail (action != NULL);

  g_clear_pointer (&self->action, sp_action_free);
  self->action = sp_action_copy (action);
  self->index = index;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->kind_row, action->kind);
  adw_combo_row_set_selected (self->status_row, action->status);
  sp_plan_edit_sync_text (self->description_view, action->description);
  sp_plan_edit_sync_editable (GTK_EDITABLE (self->evidence_row), action->evidence);
  sp_date_button_set_date (self->date_button, &action->date);
  self->updating = FALSE;

  sp_action_row_update_header (self);
  sp_action_row_update_activity (self);
  sp_action_row_update_buttons (self, n_actions);
}

const SpAction *
sp_action_row_get_action (SpActionRow *self)
{
  g_return_val_if_fail (SP_IS_ACTION_ROW (self), NULL);

  return self->action;
}
