#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po-check: every translation is complete, current and well-formed.

    check_po.py SOURCE_ROOT

Extracts a fresh template with build-aux/update-po.sh (so strings added
since the .po files were last merged count as untranslated), merges it into
a copy of each po/LL.po listed in po/LINGUAS and asks `msgfmt --check
--statistics` about the result. Fails when any language has an untranslated
or fuzzy message, when msgfmt complains, or when the header names the wrong
language or plural rule. Run build-aux/update-po.sh to bring the files up
to date before translating.
"""

import os
import re
import subprocess
import sys
import tempfile

PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "el": "nplurals=2; plural=(n != 1);",
}
STATISTICS = re.compile(r"(\d+) translated messages?"
                        r"(?:, (\d+) fuzzy translations?)?"
                        r"(?:, (\d+) untranslated messages?)?")


def linguas(po_dir):
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.lstrip().startswith("#") for w in line.split()]


def header_problems(lang, po):
    with open(po, encoding="utf-8") as f:
        text = f.read()
    problems = []
    if f'"Language: {lang}\\n"' not in text:
        problems.append(f"the header does not say Language: {lang}")
    expected = PLURAL_FORMS.get(lang)
    if expected and f'"Plural-Forms: {expected}\\n"' not in text:
        problems.append(f"the header's Plural-Forms is not “{expected}”")
    return problems


def check(lang, po, pot, tmp):
    merged = os.path.join(tmp, lang + ".po")
    subprocess.run(["msgmerge", "--quiet", "--output-file", merged, po, pot], check=True)
    done = subprocess.run(["msgfmt", "--check", "--statistics", "--output-file", os.devnull,
                           merged], capture_output=True, encoding="utf-8", check=False)
    report = done.stderr.strip()
    problems = header_problems(lang, po)
    if done.returncode != 0:
        problems.append("msgfmt --check complains")
    match = STATISTICS.search(report.splitlines()[-1] if report else "")
    if match is None:
        problems.append("msgfmt printed no statistics")
    else:
        fuzzy, untranslated = int(match.group(2) or 0), int(match.group(3) or 0)
        if fuzzy:
            problems.append(f"{fuzzy} fuzzy")
        if untranslated:
            problems.append(f"{untranslated} untranslated")
    print(f"{lang}: {report}")
    for problem in problems:
        print(f"{lang}: FAIL: {problem}")
    return not problems


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    po_dir = os.path.join(root, "po")
    langs = linguas(po_dir)
    if not langs:
        print("po/LINGUAS lists no language", file=sys.stderr)
        return 1

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "sse-portfolio.pot")
        subprocess.run([os.path.join(root, "build-aux", "update-po.sh"), "--pot", pot],
                       check=True)
        for lang in langs:
            po = os.path.join(po_dir, lang + ".po")
            if not os.path.exists(po):
                print(f"{lang}: FAIL: po/{lang}.po is missing")
                ok = False
                continue
            ok = check(lang, po, pot, tmp) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
