"""A parsed document's text, joined once (the article's own text, also where the parser read
its wrapped lines joined); the tokens where its paragraphs end; the tokens a
stage need look at.

spaCy's ``Doc.text`` joins every token's text each time it is read; the stages ask for it several
times per document. The first reader stores it in the document's ``user_data``. Iterating a
document makes a ``Token`` object per token; a stage that cares for few words finds their
indices in the document's arrays instead (``indices_where``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IS_SPACE, LOWER
from spacy.tokens import Doc, Span

from dateline.text.paragraphs import hard_wrapped, paragraph_break

_KEY = "dateline.text"
_LOWERS = "dateline.lowers"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case text (``Token.lower_``) by index, read from the document's
    arrays once and kept in its ``user_data``: a loop testing words by index makes no
    ``Token``."""
    lowers = doc.user_data.get(_LOWERS)
    if lowers is None or len(lowers) != len(doc):
        strings = doc.vocab.strings
        lowers = doc.user_data[_LOWERS] = [strings[k] for k in doc.to_array(LOWER).tolist()]
    return lowers


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (``doc_text``): ``Span.text`` makes a
    ``Token`` per word each time it is read, and the actor stage reads an entity's text in
    many of its rules. The article's own text differs from the parser's only where a line
    break was read as a space (``keep_text``), so a cut holding a line break is read from
    the span itself."""
    text = doc_text(span.doc)[span.start_char : span.end_char]
    return span.text if "\n" in text else text


def keep_text(doc: Doc, text: str) -> None:
    """``doc_text(doc)`` is ``text``: the article's own text, for a document parsed from a copy
    of it of the same length (``paragraphs.unwrapped``) or read back from a cache. The copy
    differs from it only where a line break became a space (``span_text`` relies on it)."""
    doc.user_data[_KEY] = text


def paragraph_breaks(doc: Doc) -> list[int]:
    """The space tokens that end a paragraph (``paragraphs.paragraph_break``), in order."""
    wrapped = hard_wrapped(doc_text(doc))
    spaces = doc.to_array(IS_SPACE).tolist()  # only a space token can end one
    return [
        i
        for i, space in enumerate(spaces)
        if space and paragraph_break(doc[i].text_with_ws, wrapped)
    ]


def indices_where(doc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """The tokens whose ``attr`` (LOWER, LEMMA, POS, ...) is a string that passes ``test``,
    in order; each distinct string is tested once."""
    strings = doc.vocab.strings
    passed: dict[int, bool] = {}
    found = []
    for i, key in enumerate(doc.to_array(attr).tolist()):
        ok = passed.get(key)
        if ok is None:
            ok = passed[key] = test(strings[key])
        if ok:
            found.append(i)
    return found
