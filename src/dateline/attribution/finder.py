"""The attribution stage: who said what, through which cue, and via whom.

Quotations are found from quote marks (``quotemarks``) and given the cue that governs them, the
colon or dash that introduces or signs them, or the cue nearest to them in their sentence; a
quotation interrupted by its cue is one attribution in parts. Reported speech, beliefs,
intentions and stances are found from the parse: a cue verb (or statement noun) and the clause,
infinitive or object it governs ("Ushakov told reporters that ...", "plans to visit ..."), and
"according to" phrases. A report of a report ("state media reported that the Kremlin said ...")
becomes one attribution to the inner speaker, with the outer speakers in ``via``. The cue
lexicon is data: ``cues.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.model import Article, Attribution, TimeExpression
from dateline.text.paragraphs import hard_wrapped, paragraph_around, paragraph_break
from dateline.text.quotemarks import (
    CLOSING,
    OPENING,
    STRAIGHT,
    Quoted,
    quote_of_token,
    quoted_spans,
)

CONTENT_DEPS = ("ccomp",)
# after a closing quote mark: a dash, then a name up to the end of the line or a comma
_SIGNATURE = re.compile(r"[”\"]?[ \t\xa0]*([―—–]+)[ \t\xa0]*([^\n,(]{2,60})")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# how far into the sentence after a quotation its cue may be: “...!” Sen. Jane Roe said.
_TAIL_CUE_WINDOW = 8
# how many words after a quotation may name its speaker and cue when read without the parse
_TAIL_WORDS = 12
# a quotation of at most this many words, each capitalised, is a title (“The Long Road Home”)
_TITLE_WORDS = 4
_DASHES = ("-", "–", "—", "--")
_AMOUNTS = ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
_WORD = re.compile(r"[^\W_]+")
# the words that build a noun phrase up to its head ("a retired state senator")
_NOUN_MODIFIER_DEPS = ("det", "amod", "compound", "nummod", "poss", "nmod")
_MARKS_AND_SPACE = " \t\n\xa0" + OPENING + CLOSING + STRAIGHT + "'‘’"
# words running on from a closing mark to the next punctuation: “... a hard sell” for voters,
_RUN_ON = re.compile(r"[ \t]*([a-z][^,.;:!?“”\"\n]*)")
# after its complement, these children of a cue verb are no part of what it reports
_CONTENT_STOP_DEPS = ("cc", "conj", "advcl")


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    source_phrases: tuple[str, ...]
    determined_source_phrases: frozenset[str]
    statement_nouns: frozenset[str]
    intention_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    question_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    attitude_adjectives: frozenset[str]
    prepositional_verbs: dict[str, frozenset[str]]
    evidential_verbs: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def cues() -> Cues:
    with resources.files("dateline.attribution").joinpath("cues.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return Cues(
        verbs=frozenset(data["verbs"]),
        quote_only_verbs=frozenset(data["quote_only_verbs"]),
        source_phrases=tuple(data["source_phrases"]),
        determined_source_phrases=frozenset(data["determined_source_phrases"]),
        statement_nouns=frozenset(data["statement_nouns"]),
        intention_verbs=frozenset(data["intention_verbs"]),
        stance_verbs=frozenset(data["stance_verbs"]),
        question_verbs=frozenset(data["question_verbs"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        attitude_adjectives=frozenset(data["attitude_adjectives"]),
        prepositional_verbs={
            verb: frozenset(preps) for verb, preps in data["prepositional_verbs"].items()
        },
        evidential_verbs={
            verb: frozenset(complements) for verb, complements in data["evidential_verbs"].items()
        },
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
    parts: list[tuple[int, int]] = field(default_factory=list)  # pieces of an interrupted quote


def _trimmed(tokens: Span) -> Span:
    start, end = tokens.start, tokens.end
    doc = tokens.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


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


def _subject(verb: Token, quoted: Container[int] = ()) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is conjoined with if it has none.
    A "subject" inside a quotation is the parser joining the quote to the cue: no subject."""
    while True:
        # "said Wednesday": the parser's subject is a date, not a speaker; of two subjects
        # ("In Dayton, OH, ..., Gov. Ana Ruiz said") the nearer is the speaker
        subjects = [
            c
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and c.i not in quoted and not _when(c)
        ]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        for child in verb.children:  # passive with an agent: "it was reported by X"
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if verb.head.i == verb.i:
            return None
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "..., adding that ..."
        # "are quick to point out", "responded by saying": the subject of the governing verb
        by_doing = verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
        if verb.dep_ in ("conj", "xcomp", "acomp") or participle:
            verb = verb.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG":  # "released a statement saying ..."
            verb = _statement_giver(verb.head)
            if verb is None:
                return None
            if verb.pos_ not in ("VERB", "AUX"):  # "his statement saying ...": the possessor
                return verb
        elif by_doing:
            verb = verb.head.head
        else:
            return None


def _aside(head: Token, modifier: Token) -> bool:
    """A modifier after a source's head that is no part of the source: a participle
    ("Ruiz, speaking of her rivals,"; a past participle mostly is part of it: "a source
    involved in its creation") or a relative clause set off by a comma after a description
    ("one former staffer, who left on good terms,"). PolNeAR's sources keep relative
    clauses after names about as often as not, so those stay."""
    if modifier.dep_ == "acl":
        return modifier.tag_ != "VBN"
    comma = modifier.doc[modifier.left_edge.i - 1].text == ","
    return modifier.dep_ == "relcl" and head.pos_ == "NOUN" and comma


