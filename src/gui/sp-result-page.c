/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-result-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-result-page.h"
#include "sp-accessible.h"

#include "sp-avatar.h"
#include "sp-format.h"
#include "sp-radar.h"
#include "sp-radar-chart.h"

#include <math.h>

#define MATCH_AVATAR_SIZE 128
#define RUNNER_UP_AVATAR_SIZE 48
#define ROW_AVATAR_SIZE 32
/* A change of a competence's score smaller than this is not shown as
 * having moved. */
#define MOVED_MIN 5.0

struct _SpResultPage
{
  AdwBin               parent_instance;

  SpResult            *result;
  SpResult            *previous;
  /* Rows added in code, kept so they can be removed again. */
  GPtrArray           *affinity_rows;
  GPtrArray           *competence_rows;
  GPtrArray           *moved_rows;

  GtkScrolledWindow   *scrolled_window;
  GtkStack            *picture_stack;
  SpAvatar            *match_avatar;
  GtkImage            *status_icon;
  GtkLabel            *headline_label;
  GtkLabel            *explanation_label;
  GtkBox              *runner_up_box;
  SpAvatar            *runner_up_avatar;
  GtkLabel            *runner_up_label;
  GtkButton           *plan_button;
  GtkButton           *review_button;
  AdwPreferencesGroup *affinities_group;
  SpRadarChart        *radar_chart;
  GtkBox              *legend_box;
  GtkLabel            *legend_now_label;
  GtkLabel            *legend_then_label;
  AdwPreferencesGroup *moved_group;
  GtkExpander         *radar_text_expander;
  GtkLabel            *radar_text_label;
  AdwPreferencesGroup *competences_group;
};

G_DEFINE_FINAL_TYPE (SpResultPage, sp_result_page, ADW_TYPE_BIN)

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));

  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  g_ptr_array_add (rows, g_object_ref (row));
  adw_preferences_group_add (group, row);
}

static GtkWidget *
create_row_avatar (SpFramework     *framework,
                   const SpProfile *profile)
{
  GtkWidget *avatar = sp_avatar_new ();

  sp_avatar_set_profile (SP_AVATAR (avatar), framework, profile);
  sp_avatar_set_size (SP_AVATAR (avatar), ROW_AVATAR_SIZE);
  gtk_widget_set_valign (avatar, GTK_ALIGN_CENTER);

  /* The row's title already names the profile. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  return avatar;
}

static const char *
get_status_icon_name (SpStatus status)
{
  switch (status)
    {
    case SP_STATUS_TOO_FEW_ANSWERS:
      return "document-edit-symbolic";
    case SP_STATUS_FLAT:
    case SP_STATUS_UNIFORM:
    case SP_STATUS_CLEAR:
    case SP_STATUS_CLOSE:
    case SP_STATUS_TIE:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
get_status_reason (SpStatus status)
{
  switch (status)
    {
    case SP_STATUS_TOO_FEW_ANSWERS:
      return _("No match yet: too few answers");
    case SP_STATUS_FLAT:
      return _("No match: no role stands out from the others");
    case SP_STATUS_UNIFORM:
      return _("No match: your answers are too alike to tell roles apart");
    case SP_STATUS_CLEAR:
    case SP_STATUS_CLOSE:
    case SP_STATUS_TIE:
    default:
      return NULL;
    }
}

static void
sp_result_page_update_picture (SpResultPage *self)
{
  SpStatus status = sp_result_get_status (self->result);
  const SpProfile *match = sp_result_get_match (self->result);
  const char *reason = get_status_reason (status);

  if (match != NULL)
    {
      sp_avatar_set_profile (self->match_avatar, sp_result_get_framework (self->result), match);
      gtk_stack_set_visible_child_name (self->picture_stack, "avatar");
    }
  else
    {
      gtk_image_set_from_icon_name (self->status_icon, get_status_icon_name (status));
      gtk_stack_set_visible_child_name (self->picture_stack, "status");
    }

  /* The headline says it in full; the icon carries the short reason. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_icon), reason);
  if (reason != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_icon),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, reason,
                                    -1);
}

static char *
dup_runner_up_text (SpResult        *result,
                    const SpProfile *runner_up)
{
  double gap = sp_result_get_gap (result);
  gulong points = (gulong) lround (gap);

  if (sp_result_get_status (result) == SP_STATUS_TIE || points == 0)
    /* Translators: %s is a profile name, e.g. "Networker" */
    return g_strdup_printf (_("Just as close: %s"), runner_up->name);

  return g_strdup_printf (ngettext ("Also close: %s, %lu point behind",
                                    "Also close: %s, %lu points behind",
                                    points),
                          runner_up->name, points);
}

