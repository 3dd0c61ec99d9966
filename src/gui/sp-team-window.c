/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-window.h"
#include "sp-accessible.h"

#include "sp-team-export.h"
#include "sp-team-loader.h"
#include "sp-team-view.h"

#include <math.h>

#define UI_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/sp-team-window.ui"
#define PROGRESS_INTERVAL_MS 100

/* The levels offered in the settings, as score bands' lower bounds. */
static const double levels [] = { 25.0, 50.0, 75.0 };

struct _SpTeamWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkSpinButton        *min_group_spin;
  AdwComboRow          *level_row;
  AdwSplitButton       *add_button;
  GtkStack             *stack;
  AdwStatusPage        *merging_page;
  GtkProgressBar       *progress_bar;
  SpTeamView           *team_view;

  SpFramework          *framework;
  SpTeam               *team;
  SpTeam               *end;
  GFile                *file;
  GtkNativeDialog      *chooser;

  /* The running merge. */
  SpTeamLoader         *loader;
  GCancellable         *cancellable;
  gboolean              loading_end;
  guint                 progress_id;

  gboolean              dirty;
  gboolean              syncing;
  gboolean              close_after_save;
};

G_DEFINE_FINAL_TYPE (SpTeamWindow, sp_team_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void set_team (SpTeamWindow *self,
                      SpTeam       *team,
                      GFile        *file);

/* Messages to the person */

static void
show_error (SpTeamWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (SpTeamWindow *self,
            const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_written_toast (SpTeamWindow *self,
                    const char   *title,
                    GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "team.launch-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* State */

static void
update_title (SpTeamWindow *self)
{
  guint n = sp_team_get_n_members (self->team);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, SP_TEAM_EXTENSION))
        basename [strlen (basename) - strlen (SP_TEAM_EXTENSION)] = '\0';
      title = g_strdup_printf ("%s%s", self->dirty ? "• " : "", basename);
    }
  else
    {
      title = g_strdup (_("Team Audit"));
    }

  if (n > 0)
    subtitle = g_strdup_printf (g_dngettext (NULL, "%u member", "%u members", n), n);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (SpTeamWindow *self)
{
  gboolean busy = self->loader != NULL;
  gboolean has_members = sp_team_get_n_members (self->team) > 0;
  static const char *while_idle [] = {
    "team.add-files", "team.add-folder", "team.open", "team.dismiss-report",
  };
  static const char *with_members [] = {
    "team.save", "team.save-as", "team.compare", "team.export-pdf", "team.export-csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (while_idle); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), while_idle [i], !busy);
  for (guint i = 0; i < G_N_ELEMENTS (with_members); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), with_members [i], !busy && has_members);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.stop-comparing",
                                 !busy && self->end != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.cancel", busy);
}

static gboolean
has_report (SpTeamWindow *self)
{
  return sp_team_view_section_is_visible (self->team_view, "report");
}

static void
update_page (SpTeamWindow *self)
{
  const char *page = "audit";

  if (self->loader != NULL)
    page = "merging";
  else if (sp_team_get_n_members (self->team) == 0 && !has_report (self))
    page = "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
update_state (SpTeamWindow *self)
{
  update_title (self);
  update_actions (self);
  update_page (self);
}

static void
sync_settings (SpTeamWindow *self)
{
  double level = sp_team_get_required_level (self->team);
  guint nearest = 0;

  for (guint i = 1; i < G_N_ELEMENTS (levels); i++)
    if (fabs (levels [i] - level) < fabs (levels [nearest] - level))
      nearest = i;

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->min_group_spin, sp_team_get_min_group (self->team));
  adw_combo_row_set_selected (self->level_row, nearest);
  self->syncing = FALSE;
}

static void
on_team_changed_cb (SpTeamWindow *self)
{
  self->dirty = TRUE;
  sync_settings (self);
  sp_team_view_refresh (self->team_view);
  update_state (self);
}

/* Merging files in the background */

static gboolean
update_progress_cb (gpointer user_data)
{
  SpTeamWindow *self = user_data;
  guint done = sp_team_loader_get_n_done (self->loader);
  guint total = sp_team_loader_get_n_total (self->loader);
  g_autofree char *text = NULL;

  /* Translators: progress while reading share files */
  text = g_strdup_printf (_("%u of %u files read"), done, total);
  adw_status_page_set_description (self->merging_page, text);

  if (total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  else
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
stop_merge (SpTeamWindow *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->loader);
  g_clear_object (&self->cancellable);
}

static SpTeam *
create_end_team (SpTeamWindow *self)
{
  SpTeam *end = sp_team_new (self->framework);

  sp_team_set_min_group (end, sp_team_get_min_group (self->team));
  sp_team_set_required_level (end, sp_team_get_required_level (self->team));

  return end;
}

/* Adds the shares that were read, with the team's "changed" handler
 * blocked so the view is rebuilt once, not once per member. */
static guint
merge_shares (SpTeamWindow *self,
              SpTeam       *target)
{
  guint n_merged = 0;

  g_signal_handlers_block_by_func (self->team, on_team_changed_cb, self);
  for (guint i = 0; i < sp_team_loader_get_n_shares (self->loader); i++)
    {
      const char *name;
      SpShare *share = sp_team_loader_get_share (self->loader, i, &name);

      n_merged += sp_team_add_share (target, share, name) == SP_TEAM_ADD_MERGED;
    }
  g_signal_handlers_unblock_by_func (self->team, on_team_changed_cb, self);

  for (guint i = 0; i < sp_team_loader_get_n_failures (self->loader); i++)
    {
      const char *name, *message;

      sp_team_loader_get_failure (self->loader, i, &name, &message);
      sp_team_view_add_report (self->team_view, SP_TEAM_MESSAGE_SKIPPED, name, message);
    }

  return n_merged;
}

/* The later set's own messages join the report, then leave the set. */
static void
report_end_messages (SpTeamWindow *self)
{
  for (guint i = 0; i < sp_team_get_n_messages (self->end); i++)
    {
      const SpTeamMessage *message = sp_team_get_message (self->end, i);

      sp_team_view_add_report (self->team_view, message->kind, message->file, message->text);
    }

  sp_team_clear_messages (self->end);
}

static void
show_merged_toast (SpTeamWindow *self,
                   guint         n_merged,
                   guint         n_files)
{
  g_autofree char *title = NULL;

  if (n_merged == n_files)
    title = g_strdup_printf (g_dngettext (NULL, "%u member added", "%u members added",
                                          n_merged), n_merged);
  else
    /* Translators: "Members added: 10. Files that need attention: 2" */
    title = g_strdup_printf (_("Members added: %u. Files that need attention: %u"),
                             n_merged, n_files - n_merged);

  show_toast (self, title);
}

static void
finish_merge (SpTeamWindow *self)
{
  guint n_files = sp_team_loader_get_n_total (self->loader);
  guint n_merged;

  if (self->loading_end)
    {
      g_autoptr(SpTeam) end = self->end != NULL ? g_object_ref (self->end)
                                                : create_end_team (self);

      n_merged = merge_shares (self, end);
      g_set_object (&self->end, end);
      report_end_messages (self);
      sp_team_view_set_compare (self->team_view, self->end);
    }
  else
    {
      n_merged = merge_shares (self, self->team);
      if (n_merged > 0)
        self->dirty = TRUE;
      sp_team_view_refresh (self->team_view);
    }

  show_merged_toast (self, n_merged, n_files);
}

static void
on_loader_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SpTeamWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* The window was closed meanwhile. */
  if (self->loader != SP_TEAM_LOADER (object))
    return;

  if (sp_team_loader_run_finish (self->loader, result, &error))
    {
      gint64 start = g_get_monotonic_time ();

      finish_merge (self);
      g_debug ("Merged and shown in %.0f ms", (g_get_monotonic_time () - start) / 1e3);
    }
  else
    show_toast (self, _("Adding files was cancelled; nothing was added"));

  stop_merge (self);
  update_state (self);
}

static void
start_merge (SpTeamWindow       *self,
             const char * const *paths,
             gboolean            into_end)
{
  g_return_if_fail (self->loader == NULL);

  self->loader = sp_team_loader_new (paths);
  self->cancellable = g_cancellable_new ();
  self->loading_end = into_end;

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  adw_status_page_set_title (self->merging_page,
                             into_end ? _("Reading the Later Set…") : _("Reading Files…"));
  adw_status_page_set_description (self->merging_page, NULL);
  self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, update_progress_cb, self);

  sp_team_loader_run_async (self->loader, self->cancellable, on_loader_finished_cb,
                            g_object_ref (self));
  update_state (self);
}

/* File choosers */

static GtkFileFilter *
create_filter (const char *name,
               const char *pattern,
               const char *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  return filter;
}

static GtkNativeDialog *
create_chooser (SpTeamWindow         *self,
                const char           *title,
                GtkFileChooserAction  action,
                const char           *accept_label,
                GtkFileFilter        *filter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_clear_object (&filter);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);

  return self->chooser;
}

