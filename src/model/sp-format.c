/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-format"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-format.h"

static const char *
date_format (void)
{
  /* Translators: how a date is shown, in g_date_time_format() notation:
   * %-d day, %B month name, %Y year. Reorder for your language. */
  return _("%-d %B %Y");
}

char *
sp_format_date_time (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  return g_date_time_format (date_time, date_format ());
}

char *
sp_format_date (const GDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 12, 0, 0);

  return sp_format_date_time (date_time);
}
