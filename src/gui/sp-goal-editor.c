/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-goal-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-goal-editor.h"
#include "sp-accessible.h"

#include "sp-action-row.h"
#include "sp-activity-browser.h"
#include "sp-date-button.h"
#include "sp-plan-edit.h"

struct _SpGoalEditor
{
  AdwBin          parent_instance;

  SpFramework    *framework;
  SpPlan         *plan;
  guint           index;
  guint           n_goals;
  gboolean        competence_reached;
  SpLevel         level;
  gboolean        updating;
  GPtrArray      *action_rows;

  GtkLabel       *heading_label;
  GtkBox         *reached_box;
  GtkLabel       *reached_label;
  GtkLabel       *builds_on_label;
  GtkButton      *up_button;
  GtkButton      *down_button;
  GtkButton      *remove_button;
  GtkTextView    *title_view;
  GtkTextView    *why_view;
  GtkTextView    *success_view;
  SpDateButton   *date_button;
  AdwComboRow    *status_row;
  GtkListBox     *actions_list;
};

G_DEFINE_FINAL_TYPE (SpGoalEditor, sp_goal_editor, ADW_TYPE_BIN)

typedef void (*GoalEdit) (SpGoalEditor *self,
                          SpGoal       *goal,
                          gpointer      data);

static const SpGoal *
sp_goal_editor_get_goal (SpGoalEditor *self)
{
  if (self->plan == NULL || self->index >= sp_plan_get_n_goals (self->plan))
    return NULL;

  return sp_plan_get_goal (self->plan, self->index);
}

/* Applies @edit to a copy of the goal and puts it into the plan. */
static void
sp_goal_editor_edit (SpGoalEditor *self,
                     GoalEdit      edit,
                     gpointer      data)
{
  const SpGoal *goal = sp_goal_editor_get_goal (self);
  g_autoptr(SpGoal) copy = NULL;

  if (self->updating || goal == NULL)
    return;

  copy = sp_goal_copy (goal);
  edit (self, copy, data);
  sp_plan_replace_goal (self->plan, self->index, copy);
}

static void
replace_string (char       **field,
                const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static void
edit_text (SpGoalEditor *self,
           SpGoal       *goal,
           gpointer      data)
{
  GtkTextView *view = data;
  g_autofree char *text = sp_plan_edit_dup_text (view);

  if (view == self->title_view)
    replace_string (&goal->title, text);
  else if (view == self->why_view)
    replace_string (&goal->why, text);
  else
    replace_string (&goal->success, text);
}

static void
edit_due (SpGoalEditor *self,
          SpGoal       *goal,
          gpointer      data)
{
  sp_date_button_get_date (self->date_button, &goal->due);
}

static void
edit_status (SpGoalEditor *self,
             SpGoal       *goal,
             gpointer      data)
{
  goal->status = adw_combo_row_get_selected (self->status_row);
}

static void
edit_action (SpGoalEditor *self,
             SpGoal       *goal,
             gpointer      data)
{
  SpActionRow *row = data;
  guint position;

  if (!g_ptr_array_find (self->action_rows, row, &position) || position >= goal->actions->len)
    return;

  sp_action_free (g_ptr_array_index (goal->actions, position));
  g_ptr_array_index (goal->actions, position) = sp_action_copy (sp_action_row_get_action (row));
}

static void
on_text_changed_cb (GtkTextBuffer *buffer,
                    GtkTextView   *view)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                                SP_TYPE_GOAL_EDITOR));

  sp_goal_editor_edit (self, edit_text, view);
}

static void
on_date_changed_cb (SpGoalEditor *self)
{
  sp_goal_editor_edit (self, edit_due, NULL);
}

static void
on_status_selected_cb (SpGoalEditor *self)
{
  if (adw_combo_row_get_selected (self->status_row) <= SP_PROGRESS_DONE)
    sp_goal_editor_edit (self, edit_status, NULL);
}

static void
on_action_row_changed_cb (SpGoalEditor *self,
                          SpActionRow  *row)
{
  sp_goal_editor_edit (self, edit_action, row);
}

/* Display */

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
}

