/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-team"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-team.h"

#include "sp-error.h"
#include "sp-team-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct _SpTeam
{
  GObject      parent_instance;

  SpFramework *framework;
  GPtrArray   *members;     /* SpTeamMember *, in the order added */
  GHashTable  *by_id;       /* member id → SpTeamMember * (borrowed) */
  GPtrArray   *messages;    /* SpTeamMessage * */
  guint        min_group;
  double       level;
  double      *levels;      /* one per competence; NAN = the team's level */
};

G_DEFINE_FINAL_TYPE (SpTeam, sp_team, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
member_free (SpTeamMember *member)
{
  g_clear_object (&member->share);
  g_clear_pointer (&member->source, g_free);
  g_clear_pointer (&member->scores, g_free);
  g_free (member);
}

static void
message_free (SpTeamMessage *message)
{
  g_free (message->file);
  g_free (message->text);
  g_free (message);
}

static void
emit_changed (SpTeam *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
sp_team_add_message (SpTeam            *self,
                     SpTeamMessageKind  kind,
                     const char        *file,
                     const char        *text)
{
  SpTeamMessage *message = g_new0 (SpTeamMessage, 1);

  message->kind = kind;
  message->file = g_strdup (file);
  message->text = g_strdup (text);
  g_ptr_array_add (self->messages, message);

  g_debug ("%s", text);
}

static SpTeamMember *
get_member (SpTeam *self,
            guint   index)
{
  return g_ptr_array_index (self->members, index);
}

static void
sp_team_finalize (GObject *object)
{
  SpTeam *self = (SpTeam *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->messages, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_free);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (sp_team_parent_class)->finalize (object);
}

static void
sp_team_class_init (SpTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_team_finalize;

  /**
   * SpTeam::changed:
   * @self: the team
   *
   * Emitted after members were added or removed or a setting changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sp_team_init (SpTeam *self)
{
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) message_free);
  self->min_group = SP_TEAM_DEFAULT_MIN_GROUP;
  self->level = SP_TEAM_DEFAULT_LEVEL;
}

/* The framework's ids, interned, so that the shares read for this team
 * share them instead of each keeping a copy (see sp-share.c). */
static void
intern_framework_ids (SpFramework *framework)
{
  for (guint i = 0; i < sp_framework_get_n_competences (framework); i++)
    g_intern_string (sp_framework_get_competence (framework, i)->id);

  for (guint i = 0; i < sp_framework_get_n_items (framework); i++)
    g_intern_string (sp_framework_get_item (framework, i)->id);
}

SpTeam *
sp_team_new (SpFramework *framework)
{
  SpTeam *self;
  guint n_competences;

  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  intern_framework_ids (framework);

  self = g_object_new (SP_TYPE_TEAM, NULL);
  self->framework = g_object_ref (framework);

  n_competences = sp_framework_get_n_competences (framework);
  self->levels = g_new (double, MAX (n_competences, 1));
  for (guint i = 0; i < n_competences; i++)
    self->levels[i] = NAN;

  return self;
}

SpFramework *
sp_team_get_framework (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  return self->framework;
}

/* Adding members. */

static SpTeamAdd
add_share_quietly (SpTeam     *self,
                   SpShare    *share,
                   const char *display_name)
{
  const char *id = sp_share_get_member_id (share);
  const char *framework_id = sp_framework_get_id (self->framework);
  SpTeamMember *existing = g_hash_table_lookup (self->by_id, id);
  SpTeamMember *member;
  g_autofree char *unmapped = NULL;

  if (g_strcmp0 (sp_share_get_framework_id (share), framework_id) != 0)
    {
      g_autofree char *text =
        g_strdup_printf (_("%s: skipped: made for the framework “%s”, not “%s”."),
                         display_name,
                         sp_share_get_framework_id (share), framework_id);

      sp_team_add_message (self, SP_TEAM_MESSAGE_SKIPPED, display_name, text);
      return SP_TEAM_ADD_SKIPPED;
    }

  if (existing != NULL)
    {
      g_autofree char *text =
        g_strdup_printf (_("%s: the member %s is already in the audit (from %s); "
                           "counted once."), display_name, id, existing->source);

      sp_team_add_message (self, SP_TEAM_MESSAGE_DUPLICATE, display_name, text);
      return SP_TEAM_ADD_DUPLICATE;
    }

  member = g_new0 (SpTeamMember, 1);
  member->share = g_object_ref (share);
  member->source = g_strdup (display_name);
  member->scores = g_new (double, MAX (sp_framework_get_n_competences (self->framework), 1));
  unmapped = sp_team_map_share (self->framework, share, member);
  if (unmapped != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s: %s", display_name, unmapped);

      sp_team_add_message (self, SP_TEAM_MESSAGE_UNMAPPED, display_name, text);
    }

  g_ptr_array_add (self->members, member);
  g_hash_table_insert (self->by_id, (gpointer) id, member);
  return SP_TEAM_ADD_MERGED;
}

SpTeamAdd
sp_team_add_share (SpTeam     *self,
                   SpShare    *share,
                   const char *display_name)
{
  SpTeamAdd added;

  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_ADD_SKIPPED);
  g_return_val_if_fail (SP_IS_SHARE (share), SP_TEAM_ADD_SKIPPED);

  added = add_share_quietly (self, share, display_name != NULL ? display_name : "?");
  if (added == SP_TEAM_ADD_MERGED)
    emit_changed (self);

  return added;
}

/* Merges what sp_share_load() made of @path: @share, or @error. */
static SpTeamAdd
add_loaded (SpTeam     *self,
            const char *path,
            SpShare    *share,
            GError     *error)
{
  g_autofree char *display_name = g_filename_display_name (path);

  if (share == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Skipped: %s"), error->message);

      sp_team_add_message (self, SP_TEAM_MESSAGE_SKIPPED, display_name, text);
      return SP_TEAM_ADD_SKIPPED;
    }

  return add_share_quietly (self, share, display_name);
}

static SpTeamAdd
add_file_quietly (SpTeam     *self,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SpShare) share = sp_share_load (path, &error);

  return add_loaded (self, path, share, error);
}

/* Loads @paths in parallel, then merges them in their order, so the
 * audit is the same as when they are added one by one. Returns the
 * number merged. */
static guint
add_files_quietly (SpTeam    *self,
                   GPtrArray *paths)
{
  g_autofree SpShare **shares = g_new (SpShare *, MAX (paths->len, 1));
  g_autofree GError **errors = g_new (GError *, MAX (paths->len, 1));
  guint n_merged = 0;

  sp_share_load_many ((const char * const *) paths->pdata, paths->len, 0, shares, errors,
                      NULL, NULL);

  for (guint i = 0; i < paths->len; i++)
    {
      if (add_loaded (self, g_ptr_array_index (paths, i), shares[i], errors[i]) ==
          SP_TEAM_ADD_MERGED)
        n_merged++;

      g_clear_object (&shares[i]);
      g_clear_error (&errors[i]);
    }

  return n_merged;
}

SpTeamAdd
sp_team_add_file (SpTeam     *self,
                  const char *path)
{
  SpTeamAdd added;

  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_ADD_SKIPPED);
  g_return_val_if_fail (path != NULL, SP_TEAM_ADD_SKIPPED);

  added = add_file_quietly (self, path);
  if (added == SP_TEAM_ADD_MERGED)
    emit_changed (self);

  return added;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The share files in @dir, sorted by name so the order is stable. */
static GPtrArray *
list_share_files (const char  *dir,
                  GError     **error)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (handle == NULL)
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, SP_SHARE_EXTENSION))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));

  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

