"""`dateline spark` on one and two cores against `dateline ingest` with one and two workers.

    python benchmarks/bench_spark.py [--articles 3000] [--batch-size 32]

Texts: the first N Reuters-21578 stories with a body (../shared/data/corpora/reuters21578), as
one JSON Lines source. Every measurement runs in a fresh process and its time includes loading
the model (and, for Spark, starting the JVM and the session): `dateline ingest` into a new store
with 1 and 2 workers, then `dateline spark` with `local[1]` and `local[2]` into Parquet tables,
each followed by `dateline load` into a new store (timed apart). Both Spark runs map the
machine's class archive of the driver JVM (`dateline.spark.job._class_archive`, made once per
machine and pyspark/Java installation by the first local run): when there is none yet, an
untimed run of a one-row query makes it first (`archive_s` in the SUMMARY, 0 when it was there;
`DATELINE_SPARK_CDS=off` measures without one), so that neither timed run writes it. The loaded
stores are compared with the 1-worker ingest table by table (`same_record`). Ends with one
SUMMARY line: speed-up of local[2] over local[1], and the overhead of Spark against ingest with
as many workers (spark_1_s / ingest_1_s - 1, spark_2_s / ingest_2_s - 1).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reuters import require_reuters, write_jsonl

# the tables compared row for row (ids included); rejected by (record, reason)
TABLES = (
    "articles", "texts", "readings", "timexes", "actors", "attributions", "events", "stories",
    "story_mentions",
)  # fmt: skip


def child_ingest(source: Path, db: Path, workers: int, batch_size: int) -> dict:
    started = time.perf_counter()
    from dateline.config import ReadConfig
    from dateline.corpus.ingest import ingest

    report = ingest(db, [source], config=ReadConfig(batch_size=batch_size), workers=workers)
    return {"seconds": time.perf_counter() - started, "stored": report.stored}


def child_spark(source: Path, out: Path, cores: int, batch_size: int, db: Path) -> dict:
    started = time.perf_counter()
    from dateline.config import ReadConfig
    from dateline.corpus.load import load
    from dateline.spark.job import run, session, stop

    spark = session(f"local[{cores}]", "dateline-bench")
    spark.sparkContext.setLogLevel("ERROR")
    report = run(spark, [source], out, config=ReadConfig(batch_size=batch_size))
    stop(spark)
    seconds = time.perf_counter() - started
    loading = time.perf_counter()
    load(out, db)
    return {
        "seconds": seconds,
        "load_seconds": time.perf_counter() - loading,
        "stored": report.stored,
        "largest_component": max(report.largest_components, default=0),
    }


def child_archive() -> dict:
    """Make the machine's class archive of the driver JVM when there is none (untimed in the
    SUMMARY's Spark runs: a one-row query, then the JVM's exit writes it)."""
    started = time.perf_counter()
    from dateline.spark import job

    path = job._archive_path()
    if path is None or path.is_file():
        return {"seconds": 0.0, "archive": "off" if path is None else "mapped"}
    spark = job.session("local[1]", "dateline-bench-archive")
    spark.range(1).collect()
    job.stop(spark)
    made = "made" if path.is_file() else "not made"
    return {"seconds": time.perf_counter() - started, "archive": made}


def in_child(*args: str) -> dict:
    """Run one measurement in a fresh Python process and return what it printed as JSON."""
    env = os.environ | {"SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True, capture_output=True, text=True, env=env,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def same_record(one: Path, other: Path) -> bool:
    first, second = sqlite3.connect(one), sqlite3.connect(other)
    queries = [f"SELECT * FROM {table} ORDER BY rowid" for table in TABLES]
    queries += [
        "SELECT article_id, duplicate_of, similarity FROM articles ORDER BY id",
        "SELECT record, reason FROM rejected ORDER BY record, reason",
    ]
    differing = []
    for query in queries:
        rows = [
            [tuple(v for i, v in enumerate(row) if d[i][0] != "run") for row in cursor]
            for cursor in (first.execute(query), second.execute(query))
            for d in [cursor.description]
        ]
        if rows[0] != rows[1]:
            differing.append(query)
    if differing:
        print("differs:", *differing, sep="\n  ")
    return not differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "archive":
            result = child_archive()
        elif kind == "ingest":
            result = child_ingest(Path(rest[0]), Path(rest[1]), int(rest[2]), int(rest[3]))
        else:
            source, out, cores, batch, db = rest
            result = child_spark(Path(source), Path(out), int(cores), int(batch), Path(db))
        print(json.dumps(result))
        return
    require_reuters()
    work = Path(tempfile.mkdtemp(prefix="dateline_bench_spark_"))
    source = work / "reuters.jsonl"
    articles, words = write_jsonl(args.articles, source)
    load_before = os.getloadavg()[0]
    print(f"{articles:,} Reuters stories, {words:,} words; load average {load_before:.2f}")
    runs = {"archive": in_child("archive")}
    print(f"class archive: {runs['archive']['archive']} ({runs['archive']['seconds']:.1f} s)")
    for workers in (1, 2):
        name = f"ingest_{workers}"
        runs[name] = in_child(
            "ingest", str(source), str(work / f"{name}.db"), str(workers), str(args.batch_size)
        )
        print(f"{name}: {runs[name]['seconds']:.1f} s", flush=True)
    for cores in (1, 2):
        name = f"spark_{cores}"
        out, db = work / name, work / f"{name}.db"
        runs[name] = in_child("spark", str(source), str(out), str(cores), str(args.batch_size),
                              str(db))  # fmt: skip
        print(f"{name}: {runs[name]['seconds']:.1f} s, load {runs[name]['load_seconds']:.1f} s",
              flush=True)  # fmt: skip
    load_after = os.getloadavg()[0]
    same = all(same_record(work / "ingest_1.db", work / f"spark_{n}.db") for n in (1, 2))
    seconds = {name: run["seconds"] for name, run in runs.items()}
    print(
        f"SUMMARY spark_1_s={seconds['spark_1']:.1f} spark_2_s={seconds['spark_2']:.1f} "
        f"speedup_2={seconds['spark_1'] / seconds['spark_2']:.2f} "
        f"ingest_1_s={seconds['ingest_1']:.1f} ingest_2_s={seconds['ingest_2']:.1f} "
        f"overhead_vs_ingest={seconds['spark_1'] / seconds['ingest_1'] - 1:.2f} "
        f"overhead_vs_ingest_2={seconds['spark_2'] / seconds['ingest_2'] - 1:.2f} "
        f"load_s={runs['spark_2']['load_seconds']:.1f} "
        f"archive={runs['archive']['archive']} archive_s={runs['archive']['seconds']:.1f} "
        f"spark_2_articles_per_s={articles / seconds['spark_2']:.1f} "
        f"same_record={'yes' if same else 'no'} "
        f"largest_component={runs['spark_2']['largest_component']} articles={articles} "
        f"load={max(load_before, load_after):.1f}"
    )


if __name__ == "__main__":
    main()
