"""The reader's own depositary page, the pace chart on a phone, and focus
moved on purpose after an action: tests registered with the others of
web/tests/browser.py, which runs them."""

import base64
import datetime
import os
import re

from common import HEADER, engine, test, text, upload

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "untc")


@test
def a_saved_depositary_page_is_applied_and_said(site):
    page = site.open("?view=file")
    with open(os.path.join(FIXTURES, "XVIII-16.constructed.en.xml"), "rb") as f:
        upload(page, "XVIII-16.en.xml", f.read())
    note = text(page, "#file-page")
    found = re.search(r"status as of (\d{4}-\d\d-\d\d)", note)
    assert found, note
    day = found.group(1)
    assert "1 ratification (France, 10 Sep 2026)" in note, note
    assert "Yugoslavia: matches no participant" in note, note
    assert page.get_attribute("#file-page a", "href").startswith("https://treaties.un.org/")
    assert "Valid" in text(page, "#file-alone")
    assert page.is_enabled("#use-file")
    page.check("#use-file")
    page.click("#tabs a[data-view=status]")
    banner = text(page, "#banner")
    assert f"the depositary\u2019s page, status as of {day}, applied" in banner, banner
    assert f"+untc:XVIII-16@{day}" in banner, banner
    assert "depositary\u2019s page applied" in text(page, "#provenance")
    mine = engine(page, {"ask": "status", "day": day, "data": "file"})["document"]["parties"]["certain"]
    theirs = engine(page, {"ask": "status", "day": day, "data": "embedded"})["document"]["parties"]["certain"]
    assert int(text(page, "#card-parties .big")) == mine > theirs, (mine, theirs)
    site.shot(page, "file-page-desktop")


@test
def a_page_of_another_treaty_is_refused(site):
    page = site.open("?view=file&treaty=budapest")
    with open(os.path.join(FIXTURES, "XVIII-16.constructed.en.xml"), "rb") as f:
        upload(page, "XVIII-16.en.xml", f.read())
    assert "expected that treaty's status page" in text(page, "#file-alone")
    assert page.is_disabled("#use-file")
    assert page.locator("#banner").is_hidden()


def upload_dated(page, name, content, days_ago):
    """Hands the page a file whose modification date is `days_ago` days before now (a
    negative number: after now), as a file saved earlier and opened today is."""
    page.evaluate("""([name, b64, daysAgo]) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const file = new File([bytes], name, { type: 'text/xml', lastModified: Date.now() - daysAgo * 86400000 });
        const dt = new DataTransfer();
        dt.items.add(file);
        const input = document.getElementById('file-input');
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
    }""", [name, base64.b64encode(content).decode(), days_ago])
    page.wait_for_selector("#file-result h3, #file-result .message")


def local_day(days_ago=0):
    return (datetime.datetime.now() - datetime.timedelta(days=days_ago)).date().isoformat()


@test
def a_page_saved_earlier_is_the_datas_day_and_today_stays_the_readers(site):
    """A status page saved 40 days ago and opened today: the status is as of the day it was
    saved (the data's own day), its age counted from the reader's today; the citation is
    accessed today. A file dated after today is not taken as a status from the future."""
    with open(os.path.join(FIXTURES, "XVIII-16.constructed.en.xml"), "rb") as f:
        content = f.read()
    page = site.open("?view=file")
    upload_dated(page, "XVIII-16.en.xml", content, 40)
    saved, today = local_day(40), local_day()
    note = text(page, "#file-page")
    assert f"status as of {saved} (40 days before today, {today})" in note, note
    assert "the day the file was last saved" in note, note
    page.check("#use-file")
    page.click("#tabs a[data-view=status]")
    said = text(page, "#provenance")
    assert said.startswith(f"Data as of {saved} (40 days before today)"), said
    assert text(page, "#status-title") == f"Status on {saved}"
    page.click("#tabs a[data-view=data]")
    assert f"accessed {today}" in text(page, "#cite-text").replace("Accessed", "accessed"), text(page, "#cite-text")
    later = site.open("?view=file")
    upload_dated(later, "XVIII-16.en.xml", content, -3)
    note = text(later, "#file-page")
    assert f"status as of {today} (today, {today})" in note and "is after today, so today is taken" in note, note


def focused(page):
    return page.evaluate("document.activeElement.id || document.activeElement.dataset.filename || document.activeElement.tagName")


@test
def the_participant_form_moves_focus_to_its_answer(site):
    page = site.open("?view=participant")
    page.fill("#participant-query", "Japan")
    page.press("#participant-query", "Enter")
    page.wait_for_selector("#participant-name")
    assert focused(page) == "participant-name", focused(page)
    page.fill("#participant-query", "Xyzzyland")
    page.press("#participant-query", "Enter")
    page.wait_for_selector("#participant-result .message")
    assert focused(page) == "participant-result", focused(page)
    assert "Xyzzyland" in text(page, "#participant-result")