static void
sp_result_page_update_runner_up (SpResultPage *self)
{
  SpStatus status = sp_result_get_status (self->result);
  const SpProfile *runner_up = sp_result_get_runner_up (self->result);
  g_autofree char *text = NULL;
  gboolean shown;

  shown = (status == SP_STATUS_CLOSE || status == SP_STATUS_TIE) && runner_up != NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->runner_up_box), shown);

  if (!shown)
    return;

  text = dup_runner_up_text (self->result, runner_up);
  gtk_label_set_label (self->runner_up_label, text);
  sp_avatar_set_profile (self->runner_up_avatar, sp_result_get_framework (self->result),
                         runner_up);
}

static void
sp_result_page_update_text (SpResultPage *self)
{
  g_autofree char *headline = sp_result_dup_headline (self->result);
  g_autofree char *explanation = sp_result_dup_explanation (self->result);

  gtk_label_set_label (self->headline_label, headline);
  gtk_label_set_label (self->explanation_label, explanation);
}

/* With too few answers there is nothing to plan yet: going back to the
 * questions is the step that helps. */
static void
sp_result_page_update_buttons (SpResultPage *self)
{
  gboolean too_few = sp_result_get_status (self->result) == SP_STATUS_TOO_FEW_ANSWERS;

  if (too_few)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->plan_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->review_button), "suggested-action");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->review_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->plan_button), "suggested-action");
    }
}

static GtkWidget *
create_affinity_suffix (const SpAffinity *affinity)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *bar;
  GtkWidget *label;
  g_autofree char *number = NULL;
  g_autofree char *bar_name = NULL;

  if (isnan (affinity->affinity))
    {
      label = gtk_label_new (_("Not enough answers"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_box_append (GTK_BOX (box), label);
      return box;
    }

  bar = gtk_level_bar_new_for_interval (0, 100);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), affinity->affinity);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  /* Plain bars: the low/high colours would read as a verdict. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  /* Translators: accessible name of a bar, %s is a profile name */
  bar_name = g_strdup_printf (_("Fit with %s"), affinity->profile->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, bar_name,
                                  -1);

  number = g_strdup_printf ("%.0f", affinity->affinity);
  label = gtk_label_new (number);
  gtk_label_set_width_chars (GTK_LABEL (label), 3);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
create_affinity_row (SpResultPage     *self,
                     const SpAffinity *affinity)
{
  SpFramework *framework = sp_result_get_framework (self->result);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), affinity->profile->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), affinity->profile->tagline);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             create_row_avatar (framework, affinity->profile));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_affinity_suffix (affinity));

  return row;
}

static void
sp_result_page_update_affinities (SpResultPage *self)
{
  guint n = sp_result_get_n_affinities (self->result);

  clear_rows (self->affinities_group, self->affinity_rows);

  for (guint i = 0; i < n; i++)
    {
      const SpAffinity *affinity = sp_result_get_affinity (self->result, i);

      add_row (self->affinities_group, self->affinity_rows,
               create_affinity_row (self, affinity));
    }
}

/* The score as a number over its band in words, narrow enough for a
 * phone-sized window. */
static GtkWidget *
create_score_suffix (double score)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *number = NULL;
  GtkWidget *label;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  if (isnan (score))
    {
      label = gtk_label_new (_("Not assessed"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      return box;
    }

  number = g_strdup_printf ("%.0f", score);
  label = gtk_label_new (number);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (sp_band_get_label (sp_band_for_score (score)));
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
create_competence_row (SpResultPage       *self,
                       const SpCompetence *competence)
{
  double score = sp_result_get_competence_score (self->result, competence);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), competence->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), competence->description);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_score_suffix (score));

  return row;
}