guint
sp_team_add_folder (SpTeam      *self,
                    const char  *dir,
                    GError     **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  guint n_merged = 0;

  g_return_val_if_fail (SP_IS_TEAM (self), 0);
  g_return_val_if_fail (dir != NULL, 0);

  paths = list_share_files (dir, error);
  if (paths == NULL)
    return 0;

  n_merged = add_files_quietly (self, paths);
  if (n_merged > 0)
    emit_changed (self);

  return n_merged;
}

static void
add_folder_failure (SpTeam     *self,
                    const char *path,
                    GError     *error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *text = g_strdup_printf (_("%s: skipped: %s"), display_name, error->message);

  sp_team_add_message (self, SP_TEAM_MESSAGE_SKIPPED, display_name, text);
}

guint
sp_team_add_path (SpTeam     *self,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  guint n_merged;

  g_return_val_if_fail (SP_IS_TEAM (self), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return sp_team_add_file (self, path) == SP_TEAM_ADD_MERGED ? 1 : 0;

  n_merged = sp_team_add_folder (self, path, &error);
  if (error != NULL)
    add_folder_failure (self, path, error);

  return n_merged;
}

guint
sp_team_add_paths (SpTeam             *self,
                   const char * const *paths,
                   guint               n_paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n_merged = 0;

  g_return_val_if_fail (SP_IS_TEAM (self), 0);
  g_return_val_if_fail (paths != NULL || n_paths == 0, 0);

  /* Files are gathered until a folder that cannot be read, whose message
   * must come after theirs. */
  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) listed = NULL;

      if (!g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (paths[i]));
          continue;
        }

      listed = list_share_files (paths[i], &error);
      if (listed != NULL)
        {
          g_ptr_array_extend_and_steal (files, g_steal_pointer (&listed));
          continue;
        }

      n_merged += add_files_quietly (self, files);
      g_ptr_array_set_size (files, 0);
      add_folder_failure (self, paths[i], error);
    }

  n_merged += add_files_quietly (self, files);
  if (n_merged > 0)
    emit_changed (self);

  return n_merged;
}