static GtkFileFilter *
create_shares_filter (void)
{
  return create_filter (_("Share files"), "*" SP_SHARE_EXTENSION, NULL);
}

/* The chosen files' local paths; NULL-terminated. */
static GStrv
dup_chosen_paths (GtkNativeDialog *chooser)
{
  g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }

  return g_strv_builder_end (builder);
}

static GFile *
ensure_extension (GFile      *file,
                  const char *extension)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;

  if (g_str_has_suffix (basename, extension))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  name = g_strconcat (basename, extension, NULL);

  return g_file_get_child (parent, name);
}

static void
on_add_chooser_response_cb (SpTeamWindow    *self,
                            int              response,
                            GtkNativeDialog *chooser)
{
  g_auto(GStrv) paths = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  paths = dup_chosen_paths (chooser);
  if (g_strv_length (paths) > 0)
    sp_team_window_add_paths (self, (const char * const *) paths);
}

static void
on_compare_chooser_response_cb (SpTeamWindow    *self,
                                int              response,
                                GtkNativeDialog *chooser)
{
  g_auto(GStrv) paths = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  paths = dup_chosen_paths (chooser);
  if (g_strv_length (paths) > 0)
    sp_team_window_compare_paths (self, (const char * const *) paths);
}

static void
show_add_chooser (SpTeamWindow         *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  GCallback             callback)
{
  GtkNativeDialog *chooser;

  chooser = create_chooser (self, title, action, _("_Add"),
                            action == GTK_FILE_CHOOSER_ACTION_OPEN ? create_shares_filter ()
                                                                    : NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect_object (chooser, "response", callback, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

/* Saving and closing */

static void
on_save_chooser_response_cb (SpTeamWindow    *self,
                             int              response,
                             GtkNativeDialog *chooser)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      self->close_after_save = FALSE;
      return;
    }

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  file = ensure_extension (chosen, SP_TEAM_EXTENSION);
  if (sp_team_window_save_to (self, file) && self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_as (SpTeamWindow *self)
{
  GtkNativeDialog *chooser;
  g_autofree char *name = g_strconcat (_("Team audit"), SP_TEAM_EXTENSION, NULL);

  chooser = create_chooser (self, _("Save Team Audit"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                            create_filter (_("Team audits"), "*" SP_TEAM_EXTENSION, NULL));
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
save (SpTeamWindow *self)
{
  if (self->file == NULL)
    save_as (self);
  else if (sp_team_window_save_to (self, self->file) && self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_unsaved_response_cb (SpTeamWindow     *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->dirty = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      save (self);
    }
}

static gboolean
on_window_close_request_cb (SpTeamWindow *self)
{
  GtkWidget *dialog;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (!self->dirty || sp_team_get_n_members (self->team) == 0)
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the Team Audit?"),
                                   _("The merged files are not saved as an audit yet. If you "
                                     "close without saving, you will have to add them again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Close Without Saving"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Settings */

static void
on_min_group_spin_value_changed_cb (SpTeamWindow *self)
{
  guint min_group = gtk_spin_button_get_value_as_int (self->min_group_spin);

  if (self->syncing || min_group == sp_team_get_min_group (self->team))
    return;

  /* The later set is counted by the same rule. */
  if (self->end != NULL)
    sp_team_set_min_group (self->end, min_group);
  sp_team_set_min_group (self->team, min_group);
}

static void
on_level_row_selected_notify_cb (SpTeamWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);

  if (self->syncing || selected >= G_N_ELEMENTS (levels))
    return;

  if (self->end != NULL)
    sp_team_set_required_level (self->end, levels [selected]);
  sp_team_set_required_level (self->team, levels [selected]);
}

static void
fill_level_row (SpTeamWindow *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      /* Translators: a required level, e.g. "Autonomous (50)" */
      g_autofree char *text = g_strdup_printf (_("%s (%.0f)"),
                                               sp_band_get_label (sp_band_for_score (levels [i])),
                                               levels [i]);

      gtk_string_list_append (list, text);
    }

  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (list));
}

/* Actions */

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_add_chooser (SP_TEAM_WINDOW (widget), _("Add Share Files"), GTK_FILE_CHOOSER_ACTION_OPEN,
                    G_CALLBACK (on_add_chooser_response_cb));
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_add_chooser (SP_TEAM_WINDOW (widget), _("Add Folders of Share Files"),
                    GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                    G_CALLBACK (on_add_chooser_response_cb));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_add_chooser (SP_TEAM_WINDOW (widget), _("Compare with a Later Set"),
                    GTK_FILE_CHOOSER_ACTION_OPEN, G_CALLBACK (on_compare_chooser_response_cb));
}

static void
stop_comparing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (widget);

  g_clear_object (&self->end);
  sp_team_view_set_compare (self->team_view, NULL);
  update_state (self);
}

static void
on_open_chooser_response_cb (SpTeamWindow    *self,
                             int              response,
                             GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  SpTeamWindow *target = self;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  /* An audit in progress is never replaced: the file gets its own window. */
  if (sp_team_get_n_members (self->team) > 0 || self->file != NULL)
    target = sp_team_window_new (SP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                 self->framework);

  if (sp_team_window_open_file (target, file))
    gtk_window_present (GTK_WINDOW (target));
  else if (target != self)
    gtk_window_destroy (GTK_WINDOW (target));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (widget);
  GtkNativeDialog *chooser;

  chooser = create_chooser (self, _("Open Team Audit"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                            create_filter (_("Team audits"), "*" SP_TEAM_EXTENSION, NULL));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SP_TEAM_WINDOW (widget)->close_after_save = FALSE;
  save (SP_TEAM_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SP_TEAM_WINDOW (widget)->close_after_save = FALSE;
  save_as (SP_TEAM_WINDOW (widget));
}

static void
on_export_chooser_response_cb (SpTeamWindow    *self,
                               int              response,
                               GtkNativeDialog *chooser)
{
  gboolean csv = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "csv"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  file = ensure_extension (chosen, csv ? ".csv" : ".pdf");
  if (csv)
    sp_team_window_export_csv (self, file);
  else
    sp_team_window_export_pdf (self, file);
}

static void
show_export_chooser (SpTeamWindow *self,
                     gboolean      csv)
{
  GtkNativeDialog *chooser;

  if (csv)
    chooser = create_chooser (self, _("Export Matrix as CSV"), GTK_FILE_CHOOSER_ACTION_SAVE,
                              _("_Export"),
                              create_filter (_("CSV files"), "*.csv", "text/csv"));
  else
    chooser = create_chooser (self, _("Export Team Report as PDF"),
                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                              create_filter (_("PDF documents"), "*.pdf", "application/pdf"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     csv ? _("Team matrix.csv") : _("Team report.pdf"));
  g_object_set_data (G_OBJECT (chooser), "csv", GINT_TO_POINTER (csv));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_export_chooser (SP_TEAM_WINDOW (widget), FALSE);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_export_chooser (SP_TEAM_WINDOW (widget), TRUE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
dismiss_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (widget);

  sp_team_view_clear_report (self->team_view);
  g_signal_handlers_block_by_func (self->team, on_team_changed_cb, self);
  sp_team_clear_messages (self->team);
  g_signal_handlers_unblock_by_func (self->team, on_team_changed_cb, self);
  sp_team_view_refresh (self->team_view);
  update_state (self);
}

static void
on_launch_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Failed to open an exported file: %s", error->message);
}

static void
launch_uri_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (display);

  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL),
                                           G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launch_finished_cb, NULL);
}

/* Object */

static void
set_team (SpTeamWindow *self,
          SpTeam       *team,
          GFile        *file)
{
  if (self->team != NULL)
    g_signal_handlers_disconnect_by_data (self->team, self);

  g_set_object (&self->team, team);
  g_set_object (&self->file, file);
  g_clear_object (&self->end);
  self->dirty = FALSE;

  g_signal_connect_object (team, "changed", G_CALLBACK (on_team_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sync_settings (self);
  sp_team_view_clear_report (self->team_view);
  sp_team_view_set_compare (self->team_view, NULL);
  sp_team_view_set_team (self->team_view, team);
  update_state (self);
}

static void
sp_team_window_constructed (GObject *object)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (object);
  g_autoptr(SpTeam) team = NULL;

  G_OBJECT_CLASS (sp_team_window_parent_class)->constructed (object);

  g_assert (SP_IS_FRAMEWORK (self->framework));

  team = sp_team_new (self->framework);
  set_team (self, team, NULL);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
sp_team_window_dispose (GObject *object)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_merge (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_TEAM_WINDOW);
  g_clear_object (&self->team);
  g_clear_object (&self->end);
  g_clear_object (&self->file);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (sp_team_window_parent_class)->dispose (object);
}

static void
sp_team_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SpTeamWindow *self = SP_TEAM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "team.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "team.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "team.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "team.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "team.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "team.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "team.stop-comparing", NULL,
                                   stop_comparing_action);
  gtk_widget_class_install_action (widget_class, "team.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "team.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "team.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "team.dismiss-report", NULL,
                                   dismiss_report_action);
  gtk_widget_class_install_action (widget_class, "team.launch-uri", "s", launch_uri_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "team.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "team.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "team.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "team.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "team.cancel", NULL);
}

static void
sp_team_window_class_init (SpTeamWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sp_team_window_constructed;
  object_class->dispose = sp_team_window_dispose;
  object_class->set_property = sp_team_window_set_property;

  /**
   * SpTeamWindow:framework:
   *
   * The competence framework members' shares are mapped onto.
   */
  properties [PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         SP_TYPE_FRAMEWORK,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SP_TYPE_TEAM_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE_PATH);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, min_group_spin);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, level_row);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, merging_page);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SpTeamWindow, team_view);
  gtk_widget_class_bind_template_callback (widget_class, on_window_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_min_group_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_level_row_selected_notify_cb);

  install_actions (widget_class);
}

