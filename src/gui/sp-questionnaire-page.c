/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-questionnaire-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-questionnaire-page.h"
#include "sp-accessible.h"

/* Long enough to see the choice, short enough not to wait for it. */
#define ADVANCE_DELAY_MS 250

#define UI_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/sp-questionnaire-page.ui"

struct _SpQuestionnairePage
{
  AdwBin             parent_instance;

  GtkProgressBar    *progress_bar;
  GtkScrolledWindow *scrolled_window;
  GtkBox            *intro_box;
  GtkLabel          *block_title_label;
  GtkLabel          *intro_label;
  GtkLabel          *position_label;
  GtkLabel          *item_label;
  GtkBox            *options_box;
  GtkCheckButton    *skip_button;
  GtkButton         *previous_button;
  GtkButton         *next_button;
  GtkButton         *result_button;

  GtkCheckButton    *options [SP_SCALE_MAX + 1];
  GtkLabel          *option_labels [SP_SCALE_MAX + 1];

  SpAssessment      *assessment;
  guint              position;
  guint              advance_id;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (SpQuestionnairePage, sp_questionnaire_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static guint
get_n_items (SpQuestionnairePage *self)
{
  if (self->assessment == NULL)
    return 0;

  return sp_framework_get_n_items (sp_assessment_get_framework (self->assessment));
}

static GtkCheckButton *
get_button_for_answer (SpQuestionnairePage *self,
                       int                  answer)
{
  if (answer == SP_ANSWER_SKIP)
    return self->skip_button;

  if (answer >= SP_SCALE_MIN && answer <= SP_SCALE_MAX)
    return self->options [answer];

  return NULL;
}

/* Shows the stored answer of the current item, and nothing else, without
 * treating the change as a new choice. */
static void
sync_options (SpQuestionnairePage *self)
{
  int answer = sp_assessment_get_answer (self->assessment, self->position);
  GtkCheckButton *chosen = get_button_for_answer (self, answer);

  self->updating = TRUE;

  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    gtk_check_button_set_active (self->options [value], self->options [value] == chosen);
  gtk_check_button_set_active (self->skip_button, self->skip_button == chosen);

  self->updating = FALSE;
}

static void
focus_options (SpQuestionnairePage *self)
{
  int answer = sp_assessment_get_answer (self->assessment, self->position);
  GtkCheckButton *chosen = get_button_for_answer (self, answer);

  if (chosen == NULL)
    chosen = self->options [SP_SCALE_MIN];

  gtk_widget_grab_focus (GTK_WIDGET (chosen));
}

static void
update_navigation (SpQuestionnairePage *self)
{
  guint n_items = get_n_items (self);
  gboolean last = self->position + 1 >= n_items;
  gboolean complete = sp_assessment_get_first_open (self->assessment) >= n_items;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire.next", !last);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !last);
  gtk_widget_set_visible (GTK_WIDGET (self->result_button), last || complete);
}

static void
update_texts (SpQuestionnairePage *self)
{
  SpFramework *framework = sp_assessment_get_framework (self->assessment);
  const SpItem *item = sp_framework_get_item (framework, self->position);
  guint start = sp_framework_get_dimension_start (framework, item->dimension);
  guint n_block = sp_framework_get_dimension_n_items (framework, item->dimension);
  const char *title = sp_framework_get_questionnaire_title (framework, item->dimension);
  g_autofree char *position = NULL;

  /* Translators: "Question 12 of 52 · What you know" */
  position = g_strdup_printf (_("Question %u of %u · %s"),
                              self->position - start + 1, n_block, title);

  gtk_label_set_label (self->block_title_label, title);
  gtk_label_set_label (self->intro_label,
                       sp_framework_get_questionnaire_intro (framework, item->dimension));
  gtk_widget_set_visible (GTK_WIDGET (self->intro_box), self->position == start);
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->item_label, item->text);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 (double) (self->position + 1) / get_n_items (self));

  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->options [value]),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, item->text,
                                    -1);
}

static void
show_item (SpQuestionnairePage *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

  g_clear_handle_id (&self->advance_id, g_source_remove);

  update_texts (self);
  sync_options (self);
  update_navigation (self);

  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  focus_options (self);
}

