# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader sees, and a run with the keyboard alone.

Drives the real application through AT-SPI, the accessibility bus that
Orca reads: every page and dialog is audited for controls without an
accessible name, and the whole job, from the welcome page to the plan, is
done with key presses only. Run by run-a11y.sh, inside Xvfb and a private
D-Bus session.

Usage: test_a11y.py SSE-PORTFOLIO-BINARY
"""

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP_NAME = "sse-portfolio"
N_ITEMS = 156

# Roles a person acts on or reads a value from: each needs a name.
NAMED_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.TEXT, Atspi.Role.ENTRY,
    Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON, Atspi.Role.COMBO_BOX,
    Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM, Atspi.Role.RADIO_MENU_ITEM,
    Atspi.Role.SLIDER, Atspi.Role.LINK, Atspi.Role.LEVEL_BAR,
    Atspi.Role.PROGRESS_BAR, Atspi.Role.IMAGE, Atspi.Role.LIST_ITEM,
    Atspi.Role.PAGE_TAB, Atspi.Role.TREE_ITEM,
}
if hasattr(Atspi.Role, "SWITCH"):
    NAMED_ROLES.add(Atspi.Role.SWITCH)

# Containers: focusable ones (a scrolled window) are passed through by
# the focus and need no name of their own.
CONTAINER_ROLES = {
    Atspi.Role.PANEL, Atspi.Role.FILLER, Atspi.Role.SCROLL_PANE,
    Atspi.Role.SCROLL_BAR, Atspi.Role.VIEWPORT, Atspi.Role.SEPARATOR,
    Atspi.Role.FRAME, Atspi.Role.DIALOG, Atspi.Role.WINDOW, Atspi.Role.ALERT,
    Atspi.Role.TABLE, Atspi.Role.LIST, Atspi.Role.LIST_BOX, Atspi.Role.TREE,
    Atspi.Role.TREE_TABLE, Atspi.Role.PAGE_TAB_LIST, Atspi.Role.TOOL_BAR,
    Atspi.Role.MENU_BAR, Atspi.Role.MENU, Atspi.Role.POPUP_MENU,
    Atspi.Role.SECTION, Atspi.Role.GROUPING, Atspi.Role.LABEL,
    Atspi.Role.HEADING, Atspi.Role.PARAGRAPH, Atspi.Role.TABLE_CELL,
}

# GTK 4.8 falls back to the widget's type name when it has no name at all.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Sp|Gdk)[A-Z]\w*$")
# A mnemonic marker read out as part of the name ("_Next Next").
MNEMONIC = re.compile(r"(^|\s)_\w")

KEYSYMS = {
    "Tab": 0xff09, "Return": 0xff0d, "Escape": 0xff1b, "Left": 0xff51,
    "Up": 0xff52, "Right": 0xff53, "Down": 0xff54, "Home": 0xff50,
    "End": 0xff57, "F10": 0xffc7,
}

failures = []


def fail(message):
    print("FAIL:", message, flush=True)
    failures.append(message)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


def log(message):
    print("#", message, flush=True)


# AT-SPI helpers ---------------------------------------------------------

def role(node):
    try:
        return node.get_role()
    except Exception:
        return None


def name(node):
    try:
        return node.get_name() or ""
    except Exception:
        return ""


def has_state(node, state):
    try:
        return node.get_state_set().contains(state)
    except Exception:
        return False


def children(node):
    try:
        count = node.get_child_count()
    except Exception:
        return []
    result = []
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            child = None
        if child is not None:
            result.append(child)
    return result


def allocated(node):
    """Whether GTK gave the node a place: the pages of a stack other than
    the one shown, and closed popovers, have none."""
    if role(node) in (Atspi.Role.FRAME, Atspi.Role.DIALOG, Atspi.Role.WINDOW):
        return True
    try:
        extents = node.get_extents(Atspi.CoordType.WINDOW)
    except Exception:
        return True
    return extents.width > 0 or extents.height > 0


def visible_nodes(node):
    """The node and its descendants that GTK shows (a hidden widget hides
    its children). A named combo box is one control to a screen reader:
    its arrow and its list are its own business."""
    if not has_state(node, Atspi.StateType.VISIBLE) or not allocated(node):
        return
    yield node
    if role(node) == Atspi.Role.COMBO_BOX and not is_nameless(name(node)):
        return
    for child in children(node):
        yield from visible_nodes(child)


def describe(node):
    parts = []
    current = node
    for _ in range(4):
        if current is None:
            break
        parts.append("%s '%s'%s" % (current.get_role_name(), name(current)[:40],
                                    "*" if has_state(current, Atspi.StateType.FOCUSABLE) else ""))
        try:
            current = current.get_parent()
        except Exception:
            break
    return " < ".join(parts)


def find_app(timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = Atspi.get_desktop(0)
        for app in children(desktop):
            if name(app) == APP_NAME:
                # Always ask the application: states change under us.
                app.set_cache_mask(Atspi.Cache.NONE)
                return app
        time.sleep(0.2)
    return None


def windows(app):
    return [w for w in children(app) if has_state(w, Atspi.StateType.VISIBLE)]


def wait_for(predicate, timeout=10, what="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    fail("timed out waiting for " + what)
    return None


def find(root, predicate):
    for node in visible_nodes(root):
        if predicate(node):
            return node
    return None


def find_named(root, wanted_role, wanted_name):
    return find(root, lambda n: role(n) == wanted_role and name(n) == wanted_name)


def window_named(app, wanted):
    for window in windows(app):
        if name(window) == wanted:
            return window
    return None


# The last control that told the bus it took the focus.
last_focus = [None]


def on_focus_event(event):
    if event.detail1:
        last_focus[0] = event.source


focus_listener = Atspi.EventListener.new(on_focus_event)


def pump_events():
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def top_level(node):
    current = node
    for _ in range(100):
        try:
            parent = current.get_parent()
        except Exception:
            return None
        if parent is None or role(parent) == Atspi.Role.APPLICATION:
            return current
        current = parent
    return None


def focused(window):
    """The control of @window that has the keyboard focus."""
    pump_events()
    node = last_focus[0]
    if (node is not None and has_state(node, Atspi.StateType.FOCUSED)
            and top_level(node) == window):
        return node
    return None


def titles(window):
    """The title and subtitle shown in the window's header bar."""
    header = find(window, lambda n: role(n) == Atspi.Role.FILLER
                  and name(n) == "AdwWindowTitle")
    if header is None:
        return []
    return [name(n) for n in visible_nodes(header) if role(n) == Atspi.Role.LABEL]


