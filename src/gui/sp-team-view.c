/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team-view.h"
#include "sp-accessible.h"

#include "sp-avatar.h"
#include "sp-heat-map.h"

#include <math.h>
#include <string.h>

#define UI_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/sp-team-view.ui"
#define TILE_AVATAR_SIZE 48
#define ROW_AVATAR_SIZE 32
#define MAX_SUGGESTIONS 5
/* Past this, one column per member no longer helps anyone read the map. */
#define MAX_MAP_MEMBERS 100
/* Rows listed per kind of message; the rest are counted. */
#define MAX_REPORT_ROWS 100

typedef struct
{
  SpTeamMessageKind  kind;
  char              *file;
  char              *text;
} Report;

struct _SpTeamView
{
  AdwBin               parent_instance;

  SpTeam              *team;
  SpTeam              *end;
  GArray              *failures;   /* Report */

  GtkScrolledWindow   *scrolled_window;
  GtkLabel            *summary_label;
  GtkLabel            *settings_label;
  GtkLabel            *hidden_label;
  AdwPreferencesGroup *report_group;
  GtkListBox          *report_list;
  AdwPreferencesGroup *progress_group;
  GtkListBox          *progress_list;
  AdwPreferencesGroup *roles_group;
  GtkFlowBox          *roles_box;
  AdwPreferencesGroup *uncovered_group;
  GtkListBox          *uncovered_list;
  AdwPreferencesGroup *coverage_group;
  GtkListBox          *coverage_list;
  AdwPreferencesGroup *suggestions_group;
  GtkListBox          *suggestions_list;
  AdwPreferencesGroup *map_group;
  SpHeatMap           *heat_map;
  GtkLabel            *map_note_label;
};

G_DEFINE_FINAL_TYPE (SpTeamView, sp_team_view, ADW_TYPE_BIN)

static void
clear_report (gpointer data)
{
  Report *report = data;

  g_clear_pointer (&report->file, g_free);
  g_clear_pointer (&report->text, g_free);
}

/* Small builders */

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
    }
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static GtkWidget *
create_avatar (SpFramework     *framework,
               const SpProfile *profile,
               int              size)
{
  GtkWidget *avatar = sp_avatar_new ();

  sp_avatar_set_profile (SP_AVATAR (avatar), framework, profile);
  sp_avatar_set_size (SP_AVATAR (avatar), size);
  gtk_widget_set_valign (avatar, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (avatar, GTK_ALIGN_CENTER);

  return avatar;
}

/* A short word in a coloured pill; the word carries the meaning, the
 * colour only repeats it. */
static GtkWidget *
create_tag (const char *text,
            const char *style,
            const char *tooltip)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "team-tag");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_tooltip_text (label, tooltip);

  return label;
}

/* One expander per group of competences: the shared ones, then a role's. */
static AdwExpanderRow *
create_group_expander (SpTeamView      *self,
                       const SpProfile *profile)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  GtkWidget *expander = adw_expander_row_new ();

  sp_accessible_name_expander_row (ADW_EXPANDER_ROW (expander));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 profile != NULL ? profile->name : _("Shared competences"));

  if (profile != NULL)
    {
      GtkWidget *avatar = create_avatar (framework, profile, ROW_AVATAR_SIZE);

      gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), avatar);
    }

  return ADW_EXPANDER_ROW (expander);
}

char *
sp_team_view_dup_count_text (SpTeam *team,
                             int     count)
{
  g_return_val_if_fail (SP_IS_TEAM (team), NULL);

  if (count == SP_TEAM_SUPPRESSED)
    return g_strdup_printf (_("fewer than %u"), sp_team_get_min_group (team));
  if (count == 0)
    return g_strdup (_("none"));

  return g_strdup_printf (g_dngettext (NULL, "%d member", "%d members", count), count);
}

static char *
dup_level_text (double level)
{
  /* Translators: the required level, e.g. "Autonomous (50 or more)" */
  return g_strdup_printf (_("%s (%.0f or more)"), sp_band_get_label (sp_band_for_score (level)),
                          level);
}

