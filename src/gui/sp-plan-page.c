/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan-page.h"
#include "sp-accessible.h"

#include "sp-goal-editor.h"
#include "sp-plan.h"

#include <math.h>

#define N_GAPS_SHOWN 5
/* A goal added by hand is due for review this many months from today. */
#define NEW_GOAL_MONTHS 3

struct _SpPlanPage
{
  AdwBin               parent_instance;

  SpPortfolio         *portfolio;
  SpPlan              *plan;
  SpResult            *result;
  GArray              *gaps;        /* SpGap, for the current target */
  /* Once the person edits a goal, a new target no longer replaces the
   * goals; once they pick a target, a new result no longer changes it. */
  gboolean             goals_edited;
  gboolean             target_chosen;
  /* The page itself is changing the plan or the target row. */
  gboolean             updating;
  GPtrArray           *gap_rows;
  GPtrArray           *goal_editors;

  GtkScrolledWindow   *scrolled_window;
  AdwComboRow         *target_row;
  AdwPreferencesGroup *gaps_group;
  GtkBox              *goals_box;
  AdwStatusPage       *no_goals_page;
  GtkButton           *add_goal_button;
  GtkButton           *suggest_button;
  GtkButton           *export_button;
};

G_DEFINE_FINAL_TYPE (SpPlanPage, sp_plan_page, ADW_TYPE_BIN)

static void
get_today (GDate *today)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static SpFramework *
sp_plan_page_get_framework (SpPlanPage *self)
{
  return sp_portfolio_get_framework (self->portfolio);
}

static const SpProfile *
sp_plan_page_get_target (SpPlanPage *self)
{
  const char *id = sp_plan_get_target (self->plan);

  if (id == NULL)
    return NULL;

  return sp_framework_lookup_profile (sp_plan_page_get_framework (self), id);
}

/* The plan's own target when the person chose one, else the match, else
 * the best affinity, else the first profile. */
static const SpProfile *
sp_plan_page_choose_target (SpPlanPage *self)
{
  const SpProfile *saved = sp_plan_page_get_target (self);
  const SpAffinity *top;

  if (saved != NULL && self->target_chosen)
    return saved;

  if (self->result != NULL && sp_result_get_match (self->result) != NULL)
    return sp_result_get_match (self->result);

  if (self->result != NULL && sp_result_get_n_affinities (self->result) > 0)
    {
      top = sp_result_get_affinity (self->result, 0);
      if (!isnan (top->affinity))
        return top->profile;
    }

  if (saved != NULL)
    return saved;

  return sp_framework_get_profile (sp_plan_page_get_framework (self), 0);
}

static void
sp_plan_page_propose (SpPlanPage *self)
{
  const SpProfile *target = sp_plan_page_get_target (self);
  GDate today;

  if (self->result == NULL || target == NULL)
    return;

  get_today (&today);
  self->updating = TRUE;
  sp_plan_propose (self->plan, self->result, target, &today);
  self->updating = FALSE;
  self->goals_edited = FALSE;
}

/* Goals */

static SpGoalEditor *
sp_plan_page_get_editor (SpPlanPage *self,
                         guint       index)
{
  if (index >= self->goal_editors->len)
    return NULL;

  return g_ptr_array_index (self->goal_editors, index);
}

static gboolean
is_gap (GArray             *gaps,
        const SpCompetence *competence)
{
  for (guint i = 0; gaps != NULL && i < gaps->len; i++)
    if (g_array_index (gaps, SpGap, i).competence == competence)
      return TRUE;

  return FALSE;
}

/* A goal's competence is reached when it is assessed and no longer among
 * the gaps of the target role. */
static void
sp_plan_page_update_progress (SpPlanPage   *self,
                              SpGoalEditor *editor,
                              const SpGoal *goal)
{
  const SpCompetence *competence = NULL;
  double score = NAN;

  if (goal->competence_id != NULL)
    competence = sp_framework_lookup_competence (sp_plan_page_get_framework (self),
                                                 goal->competence_id);
  if (competence != NULL && self->result != NULL)
    score = sp_result_get_competence_score (self->result, competence);

  sp_goal_editor_set_progress (editor,
                               !isnan (score) && self->gaps != NULL &&
                               !is_gap (self->gaps, competence),
                               isnan (score) ? SP_LEVEL_FIRST_STEPS : sp_level_for_score (score));
}

static void
sp_plan_page_clear_goals (SpPlanPage *self)
{
  for (guint i = 0; i < self->goal_editors->len; i++)
    gtk_box_remove (self->goals_box, g_ptr_array_index (self->goal_editors, i));

  g_ptr_array_set_size (self->goal_editors, 0);
}

