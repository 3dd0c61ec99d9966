#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `sse-portfolio --team` on 1,000 and 10,000 share files, against
# `xmllint --noout` on the same files. A benchmark, not a test: it prints
# numbers and asserts nothing.
#
#   tests/bench/team/bench-team.sh [BINARY] [N…]
#
# BINARY defaults to _build/src/sse-portfolio; N to "1000 10000". Uses
# hyperfine when installed (apt install hyperfine), else /usr/bin/time.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-_build/src/sse-portfolio}
[ $# -gt 0 ] && shift
sizes=${*:-1000 10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/sp-bench-team-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# Ten templates, one persona per role, made by the program itself.
"$binary" --list-items >"$work/items.csv"
"$binary" --list-profiles >"$work/profiles.csv"
python3 "$here/make-personas.py" "$work"
for answers in "$work"/persona-*.csv; do
  role=$(basename "$answers" .csv)
  "$binary" --assess="$answers" --share="$work/$role.sseshare" >/dev/null
done

seconds () {
  # Prints the wall-clock seconds of the command, best of three.
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --runs 3 --export-json "$work/h.json" --style none "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["min"])' \
      "$work/h.json"
  else
    best=""
    for _ in 1 2 3; do
      /usr/bin/time -f %e -o "$work/t" sh -c "$* >/dev/null 2>&1"
      t=$(cat "$work/t")
      best=$(python3 -c 'import sys; a=sys.argv[1]; b=float(sys.argv[2]); print(b if a=="" else min(float(a), b))' "$best" "$t")
    done
    echo "$best"
  fi
}

printf 'files\tteam_s\txmllint_s\tratio\n'
for n in $sizes; do
  dir="$work/shares-$n"
  python3 "$here/make-shares.py" "$work" "$dir" "$n"
  team=$(seconds "$binary --team $dir")
  lint=$(seconds "find $dir -name '*.sseshare' -print0 | xargs -0 xmllint --noout")
  ratio=$(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / max(float(sys.argv[2]), 1e-3)))' "$team" "$lint")
  printf '%s\t%s\t%s\t%s\n' "$n" "$team" "$lint" "$ratio"
done