def _when(token: Token) -> bool:
    """A date or time ("said Wednesday"), not an age ("said the 46-year-old")."""
    return token.ent_type_ in ("DATE", "TIME") and token.lower_ != "old"


def _statement_giver(noun: Token) -> Token | None:
    """Who gave the statement a participle describes: the noun's possessor ("his message"),
    else the verb whose object it is ("released a statement", "wrote in a post"), looking
    through a noun the participle's own noun modifies ("sent a message to supporters saying")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative"):
        owner = noun.head.head
        if owner.pos_ == "VERB":
            return owner
        if owner.pos_ in ("NOUN", "PROPN"):
            return _statement_giver(owner)
    return None


def _is_cue_verb(token: Token, kb: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in kb.verbs


def _according_to(sentence: Span, kb: Cues, quoted: Container[int] = ()) -> list[tuple[Span, Span]]:
    """("according to" span, source phrase) pairs in a sentence, outside quotations; a date,
    an amount or a rate is no source ("per year", "per share")."""
    found = []
    for token in sentence:
        if token.i in quoted:
            continue
        for phrase in kb.source_phrases:
            words = phrase.split()
            if token.lower_ != words[0]:
                continue
            window = sentence.doc[token.i : token.i + len(words)]
            if len(window) == len(words) and window.text.lower() == phrase:
                determined = phrase in kb.determined_source_phrases
                objects = [
                    c
                    for c in window[-1].children
                    if c.dep_ == "pobj"
                    and not _when(c)
                    and c.ent_type_ not in _AMOUNTS
                    and (not determined or c.pos_ == "PROPN" or _determined(c))
                ]
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
        self.text = doc.text  # spaCy joins every token's text each time it is asked for
        self.quotes = quoted_spans(self.text)
        self.quote_tokens = quote_of_token(doc)
        self.wrapped = hard_wrapped(self.text)
        # where each dated expression attaches in the parse, for dating statements
        self.dated_heads: list[tuple[Token, str]] = []
        for timex in timexes:
            tokens = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if tokens is not None and timex.type in ("DATE", "TIME"):
                self.dated_heads.append((tokens.root.head, timex.value))

    def across_paragraphs(self, at: int, quote: Quoted) -> bool:
        """A paragraph break lies between offset ``at`` and the quotation: the parser's
        sentence ran on into the next paragraph, whose words do not introduce the quotation."""
        text = self.text
        between = text[at : quote.start] if at < quote.start else text[quote.end : at]
        return paragraph_break(between, self.wrapped)

    def inside_quote(self, token: Token) -> bool:
        return token.i in self.quote_tokens

    def quoted_outside(self, i: int, phrase: set[int]) -> bool:
        """Token ``i`` is no word of a quotation reaching out of ``phrase``: a title quoted
        inside a source ("the author of “Hacked World Order”") stays, a quotation the parser
        hung on the source does not."""
        quote = self.quote_tokens.get(i)
        if quote is None:
            return True
        words = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if words is None or not all(t.i in phrase for t in words):
            return False
        holder = words.root.head  # "of" in "the author of “...”"
        return holder.i in phrase and holder.i < words.start

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
        subject = _subject(verb, self.quote_tokens) or self.next_to(verb)
        source = self.mention(subject) if subject is not None else None
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

    def mention(self, head: Token) -> Span:
        """The words naming a source: the phrase of ``head``, short of words the parser took
        from a quotation next to it and of the asides after it (``_aside``)."""
        modifiers = {
            t.i for c in head.children if c.i > head.i and _aside(head, c) for t in c.subtree
        }
        phrase = {t.i for t in head.subtree}
        kept = {i for i in phrase if i not in modifiers and self.quoted_outside(i, phrase)}
        start = end = head.i  # the stretch around the head with no quoted word in it
        while start - 1 in kept:
            start -= 1
        while end + 1 in kept:
            end += 1
        return _trimmed(head.doc[start : end + 1])

    def next_to(self, verb: Token) -> Token | None:
        """The speaker of a cue verb the parser left without a subject: a name or pronoun right
        before it (“...,” Trump said) or right after it (“...,” said Trump)."""
        before = self.phrase_before(verb)
        if before is not None:
            return before
        for i in (verb.i - 1, verb.i + 1):
            if 0 <= i < len(self.doc):
                token = self.doc[i]
                # a capitalised word the tagger missed as a name ("said Skelly" as an adverb)
                name = token.pos_ in ("PROPN", "PRON") or (i > verb.i and token.is_title)
                if name and not self.inside_quote(token):
                    # up a name ("Donald Trump"), not into the verb the parser hung it on
                    while token.dep_ == "compound" and token.head.pos_ in ("PROPN", "NOUN"):
                        token = token.head
                    # "Katie Packer, who is chairman of Our Principles PAC said": the name a
                    # relative clause ending at the verb describes
                    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                    if i < verb.i and clause is not None and clause.head.i < clause.i:
                        return clause.head
                    return token
                # "said a longtime party strategist", "said retired judge Tom Hale": the noun
                # the phrase builds up to
                while i > verb.i and token.dep_ in _NOUN_MODIFIER_DEPS and token.head.i > i:
                    token = token.head
                if (
                    i > verb.i
                    and token.i > i
                    and token.pos_ in ("NOUN", "PROPN")
                    and not self.inside_quote(token)
                ):
                    return token
        return None

    def phrase_before(self, verb: Token) -> Token | None:
        """The head of a noun phrase ending right before a cue verb, past commas, that the
        parser hung elsewhere: “...,” Tom Hale, a party adviser, said (the name taken into
        the quotation's clause); On May 2, Col. Ana Ruiz, a spokeswoman, said (an apposition
        of the date)."""
        i = verb.i - 1
        while i >= 0 and self.doc[i].text == ",":
            i -= 1
        if i < 0 or i == verb.i - 1 or self.inside_quote(self.doc[i]):
            return None  # no comma: next_to's name right before the verb
        token = self.doc[i]
        apposition = None
        # up to the phrase's head, through a participle modifying a noun in it ("Ana Ruiz, a
        # lawyer then working for the ministry, wrote")
        while (
            token.dep_ in ("appos", "pobj", "prep", "compound", "acl")
            and token.head.i < verb.i
            and (token.head.pos_ not in ("VERB", "AUX") or token.head.dep_ == "acl")
            and not _when(token.head)
            and not self.inside_quote(token.head)
        ):
            if token.dep_ == "appos":
                apposition = token
            token = token.head
        if token.pos_ not in ("PROPN", "NOUN", "PRON") or _when(token):
            # "In a statement to the Observer, her adviser, Jake Sullivan, said": the
            # apposition the parser hung on a noun of the opening phrase
            opening_phrase = token.dep_ == "prep" and token.head == verb
            return apposition if apposition is not None and opening_phrase else None
        return token

    # -- reported speech -------------------------------------------------------------------

    def content_of(self, verb: Token, only_preposition: bool = False) -> list[Span]:
        """What a cue verb reports, in one piece or two: the clause it governs, or for verbs of
        intention the infinitive or object ("plans to visit", "wants a recount"), for verbs of
        stance the object ("endorsed Clinton"), for a verb listed with its prepositions the
        object of one ("called for a recount"; ``only_preposition``: no clause or object). A clause
        before its cue ("X, sources said.") is the sentence up to the cue; a cue in parentheses
        ("X, Furman argued, Y") has the rest of its sentence around it."""
        lemma, kb = verb.lemma_.lower(), self.kb
        doc = self.doc
        if lemma in kb.naming_verbs and (named := self.named(verb)):
            return named
        complement = None
        for child in verb.children:
            if only_preposition and child.dep_ != "prep":
                continue
            if child.dep_ in CONTENT_DEPS and (lemma in kb.question_verbs or not _question(child)):
                complement = child
                break
            if complement is not None:
                continue
            takes_object = lemma in kb.intention_verbs or lemma in kb.stance_verbs
            if (child.dep_ == "xcomp" and lemma in kb.intention_verbs) or (
                child.dep_ == "dobj" and takes_object
            ):
                complement = child
            elif child.dep_ == "prep" and (
                lemma in kb.stance_verbs or child.lower_ in kb.prepositional_verbs.get(lemma, ())
            ):
                # "called for changes", "railed against the deal": the preposition's object
                complement = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
        if complement is None:
            if verb.dep_ == "parataxis" and _subject(verb, self.quote_tokens) is not None:
                sentence = verb.sent
                pieces = [
                    _trimmed(doc[sentence.start : verb.left_edge.i]),
                    _trimmed(doc[verb.right_edge.i + 1 : sentence.end]),
                ]
                return [p for p in pieces if len(p) and not self.inside_quote(p[0])]
            return []
        if all(self.inside_quote(t) for t in complement.subtree):
            return []  # nothing but a quotation: found as one
        if complement.i < verb.i:
            # an object before its verb is a relative or question word ("something that
            # Trump mocked", "what he was talking about"), not a clause before its cue
            if verb.dep_ == "relcl" or complement.dep_ not in CONTENT_DEPS:
                return []
            return [_trimmed(doc[complement.sent.start : complement.right_edge.i + 1])]
        # the content runs on to the end of what the verb governs ("wants to triple X, grow Y
        # and create Z"), short of a clause conjoined to the cue verb itself ("said X and left")
        end = verb.right_edge.i
        for child in verb.rights:
            if child.i > complement.i and child.dep_ in _CONTENT_STOP_DEPS:
                end = child.left_edge.i - 1
                break
        return [_trimmed(doc[complement.left_edge.i : max(end, complement.right_edge.i) + 1])]

    def named(self, verb: Token) -> list[Span]:
        """What a verb of naming reports: its object through what the object is called
        ("called them rapists", "described the deal as a disaster")."""
        named = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        predicate = next(
            (
                c
                for c in verb.children
                if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
            ),
            None,
        )
        if named is None or predicate is None or predicate.i < named.i:
            return []
        return [_trimmed(self.doc[named.left_edge.i : predicate.right_edge.i + 1])]

    def from_noun(self, noun: Token) -> _Found | None:
        """A statement noun with its own clause: "Trump's claim that the vote was rigged",
        "he made a promise to cut taxes". The source is the possessor, else the subject of the
        verb the noun is the object of."""
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and any(
                    g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children
                )
            ),
            None,
        )
        if clause is None or all(self.inside_quote(t) for t in clause.subtree):
            return None
        content = _trimmed(self.doc[clause.left_edge.i : clause.right_edge.i + 1])
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        subject = _subject(noun.head, self.quote_tokens) if noun.dep_ == "dobj" else None
        owner = owner if owner is not None else subject
        if owner is None:
            return _Found("indirect", (content.start_char, content.end_char), cue=noun)
        # "his claim": the possessive pronoun is the subject of "repeated his claim" if any
        speaker = self.actors.at(owner) or self.speaker_of(self.mention(owner))
        if speaker is None and owner.pos_ == "PRON" and subject is not None:
            speaker = self.actors.at(subject)
        return _Found(
            "indirect",
            (content.start_char, content.end_char),
            cue=noun,
            source=self.mention(owner),
            speaker=speaker,
        )

    def evidential(self, verb: Token) -> _Found | None:
        """An impression the text reports with no source: "Trump seemed to appreciate X" (the
        subject and the complement, in two parts), "it appears that X" (the clause alone)."""
        kinds = self.kb.evidential_verbs[verb.lemma_.lower()]
        complement = None
        for child in verb.children:
            if child.dep_ in kinds:
                complement = child
            elif child.dep_ == "prep" and child.lower_ in kinds:
                complement = next((g for g in child.children if g.dep_ == "pobj"), None)
            if complement is not None:
                break
        if complement is None or complement.i < verb.i:
            return None
        pieces = [_trimmed(self.doc[complement.left_edge.i : complement.right_edge.i + 1])]
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.i < verb.i and subject.lower_ not in ("it", "there"):
            pieces.insert(0, _trimmed(self.doc[subject.left_edge.i : subject.right_edge.i + 1]))
        pieces = [p for p in pieces if len(p)]
        if not pieces or any(self.inside_quote(p[0]) for p in pieces):
            return None
        return _Found(
            "indirect",
            (pieces[0].start_char, pieces[-1].end_char),
            cue=verb,
            parts=[(p.start_char, p.end_char) for p in pieces] if len(pieces) > 1 else [],
        )

    def attitude(self, verb: Token) -> _Found | None:
        """An attitude stated with "be" and an adjective: "she is confident that X", "they
        were angry about X", "it was unclear whether X" (no source)."""
        adjective = next(
            (
                c
                for c in verb.children
                if c.dep_ == "acomp" and c.lemma_.lower() in self.kb.attitude_adjectives
            ),
            None,
        )
        if adjective is None:
            return None
        complement = None
        for child in adjective.children:
            if child.dep_ in ("ccomp", "xcomp"):
                complement = child
            elif child.dep_ == "prep":
                complement = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if complement is not None:
                break
        if complement is None:  # the parser hangs an extraposed clause on "be": it was unclear X
            complement = next(
                (c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i),
                None,
            )
        if complement is None or self.inside_quote(complement):
            return None
        content = _trimmed(self.doc[complement.left_edge.i : complement.right_edge.i + 1])
        if len(content) < 2:
            return None
        subject = _subject(verb, self.quote_tokens)
        if subject is None or subject.lower_ in ("it", "there"):
            return _Found("indirect", (content.start_char, content.end_char), cue=verb)
        return self.from_cue_verb(verb, "indirect", (content.start_char, content.end_char))

    def labelled(self, sentence: Span) -> _Found | None:
        """A headline or transcript line that names its speaker before a colon: "Sanders:
        Brexit's message could draw Trump support", "TRUMP: The deaths of ..." (a quotation
        after the colon is found as one)."""
        colon = next((t for t in sentence[:9] if t.text == ":"), None)
        if colon is None or colon.i == sentence.start:
            return None
        name = _trimmed(self.doc[sentence.start : colon.i])
        content = _trimmed(self.doc[colon.i + 1 : sentence.end])
        if (
            not len(name)
            or len(content) < 3
            or any(t.pos_ in ("VERB", "AUX") for t in name)
            or not any(t.pos_ == "PROPN" for t in name)
            or self.inside_quote(content[0])
        ):
            return None
        return _Found(
            "indirect",
            (content.start_char, content.end_char),
            cue=self.doc[colon.i : colon.i + 1],
            source=name,
            speaker=self.speaker_of(name),
        )

    def reported(self) -> list[_Found]:
        found = []
        kb = self.kb
        for token in self.doc:
            if self.inside_quote(token):
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "NOUN" and lemma in kb.statement_nouns:
                noun = self.from_noun(token)
                if noun is not None:
                    found.append(noun)
                continue
            if token.pos_ not in ("VERB", "AUX"):
                continue
            if lemma == "be":
                attitude = self.attitude(token)
                if attitude is not None:
                    found.append(attitude)
                continue
            if lemma in kb.evidential_verbs:
                evidential = self.evidential(token)
                if evidential is not None:
                    found.append(evidential)
                continue
            if _negated(token, self.quote_tokens):
                continue
            prepositional = lemma in kb.prepositional_verbs
            naming = lemma in kb.naming_verbs
            if (lemma in kb.quote_only_verbs and not prepositional and not naming) or not (
                lemma in kb.verbs
                or lemma in kb.intention_verbs
                or lemma in kb.stance_verbs
                or prepositional
                or naming
            ):
                continue
            # a quote-only verb reports only through its preposition ("called for a recount")
            pieces = self.content_of(token, only_preposition=lemma in kb.quote_only_verbs)
            if sum(len(p) for p in pieces) >= 2:
                report = self.from_cue_verb(
                    token, "indirect", (pieces[0].start_char, pieces[-1].end_char)
                )
                if len(pieces) > 1:
                    report.parts = [(p.start_char, p.end_char) for p in pieces]
                found.append(report)
        for sentence in self.doc.sents:
            labelled = self.labelled(sentence)
            if labelled is not None:
                found.append(labelled)
            for cue, source in _according_to(sentence, self.kb, self.quote_tokens):
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
        kind = "partial" if _embedded(self.text, quote, self.wrapped) else "direct"
        if (
            _title(tokens)
            and self.introducing_colon(tokens[0]) is None
            and self.cue_right_after(tokens) is None
        ):
            return None  # “The Long Road Home,”: a title, not a statement
        content = (quote.start, quote.end)
        # a cue verb outside the quote whose clause contains it: claimed he "didn't ..."
        for token in tokens[0].ancestors:
            if (
                _is_cue_verb(token, self.kb)
                and not self.inside_quote(token)
                and not _negated(token, self.quote_tokens)
                and not self.across_paragraphs(token.idx, quote)
            ):
                if kind == "partial":  # the content is what the cue verb says around the quote
                    around = _predicate_around(token, tokens)
                    if around is None:
                        return None  # quoted words in no complement of the cue: a title
                    content = around
                return self.from_cue_verb(token, kind, content, quote)
        if kind == "partial":
            return None  # quoted words no cue verb governs: a title, a scare quote
        sentences = {tokens[0].sent.start: tokens[0].sent, tokens[-1].sent.start: tokens[-1].sent}
        colon = self.introducing_colon(tokens[0])
        if colon is not None:  # "Caddell continued:", "The headline reads:", "WALLACE:"
            introduced = self.introduced(colon, kind, content, quote)
            if introduced is not None:
                return introduced
        candidates: list[tuple[int, _Found]] = []
        for sentence in sentences.values():
            for token in sentence:
                if (
                    _is_cue_verb(token, self.kb)
                    and not self.inside_quote(token)
                    and not _negated(token, self.quote_tokens)
                    and not self.across_paragraphs(token.idx, quote)
                ):
                    distance = min(abs(token.idx - quote.start), abs(token.idx - quote.end))
                    candidates.append((distance, self.from_cue_verb(token, kind, content, quote)))
        for attribution in reported:
            if attribution.kind == "according_to":
                cue = attribution.cue
                if any(
                    cue.start >= s.start and cue.end <= s.end for s in sentences.values()
                ) and not self.across_paragraphs(cue.start_char, quote):
                    distance = min(
                        abs(cue.start_char - quote.start), abs(cue.start_char - quote.end)
                    )
                    candidates.append(
                        (distance, replace(attribution, kind=kind, content=content, quote=quote))
                    )
        if not candidates and (tail := self.tail_cue(tokens)) is not None:
            return self.from_cue_verb(tail, kind, content, quote)
        if not candidates:
            return (
                self.governed(tokens, kind, content, quote)
                or self.said_after(tokens, kind, content, quote)
                or self.signed(quote, kind)
                or _Found(kind, content, quote=quote)
            )
        return min(candidates, key=lambda pair: pair[0])[1]

    def run_on(self, found: _Found) -> None:
        """A quotation that stops mid-sentence, its words running on past the closing mark
        (“They are not ready yet” to back him, ...), says what the whole clause says: the
        content takes the words up to the next punctuation, and the quotation becomes partial."""
        quote, text = found.quote, self.text
        if found.kind != "direct" or quote is None or not quote.closed:
            return
        if not text[quote.end - 1 : quote.end].isalnum():  # “..., ” or “...?” ends a quotation
            return
        mark = quote.end
        while mark < len(text) and text[mark] in CLOSING + STRAIGHT + "'’":
            mark += 1
        run_on = _RUN_ON.match(text, mark)
        if mark == quote.end or run_on is None:
            return
        end = run_on.end(1)
        while text[end - 1].isspace():
            end -= 1
        cue = found.cue
        cue_at = cue.idx if isinstance(cue, Token) else cue.start_char if cue is not None else -1
        if mark <= cue_at < end:
            return  # “...” he said: the words after the mark are the cue's own clause
        found.kind = "partial"
        found.content = (found.content[0], end)

    def cue_right_after(self, tokens: Span) -> Token | None:
        """A cue verb a few words after a quotation's closing mark, with no punctuation
        between: “Denver,” he answered; “Safety,” said Grimm; “Out!” the crowd yelled."""
        doc = self.doc
        i = tokens[-1].i + 1
        while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
            i += 1
        for token in doc[i : i + _TITLE_WORDS]:
            if token.is_punct or self.inside_quote(token):
                return None
            if _is_cue_verb(token, self.kb):
                return token
        return None

    def said_after(
        self, tokens: Span, kind: str, content: tuple[int, int], quote: Quoted
    ) -> _Found | None:
        """“...,” the editorial read. / “...?” the 43-year-old asked: a quotation ending in
        a comma, question or exclamation mark, followed in its paragraph by a few words naming
        someone and a verb of saying. Read from the words themselves, for when the tagger took
        the verb for a noun or the parser split the quotation from its cue."""
        text, doc = self.text, self.doc
        if text[quote.end - 1 : quote.end] not in (",", "?", "!"):
            return None
        i = tokens[-1].i + 1
        while i < len(doc) and (doc[i].is_quote or doc[i].text == " "):
            i += 1
        words = []
        for token in doc[i : i + _TAIL_WORDS]:
            if (
                self.inside_quote(token)
                or paragraph_break(token.text, self.wrapped)
                or token.text in (".", "!", "?")
            ):
                break
            words.append(token)
        cues = [t for t in words if t.lemma_.lower() in self.kb.verbs]
        verbs = [t for t in cues if t.pos_ in ("VERB", "AUX")]
        cue = verbs[0] if verbs else cues[-1] if cues and cues[-1] is words[-1] else None
        if cue is None or cue is words[0]:
            return None
        source = _trimmed(doc[words[0].i : cue.i])
        if not source or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") for t in source):
            return None
        return _Found(
            kind,
            content,
            cue=doc[cue.i : cue.i + 1],
            source=source,
            speaker=self.speaker_of(source),
            quote=quote,
        )

    def tail_cue(self, tokens: Span) -> Token | None:
        """The cue verb of the sentence right after a quotation, in its paragraph, when the
        parser split the quotation from its cue (“Sometimes we need our fix!” Clinton said to
        People.): a cue verb near the sentence's start that reports no clause of its own."""
        after = tokens[-1].sent.end
        doc = self.doc
        while (
            after < len(doc)
            and doc[after].is_space
            and not paragraph_break(doc[after].text, self.wrapped)
        ):
            after += 1
        if after >= len(doc) or paragraph_break(doc[tokens[-1].i : after + 1].text, self.wrapped):
            return None
        sentence = doc[after].sent
        for token in sentence[:_TAIL_CUE_WINDOW]:
            if (
                _is_cue_verb(token, self.kb)
                and not self.inside_quote(token)
                and not _negated(token, self.quote_tokens)
                and not any(c.dep_ in CONTENT_DEPS for c in token.children)
                and token.dep_ == "ROOT"  # not "That's why, he added, viewers ..."
            ):
                return token
        return None

    def governed(
        self, tokens: Span, kind: str, content: tuple[int, int], quote: Quoted
    ) -> _Found | None:
        """A quotation that is the complement of a verb outside the lexicon, a verb with a
        subject: “This is fantastic!” he beamed; Trump shot back “Jeb wants ...”."""
        root = tokens.root
        verb = root.head
        if (
            root.dep_ in ("ccomp", "dobj", "xcomp")
            and verb.pos_ == "VERB"
            and not self.inside_quote(verb)
            and not self.across_paragraphs(verb.idx, quote)
            and _subject(verb, self.quote_tokens) is not None
        ):
            return self.from_cue_verb(verb, kind, content, quote)
        return None

    def signed(self, quote: Quoted, kind: str) -> _Found | None:
        """A quotation signed after a dash, as in a list of reader comments:
        “It was a disgrace.” ― Jane Roe"""
        match = _SIGNATURE.match(self.text, quote.end)
        if match is None:
            return None
        dash = self.doc.char_span(*match.span(1), alignment_mode="expand")
        name = self.doc.char_span(*match.span(2), alignment_mode="contract")
        if dash is None or name is None or not any(t.pos_ == "PROPN" for t in name):
            return None
        return _Found(
            kind,
            (quote.start, quote.end),
            cue=dash,
            source=name,
            speaker=self.speaker_of(name),
            quote=quote,
        )

    def introducing_colon(self, first: Token) -> Token | None:
        """The colon right before a quotation's opening mark, if there is one, or a comma
        after a statement noun (Ruiz issued a statement, “Last night ...”)."""
        i = first.i - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].is_quote):
            i -= 1
        if i < 0 or self.inside_quote(self.doc[i]):
            return None
        mark = self.doc[i]
        if mark.text == ":" or (
            mark.text == ","
            and i > 0
            and self.doc[i - 1].lemma_.lower() in self.kb.statement_nouns
            and self.doc[i - 1].pos_ == "NOUN"
        ):
            return mark
        return None

    def introduced(
        self, colon: Token, kind: str, content: tuple[int, int], quote: Quoted
    ) -> _Found | None:
        """The attribution of a quotation introduced by a colon: the cue verb nearest before
        the colon ("Caddell continued:"), else the verb of the clause before it ("The headline
        reads:"), else a name alone before it, as in a transcript ("WALLACE:")."""
        clause = self.doc[colon.sent.start : colon.i]
        dashes = [t.i for t in clause if t.text in _DASHES]
        if dashes:  # "POLLSTERS AGREE - Carl Bialik:": a name after a dash
            named = self.name_alone(self.doc[dashes[-1] + 1 : colon.i], colon, kind, content, quote)
            if named is not None:
                return named
        verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and not self.inside_quote(t)]
        cues = [t for t in verbs if _is_cue_verb(t, self.kb) and not _negated(t, self.quote_tokens)]
        if cues:
            return self.from_cue_verb(cues[-1], kind, content, quote)
        if clause.root in verbs and _subject(clause.root, self.quote_tokens) is not None:
            return self.from_cue_verb(clause.root, kind, content, quote)
        return self.name_alone(clause, colon, kind, content, quote)

    def name_alone(
        self, words: Span, colon: Token, kind: str, content: tuple[int, int], quote: Quoted
    ) -> _Found | None:
        """A few words naming someone, with no verb, before a colon: the quotation's source."""
        name = _trimmed(words)
        if (
            0 < len(name) <= 6
            and not any(t.pos_ in ("VERB", "AUX") for t in name)
            and any(t.pos_ == "PROPN" for t in name)
        ):
            cue = self.doc[colon.i : colon.i + 1]
            return _Found(
                kind, content, cue=cue, source=name, speaker=self.speaker_of(name), quote=quote
            )
        return None

    def continue_speakers(self, quoted: list[_Found]) -> None:
        """A quotation with no cue continues the speaker of the quotation next to it."""
        text = self.text
        for i, found in enumerate(quoted):
            if found.speaker is not None or found.cue is not None:
                continue
            same_paragraph = [
                other
                for other in quoted
                if other is not found
                and other.speaker is not None
                and not paragraph_break(
                    text[
                        min(other.content[1], found.content[0]) : max(
                            other.content[0], found.content[1]
                        )
                    ],
                    self.wrapped,
                )
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

    def joined(self, quoted: list[_Found]) -> list[_Found]:
        """One attribution for a quotation interrupted by its cue ("“A,” he said. “B.”"): a
        quote with no cue of its own, or the same cue, in the paragraph of the quote before it,
        and each paragraph of a quote that runs over several, join the one before. Quoted
        words embedded after a quotation, with its cue, are dropped. A paragraph holding
        only a quotation with no cue, whose speaker was continued from a quotation in the
        paragraph before, joins that quotation too."""
        text = self.text
        joined: list[_Found] = []
        for found in quoted:
            previous = joined[-1] if joined else None
            if previous is not None and previous.quote is not None and found.quote is not None:
                same_paragraph = not paragraph_break(
                    text[previous.content[1] : found.content[0]], self.wrapped
                )
                own_cue = found.cue is not None and not _same_cue(found.cue, previous.cue)
                # quoted words around the cue of a quotation (“A,” he said on “Meet the
                # Press”) are a title or a scare quote, not more of the quotation: dropped
                titled = found.kind == "partial" and previous.kind == "direct"
                if same_paragraph and titled and not own_cue:
                    continue
                # a paragraph that is only a quotation with no cue, after a paragraph with a
                # quotation, goes on with it
                run = (
                    found.cue is None
                    and found.speaker is not None
                    and previous.kind == found.kind == "direct"
                    and (
                        not text[previous.content[1] : found.content[0]].strip(_MARKS_AND_SPACE)
                        or self.next_paragraph_alone(previous, found)
                    )
                )
                if previous.quote.continues or (
                    (same_paragraph or run)
                    and not own_cue
                    and previous.speaker == found.speaker
                    and (previous.cue is not None or previous.speaker is not None)
                ):
                    previous.parts = (previous.parts or [previous.content]) + [found.content]
                    previous.content = (previous.content[0], found.content[1])
                    previous.quote = found.quote
                    continue
            joined.append(found)
        return joined

    def next_paragraph_alone(self, previous: _Found, found: _Found) -> bool:
        """``found`` is a paragraph of its own, the one right after the paragraph of
        ``previous``, whatever else that paragraph holds (“...,” Adelson said in Macau.)."""
        text = self.text
        start, end = paragraph_around(text, *found.content, wrapped=self.wrapped)
        alone = not (text[start : found.content[0]] + text[found.content[1] : end]).strip(
            _MARKS_AND_SPACE
        )
        between = text[previous.content[1] : start]
        return (
            alone
            and paragraph_break(between, self.wrapped)
            and not paragraph_break(between.rstrip(_MARKS_AND_SPACE), self.wrapped)
        )

    # -- putting it together ---------------------------------------------------------------

    def run(self) -> tuple[Attribution, ...]:
        reported = self.reported()
        quoted = [q for quote in self.quotes if (q := self.quotation(quote, reported))]
        for found in quoted:
            self.run_on(found)
        quoted = _absorbed_into_reports(quoted, reported, self.text)
        self.continue_speakers(quoted)
        quoted = self.joined(quoted)
        # reported speech that is mostly one quotation is that quotation's attribution
        kept = [r for r in reported if not _mostly_quoted(r.content, quoted)]
        # a quotation the text gives no speaker or cue for attributes nothing (a title, a slogan)
        quoted = [q for q in quoted if q.cue is not None or q.speaker or q.source is not None]
        found = _fold_chains(kept + quoted, self.kb.verbs - self.kb.intention_verbs)
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
            content_parts=tuple(article.span(*part) for part in found.parts),
            source=source,
            cue=cue,
            speaker=found.speaker,
            via=tuple(found.via),
            said_on=found.said_on,
        )


