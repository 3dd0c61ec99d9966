/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-window.h"
#include "sp-accessible.h"
#include "sp-language.h"
#include "sp-csv-export.h"
#include "sp-ics-export.h"
#include "sp-autosave.h"
#include "sp-pdf-export.h"
#include "sp-plan-page.h"
#include "sp-questionnaire-page.h"
#include "sp-result-page.h"
#include "sp-team-share-dialog.h"
#include "sp-welcome-page.h"

#define N_STEPS 5

/* The files the plan and answers can be exported to. */
typedef enum
{
  EXPORT_PDF,
  EXPORT_ICS,
  EXPORT_CSV,
} ExportKind;

typedef struct
{
  const char *title;        /* of the file chooser */
  const char *filter_name;
  const char *extension;
  const char *mime_type;
  const char *file_name;    /* proposed, translated */
  const char *done;         /* toast */
  const char *failed;       /* dialog heading */
  gboolean  (*write)        (SpPortfolio  *portfolio,
                             const char   *path,
                             GError      **error);
} ExportFormat;

static const ExportFormat export_formats[] = {
  [EXPORT_PDF] = {
    N_("Export Plan as PDF"), N_("PDF documents"), ".pdf", "application/pdf",
    N_("Development plan.pdf"), N_("Plan exported"), N_("Could Not Export the Plan"),
    sp_pdf_export_plan,
  },
  [EXPORT_ICS] = {
    N_("Export to Calendar"), N_("Calendar files"), ".ics", "text/calendar",
    N_("Development plan.ics"), N_("Calendar exported"), N_("Could Not Export the Calendar"),
    sp_ics_export_plan,
  },
  [EXPORT_CSV] = {
    N_("Export as Spreadsheet"), N_("CSV spreadsheets"), ".csv", "text/csv",
    N_("Portfolio.csv"), N_("Spreadsheet exported"), N_("Could Not Export the Spreadsheet"),
    sp_csv_export_portfolio,
  },
};

/* What to do once the unsaved answers are dealt with. */
typedef enum
{
  PENDING_NONE,
  PENDING_CLOSE,
  PENDING_START,
  PENDING_RESTART,
} Pending;

/* The "export-kind" key of a file chooser. */
#define EXPORT_KIND_KEY "sp-export-kind"

struct _SpWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkBox               *undo_box;
  GtkStack             *stack;
  SpWelcomePage        *welcome_page;
  SpQuestionnairePage  *questionnaire_page;
  SpResultPage         *result_page;
  SpPlanPage           *plan_page;

  SpFramework          *framework;
  SpPortfolio          *portfolio;
  SpResult             *result;
  GFile                *file;
  GSettings            *settings;
  GtkNativeDialog      *chooser;
  SpAutosave           *autosave;

  Pending               pending;
  char                 *pending_language;
  gboolean              dirty;
  gboolean              autosave_failing;
};