static void
sp_goal_editor_update_heading (SpGoalEditor *self,
                               const SpGoal *goal)
{
  const SpCompetence *competence = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *builds_on = NULL;

  /* Translators: heading of a goal, %u is its number (1 to 3) */
  heading = g_strdup_printf (_("Goal %u"), self->index + 1);
  gtk_label_set_label (self->heading_label, heading);

  if (goal->competence_id != NULL)
    competence = sp_framework_lookup_competence (self->framework, goal->competence_id);
  if (competence != NULL)
    /* Translators: %s is a competence name */
    builds_on = g_strdup_printf (_("Builds on: %s"), competence->name);
  gtk_label_set_label (self->builds_on_label, builds_on != NULL ? builds_on : "");
  gtk_widget_set_visible (GTK_WIDGET (self->builds_on_label), builds_on != NULL);

  /* Translators: accessible name of a button, %u is the goal's number */
  set_button_target (self->up_button, "plan.goal-up", self->index,
                     g_strdup_printf (_("Move goal %u up"), self->index + 1));
  /* Translators: accessible name of a button, %u is the goal's number */
  set_button_target (self->down_button, "plan.goal-down", self->index,
                     g_strdup_printf (_("Move goal %u down"), self->index + 1));
  /* Translators: accessible name of a button, %u is the goal's number */
  set_button_target (self->remove_button, "plan.remove-goal", self->index,
                     g_strdup_printf (_("Remove goal %u"), self->index + 1));
  gtk_widget_set_sensitive (GTK_WIDGET (self->up_button), self->index > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->down_button), self->index + 1 < self->n_goals);
}

static void
sp_goal_editor_update_reached (SpGoalEditor *self)
{
  const SpGoal *goal = sp_goal_editor_get_goal (self);
  gboolean done = goal != NULL && goal->status == SP_PROGRESS_DONE;

  gtk_widget_set_visible (GTK_WIDGET (self->reached_box), done || self->competence_reached);
  gtk_label_set_label (self->reached_label, done ? _("Done") : _("Aim reached"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reached_box),
                               done ? _("You marked this goal as done")
                                    : _("Your score for this competence now meets the aim"));
}

static void
on_action_row_destroy (gpointer data)
{
  g_object_unref (data);
}

static void
sp_goal_editor_sync_actions (SpGoalEditor *self,
                             const SpGoal *goal)
{
  guint n = goal->actions->len;

  while (self->action_rows->len > n)
    {
      GtkWidget *row = g_ptr_array_index (self->action_rows, self->action_rows->len - 1);

      gtk_list_box_remove (self->actions_list, row);
      g_ptr_array_remove_index (self->action_rows, self->action_rows->len - 1);
    }

  while (self->action_rows->len < n)
    {
      GtkWidget *row = sp_action_row_new (self->framework, self->plan);

      g_signal_connect_object (row, "changed", G_CALLBACK (on_action_row_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->action_rows, g_object_ref (row));
      gtk_list_box_append (self->actions_list, row);
    }

  for (guint i = 0; i < n; i++)
    sp_action_row_set_action (g_ptr_array_index (self->action_rows, i),
                              g_ptr_array_index (goal->actions, i), i, n);
}

/* Actions */

static guint
get_index_parameter (GVariant *parameter)
{
  return g_variant_get_uint32 (parameter);
}

static void
edit_add_action (SpGoalEditor *self,
                 SpGoal       *goal,
                 gpointer      data)
{
  SpAction *action = data;

  sp_goal_add_action (goal, action);
}

static void
sp_goal_editor_add_action (SpGoalEditor *self,
                           SpAction     *action)
{
  GtkWidget *row;

  sp_goal_editor_edit (self, edit_add_action, action);

  /* The plan's "changed" has made the row by now. */
  if (self->action_rows->len == 0)
    return;

  row = g_ptr_array_index (self->action_rows, self->action_rows->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (widget);
  const SpGoal *goal = sp_goal_editor_get_goal (self);

  if (goal == NULL)
    return;

  sp_goal_editor_add_action (self, sp_action_new (SP_WAY_EXPERIENCE));
}

static void
on_activity_chosen_cb (SpGoalEditor *self,
                       const char   *id)
{
  const SpActivity *activity = sp_framework_lookup_activity (self->framework, id);
  SpAction *action;

  if (activity == NULL || sp_goal_editor_get_goal (self) == NULL)
    return;

  action = sp_action_new (SP_WAY_COURSE);
  action->activity_id = g_strdup (activity->id);
  /* Translators: an action's description, %s is a library activity's title */
  action->description = g_strdup_printf (_("Do the activity “%s”"), activity->title);
  sp_goal_editor_add_action (self, action);
}

static void
browse_activities_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  GtkWidget *browser;

  /* Translators: which goal chosen activities go to, %u is its number */
  heading = g_strdup_printf (_("For goal %u"), self->index + 1);
  browser = sp_activity_browser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->framework, heading);
  sp_activity_browser_set_level (SP_ACTIVITY_BROWSER (browser), self->level);
  g_signal_connect_object (browser, "activity-chosen", G_CALLBACK (on_activity_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (browser));
}

static void
edit_move_action (SpGoalEditor *self,
                  SpGoal       *goal,
                  gpointer      data)
{
  const int *move = data;
  gpointer action;

  if (move[0] < 0 || move[1] < 0 ||
      (guint) move[0] >= goal->actions->len || (guint) move[1] >= goal->actions->len)
    return;

  action = g_ptr_array_index (goal->actions, move[0]);
  g_ptr_array_index (goal->actions, move[0]) = g_ptr_array_index (goal->actions, move[1]);
  g_ptr_array_index (goal->actions, move[1]) = action;
}

static void
move_action (SpGoalEditor *self,
             guint         from,
             int           delta)
{
  int move[2] = { from, (int) from + delta };
  GtkWidget *row;

  sp_goal_editor_edit (self, edit_move_action, move);

  if (move[1] < 0 || (guint) move[1] >= self->action_rows->len)
    return;

  /* The expanded row follows its action. */
  row = g_ptr_array_index (self->action_rows, from);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  row = g_ptr_array_index (self->action_rows, move[1]);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
action_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_action (SP_GOAL_EDITOR (widget), get_index_parameter (parameter), -1);
}

static void
action_down_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  move_action (SP_GOAL_EDITOR (widget), get_index_parameter (parameter), 1);
}