static void
sp_team_window_init (SpTeamWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
  /* The template's tooltip and accessible label, for each half. */
  sp_accessible_name_split_button (self->add_button, _("Add Files"), _("More Ways to Add"));

  self->syncing = TRUE;
  fill_level_row (self);
  self->syncing = FALSE;
}

/* Public API */

SpTeamWindow *
sp_team_window_new (SpApplication *application,
                    SpFramework   *framework)
{
  g_return_val_if_fail (SP_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  return g_object_new (SP_TYPE_TEAM_WINDOW,
                       "application", application,
                       "framework", framework,
                       NULL);
}

SpTeam *
sp_team_window_get_team (SpTeamWindow *self)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), NULL);

  return self->team;
}

SpTeam *
sp_team_window_get_compare (SpTeamWindow *self)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), NULL);

  return self->end;
}

const char *
sp_team_window_get_page (SpTeamWindow *self)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
sp_team_window_is_busy (SpTeamWindow *self)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);

  return self->loader != NULL;
}

gboolean
sp_team_window_has_unsaved (SpTeamWindow *self)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);

  return self->dirty;
}

void
sp_team_window_add_paths (SpTeamWindow       *self,
                          const char * const *paths)
{
  g_return_if_fail (SP_IS_TEAM_WINDOW (self));
  g_return_if_fail (paths != NULL);
  g_return_if_fail (!sp_team_window_is_busy (self));

  start_merge (self, paths, FALSE);
}