def subtitle(window):
    found = titles(window)
    return found[1] if len(found) > 1 else ""


def text_of(node):
    try:
        count = node.get_character_count()
        return node.get_text(0, count)
    except Exception:
        return None


# Keys -------------------------------------------------------------------

def keysym(key):
    if key in KEYSYMS:
        return KEYSYMS[key]
    if len(key) == 1:
        return ord(key)
    raise KeyError(key)


MODIFIER_MASKS = {"Shift": 1 << 0, "Control": 1 << 2, "Alt": 1 << 3}


def press(key, *modifiers, pause=0.15):
    """Presses @key with @modifiers held, as the X server's keyboard."""
    mask = 0
    for modifier in modifiers:
        mask |= MODIFIER_MASKS[modifier]
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym(key), None, Atspi.KeySynthType.SYM)
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(pause)
    pump_events()


def type_text(text):
    for char in text:
        Atspi.generate_keyboard_event(ord(char), None, Atspi.KeySynthType.SYM)
        time.sleep(0.03)
    time.sleep(0.2)


# Checks -----------------------------------------------------------------

def needs_name(node):
    node_role = role(node)
    if node_role in NAMED_ROLES:
        return True
    return (has_state(node, Atspi.StateType.FOCUSABLE)
            and node_role not in CONTAINER_ROLES)


def decorative(node):
    """An icon inside a named row or button: the row says it all."""
    if role(node) != Atspi.Role.IMAGE:
        return False
    current = node
    for _ in range(6):
        try:
            current = current.get_parent()
        except Exception:
            return False
        if current is None:
            return False
        if role(current) in (Atspi.Role.LIST_ITEM, Atspi.Role.PUSH_BUTTON,
                             Atspi.Role.TOGGLE_BUTTON, Atspi.Role.TEXT):
            return not is_nameless(name(current))
    return False


def said_twice(text):
    """GTK 4.8 joins a label property and the labelled-by relation."""
    words = text.split()
    half = len(words) // 2
    return half > 0 and len(words) % 2 == 0 and words[:half] == words[half:]


def is_nameless(text):
    return text.strip() == "" or TYPE_NAME.match(text) is not None


def audit(window, page):
    """Every control and value shown in @window has a name a screen
    reader can say, without mnemonic underscores."""
    checked = 0
    seen = set()
    for node in visible_nodes(window):
        text = name(node)
        problem = None
        if needs_name(node):
            checked += 1
            if is_nameless(text) and not decorative(node):
                problem = "has no accessible name"
        if problem is None and MNEMONIC.search(text):
            problem = "has a mnemonic underscore in its name"
        if problem is None and said_twice(text):
            problem = "says its name twice"
        if problem is not None:
            where = describe(node)
            if where not in seen:
                seen.add(where)
                fail("%s: %s: %s" % (page, problem, where))
    log("%s: %d controls checked" % (page, checked))
    check(checked > 0, page + ": no controls found")


