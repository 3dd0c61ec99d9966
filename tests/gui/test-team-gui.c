/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-team-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sp-application.h"
#include "sp-test-gui.h"
#include "sp-heat-map.h"
#include "sp-team-share-dialog.h"
#include "sp-team-view.h"
#include "sp-team-window.h"
#include "sp-window.h"

/* Opens the team view on twelve members made from the first release's
 * personas, through the same calls the buttons use, and leaves
 * screenshots in the build folder: screenshot-team.png, -team-map,
 * -team-narrow, -team-dark, -team-compare and -team-empty. */

#define N_MEMBERS 12

static SpApplication *app;
static SpFramework *framework;
static SpTeamWindow *window;
static char *output_dir;
static char *shares_dir;
static char *later_dir;

/* Helpers */

static void
wait_idle (SpTeamWindow *team_window)
{
  for (guint i = 0; i < 600 && sp_team_window_is_busy (team_window); i++)
    sp_test_wait_ms (50);

  g_assert_false (sp_team_window_is_busy (team_window));
  sp_test_wait_ms (100);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *file_name = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = g_build_filename (output_dir, file_name, NULL);

  /* Let the crossfade, the avatars' idle drawing and the layout finish. */
  sp_test_wait_ms (700);
  sp_test_save_png (widget, path);
}

static SpTeamView *
get_view (SpTeamWindow *team_window)
{
  GtkWidget *view = sp_test_find_widget (GTK_WIDGET (team_window), SP_TYPE_TEAM_VIEW);

  g_assert_nonnull (view);

  return SP_TEAM_VIEW (view);
}

/* Scrolls the view so that @widget is at the top. */
static void
scroll_to (SpTeamWindow *team_window,
           GtkWidget    *widget)
{
  GtkWidget *scrolled = sp_test_find_widget (GTK_WIDGET (get_view (team_window)),
                                     GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  double y;

  g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, NULL, &y));
  /* The viewport shows the content from the current scroll position. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
  sp_test_wait_ms (100);
}

/* Share files */

/* The persona of the first release (5 on the profile's own items, 2 on the
 * other roles' items), with the shared competences answered differently
 * by each member so the map has every band; members 3 and 7 skipped one
 * shared competence, which is then not assessed. @lift raises the shared
 * answers, as at the end of a course. */
static SpAssessment *
new_member_assessment (guint member,
                       int   lift)
{
  guint n_profiles = sp_framework_get_n_profiles (framework);
  const SpProfile *profile = sp_framework_get_profile (framework,
                                                       member < n_profiles ? member : 0);
  SpAssessment *assessment = sp_assessment_new (framework);

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);
      const SpCompetence *competence = item->competence;
      int value;

      if (competence->profile == profile)
        value = 5;
      else if (competence->profile != NULL)
        value = 2;
      else if ((member == 3 || member == 7) && competence->index == member)
        value = SP_ANSWER_SKIP;
      else
        value = MIN (SP_SCALE_MAX, 1 + (int) ((member + competence->index) % 5) + lift);

      sp_assessment_set_answer (assessment, i, value);
    }

  return assessment;
}

static const char *names [N_MEMBERS] = {
  "Amina", "Bruno", "Chen", "Dolores", "Emeka", "Fatou",
  "Giulia", "Hamid", "Ines", "Jonas", "Kofi", "Lena",
};

