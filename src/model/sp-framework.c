/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-framework"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-framework.h"

#include "sp-error-private.h"
#include "sp-framework-resources.h"
#include "sp-xml-private.h"

#include <math.h>
#include <string.h>

#define SP_FRAMEWORK_FORMAT   1
#define SP_FRAMEWORK_MAX_SIZE (1024 * 1024)
#define SCHEMA_RESOURCE       SP_FRAMEWORK_RESOURCE_PATH "/framework.rng"

struct _SpFramework
{
  GObject              parent_instance;

  GStringChunk        *strings;
  char                *dir;       /* NULL for the built-in framework */

  const char          *id;
  const char          *version;
  const char          *title;
  const char          *scale_labels[SP_SCALE_MAX];
  const char          *skip_label;
  const char          *questionnaire_titles[SP_N_DIMENSIONS];
  const char          *questionnaire_intros[SP_N_DIMENSIONS];
  const char          *principle_names[SP_N_PRINCIPLES];
  const char          *principle_descriptions[SP_N_PRINCIPLES];

  SpItem              *items;
  guint                n_items;
  SpCompetence        *competences;
  guint                n_competences;
  SpProfile           *profiles;
  guint                n_profiles;

  /* One block each, sliced between the competences and the profiles. */
  const SpItem       **competence_items;
  const SpCompetence **profile_competences;
  const char         **jobs;

  guint                dimension_start[SP_N_DIMENSIONS];
  guint                dimension_n_items[SP_N_DIMENSIONS];

  GHashTable          *items_by_id;
  GHashTable          *competences_by_id;
  GHashTable          *profiles_by_id;

  /* The activity library; empty when the framework lists none. */
  SpTopic             *topics;
  guint                n_topics;
  SpActivity          *activities;
  guint                n_activities;
  const SpCompetence **activity_competences;
  const char         **activity_steps;
  GHashTable          *topics_by_id;
  GHashTable          *activities_by_id;
};

G_DEFINE_FINAL_TYPE (SpFramework, sp_framework, G_TYPE_OBJECT)

/* What the files say, before it is laid out in its final order. */
typedef struct
{
  const char  *id;
  const char  *text;
  SpDimension  dimension;
  guint        competence;
} RawItem;

typedef struct
{
  const char  *id;
  const char  *name;
  const char  *description;
  SpPrinciple  principle;
  int          profile;      /* -1 for a transversal competence */
  guint        first_item;
  guint        n_items;
} RawCompetence;

typedef struct
{
  const char  *id;
  const char  *name;
  const char  *tagline;
  const char  *description;
  const char  *avatar;
  guint        first_job;
  guint        n_jobs;
  guint        first_competence;
  guint        n_competences;
  guint        key;
} RawProfile;

typedef struct
{
  SpFramework *self;
  const char  *file;         /* display name of the file being read */
  GArray      *items;        /* RawItem */
  GArray      *competences;  /* RawCompetence */
  GArray      *profiles;     /* RawProfile */
  GPtrArray   *jobs;         /* const char *, in self->strings */
  xmlNode     *activities;   /* the <activities> reference, or NULL */
  const char  *framework_file;
  const char  *replaced;     /* a file name whose text is … */
  GBytes      *replacement;  /* … this instead (tests, fuzzing) */
} Loader;

static const char * const dimension_letters[SP_N_DIMENSIONS] = { "K", "S", "A" };
static const char * const principle_ids[SP_N_PRINCIPLES] = {
  "needs", "democracy", "responsibility", "cooperation",
};

/* Every text shown to people goes through here, so that translations
 * can be added without touching the loader. */
