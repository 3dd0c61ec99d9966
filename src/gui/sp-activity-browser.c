/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-activity-browser"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-activity-browser.h"
#include "sp-accessible.h"

#include "sp-activity-dialog.h"

struct _SpActivityBrowser
{
  AdwWindow        parent_instance;

  SpFramework     *framework;
  /* The activities shown, in list order (borrowed pointers). */
  GPtrArray       *shown;
  GPtrArray       *rows;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkDropDown     *topic_dropdown;
  GtkDropDown     *level_dropdown;
  GtkListBox      *list_box;
  GtkStack        *stack;
};

G_DEFINE_FINAL_TYPE (SpActivityBrowser, sp_activity_browser, ADW_TYPE_WINDOW)

enum {
  ACTIVITY_CHOSEN,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static gboolean
sp_activity_browser_matches (SpActivityBrowser *self,
                             const SpActivity  *activity)
{
  guint topic = gtk_drop_down_get_selected (self->topic_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);

  /* Item 0 of each drop-down is "all". */
  if (topic > 0 && topic != GTK_INVALID_LIST_POSITION &&
      (activity->topic == NULL || activity->topic->index != topic - 1))
    return FALSE;

  if (level > 0 && level != GTK_INVALID_LIST_POSITION && (guint) activity->level != level)
    return FALSE;

  return TRUE;
}

static char *
dup_subtitle (const SpActivity *activity)
{
  g_autofree char *duration = sp_activity_dup_duration_label (activity->duration);

  return g_strdup_printf ("%s · %s · %s · %s",
                          activity->topic != NULL ? activity->topic->name : "",
                          sp_level_get_label (activity->level), duration,
                          sp_group_size_get_label (activity->group));
}

static void
on_add_clicked_cb (GtkButton         *button,
                   SpActivityBrowser *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sp-index"));

  sp_activity_browser_choose (self, index);
}

static GtkWidget *
create_add_button (SpActivityBrowser *self,
                   const SpActivity  *activity,
                   guint              index)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add"));
  /* Translators: accessible name of a button, %s is an activity's title */
  g_autofree char *name = g_strdup_printf (_("Add “%s” to the goal"), activity->title);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Add to the goal as a course action"));
  sp_accessible_name_button (GTK_BUTTON (button), name);
  g_object_set_data (G_OBJECT (button), "sp-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_clicked_cb), self, 0);

  return button;
}

static GtkWidget *
create_row (SpActivityBrowser *self,
            const SpActivity  *activity,
            guint              index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = dup_subtitle (activity);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), activity->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_add_button (self, activity, index));

  return row;
}

static void
sp_activity_browser_update (SpActivityBrowser *self)
{
  guint n = sp_framework_get_n_activities (self->framework);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list_box, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->shown, 0);

  for (guint i = 0; i < n; i++)
    {
      const SpActivity *activity = sp_framework_get_activity (self->framework, i);
      GtkWidget *row;

      if (!sp_activity_browser_matches (self, activity))
        continue;

      row = create_row (self, activity, self->shown->len);
      g_ptr_array_add (self->shown, (gpointer) activity);
      g_ptr_array_add (self->rows, g_object_ref (row));
      gtk_list_box_append (self->list_box, row);
    }

  gtk_stack_set_visible_child_name (self->stack, self->shown->len > 0 ? "list" : "empty");
}

static void
on_filter_changed_cb (SpActivityBrowser *self)
{
  if (self->framework != NULL)
    sp_activity_browser_update (self);
}

static void
on_row_activated_cb (SpActivityBrowser *self,
                     GtkListBoxRow     *row)
{
  int index = gtk_list_box_row_get_index (row);
  GtkWidget *dialog;

  if (index < 0 || (guint) index >= self->shown->len)
    return;

  dialog = sp_activity_dialog_new (GTK_WINDOW (self), g_ptr_array_index (self->shown, index));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sp_activity_browser_fill_filters (SpActivityBrowser *self)
{
  g_autoptr(GtkStringList) topics = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_string_list_append (topics, _("All topics"));
  for (guint i = 0; i < sp_framework_get_n_topics (self->framework); i++)
    gtk_string_list_append (topics, sp_framework_get_topic (self->framework, i)->name);

  gtk_string_list_append (levels, _("All levels"));
  for (SpLevel level = SP_LEVEL_FIRST_STEPS; level <= SP_LEVEL_LEADING; level++)
    gtk_string_list_append (levels, sp_level_get_label (level));

  gtk_drop_down_set_model (self->topic_dropdown, G_LIST_MODEL (topics));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
}

static void
sp_activity_browser_dispose (GObject *object)
{
  SpActivityBrowser *self = SP_ACTIVITY_BROWSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_ACTIVITY_BROWSER);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (sp_activity_browser_parent_class)->dispose (object);
}

static void
sp_activity_browser_class_init (SpActivityBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_activity_browser_dispose;

  /**
   * SpActivityBrowser::activity-chosen:
   * @id: the activity's id
   *
   * The person asked to add the activity to the goal.
   */
  signals [ACTIVITY_CHOSEN] =
    g_signal_new ("activity-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-activity-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, list_box);
  gtk_widget_class_bind_template_child (widget_class, SpActivityBrowser, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sp_activity_browser_init (SpActivityBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));

  self->shown = g_ptr_array_new ();
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sp_activity_browser_new:
 * @parent: (nullable): the window it belongs to
 * @framework: whose library to show
 * @goal_title: (nullable): the goal chosen activities go to
 *
 * Returns: (transfer floating): a modal window; present it.
 */
GtkWidget *
sp_activity_browser_new (GtkWindow   *parent,
                         SpFramework *framework,
                         const char  *goal_title)
{
  SpActivityBrowser *self;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (SP_TYPE_ACTIVITY_BROWSER,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  if (goal_title != NULL)
    adw_window_title_set_subtitle (self->window_title, goal_title);

  self->framework = g_object_ref (framework);
  sp_activity_browser_fill_filters (self);
  sp_activity_browser_update (self);

  return GTK_WIDGET (self);
}

void
sp_activity_browser_set_level (SpActivityBrowser *self,
                               SpLevel            level)
{
  g_return_if_fail (SP_IS_ACTIVITY_BROWSER (self));
  g_return_if_fail (level <= SP_LEVEL_LEADING);

  gtk_drop_down_set_selected (self->level_dropdown, level);
}

guint
sp_activity_browser_get_n_shown (SpActivityBrowser *self)
{
  g_return_val_if_fail (SP_IS_ACTIVITY_BROWSER (self), 0);

  return self->shown->len;
}

void
sp_activity_browser_choose (SpActivityBrowser *self,
                            guint              index)
{
  const SpActivity *activity;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (SP_IS_ACTIVITY_BROWSER (self));
  g_return_if_fail (index < self->shown->len);

  activity = g_ptr_array_index (self->shown, index);
  g_signal_emit (self, signals [ACTIVITY_CHOSEN], 0, activity->id);

  /* Toast titles are markup. */
  escaped = g_markup_escape_text (activity->title, -1);
  /* Translators: %s is an activity's title */
  title = g_strdup_printf (_("“%s” added to the goal"), escaped);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}