static void
write_share (const char *dir,
             guint       member,
             int         lift)
{
  g_autoptr(SpAssessment) assessment = new_member_assessment (member, lift);
  g_autofree char *id = g_strdup_printf ("member-%02u", member);
  g_autofree char *file_name = g_strdup_printf ("%02u-%s%s", member, names [member],
                                                SP_SHARE_EXTENSION);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  /* Two members in three agree to be shown by name. */
  g_autoptr(SpShare) share = sp_share_new (assessment, id, names [member], member % 3 != 2);
  g_autoptr(GError) error = NULL;

  g_assert_true (sp_share_save (share, path, &error));
  g_assert_no_error (error);
}

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (output_dir, name, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;

  /* Start from an empty folder: files of an earlier run would be merged. */
  while (listing != NULL && (entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      g_unlink (path);
    }

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static void
write_shares (void)
{
  g_autofree char *copy = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *first = NULL;
  gsize length;

  shares_dir = make_dir ("team-shares");
  later_dir = make_dir ("team-shares-later");
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      write_share (shares_dir, i, 0);
      write_share (later_dir, i, 1);
    }

  /* The same member sent twice, and a file cut short on the way. */
  first = g_build_filename (shares_dir, "00-Amina" SP_SHARE_EXTENSION, NULL);
  copy = g_build_filename (shares_dir, "Amina-again" SP_SHARE_EXTENSION, NULL);
  broken = g_build_filename (shares_dir, "broken" SP_SHARE_EXTENSION, NULL);
  g_assert_true (g_file_get_contents (first, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_assert_true (g_file_set_contents (broken, contents, length / 2, NULL));
}

/* Tests */

static SpTeamWindow *
create_window (int width,
               int height)
{
  SpTeamWindow *new_window = sp_team_window_new (app, framework);

  gtk_window_set_default_size (GTK_WINDOW (new_window), width, height);
  gtk_window_present (GTK_WINDOW (new_window));
  sp_test_wait_ms (300);

  return new_window;
}

static void
test_empty (void)
{
  window = create_window (1000, 800);

  g_assert_cmpstr (sp_team_window_get_page (window), ==, "empty");
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (window), "this computer"));
  save_screenshot (GTK_WIDGET (window), "team-empty");
}

static void
test_merge (void)
{
  const char *paths [] = { shares_dir, NULL };
  SpTeamView *view = get_view (window);
  SpTeam *team = sp_team_window_get_team (window);

  sp_team_window_add_paths (window, paths);
  g_assert_true (sp_team_window_is_busy (window));
  g_assert_cmpstr (sp_team_window_get_page (window), ==, "merging");
  wait_idle (window);

  g_assert_cmpstr (sp_team_window_get_page (window), ==, "audit");
  g_assert_cmpuint (sp_team_get_n_members (team), ==, N_MEMBERS);
  g_assert_true (sp_team_window_has_unsaved (window));

  /* The broken file and the duplicate are named in the report. */
  g_assert_true (sp_team_view_section_is_visible (view, "report"));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "broken" SP_SHARE_EXTENSION));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "Amina-again" SP_SHARE_EXTENSION));
}

static void
test_counts (void)
{
  SpTeamView *view = get_view (window);
  SpTeam *team = sp_team_window_get_team (window);
  const SpProfile *initiator = sp_framework_get_profile (framework, 0);
  const SpProfile *second = sp_framework_get_profile (framework, 1);
  const SpProfile *third = sp_framework_get_profile (framework, 2);
  g_autofree char *three = NULL;
  g_autofree char *suppressed = NULL;
  GtkWidget *expander;

  /* Members 0, 10 and 11 are the first role's persona, and 11 is not
   * shown by name: one unnamed member, hidden. One member each for the
   * others: counted when named (member 1), hidden when not (member 2). */
  g_assert_cmpint (sp_team_get_profile_count (team, initiator), ==, SP_TEAM_SUPPRESSED);
  g_assert_cmpint (sp_team_get_profile_count (team, second), ==, 1);
  g_assert_cmpint (sp_team_get_profile_count (team, third), ==, SP_TEAM_SUPPRESSED);
  three = sp_team_view_dup_count_text (team, 3);
  suppressed = sp_team_view_dup_count_text (team, SP_TEAM_SUPPRESSED);
  g_assert_cmpstr (three, ==, "3 members");
  g_assert_cmpstr (suppressed, ==, "fewer than 3");

  g_assert_true (sp_team_view_section_is_visible (view, "roles"));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "fewer than 3"));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "1 member"));
  g_assert_true (sp_team_view_section_is_visible (view, "coverage"));
  /* The third role rests on its one unnamed persona: at risk, never
   * counted. */
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "At risk"));

  save_screenshot (GTK_WIDGET (window), "team");

  /* Open a role's competences: each rests on one unnamed persona. */
  expander = GTK_WIDGET (sp_test_find_label (GTK_WIDGET (view), "4 at risk"));
  expander = gtk_widget_get_ancestor (expander, ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  scroll_to (window, GTK_WIDGET (sp_test_find_label (GTK_WIDGET (view), "Roles Nobody Covers")));
  save_screenshot (GTK_WIDGET (window), "team-coverage");
}

