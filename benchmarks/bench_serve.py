"""Latency of `dateline serve` under load: every page type, a few concurrent clients, loopback.

    python benchmarks/bench_serve.py [--articles N | --all] [--requests R] [--clients C]

The store: the first N Reuters-21578 stories with a body (../shared/data/corpora/reuters21578),
or all of them, ingested with 2 workers. A store takes minutes to build (the whole corpus 10-25),
so it is kept in a cache folder ($DATELINE_BENCH_CACHE, else ~/.cache/dateline-bench) and
reused by later runs; delete it to rebuild. The server runs as `dateline serve` in its own
process on 127.0.0.1 and is stopped at the end. Each of C client threads sends its share of R
requests per page type (ids, names and filters drawn from the store with a fixed seed); a
request is an error unless it answers 200. Prints p50/p99 per page type, then one SUMMARY line.
Goal: p99 < 300 ms for every page on a store of 20,000 articles, 0 errors.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

from rich.console import Console
from rich.table import Table

from dateline.store.schema import connect
from reuters import require_reuters, write_jsonl

CACHE = Path(os.environ.get("DATELINE_BENCH_CACHE", Path.home() / ".cache" / "dateline-bench"))
SEARCH_WORDS = ["oil", "bank", "trade", "prices", "talks", "dollar", "tax", "strike", "wheat"]


def cached_store(articles: int | None, console: Console) -> Path:
    """The store of the first ``articles`` Reuters stories (None: all), built once and kept."""
    db = CACHE / f"reuters-{articles or 'all'}.db"
    if db.exists():
        console.print(f"store: {db} (cached; delete it to rebuild)")
        connect(db).close()  # a store cached by an older dateline is brought to this schema
        return db
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = db.with_suffix(".partial")
    for old in CACHE.glob(partial.name + "*"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "reuters.jsonl"
        count, _ = write_jsonl(articles, source)
        console.print(f"building {db} from {count:,} stories (2 workers; minutes)...")
        started = time.perf_counter()
        from dateline import Corpus

        Corpus(partial).ingest([source], workers=2)
        Corpus(partial).close()
    partial.rename(db)  # only a finished store is ever reused
    console.print(f"built in {time.perf_counter() - started:.0f} s")
    return db


def sample_requests(db: Path, per_page: int, seed: int = 7) -> dict[str, list[str]]:
    """Per page type, ``per_page`` paths drawn from what the store holds."""
    pick = random.Random(seed)
    store = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)

    def ids(sql: str) -> list:
        return [row[0] for row in store.execute(sql)]

    events = ids("SELECT id FROM events")
    quotes = ids("SELECT id FROM attributions")
    articles = ids("SELECT id FROM articles WHERE duplicate_of IS NULL")
    stories = ids("SELECT id FROM stories WHERE articles >= 2") or ids("SELECT id FROM stories")
    actors = ids(
        "SELECT name FROM actors GROUP BY name ORDER BY count(DISTINCT article) DESC LIMIT 300"
    )
    types = ids("SELECT DISTINCT type FROM events")
    months = ids("SELECT DISTINCT substr(published, 1, 7) FROM articles")
    store.close()

    def month_range() -> dict[str, str]:
        month = pick.choice(months)
        return {"since": f"{month}-01", "until": f"{month}-28"}

    def timeline() -> str:
        filters: list[Callable[[], dict[str, str]]] = [
            lambda: {},
            lambda: {"actor": pick.choice(actors)},
            lambda: {"type": pick.choice(types)},
            lambda: {"q": pick.choice(SEARCH_WORDS)},
            month_range,
            lambda: {"sort": pick.choice(["-date", "type", "source"]), "offset": "100"},
        ]
        return "/timeline?" + urlencode(pick.choice(filters)())

    makers: dict[str, Callable[[], str]] = {
        "overview": lambda: "/?" + urlencode({"unit": pick.choice(["day", "week", "month"]),
                                              "count": pick.choice(["mentions", "stories"])}),
        "timeline": timeline,
        "timeline csv": lambda: timeline() + "&format=csv",
        "dyads": lambda: "/dyads?" + urlencode(pick.choice([{}, {"type": pick.choice(types)}])),
        "stories": lambda: "/stories",
        "story": lambda: f"/stories/S{pick.choice(stories)}",
        "event": lambda: f"/events/E{pick.choice(events)}",
        "quote": lambda: f"/quotes/Q{pick.choice(quotes)}",
        "article": lambda: f"/articles/A{pick.choice(articles)}?mark=E{pick.choice(events)}",
        "quotes": lambda: "/quotes?" + urlencode({"q": pick.choice(SEARCH_WORDS)}),
        "actors": lambda: "/actors",
        "actor": lambda: f"/actor?name={quote(pick.choice(actors))}",
        # the chart the actor page loads after it (htmx), a request of its own
        "actor chart": lambda: f"/actor/activity?name={quote(pick.choice(actors))}"
        + pick.choice(["", "&unit=week", "&count=stories"]),
        "search": lambda: f"/search?q={pick.choice(SEARCH_WORDS)}",
        "api timeline": lambda: "/api" + timeline(),
        "api story": lambda: f"/api/stories/S{pick.choice(stories)}",
    }  # fmt: skip
    return {page: [make() for _ in range(per_page)] for page, make in makers.items()}


def timed_get(url: str) -> tuple[float, bool]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return (time.perf_counter() - started) * 1000, ok


def start_server(db: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=5):
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 120 s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--all", action="store_true", help="Every Reuters story with a body.")
    parser.add_argument("--requests", type=int, default=60, help="Requests per page type.")
    parser.add_argument("--clients", type=int, default=4, help="Concurrent clients.")
    args = parser.parse_args()
    require_reuters()
    console = Console()
    db = cached_store(None if args.all else args.articles, console)
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as store:
        (articles,) = store.execute("SELECT count(*) FROM articles").fetchone()
    size_mb = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
    paths = sample_requests(db, args.requests)

    from dateline.serve.server import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(db, port)
    load_before = os.getloadavg()[0]
    results: dict[str, list[tuple[float, bool]]] = {}
    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=args.clients) as clients:
            for page, page_paths in paths.items():
                results[page] = list(clients.map(timed_get, [base + p for p in page_paths]))
    finally:
        server.terminate()
        server.wait(timeout=30)
    seconds = time.perf_counter() - started

    title = f"dateline serve, {articles:,} articles ({size_mb:.0f} MB), {args.clients} clients"
    table = Table(title=f"{title}, {args.requests} requests per page type")
    for column in ("page", "requests", "errors", "p50 ms", "p99 ms", "max ms"):
        table.add_column(column, justify="right" if column != "page" else "left")
    every: list[float] = []
    worst_page, worst_p99 = "", 0.0
    errors = 0
    for page, timings in results.items():
        times = [ms for ms, _ in timings]
        failed = sum(not ok for _, ok in timings)
        errors += failed
        every += times
        p99 = percentile(times, 0.99)
        if p99 > worst_p99:
            worst_page, worst_p99 = page, p99
        table.add_row(page, str(len(times)), str(failed), f"{statistics.median(times):.0f}",
                      f"{p99:.0f}", f"{max(times):.0f}")  # fmt: skip
    console.print(table)
    console.print(
        f"{len(every)} requests in {seconds:.1f} s ({len(every) / seconds:.0f}/s); load average"
        f" {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end"
        f" ({os.cpu_count()} cores)"
    )
    print(
        f"SUMMARY p50_ms={statistics.median(every):.1f} p99_ms={percentile(every, 0.99):.1f} "
        f"errors={errors} requests={len(every)} worst_page={worst_page.replace(' ', '_')} "
        f"worst_p99_ms={worst_p99:.1f} articles={articles} store_mb={size_mb:.0f} "
        f"clients={args.clients}"
    )


if __name__ == "__main__":
    main()
