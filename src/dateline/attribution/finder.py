"""The attribution stage: who said what, through which cue, and via whom.

Quotations are found from quote marks (``quotemarks``) and given the cue verb or "according
to" phrase nearest to them in their sentence; reported speech is found from cue verbs that
govern a clause ("Ushakov told reporters that ..."). A report of a report ("state media reported
that the Kremlin said ...") becomes one attribution to the inner speaker, with the outer
speakers in ``via``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.attribution.quotemarks import Quoted, quote_of_token, quoted_spans
from dateline.model import Article, Attribution, TimeExpression

CONTENT_DEPS = ("ccomp",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    source_phrases: tuple[str, ...]
    statement_nouns: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    with resources.files("dateline.attribution").joinpath("cues.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return Cues(
        verbs=frozenset(data["verbs"]),
        quote_only_verbs=frozenset(data["quote_only_verbs"]),
        source_phrases=tuple(data["source_phrases"]),
        statement_nouns=frozenset(data["statement_nouns"]),
    )


@dataclass
class _Found:
    """An attribution while speakers and chains are still being settled."""

    kind: str
    content: tuple[int, int]
    cue: Token | Span | None = None
    source: Span | None = None
    speaker: str | None = None
    via: list[str] = field(default_factory=list)
    said_on: str | None = None
    quote: Quoted | None = None


def _trimmed(tokens: Span) -> Span:
    start, end = tokens.start, tokens.end
    doc = tokens.doc
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or (doc[start].lower_ == "that" and doc[start].dep_ == "mark")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _subtree_span(token: Token, exclude: Token | None = None) -> Span:
    tokens = [t.i for t in token.subtree if exclude is None or t not in exclude.subtree]
    return _trimmed(token.doc[min(tokens) : max(tokens) + 1])


def _source_phrase(head: Token) -> Span:
    """The noun phrase naming a source, without a clause the parser hung onto it as apposition
    ("according to a post, the last time they spoke, ..." is no part of the source)."""
    clauses = [
        c
        for word in head.subtree
        for c in word.children
        if c.dep_ == "appos" and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
    ]
    end = min((c.left_edge.i for c in clauses), default=head.right_edge.i + 1)
    return _trimmed(head.doc[head.left_edge.i : end])


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is conjoined with if it has none."""
    while True:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        for child in verb.children:  # passive with an agent: "it was reported by X"
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
            continue
        return None


