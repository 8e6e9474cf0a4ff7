"""Story dedup: how many events merge into story events, and a sample to check.

    python benchmarks/bench_stories.py                  # first 2,000 Reuters stories with a body
    python benchmarks/bench_stories.py --limit 500 --sample 20
    python benchmarks/bench_stories.py --timeline17 EgyptianProtest Finan   # held-out topics

Ingests the first ``--limit`` Reuters-21578 stories with a body, or every article of the given
Timeline17 topics in order of publication (crisis coverage: many outlets report the same events
over days), from ../shared/data, into a fresh store (``dateline ingest`` files story events
after every batch, in input order whatever the number of ``--workers``); then reports the
events filed, the story events they became and the share merged, and prints a reproducible
sample (``--seed``) of merges - a mention that joined an existing story - with the evidence of
the mention it matched best. Hand judgements of that sample, keyed by article id and evidence
offset, are read from ``benchmarks/bench_stories_judgements.toml`` to state the precision.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
import tomllib
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.corpus.ingest import ingest
from dateline.store.schema import connect
from dateline.stories.filing import StoryFiler
from dateline.stories.merge import evidence_similarity
from reuters import require_reuters, write_jsonl
from timeline17 import require_timeline17, topic_records, write_records

JUDGEMENTS = Path(__file__).with_name("bench_stories_judgements.toml")
console = Console()


def refile_seconds(db: sqlite3.Connection) -> float:
    """Time to file every event again from scratch (the stories are rebuilt identically)."""
    db.executescript("DELETE FROM story_mentions; DELETE FROM stories; DELETE FROM story_state;")
    started = time.perf_counter()
    StoryFiler(db).update()
    return time.perf_counter() - started


_EVENT = (
    "SELECT e.id, e.article, e.type, e.date, e.source_name, e.target_name, e.evidence,"
    " a.article_id, a.published, e.evidence_start"
    " FROM events e JOIN articles a ON a.id = e.article WHERE e.id = ?"
)


def stable_key(row: tuple) -> str:
    """A mention as article id and evidence offset (a Reuters story's number with an ``r``):
    store ids shift when the stages change what they find, the text positions do not."""
    article_id = row[7]
    return f"{'r' if article_id.isdigit() else ''}{article_id}@{row[9]}"


def merges(db: sqlite3.Connection) -> list[tuple[int, int]]:
    """(story, event) of every mention that joined a story someone else started."""
    return db.execute(
        "SELECT m.story, m.event FROM story_mentions m WHERE m.id >"
        " (SELECT min(first.id) FROM story_mentions first WHERE first.story = m.story)"
        " ORDER BY m.id"
    ).fetchall()


def best_match(db: sqlite3.Connection, story: int, event: int) -> tuple:
    """The earlier member of the story whose evidence is most like the joining event's."""
    joined = db.execute(_EVENT, [event]).fetchone()
    earlier = [
        db.execute(_EVENT, [member]).fetchone()
        for (member,) in db.execute(
            "SELECT event FROM story_mentions WHERE story = ? AND id <"
            " (SELECT id FROM story_mentions WHERE event = ?) ORDER BY id",
            [story, event],
        )
    ]
    return joined, max(earlier, key=lambda row: evidence_similarity(joined[6], row[6]))


def load_judgements() -> dict[tuple[str, str], str]:
    """(joined mention, matched mention) -> verdict, keyed by ``stable_key``."""
    if not JUDGEMENTS.exists():
        return {}
    data = tomllib.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    return {(j["joined"], j["matched"]): j["verdict"] for j in data.get("judgement", [])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--timeline17",
        nargs="+",
        metavar="TOPIC",
        help="Every article of these Timeline17 topics instead of Reuters (--limit is ignored).",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="Reading processes (the filing order is the same)."
    )
    parser.add_argument("--db", type=Path, help="Keep the store here (default: a temporary one).")
    parser.add_argument("--reuse", action="store_true", help="Keep an existing --db.")
    args = parser.parse_args()
    if args.timeline17:
        require_timeline17()
    else:
        require_reuters()
    with tempfile.TemporaryDirectory(prefix="dateline_bench_stories_") as work:
        if args.db is None:
            args.db = Path(work) / "stories.db"
        elif not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        run(args)


def run(args: argparse.Namespace) -> None:
    source = args.db.with_suffix(".jsonl")
    if args.timeline17:
        records = [r for rs in topic_records(tuple(args.timeline17)).values() for r in rs]
        write_records(sorted(records, key=lambda r: (r["date"], r["id"])), source)
        corpus = f"{len(records)} articles of Timeline17 {', '.join(args.timeline17)}"
    else:
        written, _ = write_jsonl(args.limit, source)
        corpus = f"first {written} Reuters-21578 stories"
    started = time.perf_counter()
    ingest(args.db, [source], workers=args.workers)
    ingest_seconds = time.perf_counter() - started
    db = connect(args.db)
    StoryFiler(db).update()  # nothing to do unless the store predates story filing
    seconds = refile_seconds(db)

    events = db.execute("SELECT count(*) FROM story_mentions").fetchone()[0]
    stories = db.execute("SELECT count(*) FROM stories").fetchone()[0]
    multi, in_multi = db.execute(
        "SELECT count(*), coalesce(sum(mentions), 0) FROM stories WHERE mentions > 1"
    ).fetchone()
    all_events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    articles, near_duplicates = db.execute(
        "SELECT count(*), count(duplicate_of) FROM articles"
    ).fetchone()
    merged = merges(db)
    merged_share = len(merged) / events if events else 0.0

    table = Table(title=f"Story events, {corpus}", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in (
        ("articles stored (near-duplicates)", f"{articles} ({near_duplicates})"),
        ("events stored / filed (not in near-duplicates)", f"{all_events} / {events}"),
        ("story events", stories),
        ("story events with 2+ mentions", multi),
        ("events in a story with 2+ mentions", f"{in_multi} ({in_multi / max(events, 1):.1%})"),
        ("events merged into an earlier story", f"{len(merged)} ({merged_share:.1%})"),
        ("filing all events from scratch (s, busy machine)", f"{seconds:.2f}"),
        ("ingest incl. parsing (s, busy machine)", f"{ingest_seconds:.1f}"),
    ):
        table.add_row(name, str(value))
    console.print(table)

    sample = sorted(random.Random(args.seed).sample(merged, min(args.sample, len(merged))))
    judged = load_judgements()
    verdicts = []
    listing = Table(title=f"Sample of {len(sample)} merges (seed {args.seed})", show_lines=True)
    for heading in ("story / event", "joined mention", "best earlier mention", "verdict"):
        listing.add_column(heading, overflow="fold")
    for story, event in sample:
        joined, match = best_match(db, story, event)
        verdict = judged.get((stable_key(joined), stable_key(match)), "")
        verdicts.append(verdict)

        def describe(row: tuple) -> str:
            return (
                f"E{row[0]} {row[2]} {row[3] or '-'} | {row[4] or '?'} -> {row[5] or '?'}"
                f" | A{row[1]} {stable_key(row)} ({row[8]})\n{row[6]}"
            )

        listing.add_row(f"S{story} E{event}", describe(joined), describe(match), verdict)
    console.print(listing)
    counted = [v for v in verdicts if v in ("same", "different")]
    precision = sum(v == "same" for v in counted) / len(counted) if counted else float("nan")
    unclear = sum(v == "unclear" for v in verdicts)
    print(  # one line, whatever the terminal width
        f"SUMMARY articles={articles} events={events} stories={stories}"
        f" merged={len(merged)} merged_share={merged_share:.3f} multi_stories={multi}"
        f" sample={len(sample)} judged={len(counted) + unclear} unclear={unclear}"
        f" precision={precision:.2f} refile_s={seconds:.2f}"
    )


if __name__ == "__main__":
    main()