static const char *
translate (const char *msgid)
{
  if (msgid == NULL || msgid[0] == '\0')
    return msgid;

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static gboolean
parse_principle_id (const char  *id,
                    SpPrinciple *principle)
{
  for (guint i = 0; i < SP_N_PRINCIPLES; i++)
    if (g_strcmp0 (id, principle_ids[i]) == 0)
      {
        *principle = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
is_kebab_id (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static const char *
loader_intern (Loader *loader,
               char   *text)
{
  const char *interned;

  if (text == NULL)
    return NULL;

  interned = g_string_chunk_insert (loader->self->strings, text);
  g_free (text);
  return interned;
}

static const char *
loader_text (Loader  *loader,
             xmlNode *node)
{
  return translate (loader_intern (loader, sp_xml_dup_text (node)));
}

static const char *
loader_prop (Loader     *loader,
             xmlNode    *node,
             const char *name)
{
  return loader_intern (loader, sp_xml_dup_prop (node, name));
}

/* The id attribute of @node, checked for its shape. */
static const char *
loader_id (Loader      *loader,
           xmlNode     *node,
           GError     **error)
{
  const char *id = loader_prop (loader, node, "id");

  if (!is_kebab_id (id))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("“%s” is not a valid id (lower-case letters, digits and dashes)"),
                            id != NULL ? id : "");
      return NULL;
    }

  return id;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  for (xmlNode *node = sp_xml_first_element (parent); node; node = sp_xml_next_element (node))
    if (sp_xml_is (node, name))
      return node;

  return NULL;
}

static const char *
loader_child_text (Loader     *loader,
                   xmlNode    *parent,
                   const char *name)
{
  xmlNode *child = find_child (parent, name);

  return child != NULL ? loader_text (loader, child) : "";
}

static GBytes *
loader_read (Loader      *loader,
             const char  *basename,
             char       **display_name,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (loader->replaced != NULL && g_str_equal (basename, loader->replaced))
    {
      *display_name = g_strdup (basename);
      return g_bytes_ref (loader->replacement);
    }

  if (loader->self->dir == NULL)
    {
      GBytes *bytes;

      path = g_strconcat (SP_FRAMEWORK_RESOURCE_PATH "/", basename, NULL);
      *display_name = g_strconcat ("resource://", path, NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      if (bytes == NULL)
        g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not read “%s”: %s"),
                     *display_name, local_error->message);
      return bytes;
    }

  path = g_build_filename (loader->self->dir, basename, NULL);
  *display_name = g_filename_display_name (path);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      /* GLib's message names the file already. */
      g_set_error_literal (error, SP_ERROR, SP_ERROR_FAILED, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* The root must be the expected element, and its format one we know;
 * this comes before the schema so that a newer file gets the right
 * message rather than a schema error. */
static gboolean
check_root (Loader      *loader,
            xmlNode     *root,
            const char  *name,
            GError     **error)
{
  g_autofree char *format = NULL;
  guint64 number = 0;

  if (!sp_xml_is (root, name))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, root,
                            _("expected a <%s> element, found <%s>"), name,
                            (const char *) root->name);
      return FALSE;
    }

  format = sp_xml_dup_prop (root, "format");
  if (format != NULL &&
      g_ascii_string_to_unsigned (format, 10, 0, G_MAXUINT64, &number, NULL) &&
      number > SP_FRAMEWORK_FORMAT)
    {
      sp_error_set_at_node (error, SP_ERROR_NEWER_VERSION, loader->file, root,
                            _("made by a newer version of SSE Portfolio (format %s)"), format);
      return FALSE;
    }

  return TRUE;
}

static xmlDoc *
loader_parse (Loader      *loader,
              GBytes      *bytes,
              const char  *display_name,
              const char  *root_name,
              GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  loader->file = display_name;
  doc = sp_xml_read (bytes, display_name, NULL, SP_FRAMEWORK_MAX_SIZE, SP_XML_MAX_ELEMENTS,
                     error);
  if (doc == NULL || !check_root (loader, xmlDocGetRootElement (doc), root_name, error))
    return NULL;

  /* The built-in framework is compiled into the binary from profiles/, and
   * the tests validate those very files against the schema (framework-schema,
   * /framework/load-source-directory, /framework/builtin-is-source). Compiling
   * and running the RELAX NG schema again at every start-up only delays the
   * first window, so it is kept for frameworks read from a folder and for
   * any file whose text was replaced. The loader's own rules still check
   * every file. */
  if ((loader->self->dir != NULL || loader->replaced != NULL) &&
      !sp_xml_validate (doc, display_name, SCHEMA_RESOURCE, error))
    return NULL;

  return g_steal_pointer (&doc);
}

static gboolean
parse_item (Loader   *loader,
            xmlNode  *node,
            guint    *dimensions_seen,
            GError  **error)
{
  RawItem item = { 0 };
  g_autofree char *letter = NULL;

  item.id = loader_id (loader, node, error);
  if (item.id == NULL)
    return FALSE;

  if (g_hash_table_contains (loader->self->items_by_id, item.id))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("the item id “%s” is used twice"), item.id);
      return FALSE;
    }

  letter = sp_xml_dup_prop (node, "dimension");
  if (!sp_dimension_from_letter (letter, &item.dimension))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("unknown dimension “%s”"), letter != NULL ? letter : "");
      return FALSE;
    }

  item.text = loader_text (loader, node);
  item.competence = loader->competences->len - 1;
  *dimensions_seen |= 1u << item.dimension;

  g_hash_table_add (loader->self->items_by_id, (char *) item.id);
  g_array_append_val (loader->items, item);
  return TRUE;
}

static gboolean
parse_competence_items (Loader   *loader,
                        xmlNode  *node,
                        GError  **error)
{
  RawCompetence *competence;
  guint seen = 0;

  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "item") && !parse_item (loader, child, &seen, error))
      return FALSE;

  competence = &g_array_index (loader->competences, RawCompetence, loader->competences->len - 1);
  competence->n_items = loader->items->len - competence->first_item;

  for (guint d = 0; d < SP_N_DIMENSIONS; d++)
    if ((seen & (1u << d)) == 0)
      {
        sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                              _("the competence “%s” has no item of dimension %s"),
                              competence->id, dimension_letters[d]);
        return FALSE;
      }

  return TRUE;
}

/* Appends one competence; @profile is -1 for a transversal one. */
static gboolean
parse_competence (Loader    *loader,
                  xmlNode   *node,
                  int        profile,
                  gboolean  *is_key,
                  GError   **error)
{
  RawCompetence competence = { 0 };
  g_autofree char *principle = NULL;
  g_autofree char *key = NULL;

  competence.id = loader_id (loader, node, error);
  if (competence.id == NULL)
    return FALSE;

  if (g_hash_table_contains (loader->self->competences_by_id, competence.id))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("the competence id “%s” is used twice"), competence.id);
      return FALSE;
    }

  principle = sp_xml_dup_prop (node, "principle");
  if (!parse_principle_id (principle, &competence.principle))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("unknown principle “%s”"), principle != NULL ? principle : "");
      return FALSE;
    }

  key = sp_xml_dup_prop (node, "key");
  *is_key = g_strcmp0 (key, "true") == 0;
  if (*is_key && profile < 0)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("a transversal competence cannot be a key competence"));
      return FALSE;
    }

  competence.name = loader_child_text (loader, node, "name");
  competence.description = loader_child_text (loader, node, "description");
  competence.profile = profile;
  competence.first_item = loader->items->len;

  g_hash_table_add (loader->self->competences_by_id, (char *) competence.id);
  g_array_append_val (loader->competences, competence);

  return parse_competence_items (loader, node, error);
}

