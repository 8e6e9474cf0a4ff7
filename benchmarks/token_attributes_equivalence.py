"""dateline's parse against spaCy's stock components, token by token: identical or not.

    PYTHONPATH=src .venv/bin/python benchmarks/token_attributes_equivalence.py [--stories N]

dateline parses with its own cached component in place of the model's attribute ruler and
lemmatizer (dateline.token_attributes), its tok2vec in smaller batches (``parse_many``), and its
layers' matrix products through numpy's BLAS instead of BLIS (``load_nlp``). This
runs both pipelines over the first N Reuters-21578 stories (default: all) and counts the tokens
whose tag, POS, morphology, lemma, dependency head or label, entity or sentence start differ; the
reference is spaCy's stock pipeline, in batches of 32, reading the same text (a wire story's
wrapped lines joined: ``UnwrappingTokenizer``) with the same paragraph boundaries
(``dateline_paragraphs``) set before the parser. Lists the first differences and ends with a
SUMMARY line; exits non-zero when any token differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from itertools import islice

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from dateline.language import MODEL, UnwrappingTokenizer, parse_many
from reuters import require_reuters, stories

ATTRIBUTES = {
    "tag": TAG,
    "pos": POS,
    "morph": MORPH,
    "lemma": LEMMA,
    "head": HEAD,
    "dep": DEP,
    "ent_iob": ENT_IOB,
    "ent_type": ENT_TYPE,
    "sent_start": SENT_START,
}
SHOWN = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=None, help="the first N (default: all)")
    args = parser.parse_args()
    require_reuters()
    texts = [story.text for story in stories(args.stories)]
    stock = spacy.load(MODEL)
    stock.tokenizer = UnwrappingTokenizer(stock.tokenizer)
    stock.add_pipe("dateline_paragraphs", before="parser")
    columns = list(ATTRIBUTES.values())
    differing: Counter[str] = Counter()
    tokens = differing_tokens = 0
    shown: list[str] = []
    started = time.perf_counter()
    stock_docs = stock.pipe(texts, batch_size=32)  # spaCy's default batch, as a user runs it
    pairs = zip(stock_docs, parse_many(texts), strict=True)
    for n, (expected, found) in enumerate(pairs):
        if expected.text != found.text or len(expected) != len(found):
            raise SystemExit(f"story {n}: the tokenisations differ")
        tokens += len(expected)
        differs = expected.to_array(columns) != found.to_array(columns)
        rows = differs.any(axis=1)
        differing_tokens += int(rows.sum())
        for name, column in zip(ATTRIBUTES, differs.T, strict=True):
            differing[name] += int(column.sum())
        for i in islice(rows.nonzero()[0], SHOWN - len(shown)):
            a, b = expected[int(i)], found[int(i)]
            shown.append(
                f"story {n} token {i} {a.text!r}: stock {a.pos_}/{a.lemma_}/{a.morph}/{a.dep_}"
                f" dateline {b.pos_}/{b.lemma_}/{b.morph}/{b.dep_}"
            )
    for line in shown:
        print(line)
    share = differing_tokens / tokens if tokens else 0.0
    print(
        f"{len(texts):,} stories, {tokens:,} tokens in {time.perf_counter() - started:.0f} s; "
        + ", ".join(f"{name} {count}" for name, count in differing.items())
    )
    print(
        f"SUMMARY stories={len(texts)} tokens={tokens} differing={differing_tokens} "
        f"share={share:.6f}"
    )
    sys.exit(1 if differing_tokens else 0)


if __name__ == "__main__":
    main()