void
sp_team_remove_member (SpTeam *self,
                       guint   index)
{
  SpTeamMember *member;

  g_return_if_fail (SP_IS_TEAM (self));
  g_return_if_fail (index < self->members->len);

  member = get_member (self, index);
  g_hash_table_remove (self->by_id, sp_share_get_member_id (member->share));
  g_ptr_array_remove_index (self->members, index);
  emit_changed (self);
}

guint
sp_team_get_n_messages (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), 0);

  return self->messages->len;
}

const SpTeamMessage *
sp_team_get_message (SpTeam *self,
                     guint   index)
{
  g_return_val_if_fail (SP_IS_TEAM (self), NULL);
  g_return_val_if_fail (index < self->messages->len, NULL);

  return g_ptr_array_index (self->messages, index);
}

void
sp_team_clear_messages (SpTeam *self)
{
  g_return_if_fail (SP_IS_TEAM (self));

  g_ptr_array_set_size (self->messages, 0);
}

/* Settings. */

guint
sp_team_get_min_group (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_DEFAULT_MIN_GROUP);

  return self->min_group;
}

void
sp_team_set_min_group (SpTeam *self,
                       guint   min_group)
{
  g_return_if_fail (SP_IS_TEAM (self));
  g_return_if_fail (min_group >= 1);

  if (self->min_group == min_group)
    return;

  self->min_group = min_group;
  emit_changed (self);
}

double
sp_team_get_required_level (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_DEFAULT_LEVEL);

  return self->level;
}

void
sp_team_set_required_level (SpTeam *self,
                            double  level)
{
  g_return_if_fail (SP_IS_TEAM (self));
  g_return_if_fail (level >= 0.0 && level <= 100.0);

  if (self->level == level)
    return;

  self->level = level;
  emit_changed (self);
}

double
sp_team_get_competence_level (SpTeam             *self,
                              const SpCompetence *competence)
{
  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_DEFAULT_LEVEL);
  g_return_val_if_fail (competence != NULL, SP_TEAM_DEFAULT_LEVEL);

  if (isnan (self->levels[competence->index]))
    return self->level;

  return self->levels[competence->index];
}