static void
test_heat_map (void)
{
  SpHeatMap *map = SP_HEAT_MAP (sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_HEAT_MAP));
  g_autofree char *description = NULL;
  guint n_shown = 0;

  for (guint i = 0; i < N_MEMBERS; i++)
    n_shown += i % 3 != 2;

  /* Only members who agreed have a column, in the order they came. */
  g_assert_nonnull (map);
  g_assert_cmpuint (sp_heat_map_get_n_members (map), ==, n_shown);
  g_assert_cmpuint (sp_heat_map_get_n_competences (map), ==,
                    sp_framework_get_n_competences (framework));
  description = sp_heat_map_dup_description (map);
  g_assert_nonnull (strstr (description, "Members: 8. Competences: 52."));

  /* Member 3 (Dolores, the third column: Chen is not shown) skipped the
   * fourth shared competence; Amina leads her own role's competences. */
  g_assert_cmpint (sp_heat_map_get_band (map, 3, 2), ==, SP_HEAT_MAP_NOT_ASSESSED);
  g_assert_cmpint (sp_heat_map_get_band (map, 3, 1), !=, SP_HEAT_MAP_NOT_ASSESSED);
  g_assert_cmpint (sp_heat_map_get_band (map, 12, 0), ==, SP_BAND_CAN_LEAD);

  scroll_to (window, gtk_widget_get_parent (GTK_WIDGET (map)));
  save_screenshot (GTK_WIDGET (window), "team-map");

  /* The legend and the note under the map. */
  scroll_to (window, GTK_WIDGET (sp_test_find_label (GTK_WIDGET (window), "Each column")));
  save_screenshot (GTK_WIDGET (window), "team-map-legend");
}

static void
test_narrow_and_dark (void)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  SpHeatMap *map = SP_HEAT_MAP (sp_test_find_widget (GTK_WIDGET (window), SP_TYPE_HEAT_MAP));

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  sp_test_wait_ms (300);
  scroll_to (window, gtk_widget_get_parent (GTK_WIDGET (map)));
  save_screenshot (GTK_WIDGET (window), "team-dark");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
  sp_test_wait_ms (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  scroll_to (window, GTK_WIDGET (sp_test_find_label (GTK_WIDGET (get_view (window)), "Members")));
  save_screenshot (GTK_WIDGET (window), "team-narrow");

  scroll_to (window, gtk_widget_get_parent (GTK_WIDGET (map)));
  save_screenshot (GTK_WIDGET (window), "team-map-narrow");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  sp_test_wait_ms (300);
}

static void
test_compare (void)
{
  const char *paths [] = { later_dir, NULL };
  SpTeamView *view = get_view (window);
  SpTeam *end;

  sp_team_window_compare_paths (window, paths);
  wait_idle (window);

  end = sp_team_window_get_compare (window);
  g_assert_nonnull (end);
  g_assert_cmpuint (sp_team_get_n_members (end), ==, N_MEMBERS);
  g_assert_true (sp_team_view_section_is_visible (view, "progress"));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "moved up a band"));

  scroll_to (window, GTK_WIDGET (sp_test_find_label (GTK_WIDGET (view), "How the Group Moved")));
  save_screenshot (GTK_WIDGET (window), "team-compare");

  scroll_to (window,
             GTK_WIDGET (sp_test_find_label (GTK_WIDGET (view), "Suggested Team Activities")));
  save_screenshot (GTK_WIDGET (window), "team-suggestions");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.stop-comparing", NULL));
  g_assert_null (sp_team_window_get_compare (window));
  g_assert_false (sp_team_view_section_is_visible (view, "progress"));
}

/* The minimum group follows the settings, and a team below it shows
 * nothing but the notice. */
static void
test_min_group (void)
{
  SpTeam *team = sp_team_window_get_team (window);
  SpTeamView *view = get_view (window);

  sp_team_set_min_group (team, N_MEMBERS + 1);
  g_assert_true (sp_team_is_hidden (team));
  g_assert_false (sp_team_view_section_is_visible (view, "roles"));
  g_assert_false (sp_team_view_section_is_visible (view, "coverage"));
  g_assert_nonnull (sp_test_find_label (GTK_WIDGET (view), "fewer than 13 members"));

  sp_team_set_min_group (team, 3);
  g_assert_true (sp_team_view_section_is_visible (view, "roles"));
}

static void
test_cancel (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  SpTeam *team = sp_team_window_get_team (window);
  guint before = sp_team_get_n_members (team);
  guint messages_before = sp_team_get_n_messages (team);

  /* Enough files that the worker is still reading when Cancel comes. */
  for (guint i = 0; i < 500; i++)
    g_ptr_array_add (paths, later_dir);
  g_ptr_array_add (paths, NULL);

  sp_team_window_add_paths (window, (const char * const *) paths->pdata);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.cancel", NULL));
  wait_idle (window);

  /* Had the files been merged, each would be reported as a duplicate. */
  g_assert_cmpuint (sp_team_get_n_members (team), ==, before);
  g_assert_cmpuint (sp_team_get_n_messages (team), ==, messages_before);
  g_assert_cmpstr (sp_team_window_get_page (window), ==, "audit");
}