/* "Average 62 · Autonomous", or "Not assessed" when no competence of the
 * group has a score. */
static char *
dup_group_summary (SpResult            *result,
                   const SpCompetence **competences,
                   guint                n_competences)
{
  double sum = 0;
  guint n_scored = 0;

  for (guint i = 0; i < n_competences; i++)
    {
      double score = sp_result_get_competence_score (result, competences[i]);

      if (!isnan (score))
        {
          sum += score;
          n_scored++;
        }
    }

  if (n_scored == 0)
    return g_strdup (_("Not assessed"));

  /* Translators: the mean score of a group of competences, then its band */
  return g_strdup_printf (_("Average %.0f · %s"), sum / n_scored,
                          sp_band_get_label (sp_band_for_score (sum / n_scored)));
}

/* The profile's avatar, or for the shared competences an icon of the same
 * size, so that all group titles line up. */
static GtkWidget *
create_group_icon (SpResultPage    *self,
                   const SpProfile *profile)
{
  GtkWidget *icon;

  if (profile != NULL)
    return create_row_avatar (sp_result_get_framework (self->result), profile);

  icon = gtk_image_new_from_icon_name ("system-users-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 16);
  gtk_widget_set_size_request (icon, ROW_AVATAR_SIZE, ROW_AVATAR_SIZE);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  return icon;
}

static GtkWidget *
create_group_row (SpResultPage        *self,
                  const char          *title,
                  const SpProfile     *profile,
                  const SpCompetence **competences,
                  guint                n_competences)
{
  g_autofree char *summary = dup_group_summary (self->result, competences, n_competences);
  GtkWidget *row = adw_expander_row_new ();

  sp_accessible_name_expander_row (ADW_EXPANDER_ROW (row));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), summary);

  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), create_group_icon (self, profile));

  for (guint i = 0; i < n_competences; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              create_competence_row (self, competences[i]));

  return row;
}

static void
sp_result_page_add_transversal_group (SpResultPage *self)
{
  SpFramework *framework = sp_result_get_framework (self->result);
  guint n = sp_framework_get_n_competences (framework);
  g_autoptr (GPtrArray) transversal = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);

      if (competence->transversal)
        g_ptr_array_add (transversal, (gpointer) competence);
    }

  if (transversal->len == 0)
    return;

  add_row (self->competences_group, self->competence_rows,
           create_group_row (self, _("Shared by every role"), NULL,
                             (const SpCompetence **) transversal->pdata,
                             transversal->len));
}

static void
sp_result_page_update_competences (SpResultPage *self)
{
  SpFramework *framework = sp_result_get_framework (self->result);
  guint n_profiles = sp_framework_get_n_profiles (framework);

  clear_rows (self->competences_group, self->competence_rows);

  sp_result_page_add_transversal_group (self);

  for (guint i = 0; i < n_profiles; i++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, i);

      add_row (self->competences_group, self->competence_rows,
               create_group_row (self, profile->name, profile,
                                 profile->competences, profile->n_competences));
    }
}

static void
sp_result_page_update_radar (SpResultPage *self)
{
  g_autofree char *description = sp_radar_dup_description (self->result);

  sp_radar_chart_set_results (self->radar_chart, self->result, NULL);
  gtk_label_set_label (self->radar_text_label, description);
}

/* Then and now */

typedef struct
{
  const SpCompetence *competence;
  double              then;
  double              now;
} Move;

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const Move *move_a = a;
  const Move *move_b = b;
  double size_a = fabs (move_a->now - move_a->then);
  double size_b = fabs (move_b->now - move_b->then);

  if (size_a != size_b)
    return size_a > size_b ? -1 : 1;

  return (int) move_a->competence->index - (int) move_b->competence->index;
}

/* The competences whose score changed by MOVED_MIN or more, the biggest
 * change first. */