void
sp_team_set_competence_level (SpTeam             *self,
                              const SpCompetence *competence,
                              double              level)
{
  g_return_if_fail (SP_IS_TEAM (self));
  g_return_if_fail (competence != NULL);
  g_return_if_fail (sp_framework_get_competence (self->framework, competence->index) ==
                    competence);
  g_return_if_fail (isnan (level) || (level >= 0.0 && level <= 100.0));

  self->levels[competence->index] = level;
  emit_changed (self);
}

/* Members. */

guint
sp_team_get_n_members (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), 0);

  return self->members->len;
}

SpShare *
sp_team_get_member (SpTeam *self,
                    guint   index)
{
  g_return_val_if_fail (SP_IS_TEAM (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);

  return get_member (self, index)->share;
}

const SpProfile *
sp_team_get_member_profile (SpTeam *self,
                            guint   index)
{
  g_return_val_if_fail (SP_IS_TEAM (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);

  return get_member (self, index)->profile;
}

double
sp_team_get_member_score (SpTeam             *self,
                          guint               index,
                          const SpCompetence *competence)
{
  g_return_val_if_fail (SP_IS_TEAM (self), NAN);
  g_return_val_if_fail (index < self->members->len, NAN);
  g_return_val_if_fail (competence != NULL, NAN);

  return get_member (self, index)->scores[competence->index];
}

gboolean
sp_team_member_is_shown (SpTeam *self,
                         guint   index)
{
  g_return_val_if_fail (SP_IS_TEAM (self), FALSE);
  g_return_val_if_fail (index < self->members->len, FALSE);

  return sp_share_get_show_name (get_member (self, index)->share);
}

GArray *
sp_team_dup_shown_members (SpTeam *self)
{
  GArray *shown;

  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  shown = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->members->len; i++)
    if (sp_share_get_show_name (get_member (self, i)->share))
      g_array_append_val (shown, i);

  return shown;
}

/* Aggregates. */

gboolean
sp_team_is_hidden (SpTeam *self)
{
  g_return_val_if_fail (SP_IS_TEAM (self), TRUE);

  return self->members->len < self->min_group;
}

static gboolean
member_is_named (SpTeamMember *member)
{
  return sp_share_get_show_name (member->share);
}

/* The rule of docs/method.md: a count of which @unnamed members did not
 * agree to be shown by name is hidden when @unnamed is above 0 and below
 * the minimum group, whatever the named members add to it (they can be
 * subtracted, as their rows are shown). */
static gboolean
is_suppressed (SpTeam *self,
               guint   unnamed)
{
  return sp_team_is_hidden (self) || (unnamed > 0 && unnamed < self->min_group);
}

static int
shown_count (SpTeam *self,
             guint   count,
             guint   unnamed)
{
  if (is_suppressed (self, unnamed))
    return SP_TEAM_SUPPRESSED;

  return (int) MIN (count, (guint) G_MAXINT);
}

int
sp_team_shown_count (SpTeam *self,
                     guint   count)
{
  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_SUPPRESSED);

  return shown_count (self, count, count);
}

int
sp_team_get_profile_count (SpTeam          *self,
                           const SpProfile *profile)
{
  guint count = 0;
  guint unnamed = 0;

  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_SUPPRESSED);

  for (guint i = 0; i < self->members->len; i++)
    {
      SpTeamMember *member = get_member (self, i);

      if (member->profile != profile)
        continue;
      count++;
      unnamed += !member_is_named (member);
    }

  return shown_count (self, count, unnamed);
}

static gboolean
member_reaches (SpTeam             *self,
                SpTeamMember       *member,
                const SpCompetence *competence)
{
  double score = member->scores[competence->index];

  return !isnan (score) && score >= sp_team_get_competence_level (self, competence);
}

/* Members reaching @competence's level; @unnamed receives how many of
 * them are not shown by name. */
static guint
count_reaching (SpTeam             *self,
                const SpCompetence *competence,
                guint              *unnamed)
{
  guint count = 0;

  *unnamed = 0;
  for (guint i = 0; i < self->members->len; i++)
    {
      SpTeamMember *member = get_member (self, i);

      if (!member_reaches (self, member, competence))
        continue;
      count++;
      *unnamed += !member_is_named (member);
    }

  return count;
}

