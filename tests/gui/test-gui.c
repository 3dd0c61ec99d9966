/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "sp-action-row.h"
#include "sp-activity-browser.h"
#include "sp-activity-dialog.h"
#include "sp-application.h"
#include "sp-test-gui.h"
#include "sp-goal-editor.h"
#include "sp-plan-page.h"
#include "sp-autosave.h"
#include "sp-questionnaire-page.h"
#include "sp-radar-chart.h"
#include "sp-result-page.h"
#include "sp-welcome-page.h"
#include "sp-window.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

/* Walks the window through the whole flow as a person would, through the
 * same actions the buttons and keys use, and leaves screenshots of every
 * page in the build folder for people to look at. */

static SpApplication *app;
static SpWindow *window;
/* Where screenshots and the PDF go: the test's own build folder. */
static char *output_dir;

/* Waits until @win shows @page, for at most five seconds: page changes
 * may run from an idle, and a loaded machine is slow. */
static void
wait_for_page (SpWindow   *win,
               const char *page)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_strcmp0 (sp_window_get_page (win), page) != 0
         && g_get_monotonic_time () < deadline)
    sp_test_wait_ms (20);
}

static void
collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *widgets)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (widgets, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, widgets);
}

static GPtrArray *
find_widgets (gpointer root,
              GType    type)
{
  GPtrArray *widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (root), type, widgets);

  return widgets;
}

static guint
count_widgets (gpointer root,
               GType    type)
{
  g_autoptr(GPtrArray) widgets = find_widgets (root, type);

  return widgets->len;
}

static void
collect_check_buttons (GtkWidget *root,
                       GPtrArray *buttons)
{
  if (GTK_IS_CHECK_BUTTON (root))
    g_ptr_array_add (buttons, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_check_buttons (child, buttons);
}

/* The index (0–4 the scale, 5 skip) of the one active option, or -1. */
static int
get_active_option (GtkWidget *page)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  int active = -1;

  collect_check_buttons (page, buttons);
  g_assert_cmpuint (buttons->len, ==, SP_SCALE_MAX - SP_SCALE_MIN + 2);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (buttons, i)))
        continue;

      g_assert_cmpint (active, ==, -1);
      active = i;
    }

  return active;
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);
  GtkWidget *welcome = sp_test_find_widget (widget, SP_TYPE_WELCOME_PAGE);
  GtkStack *stack = welcome != NULL ? GTK_STACK (gtk_widget_get_parent (welcome)) : NULL;

  /* Let transitions and the first frame finish. */
  sp_test_wait_ms (300);
  while (stack != NULL && gtk_stack_get_transition_running (stack))
    sp_test_wait_ms (20);
  sp_test_wait_ms (200);

  sp_test_save_png (widget, path);
}

static void
activate (gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  sp_test_wait_ms (50);
}

static void
answer (GtkWidget *page,
        int        value)
{
  g_assert_true (gtk_widget_activate_action (page, "questionnaire.answer", "i", value));
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the dialog's button for @response, as a person would. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* Holding a reference would outlive the dialog's parent window. */
  gpointer held = dialog;
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_object_add_weak_pointer (held, &held);
  g_assert_true (gtk_widget_activate (button));

  /* A button clicks a moment after it is activated, and what the answer
   * asks for runs from an idle after the dialog closes: wait for both,
   * however busy the machine. */
  for (guint i = 0; i < 100 && held != NULL && gtk_widget_get_visible (held); i++)
    sp_test_wait_ms (50);
  g_assert_true (held == NULL || !gtk_widget_get_visible (held));
  if (held != NULL)
    g_object_remove_weak_pointer (held, &held);
  sp_test_wait_ms (300);
}

static SpWindow *
create_window (int width,
               int height)
{
  SpWindow *new_window = sp_window_new (app, sp_application_get_framework (app));

  gtk_window_set_default_size (GTK_WINDOW (new_window), width, height);
  gtk_window_present (GTK_WINDOW (new_window));
  sp_test_wait_ms (300);

  return new_window;
}

static void
test_welcome (void)
{
  GtkWidget *welcome;

  window = create_window (1000, 760);
  wait_for_page (window, "welcome");
  g_assert_cmpstr (sp_window_get_page (window), ==, "welcome");

  welcome = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_WELCOME_PAGE);
  g_assert_nonnull (sp_test_find_drawn_label (welcome, "Facilitator"));
  save_screenshot (GTK_WIDGET (window), "welcome");
}