void
sp_team_window_compare_paths (SpTeamWindow       *self,
                              const char * const *paths)
{
  g_return_if_fail (SP_IS_TEAM_WINDOW (self));
  g_return_if_fail (paths != NULL);
  g_return_if_fail (!sp_team_window_is_busy (self));

  /* A new later set replaces the one before. */
  g_clear_object (&self->end);
  start_merge (self, paths, TRUE);
}

gboolean
sp_team_window_open_file (SpTeamWindow *self,
                          GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpTeam) team = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("%s is not a local file"), g_file_peek_path (file));
  else
    team = sp_team_load (self->framework, path, &error);

  if (team == NULL)
    {
      g_warning ("Failed to open a team audit: %s", error->message);
      show_error (self, _("Could Not Open the Team Audit"), error->message);
      return FALSE;
    }

  set_team (self, team, file);

  return TRUE;
}

gboolean
sp_team_window_save_to (SpTeamWindow *self,
                        GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL && sp_team_save (self->team, path, &error))
    {
      g_set_object (&self->file, file);
      self->dirty = FALSE;
      update_state (self);
      show_toast (self, _("Team audit saved"));
      return TRUE;
    }

  if (error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only files on this computer can be saved to."));

  g_warning ("Failed to save the team audit: %s", error->message);
  show_error (self, _("Could Not Save the Team Audit"), error->message);
  self->close_after_save = FALSE;

  return FALSE;
}

static gboolean
export_to (SpTeamWindow *self,
           GFile        *file,
           gboolean      csv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  gboolean written = FALSE;

  if (path != NULL)
    written = csv ? sp_team_export_csv (self->team, path, &error)
                  : sp_team_export_pdf (self->team, path, &error);

  if (written)
    {
      show_written_toast (self, csv ? _("Matrix exported") : _("Team report exported"), file);
      return TRUE;
    }

  if (error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only files on this computer can be written."));

  g_warning ("Failed to export the team audit: %s", error->message);
  show_error (self, _("Could Not Export"), error->message);

  return FALSE;
}

gboolean
sp_team_window_export_pdf (SpTeamWindow *self,
                           GFile        *file)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return export_to (self, file, FALSE);
}

gboolean
sp_team_window_export_csv (SpTeamWindow *self,
                           GFile        *file)
{
  g_return_val_if_fail (SP_IS_TEAM_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return export_to (self, file, TRUE);
}
