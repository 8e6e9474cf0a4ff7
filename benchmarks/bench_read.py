"""Throughput of `dateline read` against spaCy's own full pipeline on the same texts.

    python benchmarks/bench_read.py [--articles N] [--repeats R]

Texts: the first N Reuters-21578 stories with a body (../shared/data), or the project's own
examples when the shared data is absent. Both systems run in this process, alternately, R times;
the table shows medians of wall time and of CPU time (on a shared machine the CPU time of a
single-threaded run is the steadier of the two). Ends with one SUMMARY line.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

import spacy
from rich.console import Console
from rich.table import Table

from dateline.language import MODEL
from dateline.pipeline import read_many, ready_to_read
from reuters import load_articles


def timed(run) -> tuple[float, float]:
    """Wall and CPU seconds of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    corpus, articles = load_articles(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    spacy_nlp = spacy.load(MODEL)  # spaCy's stock pipeline, as a user would run it
    ready_to_read()  # load dateline's pipeline and data, settle the heap, as ingest's workers

    spacy_runs, dateline_runs = [], []
    for _ in range(args.repeats):
        spacy_runs.append(timed(lambda: list(spacy_nlp.pipe(texts, batch_size=32))))
        dateline_runs.append(timed(lambda: list(read_many(articles))))  # batches of 32
    spacy_times = [wall for wall, _ in spacy_runs]
    dateline_times = [wall for wall, _ in dateline_runs]
    spacy_wps = words / statistics.median(spacy_times)
    dateline_wps = words / statistics.median(dateline_times)
    spacy_cpu = statistics.median(cpu for _, cpu in spacy_runs)
    dateline_cpu = statistics.median(cpu for _, cpu in dateline_runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    table = Table(title=f"read throughput on {corpus} ({words:,} words, median of {args.repeats})")
    for column in ("system", "seconds", "CPU seconds", "words/s", "ratio to spaCy", "CPU ratio"):
        table.add_column(column, justify="right")
    table.add_row(
        "spaCy en_core_web_sm full pipeline",
        f"{statistics.median(spacy_times):.2f}",
        f"{spacy_cpu:.2f}",
        f"{spacy_wps:,.0f}",
        "1.00",
        "1.00",
    )
    table.add_row(
        "dateline read (parse + all stages)",
        f"{statistics.median(dateline_times):.2f}",
        f"{dateline_cpu:.2f}",
        f"{dateline_wps:,.0f}",
        f"{dateline_wps / spacy_wps:.2f}",
        f"{spacy_cpu / dateline_cpu:.2f}",
    )
    console = Console()
    console.print(table)
    console.print(f"peak resident memory of this process: {peak_mb:.0f} MB")
    print(
        f"SUMMARY words_per_s={dateline_wps:.0f} spacy_words_per_s={spacy_wps:.0f} "
        f"ratio={dateline_wps / spacy_wps:.2f} cpu_ratio={spacy_cpu / dateline_cpu:.2f} "
        f"peak_rss_mb={peak_mb:.0f} load={os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