static void
test_save_export (void)
{
  g_autofree char *audit = g_build_filename (output_dir, "test-team.sseteam", NULL);
  g_autofree char *pdf = g_build_filename (output_dir, "test-team.pdf", NULL);
  g_autofree char *csv = g_build_filename (output_dir, "test-team.csv", NULL);
  g_autoptr(GFile) audit_file = g_file_new_for_path (audit);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autofree char *contents = NULL;
  SpTeamWindow *reopened;

  g_assert_true (sp_team_window_save_to (window, audit_file));
  g_assert_false (sp_team_window_has_unsaved (window));

  reopened = create_window (800, 600);
  g_assert_true (sp_team_window_open_file (reopened, audit_file));
  g_assert_cmpuint (sp_team_get_n_members (sp_team_window_get_team (reopened)), ==, N_MEMBERS);
  g_assert_cmpstr (sp_team_window_get_page (reopened), ==, "audit");
  gtk_window_destroy (GTK_WINDOW (reopened));

  g_assert_true (sp_team_window_export_pdf (window, pdf_file));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (sp_team_window_export_csv (window, csv_file));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "member,"));
  g_assert_nonnull (strstr (contents, "Amina"));
  g_assert_null (strstr (contents, "Chen"));
}

/* Sharing from a portfolio: the name and the consent go into the file,
 * and sharing again to the same file keeps the member id. */
static void
test_share_dialog (void)
{
  SpWindow *portfolio_window = sp_window_new (app, framework);
  g_autoptr(SpPortfolio) portfolio = sp_portfolio_new (framework);
  g_autofree char *path = g_build_filename (output_dir, "test-share.sseshare", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SpAssessment) assessment = new_member_assessment (4, 0);
  g_autoptr(SpShare) first = NULL;
  g_autoptr(SpShare) second = NULL;
  g_autoptr(GError) error = NULL;
  SpTeamShareDialog *dialog;

  g_unlink (path);
  sp_portfolio_set_assessment (portfolio, assessment);
  gtk_window_present (GTK_WINDOW (portfolio_window));

  dialog = sp_team_share_dialog_new (GTK_WINDOW (portfolio_window), portfolio);
  sp_team_share_dialog_set_member (dialog, "Emeka", TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  save_screenshot (GTK_WIDGET (dialog), "share-dialog");

  g_assert_true (sp_team_share_dialog_write (dialog, file, &error));
  g_assert_no_error (error);
  first = sp_share_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_share_get_member_name (first), ==, "Emeka");
  g_assert_true (sp_share_get_show_name (first));

  sp_team_share_dialog_set_member (dialog, "E.", FALSE);
  g_assert_true (sp_team_share_dialog_write (dialog, file, &error));
  second = sp_share_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_share_get_member_id (second), ==, sp_share_get_member_id (first));
  g_assert_false (sp_share_get_show_name (second));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (portfolio_window));
}

static gboolean
on_tick_cb (gpointer user_data)
{
  gint64 *ticks = user_data;
  gint64 now = g_get_monotonic_time ();

  ticks [1] = MAX (ticks [1], now - ticks [0]);
  ticks [0] = now;

  return G_SOURCE_CONTINUE;
}

/* Thousands of files merge while the window keeps drawing: the longest
 * pause of the main loop is measured. Run with -m slow. */
