"""Focus and the live region after each action of the compare view's selectors, the
text's search and the map's slider and play button: focus stays on the control the
reader used, and the live region says what changed in a sentence, not the whole view.
Registered with the tests of web/tests/browser.py (the map's in browser_map.py)."""

import re

from common import params, test, text

# Far less than a view read out whole (the status view was some 1,800 characters).
SENTENCE = 300


def focused(page):
    return page.evaluate("document.activeElement.id || document.activeElement.dataset.key || document.activeElement.tagName")


def said(page):
    return text(page, "#announce")


@test
def compare_selectors_keep_focus_and_say_what_changed(site):
    page = site.open("?view=compare&as_of=2026-04-25")
    page.focus("#compare-b")
    page.select_option("#compare-b", "cets224")
    assert focused(page) == "compare-b", focused(page)
    assert said(page) == f"{text(page, '#compare-table caption')}.", said(page)
    assert "Second Additional Protocol" in said(page) and len(said(page)) < SENTENCE
    page.focus("#compare-group")
    page.select_option("#compare-group", label="African")
    assert focused(page) == "compare-group", focused(page)
    assert said(page).endswith(": African."), said(page)
    # A cell: focus stays on it, and the list behind it is what is said.
    cell = page.locator("#compare-table button.count").first
    key = cell.get_attribute("data-key")
    cell.click()
    assert focused(page) == key, focused(page)
    assert said(page) == f"{text(page, '#compare-list-title')}.", said(page)
    # Each name of the list opens its participant; Back returns to the list.
    first = page.locator("#compare-list li a").first
    code = first.locator("xpath=..").locator(".code").inner_text()
    first.click()
    assert params(page)["participant"] == code and code in text(page, "#participant-name")
    page.go_back()
    assert focused(page) != "BODY" and page.locator("#compare-list li a").count() > 0
    # The header's treaty (the rows) and the day.
    page.focus("#treaty")
    page.select_option("#treaty", "budapest")
    assert focused(page) == "treaty", focused(page)
    assert said(page).startswith("Budapest Convention (rows) against"), said(page)
    page.focus("#day")
    page.fill("#day", "2026-01-15")
    page.dispatch_event("#day", "change")
    assert focused(page) == "day", focused(page)
    assert "on 2026-01-15" in said(page) and len(said(page)) < SENTENCE, said(page)
    assert params(page)["as_of"] == "2026-01-15"


@test
def the_text_search_keeps_focus_and_says_what_it_found(site):
    page = site.open("?view=text&article=29")
    page.fill("#search-q", "traffic data")
    page.press("#search-q", "Enter")
    page.wait_for_selector("#search-result h3")
    assert focused(page) == "search-q", focused(page)
    assert re.fullmatch(r"Search for \u201ctraffic data\u201d: \d+ found", said(page)), said(page)
    # The article opened before stays open, and so do the chapters the reader opened.
    assert text(page, "#article-h").startswith("Article 29.")
    page.locator("#text-result details").nth(0).evaluate("d => d.open = true")
    page.fill("#search-q", "xyzzy")
    page.press("#search-q", "Enter")
    assert focused(page) == "search-q", focused(page)
    assert said(page) == "Search for \u201cxyzzy\u201d: 0 found", said(page)
    assert page.locator("#text-result details").nth(0).evaluate("d => d.open")
    # An article chosen from the answer takes the focus; the live region names it.
    page.fill("#search-q", "traffic data")
    page.press("#search-q", "Enter")
    page.locator("#search-result button").first.click()
    assert focused(page) == "article-h", focused(page)
    assert re.fullmatch(r"Article \d+ shown\.", said(page)), said(page)
