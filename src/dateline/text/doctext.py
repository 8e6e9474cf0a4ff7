"""A parsed document's text, joined once (the article's own text, also where the parser read
its wrapped lines joined); the tokens where its paragraphs end; the tokens a
stage need look at.

spaCy's ``Doc.text`` joins every token's text each time it is read; the stages ask for it several
times per document. The first reader stores it in the document's ``user_data``. Iterating a
document makes a ``Token`` object per token; a stage that cares for few words finds their
indices in the document's arrays instead (``indices_where``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import numpy
from spacy.attrs import HEAD, IS_SPACE, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.text.paragraphs import hard_wrapped, paragraph_break

_KEY = "dateline.text"
_ARRAYS = "dateline.attribute"
_HEADS = "dateline.heads"
_PARSED = "dateline.parsed_text"
_SENTENCES = "dateline.sentence_starts"
_TOKENS_TEXT = "dateline.tokens_text"
_MEMO_MAX = 200_000  # verdicts an ``indices_where`` memo keeps at most


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.user_data[_TOKENS_TEXT] = doc.text
    return text


def tokens_text(doc: Doc) -> str:
    """``doc.text``: the text the tokens hold (the article's own text but where the parser read
    a wrapped text's lines joined: ``doc_text`` gives the article's), kept in ``user_data``
    (``doc_text`` keeps it too when it reads it). ``Doc.text`` makes a ``Token`` per word at
    every reading."""
    text = doc.user_data.get(_PARSED)
    if text is None:
        text = doc.user_data.get(_TOKENS_TEXT)
        if text is None:
            text = doc.user_data[_TOKENS_TEXT] = doc.text
    return text


def attribute_keys(doc: Doc, attr: int) -> list[int]:
    """Every token's ``attr`` (LOWER, ORTH, POS, ...) as the document's arrays hold it (a
    string's hash, or an enum value), by index: read once per attribute and kept in the
    document's ``user_data``, for the several stages that scan the same attribute. The lists
    of the document asked last are kept by attribute too: the stages ask some 60 times a
    document, and the ``user_data`` key costs a string made and hashed each time."""
    kept = _last_keys
    if kept[0] is doc:
        keys = kept[1].get(attr)
        if keys is not None and len(keys) == len(doc):
            return keys
    else:
        kept[0], kept[1] = doc, {}
    key = _ARRAY_NAMES.get(attr)
    if key is None:
        key = _ARRAY_NAMES[attr] = f"{_ARRAYS}.{attr}"
    keys = doc.user_data.get(key)
    if keys is None or len(keys) != len(doc):
        keys = doc.user_data[key] = doc.to_array(attr).tolist()
    kept[1][attr] = keys
    return keys


_ARRAY_NAMES: dict[int, str] = {}  # (``attribute_keys``: the ``user_data`` key of each attribute)
_last_keys: list = [None, {}]  # (``attribute_keys``: the document asked last, its lists)

_Made = TypeVar("_Made")


def kept_for_document(doc: Doc, make: Callable[[Doc], _Made]) -> _Made:
    """``make(doc)``, made once and kept, for each ``make``, for the document asked last: for
    what a stage's rules ask of the same parsed document many times (its tree of word indices,
    whether its text holds a character), with no ``user_data`` key made and hashed at each
    asking."""
    kept = _last_made.get(make)
    if kept is None or kept[0] is not doc:
        kept = _last_made[make] = (doc, make(doc))
    return kept[1]


# (``kept_for_document``: by what makes it, the document asked last and what was made of it)
_last_made: dict[Callable, tuple[Doc, object]] = {}


def read_attributes(doc: Doc, attrs: tuple[int, ...]) -> None:
    """Read the arrays of the ``attrs`` a stage will ask ``attribute_keys`` for, not yet kept,
    in one ``to_array`` call: each call costs more in spaCy's handling of its arguments than
    in reading a column of a few hundred tokens."""
    missing = []
    for attr in attrs:
        key = _ARRAY_NAMES.get(attr)
        if key is None:
            key = _ARRAY_NAMES[attr] = f"{_ARRAYS}.{attr}"
        keys = doc.user_data.get(key)
        if keys is None or len(keys) != len(doc):
            missing.append((attr, key))
    if len(missing) < 2 or not len(doc):
        return
    columns = doc.to_array([attr for attr, _ in missing]).T.tolist()
    for (_, key), keys in zip(missing, columns, strict=True):
        doc.user_data[key] = keys


def head_indices(doc: Doc) -> list[int]:
    """Every token's head's index (``Token.head.i``), by index, read from the document's arrays
    once and kept in its ``user_data``: a loop that tests where words hang makes no ``Token``
    (``token.head`` makes a second one)."""
    heads = doc.user_data.get(_HEADS)
    if heads is None or len(heads) != len(doc):
        offsets = doc.to_array(HEAD).astype(numpy.int64)  # (the arrays hold the offset)
        heads = doc.user_data[_HEADS] = (offsets + numpy.arange(len(doc))).tolist()
    return heads


def hangs_below(heads: list[int], word: int, head: int) -> bool:
    """Whether ``word`` is ``head`` or hangs below it, climbing ``heads`` (``head_indices``):
    ``word in head.subtree`` with no ``Token`` made."""
    while word != head and heads[word] != word:
        word = heads[word]
    return word == head


def objects_of(head: Token, *prepositions: str) -> list[Token]:
    """The objects of ``head``'s phrases of these prepositions ("of Kestria" on "the
    authorities"), in the order of the words."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]


