"""The JSON API under /api/: one endpoint per page, documented, giving the records the Python
API gives."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from dateline.corpus.api import Corpus
from dateline.serve.resources import RESOURCES
from tests.web import ROOT, story_of


def test_the_index_lists_every_endpoint(client: TestClient):
    index = client.get("/api").json()
    assert [e["path"] for e in index["endpoints"]] == [r.api_path for r in RESOURCES]
    assert all(e["what"] for e in index["endpoints"])


def test_every_endpoint_is_documented_in_docs_serve():
    documented = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")
    missing = [r.api_path for r in RESOURCES if f"`{r.api_path}" not in documented]
    assert not missing, f"docs/serve.md does not describe {missing}"


def test_the_story_endpoint_gives_the_story_its_accounts_outlets_and_reports(
    client: TestClient, corpus: Corpus
):
    story = story_of(client, "CONSULT", "Trump", "Putin")
    got = client.get(f"/api/stories/{story['id']}").json()
    assert got["story"] == corpus.story(story["id"])
    assert {side for side in got["sides"]} >= {"RUS", "USA"}
    assert sum(o["mentions"] for o in got["outlets"]) == story["mentions"]
    assert {e["id"] for e in got["reports"]} == set(got["story"]["events"])


@pytest.mark.parametrize("ident", ["E1", "Q1", "A1"])
def test_the_record_endpoints_give_what_show_gives(client: TestClient, corpus: Corpus, ident: str):
    kind = {"E": "events", "Q": "quotes", "A": "articles"}[ident[0]]
    got = client.get(f"/api/{kind}/{ident}").json()
    key = {"E": "event", "Q": "quote", "A": "article"}[ident[0]]
    assert got[key] == corpus.show(ident)


def test_the_article_endpoint_gives_the_text_in_pieces_that_add_up_to_it(
    client: TestClient, corpus: Corpus
):
    # an event of A2 (event ids are store-wide: which are A2's depends on the coder's output)
    event = next(e["id"] for e in corpus.events(limit=1000) if e["article"] == "A2")
    got = client.get(f"/api/articles/A2?mark={event}").json()
    assert "".join(piece["text"] for piece in got["pieces"]) == corpus.show("A2")["text"]
    assert any("marked" in piece["kinds"] for piece in got["pieces"])


def test_lists_give_the_python_apis_records(client: TestClient, corpus: Corpus):
    assert client.get("/api/quotes?speaker=Kovac").json()["quotes"] == corpus.quotes(actor="Kovac")
    assert client.get("/api/stories").json()["stories"] == corpus.stories()
    assert client.get("/api/actors?country=USA").json()["actors"] == corpus.actors(country="USA")
    assert client.get("/api/search?q=ceasefire").json()["results"] == corpus.search(
        "ceasefire", limit=50
    )


def test_an_error_is_json_with_its_status(client: TestClient):
    response = client.get("/api/stories/S999999")
    assert response.status_code == 404
    assert response.json() == {"error": "no story S999999 (stories are filed by `dateline ingest`)",
                               "status": 404}  # fmt: skip


def test_quotes_show_what_was_said_unless_stances_are_asked_for(client):
    said = client.get("/api/quotes?limit=1000").json()["quotes"]
    stances = client.get("/api/quotes?mode=stance&limit=1000").json()["quotes"]
    unnamed = client.get("/api/quotes?mode=unresolved&limit=1000").json()["quotes"]
    both = client.get("/api/quotes?mode=all&limit=1000").json()["quotes"]
    assert said and stances  # the test store holds both
    assert {q["mode"] for q in said} == {"speech"} and {q["mode"] for q in stances} == {"stance"}
    assert {q["mode"] for q in unnamed} <= {"speech"}
    assert len(both) == len(said) + len(stances) + len(unnamed)