@test
def what_if_moves_focus_to_its_answer(site):
    page = site.open("?view=what-if")
    page.fill("#whatif-lines", "FRA=2027-03-01\nJapan 2027-03-02")
    page.click("#whatif-form button[type=submit]")
    page.wait_for_selector("#whatif-table")
    assert focused(page) == "whatif-then", focused(page)
    assert text(page, "#whatif-then") == page.evaluate("document.activeElement.innerText")
    page.fill("#whatif-fill-day", "2027-05-01")
    page.click("#whatif-fill")
    assert focused(page) == "whatif-lines", focused(page)


@test
def a_download_keeps_focus_and_says_what_was_saved(site):
    page = site.open("?view=data")
    button = page.get_by_role("group", name=re.compile("^Wide")).get_by_role("button", name="CSV")
    with page.expect_download() as d:
        button.click()
    name = d.value.suggested_filename
    assert name.endswith("-wide.csv"), name
    assert focused(page) == name, focused(page)
    said = text(page, "#announce")
    assert said.startswith(f"Saved {name} (") and said.endswith(" bytes)."), said


@test
def a_participants_tables_are_cards_on_a_phone(site):
    """On a phone a participant's actions, its standings and What if's assumptions are
    stacked, a card a row with each value named, in no box that scrolls sideways."""
    for query, table in (("?participant=FJI", "#participant-actions"), ("?participant=FJI", "#participant-standings"),
                         ("?view=what-if&assume=FRA%3D2027-03-01", "#whatif-table")):
        page = site.open(query, width=390)
        assert page.evaluate(f"getComputedStyle(document.querySelector('{table} tbody tr')).display") == "block", table
        wrap = page.evaluate(f"(() => {{ const w = document.querySelector('{table}').parentElement; return [w.scrollWidth, w.clientWidth]; }})()")
        assert wrap[0] <= wrap[1], (table, wrap)
        label = page.evaluate(f"getComputedStyle(document.querySelector('{table} tbody td'), '::before').content")
        assert label.strip('"').endswith(": "), (table, label)
        page.close()
    wide = site.open("?participant=FJI")
    assert wide.evaluate("getComputedStyle(document.querySelector('#participant-actions tbody tr')).display") == "table-row"


@test
def a_files_problems_are_cards_on_a_phone(site):
    """On a phone the file check's problems are stacked, a card a problem with each value
    named, in no box that scrolls sideways (a detail without a space included); still paged."""
    long = "x" * 120
    rows = (f"FRA\tsignature\t2025-01-01\t\t\t\thigh\tmy notes\t\n"
            f"{long}\tsignature\t2025-10-25\t\t\t\thigh\tx\t\n") * 150
    page = site.open("?view=file", width=390)
    upload(page, "mine.tsv", (HEADER + rows).encode())
    problems = "#file-alone table.problems"
    assert page.locator(f"{problems} tbody tr").count() == 200
    assert page.locator("#file-alone button.more").count() == 1
    assert page.evaluate(f"getComputedStyle(document.querySelector('{problems} tbody tr')).display") == "block"
    assert page.evaluate(f"getComputedStyle(document.querySelector('{problems} thead')).display") == "none"
    wrap = page.evaluate(f"(() => {{ const w = document.querySelector('{problems}').parentElement; return [w.scrollWidth, w.clientWidth]; }})()")
    assert wrap[0] <= wrap[1], wrap
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    labels = page.evaluate(f"""[...document.querySelectorAll('{problems} tbody tr:first-child td')].map(td =>
        getComputedStyle(td, '::before').content)""")
    assert labels == ['"Line: "', '"Field: "', '"Rule: "', '"Article: "', '"What is wrong: "'], labels
    # A day in a problem's words never breaks at its hyphens.
    assert page.evaluate(f"getComputedStyle(document.querySelector('{problems} td time')).whiteSpace") == "nowrap"
    site.shot(page, "file-phone")
    wide = site.open("?view=file")
    upload(wide, "mine.tsv", (HEADER + rows).encode())
    assert wide.evaluate(f"getComputedStyle(document.querySelector('{problems} tbody tr')).display") == "table-row"


@test
def a_window_reads_as_a_window_on_the_participant_view(site):
    """Fiji's signature, known to a window: "between 2025-11-20 and 2025-12-29" in its status
    and its standing under each treaty, as in its actions, not the crate's FROM..TO."""
    page = site.open("?participant=FJI")
    for selector in ("#participant-result dl", "#participant-standings", "#participant-actions"):
        said = text(page, selector)
        assert "between 2025-11-20 and 2025-12-29" in said and "2025-11-20..2025-12-29" not in said, (selector, said)
    assert page.locator("#participant-standings time[datetime='2025-12-29']").count() == 1