G_DEFINE_FINAL_TYPE (SpWindow, sp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void     sp_window_save_as     (SpWindow         *self);
static void     sp_window_run_pending (SpWindow         *self);
static gboolean sp_window_export      (SpWindow         *self,
                                       ExportKind        kind,
                                       GFile            *file);
static void     save_window_state     (SpWindow         *self);
static void     ensure_page           (SpWindow         *self,
                                       const char       *name);

/* Dialogs and toasts */

static AdwMessageDialog *
create_dialog (SpWindow   *self,
               const char *heading,
               const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_set_body_use_markup (dialog, FALSE);

  return dialog;
}

static void
show_error (SpWindow   *self,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog = create_dialog (self, heading, body);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (SpWindow   *self,
            const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* State shown in the header */

/* The header says where the person is: "Step 2 of 5". The page itself
 * names the step, so a narrow header does not have to. */
static char *
dup_step_text (SpWindow *self)
{
  const char *page = sp_window_get_page (self);
  int step;

  if (g_strcmp0 (page, "questionnaire") == 0)
    {
      guint position = sp_questionnaire_page_get_position (self->questionnaire_page);

      step = 1 + sp_framework_get_item (self->framework, position)->dimension;
    }
  else if (g_strcmp0 (page, "result") == 0)
    {
      step = 4;
    }
  else if (g_strcmp0 (page, "plan") == 0)
    {
      step = 5;
    }
  else
    {
      return g_strdup ("");
    }

  return g_strdup_printf (_("Step %d of %d"), step, N_STEPS);
}

static void
update_title (SpWindow *self)
{
  g_autofree char *subtitle = dup_step_text (self);
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, SP_PORTFOLIO_EXTENSION))
        basename [strlen (basename) - strlen (SP_PORTFOLIO_EXTENSION)] = '\0';
      title = g_strdup_printf ("%s%s", self->dirty ? "• " : "", basename);
    }
  else
    {
      title = g_strdup (_("SSE Portfolio"));
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (SpWindow *self)
{
  SpAssessment *assessment = sp_portfolio_get_assessment (self->portfolio);
  SpPlan *plan = sp_portfolio_get_plan (self->portfolio);
  const char *page = sp_window_get_page (self);
  gboolean has_answers = sp_assessment_count_given (assessment) > 0;
  gboolean on_plan = g_strcmp0 (page, "plan") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 g_strcmp0 (page, "welcome") != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), g_strcmp0 (page, "welcome") != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_answers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_answers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf",
                                 sp_assessment_count_answered (assessment) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-ics",
                                 sp_plan_get_n_goals (plan) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", has_answers);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.share",
                                 sp_assessment_count_answered (assessment) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plan", self->result != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 on_plan && sp_plan_can_undo (plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 on_plan && sp_plan_can_redo (plan));
  gtk_widget_set_visible (GTK_WIDGET (self->undo_box), on_plan);
}

static void
update_state (SpWindow *self)
{
  update_title (self);
  update_actions (self);
}

static void
set_dirty (SpWindow *self,
           gboolean  dirty)
{
  self->dirty = dirty;
  update_state (self);
}

static void
on_portfolio_changed_cb (SpWindow *self)
{
  set_dirty (self, TRUE);
}

static void
go_to_page (SpWindow   *self,
            const char *name,
            gboolean    forward)
{
  ensure_page (self, name);
  gtk_stack_set_visible_child_full (self->stack, name,
                                    forward ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                                            : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
}

static void
on_stack_visible_child_name_notify_cb (SpWindow *self)
{
  update_state (self);
}

static void
on_questionnaire_page_position_notify_cb (SpWindow *self)
{
  update_title (self);
}

/* Pages */

/* Only the welcome page comes with the window. The others are built the
 * first time they are needed, so the first frame waits for none of them. */
static SpQuestionnairePage *
get_questionnaire_page (SpWindow *self)
{
  if (self->questionnaire_page != NULL)
    return self->questionnaire_page;

  self->questionnaire_page = g_object_new (SP_TYPE_QUESTIONNAIRE_PAGE, NULL);
  g_signal_connect_object (self->questionnaire_page, "notify::position",
                           G_CALLBACK (on_questionnaire_page_position_notify_cb), self,
                           G_CONNECT_SWAPPED);
  sp_questionnaire_page_set_assessment (self->questionnaire_page,
                                        sp_portfolio_get_assessment (self->portfolio));
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->questionnaire_page),
                        "questionnaire", _("Questionnaire"));

  return self->questionnaire_page;
}

static SpResultPage *
get_result_page (SpWindow *self)
{
  if (self->result_page != NULL)
    return self->result_page;

  self->result_page = g_object_new (SP_TYPE_RESULT_PAGE, NULL);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->result_page), "result", _("Result"));

  return self->result_page;
}

static SpPlanPage *
get_plan_page (SpWindow *self)
{
  if (self->plan_page != NULL)
    return self->plan_page;

  self->plan_page = g_object_new (SP_TYPE_PLAN_PAGE, NULL);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->plan_page), "plan", _("Plan"));

  return self->plan_page;
}

static void
ensure_page (SpWindow   *self,
             const char *name)
{
  if (g_strcmp0 (name, "questionnaire") == 0)
    get_questionnaire_page (self);
  else if (g_strcmp0 (name, "result") == 0)
    get_result_page (self);
  else if (g_strcmp0 (name, "plan") == 0)
    get_plan_page (self);
}

/* The portfolio */

