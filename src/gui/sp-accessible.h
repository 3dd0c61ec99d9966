/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void sp_accessible_fix_names          (GtkWidget      *root);
void sp_accessible_name_button        (GtkButton      *button,
                                       const char     *name);
void sp_accessible_name_split_button  (AdwSplitButton *split_button,
                                       const char     *name,
                                       const char     *dropdown_name);
void sp_accessible_name_expander_row  (AdwExpanderRow *row);

G_END_DECLS