/* Summary */

static void
update_summary (SpTeamView *self)
{
  guint n = sp_team_get_n_members (self->team);
  guint min_group = sp_team_get_min_group (self->team);
  g_autofree char *summary = NULL;
  g_autofree char *level = dup_level_text (sp_team_get_required_level (self->team));
  g_autofree char *settings = NULL;
  g_autofree char *hidden = NULL;

  summary = g_strdup_printf (g_dngettext (NULL, "%u Member", "%u Members", n), n);
  gtk_label_set_text (self->summary_label, summary);

  settings = g_strdup_printf (_("Required level: %s. Groups of fewer than %u are never "
                                "counted, so no one can be singled out."), level, min_group);
  gtk_label_set_text (self->settings_label, settings);

  gtk_widget_set_visible (GTK_WIDGET (self->hidden_label), sp_team_is_hidden (self->team));
  hidden = g_strdup_printf (_("The team has fewer than %u members, so nothing is counted: "
                              "every number would point at someone. Add more files, or "
                              "lower the minimum group in the settings."), min_group);
  gtk_label_set_text (self->hidden_label, hidden);
}

/* Merge report */

/* The team's own messages first, then the window's. */
static void
get_report (SpTeamView         *self,
            guint               index,
            SpTeamMessageKind  *kind,
            const char        **file,
            const char        **text)
{
  guint n_messages = sp_team_get_n_messages (self->team);

  if (index < n_messages)
    {
      const SpTeamMessage *message = sp_team_get_message (self->team, index);

      *kind = message->kind, *file = message->file, *text = message->text;
    }
  else
    {
      const Report *report = &g_array_index (self->failures, Report, index - n_messages);

      *kind = report->kind, *file = report->file, *text = report->text;
    }
}

static void
add_report_rows (SpTeamView        *self,
                 AdwExpanderRow    *expander,
                 SpTeamMessageKind  kind,
                 guint             *count)
{
  guint n = sp_team_get_n_messages (self->team) + self->failures->len;

  for (guint i = 0; i < n; i++)
    {
      SpTeamMessageKind row_kind;
      const char *file, *text;
      GtkWidget *row;

      get_report (self, i, &row_kind, &file, &text);
      if (row_kind != kind || (*count)++ >= MAX_REPORT_ROWS)
        continue;

      row = create_row (file, text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_expander_row_add_row (expander, row);
    }
}

static const char *
report_title (SpTeamMessageKind kind)
{
  switch (kind)
    {
    case SP_TEAM_MESSAGE_SKIPPED:
      return _("Files skipped");
    case SP_TEAM_MESSAGE_DUPLICATE:
      return _("Duplicates, counted once");
    case SP_TEAM_MESSAGE_UNMAPPED:
      return _("Items that could not be mapped");
    default:
      g_return_val_if_reached ("");
    }
}

static guint
update_report_kind (SpTeamView        *self,
                    SpTeamMessageKind  kind)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *subtitle = NULL;
  guint count = 0;

  sp_accessible_name_expander_row (expander);
  add_report_rows (self, expander, kind, &count);
  if (count == 0)
    {
      g_object_ref_sink (expander);
      g_object_unref (expander);
      return 0;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), report_title (kind));
  if (count > MAX_REPORT_ROWS)
    subtitle = g_strdup_printf (_("%u files; the first %u are listed"), count, MAX_REPORT_ROWS);
  else
    subtitle = g_strdup_printf (g_dngettext (NULL, "%u file", "%u files", count), count);
  adw_expander_row_set_subtitle (expander, subtitle);
  adw_expander_row_set_expanded (expander, count <= 5);
  gtk_list_box_append (self->report_list, GTK_WIDGET (expander));

  return count;
}

static void
update_report (SpTeamView *self)
{
  guint total = 0;

  remove_all (GTK_WIDGET (self->report_list));
  total += update_report_kind (self, SP_TEAM_MESSAGE_SKIPPED);
  total += update_report_kind (self, SP_TEAM_MESSAGE_DUPLICATE);
  total += update_report_kind (self, SP_TEAM_MESSAGE_UNMAPPED);

  gtk_widget_set_visible (GTK_WIDGET (self->report_group), total > 0);
}