static void
disconnect_portfolio (SpWindow *self)
{
  if (self->portfolio == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_signal_handlers_disconnect_by_data (sp_portfolio_get_plan (self->portfolio), self);
}

static void
set_portfolio (SpWindow    *self,
               SpPortfolio *portfolio,
               GFile       *file)
{
  disconnect_portfolio (self);
  g_set_object (&self->portfolio, portfolio);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->result, sp_result_unref);

  /* The portfolio tells of answers in any of its assessments. */
  g_signal_connect_object (portfolio, "changed",
                           G_CALLBACK (on_portfolio_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sp_portfolio_get_plan (portfolio), "changed",
                           G_CALLBACK (on_portfolio_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->questionnaire_page != NULL)
    sp_questionnaire_page_set_assessment (self->questionnaire_page,
                                          sp_portfolio_get_assessment (portfolio));
  sp_autosave_set_portfolio (self->autosave, portfolio);
  set_dirty (self, FALSE);
}

static void
compute_result (SpWindow *self)
{
  SpAssessment *assessment = sp_portfolio_get_assessment (self->portfolio);
  SpAssessment *previous = sp_portfolio_get_previous_assessment (self->portfolio);
  g_autoptr(SpResult) previous_result = NULL;

  g_clear_pointer (&self->result, sp_result_unref);
  self->result = sp_result_new (assessment);
  sp_result_page_set_result (get_result_page (self), self->result);

  if (previous == NULL)
    return;

  previous_result = sp_result_new (previous);
  sp_result_page_set_comparison (get_result_page (self), previous_result,
                                 sp_assessment_get_date (previous),
                                 sp_assessment_get_date (assessment));
}

static void
show_loaded (SpWindow *self)
{
  SpAssessment *assessment = sp_portfolio_get_assessment (self->portfolio);

  if (sp_assessment_get_first_open (assessment) >= sp_framework_get_n_items (self->framework))
    {
      compute_result (self);
      go_to_page (self, "result", TRUE);
    }
  else
    {
      go_to_page (self, "questionnaire", TRUE);
    }
}

static SpPortfolio *
load_portfolio (SpWindow *self,
                GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  SpPortfolio *portfolio = NULL;

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("%s is not a local file"), g_file_peek_path (file));
  else
    portfolio = sp_portfolio_load (self->framework, path, &error);

  if (portfolio == NULL)
    {
      g_warning ("Failed to open a portfolio: %s", error->message);
      show_error (self, _("Could Not Open the Portfolio"), error->message);
    }

  return portfolio;
}

/* Saving */

static gboolean
save_to (SpWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *body = NULL;

  if (path != NULL && sp_portfolio_save (self->portfolio, path, &error))
    {
      g_set_object (&self->file, file);
      sp_autosave_discard (self->autosave);
      set_dirty (self, FALSE);
      show_toast (self, _("Portfolio saved"));
      return TRUE;
    }

  if (error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only files on this computer can be saved to."));

  g_warning ("Failed to save the portfolio: %s", error->message);
  body = g_strdup_printf (_("%s\n\nYour answers are still here. Try Save As to choose "
                            "another place."), error->message);
  show_error (self, _("Could Not Save the Portfolio"), body);
  self->pending = PENDING_NONE;

  return FALSE;
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
on_save_chooser_response_cb (SpWindow        *self,
                             int              response,
                             GtkNativeDialog *chooser)
{
  g_autoptr(GtkNativeDialog) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      self->pending = PENDING_NONE;
      return;
    }

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  file = ensure_extension (chosen, SP_PORTFOLIO_EXTENSION);

  if (save_to (self, file))
    sp_window_run_pending (self);
}

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
create_chooser (SpWindow             *self,
                const char           *title,
                GtkFileChooserAction  action,
                const char           *accept_label,
                GtkFileFilter        *filter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);

  return self->chooser;
}

static void
sp_window_save_as (SpWindow *self)
{
  GtkNativeDialog *chooser;

  chooser = create_chooser (self, _("Save Portfolio"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                            create_filter (_("Portfolios"), "*" SP_PORTFOLIO_EXTENSION, NULL));

  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    {
      g_autofree char *name = g_strconcat (_("My portfolio"), SP_PORTFOLIO_EXTENSION, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
sp_window_save (SpWindow *self)
{
  if (self->file == NULL)
    sp_window_save_as (self);
  else if (save_to (self, self->file))
    sp_window_run_pending (self);
}

/* Autosave */

static void
on_autosave_failed_cb (SpWindow   *self,
                       GError     *error,
                       SpAutosave *autosave)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Once per run of failures; the reason may be long, a toast is short. */
  if (self->autosave_failing)
    return;
  self->autosave_failing = TRUE;

  g_warning ("Autosave failed: %s", error->message);
  title = g_strdup_printf (_("Your answers could not be kept safe: %s. They are still here; "
                             "save them with Save As."), error->message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_autosave_saved_cb (SpWindow *self)
{
  self->autosave_failing = FALSE;
}

/* Replaces the window's autosave by one writing to @path, or to a new
 * file in the autosave folder when @path is NULL. */
static void
use_new_autosave (SpWindow   *self,
                  const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *new_path = NULL;

  if (path == NULL)
    {
      dir = sp_autosave_dup_default_dir ();
      new_path = sp_autosave_build_path (dir);
      path = new_path;
    }

  g_clear_object (&self->autosave);
  self->autosave = sp_autosave_new (path);
  g_signal_connect_object (self->autosave, "failed", G_CALLBACK (on_autosave_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "saved", G_CALLBACK (on_autosave_saved_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->portfolio != NULL)
    sp_autosave_set_portfolio (self->autosave, self->portfolio);
}

/* Restores one autosave into @self, which goes on writing to that file. */
static gboolean
restore_autosave (SpWindow   *self,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_load (self->framework, path, &error);

  if (portfolio == NULL)
    {
      g_autoptr(GError) aside_error = NULL;
      g_autofree char *body = NULL;

      g_warning ("Failed to restore an autosave: %s", error->message);
      if (!sp_autosave_set_aside (path, &aside_error))
        g_warning ("%s", aside_error->message);
      body = g_strdup_printf (_("%s\n\nThe file is kept beside the others, renamed to end "
                                "in “.broken”."), error->message);
      show_error (self, _("Could Not Restore the Answers"), body);
      return FALSE;
    }

  use_new_autosave (self, path);
  set_portfolio (self, portfolio, NULL);
  set_dirty (self, TRUE);
  show_loaded (self);

  return TRUE;
}

static void
on_restore_dialog_response_cb (SpWindow         *self,
                               const char       *response,
                               AdwMessageDialog *dialog)
{
  GPtrArray *paths = g_object_get_data (G_OBJECT (dialog), "paths");
  SpWindow *target = self;

  if (g_strcmp0 (response, "restore") != 0 && g_strcmp0 (response, "discard") != 0)
    return;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);

      if (g_strcmp0 (response, "restore") != 0)
        {
          g_unlink (path);
          continue;
        }

      /* Each autosave is one window's answers; each gets a window again. */
      if (target == NULL)
        target = sp_window_new (SP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                self->framework);
      if (restore_autosave (target, path))
        {
          gtk_window_present (GTK_WINDOW (target));
          target = NULL;
        }
    }

  if (target != NULL && target != self)
    gtk_window_destroy (GTK_WINDOW (target));
}

/* Unsaved answers */

static void
start_new (SpWindow *self)
{
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (self->framework);

  set_portfolio (self, portfolio, NULL);
  sp_questionnaire_page_set_position (get_questionnaire_page (self), 0);
  go_to_page (self, "questionnaire", TRUE);
}

/* Everything is translated once, when it is read, so a new language means
 * starting again: the same program, with the same arguments. */
static void
restart_in_language (SpWindow *self)
{
  g_autoptr(GError) error = NULL;

  save_window_state (self);
  if (!sp_language_save_choice (self->pending_language))
    {
      show_error (self, _("Could Not Change the Language"),
                  _("The choice of language could not be stored."));
      return;
    }

  sp_language_restart (&error);
  show_error (self, _("Could Not Change the Language"), error->message);
}

/* A finished assessment is kept: the next one starts from its answers, in
 * the same portfolio, so the result can show what moved. */
static gboolean
can_follow_up (SpWindow *self)
{
  SpAssessment *assessment = sp_portfolio_get_assessment (self->portfolio);

  return sp_assessment_get_first_open (assessment) >= sp_framework_get_n_items (self->framework);
}

static void
start_follow_up (SpWindow *self)
{
  SpAssessment *assessment = sp_portfolio_start_assessment (self->portfolio);

  g_clear_pointer (&self->result, sp_result_unref);
  sp_questionnaire_page_set_assessment (get_questionnaire_page (self), assessment);
  sp_questionnaire_page_set_position (get_questionnaire_page (self), 0);
  set_dirty (self, TRUE);
  go_to_page (self, "questionnaire", TRUE);
  show_toast (self, _("New assessment started from your last answers"));
}

static gboolean
run_pending_cb (gpointer user_data)
{
  SpWindow *self = user_data;
  Pending pending = self->pending;

  self->pending = PENDING_NONE;

  switch (pending)
    {
    case PENDING_CLOSE:
      self->dirty = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
      break;

    case PENDING_START:
      start_new (self);
      break;

    case PENDING_RESTART:
      restart_in_language (self);
      break;

    case PENDING_NONE:
    default:
      break;
    }

  return G_SOURCE_REMOVE;
}

/* Runs from an idle: the dialog that asked must be gone before its parent
 * window can be destroyed. */
static void
sp_window_run_pending (SpWindow *self)
{
  if (self->pending == PENDING_NONE)
    return;

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, run_pending_cb, g_object_ref (self), g_object_unref);
}

static void
on_unsaved_dialog_response_cb (SpWindow         *self,
                               const char       *response,
                               AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      sp_autosave_discard (self->autosave);
      sp_window_run_pending (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    sp_window_save (self);
  else
    self->pending = PENDING_NONE;
}

static void
ask_about_unsaved (SpWindow *self,
                   Pending   pending)
{
  AdwMessageDialog *dialog;

  self->pending = pending;
  dialog = create_dialog (self, _("Save Your Answers?"),
                          _("Your answers are not saved yet. If you discard them, "
                            "they are lost."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Language */

static void
on_language_dialog_response_cb (SpWindow         *self,
                                const char       *response,
                                AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "restart") != 0)
    return;

  if (sp_window_has_unsaved (self))
    ask_about_unsaved (self, PENDING_RESTART);
  else
    restart_in_language (self);
}

/**
 * sp_window_change_language:
 * @self: the window the person chose from
 * @code: a code of sp_language_get_all()
 *
 * Tells the person that the app starts again in the language of @code and,
 * once they agree and their answers are saved or discarded, does so.
 */
void
sp_window_change_language (SpWindow   *self,
                           const char *code)
{
  const SpLanguage *language = sp_language_lookup (code);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (SP_IS_WINDOW (self));
  g_return_if_fail (language != NULL);

  g_free (self->pending_language);
  self->pending_language = g_strdup (code);

  /* Translators: %s is a language's name, such as “Español” */
  body = g_strdup_printf (_("SSE Portfolio will close and start again in %s."),
                          sp_language_get_name (language));
  dialog = create_dialog (self, _("Restart in Another Language?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restart", _("_Restart"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restart", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restart");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_language_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Window size */

static void
load_window_state (SpWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; the window size is not remembered", BASE_APP_ID);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (SpWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (self->settings == NULL)
    return;

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
on_window_close_request_cb (SpWindow *self)
{
  save_window_state (self);

  if (!sp_window_has_unsaved (self))
    {
      sp_autosave_discard (self->autosave);
      return FALSE;
    }

  ask_about_unsaved (self, PENDING_CLOSE);

  return TRUE;
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  if (can_follow_up (self))
    start_follow_up (self);
  else if (sp_window_has_unsaved (self))
    ask_about_unsaved (self, PENDING_START);
  else
    start_new (self);
}

static void
new_portfolio_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  if (sp_window_has_unsaved (self))
    ask_about_unsaved (self, PENDING_START);
  else
    start_new (self);
}

static gboolean
is_pristine (SpWindow *self)
{
  return self->file == NULL &&
         sp_assessment_count_given (sp_portfolio_get_assessment (self->portfolio)) == 0;
}

static void
on_open_chooser_response_cb (SpWindow        *self,
                             int              response,
                             GtkNativeDialog *chooser)
{
  g_autoptr(GtkNativeDialog) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autoptr(SpPortfolio) portfolio = NULL;
  SpWindow *target = self;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  portfolio = load_portfolio (self, file);
  if (portfolio == NULL)
    return;

  /* Never replace answers: a window in use keeps them, the file gets its own. */
  if (!is_pristine (self))
    target = sp_window_new (SP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                            self->framework);

  set_portfolio (target, portfolio, file);
  show_loaded (target);
  gtk_window_present (GTK_WINDOW (target));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);
  GtkNativeDialog *chooser;

  chooser = create_chooser (self, _("Open Portfolio"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                            create_filter (_("Portfolios"), "*" SP_PORTFOLIO_EXTENSION, NULL));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  self->pending = PENDING_NONE;
  sp_window_save (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  self->pending = PENDING_NONE;
  sp_window_save_as (self);
}

static void
on_export_chooser_response_cb (SpWindow        *self,
                               int              response,
                               GtkNativeDialog *chooser)
{
  g_autoptr(GtkNativeDialog) owned = g_steal_pointer (&self->chooser);
  ExportKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), EXPORT_KIND_KEY));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  file = ensure_extension (chosen, export_formats[kind].extension);
  sp_window_export (self, kind, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);
  ExportKind kind;
  const ExportFormat *format;
  g_autofree char *pattern = NULL;
  GtkNativeDialog *chooser;

  if (g_strcmp0 (action_name, "win.export-ics") == 0)
    kind = EXPORT_ICS;
  else if (g_strcmp0 (action_name, "win.export-csv") == 0)
    kind = EXPORT_CSV;
  else
    kind = EXPORT_PDF;
  format = &export_formats[kind];

  pattern = g_strconcat ("*", format->extension, NULL);
  chooser = create_chooser (self, _(format->title), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                            create_filter (_(format->filter_name), pattern, format->mime_type));
  g_object_set_data (G_OBJECT (chooser), EXPORT_KIND_KEY, GUINT_TO_POINTER (kind));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(format->file_name));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);
  SpPlan *plan = sp_portfolio_get_plan (self->portfolio);

  if (g_strcmp0 (action_name, "win.redo") == 0)
    sp_plan_redo (plan);
  else
    sp_plan_undo (plan);
}

static void
on_shared_cb (SpWindow *self,
              GFile    *file)
{
  show_toast (self, _("Share file saved: send it to your team’s facilitator"));
}

static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);
  SpTeamShareDialog *dialog = sp_team_share_dialog_new (GTK_WINDOW (self), self->portfolio);

  g_signal_connect_object (dialog, "shared", G_CALLBACK (on_shared_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_launch_finished_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Failed to open the exported plan: %s", error->message);
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

static void
show_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  compute_result (self);
  update_actions (self);
  go_to_page (self, "result", TRUE);
}

static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  if (self->result == NULL)
    compute_result (self);

  sp_plan_page_set_portfolio (get_plan_page (self), self->portfolio, self->result);
  go_to_page (self, "plan", TRUE);
}

static void
review_answers_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);

  sp_questionnaire_page_set_position (get_questionnaire_page (self), 0);
  go_to_page (self, "questionnaire", FALSE);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SpWindow *self = SP_WINDOW (widget);
  const char *page = sp_window_get_page (self);

  if (g_strcmp0 (page, "questionnaire") == 0)
    {
      if (!sp_questionnaire_page_go_previous (get_questionnaire_page (self)))
        go_to_page (self, "welcome", FALSE);
    }
  else if (g_strcmp0 (page, "result") == 0)
    {
      go_to_page (self, "questionnaire", FALSE);
    }
  else if (g_strcmp0 (page, "plan") == 0)
    {
      go_to_page (self, "result", FALSE);
    }
}

/* Object */

static void
sp_window_constructed (GObject *object)
{
  SpWindow *self = SP_WINDOW (object);
  g_autoptr(SpPortfolio) portfolio = NULL;

  G_OBJECT_CLASS (sp_window_parent_class)->constructed (object);

  g_assert (SP_IS_FRAMEWORK (self->framework));

  portfolio = sp_portfolio_new (self->framework);
  sp_welcome_page_set_framework (self->welcome_page, self->framework);
  use_new_autosave (self, NULL);
  set_portfolio (self, portfolio, NULL);
  load_window_state (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
sp_window_dispose (GObject *object)
{
  SpWindow *self = SP_WINDOW (object);

  disconnect_portfolio (self);
  /* Keeps the file: a window that goes with unsaved answers (the session
   * ends, the app is killed) leaves them to be restored. */
  g_clear_object (&self->autosave);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_WINDOW);
  /* Children of the stack, gone with it. */
  self->questionnaire_page = NULL;
  self->result_page = NULL;
  self->plan_page = NULL;
  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->pending_language, g_free);

  G_OBJECT_CLASS (sp_window_parent_class)->dispose (object);
}

static void
sp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SpWindow *self = SP_WINDOW (object);

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
  gtk_widget_class_install_action (widget_class, "win.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "win.new-portfolio", NULL,
                                   new_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "win.launch-uri", "s", launch_uri_action);
  gtk_widget_class_install_action (widget_class, "win.show-result", NULL, show_result_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", NULL, show_plan_action);
  gtk_widget_class_install_action (widget_class, "win.review-answers", NULL,
                                   review_answers_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
}

static void
sp_window_class_init (SpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sp_window_constructed;
  object_class->dispose = sp_window_dispose;
  object_class->set_property = sp_window_set_property;

  /**
   * SpWindow:framework:
   *
   * The competence framework the window's portfolio is measured against.
   */
  properties [PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         SP_TYPE_FRAMEWORK,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SP_TYPE_PLAN_PAGE);
  g_type_ensure (SP_TYPE_QUESTIONNAIRE_PAGE);
  g_type_ensure (SP_TYPE_RESULT_PAGE);
  g_type_ensure (SP_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/sp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, welcome_page);
  gtk_widget_class_bind_template_callback (widget_class, on_window_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_name_notify_cb);

  install_actions (widget_class);
}

static void
sp_window_init (SpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
}

SpWindow *
sp_window_new (SpApplication *application,
               SpFramework   *framework)
{
  g_return_val_if_fail (SP_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  return g_object_new (SP_TYPE_WINDOW,
                       "application", application,
                       "framework", framework,
                       NULL);
}

SpPortfolio *
sp_window_get_portfolio (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);

  return self->portfolio;
}

const char *
sp_window_get_page (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
sp_window_has_unsaved (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  return self->dirty;
}

gboolean
sp_window_open_file (SpWindow *self,
                     GFile    *file)
{
  g_autoptr(SpPortfolio) portfolio = NULL;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  portfolio = load_portfolio (self, file);
  if (portfolio == NULL)
    return FALSE;

  set_portfolio (self, portfolio, file);
  show_loaded (self);

  return TRUE;
}

static gboolean
sp_window_export (SpWindow   *self,
                  ExportKind  kind,
                  GFile      *file)
{
  const ExportFormat *format = &export_formats[kind];
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *uri = NULL;
  AdwToast *toast;

  if (path == NULL || !format->write (self->portfolio, path, &error))
    {
      const char *message = error != NULL ? error->message
                                          : _("Only files on this computer can be written.");

      g_warning ("Failed to export to %s: %s", format->extension, message);
      show_error (self, _(format->failed), message);
      return FALSE;
    }

  uri = g_file_get_uri (file);
  toast = adw_toast_new (_(format->done));
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.launch-uri");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return TRUE;
}

gboolean
sp_window_export_pdf (SpWindow *self,
                      GFile    *file)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return sp_window_export (self, EXPORT_PDF, file);
}

gboolean
sp_window_export_calendar (SpWindow *self,
                           GFile    *file)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return sp_window_export (self, EXPORT_ICS, file);
}

gboolean
sp_window_export_csv (SpWindow *self,
                      GFile    *file)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return sp_window_export (self, EXPORT_CSV, file);
}

gboolean
sp_window_offer_restore (SpWindow   *self,
                         const char *dir)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *default_dir = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  if (dir == NULL)
    dir = default_dir = sp_autosave_dup_default_dir ();

  paths = sp_autosave_list (dir);
  if (paths->len == 0)
    return FALSE;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "SSE Portfolio closed before your answers were saved. "
                                       "Restore them, or discard them for good?",
                                       "SSE Portfolio closed before the answers of %u windows "
                                       "were saved. Restore them, or discard them for good?",
                                       paths->len),
                          paths->len);
  dialog = create_dialog (self, _("Restore your unsaved answers?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Closing the dialog decides nothing: the files wait for the next start. */
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "paths", g_steal_pointer (&paths),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}