static gboolean
parse_scale (Loader   *loader,
             xmlNode  *scale,
             GError  **error)
{
  SpFramework *self = loader->self;

  for (xmlNode *node = sp_xml_first_element (scale); node; node = sp_xml_next_element (node))
    {
      g_autofree char *value = NULL;
      guint64 number = 0;

      if (sp_xml_is (node, "skip"))
        {
          self->skip_label = loader_text (loader, node);
          continue;
        }

      value = sp_xml_dup_prop (node, "value");
      if (!g_ascii_string_to_unsigned (value, 10, SP_SCALE_MIN, SP_SCALE_MAX, &number, NULL) ||
          self->scale_labels[number - 1] != NULL)
        {
          sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                                _("scale points must be 1 to 5, each once"));
          return FALSE;
        }
      self->scale_labels[number - 1] = loader_text (loader, node);
    }

  return TRUE;
}

static gboolean
parse_questionnaire (Loader   *loader,
                     xmlNode  *node,
                     GError  **error)
{
  SpFramework *self = loader->self;
  g_autofree char *letter = sp_xml_dup_prop (node, "dimension");
  SpDimension dimension;

  if (!sp_dimension_from_letter (letter, &dimension) ||
      self->questionnaire_titles[dimension] != NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("each questionnaire K, S and A must appear once"));
      return FALSE;
    }

  self->questionnaire_titles[dimension] = loader_child_text (loader, node, "title");
  self->questionnaire_intros[dimension] = loader_child_text (loader, node, "intro");
  return TRUE;
}

static gboolean
parse_principle (Loader   *loader,
                 xmlNode  *node,
                 GError  **error)
{
  SpFramework *self = loader->self;
  g_autofree char *id = sp_xml_dup_prop (node, "id");
  SpPrinciple principle;

  if (!parse_principle_id (id, &principle) || self->principle_names[principle] != NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("the principle “%s” is unknown or appears twice"),
                            id != NULL ? id : "");
      return FALSE;
    }

  self->principle_names[principle] = loader_child_text (loader, node, "name");
  self->principle_descriptions[principle] = loader_child_text (loader, node, "description");
  return TRUE;
}

static void
parse_jobs (Loader  *loader,
            xmlNode *jobs)
{
  RawProfile *profile = &g_array_index (loader->profiles, RawProfile, loader->profiles->len - 1);

  profile->first_job = loader->jobs->len;
  if (jobs != NULL)
    for (xmlNode *node = sp_xml_first_element (jobs); node; node = sp_xml_next_element (node))
      g_ptr_array_add (loader->jobs, (char *) loader_text (loader, node));
  profile->n_jobs = loader->jobs->len - profile->first_job;
}

static gboolean
parse_profile_competences (Loader   *loader,
                           xmlNode  *root,
                           GError  **error)
{
  guint index = loader->profiles->len - 1;
  RawProfile *profile = &g_array_index (loader->profiles, RawProfile, index);
  guint n_keys = 0;

  profile->first_competence = loader->competences->len;
  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean is_key = FALSE;

      if (!sp_xml_is (node, "competence"))
        continue;
      if (!parse_competence (loader, node, index, &is_key, error))
        return FALSE;
      if (is_key && n_keys++ > 0)
        {
          sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                                _("the profile “%s” has more than one key competence"),
                                profile->id);
          return FALSE;
        }
      if (is_key)
        profile->key = loader->competences->len - 1;
    }
  profile->n_competences = loader->competences->len - profile->first_competence;

  if (n_keys == 0 || profile->n_competences < 3)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, root,
                            _("the profile “%s” needs one key competence and at least "
                              "two more"),
                            profile->id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_profile (Loader   *loader,
               xmlNode  *root,
               GError  **error)
{
  RawProfile profile = { 0 };
  const char *avatar;

  profile.id = loader_prop (loader, root, "id");
  avatar = loader_prop (loader, root, "avatar");
  profile.avatar = avatar != NULL ? avatar
                                  : loader_intern (loader, g_strconcat (profile.id, ".svg", NULL));
  profile.name = loader_child_text (loader, root, "name");
  profile.tagline = loader_child_text (loader, root, "tagline");
  profile.description = loader_child_text (loader, root, "description");
  g_array_append_val (loader->profiles, profile);

  parse_jobs (loader, find_child (root, "jobs"));
  return parse_profile_competences (loader, root, error);
}

static gboolean
load_profile (Loader      *loader,
              xmlNode     *ref,
              const char  *framework_file,
              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *root_id = NULL;
  const char *id;
  xmlNode *root;

  id = loader_id (loader, ref, error);
  if (id == NULL)
    return FALSE;

  if (g_hash_table_contains (loader->self->profiles_by_id, id))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, framework_file, ref,
                            _("the profile “%s” is listed twice"), id);
      return FALSE;
    }
  g_hash_table_add (loader->self->profiles_by_id, (char *) id);

  basename = g_strconcat ("profile-", id, ".xml", NULL);
  bytes = loader_read (loader, basename, &display_name, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, "%s:%d: ", framework_file, sp_xml_get_line (ref));
      return FALSE;
    }

  doc = loader_parse (loader, bytes, display_name, "profile", error);
  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  root_id = sp_xml_dup_prop (root, "id");
  if (g_strcmp0 (root_id, id) != 0)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, display_name, root,
                            _("the profile id is “%s”, but the framework lists it as “%s”"),
                            root_id != NULL ? root_id : "", id);
      return FALSE;
    }

  return parse_profile (loader, root, error);
}

