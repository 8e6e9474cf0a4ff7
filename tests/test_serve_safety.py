"""The web view's safety: read-only, GET only, a Content-Security-Policy of 'self' on every
response, every value escaped, every filter parameterised, no traceback ever shown."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app as cli
from dateline.corpus.api import Corpus
from dateline.store.schema import SCHEMA_VERSION
from tests.web import web_client

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    '" OR 1=1 --',
    "1) UNION SELECT sql, 1, 1 FROM sqlite_master --",
    "%' AND 1=0 UNION SELECT name FROM sqlite_master WHERE '%'='",
    "E1 OR 1=1",
    "\\x00\x00",
    'NEAR(a b) OR * ^ "',
    "-1",
    "9" * 40,
]
LIST_PAGES = {
    "/timeline": ["actor", "source", "target", "type", "country", "since", "until", "q", "limit",
                  "offset", "sort", "with_duplicates"],
    "/dyads": ["actor", "type", "country", "since", "sort", "limit"],
    "/activity": ["actor", "unit", "count", "q", "until"],
    "/quotes": ["speaker", "q", "since", "until", "limit", "offset"],
    "/stories": ["min_articles", "limit"],
    "/actors": ["name", "country", "limit"],
    "/actor": ["name", "unit", "count"],
    "/search": ["q", "limit"],
    "/articles/A1": ["mark"],
}  # fmt: skip


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile(web_store: Path) -> str:
    """The article of tests/data/hostile, whose text holds markup (checked to be stored as is)."""
    corpus = Corpus(web_store, read_only=True)
    (found,) = corpus.search("onerror", limit=1)
    article = corpus.show(found["article"])
    assert "<script>alert(" in article["text"] and "{{7*7}}" in article["text"]
    return found["article"]


@pytest.mark.parametrize(
    "path", ["/", "/api/overview", "/static/htmx.min.js", "/events/E999999", "/timeline?since=x"]
)
def test_every_response_carries_a_content_security_policy_of_self(client: TestClient, path: str):
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_load_nothing_from_another_host(client: TestClient):
    page = client.get("/").text
    assert '<script src="/static/htmx.min.js"' in page
    assert "http://" not in page.split("<svg")[0] and "https://" not in page.split("<svg")[0]
    assert client.get("/static/htmx.min.js").status_code == 200


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/", "/timeline", "/api/timeline", "/stories/S1"])
def test_only_get_is_served(client: TestClient, method: str, path: str):
    response = client.request(method, path)
    assert response.status_code == 405
    assert "Traceback" not in response.text


@pytest.mark.parametrize(
    "path",
    ["/articles/{a}", "/timeline?limit=10000", "/quotes?limit=10000", "/search?q=onerror",
     "/search?q=alert"],
)  # fmt: skip
def test_markup_in_an_article_shows_as_text(client: TestClient, hostile: str, path: str):
    page = client.get(path.format(a=hostile)).text
    assert "&lt;script&gt;" in page or "&lt;img" in page  # the markup is on the page, as text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    if path.startswith("/articles"):
        assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page
        assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
        assert "{{7*7}}" in page and "{{ config }}" in page and ">49<" not in page


def test_markup_in_a_parameter_is_escaped_where_it_is_shown(client: TestClient):
    page = client.get('/search?q="><script>alert(1)</script>').text
    assert "<script>alert(1)" not in page
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    missing = client.get("/actor?name=<img src=x onerror=alert(1)>")
    assert missing.status_code == 404
    assert "<img src=x" not in missing.text and "&lt;img src=x" in missing.text


@pytest.mark.parametrize("path", sorted(LIST_PAGES))
def test_injection_attempts_in_every_filter_give_results_or_a_400(
    client: TestClient, web_store: Path, path: str
):
    before = sha256(web_store)
    for parameter in LIST_PAGES[path]:
        for attempt in INJECTIONS:
            for prefix in ("", "/api"):
                if path == "/actor" and parameter != "name":
                    query = {"name": "Irena Kovac", parameter: attempt}
                else:
                    query = {parameter: attempt}
                response = client.get(prefix + path, params=query)
                where = f"{prefix}{path}?{parameter}={attempt!r}"
                assert response.status_code in (200, 400, 404), where
                assert "Traceback" not in response.text, where
    assert sha256(web_store) == before
    counts = Corpus(web_store, read_only=True).counts()
    assert counts["events"] > 0 and counts["articles"] > 0


def test_an_internal_failure_is_a_500_page_without_a_traceback(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
):
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr("dateline.store.views.runs", broken)
    for path in ("/runs", "/api/runs"):
        response = client.get(path)
        assert response.status_code == 500
        assert "internal error" in response.text
        assert "secret detail" not in response.text and "Traceback" not in response.text


@pytest.fixture
def older_store(web_store: Path, tmp_path: Path) -> Path:
    old = tmp_path / "older.db"
    shutil.copy(web_store, old)
    with sqlite3.connect(old) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    return old


def test_a_store_of_another_schema_version_gets_a_clear_page_and_is_never_migrated(
    older_store: Path,
):
    with web_client(older_store) as client:
        page = client.get("/")
        api = client.get("/api/timeline")
    assert page.status_code == 503 and api.status_code == 503
    assert f"schema version {SCHEMA_VERSION - 1}" in page.text
    assert "The store cannot be read" in page.text
    assert f"schema version {SCHEMA_VERSION - 1}" in api.json()["error"]
    with sqlite3.connect(older_store) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1


def test_dateline_serve_refuses_a_store_of_another_version_in_one_line(older_store: Path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(older_store)])
    assert result.exit_code == 2
    assert f"schema version {SCHEMA_VERSION - 1}" in result.output
    assert "Traceback" not in result.output


def test_dateline_serve_needs_a_store(tmp_path: Path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_dateline_serve_binds_loopback_unless_told_and_then_warns(
    web_store: Path, monkeypatch: pytest.MonkeyPatch
):
    started: list[tuple[str, int]] = []
    monkeypatch.setattr(
        "dateline.serve.server.serve",
        lambda db, host, port: started.append((host, port)),
    )
    quiet = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--port", "8123"])
    assert quiet.exit_code == 0, quiet.output
    assert "warning" not in quiet.output and "http://127.0.0.1:8123/" in quiet.output
    loud = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--host", "0.0.0.0"])
    assert loud.exit_code == 0, loud.output
    assert "warning" in loud.output and "0.0.0.0" in loud.output
    assert started == [("127.0.0.1", 8123), ("0.0.0.0", 8000)]
