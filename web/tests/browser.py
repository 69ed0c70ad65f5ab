"""The site in a real browser (headless Chromium, driven by Playwright),
read as a person would: each test loads a page or a URL, acts on the
controls, and checks what is on the screen.

    python3 web/tests/browser.py SITE_DIR [--shots DIR]

SITE_DIR is a site built by web/build.sh. With --shots, screenshots of
the main views (desktop and phone size) are saved there. The last line is
"N passed, M failed"; the exit code is 1 when any failed.
"""

import argparse
import os
import re
import sys
import threading
import traceback

# The test modules are imported from a source tree: no __pycache__ is left in it.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import serve, wait_until  # noqa: E402

from playwright.sync_api import sync_playwright  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from common import (HEADER, HOSTILE, TESTS, Site, data_version, params, test, text,  # noqa: E402
                    upload)


@test
def a_day_changes_the_counts(site):
    page = site.open("?as_of=2025-10-26")
    assert text(page, "#card-signatories .big") == "72", text(page, "#card-signatories")
    assert text(page, "#status-title") == "Status on 2025-10-26"
    default = site.open("")
    assert int(text(default, "#card-signatories .big")) > 72
    assert params(default) == {}
    default.fill("#day", "2025-10-26")
    default.dispatch_event("#day", "change")
    assert text(default, "#card-signatories .big") == "72"
    assert params(default) == {"as_of": "2025-10-26"}
    site.shot(default, "status-desktop")


@test
def each_count_has_its_list(site):
    page = site.open("?as_of=2026-04-01")
    page.get_by_role("button", name=re.compile(r"^signatories in the group African:")).click()
    title = text(page, "#status-list-title")
    assert title.startswith("Signatories in the group African on 2026-04-01: "), title
    n = int(title.rsplit(": ", 1)[1].split()[0])
    assert page.locator("#status-table tbody tr").count() == n > 0
    assert params(page)["list_group"] == "African"
    page.get_by_role("button", name=re.compile(r"^parties in all:")).click()
    assert "possibly" in text(page, "#status-table"), "a deposit known only to a window is marked"
    assert "(2 possible only)" in text(page, "#status-list-title")
    # Focus stays on the count the reader chose, though the view was made anew.
    assert page.evaluate("document.activeElement.dataset.key") == "count-parties-"
    assert "Parties on 2026-04-01" in text(page, "#announce")


@test
def a_day_after_the_data_says_so(site):
    _, as_of = data_version(site)
    page = site.open("?as_of=2031-01-01")
    assert f"data ends on {as_of}" in text(page, "#status-result .message.caveat")
    early = site.open("?as_of=2020-01-01")
    assert "before the Hanoi Convention existed" in text(early, "#status-result .message.error")


@test
def a_name_in_vietnamese_finds_germany(site):
    page = site.open("?participant=Đức&lang=vi")
    heading = text(page, "#participant-name")
    assert "Đức" in heading and "(Germany)" in heading and "DEU" in heading, heading
    assert page.get_attribute("#participant-name .name", "lang") == "vi"
    assert page.locator("#participant-standings tbody tr").count() == 3
    assert "Budapest Convention" in text(page, "#participant-standings")
    site.shot(page, "participant-desktop")


@test
def a_typo_is_answered_with_suggestions(site):
    page = site.open("?view=participant")
    page.fill("#participant-query", "Ukrane")
    page.click("#participant-form button[type=submit]")
    assert "no participant is called" in text(page, "#participant-result")
    page.get_by_role("button", name="Ukraine").click()
    assert "UKR" in text(page, "#participant-name")
    assert page.evaluate("document.activeElement.id") == "participant-name"
    assert params(page)["participant"] == "Ukraine"


@test
def a_code_in_another_system_and_a_state_outside_the_treaty(site):
    page = site.open("?view=participant")
    page.select_option("#participant-system", "cow")
    page.fill("#participant-query", "816")
    page.click("#participant-form button[type=submit]")
    assert "VNM" in text(page, "#participant-name")
    outside = site.open("?treaty=budapest&participant=Viet%20Nam")
    message = text(outside, "#participant-result .message")
    assert "Viet Nam (VNM)" in message and "not among the participants" in message and "Budapest" in message, message
    assert "Hanoi Convention" in text(outside, "#participant-standings")


@test
def actions_link_only_http_sources(site):
    page = site.open("?participant=FJI")
    rows = page.locator("#participant-actions tbody tr")
    assert rows.count() >= 1
    assert "between 2025-11-20 and 2025-12-29" in text(page, "#participant-actions")
    hrefs = page.eval_on_selector_all("#participant-actions a", "as => as.map(a => a.href)")
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs), hrefs


@test
def the_text_its_search_and_an_article(site):
    page = site.open("?view=text&q=traffic%20data")
    assert "found" in text(page, "#search-result h3")
    page.get_by_role("button", name=re.compile(r"^Article 29:")).click()
    assert params(page)["article"] == "29"
    # The article opened takes the focus, and is on the screen.
    assert page.evaluate("document.activeElement.id") == "article-h"
    top = page.evaluate("document.getElementById('article-h').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"], top
    article = site.open("?view=text&article=65")
    assert text(article, "#article-h") == "Article 65. Entry into force"
    assert "36" in text(article, "#budapest-counterparts")
    assert article.locator("#reservable li").count() > 5
    assert article.locator("#terms li").count() > 5


