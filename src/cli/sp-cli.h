/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds the command-line contract (--list-profiles, --list-items, --assess,
 * --pdf, --save, --framework) to @application's options. */
void sp_cli_add_options (GApplication *application);

/* Runs the command-line action named in @options, without a display.
 * Returns the exit code (0 done, 1 bad input, 2 usage error), or -1 when
 * no command-line action was asked for and the window should open. */
int  sp_cli_run         (GVariantDict *options);

G_END_DECLS