/* An answer shows, moves on by itself, and is shown again on the way back. */
static void
test_questionnaire_memory (void)
{
  GtkWidget *page;
  SpAssessment *assessment;

  /* The window builds its pages when they are first needed. */
  g_assert_null (sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_QUESTIONNAIRE_PAGE));
  activate (window, "win.start");
  wait_for_page (window, "questionnaire");
  g_assert_cmpstr (sp_window_get_page (window), ==, "questionnaire");
  page = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_QUESTIONNAIRE_PAGE);
  g_assert_nonnull (page);
  assessment = sp_portfolio_get_assessment (sp_window_get_portfolio (window));
  g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==, 0);
  g_assert_cmpint (get_active_option (page), ==, -1);
  save_screenshot (GTK_WIDGET (window), "questionnaire");

  answer (page, 4);
  g_assert_cmpint (get_active_option (page), ==, 3);
  sp_test_wait_ms (600);
  g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==, 1);
  g_assert_cmpint (get_active_option (page), ==, -1);

  answer (page, SP_ANSWER_SKIP);
  sp_test_wait_ms (600);
  g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==, 2);

  activate (window, "win.go-back");
  g_assert_cmpint (get_active_option (page), ==, 5);
  activate (page, "questionnaire.previous");
  g_assert_cmpint (get_active_option (page), ==, 3);
  g_assert_cmpint (sp_assessment_get_answer (assessment, 0), ==, 4);
  g_assert_cmpint (sp_assessment_get_answer (assessment, 1), ==, SP_ANSWER_SKIP);
  g_assert_true (sp_window_has_unsaved (window));

  /* Back at the first item, going back leads to the welcome page. */
  activate (window, "win.go-back");
  wait_for_page (window, "welcome");
  g_assert_cmpstr (sp_window_get_page (window), ==, "welcome");
}

static gboolean
is_facilitator_item (const SpItem *item)
{
  const SpProfile *profile = item->competence->profile;

  return profile != NULL && g_strcmp0 (profile->id, "facilitator") == 0;
}

static void
test_questionnaire_walk (void)
{
  GtkWidget *page = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_QUESTIONNAIRE_PAGE);
  SpFramework *framework = sp_application_get_framework (app);
  guint n_items = sp_framework_get_n_items (framework);
  SpAssessment *assessment;
  AdwMessageDialog *dialog;

  /* Starting again with unsaved answers asks first; Discard starts afresh. */
  activate (window, "win.start");
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  wait_for_page (window, "questionnaire");
  g_assert_cmpstr (sp_window_get_page (window), ==, "questionnaire");
  assessment = sp_portfolio_get_assessment (sp_window_get_portfolio (window));
  g_assert_cmpuint (sp_assessment_count_given (assessment), ==, 0);
  g_assert_false (sp_window_has_unsaved (window));

  for (guint i = 0; i < n_items; i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      int value = is_facilitator_item (item) ? 5 : 2;

      g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==, i);
      answer (page, value);

      /* After a pause the page moves on; back again, the answer shows. */
      if (i == 12)
        {
          sp_test_wait_ms (600);
          g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)),
                            ==, i + 1);
          activate (page, "questionnaire.previous");
          g_assert_cmpint (get_active_option (page), ==, value - SP_SCALE_MIN);
          save_screenshot (GTK_WIDGET (window), "questionnaire-answered");
        }

      /* A pause lets the page move on by itself; otherwise Next does. */
      if (i + 1 < n_items &&
          sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)) == i)
        g_assert_true (gtk_widget_activate_action (page, "questionnaire.next", NULL));
    }

  g_assert_cmpuint (sp_assessment_count_answered (assessment), ==, n_items);
  g_assert_nonnull (sp_test_find_drawn_label (page, "See my result"));
  save_screenshot (GTK_WIDGET (window), "questionnaire-last");
}

static void
test_result (void)
{
  GtkWidget *page;
  SpFramework *framework = sp_application_get_framework (app);
  const SpProfile *facilitator = sp_framework_lookup_profile (framework, "facilitator");
  g_autoptr(SpResult) result = NULL;
  g_autofree char *headline = NULL;

  activate (window, "win.show-result");
  wait_for_page (window, "result");
  g_assert_cmpstr (sp_window_get_page (window), ==, "result");

  page = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_RESULT_PAGE);
  result = sp_result_new (sp_portfolio_get_assessment (sp_window_get_portfolio (window)));
  headline = sp_result_dup_headline (result);
  g_assert_nonnull (facilitator);
  g_assert_true (sp_result_get_match (result) == facilitator);
  g_assert_nonnull (strstr (headline, facilitator->name));
  g_assert_nonnull (sp_test_find_drawn_label (page, headline));
  save_screenshot (GTK_WIDGET (window), "result");
}

static void
test_plan (void)
{
  SpPlan *plan = sp_portfolio_get_plan (sp_window_get_portfolio (window));

  activate (window, "win.show-plan");
  wait_for_page (window, "plan");
  g_assert_cmpstr (sp_window_get_page (window), ==, "plan");
  g_assert_cmpuint (sp_plan_get_n_goals (plan), >=, 1);
  save_screenshot (GTK_WIDGET (window), "plan");
}


static SpGoalEditor *
get_goal_editor (SpWindow *win,
                 guint     index)
{
  g_autoptr(GPtrArray) editors = find_widgets (win, SP_TYPE_GOAL_EDITOR);

  g_assert_cmpuint (index, <, editors->len);

  return g_ptr_array_index (editors, index);
}