def _is_cue_verb(token: Token, kb: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in kb.verbs


def _according_to(sentence: Span, kb: Cues) -> list[tuple[Span, Span]]:
    """("according to" span, source phrase) pairs in a sentence."""
    found = []
    for token in sentence:
        for phrase in kb.source_phrases:
            words = phrase.split()
            if token.lower_ != words[0]:
                continue
            window = sentence.doc[token.i : token.i + len(words)]
            if len(window) == len(words) and window.text.lower() == phrase:
                objects = [c for c in window[-1].children if c.dep_ == "pobj"]
                if objects:
                    found.append((window, _source_phrase(objects[0])))
    return found


class _Attributor:
    def __init__(
        self, doc: Doc, article: Article, actors: ActorTable, timexes: tuple[TimeExpression, ...]
    ) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.kb = cues()
        self.quotes = quoted_spans(doc.text)
        self.quote_tokens = quote_of_token(doc)
        # where each dated expression attaches in the parse, for dating statements
        self.dated_heads: list[tuple[Token, str]] = []
        for timex in timexes:
            tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if tokens is not None and timex.type in ("DATE", "TIME"):
                self.dated_heads.append((tokens.root.head, timex.value))

    def inside_quote(self, token: Token) -> bool:
        return token.i in self.quote_tokens

    # -- speakers --------------------------------------------------------------------------

    def speaker_of(self, source: Span | None) -> str | None:
        return self.actors.in_span(source) if source is not None else None

    def said_on(self, cue: Token) -> str | None:
        """The date a statement was made, when a time expression hangs off its cue verb."""
        for head, value in self.dated_heads:
            if head == cue or (head.dep_ == "prep" and head.head == cue):
                return value
        return None

    def from_cue_verb(
        self, verb: Token, kind: str, content: tuple[int, int], quote: Quoted | None = None
    ) -> _Found:
        subject = _subject(verb)
        source = _subtree_span(subject) if subject is not None else None
        speaker = self.actors.at(subject) if subject is not None else None
        return _Found(
            kind,
            content,
            cue=verb,
            source=source,
            speaker=speaker or self.speaker_of(source),
            said_on=self.said_on(verb),
            quote=quote,
        )

    # -- reported speech -------------------------------------------------------------------

    def reported(self) -> list[_Found]:
        found = []
        for token in self.doc:
            if not _is_cue_verb(token, self.kb) or self.inside_quote(token):
                continue
            if token.lemma_.lower() in self.kb.quote_only_verbs or _negated(token):
                continue
            for child in token.children:
                if (
                    child.dep_ in CONTENT_DEPS
                    and not self.inside_quote(child)
                    and not _question(child)
                ):
                    content = _subtree_span(child)
                    if len(content) >= 3:
                        found.append(
                            self.from_cue_verb(
                                token, "indirect", (content.start_char, content.end_char)
                            )
                        )
        for sentence in self.doc.sents:
            for cue, source in _according_to(sentence, self.kb):
                # the content is the rest of the sentence: "According to X, <content>."
                phrase = set(range(cue.start, source.end))
                rest = [t.i for t in sentence if t.i not in phrase]
                if not rest:
                    continue
                content = _trimmed(self.doc[min(rest) : max(rest) + 1])
                if len(content) < 2:
                    continue
                found.append(
                    _Found(
                        "according_to",
                        (content.start_char, content.end_char),
                        cue=cue,
                        source=source,
                        speaker=self.speaker_of(source),
                    )
                )
        return found

    # -- quotations ------------------------------------------------------------------------

    def quotation(self, quote: Quoted, reported: list[_Found]) -> _Found | None:
        tokens = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if tokens is None:
            return None
        kind = "partial" if _embedded(self.doc.text, quote) else "direct"
        content = (quote.start, quote.end)
        # a cue verb outside the quote whose clause contains it: claimed he "didn't ..."
        for token in tokens[0].ancestors:
            if (
                _is_cue_verb(token, self.kb)
                and not self.inside_quote(token)
                and not _negated(token)
            ):
                return self.from_cue_verb(token, kind, content, quote)
        sentences = {tokens[0].sent.start: tokens[0].sent, tokens[-1].sent.start: tokens[-1].sent}
        candidates: list[tuple[int, _Found]] = []
        for sentence in sentences.values():
            for token in sentence:
                if (
                    _is_cue_verb(token, self.kb)
                    and not self.inside_quote(token)
                    and not _negated(token)
                ):
                    distance = min(abs(token.idx - quote.start), abs(token.idx - quote.end))
                    candidates.append((distance, self.from_cue_verb(token, kind, content, quote)))
        for attribution in reported:
            if attribution.kind == "according_to":
                cue = attribution.cue
                if any(cue.start >= s.start and cue.end <= s.end for s in sentences.values()):
                    distance = min(
                        abs(cue.start_char - quote.start), abs(cue.start_char - quote.end)
                    )
                    candidates.append(
                        (distance, replace(attribution, kind=kind, content=content, quote=quote))
                    )
        if not candidates:
            return _Found(kind, content, quote=quote)
        return min(candidates, key=lambda pair: pair[0])[1]

    def continue_speakers(self, quoted: list[_Found]) -> None:
        """A quotation with no cue continues the speaker of the quotation next to it."""
        text = self.doc.text
        for i, found in enumerate(quoted):
            if found.speaker is not None or found.cue is not None:
                continue
            same_paragraph = [
                other
                for other in quoted
                if other is not found
                and other.speaker is not None
                and "\n"
                not in text[
                    min(other.content[1], found.content[0]) : max(
                        other.content[0], found.content[1]
                    )
                ]
            ]
            before = [o for o in same_paragraph if o.content[0] < found.content[0]]
            after = [o for o in same_paragraph if o.content[0] > found.content[0]]
            neighbour = (before[-1] if before else None) or (after[0] if after else None)
            if neighbour is None and i > 0 and quoted[i - 1].speaker is not None:
                gap = text[quoted[i - 1].content[1] : found.content[0]]
                if gap.count("\n\n") <= 1 and len(gap) < 200:
                    neighbour = quoted[i - 1]
            if neighbour is not None:
                found.speaker, found.source = neighbour.speaker, neighbour.source
                found.via = list(neighbour.via)

    # -- putting it together ---------------------------------------------------------------

    def run(self) -> tuple[Attribution, ...]:
        reported = self.reported()
        quoted = [q for quote in self.quotes if (q := self.quotation(quote, reported))]
        self.continue_speakers(quoted)
        # reported speech that is mostly one quotation is that quotation's attribution
        kept = [r for r in reported if not any(_covers(q.content, r.content) for q in quoted)]
        found = _fold_chains(kept + quoted)
        found.sort(key=lambda f: f.content)
        return tuple(self.record(i, f) for i, f in enumerate(found, start=1))

    def record(self, number: int, found: _Found) -> Attribution:
        article = self.article
        cue = source = None
        if found.cue is not None:
            words = (
                found.cue
                if isinstance(found.cue, Span)
                else self.doc[found.cue.i : found.cue.i + 1]
            )
            cue = article.span(words.start_char, words.end_char)
        if found.source is not None:
            source = article.span(found.source.start_char, found.source.end_char)
        return Attribution(
            id=f"q{number}",
            kind=found.kind,
            content=article.span(*found.content),
            source=source,
            cue=cue,
            speaker=found.speaker,
            via=tuple(found.via),
            said_on=found.said_on,
        )


def _negated(verb: Token) -> bool:
    """ "did not say" reports no statement."""
    return any(child.dep_ == "neg" for child in verb.children)


def _question(clause: Token) -> bool:
    """ "answer whether ..." reports a question, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _embedded(text: str, quote: Quoted) -> bool:
    """A partial quote sits inside a clause: a word runs straight into its opening mark."""
    before = text[: max(quote.start - 1, 0)].rstrip(" ")
    return bool(before) and (before[-1].isalnum() or before[-1] in "'’")


def _covers(quote: tuple[int, int], content: tuple[int, int]) -> bool:
    overlap = min(quote[1], content[1]) - max(quote[0], content[0])
    return overlap > 0 and overlap >= 0.5 * (content[1] - content[0])


def _fold_chains(found: list[_Found]) -> list[_Found]:
    """Fold "A reported that B said X" into one attribution of X to B via A."""
    outer_of: dict[int, _Found] = {}
    for outer in found:
        for inner in found:
            cue = inner.cue
            if inner is outer or not isinstance(cue, Token):
                continue
            if outer.content[0] <= cue.idx < outer.content[1] and outer.kind != "according_to":
                outer_of[id(inner)] = outer
    folded = {id(o) for o in outer_of.values()}
    for inner in found:
        chain, outer = [], outer_of.get(id(inner))
        while outer is not None and len(chain) < 5:
            if outer.speaker:
                chain.append(outer.speaker)
            outer = outer_of.get(id(outer))
        inner.via = chain + inner.via
    return [f for f in found if id(f) not in folded or f.quote is not None]


def find_attributions(
    doc: Doc, article: Article, actors: ActorTable, timexes: tuple[TimeExpression, ...] = ()
) -> tuple[Attribution, ...]:
    """The attribution stage: quotations and reported speech with speakers and cues."""
    return _Attributor(doc, article, actors, timexes).run()
