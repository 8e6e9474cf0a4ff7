"""The web view's pages, through Starlette's TestClient: what a reader finds on each, and that
each shows the records the command line and the Python API show."""

from __future__ import annotations

import csv
import io
import re

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from dateline.corpus.api import Corpus
from dateline.store.queries import Filters
from tests.web import story_of


def bar_links(html: str) -> list[str]:
    """The links of the chart's bars (the SVG's <a> elements), unescaped."""
    svg = html[html.index("<svg") : html.index("</svg>")]
    return [href.replace("&amp;", "&") for href in re.findall(r'<a xlink:href="([^"]+)"', svg)]


def test_the_overview_shows_counts_runs_a_chart_and_the_most_reported_stories(
    client: TestClient, corpus: Corpus
):
    page = client.get("/")
    assert page.status_code == 200
    counts = corpus.counts()
    assert f"<strong>{counts['articles']}</strong> articles" in page.text
    assert f"<strong>{counts['events']}</strong> events" in page.text
    assert "<svg" in page.text and "per week by type" in page.text
    assert "/stories/S" in page.text
    assert 'as of run <a href="/runs">#1</a>' in page.text  # which run of the data this is


def test_every_bar_links_to_the_timeline_of_its_period_and_type(client: TestClient):
    links = bar_links(client.get("/activity?unit=month").text)
    assert links
    for link in links:
        assert re.search(r"/timeline\?type=\w+&since=\d{4}-\d\d-01&until=\d{4}-\d\d-\d\d$", link)


def test_a_bar_click_lists_as_many_events_as_the_bar_counts(client: TestClient):
    periods = client.get("/api/activity?unit=day").json()["activity"]["periods"]
    page = client.get("/activity?unit=day").text
    for period, link in zip(periods, bar_links(page), strict=True):
        path = link[link.index("/timeline") :]
        listed = client.get(path.replace("/timeline", "/api/timeline")).json()["events"]
        assert len(listed) == period["count"]


def test_the_unit_and_count_switches_give_htmx_only_the_chart(client: TestClient):
    part = client.get("/activity?unit=month&count=stories", headers={"HX-Request": "true"})
    assert part.status_code == 200
    assert part.text.lstrip().startswith('<section id="activity"')
    assert "<html" not in part.text
    assert "Stories per month by type" in part.text
    assert 'hx-get="/activity?unit=day&amp;count=stories"' in part.text


def test_the_timeline_shows_what_dateline_timeline_shows(client: TestClient, corpus: Corpus):
    page = client.get("/timeline?actor=Mensah&since=2026-03-01&limit=50").text
    expected = corpus.timeline(actor="Mensah", since="2026-03-01", limit=50)
    assert expected
    shown = re.findall(r'<a href="/events/(E\d+)">', page)
    assert shown == [event["id"] for event in expected]


def test_each_timeline_row_links_its_sentence_with_the_trigger_highlighted(
    client: TestClient, corpus: Corpus
):
    event = corpus.timeline(limit=1)[0]
    page = client.get("/timeline?limit=1").text
    link = f'href="/articles/{event["article"]}?mark={event["id"]}#{event["id"]}"'
    assert link in page
    trigger = event["evidence"][
        event["trigger_start"] - event["evidence_start"] : event["trigger_end"]
        - event["evidence_start"]
    ]
    assert f'<strong class="trigger">{escape(trigger)}</strong>' in page


def test_the_timeline_filter_form_updates_the_results_in_place(client: TestClient):
    page = client.get("/timeline").text
    assert 'hx-get="/timeline" hx-target="#results" hx-push-url="true"' in page
    part = client.get("/timeline?type=CONSULT", headers={"HX-Request": "true"}).text
    assert part.lstrip().startswith('<div id="results">')
    assert "<form" not in part


def test_the_timeline_sorts_by_a_column_and_pages_on(client: TestClient, corpus: Corpus):
    page = client.get("/timeline?sort=-type&limit=5&offset=5").text
    expected = corpus.timeline(sort="-type", limit=5, offset=5)
    assert re.findall(r'<a href="/events/(E\d+)">', page) == [e["id"] for e in expected]
    assert 'aria-sort="descending"' in page
    assert "offset=10" in page and "offset=0" in page  # next and previous


def test_the_timeline_downloads_as_csv_with_its_filters(client: TestClient, corpus: Corpus):
    response = client.get("/timeline?type=CONSULT&format=csv&limit=1000")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in corpus.timeline(type="CONSULT", limit=1000)]


def test_the_dyads_page_counts_who_did_what_to_whom(client: TestClient):
    page = client.get("/dyads?sort=events").text
    first = client.get("/api/dyads?sort=events").json()["dyads"][0]
    assert first["source"] in page and first["target"] in page
    listed = client.get(
        "/api/timeline",
        params={"source": first["source"], "target": first["target"], "type": first["type"]},
    ).json()["events"]
    assert len(listed) == first["events"]


def test_an_event_page_shows_its_sentence_paragraph_article_and_story(
    client: TestClient, corpus: Corpus
):
    story = story_of(client, "CONSULT", "Trump", "Putin")
    event = corpus.story(story["id"])["events"][0]
    record = corpus.show(event)
    page = client.get(f"/events/{event}").text
    assert escape(record["context"]) in page
    assert f'href="/articles/{record["article"]}?mark={event}#{event}"' in page
    assert f'<a href="/stories/{story["id"]}">' in page


