/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sp-framework.h"

G_BEGIN_DECLS

#define SP_TYPE_WELCOME_PAGE (sp_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (SpWelcomePage, sp_welcome_page, SP, WELCOME_PAGE, AdwBin)

/**
 * SpWelcomePage:
 *
 * The first page: what the app does, the ten profiles' avatars, and
 * buttons that activate "win.start" and "win.open".
 */
void sp_welcome_page_set_framework (SpWelcomePage *self,
                                    SpFramework   *framework);

G_END_DECLS
