/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-plan-page.h"
#include "sp-format.h"

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
  /* Once the person edits a goal, a new target no longer replaces the
   * goals; once they pick a target, a new result no longer changes it. */
  gboolean             goals_edited;
  gboolean             target_chosen;
  gboolean             updating;
  GPtrArray           *gap_rows;
  GPtrArray           *goal_groups;

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

/* The widgets of one goal; owned by the goal's group. */
typedef struct
{
  SpPlanPage    *page;
  guint          index;
  GtkWidget     *title_row;
  GtkMenuButton *date_button;
  /* The month the calendar shows, to tell a day picked from a month
   * turned. */
  int            month;
  int            year;
  gboolean       updating;
} GoalEditor;

static void sp_plan_page_update_goals (SpPlanPage *self);

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

static GDateTime *
date_time_from_date (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

static char *
dup_date_text (const GDate *date)
{
  g_autoptr (GDateTime) date_time = NULL;

  if (!g_date_valid (date))
    return g_strdup (_("No date"));

  date_time = date_time_from_date (date);

  return sp_format_date_time (date_time);
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
  sp_plan_propose (self->plan, self->result, target, &today);
  self->goals_edited = FALSE;
}

/* Applies @edit to a copy of goal @index and writes it back. */
static void
goal_editor_update (GoalEditor *editor,
                    void (*edit) (SpGoal *goal, gpointer data),
                    gpointer    data)
{
  SpPlanPage *self = editor->page;
  SpGoal *goal;

  if (editor->updating || editor->index >= sp_plan_get_n_goals (self->plan))
    return;

  goal = sp_goal_copy (sp_plan_get_goal (self->plan, editor->index));
  edit (goal, data);
  sp_plan_replace_goal (self->plan, editor->index, goal);
  sp_goal_free (goal);

  self->goals_edited = TRUE;
}

static void
edit_title (SpGoal  *goal,
            gpointer data)
{
  g_free (goal->title);
  goal->title = g_strdup (data);
}

static void
edit_action (SpGoal  *goal,
             gpointer data)
{
  g_free (goal->action);
  goal->action = g_strdup (data);
}

static void
edit_way (SpGoal  *goal,
          gpointer data)
{
  goal->way = GPOINTER_TO_UINT (data);
}

static void
edit_due (SpGoal  *goal,
          gpointer data)
{
  const GDate *due = data;

  if (due != NULL)
    goal->due = *due;
  else
    g_date_clear (&goal->due, 1);
}

static void
on_goal_title_changed_cb (GtkEditable *editable,
                          GoalEditor  *editor)
{
  goal_editor_update (editor, edit_title, (gpointer) gtk_editable_get_text (editable));
}

static void
on_goal_action_changed_cb (GtkEditable *editable,
                           GoalEditor  *editor)
{
  goal_editor_update (editor, edit_action, (gpointer) gtk_editable_get_text (editable));
}

static void
on_goal_way_selected_cb (AdwComboRow *row,
                         GParamSpec  *pspec,
                         GoalEditor  *editor)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected <= SP_WAY_COURSE)
    goal_editor_update (editor, edit_way, GUINT_TO_POINTER (selected));
}