/* The goal's fields in template order: title, why, success. */
static GtkTextView *
get_goal_text_view (SpGoalEditor *editor,
                    guint         field)
{
  g_autoptr(GPtrArray) views = find_widgets (editor, GTK_TYPE_TEXT_VIEW);

  /* Three fields of the goal, then one in each action. */
  g_assert_cmpuint (views->len, >=, 3);

  return g_ptr_array_index (views, field);
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Types @words into @view one at a time, as a person would, with the
 * focus in the field, then leaves it. */
static void
type_into (GtkTextView *view,
           const char  *const *words,
           GtkWidget   *leave_to)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  sp_test_wait_ms (50);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, words[i], -1);
      sp_test_wait_ms (10);
    }

  g_assert_true (gtk_widget_grab_focus (leave_to));
  sp_test_wait_ms (50);
}

static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double x, y;

  g_assert_nonnull (scrolled);
  sp_test_wait_ms (100);
  g_assert_true (gtk_widget_translate_coordinates (widget, gtk_scrolled_window_get_child (
                                                     GTK_SCROLLED_WINDOW (scrolled)),
                                                   0, 0, &x, &y));
  /* The viewport's coordinates start at what is shown now. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
  sp_test_wait_ms (100);
}

/* Typing in one field is one undo step; undo and redo show in the
 * editor; an action's edit is undone too; the edits survive saving and
 * opening the file in another window. */
static void
test_plan_edit (void)
{
  SpPortfolio *portfolio = sp_window_get_portfolio (window);
  SpPlan *plan = sp_portfolio_get_plan (portfolio);
  SpGoalEditor *editor = get_goal_editor (window, 0);
  GtkTextView *title_view = get_goal_text_view (editor, 0);
  GtkTextView *why_view = get_goal_text_view (editor, 1);
  const char *const words[] = { " —", " with", " my", " team", NULL };
  g_autofree char *before = g_strdup (sp_plan_get_goal (plan, 0)->title);
  g_autofree char *edited = g_strconcat (before, " — with my team", NULL);
  g_autofree char *shown = NULL;
  g_autoptr(GPtrArray) action_rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  SpActionRow *action_row;
  AdwEntryRow *evidence_row = NULL;

  g_assert_false (sp_plan_can_undo (plan));

  /* Typing: four changes, one step. */
  type_into (title_view, words, GTK_WIDGET (why_view));
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->title, ==, edited);
  g_assert_true (sp_plan_can_undo (plan));
  g_assert_true (sp_window_has_unsaved (window));

  activate (window, "win.undo");
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->title, ==, before);
  shown = dup_text (title_view);
  g_assert_cmpstr (shown, ==, before);
  g_assert_false (sp_plan_can_undo (plan));

  activate (window, "win.redo");
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->title, ==, edited);
  g_clear_pointer (&shown, g_free);
  shown = dup_text (title_view);
  g_assert_cmpstr (shown, ==, edited);

  /* An action: its evidence note, then undo and redo. */
  action_rows = find_widgets (editor, SP_TYPE_ACTION_ROW);
  g_assert_cmpuint (action_rows->len, ==, sp_plan_get_goal (plan, 0)->actions->len);
  action_row = g_ptr_array_index (action_rows, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (action_row), TRUE);
  entries = find_widgets (action_row, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 1);
  evidence_row = g_ptr_array_index (entries, 0);
  gtk_widget_grab_focus (GTK_WIDGET (evidence_row));
  gtk_editable_set_text (GTK_EDITABLE (evidence_row), "Minutes of the May meeting");
  gtk_widget_grab_focus (GTK_WIDGET (title_view));
  sp_test_wait_ms (50);
  {
    const SpGoal *goal = sp_plan_get_goal (plan, 0);
    const SpAction *action = g_ptr_array_index (goal->actions, 0);

    g_assert_cmpstr (action->evidence, ==, "Minutes of the May meeting");
  }

  activate (window, "win.undo");
  {
    const SpGoal *goal = sp_plan_get_goal (plan, 0);
    const SpAction *action = g_ptr_array_index (goal->actions, 0);

    g_assert_null (action->evidence);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evidence_row)), ==, "");
    /* The goal's title edit is still there. */
    g_assert_cmpstr (goal->title, ==, edited);
  }
  activate (window, "win.redo");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evidence_row)), ==,
                   "Minutes of the May meeting");

  scroll_to (GTK_WIDGET (editor));
  save_screenshot (GTK_WIDGET (window), "plan-editor");
}

