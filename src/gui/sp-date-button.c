/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-date-button.h"
#include "sp-accessible.h"

#include "sp-format.h"

struct _SpDateButton
{
  AdwBin          parent_instance;

  GDate           date;
  char           *title;
  /* The month the calendar shows, to tell a day picked from a month
   * turned. */
  int             month;
  int             year;
  gboolean        updating;

  GtkMenuButton  *button;
  GtkCalendar    *calendar;
};

G_DEFINE_FINAL_TYPE (SpDateButton, sp_date_button, ADW_TYPE_BIN)

enum {
  DATE_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GDateTime *
date_time_from_date (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

static void
sp_date_button_show_date (SpDateButton *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (g_date_valid (&self->date))
    text = sp_format_date (&self->date);
  else
    text = g_strdup (_("No date"));

  gtk_menu_button_set_label (self->button, text);

  /* Translators: accessible name of a date button: what the date is, then
   * the date or "No date" */
  name = g_strdup_printf (_("%s: %s"), self->title != NULL ? self->title : _("Date"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
sp_date_button_remember_month (SpDateButton *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);

  self->month = g_date_time_get_month (shown);
  self->year = g_date_time_get_year (shown);
}

static void
on_calendar_day_selected_cb (SpDateButton *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);
  gboolean same_month;

  if (self->updating)
    return;

  same_month = g_date_time_get_month (selected) == self->month &&
               g_date_time_get_year (selected) == self->year;
  sp_date_button_remember_month (self);

  g_date_clear (&self->date, 1);
  g_date_set_dmy (&self->date,
                  g_date_time_get_day_of_month (selected),
                  g_date_time_get_month (selected),
                  g_date_time_get_year (selected));
  sp_date_button_show_date (self);
  g_signal_emit (self, signals [DATE_CHANGED], 0);

  /* A day picked in the month shown is a choice; one that comes with
   * turning the month is not yet. */
  if (same_month)
    gtk_menu_button_popdown (self->button);
}

/* Turning the month or year moves the calendar's date without
 * "day-selected". */
static void
on_calendar_page_cb (SpDateButton *self)
{
  sp_date_button_remember_month (self);
}

static void
on_no_date_clicked_cb (SpDateButton *self)
{
  g_date_clear (&self->date, 1);
  sp_date_button_show_date (self);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals [DATE_CHANGED], 0);
}

static void
sp_date_button_dispose (GObject *object)
{
  SpDateButton *self = SP_DATE_BUTTON (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (sp_date_button_parent_class)->dispose (object);
}

static void
sp_date_button_finalize (GObject *object)
{
  SpDateButton *self = SP_DATE_BUTTON (object);

  g_free (self->title);

  G_OBJECT_CLASS (sp_date_button_parent_class)->finalize (object);
}

static void
sp_date_button_class_init (SpDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_date_button_dispose;
  object_class->finalize = sp_date_button_finalize;

  /**
   * SpDateButton::date-changed:
   *
   * The person picked a day or cleared the date.
   */
  signals [DATE_CHANGED] =
    g_signal_new ("date-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, SpDateButton, button);
  gtk_widget_class_bind_template_child (widget_class, SpDateButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_no_date_clicked_cb);
}

static void
sp_date_button_init (SpDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));

  g_date_clear (&self->date, 1);
  sp_date_button_remember_month (self);
  sp_date_button_show_date (self);
}

GtkWidget *
sp_date_button_new (void)
{
  return g_object_new (SP_TYPE_DATE_BUTTON, NULL);
}

/**
 * sp_date_button_set_date:
 * @self: a date button
 * @date: the date to show; an invalid (cleared) date means none
 *
 * Shows @date without emitting "date-changed".
 */
void
sp_date_button_set_date (SpDateButton *self,
                         const GDate  *date)
{
  g_return_if_fail (SP_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL);

  if (g_date_valid (date) == g_date_valid (&self->date) &&
      (!g_date_valid (date) || g_date_compare (date, &self->date) == 0))
    return;

  self->date = *date;
  sp_date_button_show_date (self);

  if (!g_date_valid (date))
    return;

  self->updating = TRUE;
  {
    g_autoptr(GDateTime) shown = date_time_from_date (date);

    gtk_calendar_select_day (self->calendar, shown);
  }
  self->updating = FALSE;
  sp_date_button_remember_month (self);
}

void
sp_date_button_get_date (SpDateButton *self,
                         GDate        *date)
{
  g_return_if_fail (SP_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL);

  *date = self->date;
}

void
sp_date_button_set_title (SpDateButton *self,
                          const char   *title)
{
  g_return_if_fail (SP_IS_DATE_BUTTON (self));

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  sp_date_button_show_date (self);
}
