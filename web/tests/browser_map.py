"""The map view in a real browser (headless Chromium, driven by
Playwright), with the harness of browser.py:

    python3 web/tests/browser_map.py SITE_DIR [--shots DIR]

A day in the URL gives that day's map; the slider and the play button
change the colours; hover and keyboard focus say a participant's standing;
a click opens it; every text lies inside the drawing and apart, every
locator circle is at least 6 px across (on a phone too); a redraw takes under 33 ms (30 a
second); a phone-sized screen has no sideways scroll.
"""

import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(__file__))
import browser as base  # noqa: E402
from browser import params, text  # noqa: E402
from harness import wait_until  # noqa: E402

MAP_TESTS = []


def test(fn):
    MAP_TESTS.append(fn)
    return fn


def status(page, code, figure="#map-main"):
    return page.get_attribute(f"{figure} [data-code={code}]", "data-status")


@test
def a_day_in_the_url_gives_that_days_map(site):
    page = site.open("?view=map&as_of=2025-12-01")
    # Fiji signed on a day between 20 November and 29 December 2025.
    assert status(page, "FJI") == "unknown"
    assert status(page, "VNM") == "signed"
    assert status(page, "EU") == "signed"
    assert text(page, "#map-day-label") == "2025-12-01"
    heading = page.evaluate("document.querySelector('#map-main svg text').textContent")
    assert heading.endswith("where each participant stood on 2025-12-01"), heading
    assert page.locator("#map-main [data-code]").count() == 198
    site.shot(page, "map-desktop")


@test
def the_slider_changes_colours_and_the_url(site):
    page = site.open("?view=map&as_of=2025-11-01")
    before = status(page, "QAT"), page.get_attribute("#map-main [data-code=QAT]", "fill")
    assert before[0] == "signed", before
    page.evaluate("""() => {
        const s = document.getElementById('map-slider');
        s.value = s.max;
        s.dispatchEvent(new Event('input'));
        s.dispatchEvent(new Event('change'));
    }""")
    wait_until(page, "document.querySelector('#map-main [data-code=QAT]').dataset.status !== 'signed'")
    after = status(page, "QAT"), page.get_attribute("#map-main [data-code=QAT]", "fill")
    assert after[0] in ("party", "in_force") and after[1] != before[1], (before, after)
    assert params(page)["as_of"] == text(page, "#map-day-label")


@test
def hover_and_focus_say_the_standing_and_a_click_opens_it(site):
    page = site.open("?view=map&as_of=2025-10-26")
    page.hover("#map-main [data-code=BRA]")
    assert text(page, "#map-standing").startswith("Brazil: signed"), text(page, "#map-standing")
    page.focus("#map-main [data-code=DEU]")
    assert text(page, "#map-standing").startswith("Germany: not signed"), text(page, "#map-standing")
    page.keyboard.press("Enter")
    assert params(page) == {"view": "participant", "participant": "DEU", "as_of": "2025-10-26"}, params(page)
    assert "Germany" in text(page, "#participant-name")
    page.go_back()
    page.click("#map-main [data-code=BRA]")
    assert params(page)["participant"] == "BRA"


@test
def play_runs_to_the_datas_last_day_at_30_frames_a_second(site):
    page = site.open("?view=map&as_of=2025-10-25")
    page.evaluate("performance.clearMeasures('hanoi:map-draw')")
    page.click("#map-play")
    assert page.get_attribute("#map-play", "aria-pressed") == "true"
    wait_until(page, "document.getElementById('map-play').getAttribute('aria-pressed') === 'false'", timeout=60)
    draws = page.evaluate("performance.getEntriesByName('hanoi:map-draw').map(e => e.duration)")
    assert len(draws) > 100, len(draws)
    median = statistics.median(draws)
    p90 = sorted(draws)[int(len(draws) * 0.9)]
    print(f"     map redraw: median {median:.1f} ms, p90 {p90:.1f} ms over {len(draws)} frames")
    assert median < 33, f"a redraw takes {median:.1f} ms"
    assert page.evaluate("document.getElementById('map-slider').value === document.getElementById('map-slider').max")
    data_end = page.evaluate("document.getElementById('map-range').textContent.split(' to ')[1]")
    assert params(page)["as_of"] == data_end


