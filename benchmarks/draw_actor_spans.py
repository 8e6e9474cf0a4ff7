"""Draw gold source spans at random for the hand-annotated actor samples.

    python benchmarks/draw_actor_spans.py --polnear 90 --plv 50 --seed 25 [--context 600]

Draws source spans of gold attributions from the **held-out** sources — PolNeAR test and dev
(the lowest-id annotator's file of each article, as the quote evaluation reads them) and the
clean PLV test rows (the source marked in the sentence) — leaving out every span already in
``actor_sample.tsv`` or ``actor_heldout.tsv`` and every PolNeAR article of the development
sample, so that no new span comes from an article studied while building the stage. Each
PolNeAR span and each distinct PLV (sentence, source) pair is equally likely; the draw depends
only on the seed.

Prints the spans as annotation lines (``corpus doc start end ? ?``: identity and country to fill
in by reading the article) on stdout and, on stderr, each span with the text before it so the
annotator can read it in its article. Nothing is run through dateline.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from dateline.evaluation.actors import SAMPLES, load_sample
from dateline.evaluation.plv import clean_test_rows
from dateline.evaluation.polnear import load_split

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
POLNEAR = DATA / "quotes" / "polnear" / "data"
PLV = DATA / "events" / "plv"
HELD_OUT_SPLITS = ("test", "dev")


def polnear_spans(excluded_docs: set[str]) -> list[tuple[str, int, int, str]]:
    """(doc, start, end, article text) of every distinct gold source span, one segment each."""
    spans = set()
    texts = {}
    for split in HELD_OUT_SPLITS:
        for article in load_split(POLNEAR, split, []):
            doc = f"{split}/{article.name}"
            if doc in excluded_docs:
                continue
            texts[doc] = article.text
            for attr in article.gold:
                if attr.source:  # a discontinuous source is read from its first to last word
                    spans.add((doc, attr.source[0][0], attr.source[-1][1]))
    return [(doc, start, end, texts[doc]) for doc, start, end in sorted(spans)]


def plv_spans() -> list[tuple[str, int, int, str]]:
    """(test:<data row>, start, end, sentence) of each distinct marked source of a clean row."""
    seen, spans = set(), []
    for row in clean_test_rows(PLV):
        if row.source is None or (row.sentence, row.source) in seen:
            continue
        seen.add((row.sentence, row.source))
        spans.append((f"test:{row.uid}", *row.source, row.sentence))
    return spans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--polnear", type=int, default=90, help="PolNeAR spans to draw")
    parser.add_argument("--plv", type=int, default=50, help="PLV test spans to draw")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--context", type=int, default=600, help="characters shown before")
    args = parser.parse_args()

    existing = [item for name, path in SAMPLES.items() for item in load_sample(path, name)]
    taken = {(i.corpus, i.doc, i.start, i.end) for i in existing}
    dev_docs = {i.doc for i in existing if i.sample == "dev" and i.corpus == "polnear"}
    rng = random.Random(args.seed)
    drawn = []
    for corpus, pool, count in (
        ("polnear", polnear_spans(dev_docs), args.polnear),
        ("plv", plv_spans(), args.plv),
    ):
        pool = [span for span in pool if (corpus, *span[:3]) not in taken]
        drawn += [(corpus, *span) for span in rng.sample(pool, min(count, len(pool)))]
    for corpus, doc, start, end, text in drawn:
        print(f"{corpus}\t{doc}\t{start}\t{end}\t?\t?")
        before = text[max(0, start - args.context) : start].replace("\n", " ")
        after = text[end : end + 150].replace("\n", " ")
        print(
            f"=== {corpus} {doc} {start}-{end}\n…{before}[[{text[start:end]}]]{after}…\n",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