/* Moving and removing goals from the page, each undoable. */
static void
test_plan_goals (void)
{
  SpPlan *plan = sp_portfolio_get_plan (sp_window_get_portfolio (window));
  GtkWidget *page = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_PLAN_PAGE);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint n_goals = sp_plan_get_n_goals (plan);

  g_assert_cmpuint (n_goals, >=, 2);
  first = g_strdup (sp_plan_get_goal (plan, 0)->uid);
  second = g_strdup (sp_plan_get_goal (plan, 1)->uid);

  g_assert_true (gtk_widget_activate_action (page, "plan.goal-down", "u", 0));
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->uid, ==, second);
  g_assert_cmpstr (sp_plan_get_goal (plan, 1)->uid, ==, first);
  activate (window, "win.undo");
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->uid, ==, first);

  /* Ctrl+Down from the goal's title moves it too. */
  gtk_widget_grab_focus (GTK_WIDGET (get_goal_text_view (get_goal_editor (window, 0), 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_goal_editor (window, 0)),
                                             "plan.goal-down", "u", 0));
  g_assert_cmpstr (sp_plan_get_goal (plan, 1)->uid, ==, first);
  activate (window, "win.undo");

  g_assert_true (gtk_widget_activate_action (page, "plan.remove-goal", "u", 0));
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, n_goals - 1);
  g_assert_cmpuint (count_widgets (window, SP_TYPE_GOAL_EDITOR), ==, n_goals - 1);
  activate (window, "win.undo");
  g_assert_cmpuint (sp_plan_get_n_goals (plan), ==, n_goals);
  g_assert_cmpstr (sp_plan_get_goal (plan, 0)->uid, ==, first);
  g_assert_cmpuint (count_widgets (window, SP_TYPE_GOAL_EDITOR), ==, n_goals);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

/* The library: filtered by level, "Add" makes a course action with the
 * activity, whose "Show" opens the activity in full. */
static void
test_activity_library (void)
{
  SpPlan *plan = sp_portfolio_get_plan (sp_window_get_portfolio (window));
  SpGoalEditor *editor = get_goal_editor (window, 0);
  guint n_actions = sp_plan_get_goal (plan, 0)->actions->len;
  SpActivityBrowser *browser;
  SpActivityDialog *dialog;
  const SpAction *added;
  g_autoptr(GPtrArray) rows = NULL;
  SpActionRow *row;

  activate (editor, "goal.browse-activities");
  browser = find_toplevel (SP_TYPE_ACTIVITY_BROWSER);
  g_assert_nonnull (browser);
  g_assert_cmpuint (sp_activity_browser_get_n_shown (browser), >, 0);
  sp_activity_browser_set_level (browser, 0);
  g_assert_cmpuint (sp_activity_browser_get_n_shown (browser), ==,
                    sp_framework_get_n_activities (sp_application_get_framework (app)));
  save_screenshot (GTK_WIDGET (browser), "activity-library");

  sp_activity_browser_choose (browser, 0);
  g_assert_cmpuint (sp_plan_get_goal (plan, 0)->actions->len, ==, n_actions + 1);
  added = g_ptr_array_index (sp_plan_get_goal (plan, 0)->actions, n_actions);
  g_assert_cmpint (added->kind, ==, SP_WAY_COURSE);
  g_assert_cmpstr (added->activity_id, ==,
                   sp_framework_get_activity (sp_application_get_framework (app), 0)->id);
  gtk_window_destroy (GTK_WINDOW (browser));
  sp_test_wait_ms (100);

  rows = find_widgets (editor, SP_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, n_actions + 1);
  row = g_ptr_array_index (rows, n_actions);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_signal_emit_by_name (find_button (GTK_WIDGET (row), "_Show"), "clicked");
  sp_test_wait_ms (300);
  dialog = find_toplevel (SP_TYPE_ACTIVITY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (sp_test_find_drawn_label (GTK_WIDGET (dialog),
                                           sp_framework_get_activity (
                                             sp_application_get_framework (app), 0)->reflection));
  save_screenshot (GTK_WIDGET (dialog), "activity");
  gtk_window_destroy (GTK_WINDOW (dialog));

  activate (window, "win.undo");
  g_assert_cmpuint (sp_plan_get_goal (plan, 0)->actions->len, ==, n_actions);
}

/* What was edited is what another window shows after saving and opening. */
static void
test_plan_reload (void)
{
  g_autofree char *path = g_build_filename (output_dir, "test-gui-plan.sseportfolio", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SpPlan *plan = sp_portfolio_get_plan (sp_window_get_portfolio (window));
  const SpGoal *goal = sp_plan_get_goal (plan, 0);
  const SpAction *action = g_ptr_array_index (goal->actions, 0);
  SpWindow *other;
  SpPlan *reloaded;
  g_autofree char *shown = NULL;

  g_assert_true (sp_portfolio_save (sp_window_get_portfolio (window), path, &error));
  g_assert_no_error (error);

  other = create_window (900, 700);
  g_assert_true (sp_window_open_file (other, file));
  activate (other, "win.show-plan");
  g_assert_cmpstr (sp_window_get_page (other), ==, "plan");

  reloaded = sp_portfolio_get_plan (sp_window_get_portfolio (other));
  g_assert_cmpuint (sp_plan_get_n_goals (reloaded), ==, sp_plan_get_n_goals (plan));
  g_assert_cmpstr (sp_plan_get_goal (reloaded, 0)->title, ==, goal->title);
  shown = dup_text (get_goal_text_view (get_goal_editor (other, 0), 0));
  g_assert_cmpstr (shown, ==, goal->title);
  g_assert_cmpstr (((SpAction *) g_ptr_array_index (sp_plan_get_goal (reloaded, 0)->actions,
                                                    0))->evidence, ==, action->evidence);
  /* A file just opened has nothing to undo. */
  g_assert_false (sp_plan_can_undo (reloaded));

  gtk_window_destroy (GTK_WINDOW (other));
}

/* Exports run in a window of their own, opened from the saved file, so
 * their toasts stay out of the other screenshots. */
static SpWindow *
open_saved (void)
{
  g_autofree char *path = g_build_filename (output_dir, "test-gui-plan.sseportfolio", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SpWindow *other = create_window (800, 600);

  g_assert_true (sp_window_open_file (other, file));

  return other;
}

static void
test_export (void)
{
  g_autofree char *path = g_build_filename (output_dir, "test-gui-plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  SpWindow *other = open_saved ();
  gsize length;

  g_unlink (path);
  g_assert_true (sp_window_export_pdf (other, file));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  gtk_window_destroy (GTK_WINDOW (other));
}

static void
check_export (SpWindow   *other,
              gboolean  (*export) (SpWindow *, GFile *),
              const char *name,
              const char *prefix,
              const char *part)
{
  g_autofree char *path = g_build_filename (output_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_unlink (path);
  g_assert_true (export (other, file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, prefix));
  g_assert_nonnull (strstr (contents, part));
}

/* The calendar and the spreadsheet hold the edited goal. */
static void
test_export_more (void)
{
  SpPlan *plan = sp_portfolio_get_plan (sp_window_get_portfolio (window));
  const SpGoal *goal = sp_plan_get_goal (plan, 0);
  SpWindow *other = open_saved ();

  check_export (other, sp_window_export_calendar, "test-gui-plan.ics", "BEGIN:VCALENDAR",
                goal->uid);
  check_export (other, sp_window_export_csv, "test-gui-plan.csv", "section,",
                "Minutes of the May meeting");
  gtk_window_destroy (GTK_WINDOW (other));
}


/* A second assessment from the first: its answers start as they were;
 * the result overlays both radars and lists what moved; the plan marks
 * the goals whose competence now meets the aim. */
/* Answers @second as growth in the shared competences, a little less as a
 * facilitator, and dates @first three months before it. */
static void
answer_with_growth (SpFramework  *framework,
                    SpAssessment *first,
                    SpAssessment *second)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) before = NULL;

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);

      if (item->competence->transversal)
        sp_assessment_set_answer (second, i, 4);
      else if (is_facilitator_item (item))
        sp_assessment_set_answer (second, i, 4);
    }

  today = sp_assessment_get_date (second) != NULL
          ? g_date_time_ref (sp_assessment_get_date (second))
          : g_date_time_new_now_utc ();
  before = g_date_time_add_months (today, -3);
  sp_assessment_set_date (first, before);
}

/* The competences whose score changed by 5 points or more. */
static guint
count_moves (SpFramework  *framework,
             SpAssessment *first,
             SpAssessment *second)
{
  g_autoptr(SpResult) then = sp_result_new (first);
  g_autoptr(SpResult) now = sp_result_new (second);
  guint moves = 0;

  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      double change = sp_result_get_competence_score (now, competence) -
                      sp_result_get_competence_score (then, competence);

      if (fabs (change) >= 5)
        moves++;
    }

  return moves;
}