@test
def texts_inside_apart_and_off_the_land_circles_large_enough(site):
    page = site.open("?view=map&as_of=2026-04-01")
    boxes = page.evaluate("""() => {
        const svg = document.querySelector('#map-main svg').getBoundingClientRect();
        const texts = [...document.querySelectorAll('#map-main svg text')].map(t => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        const circles = [...document.querySelectorAll('#map-main svg circle')].map(c => c.getBoundingClientRect().width);
        const land = document.querySelector('#map-main svg g[transform]').getBoundingClientRect();
        return { svg: { left: svg.left, right: svg.right, top: svg.top, bottom: svg.bottom }, texts, circles,
                 land: { top: land.top, bottom: land.bottom } };
    }""")
    svg = boxes["svg"]
    for t in boxes["texts"]:
        assert svg["left"] <= t["left"] and t["right"] <= svg["right"], t
        assert svg["top"] <= t["top"] and t["bottom"] <= svg["bottom"], t
    # The title above the land, the legend and footer below it.
    land = boxes["land"]
    for t in boxes["texts"]:
        assert t["bottom"] <= land["top"] or t["top"] >= land["bottom"], (t, land)
    texts = boxes["texts"]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            apart = a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
            assert apart, (a, b)
    assert len(boxes["circles"]) > 30
    assert min(boxes["circles"]) >= 6, min(boxes["circles"])


@test
def two_treaties_side_by_side(site):
    page = site.open("?view=map&as_of=2026-04-25&with=budapest")
    assert page.locator("figure.map").count() == 2
    assert status(page, "USA", "#map-with") == "in_force"
    assert status(page, "USA", "#map-main") == "not_signed"
    assert "Budapest Convention" in text(page, "#map-with figcaption")


@test
def the_compare_view_opens_both_maps(site):
    page = site.open("?view=compare&as_of=2026-04-25")
    page.click("#compare-map")
    assert params(page) == {"view": "map", "as_of": "2026-04-25", "with": "budapest"}, params(page)
    assert page.locator("figure.map").count() == 2
    assert status(page, "USA", "#map-with") == "in_force"


@test
def a_phone_sized_screen_shows_the_map_without_sideways_scroll(site):
    page = site.open("?view=map", width=390)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the screen"
    assert page.locator("#map-main [data-code]").count() == 198
    smallest = page.evaluate("Math.min(...[...document.querySelectorAll('#map-main svg circle')].map(c => c.getBoundingClientRect().width))")
    assert smallest >= 6, f"a locator circle {smallest:.1f} px across on a phone"
    site.shot(page, "map-phone")
    # The map shown is the narrow layout; the file saved is the wide one, for a page or a paper.
    assert page.get_attribute("#map-main svg", "viewBox").startswith("0 0 400 ")
    with page.expect_download() as d:
        page.get_by_role("button", name="Map (SVG)").click()
    saved = open(d.value.path(), encoding="utf-8").read()
    assert 'viewBox="0 0 960 ' in saved and saved.count("data-code=") == 198, saved[:200]


@test
def the_slider_and_play_keep_focus_and_say_the_day(site):
    page = site.open("?view=map&as_of=2026-04-01")
    page.focus("#map-slider")
    page.keyboard.press("ArrowLeft")
    wait_until(page, "document.getElementById('map-day-label').textContent === '2026-03-31'")
    wait_until(page, "new URLSearchParams(location.search).get('as_of') === '2026-03-31'")
    assert page.evaluate("document.activeElement.id") == "map-slider"
    said = text(page, "#announce")
    assert said.startswith("Hanoi Convention on 2026-03-31: ") and " signed" in said, said
    assert len(said) < 300, said
    page.click("#map-play")
    assert page.evaluate("document.activeElement.id") == "map-play"
    wait_until(page, "document.getElementById('map-play').getAttribute('aria-pressed') === 'false'", timeout=60)
    assert page.evaluate("document.activeElement.id") == "map-play"
    end = text(page, "#map-day-label")
    assert text(page, "#announce").startswith(f"Hanoi Convention on {end}: "), text(page, "#announce")
    assert text(page, "#map-play") == "Play"


if __name__ == "__main__":
    base.TESTS[:] = MAP_TESTS
    base.main()
