/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sp-error.h"
#include "sp-framework.h"

G_BEGIN_DECLS

/* Asserts that @error has @code and a message that starts with
 * "FILE:LINE: ", where FILE ends with @file_suffix. */
#define sp_assert_error_at(error, code, file_suffix) \
  sp_test_assert_error_at ((error), (code), (file_suffix), G_STRLOC)

static inline void
sp_test_assert_error_at (const GError *error,
                         int           code,
                         const char   *file_suffix,
                         const char   *where)
{
  g_autofree char *escaped = NULL;
  g_autofree char *pattern = NULL;

  if (error == NULL)
    g_error ("%s: expected an error with code %d, got none", where, code);

  if (!g_error_matches (error, SP_ERROR, code))
    g_error ("%s: expected code %d, got %s %d: %s", where, code,
             g_quark_to_string (error->domain), error->code, error->message);

  escaped = g_regex_escape_string (file_suffix, -1);
  pattern = g_strdup_printf ("^.*%s:[0-9]+: \\S", escaped);
  if (!g_regex_match_simple (pattern, error->message, G_REGEX_DOTALL, 0))
    g_error ("%s: “%s” does not name %s and a line", where, error->message, file_suffix);
}

/* The built-in framework, as a new reference. */
static inline SpFramework *
sp_test_load_framework (void)
{
  g_autoptr(GError) error = NULL;
  SpFramework *framework = sp_framework_new_default (&error);

  g_assert_no_error (error);
  return framework;
}

/* How much longer than on a quiet machine a timed check may take:
 * $SP_TEST_TIME_FACTOR (valgrind, sanitizers), at least 1. */
static inline double
sp_test_get_time_factor (void)
{
  const char *factor = g_getenv ("SP_TEST_TIME_FACTOR");

  if (factor == NULL)
    return 1.0;

  return MAX (1.0, g_ascii_strtod (factor, NULL));
}

/* A new temporary folder named after @name_template ("sp-foo-XXXXXX"). */
static inline char *
sp_test_make_tmp_dir (const char *name_template)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (name_template, &error);

  g_assert_no_error (error);
  return dir;
}

/* The folder of test data, tests/model/files. */
static inline char *
sp_test_dup_files_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "model", "files", NULL);
}

/* The repository's folder, set by meson; NULL when run by hand. */
static inline const char *
sp_test_get_source_root (void)
{
  return g_getenv ("SP_SOURCE_ROOT");
}

/* Copies the regular files of @from into @to (not recursive). */
static inline void
sp_test_copy_files (const char *from,
                    const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (from, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
        continue;
      g_file_get_contents (source, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (target, contents, length, &error);
      g_assert_no_error (error);
    }
}

/* Removes a flat temporary folder made by a test. */
static inline void
sp_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

G_END_DECLS