/* The shared competences now score 75, above their aim of 50: their goals
 * show as reached. */
static void
check_goals_reached (SpFramework *framework,
                     SpPlan      *plan)
{
  gboolean any_reached = FALSE;

  for (guint i = 0; i < sp_plan_get_n_goals (plan); i++)
    {
      const SpGoal *goal = sp_plan_get_goal (plan, i);
      const SpCompetence *competence = sp_framework_lookup_competence (framework,
                                                                       goal->competence_id);
      gboolean reached = sp_goal_editor_get_reached (get_goal_editor (window, i));

      g_assert_nonnull (competence);
      if (competence->transversal)
        g_assert_true (reached);
      any_reached |= reached;
    }
  g_assert_true (any_reached);
  g_assert_nonnull (sp_test_find_drawn_label (GTK_WIDGET (window), "Aim reached"));
}

static void
test_compare (void)
{
  SpPortfolio *portfolio = sp_window_get_portfolio (window);
  SpFramework *framework = sp_application_get_framework (app);
  SpAssessment *first = sp_portfolio_get_assessment (portfolio);
  SpAssessment *second;
  GtkWidget *result_page;
  guint expected_moves;

  activate (window, "win.start");
  g_assert_null (sp_test_find_message_dialog ());
  g_assert_cmpstr (sp_window_get_page (window), ==, "questionnaire");
  g_assert_cmpuint (sp_portfolio_get_n_assessments (portfolio), ==, 2);
  second = sp_portfolio_get_assessment (portfolio);
  g_assert_true (second != first);
  g_assert_true (sp_portfolio_get_previous_assessment (portfolio) == first);
  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_assert_cmpint (sp_assessment_get_answer (second, i), ==, sp_assessment_get_answer (first, i));

  answer_with_growth (framework, first, second);
  expected_moves = count_moves (framework, first, second);
  g_assert_cmpuint (expected_moves, >, 0);

  activate (window, "win.show-result");
  result_page = sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_RESULT_PAGE);
  g_assert_cmpuint (sp_result_page_get_n_moved (SP_RESULT_PAGE (result_page)), ==,
                    expected_moves);
  g_assert_nonnull (sp_test_find_drawn_label (result_page, "What moved"));
  g_assert_nonnull (sp_test_find_drawn_label (result_page, "dashed line"));
  g_assert_nonnull (sp_test_find_drawn_label (result_page, "Understanding the SSE"));
  /* Let the toasts of the exports and of the new assessment go. */
  sp_test_wait_ms (5500);
  scroll_to (sp_test_find_widget (result_page, SP_TYPE_RADAR_CHART));
  save_screenshot (GTK_WIDGET (window), "result-compare");
  scroll_to (GTK_WIDGET (sp_test_find_drawn_label (result_page, "What moved")));
  save_screenshot (GTK_WIDGET (window), "result-moved");

  activate (window, "win.show-plan");
  check_goals_reached (framework, sp_portfolio_get_plan (portfolio));
  save_screenshot (GTK_WIDGET (window), "plan-reached");
}

