"""What every part of the stage reads about one document, worked out once (``Context``), and
an attribution while it is still being settled (``Draft``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, TAG
from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.attribution import syntax
from dateline.attribution.cues import load_cues
from dateline.model import Article, TimeExpression
from dateline.text.doctext import doc_text, expanded_span, read_attributes
from dateline.text.furniture import reading_end
from dateline.text.paragraphs import hard_wrapped, paragraph_break
from dateline.text.quotemarks import Quoted, quote_of_token, quoted_spans

# the arrays the stage's parts read of every document (the earlier stages read LOWER, ORTH and
# POS): read together, in one call
_STAGE_ATTRIBUTES = (DEP, IS_PUNCT, IS_SPACE, LEMMA, TAG)


@dataclass
class Draft:
    """An attribution while speakers and chains are still being settled."""

    kind: str
    content: tuple[int, int]
    cue: Token | Span | None = None
    source: Span | None = None
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    said_on: str | None = None
    quote: Quoted | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)  # pieces of an interrupted quote
    # a stance the text mentions in passing ("endorsed Cruz", "his attacks on the board", "is
    # expected to ..."): no statement a later "he said" goes on from, nor one a report folds
    passing: bool = False
    # a whole quoted sentence a page's caption ran into: no report of the caption folds it
    after_caption: bool = False

    def end_at(self, cut: int) -> None:
        """End the content (and its pieces) at character ``cut``."""
        self.content = (self.content[0], cut)
        self.parts = [(a, min(b, cut)) for a, b in self.parts if a < cut]

    def start_at(self, first: int) -> None:
        """Start the content (and its pieces) at character ``first``."""
        self.content = (first, self.content[1])
        self.parts = [(max(a, first), b) for a, b in self.parts if b > first]


class Context:
    """One document with what the stage asks of it again and again: its text, the cue lexicon,
    its quotations and the quotation each token is in, whether it is hard-wrapped, and where its
    dated expressions attach."""

    def __init__(
        self, doc: Doc, article: Article, actors: ActorTable, timexes: tuple[TimeExpression, ...]
    ) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.kb = load_cues()
        read_attributes(doc, _STAGE_ATTRIBUTES)
        self.text = doc_text(doc)
        self.quotes = quoted_spans(self.text)
        self.quote_tokens = quote_of_token(doc)
        self.wrapped = hard_wrapped(self.text)
        self.comments_from = reading_end(self.text)  # comments or a closing story list, from here
        # whether a paragraph (its start and end offsets) is page furniture, once judged
        self.furniture_lines: dict[tuple[int, int], bool] = {}
        # where each dated expression attaches in the parse, for dating statements
        self.dated_heads: list[tuple[Token, str]] = []
        # the character spans of the dates and times, for words that only say when
        self.dated_spans: list[tuple[int, int]] = []
        # whether a word is passive, once asked (``passive``)
        self._passive: dict[int, bool] = {}
        for timex in timexes:
            if timex.type not in ("DATE", "TIME"):
                continue  # (a duration or a set says no when: its words are not sought)
            tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if tokens is not None:
                self.dated_heads.append((tokens.root.head, timex.value))
                self.dated_spans.append((timex.start, timex.end))

    def across_paragraphs(self, at: int, quote: Quoted) -> bool:
        """A paragraph break lies between offset ``at`` and the quotation: the parser's
        sentence ran on into the next paragraph, whose words do not introduce the quotation."""
        text = self.text
        between = text[at : quote.start] if at < quote.start else text[quote.end : at]
        return paragraph_break(between, self.wrapped)

    def passive(self, verb: Token) -> bool:
        """``syntax.passive(verb)``, worked out once per word: the loop of cues asks it of a
        verb, and the choice of its speaker asks again."""
        found = self._passive.get(verb.i)
        if found is None:
            found = self._passive[verb.i] = syntax.passive(verb)
        return found

    def inside_quote(self, token: Token) -> bool:
        return token.i in self.quote_tokens

    def quoted_outside(self, i: int, phrase: set[int]) -> bool:
        """Token ``i`` is no word of a quotation reaching out of ``phrase``: a title quoted
        inside a source ("the author of “Hacked World Order”") stays, a quotation the parser
        hung on the source does not."""
        quote = self.quote_tokens.get(i)
        if quote is None:
            return True
        words = expanded_span(self.doc, quote.start, quote.end)
        if words is None or not all(t.i in phrase for t in words):
            return False
        holder = words.root.head  # "of" in "the author of “...”"
        return holder.i in phrase and holder.i < words.start
