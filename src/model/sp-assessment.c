/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sp-assessment"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-assessment.h"

#include <string.h>

struct _SpAssessment
{
  GObject      parent_instance;

  SpFramework *framework;
  gint8       *answers;
  guint        n_answers;
  GDateTime   *date;
};

G_DEFINE_FINAL_TYPE (SpAssessment, sp_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
now_to_the_second (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add (now, -(GTimeSpan) g_date_time_get_microsecond (now));
}

static void
sp_assessment_constructed (GObject *object)
{
  SpAssessment *self = (SpAssessment *) object;

  G_OBJECT_CLASS (sp_assessment_parent_class)->constructed (object);

  g_assert (SP_IS_FRAMEWORK (self->framework));

  self->n_answers = sp_framework_get_n_items (self->framework);
  self->answers = g_new0 (gint8, MAX (self->n_answers, 1));
}

static void
sp_assessment_finalize (GObject *object)
{
  SpAssessment *self = (SpAssessment *) object;

  g_clear_object (&self->framework);
  g_clear_pointer (&self->answers, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (sp_assessment_parent_class)->finalize (object);
}

static void
sp_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SpAssessment *self = SP_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_assessment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SpAssessment *self = SP_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_assessment_class_init (SpAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sp_assessment_constructed;
  object_class->finalize = sp_assessment_finalize;
  object_class->get_property = sp_assessment_get_property;
  object_class->set_property = sp_assessment_set_property;

  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL,
                         SP_TYPE_FRAMEWORK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SpAssessment::changed:
   * @self: the assessment
   * @item_index: the index of the item whose answer changed
   *
   * Emitted when an answer takes a new value.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sp_assessment_init (SpAssessment *self)
{
  self->date = now_to_the_second ();
}

SpAssessment *
sp_assessment_new (SpFramework *framework)
{
  g_return_val_if_fail (SP_IS_FRAMEWORK (framework), NULL);

  return g_object_new (SP_TYPE_ASSESSMENT, "framework", framework, NULL);
}

SpAssessment *
sp_assessment_copy (SpAssessment *self)
{
  SpAssessment *copy;

  g_return_val_if_fail (SP_IS_ASSESSMENT (self), NULL);

  copy = sp_assessment_new (self->framework);
  memcpy (copy->answers, self->answers, self->n_answers);
  sp_assessment_set_date (copy, self->date);

  return copy;
}

SpFramework *
sp_assessment_get_framework (SpAssessment *self)
{
  g_return_val_if_fail (SP_IS_ASSESSMENT (self), NULL);

  return self->framework;
}

int
sp_assessment_get_answer (SpAssessment *self,
                          guint         item_index)
{
  g_return_val_if_fail (SP_IS_ASSESSMENT (self), SP_ANSWER_NONE);
  g_return_val_if_fail (item_index < self->n_answers, SP_ANSWER_NONE);

  return self->answers[item_index];
}

void
sp_assessment_set_answer (SpAssessment *self,
                          guint         item_index,
                          int           answer)
{
  g_return_if_fail (SP_IS_ASSESSMENT (self));
  g_return_if_fail (item_index < self->n_answers);
  g_return_if_fail (answer == SP_ANSWER_NONE || answer == SP_ANSWER_SKIP ||
                    (answer >= SP_SCALE_MIN && answer <= SP_SCALE_MAX));

  if (self->answers[item_index] == answer)
    return;

  self->answers[item_index] = (gint8) answer;
  g_signal_emit (self, signals[CHANGED], 0, item_index);
}

guint
sp_assessment_count_answered (SpAssessment *self)
{
  guint count = 0;

  g_return_val_if_fail (SP_IS_ASSESSMENT (self), 0);

  for (guint i = 0; i < self->n_answers; i++)
    if (self->answers[i] >= SP_SCALE_MIN)
      count++;

  return count;
}

guint
sp_assessment_count_given (SpAssessment *self)
{
  guint count = 0;

  g_return_val_if_fail (SP_IS_ASSESSMENT (self), 0);

  for (guint i = 0; i < self->n_answers; i++)
    if (self->answers[i] != SP_ANSWER_NONE)
      count++;

  return count;
}

guint
sp_assessment_get_first_open (SpAssessment *self)
{
  g_return_val_if_fail (SP_IS_ASSESSMENT (self), 0);

  for (guint i = 0; i < self->n_answers; i++)
    if (self->answers[i] == SP_ANSWER_NONE)
      return i;

  return self->n_answers;
}

GDateTime *
sp_assessment_get_date (SpAssessment *self)
{
  g_return_val_if_fail (SP_IS_ASSESSMENT (self), NULL);

  return self->date;
}

void
sp_assessment_set_date (SpAssessment *self,
                        GDateTime    *date)
{
  g_return_if_fail (SP_IS_ASSESSMENT (self));
  g_return_if_fail (date != NULL);

  if (date == self->date)
    return;

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}
