"""The sentence a record sits in, as the pipeline's own parse divides the article.

The store keeps no sentence boundaries (it never parses), so the sampled articles are parsed
again with the pipeline's parser and paragraph rule: the sentences a judge reads are the ones
the coder read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dateline.language import load_nlp

# sentence boundaries come from the parser (and the paragraph rule before it); the rest is skipped
_NOT_NEEDED = ("attribute_ruler", "lemmatizer", "ner")

Span = tuple[int, int]


def sentence_spans(
    texts: Mapping[int, str], spans: Iterable[tuple[int, Span]]
) -> dict[tuple[int, Span], Span]:
    """For each (article, (start, end)), the offsets of the whole sentences it lies in."""
    wanted: dict[int, list[Span]] = {}
    for article, span in spans:
        wanted.setdefault(article, []).append(span)
    articles = sorted(wanted)
    nlp = load_nlp()
    found: dict[tuple[int, Span], Span] = {}
    docs = nlp.pipe((texts[a] for a in articles), disable=list(_NOT_NEEDED))
    for article, doc in zip(articles, docs, strict=True):
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        for start, end in wanted[article]:
            first = next((b for b in bounds if b[1] > start), bounds[-1])
            last = next((b for b in bounds if b[1] >= end), bounds[-1])
            stop = last[1]
            while stop > first[0] and texts[article][stop - 1].isspace():
                stop -= 1
            found[(article, (start, end))] = (first[0], stop)
    return found
