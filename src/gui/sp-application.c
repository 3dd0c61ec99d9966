/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-application.h"
#include "sp-cli.h"
#include "sp-language.h"
#include "sp-resources.h"
#include "sp-team-window.h"
#include "sp-window.h"

struct _SpApplication
{
  AdwApplication  parent_instance;

  SpFramework    *framework;
  char           *framework_dir;
  GError         *framework_error;
  gboolean        restore_offered;
};

G_DEFINE_FINAL_TYPE (SpApplication, sp_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels [3];
} accelerators [] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.start", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.export-pdf", { "<Control>e", NULL } },
  { "win.go-back", { "<Alt>Left", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", "<Control>y", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved answers. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers [] = { "SSE Portfolio developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("SSE Portfolio"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "SSE Portfolio developers",
                        "developers", developers,
                        "copyright", "© 2024 SSE Portfolio developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Find your role in the social and solidarity economy "
                                      "and plan what to learn next. Three questionnaires "
                                      "match you to one of ten profiles, explain the match "
                                      "and turn your gaps into a development plan."),
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The state is the language chosen when the app started; it changes only
 * when the app starts again. */
static void
language_change_state (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (action));
  const char *code = g_variant_get_string (value, NULL);

  if (sp_language_lookup (code) == NULL ||
      g_strcmp0 (code, g_variant_get_string (state, NULL)) == 0)
    return;

  if (SP_IS_WINDOW (window))
    sp_window_change_language (SP_WINDOW (window), code);
}

static SpFramework *ensure_framework (SpApplication *self);

static void
team_audit_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  SpApplication *self = user_data;
  SpFramework *framework = ensure_framework (self);

  if (framework != NULL)
    gtk_window_present (GTK_WINDOW (sp_team_window_new (self, framework)));
}

static const GActionEntry app_actions [] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
  { .name = "language", .parameter_type = "s", .state = "''",
    .change_state = language_change_state },
  { .name = "team-audit", .activate = team_audit_action },
};

/* The framework is loaded once, on the first window, not at start-up of a
 * command-line run. A failure is kept and shown to the person. */
static SpFramework *
ensure_framework (SpApplication *self)
{
  if (self->framework != NULL || self->framework_error != NULL)
    return self->framework;

  if (self->framework_dir != NULL)
    self->framework = sp_framework_new_from_directory (self->framework_dir,
                                                       &self->framework_error);
  else
    self->framework = sp_framework_new_default (&self->framework_error);

  if (self->framework == NULL)
    g_warning ("Failed to load the framework: %s", self->framework_error->message);

  return self->framework;
}

static void
show_framework_error (SpApplication *self)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("The competence framework could not be read, so the "
                            "questionnaires cannot be shown.\n\n%s"),
                          self->framework_error->message);
  dialog = adw_message_dialog_new (NULL, _("Could Not Load the Framework"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Quit"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static SpWindow *
create_window (SpApplication *self)
{
  SpFramework *framework = ensure_framework (self);

  if (framework == NULL)
    {
      show_framework_error (self);
      return NULL;
    }

  return sp_window_new (self, framework);
}

static int
sp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SpApplication *self = SP_APPLICATION (app);
  int status;

  g_variant_dict_lookup (options, "framework", "^ay", &self->framework_dir);

  status = sp_cli_run (options);
  if (status != -1)
    return status;

  return sp_cli_open_files (app, options);
}

static void
sp_application_startup (GApplication *app)
{
  g_autofree char *language = NULL;

  G_APPLICATION_CLASS (sp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  language = sp_language_dup_choice ();
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app),
                                                                          "language")),
                             g_variant_new_string (language));

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accelerators [i].action,
                                           accelerators [i].accels);
}

static void
sp_application_activate (GApplication *app)
{
  SpApplication *self = SP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (create_window (self));

  if (window != NULL)
    gtk_window_present (window);

  /* Answers left by a crash are offered once, at the first start. */
  if (window != NULL && !self->restore_offered)
    {
      self->restore_offered = TRUE;
      sp_window_offer_restore (SP_WINDOW (window), NULL);
    }
}

static void
sp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SpApplication *self = SP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      SpWindow *window = create_window (self);

      if (window == NULL)
        return;

      sp_window_open_file (window, files [i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
sp_application_finalize (GObject *object)
{
  SpApplication *self = SP_APPLICATION (object);

  g_clear_object (&self->framework);
  g_clear_pointer (&self->framework_dir, g_free);
  g_clear_error (&self->framework_error);

  G_OBJECT_CLASS (sp_application_parent_class)->finalize (object);
}

static void
sp_application_class_init (SpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sp_application_finalize;
  app_class->handle_local_options = sp_application_handle_local_options;
  app_class->startup = sp_application_startup;
  app_class->activate = sp_application_activate;
  app_class->open = sp_application_open;
}

static void
sp_application_init (SpApplication *self)
{
  /* Keeps the UI resources of the static library in the binary. */
  (void) sp_ui_get_resource ();

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
  g_return_val_if_fail (SP_IS_APPLICATION (self), NULL);

  return ensure_framework (self);
}