@test
def thirty_seven_deposits_bring_entry_into_force(site):
    page = site.open("?view=what-if")
    page.fill("#whatif-fill-day", "2027-03-01")
    page.click("#whatif-fill")
    lines = page.input_value("#whatif-lines").splitlines()
    assert len(lines) > 37 and all(line.endswith("=2027-03-01") for line in lines)
    page.fill("#whatif-lines", "\n".join(lines[:37]))
    page.click("#whatif-form button[type=submit]")
    assert text(page, "#whatif-then") == "in force from 2027-05-30"
    assert page.locator("#whatif-table tbody tr").count() == 37
    # The URL reproduces the answer.
    again = site.open("?" + page.evaluate("location.search.slice(1)"))
    assert text(again, "#whatif-then") == "in force from 2027-05-30"
    site.shot(page, "what-if-desktop")


@test
def each_assumption_is_checked_and_explained(site):
    assumed = "FRA%3D2027-03-01%0AEU%3D2027-03-01%0ADEU%202020-01-01%0AAtlantis%202027-01-01"
    page = site.open(f"?view=what-if&assume={assumed}")
    table = text(page, "#whatif-table")
    assert "counted" in table and "not counted" in table and "art. 65(1)" in table, table
    assert "rejected" in table and "not-before-adoption" in table
    assert 'no participant is called "Atlantis"' in table


@test
def the_cross_table_and_a_cell(site):
    page = site.open("?view=compare&as_of=2026-04-25")
    caption = text(page, "#compare-table caption")
    assert "Hanoi Convention (rows) against Budapest Convention (columns) on 2026-04-25" in caption
    page.get_by_role("button", name=re.compile(r"not signed under the Hanoi Convention, in force under")).click()
    assert "United States of America" in text(page, "#compare-list")
    everyone = page.locator("#compare-list li").count()
    page.select_option("#compare-group", label="Western European and Others")
    assert page.locator("#compare-list li").count() < everyone
    assert params(page) == {"view": "compare", "as_of": "2026-04-25", "cell": "not_signed,in_force", "group": "4"}
    again = site.open("?view=compare&as_of=2026-04-25&cell=not_signed,in_force&group=4")
    assert "in the group Western European and Others" in text(again, "#compare-list-title")
    site.shot(page, "compare-desktop")


@test
def the_charts_are_drawn(site):
    page = site.open("?view=charts")
    for chart in ("#timeline-chart", "#pace-chart"):
        wait_until(page, f"document.querySelector('{chart}').naturalWidth > 0")
        assert page.get_attribute(chart, "alt")
    box = page.locator("#timeline-chart").bounding_box()
    assert box["width"] > 600
    phone = site.open("?view=charts", width=390)
    assert phone.locator("#timeline-chart").bounding_box()["width"] <= 390
    site.shot(page, "charts-desktop")


@test
def a_bad_file_lists_its_problems(site):
    page = site.open("?view=file")
    rows = "FRA\tsignature\t2025-01-01\t\t\t\thigh\tmy notes\t\nDEU\tsignature\t2025-02-30\t\t\t\thigh\tmy notes\t\n"
    upload(page, "mine.tsv", (HEADER + rows).encode())
    problems = page.locator("#file-alone table.problems tbody tr")
    assert problems.count() == 2
    first = [c.inner_text() for c in problems.nth(0).locator("td").all()]
    assert first[:4] == ["2", "date_from", "signature-period", "64(1)"], first
    second = [c.inner_text() for c in problems.nth(1).locator("td").all()]
    assert second[:2] == ["3", "date_from"], second
    assert page.is_disabled("#use-file")
    site.shot(page, "file-desktop")


@test
def a_hostile_file_shows_as_text(site):
    page = site.open("?view=file")
    rows = (f"{HOSTILE}\tsignature\t2025-10-25\t\t\t\thigh\tx\t\n"
            f"FRA\tsignature\t2025-10-25\t\tHanoi\t\thigh\t{HOSTILE}\t<script>alert(3)</script>\n")
    upload(page, f"{HOSTILE}.tsv", (HEADER + rows).encode())
    result = page.locator("#file-result")
    assert HOSTILE in text(page, "#file-result h3")
    problems = page.locator("#file-alone table.problems tbody tr")
    assert problems.count() >= 1
    assert [c.inner_text() for c in problems.nth(0).locator("td").all()][:2] == ["2", "participant"]
    assert result.locator("img, script").count() == 0
    assert site.dialogs == [], site.dialogs


