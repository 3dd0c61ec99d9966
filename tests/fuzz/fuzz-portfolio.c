/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-portfolio"

#include "config.h"

#include "fuzz-common.h"

#include <string.h>

/* Any bytes as a portfolio file: refused with a proper error, or loaded;
 * what is loaded saves and loads again to the same bytes. */

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sp_fuzz_init ();
  sp_fuzz_get_framework ();

  return 0;
}

static void
check_round_trip (SpPortfolio *portfolio)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = sp_portfolio_to_bytes (portfolio);
  g_autoptr(SpPortfolio) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  again = sp_portfolio_load_bytes (sp_fuzz_get_framework (), saved, "again.sseportfolio", &error);
  if (again == NULL)
    g_error ("A saved portfolio does not load: %s", error->message);

  saved_again = sp_portfolio_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpPortfolio) portfolio = NULL;

  portfolio = sp_portfolio_load_bytes (sp_fuzz_get_framework (), bytes, "fuzz.sseportfolio",
                                       &error);
  if (portfolio == NULL)
    sp_fuzz_check_error (error, "fuzz.sseportfolio");
  else
    check_round_trip (portfolio);

  return 0;
}
