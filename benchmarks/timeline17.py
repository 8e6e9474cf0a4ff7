"""Timeline17's articles (crisis coverage by many outlets, ../shared/data) as dateline JSON Lines.

Which topics are for development and which are held out is the project's split (docs/audit.md):
haiti, bpoil and H1N1 to develop on; EgyptianProtest and Finan to measure on.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMELINE17 = ROOT.parent / "shared" / "data" / "corpora" / "timeline17-dev" / "articles.jsonl"
DEV_TOPICS = ("haiti", "bpoil", "H1N1")
HELD_OUT_TOPICS = ("EgyptianProtest", "Finan")
_FIELDS = ("id", "date", "source", "text")  # what dateline's JSON Lines reader takes


def require_timeline17() -> None:
    if not TIMELINE17.exists():
        raise SystemExit(f"Timeline17 not found at {TIMELINE17} (see ../shared/data/MANIFEST.md)")


def topic_records(topics: tuple[str, ...]) -> dict[str, list[dict]]:
    """Every article of each topic, as dateline records, in the file's order."""
    by_topic: dict[str, list[dict]] = {topic: [] for topic in topics}
    unknown = set(topics)
    with TIMELINE17.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["topic"] in by_topic:
                by_topic[record["topic"]].append({k: record[k] for k in _FIELDS})
                unknown.discard(record["topic"])
    if unknown:
        raise SystemExit(f"no Timeline17 topic {', '.join(sorted(unknown))} in {TIMELINE17}")
    return by_topic


def write_records(records: list[dict], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