static GArray *
dup_moves (SpResult *previous,
           SpResult *result)
{
  SpFramework *framework = sp_result_get_framework (result);
  GArray *moves = g_array_new (FALSE, FALSE, sizeof (Move));

  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    {
      Move move = { sp_framework_get_competence (framework, i), NAN, NAN };

      move.then = sp_result_get_competence_score (previous, move.competence);
      move.now = sp_result_get_competence_score (result, move.competence);
      if (!isnan (move.then) && !isnan (move.now) && fabs (move.now - move.then) >= MOVED_MIN)
        g_array_append_val (moves, move);
    }

  g_array_sort (moves, compare_moves);

  return moves;
}

static GtkWidget *
create_move_suffix (const Move *move)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean up = move->now > move->then;
  GtkWidget *icon = gtk_image_new_from_icon_name (up ? "go-up-symbolic" : "go-down-symbolic");
  /* Translators: a score then and now, from 0 to 100 */
  g_autofree char *text = g_strdup_printf (_("%.0f → %.0f"), move->then, move->now);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (icon, up ? "success" : "warning");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  return box;
}

static GtkWidget *
create_move_row (const Move *move)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  double change = round (move->now) - round (move->then);
  gulong points = (gulong) fabs (change);

  if (move->now > move->then)
    /* Translators: how much a competence's score rose, in points of 100 */
    subtitle = g_strdup_printf (ngettext ("Up %lu point", "Up %lu points", points), points);
  else
    /* Translators: how much a competence's score fell, in points of 100 */
    subtitle = g_strdup_printf (ngettext ("Down %lu point", "Down %lu points", points), points);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), move->competence->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_move_suffix (move));

  return row;
}

static void
sp_result_page_update_moves (SpResultPage *self,
                             const char   *then_text)
{
  g_autoptr(GArray) moves = dup_moves (self->previous, self->result);
  g_autofree char *description = NULL;

  /* Translators: %s is the date of the previous assessment */
  description = g_strdup_printf (_("Competences whose score changed by 5 points or more "
                                   "since %s, the biggest change first."), then_text);
  adw_preferences_group_set_description (self->moved_group, description);

  for (guint i = 0; i < moves->len; i++)
    add_row (self->moved_group, self->moved_rows,
             create_move_row (&g_array_index (moves, Move, i)));

  if (moves->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No competence moved by 5 points or more"));
      add_row (self->moved_group, self->moved_rows, row);
    }
}

static void
sp_result_page_clear_comparison (SpResultPage *self)
{
  g_clear_pointer (&self->previous, sp_result_unref);
  clear_rows (self->moved_group, self->moved_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->moved_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), FALSE);
}

