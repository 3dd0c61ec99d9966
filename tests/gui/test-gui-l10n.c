/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-l10n"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "sp-application.h"
#include "sp-test-gui.h"
#include "sp-language.h"
#include "sp-result-page.h"
#include "sp-welcome-page.h"
#include "sp-window.h"

/* Opens the window in the language of $LANGUAGE, takes screenshots of the
 * welcome and result pages (screenshot-welcome-LANG.png …) and fails when a
 * text on them is an English message left untranslated. $SP_POT names the
 * template whose msgids are "English"; for the pseudo-language "xx" no
 * Latin word may be left at all. */

#define TITLE_MSGID "Find your place in the social and solidarity economy"

static SpApplication *app;
static SpWindow *window;
static char *output_dir;
static const char *language;
static GHashTable *msgids;

/* The msgid and msgid_plural strings of a .pot file. */
static GHashTable *
read_msgids (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *current = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines [i] != NULL; i++)
    {
      const char *line = lines [i];
      g_autofree char *literal = NULL;

      if (g_str_has_prefix (line, "msgid ") || g_str_has_prefix (line, "msgid_plural "))
        {
          if (current != NULL && current->len > 0)
            g_hash_table_add (set, g_string_free (current, FALSE));
          else if (current != NULL)
            g_string_free (current, TRUE);
          current = g_string_new (NULL);
          line = strchr (line, ' ') + 1;
        }
      else if (line [0] != '"' || current == NULL)
        {
          if (current != NULL && current->len > 0)
            g_hash_table_add (set, g_string_free (current, FALSE));
          else if (current != NULL)
            g_string_free (current, TRUE);
          current = NULL;
          continue;
        }

      literal = g_strndup (line + 1, strlen (line) - 2);
      g_autofree char *text = g_strcompress (literal);
      g_string_append (current, text);
    }

  if (current != NULL)
    g_string_free (current, TRUE);

  return set;
}

/* A text is left over when it is a msgid with no translation; a translation
 * that happens to read like the English (a name, say) is no leftover. */
static gboolean
is_left_over (const char *text)
{
  const char *translated;

  if (text == NULL || !g_hash_table_contains (msgids, text))
    return FALSE;

  translated = gettext (text);
  return translated == text || g_strcmp0 (translated, text) != 0;
}

static gboolean
has_latin_word (const char *text)
{
  guint run = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      run = g_ascii_isalpha (*p) ? run + 1 : 0;
      if (run >= 3)
        return TRUE;
    }

  return FALSE;
}

static void
check_text (const char *text,
            GPtrArray  *left)
{
  if (text == NULL || text [0] == '\0')
    return;

  if (is_left_over (text) || (g_str_equal (language, "xx") && has_latin_word (text)))
    g_ptr_array_add (left, g_strdup (text));
}

static void
collect_left_over (GtkWidget *widget,
                   GPtrArray *left)
{
  if (!gtk_widget_is_drawable (widget))
    return;

  if (GTK_IS_LABEL (widget))
    check_text (gtk_label_get_label (GTK_LABEL (widget)), left);
  if (GTK_IS_BUTTON (widget))
    check_text (gtk_button_get_label (GTK_BUTTON (widget)), left);
  check_text (gtk_widget_get_tooltip_text (widget), left);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_left_over (child, left);
}

static void
assert_no_english (const char *page)
{
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_free);

  collect_left_over (GTK_WIDGET (window), left);
  for (guint i = 0; i < left->len; i++)
    g_test_message ("%s page, English left over: “%s”", page, (char *) left->pdata [i]);
  g_assert_cmpuint (left->len, ==, 0);
}

static void
save_screenshot (const char *page)
{
  GtkWidget *widget = GTK_WIDGET (window);
  GtkWidget *welcome = sp_test_find_widget (widget, SP_TYPE_WELCOME_PAGE);
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (welcome));
  g_autofree char *file_name = g_strdup_printf ("screenshot-%s-%s.png", page, language);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);

  sp_test_wait_ms (300);
  while (gtk_stack_get_transition_running (stack))
    sp_test_wait_ms (20);
  sp_test_wait_ms (300);

  sp_test_save_png (widget, path);
}

static void
test_welcome (void)
{
  window = sp_window_new (app, sp_application_get_framework (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  sp_test_wait_ms (300);
  g_assert_cmpstr (sp_window_get_page (window), ==, "welcome");

  save_screenshot ("welcome");

  /* The title is the first thing a person reads. */
  g_assert_cmpstr (gettext (TITLE_MSGID), !=, TITLE_MSGID);
  g_assert_nonnull (gettext (TITLE_MSGID));
  assert_no_english ("welcome");
}

static void
test_result (void)
{
  SpFramework *framework = sp_application_get_framework (app);
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  SpAssessment *assessment = sp_portfolio_get_assessment (portfolio);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpProfile *profile = sp_framework_get_item (framework, i)->competence->profile;
      gboolean facilitator = profile != NULL && g_str_equal (profile->id, "facilitator");

      sp_assessment_set_answer (assessment, i, facilitator ? 5 : 2);
    }

  path = g_build_filename (output_dir, "l10n.sseportfolio", NULL);
  g_assert_true (sp_portfolio_save (portfolio, path, &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  g_assert_true (sp_window_open_file (window, file));
  g_assert_cmpstr (sp_window_get_page (window), ==, "result");

  save_screenshot ("result");
  assert_no_english ("result");
  g_unlink (path);
}

/* Choosing a language says that the app starts again in it; cancelling
 * keeps everything as it was. (The restart itself replaces the process.) */
static void
test_language_choice (void)
{
  g_autoptr(GVariant) state = NULL;
  AdwMessageDialog *dialog;

  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "language");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "");
  g_clear_pointer (&state, g_variant_unref);

  g_action_group_change_action_state (G_ACTION_GROUP (app), "language",
                                      g_variant_new_string ("el"));
  sp_test_wait_ms (300);
  dialog = sp_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ελληνικά"));
  g_assert_true (adw_message_dialog_has_response (dialog, "restart"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  sp_test_wait_ms (300);

  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "language");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "");
}

int
main (int   argc,
      char *argv [])
{
  g_autoptr(GError) error = NULL;
  const char *pot = g_getenv ("SP_POT");
  int status;

  language = g_getenv ("LANGUAGE");
  g_assert_true (language != NULL && language [0] != '\0');
  g_assert_nonnull (pot);

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "test", FALSE);
  /* gtk_test_init() leaves the locale alone, and gettext ignores
   * $LANGUAGE under the plain C locale. */
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, sp_language_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  output_dir = g_path_get_dirname (argv [0]);
  msgids = read_msgids (pot);
  g_assert_cmpuint (g_hash_table_size (msgids), >, 100);

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sp_application_get_framework (app));

  g_test_add_func ("/gui-l10n/welcome", test_welcome);
  g_test_add_func ("/gui-l10n/result", test_result);
  g_test_add_func ("/gui-l10n/language-choice", test_language_choice);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_pointer (&msgids, g_hash_table_unref);
  g_free (output_dir);

  return status;
}