def slice_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, made directly when the bounds are in order inside the document:
    spaCy's slicing puts every slice's bounds through ``util.normalize_slice``, a Python
    function costing about 1.3 µs a slice (making the ``Span`` costs 0.8). Other bounds are
    sliced as before."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def sentence(words: Token | Span) -> Span:
    """``words.sent``: the sentence holding ``words``' first token (spaCy's ``Span.sent``
    reads no further), from the document's sentence starts, read once from its arrays and
    kept in its ``user_data``. ``Token.sent`` costs about 6.5 µs a reading (it slices the
    document twice and walks the words), this about 1 µs. A document with sentence hooks,
    or without sentence boundaries (spaCy raises), is asked as before."""
    bounds = _kept_bounds(words)
    return words.sent if bounds is None else Span(words.doc, *bounds)


def sentence_bounds(words: Token | Span) -> tuple[int, int]:
    """``sentence(words)``'s start and end (token indices), with no ``Span`` made where the
    document's kept sentence starts answer (where ``sentence`` reads them)."""
    bounds = _kept_bounds(words)
    if bounds is None:
        sent = words.sent
        return sent.start, sent.end
    return bounds


def sentence_starts(doc: Doc) -> list[int] | None:
    """The first token of each of ``doc.sents``, in order, read once from the document's
    arrays and kept in its ``user_data``; None where ``doc.sents`` must be asked instead (a
    document with sentence hooks, or without sentence boundaries: spaCy raises)."""
    kept = doc.user_data.get(_SENTENCES)
    if kept is None or kept[0] != len(doc):
        marks = doc.to_array(SENT_START)
        starts = numpy.flatnonzero(marks == 1).tolist()
        annotated = len(doc) <= 1 or bool(marks[1:].any())  # (as ``has_annotation`` says)
        kept = doc.user_data[_SENTENCES] = (len(doc), starts if annotated else None)
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
        return None
    return kept[1]


def sentence_ranges(doc: Doc) -> list[tuple[int, int]] | None:
    """The bounds of each of ``doc.sents``, in order, from the kept sentence starts (no
    ``Span`` made); None where ``doc.sents`` must be asked (``sentence_starts``)."""
    starts = sentence_starts(doc)
    if starts is None:
        return None
    if not len(doc):
        return []
    firsts = starts if starts and starts[0] == 0 else [0, *starts]
    return list(zip(firsts, [*firsts[1:], len(doc)], strict=True))


