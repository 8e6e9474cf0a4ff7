"""The event stage: PLOVER events from clauses and event nouns, with actors, date and modality.

A trigger (a verb or noun from the lexicon) gives the type and mode; the parse gives the source
(subject, possessor, or a nationality adjective) and the target (object or prepositional
object, else the nearest other actor along the dependency tree). The date, in order:

1. ``timex``: a time expression within a few dependency hops of the trigger;
2. ``event``: the date of the event it is anchored to ("before his meeting with Mr. Trump",
   "during the call") or that it is a later mention of;
3. ``attribution``: the date of the statement it is reported in;
4. ``context``: the date of the previous dated event in the same paragraph (news narrates a
   paragraph from one reference time);
5. ``published``: nothing better; the publication date, marked as such.

Mentions of one real-world event are then merged (``corefer``): the event keeps its first
mention as ``evidence`` and lists every mention in ``mentions``.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.actors.knowledge import knowledge, plain
from dateline.events.corefer import merge_mentions
from dateline.events.lexicon import Lexicon, Trigger, load_lexicon
from dateline.events.triggers import carried_noun, frame_of, recode, trigger_of
from dateline.model import Article, Attribution, Event, TimeExpression
from dateline.model import Span as ModelSpan
from dateline.text.paragraphs import hard_wrapped, paragraph_break

if TYPE_CHECKING:
    from dateline.events.learned import EventTyper

MAX_DISTANCE = 5  # dependency hops from a trigger to its date or place
HISTORICAL_AFTER = dt.timedelta(days=365)
PLURAL_PRONOUNS = {"they", "we"}
SPEAKER_PRONOUNS = {"it", "they", "we"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"}


@dataclass
class Draft:
    """An event mention before mentions are merged: its token and what was found for it."""

    token: Token
    trigger: Trigger
    source: str | None
    target: str | None
    date: str
    basis: str
    timex_dated: bool
    modality: tuple[str, ...]
    attribution: str | None
    location: str | None
    location_country: str | None
    contexts: tuple[str, ...]
    evidence: ModelSpan
    anchor: Token | None = None  # an event noun this one is dated by ("before his meeting")
    paragraph: int = 0
    unordered: bool = False  # a pair from "they" or "between": no grammatical direction
    source_phrase: ModelSpan | None = None
    target_phrase: ModelSpan | None = None
    mentions: list[ModelSpan] = field(default_factory=list)


def _clause(trigger: Token) -> Span:
    """The words of the trigger's own clause, without clauses conjoined to it."""
    if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head
    skip = {t.i for c in trigger.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    indices = [t.i for t in trigger.subtree if t.i not in skip]
    doc = trigger.doc
    start, end = min(indices), max(indices) + 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _phrase(token: Token | None) -> Span | None:
    """The noun phrase a head word stands for (its subtree)."""
    if token is None:
        return None
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


class _Coder:
    def __init__(
        self,
        doc: Doc,
        article: Article,
        actors: ActorTable,
        attributions: tuple[Attribution, ...],
        timexes: tuple[TimeExpression, ...],
        lexicon: Lexicon,
        typer: EventTyper | None = None,
    ) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.attributions = attributions
        self.lexicon = lexicon
        self.typer = typer
        self.timex_at: dict[int, TimeExpression] = {}
        for timex in timexes:
            if timex.type not in ("DATE", "TIME"):
                continue
            for token in doc.char_span(timex.start, timex.end, alignment_mode="expand") or ():
                self.timex_at[token.i] = timex
        self.paragraph_of = self._paragraphs()
        self.anaphoric: set[int] = set()  # token indices of definite/possessive event nouns
        self.first_mention = {}
        for token_index, actor in sorted(actors.by_token.items()):
            self.first_mention.setdefault(actor, token_index)

    def _paragraphs(self) -> dict[int, int]:
        """Each token's paragraph number (``dateline.paragraphs``: a line in web text, a block
        between blank or indented lines in wire copy)."""
        number, found = 0, {}
        wrapped = hard_wrapped(self.doc.text)
        for token in self.doc:
            if token.is_space and paragraph_break(token.text_with_ws, wrapped):
                number += 1
            found[token.i] = number
        return found

    # -- arguments -------------------------------------------------------------------------

    def actor_in(self, token: Token | None, source: str | None = None) -> str | None:
        """The actor a phrase names: its head, else its possessor ("Iran's facilities"), else a
        nationality or name modifying it ("an Afghan army base", "the home of a Palestinian").

        A modifier naming the ``source``'s own state is not taken: a government suspending
        "U.S. military deliveries" acts on its own, not on the United States.
        """
        if token is None:
            return None
        found = self.actors.at(token)
        if found is not None:
            return found
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and (found := self.actors.at(owner)) is not None:
            return found
        for child in token.children:
            inner = child
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ not in ("compound", "amod"):
                continue
            found = self.actors.at(inner) if inner is not None else None
            if found is not None and not self.own_state(found, source):
                return found
        return None

    def own_state(self, actor: str, source: str | None) -> bool:
        """Whether ``actor`` is the country of a state ``source`` (a government or a country)."""
        mine, theirs = self.actors.get(source), self.actors.get(actor)
        if mine is None or theirs is None or mine.kind not in ("government", "country"):
            return False
        return theirs.country is not None and theirs.country == mine.country

    def pair_for(self, pronoun: Token) -> tuple[str, str] | None:
        """ "they"/"we" with no actor: the two actors last named together ("Putin and Trump")."""
        if pronoun.lower_ not in PLURAL_PRONOUNS or self.actors.at(pronoun) is not None:
            return None
        paragraph = self.paragraph_of[pronoun.i]
        for token in reversed(self.doc[: pronoun.i]):
            if self.paragraph_of[token.i] < paragraph - 1:
                return None
            first = self.actors.at(token)
            if first is None or token.dep_ == "conj":
                continue
            others = [self.actors.at(c) for c in token.conjuncts]
            others = [o for o in others if o is not None and o != first]
            if others:
                return first, others[0]
        return None

    def speaker_for(self, pronoun: Token) -> str | None:
        """ "The ELN said it will release ...": an unresolved "it"/"they"/"we" subject of reported
        speech is the speaker."""
        if pronoun.lower_ not in SPEAKER_PRONOUNS or self.actors.at(pronoun) is not None:
            return None
        attribution = self.reported_in(pronoun)
        return attribution.speaker if attribution is not None else None

    def possessor_of(self, pronoun: Token) -> str | None:
        """ "his meeting" with "his" unresolved: the subject of the clause it stands in."""
        head = pronoun.head
        for _ in range(6):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < pronoun.i:
                return self.actor_in(subject)
            if head.head.i == head.i:
                return None
            head = head.head
        return None

    def subject_of(self, verb: Token) -> tuple[Token | None, str | None, str | None]:
        """(subject token, source, target): a pronoun pair fills both."""
        for child in verb.children:
            if child.dep_ == "nsubj":
                pair = self.pair_for(child)
                if pair:
                    return child, *pair
                return child, self.actor_in(child) or self.speaker_for(child), None
            if child.dep_ == "agent":
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                return obj, self.actor_in(obj), None
        return None, None, None

    def verb_arguments(
        self, verb: Token
    ) -> tuple[str | None, str | None, Token | None, Token | None]:
        """(source, target, subject token, target token) of a verb trigger.

        Target candidates in order: the direct object, the verb's prepositional objects, then
        the object's own when verb and object are one lexicon entry ("lifted the ban on
        Britain", "established ties with Seychelles"; not "discussed the battle with Ukraine");
        the first naming an actor wins, else the first is kept as a phrase with no actor.
        """
        subject, source, target = self.subject_of(verb)
        if target is not None:
            return source, target, subject, None
        candidates: list[Token] = []
        later: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "dative"):
                if f"{verb.lemma_.lower()} {child.lemma_.lower()}" in self.lexicon.verbs:
                    later += self.prepositional_objects(child)  # "lifted the ban on Britain"
                if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in child.children):
                    continue  # "withdrew its troops (from Poland)": the source's own
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ in self.lexicon.target_preps:
                candidates += [g for g in child.children if g.dep_ == "pobj"]
        candidates += later
        target_token = next(
            (c for c in candidates if self.actor_in(c, source) is not None),
            candidates[0] if candidates else None,
        )
        target = self.actor_in(target_token, source)
        if source is None and subject is None:
            source = self.inherited_source(verb)
        return source, target, subject, target_token

    def prepositional_objects(self, noun: Token) -> list[Token]:
        return [
            g
            for child in noun.children
            if child.dep_ == "prep" and child.lower_ in self.lexicon.target_preps
            for g in child.children
            if g.dep_ == "pobj"
        ]

    def inherited_source(self, token: Token) -> str | None:
        """A verb or noun without a subject takes the agent of what governs it."""
        for _ in range(4):
            head = token.head
            if head.i == token.i:
                return None
            for child in head.children:
                if child.dep_ in ("nsubj", "poss") and child.i != token.i:
                    return self.actor_in(child) or (
                        self.possessor_of(child) if child.lower_ in POSSESSIVE_PRONOUNS else None
                    )
            if token.dep_ in ("xcomp", "acl", "advcl", "dobj", "relcl", "conj", "pobj", "prep"):
                token = head
            else:
                return None
        return None

    def noun_arguments(
        self, noun: Token
    ) -> tuple[str | None, str | None, Token | None, Token | None]:
        source = target = None
        source_token = target_token = None
        themes: list[Token] = []
        others: list[Token] = []
        head = noun.head if noun.dep_ == "compound" else noun
        children = list(noun.children) + (list(head.children) if head.i != noun.i else [])
        for child in children:
            if child.dep_ == "poss" or (
                child.dep_ in ("amod", "compound")
                and child.i != noun.i
                and child.ent_type_ in ("NORP", "GPE", "PERSON", "ORG")
            ):
                found = self.actor_in(child)
                if found is None and child.lower_ in POSSESSIVE_PRONOUNS:
                    found = self.possessor_of(child)
                if source is None and found is not None:
                    source, source_token = found, child
            elif child.dep_ == "prep" and child.lower_ in self.lexicon.target_preps:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects and child.lower_ == "between":
                    pair = [objects[0], *objects[0].conjuncts]
                    source = source or self.actor_in_word(pair[0])
                    if len(pair) > 1:
                        target = self.actor_in_word(pair[1])
                elif objects:
                    (themes if child.lower_ == "of" else others).append(objects[0])
        if target is None:
            # "deployment of troops to Poland": a "to/against/on" object before the "of" theme,
            # which is the target only alone ("the invasion of Ukraine")
            candidates = others + themes
            target_token = next(
                (c for c in candidates if self.actor_in(c, source) is not None),
                candidates[0] if candidates else None,
            )
            target = self.actor_in(target_token, source)
        if source is None:
            source = self.inherited_source(head)
        return source, target, source_token, target_token

    def actor_in_word(self, token: Token) -> str | None:
        """The actor of one conjunct ("Russian" in "Russian and Ukrainian representatives")."""
        for candidate in [token, *token.children]:
            if candidate.dep_ in ("amod", "compound") or candidate.i == token.i:
                found = self.actors.at(candidate)
                if found and self.actors.get(found).kind == "country":
                    return found
        return self.actor_in(token)

    def nearest_other_actor(self, trigger: Token, source: str | None) -> str | None:
        """No target in the parse: the nearest other country or body along the tree, if any.

        Persons are left out (a person named nearby is rarely the target of a bare noun event),
        and so are the source's own country and pronouns.
        """
        own = self.actors.get(source)
        own_country = own.country if own else None

        def other(token: Token) -> bool:
            actor = self.actors.at(token)
            if actor is None or actor == source or token.tag_ in ("PRP", "PRP$"):
                return False
            candidate = self.actors.get(actor)
            return candidate.kind != "person" and not (
                own_country and candidate.country == own_country
            )

        # an actor in an argument position ("left Ukraine") before one that only modifies a
        # noun ("U.S. military deliveries"); nearer along the tree first within each
        argument = self.nearest(
            trigger, lambda t: other(t) and t.dep_ in ARGUMENT_DEPS, limit=2 * MAX_DISTANCE
        )
        found = argument or self.nearest(trigger, other, limit=2 * MAX_DISTANCE)
        return self.actors.at(found) if found is not None else None

    def location(self, trigger: Token) -> tuple[str | None, str | None]:
        """A place the trigger's clause puts it in ("in Istanbul"), and the place's country."""
        place = self.nearest(
            trigger,
            lambda t: (
                t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.lower_ in self.lexicon.place_preps
            ),
        )
        if place is None:
            return None, None
        entity = next((e for e in trigger.sent.ents if e.start <= place.i < e.end), None)
        if entity is None:
            return None, None
        return entity.text, self.country_of_place(entity)

    def country_of_place(self, place: Span) -> str | None:
        actor = self.actors.get(self.actors.in_span(place))
        if actor is not None and actor.country:
            return actor.country
        known = knowledge()  # the actor stage's country names, capitals and regions
        return known.place(place.text.lower()) or known.regions.get(plain(place.text))

    # -- date and modality -----------------------------------------------------------------

    def nearest(
        self, trigger: Token, wanted: Callable[[Token], bool], limit: int = MAX_DISTANCE
    ) -> Token | None:
        """The token closest to the trigger along the dependency tree that is ``wanted``."""
        seen = {trigger.i}
        queue = deque([(trigger, 0)])
        sentence = trigger.sent
        while queue:
            token, distance = queue.popleft()
            if token.i != trigger.i and wanted(token):
                return token
            if distance >= limit:
                continue
            for nxt in [*token.children, token.head]:
                if nxt.i not in seen and sentence.start <= nxt.i < sentence.end:
                    seen.add(nxt.i)
                    queue.append((nxt, distance + 1))
        return None

    def own_timex(self, trigger: Token) -> TimeExpression | None:
        """The DATE/TIME expression nearest the trigger along the tree, within a few hops."""

        def dated(token: Token) -> bool:
            return token.i in self.timex_at

        found = self.nearest(trigger, dated)
        if found is None and trigger.i in self.timex_at:
            found = trigger
        return self.timex_at[found.i] if found is not None else None

    def anchor_of(self, trigger: Token) -> Token | None:
        """An event noun the trigger is placed in time by: "before (to) his meeting"."""
        for child in trigger.children:
            if child.dep_ != "prep" or child.lower_ not in self.lexicon.anchor_preps:
                continue
            for inner in child.subtree:
                if (
                    inner.dep_ == "pobj"
                    and inner.i != trigger.i
                    and trigger_of(inner, self.lexicon)
                ):
                    return inner
        return None

    def reported_in(self, trigger: Token) -> Attribution | None:
        for attribution in self.attributions:
            if attribution.content.start <= trigger.idx < attribution.content.end:
                return attribution
        return None

    def modality(
        self,
        trigger: Token,
        date: str | None,
        dated_by_timex: bool,
        attribution: Attribution | None,
    ) -> tuple[str, ...]:
        """The modality flags (see the module's docs); "asserted" when none applies."""
        found = []
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        children = list(trigger.children) + (list(verb.children) if verb.i != trigger.i else [])
        if any(c.dep_ == "neg" for c in children):
            found.append("negated")
        cues = self.lexicon.cues
        auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        modifiers = {c.lower_ for c in trigger.children if c.dep_ == "amod"}
        if (
            auxiliaries & cues("hypothetical")
            or modifiers & cues("hypothetical_modifiers")
            or any(c.dep_ == "mark" and c.lower_ in cues("condition") for c in children)
        ):
            found.append("hypothetical")
        bounds = _calendar_bounds(date) if dated_by_timex and date else None
        if (
            auxiliaries & cues("future")
            or modifiers & cues("planned_modifiers")
            or (bounds and bounds[0] > self.article.published)
        ):
            found.append("future")
        if bounds and bounds[1] < self.article.published - HISTORICAL_AFTER:
            found.append("historical")
        if attribution is not None:
            found.append("reported")
        return tuple(found) or ("asserted",)

    def contexts(self, clause: Span) -> tuple[str, ...]:
        found = []
        for words in ([t.lemma_.lower() for t in clause], [t.lower_ for t in clause]):
            for size in (1, 2):
                for i in range(len(words) - size + 1):
                    context = self.lexicon.contexts.get(" ".join(words[i : i + size]))
                    if context and context not in found:
                        found.append(context)
        return tuple(found)

    # -- coding ----------------------------------------------------------------------------

    def drafts(self) -> list[Draft]:
        found: list[Draft] = []
        for token in self.doc:
            trigger = trigger_of(token, self.lexicon)
            if trigger is None or carried_noun(token, self.lexicon) is not None:
                continue  # a light verb: its event noun is coded instead
            if self.object_of_event_verb(token):
                continue  # "signed a deal", "rejected the proposal": the verb is the event
            if self.complement_of_frame(token):
                continue  # "refused to release": the refusal is the event
            if token.pos_ == "VERB":
                source, target, source_token, target_token = self.verb_arguments(token)
            else:
                source, target, source_token, target_token = self.noun_arguments(token)
            if self.is_anaphoric(token):
                self.anaphoric.add(token.i)
            elif source is None and target is None:
                continue
            if source is not None and (target is None or target == source):
                fallback = self.nearest_other_actor(token, source)
                if fallback is not None:
                    target, target_token = fallback, None
            frame = frame_of(token, self.lexicon, sentence_mode=False)
            trigger = recode(trigger, frame, self.lexicon)
            if self.typer is not None:
                trigger = self.retyped(token, trigger, source_token, target_token)
            draft = self.draft(token, trigger, source, target)
            draft.unordered = self.has_unordered_pair(token)
            draft.source_phrase = self.phrase_span(source_token)
            draft.target_phrase = self.phrase_span(target_token)
            found.append(draft)
        return found

    def complement_of_frame(self, verb: Token) -> bool:
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head.lemma_.lower() in self.lexicon.intent_frames | self.lexicon.refusal_frames
            and trigger_of(head, self.lexicon) is not None
        )

    def object_of_event_verb(self, noun: Token) -> bool:
        """ "signed a deal", "his approval of the proposal": the noun is the other event's
        object, not an event of its own, unless it names its own actors ("discussed Germany's
        deployment", "talks between ...")."""
        own_actors = any(
            c.dep_ == "poss"
            or (c.dep_ in ("amod", "compound") and self.actors.at(c) is not None)
            or (c.dep_ == "prep" and c.lower_ == "between")
            for c in noun.children
        )
        if own_actors or noun.pos_ != "NOUN":
            return False
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            return (
                carried_noun(head, self.lexicon) is None
                and trigger_of(head, self.lexicon) is not None
            )
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            return trigger_of(head.head, self.lexicon) is not None
        return False

    def phrase_span(self, token: Token | None) -> ModelSpan | None:
        """The argument's noun phrase as an article span (pronouns left out)."""
        phrase = _phrase(token)
        if phrase is None or token.tag_ in ("PRP", "PRP$"):
            return None
        return self.article.span(phrase.start_char, phrase.end_char)

    def has_unordered_pair(self, token: Token) -> bool:
        return any(
            (c.dep_ == "nsubj" and self.pair_for(c) is not None)
            or (c.dep_ == "prep" and c.lower_ == "between")
            for c in token.children
        )

    def is_anaphoric(self, noun: Token) -> bool:
        """ "the call", "his meeting": a noun mention that may refer back to an earlier event."""
        return noun.pos_ == "NOUN" and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            for c in noun.children
        )

    def retyped(
        self, token: Token, trigger: Trigger, source: Token | None, target: Token | None
    ) -> Trigger:
        """The learned typer's type for this relation (PLV merges CONCEDE/RETREAT: kept)."""
        from dateline.events.features import relation_features

        predicted = self.typer.predict(
            relation_features(token.sent, _phrase(source), _phrase(target), self.lexicon, token)
        )
        if predicted not in self.lexicon.quad_class:  # "YIELD": keep the rule's finer type
            return trigger
        return Trigger(predicted, trigger.mode if predicted == trigger.type else None)

    def draft(
        self, token: Token, trigger: Trigger, source: str | None, target: str | None
    ) -> Draft:
        clause = _clause(token)
        attribution = self.reported_in(token)
        timex = self.own_timex(token)
        if timex is not None:
            date, basis = timex.value, "timex"
        elif attribution is not None and attribution.said_on:
            date, basis = attribution.said_on, "attribution"
        else:
            date, basis = self.article.published.isoformat(), "published"
        location, country = self.location(token)
        evidence = self.article.span(clause.start_char, clause.end_char)
        return Draft(
            token=token,
            trigger=trigger,
            source=source,
            target=target,
            date=date,
            basis=basis,
            timex_dated=timex is not None,
            modality=self.modality(token, date, timex is not None, attribution),
            attribution=attribution.id if attribution else None,
            location=location,
            location_country=country,
            contexts=self.contexts(clause),
            evidence=evidence,
            anchor=self.anchor_of(token),
            paragraph=self.paragraph_of[token.i],
            mentions=[evidence],
        )

    def code(self) -> tuple[Event, ...]:
        drafts = self.drafts()
        drafts = merge_mentions(drafts, self.first_mention, self.anaphoric)
        drafts = [d for d in drafts if d.source is not None or d.target is not None]
        self.date_from_context(drafts)
        return tuple(self.event(number, d) for number, d in enumerate(drafts, start=1))

    def date_from_context(self, drafts: list[Draft]) -> None:
        """Undated mentions take the date of their paragraph's previous dated event (in place)."""
        previous: Draft | None = None
        for draft in drafts:
            same_paragraph = previous is not None and previous.paragraph == draft.paragraph
            if draft.basis == "published" and same_paragraph:
                draft.date, draft.basis = previous.date, "context"
            if draft.basis in ("timex", "event") and "historical" not in draft.modality:
                previous = draft
            elif previous is not None and previous.paragraph != draft.paragraph:
                previous = None

    def event(self, number: int, draft: Draft) -> Event:
        token = draft.token
        return Event(
            id=f"e{number}",
            type=draft.trigger.type,
            mode=draft.trigger.mode,
            source=draft.source,
            target=draft.target,
            source_phrase=draft.source_phrase,
            target_phrase=draft.target_phrase,
            date=draft.date,
            date_basis=draft.basis,
            location=draft.location,
            location_country=draft.location_country,
            contexts=draft.contexts,
            modality=draft.modality,
            attribution=draft.attribution,
            trigger=self.article.span(token.idx, token.idx + len(token)),
            evidence=draft.evidence,
            mentions=tuple(draft.mentions),
        )


def _calendar_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a TIMEX3 calendar value (year, month, ISO week or day)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if len(value) >= 8 and value[4:6] == "-W":
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
        if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def find_events(
    doc: Doc,
    article: Article,
    actors: ActorTable,
    attributions: tuple[Attribution, ...],
    timexes: tuple[TimeExpression, ...],
    lexicon: Lexicon | None = None,
    typer: EventTyper | None = None,
) -> tuple[Event, ...]:
    """The event stage: every PLOVER event the lexicon finds, with its arguments.

    ``typer`` (an ``events.learned.EventTyper``) optionally re-types each relation.
    """
    coder = _Coder(doc, article, actors, attributions, timexes, lexicon or load_lexicon(), typer)
    return coder.code()