static void
goal_editor_show_date (GoalEditor  *editor,
                       const GDate *date)
{
  g_autofree char *text = dup_date_text (date);
  g_autofree char *name = NULL;

  gtk_menu_button_set_label (editor->date_button, text);

  /* Translators: accessible name of a button, %s is a date or "No date" */
  name = g_strdup_printf (_("Review date: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
on_goal_calendar_day_selected_cb (GtkCalendar *calendar,
                                  GoalEditor  *editor)
{
  g_autoptr (GDateTime) selected = gtk_calendar_get_date (calendar);
  gboolean same_month;
  GDate due;

  if (editor->updating)
    return;

  same_month = g_date_time_get_month (selected) == editor->month &&
               g_date_time_get_year (selected) == editor->year;
  editor->month = g_date_time_get_month (selected);
  editor->year = g_date_time_get_year (selected);

  g_date_clear (&due, 1);
  g_date_set_dmy (&due,
                  g_date_time_get_day_of_month (selected),
                  g_date_time_get_month (selected),
                  g_date_time_get_year (selected));

  goal_editor_update (editor, edit_due, &due);
  goal_editor_show_date (editor, &due);

  if (same_month)
    gtk_menu_button_popdown (editor->date_button);
}

/* Turning the month or year moves the calendar's date without
 * "day-selected"; remember the month shown. */
static void
on_goal_calendar_page_cb (GtkCalendar *calendar,
                          GoalEditor  *editor)
{
  g_autoptr (GDateTime) shown = gtk_calendar_get_date (calendar);

  editor->month = g_date_time_get_month (shown);
  editor->year = g_date_time_get_year (shown);
}

static void
on_goal_no_date_clicked_cb (GtkButton  *button,
                            GoalEditor *editor)
{
  GDate none;

  g_date_clear (&none, 1);
  goal_editor_update (editor, edit_due, NULL);
  goal_editor_show_date (editor, &none);
  gtk_menu_button_popdown (editor->date_button);
}

static void
on_goal_remove_clicked_cb (GtkButton  *button,
                           GoalEditor *editor)
{
  SpPlanPage *self = editor->page;

  if (editor->index >= sp_plan_get_n_goals (self->plan))
    return;

  sp_plan_remove_goal (self->plan, editor->index);
  self->goals_edited = TRUE;

  sp_plan_page_update_goals (self);
}

static GtkWidget *
create_entry_row (const char *title,
                  const char *text,
                  GCallback   changed_cb,
                  GoalEditor *editor)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect (row, "changed", changed_cb, editor);

  return row;
}

static GtkWidget *
create_way_row (const SpGoal *goal,
                GoalEditor   *editor)
{
  const char *labels[SP_WAY_COURSE + 2] = { NULL };
  g_autoptr (GtkStringList) model = NULL;
  GtkWidget *row = adw_combo_row_new ();

  for (guint way = SP_WAY_EXPERIENCE; way <= SP_WAY_COURSE; way++)
    labels[way] = sp_way_get_label (way);
  model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Way to learn"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), goal->way);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_goal_way_selected_cb), editor);

  return row;
}

static GtkWidget *
create_date_popover (const SpGoal *goal,
                     GoalEditor   *editor)
{
  static const char * const page_signals[] = {
    "prev-month", "next-month", "prev-year", "next-year",
  };
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *no_date = gtk_button_new_with_mnemonic (_("_No Date"));
  g_autoptr (GDateTime) shown = NULL;

  if (g_date_valid (&goal->due))
    {
      shown = date_time_from_date (&goal->due);
      gtk_calendar_select_day (GTK_CALENDAR (calendar), shown);
    }
  else
    {
      shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    }
  editor->month = g_date_time_get_month (shown);
  editor->year = g_date_time_get_year (shown);

  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review date"),
                                  -1);
  g_signal_connect (calendar, "day-selected",
                    G_CALLBACK (on_goal_calendar_day_selected_cb), editor);
  for (guint i = 0; i < G_N_ELEMENTS (page_signals); i++)
    g_signal_connect (calendar, page_signals[i], G_CALLBACK (on_goal_calendar_page_cb), editor);
  g_signal_connect (no_date, "clicked", G_CALLBACK (on_goal_no_date_clicked_cb), editor);
  gtk_widget_add_css_class (no_date, "flat");

  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), no_date);
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  return popover;
}

static GtkWidget *
create_date_row (const SpGoal *goal,
                 GoalEditor   *editor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Review date"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("When you will look back at this goal"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), create_date_popover (goal, editor));
  editor->date_button = GTK_MENU_BUTTON (button);
  goal_editor_show_date (editor, &goal->due);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_remove_button (GoalEditor *editor)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Remove Goal"));
  g_autofree char *name = NULL;

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  /* Translators: accessible name of a button, %u is the goal's number */
  name = g_strdup_printf (_("Remove goal %u"), editor->index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_goal_remove_clicked_cb), editor);

  return button;
}

static void
set_goal_description (SpPlanPage          *self,
                      AdwPreferencesGroup *group,
                      const SpGoal        *goal)
{
  const SpCompetence *competence = NULL;
  g_autofree char *text = NULL;

  if (goal->competence_id != NULL)
    competence = sp_framework_lookup_competence (sp_plan_page_get_framework (self),
                                                 goal->competence_id);
  if (competence == NULL)
    return;

  /* Translators: %s is a competence name */
  text = g_strdup_printf (_("Builds on: %s"), competence->name);
  adw_preferences_group_set_description (group, text);
}

static GtkWidget *
create_goal_group (SpPlanPage *self,
                   guint       index)
{
  const SpGoal *goal = sp_plan_get_goal (self->plan, index);
  GtkWidget *group = adw_preferences_group_new ();
  GoalEditor *editor = g_new0 (GoalEditor, 1);
  g_autofree char *title = NULL;

  editor->page = self;
  editor->index = index;
  g_object_set_data_full (G_OBJECT (group), "sp-goal-editor", editor, g_free);

  /* Translators: heading of a goal, %u is its number (1 to 3) */
  title = g_strdup_printf (_("Goal %u"), index + 1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  set_goal_description (self, ADW_PREFERENCES_GROUP (group), goal);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           create_remove_button (editor));

  editor->title_row = create_entry_row (_("_Goal"), goal->title,
                                        G_CALLBACK (on_goal_title_changed_cb), editor);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), editor->title_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_entry_row (_("_Action: what I will do"), goal->action,
                                               G_CALLBACK (on_goal_action_changed_cb),
                                               editor));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_way_row (goal, editor));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_date_row (goal, editor));

  return group;
}

/* Old editors ignore their widgets from here on: their goal indices may
 * no longer match the plan. */
static void
sp_plan_page_clear_goals (SpPlanPage *self)
{
  for (guint i = 0; i < self->goal_groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (self->goal_groups, i);
      GoalEditor *editor = g_object_get_data (G_OBJECT (group), "sp-goal-editor");

      editor->updating = TRUE;
      gtk_box_remove (self->goals_box, group);
    }

  g_ptr_array_set_size (self->goal_groups, 0);
}

