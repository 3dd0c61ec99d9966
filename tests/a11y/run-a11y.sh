#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs test_a11y.py against the real application: inside Xvfb, a private
# D-Bus session and its accessibility bus. Exits 77 (skipped) when one of
# the tools is missing.
#
# Usage: run-a11y.sh SSE-PORTFOLIO-BINARY
set -u

here=$(dirname "$0")
binary=$1

skip () {
  echo "a11y: skipped: $*"
  exit 77
}

# The Python with the AT-SPI bindings: Debian's, even when another one
# comes first in PATH.
python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' \
       >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
[ -n "$python" ] || skip "no Python with the AT-SPI bindings (python3-pyatspi)"

for tool in xvfb-run dbus-run-session xdotool; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing"
done

launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  if [ -x "$candidate" ]; then
    launcher=$candidate
    break
  fi
done
[ -n "$launcher" ] || skip "at-spi-bus-launcher is missing (at-spi2-core)"

# The other tests turn the bridge off; this one is about it.
unset NO_AT_BRIDGE

# xvfb-run -a takes the first free display from 99 on, and another test
# starting at the same moment may take the same one: start elsewhere.
# -noreset: the server would reset, refusing connections for a moment,
# whenever its last client leaves (the bus launcher may be the first).
exec xvfb-run -a -n $((200 + $$ % 500)) -s '-screen 0 1280x1024x24 -noreset' \
  dbus-run-session -- sh -c '"$1" --launch-immediately & launcher=$!
                             "$2" "$3" "$4"; status=$?
                             kill $launcher 2>/dev/null
                             exit $status' \
  sh "$launcher" "$python" "$here/test_a11y.py" "$binary"
