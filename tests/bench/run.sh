#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the benchmark suite under one Xvfb server and one D-Bus session bus.
#   tests/bench/run.sh BUILDDIR [--runs N] [--only startup,pdf,team,scoring]
# README.md, "Performance", explains the figures.
set -eu

here=$(dirname "$0")

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILDDIR [--runs N] [--only startup,pdf,team,scoring]" >&2
  exit 2
fi

exec xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
  dbus-run-session -- python3 "$here/run.py" "$@"
