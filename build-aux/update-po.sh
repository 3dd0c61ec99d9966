#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts every translatable string — C sources, .ui templates, the desktop
# file, the metainfo, the GSettings schema and the framework XML (through
# the ITS rules in po/its/) — into po/sse-portfolio.pot, then merges it into
# each po/LL.po listed in po/LINGUAS. Needs no build folder.
#
#   build-aux/update-po.sh              regenerate the template, update the .po files
#   build-aux/update-po.sh --pot FILE   only write the template, to FILE
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="sse-portfolio"
pot="$root/po/$package.pot"
merge=true

case "${1:-}" in
  "") ;;
  --pot)
    [ $# -eq 2 ] || { echo "usage: $0 [--pot FILE]" >&2; exit 2; }
    pot="$2"
    merge=false
    ;;
  *)
    echo "usage: $0 [--pot FILE]" >&2
    exit 2
    ;;
esac

# The same keywords and flags as meson's 'glib' preset (po/meson.build).
xgettext_args=(
  --package-name="$package" --from-code=UTF-8 --add-comments=Translators
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format
)

GETTEXTDATADIRS="$root/po${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}" \
  xgettext "${xgettext_args[@]}" --directory="$root" \
    --files-from="$root/po/POTFILES.in" --output="$pot"

$merge || exit 0

while read -r lang; do
  case "$lang" in ""|"#"*) continue ;; esac
  po="$root/po/$lang.po"
  if [ -f "$po" ]; then
    msgmerge --quiet --previous --update --backup=none "$po" "$pot"
  else
    msginit --no-translator --input="$pot" --output-file="$po" --locale="$lang"
  fi
  printf '%s: ' "$lang"
  msgfmt --check --statistics --output-file=/dev/null "$po" 2>&1
done < "$root/po/LINGUAS"
