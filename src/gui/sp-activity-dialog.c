/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-activity-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-activity-dialog.h"
#include "sp-accessible.h"

struct _SpActivityDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkLabel            *title_label;
  GtkLabel            *summary_label;
  AdwActionRow        *topic_row;
  AdwActionRow        *level_row;
  AdwActionRow        *duration_row;
  AdwActionRow        *group_row;
  AdwActionRow        *competences_row;
  GtkLabel            *needs_label;
  GtkBox              *steps_box;
  GtkLabel            *reflection_label;
};

G_DEFINE_FINAL_TYPE (SpActivityDialog, sp_activity_dialog, ADW_TYPE_WINDOW)

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

/* Group sizes are worded for inside a sentence ("in pairs"); a value on
 * its own starts with a capital. */
static char *
dup_capitalized (const char *text)
{
  g_autofree char *first = g_utf8_strup (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static char *
dup_competence_names (const SpActivity *activity)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < activity->n_competences; i++)
    g_strv_builder_add (builder, activity->competences[i]->name);
  names = g_strv_builder_end (builder);

  return g_strjoinv (", ", names);
}

static GtkWidget *
create_step (guint       number,
             const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  GtkWidget *number_label = gtk_label_new (number_text);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_widget_add_css_class (number_label, "activity-step-number");
  gtk_widget_set_valign (number_label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_widget_set_hexpand (text_label, TRUE);

  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), text_label);

  return box;
}

static void
sp_activity_dialog_fill (SpActivityDialog *self,
                         const SpActivity *activity)
{
  g_autofree char *duration = sp_activity_dup_duration_label (activity->duration);
  g_autofree char *competences = dup_competence_names (activity);
  g_autofree char *group = dup_capitalized (sp_group_size_get_label (activity->group));

  adw_window_title_set_subtitle (self->window_title, activity->title);
  gtk_label_set_label (self->title_label, activity->title);
  gtk_label_set_label (self->summary_label, activity->summary != NULL ? activity->summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), activity->summary != NULL);
  set_row_value (self->topic_row, activity->topic != NULL ? activity->topic->name : NULL);
  set_row_value (self->level_row, sp_level_get_label (activity->level));
  set_row_value (self->duration_row, duration);
  set_row_value (self->group_row, group);
  set_row_value (self->competences_row, competences);
  gtk_label_set_label (self->needs_label,
                       activity->needs != NULL ? activity->needs : _("Nothing special"));
  gtk_label_set_label (self->reflection_label,
                       activity->reflection != NULL ? activity->reflection : "");

  for (guint i = 0; activity->steps != NULL && activity->steps[i] != NULL; i++)
    gtk_box_append (self->steps_box, create_step (i + 1, activity->steps[i]));
}

static void
sp_activity_dialog_class_init (SpActivityDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, group_row);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, competences_row);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, needs_label);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, steps_box);
  gtk_widget_class_bind_template_child (widget_class, SpActivityDialog, reflection_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sp_activity_dialog_init (SpActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
}

/**
 * sp_activity_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @activity: the activity to show
 *
 * Returns: (transfer floating): a modal window; present it.
 */
GtkWidget *
sp_activity_dialog_new (GtkWindow        *parent,
                        const SpActivity *activity)
{
  SpActivityDialog *self;

  g_return_val_if_fail (activity != NULL, NULL);

  self = g_object_new (SP_TYPE_ACTIVITY_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  sp_activity_dialog_fill (self, activity);

  return GTK_WIDGET (self);
}

char *
sp_activity_dup_duration_label (guint minutes)
{
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes),
                            minutes);

  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", minutes / 60),
                            minutes / 60);

  /* Translators: a duration in hours and minutes, e.g. "1 h 30 min" */
  return g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
}
