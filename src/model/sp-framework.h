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

const char         *sp_dimension_to_letter            (SpDimension   dimension);
gboolean            sp_dimension_from_letter          (const char   *letter,
                                                       SpDimension  *dimension);

G_END_DECLS
