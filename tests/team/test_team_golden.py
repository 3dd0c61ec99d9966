#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The team audit's output does not change when its reader or its merge
does: `--team` on fixed share files (tests/team/golden/) must print, write
and save byte for byte what the release before the fast reader did.

golden/twelve/ holds the first release's twelve personas (fixed member
ids); golden/mixed/ a duplicate, a truncated, a foreign and an
old-version file, and names with markup characters. golden/expected/
holds the outputs, made once with the tree-and-schema reader. Run by
`meson test -C BUILDDIR team-golden`; SP_GOLDEN_WRITE=1 rewrites the
expected files (only for a change of output that is meant).
"""

import os
import shutil
import subprocess
import tempfile
import unittest

BINARY = os.environ.get("SP_BINARY", "")
SOURCE_ROOT = os.environ.get("SP_SOURCE_ROOT", "")
PDFTOTEXT = os.environ.get("PDFTOTEXT") or shutil.which("pdftotext")
GOLDEN = os.path.join(SOURCE_ROOT, "tests", "team", "golden")
EXPECTED = os.path.join(GOLDEN, "expected")
WRITE = os.environ.get("SP_GOLDEN_WRITE") == "1"

TWELVE = [f"twelve/m{i:02d}.sseshare" for i in range(12)]
MIXED = ["mixed/" + name for name in ("a-duplicate.sseshare", "b-truncated.sseshare",
                                      "c-foreign.sseshare", "d-old.sseshare",
                                      "e-named.sseshare")]

# name → arguments after --team; "{tmp}" is a scratch folder.
SCENARIOS = {
    "twelve-folder": ["twelve"],
    "twelve-files": list(reversed(TWELVE)) + ["--min-group=1"],
    "mixed": ["twelve"] + MIXED + ["--min-group=1"],
    "mixed-folders": ["mixed", "twelve", "mixed/e-named.sseshare", "--min-group=2"],
    "reopen": ["{tmp}/saved-mixed.sseteam", "mixed", "--min-group=1"],
}


def run(args, cwd):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([BINARY, *args], capture_output=True, env=env, cwd=cwd,
                          timeout=120, check=False)


class GoldenTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sp-team-golden-")
        if WRITE:
            os.makedirs(EXPECTED, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def compare(self, name, suffix, data):
        path = os.path.join(EXPECTED, f"{name}.{suffix}")
        if WRITE:
            with open(path, "wb") as f:
                f.write(data)
            return
        with open(path, "rb") as f:
            expected = f.read()
        self.assertEqual(data.decode("utf-8", "replace"), expected.decode("utf-8", "replace"),
                         f"{name}.{suffix} differs")
        self.assertEqual(data, expected, f"{name}.{suffix} differs")

    def outputs(self, name):
        csv_out = os.path.join(self.tmp, f"{name}.csv")
        saved = os.path.join(self.tmp, f"saved-{name}.sseteam")
        pdf = os.path.join(self.tmp, f"{name}.pdf")
        return csv_out, saved, pdf

    def check(self, name):
        csv_out, saved, pdf = self.outputs(name)
        args = [a.replace("{tmp}", self.tmp) for a in SCENARIOS[name]]
        proc = run(["--team", *args, f"--csv={csv_out}", f"--save-team={saved}",
                    f"--pdf={pdf}"], cwd=GOLDEN)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.compare(name, "stdout", proc.stdout)
        self.compare(name, "stderr", proc.stderr.replace(self.tmp.encode(), b"TMP"))
        with open(csv_out, "rb") as f:
            self.compare(name, "csv", f.read())
        with open(saved, "rb") as f:
            self.compare(name, "sseteam", f.read())
        if PDFTOTEXT:
            text = subprocess.run([PDFTOTEXT, "-layout", pdf, "-"], capture_output=True,
                                  check=True).stdout
            self.compare(name, "pdf.txt", text)

    def test_0_twelve_folder(self):
        self.check("twelve-folder")

    def test_1_twelve_files(self):
        self.check("twelve-files")

    def test_2_mixed(self):
        self.check("mixed")

    def test_3_mixed_folders(self):
        self.check("mixed-folders")

    def test_4_reopen(self):
        # Reopens the audit saved by test_2_mixed.
        self.check("reopen")


if __name__ == "__main__":
    if not BINARY:
        raise SystemExit("SP_BINARY is not set; run through meson test")
    unittest.main(verbosity=2)
