/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-share-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-share-dialog.h"
#include "sp-accessible.h"

#include "sp-share.h"

#define UI_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/sp-team-share-dialog.ui"

struct _SpTeamShareDialog
{
  AdwMessageDialog      parent_instance;

  AdwEntryRow          *name_row;
  AdwActionRow         *consent_row;
  GtkSwitch            *consent_switch;

  SpPortfolio          *portfolio;
  GtkWindow            *parent;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SpTeamShareDialog, sp_team_share_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SHARED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static char *
dup_name (SpTeamShareDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

/* Consent without a name means nothing: the switch waits for a name. */
static void
on_name_row_changed_cb (SpTeamShareDialog *self)
{
  g_autofree char *name = dup_name (self);
  gboolean has_name = name [0] != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->consent_row), has_name);
  if (!has_name)
    gtk_switch_set_active (self->consent_switch, FALSE);
}

/* An earlier share in the same place lends its member id. */
static char *
dup_member_id (const char *path)
{
  g_autoptr(SpShare) earlier = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    earlier = sp_share_load (path, NULL);

  if (earlier != NULL)
    return g_strdup (sp_share_get_member_id (earlier));

  return sp_share_new_member_id ();
}

static void
show_write_error (SpTeamShareDialog *self,
                  const char        *message)
{
  GtkWidget *dialog = adw_message_dialog_new (self->parent, _("Could Not Save the Share File"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static GFile *
dup_chosen_file (GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *basename = g_file_get_basename (chosen);
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;

  if (g_str_has_suffix (basename, SP_SHARE_EXTENSION))
    return g_steal_pointer (&chosen);

  name = g_strconcat (basename, SP_SHARE_EXTENSION, NULL);
  parent = g_file_get_parent (chosen);

  return g_file_get_child (parent, name);
}

/* The dialog lived on, hidden, for the chooser; it goes with it. */
static void
on_chooser_response_cb (SpTeamShareDialog    *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = dup_chosen_file (chooser);
      if (!sp_team_share_dialog_write (self, file, &error))
        {
          g_warning ("Failed to save a share: %s", error->message);
          show_write_error (self, error->message);
        }
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_chooser (SpTeamShareDialog *self)
{
  g_autofree char *name = dup_name (self);
  g_autofree char *file_name = NULL;
  GtkFileFilter *filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Save Share File"), self->parent,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Share files"));
  gtk_file_filter_add_pattern (filter, "*" SP_SHARE_EXTENSION);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);

  file_name = g_strconcat (name [0] != '\0' ? name : _("My share"), SP_SHARE_EXTENSION, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Closing only hides the dialog (hide-on-close), so it outlives its
 * buttons while the chooser is open. */
static void
on_response_cb (SpTeamShareDialog *self,
                const char        *response)
{
  if (g_strcmp0 (response, "share") == 0)
    show_chooser (self);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
sp_team_share_dialog_dispose (GObject *object)
{
  SpTeamShareDialog *self = SP_TEAM_SHARE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->portfolio);
  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_TEAM_SHARE_DIALOG);

  G_OBJECT_CLASS (sp_team_share_dialog_parent_class)->dispose (object);
}

static void
sp_team_share_dialog_class_init (SpTeamShareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_team_share_dialog_dispose;

  /**
   * SpTeamShareDialog::shared:
   * @file: the share file written
   *
   * The share is written.
   */
  signals [SHARED] = g_signal_new ("shared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE_PATH);
  gtk_widget_class_bind_template_child (widget_class, SpTeamShareDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, SpTeamShareDialog, consent_row);
  gtk_widget_class_bind_template_child (widget_class, SpTeamShareDialog, consent_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
}

static void
sp_team_share_dialog_init (SpTeamShareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
  gtk_window_set_hide_on_close (GTK_WINDOW (self), TRUE);
  on_name_row_changed_cb (self);
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), NULL);
}

/**
 * sp_team_share_dialog_new:
 * @parent: the portfolio's window
 * @portfolio: whose assessment to share
 *
 * Returns: (transfer none): a new dialog, transient for @parent
 */
SpTeamShareDialog *
sp_team_share_dialog_new (GtkWindow   *parent,
                          SpPortfolio *portfolio)
{
  SpTeamShareDialog *self;
  const char *name;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SP_IS_PORTFOLIO (portfolio), NULL);

  self = g_object_new (SP_TYPE_TEAM_SHARE_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->portfolio = g_object_ref (portfolio);
  g_set_weak_pointer (&self->parent, parent);

  name = sp_portfolio_get_name (portfolio);
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);

  return self;
}

void
sp_team_share_dialog_set_member (SpTeamShareDialog *self,
                                 const char        *name,
                                 gboolean           show_name)
{
  g_return_if_fail (SP_IS_TEAM_SHARE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  gtk_switch_set_active (self->consent_switch, show_name);
}

gboolean
sp_team_share_dialog_write (SpTeamShareDialog  *self,
                            GFile              *file,
                            GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *member_id = NULL;
  g_autoptr(SpShare) share = NULL;

  g_return_val_if_fail (SP_IS_TEAM_SHARE_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only files on this computer can be written."));
      return FALSE;
    }

  name = dup_name (self);
  member_id = dup_member_id (path);
  share = sp_share_new (sp_portfolio_get_assessment (self->portfolio), member_id, name,
                        gtk_switch_get_active (self->consent_switch));
  if (!sp_share_save (share, path, error))
    return FALSE;

  g_signal_emit (self, signals [SHARED], 0, file);

  return TRUE;
}
