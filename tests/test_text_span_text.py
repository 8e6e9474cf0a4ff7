"""``span_text`` (an entity's text cut from the document's text, which the actor stage reads in
many of its rules) is ``Span.text`` everywhere, also in a hard-wrapped text, whose tokens the
parser read with the wrapped lines joined while ``doc_text`` keeps the article's line breaks.
The text is written for this test."""

from __future__ import annotations

from dateline.language import load_nlp
from dateline.text.doctext import doc_text, span_text

WRAPPED = (
    "The harbour board of Kestervik said on Monday that the northern breakwater would stay\n"
    "closed until engineers from the firm of Halvard Brennecke had finished their survey of\n"
    "the damaged stones, a spokeswoman, Ingrid Solvang of the Kestervik Harbour Board, said.\n"
    "Fishing boats from Ostrand and Lillevik were sent to the southern quay for the week and\n"
    "the ferry to Brattholm will leave from the old pier, said the board's director, Tomas\n"
    "Aune, who added that the repairs could cost the town more than two million crowns.\n"
)


def test_span_text_is_span_text_in_a_hard_wrapped_text() -> None:
    doc = load_nlp()(WRAPPED)
    assert doc_text(doc) == WRAPPED and doc.text != WRAPPED  # read from a joined copy
    spans = list(doc.ents) + list(doc.noun_chunks)
    spans += [doc[i:j] for i in range(len(doc)) for j in range(i, min(i + 4, len(doc)) + 1)]
    assert any("\n" in WRAPPED[s.start_char : s.end_char] for s in spans)
    for span in spans:
        assert span_text(span) == span.text, (span.start, span.end)


def test_span_text_kept_only_for_the_same_span_object() -> None:
    """``span_text`` keeps the text of the span object it read last (session 40): a span of
    the same bounds in another document, or a new span of other bounds, is read anew."""
    nlp = load_nlp()
    # (words of the same lengths: spans of the same bounds have the same offsets)
    first = nlp("Ingrid Solvang met Tomas Aune in Kestervik on Monday.")
    second = nlp("Halvor Brennum saw Lukas Berg at Ostrandby by Friday.")
    assert [len(t) for t in first] == [len(t) for t in second]
    differ = 0
    for i in range(len(first)):
        for j in range(i + 1, min(i + 4, len(first), len(second)) + 1):
            a, b = first[i:j], second[i:j]
            assert span_text(a) == a.text and span_text(a) == a.text  # read twice, the same
            assert span_text(b) == b.text  # same bounds, another document
            assert span_text(first[i : i + 1]) == first[i].text  # another span of the first
            assert span_text(a) == a.text
            differ += a.text != b.text
    assert differ > 10
