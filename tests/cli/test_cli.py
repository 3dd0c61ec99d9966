#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the command-line contract of sse-portfolio (see README.md).

Run by `meson test -C BUILDDIR cli`, which sets SP_BINARY, SP_SOURCE_ROOT,
PDFTOTEXT and PDFFONTS. Needs no display.
"""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import unittest
import xml.etree.ElementTree as ET

BINARY = os.environ.get("SP_BINARY", "")
SOURCE_ROOT = os.environ.get("SP_SOURCE_ROOT", "")
PDFTOTEXT = os.environ.get("PDFTOTEXT") or shutil.which("pdftotext")
PDFFONTS = os.environ.get("PDFFONTS") or shutil.which("pdffonts")

SCORE_RE = re.compile(r"^(?:\d{1,3}\.\d|na)$")

# Reads an .ics file with a real iCalendar parser (python3-icalendar) and
# prints its to-dos and events as JSON. Run by whichever Python has it.
ICS_READER = r"""
import datetime, json, sys
import icalendar
with open(sys.argv[1], "rb") as stream:
    calendar = icalendar.Calendar.from_ical(stream.read())
entries = []
for part in calendar.walk():
    if part.name not in ("VTODO", "VEVENT"):
        continue
    due = part.get("DUE") or part.get("DTSTART")
    entries.append({
        "kind": part.name,
        "uid": str(part["UID"]),
        "summary": str(part.get("SUMMARY", "")),
        "status": str(part.get("STATUS", "")),
        "date": due.dt.isoformat() if due is not None else None,
        "stamp": part.get("DTSTAMP") is not None,
        "transp": str(part.get("TRANSP", "")),
        "end": part["DTEND"].dt.isoformat() if part.get("DTEND") is not None else None,
        "next_day": (due.dt + datetime.timedelta(days=1)).isoformat() if due else None,
    })
print(json.dumps({"prodid": str(calendar.get("PRODID", "")),
                  "version": str(calendar.get("VERSION", "")),
                  "entries": entries}))
"""


def find_ics_python():
    """A Python interpreter that has the icalendar module, or None."""
    for candidate in (sys.executable, "/usr/bin/python3"):
        if not candidate or not os.access(candidate, os.X_OK):
            continue
        probe = subprocess.run([candidate, "-c", "import icalendar"],
                               capture_output=True, check=False)
        if probe.returncode == 0:
            return candidate
    return None
LOCALE_FR = "fr_FR.UTF-8"


def run(*args, env=None):
    """Runs the binary without a display and returns the CompletedProcess."""
    full_env = dict(os.environ)
    full_env.pop("DISPLAY", None)
    full_env.pop("WAYLAND_DISPLAY", None)
    full_env.update(env or {})
    return subprocess.run([BINARY, *args], capture_output=True, env=full_env,
                          encoding="utf-8", timeout=60, check=False)


def parse_csv(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def normalise(text):
    """Folds ligatures and line wrapping so PDF text compares with plain text."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u00ad", "")
    return " ".join(text.split())


def local_name(tag):
    return tag.rsplit("}", 1)[-1]


class Catalogue:
    """The profiles and items as the binary lists them."""

    def __init__(self):
        profiles = run("--list-profiles")
        items = run("--list-items")
        if profiles.returncode != 0 or items.returncode != 0:
            raise RuntimeError(profiles.stderr + items.stderr)
        self.profile_rows = parse_csv(profiles.stdout)
        self.item_rows = parse_csv(items.stdout)
        self.profiles = [dict(zip(self.profile_rows[0], row))
                         for row in self.profile_rows[1:]]
        self.items = [dict(zip(self.item_rows[0], row))
                      for row in self.item_rows[1:]]

    def competences_of(self, profile):
        return set(profile["competences"].split(";"))

    def persona(self, profile, lowered_item=None):
        """Answers 5 on @profile's items, 2 elsewhere (4 on @lowered_item)."""
        own = self.competences_of(profile)
        answers = {}
        for item in self.items:
            answers[item["item_id"]] = 5 if item["competence_id"] in own else 2
        if lowered_item is not None:
            answers[lowered_item] = 4
        return answers

    def merge_high(self, first, second):
        return {key: max(first[key], second[key]) for key in first}


_CATALOGUE = None


