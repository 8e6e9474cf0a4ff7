"""Reuters-21578 as dateline reads it for benchmarks and evaluations: the stories with a body
from ``../shared/data/corpora/reuters21578/articles.jsonl``, dated by their timestamp."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from dateline.model import Article


def reuters_stories(path: Path, limit: int | None = None) -> Iterator[Article]:
    """The first ``limit`` stories with a body (None: all), in file order."""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = (record.get("body") or "").strip()
            if not body:
                continue
            published = dt.date.fromisoformat(record["datetime"][:10])
            yield Article(id=str(record["id"]), text=body, published=published)
            count += 1
            if limit and count >= limit:
                return