/* Matched roles */

static GtkWidget *
create_role_tile (SpTeamView      *self,
                  const SpProfile *profile)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  g_autofree char *count = sp_team_view_dup_count_text (
    self->team, sp_team_get_profile_count (self->team, profile));
  g_autofree char *accessible = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *picture;
  GtkWidget *name_label = gtk_label_new (profile != NULL ? profile->name : _("No clear match"));
  GtkWidget *count_label = gtk_label_new (count);
  GtkWidget *child = gtk_flow_box_child_new ();

  if (profile != NULL)
    {
      picture = create_avatar (framework, profile, TILE_AVATAR_SIZE);
    }
  else
    {
      picture = gtk_image_new_from_icon_name ("dialog-question-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (picture), 32);
      gtk_widget_set_size_request (picture, TILE_AVATAR_SIZE, TILE_AVATAR_SIZE);
      gtk_widget_add_css_class (picture, "dim-label");
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (name_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), 11);
  gtk_widget_add_css_class (name_label, "caption-heading");
  gtk_widget_add_css_class (count_label, "caption");
  gtk_widget_add_css_class (count_label, "dim-label");

  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_set_focusable (child, FALSE);
  gtk_widget_add_css_class (child, "profile-tile");

  /* Translators: a role and how many members it suits, e.g. "Facilitator: 4 members" */
  accessible = g_strdup_printf (_("%s: %s"), gtk_label_get_text (GTK_LABEL (name_label)), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  return child;
}

static void
update_roles (SpTeamView *self)
{
  SpFramework *framework = sp_team_get_framework (self->team);

  remove_all (GTK_WIDGET (self->roles_box));
  for (guint i = 0; i < sp_framework_get_n_profiles (framework); i++)
    gtk_flow_box_append (self->roles_box,
                         create_role_tile (self, sp_framework_get_profile (framework, i)));

  gtk_flow_box_append (self->roles_box, create_role_tile (self, NULL));
}

/* Roles nobody covers */

static void
update_uncovered (SpTeamView *self)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  g_autoptr(GPtrArray) roles = sp_team_dup_uncovered_roles (self->team);

  remove_all (GTK_WIDGET (self->uncovered_list));
  for (guint i = 0; i < roles->len; i++)
    {
      const SpProfile *profile = g_ptr_array_index (roles, i);
      GtkWidget *row = create_row (profile->name, profile->tagline);
      GtkWidget *avatar = create_avatar (framework, profile, ROW_AVATAR_SIZE);

      gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
      gtk_list_box_append (self->uncovered_list, row);
    }

  if (roles->len == 0)
    gtk_list_box_append (self->uncovered_list,
                         create_row (_("Every role is covered"),
                                     _("At least one member reaches the required level on "
                                       "each role’s competences.")));
}

/* Coverage */

static char *
dup_coverage_text (SpTeamView *self,
                   int         count,
                   SpCoverage  coverage)
{
  g_autofree char *members = NULL;

  switch (coverage)
    {
    case SP_COVERAGE_GAP:
      return g_strdup (_("Nobody reaches it"));
    case SP_COVERAGE_SINGLE_POINT:
      return g_strdup (_("Only one member reaches it"));
    case SP_COVERAGE_FEW:
      return g_strdup_printf (_("Fewer than %u members reach it"),
                              sp_team_get_min_group (self->team));
    case SP_COVERAGE_COVERED:
    case SP_COVERAGE_HIDDEN:
    default:
      members = sp_team_view_dup_count_text (self->team, count);
      /* Translators: "4 members reach it" */
      return g_strdup_printf (_("%s reach it"), members);
    }
}

