/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-welcome-page.h"
#include "sp-accessible.h"
#include "sp-avatar.h"

#define AVATAR_SIZE 64
#define UI_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/sp-welcome-page.ui"

struct _SpWelcomePage
{
  AdwBin      parent_instance;

  GtkLabel   *title_label;
  GtkFlowBox *profiles_box;
  GtkButton  *start_button;
};

G_DEFINE_FINAL_TYPE (SpWelcomePage, sp_welcome_page, ADW_TYPE_BIN)

static GtkWidget *
create_profile_tile (SpFramework     *framework,
                     const SpProfile *profile)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *avatar = sp_avatar_new ();
  GtkWidget *label = gtk_label_new (profile->name);
  GtkWidget *child = gtk_flow_box_child_new ();

  sp_avatar_set_size (SP_AVATAR (avatar), AVATAR_SIZE);
  sp_avatar_set_profile (SP_AVATAR (avatar), framework, profile);
  gtk_widget_set_halign (avatar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (avatar),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, profile->tagline,
                                  -1);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  /* Narrow enough for three tiles in a row on a phone-sized window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 11);
  gtk_widget_add_css_class (label, "caption-heading");

  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), label);

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_set_tooltip_text (child, profile->tagline);
  gtk_widget_set_focusable (child, FALSE);
  gtk_widget_add_css_class (child, "profile-tile");

  return child;
}

static void
sp_welcome_page_map (GtkWidget *widget)
{
  SpWelcomePage *self = SP_WELCOME_PAGE (widget);

  GTK_WIDGET_CLASS (sp_welcome_page_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
sp_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SP_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (sp_welcome_page_parent_class)->dispose (object);
}

static void
sp_welcome_page_class_init (SpWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_welcome_page_dispose;
  widget_class->map = sp_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE_PATH);
  gtk_widget_class_bind_template_child (widget_class, SpWelcomePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SpWelcomePage, profiles_box);
  gtk_widget_class_bind_template_child (widget_class, SpWelcomePage, start_button);
}

static void
sp_welcome_page_init (SpWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
}

void
sp_welcome_page_set_framework (SpWelcomePage *self,
                               SpFramework   *framework)
{
  GtkWidget *child;

  g_return_if_fail (SP_IS_WELCOME_PAGE (self));
  g_return_if_fail (SP_IS_FRAMEWORK (framework));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->profiles_box))) != NULL)
    gtk_flow_box_remove (self->profiles_box, child);

  for (guint i = 0; i < sp_framework_get_n_profiles (framework); i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i);

      gtk_flow_box_append (self->profiles_box, create_profile_tile (framework, profile));
    }
}
