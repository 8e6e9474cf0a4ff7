"""The benchmark texts: Reuters-21578 bodies from ../shared/data, or the project's examples."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from dateline.ingest import read_sources
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "corpora" / "reuters21578" / "articles.jsonl"


def require_reuters() -> None:
    if not REUTERS.exists():
        raise SystemExit(f"Reuters-21578 not found at {REUTERS} (see ../shared/data/MANIFEST.md)")


def stories(limit: int | None) -> Iterator[tuple[str, str, str]]:
    """(id, publication date, body) of the first ``limit`` stories with a body (None: all)."""
    count = 0
    with REUTERS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = (record.get("body") or "").strip()
            if not body:
                continue
            yield str(record["id"]), record["datetime"][:10], body
            count += 1
            if limit and count >= limit:
                return


def load_articles(limit: int) -> tuple[str, list[Article]]:
    """The first ``limit`` Reuters stories with a body, and a label naming the corpus."""
    if not REUTERS.exists():
        articles = [a for a in read_sources([ROOT / "examples"]) if isinstance(a, Article)]
        return "project examples (../shared/data absent)", articles
    articles = [
        Article(id=story_id, text=body, published=dt.date.fromisoformat(published))
        for story_id, published, body in stories(limit)
    ]
    return f"Reuters-21578, first {len(articles)} stories", articles


def write_jsonl(limit: int | None, path: Path) -> tuple[int, int]:
    """The first ``limit`` stories as dateline JSONL (id, date, text); returns (articles, words)."""
    articles = words = 0
    with path.open("w", encoding="utf-8") as out:
        for story_id, published, body in stories(limit):
            out.write(json.dumps({"id": story_id, "date": published, "text": body}) + "\n")
            articles += 1
            words += len(body.split())
    return articles, words