def tab_cycle(window, page, limit=200):
    """Tab visits every stop of @window and comes back to the first: no
    stop keeps the focus (a keyboard trap), every stop has a name."""
    stops = []
    previous = None
    for _ in range(limit):
        press("Tab", pause=0.12)
        node = focused(window)
        if node is None:
            continue
        if previous is not None and node == previous:
            fail("%s: Tab does not leave %s" % (page, describe(node)))
            press("Tab", "Control")  # the way out GTK offers
            return stops
        if stops and node == stops[0]:
            log("%s: %d Tab stops" % (page, len(stops)))
            return stops
        if node not in stops and is_nameless(name(node)):
            fail("%s: Tab stops on a control without a name: %s" % (page, describe(node)))
        stops.append(node)
        previous = node
    fail("%s: Tab never came back to the first stop" % page)
    return stops


def tab_to(window, wanted_role, wanted_name, page, limit=200):
    """Presses Tab until the focus is on the named control."""
    for _ in range(limit):
        node = focused(window)
        if node is not None and role(node) == wanted_role and name(node) == wanted_name:
            return node
        press("Tab", pause=0.12)
    fail("%s: Tab never reaches %s '%s'" % (page, wanted_role.value_nick, wanted_name))
    return None


def focus_window(window):
    """Gives @window the keyboard focus, as a window manager would when it
    opens (Xvfb runs none)."""
    pattern = "^%s$" % re.escape(name(window))
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern],
                         capture_output=True, text=True).stdout.split()
    if not check(ids, "no X window is called '%s'" % name(window)):
        return
    subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
    time.sleep(0.2)


def close_with_escape(app, dialog, parent, what):
    """Escape closes @dialog, and the focus goes back to @parent."""
    press("Escape", pause=0.5)
    wait_for(lambda: dialog not in windows(app), 5, what + " to close on Escape")
    focus_window(parent)


def wait_subtitle(window, wanted, timeout=10):
    return wait_for(lambda: subtitle(window) == wanted, timeout,
                    "the subtitle '%s' (have '%s')" % (wanted, subtitle(window)))


def wait_window(app, wanted, timeout=10):
    return wait_for(lambda: window_named(app, wanted), timeout, "the window '%s'" % wanted)


def wait_new_window(app, before, timeout=10):
    def new():
        for window in windows(app):
            if window not in before:
                time.sleep(0.3)
                focus_window(window)
                return window
        return None
    return wait_for(new, timeout, "a new window")


# Fixtures ---------------------------------------------------------------

def run_cli(binary, *args):
    return subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout


def item_ids(binary):
    rows = csv.DictReader(io.StringIO(run_cli(binary, "--list-items")))
    return [row["item_id"] for row in rows]


def write_answers(path, items, value_of):
    with open(path, "w", encoding="utf-8") as out:
        out.write("item_id,value\n")
        for index, item in enumerate(items):
            out.write("%s,%s\n" % (item, value_of(index, item)))


def make_fixtures(binary, workdir):
    items = item_ids(binary)
    check(len(items) == N_ITEMS, "expected %d items, have %d" % (N_ITEMS, len(items)))

    # Two assessments three months apart: the result compares them.
    then_csv = os.path.join(workdir, "then.csv")
    now_csv = os.path.join(workdir, "now.csv")
    write_answers(then_csv, items, lambda i, item: 2 + (i % 2))
    write_answers(now_csv, items,
                  lambda i, item: 5 if item.startswith("facilitator-") else 2 + (i % 3))
    then_file = os.path.join(workdir, "then.sseportfolio")
    now_file = os.path.join(workdir, "now.sseportfolio")
    run_cli(binary, "--assess=" + then_csv, "--save=" + then_file)
    run_cli(binary, "--assess=" + now_csv, "--save=" + now_file)
    with open(then_file, encoding="utf-8") as f:
        then_text = f.read()
    with open(now_file, encoding="utf-8") as f:
        now_text = f.read()
    old = re.search(r"  <assessment .*?</assessment>\n", then_text, re.S).group(0)
    old = re.sub(r'date="\d{4}-', 'date="2000-', old, count=1)
    both = now_text.replace("  <assessment ", old + "  <assessment ", 1)
    compare_file = os.path.join(workdir, "compare.sseportfolio")
    with open(compare_file, "w", encoding="utf-8") as f:
        f.write(both)

    # A team of three who agree to be shown by name: the heat map shows.
    shares = []
    for member in range(3):
        answers = os.path.join(workdir, "member%d.csv" % member)
        write_answers(answers, items, lambda i, item, m=member: 1 + (i + m) % 5)
        share = os.path.join(workdir, "member%d.sseshare" % member)
        run_cli(binary, "--assess=" + answers, "--share=" + share,
                "--member-name=Member %d" % (member + 1), "--show-name")
        shares.append(share)
    team_file = os.path.join(workdir, "team.sseteam")
    run_cli(binary, "--team", *shares, "--save-team=" + team_file)

    return compare_file, team_file


