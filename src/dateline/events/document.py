"""What the event stage knows of one article, shared by its parts (``coder`` builds it once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dateline.actors import ActorTable
from dateline.event_lexicon import Lexicon
from dateline.model import Article, Attribution, TimeExpression
from dateline.text.doctext import doc_text, paragraph_breaks
from dateline.text.furniture import reading_end
from dateline.text.quotemarks import Quoted, quote_of_token

if TYPE_CHECKING:
    from dateline.events.learned import EventTyper


@dataclass(frozen=True)
class Document:
    """The parse, what the earlier stages found in it, and look-ups by token index.

    The look-ups are made at their first reading: most articles hold no trigger that keeps a
    draft, and no rule reads them there."""

    doc: Doc
    article: Article
    actors: ActorTable
    attributions: tuple[Attribution, ...]
    timexes: tuple[TimeExpression, ...]
    lexicon: Lexicon
    typer: EventTyper | None
    first_mention: dict[str, int]  # actor id -> token index of its first mention

    @cached_property
    def timex_at(self) -> dict[int, TimeExpression]:
        """Token index -> the DATE/TIME expression it is in."""
        return timex_tokens(self.doc, self.timexes)

    @cached_property
    def paragraph_of(self) -> dict[int, int]:
        """Token index -> paragraph number."""
        return paragraph_numbers(self.doc)

    @cached_property
    def quoted(self) -> dict[int, Quoted]:
        """Token index -> the quotation it lies in (``trust``)."""
        return quote_of_token(self.doc)

    @cached_property
    def comments_from(self) -> int | None:
        """Where readers' comments under the article begin, or a closing story list, if any."""
        return reading_end(doc_text(self.doc))


def timex_tokens(doc: Doc, timexes: tuple[TimeExpression, ...]) -> dict[int, TimeExpression]:
    """Each token inside a DATE or TIME expression, with that expression."""
    found: dict[int, TimeExpression] = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        for token in doc.char_span(timex.start, timex.end, alignment_mode="expand") or ():
            found[token.i] = timex
    return found


def paragraph_numbers(doc: Doc) -> dict[int, int]:
    """Each token's paragraph number (``dateline.text.paragraphs``: a line in web text, a block
    between blank or indented lines in wire copy)."""
    numbers: list[int] = []  # (filled a paragraph at a time, not a word at a time)
    number = start = 0
    for end in paragraph_breaks(doc):  # in order; the break's own token opens the next
        numbers.extend([number] * (end - start))
        number, start = number + 1, end
    numbers.extend([number] * (len(doc) - start))
    return dict(enumerate(numbers))
