/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The shipped framework, compiled into the model library. */
#define SP_FRAMEWORK_RESOURCE_PATH "/io/github/sseportfolio/Portfolio/framework"
#define SP_AVATARS_RESOURCE_PATH   "/io/github/sseportfolio/Portfolio/avatars"

#define SP_SCALE_MIN 1
#define SP_SCALE_MAX 5

typedef enum
{
  SP_DIMENSION_KNOWLEDGE,
  SP_DIMENSION_SKILL,
  SP_DIMENSION_ATTITUDE,
} SpDimension;

#define SP_N_DIMENSIONS 3

typedef enum
{
  SP_PRINCIPLE_NEEDS,
  SP_PRINCIPLE_DEMOCRACY,
  SP_PRINCIPLE_RESPONSIBILITY,
  SP_PRINCIPLE_COOPERATION,
} SpPrinciple;

#define SP_N_PRINCIPLES 4

typedef struct _SpItem       SpItem;
typedef struct _SpCompetence SpCompetence;
typedef struct _SpProfile    SpProfile;
typedef struct _SpTopic      SpTopic;
typedef struct _SpActivity   SpActivity;

/* The level of a library activity, and the level that fits a score. */
typedef enum
{
  SP_LEVEL_FIRST_STEPS = 1,  /* scores 0–49 */
  SP_LEVEL_PRACTISING  = 2,  /* scores 50–74 */
  SP_LEVEL_LEADING     = 3,  /* scores 75–100, a stretch */
} SpLevel;

typedef enum
{
  SP_GROUP_ALONE,
  SP_GROUP_PAIR,
  SP_GROUP_GROUP,
} SpGroupSize;

/* All strings and pointers below are owned by the framework and live as
 * long as it does. Text fields hold the translated text. */

struct _SpItem
{
  const char         *id;
  const char         *text;
  SpDimension         dimension;
  guint               index;      /* position in sp_framework_get_item () */
  const SpCompetence *competence;
};

struct _SpCompetence
{
  const char         *id;
  const char         *name;
  const char         *description;
  SpPrinciple         principle;
  gboolean            transversal;
  guint               index;      /* position in sp_framework_get_competence () */
  const SpItem      **items;      /* n_items, in file order */
  guint               n_items;
  const SpProfile    *profile;    /* NULL for transversal competences */
};

struct _SpProfile
{
  const char          *id;
  const char          *name;
  const char          *tagline;
  const char          *description;
  const char * const  *jobs;      /* NULL-terminated */
  const char          *avatar;    /* file name, e.g. "initiator.svg" */
  guint                index;     /* catalogue order */
  const SpCompetence  *key;       /* the most important competence */
  const SpCompetence **competences; /* n_competences, key first */
  guint                n_competences;
};

struct _SpTopic
{
  const char *id;
  const char *name;
  guint       index;
};

struct _SpActivity
{
  const char          *id;
  const SpTopic       *topic;
  const char          *title;
  const char          *summary;
  SpLevel              level;
  guint                duration;     /* minutes */
  SpGroupSize          group;
  const char          *needs;
  const char * const  *steps;        /* NULL-terminated */
  const char          *reflection;
  const SpCompetence **competences;  /* n_competences, in file order */
  guint                n_competences;
  guint                index;        /* library order */
};

#define SP_TYPE_FRAMEWORK (sp_framework_get_type ())

G_DECLARE_FINAL_TYPE (SpFramework, sp_framework, SP, FRAMEWORK, GObject)

SpFramework        *sp_framework_new_default          (GError      **error);
SpFramework        *sp_framework_new_from_directory   (const char   *dir,
                                                       GError      **error);
/* The shipped framework with one of its files (e.g. "framework.xml",
 * "profile-steward.xml") read from @bytes instead; for tests and fuzzing.
 * Messages name the file by @basename. */
SpFramework        *sp_framework_new_replacing        (const char   *basename,
                                                       GBytes       *bytes,
                                                       GError      **error);

