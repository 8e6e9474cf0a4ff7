"""Build the audit stores: a development store to study errors on, and a held-out store to
measure precision on (judged blind, never used to develop the rules).

    python benchmarks/audit_stores.py [--out DIR] [--limit 150] [--seed 2026] [--workers 2]
                                      [--only dev|held-out] [--unseen [K]]

development: PolNeAR train articles and the Timeline17 topics haiti, bpoil and H1N1;
held-out:    PolNeAR test articles, the Timeline17 topics EgyptianProtest and Finan, and the
             article-extraction-benchmark web pages.

At most ``--limit`` articles are drawn from each part (PolNeAR train/test and each topic), by a
seeded shuffle, so the same options build the same stores. Inputs are converted into a temporary
folder (JSON Lines, decompressed HTML), never into the repository; the stores go to
``DIR/dev.db`` and ``DIR/held-out.db``. With ``--unseen`` the development parts are drawn from
the articles the default draw (seed 2026, the same ``--limit``) leaves out: a second development
store, of articles no rule was studied on, to see whether a round's rules reach beyond the
articles it was made on (``DIR/dev-unseen.db``). ``--unseen 2`` leaves out that store's articles
too (``DIR/dev-unseen2.db``), and so on: a fresh development store once the last one has been
studied. The data is read from ../shared/data (MANIFEST.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import tempfile
import time
from pathlib import Path

from dateline.corpus.ingest import ingest
from timeline17 import DEV_TOPICS, HELD_OUT_TOPICS, topic_records, write_records

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
POLNEAR = DATA / "quotes" / "polnear" / "data"
PAGES = DATA / "corpora" / "article-extraction-benchmark" / "html"

# PolNeAR names its files outlet_YYYY-MM-DD_slug.txt; the first line is the headline
_POLNEAR_NAME = re.compile(r"^(?P<outlet>[^_]+)_(?P<date>\d{4}-\d{2}-\d{2})_")


DEFAULT_SEED = 2026


def _draw(items: list, limit: int, seed: int, unseen: int = 0) -> list:
    """At most ``limit`` of ``items``, the same ones for the same seed; ``unseen`` K: of those
    the default draw and the K - 1 unseen draws before leave out."""
    remaining = sorted(items, key=str)
    for _ in range(unseen):  # each earlier draw, in turn: what the one before left, shuffled
        earlier = list(remaining)
        random.Random(DEFAULT_SEED).shuffle(earlier)
        taken = {str(item) for item in earlier[:limit]}
        remaining = [item for item in remaining if str(item) not in taken]
    random.Random(seed).shuffle(remaining)
    return remaining[:limit]


def polnear_jsonl(split: str, limit: int, seed: int, out: Path, unseen: int = 0) -> int:
    """A PolNeAR split's article texts as dateline JSON Lines (date from the file name)."""
    files = _draw(list((POLNEAR / split / "text").glob("*.txt")), limit, seed, unseen)
    with out.open("w", encoding="utf-8") as handle:
        for path in files:
            match = _POLNEAR_NAME.match(path.name)
            if match is None:
                continue
            text = path.read_text(encoding="utf-8")
            record = {
                "id": path.stem,
                "date": match["date"],
                "source": match["outlet"],
                "title": text.strip().splitlines()[0] if text.strip() else None,
                "text": text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(files)


def timeline17_jsonl(
    topics: tuple[str, ...], limit: int, seed: int, out: Path, unseen: int = 0
) -> int:
    """At most ``limit`` articles of each Timeline17 topic as dateline JSON Lines."""
    drawn = [
        record
        for records in topic_records(topics).values()
        for record in _draw(records, limit, seed, unseen)
    ]
    write_records(drawn, out)
    return len(drawn)


def html_pages(out: Path) -> int:
    """The benchmark's gzipped pages as .html files dateline's HTML reader takes."""
    out.mkdir()
    pages = sorted(PAGES.glob("*.html.gz"))
    for path in pages:
        (out / path.name.removesuffix(".gz")).write_bytes(gzip.decompress(path.read_bytes()))
    return len(pages)


def build(name: str, db: Path, sources: list[Path], workers: int) -> None:
    started = time.perf_counter()
    report = ingest(db, sources, workers=workers)
    print(
        f"{name}: {db} stored={report.stored} skipped={report.skipped} "
        f"near_duplicates={report.near_duplicates} rejected={report.rejected} "
        f"({time.perf_counter() - started:.0f} s)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/dateline-audit"))
    parser.add_argument("--limit", type=int, default=150, help="Articles per part at most.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=("dev", "held-out"), default=None)
    parser.add_argument(
        "--unseen",
        type=int,
        nargs="?",
        const=1,
        default=0,
        metavar="K",
        help="Development articles the default draw (and the K - 1 unseen draws before) leave "
        "out, into dev-unseen.db (dev-unseenK.db for K > 1).",
    )
    options = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"shared data not found at {DATA} (see ../shared/data/MANIFEST.md)")
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dateline-audit-") as temp:
        folder = Path(temp)
        if options.only in (None, "dev"):
            parts = [folder / "polnear-train.jsonl", folder / "timeline17-dev.jsonl"]
            unseen = options.unseen
            counts = (
                polnear_jsonl("train", options.limit, options.seed, parts[0], unseen),
                timeline17_jsonl(DEV_TOPICS, options.limit, options.seed, parts[1], unseen),
            )
            print(f"dev input: PolNeAR train {counts[0]}, Timeline17 {counts[1]}", flush=True)
            name = "dev" if not unseen else "dev-unseen" if unseen == 1 else f"dev-unseen{unseen}"
            build(name, options.out / f"{name}.db", parts, options.workers)
        if options.only in (None, "held-out"):
            parts = [folder / "polnear-test.jsonl", folder / "timeline17-held-out.jsonl"]
            counts = (
                polnear_jsonl("test", options.limit, options.seed, parts[0]),
                timeline17_jsonl(HELD_OUT_TOPICS, options.limit, options.seed, parts[1]),
                html_pages(folder / "pages"),
            )
            print(
                f"held-out input: PolNeAR test {counts[0]}, Timeline17 {counts[1]}, "
                f"web pages {counts[2]}",
                flush=True,
            )
            build(
                "held-out", options.out / "held-out.db", [*parts, folder / "pages"], options.workers
            )


if __name__ == "__main__":
    main()
