"""What every part of the stage reads about one document, worked out once (``Context``), and
an attribution while it is still being settled (``Draft``)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.attribution import syntax
from dateline.attribution.cues import load_cues
from dateline.model import Article, TimeExpression
from dateline.text.doctext import (
    attribute_keys,
    doc_text,
    expanded_span,
    indices_in,
    indices_where,
    read_attributes,
)
from dateline.text.furniture import reading_end
from dateline.text.paragraphs import (
    PARAGRAPH_BREAK,
    hard_wrapped,
    paragraph_around,
    paragraph_break,
)
from dateline.text.quotemarks import Quoted, quote_of_token, quoted_spans

# the arrays the stage's parts read of every document (the earlier stages read LOWER, ORTH and
# POS): read together, in one call
_STAGE_ATTRIBUTES = (DEP, IS_PUNCT, IS_SPACE, LEMMA, TAG)
_PRON_KEY = get_string_id("PRON")  # (the POS array's key of a pronoun)
_VERB_KEYS = frozenset({get_string_id("VERB"), get_string_id("AUX")})  # (and of a verb)


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
        # the words of a list that the rules look for, once found (``words_in``)
        self._words_in: dict[tuple[int, frozenset[str]], list[int]] = {}
        self._word_starts: dict[tuple[int, frozenset[str]], list[int]] = {}  # (``word_starts``)
        # where each paragraph break of a wrapped text ends, once sought (``paragraph_around``)
        self._break_ends: list[int] | None = None
        # where each quotation starts, in order (``quotes_from``)
        self._quote_starts = [quote.start for quote in self.quotes]
        # the words naming each actor, once sought (``mentions_of``)
        self._mentions: dict[str, list[int]] | None = None
        # the words with a lemma of ``reported``'s loop, and the verbs of a cue verb's lemma
        # among them, once sought (``reported_candidates``, ``cue_verbs_in``)
        self._reported_candidates: list[int] | None = None
        self._cue_verbs: list[int] | None = None

    def reported_candidates(self) -> list[int]:
        """The words whose lemma is one of the lexicon's ``reported_lemmas`` (the only words
        ``reported``'s loop may take for a cue), in order: the document's LEMMA array scanned
        once, for that loop and for ``cue_verbs_in`` (a cue verb's lemma is one of them)."""
        if self._reported_candidates is None:
            kb = self.kb
            self._reported_candidates = indices_where(
                self.doc, LEMMA, kb.reported_lemma, kb.reported_verdicts
            )
        return self._reported_candidates

    def cue_verbs_in(self, start: int, end: int) -> list[int]:
        """The words from ``start`` up to ``end`` that may be cue verbs
        (``syntax.is_cue_verb``: a verb or auxiliary with a cue verb's lemma), in order. The
        document's are found once, among ``reported_candidates`` (every cue verb's lemma is
        one of ``reported_lemmas``), by their LEMMA and POS keys; a loop over a sentence's
        words asks ``is_cue_verb`` of these only."""
        if self._cue_verbs is None:
            pos, lemmas = attribute_keys(self.doc, POS), attribute_keys(self.doc, LEMMA)
            strings, kb = self.doc.vocab.strings, self.kb
            self._cue_verbs = [
                i
                for i in self.reported_candidates()
                if pos[i] in _VERB_KEYS and kb.cue_verb_lemma(strings[lemmas[i]])
            ]
        found = self._cue_verbs
        return found[bisect_left(found, start) : bisect_left(found, end)]

    def mentions_of(self, actor: str | None) -> list[int]:
        """The words that name ``actor`` (as the actors stage linked them, pronouns aside), in
        order (none for None): found once per document, where the rules walked back word by
        word from each source to the last of them."""
        if self._mentions is None:
            pos, by_token = attribute_keys(self.doc, POS), self.actors.by_token
            self._mentions = {}
            for i in sorted(by_token):
                if pos[i] != _PRON_KEY:
                    self._mentions.setdefault(by_token[i], []).append(i)
        return self._mentions.get(actor, []) if actor is not None else []

    def quotes_from(self, start: int, end: int) -> tuple[Quoted, ...]:
        """The quotations that start at offset ``start`` or after it and before ``end``, in
        order: the quotations are in the text's order, and a draft's are found by bisection,
        not by a scan of all of them for each draft."""
        starts = self._quote_starts
        return self.quotes[bisect_left(starts, start) : bisect_left(starts, end)]

    def goes_on_from_before(self, quote: Quoted) -> bool:
        """Whether ``quote`` is the next paragraph of a quotation that goes on over several
        (the quotation before it ``continues``)."""
        at = bisect_left(self._quote_starts, quote.start)
        return at > 0 and self.quotes[at - 1].continues

    def words_in(self, attr: int, words: frozenset[str]) -> list[int]:
        """``doctext.indices_in(doc, attr, words)``, found once per document: the rules ask
        for the same words of each draft in turn, and a draft's are those between its bounds
        (``bisect``)."""
        key = (attr, words)
        found = self._words_in.get(key)
        if found is None:
            found = self._words_in[key] = indices_in(self.doc, attr, words)
        return found

    def word_starts(self, attr: int, words: frozenset[str]) -> list[int]:
        """The character offsets of ``words_in(attr, words)``, in order, found once per
        document: a draft's stretch of text is screened for the words by bisection, before
        any ``Span`` of it is made."""
        key = (attr, words)
        found = self._word_starts.get(key)
        if found is None:
            doc = self.doc
            found = self._word_starts[key] = [doc[i].idx for i in self.words_in(attr, words)]
        return found

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        """``paragraphs.paragraph_around(text, start, end)``. In wrapped text that function
        seeks the last break before ``start`` from the text's start, for each draft; here the
        breaks are found once, and the search runs again only from the last of them that ends
        before ``start`` (up to it, a search that stops at ``start`` finds the same breaks:
        none of them reads a character as far as ``start``)."""
        text = self.text
        if not self.wrapped:
            return paragraph_around(text, start, end, wrapped=False)
        if self._break_ends is None:
            self._break_ends = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        ends = self._break_ends
        before = bisect_left(ends, start)
        resume = ends[before - 1] if before else 0
        later = PARAGRAPH_BREAK.finditer(text, resume, start)
        first = max((m.end() for m in later), default=resume)
        after = PARAGRAPH_BREAK.search(text, end)
        return first, after.start() if after else len(text)

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