static GtkWidget *
create_coverage_tag (SpTeamView *self,
                     SpCoverage  coverage)
{
  g_autofree char *few = NULL;

  switch (coverage)
    {
    case SP_COVERAGE_GAP:
      return create_tag (_("Gap"), "gap", _("Nobody in the team reaches the required level"));
    case SP_COVERAGE_SINGLE_POINT:
      return create_tag (_("Single point of failure"), "risk",
                         _("Everything rests on one person"));
    case SP_COVERAGE_FEW:
      few = g_strdup_printf (_("Fewer than %u members: it may rest on a single person"),
                             sp_team_get_min_group (self->team));
      return create_tag (_("At risk"), "risk", few);
    case SP_COVERAGE_COVERED:
    case SP_COVERAGE_HIDDEN:
    default:
      return NULL;
    }
}

static GtkWidget *
create_coverage_row (SpTeamView         *self,
                     const SpCompetence *competence,
                     SpCoverage         *coverage)
{
  int count = sp_team_get_coverage (self->team, competence, coverage);
  double level = sp_team_get_competence_level (self->team, competence);
  g_autofree char *text = dup_coverage_text (self, count, *coverage);
  GtkWidget *row;
  GtkWidget *tag;

  if (level != sp_team_get_required_level (self->team))
    {
      g_autofree char *level_text = dup_level_text (level);
      g_autofree char *with_level = g_strdup_printf ("%s · %s", text, level_text);

      g_free (text);
      text = g_steal_pointer (&with_level);
    }

  row = create_row (competence->name, text);
  tag = create_coverage_tag (self, *coverage);
  if (tag != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);

  return row;
}

static void
finish_coverage_expander (AdwExpanderRow *expander,
                          guint           n_gaps,
                          guint           n_risks)
{
  g_autofree char *subtitle = NULL;

  if (n_gaps == 0 && n_risks == 0)
    subtitle = g_strdup (_("All covered"));
  else if (n_risks == 0)
    subtitle = g_strdup_printf (g_dngettext (NULL, "%u gap", "%u gaps", n_gaps), n_gaps);
  else if (n_gaps == 0)
    /* Translators: a count of competences held by too few members */
    subtitle = g_strdup_printf (_("%u at risk"), n_risks);
  else
    /* Translators: "2 gaps, 1 at risk": counts of competences */
    subtitle = g_strdup_printf (_("%u gaps, %u at risk"), n_gaps, n_risks);

  adw_expander_row_set_subtitle (expander, subtitle);
  adw_expander_row_set_expanded (expander, n_gaps > 0);
}

static void
update_coverage (SpTeamView *self)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  AdwExpanderRow *expander = NULL;
  const SpProfile *group = NULL;
  guint n_gaps = 0, n_risks = 0;

  remove_all (GTK_WIDGET (self->coverage_list));
  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, i);
      SpCoverage coverage = SP_COVERAGE_HIDDEN;

      if (expander == NULL || competence->profile != group)
        {
          if (expander != NULL)
            finish_coverage_expander (expander, n_gaps, n_risks);
          group = competence->profile;
          expander = create_group_expander (self, group);
          gtk_list_box_append (self->coverage_list, GTK_WIDGET (expander));
          n_gaps = n_risks = 0;
        }

      adw_expander_row_add_row (expander, create_coverage_row (self, competence, &coverage));
      n_gaps += coverage == SP_COVERAGE_GAP;
      n_risks += coverage == SP_COVERAGE_FEW || coverage == SP_COVERAGE_SINGLE_POINT;
    }

  if (expander != NULL)
    finish_coverage_expander (expander, n_gaps, n_risks);
}

/* Suggestions */

static void
update_suggestions (SpTeamView *self)
{
  g_autoptr(GPtrArray) suggestions = sp_team_dup_suggestions (self->team, MAX_SUGGESTIONS);

  remove_all (GTK_WIDGET (self->suggestions_list));
  for (guint i = 0; i < suggestions->len; i++)
    {
      const SpTeamSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Name the competence unless the title already does. */
      if (strstr (suggestion->title, suggestion->competence->name) != NULL)
        subtitle = g_strdup (suggestion->summary);
      else if (suggestion->summary != NULL)
        /* Translators: the competence a suggestion is for, then its summary */
        subtitle = g_strdup_printf (_("For %s. %s"), suggestion->competence->name,
                                    suggestion->summary);
      else
        subtitle = g_strdup_printf (_("For %s."), suggestion->competence->name);

      row = create_row (suggestion->title, subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->suggestions_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_group), suggestions->len > 0);
}

