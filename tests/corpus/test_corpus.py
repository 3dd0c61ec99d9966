#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every file of tests/corpus/hostile/ is refused by the command line.

Portfolios and answers CSVs go through --assess, share files and team
audits through --team (which must merge nothing). Each run must exit with
1, name the file and a line on stderr, write nothing, take less than a
second and use no more memory than reading a good file does, give or take
a small margin (the readers' limits bound it). The app's side is checked
by the GUI tests (/gui/open-hostile, /team-gui/add-hostile).

Run by `meson test -C BUILDDIR corpus`, which sets SP_BINARY and
SP_SOURCE_ROOT.
"""

import os
import re
import subprocess
import tempfile
import time
import unittest

BINARY = os.environ.get("SP_BINARY", "")
SOURCE_ROOT = os.environ.get("SP_SOURCE_ROOT", "")
HOSTILE = os.path.join(SOURCE_ROOT, "tests", "corpus", "hostile")
GOOD_PORTFOLIO = os.path.join(SOURCE_ROOT, "tests", "model", "files", "example.sseportfolio")
# Real share and team files, made by the command line (tests/fuzz/corpus/).
GOOD_SHARE = os.path.join(SOURCE_ROOT, "tests", "fuzz", "corpus", "share", "full.sseshare")
GOOD_TEAM = os.path.join(SOURCE_ROOT, "tests", "fuzz", "corpus", "team", "full.sseteam")
TEAM_EXTENSIONS = (".sseshare", ".sseteam")
# A share for another framework is a good share: the team skips it, by
# name, without a line (the whole file is the problem).
WHOLE_FILE_REFUSALS = ("foreign-framework.sseshare",)

# Reading a 4 MiB file (the size limit) and a few thousand elements (the
# element limit) costs some memory; anything that grows with the hostile
# content (entities, nesting, a huge file) costs far more.
RSS_MARGIN_KB = 12 * 1024
# Sanitizer builds run slower; a second is the contract of a normal build.
TIME_LIMIT = float(os.environ.get("SP_CORPUS_TIME_LIMIT", "1.0"))


class Run:
    """One run of the binary with its exit code, output, time and peak memory."""

    def __init__(self, *args):
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.monotonic()
            proc = subprocess.Popen([BINARY, *args], stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            self.seconds = time.monotonic() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            self.returncode = proc.returncode
            self.max_rss_kb = usage.ru_maxrss
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode("utf-8", "replace")
            self.stderr = err.read().decode("utf-8", "replace")


class CorpusTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="sp-corpus-")
        items = Run("--list-items")
        assert items.returncode == 0, items.stderr
        ids = [line.split(",", 1)[0] for line in items.stdout.splitlines()[1:]]
        good_csv = os.path.join(cls.tmp.name, "good.csv")
        with open(good_csv, "w", encoding="utf-8") as stream:
            stream.write("item_id,value\n" + "".join(f"{i},4\n" for i in ids))
        runs = [Run(f"--assess={path}") for path in (GOOD_PORTFOLIO, good_csv)]
        runs += [Run("--team", path) for path in (GOOD_SHARE, GOOD_TEAM)]
        for run in runs:
            assert run.returncode == 0, run.stderr
        cls.baseline_kb = max(run.max_rss_kb for run in runs)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_refused(self, path, expect=None):
        name = os.path.basename(path)
        pdf = os.path.join(self.tmp.name, "out.pdf")
        saved = os.path.join(self.tmp.name, "out.sseportfolio")
        if name.endswith(TEAM_EXTENSIONS):
            saved = os.path.join(self.tmp.name, "out.sseteam")
            run = Run("--team", path, f"--pdf={pdf}", f"--save-team={saved}")
        else:
            run = Run(f"--assess={path}", f"--pdf={pdf}", f"--save={saved}")

        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertEqual(run.stdout, "")
        self.assertTrue(run.stderr.startswith("sse-portfolio: "), run.stderr)
        self.assertIn(name, run.stderr)
        self.assertLess(len(run.stderr), 1000, "the message quotes too much")
        if name in WHOLE_FILE_REFUSALS:
            self.assertRegex(run.stderr, re.escape(name) + r": ")
        else:
            self.assertRegex(run.stderr, re.escape(name) + r"(:\d+:|”: )")
        if name.endswith(TEAM_EXTENSIONS):
            self.assertIn("No share file could be merged.", run.stderr)
        if expect is not None:
            self.assertIn(expect, run.stderr)
        self.assertLess(run.seconds, TIME_LIMIT, f"{name} took {run.seconds:.2f} s")
        self.assertLessEqual(run.max_rss_kb, self.baseline_kb + RSS_MARGIN_KB,
                             f"{name}: {run.max_rss_kb} KiB, baseline {self.baseline_kb} KiB")
        self.assertFalse(os.path.exists(pdf))
        self.assertFalse(os.path.exists(saved))
        return run

    def test_corpus_is_complete(self):
        names = os.listdir(HOSTILE)
        for needed in ("entity-expansion", "external-entity", "deep-nesting", "truncated",
                       "latin1-bytes", "declared-latin1", "utf16le-bom", "utf8-bom-twice",
                       "huge-attribute", "wrong-root", "newer-version"):
            self.assertIn(needed + ".sseportfolio", names)
        self.assertTrue(any(name.endswith(".csv") for name in names))
        for needed in ("entity-expansion", "external-entity", "doctype", "deep-nesting",
                       "truncated", "declared-utf16", "utf16le-bom", "utf8-bom-twice",
                       "huge-attribute", "wrong-root", "newer-version", "foreign-framework"):
            for extension in TEAM_EXTENSIONS:
                self.assertIn(needed + extension, names)
        for needed in ("duplicate-score.sseshare", "score-over-100.sseshare",
                       "duplicate-member.sseteam", "member-foreign-framework.sseteam",
                       "level-over-100.sseteam"):
            self.assertIn(needed, names)

    def test_each_hostile_file_is_refused(self):
        for name in sorted(os.listdir(HOSTILE)):
            with self.subTest(file=name):
                run = self.check_refused(os.path.join(HOSTILE, name))
                print(f"{name}: {run.seconds * 1000:.0f} ms, {run.max_rss_kb} KiB "
                      f"(baseline {self.baseline_kb} KiB)")

    def test_newer_version_says_so(self):
        for name in ("newer-version.sseportfolio", "newer-version.sseshare",
                     "newer-version.sseteam", "member-newer-version.sseteam"):
            with self.subTest(file=name):
                self.check_refused(os.path.join(HOSTILE, name), "newer version")

    def test_entities_are_never_expanded(self):
        for stem in ("entity-expansion", "external-entity"):
            for extension in (".sseportfolio",) + TEAM_EXTENSIONS:
                run = self.check_refused(os.path.join(HOSTILE, stem + extension))
                self.assertNotIn("lollollol", run.stderr)
                self.assertNotIn("root:", run.stderr)

    def test_good_share_and_team_are_merged(self):
        # The same command on real files succeeds: the refusals above are
        # the files' doing.
        for path in (GOOD_SHARE, GOOD_TEAM):
            run = Run("--team", path)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertTrue(run.stdout.startswith("members\t"), run.stdout)

    def test_oversized_files(self):
        # Sparse: 64 MiB (or just over a reader's larger limit) that take
        # no disk and must not be read.
        for name, size in (("oversized.sseportfolio", 64),
                           ("oversized.csv", 64),
                           ("oversized.sseshare", 64),
                           ("oversized.sseteam", 257)):
            path = os.path.join(self.tmp.name, name)
            with open(path, "wb") as stream:
                stream.write(b"<?xml version='1.0'?>\n<portfolio>")
                stream.truncate(size * 1024 * 1024)
            with self.subTest(file=name):
                self.check_refused(path, "larger than")

    def test_device_is_refused(self):
        run = Run("--assess=/dev/zero")
        self.assertEqual(run.returncode, 1)
        self.assertIn("/dev/zero", run.stderr)
        self.assertLess(run.seconds, TIME_LIMIT)


if __name__ == "__main__":
    unittest.main(verbosity=2)