static void
test_dark (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  activate (window, "win.go-back");
  wait_for_page (window, "result");
  g_assert_cmpstr (sp_window_get_page (window), ==, "result");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (window), "result-dark");
  scroll_to (sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_RADAR_CHART));
  save_screenshot (GTK_WIDGET (window), "result-compare-dark");

  activate (window, "win.show-plan");
  {
    SpGoalEditor *editor = get_goal_editor (window, 0);
    g_autoptr(GPtrArray) rows = find_widgets (editor, SP_TYPE_ACTION_ROW);

    adw_expander_row_set_expanded (g_ptr_array_index (rows, rows->len - 1), TRUE);
    scroll_to (GTK_WIDGET (editor));
  }
  save_screenshot (GTK_WIDGET (window), "plan-editor-dark");
  activate (window, "win.go-back");

  activate (window, "win.review-answers");
  wait_for_page (window, "questionnaire");
  g_assert_cmpstr (sp_window_get_page (window), ==, "questionnaire");
  save_screenshot (GTK_WIDGET (window), "questionnaire-dark");

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* Closing with unsaved answers asks first; Cancel keeps, Discard closes. */
static void
test_close_unsaved (void)
{
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  sp_test_wait_ms (100);
  g_assert_nonnull (window);

  /* Cancel keeps everything as it was. */
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "cancel");
  sp_test_wait_ms (300);
  g_assert_nonnull (window);
  g_assert_true (sp_window_has_unsaved (window));
  g_assert_null (sp_test_find_message_dialog ());

  gtk_window_close (GTK_WINDOW (window));
  sp_test_wait_ms (100);
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  sp_test_wait_ms (300);
  g_assert_null (window);
}

static void
test_narrow (void)
{
  g_autofree char *path = g_build_filename (output_dir, "test-gui-plan.sseportfolio", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SpWindow *narrow = create_window (360, 700);

  save_screenshot (GTK_WIDGET (narrow), "welcome-narrow");

  activate (narrow, "win.start");
  wait_for_page (narrow, "questionnaire");
  g_assert_cmpstr (sp_window_get_page (narrow), ==, "questionnaire");
  save_screenshot (GTK_WIDGET (narrow), "questionnaire-narrow");
  gtk_window_destroy (GTK_WINDOW (narrow));

  narrow = create_window (360, 700);
  g_assert_true (sp_window_open_file (narrow, file));
  activate (narrow, "win.show-plan");
  {
    SpGoalEditor *editor = get_goal_editor (narrow, 0);
    g_autoptr(GPtrArray) rows = find_widgets (editor, SP_TYPE_ACTION_ROW);

    adw_expander_row_set_expanded (g_ptr_array_index (rows, 0), TRUE);
    scroll_to (GTK_WIDGET (editor));
    save_screenshot (GTK_WIDGET (narrow), "plan-editor-narrow");
    scroll_to (g_ptr_array_index (rows, 0));
  }
  save_screenshot (GTK_WIDGET (narrow), "plan-actions-narrow");
  gtk_window_destroy (GTK_WINDOW (narrow));
}

/* Removes @path and everything in it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* The answer the killed child gives item @i: a scale value or a skip. */
static int
child_answer (guint i)
{
  return i % 6 == 5 ? SP_ANSWER_SKIP : SP_SCALE_MIN + (int) (i % 5);
}

#define CHILD_ANSWERS 23

/* The child of /gui/restore-after-kill: starts as the app does, answers
 * part of the first questionnaire, picks a target in the plan, waits the
 * second the autosave promises and dies without a chance to clean up. */
static void G_GNUC_NORETURN
answer_and_die (void)
{
  SpWindow *child;
  GtkWidget *page;

  g_application_activate (G_APPLICATION (app));
  sp_test_wait_ms (300);
  child = SP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (child);
  g_assert_null (sp_test_find_message_dialog ());

  activate (child, "win.start");
  page = sp_test_find_widget (GTK_WIDGET (child), SP_TYPE_QUESTIONNAIRE_PAGE);
  for (guint i = 0; i < CHILD_ANSWERS; i++)
    {
      g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==, i);
      answer (page, child_answer (i));
      if (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)) == i)
        g_assert_true (gtk_widget_activate_action (page, "questionnaire.next", NULL));
    }
  sp_plan_set_target (sp_portfolio_get_plan (sp_window_get_portfolio (child)), "steward");

  sp_test_wait_ms (1000);
  raise (SIGKILL);
  g_assert_not_reached ();
}