static void
sp_plan_page_sync_goals (SpPlanPage *self)
{
  guint n_goals = sp_plan_get_n_goals (self->plan);
  gboolean full = n_goals >= SP_PLAN_MAX_GOALS;

  while (self->goal_editors->len > n_goals)
    {
      GtkWidget *editor = g_ptr_array_index (self->goal_editors, self->goal_editors->len - 1);

      gtk_box_remove (self->goals_box, editor);
      g_ptr_array_remove_index (self->goal_editors, self->goal_editors->len - 1);
    }

  while (self->goal_editors->len < n_goals)
    {
      GtkWidget *editor = sp_goal_editor_new (sp_plan_page_get_framework (self), self->plan);

      g_ptr_array_add (self->goal_editors, g_object_ref (editor));
      gtk_box_append (self->goals_box, editor);
    }

  for (guint i = 0; i < n_goals; i++)
    {
      SpGoalEditor *editor = sp_plan_page_get_editor (self, i);

      sp_goal_editor_sync (editor, i, n_goals);
      sp_plan_page_update_progress (self, editor, sp_plan_get_goal (self->plan, i));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_goals_page), n_goals == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_goal_button), !full);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_goal_button),
                               full ? _("A plan holds at most three goals") : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->suggest_button), self->result != NULL);
}

/* "Key competence · Now: With support, 33 · Aim: 75"; parts without a
 * value are left out. */
static char *
dup_gap_subtitle (const SpGap *gap,
                  gboolean     key)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) parts = NULL;
  g_autofree char *now = NULL;
  /* Translators: %.0f is the score aimed at, from 0 to 100 */
  g_autofree char *aim = g_strdup_printf (_("Aim: %.0f"), gap->target);

  if (key)
    g_strv_builder_add (builder, _("Key competence"));

  if (!isnan (gap->score))
    {
      /* Translators: a score band in words, then the score from 0 to 100 */
      now = g_strdup_printf (_("Now: %s, %.0f"),
                             sp_band_get_label (sp_band_for_score (gap->score)), gap->score);
      g_strv_builder_add (builder, now);
    }

  g_strv_builder_add (builder, aim);
  parts = g_strv_builder_end (builder);

  return g_strjoinv (" · ", parts);
}

/* "17 to go", or "Not assessed" when there is no score to measure from. */
static GtkWidget *
create_gap_suffix (const SpGap *gap)
{
  g_autofree char *to_go = NULL;
  GtkWidget *label;
  gulong points;

  if (isnan (gap->score))
    {
      label = gtk_label_new (_("Not assessed"));
      gtk_widget_add_css_class (label, "dim-label");
      return label;
    }

  points = (gulong) MAX (round (gap->gap), 0);
  /* Translators: how many points a competence is below its aim */
  to_go = g_strdup_printf (ngettext ("%lu to go", "%lu to go", points), points);
  label = gtk_label_new (to_go);
  gtk_widget_set_tooltip_text (label, _("Points between your score and the aim"));
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
create_gap_row (const SpGap     *gap,
                const SpProfile *target)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = dup_gap_subtitle (gap, gap->competence == target->key);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gap->competence->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_gap_suffix (gap));

  return row;
}

static void
sp_plan_page_add_gap_row (SpPlanPage *self,
                          GtkWidget  *row)
{
  g_ptr_array_add (self->gap_rows, g_object_ref (row));
  adw_preferences_group_add (self->gaps_group, row);
}

static void
sp_plan_page_update_gaps (SpPlanPage *self)
{
  const SpProfile *target = sp_plan_page_get_target (self);
  GArray *gaps;
  GtkWidget *row;

  for (guint i = 0; i < self->gap_rows->len; i++)
    adw_preferences_group_remove (self->gaps_group, g_ptr_array_index (self->gap_rows, i));
  g_ptr_array_set_size (self->gap_rows, 0);

  g_clear_pointer (&self->gaps, g_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->gaps_group), self->result != NULL && target != NULL);
  if (self->result == NULL || target == NULL)
    return;

  g_clear_pointer (&self->gaps, g_array_unref);
  self->gaps = sp_plan_compute_gaps (self->result, target);
  gaps = self->gaps;

  for (guint i = 0; i < MIN (gaps->len, N_GAPS_SHOWN); i++)
    sp_plan_page_add_gap_row (self, create_gap_row (&g_array_index (gaps, SpGap, i), target));

  if (gaps->len > 0)
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No gaps"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("You reach every level this role asks for."));
  sp_plan_page_add_gap_row (self, row);
}