static void
sp_result_page_scroll_to_top (SpResultPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
sp_result_page_dispose (GObject *object)
{
  SpResultPage *self = SP_RESULT_PAGE (object);

  /* AdwBin unparents its child itself; leaving the bound child to
   * gtk_widget_dispose_template() as well would unparent it twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_RESULT_PAGE);

  g_clear_pointer (&self->result, sp_result_unref);
  g_clear_pointer (&self->previous, sp_result_unref);
  g_clear_pointer (&self->affinity_rows, g_ptr_array_unref);
  g_clear_pointer (&self->competence_rows, g_ptr_array_unref);
  g_clear_pointer (&self->moved_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sp_result_page_parent_class)->dispose (object);
}

static void
sp_result_page_class_init (SpResultPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_result_page_dispose;

  g_type_ensure (SP_TYPE_AVATAR);
  g_type_ensure (SP_TYPE_RADAR_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/sseportfolio/Portfolio/"
                                               "sp-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, picture_stack);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, match_avatar);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, runner_up_box);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, runner_up_avatar);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, runner_up_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, review_button);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, affinities_group);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, radar_chart);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, legend_box);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, legend_now_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, legend_then_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, moved_group);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, radar_text_expander);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, radar_text_label);
  gtk_widget_class_bind_template_child (widget_class, SpResultPage, competences_group);
}

static void
sp_result_page_init (SpResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
  /* In GTK 4.8 a collapsed expander whose hidden child can take the focus
   * keeps Tab for ever: the text takes it only while it is shown. */
  g_object_bind_property (self->radar_text_expander, "expanded",
                          self->radar_text_label, "can-focus",
                          G_BINDING_SYNC_CREATE);

  self->affinity_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->competence_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->moved_rows = g_ptr_array_new_with_free_func (g_object_unref);

  sp_avatar_set_size (self->match_avatar, MATCH_AVATAR_SIZE);
  sp_avatar_set_size (self->runner_up_avatar, RUNNER_UP_AVATAR_SIZE);
}

/**
 * sp_result_page_set_result:
 * @self: a result page
 * @result: (nullable): the result to show
 *
 * Fills the page from @result and scrolls back to its top.
 */
void
sp_result_page_set_result (SpResultPage *self,
                           SpResult     *result)
{
  g_return_if_fail (SP_IS_RESULT_PAGE (self));

  if (result != NULL)
    sp_result_ref (result);
  g_clear_pointer (&self->result, sp_result_unref);
  self->result = result;
  sp_result_page_clear_comparison (self);

  if (self->result == NULL)
    {
      clear_rows (self->affinities_group, self->affinity_rows);
      clear_rows (self->competences_group, self->competence_rows);
      sp_radar_chart_set_results (self->radar_chart, NULL, NULL);
      return;
    }

  sp_result_page_update_picture (self);
  sp_result_page_update_text (self);
  sp_result_page_update_runner_up (self);
  sp_result_page_update_buttons (self);
  sp_result_page_update_affinities (self);
  sp_result_page_update_radar (self);
  sp_result_page_update_competences (self);
  sp_result_page_scroll_to_top (self);
}

/**
 * sp_result_page_set_comparison:
 * @self: a result page
 * @previous: (nullable): the result of the assessment before, or %NULL
 *   for none
 * @previous_date: (nullable): when @previous was made
 * @date: (nullable): when the shown result was made
 *
 * Overlays @previous on the radar, with a legend naming both dates, and
 * lists the competences that moved. Call after sp_result_page_set_result().
 */
void
sp_result_page_set_comparison (SpResultPage *self,
                               SpResult     *previous,
                               GDateTime    *previous_date,
                               GDateTime    *date)
{
  g_autofree char *then_date = NULL;
  g_autofree char *now_date = NULL;
  g_autofree char *then_text = NULL;
  g_autofree char *now_text = NULL;

  g_return_if_fail (SP_IS_RESULT_PAGE (self));

  sp_result_page_clear_comparison (self);
  if (previous == NULL || self->result == NULL)
    {
      if (self->result != NULL)
        sp_radar_chart_set_results (self->radar_chart, self->result, NULL);
      return;
    }

  self->previous = sp_result_ref (previous);
  sp_radar_chart_set_results (self->radar_chart, self->result, self->previous);

  then_date = previous_date != NULL ? sp_format_date_time (previous_date) : g_strdup (_("before"));
  now_date = date != NULL ? sp_format_date_time (date) : g_strdup (_("today"));
  /* Translators: legend of the radar; %s is a date */
  now_text = g_strdup_printf (_("Now, %s (filled area)"), now_date);
  /* Translators: legend of the radar; %s is a date */
  then_text = g_strdup_printf (_("Before, %s (dashed line)"), then_date);
  gtk_label_set_label (self->legend_now_label, now_text);
  gtk_label_set_label (self->legend_then_label, then_text);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_box), TRUE);

  sp_result_page_update_moves (self, then_date);
  gtk_widget_set_visible (GTK_WIDGET (self->moved_group), TRUE);
}

/**
 * sp_result_page_get_n_moved:
 * @self: a result page
 *
 * Returns: how many competences the "What moved" list shows, 0 when there
 *   is no comparison.
 */
guint
sp_result_page_get_n_moved (SpResultPage *self)
{
  g_autoptr(GArray) moves = NULL;

  g_return_val_if_fail (SP_IS_RESULT_PAGE (self), 0);

  if (self->previous == NULL)
    return 0;

  moves = dup_moves (self->previous, self->result);

  return moves->len;
}