static void
edit_remove_action (SpGoalEditor *self,
                    SpGoal       *goal,
                    gpointer      data)
{
  guint index = GPOINTER_TO_UINT (data);

  if (index < goal->actions->len)
    g_ptr_array_remove_index (goal->actions, index);
}

static void
remove_action_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (widget);

  sp_goal_editor_edit (self, edit_remove_action,
                       GUINT_TO_POINTER (get_index_parameter (parameter)));
}

static gboolean
move_goal_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (widget);
  const char *action = user_data;

  return gtk_widget_activate_action (widget, action, "u", self->index);
}

/* GtkTextView moves by paragraph on Ctrl+Up and Ctrl+Down; catching the
 * keys on the way down lets them move the goal from any of its fields. */
static void
sp_goal_editor_add_shortcuts (SpGoalEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_CONTROL_MASK),
                               gtk_callback_action_new (move_goal_shortcut_cb,
                                                        (gpointer) "plan.goal-up", NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_CONTROL_MASK),
                               gtk_callback_action_new (move_goal_shortcut_cb,
                                                        (gpointer) "plan.goal-down", NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sp_goal_editor_setup_text (SpGoalEditor *self,
                           GtkTextView  *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  /* Undo belongs to the plan, not to one field. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed_cb), view, 0);
}

/* Object */

static void
sp_goal_editor_dispose (GObject *object)
{
  SpGoalEditor *self = SP_GOAL_EDITOR (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_GOAL_EDITOR);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);
  g_clear_object (&self->framework);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (sp_goal_editor_parent_class)->dispose (object);
}

static void
sp_goal_editor_class_init (SpGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_goal_editor_dispose;

  g_type_ensure (SP_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, reached_box);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, reached_label);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, builds_on_label);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, up_button);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, down_button);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, title_view);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, why_view);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, success_view);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SpGoalEditor, actions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);

  gtk_widget_class_install_action (widget_class, "goal.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "goal.browse-activities", NULL,
                                   browse_activities_action);
  gtk_widget_class_install_action (widget_class, "goal.action-up", "u", action_up_action);
  gtk_widget_class_install_action (widget_class, "goal.action-down", "u", action_down_action);
  gtk_widget_class_install_action (widget_class, "goal.remove-action", "u",
                                   remove_action_action);
}

