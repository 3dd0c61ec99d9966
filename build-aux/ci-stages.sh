#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The checks of .ci/run that come before the main build and tests:
#   sanitizers  the whole suite in a build with AddressSanitizer and
#               UndefinedBehaviorSanitizer (_build-asan)
#   valgrind    the model tests under valgrind, no leak allowed (_build)
#   fuzz        each libFuzzer target for SP_FUZZ_SECONDS (default 40: five
#               targets, some three minutes in all)
# Each stage appends "ok NAME" or "fail NAME" to the file given as the
# first argument, which build-aux/test.sh counts into its final line. A
# failed stage does not stop the others.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results="${1:?usage: ci-stages.sh RESULTS-FILE}"

stage () {
  local name="$1" start="$SECONDS"
  shift
  echo "==> $name"
  if "$@"; then
    echo "ok $name" >>"$results"
    echo "==> $name passed in $((SECONDS - start)) s"
  else
    echo "fail $name" >>"$results"
    echo "==> $name FAILED after $((SECONDS - start)) s"
  fi
}

sanitizers () {
  local builddir="${SP_ASAN_BUILDDIR:-_build-asan}"

  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" -Db_sanitize=address,undefined || return 1
  fi
  ninja -C "$builddir" || return 1
  UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1" \
    meson test -C "$builddir" --print-errorlogs --timeout-multiplier=3
}

valgrind_model () {
  local builddir="${SP_BUILDDIR:-_build}"

  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" || return 1
  fi
  ninja -C "$builddir" || return 1
  SP_TEST_TIME_FACTOR=50 G_SLICE=always-malloc \
    meson test -C "$builddir" --suite model --print-errorlogs --timeout-multiplier=10 \
      --wrap="valgrind --error-exitcode=1 --leak-check=full --show-leak-kinds=definite \
--errors-for-leak-kinds=definite --num-callers=30 \
--suppressions=/usr/share/glib-2.0/valgrind/glib.supp"
}

build-aux/install-deps.sh || exit 1

stage sanitizers sanitizers
stage valgrind valgrind_model
stage fuzz build-aux/fuzz.sh "${SP_FUZZ_SECONDS:-40}"
exit 0
