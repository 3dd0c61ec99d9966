/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-application.h"
#include "sp-cli.h"

struct _SpApplication
{
  AdwApplication  parent_instance;

  SpFramework    *framework;
  char           *framework_dir;
};

G_DEFINE_FINAL_TYPE (SpApplication, sp_application, ADW_TYPE_APPLICATION)

static int
sp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SpApplication *self = SP_APPLICATION (app);

  g_variant_dict_lookup (options, "framework", "^ay", &self->framework_dir);

  return sp_cli_run (options);
}

static void
sp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
sp_application_finalize (GObject *object)
{
  SpApplication *self = SP_APPLICATION (object);

  g_clear_object (&self->framework);
  g_clear_pointer (&self->framework_dir, g_free);

  G_OBJECT_CLASS (sp_application_parent_class)->finalize (object);
}

static void
sp_application_class_init (SpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sp_application_finalize;
  app_class->handle_local_options = sp_application_handle_local_options;
  app_class->activate = sp_application_activate;
}

static void
sp_application_init (SpApplication *self)
{
  sp_cli_add_options (G_APPLICATION (self));
}

SpApplication *
sp_application_new (void)
{
  return g_object_new (SP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/sseportfolio/Portfolio",
                       NULL);
}

SpFramework *
sp_application_get_framework (SpApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SP_IS_APPLICATION (self), NULL);

  if (self->framework != NULL)
    return self->framework;

  if (self->framework_dir != NULL)
    self->framework = sp_framework_new_from_directory (self->framework_dir, &error);
  else
    self->framework = sp_framework_new_default (&error);

  if (self->framework == NULL)
    g_critical ("Failed to load the framework: %s", error->message);

  return self->framework;
}
