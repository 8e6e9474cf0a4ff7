"""The benchmark texts: Reuters-21578 bodies from ../shared/data, or the project's examples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline.ingest import read_sources
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "corpora" / "reuters21578" / "articles.jsonl"


def load_articles(limit: int) -> tuple[str, list[Article]]:
    """The first ``limit`` Reuters stories with a body, and a label naming the corpus."""
    if not REUTERS.exists():
        articles = [a for a in read_sources([ROOT / "examples"]) if isinstance(a, Article)]
        return "project examples (../shared/data absent)", articles
    articles = []
    with REUTERS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = (record.get("body") or "").strip()
            if body:
                published = dt.date.fromisoformat(record["datetime"][:10])
                articles.append(Article(id=str(record["id"]), text=body, published=published))
            if len(articles) >= limit:
                break
    return f"Reuters-21578, first {len(articles)} stories", articles
