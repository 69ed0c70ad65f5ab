"""What the browser tests share: the site a test opens pages of, the
registry of tests, and the helpers that read a page or hand it a file."""

import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import launch  # noqa: E402

HOSTILE = "<img src=x onerror=alert(1)>"
HEADER = "participant\taction\tdate_from\tdate_to\tplace\tprovisions\tconfidence\tsource\tnote\n"

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Site:
    """The browser, the server of the built site, and what every page did wrong."""

    def __init__(self, playwright, base, shots):
        self.base = base
        self.shots = shots
        self.context = launch(playwright, accept_downloads=True)
        self.dialogs = []
        self.errors = []

    def open(self, query="", width=1280):
        page = self.context.new_page()
        page.set_viewport_size({"width": width, "height": 900 if width > 600 else 844})
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(f"{query}: {e}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"{query}: {m.text}"))
        page.goto(self.base + query)
        page.wait_for_selector("body[data-ready=true]", timeout=15000)
        return page

    def shot(self, page, name):
        if self.shots:
            page.screenshot(path=os.path.join(self.shots, f"{name}.png"), full_page=True)


def text(page, selector):
    return page.locator(selector).first.inner_text()


def params(page):
    return page.evaluate("Object.fromEntries(new URLSearchParams(location.search))")


def data_version(site, treaty="hanoi"):
    """The data version and last day the Data view names for `treaty`."""
    page = site.open(f"?view=data&treaty={treaty}")
    found = re.search(r"data version (\S+), events up to (\d{4}-\d\d-\d\d)", text(page, "#data-version"))
    page.close()
    return found.group(1), found.group(2)


def engine(page, request):
    """The crate's answer to `request`, asked in the page (the same module the page uses)."""
    return page.evaluate("r => import('./engine.js').then(m => m.ask(r))", request)


def day_text(x):
    if not x:
        return ""
    return x["from"] if x["from"] == x["to"] else f"between {x['from']} and {x['to']}"


def smallest_text(svg):
    """The smallest font size of an SVG's texts, and the width of its viewBox."""
    sizes = [float(v) for v in re.findall(r'<text[^>]*font-size="([0-9.]+)"', svg)]
    width = float(re.search(r'viewBox="0 0 ([0-9.]+) ', svg).group(1))
    return min(sizes), width


def upload(page, name, content):
    page.set_input_files("#file-input", files=[{"name": name, "mimeType": "text/plain", "buffer": content}])
    page.wait_for_selector("#file-result h3, #file-result .message")


def many_problems(limit=2 * 1024 * 1024):
    """A file just under the limit whose every row breaks a rule (signed before the treaty existed)."""
    row = "FRA\tsignature\t2025-01-01\t\t\t\thigh\tmy notes\t\n"
    n = (limit - len(HEADER)) // len(row)
    return (HEADER + row * n).encode(), n