static gboolean
parse_framework (Loader   *loader,
                 xmlNode  *root,
                 GError  **error)
{
  SpFramework *self = loader->self;
  const char *file = loader->file;

  self->id = loader_id (loader, root, error);
  if (self->id == NULL)
    return FALSE;
  self->version = loader_prop (loader, root, "version");
  self->title = loader_child_text (loader, root, "title");

  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean is_key = FALSE;
      gboolean ok = TRUE;

      loader->file = file;   /* a profile file may have been read meanwhile */
      if (sp_xml_is (node, "scale"))
        ok = parse_scale (loader, node, error);
      else if (sp_xml_is (node, "questionnaire"))
        ok = parse_questionnaire (loader, node, error);
      else if (sp_xml_is (node, "principle"))
        ok = parse_principle (loader, node, error);
      else if (sp_xml_is (node, "competence"))
        ok = parse_competence (loader, node, -1, &is_key, error);
      else if (sp_xml_is (node, "profile-ref"))
        ok = load_profile (loader, node, file, error);
      else if (sp_xml_is (node, "activities"))
        loader->activities = node;

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/* Items in questionnaire order: K, S, A; within each, competence order. */
static void
build_items (Loader *loader)
{
  SpFramework *self = loader->self;
  g_autofree guint *final_index = g_new (guint, loader->items->len);
  guint next = 0;

  for (guint d = 0; d < SP_N_DIMENSIONS; d++)
    {
      self->dimension_start[d] = next;
      for (guint c = 0; c < loader->competences->len; c++)
        {
          const RawCompetence *raw = &g_array_index (loader->competences, RawCompetence, c);

          for (guint i = raw->first_item; i < raw->first_item + raw->n_items; i++)
            if (g_array_index (loader->items, RawItem, i).dimension == d)
              final_index[i] = next++;
        }
      self->dimension_n_items[d] = next - self->dimension_start[d];
    }

  self->n_items = loader->items->len;
  self->items = g_new0 (SpItem, self->n_items);
  self->competence_items = g_new (const SpItem *, self->n_items);

  for (guint i = 0; i < loader->items->len; i++)
    {
      const RawItem *raw = &g_array_index (loader->items, RawItem, i);
      SpItem *item = &self->items[final_index[i]];

      item->id = raw->id;
      item->text = raw->text;
      item->dimension = raw->dimension;
      item->index = final_index[i];
      item->competence = &self->competences[raw->competence];
      self->competence_items[i] = item;
      g_hash_table_insert (self->items_by_id, (char *) item->id, item);
    }
}

static void
build_competences (Loader *loader)
{
  SpFramework *self = loader->self;

  for (guint c = 0; c < self->n_competences; c++)
    {
      const RawCompetence *raw = &g_array_index (loader->competences, RawCompetence, c);
      SpCompetence *competence = &self->competences[c];

      competence->id = raw->id;
      competence->name = raw->name;
      competence->description = raw->description;
      competence->principle = raw->principle;
      competence->transversal = raw->profile < 0;
      competence->index = c;
      competence->items = &self->competence_items[raw->first_item];
      competence->n_items = raw->n_items;
      competence->profile = raw->profile < 0 ? NULL : &self->profiles[raw->profile];
      g_hash_table_insert (self->competences_by_id, (char *) competence->id, competence);
    }
}

static void
build_profile (Loader        *loader,
               guint          index,
               const char   **jobs,
               const SpCompetence **competences)
{
  SpFramework *self = loader->self;
  const RawProfile *raw = &g_array_index (loader->profiles, RawProfile, index);
  SpProfile *profile = &self->profiles[index];
  guint n = 0;

  for (guint j = 0; j < raw->n_jobs; j++)
    jobs[j] = g_ptr_array_index (loader->jobs, raw->first_job + j);
  jobs[raw->n_jobs] = NULL;

  competences[n++] = &self->competences[raw->key];
  for (guint c = raw->first_competence; c < raw->first_competence + raw->n_competences; c++)
    if (c != raw->key)
      competences[n++] = &self->competences[c];

  profile->id = raw->id;
  profile->name = raw->name;
  profile->tagline = raw->tagline;
  profile->description = raw->description;
  profile->jobs = jobs;
  profile->avatar = raw->avatar;
  profile->index = index;
  profile->key = &self->competences[raw->key];
  profile->competences = competences;
  profile->n_competences = raw->n_competences;
  g_hash_table_insert (self->profiles_by_id, (char *) profile->id, profile);
}

static void
build_profiles (Loader *loader)
{
  SpFramework *self = loader->self;
  guint n_profile_competences = loader->competences->len;
  guint job = 0, competence = 0;

  self->jobs = g_new (const char *, loader->jobs->len + self->n_profiles);
  self->profile_competences = g_new (const SpCompetence *, n_profile_competences);

  for (guint p = 0; p < self->n_profiles; p++)
    {
      const RawProfile *raw = &g_array_index (loader->profiles, RawProfile, p);

      build_profile (loader, p, &self->jobs[job], &self->profile_competences[competence]);
      job += raw->n_jobs + 1;
      competence += raw->n_competences;
    }
}

static void
loader_build (Loader *loader)
{
  SpFramework *self = loader->self;

  self->n_competences = loader->competences->len;
  self->competences = g_new0 (SpCompetence, self->n_competences);
  self->n_profiles = loader->profiles->len;
  self->profiles = g_new0 (SpProfile, self->n_profiles);

  build_items (loader);
  build_competences (loader);
  build_profiles (loader);
}

/* The activity library. */

typedef struct
{
  const char  *id;
  guint        topic;
  const char  *title;
  const char  *summary;
  SpLevel      level;
  guint        duration;
  SpGroupSize  group;
  const char  *needs;
  const char  *reflection;
  guint        first_step;
  guint        n_steps;
  guint        first_competence;
  guint        n_competences;
} RawActivity;

typedef struct
{
  Loader    *loader;
  GArray    *topics;       /* SpTopic, pointers fixed at the end */
  GArray    *activities;   /* RawActivity */
  GPtrArray *steps;        /* const char *, in self->strings */
  GPtrArray *competences;  /* const SpCompetence * */
  gboolean  *developed;    /* per competence */
} Library;

static const char * const group_ids[] = { "alone", "pair", "group" };

static gboolean
parse_group (const char  *text,
             SpGroupSize *group)
{
  for (guint i = 0; i < G_N_ELEMENTS (group_ids); i++)
    if (g_strcmp0 (text, group_ids[i]) == 0)
      {
        *group = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
parse_topic (Library  *library,
             xmlNode  *node,
             GError  **error)
{
  Loader *loader = library->loader;
  SpTopic topic = { 0 };

  topic.id = loader_id (loader, node, error);
  if (topic.id == NULL)
    return FALSE;

  if (g_hash_table_contains (loader->self->topics_by_id, topic.id))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("the topic id “%s” is used twice"), topic.id);
      return FALSE;
    }

  topic.name = loader_child_text (loader, node, "name");
  topic.index = library->topics->len;
  g_hash_table_insert (loader->self->topics_by_id, (char *) topic.id,
                       GUINT_TO_POINTER (topic.index + 1));
  g_array_append_val (library->topics, topic);
  return TRUE;
}

static gboolean
parse_number (xmlNode    *node,
              const char *name,
              guint64     min,
              guint64     max,
              guint      *value)
{
  g_autofree char *text = sp_xml_dup_prop (node, name);
  guint64 number = 0;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

static gboolean
parse_activity_attributes (Library      *library,
                           xmlNode      *node,
                           RawActivity  *activity,
                           GError      **error)
{
  Loader *loader = library->loader;
  g_autofree char *topic = sp_xml_dup_prop (node, "topic");
  g_autofree char *group = sp_xml_dup_prop (node, "group");
  gpointer topic_index = topic != NULL ? g_hash_table_lookup (loader->self->topics_by_id, topic)
                                       : NULL;
  guint level = 0;

  if (topic_index == NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_UNKNOWN_ID, loader->file, node,
                            _("the activity “%s” names an unknown topic “%s”"),
                            activity->id, topic != NULL ? topic : "");
      return FALSE;
    }
  activity->topic = GPOINTER_TO_UINT (topic_index) - 1;

  if (!parse_number (node, "level", SP_LEVEL_FIRST_STEPS, SP_LEVEL_LEADING, &level) ||
      !parse_number (node, "duration", 1, 24 * 60 * 7, &activity->duration) ||
      !parse_group (group, &activity->group))
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("the activity “%s” needs a level 1–3, a duration in minutes "
                              "and a group (alone, pair or group)"), activity->id);
      return FALSE;
    }
  activity->level = level;

  return TRUE;
}

