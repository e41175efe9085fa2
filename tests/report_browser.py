#!/usr/bin/python3
"""The HTML report in a real browser: Debian's chromium, headless. Writes the report of the
built-in data and of the hostile fixture, takes a laptop-sized screenshot into OUT_DIR,
and checks, from the DOM chromium dumps after the page's script ran:
  - no console message and no uncaught error from the page (chromium's log);
  - the table filter: `#filter=X.1051` in the address hides exactly the rows that do not
    contain X.1051, `#status=approved` every row of another status, and the count says so;
  - the hostile records stay text: one script (the page's own), no event handler.
Exits 77 (CTest's SKIP_RETURN_CODE) when no chromium is found.
Usage: report_browser.py STDGRAPH SOURCE_DIR OUT_DIR"""
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

SKIP = 77
TIMEOUT = 60  # seconds per chromium run; CTest's TIMEOUT bounds the whole test
failures = []


def check(ok, message):
    print(("ok:   " if ok else "FAIL: ") + message)
    if not ok:
        failures.append(message)


def find_chromium():
    for name in (os.environ.get("STDGRAPH_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run(cmd, timeout=TIMEOUT):
    """Runs cmd in its own process group, killed whole when it overruns."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        raise SystemExit(f"FAIL: timed out after {timeout} s: {' '.join(cmd)}")
    return p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def chromium(browser, url, *args):
    """One headless run with a fresh profile; returns (stdout, the page's console lines)."""
    with tempfile.TemporaryDirectory(prefix="stdgraph-chromium-") as profile:
        code, out, err = run([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                              "--no-first-run", "--disable-extensions", "--mute-audio",
                              f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                              "--virtual-time-budget=5000", *args, url])
    if code != 0:
        raise SystemExit(f"FAIL: chromium exited with {code} on {url}:\n{err[-2000:]}")
    # Console messages and uncaught errors of pages, as chromium logs them:
    # [..:INFO:CONSOLE:12] "Uncaught ReferenceError: f is not defined", source: file:///... (12)
    page = url.split("#")[0]
    console = [line for line in err.splitlines()
               if (":CONSOLE" in line and page in line) or "Uncaught" in line]
    return out, console


class Dom(HTMLParser):
    """The item table's rows (visible or hidden), scripts and event handlers of a DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.row, self.cell = [], None, None
        self.scripts, self.handlers, self.shown, self.in_shown = 0, [], "", False
        self.in_items = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script":
            self.scripts += 1
        if tag == "table" and a.get("id") == "items":
            self.in_items = True
        if tag == "tr" and self.in_items and (a.get("id") or "").startswith("row-"):
            self.row = {"id": a["id"], "hidden": "hidden" in a, "status": a.get("data-status"),
                        "text": "", "cells": []}
        if tag == "td" and self.row is not None:
            self.cell = ""
        if tag == "span" and a.get("id") == "shown":
            self.in_shown = True

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row["cells"].append(self.cell)
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        if tag == "table":
            self.in_items = False
        if tag == "span":
            self.in_shown = False

    def handle_data(self, data):
        if self.row is not None:
            self.row["text"] += data
        if self.cell is not None:
            self.cell += data
        if self.in_shown:
            self.shown += data


def dom(text):
    d = Dom()
    d.feed(text)
    d.close()
    return d


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def self_check(browser, out_dir):
    """The console check must be able to fail: a page with an error is caught."""
    page = os.path.join(out_dir, "browser-selfcheck.html")
    with open(page, "w") as f:
        f.write("<!DOCTYPE html><title>t</title><p>x</p>"
                "<script>no_such_function();</script>\n")
    _, console = chromium(browser, "file://" + page, "--dump-dom")
    check(any("no_such_function" in line for line in console),
          "the console check sees an uncaught error in a broken page")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    stdgraph, source_dir, out_dir = sys.argv[1:]
    browser = find_chromium()
    if not browser:
        print("SKIP: no chromium found (scripts/deps installs Debian's chromium; "
              "STDGRAPH_CHROMIUM=PATH names another)")
        return SKIP
    os.makedirs(out_dir, exist_ok=True)
    out_dir = os.path.abspath(out_dir)
    print(f"browser: {browser}")
    self_check(browser, out_dir)

    report = os.path.join(out_dir, "report.html")
    code, out, err = run([stdgraph, "report", "-o", report])
    check(code == 0, f"stdgraph report wrote {report} ({err.strip()[-300:]})")
    url = "file://" + report

    shot = os.path.join(out_dir, "report.png")
    if os.path.exists(shot):
        os.remove(shot)
    _, console = chromium(browser, url, "--hide-scrollbars", "--window-size=1366,900",
                          f"--screenshot={shot}")
    check(png_size(shot) == (1366, 900), f"screenshot at laptop size in {shot}")
    check(not console, "no console message while the page loads: " + "; ".join(console))

    text, console = chromium(browser, url, "--dump-dom")
    check(not console, "no console message with --dump-dom: " + "; ".join(console))
    page = dom(text)
    rows = page.rows
    check(len(rows) > 20, f"the item table has rows ({len(rows)})")
    check(not any(r["hidden"] for r in rows), "without a filter every row shows")
    check(page.shown.strip() == str(len(rows)), f"the count says {len(rows)} ({page.shown})")
    check(page.scripts == 1, "one script: the page's own")

    # The text filter, from the address: rows containing X.1051, nothing else.
    text, console = chromium(browser, url + "#filter=X.1051", "--dump-dom")
    check(not console, "no console message when filtering: " + "; ".join(console))
    filtered = dom(text)
    want = {r["id"] for r in rows if "x.1051" in r["text"].lower()}
    shown = {r["id"] for r in filtered.rows if not r["hidden"]}
    check(0 < len(want) < len(rows), f"X.1051 is in some rows but not all ({len(want)})")
    check(shown == want, f"#filter=X.1051 shows exactly those rows ({len(shown)} shown)")
    check(len(filtered.rows) == len(rows), "filtering hides rows, it removes none")
    check(filtered.shown.strip() == str(len(want)), f"the count says {len(want)}")

    # The status filter: only approved rows.
    text, console = chromium(browser, url + "#status=approved", "--dump-dom")
    check(not console, "no console message when filtering by status: " + "; ".join(console))
    by_status = dom(text)
    shown = [r for r in by_status.rows if not r["hidden"]]
    approved = [r for r in rows if r["status"] == "approved"]
    check(0 < len(shown) < len(rows), f"#status=approved shows some rows ({len(shown)})")
    check(len(shown) == len(approved) and all(r["status"] == "approved" for r in shown),
          "#status=approved shows exactly the approved rows")

    # Hostile records: after the page's script ran, still one script and no handlers.
    hostile = os.path.join(out_dir, "report-hostile.html")
    fixture = os.path.join(source_dir, "tests", "fixtures", "hostile")
    code, out, err = run([stdgraph, "--data", fixture, "report", "-o", hostile])
    check(code == 0, "stdgraph report of the hostile fixture")
    text, console = chromium(browser, "file://" + hostile, "--dump-dom")
    check(not console, "no console message on the hostile report: " + "; ".join(console))
    evil = dom(text)
    check(evil.scripts == 1, f"the hostile report runs one script ({evil.scripts})")
    check(not evil.handlers, f"no event handler in the hostile report's DOM ({evil.handlers})")
    titles = {r["cells"][1] for r in evil.rows}
    check(any("<script>alert('xss')</script>" in t for t in titles),
          "a <script> title shows as text in its cell")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