static void
sp_goal_editor_init (SpGoalEditor *self)
{
  g_autoptr(GListModel) progress = sp_plan_edit_new_progress_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));

  self->action_rows = g_ptr_array_new_with_free_func (on_action_row_destroy);
  self->level = SP_LEVEL_FIRST_STEPS;
  adw_combo_row_set_model (self->status_row, progress);
  sp_date_button_set_title (self->date_button, _("Review date"));
  sp_goal_editor_setup_text (self, self->title_view);
  sp_goal_editor_setup_text (self, self->why_view);
  sp_goal_editor_setup_text (self, self->success_view);
  sp_goal_editor_add_shortcuts (self);
}

/* Public API */

/**
 * sp_goal_editor_new:
 * @framework: where competences and activities are looked up
 * @plan: the plan whose goal is edited
 */
GtkWidget *
sp_goal_editor_new (SpFramework *framework,
                    SpPlan      *plan)
{
  SpGoalEditor *self;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (SP_IS_PLAN (plan), NULL);

  self = g_object_new (SP_TYPE_GOAL_EDITOR, NULL);
  self->framework = g_object_ref (framework);
  self->plan = g_object_ref (plan);

  sp_plan_edit_track_focus (GTK_WIDGET (self->title_view), plan);
  sp_plan_edit_track_focus (GTK_WIDGET (self->why_view), plan);
  sp_plan_edit_track_focus (GTK_WIDGET (self->success_view), plan);

  return GTK_WIDGET (self);
}

void
sp_goal_editor_sync (SpGoalEditor *self,
                     guint         index,
                     guint         n_goals)
{
  const SpGoal *goal;

  g_return_if_fail (SP_IS_GOAL_EDITOR (self));
  g_return_if_fail (index < n_goals);

  self->index = index;
  self->n_goals = n_goals;
  goal = sp_goal_editor_get_goal (self);
  g_return_if_fail (goal != NULL);

  self->updating = TRUE;
  sp_plan_edit_sync_text (self->title_view, goal->title);
  sp_plan_edit_sync_text (self->why_view, goal->why);
  sp_plan_edit_sync_text (self->success_view, goal->success);
  sp_date_button_set_date (self->date_button, &goal->due);
  adw_combo_row_set_selected (self->status_row, goal->status);
  sp_goal_editor_sync_actions (self, goal);
  self->updating = FALSE;

  sp_goal_editor_update_heading (self, goal);
  sp_goal_editor_update_reached (self);
}

void
sp_goal_editor_set_progress (SpGoalEditor *self,
                             gboolean      competence_reached,
                             SpLevel       level)
{
  g_return_if_fail (SP_IS_GOAL_EDITOR (self));

  self->competence_reached = competence_reached;
  self->level = level;
  sp_goal_editor_update_reached (self);
}

guint
sp_goal_editor_get_index (SpGoalEditor *self)
{
  g_return_val_if_fail (SP_IS_GOAL_EDITOR (self), 0);

  return self->index;
}

gboolean
sp_goal_editor_get_reached (SpGoalEditor *self)
{
  g_return_val_if_fail (SP_IS_GOAL_EDITOR (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->reached_box));
}

void
sp_goal_editor_follow_focus (SpGoalEditor *self,
                             SpGoalEditor *other,
                             GtkWidget    *focus)
{
  GtkWidget *mine[] = {
    GTK_WIDGET (self->title_view), GTK_WIDGET (self->why_view),
    GTK_WIDGET (self->success_view), GTK_WIDGET (self->up_button),
    GTK_WIDGET (self->down_button),
  };
  GtkWidget *theirs[] = {
    GTK_WIDGET (other->title_view), GTK_WIDGET (other->why_view),
    GTK_WIDGET (other->success_view), GTK_WIDGET (other->up_button),
    GTK_WIDGET (other->down_button),
  };

  g_return_if_fail (SP_IS_GOAL_EDITOR (self));
  g_return_if_fail (SP_IS_GOAL_EDITOR (other));

  for (guint i = 0; i < G_N_ELEMENTS (mine); i++)
    {
      if (focus != theirs[i] && !gtk_widget_is_ancestor (focus, theirs[i]))
        continue;

      /* A move button that cannot move further hands over to the other. */
      if (!gtk_widget_get_sensitive (mine[i]))
        gtk_widget_grab_focus (mine[i] == mine[3] ? mine[4] : mine[3]);
      else
        gtk_widget_grab_focus (mine[i]);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->title_view));
}

void
sp_goal_editor_focus_title (SpGoalEditor *self)
{
  g_return_if_fail (SP_IS_GOAL_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_view));
}
