"""What each stage after the parse costs, as a share of dateline's per-article time.

    python benchmarks/bench_stages.py [--articles N] [--repeats R]

The texts (first N Reuters-21578 bodies) are parsed once as ingest parses them
(``language.parse_many``); then each stage runs over all parsed documents in pipeline order, R
times, with what ingest gives it: one actor registry per batch of the default configuration's
size, the reader's event lexicon and typer. The table shows the median seconds of the parse and
of each stage, and how much each stage adds to the time of an article read without it (the
issues' targets: the actors, attribution and events stages each add at most 5%). Ends with one
SUMMARY line.

The process is first made ready as every ingest worker is (``pipeline.ready_to_read``): the
parser, the actors' knowledge and the stages' tables loaded, then the heap frozen out of the
garbage collector's passes. Without it the automatic collections set off by the stages'
allocations walk the model and the knowledge too, a cost ingest does not pay, charged to
whichever stage allocates most (the events stage measured 7.1% unfrozen, 5.3% frozen, in
session 47); and the first pass would load the knowledge inside the actors stage.
"""

from __future__ import annotations

import argparse
import statistics
import time

from rich.console import Console
from rich.table import Table

from dateline.actors import find_actors
from dateline.attribution import find_attributions
from dateline.events import find_events
from dateline.language import parse_many
from dateline.pipeline import Reader, ready_to_read
from dateline.timex import find_timexes
from reuters import load_articles

STAGES = ("timex", "actors", "attribution", "events")


def run_stages(reader: Reader, pairs: list, seconds: dict[str, list[float]]) -> None:
    """One pass of every stage over every parsed article, timing each stage separately; the
    stages are called as ``pipeline.read_parsed`` calls them, one registry a batch."""
    spent = dict.fromkeys(STAGES, 0.0)
    registry = reader.registry()
    trusted_only = not reader.config.all_events
    for n, (doc, article) in enumerate(pairs):
        if n and n % reader.config.batch_size == 0:
            registry = reader.registry()
        t0 = time.perf_counter()
        timexes = find_timexes(doc, article)
        t1 = time.perf_counter()
        actors = find_actors(doc, article, registry)
        t2 = time.perf_counter()
        attributions = find_attributions(doc, article, actors, timexes)
        t3 = time.perf_counter()
        find_events(
            doc, article, actors, attributions, timexes, reader.lexicon, reader.typer,
            trusted_only=trusted_only,
        )  # fmt: skip
        t4 = time.perf_counter()
        marks = (t0, t1, t2, t3, t4)
        for stage, begin, end in zip(STAGES, marks, marks[1:], strict=False):
            spent[stage] += end - begin
    for stage, value in spent.items():
        seconds[stage].append(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    corpus, articles = load_articles(args.articles)
    reader = ready_to_read()  # as an ingest worker starts (the docstring says why)
    seconds: dict[str, list[float]] = {"parse": [], **{stage: [] for stage in STAGES}}
    pairs: list = []
    for _ in range(args.repeats):
        pairs = []  # the last pass's documents go before this one's are made
        start = time.perf_counter()
        pairs = list(zip(parse_many(a.text for a in articles), articles, strict=True))
        seconds["parse"].append(time.perf_counter() - start)
        run_stages(reader, pairs, seconds)

    median = {name: statistics.median(values) for name, values in seconds.items()}
    total = sum(median.values())
    table = Table(title=f"stage cost on {corpus} (median of {args.repeats})")
    for column in ("step", "seconds", "share of total", "adds to the rest"):
        table.add_column(column, justify="right")
    for name, value in median.items():
        adds = "" if name == "parse" else f"{100 * value / (total - value):.1f}%"
        table.add_row(name, f"{value:.2f}", f"{100 * value / total:.1f}%", adds)
    table.add_row("total", f"{total:.2f}", "100%", "")
    Console().print(table)
    adds = {stage: 100 * median[stage] / (total - median[stage]) for stage in STAGES}
    print(
        f"SUMMARY parse_s={median['parse']:.2f} "
        + " ".join(f"{stage}_adds_pct={value:.1f}" for stage, value in adds.items())
    )


if __name__ == "__main__":
    main()