static SpCoverage
coverage_for (SpTeam *self,
              guint   count,
              guint   unnamed)
{
  if (sp_team_is_hidden (self))
    return SP_COVERAGE_HIDDEN;
  if (count == 0)
    return SP_COVERAGE_GAP;
  if (is_suppressed (self, unnamed))
    return SP_COVERAGE_FEW;
  if (count == 1)
    return SP_COVERAGE_SINGLE_POINT;

  return SP_COVERAGE_COVERED;
}

int
sp_team_get_coverage (SpTeam             *self,
                      const SpCompetence *competence,
                      SpCoverage         *coverage)
{
  guint count;
  guint unnamed;

  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_SUPPRESSED);
  g_return_val_if_fail (competence != NULL, SP_TEAM_SUPPRESSED);

  count = count_reaching (self, competence, &unnamed);
  if (coverage != NULL)
    *coverage = coverage_for (self, count, unnamed);

  return shown_count (self, count, unnamed);
}

int
sp_team_get_band_count (SpTeam             *self,
                        const SpCompetence *competence,
                        int                 band)
{
  guint count = 0;
  guint unnamed = 0;

  g_return_val_if_fail (SP_IS_TEAM (self), SP_TEAM_SUPPRESSED);
  g_return_val_if_fail (competence != NULL, SP_TEAM_SUPPRESSED);
  g_return_val_if_fail (band >= -1 && band <= SP_BAND_CAN_LEAD, SP_TEAM_SUPPRESSED);

  for (guint i = 0; i < self->members->len; i++)
    {
      SpTeamMember *member = get_member (self, i);
      double score = member->scores[competence->index];
      int member_band = isnan (score) ? -1 : (int) sp_band_for_score (score);

      if (member_band != band)
        continue;
      count++;
      unnamed += !member_is_named (member);
    }

  return shown_count (self, count, unnamed);
}

static gboolean
member_covers_role (SpTeam          *self,
                    SpTeamMember    *member,
                    const SpProfile *profile)
{
  for (guint i = 0; i < profile->n_competences; i++)
    if (!member_reaches (self, member, profile->competences[i]))
      return FALSE;

  return TRUE;
}

static gboolean
role_is_covered (SpTeam          *self,
                 const SpProfile *profile)
{
  for (guint i = 0; i < self->members->len; i++)
    if (member_covers_role (self, get_member (self, i), profile))
      return TRUE;

  return FALSE;
}

GPtrArray *
sp_team_dup_uncovered_roles (SpTeam *self)
{
  GPtrArray *roles;
  guint n_profiles;

  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  roles = g_ptr_array_new ();
  if (sp_team_is_hidden (self))
    return roles;

  n_profiles = sp_framework_get_n_profiles (self->framework);
  for (guint i = 0; i < n_profiles; i++)
    {
      const SpProfile *profile = sp_framework_get_profile (self->framework, i);

      if (!role_is_covered (self, profile))
        g_ptr_array_add (roles, (gpointer) profile);
    }

  return roles;
}

typedef struct
{
  const SpCompetence *competence;
  gboolean            gap;
  double              mean;     /* of the assessed members; NAN sorts last */
} GapRank;

static double
mean_score (SpTeam             *self,
            const SpCompetence *competence)
{
  double sum = 0.0;
  guint n = 0;

  for (guint i = 0; i < self->members->len; i++)
    {
      double score = get_member (self, i)->scores[competence->index];

      if (!isnan (score))
        {
          sum += score;
          n++;
        }
    }

  return n > 0 ? sum / n : NAN;
}

/* Gaps first; then the lowest team mean. The exact counts under the
 * minimum never decide the order, so the order reveals none of them. */
static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const GapRank *x = a;
  const GapRank *y = b;
  double mx = isnan (x->mean) ? -1.0 : x->mean;
  double my = isnan (y->mean) ? -1.0 : y->mean;

  if (x->gap != y->gap)
    return x->gap ? -1 : 1;
  if (mx != my)
    return mx < my ? -1 : 1;

  return (int) x->competence->index - (int) y->competence->index;
}