/* Heat map */

static void
fill_heat_map_rows (SpTeamView *self)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  const SpProfile *group = NULL;

  for (guint r = 0; r < sp_framework_get_n_competences (framework); r++)
    {
      const SpCompetence *competence = sp_framework_get_competence (framework, r);
      const char *title = NULL;

      if (r == 0 || competence->profile != group)
        {
          group = competence->profile;
          title = group != NULL ? group->name : _("Shared competences");
        }

      sp_heat_map_set_competence (self->heat_map, r, competence->name, title);
    }
}

static void
fill_heat_map_column (SpTeamView *self,
                      guint       column,
                      guint       member)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  SpShare *share = sp_team_get_member (self->team, member);

  sp_heat_map_set_member (self->heat_map, column, sp_share_get_member_name (share));

  for (guint r = 0; r < sp_framework_get_n_competences (framework); r++)
    {
      double score = sp_team_get_member_score (self->team, member,
                                               sp_framework_get_competence (framework, r));

      sp_heat_map_set_band (self->heat_map, r, column,
                            isnan (score) ? SP_HEAT_MAP_NOT_ASSESSED
                                          : (int) sp_band_for_score (score));
    }
}

static char *
dup_map_note (SpTeamView *self,
              guint       n_shown,
              guint       n_drawn)
{
  guint n_members = sp_team_get_n_members (self->team);
  guint n_others = n_members - n_shown;
  GString *note = g_string_new (_("Each column is a member who agreed to be shown by name. "
                                  "A cell fills up as the band rises; hatched grey is not "
                                  "assessed."));

  if (n_others > 0)
    {
      g_string_append_c (note, ' ');
      g_string_append_printf (note, g_dngettext (NULL,
                                                 "%u member chose not to be named and counts "
                                                 "only in the numbers above.",
                                                 "%u members chose not to be named and count "
                                                 "only in the numbers above.", n_others),
                              n_others);
    }

  if (n_drawn < n_shown)
    {
      g_string_append_c (note, ' ');
      g_string_append_printf (note, _("Only the first %u of %u named members are drawn."),
                              n_drawn, n_shown);
    }

  return g_string_free (note, FALSE);
}

static void
update_map (SpTeamView *self)
{
  SpFramework *framework = sp_team_get_framework (self->team);
  g_autoptr(GArray) shown = sp_team_dup_shown_members (self->team);
  guint n_drawn = MIN (shown->len, MAX_MAP_MEMBERS);
  g_autofree char *note = dup_map_note (self, shown->len, n_drawn);

  sp_heat_map_set_shape (self->heat_map, sp_framework_get_n_competences (framework), n_drawn);
  fill_heat_map_rows (self);
  for (guint c = 0; c < n_drawn; c++)
    fill_heat_map_column (self, c, g_array_index (shown, guint, c));

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->heat_map)), n_drawn > 0);
  gtk_label_set_text (self->map_note_label, note);
}

/* Class view */

static char *
dup_progress_text (SpTeamView           *self,
                   const SpTeamProgress *progress)
{
  guint min_group = sp_team_get_min_group (self->end);
  g_autofree char *moved = NULL;

  if (isnan (progress->median_start) || isnan (progress->median_end))
    return g_strdup_printf (_("Fewer than %u members assessed at one of the dates: not shown"),
                            min_group);

  if (progress->n_moved_up == SP_TEAM_SUPPRESSED)
    moved = g_strdup_printf (_("fewer than %u moved up a band"), min_group);
  else if (progress->n_moved_up == 0)
    moved = g_strdup (_("nobody moved up a band"));
  else
    moved = g_strdup_printf (g_dngettext (NULL, "%d member moved up a band",
                                          "%d members moved up a band", progress->n_moved_up),
                             progress->n_moved_up);

  /* Translators: median score at the start → at the end, then who moved up */
  return g_strdup_printf (_("Median %.0f → %.0f · %s"), progress->median_start,
                          progress->median_end, moved);
}