static GPtrArray *
list_autosaves (void)
{
  g_autofree char *dir = sp_autosave_dup_default_dir ();

  return sp_autosave_list (dir);
}

/* The app is killed (SIGKILL) in the middle of the questionnaire; the
 * next start offers to restore and restores every answer and skip. */
static void
test_restore_after_kill (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) autosaves = list_autosaves ();
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "SP_TEST_GUI_CHILD", "1", TRUE);
  const char *argv[] = { "/proc/self/exe", NULL };
  GtkWindow *restored;
  AdwMessageDialog *dialog;
  SpAssessment *assessment;
  GtkWidget *page;
  int wait_status = 0;

  g_assert_cmpuint (autosaves->len, ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFSIGNALED (wait_status));
  g_assert_cmpint (WTERMSIG (wait_status), ==, SIGKILL);
  g_clear_pointer (&autosaves, g_ptr_array_unref);
  autosaves = list_autosaves ();
  g_assert_cmpuint (autosaves->len, ==, 1);

  /* A new start, as the app makes it. */
  g_application_activate (G_APPLICATION (app));
  sp_test_wait_ms (300);
  restored = gtk_application_get_active_window (GTK_APPLICATION (app));
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore your unsaved answers?");
  save_screenshot (GTK_WIDGET (dialog), "restore-dialog");
  respond (dialog, "restore");

  assessment = sp_portfolio_get_assessment (sp_window_get_portfolio (SP_WINDOW (restored)));
  for (guint i = 0; i < sp_framework_get_n_items (sp_application_get_framework (app)); i++)
    g_assert_cmpint (sp_assessment_get_answer (assessment, i), ==,
                     i < CHILD_ANSWERS ? child_answer (i) : SP_ANSWER_NONE);
  g_assert_cmpstr (sp_plan_get_target (sp_portfolio_get_plan (
                     sp_window_get_portfolio (SP_WINDOW (restored)))), ==, "steward");
  g_assert_cmpstr (sp_window_get_page (SP_WINDOW (restored)), ==, "questionnaire");
  page = sp_test_find_widget (GTK_WIDGET (restored), SP_TYPE_QUESTIONNAIRE_PAGE);
  g_assert_cmpuint (sp_questionnaire_page_get_position (SP_QUESTIONNAIRE_PAGE (page)), ==,
                    CHILD_ANSWERS);
  g_assert_true (sp_window_has_unsaved (SP_WINDOW (restored)));
  save_screenshot (GTK_WIDGET (restored), "restored");

  /* Discarding for good removes the autosave. */
  gtk_window_close (restored);
  sp_test_wait_ms (100);
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  g_clear_pointer (&autosaves, g_ptr_array_unref);
  autosaves = list_autosaves ();
  g_assert_cmpuint (autosaves->len, ==, 0);
}

/* Saving to a place that cannot take the file (full: a file size limit,
 * which binds root too; then a folder that vanished) says why in a
 * dialog, keeps the answers and leaves the previous file as it was. */
static void
test_save_failure (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-gui-save-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ana.sseportfolio", NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "model", "files",
                                                    "example.sseportfolio", NULL);
  g_autofree char *original = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) autosaves = NULL;
  SpWindow *other = create_window (800, 600);
  SpAssessment *assessment;
  AdwMessageDialog *dialog;
  struct rlimit saved_limit, limited;
  void (*old_handler) (int);
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (example, &original, &length, NULL));
  g_assert_true (g_file_set_contents (path, original, length, NULL));
  g_assert_true (sp_window_open_file (other, file));
  assessment = sp_portfolio_get_assessment (sp_window_get_portfolio (other));
  for (guint i = 0; i < 30; i++)
    sp_assessment_set_answer (assessment, i, 3);
  g_assert_true (sp_window_has_unsaved (other));
  /* Let the autosave land first: the limit below would stop it too. */
  sp_test_wait_ms (SP_AUTOSAVE_DELAY_MS + 300);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  limited = saved_limit;
  limited.rlim_cur = 64;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  g_test_expect_message ("sp-window", G_LOG_LEVEL_WARNING, "Failed to save the portfolio: *");
  activate (other, "win.save");
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  signal (SIGXFSZ, old_handler);
  g_test_assert_expected_messages ();

  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Portfolio");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "ana.sseportfolio"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), g_strerror (EFBIG)));
  save_screenshot (GTK_WIDGET (dialog), "save-failed");
  respond (dialog, "close");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, original);
  g_assert_true (sp_window_has_unsaved (other));
  g_assert_cmpint (sp_assessment_get_answer (assessment, 29), ==, 3);

  /* The folder goes away (a USB stick pulled out). */
  remove_tree (dir);
  g_test_expect_message ("sp-window", G_LOG_LEVEL_WARNING, "Failed to save the portfolio: *");
  activate (other, "win.save");
  g_test_assert_expected_messages ();
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), g_strerror (ENOENT)));
  respond (dialog, "close");
  g_assert_true (sp_window_has_unsaved (other));
  g_assert_cmpint (sp_assessment_get_answer (assessment, 29), ==, 3);

  /* Meanwhile the autosave kept the answers; a save that works ends it. */
  autosaves = list_autosaves ();
  g_assert_cmpuint (autosaves->len, ==, 1);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  activate (other, "win.save");
  sp_test_wait_ms (200);
  g_assert_null (sp_test_find_message_dialog ());
  g_assert_false (sp_window_has_unsaved (other));
  g_clear_pointer (&autosaves, g_ptr_array_unref);
  autosaves = list_autosaves ();
  g_assert_cmpuint (autosaves->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (other));
  remove_tree (dir);
}