static void
sp_plan_page_fill_targets (SpPlanPage *self)
{
  SpFramework *framework = sp_plan_page_get_framework (self);
  guint n = sp_framework_get_n_profiles (framework);
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (model, sp_framework_get_profile (framework, i)->name);

  gboolean updating = self->updating;

  self->updating = TRUE;
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (model));
  self->updating = updating;
}

static void
sp_plan_page_select_target (SpPlanPage      *self,
                            const SpProfile *target)
{
  gboolean updating = self->updating;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->target_row, target->index);
  self->updating = updating;
}


static void
sp_plan_page_show_target (SpPlanPage *self)
{
  const SpProfile *target = sp_plan_page_get_target (self);

  if (target != NULL && adw_combo_row_get_selected (self->target_row) != target->index)
    sp_plan_page_select_target (self, target);
}

/* Every change of the plan (an edit in a goal editor, undo, redo) comes
 * through here; the editors only touch what differs. */
static void
on_plan_changed_cb (SpPlanPage *self)
{
  if (!self->updating)
    self->goals_edited = TRUE;

  sp_plan_page_show_target (self);
  sp_plan_page_update_gaps (self);
  sp_plan_page_sync_goals (self);
}

static void
on_target_row_selected_cb (SpPlanPage *self)
{
  SpFramework *framework;
  guint selected = adw_combo_row_get_selected (self->target_row);
  const SpProfile *target;

  if (self->updating || self->plan == NULL)
    return;

  framework = sp_plan_page_get_framework (self);
  if (selected >= sp_framework_get_n_profiles (framework))
    return;

  target = sp_framework_get_profile (framework, selected);
  if (target == sp_plan_page_get_target (self))
    return;

  self->target_chosen = TRUE;
  self->updating = TRUE;
  sp_plan_set_target (self->plan, target->id);
  self->updating = FALSE;

  if (!self->goals_edited)
    sp_plan_page_propose (self);

  sp_plan_page_update_gaps (self);
  sp_plan_page_sync_goals (self);
}

/* Actions */

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SpPlanPage *self = SP_PLAN_PAGE (widget);
  g_autoptr(SpGoal) goal = NULL;

  if (self->plan == NULL)
    return;

  goal = sp_goal_new ();
  get_today (&goal->due);
  g_date_add_months (&goal->due, NEW_GOAL_MONTHS);
  if (!sp_plan_add_goal (self->plan, goal))
    return;

  /* The plan's "changed" has made the editor by now. */
  if (self->goal_editors->len > 0)
    sp_goal_editor_focus_title (sp_plan_page_get_editor (self, self->goal_editors->len - 1));
}

static AdwToastOverlay *
sp_plan_page_get_toast_overlay (SpPlanPage *self)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                     ADW_TYPE_TOAST_OVERLAY));
}

static void
remove_goal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SpPlanPage *self = SP_PLAN_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);
  AdwToastOverlay *overlay = sp_plan_page_get_toast_overlay (self);
  AdwToast *toast;

  if (self->plan == NULL || index >= sp_plan_get_n_goals (self->plan))
    return;

  sp_plan_remove_goal (self->plan, index);

  if (overlay == NULL)
    return;

  toast = adw_toast_new (_("Goal removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
sp_plan_page_move_goal (SpPlanPage *self,
                        guint       from,
                        int         delta)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int to = (int) from + delta;
  SpGoalEditor *source;

  if (self->plan == NULL || to < 0 || (guint) to >= sp_plan_get_n_goals (self->plan) ||
      from >= sp_plan_get_n_goals (self->plan))
    return;

  source = sp_plan_page_get_editor (self, from);
  sp_plan_move_goal (self->plan, from, to);

  /* The editors stay in place and show the goals in their new order; the
   * focus follows the goal that moved. */
  if (focus != NULL && source != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (source)))
    sp_goal_editor_follow_focus (sp_plan_page_get_editor (self, to), source, focus);
}

static void
goal_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sp_plan_page_move_goal (SP_PLAN_PAGE (widget), g_variant_get_uint32 (parameter), -1);
}

static void
goal_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sp_plan_page_move_goal (SP_PLAN_PAGE (widget), g_variant_get_uint32 (parameter), 1);
}

static void
sp_plan_page_suggest (SpPlanPage *self)
{
  sp_plan_page_propose (self);
  sp_plan_page_sync_goals (self);
}

