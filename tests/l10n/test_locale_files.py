#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Files and the command line's output do not depend on the locale.

A portfolio saved under each of the app's locales (es_ES, fr_FR, it_IT,
el_GR; `build-aux/install-deps.sh` generates them) and loaded under C.UTF-8
gives the very scores of the same answers read under C.UTF-8, and the
--assess output itself is the same in every locale (a dot for decimals).

Environment: SP_BINARY, SSE_PORTFOLIO_LOCALEDIR.
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

BINARY = os.environ.get("SP_BINARY", "")
LOCALES = {"es": "es_ES.UTF-8", "fr": "fr_FR.UTF-8", "it": "it_IT.UTF-8", "el": "el_GR.UTF-8"}


def installed_locales():
    listed = subprocess.run(["locale", "-a"], capture_output=True, encoding="utf-8",
                            check=False).stdout.lower().split()
    return {lang: name for lang, name in LOCALES.items()
            if name.lower().replace("utf-8", "utf8") in listed}


def run(*args, locale="C.UTF-8", language=""):
    env = dict(os.environ, LC_ALL=locale, LANGUAGE=language)
    env.pop("DISPLAY", None)
    done = subprocess.run([BINARY, *args], capture_output=True, env=env, encoding="utf-8",
                          timeout=60, check=False)
    if done.returncode != 0:
        raise AssertionError(f"{args} under {locale}: {done.stderr}")
    return done.stdout


class LocaleFiles(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.answers = os.path.join(cls.tmp.name, "answers.csv")
        items = [line.split(",", 1)[0] for line in run("--list-items").splitlines()[1:]]
        with open(cls.answers, "w", encoding="utf-8") as f:
            f.write("item_id,value\n")
            for n, item in enumerate(items):
                if n % 7 != 3:  # leave some unanswered: averages get decimals
                    f.write(f"{item},{n * 3 % 5 + 1}\n")
        cls.reference = run("--assess=" + cls.answers)
        cls.locales = installed_locales()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_reference_has_decimals(self):
        self.assertRegex(self.reference, r"\t\d+\.[1-9]\n")

    def test_saved_in_locale_loaded_in_c(self):
        if not self.locales:
            self.skipTest("none of the locales is installed; run build-aux/install-deps.sh")
        for lang, locale in self.locales.items():
            with self.subTest(locale=locale):
                saved = os.path.join(self.tmp.name, f"{lang}.sseportfolio")
                pdf = os.path.join(self.tmp.name, f"{lang}.pdf")
                output = run("--assess=" + self.answers, "--save=" + saved, "--pdf=" + pdf,
                             locale=locale, language=lang)
                self.assertEqual(output, self.reference, "the --assess output is locale-free")
                self.assertEqual(run("--assess=" + saved), self.reference)
                with open(saved, encoding="utf-8") as f:
                    text = f.read()
                self.assertRegex(text, r'date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"')
                for due in re.findall(r'due="([^"]*)"', text):
                    self.assertRegex(due, r"^\d{4}-\d\d-\d\d$")
                self.assertNotRegex(text, r'="\d+,\d+"', "a decimal comma in the file")


if __name__ == "__main__":
    if not BINARY:
        print("SP_BINARY is not set", file=sys.stderr)
        sys.exit(2)
    unittest.main(verbosity=2)