# The walk ---------------------------------------------------------------

def question_label(window):
    return find(window, lambda n: role(n) == Atspi.Role.LABEL
                and name(n).startswith("Question "))


def answer_all(window, first_label):
    """Answers every item with the number keys, skipping every seventh
    with S; audits the last item before answering it."""
    label = first_label
    for index in range(N_ITEMS):
        if index == N_ITEMS - 1:
            audit(window, "questionnaire, last item")
        before = name(label)
        press("s" if index % 7 == 6 else str(1 + index % 5), pause=0.05)
        if index < N_ITEMS - 1:
            # The page moves on by itself after a short pause.
            if not wait_for(lambda: name(label) != before, 5, "question %d" % (index + 2)):
                return False
    return True


def walk_questionnaire(app, window):
    audit(window, "welcome")
    tab_cycle(window, "welcome")
    start = tab_to(window, Atspi.Role.PUSH_BUTTON, "Start", "welcome")
    if start is None:
        return False
    press("Return")
    if not wait_subtitle(window, "Step 1 of 5"):
        return False
    label = wait_for(lambda: question_label(window), 5, "the question label")
    check(name(label).startswith("Question 1 of"), "starts at the first item")
    audit(window, "questionnaire, first item")
    tab_cycle(window, "questionnaire")

    # Answer the first item, come back to it: the answer is shown.
    press("4")
    wait_for(lambda: name(label).startswith("Question 2 of"), 5, "the second item")
    press("Left", "Alt")
    wait_for(lambda: name(label).startswith("Question 1 of"), 5, "back to the first item")
    chosen = find_named(window, Atspi.Role.CHECK_BOX, "Mostly true of me")
    check(chosen is not None and has_state(chosen, Atspi.StateType.CHECKED),
          "the answered item shows its answer to a screen reader")
    audit(window, "questionnaire, answered item")

    if not answer_all(window, label):
        return False
    # Enter on the last item opens the result.
    press("Return")
    return wait_subtitle(window, "Step 4 of 5") is not None


def check_image(window, page, image_name):
    """Charts are images with a name, not bare drawings."""
    check(find_named(window, Atspi.Role.IMAGE, image_name) is not None,
          "%s: no image called '%s'" % (page, image_name))


def walk_plan(app, window):
    audit(window, "result")
    check_image(window, "result", "Competence radar chart")
    tab_cycle(window, "result")
    if tab_to(window, Atspi.Role.PUSH_BUTTON, "Make My Plan", "result") is None:
        return False
    press("Return")
    if not wait_subtitle(window, "Step 5 of 5"):
        return False
    time.sleep(0.5)
    audit(window, "plan")
    tab_cycle(window, "plan")

    # Edit the first goal's title, then take it back with Ctrl+Z.
    goal = tab_to(window, Atspi.Role.TEXT, "Goal", "plan")
    if goal is None:
        return False
    original = text_of(goal)
    press("End", "Control")
    type_text(" soon")
    check(text_of(goal) == original + " soon",
          "typing edits the goal title (have %r)" % text_of(goal))
    press("z", "Control", pause=0.5)
    check(text_of(goal) == original,
          "Ctrl+Z takes the edit back (have %r, want %r)" % (text_of(goal), original))

    # Ctrl+E asks where to export the PDF; Escape closes the question.
    before = windows(app)
    press("e", "Control")
    chooser = wait_new_window(app, before)
    if chooser is not None:
        check(name(chooser) == "Export Plan as PDF",
              "Ctrl+E opens the export dialog (have '%s')" % name(chooser))
        close_with_escape(app, chooser, window, "the export dialog")
    return True