static void
on_replace_dialog_response_cb (SpPlanPage *self,
                               const char *response)
{
  if (g_strcmp0 (response, "replace") == 0)
    sp_plan_page_suggest (self);
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpPlanPage *self = SP_PLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->plan == NULL || self->result == NULL)
    return;

  if (!self->goals_edited || sp_plan_get_n_goals (self->plan) == 0)
    {
      sp_plan_page_suggest (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Replace Your Goals?"),
                                   _("New suggestions for your largest gaps will replace "
                                     "the goals you have now, including your changes."));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sp_plan_page_scroll_to_top (SpPlanPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
sp_plan_page_disconnect_plan (SpPlanPage *self)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
}

static void
sp_plan_page_dispose (GObject *object)
{
  SpPlanPage *self = SP_PLAN_PAGE (object);

  sp_plan_page_disconnect_plan (self);
  if (self->goal_editors != NULL)
    sp_plan_page_clear_goals (self);

  /* AdwBin unparents its child itself; leaving the bound child to
   * gtk_widget_dispose_template() as well would unparent it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_PLAN_PAGE);

  g_clear_object (&self->portfolio);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_pointer (&self->gaps, g_array_unref);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->goal_editors, g_ptr_array_unref);

  G_OBJECT_CLASS (sp_plan_page_parent_class)->dispose (object);
}

static void
sp_plan_page_class_init (SpPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_plan_page_dispose;

  g_type_ensure (SP_TYPE_GOAL_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, target_row);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, goals_box);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, no_goals_page);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, add_goal_button);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, SpPlanPage, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_target_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "plan.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-goal", "u", remove_goal_action);
  gtk_widget_class_install_action (widget_class, "plan.goal-up", "u", goal_up_action);
  gtk_widget_class_install_action (widget_class, "plan.goal-down", "u", goal_down_action);
}

static void
sp_plan_page_init (SpPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));

  self->gap_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->goal_editors = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
sp_plan_page_take_inputs (SpPlanPage  *self,
                          SpPortfolio *portfolio,
                          SpResult    *result)
{
  SpPlan *plan = sp_portfolio_get_plan (portfolio);

  /* A plan we have not shown before keeps the goals and target it has,
   * and gets editors of its own. */
  if (plan != self->plan)
    {
      self->goals_edited = sp_plan_get_n_goals (plan) > 0;
      self->target_chosen = sp_plan_get_target (plan) != NULL;
      sp_plan_page_disconnect_plan (self);
      sp_plan_page_clear_goals (self);
      g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  g_set_object (&self->portfolio, portfolio);
  g_set_object (&self->plan, plan);

  if (result != NULL)
    sp_result_ref (result);
  g_clear_pointer (&self->result, sp_result_unref);
  self->result = result;
}

/**
 * sp_plan_page_set_portfolio:
 * @self: a plan page
 * @portfolio: the portfolio whose plan is edited
 * @result: (nullable): the person's current result
 *
 * Shows the plan of @portfolio. Without a target, the plan gets the match
 * (or the best affinity); without goals, or when the person has not edited
 * the proposed ones and the result changed, goals are proposed.
 */
void
sp_plan_page_set_portfolio (SpPlanPage  *self,
                            SpPortfolio *portfolio,
                            SpResult    *result)
{
  gboolean new_result;
  gboolean automatic = FALSE;
  const SpProfile *target;

  g_return_if_fail (SP_IS_PLAN_PAGE (self));
  g_return_if_fail (SP_IS_PORTFOLIO (portfolio));

  new_result = result != self->result;
  sp_plan_page_take_inputs (self, portfolio, result);
  sp_plan_page_fill_targets (self);

  target = sp_plan_page_choose_target (self);
  if (target != NULL && target != sp_plan_page_get_target (self))
    {
      self->updating = TRUE;
      sp_plan_set_target (self->plan, target->id);
      self->updating = FALSE;
      automatic = TRUE;
    }
  if (target != NULL)
    sp_plan_page_select_target (self, target);

  if (sp_plan_get_n_goals (self->plan) == 0 || (new_result && !self->goals_edited))
    {
      sp_plan_page_propose (self);
      automatic = TRUE;
    }

  /* What the page did by itself is the starting point, not a step the
   * person could undo into an empty plan. */
  if (automatic && !self->goals_edited)
    sp_plan_clear_history (self->plan);

  sp_plan_page_update_gaps (self);
  sp_plan_page_sync_goals (self);
  sp_plan_page_scroll_to_top (self);
}
