#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the dependencies, builds SSE Portfolio in _build (or in
# $SP_BUILDDIR), runs every test and ends with one line "N passed, N failed".
# Arguments go to `meson test`, e.g. a test name or `--suite cli`.
# SP_EXTRA_RESULTS names a file of "ok NAME" / "fail NAME" lines from
# other stages (.ci/run's sanitizer, valgrind and fuzz runs), counted in.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# SP_BUILDDIR picks another build directory.
builddir="${SP_BUILDDIR:-_build}"

build-aux/install-deps.sh

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir"
fi
ninja -C "$builddir"

rm -f "$builddir/meson-logs/testlog.json"
status=0
meson test -C "$builddir" --print-errorlogs "$@" || status=$?

python3 - "$builddir/meson-logs/testlog.json" "${SP_EXTRA_RESULTS:-}" <<'PY' || status=1
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
FAILED = {"FAIL", "TIMEOUT", "ERROR", "UNEXPECTEDPASS"}

passed = failed = 0
try:
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            result = json.loads(line).get("result")
            passed += result in PASSED
            failed += result in FAILED
except FileNotFoundError:
    print("no test log: the tests did not run", file=sys.stderr)
    failed += 1

if len(sys.argv) > 2 and sys.argv[2]:
    with open(sys.argv[2], encoding="utf-8") as extra:
        for line in extra:
            word = line.split(" ", 1)[0]
            passed += word == "ok"
            failed += word == "fail"

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

exit "$status"
