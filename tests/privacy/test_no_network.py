#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app opens no network connection.

Runs the command line (lists, an assessment with PDF and save, a file
whose document type points at http://127.0.0.1:9/) and the whole GUI test
under `strace -f`, and fails on any connect() or sendto()/sendmsg() to an
IPv4 or IPv6 address. Unix sockets (D-Bus, X11) are fine.

Run by `meson test -C BUILDDIR no-network`, which sets SP_BINARY,
SP_TEST_GUI, SP_SOURCE_ROOT; skipped (exit 77) without strace.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BINARY = os.environ.get("SP_BINARY", "")
TEST_GUI = os.environ.get("SP_TEST_GUI", "")
SOURCE_ROOT = os.environ.get("SP_SOURCE_ROOT", "")
STRACE = shutil.which("strace")
XVFB_RUN = shutil.which("xvfb-run")

INET = re.compile(r"\b(connect|sendto|sendmsg)\(.*AF_INET6?\b")


def traced(args, log, env=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    cmd = [STRACE, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", log, *args]
    return subprocess.run(cmd, capture_output=True, env=full_env, timeout=600, check=False)


def inet_calls(log):
    with open(log, encoding="utf-8", errors="replace") as stream:
        return [line.strip() for line in stream if INET.search(line)]


class NoNetworkTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="sp-net-")
        self.log = os.path.join(self.tmp.name, "strace.log")

    def tearDown(self):
        self.tmp.cleanup()

    def test_command_line(self):
        items = subprocess.run([BINARY, "--list-items"], capture_output=True, text=True,
                               check=True).stdout.splitlines()[1:]
        answers = os.path.join(self.tmp.name, "answers.csv")
        with open(answers, "w", encoding="utf-8") as stream:
            stream.write("item_id,value\n")
            stream.writelines(f"{line.split(',', 1)[0]},{i % 5 + 1}\n"
                              for i, line in enumerate(items))
        hostile = os.path.join(SOURCE_ROOT, "tests", "corpus", "hostile")
        runs = [
            ["--list-profiles"],
            [f"--assess={answers}", f"--pdf={self.tmp.name}/plan.pdf",
             f"--save={self.tmp.name}/saved.sseportfolio"],
            [f"--assess={hostile}/external-dtd.sseportfolio"],
            [f"--assess={hostile}/parameter-entity.sseportfolio"],
        ]
        for args in runs:
            with self.subTest(args=args):
                proc = traced([BINARY, *args], self.log, env={"DISPLAY": ""})
                self.assertIn(proc.returncode, (0, 1), proc.stderr)
                self.assertEqual(inet_calls(self.log), [])

    @unittest.skipUnless(XVFB_RUN and TEST_GUI, "needs xvfb-run and the GUI test")
    def test_gui(self):
        proc = traced([XVFB_RUN, "-a", "-s", "-screen 0 1280x1024x24", TEST_GUI], self.log)
        self.assertEqual(proc.returncode, 0, proc.stdout[-2000:] + proc.stderr[-2000:])
        with open(self.log, encoding="utf-8", errors="replace") as stream:
            self.assertIn("AF_UNIX", stream.read(), "the trace saw no socket at all")
        self.assertEqual(inet_calls(self.log), [])


if __name__ == "__main__":
    if STRACE is None:
        print("strace is not installed", file=sys.stderr)
        sys.exit(77)
    unittest.main(verbosity=2)