static GtkWidget *
create_progress_row (SpTeamView           *self,
                     const SpTeamProgress *progress,
                     gboolean             *rose)
{
  g_autofree char *text = dup_progress_text (self, progress);
  GtkWidget *row = create_row (progress->competence->name, text);
  double change = progress->median_end - progress->median_start;
  g_autofree char *change_text = NULL;
  GtkWidget *label;

  *rose = change > 0;
  if (isnan (change))
    return row;

  /* A sign in words as well as in colour. */
  change_text = g_strdup_printf (change > 0 ? "+%.0f" : change < 0 ? "−%.0f" : "±%.0f",
                                 fabs (change));
  label = create_tag (change_text, change > 0 ? "up" : change < 0 ? "down" : "same",
                      _("Change of the median score, in points out of 100"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/* Groups where the group moved are opened. */
static void
finish_progress_expander (AdwExpanderRow *expander,
                          guint           n_rose,
                          guint           n)
{
  /* Translators: "3 of 4 medians rose" */
  g_autofree char *subtitle = g_strdup_printf (_("%u of %u medians rose"), n_rose, n);

  adw_expander_row_set_subtitle (expander, subtitle);
  adw_expander_row_set_expanded (expander, n_rose > 0);
}

static void
add_progress_summary (SpTeamView *self)
{
  g_autofree char *text = g_strdup_printf (_("Members at the start: %u; at the end: %u"),
                                           sp_team_get_n_members (self->team),
                                           sp_team_get_n_members (self->end));
  GtkWidget *row = create_row (_("Compared with a later set"), text);

  gtk_list_box_append (self->progress_list, row);
}

static void
update_progress (SpTeamView *self)
{
  g_autoptr(GArray) progress = NULL;
  AdwExpanderRow *expander = NULL;
  const SpProfile *group = NULL;
  guint n_rose = 0, n = 0;

  remove_all (GTK_WIDGET (self->progress_list));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_group), self->end != NULL);
  if (self->end == NULL)
    return;

  add_progress_summary (self);
  progress = sp_team_dup_progress (self->team, self->end);
  for (guint i = 0; i < progress->len; i++)
    {
      const SpTeamProgress *item = &g_array_index (progress, SpTeamProgress, i);
      gboolean rose;

      if (expander == NULL || item->competence->profile != group)
        {
          if (expander != NULL)
            finish_progress_expander (expander, n_rose, n);
          group = item->competence->profile;
          expander = create_group_expander (self, group);
          gtk_list_box_append (self->progress_list, GTK_WIDGET (expander));
          n_rose = n = 0;
        }

      adw_expander_row_add_row (expander, create_progress_row (self, item, &rose));
      n_rose += rose;
      n++;
    }

  if (expander != NULL)
    finish_progress_expander (expander, n_rose, n);
}

/* Vfuncs */

static void
sp_team_view_dispose (GObject *object)
{
  SpTeamView *self = SP_TEAM_VIEW (object);

  /* AdwBin unparents its child itself; the bound scrolled window must not
   * be unparented a second time by gtk_widget_dispose_template(). */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_TEAM_VIEW);
  g_clear_object (&self->team);
  g_clear_object (&self->end);

  G_OBJECT_CLASS (sp_team_view_parent_class)->dispose (object);
}

static void
sp_team_view_finalize (GObject *object)
{
  SpTeamView *self = SP_TEAM_VIEW (object);

  g_clear_pointer (&self->failures, g_array_unref);

  G_OBJECT_CLASS (sp_team_view_parent_class)->finalize (object);
}

