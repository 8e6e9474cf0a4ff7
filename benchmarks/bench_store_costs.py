"""What storing costs per article, step by step, beside the parse it follows.

    python benchmarks/bench_store_costs.py [--articles N] [--into STORE]

Reads the first N Reuters-21578 stories with dateline (parse and stages), then times each step
the corpus adds per article: content hash, Reading JSON, flattening into rows, MinHash, pickling a
worker's batch result, and the SQLite writes (one transaction per batch of 32) into a new store,
or with ``--into`` into a copy of an existing one (the articles re-dated to 1900-01-01 so that
they are new to it), to see how writes scale with the store.
Ends with one SUMMARY line (milliseconds per article; ``store_share`` is the added steps as a
share of the parse and stages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.config import ReadConfig
from dateline.corpus.worker import process_batch, use_reader
from dateline.model import Reading
from dateline.pipeline import default_reader, read_many, ready_to_read
from dateline.store.dedup import content_hash, fingerprint
from dateline.store.rows import flatten
from dateline.store.writer import Store
from reuters import load_articles

BATCH = 32


def per_article_ms(readings: list[Reading], step: Callable[[Reading], object]) -> float:
    start = time.perf_counter()
    for reading in readings:
        step(reading)
    return (time.perf_counter() - start) / len(readings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--into", type=Path, help="Write into a copy of this store.")
    args = parser.parse_args()
    articles = load_articles(args.articles)[1]
    if args.into:
        articles = [a.model_copy(update={"published": dt.date(1900, 1, 1)}) for a in articles]
    ready_to_read()  # load everything and settle the heap, as an ingest worker does

    start = time.perf_counter()
    readings = list(read_many(articles))
    parse_ms = (time.perf_counter() - start) / len(readings) * 1000
    costs = {
        "content hash": per_article_ms(readings, lambda r: content_hash(r.article)),
        "Reading JSON": per_article_ms(readings, lambda r: r.model_dump_json()),
        "flatten into rows": per_article_ms(readings, flatten),
        "MinHash + band keys": per_article_ms(readings, lambda r: fingerprint(r.article.text)),
    }
    use_reader(default_reader())
    batches = [
        process_batch([(content_hash(a), a) for a in articles[i : i + BATCH]])
        for i in range(0, len(articles), BATCH)
    ]
    start = time.perf_counter()
    for batch in batches:
        pickle.loads(pickle.dumps(batch))
    costs["pickle a batch result (workers > 1)"] = (
        (time.perf_counter() - start) / len(articles) * 1000
    )
    with tempfile.TemporaryDirectory(prefix="dateline_store_costs_") as folder:
        path = Path(folder) / "store.db"
        if args.into:
            shutil.copy(args.into, path)
        store = Store(path)
        run = store.start_run([], ReadConfig().record())
        start = time.perf_counter()
        for batch in batches:
            store.write_batch(run, batch.items, [])
        costs["SQLite writes (rows, FTS5, MinHash bands)"] = (
            (time.perf_counter() - start) / len(articles) * 1000
        )
        store.close()

    added = sum(costs.values())
    into = f", written into a copy of {args.into}" if args.into else ""
    table = Table(title=f"cost per article, {len(articles)} Reuters-21578 stories{into}")
    table.add_column("step")
    table.add_column("ms / article", justify="right")
    table.add_column("share of parse + stages", justify="right")
    table.add_row("parse + stages (read_many)", f"{parse_ms:.2f}", "1.000")
    for name, ms in costs.items():
        table.add_row(name, f"{ms:.3f}", f"{ms / parse_ms:.3f}")
    table.add_row("all the store adds", f"{added:.3f}", f"{added / parse_ms:.3f}")
    Console().print(table)
    print(
        f"SUMMARY parse_ms={parse_ms:.2f} store_ms={added:.3f} store_share={added / parse_ms:.3f} "
        + " ".join(
            f"{name.split(' (')[0].replace(' ', '_').replace('+', 'and').lower()}_ms={ms:.3f}"
            for name, ms in costs.items()
        )
    )


if __name__ == "__main__":
    main()
