/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-assessment.h"

G_BEGIN_DECLS

/* What --share asks for, next to --assess. */
typedef struct
{
  const char *out;          /* the share file to write */
  const char *member_name;  /* NULL: none */
  const char *member_id;    /* NULL: reuse the one in @out, or a new one */
  gboolean    show_name;
} SpCliShare;

/* What --team asks for. */
typedef struct
{
  char * const *files;      /* share files, folders or .sseteam files */
  const char   *pdf;
  const char   *csv;
  const char   *save;       /* --save-team */
  int           min_group;  /* 0: the default */
} SpCliTeam;

/* Writes the share of @assessment; FALSE with @error on failure. */
gboolean sp_cli_write_share (const SpCliShare  *request,
                             SpAssessment      *assessment,
                             GError           **error);

/* Runs --team: prints the audit to @out, messages to stderr, writes the
 * outputs. Returns the exit code. */
int      sp_cli_team        (const SpCliTeam   *request,
                             SpFramework       *framework,
                             GString           *out);

G_END_DECLS
