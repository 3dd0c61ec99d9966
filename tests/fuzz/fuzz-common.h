/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sp-portfolio.h"

#include "sp-error.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

G_BEGIN_DECLS

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* A critical or a warning is a bug the fuzzer must report. */
static inline void
sp_fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* A refusal must be an SpError that names the file and a line. */
static inline void
sp_fuzz_check_error (const GError *error,
                     const char   *display_name)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == SP_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, display_name) == NULL)
    g_error ("The message does not name the file: %s", error->message);
}

static inline SpFramework *
sp_fuzz_get_framework (void)
{
  static SpFramework *framework;

  if (framework == NULL)
    {
      g_autoptr(GError) error = NULL;

      framework = sp_framework_new_default (&error);
      g_assert_no_error (error);
    }

  return framework;
}

G_END_DECLS