def catalogue():
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = Catalogue()
    return _CATALOGUE


class CliTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="sp-cli-")
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def write_text(self, name, text):
        path = self.path(name)
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return path

    def write_answers(self, name, answers):
        lines = ["item_id,value"]
        lines += [f"{key},{value}" for key, value in answers.items()]
        return self.write_text(name, "\n".join(lines) + "\n")

    def assess(self, path, *extra, env=None):
        proc = run(f"--assess={path}", *extra, env=env)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc

    def parse_result(self, stdout):
        lines = [line.split("\t") for line in stdout.splitlines()]
        self.assertEqual(lines[0][0], "status")
        self.assertEqual(lines[1][0], "match")
        for fields in lines[2:]:
            self.assertIn(fields[0], ("affinity", "competence"))
            self.assertEqual(len(fields), 3, fields)
            self.assertRegex(fields[2], SCORE_RE)
        return lines


class ListTests(CliTestCase):
    def test_list_profiles(self):
        cat = catalogue()
        self.assertEqual(cat.profile_rows[0],
                         ["profile_id", "name", "key_competence", "competences"])
        self.assertEqual(len(cat.profiles), 10)
        for profile in cat.profiles:
            competences = profile["competences"].split(";")
            self.assertEqual(competences[0], profile["key_competence"])
            self.assertGreaterEqual(len(competences), 3)
            self.assertTrue(profile["name"])

    def test_profile_avatars_exist(self):
        for profile in catalogue().profiles:
            avatar = profile["profile_id"] + ".svg"
            xml_path = os.path.join(SOURCE_ROOT, "profiles",
                                    f"profile-{profile['profile_id']}.xml")
            if os.path.exists(xml_path):
                avatar = ET.parse(xml_path).getroot().get("avatar", avatar)
            svg = os.path.join(SOURCE_ROOT, "avatars", avatar)
            self.assertTrue(os.path.isfile(svg), svg)

    def test_list_items(self):
        cat = catalogue()
        self.assertEqual(cat.item_rows[0],
                         ["item_id", "competence_id", "dimension", "text"])
        self.assertGreaterEqual(len(cat.items), 150)
        dimensions = {}
        for item in cat.items:
            self.assertIn(item["dimension"], ("K", "S", "A"))
            self.assertTrue(item["text"])
            dimensions.setdefault(item["competence_id"], set()).add(item["dimension"])
        for competence, seen in dimensions.items():
            self.assertEqual(seen, {"K", "S", "A"}, competence)
        for profile in cat.profiles:
            for competence in cat.competences_of(profile):
                self.assertIn(competence, dimensions)

    def test_item_ids_unique(self):
        ids = [item["item_id"] for item in catalogue().items]
        self.assertEqual(len(ids), len(set(ids)))