static gboolean
advance_cb (gpointer user_data)
{
  SpQuestionnairePage *self = user_data;

  self->advance_id = 0;
  sp_questionnaire_page_set_position (self, self->position + 1);

  return G_SOURCE_REMOVE;
}

static void
choose_answer (SpQuestionnairePage *self,
               int                  answer)
{
  g_assert (answer == SP_ANSWER_SKIP || (answer >= SP_SCALE_MIN && answer <= SP_SCALE_MAX));

  if (self->assessment == NULL)
    return;

  g_clear_handle_id (&self->advance_id, g_source_remove);

  sp_assessment_set_answer (self->assessment, self->position, answer);
  sync_options (self);
  update_navigation (self);
  focus_options (self);

  if (self->position + 1 < get_n_items (self))
    self->advance_id = g_timeout_add (ADVANCE_DELAY_MS, advance_cb, self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->result_button));
}

static void
on_option_toggled_cb (GtkCheckButton      *button,
                      SpQuestionnairePage *self)
{
  if (self->updating || !gtk_check_button_get_active (button))
    return;

  choose_answer (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "sp-answer")));
}

static void
on_skip_button_toggled_cb (SpQuestionnairePage *self,
                           GtkCheckButton      *button)
{
  if (self->updating || !gtk_check_button_get_active (button))
    return;

  choose_answer (self, SP_ANSWER_SKIP);
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SpQuestionnairePage *self = SP_QUESTIONNAIRE_PAGE (widget);
  int answer = g_variant_get_int32 (parameter);

  if (answer != SP_ANSWER_SKIP && (answer < SP_SCALE_MIN || answer > SP_SCALE_MAX))
    return;

  choose_answer (self, answer);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sp_questionnaire_page_go_previous (SP_QUESTIONNAIRE_PAGE (widget));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpQuestionnairePage *self = SP_QUESTIONNAIRE_PAGE (widget);

  if (self->position + 1 < get_n_items (self))
    sp_questionnaire_page_set_position (self, self->position + 1);
}

/* Enter moves on, unless a push button has the focus: that button keeps
 * its own meaning. At the last item it opens the result. */
static gboolean
on_enter_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SpQuestionnairePage *self = SP_QUESTIONNAIRE_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (self->assessment == NULL || GTK_IS_BUTTON (focus))
    return FALSE;

  if (self->position + 1 < get_n_items (self))
    return gtk_widget_activate_action (widget, "questionnaire.next", NULL);

  return gtk_widget_activate_action (widget, "win.show-result", NULL);
}

static GtkCheckButton *
create_option (SpQuestionnairePage *self,
               int                  value)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *key_text = g_strdup_printf ("%d", value);
  GtkWidget *key = gtk_label_new (key_text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "numeric");
  gtk_widget_set_tooltip_text (key, _("Press this key to choose"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), key);

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), box);
  if (value != SP_SCALE_MIN)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), self->options [SP_SCALE_MIN]);
  g_object_set_data (G_OBJECT (button), "sp-answer", GINT_TO_POINTER (value));
  g_signal_connect_object (button, "toggled", G_CALLBACK (on_option_toggled_cb), self, 0);

  if (value != SP_SCALE_MIN)
    gtk_box_append (self->options_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (self->options_box, button);

  self->option_labels [value] = GTK_LABEL (label);

  return GTK_CHECK_BUTTON (button);
}

static void
create_enter_shortcut (SpQuestionnairePage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutAction *action = gtk_callback_action_new (on_enter_cb, NULL, NULL);
  GtkShortcutTrigger *trigger;

  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, action));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
set_option_labels (SpQuestionnairePage *self,
                   SpFramework         *framework)
{
  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    {
      const char *text = sp_framework_get_scale_label (framework, value);

      gtk_label_set_label (self->option_labels [value], text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->options [value]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }

  gtk_check_button_set_label (self->skip_button, sp_framework_get_skip_label (framework));
}

static void
sp_questionnaire_page_dispose (GObject *object)
{
  SpQuestionnairePage *self = SP_QUESTIONNAIRE_PAGE (object);

  g_clear_handle_id (&self->advance_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_QUESTIONNAIRE_PAGE);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sp_questionnaire_page_parent_class)->dispose (object);
}