static gboolean
parse_develops (Library      *library,
                xmlNode      *node,
                RawActivity  *activity,
                GError      **error)
{
  Loader *loader = library->loader;
  g_autofree char *id = sp_xml_dup_prop (node, "competence");
  const SpCompetence *competence = sp_framework_lookup_competence (loader->self, id);

  if (competence == NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_UNKNOWN_ID, loader->file, node,
                            _("the activity “%s” develops an unknown competence “%s”"),
                            activity->id, id != NULL ? id : "");
      return FALSE;
    }

  for (guint i = activity->first_competence; i < library->competences->len; i++)
    if (g_ptr_array_index (library->competences, i) == competence)
      {
        sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                              _("the activity “%s” names the competence “%s” twice"),
                              activity->id, id);
        return FALSE;
      }

  g_ptr_array_add (library->competences, (gpointer) competence);
  library->developed[competence->index] = TRUE;
  return TRUE;
}

static gboolean
parse_activity_children (Library      *library,
                         xmlNode      *node,
                         RawActivity  *activity,
                         GError      **error)
{
  Loader *loader = library->loader;
  xmlNode *steps = find_child (node, "steps");

  activity->title = loader_child_text (loader, node, "title");
  activity->summary = loader_child_text (loader, node, "summary");
  activity->needs = loader_child_text (loader, node, "needs");
  activity->reflection = loader_child_text (loader, node, "reflection");

  activity->first_step = library->steps->len;
  for (xmlNode *step = steps != NULL ? sp_xml_first_element (steps) : NULL; step;
       step = sp_xml_next_element (step))
    g_ptr_array_add (library->steps, (char *) loader_text (loader, step));
  activity->n_steps = library->steps->len - activity->first_step;

  activity->first_competence = library->competences->len;
  for (xmlNode *child = sp_xml_first_element (node); child; child = sp_xml_next_element (child))
    if (sp_xml_is (child, "develops") && !parse_develops (library, child, activity, error))
      return FALSE;
  activity->n_competences = library->competences->len - activity->first_competence;

  return TRUE;
}