class AssessTests(CliTestCase):
    def test_each_persona_matches_its_profile(self):
        cat = catalogue()
        for profile in cat.profiles:
            with self.subTest(profile=profile["profile_id"]):
                path = self.write_answers("persona.csv", cat.persona(profile))
                lines = self.parse_result(self.assess(path).stdout)
                self.assertEqual(lines[0], ["status", "clear"])
                self.assertEqual(lines[1][:2], ["match", profile["profile_id"]])
                self.assertEqual(lines[2][1], profile["profile_id"])

    def test_result_lists_every_profile_and_competence(self):
        cat = catalogue()
        path = self.write_answers("persona.csv", cat.persona(cat.profiles[0]))
        lines = self.parse_result(self.assess(path).stdout)
        affinities = [f[1] for f in lines if f[0] == "affinity"]
        competences = [f[1] for f in lines if f[0] == "competence"]
        self.assertEqual(sorted(affinities),
                         sorted(p["profile_id"] for p in cat.profiles))
        self.assertEqual(len(competences), len(set(competences)))
        self.assertEqual(set(competences), {i["competence_id"] for i in cat.items})

    def test_uniform_answers_give_no_match(self):
        answers = {item["item_id"]: 4 for item in catalogue().items}
        lines = self.parse_result(self.assess(self.write_answers("u.csv", answers)).stdout)
        self.assertEqual(lines[0], ["status", "uniform"])
        self.assertEqual(lines[1], ["match", "none", "-"])

    def test_too_few_answers(self):
        items = catalogue().items
        answers = {item["item_id"]: 1 + i % 5
                   for i, item in enumerate(items[:len(items) // 3])}
        lines = self.parse_result(self.assess(self.write_answers("few.csv", answers)).stdout)
        self.assertEqual(lines[0], ["status", "too-few-answers"])
        self.assertEqual(lines[1], ["match", "none", "-"])

    def test_close_profiles_show_runner_up(self):
        cat = catalogue()
        leader, runner_up = cat.profiles[1], cat.profiles[0]
        key_items = [i["item_id"] for i in cat.items
                     if i["competence_id"] == runner_up["key_competence"]]
        answers = cat.merge_high(cat.persona(leader),
                                 cat.persona(runner_up, lowered_item=key_items[0]))
        answers[key_items[0]] = 4
        lines = self.parse_result(self.assess(self.write_answers("c.csv", answers)).stdout)
        self.assertIn(lines[0][1], ("tie", "close"))
        affinities = [f[1] for f in lines if f[0] == "affinity"]
        self.assertEqual(affinities[:2],
                         [leader["profile_id"], runner_up["profile_id"]])
        if lines[1][1] != "none":
            self.assertEqual(lines[1][1], leader["profile_id"])

    def test_skips_and_blanks_are_accepted(self):
        cat = catalogue()
        answers = cat.persona(cat.profiles[2])
        keys = list(answers)
        answers[keys[0]] = "skip"
        answers[keys[1]] = ""
        lines = self.parse_result(self.assess(self.write_answers("s.csv", answers)).stdout)
        self.assertEqual(lines[1][1], cat.profiles[2]["profile_id"])


def read_portfolio(path):
    """The saved portfolio: assessments (date, answers) and plan."""
    root = ET.parse(path).getroot()
    assessments = []
    for node in root.findall("assessment"):
        answers = {a.get("item"): a.get("value") for a in node.findall("answer")}
        assessments.append({"date": node.get("date"), "answers": answers})
    plan = root.find("plan")
    goals = []
    if plan is not None:
        for goal in plan.findall("goal"):
            actions = [dict(action.attrib) for action in goal.findall("action")]
            goals.append({"uid": goal.get("uid"), "competence": goal.get("competence"),
                          "due": goal.get("due"), "status": goal.get("status"),
                          "title": goal.findtext("title"), "actions": actions})
    return {"format": root.get("format"), "assessments": assessments,
            "target": plan.get("target") if plan is not None else None, "goals": goals}


class OutputTests(CliTestCase):
    def saved_goal_titles(self, path):
        root = ET.parse(path).getroot()
        titles = []
        for goal in root.iter():
            if local_name(goal.tag) != "goal":
                continue
            title = goal.get("title")
            for child in goal:
                if local_name(child.tag) == "title":
                    title = "".join(child.itertext())
            titles.append(title)
        return titles

    def pdf_text(self, pdf):
        if not PDFTOTEXT:
            self.skipTest("pdftotext is not installed")
        proc = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", pdf, "-"],
                              capture_output=True, check=True)
        return proc.stdout.decode("utf-8")

    def pdf_fonts(self, pdf):
        if not PDFFONTS:
            self.skipTest("pdffonts is not installed")
        proc = subprocess.run([PDFFONTS, pdf], capture_output=True, check=True,
                              encoding="utf-8")
        lines = proc.stdout.splitlines()
        spans = [m.span() for m in re.finditer(r"-+", lines[1])]
        return [[line[a:b].strip() for a, b in spans] for line in lines[2:]]

    def test_pdf_holds_match_and_goals(self):
        cat = catalogue()
        profile = cat.profiles[3]
        answers = self.write_answers("p.csv", cat.persona(profile))
        pdf, saved = self.path("plan.pdf"), self.path("plan.sseportfolio")
        self.assess(answers, f"--pdf={pdf}", f"--save={saved}")
        with open(pdf, "rb") as stream:
            self.assertEqual(stream.read(5), b"%PDF-")
        titles = self.saved_goal_titles(saved)
        self.assertTrue(titles, "the saved plan has no goals")
        text = normalise(self.pdf_text(pdf))
        self.assertIn(normalise(profile["name"]), text)
        for title in titles:
            self.assertIn(normalise(title), text)

    def test_pdf_fonts_are_embedded(self):
        cat = catalogue()
        answers = self.write_answers("p.csv", cat.persona(cat.profiles[4]))
        pdf = self.path("plan.pdf")
        self.assess(answers, f"--pdf={pdf}")
        fonts = self.pdf_fonts(pdf)
        self.assertTrue(fonts, "the PDF uses no font")
        for font in fonts:
            self.assertEqual(font[3], "yes", font)

    def test_saved_portfolio_gives_same_result(self):
        cat = catalogue()
        answers = cat.persona(cat.profiles[5])
        answers[next(iter(answers))] = "skip"
        csv_path = self.write_answers("a.csv", answers)
        saved = self.path("a.sseportfolio")
        first = self.assess(csv_path, f"--save={saved}").stdout
        self.assertEqual(self.assess(saved).stdout, first)
        as_xml = self.path("copy.xml")
        shutil.copyfile(saved, as_xml)
        self.assertEqual(self.assess(as_xml).stdout, first)


class BadInputTests(CliTestCase):
    def check_refused(self, name, text, line=None):
        path = self.write_text(name, text)
        pdf, saved = self.path("out.pdf"), self.path("out.sseportfolio")
        ics, csv_out = self.path("out.ics"), self.path("out.csv")
        proc = run(f"--assess={path}", f"--pdf={pdf}", f"--save={saved}",
                   f"--ics={ics}", f"--csv={csv_out}")
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertEqual(proc.stdout, "")
        self.assertTrue(proc.stderr.startswith("sse-portfolio: "), proc.stderr)
        self.assertIn(name, proc.stderr)
        rest = proc.stderr.replace(path, "").replace(name, "")
        if line is None:
            self.assertRegex(rest, r"\d", "no line number")
        else:
            self.assertRegex(rest, rf"(?<!\d){line}(?!\d)", "no line number")
        self.assertFalse(os.path.exists(pdf))
        self.assertFalse(os.path.exists(saved))
        self.assertFalse(os.path.exists(ics))
        self.assertFalse(os.path.exists(csv_out))
        self.assertEqual([f for f in os.listdir(self.dir) if f.startswith("out.")], [])

    def csv_with(self, bad_line, before=1):
        items = [i["item_id"] for i in catalogue().items]
        lines = ["item_id,value"] + [f"{items[i]},3" for i in range(before)]
        return "\n".join(lines + [bad_line]) + "\n"

    def test_unknown_item(self):
        self.check_refused("unknown.csv", self.csv_with("no-such-item,3"), 3)

    def test_duplicate_item(self):
        first = catalogue().items[0]["item_id"]
        self.check_refused("duplicate.csv", self.csv_with(f"{first},4", before=2), 4)

    def test_value_out_of_range(self):
        item = catalogue().items[5]["item_id"]
        self.check_refused("six.csv", self.csv_with(f"{item},6"), 3)

    def test_value_not_a_number(self):
        item = catalogue().items[5]["item_id"]
        self.check_refused("abc.csv", self.csv_with(f"{item},abc"), 3)

    def test_missing_header(self):
        items = [i["item_id"] for i in catalogue().items]
        self.check_refused("noheader.csv", f"{items[0]},3\n{items[1]},4\n", 1)

    def test_truncated_portfolio(self):
        cat = catalogue()
        answers = self.write_answers("a.csv", cat.persona(cat.profiles[0]))
        saved = self.path("whole.sseportfolio")
        self.assess(answers, f"--save={saved}")
        with open(saved, encoding="utf-8") as stream:
            text = stream.read()
        self.check_refused("cut.sseportfolio", text[:len(text) // 2])

    def test_missing_file(self):
        proc = run(f"--assess={self.path('absent.csv')}")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("absent.csv", proc.stderr)

    def test_bad_framework_directory(self):
        proc = run(f"--framework={self.path('nowhere')}", "--list-profiles")
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, "")
        self.assertTrue(proc.stderr.startswith("sse-portfolio: "), proc.stderr)


class OverwriteTests(CliTestCase):
    """Outputs never replace the input, each other or a saved portfolio."""

    def setUp(self):
        super().setUp()
        cat = catalogue()
        self.answers = self.write_answers("me.csv", cat.persona(cat.profiles[0]))
        self.victim = self.path("victim.sseportfolio")
        self.assess(self.answers, f"--save={self.victim}")

    def snapshot(self):
        found = {}
        for name in sorted(os.listdir(self.dir)):
            with open(os.path.join(self.dir, name), "rb") as stream:
                found[name] = stream.read()
        return found

    def check_refused(self, named, *args):
        before = self.snapshot()
        proc = run(*args)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, "")
        self.assertTrue(proc.stderr.startswith("sse-portfolio: "), proc.stderr)
        self.assertIn(named, proc.stderr.splitlines()[0])
        self.assertEqual(self.snapshot(), before, "a file was written or changed")

    def test_share_over_a_portfolio(self):
        self.check_refused("victim.sseportfolio", f"--assess={self.answers}",
                           f"--share={self.victim}")

    def test_every_export_over_a_portfolio(self):
        for option in ("pdf", "ics", "csv"):
            with self.subTest(option=option):
                self.check_refused("victim.sseportfolio", f"--assess={self.answers}",
                                   f"--{option}={self.victim}")

    def test_pdf_over_the_input(self):
        self.check_refused("me.csv", f"--assess={self.answers}", f"--pdf={self.answers}")

    def test_csv_over_the_input_by_another_name(self):
        other = os.path.join(self.dir, ".", "..", os.path.basename(self.dir), "me.csv")
        self.check_refused("me.csv", f"--assess={self.answers}", f"--csv={other}")

    def test_output_over_a_linked_input(self):
        link = self.path("link.csv")
        os.symlink(self.answers, link)
        self.check_refused("link.csv", f"--assess={self.answers}", f"--ics={link}")

    def test_save_over_its_own_input(self):
        self.check_refused("victim.sseportfolio", f"--assess={self.victim}",
                           f"--save={self.victim}")

    def test_save_over_a_file_that_is_not_a_portfolio(self):
        notes = self.write_text("notes.txt", "my own notes\n")
        self.check_refused("notes.txt", f"--assess={self.victim}", f"--save={notes}")

    def test_two_outputs_with_one_name(self):
        out = self.path("out.pdf")
        self.check_refused("out.pdf", f"--assess={self.answers}", f"--pdf={out}",
                           f"--ics={self.path('.')}/out.pdf")
        self.assertFalse(os.path.exists(out))

    def test_save_may_replace_a_portfolio(self):
        copy = self.path("copy.xml")
        shutil.copyfile(self.victim, copy)
        cat = catalogue()
        other = self.write_answers("other.csv", cat.persona(cat.profiles[4]))
        expected = self.assess(other).stdout
        self.assertNotEqual(self.assess(self.victim).stdout, expected)
        self.assess(other, f"--save={self.victim}")
        self.assess(other, f"--save={copy}")
        self.assertEqual(self.assess(self.victim).stdout, expected)
        self.assertEqual(self.assess(copy).stdout, expected)

    def test_new_outputs_are_still_written(self):
        pdf, ics = self.path("plan.pdf"), self.path("plan.ics")
        self.assess(self.victim, f"--pdf={pdf}", f"--ics={ics}")
        self.assertTrue(os.path.getsize(pdf) > 0)
        self.assertTrue(os.path.getsize(ics) > 0)


class UsageTests(CliTestCase):
    def check_usage(self, *args):
        proc = run(*args)
        self.assertEqual(proc.returncode, 2, proc.stderr)
        self.assertEqual(proc.stdout, "")
        self.assertTrue(proc.stderr.strip())

    def test_pdf_without_assess(self):
        self.check_usage(f"--pdf={self.path('x.pdf')}")
        self.assertFalse(os.path.exists(self.path("x.pdf")))

    def test_save_without_assess(self):
        self.check_usage(f"--save={self.path('x.sseportfolio')}")

    def test_assess_with_list_items(self):
        path = self.write_text("a.csv", "item_id,value\n")
        self.check_usage(f"--assess={path}", "--list-items")

    def test_assess_with_list_profiles(self):
        path = self.write_text("a.csv", "item_id,value\n")
        self.check_usage("--list-profiles", f"--assess={path}")

    def test_ics_without_assess(self):
        self.check_usage(f"--ics={self.path('x.ics')}")

    def test_csv_without_assess(self):
        self.check_usage(f"--csv={self.path('x.csv')}")

    def test_assess_with_list_activities(self):
        self.check_usage("--list-activities", f"--assess={self.path('x.csv')}")

    def test_unknown_option_fails(self):
        proc = run("--no-such-option")
        self.assertNotEqual(proc.returncode, 0)


class ActivityTests(CliTestCase):
    def activities(self):
        proc = run("--list-activities")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        rows = parse_csv(proc.stdout)
        self.assertEqual(rows[0], ["activity_id", "topic", "level", "competences", "title"])
        return [dict(zip(rows[0], row)) for row in rows[1:]]

    def test_list_activities(self):
        activities = self.activities()
        self.assertGreaterEqual(len(activities), 30)
        self.assertEqual(len({a["topic"] for a in activities}), 10)
        self.assertEqual({a["level"] for a in activities}, {"1", "2", "3"})
        ids = [a["activity_id"] for a in activities]
        self.assertEqual(len(ids), len(set(ids)))
        for activity in activities:
            self.assertRegex(activity["activity_id"], r"^[a-z][a-z0-9-]*$")
            self.assertTrue(activity["title"].strip(), activity)

    def test_every_activity_competence_exists_and_every_competence_is_developed(self):
        known = {item["competence_id"] for item in catalogue().items}
        developed = set()
        for activity in self.activities():
            competences = activity["competences"].split(";")
            self.assertTrue(competences and all(competences), activity)
            for competence in competences:
                self.assertIn(competence, known, activity["activity_id"])
            developed.update(competences)
        self.assertEqual(developed, known)


class PlanTests(CliTestCase):
    def activities(self):
        proc = run("--list-activities")
        rows = parse_csv(proc.stdout)
        return {row[0]: {"level": int(row[2]), "competences": set(row[3].split(";"))}
                for row in rows[1:]}

    @staticmethod
    def level_for(score):
        if score == "na" or float(score) < 50:
            return 1
        return 2 if float(score) < 75 else 3

    def fitting_levels(self, activities, competence, wanted):
        """The level wanted, or the nearest the library has for @competence."""
        levels = {a["level"] for a in activities.values() if competence in a["competences"]}
        best = min(abs(level - wanted) for level in levels)
        return {level for level in levels if abs(level - wanted) == best}

    def test_each_persona_gets_a_fitting_library_activity(self):
        cat = catalogue()
        activities = self.activities()
        for profile in cat.profiles:
            with self.subTest(profile=profile["profile_id"]):
                answers = self.write_answers(f"{profile['profile_id']}.csv", cat.persona(profile))
                pdf, saved = self.path("plan.pdf"), self.path("plan.sseportfolio")
                result = self.assess(answers, f"--pdf={pdf}", f"--save={saved}")
                scores = {fields[1]: fields[2] for fields in self.parse_result(result.stdout)
                          if fields[0] == "competence"}
                portfolio = read_portfolio(saved)
                self.assertEqual(portfolio["format"], "2")
                self.assertEqual(portfolio["target"], profile["profile_id"])
                own = cat.competences_of(profile)
                fitting = []
                for goal in portfolio["goals"]:
                    if goal["competence"] not in own:
                        continue
                    for action in goal["actions"]:
                        activity = activities.get(action.get("activity"))
                        if activity is None:
                            continue
                        self.assertIn(goal["competence"], activity["competences"])
                        wanted = self.level_for(scores[goal["competence"]])
                        levels = self.fitting_levels(activities, goal["competence"], wanted)
                        if activity["level"] in levels:
                            fitting.append(action["activity"])
                self.assertTrue(fitting, f"no fitting activity on {profile['profile_id']}'s "
                                         f"competences: {portfolio['goals']}")
                for goal in portfolio["goals"]:
                    kinds = [a["kind"] for a in goal["actions"]]
                    self.assertGreater(kinds.count("experience"), len(kinds) / 2)
                    self.assertIn("people", kinds)
                    self.assertIn("course", kinds)
                    self.assertTrue(goal["due"])

    def ics_entries(self, path):
        python = find_ics_python()
        if python is None:
            self.skipTest("the icalendar module (python3-icalendar) is not installed")
        proc = subprocess.run([python, "-c", ICS_READER, path], capture_output=True,
                              encoding="utf-8", check=False)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        return json.loads(proc.stdout)

    def test_ics_parses_and_keeps_its_uids(self):
        cat = catalogue()
        answers = self.write_answers("p.csv", cat.persona(cat.profiles[1]))
        saved = self.path("p.sseportfolio")
        first, second = self.path("first.ics"), self.path("second.ics")
        self.assess(answers, f"--save={saved}", f"--ics={first}")
        self.assess(saved, f"--ics={second}")
        portfolio = read_portfolio(saved)
        one, two = self.ics_entries(first), self.ics_entries(second)
        self.assertEqual(one["version"], "2.0")
        self.assertTrue(one["prodid"])
        uids = sorted(e["uid"] for e in one["entries"])
        self.assertEqual(uids, sorted(e["uid"] for e in two["entries"]))
        self.assertEqual(len(uids), len(set(uids)))
        expected = {g["uid"] + "@sse-portfolio" for g in portfolio["goals"]}
        expected |= {a["uid"] + "@sse-portfolio" for g in portfolio["goals"]
                     for a in g["actions"] if a.get("date")}
        self.assertEqual(set(uids), expected)
        by_uid = {e["uid"]: e for e in one["entries"]}
        for goal in portfolio["goals"]:
            entry = by_uid[goal["uid"] + "@sse-portfolio"]
            self.assertEqual(entry["kind"], "VTODO")
            self.assertEqual(entry["date"], goal["due"])
            self.assertEqual(entry["summary"], "Review: " + goal["title"])
            self.assertEqual(entry["status"], "NEEDS-ACTION")
            self.assertTrue(entry["stamp"])
        events = []
        for goal in portfolio["goals"]:
            for action in goal["actions"]:
                if action.get("date"):
                    entry = by_uid[action["uid"] + "@sse-portfolio"]
                    self.assertEqual(entry["kind"], "VEVENT")
                    self.assertEqual(entry["date"], action["date"])
                    self.assertEqual(entry["end"], entry["next_day"])
                    self.assertEqual(entry["status"], "CONFIRMED")
                    self.assertEqual(entry["transp"], "TRANSPARENT")
                    self.assertTrue(entry["stamp"])
                    self.assertLessEqual(len(entry["summary"]), 80)
                    events.append(entry["summary"])
        self.assertGreater(len(events), 0)
        self.assertEqual(len(events), len(set(events)), events)

    def test_csv_round_trips_every_answer(self):
        cat = catalogue()
        answers = cat.persona(cat.profiles[2])
        keys = list(answers)
        answers[keys[0]] = "skip"
        answers[keys[5]] = ""
        answers[keys[7]] = 1
        source = self.write_answers("a.csv", answers)
        out, saved = self.path("out.csv"), self.path("a.sseportfolio")
        self.assess(source, f"--csv={out}", f"--save={saved}")
        with open(out, encoding="utf-8", newline="") as stream:
            raw = stream.read()
        self.assertTrue(raw.startswith("section,id,competence_id,dimension,value,text,"))
        rows = list(csv.DictReader(io.StringIO(raw, newline="")))
        exported = {row["id"]: row for row in rows if row["section"] == "answer"}
        self.assertEqual(set(exported), {item["item_id"] for item in cat.items})
        for item in cat.items:
            row = exported[item["item_id"]]
            self.assertEqual(row["value"], str(answers[item["item_id"]]), item["item_id"])
            self.assertEqual(row["competence_id"], item["competence_id"])
            self.assertEqual(row["dimension"], item["dimension"])
            self.assertEqual(row["text"], item["text"])
        # The same answers as the saved portfolio holds.
        kept = read_portfolio(saved)["assessments"][-1]["answers"]
        self.assertEqual({k: v["value"] for k, v in exported.items() if v["value"]}, kept)
        scores = {row["id"]: row["value"] for row in rows if row["section"] == "score"}
        result = self.assess(saved).stdout
        for fields in self.parse_result(result):
            if fields[0] == "competence":
                self.assertEqual(scores[fields[1]] or "na", fields[2])
        goals = [row for row in rows if row["section"] == "goal"]
        self.assertEqual([g["id"] for g in goals],
                         [g["uid"] for g in read_portfolio(saved)["goals"]])
        self.assertTrue(any(row["section"] == "action" and row["activity_id"] for row in rows))

    def two_assessments(self):
        cat = catalogue()
        profile = cat.profiles[0]
        before = cat.persona(profile)
        after = dict(before)
        items = [i for i in cat.items if i["competence_id"] not in cat.competences_of(profile)]
        moved = items[0]["competence_id"]
        for item in items:
            if item["competence_id"] == moved:
                after[item["item_id"]] = 5

        def block(date, answers):
            lines = [f'  <assessment date="{date}">']
            lines += [f'    <answer item="{k}" value="{v}"/>' for k, v in answers.items()]
            return lines + ["  </assessment>"]

        text = ['<?xml version="1.0" encoding="UTF-8"?>',
                '<portfolio format="2" framework="sse-competences" framework-version="1">',
                '  <person name="Two Dates"/>']
        text += block("2026-01-10T09:00:00Z", before) + block("2026-06-20T09:00:00Z", after)
        text.append("</portfolio>")
        return self.write_text("two.sseportfolio", "\n".join(text) + "\n"), moved

    def test_two_assessments_pdf_shows_both_and_the_change(self):
        path, moved = self.two_assessments()
        pdf = self.path("two.pdf")
        self.assess(path, f"--pdf={pdf}")
        if not PDFTOTEXT:
            self.skipTest("pdftotext is not installed")
        raw = subprocess.run([PDFTOTEXT, "-raw", "-enc", "UTF-8", pdf, "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        text = normalise(raw)
        self.assertIn("10 January 2026", text)
        self.assertIn("20 June 2026", text)
        self.assertIn("What moved between 10 January 2026 and 20 June 2026", text)
        self.assertRegex(text, r"Competence Then Now Change .+ 25 100 \+75")

    def test_two_assessments_csv_keeps_both(self):
        path, _ = self.two_assessments()
        out = self.path("two.csv")
        self.assess(path, f"--csv={out}")
        with open(out, encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        dates = [row["id"] for row in rows if row["section"] == "assessment"]
        self.assertEqual(dates, ["2026-01-10T09:00:00Z", "2026-06-20T09:00:00Z"])
        per_date = {}
        for row in rows:
            if row["section"] == "answer":
                per_date.setdefault(row["parent"], 0)
                per_date[row["parent"]] += 1
        self.assertEqual(set(per_date), set(dates))

    def test_format_1_portfolio_still_loads(self):
        example = os.path.join(SOURCE_ROOT, "tests", "model", "files", "example.sseportfolio")
        if not SOURCE_ROOT or not os.path.exists(example):
            self.skipTest("SP_SOURCE_ROOT is not set")
        saved = self.path("again.sseportfolio")
        self.assess(example, f"--save={saved}")
        portfolio = read_portfolio(saved)
        self.assertEqual(portfolio["format"], "2")
        self.assertEqual(portfolio["target"], "facilitator")
        self.assertEqual([g["title"] for g in portfolio["goals"]],
                         ["Explain the SSE to a newcomer", "Take a course"])

    def test_unwritable_ics_fails_with_1(self):
        cat = catalogue()
        answers = self.write_answers("p.csv", cat.persona(cat.profiles[1]))
        missing = os.path.join(self.dir, "no-such-dir", "plan.ics")
        proc = run(f"--assess={answers}", f"--ics={missing}")
        self.assertEqual(proc.returncode, 1)
        self.assertIn("plan.ics", proc.stderr)


class LocaleTests(CliTestCase):
    def test_numbers_use_a_dot(self):
        probe = subprocess.run(["locale", "-a"], capture_output=True,
                               encoding="utf-8", check=False)
        names = {name.lower().replace("-", "") for name in probe.stdout.split()}
        if "fr_fr.utf8" not in names:
            self.skipTest(f"locale {LOCALE_FR} is not installed")
        cat = catalogue()
        answers = cat.persona(cat.profiles[6])
        answers[next(iter(answers))] = 3
        path = self.write_answers("l.csv", answers)
        plain = self.assess(path).stdout
        french = self.assess(path, env={"LC_ALL": LOCALE_FR}).stdout
        self.assertEqual(french, plain)
        self.parse_result(french)


if __name__ == "__main__":
    if not BINARY or not os.access(BINARY, os.X_OK):
        raise SystemExit(f"SP_BINARY is not an executable: {BINARY!r}")
    unittest.main(verbosity=2)
