#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the command line and the PDF speak one language.

    test_l10n_cli.py LANG

With LANG "xx" the binary runs on the pseudo-translation (tests/l10n/
pseudo.py): every framework text must be exactly the pseudo-translation of
the English one — which proves that the loader looks up the very msgids
xgettext extracts — and no English word may be left in the PDF or in the
command line's own messages. With a real language (es, fr, it, el) every
text must differ from the English one and no English line of the PDF may
be left; these pass once the translators are done.

Environment: SP_BINARY, SSE_PORTFOLIO_LOCALEDIR, PDFTOTEXT, PDFFONTS.
"""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pseudo import pseudo  # noqa: E402

BINARY = os.environ.get("SP_BINARY", "")
PDFTOTEXT = os.environ.get("PDFTOTEXT") or shutil.which("pdftotext")
PDFFONTS = os.environ.get("PDFFONTS") or shutil.which("pdffonts")
LANG = sys.argv.pop(1) if len(sys.argv) > 1 else "xx"
PSEUDO = LANG == "xx"
# Month names come from LC_TIME, so the pseudo-language runs under Greek.
LOCALES = {"xx": "el_GR.UTF-8", "es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8",
           "it": "it_IT.UTF-8", "el": "el_GR.UTF-8"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def locale_exists(name):
    listed = subprocess.run(["locale", "-a"], capture_output=True, encoding="utf-8",
                            check=False).stdout.lower().split()
    return name.lower().replace("utf-8", "utf8") in listed


def run(*args, lang=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if lang is not None:
        env["LANGUAGE"] = lang
        if locale_exists(LOCALES[lang]):
            env["LC_ALL"] = LOCALES[lang]
    else:
        env["LANGUAGE"] = ""
        env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BINARY, *args], capture_output=True, env=env,
                          encoding="utf-8", timeout=60, check=False)


def rows(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def english_words(text):
    """ASCII words that are neither option names nor file names."""
    text = re.sub(r"--[a-z][-a-z]*|\S*/\S*|sse-portfolio", " ", text)
    return ENGLISH_WORD.findall(text)


class L10nCli(unittest.TestCase):

    def assert_translated(self, english, translated, what):
        if PSEUDO:
            self.assertEqual(translated, pseudo(english), what)
        else:
            self.assertNotEqual(translated, english, f"{what} is still in English")

    def assert_table(self, option, text_columns):
        english = run(option)
        local = run(option, lang=LANG)
        self.assertEqual(english.returncode, 0, english.stderr)
        self.assertEqual(local.returncode, 0, local.stderr)
        english_rows, local_rows = rows(english.stdout), rows(local.stdout)
        self.assertEqual(len(english_rows), len(local_rows))
        self.assertEqual(english_rows[0], local_rows[0], "the CSV header is part of the contract")
        for en_row, l_row in zip(english_rows[1:], local_rows[1:]):
            for column, (en_cell, l_cell) in enumerate(zip(en_row, l_row)):
                if column in text_columns:
                    self.assert_translated(en_cell, l_cell, f"{option}: {en_row[0]}")
                else:
                    self.assertEqual(en_cell, l_cell, "ids do not change with the language")

    def test_list_items(self):
        self.assert_table("--list-items", {3})

    def test_list_profiles(self):
        self.assert_table("--list-profiles", {1})

    def test_messages(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.csv")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("item_id,value\nsse-literacy-k,9\n")
            cases = [("--list-items", "--list-profiles"), ("--pdf=" + bad,),
                     ("--assess=" + bad,)]
            for args in cases:
                english, local = run(*args), run(*args, lang=LANG)
                self.assertNotEqual(local.returncode, 0)
                self.assertEqual(english.returncode, local.returncode)
                self.assertNotEqual(english.stderr, local.stderr, args)
                if PSEUDO:
                    self.assertEqual(english_words(local.stderr), [], local.stderr)

    @unittest.skipUnless(PDFTOTEXT and PDFFONTS, "needs pdftotext and pdffonts")
    def test_pdf(self):
        with tempfile.TemporaryDirectory() as tmp:
            answers = os.path.join(tmp, "answers.csv")
            items = rows(run("--list-items").stdout)[1:]
            with open(answers, "w", encoding="utf-8") as f:
                f.write("item_id,value\n")
                for n, item in enumerate(items):
                    f.write(f"{item[0]},{n % 5 + 1}\n")
            texts = {}
            for lang in (None, LANG):
                pdf = os.path.join(tmp, f"{lang}.pdf")
                done = run("--assess=" + answers, "--pdf=" + pdf, lang=lang)
                self.assertEqual(done.returncode, 0, done.stderr)
                texts[lang] = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", pdf, "-"],
                                             capture_output=True, encoding="utf-8",
                                             check=True).stdout
                self.assert_fonts_embedded(pdf)

        local = texts[LANG]
        self.assertNotIn("\ufffd", local, "a character was lost")
        if PSEUDO:
            self.assertEqual(english_words(local), [], "English words in the PDF")
            self.assertIn(pseudo("Facilitator"), local)
        else:
            lines = {" ".join(line.split()) for line in local.splitlines()}
            left = [line for line in (" ".join(l.split()) for l in texts[None].splitlines())
                    if len(ENGLISH_WORD.findall(line)) >= 3 and line in lines]
            self.assertEqual(left, [], "English lines left in the PDF")

    def assert_fonts_embedded(self, pdf):
        fonts = subprocess.run([PDFFONTS, pdf], capture_output=True, encoding="utf-8",
                               check=True).stdout.splitlines()[2:]
        self.assertTrue(fonts)
        for line in fonts:
            # The columns after the name and type: encoding, emb, sub, uni.
            self.assertEqual(line.split()[-5], "yes", f"not embedded: {line}")


if __name__ == "__main__":
    if not BINARY:
        print("SP_BINARY is not set", file=sys.stderr)
        sys.exit(2)
    unittest.main(verbosity=2)
