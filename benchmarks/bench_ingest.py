"""Throughput of `dateline ingest` (parse, all stages, store) against spaCy's pipeline alone.

    python benchmarks/bench_ingest.py [--articles N | --all] [--batch-size B]

Texts: the first N Reuters-21578 stories with a body (../shared/data/corpora/reuters21578), as a
JSON Lines source. Every measurement runs in a fresh process, as a user would run it, and its
time includes loading the model: spaCy's stock `en_core_web_sm` (`nlp.pipe`, batch 32) alone,
then the whole dateline ingest into a new store with 1 worker and with 2 workers. Then: store
size per 1,000 articles and timeline query latency over the whole store. Ends with one SUMMARY.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from reuters import require_reuters, write_jsonl


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ingest workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child_spacy(source: Path) -> dict:
    """spaCy's own full pipeline on the same texts (the floor's cost)."""
    started = time.perf_counter()
    import spacy

    from dateline.language import MODEL

    nlp = spacy.load(MODEL)
    texts = [json.loads(line)["text"] for line in source.open(encoding="utf-8")]
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": cpu_seconds(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_ingest(source: Path, db: Path, workers: int, batch_size: int) -> dict:
    started = time.perf_counter()
    from dateline import Corpus
    from dateline.config import ReadConfig

    report = Corpus(db).ingest([source], config=ReadConfig(batch_size=batch_size), workers=workers)
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": cpu_seconds(),
        "peak_rss_mb": report.peak_rss_mb,
        "stored": report.stored,
        "rejected": report.rejected,
        "near_duplicates": report.near_duplicates,
    }


def in_child(*args: str) -> dict:
    """Run one measurement in a fresh Python process and return what it printed as JSON."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def query_latency_ms(db: Path, repeats: int = 5) -> dict[str, float]:
    from dateline import Corpus

    corpus = Corpus(db)
    top_actor = corpus.actors(limit=1)[0]["name"]
    queries = {
        "timeline, first 100 events": lambda: corpus.timeline(limit=100),
        "timeline, every event": lambda: corpus.timeline(limit=None),
        f"timeline --actor {top_actor!r}": lambda: corpus.timeline(actor=top_actor, limit=100),
        "timeline --query 'oil prices'": lambda: corpus.timeline(text="oil prices", limit=100),
        "timeline --type + date range": lambda: corpus.timeline(
            type="CONSULT", since="1987-03-01", until="1987-03-31", limit=100
        ),
    }
    latency = {}
    for name, run in queries.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        latency[name] = statistics.median(times) * 1000
    corpus.close()
    return latency


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--all", action="store_true", help="All 21,578 stories with a body.")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--keep", type=Path, help="Keep the stores in this folder.")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "spacy":
            result = child_spacy(Path(rest[0]))
        else:
            result = child_ingest(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]))
        print(json.dumps(result))
        return
    require_reuters()

    console = Console()
    work = args.keep or Path(tempfile.mkdtemp(prefix="dateline_bench_ingest_"))
    work.mkdir(parents=True, exist_ok=True)
    source = work / "reuters.jsonl"
    articles, words = write_jsonl(None if args.all else args.articles, source)
    load_before = os.getloadavg()[0]
    console.print(f"{articles:,} Reuters stories, {words:,} words; load average {load_before:.2f}")

    runs = {"spaCy en_core_web_sm alone": in_child("spacy", str(source))}
    stores = {}
    for workers in (1, 2):
        db = work / f"store-{workers}w.db"
        for old in work.glob(db.name + "*"):
            old.unlink()
        stores[workers] = db
        runs[f"dateline ingest, {workers} worker{'s' * (workers > 1)}"] = in_child(
            "ingest", str(source), str(db), str(workers), str(args.batch_size)
        )
    load_after = os.getloadavg()[0]

    spacy_run, one, two = runs.values()
    table = Table(title=f"ingest throughput, {articles:,} Reuters-21578 stories ({words:,} words)")
    columns = ("run", "seconds", "CPU seconds", "articles/s", "words/s", "ratio to spaCy")
    for column in (*columns, "peak RSS MB"):
        table.add_column(column, justify="right")
    for name, run in runs.items():
        table.add_row(
            name,
            f"{run['seconds']:.1f}",
            f"{run['cpu_seconds']:.1f}",
            f"{articles / run['seconds']:.1f}",
            f"{words / run['seconds']:,.0f}",
            f"{spacy_run['seconds'] / run['seconds']:.2f}",
            f"{run['peak_rss_mb']:.0f}",
        )
    console.print(table)
    ratio_1w = spacy_run["seconds"] / one["seconds"]
    speedup_2w = one["seconds"] / two["seconds"]
    peak = max(one["peak_rss_mb"], two["peak_rss_mb"])
    console.print(
        f"stored {one['stored']:,} ({one['near_duplicates']} near-duplicates linked), "
        f"rejected {one['rejected']}; 2 workers stored {two['stored']:,}; "
        f"load average {load_before:.2f} before, {load_after:.2f} after ({os.cpu_count()} cores); "
        "on a busy machine the 2-worker time says little (the kernel shares CPU per session): "
        f"its CPU time is {two['cpu_seconds'] / one['cpu_seconds']:.2f}x the 1-worker run's"
    )

    if not one["stored"] or not two["stored"]:
        sys.exit("nothing was stored: see the `rejected` table of the stores for why")
    size_mb = store_bytes(stores[1]) / 1e6
    per_1k = size_mb / one["stored"] * 1000
    latency = query_latency_ms(stores[1])
    queries = Table(title=f"query latency over the whole store ({size_mb:.1f} MB)")
    queries.add_column("query")
    queries.add_column("ms (median of 5)", justify="right")
    for name, ms in latency.items():
        queries.add_row(name, f"{ms:.1f}")
    console.print(queries)
    console.print(f"store size: {per_1k:.1f} MB per 1,000 articles")
    print(
        f"SUMMARY ratio_1w={ratio_1w:.2f} speedup_2w={speedup_2w:.2f} peak_rss_mb={peak:.0f} "
        f"articles_per_s={articles / one['seconds']:.1f} "
        f"words_per_s={words / one['seconds']:.0f} "
        f"articles_per_s_2w={articles / two['seconds']:.1f} store_mb_per_1k={per_1k:.1f} "
        f"timeline_ms={latency['timeline, first 100 events']:.1f} "
        f"cpu_ratio_2w={two['cpu_seconds'] / one['cpu_seconds']:.2f} "
        f"load={max(load_before, load_after):.1f} articles={articles} "
        f"date={dt.date.today().isoformat()}"
    )


if __name__ == "__main__":
    main()
