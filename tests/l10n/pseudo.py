#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds a pseudo-translation of the whole template for the tests.

Every message is "translated" by swapping its Latin letters for Greek look-
alikes (a → α, S → Σ …) while format directives, markup and entities stay.
Run with a program that uses the catalogue, any English letters left on
screen, in a PDF or on the command line come from a string that did not
go through gettext, or whose msgid differs from what xgettext extracted.

    pseudo.py TEMPLATE.pot LOCALEDIR [LANG [STAMP]]

writes LOCALEDIR/LANG/LC_MESSAGES/sse-portfolio.mo (LANG defaults to xx),
then touches STAMP, the file meson knows the step by.
"""

import os
import re
import subprocess
import sys
import tempfile

DOMAIN = "sse-portfolio"
LOWER = "αβκδεφγηιϳκλμνοπθρστυνωξψζ"
UPPER = "ΑΒΚΔΕΦΓΗΙΙΚΛΜΝΟΠΘΡΣΤΥΝΩΞΨΖ"
LETTERS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER + UPPER)

# What a translation must keep as it is: printf and date directives, Pango
# markup and XML entities.
KEEP = re.compile(r"%(?:\d+\$)?[-_0^#+ ']*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t)?[A-Za-z%]"
                  r"|<[^<>]*>|&#?\w+;|--[a-z][-a-z]*")

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def pseudo(text):
    """The pseudo-translation of one message."""
    out = []
    last = 0
    for match in KEEP.finditer(text):
        out.append(text[last:match.start()].translate(LETTERS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(LETTERS))
    return "".join(out)


def unquote(literal):
    body = literal.strip()
    assert body.startswith('"') and body.endswith('"'), literal
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(0)), body[1:-1])


def quote(text):
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return '"' + text + '"'


def read_entries(path):
    """The template's entries as dicts of keyword → text (comments dropped)."""
    entries, entry, key = [], {}, None
    with open(path, encoding="utf-8") as pot:
        for line in pot:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                if "msgid" in entry and key is not None and key.startswith("msgstr"):
                    entries.append(entry)
                    entry, key = {}, None
                continue
            if line.startswith('"'):
                entry[key] += unquote(line)
                continue
            key, _, literal = line.partition(" ")
            if key == "msgctxt" and "msgid" in entry:
                entries.append(entry)
                entry = {}
            entry[key] = unquote(literal)
    if "msgid" in entry:
        entries.append(entry)
    return entries


def write_po(entries, path, lang):
    with open(path, "w", encoding="utf-8") as po:
        po.write('msgid ""\nmsgstr ""\n'
                 '"Project-Id-Version: sse-portfolio\\n"\n'
                 '"PO-Revision-Date: 2024-01-01 00:00+0000\\n"\n'
                 '"Last-Translator: the tests\\n"\n'
                 '"Language-Team: none\\n"\n'
                 f'"Language: {lang}\\n"\n'
                 '"MIME-Version: 1.0\\n"\n'
                 '"Content-Type: text/plain; charset=UTF-8\\n"\n'
                 '"Content-Transfer-Encoding: 8bit\\n"\n'
                 '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
        for entry in entries:
            if entry["msgid"] == "":
                continue
            if "msgctxt" in entry:
                po.write(f"msgctxt {quote(entry['msgctxt'])}\n")
            po.write(f"msgid {quote(entry['msgid'])}\n")
            if "msgid_plural" in entry:
                po.write(f"msgid_plural {quote(entry['msgid_plural'])}\n")
                po.write(f"msgstr[0] {quote(pseudo(entry['msgid']))}\n")
                po.write(f"msgstr[1] {quote(pseudo(entry['msgid_plural']))}\n\n")
            else:
                po.write(f"msgstr {quote(pseudo(entry['msgid']))}\n\n")


def main(argv):
    if len(argv) not in (3, 4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    pot, localedir = argv[1], argv[2]
    lang = argv[3] if len(argv) >= 4 else "xx"
    entries = read_entries(pot)
    if len(entries) < 100:
        print(f"{pot}: only {len(entries)} messages; is the template complete?",
              file=sys.stderr)
        return 1

    out_dir = os.path.join(localedir, lang, "LC_MESSAGES")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        po = os.path.join(tmp, lang + ".po")
        write_po(entries, po, lang)
        subprocess.run(["msgfmt", "--check", "--output-file",
                        os.path.join(out_dir, DOMAIN + ".mo"), po], check=True)
    if len(argv) == 5:
        with open(argv[4], "w", encoding="utf-8") as stamp:
            stamp.write(lang + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
