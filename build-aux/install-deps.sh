#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what SSE Portfolio needs to build, run and test on Debian 12.
# Does nothing when every package is present already.
set -euo pipefail

packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libxml2-dev libxml2-utils librsvg2-dev librsvg2-common
  libcairo2-dev libpango1.0-dev
  python3 xvfb xauth poppler-utils desktop-file-utils appstream
  fonts-noto-core fonts-dejavu-core dbus-x11 at-spi2-core locales
  clang libclang-rt-14-dev valgrind strace
)

# The command-line test also checks numbers under a French locale.
test_locale="fr_FR.UTF-8"

as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "install-deps: run as root or install sudo to install: $*" >&2
    exit 1
  fi
}

is_installed () {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for package in "${packages[@]}"; do
  is_installed "$package" || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  echo "install-deps: all packages are present"
fi

if ! locale -a 2>/dev/null | grep -qix "fr_FR.utf8" && [ -f /etc/locale.gen ]; then
  echo "install-deps: generating the $test_locale locale for the tests"
  as_root sed -i "s/^# *\($test_locale UTF-8\)/\1/" /etc/locale.gen
  grep -q "^$test_locale UTF-8" /etc/locale.gen \
    || echo "$test_locale UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
  as_root locale-gen
fi