static gboolean
parse_activity (Library  *library,
                xmlNode  *node,
                GError  **error)
{
  Loader *loader = library->loader;
  RawActivity activity = { 0 };

  activity.id = loader_id (loader, node, error);
  if (activity.id == NULL)
    return FALSE;

  if (g_hash_table_contains (loader->self->activities_by_id, activity.id))
    {
      sp_error_set_at_node (error, SP_ERROR_DUPLICATE, loader->file, node,
                            _("the activity id “%s” is used twice"), activity.id);
      return FALSE;
    }
  g_hash_table_add (loader->self->activities_by_id, (char *) activity.id);

  if (!parse_activity_attributes (library, node, &activity, error) ||
      !parse_activity_children (library, node, &activity, error))
    return FALSE;

  if (activity.n_competences == 0)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->file, node,
                            _("the activity “%s” develops no competence"), activity.id);
      return FALSE;
    }

  g_array_append_val (library->activities, activity);
  return TRUE;
}

static gboolean
check_every_competence_developed (Library  *library,
                                  xmlNode  *root,
                                  GError  **error)
{
  SpFramework *self = library->loader->self;

  for (guint c = 0; c < self->n_competences; c++)
    if (!library->developed[c])
      {
        sp_error_set_at_node (error, SP_ERROR_INVALID, library->loader->file, root,
                              _("no activity develops the competence “%s”"),
                              self->competences[c].id);
        return FALSE;
      }

  return TRUE;
}

static void
build_activity (Library *library,
                guint    index)
{
  SpFramework *self = library->loader->self;
  const RawActivity *raw = &g_array_index (library->activities, RawActivity, index);
  SpActivity *activity = &self->activities[index];
  const char **steps = &self->activity_steps[raw->first_step + index];

  for (guint s = 0; s < raw->n_steps; s++)
    steps[s] = g_ptr_array_index (library->steps, raw->first_step + s);
  steps[raw->n_steps] = NULL;

  activity->id = raw->id;
  activity->topic = &self->topics[raw->topic];
  activity->title = raw->title;
  activity->summary = raw->summary;
  activity->level = raw->level;
  activity->duration = raw->duration;
  activity->group = raw->group;
  activity->needs = raw->needs;
  activity->steps = steps;
  activity->reflection = raw->reflection;
  activity->competences = &self->activity_competences[raw->first_competence];
  activity->n_competences = raw->n_competences;
  activity->index = index;
  g_hash_table_insert (self->activities_by_id, (char *) activity->id, activity);
}

static void
build_library (Library *library)
{
  SpFramework *self = library->loader->self;

  self->n_topics = library->topics->len;
  self->topics = (SpTopic *) g_array_steal (library->topics, NULL);
  for (guint t = 0; t < self->n_topics; t++)
    g_hash_table_insert (self->topics_by_id, (char *) self->topics[t].id, &self->topics[t]);

  self->n_activities = library->activities->len;
  self->activities = g_new0 (SpActivity, self->n_activities);
  self->activity_competences = (const SpCompetence **) g_ptr_array_steal (library->competences,
                                                                          NULL);
  self->activity_steps = g_new0 (const char *, library->steps->len + self->n_activities);
  for (guint a = 0; a < self->n_activities; a++)
    build_activity (library, a);
}

static gboolean
parse_library (Library  *library,
               xmlNode  *root,
               GError  **error)
{
  for (xmlNode *node = sp_xml_first_element (root); node; node = sp_xml_next_element (node))
    {
      gboolean ok = TRUE;

      if (sp_xml_is (node, "topic"))
        ok = parse_topic (library, node, error);
      else if (sp_xml_is (node, "activity"))
        ok = parse_activity (library, node, error);

      if (!ok)
        return FALSE;
    }

  return check_every_competence_developed (library, root, error);
}

/* Reads the activities file the framework lists, once every competence
 * is known. */
static gboolean
sp_activities_load (Loader  *loader,
                    GError **error)
{
  g_autoptr(GArray) topics = g_array_new (FALSE, FALSE, sizeof (SpTopic));
  g_autoptr(GArray) activities = g_array_new (FALSE, FALSE, sizeof (RawActivity));
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  g_autoptr(GPtrArray) competences = g_ptr_array_new ();
  g_autofree gboolean *developed = g_new0 (gboolean, MAX (loader->self->n_competences, 1));
  Library library = { loader, topics, activities, steps, competences, developed };
  g_autofree char *basename = sp_xml_dup_prop (loader->activities, "file");
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  if (basename == NULL || strchr (basename, '/') != NULL)
    {
      sp_error_set_at_node (error, SP_ERROR_INVALID, loader->framework_file, loader->activities,
                            _("the activities file must be a file name in the same folder"));
      return FALSE;
    }

  bytes = loader_read (loader, basename, &display_name, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, "%s:%d: ", loader->framework_file,
                      sp_xml_get_line (loader->activities));
      return FALSE;
    }

  doc = loader_parse (loader, bytes, display_name, "activities", error);
  if (doc == NULL || !parse_library (&library, xmlDocGetRootElement (doc), error))
    return FALSE;

  build_library (&library);
  return TRUE;
}