def _kept_bounds(words: Token | Span) -> tuple[int, int] | None:
    """The bounds of the sentence holding ``words``' first token, from the kept sentence
    starts; None where ``sentence`` asks spaCy instead."""
    doc = words.doc
    i = words.i if isinstance(words, Token) else words.start
    starts = sentence_starts(doc)
    if starts is None or not 0 <= i < len(doc):
        return None
    k = bisect_right(starts, i)  # the first start after the word
    return (starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, kept for the document asked
    last by its offsets: the attribution stage asks for the words of the same draft's content
    in one test after another (``accepts``, the lost-stop checks, ``mode_of``, ...), and each
    ``char_span`` makes a ``Span`` (and Tokens with it). The spans are shared by the callers:
    no stage moves a span's bounds or retokenizes a parsed document (the memo is dropped for
    a document whose length changed all the same)."""
    kept = _last_spans
    if kept[0] is not doc or kept[1] != len(doc):
        kept[0], kept[1], kept[2] = doc, len(doc), {}
    spans = kept[2]
    key = (start, end)
    if key in spans:
        return spans[key]
    span = spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


_last_spans: list = [None, 0, {}]  # (``expanded_span``: the document asked last, its length, spans)


_last_span: tuple[Span | None, str] = (None, "")  # the span ``span_text`` read last, its text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (``doc_text``): ``Span.text`` makes a
    ``Token`` per word each time it is read, and the actor stage reads an entity's text in
    many of its rules. The article's own text differs from the parser's only where a line
    break was read as a space (``keep_text``), so a cut holding a line break is read from
    the text the parser read, if kept, or else from the span itself (``Span.text`` is that
    text's cut: the tokens and their spaces are all of it).

    The text of the span object read last is kept: the actor stage's rules ask for the same
    entity's text one after another (about twelve times an entity). No stage moves a span's
    bounds (``Span.start``/``end`` are settable: one that did would have to make a new span)."""
    global _last_span
    last = _last_span
    if last[0] is span:
        return last[1]
    doc = span.doc
    text = doc.user_data.get(_KEY)  # (``doc_text``, without a call)
    if text is None:
        text = doc_text(doc)
    cut = text[span.start_char : span.end_char]
    if "\n" in cut:
        parsed = doc.user_data.get(_PARSED)
        cut = span.text if parsed is None else parsed[span.start_char : span.end_char]
    _last_span = (span, cut)
    return cut


def keep_text(doc: Doc, text: str, parsed: str | None = None) -> None:
    """``doc_text(doc)`` is ``text``: the article's own text, for a document parsed from a copy
    of it of the same length (``paragraphs.unwrapped``) or read back from a cache. The copy
    differs from it only where a line break became a space (``span_text`` relies on it);
    ``parsed``: the copy itself, if the caller has it (``span_text`` reads it)."""
    doc.user_data[_KEY] = text
    if parsed is not None:
        doc.user_data[_PARSED] = parsed


def paragraph_breaks(doc: Doc) -> list[int]:
    """The space tokens that end a paragraph (``paragraphs.paragraph_break``), in order."""
    wrapped = hard_wrapped(doc_text(doc))
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()  # only a space can end one
    return [i for i in spaces if paragraph_break(doc[i].text_with_ws, wrapped)]