def _predicate_around(verb: Token, quote: Span) -> tuple[int, int] | None:
    """The stretch a cue verb governs to its right, up to the end of the phrase holding a quote:
    described Clinton as a “disgrace”, is promising lower taxes and “jobs, jobs, jobs”. None
    when no phrase after the verb holds the quote."""
    right = [c for c in verb.rights if not c.is_punct and c.dep_ not in ("cc", "conj")]
    holder = next((c for c in right if c.left_edge.i <= quote.start <= c.right_edge.i), None)
    if holder is None:
        return None
    doc = verb.doc
    span = _trimmed(doc[right[0].left_edge.i : max(holder.right_edge.i, quote.end - 1) + 1])
    return (min(span.start_char, quote.start_char), max(span.end_char, quote.end_char))


def _determined(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _title(tokens: Span) -> bool:
    """A few words, each capitalised: a title or a slogan (“The Long Road Home”)."""
    words = [t for t in tokens if t.is_alpha]
    return 0 < len(words) <= _TITLE_WORDS and all(w.text[0].isupper() for w in words)


def _negated(verb: Token, quoted: Container[int] = ()) -> bool:
    """ "did not say" reports no statement; a "not" inside a quotation the parser hung on the
    cue (“Absolutely not,” he said) negates nothing."""
    return any(child.dep_ == "neg" and child.i not in quoted for child in verb.children)


def _question(clause: Token) -> bool:
    """ "answer whether ..." reports a question, not what was said."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _embedded(text: str, quote: Quoted, wrapped: bool) -> bool:
    """A partial quote sits inside a clause: a word runs straight into its opening mark."""
    i = quote.start - 1
    while i >= 0 and text[i] in OPENING + STRAIGHT + "'":  # the opening mark, however written
        i -= 1
    # only within the paragraph: one before may end in a closing mark (NYT's ''...'')
    before = text[: i + 1].rstrip(" \t\xa0")
    if wrapped and before.endswith("\n"):  # a wrapped line: the clause may run on from above
        whole = before.rstrip()
        if not paragraph_break(text[len(whole) : i + 1], wrapped):
            before = whole
    if not before:
        return False
    # an apostrophe ends a word (voters' “...”) only after a letter, not as a closing mark
    return before[-1].isalnum() or (before[-1] in "'’" and before[-2:-1].isalpha())


def _absorbed_into_reports(quoted: list[_Found], reported: list[_Found], text: str) -> list[_Found]:
    """A quotation inside the clause its own cue reports (claimed he “didn't make any
    progress”) is part of that report, which becomes a partial quotation."""
    kept = []
    for quote in quoted:
        start, end = (quote.quote.start, quote.quote.end) if quote.quote else quote.content
        while end > start and text[end - 1] in ".,;:!?":  # the report ends before these
            end -= 1
        marks = (start, end)
        report = next(
            (
                r
                for r in reported
                if _same_cue(r.cue, quote.cue)
                and r.content[0] <= marks[0]
                and marks[1] <= r.content[1]
                and _leads_into(text, r.content, marks[0])
            ),
            None,
        )
        if report is None:
            kept.append(quote)
        else:
            report.kind = "partial"
    return kept


def _leads_into(text: str, content: tuple[int, int], quote_start: int) -> bool:
    """The report has words of its own before the quotation (said that he and his wife "have
    talked ..."), so the quotation is part of what it reports. Words after the closing mark
    do not count: the parser often runs the clause on into what follows (“No,” replied X)."""
    before = text[content[0] : quote_start]
    return any(word.lower() != "that" for word in _WORD.findall(before))


def _mostly_quoted(content: tuple[int, int], quoted: list[_Found]) -> bool:
    """At least half of ``content`` is inside quote marks (of the quotations found)."""
    inside = 0
    for found in quoted:
        pieces = found.parts or ([(found.quote.start, found.quote.end)] if found.quote else [])
        for start, end in pieces:
            inside += max(0, min(end, content[1]) - max(start, content[0]))
    return inside > 0 and inside >= 0.5 * (content[1] - content[0])


def _same_cue(one: Token | Span | None, other: Token | Span | None) -> bool:
    if one is None or other is None:
        return False
    return _cue_tokens(one) == _cue_tokens(other)


def _cue_tokens(cue: Token | Span) -> tuple[int, int]:
    return (cue.i, cue.i + 1) if isinstance(cue, Token) else (cue.start, cue.end)


def _covers(quote: tuple[int, int], content: tuple[int, int]) -> bool:
    overlap = min(quote[1], content[1]) - max(quote[0], content[0])
    return overlap > 0 and overlap >= 0.5 * (content[1] - content[0])


def _fold_chains(found: list[_Found], speech: frozenset[str]) -> list[_Found]:
    """Fold "A reported that B said X" into one attribution of X to B via A: B's cue is a verb
    of ``speech`` heading the clause A reported, and B's content is most of it. A report that
    merely mentions another ("X told police Y, but Z, the source said") or a stance ("they say
    they support X") keeps both."""
    outer_of: dict[int, _Found] = {}
    for outer in found:
        if outer.kind == "according_to" or not isinstance(outer.cue, Token):
            continue
        for inner in found:
            cue = inner.cue
            if inner is outer or not isinstance(cue, Token):
                continue
            if (
                cue.dep_ in CONTENT_DEPS
                and cue.lemma_.lower() in speech
                and cue.head.i == outer.cue.i
                and outer.content[0] <= cue.idx < outer.content[1]
                and _covers(inner.content, outer.content)
            ):
                outer_of[id(inner)] = outer
    folded = {id(o) for o in outer_of.values()}
    for inner in found:
        chain, seen, outer = [], {id(inner)}, outer_of.get(id(inner))
        while outer is not None and id(outer) not in seen:
            seen.add(id(outer))
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
