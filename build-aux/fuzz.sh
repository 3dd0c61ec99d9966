#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer) in _build-fuzz (or $SP_FUZZ_BUILDDIR) and
# runs each for SECONDS (default 40), from its seed corpus in
# tests/fuzz/corpus/TARGET plus what earlier runs found. Prints one line per
# target with the number of executions; fails on the first crash, which is
# kept in BUILDDIR/fuzz-crashes/ (make it a test: see HACKING.md).
#
#   build-aux/fuzz.sh            # 40 s each, as CI does
#   build-aux/fuzz.sh 1200       # twenty minutes each
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

builddir="${SP_FUZZ_BUILDDIR:-_build-fuzz}"
seconds="${1:-40}"
targets=(portfolio framework answers-csv share team)

if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" -Dfuzzing=true -Db_sanitize=address,undefined
fi
ninja -C "$builddir" "${targets[@]/#/tests/fuzz/fuzz-}"

mkdir -p "$builddir/fuzz-crashes"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export G_DEBUG="fatal-criticals"

for target in "${targets[@]}"; do
  work="$builddir/fuzz-corpus/$target"
  log="$builddir/fuzz-$target.log"
  mkdir -p "$work"
  status=0
  "$builddir/tests/fuzz/fuzz-$target" \
    -max_total_time="$seconds" -print_final_stats=1 \
    -dict=tests/fuzz/xml.dict \
    -artifact_prefix="$builddir/fuzz-crashes/$target-" \
    "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log" >&2
    echo "fuzz-$target: CRASH after ${runs:-?} executions; see $log and $builddir/fuzz-crashes/" >&2
    exit 1
  fi
  echo "fuzz-$target: ${runs:-?} executions in ${seconds} s, no crash"
done
