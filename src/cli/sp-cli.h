/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds the command-line contract (--list-profiles, --list-items, --assess,
 * --pdf, --save, --framework, --share, --team…) to @application's options. */
void sp_cli_add_options (GApplication *application);

/* Runs the command-line action named in @options, without a display.
 * Returns the exit code (0 done, 1 bad input, 2 usage error), or -1 when
 * no command-line action was asked for and the window should open. */
int  sp_cli_run         (GVariantDict *options);

/* When sp_cli_run() returned -1: opens the FILE arguments (which the
 * command line collects for --team) in the application. Returns -1 to go
 * on running, or the exit code when this process is done. */
int  sp_cli_open_files  (GApplication *application,
                         GVariantDict *options);

G_END_DECLS
