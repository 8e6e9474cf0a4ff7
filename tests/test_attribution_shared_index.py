"""What the attribution stage reads from the document's shared arrays and direct slices instead
of spaCy's Tokens and slicing (session 40) says what spaCy says: ``slice_of`` is ``doc[a:b]``
for any bounds, the punctuation, space and part-of-speech keys are the tokens' own, a phrase
trimmed by the arrays is the phrase trimmed token by token, the capitalised determiners found
by their written form are the ones a token loop finds, and the cheap text tests before a scan
(a bracket's marks, a slash, a furniture line's words, a count of capitals) skip only what the
scan would not find; what is kept for the document asked last (``kept_for_document``) is made
once for it, a false answer too, and made again for another document. The texts are written
for this test."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, POS
from spacy.tokens import Doc, Span

from dateline.attribution import accepted
from dateline.attribution.assembly import _OPENING_DETERMINERS, _TITLED_DETERMINERS
from dateline.attribution.context import Draft
from dateline.attribution.speakers import _after_credit, _named_before_ticker
from dateline.attribution.syntax import trimmed
from dateline.language import load_nlp
from dateline.text.doctext import (
    attribute_keys,
    indices_in,
    kept_for_document,
    sentence,
    slice_of,
)
from dateline.text.paragraphs import paragraph_around

TEXT = (
    "The harbour board of Kestervik said on Monday -- after a long meeting -- that THE "
    "northern breakwater , which engineers inspected , would stay closed . “ We will not "
    "rush this , ” the director told reporters.\n\n  A spokeswoman said: “The quay stays "
    "open.” Nordvik Ferries AS <NFER.OL> said fares would rise. This week the line stopped "
    "the Harbour Photograph: Ana Lind/AP Engineers warned the quay was unsafe ... ( see "
    "below ) !"
)


def _doc() -> Doc:
    return load_nlp()(TEXT)


def test_slice_of_is_spacys_slice_for_any_bounds() -> None:
    doc = _doc()
    n = len(doc)
    for start in (-n - 3, -5, -1, 0, 1, 7, n - 1, n, n + 4):
        for end in (-n - 2, -3, 0, 1, 2, 7, 8, n - 1, n, n + 5):
            made, sliced = slice_of(doc, start, end), doc[start:end]
            assert isinstance(made, Span)
            assert (made.start, made.end, made.label) == (sliced.start, sliced.end, sliced.label)
            assert made == sliced


def test_the_arrays_the_stage_reads_are_the_tokens_attributes() -> None:
    doc = _doc()
    assert attribute_keys(doc, IS_PUNCT) == [int(t.is_punct) for t in doc]
    assert attribute_keys(doc, IS_SPACE) == [int(t.is_space) for t in doc]
    assert any(t.is_space for t in doc) and any(t.is_punct for t in doc)
    pos = attribute_keys(doc, POS)
    for keys, names in (
        (accepted._CONTENT_POS_KEYS, accepted._CONTENT_POS),
        (accepted._FULL_POS_KEYS, accepted._FULL_POS),
    ):
        expected = [t.i for t in doc if t.pos_ in names]
        assert expected and [i for i, key in enumerate(pos) if key in keys] == expected


def _trimmed_by_tokens(span: Span) -> tuple[int, int]:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def test_a_phrase_trimmed_by_the_arrays_is_trimmed_as_token_by_token() -> None:
    doc = _doc()
    changed = 0
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            cut = trimmed(span)
            assert (cut.start, cut.end) == _trimmed_by_tokens(span)
            changed += (cut.start, cut.end) != (start, end)
    assert changed  # (the text has marks and spaces at phrase ends to cut)


def test_capitalised_determiners_by_their_written_form_are_the_title_cased_ones() -> None:
    doc = _doc()
    expected = [t.i for t in doc if t.lower_ in _OPENING_DETERMINERS and t.is_title]
    assert expected  # "The", "A", "This"; not "THE", nor "the"
    assert indices_in(doc, ORTH, _TITLED_DETERMINERS) == expected
    assert any(t.text == "THE" for t in doc) and any(t.text == "the" for t in doc)


def test_a_ticker_and_a_credit_are_still_found_and_plain_phrases_left() -> None:
    doc = _doc()
    ticker = next(t for t in doc if t.text == "NFER.OL")  # (the parser may take it for subject)
    named = _named_before_ticker(ticker)
    assert named is not None and named.text == "Nordvik Ferries AS"
    plain = next(t for t in doc if t.text == "director")
    assert _named_before_ticker(plain) is None
    # "... the Harbour Photograph: Ana Lind/AP Engineers warned": the source starts after the
    # credit; a phrase with no slash before its head keeps its start
    head = next(t for t in doc if t.text == "Engineers")
    start = next(t.i for t in doc if t.text == "Harbour")
    assert _after_credit(doc, start, head) == head.i
    board = next(t for t in doc if t.text == "board")
    assert _after_credit(doc, 0, board) == 0


def test_capitals_counted_by_bytes_are_counted_as_by_letters() -> None:
    def by_letters(line: str) -> bool:
        letters = sum(map(str.isalpha, line))
        return bool(letters) and sum(map(str.isupper, filter(str.isalpha, line))) >= 0.8 * letters

    lines = (
        "NO TSUNAMI THREAT, SAYS AGENCY",
        "BREAKING NEWS: Quay closed",
        "FERRY LINE STOPS SERVICE In Storm",
        "The quay stays open, the board said.",
        "12 345 -- 67",
        "ÉTAT D'URGENCE À NICE",
        "État d'urgence à Nice",
        "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ",
        "",
    )
    for line in lines:
        assert accepted._mostly_capitals(line) == by_letters(line), line
    assert [accepted._mostly_capitals(line) for line in lines[:3]] == [True, False, True]


FURNITURE = (
    "Ferry line stops service\n"
    "The quay stays open, the board said on Monday.\n"
    "Mayor: 'we stay' LINK TO THIS AUDIO\n"
    "NO TSUNAMI THREAT, SAYS AGENCY\n"
    "Judge sets date for the ... Board says the ... Firm to cut the ... Ferry owners meet\n"
    "Ferry owners said fares would rise ... and they did. Talks go on ... Nobody came.\n"
    "Related: Ferry owners meet\n"
)


def test_a_furniture_line_is_found_with_its_cheap_tests_and_judged_once() -> None:
    ctx = SimpleNamespace(
        text=FURNITURE,
        wrapped=False,
        comments_from=None,
        furniture_lines={},
        paragraph_around=lambda start, end: paragraph_around(FURNITURE, start, end, wrapped=False),
    )
    lines = FURNITURE.splitlines()
    verdicts = []
    for line in lines:
        start = FURNITURE.index(line)
        found = Draft("indirect", (start + 2, start + len(line) - 1))
        verdicts.append(accepted.in_furniture(ctx, found))
    # the first line, the title, is read as usual; a sentence of the article is no furniture
    assert verdicts == [False, False, True, True, True, False, True]
    assert len(ctx.furniture_lines) == len(lines)  # one verdict a paragraph
    again = Draft("indirect", (FURNITURE.index("LINK"), FURNITURE.index("AUDIO")))
    assert accepted.in_furniture(ctx, again) and len(ctx.furniture_lines) == len(lines)


def test_the_sentence_of_a_word_or_phrase_is_spacys() -> None:
    nlp = load_nlp()
    for text in (TEXT, "Quay.", "Nobody came", FURNITURE):
        doc = nlp(text)
        for token in doc:
            got, expected = sentence(token), token.sent
            assert (got.start, got.end) == (expected.start, expected.end)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 30) + 1):
                span = doc[start:end]
                assert (sentence(span).start, sentence(span).end) == (
                    span.sent.start,
                    span.sent.end,
                )
    doc = _doc()
    assert len(list(doc.sents)) > 3 and sentence(doc[0]) == next(iter(doc.sents))
    assert sentence(doc[-1]) == list(doc.sents)[-1]


def test_kept_for_document_makes_once_per_document_asked_last() -> None:
    first, second = _doc(), load_nlp()("No angle here.")
    calls: list[Doc] = []

    def holds_angle(doc: Doc) -> bool:
        calls.append(doc)
        return "<" in doc.text

    def word_count(doc: Doc) -> int:
        calls.append(doc)
        return len(doc)

    assert kept_for_document(first, holds_angle) is True
    assert kept_for_document(first, holds_angle) is True
    assert kept_for_document(first, word_count) == len(first)  # kept by what makes it
    assert kept_for_document(second, holds_angle) is False
    assert kept_for_document(second, holds_angle) is False  # a false answer kept too
    assert kept_for_document(first, holds_angle) is True  # made again for the other document
    assert calls == [first, first, second, first]
