/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SP_ERROR (sp_error_quark ())

/**
 * SpError:
 * @SP_ERROR_INVALID: the input is not what it claims to be (malformed,
 *   truncated, fails its schema, breaks a rule); the message names the
 *   file and line.
 * @SP_ERROR_UNKNOWN_ID: an item, competence or profile id that the
 *   framework does not know.
 * @SP_ERROR_DUPLICATE: the same id appears twice.
 * @SP_ERROR_OUT_OF_RANGE: a value outside its allowed range.
 * @SP_ERROR_NEWER_VERSION: the file was made by a newer version.
 * @SP_ERROR_TOO_LARGE: the file exceeds the size or nesting limits.
 * @SP_ERROR_FAILED: anything else (I/O wrapped with the path).
 */
typedef enum
{
  SP_ERROR_INVALID,
  SP_ERROR_UNKNOWN_ID,
  SP_ERROR_DUPLICATE,
  SP_ERROR_OUT_OF_RANGE,
  SP_ERROR_NEWER_VERSION,
  SP_ERROR_TOO_LARGE,
  SP_ERROR_FAILED,
} SpError;

GQuark sp_error_quark (void);

#define SP_ERROR_MAX_DETAIL 200

/* @what cut to SP_ERROR_MAX_DETAIL characters (whole UTF-8 characters,
 * ending in "…"), so that a message quoting a hostile file stays short.
 * Takes @what and returns it or a new string. */
char   *sp_error_shorten (char *what);

G_END_DECLS
