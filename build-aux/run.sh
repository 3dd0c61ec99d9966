#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the dependencies, builds SSE Portfolio in _build (or in
# $SP_BUILDDIR) and opens it. Arguments go to the application (try --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# SP_BUILDDIR picks another build directory.
builddir="${SP_BUILDDIR:-_build}"

# Building talks on stderr, so that `run.sh --list-profiles > out.csv`
# gets only the program's own output.
{
  build-aux/install-deps.sh
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir"
  fi
  ninja -C "$builddir"
} >&2

# Use the settings schema compiled in the build directory.
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
# and the translations compiled there.
export SSE_PORTFOLIO_LOCALEDIR="$PWD/$builddir/po"
exec "$builddir/src/sse-portfolio" "$@"