/* Each file of the hostile corpus, opened the way the Open dialog opens
 * it: refused with a dialog naming it, nothing changed, and quickly. */
static void
test_open_hostile (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", "hostile", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  SpWindow *other = create_window (800, 600);
  SpPortfolio *before = sp_window_get_portfolio (other);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AdwMessageDialog *dialog;
      gint64 start;

      /* The window opens portfolios; answers CSVs are for the command line. */
      if (!g_str_has_suffix (name, SP_PORTFOLIO_EXTENSION))
        continue;

      g_test_expect_message ("sp-window", G_LOG_LEVEL_WARNING, "Failed to open a portfolio: *");
      start = g_get_monotonic_time ();
      g_assert_false (sp_window_open_file (other, file));
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      g_test_assert_expected_messages ();

      g_assert_true (sp_window_get_portfolio (other) == before);
      g_assert_cmpuint (sp_assessment_count_given (sp_portfolio_get_assessment (before)), ==, 0);
      g_assert_cmpstr (sp_window_get_page (other), ==, "welcome");
      g_assert_false (sp_window_has_unsaved (other));
      dialog = sp_test_find_message_dialog ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
      respond (dialog, "close");
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 20);
  gtk_window_destroy (GTK_WINDOW (other));
}

/* A refused file is quoted in a dialog and changes nothing. */
static void
test_open_refused (void)
{
  g_autofree char *path = g_build_filename (output_dir, "refused.sseportfolio", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SpWindow *other = create_window (800, 600);
  SpPortfolio *before = sp_window_get_portfolio (other);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "<portfolio>\n<broken\n", -1, NULL));
  g_test_expect_message ("sp-window", G_LOG_LEVEL_WARNING, "Failed to open a portfolio: *");
  g_assert_false (sp_window_open_file (other, file));
  g_test_assert_expected_messages ();
  sp_test_wait_ms (100);
  g_assert_true (sp_window_get_portfolio (other) == before);
  wait_for_page (other, "welcome");
  g_assert_cmpstr (sp_window_get_page (other), ==, "welcome");

  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "refused.sseportfolio"));
  respond (dialog, "close");

  gtk_window_destroy (GTK_WINDOW (other));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = NULL;
  int status;

  /* Autosaves go to a folder of this run, never the person's own; the
   * killed child of /gui/restore-after-kill inherits it. */
  if (g_getenv ("SP_TEST_GUI_CHILD") == NULL)
    {
      state_dir = g_dir_make_tmp ("sp-gui-state-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
    }

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  output_dir = g_path_get_dirname (argv [0]);

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sp_application_get_framework (app));

  if (g_getenv ("SP_TEST_GUI_CHILD") != NULL)
    answer_and_die ();

  g_test_add_func ("/gui/restore-after-kill", test_restore_after_kill);
  g_test_add_func ("/gui/welcome", test_welcome);
  g_test_add_func ("/gui/questionnaire-memory", test_questionnaire_memory);
  g_test_add_func ("/gui/questionnaire-walk", test_questionnaire_walk);
  g_test_add_func ("/gui/result", test_result);
  g_test_add_func ("/gui/plan", test_plan);
  g_test_add_func ("/gui/plan-edit", test_plan_edit);
  g_test_add_func ("/gui/plan-goals", test_plan_goals);
  g_test_add_func ("/gui/activity-library", test_activity_library);
  g_test_add_func ("/gui/plan-reload", test_plan_reload);
  g_test_add_func ("/gui/export", test_export);
  g_test_add_func ("/gui/export-more", test_export_more);
  g_test_add_func ("/gui/compare", test_compare);
  g_test_add_func ("/gui/dark", test_dark);
  g_test_add_func ("/gui/close-unsaved", test_close_unsaved);
  g_test_add_func ("/gui/narrow", test_narrow);
  g_test_add_func ("/gui/open-refused", test_open_refused);
  g_test_add_func ("/gui/save-failure", test_save_failure);
  g_test_add_func ("/gui/open-hostile", test_open_hostile);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (output_dir);
  if (state_dir != NULL)
    remove_tree (state_dir);

  return status;
}