def test_an_article_page_marks_the_row_it_was_opened_from(client: TestClient, corpus: Corpus):
    event = corpus.timeline(type="CONSULT", limit=1)[0]
    page = client.get(f"/articles/{event['article']}?mark={event['id']}").text
    assert f'<span id="{event["id"]}" class="anchor"></span>' in page
    text = page[page.index('<article class="text">') : page.index("</article>")]
    marked = "".join(re.findall(r'<span class="[^"]*\bmarked\b[^"]*"[^>]*>([^<]*)</span>', text))
    assert " ".join(marked.split()) == " ".join(event["evidence"].split())
    for kind in ("timex", "actor", "quote", "trigger", "evidence"):
        assert re.search(rf'<span class="[^"]*\b{kind}\b', text), kind


def test_the_call_story_shows_outlets_and_both_sides_accounts(client: TestClient, corpus: Corpus):
    story = story_of(client, "CONSULT", "Trump", "Putin")
    page = client.get(f"/stories/{story['id']}").text
    assert "northwire-call-2025-07-03.txt" in page and "vestnik-call-2025-07-04.txt" in page
    assert "side: RUS" in page and "side: USA" in page
    for account in corpus.accounts(story["id"]):
        assert f'href="/quotes/{account["quote"]}"' in page
        assert f'href="/articles/{account["article"]}?mark={account["quote"]}' in page


def test_the_contested_meeting_of_the_examples_has_its_story(client: TestClient):
    story = story_of(client, "CONSULT", "Kestria", "Valdoria")
    page = client.get(f"/stories/{story['id']}").text
    assert "2026-03-04-ministers-meet-geneva.txt" in page
    assert "2026-03-05-kestria-disputes-geneva-account.txt" in page
    assert "Irena Kovac" in page and "Each side" in page


def test_a_quote_page_shows_speaker_paragraph_and_article(client: TestClient, corpus: Corpus):
    quote = corpus.quotes(actor="Ushakov", limit=1)[0]
    page = client.get(f"/quotes/{quote['id']}").text
    assert "Yuri Ushakov" in page
    assert escape(corpus.show(quote["id"])["context"]) in page


def test_an_actor_page_shows_counterparts_and_quotes_and_loads_its_chart(client: TestClient):
    page = client.get("/actor?name=Irena Kovac").text
    assert "Top counterparts" in page and "Valdoria" in page
    assert "What Irena Kovac said" in page and "/quotes/Q" in page
    assert 'hx-get="/actor/activity?name=Irena+Kovac" hx-trigger="load"' in page


def test_an_actors_chart_counts_their_events_as_source_and_as_target(
    client: TestClient, corpus: Corpus
):
    chart = client.get("/actor/activity?name=Irena Kovac&unit=month").text
    assert "<svg" in chart and "as source and as target" in chart
    links = bar_links(chart)
    assert links
    for link in links:
        role = re.search(r"/timeline\?(source|target)=Irena\+Kovac&since=", link)
        assert role, link
        listed = client.get(link.replace("/timeline", "/api/timeline")).json()["events"]
        assert listed and all(e[role[1]] == "Irena Kovac" for e in listed)


def test_search_finds_articles_quotes_and_evidence(client: TestClient, corpus: Corpus):
    page = client.get("/search?q=ceasefire").text
    found = corpus.search("ceasefire", limit=50)
    assert found
    for result in found:
        assert f">{result['id']}</a>" in page


def test_lists_of_quotes_stories_actors_and_runs(client: TestClient, corpus: Corpus):
    assert corpus.quotes(limit=1)[0]["id"] in client.get("/quotes").text
    assert corpus.stories()[0]["id"] in client.get("/stories").text
    assert corpus.actors(limit=1)[0]["name"] in client.get("/actors").text
    assert "#1" in client.get("/runs").text


@pytest.mark.parametrize(
    "path", ["/events/E999999", "/quotes/Q999999", "/articles/A999999", "/stories/S999999",
             "/events/Q1", "/actor?name=Nobody%20Atall", "/no-such-page"],
)  # fmt: skip
def test_a_record_that_is_not_there_is_a_404_page(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 404
    assert "Not found" in response.text and "Traceback" not in response.text


def test_a_filter_of_the_wrong_form_is_a_400_naming_it(client: TestClient):
    response = client.get("/timeline?since=yesterday")
    assert response.status_code == 400
    assert "since" in response.text and "YYYY-MM-DD" in response.text
    assert client.get("/api/timeline?limit=-1").json()["error"].startswith("limit:")


def test_the_api_takes_the_timeline_filters_and_echoes_them(client: TestClient, corpus: Corpus):
    # the JSON API takes the same filters and gives the same records as the Python API
    got = client.get("/api/timeline?country=USA&type=CONSULT,ACCUSE&limit=500").json()
    expected = corpus.timeline(country="USA", type="CONSULT,ACCUSE", limit=500)
    assert [e["id"] for e in got["events"]] == [e["id"] for e in expected]
    assert got["filters"] == {**vars(Filters(country="USA", type="CONSULT,ACCUSE", limit=500))}
