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
  libcairo2-dev libpango1.0-dev libical-dev
  python3 python3-icalendar xvfb xauth poppler-utils desktop-file-utils appstream
  fonts-noto-core fonts-dejavu-core dbus-x11 dbus-daemon at-spi2-core locales
  python3-gi python3-pyatspi gir1.2-atspi-2.0 xdotool
  clang libclang-rt-14-dev valgrind strace
)

# The tests check numbers, dates and files under the locales of the
# languages the app speaks; fonts-noto-core and fonts-dejavu-core give the
# PDF its Greek and accented Latin letters.
test_locales=(es_ES.UTF-8 fr_FR.UTF-8 it_IT.UTF-8 el_GR.UTF-8)

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

missing_locales=()
for test_locale in "${test_locales[@]}"; do
  installed_name="${test_locale%.UTF-8}.utf8"
  locale -a 2>/dev/null | grep -qix "$installed_name" || missing_locales+=("$test_locale")
done

if [ "${#missing_locales[@]}" -gt 0 ] && [ -f /etc/locale.gen ]; then
  echo "install-deps: generating the locales ${missing_locales[*]} for the tests"
  for test_locale in "${missing_locales[@]}"; do
    as_root sed -i "s/^# *\($test_locale UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$test_locale UTF-8" /etc/locale.gen \
      || echo "$test_locale UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
  done
  as_root locale-gen
fi