static void
test_many_files (void)
{
  g_autofree char *dir = make_dir ("team-shares-many");
  g_autofree char *first = g_build_filename (shares_dir, "01-Bruno" SP_SHARE_EXTENSION, NULL);
  g_autofree char *contents = NULL;
  const char *paths [] = { dir, NULL };
  SpTeamWindow *big = create_window (1000, 800);
  gint64 ticks [2] = { g_get_monotonic_time (), 0 };
  gint64 start;
  guint tick_id;

  if (!g_test_slow ())
    {
      g_test_skip ("Run with -m slow");
      gtk_window_destroy (GTK_WINDOW (big));
      return;
    }

  g_assert_true (g_file_get_contents (first, &contents, NULL, NULL));
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *id = g_strdup_printf ("id=\"many-%05u\"", i);
      g_autofree char *name = g_strdup_printf ("many-%05u" SP_SHARE_EXTENSION, i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_auto(GStrv) parts = g_strsplit (contents, "id=\"member-01\"", 2);
      g_autofree char *text = g_strconcat (parts [0], id, parts [1], NULL);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }

  start = g_get_monotonic_time ();
  tick_id = g_timeout_add (10, on_tick_cb, ticks);
  sp_team_window_add_paths (big, paths);
  ticks [0] = g_get_monotonic_time ();
  ticks [1] = 0;
  wait_idle (big);
  g_source_remove (tick_id);

  g_test_message ("10000 files merged in %.2f s; longest pause %.0f ms",
                  (g_get_monotonic_time () - start) / 1e6, ticks [1] / 1e3);
  g_assert_cmpuint (sp_team_get_n_members (sp_team_window_get_team (big)), ==, 10000);
  gtk_window_destroy (GTK_WINDOW (big));

  /* Ten thousand files are not left in the build folder. */
  g_free (make_dir ("team-shares-many"));
  g_rmdir (dir);
}

/* The row of the report section titled @title (an expander), or NULL. */
static GtkWidget *
find_report_expander (GtkWidget  *root,
                      const char *title)
{
  if (ADW_IS_EXPANDER_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_report_expander (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* An action row titled @title under @root, or NULL. */
static AdwActionRow *
find_action_row (GtkWidget  *root,
                 const char *title)
{
  if (ADW_IS_ACTION_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_ACTION_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_action_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Each share file of the hostile corpus, added the way "Add Files…" adds
 * the chosen files: reported under "Files skipped" by name, with a reason
 * that names it too, and nothing merged. */
static void
test_add_hostile (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", "hostile", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  SpTeamWindow *hostile_window = create_window (1000, 800);
  SpTeam *team = sp_team_window_get_team (hostile_window);
  SpTeamView *view = get_view (hostile_window);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *paths [] = { path, NULL };
      GtkWidget *skipped;
      AdwActionRow *row;

      if (!g_str_has_suffix (name, SP_SHARE_EXTENSION))
        continue;

      g_test_message ("Adding %s", name);
      sp_team_window_add_paths (hostile_window, paths);
      wait_idle (hostile_window);

      g_assert_cmpuint (sp_team_get_n_members (team), ==, 0);
      g_assert_false (sp_team_window_has_unsaved (hostile_window));
      g_assert_cmpstr (sp_team_window_get_page (hostile_window), ==, "audit");
      g_assert_true (sp_team_view_section_is_visible (view, "report"));

      skipped = find_report_expander (GTK_WIDGET (view), "Files skipped");
      g_assert_nonnull (skipped);
      g_assert_null (find_report_expander (GTK_WIDGET (view), "Duplicates, counted once"));
      row = find_action_row (skipped, name);
      g_assert_nonnull (row);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), name));

      if (n_files++ == 0)
        save_screenshot (GTK_WIDGET (hostile_window), "team-hostile");

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hostile_window),
                                                 "team.dismiss-report", NULL));
      sp_test_wait_ms (50);
      g_assert_cmpstr (sp_team_window_get_page (hostile_window), ==, "empty");
    }

  g_assert_cmpuint (n_files, >=, 40);
  gtk_window_destroy (GTK_WINDOW (hostile_window));
}

static void
test_close (void)
{
  gtk_window_destroy (GTK_WINDOW (window));
  window = NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "test", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  output_dir = g_path_get_dirname (argv [0]);

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  framework = sp_application_get_framework (app);
  g_assert_nonnull (framework);
  write_shares ();

  g_test_add_func ("/team-gui/empty", test_empty);
  g_test_add_func ("/team-gui/merge", test_merge);
  g_test_add_func ("/team-gui/counts", test_counts);
  g_test_add_func ("/team-gui/heat-map", test_heat_map);
  g_test_add_func ("/team-gui/narrow-and-dark", test_narrow_and_dark);
  g_test_add_func ("/team-gui/compare", test_compare);
  g_test_add_func ("/team-gui/min-group", test_min_group);
  g_test_add_func ("/team-gui/cancel", test_cancel);
  g_test_add_func ("/team-gui/save-export", test_save_export);
  g_test_add_func ("/team-gui/share-dialog", test_share_dialog);
  g_test_add_func ("/team-gui/many-files", test_many_files);
  g_test_add_func ("/team-gui/add-hostile", test_add_hostile);
  g_test_add_func ("/team-gui/close", test_close);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (shares_dir);
  g_free (later_dir);
  g_free (output_dir);

  return status;
}