@test
def merged_data_answers_every_view_and_hostile_text_stays_text(site):
    version, as_of = data_version(site)
    parties = int(text(site.open(""), "#card-parties .big"))
    page = site.open("?view=file")
    row = f"FRA\tratification\t{as_of}\t\t\t\thigh\t{HOSTILE} ; javascript:alert(2)\t<script>alert(3)</script>\n"
    upload(page, "mine.tsv", (HEADER + row).encode())
    assert "Valid" in text(page, "#file-merged")
    assert "Embedded data" in text(page, "#file-changes-table")
    page.check("#use-file")
    page.click("#tabs a[data-view=status]")
    assert "use your file mine.tsv merged over the embedded data" in text(page, "#banner")
    assert f"{version}+local:mine.tsv@{as_of}" in text(page, "#banner")
    assert int(text(page, "#card-parties .big")) == parties + 1
    page.click("#tabs a[data-view=participant]")
    page.fill("#participant-query", "FRA")
    page.click("#participant-form button[type=submit]")
    actions = page.locator("#participant-actions")
    assert HOSTILE in actions.inner_text() and "<script>alert(3)</script>" in actions.inner_text()
    assert "javascript:alert(2)" in actions.inner_text()
    assert actions.locator("img, script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert site.dialogs == [], site.dialogs
    site.shot(page, "participant-hostile-desktop")


@test
def a_file_over_the_limit_is_not_read(site):
    page = site.open("?view=file")
    upload(page, "big.tsv", b"x" * (2 * 1024 * 1024 + 1))
    message = text(page, "#file-result .message")
    assert "2,097,153 bytes" in message and "Nothing of it was read" in message


@test
def downloads_carry_the_data_version(site):
    version, _ = data_version(site)
    page = site.open("?view=data")
    with page.expect_download() as d:
        page.get_by_role("group", name=re.compile("^Wide")).get_by_role("button", name="CSV").click()
    lines = open(d.value.path(), encoding="utf-8").read().splitlines()
    assert lines[0].startswith("code,name,") and lines[0].endswith(",data_version"), lines[0]
    assert lines[1].endswith(f",{version}"), lines[1]
    assert f"Data version {version}" in text(page, "#cite-text")
    assert text(page, "#cite-bibtex").startswith("@misc{")
    status = site.open("?as_of=2025-10-26")
    with status.expect_download() as d:
        status.get_by_role("button", name="Status (JSON)").click()
    doc = open(d.value.path(), encoding="utf-8").read()
    assert '"schema": "hanoi-convention/status"' in doc and f'"data_version": "{version}"' in doc


@test
def every_treaty_answers_status_and_participants(site):
    page = site.open("")
    page.select_option("#treaty", "budapest")
    assert params(page) == {"treaty": "budapest"}
    assert int(text(page, "#card-parties .big")) > 60
    cets = site.open("?treaty=cets224&participant=Japan")
    assert "JPN" in text(cets, "#participant-name")


@test
def names_follow_the_language_and_arabic_runs_right_to_left(site):
    page = site.open("?lang=ar")
    names = page.locator("#status-table .name")
    assert names.count() > 10
    assert names.first.get_attribute("dir") == "auto" and names.first.get_attribute("lang") == "ar"
    assert re.search("[\u0600-\u06ff]", names.first.inner_text())
    assert page.evaluate("getComputedStyle(document.querySelector('#status-table .name')).direction") == "rtl"
    assert "Labels are in English" in text(page, "#lang-note")


@test
def controls_are_labelled_and_reached_by_keyboard(site):
    page = site.open("")
    unlabelled = page.evaluate("""[...document.querySelectorAll('input, select, textarea, button')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
        .map(e => e.id || e.outerHTML)""")
    assert unlabelled == [], unlabelled
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.view") == "participant":
            break
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "participant-title"
    assert params(page) == {"view": "participant"}
    assert page.evaluate("document.querySelectorAll('main, nav, header, footer').length") == 4


@test
def a_phone_sized_screen_has_no_sideways_scroll(site):
    for query, name in (("", "status"), ("?participant=Đức&lang=vi", "participant"),
                        ("?view=compare&as_of=2026-04-25", "compare"), ("?view=what-if", "what-if"),
                        ("?view=text&article=65", "text")):
        page = site.open(query, width=390)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name}: {overflow}px wider than the screen"
        site.shot(page, f"{name}-phone")


@test
def history_goes_back_to_the_view_before(site):
    page = site.open("?as_of=2025-10-26")
    page.click("#tabs a[data-view=compare]")
    assert params(page)["view"] == "compare"
    page.go_back()
    assert text(page, "#status-title") == "Status on 2025-10-26"


# The tests of the page as a reference site, run after these.
import reference  # noqa: E402,F401
import reader  # noqa: E402,F401
import focus  # noqa: E402,F401


def run(site):
    passed, failed = 0, 0
    for fn in TESTS:
        errors_before = len(site.errors)
        try:
            fn(site)
            assert len(site.errors) == errors_before, site.errors[errors_before:]
            passed += 1
            print(f"ok   {fn.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc()
        for page in site.context.pages:
            page.close()
    print(f"{passed} passed, {failed} failed")
    return failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--shots")
    args = ap.parse_args()
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    server = serve(args.site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as p:
        site = Site(p, base, args.shots)
        failed = run(site)
        site.context.close()
    server.shutdown()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
