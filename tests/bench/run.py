# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark suite of SSE Portfolio (issue 7).

Started by tests/bench/run.sh, which gives it one Xvfb server and one D-Bus
session bus. Every figure is printed as a ratio against a baseline measured
in the same run, and the table at the end says whether each target is met.
Python standard library only.
"""

import argparse
import csv
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TARGET_STARTUP_RATIO = 1.15
TARGET_RSS_MB = 20.0
TARGET_PDF_RATIO = 1.0
TARGET_TEAM_RATIO = 2.0
TARGET_SCORING_US = 100.0
TEAM_SIZES = (1000, 10000)

PROBE_LINE = re.compile(
    r"first-frame exec_ms=(?P<exec>\S+) ctor_ms=(?P<ctor>\S+) present_ms=(?P<present>\S+) "
    r"maxrss_kb=(?P<rss>\d+) cpu_ms=(?P<cpu>\S+) renderer=(?P<renderer>\S+)")


class Bench:
    def __init__(self, build_dir, runs, warmup, workdir, app=None):
        self.build = os.path.abspath(build_dir)
        self.runs = runs
        self.warmup = warmup
        self.workdir = workdir
        self.app = os.path.abspath(app or os.path.join(self.build, "src", "sse-portfolio"))
        self.bench_dir = os.path.join(self.build, "tests", "bench")
        self.probe = os.path.join(self.bench_dir, "libfirst-frame.so")
        self.rows = []
        self.renderer = "?"
        self.env = dict(os.environ)
        self.env.update({
            "GSETTINGS_SCHEMA_DIR": os.path.join(self.build, "data"),
            "GSETTINGS_BACKEND": "memory",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "",
            "TZ": "UTC",
        })

    # Running things

    def wait_with_rusage(self, proc, timeout):
        """Waits for @proc; returns (status, peak RSS in KiB) via wait4."""
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        return proc.returncode, usage.ru_maxrss

    def first_frame(self, argv):
        """One run to the first painted frame: (ms since exec, ms since the
        probe's constructor, peak RSS KiB, CPU ms of all threads, ms from the
        constructor to presenting the window)."""
        out = os.path.join(self.workdir, "first-frame.txt")
        if os.path.exists(out):
            os.unlink(out)
        env = dict(self.env)
        env["LD_PRELOAD"] = self.probe
        env["SP_BENCH_OUT"] = out
        with open(os.path.join(self.workdir, "stderr.txt"), "w") as err:
            env["SP_BENCH_T0_NS"] = str(time.monotonic_ns())
            proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err)
            status, rss = self.wait_with_rusage(proc, 30)
        match = None
        if os.path.exists(out):
            with open(out) as f:
                match = PROBE_LINE.search(f.read())
        if status != 0 or match is None:
            with open(os.path.join(self.workdir, "stderr.txt")) as f:
                sys.exit("bench: %s did not reach a first frame (status %d):\n%s"
                         % (argv[0], status, f.read()))
        self.renderer = match["renderer"]
        return (float(match["exec"]), float(match["ctor"]), rss, float(match["cpu"]),
                float(match["present"]))

    def wall(self, argv, stdout=subprocess.DEVNULL):
        """One run of a command to its end: (ms, peak RSS KiB)."""
        start = time.monotonic_ns()
        proc = subprocess.Popen(argv, env=self.env, stdin=subprocess.DEVNULL,
                                stdout=stdout, stderr=subprocess.PIPE)
        status, rss = self.wait_with_rusage(proc, 600)
        elapsed = (time.monotonic_ns() - start) / 1e6
        if status != 0:
            sys.exit("bench: %s failed (status %d): %s"
                     % (" ".join(argv[:3]), status, proc.stderr.read().decode()[:2000]))
        proc.stderr.close()
        return elapsed, rss

    def add(self, name, value, baseline, ratio, target, met):
        self.rows.append((name, value, baseline, ratio, target, met))

    # Start-up to first frame

    def bench_startup(self):
        programs = [
            ("gtk", [os.path.join(self.bench_dir, "baseline-gtk")]),
            ("adw", [os.path.join(self.bench_dir, "baseline-adw")]),
            ("app", [self.app]),
        ]
        samples = {name: [] for name, _ in programs}
        # Interleaved, so that a drift of the machine hits every program alike.
        for i in range(self.warmup + self.runs):
            for name, argv in programs:
                sample = self.first_frame(argv)
                if i >= self.warmup:
                    samples[name].append(sample)

        print("\n== Start-up to first frame (%d runs each, %d warm-up; renderer %s)"
              % (self.runs, self.warmup, self.renderer))
        print("%-22s %9s %9s %9s %11s %9s %9s %11s"
              % ("program", "median", "min", "max", "since ctor", "present", "CPU",
                 "peak RSS"))
        stats = {}
        for name, _ in programs:
            exec_ms = [s[0] for s in samples[name]]
            ctor_ms = [s[1] for s in samples[name]]
            rss_mb = statistics.median(s[2] for s in samples[name]) / 1024
            cpu_ms = statistics.median(s[3] for s in samples[name])
            stats[name] = (statistics.median(exec_ms), rss_mb, cpu_ms)
            label = {"gtk": "bare GTK window", "adw": "bare libadwaita window",
                     "app": "sse-portfolio"}[name]
            present_ms = statistics.median(s[4] for s in samples[name])
            print("%-22s %7.1fms %7.1fms %7.1fms %9.1fms %7.1fms %7.1fms %8.1f MB"
                  % (label, statistics.median(exec_ms), min(exec_ms), max(exec_ms),
                     statistics.median(ctor_ms), present_ms, cpu_ms, rss_mb))

        app_ms, app_mb, app_cpu = stats["app"]
        adw_ms, adw_mb, adw_cpu = stats["adw"]
        gtk_ms, _, _ = stats["gtk"]
        self.baseline_ms = adw_ms
        ratio = app_ms / adw_ms
        self.add("start-up / adw window", "%.1f ms" % app_ms, "%.1f ms" % adw_ms,
                 "%.2fx" % ratio, "<= %.2fx" % TARGET_STARTUP_RATIO,
                 ratio <= TARGET_STARTUP_RATIO)
        # CPU time is steadier than wall time on a busy machine.
        self.add("start-up CPU / adw window", "%.1f ms" % app_cpu, "%.1f ms" % adw_cpu,
                 "%.2fx" % (app_cpu / adw_cpu), "(info)", None)
        self.add("start-up / gtk window", "%.1f ms" % app_ms, "%.1f ms" % gtk_ms,
                 "%.2fx" % (app_ms / gtk_ms), "(info)", None)
        self.add("adw window / gtk window", "%.1f ms" % adw_ms, "%.1f ms" % gtk_ms,
                 "%.2fx" % (adw_ms / gtk_ms), "(info)", None)
        diff = app_mb - adw_mb
        self.add("peak RSS - adw window", "%.1f MB" % app_mb, "%.1f MB" % adw_mb,
                 "%+.1f MB" % diff, "<= +%.0f MB" % TARGET_RSS_MB, diff <= TARGET_RSS_MB)

    # PDF export

    def list_csv(self, option):
        out = subprocess.run([self.app, option], env=self.env, check=True,
                             capture_output=True, text=True).stdout
        return list(csv.DictReader(out.splitlines()))

    def write_personas(self, directory, count):
        """One persona per role: 5 on the role's competences, 2 on every other
        item, so every item is answered and the plan is full."""
        items = self.list_csv("--list-items")
        profiles = self.list_csv("--list-profiles")
        paths = []
        os.makedirs(directory, exist_ok=True)
        for profile in profiles[:count]:
            own = set(profile["competences"].split(";"))
            path = os.path.join(directory, "persona-%s.csv" % profile["profile_id"])
            with open(path, "w", newline="") as f:
                f.write("item_id,value\n")
                for item in items:
                    f.write("%s,%d\n" % (item["item_id"],
                                         5 if item["competence_id"] in own else 2))
            paths.append(path)
        return paths

    def bench_pdf(self):
        persona = self.write_personas(os.path.join(self.workdir, "personas"), 1)[0]
        pdf = os.path.join(self.workdir, "plan.pdf")
        argv = [self.app, "--assess=" + persona, "--pdf=" + pdf]
        times = []
        rss = []
        for i in range(self.warmup + self.runs):
            ms, kb = self.wall(argv)
            if i >= self.warmup:
                times.append(ms)
                rss.append(kb)
        median = statistics.median(times)
        print("\n== PDF export: --assess=persona.csv --pdf=out.pdf (%d runs)" % self.runs)
        print("median %.1f ms, min %.1f ms, max %.1f ms, peak RSS %.1f MB, %d bytes"
              % (median, min(times), max(times), statistics.median(rss) / 1024,
                 os.path.getsize(pdf)))
        ratio = median / self.baseline_ms
        self.add("PDF export / adw start-up", "%.1f ms" % median, "%.1f ms" % self.baseline_ms,
                 "%.2fx" % ratio, "< %.2fx" % TARGET_PDF_RATIO, ratio < TARGET_PDF_RATIO)

    # Team audit

    def has_team(self):
        out = subprocess.run([self.app, "--help"], env=self.env, capture_output=True,
                             text=True).stdout
        return "--team" in out and "--share" in out

    def write_shares(self, directory, count):
        """@count share files: ten made by the app from the personas, copied
        with a new member id and name each."""
        templates_dir = os.path.join(self.workdir, "share-templates")
        os.makedirs(templates_dir, exist_ok=True)
        templates = []
        for i, persona in enumerate(self.write_personas(
                os.path.join(self.workdir, "personas"), 10)):
            out = os.path.join(templates_dir, "t%d.sseshare" % i)
            if not os.path.exists(out):
                subprocess.run([self.app, "--assess=" + persona, "--share=" + out,
                                "--member-id=template-%d" % i,
                                "--member-name=Template %d" % i],
                               env=self.env, check=True, stdout=subprocess.DEVNULL)
            with open(out) as f:
                templates.append((i, f.read()))
        os.makedirs(directory, exist_ok=True)
        paths = []
        for n in range(count):
            i, text = templates[n % len(templates)]
            text = text.replace('"template-%d"' % i, '"member-%05d"' % n)
            text = text.replace('"Template %d"' % i, '"Member %d"' % n)
            path = os.path.join(directory, "member-%05d.sseshare" % n)
            with open(path, "w") as f:
                f.write(text)
            paths.append(path)
        return paths

    def bench_team(self):
        print("\n== Team audit")
        if not self.has_team():
            print("team audit: not available in this build")
            self.add("team audit", "-", "-", "-", "<= %.1fx" % TARGET_TEAM_RATIO, None)
            return
        xmllint = shutil.which("xmllint")
        if xmllint is None:
            print("team audit: xmllint is missing (apt: libxml2-utils)")
            return
        team_ms = {}
        lint_ms = {}
        runs = max(3, self.runs // 3)
        for size in TEAM_SIZES:
            paths = self.write_shares(os.path.join(self.workdir, "team-%d" % size), size)
            team = []
            lint = []
            for i in range(1 + runs):
                t_ms, _ = self.wall([self.app, "--team"] + paths)
                l_ms, _ = self.wall([xmllint, "--noout"] + paths)
                if i >= 1:
                    team.append(t_ms)
                    lint.append(l_ms)
            t_med = statistics.median(team)
            l_med = statistics.median(lint)
            team_ms[size] = t_med
            lint_ms[size] = l_med
            print("%6d files: --team %.1f ms (min %.1f), xmllint --noout %.1f ms (min %.1f)"
                  % (size, t_med, min(team), l_med, min(lint)))
            ratio = t_med / l_med
            self.add("team %d / xmllint" % size, "%.1f ms" % t_med, "%.1f ms" % l_med,
                     "%.2fx" % ratio, "<= %.1fx" % TARGET_TEAM_RATIO, ratio <= TARGET_TEAM_RATIO)
        small, large = TEAM_SIZES
        growth = team_ms[large] / team_ms[small]
        self.add("team growth %dx files" % (large // small), "%.1f ms" % team_ms[large],
                 "%.1f ms" % team_ms[small], "%.2fx" % growth,
                 "~%dx (linear)" % (large // small), growth <= 1.3 * large / small)
        self.add("xmllint growth", "%.1f ms" % lint_ms[large], "%.1f ms" % lint_ms[small],
                 "%.2fx" % (lint_ms[large] / lint_ms[small]), "(info)", None)

    # Scoring

    def bench_scoring(self):
        out = subprocess.run([os.path.join(self.bench_dir, "bench-scoring"), "20000"],
                             env=self.env, check=True, capture_output=True, text=True).stdout
        values = dict(re.findall(r"(\w+)=(\S+)", out))
        median = float(values["median_us"])
        print("\n== Scoring: flip one answer, sp_result_new (%s iterations)"
              % values["iterations"])
        print("median %.2f us, min %.2f us, max %.2f us"
              % (median, float(values["min_us"]), float(values["max_us"])))
        self.add("re-scoring", "%.2f us" % median, "-", "-",
                 "< %.0f us" % TARGET_SCORING_US, median < TARGET_SCORING_US)

    # Report

    def print_machine(self):
        cpu = "?"
        try:
            with open("/proc/cpuinfo") as f:
                for line in f:
                    if line.startswith("model name"):
                        cpu = line.split(":", 1)[1].strip()
                        break
        except OSError:
            pass
        print("machine: %s, %d CPUs (nproc), %s, Python %s"
              % (cpu, os.cpu_count() or 0, platform.platform(), platform.python_version()))
        print("display: %s (Xvfb), GSK_RENDERER=%s"
              % (os.environ.get("DISPLAY", "?"), os.environ.get("GSK_RENDERER", "(default)")))

    def print_table(self):
        print("\n== Summary (%s)" % self.build)
        header = ("figure", "value", "baseline", "ratio", "target", "met")
        widths = (26, 12, 12, 10, 16, 4)
        fmt = "  ".join("%%-%ds" % w for w in widths)
        print(fmt % header)
        print(fmt % tuple("-" * w for w in widths))
        for name, value, baseline, ratio, target, met in self.rows:
            flag = "-" if met is None else ("yes" if met else "NO")
            print(fmt % (name, value, baseline, ratio, target, flag))


def main():
    parser = argparse.ArgumentParser(description="SSE Portfolio benchmark suite")
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--only", default="startup,pdf,team,scoring",
                        help="comma-separated parts: startup,pdf,team,scoring")
    parser.add_argument("--app", help="the sse-portfolio to measure, e.g. another "
                        "build's, instead of BUILD_DIR/src/sse-portfolio")
    args = parser.parse_args()
    parts = set(args.only.split(","))

    with tempfile.TemporaryDirectory(prefix="sp-bench-") as workdir:
        bench = Bench(args.build_dir, args.runs, args.warmup, workdir, args.app)
        if not os.access(bench.app, os.X_OK) or not os.path.exists(bench.probe):
            sys.exit("bench: build %s first (ninja -C %s)" % (bench.build, args.build_dir))
        bench.print_machine()
        # The PDF figure is a ratio against the start-up baseline.
        if parts & {"startup", "pdf"}:
            bench.bench_startup()
        if "pdf" in parts:
            bench.bench_pdf()
        if "team" in parts:
            bench.bench_team()
        if "scoring" in parts:
            bench.bench_scoring()
        bench.print_table()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    main()