GPtrArray *
sp_team_dup_largest_gaps (SpTeam *self,
                          guint   max)
{
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (GapRank));
  guint n_competences;
  GPtrArray *gaps;

  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  gaps = g_ptr_array_new ();
  if (sp_team_is_hidden (self))
    return gaps;

  n_competences = sp_framework_get_n_competences (self->framework);
  for (guint i = 0; i < n_competences; i++)
    {
      const SpCompetence *competence = sp_framework_get_competence (self->framework, i);
      SpCoverage coverage = SP_COVERAGE_HIDDEN;
      GapRank rank = { competence, FALSE, 0.0 };

      sp_team_get_coverage (self, competence, &coverage);
      if (coverage == SP_COVERAGE_COVERED)
        continue;

      rank.gap = coverage == SP_COVERAGE_GAP;
      rank.mean = mean_score (self, competence);
      g_array_append_val (ranks, rank);
    }

  g_array_sort (ranks, compare_gaps);
  for (guint i = 0; i < MIN (ranks->len, max); i++)
    g_ptr_array_add (gaps, (gpointer) g_array_index (ranks, GapRank, i).competence);

  return gaps;
}

void
sp_team_suggestion_free (SpTeamSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->activity_id);
  g_free (suggestion->title);
  g_free (suggestion->summary);
  g_free (suggestion);
}

/* A group or pair activity of the library for @competence, if any. */
static gboolean
suggest_from_library (SpFramework        *framework,
                      const SpCompetence *competence,
                      SpTeamSuggestion   *suggestion)
{
  g_autoptr(GPtrArray) activities = sp_framework_dup_activities_for (framework, competence);
  const SpActivity *chosen = NULL;

  for (guint i = 0; activities != NULL && i < activities->len && chosen == NULL; i++)
    {
      const SpActivity *activity = g_ptr_array_index (activities, i);

      if (activity->group != SP_GROUP_ALONE)
        chosen = activity;
    }

  if (chosen == NULL && activities != NULL && activities->len > 0)
    chosen = g_ptr_array_index (activities, 0);

  if (chosen == NULL)
    return FALSE;

  suggestion->activity_id = g_strdup (chosen->id);
  suggestion->title = g_strdup (chosen->title);
  suggestion->summary = g_strdup (chosen->summary);
  return TRUE;
}

/* Without an activity library in the framework, a suggestion built from
 * the competence itself. */
static void
suggest_by_name (const SpCompetence *competence,
                 SpTeamSuggestion   *suggestion)
{
  suggestion->title = g_strdup_printf (_("Learn “%s” together"), competence->name);
  suggestion->summary =
    g_strdup_printf (_("Pair up with someone outside the team who practises it, or invite "
                       "them to a team session: %s"), competence->description);
}

GPtrArray *
sp_team_dup_suggestions (SpTeam *self,
                         guint   max)
{
  g_autoptr(GPtrArray) gaps = NULL;
  GPtrArray *suggestions;

  g_return_val_if_fail (SP_IS_TEAM (self), NULL);

  gaps = sp_team_dup_largest_gaps (self, max);
  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_team_suggestion_free);

  for (guint i = 0; i < gaps->len; i++)
    {
      SpTeamSuggestion *suggestion = g_new0 (SpTeamSuggestion, 1);

      suggestion->competence = g_ptr_array_index (gaps, i);
      if (!suggest_from_library (self->framework, suggestion->competence, suggestion))
        suggest_by_name (suggestion->competence, suggestion);

      g_ptr_array_add (suggestions, suggestion);
    }

  return suggestions;
}

/* Class view. */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

/* Median and mean of @values, sorted in place; NAN when there are none
 * or when @end's rule suppresses a figure over @unnamed unnamed members. */