static SpFramework *
load_framework (const char  *dir,
                const char  *replaced,
                GBytes      *replacement,
                GError     **error)
{
  g_autoptr(SpFramework) self = g_object_new (SP_TYPE_FRAMEWORK, NULL);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (RawItem));
  g_autoptr(GArray) competences = g_array_new (FALSE, FALSE, sizeof (RawCompetence));
  g_autoptr(GArray) profiles = g_array_new (FALSE, FALSE, sizeof (RawProfile));
  g_autoptr(GPtrArray) jobs = g_ptr_array_new ();
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  Loader loader = { .self = self, .items = items, .competences = competences,
                    .profiles = profiles, .jobs = jobs, .replaced = replaced,
                    .replacement = replacement };

  self->dir = g_strdup (dir);

  bytes = loader_read (&loader, "framework.xml", &display_name, error);
  if (bytes == NULL)
    return NULL;

  doc = loader_parse (&loader, bytes, display_name, "framework", error);
  if (doc == NULL || !parse_framework (&loader, xmlDocGetRootElement (doc), error))
    return NULL;

  loader_build (&loader);
  loader.framework_file = display_name;
  if (loader.activities != NULL && !sp_activities_load (&loader, error))
    return NULL;

  g_debug ("Loaded framework “%s” %s: %u profiles, %u competences, %u items, "
           "%u activities", self->id, self->version, self->n_profiles,
           self->n_competences, self->n_items, self->n_activities);

  return g_steal_pointer (&self);
}

static void
sp_framework_finalize (GObject *object)
{
  SpFramework *self = (SpFramework *) object;

  g_clear_pointer (&self->items_by_id, g_hash_table_unref);
  g_clear_pointer (&self->competences_by_id, g_hash_table_unref);
  g_clear_pointer (&self->profiles_by_id, g_hash_table_unref);
  g_clear_pointer (&self->topics_by_id, g_hash_table_unref);
  g_clear_pointer (&self->activities_by_id, g_hash_table_unref);
  g_clear_pointer (&self->topics, g_free);
  g_clear_pointer (&self->activities, g_free);
  g_clear_pointer (&self->activity_competences, g_free);
  g_clear_pointer (&self->activity_steps, g_free);
  g_clear_pointer (&self->items, g_free);
  g_clear_pointer (&self->competences, g_free);
  g_clear_pointer (&self->profiles, g_free);
  g_clear_pointer (&self->competence_items, g_free);
  g_clear_pointer (&self->profile_competences, g_free);
  g_clear_pointer (&self->jobs, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->dir, g_free);

  G_OBJECT_CLASS (sp_framework_parent_class)->finalize (object);
}

static void
sp_framework_class_init (SpFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sp_framework_finalize;

  /* Referenced so that a static link keeps the resource and its
   * constructor, which registers it. */
  (void) sp_framework_data_get_resource ();
}

static void
sp_framework_init (SpFramework *self)
{
  self->strings = g_string_chunk_new (16 * 1024);
  self->items_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->competences_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->profiles_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->topics_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->activities_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

SpFramework *
sp_framework_new_default (GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_framework (NULL, NULL, NULL, error);
}

SpFramework *
sp_framework_new_from_directory (const char  *dir,
                                 GError     **error)
{
  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_framework (dir, NULL, NULL, error);
}

SpFramework *
sp_framework_new_replacing (const char  *basename,
                            GBytes      *bytes,
                            GError     **error)
{
  g_return_val_if_fail (basename != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_framework (NULL, basename, bytes, error);
}

const char *
sp_framework_get_id (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  return self->id;
}

const char *
sp_framework_get_version (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  return self->version;
}

const char *
sp_framework_get_title (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  return self->title;
}

guint
sp_framework_get_n_items (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);

  return self->n_items;
}

const SpItem *
sp_framework_get_item (SpFramework *self,
                       guint        index)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_items, NULL);

  return &self->items[index];
}

const SpItem *
sp_framework_lookup_item (SpFramework *self,
                          const char  *id)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->items_by_id, id);
}

guint
sp_framework_get_dimension_start (SpFramework *self,
                                  SpDimension  dimension)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);
  g_return_val_if_fail (dimension < SP_N_DIMENSIONS, 0);

  return self->dimension_start[dimension];
}

guint
sp_framework_get_dimension_n_items (SpFramework *self,
                                    SpDimension  dimension)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);
  g_return_val_if_fail (dimension < SP_N_DIMENSIONS, 0);

  return self->dimension_n_items[dimension];
}

guint
sp_framework_get_n_competences (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);

  return self->n_competences;
}

const SpCompetence *
sp_framework_get_competence (SpFramework *self,
                             guint        index)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_competences, NULL);

  return &self->competences[index];
}

const SpCompetence *
sp_framework_lookup_competence (SpFramework *self,
                                const char  *id)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->competences_by_id, id);
}

guint
sp_framework_get_n_profiles (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);

  return self->n_profiles;
}

const SpProfile *
sp_framework_get_profile (SpFramework *self,
                          guint        index)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_profiles, NULL);

  return &self->profiles[index];
}

const SpProfile *
sp_framework_lookup_profile (SpFramework *self,
                             const char  *id)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->profiles_by_id, id);
}

const char *
sp_framework_get_scale_label (SpFramework *self,
                              int          value)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (value >= SP_SCALE_MIN && value <= SP_SCALE_MAX, NULL);

  return self->scale_labels[value - SP_SCALE_MIN];
}

const char *
sp_framework_get_skip_label (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  return self->skip_label;
}

const char *
sp_framework_get_questionnaire_title (SpFramework *self,
                                      SpDimension  dimension)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (dimension < SP_N_DIMENSIONS, NULL);

  return self->questionnaire_titles[dimension];
}

const char *
sp_framework_get_questionnaire_intro (SpFramework *self,
                                      SpDimension  dimension)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (dimension < SP_N_DIMENSIONS, NULL);

  return self->questionnaire_intros[dimension];
}

const char *
sp_framework_get_principle_name (SpFramework *self,
                                 SpPrinciple  principle)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (principle < SP_N_PRINCIPLES, NULL);

  return self->principle_names[principle];
}

const char *
sp_framework_get_principle_description (SpFramework *self,
                                        SpPrinciple  principle)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (principle < SP_N_PRINCIPLES, NULL);

  return self->principle_descriptions[principle];
}