def indices_where(
    doc: Doc,
    attr: int,
    test: Callable[[str], object],
    memo: dict[int, bool] | Verdicts | None = None,
) -> list[int]:
    """The tokens whose ``attr`` (LOWER, LEMMA, POS, ...) is a string that passes ``test``,
    in order; each distinct string is tested once. ``memo``: the verdicts of a test that never
    changes, kept by its caller from document to document (by the string's key)."""
    keys = attribute_keys(doc, attr)
    distinct = _distinct(attr, keys)
    strings = doc.vocab.strings
    if memo is None:
        passing = {key for key in distinct if test(strings[key])}
    elif isinstance(memo, Verdicts):  # the verdicts read as set operations, no loop
        if len(memo.seen) > _MEMO_MAX:
            memo.clear()
        for key in distinct - memo.seen:  # (only strings never tested before)
            memo.seen.add(key)
            if test(strings[key]):
                memo.passed.add(key)
        passing = distinct & memo.passed
    else:
        if len(memo) > _MEMO_MAX:
            memo.clear()  # (a long run meets ever more words)
        passing = set()
        for key in distinct:
            passed = memo.get(key)
            if passed is None:
                passed = memo[key] = bool(test(strings[key]))
            if passed:
                passing.add(key)
    if not passing:  # (most tests pass few words: most documents hold none of them)
        return []
    return [i for i, key in enumerate(keys) if key in passing]


class Verdicts:
    """An ``indices_where`` memo kept as two sets, the keys of the strings tested and of those
    that passed, so that a document's passing words are found by set operations instead of a
    loop over its distinct words (``trigger_candidates`` asks of every document)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.passed: set[int] = set()

    def clear(self) -> None:
        self.seen.clear()
        self.passed.clear()


def indices_in(
    doc: Doc, attr: int, words: frozenset[str], start: int = 0, end: int | None = None
) -> list[int]:
    """The tokens whose ``attr`` (LOWER, ORTH, POS, ...) is one of ``words``, in order (from
    ``start`` up to ``end``, the whole document by default): ``indices_where`` for a set of
    strings, which compares the arrays' keys with the words' and looks no token's string up."""
    wanted = _keys_of(words)
    keys = attribute_keys(doc, attr)
    # (most calls find none: the words are first looked up among the document's distinct
    # keys, a few look-ups, and only a document holding one of them is scanned)
    if start == 0 and end is None:
        present = wanted & _distinct(attr, keys)
        if not present:
            return []
        if len(present) == 1:  # (most often one of the words is there: a scan in C for it)
            return _places_of(keys, next(iter(present)))
        return [i for i, key in enumerate(keys) if key in wanted]
    stop = len(keys) if end is None else end
    if 0 <= start <= stop <= len(keys) and (
        wanted.isdisjoint(_distinct(attr, keys)) or wanted.isdisjoint(keys[start:stop])
    ):
        return []
    return [i for i in range(start, stop) if keys[i] in wanted]


def _places_of(keys: list[int], key: int) -> list[int]:
    """The indices where ``key`` stands in ``keys``, in order: found by ``list.index``, whose
    scan runs in C, about three times as fast as a Python loop testing every key."""
    found: list[int] = []
    at = -1
    for _ in range(keys.count(key)):
        at = keys.index(key, at + 1)
        found.append(at)
    return found


def _distinct(attr: int, keys: list[int]) -> frozenset[int]:
    """The distinct values of ``keys`` (``attribute_keys(doc, attr)``), made once for the list
    asked last of each attribute: the stages look the same attribute up some ten times a
    document (``indices_in``, ``indices_where``), and a set of a few hundred keys is made in
    about 5 µs where a scan of the list for a few words costs as much each time."""
    kept = _last_distinct.get(attr)
    if kept is None or kept[0] is not keys:
        kept = _last_distinct[attr] = (keys, frozenset(keys))
    return kept[1]


# (``_distinct``: by attribute, the keys' list asked last and its distinct values)
_last_distinct: dict[int, tuple[list[int], frozenset[int]]] = {}


@lru_cache(maxsize=64)
def _keys_of(words: frozenset[str]) -> frozenset[int]:
    """The keys the arrays hold for ``words`` (a string's hash; a symbol's number for the
    names of parts of speech and the like, as ``StringStore`` gives them)."""
    return frozenset(get_string_id(word) for word in words)