static void
summarise (SpTeam *end,
           GArray *values,
           guint   unnamed,
           double *median,
           double *mean)
{
  double sum = 0.0;
  guint n = values->len;

  *median = NAN;
  *mean = NAN;
  if (n == 0 || is_suppressed (end, unnamed))
    return;

  g_array_sort (values, compare_doubles);
  for (guint i = 0; i < n; i++)
    sum += g_array_index (values, double, i);

  *mean = sum / n;
  if (n % 2 == 1)
    *median = g_array_index (values, double, n / 2);
  else
    *median = (g_array_index (values, double, n / 2 - 1) +
               g_array_index (values, double, n / 2)) / 2.0;
}

/* @unnamed receives how many of the scores are of unnamed members. */
static GArray *
collect_scores (SpTeam *team,
                guint   competence,
                guint  *unnamed)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  *unnamed = 0;
  for (guint i = 0; i < team->members->len; i++)
    {
      SpTeamMember *member = get_member (team, i);
      double score = member->scores[competence];

      if (isnan (score))
        continue;
      g_array_append_val (values, score);
      *unnamed += !member_is_named (member);
    }

  return values;
}

static void
count_moves (SpTeam         *start,
             SpTeam         *end,
             guint           competence,
             SpTeamProgress *progress)
{
  guint moved = 0;
  guint paired_unnamed = 0;
  guint moved_unnamed = 0;

  for (guint i = 0; i < end->members->len; i++)
    {
      SpTeamMember *after = get_member (end, i);
      SpTeamMember *before = g_hash_table_lookup (start->by_id,
                                                  sp_share_get_member_id (after->share));
      gboolean unnamed;

      if (before == NULL || isnan (before->scores[competence]) ||
          isnan (after->scores[competence]))
        continue;

      /* Named only when named in both sets. */
      unnamed = !member_is_named (before) || !member_is_named (after);
      progress->n_paired++;
      paired_unnamed += unnamed;
      if (sp_band_for_score (after->scores[competence]) >
          sp_band_for_score (before->scores[competence]))
        {
          moved++;
          moved_unnamed += unnamed;
        }
    }

  /* Who did not move is counted too: both counts follow the rule. */
  if (progress->n_paired == 0 || is_suppressed (end, paired_unnamed) ||
      is_suppressed (end, moved_unnamed))
    progress->n_moved_up = SP_TEAM_SUPPRESSED;
  else
    progress->n_moved_up = (int) moved;
}

GArray *
sp_team_dup_progress (SpTeam *start,
                      SpTeam *end)
{
  GArray *progress;
  guint n_competences;

  g_return_val_if_fail (SP_IS_TEAM (start), NULL);
  g_return_val_if_fail (SP_IS_TEAM (end), NULL);
  g_return_val_if_fail (start->framework == end->framework, NULL);

  n_competences = sp_framework_get_n_competences (end->framework);
  progress = g_array_sized_new (FALSE, TRUE, sizeof (SpTeamProgress), n_competences);

  for (guint i = 0; i < n_competences; i++)
    {
      guint unnamed_before;
      guint unnamed_after;
      g_autoptr(GArray) before = collect_scores (start, i, &unnamed_before);
      g_autoptr(GArray) after = collect_scores (end, i, &unnamed_after);
      SpTeamProgress entry = { sp_framework_get_competence (end->framework, i) };

      entry.n_start = before->len;
      entry.n_end = after->len;
      summarise (end, before, unnamed_before, &entry.median_start, &entry.mean_start);
      summarise (end, after, unnamed_after, &entry.median_end, &entry.mean_end);
      count_moves (start, end, i, &entry);
      g_array_append_val (progress, entry);
    }

  return progress;
}

const char *
sp_coverage_to_string (SpCoverage coverage)
{
  switch (coverage)
    {
    case SP_COVERAGE_HIDDEN:
      return "hidden";
    case SP_COVERAGE_GAP:
      return "gap";
    case SP_COVERAGE_SINGLE_POINT:
      return "single-point";
    case SP_COVERAGE_FEW:
      return "few";
    case SP_COVERAGE_COVERED:
      return "covered";
    default:
      g_return_val_if_reached ("hidden");
    }
}