static void
sp_questionnaire_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SpQuestionnairePage *self = SP_QUESTIONNAIRE_PAGE (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_key (GtkWidgetClass *widget_class,
         guint           keyval,
         GdkModifierType modifiers,
         const char     *action,
         int             answer)
{
  if (answer == SP_ANSWER_NONE)
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, NULL);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, "i", answer);
}

static void
add_keys (GtkWidgetClass *widget_class)
{
  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    {
      add_key (widget_class, GDK_KEY_0 + value, 0, "questionnaire.answer", value);
      add_key (widget_class, GDK_KEY_KP_0 + value, 0, "questionnaire.answer", value);
    }

  add_key (widget_class, GDK_KEY_s, 0, "questionnaire.answer", SP_ANSWER_SKIP);
  add_key (widget_class, GDK_KEY_0, 0, "questionnaire.answer", SP_ANSWER_SKIP);
  add_key (widget_class, GDK_KEY_KP_0, 0, "questionnaire.answer", SP_ANSWER_SKIP);
  add_key (widget_class, GDK_KEY_Page_Up, 0, "questionnaire.previous", SP_ANSWER_NONE);
  add_key (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "questionnaire.previous", SP_ANSWER_NONE);
  add_key (widget_class, GDK_KEY_Page_Down, 0, "questionnaire.next", SP_ANSWER_NONE);
  add_key (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "questionnaire.next", SP_ANSWER_NONE);
}

static void
sp_questionnaire_page_class_init (SpQuestionnairePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_questionnaire_page_dispose;
  object_class->get_property = sp_questionnaire_page_get_property;

  /**
   * SpQuestionnairePage:position:
   *
   * The index of the item shown.
   */
  properties [PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE_PATH);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, intro_box);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, block_title_label);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, position_label);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, item_label);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, options_box);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, next_button);
  gtk_widget_class_bind_template_child (widget_class, SpQuestionnairePage, result_button);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_button_toggled_cb);

  gtk_widget_class_install_action (widget_class, "questionnaire.answer", "i", answer_action);
  gtk_widget_class_install_action (widget_class, "questionnaire.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "questionnaire.next", NULL, next_action);
  add_keys (widget_class);
}

static void
sp_questionnaire_page_init (SpQuestionnairePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));

  for (int value = SP_SCALE_MIN; value <= SP_SCALE_MAX; value++)
    self->options [value] = create_option (self, value);
  gtk_check_button_set_group (self->skip_button, self->options [SP_SCALE_MIN]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->skip_button),
                                  GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "S",
                                  -1);

  create_enter_shortcut (self);
}

void
sp_questionnaire_page_set_assessment (SpQuestionnairePage *self,
                                      SpAssessment        *assessment)
{
  SpFramework *framework;
  guint first_open;

  g_return_if_fail (SP_IS_QUESTIONNAIRE_PAGE (self));
  g_return_if_fail (SP_IS_ASSESSMENT (assessment));

  g_set_object (&self->assessment, assessment);
  framework = sp_assessment_get_framework (assessment);
  set_option_labels (self, framework);

  first_open = sp_assessment_get_first_open (assessment);
  self->position = MIN (first_open, get_n_items (self) - 1);
  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
}

SpAssessment *
sp_questionnaire_page_get_assessment (SpQuestionnairePage *self)
{
  g_return_val_if_fail (SP_IS_QUESTIONNAIRE_PAGE (self), NULL);

  return self->assessment;
}

guint
sp_questionnaire_page_get_position (SpQuestionnairePage *self)
{
  g_return_val_if_fail (SP_IS_QUESTIONNAIRE_PAGE (self), 0);

  return self->position;
}

void
sp_questionnaire_page_set_position (SpQuestionnairePage *self,
                                    guint                position)
{
  g_return_if_fail (SP_IS_QUESTIONNAIRE_PAGE (self));
  g_return_if_fail (self->assessment != NULL);
  g_return_if_fail (position < get_n_items (self));

  self->position = position;
  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
}

gboolean
sp_questionnaire_page_go_previous (SpQuestionnairePage *self)
{
  g_return_val_if_fail (SP_IS_QUESTIONNAIRE_PAGE (self), FALSE);

  if (self->assessment == NULL || self->position == 0)
    return FALSE;

  sp_questionnaire_page_set_position (self, self->position - 1);

  return TRUE;
}
