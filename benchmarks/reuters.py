"""The benchmark texts: Reuters-21578 bodies from ../shared/data, or the project's examples."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from dateline.evaluation.reuters import reuters_stories
from dateline.ingest import read_sources
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "corpora" / "reuters21578" / "articles.jsonl"


def require_reuters() -> None:
    if not REUTERS.exists():
        raise SystemExit(f"Reuters-21578 not found at {REUTERS} (see ../shared/data/MANIFEST.md)")


def stories(limit: int | None) -> Iterator[Article]:
    """The first ``limit`` stories with a body (None: all)."""
    return reuters_stories(REUTERS, limit)


def load_articles(limit: int) -> tuple[str, list[Article]]:
    """The first ``limit`` Reuters stories with a body, and a label naming the corpus."""
    if not REUTERS.exists():
        articles = [a for a in read_sources([ROOT / "examples"]) if isinstance(a, Article)]
        return "project examples (../shared/data absent)", articles
    articles = list(stories(limit))
    return f"Reuters-21578, first {len(articles)} stories", articles


def write_jsonl(limit: int | None, path: Path) -> tuple[int, int]:
    """The first ``limit`` stories as dateline JSONL (id, date, text); returns (articles, words)."""
    articles = words = 0
    with path.open("w", encoding="utf-8") as out:
        for story in stories(limit):
            record = {"id": story.id, "date": story.published.isoformat(), "text": story.text}
            out.write(json.dumps(record) + "\n")
            articles += 1
            words += len(story.text.split())
    return articles, words
