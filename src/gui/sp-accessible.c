/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-accessible.h"

/* Accessible names that GTK 4.8 and libadwaita 1.2 get wrong, put right
 * so that a screen reader says what the eye reads (tests/a11y checks
 * it through AT-SPI). */

#define NAMED_KEY "sp-accessible-named"

/* A button with a mnemonic label is named twice by GTK 4.8: once by its
 * label property, underscore included, and once by the label it is
 * labelled by, so Orca reads "_Next Next". Dropping the property leaves
 * the relation, as later versions of GTK do. */
static void
reset_mnemonic_label (GtkButton *button)
{
  if (g_object_get_data (G_OBJECT (button), NAMED_KEY) != NULL)
    return;
  if (gtk_button_get_label (button) == NULL || !gtk_button_get_use_underline (button))
    return;

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
fix_button (GtkButton *button)
{
  /* GTK sets the property again with every new label. */
  g_signal_connect_after (button, "notify::label", G_CALLBACK (reset_mnemonic_label), NULL);
  g_signal_connect_after (button, "notify::use-underline",
                          G_CALLBACK (reset_mnemonic_label), NULL);
  reset_mnemonic_label (button);
}

/* GTK 4.8 gives an expander no name at all: it is named by its label. */
static void
fix_expander (GtkExpander *expander)
{
  GtkWidget *label = gtk_expander_get_label_widget (expander);

  if (label == NULL)
    return;

  gtk_accessible_update_relation (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
}

/* The button inside a GTK 4.8 drop-down takes the focus without a name:
 * it is labelled by the drop-down. */
static void
fix_drop_down (GtkDropDown *drop_down)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_TOGGLE_BUTTON (child))
        continue;

      g_object_set_data (G_OBJECT (child), NAMED_KEY, GINT_TO_POINTER (TRUE));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, drop_down, NULL,
                                      -1);
    }
}

/**
 * sp_accessible_fix_names:
 * @root: a widget, usually a template just initialised
 *
 * Puts right the accessible names of the buttons and expanders in @root
 * and below it. Buttons given a name of their own afterwards with
 * sp_accessible_name_button() keep it.
 */
void
sp_accessible_fix_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) && g_object_get_data (G_OBJECT (root), NAMED_KEY) == NULL)
    fix_button (GTK_BUTTON (root));
  else if (GTK_IS_EXPANDER (root))
    fix_expander (GTK_EXPANDER (root));
  else if (GTK_IS_DROP_DOWN (root))
    fix_drop_down (GTK_DROP_DOWN (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sp_accessible_fix_names (child);
}

/**
 * sp_accessible_name_button:
 * @button: a button with a visible label
 * @name: the name to say instead of the label
 *
 * Names @button by @name alone, for a label that says too little out of
 * context ("Show" in a list of activities).
 */
void
sp_accessible_name_button (GtkButton  *button,
                           const char *name)
{
  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (name != NULL);

  g_object_set_data (G_OBJECT (button), NAMED_KEY, GINT_TO_POINTER (TRUE));
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/**
 * sp_accessible_name_split_button:
 * @split_button: a split button
 * @name: the name of its main button
 * @dropdown_name: the name of the arrow that opens its menu
 *
 * libadwaita 1.2 names neither half of a split button, whatever the
 * split button itself is called: names both.
 */
void
sp_accessible_name_split_button (AdwSplitButton *split_button,
                                 const char     *name,
                                 const char     *dropdown_name)
{
  g_return_if_fail (ADW_IS_SPLIT_BUTTON (split_button));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (split_button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *child_name = GTK_IS_MENU_BUTTON (child) ? dropdown_name : name;

      /* The toggle inside the menu button, which takes the focus, is
       * labelled by the menu button already. */
      if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, child_name,
                                        -1);
    }
}

static void
on_row_title_notify_cb (AdwPreferencesRow *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row),
                                  -1);
}

/**
 * sp_accessible_name_expander_row:
 * @row: an expander row
 *
 * libadwaita 1.2 names the header of an expander row but not the row
 * that takes the focus around it: names it by its title, now and
 * whenever the title changes.
 */
void
sp_accessible_name_expander_row (AdwExpanderRow *row)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  g_signal_connect (row, "notify::title", G_CALLBACK (on_row_title_notify_cb), NULL);
  on_row_title_notify_cb (ADW_PREFERENCES_ROW (row));
}