static void
sp_team_view_class_init (SpTeamViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_team_view_dispose;
  object_class->finalize = sp_team_view_finalize;

  g_type_ensure (SP_TYPE_HEAT_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE_PATH);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, settings_label);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, hidden_label);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, report_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, report_list);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, progress_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, progress_list);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, roles_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, roles_box);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, uncovered_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, uncovered_list);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, coverage_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, coverage_list);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, suggestions_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, map_group);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, heat_map);
  gtk_widget_class_bind_template_child (widget_class, SpTeamView, map_note_label);
}

static void
sp_team_view_init (SpTeamView *self)
{
  self->failures = g_array_new (FALSE, TRUE, sizeof (Report));
  g_array_set_clear_func (self->failures, clear_report);

  gtk_widget_init_template (GTK_WIDGET (self));
  sp_accessible_fix_names (GTK_WIDGET (self));
}

/* Public API */

/**
 * sp_team_view_new:
 *
 * Returns: (transfer floating): a new team view without a team
 */
GtkWidget *
sp_team_view_new (void)
{
  return g_object_new (SP_TYPE_TEAM_VIEW, NULL);
}

void
sp_team_view_set_team (SpTeamView *self,
                       SpTeam     *team)
{
  g_return_if_fail (SP_IS_TEAM_VIEW (self));
  g_return_if_fail (SP_IS_TEAM (team));

  g_set_object (&self->team, team);
  sp_team_view_refresh (self);
}

void
sp_team_view_set_compare (SpTeamView *self,
                          SpTeam     *end)
{
  g_return_if_fail (SP_IS_TEAM_VIEW (self));
  g_return_if_fail (end == NULL || SP_IS_TEAM (end));

  g_set_object (&self->end, end);
  sp_team_view_refresh (self);
}

void
sp_team_view_refresh (SpTeamView *self)
{
  gboolean hidden;

  g_return_if_fail (SP_IS_TEAM_VIEW (self));

  if (self->team == NULL)
    return;

  hidden = sp_team_is_hidden (self->team);
  update_summary (self);
  update_report (self);
  update_progress (self);
  update_roles (self);
  update_uncovered (self);
  update_coverage (self);
  update_suggestions (self);
  update_map (self);

  gtk_widget_set_visible (GTK_WIDGET (self->roles_group), !hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->uncovered_group), !hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_group), !hidden);
  if (hidden)
    gtk_widget_set_visible (GTK_WIDGET (self->suggestions_group), FALSE);
}

void
sp_team_view_add_report (SpTeamView        *self,
                         SpTeamMessageKind  kind,
                         const char        *file,
                         const char        *text)
{
  Report report = { kind, g_strdup (file), g_strdup (text) };

  g_return_if_fail (SP_IS_TEAM_VIEW (self));

  g_array_append_val (self->failures, report);
}

void
sp_team_view_clear_report (SpTeamView *self)
{
  g_return_if_fail (SP_IS_TEAM_VIEW (self));

  g_array_set_size (self->failures, 0);
}

gboolean
sp_team_view_section_is_visible (SpTeamView *self,
                                 const char *section)
{
  static const struct
  {
    const char *name;
    gsize       offset;
  } sections [] = {
    { "report", G_STRUCT_OFFSET (SpTeamView, report_group) },
    { "progress", G_STRUCT_OFFSET (SpTeamView, progress_group) },
    { "roles", G_STRUCT_OFFSET (SpTeamView, roles_group) },
    { "uncovered", G_STRUCT_OFFSET (SpTeamView, uncovered_group) },
    { "coverage", G_STRUCT_OFFSET (SpTeamView, coverage_group) },
    { "suggestions", G_STRUCT_OFFSET (SpTeamView, suggestions_group) },
    { "map", G_STRUCT_OFFSET (SpTeamView, map_group) },
  };

  g_return_val_if_fail (SP_IS_TEAM_VIEW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections [i].name, section) == 0)
      return gtk_widget_get_visible (G_STRUCT_MEMBER (GtkWidget *, self, sections [i].offset));

  g_return_val_if_reached (FALSE);
}
