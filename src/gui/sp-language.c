/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-language"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-language.h"

#include <errno.h>
#include <gio/gio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

/* The language a person chose inside the app (GSettings key "language")
 * wins over the system's, and is applied before the first string is
 * translated. Changing it means starting again: the framework, the
 * templates and the menus are all translated once, when they are read. */

#define LOCALEDIR_VARIABLE "SSE_PORTFOLIO_LOCALEDIR"

static const SpLanguage languages [] = {
  { "", NULL },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
  { "it", "Italiano" },
  { "el", "Ελληνικά" },
};

/* Where month names come from when the chosen language differs from the
 * system's: the first locale of the list that is installed. */
static const struct
{
  const char *code;
  const char *locales [3];
} time_locales [] = {
  { "en", { "en_GB.UTF-8", "en_US.UTF-8", "C.UTF-8" } },
  { "es", { "es_ES.UTF-8", NULL } },
  { "fr", { "fr_FR.UTF-8", NULL } },
  { "it", { "it_IT.UTF-8", NULL } },
  { "el", { "el_GR.UTF-8", NULL } },
};

static char **saved_argv;

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);

  if (schema == NULL || !g_settings_schema_has_key (schema, "language"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
locale_speaks (const char *locale,
               const char *code)
{
  gsize length = strlen (code);

  return locale != NULL && strncmp (locale, code, length) == 0 &&
         (locale [length] == '\0' || locale [length] == '_' || locale [length] == '.');
}

static void
apply_time_locale (const char *code)
{
  if (locale_speaks (setlocale (LC_TIME, NULL), code))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (time_locales); i++)
    {
      if (g_strcmp0 (time_locales [i].code, code) != 0)
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (time_locales [i].locales); j++)
        if (time_locales [i].locales [j] != NULL &&
            setlocale (LC_TIME, time_locales [i].locales [j]) != NULL)
          return;
    }
}

static void
apply_choice (const char *code)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  g_setenv ("LANGUAGE", code, TRUE);

  /* gettext ignores LANGUAGE under the plain C locale. */
  if (g_strcmp0 (messages, "C") == 0 || g_strcmp0 (messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");

  apply_time_locale (code);
}

const SpLanguage *
sp_language_get_all (guint *n_languages)
{
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const SpLanguage *
sp_language_lookup (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages [i].code, code) == 0)
      return &languages [i];

  return NULL;
}

const char *
sp_language_get_name (const SpLanguage *language)
{
  g_return_val_if_fail (language != NULL, NULL);

  return language->name != NULL ? language->name : _("System Default");
}

/**
 * sp_language_init:
 * @argv: the program's arguments, kept for sp_language_restart()
 *
 * Sets the locale from the environment, applies the language chosen in the
 * app and binds the translations. Call it first in main().
 */
void
sp_language_init (char **argv)
{
  g_autofree char *choice = NULL;

  g_strfreev (saved_argv);
  saved_argv = g_strdupv (argv);

  setlocale (LC_ALL, "");
  choice = sp_language_dup_choice ();
  if (sp_language_lookup (choice) != NULL && choice [0] != '\0')
    apply_choice (choice);

  /* GTK would otherwise reset the locale and undo the choice. */
  gtk_disable_setlocale ();

  bindtextdomain (GETTEXT_PACKAGE, sp_language_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* The installed translations, unless SSE_PORTFOLIO_LOCALEDIR points
 * elsewhere: the build folder's po/ for uninstalled runs and tests. */
const char *
sp_language_get_localedir (void)
{
  const char *dir = g_getenv (LOCALEDIR_VARIABLE);

  return dir != NULL && dir [0] != '\0' ? dir : LOCALEDIR;
}

/* The code of the language chosen in the app; "" for the system's. */
char *
sp_language_dup_choice (void)
{
  g_autoptr(GSettings) settings = create_settings ();

  if (settings == NULL)
    return g_strdup ("");

  return g_settings_get_string (settings, "language");
}

gboolean
sp_language_save_choice (const char *code)
{
  g_autoptr(GSettings) settings = NULL;

  g_return_val_if_fail (sp_language_lookup (code) != NULL, FALSE);

  settings = create_settings ();
  if (settings == NULL || !g_settings_set_string (settings, "language", code))
    return FALSE;

  /* The process is about to be replaced: write now, not later. */
  g_settings_sync ();
  return TRUE;
}

/**
 * sp_language_restart:
 * @error: where a failure is told
 *
 * Replaces the running program with a fresh copy started with the same
 * arguments, so that it comes up in the language now chosen. Returns only
 * on failure.
 */
gboolean
sp_language_restart (GError **error)
{
  int saved_errno;

  g_return_val_if_fail (saved_argv != NULL && saved_argv [0] != NULL, FALSE);

  g_settings_sync ();
  execv ("/proc/self/exe", saved_argv);
  saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not start again: %s"), g_strerror (saved_errno));
  return FALSE;
}
