#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks --share and --team of sse-portfolio from outside (README.md,
"Team view"). Run by `meson test -C BUILDDIR team-cli`, which sets
SP_BINARY, SP_SOURCE_ROOT, PDFTOTEXT and XMLLINT. Needs no display.
"""

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import unittest

BINARY = os.environ.get("SP_BINARY", "")
SOURCE_ROOT = os.environ.get("SP_SOURCE_ROOT", "")
PDFTOTEXT = os.environ.get("PDFTOTEXT") or shutil.which("pdftotext")
XMLLINT = os.environ.get("XMLLINT") or shutil.which("xmllint")


def run(*args):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([BINARY, *args], capture_output=True, env=env,
                          encoding="utf-8", timeout=120, check=False)


def parse_csv(text):
    return list(csv.reader(io.StringIO(text, newline="")))


class Catalogue:
    def __init__(self):
        self.items = parse_csv(run("--list-items").stdout)[1:]
        self.profiles = parse_csv(run("--list-profiles").stdout)[1:]
        self.profile_ids = [row[0] for row in self.profiles]
        self.competence_ids = []
        for row in self.items:
            if row[1] not in self.competence_ids:
                self.competence_ids.append(row[1])

    def competences_of(self, profile):
        for row in self.profiles:
            if row[0] == profile:
                return set(row[3].split(";"))
        raise KeyError(profile)

    def persona(self, profile):
        """The first release's persona: 5 on the role's items, 2 elsewhere."""
        own = self.competences_of(profile)
        lines = ["item_id,value"]
        lines += [f"{row[0]},{5 if row[1] in own else 2}" for row in self.items]
        return "\n".join(lines) + "\n"


CATALOGUE = None


def catalogue():
    global CATALOGUE
    if CATALOGUE is None:
        CATALOGUE = Catalogue()
    return CATALOGUE


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class TeamTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sp-team-cli-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.cat = catalogue()

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def share(self, profile, out, *extra):
        answers = self.path(f"answers-{profile}.csv")
        with open(answers, "w", encoding="utf-8") as f:
            f.write(self.cat.persona(profile))
        proc = run(f"--assess={answers}", f"--share={out}", *extra)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return out

    def make_twelve(self, folder):
        """One persona per role, plus two more initiators; every other
        member agrees to be shown by name."""
        os.makedirs(folder, exist_ok=True)
        roles = self.cat.profile_ids + ["initiator", "initiator"]
        paths = []
        for i, role in enumerate(roles):
            extra = [f"--member-name=Person {i}"]
            if i % 2 == 0:
                extra.append("--show-name")
            paths.append(self.share(role, os.path.join(folder, f"m{i:02d}.sseshare"), *extra))
        return paths

    def team(self, *args):
        return run("--team", *args)

    def parse_team(self, stdout):
        members = None
        profiles = {}
        coverage = {}
        for line in stdout.splitlines():
            fields = line.split("\t")
            if fields[0] == "members":
                members = int(fields[1])
            elif fields[0] == "profile":
                self.assertEqual(len(fields), 3, fields)
                profiles[fields[1]] = fields[2]
            elif fields[0] == "coverage":
                self.assertEqual(len(fields), 3, fields)
                coverage[fields[1]] = fields[2]
            else:
                self.assertEqual(fields[0], "uncovered", fields)
        return members, profiles, coverage


class ShareTests(TeamTestCase):
    def test_share_file(self):
        out = self.share("steward", self.path("me.sseshare"), "--member-name=Ana", "--show-name")
        text = self.read(out)
        self.assertIn('name="Ana"', text)
        self.assertIn('show-name="true"', text)
        self.assertIn('profile="steward"', text)
        self.assertEqual(text.count("<score "), len(self.cat.competence_ids))
        self.assertEqual(text.count("<answer "), len(self.cat.items))
        if XMLLINT:
            schema = os.path.join(SOURCE_ROOT, "profiles", "share.rng")
            proc = subprocess.run([XMLLINT, "--noout", "--relaxng", schema, out],
                                  capture_output=True, check=False)
            self.assertEqual(proc.returncode, 0, proc.stderr)

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            return f.read()

    def test_resharing_keeps_member_id(self):
        out = self.path("me.sseshare")
        self.share("steward", out)
        first = re.search(r'<member id="([^"]+)"', self.read(out)).group(1)
        self.share("producer", out, "--member-name=Ana")
        second = re.search(r'<member id="([^"]+)"', self.read(out)).group(1)
        self.assertEqual(first, second)
        self.assertIn('show-name="false"', self.read(out))
        # Without --show-name the name is not written at all.
        self.assertNotIn("Ana", self.read(out))
        self.share("producer", out, "--member-id=chosen-id")
        self.assertIn('<member id="chosen-id"', self.read(out))

    def test_bad_input_writes_nothing(self):
        bad = self.path("bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("item_id,value\nnot-an-item,3\n")
        out = self.path("never.sseshare")
        proc = run(f"--assess={bad}", f"--share={out}")
        self.assertEqual(proc.returncode, 1)
        self.assertFalse(os.path.exists(out))

    def test_usage_errors(self):
        for args in (["--share=x.sseshare"], ["--member-name=A"], ["--team"],
                     ["--csv=x.csv"], ["--team", "--min-group=0", "x"],
                     ["--assess=a.csv", "--share=x", "--member-id=bad id"]):
            proc = run(*args)
            self.assertEqual(proc.returncode, 2, (args, proc.stderr))


class TeamTests(TeamTestCase):
    def test_twelve_personas(self):
        folder = self.path("team")
        self.make_twelve(folder)
        pdf = self.path("team.pdf")
        out_csv = self.path("team.csv")
        proc = self.team(folder, f"--pdf={pdf}", f"--csv={out_csv}")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stderr, "")
        members, profiles, coverage = self.parse_team(proc.stdout)

        self.assertEqual(members, 12)
        self.assertEqual(list(profiles), self.cat.profile_ids + ["none"])
        self.assertEqual(list(coverage), self.cat.competence_ids)
        # Even members are named. The three initiators (0, 10 named, 11
        # not) hold one unnamed member: suppressed. A single member is
        # counted when named (steward, 8), suppressed when not (producer, 7).
        self.assertEqual(profiles["initiator"], "suppressed")
        self.assertEqual(profiles["steward"], "1")
        self.assertEqual(profiles["producer"], "suppressed")
        self.assertEqual(profiles["none"], "0")
        initiator = self.cat.competences_of("initiator")
        steward = self.cat.competences_of("steward")
        producer = self.cat.competences_of("producer")
        for competence, count in coverage.items():
            if competence in initiator or competence in producer:
                self.assertEqual(count, "suppressed", competence)
            elif competence in steward:
                self.assertEqual(count, "1", competence)
            elif not any(competence in self.cat.competences_of(p) for p in self.cat.profile_ids):
                self.assertEqual(count, "0", competence)

        with open(out_csv, encoding="utf-8", newline="") as f:
            rows = parse_csv(f.read())
        self.assertEqual(rows[0], ["member", "profile"] + self.cat.competence_ids)
        self.assertEqual(len(rows), 1 + 6)
        self.assertEqual(rows[1][:2], ["Person 0", self.cat.profile_ids[0]])
        for row in rows[1:]:
            self.assertEqual(len(row), 2 + len(self.cat.competence_ids))
            self.assertFalse(row[0].startswith("Person 1,"))

        with open(pdf, "rb") as f:
            self.assertTrue(f.read(5) == b"%PDF-")
        if PDFTOTEXT:
            text = subprocess.run([PDFTOTEXT, pdf, "-"], capture_output=True,
                                  encoding="utf-8", check=True).stdout
            self.assertIn("Team self-audit", text)
            self.assertIn("fewer than 3", text)

    def test_exact_counts_with_min_group_one(self):
        folder = self.path("team")
        paths = self.make_twelve(folder)
        proc = self.team(*paths, "--min-group=1")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, coverage = self.parse_team(proc.stdout)
        self.assertEqual(members, 12)
        for profile in self.cat.profile_ids:
            self.assertEqual(profiles[profile], "3" if profile == "initiator" else "1")
        for competence in self.cat.competences_of("steward"):
            self.assertEqual(coverage[competence], "1")

    def test_differencing_unnamed_member(self):
        """The tester's case: four named members, each their own role,
        and Eli, unnamed, the only producer."""
        paths = [self.share(role, self.path(f"n{i}.sseshare"), f"--member-name=N{i}",
                            "--show-name")
                 for i, role in enumerate(["initiator", "coordinator", "facilitator",
                                           "educator"])]
        paths.append(self.share("producer", self.path("eli.sseshare"), "--member-name=Eli"))
        self.assertNotIn("Eli", read_text(paths[-1]))
        csv = self.path("team.csv")
        saved = self.path("team.sseteam")
        proc = self.team(*paths, f"--csv={csv}", f"--save-team={saved}")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, _ = self.parse_team(proc.stdout)
        self.assertEqual(members, 5)
        self.assertEqual(profiles["producer"], "suppressed")
        for role in ("initiator", "coordinator", "facilitator", "educator"):
            self.assertEqual(profiles[role], "1", role)
        rows = read_text(csv).splitlines()
        self.assertEqual(len(rows), 1 + 4)
        self.assertFalse(any(",producer," in row for row in rows))
        self.assertNotIn("Eli", read_text(saved))

    def test_small_group_suppressed(self):
        paths = [self.share("steward", self.path("a.sseshare")),
                 self.share("producer", self.path("b.sseshare"))]
        proc = self.team(*paths)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, coverage = self.parse_team(proc.stdout)
        self.assertEqual(members, 2)
        self.assertEqual(set(profiles.values()), {"suppressed"})
        self.assertEqual(set(coverage.values()), {"suppressed"})

    def test_duplicate_file(self):
        first = self.share("educator", self.path("eva.sseshare"))
        copy = self.path("eva-again.sseshare")
        shutil.copy(first, copy)
        proc = self.team(first, copy, "--min-group=1")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, _ = self.parse_team(proc.stdout)
        self.assertEqual(members, 1)
        self.assertEqual(profiles["educator"], "1")
        self.assertIn("eva-again.sseshare", proc.stderr)
        self.assertIn("counted once", proc.stderr)

    def test_same_name_pair(self):
        a = self.share("educator", self.path("sam1.sseshare"), "--member-name=Sam")
        b = self.share("educator", self.path("sam2.sseshare"), "--member-name=Sam")
        proc = self.team(a, b, "--min-group=1")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, _ = self.parse_team(proc.stdout)
        self.assertEqual(members, 2)
        self.assertEqual(profiles["educator"], "2")
        self.assertEqual(proc.stderr, "")

    def test_old_version_file(self):
        current = self.share("facilitator", self.path("now.sseshare"))
        with open(current, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r'framework-version="[^"]+"', 'framework-version="0.9"', text)
        text = re.sub(r'<member id="[^"]+"', '<member id="old-member"', text)
        dropped = "facilitator-decision-methods"
        text = re.sub(r'\s*<(score competence|answer item)="' + dropped + r'[^/]*/>', "", text)
        text = text.replace('item="sse-literacy-k"', 'item="retired-item-k"')
        old = self.path("old.sseshare")
        with open(old, "w", encoding="utf-8") as f:
            f.write(text)

        proc = self.team(current, old, "--min-group=1")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, coverage = self.parse_team(proc.stdout)
        self.assertEqual(members, 2)
        self.assertEqual(profiles["facilitator"], "2")
        self.assertEqual(coverage["facilitator-group-facilitation"], "2")
        self.assertEqual(coverage[dropped], "1")
        self.assertIn("old.sseshare", proc.stderr)
        self.assertIn("retired-item-k", proc.stderr)
        self.assertIn(dropped, proc.stderr)

    def test_truncated_file(self):
        good = self.share("advocate", self.path("good.sseshare"))
        with open(good, "rb") as f:
            data = f.read()
        broken = self.path("broken.sseshare")
        with open(broken, "wb") as f:
            f.write(data[: len(data) // 2])
        foreign = self.path("foreign.sseshare")
        with open(foreign, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0"?>\n<portfolio format="1"/>\n')

        proc = self.team(good, broken, foreign, "--min-group=1")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        members, profiles, _ = self.parse_team(proc.stdout)
        self.assertEqual(members, 1)
        self.assertEqual(profiles["advocate"], "1")
        self.assertIn("broken.sseshare", proc.stderr)
        self.assertIn("foreign.sseshare", proc.stderr)

        proc = self.team(broken)
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, "")

    def test_save_and_reopen(self):
        folder = self.path("team")
        self.make_twelve(folder)
        saved = self.path("audit.sseteam")
        first = self.team(folder, f"--save-team={saved}")
        self.assertEqual(first.returncode, 0, first.stderr)
        again = self.team(saved)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout, first.stdout)


if __name__ == "__main__":
    if not BINARY:
        raise SystemExit("SP_BINARY is not set; run through meson test")
    unittest.main(verbosity=2)