static void
sp_plan_page_update_goals (SpPlanPage *self)
{
  guint n_goals = sp_plan_get_n_goals (self->plan);
  gboolean full = n_goals >= SP_PLAN_MAX_GOALS;

  sp_plan_page_clear_goals (self);

  for (guint i = 0; i < n_goals; i++)
    {
      GtkWidget *group = create_goal_group (self, i);

      g_ptr_array_add (self->goal_groups, g_object_ref (group));
      gtk_box_append (self->goals_box, group);
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
  g_autoptr (GArray) gaps = NULL;
  GtkWidget *row;

  for (guint i = 0; i < self->gap_rows->len; i++)
    adw_preferences_group_remove (self->gaps_group, g_ptr_array_index (self->gap_rows, i));
  g_ptr_array_set_size (self->gap_rows, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->gaps_group), self->result != NULL && target != NULL);
  if (self->result == NULL || target == NULL)
    return;

  gaps = sp_plan_compute_gaps (self->result, target);

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

  self->updating = TRUE;
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (model));
  self->updating = FALSE;
}

static void
sp_plan_page_select_target (SpPlanPage      *self,
                            const SpProfile *target)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (self->target_row, target->index);
  self->updating = FALSE;
}

static void
on_target_row_selected_cb (SpPlanPage *self)
{
  SpFramework *framework;
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (self->updating || self->plan == NULL)
    return;

  framework = sp_plan_page_get_framework (self);
  if (selected >= sp_framework_get_n_profiles (framework))
    return;

  sp_plan_set_target (self->plan, sp_framework_get_profile (framework, selected)->id);
  self->target_chosen = TRUE;

  sp_plan_page_update_gaps (self);

  if (!self->goals_edited)
    {
      sp_plan_page_propose (self);
      sp_plan_page_update_goals (self);
    }
}

static void
on_add_goal_button_clicked_cb (SpPlanPage *self)
{
  SpGoal *goal;
  gboolean added;
  guint n_goals;

  if (self->plan == NULL)
    return;

  goal = sp_goal_new ();
  get_today (&goal->due);
  g_date_add_months (&goal->due, NEW_GOAL_MONTHS);
  added = sp_plan_add_goal (self->plan, goal);
  sp_goal_free (goal);

  if (!added)
    return;

  self->goals_edited = TRUE;
  sp_plan_page_update_goals (self);

  n_goals = self->goal_groups->len;
  if (n_goals > 0)
    {
      GoalEditor *editor = g_object_get_data (g_ptr_array_index (self->goal_groups, n_goals - 1),
                                              "sp-goal-editor");
      gtk_widget_grab_focus (editor->title_row);
    }
}

static void
sp_plan_page_suggest (SpPlanPage *self)
{
  sp_plan_page_propose (self);
  sp_plan_page_update_goals (self);
}

static void
on_replace_dialog_response_cb (SpPlanPage *self,
                               const char *response)
{
  if (g_strcmp0 (response, "replace") == 0)
    sp_plan_page_suggest (self);
}

static void
on_suggest_button_clicked_cb (SpPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->plan == NULL)
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
sp_plan_page_dispose (GObject *object)
{
  SpPlanPage *self = SP_PLAN_PAGE (object);

  if (self->goal_groups != NULL)
    sp_plan_page_clear_goals (self);

  /* AdwBin unparents its child itself; leaving the bound child to
   * gtk_widget_dispose_template() as well would unparent it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_PLAN_PAGE);

  g_clear_object (&self->portfolio);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->goal_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (sp_plan_page_parent_class)->dispose (object);
}

static void
sp_plan_page_class_init (SpPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_plan_page_dispose;

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
  gtk_widget_class_bind_template_callback (widget_class, on_add_goal_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_suggest_button_clicked_cb);
}

static void
sp_plan_page_init (SpPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->gap_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->goal_groups = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
sp_plan_page_take_inputs (SpPlanPage  *self,
                          SpPortfolio *portfolio,
                          SpResult    *result)
{
  SpPlan *plan = sp_portfolio_get_plan (portfolio);

  /* A plan we have not shown before keeps the goals and target it has. */
  if (plan != self->plan)
    {
      self->goals_edited = sp_plan_get_n_goals (plan) > 0;
      self->target_chosen = sp_plan_get_target (plan) != NULL;
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
  const SpProfile *target;

  g_return_if_fail (SP_IS_PLAN_PAGE (self));
  g_return_if_fail (SP_IS_PORTFOLIO (portfolio));

  new_result = result != self->result;
  sp_plan_page_take_inputs (self, portfolio, result);
  sp_plan_page_fill_targets (self);

  target = sp_plan_page_choose_target (self);
  if (target != NULL && target != sp_plan_page_get_target (self))
    sp_plan_set_target (self->plan, target->id);
  if (target != NULL)
    sp_plan_page_select_target (self, target);

  if (sp_plan_get_n_goals (self->plan) == 0 || (new_result && !self->goals_edited))
    sp_plan_page_propose (self);

  sp_plan_page_update_gaps (self);
  sp_plan_page_update_goals (self);
  sp_plan_page_scroll_to_top (self);
}
