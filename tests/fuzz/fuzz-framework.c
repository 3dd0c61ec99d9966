/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-framework"

#include "config.h"

#include "fuzz-common.h"

#include <string.h>

/* The first byte picks which file of the shipped framework the rest of
 * the input replaces: the framework itself or one role profile. The
 * loader refuses it with a proper error or builds a whole framework. */

static const char * const files[] = {
  "framework.xml",
  "profile-accompanier.xml",
  "profile-advocate.xml",
  "profile-communicator.xml",
  "profile-coordinator.xml",
  "profile-educator.xml",
  "profile-facilitator.xml",
  "profile-initiator.xml",
  "profile-networker.xml",
  "profile-producer.xml",
  "profile-steward.xml",
};

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sp_fuzz_init ();

  return 0;
}

static void
check_framework (SpFramework *framework)
{
  guint n_items = sp_framework_get_n_items (framework);
  guint counted = 0;

  for (guint d = 0; d < SP_N_DIMENSIONS; d++)
    counted += sp_framework_get_dimension_n_items (framework, d);
  g_assert_cmpuint (counted, ==, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      const SpItem *item = sp_framework_get_item (framework, i);

      g_assert_true (sp_framework_lookup_item (framework, item->id) == item);
      g_assert_nonnull (item->competence);
    }

  for (guint p = 0; p < sp_framework_get_n_profiles (framework); p++)
    {
      const SpProfile *profile = sp_framework_get_profile (framework, p);

      g_assert_nonnull (profile->key);
      g_assert_true (profile->competences[0] == profile->key);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SpFramework) framework = NULL;
  const char *file;

  if (size < 1)
    return 0;

  file = files[data[0] % G_N_ELEMENTS (files)];
  bytes = g_bytes_new (data + 1, size - 1);
  framework = sp_framework_new_replacing (file, bytes, &error);
  /* A profile file that drops a competence leaves the activity library
   * naming one that no longer exists: that error rightly names
   * activities.xml, where the dangling reference is. */
  if (framework == NULL && strstr (error->message, "activities.xml:") != NULL)
    sp_fuzz_check_error (error, "activities.xml");
  else if (framework == NULL)
    sp_fuzz_check_error (error, file);
  else
    check_framework (framework);

  return 0;
}
