/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SpLanguage:
 * @code: the gettext language code, or "" for the system's language
 * @name: the language's name in itself ("Español"), or %NULL for the
 *   system default, whose label is translated
 *
 * One of the languages a person can choose inside the app.
 */
typedef struct
{
  const char *code;
  const char *name;
} SpLanguage;

const SpLanguage *sp_language_get_all        (guint        *n_languages);
const SpLanguage *sp_language_lookup         (const char   *code);
const char       *sp_language_get_name       (const SpLanguage *language);

void              sp_language_init           (char        **argv);
const char       *sp_language_get_localedir  (void);

char             *sp_language_dup_choice     (void);
gboolean          sp_language_save_choice    (const char   *code);
gboolean          sp_language_restart        (GError      **error);

G_END_DECLS
