/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "baseline-gtk"

/* GTK's own floor: a plain window with a label and no application object. */

#include <gtk/gtk.h>

int
main (int   argc,
      char *argv[])
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 720);
  gtk_window_present (GTK_WINDOW (window));

  while (TRUE)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}