const char         *sp_framework_get_id               (SpFramework  *self);
const char         *sp_framework_get_version          (SpFramework  *self);
const char         *sp_framework_get_title            (SpFramework  *self);

/* Items are ordered for the questionnaires: all K items, then S, then A;
 * within a dimension, in competence order. */
guint               sp_framework_get_n_items          (SpFramework  *self);
const SpItem       *sp_framework_get_item             (SpFramework  *self,
                                                       guint         index);
const SpItem       *sp_framework_lookup_item          (SpFramework  *self,
                                                       const char   *id);
/* The first index and the count of the items of one dimension. */
guint               sp_framework_get_dimension_start  (SpFramework  *self,
                                                       SpDimension   dimension);
guint               sp_framework_get_dimension_n_items (SpFramework *self,
                                                       SpDimension   dimension);

/* Competences: the transversal ones first, then each profile's in
 * catalogue order. */
guint               sp_framework_get_n_competences    (SpFramework  *self);
const SpCompetence *sp_framework_get_competence       (SpFramework  *self,
                                                       guint         index);
const SpCompetence *sp_framework_lookup_competence    (SpFramework  *self,
                                                       const char   *id);

guint               sp_framework_get_n_profiles       (SpFramework  *self);
const SpProfile    *sp_framework_get_profile          (SpFramework  *self,
                                                       guint         index);
const SpProfile    *sp_framework_lookup_profile       (SpFramework  *self,
                                                       const char   *id);

/* The activity library (docs/framework-format.md, activities.xml). */
guint               sp_framework_get_n_topics         (SpFramework  *self);
const SpTopic      *sp_framework_get_topic            (SpFramework  *self,
                                                       guint         index);
guint               sp_framework_get_n_activities     (SpFramework  *self);
const SpActivity   *sp_framework_get_activity         (SpFramework  *self,
                                                       guint         index);
const SpActivity   *sp_framework_lookup_activity      (SpFramework  *self,
                                                       const char   *id);
/* The activities that develop @competence, in library order; borrowed
 * pointers (element type const SpActivity *). */
GPtrArray          *sp_framework_dup_activities_for   (SpFramework        *self,
                                                       const SpCompetence *competence);
/* The first activity (library order) that develops @competence at
 * @level; else at the nearest level, the lower one on a tie. NULL when no
 * activity develops @competence. */
const SpActivity   *sp_framework_find_activity        (SpFramework        *self,
                                                       const SpCompetence *competence,
                                                       SpLevel             level);
/* TRUE when @activity develops @competence. */
gboolean            sp_activity_develops              (const SpActivity   *activity,
                                                       const SpCompetence *competence);

/* value is SP_SCALE_MIN … SP_SCALE_MAX. */
const char         *sp_framework_get_scale_label      (SpFramework  *self,
                                                       int           value);
const char         *sp_framework_get_skip_label       (SpFramework  *self);
const char         *sp_framework_get_questionnaire_title (SpFramework *self,
                                                       SpDimension   dimension);
const char         *sp_framework_get_questionnaire_intro (SpFramework *self,
                                                       SpDimension   dimension);
const char         *sp_framework_get_principle_name   (SpFramework  *self,
                                                       SpPrinciple   principle);
const char         *sp_framework_get_principle_description (SpFramework *self,
                                                       SpPrinciple   principle);

/* The SVG document of a profile's avatar. */
GBytes             *sp_framework_dup_avatar           (SpFramework     *self,
                                                       const SpProfile *profile,
                                                       GError         **error);

SpLevel             sp_level_for_score                (double        score);
const char         *sp_level_get_label                (SpLevel       level);
/* "1", "2", "3" as in activities.xml. */
const char         *sp_level_to_string                (SpLevel       level);
const char         *sp_group_size_to_string           (SpGroupSize   group);
const char         *sp_group_size_get_label           (SpGroupSize   group);

const char         *sp_dimension_to_letter            (SpDimension   dimension);
gboolean            sp_dimension_from_letter          (const char   *letter,
                                                       SpDimension  *dimension);

G_END_DECLS