def walk_activities(app, window):
    browse = tab_to(window, Atspi.Role.PUSH_BUTTON, "Browse Activities…", "plan")
    if browse is None:
        return
    before = windows(app)
    press("Return")
    browser = wait_new_window(app, before)
    if browser is None:
        return
    time.sleep(0.5)
    audit(browser, "activity library")
    tab_cycle(browser, "activity library")

    row = None
    for _ in range(40):
        row = focused(browser)
        if row is not None and role(row) == Atspi.Role.LIST_ITEM:
            break
        press("Tab", pause=0.12)
    if check(row is not None and role(row) == Atspi.Role.LIST_ITEM,
             "Tab reaches an activity in the library"):
        before = windows(app)
        press("Return")
        dialog = wait_new_window(app, before)
        if dialog is not None:
            time.sleep(0.3)
            audit(dialog, "activity dialog")
            tab_cycle(dialog, "activity dialog")
            close_with_escape(app, dialog, browser, "the activity dialog")
    close_with_escape(app, browser, window, "the activity library")


def activate_menu_item(app, window, item):
    """Opens the main menu with F10 and picks @item with the arrows."""
    press("F10", pause=0.5)
    for _ in range(30):
        node = None
        for candidate in windows(app) + [window]:
            node = focused(candidate)
            if node is not None:
                break
        if node is not None and name(node) == item:
            press("Return", pause=0.5)
            return True
        press("Down", pause=0.1)
    fail("the main menu has no item '%s' reachable with the arrows" % item)
    press("Escape")
    return False


def walk_share(app, window):
    before = windows(app)
    if not activate_menu_item(app, window, "Share with Your Team…"):
        return
    dialog = wait_new_window(app, before)
    if dialog is None:
        return
    time.sleep(0.3)
    audit(dialog, "share dialog")
    tab_cycle(dialog, "share dialog")
    close_with_escape(app, dialog, window, "the share dialog")


def walk_comparison(app, binary, compare_file):
    before = windows(app)
    subprocess.run([binary, compare_file], check=True)
    window = wait_new_window(app, before)
    if window is None:
        return
    wait_subtitle(window, "Step 4 of 5")
    time.sleep(0.5)
    audit(window, "result with a comparison")
    check_image(window, "result with a comparison", "Competence radar chart")
    tab_cycle(window, "result with a comparison")


def walk_team(app, window, team_file):
    focus_window(window)
    before = windows(app)
    if not activate_menu_item(app, window, "Team Audit…"):
        return
    team = wait_new_window(app, before)
    if team is None:
        return
    time.sleep(0.3)
    audit(team, "team window, empty")

    before = windows(app)
    press("o", "Control")
    chooser = wait_new_window(app, before)
    if chooser is None:
        return
    time.sleep(0.5)
    type_text(team_file)
    press("Return", pause=1.0)
    wait_for(lambda: chooser not in windows(app), 5, "the file chooser to close")
    focus_window(team)
    # The window is named after the audit's file.
    wait_for(lambda: name(team) == "team", 10, "the merged team")
    time.sleep(0.5)
    audit(team, "team window with a merged team")
    check_image(team, "team window", "Heat map of members by competences")
    tab_cycle(team, "team window with a merged team")

    # The settings (the smallest group, a spin button) open from the keys.
    if tab_to(team, Atspi.Role.PUSH_BUTTON, "Audit Settings", "team window"):
        press("Return", pause=0.5)
        spin = wait_for(lambda: find(team, lambda n: role(n) == Atspi.Role.SPIN_BUTTON),
                        5, "the audit settings")
        if spin is not None:
            audit(team, "team settings")
            press("Escape", pause=0.3)


def main():
    binary = os.path.abspath(sys.argv[1])
    workdir = tempfile.mkdtemp(prefix="sp-a11y-")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = os.path.join(workdir, variable.lower())
    os.environ["GTK_USE_PORTAL"] = "0"
    os.environ.pop("NO_AT_BRIDGE", None)
    Atspi.init()
    focus_listener.register("object:state-changed:focused")
    compare_file, team_file = make_fixtures(binary, workdir)

    app_process = subprocess.Popen([binary])
    try:
        app = find_app()
        if app is None:
            fail("the application never showed up on the accessibility bus")
            return 1
        window = wait_window(app, "SSE Portfolio")
        if window is None:
            return 1
        time.sleep(0.5)
        focus_window(window)
        if walk_questionnaire(app, window) and walk_plan(app, window):
            walk_activities(app, window)
            walk_share(app, window)
        walk_comparison(app, binary, compare_file)
        walk_team(app, window, team_file)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        shutil.rmtree(workdir, ignore_errors=True)

    if failures:
        print("%d accessibility problems" % len(failures))
        return 1
    print("every control named, every step done with the keyboard")
    return 0


if __name__ == "__main__":
    sys.exit(main())