/* Returns the file's contents, NULL with no error when it does not exist. */
static GBytes *
read_optional_file (const char  *path,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (g_file_get_contents (path, &contents, &length, &local_error))
    return g_bytes_new_take (contents, length);

  if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, SP_ERROR, SP_ERROR_FAILED, _("Could not read “%s”: %s"),
                   display_name, local_error->message);
    }

  return NULL;
}

GBytes *
sp_framework_dup_avatar (SpFramework      *self,
                         const SpProfile  *profile,
                         GError          **error)
{
  g_autofree char *resource = NULL;
  GBytes *bytes;

  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->dir != NULL)
    {
      g_autofree char *beside = g_build_filename (self->dir, "avatars", profile->avatar, NULL);
      g_autofree char *above = g_build_filename (self->dir, "..", "avatars", profile->avatar, NULL);
      GError *local_error = NULL;

      if ((bytes = read_optional_file (beside, &local_error)) != NULL ||
          (local_error == NULL && (bytes = read_optional_file (above, &local_error)) != NULL))
        return bytes;
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
    }

  resource = g_strconcat (SP_AVATARS_RESOURCE_PATH "/", profile->avatar, NULL);
  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    g_set_error (error, SP_ERROR, SP_ERROR_FAILED,
                 _("There is no avatar “%s” for the profile “%s”"),
                 profile->avatar, profile->id);

  return bytes;
}

const char *
sp_dimension_to_letter (SpDimension dimension)
{
  g_return_val_if_fail (dimension < SP_N_DIMENSIONS, NULL);

  return dimension_letters[dimension];
}

gboolean
sp_dimension_from_letter (const char  *letter,
                          SpDimension *dimension)
{
  if (letter == NULL)
    return FALSE;

  for (guint d = 0; d < SP_N_DIMENSIONS; d++)
    if (strcmp (letter, dimension_letters[d]) == 0)
      {
        if (dimension != NULL)
          *dimension = d;
        return TRUE;
      }

  return FALSE;
}

guint
sp_framework_get_n_topics (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);

  return self->n_topics;
}

const SpTopic *
sp_framework_get_topic (SpFramework *self,
                        guint        index)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_topics, NULL);

  return &self->topics[index];
}

guint
sp_framework_get_n_activities (SpFramework *self)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), 0);

  return self->n_activities;
}

const SpActivity *
sp_framework_get_activity (SpFramework *self,
                           guint        index)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_activities, NULL);

  return &self->activities[index];
}

const SpActivity *
sp_framework_lookup_activity (SpFramework *self,
                              const char  *id)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->activities_by_id, id);
}

gboolean
sp_activity_develops (const SpActivity   *activity,
                      const SpCompetence *competence)
{
  g_return_val_if_fail (activity != NULL, FALSE);

  for (guint c = 0; c < activity->n_competences; c++)
    if (activity->competences[c] == competence)
      return TRUE;

  return FALSE;
}

GPtrArray *
sp_framework_dup_activities_for (SpFramework        *self,
                                 const SpCompetence *competence)
{
  GPtrArray *found;

  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (competence != NULL, NULL);

  found = g_ptr_array_new ();
  for (guint a = 0; a < self->n_activities; a++)
    if (sp_activity_develops (&self->activities[a], competence))
      g_ptr_array_add (found, &self->activities[a]);

  return found;
}

const SpActivity *
sp_framework_find_activity (SpFramework        *self,
                            const SpCompetence *competence,
                            SpLevel             level)
{
  const SpActivity *best = NULL;
  guint best_distance = G_MAXUINT;

  g_return_val_if_fail (SP_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (competence != NULL, NULL);

  for (guint a = 0; a < self->n_activities; a++)
    {
      const SpActivity *activity = &self->activities[a];
      guint distance = (guint) ABS ((int) activity->level - (int) level);

      if (!sp_activity_develops (activity, competence))
        continue;
      /* On equal distance the lower level wins: it is the safer step. */
      if (distance < best_distance ||
          (distance == best_distance && activity->level < best->level))
        {
          best = activity;
          best_distance = distance;
        }
    }

  return best;
}

SpLevel
sp_level_for_score (double score)
{
  if (isnan (score) || score < 50.0)
    return SP_LEVEL_FIRST_STEPS;

  return score < 75.0 ? SP_LEVEL_PRACTISING : SP_LEVEL_LEADING;
}

const char *
sp_level_to_string (SpLevel level)
{
  switch (level)
    {
    case SP_LEVEL_FIRST_STEPS:
      return "1";
    case SP_LEVEL_PRACTISING:
      return "2";
    case SP_LEVEL_LEADING:
      return "3";
    default:
      g_return_val_if_reached ("1");
    }
}

const char *
sp_level_get_label (SpLevel level)
{
  switch (level)
    {
    case SP_LEVEL_FIRST_STEPS:
      return _("First steps");
    case SP_LEVEL_PRACTISING:
      return _("Practising");
    case SP_LEVEL_LEADING:
      return _("Leading");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
sp_group_size_to_string (SpGroupSize group)
{
  g_return_val_if_fail (group < G_N_ELEMENTS (group_ids), NULL);

  return group_ids[group];
}

const char *
sp_group_size_get_label (SpGroupSize group)
{
  switch (group)
    {
    case SP_GROUP_ALONE:
      return _("alone");
    case SP_GROUP_PAIR:
      return _("in pairs");
    case SP_GROUP_GROUP:
      return _("in a group");
    default:
      g_return_val_if_reached ("");
    }
}
