"""End to end in a real browser (Debian's Chromium, driven by Playwright): what a reader does.
Open the overview, click a bar, switch the chart, filter the timeline, open the story of the
phone call, see both sides' accounts, follow one to its sentence, highlighted in its article."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from dateline.serve.server import running
from tests.browser import chromium, require_chromium


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def site(web_store: Path) -> Iterator[str]:
    require_chromium()
    with running(web_store) as base:
        yield base


@pytest.fixture
def page(site: str):
    problems: list[str] = []
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        # a Content-Security-Policy refusal or a script error shows up here
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        yield page
        assert not problems, problems


def test_a_bar_of_the_overview_opens_the_events_it_counts(site: str, page):
    page.goto(site + "/")
    bar = page.locator("#activity svg a").first
    href = bar.get_attribute("xlink:href") or bar.get_attribute("href")
    bar.click()
    page.wait_for_url("**/timeline?**")
    asked = {key: values[0] for key, values in parse_qs(urlparse(href).query).items()}
    periods = get_json(f"{site}/api/activity?unit=week")["activity"]["periods"]
    (period,) = [p for p in periods if p["start"] == asked["since"] and p["type"] == asked["type"]]
    rows = page.locator("#events tbody tr").filter(has=page.locator('a[href^="/events/E"]'))
    assert rows.count() == period["count"] > 0
    assert (
        page.locator("#events tbody tr td:nth-child(2) >> text=" + asked["type"]).count()
        == (period["count"])
    )


def test_the_chart_switches_to_months_and_stories_in_place(site: str, page):
    page.goto(site + "/")
    page.get_by_role("link", name="month", exact=True).click()
    page.get_by_text("Mentions per month by type").wait_for()
    page.get_by_role("link", name="stories (each event once)").click()
    page.get_by_text("Stories per month by type").wait_for()
    assert urlparse(page.url).path == "/"  # htmx swapped the chart, the page stayed


def test_the_timeline_filters_in_place_and_keeps_the_filter_in_the_address(site: str, page):
    page.goto(site + "/timeline")
    page.get_by_label("Actor").fill("Kovac")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**actor=Kovac**")
    expected = get_json(f"{site}/api/timeline?actor=Kovac")["events"]
    shown = page.locator('#events a[href^="/events/E"]').all_inner_texts()
    assert shown == [event["id"] for event in expected] and shown


def test_the_call_story_shows_both_sides_and_leads_to_the_sentence(site: str, page):
    stories = get_json(f"{site}/api/stories")["stories"]
    (call,) = [s for s in stories
               if s["type"] == "CONSULT" and {s["source"], s["target"]} ==
               {"Donald Trump", "Vladimir Putin"}]  # fmt: skip
    page.goto(site + "/stories")
    page.locator(f'a[href="/stories/{call["id"]}"]').first.click()
    page.wait_for_url(f"**/stories/{call['id']}")
    russia = page.locator(".side", has_text="side: RUS")
    america = page.locator(".side", has_text="side: USA")
    assert russia.is_visible() and america.is_visible()
    assert "Yuri Ushakov" in russia.inner_text()
    quote = russia.locator("blockquote.account > a").first
    said = quote.inner_text().strip("“”")
    quote.click()
    page.wait_for_url("**/articles/A*?mark=Q*")
    marked = page.locator("article.text .marked")
    assert marked.first.is_visible()
    assert " ".join(said.split()) in " ".join(" ".join(marked.all_inner_texts()).split())
    assert page.locator(f"#{urlparse(page.url).fragment}").count() == 1


def test_an_evidence_link_of_the_timeline_finds_the_highlighted_sentence(site: str, page):
    page.goto(site + "/timeline?type=CONSULT")
    link = page.locator("td.evidence a.evidence-link").first
    sentence = " ".join(link.inner_text().split())
    link.click()
    page.wait_for_url("**/articles/A*?mark=E*")
    # the marked pieces are adjacent stretches of one text ("phone call" + ", no ..."): joined as is
    marked = " ".join("".join(page.locator("article.text .marked").all_inner_texts()).split())
    assert marked == sentence
    assert page.locator("article.text .marked .trigger, article.text .marked.trigger").count()


def test_an_actor_page_draws_its_chart_after_loading(site: str, page):
    page.goto(site + "/actor?name=Irena%20Kovac")
    page.locator("#actor-activity svg").wait_for()
    page.locator("#actor-activity").get_by_role("link", name="week", exact=True).click()
    page.get_by_text("as source and as target, per week").wait_for()
    assert urlparse(page.url).path == "/actor"
