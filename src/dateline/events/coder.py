"""The event stage: PLOVER events from clauses and event nouns, with actors, date and modality.

A trigger (a verb or noun from the lexicon) gives the type and mode; the parse gives the source
(subject, possessor, or a nationality adjective) and the target (object or prepositional
object); the date is the nearest time expression in the trigger's sentence by dependency
distance, else the date of the statement the event is reported in, else the publication date,
and ``date_basis`` says which.
"""

from __future__ import annotations

import datetime as dt
from collections import deque

from spacy.tokens import Doc, Span, Token

from dateline.actors import ActorTable
from dateline.events.lexicon import Lexicon, Trigger, load_lexicon
from dateline.model import Article, Attribution, Event, TimeExpression

MAX_DISTANCE = 5  # dependency hops from a trigger to its date or place
FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should"}
CONDITION_MARKS = {"if", "unless"}
HISTORICAL_AFTER = dt.timedelta(days=365)


def _trigger_of(token: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if any(child.dep_ == "oprd" for child in token.children):
            return None  # "called the session a serious conversation" names, it does not act
        for child in token.children:
            if child.dep_ in ("prep", "prt") and not _is_time_phrase(child):
                found = lexicon.verbs.get(f"{lemma} {child.lower_}")
                if found:
                    return found
        return lexicon.verbs.get(lemma)
    if token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("PERSON", "GPE", "ORG"):
        for child in token.children:
            if child.dep_ in ("compound", "amod"):
                found = lexicon.nouns.get(f"{child.lemma_.lower()} {lemma}")
                if found:
                    return found
        return lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_)
    return None


def _is_time_phrase(preposition: Token) -> bool:
    """ "on Thursday" is when, not what: "called on Thursday" is no "call on"."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in preposition.children)


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


class _Coder:
    def __init__(
        self,
        doc: Doc,
        article: Article,
        actors: ActorTable,
        attributions: tuple[Attribution, ...],
        timexes: tuple[TimeExpression, ...],
        lexicon: Lexicon,
    ) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.attributions = attributions
        self.lexicon = lexicon
        self.timex_at: dict[int, TimeExpression] = {}
        for timex in timexes:
            if timex.type not in ("DATE", "TIME"):
                continue
            for token in doc.char_span(timex.start, timex.end, alignment_mode="expand") or ():
                self.timex_at[token.i] = timex

    # -- arguments -------------------------------------------------------------------------

    def actor_in(self, token: Token | None) -> str | None:
        """The actor a phrase names: its head, or the head's possessor ("Iran's facilities")."""
        if token is None:
            return None
        found = self.actors.at(token)
        if found is None:
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            found = self.actors.at(owner) if owner is not None else None
        return found

    def verb_arguments(self, verb: Token) -> tuple[str | None, str | None]:
        source = target = None
        for child in verb.children:
            if child.dep_ == "nsubj":
                source = self.actor_in(child)
            elif child.dep_ == "agent":
                source = self.actor_in(next((g for g in child.children if g.dep_ == "pobj"), None))
            elif child.dep_ in ("dobj", "nsubjpass") and target is None:
                target = self.actor_in(child)
            elif child.dep_ == "prep" and child.lower_ in self.lexicon.target_preps and not target:
                target = self.actor_in(next((g for g in child.children if g.dep_ == "pobj"), None))
        if source is None:
            source = self.inherited_source(verb)
        return source, target

    def inherited_source(self, token: Token) -> str | None:
        """A verb or noun without a subject takes the agent of what governs it."""
        head = token.head
        for _ in range(3):
            if head is token or head is None:
                return None
            for child in head.children:
                if child.dep_ in ("nsubj", "poss"):
                    return self.actor_in(child)
            if head.dep_ in ("xcomp", "acl", "advcl", "dobj", "relcl", "conj"):
                token, head = head, head.head
            else:
                return None
        return None

    def noun_arguments(self, noun: Token) -> tuple[str | None, str | None]:
        source = target = None
        head = noun.head if noun.dep_ == "compound" else noun
        for child in list(noun.children) + (list(head.children) if head is not noun else []):
            if child.dep_ == "poss" or (
                child.dep_ in ("amod", "compound")
                and child.i != noun.i
                and child.ent_type_ in ("NORP", "GPE", "PERSON", "ORG")
            ):
                source = source or self.actor_in(child)
            elif child.dep_ == "prep" and child.lower_ in self.lexicon.target_preps:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects and child.lower_ == "between":
                    pair = [objects[0]] + [c for c in objects[0].conjuncts]
                    source = source or self.actor_in_word(pair[0])
                    if len(pair) > 1:
                        target = self.actor_in_word(pair[1])
                elif objects and target is None:
                    target = self.actor_in(objects[0])
        if source is None:
            source = self.inherited_source(head)
        return source, target

    def actor_in_word(self, token: Token) -> str | None:
        """The actor of one conjunct ("Russian" in "Russian and Ukrainian representatives")."""
        for candidate in [token, *token.children]:
            if candidate.dep_ in ("amod", "compound") or candidate is token:
                found = self.actors.at(candidate)
                if found and self.actors.get(found).kind == "country":
                    return found
        return self.actor_in(token)

    def nearest_other_actor(self, trigger: Token, source: str | None) -> str | None:
        """No target in the parse: the closest other country or body in the sentence, if any.

        Persons are left out (a person named nearby is rarely the target of a bare noun event),
        and so is the source's own country.
        """
        own = self.actors.get(source)
        own_country = own.country if own else None
        best, best_distance = None, None
        for token in trigger.sent:
            actor = self.actors.at(token)
            if actor is None or actor == source or token.tag_ in ("PRP", "PRP$"):
                continue
            candidate = self.actors.get(actor)
            if candidate.kind == "person" or (own_country and candidate.country == own_country):
                continue
            distance = abs(token.i - trigger.i)
            if best_distance is None or distance < best_distance:
                best, best_distance = actor, distance
        return best

    def location(self, trigger: Token) -> str | None:
        """A place the trigger's clause puts it in ("in Istanbul"), if any."""
        place = self.nearest(
            trigger,
            lambda t: (
                t.ent_type_ in ("GPE", "LOC", "FAC") and t.head.lower_ in ("in", "at", "near")
            ),
        )
        if place is None:
            return None
        return next((e.text for e in trigger.sent.ents if e.start <= place.i < e.end), None)

    # -- date and modality -----------------------------------------------------------------

    def nearest(self, trigger: Token, wanted) -> Token | None:
        """The token closest to the trigger along the dependency tree that is ``wanted``."""
        seen = {trigger.i}
        queue = deque([(trigger, 0)])
        sentence = trigger.sent
        while queue:
            token, distance = queue.popleft()
            if wanted(token):
                return token
            if distance >= MAX_DISTANCE:
                continue
            for nxt in [*token.children, token.head]:
                if nxt.i not in seen and sentence.start <= nxt.i < sentence.end:
                    seen.add(nxt.i)
                    queue.append((nxt, distance + 1))
        return None

    def reported_in(self, trigger: Token) -> Attribution | None:
        for attribution in self.attributions:
            if attribution.content.start <= trigger.idx < attribution.content.end:
                return attribution
        return None

    def modality(
        self, trigger: Token, date: str | None, basis: str, attribution: Attribution | None
    ) -> tuple[str, ...]:
        found = []
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        children = list(trigger.children) + (list(verb.children) if verb is not trigger else [])
        if any(c.dep_ == "neg" for c in children):
            found.append("negated")
        auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & HYPOTHETICAL_AUX or any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children
        ):
            found.append("hypothetical")
        bounds = _calendar_bounds(date) if basis == "timex" and date else None
        if auxiliaries & FUTURE_AUX or (bounds and bounds[0] > self.article.published):
            found.append("future")
        if bounds and bounds[1] < self.article.published - HISTORICAL_AFTER:
            found.append("historical")
        if attribution is not None:
            found.append("reported")
        return tuple(found) or ("asserted",)

    # -- coding ----------------------------------------------------------------------------

    def code(self) -> tuple[Event, ...]:
        events: list[Event] = []
        for token in self.doc:
            trigger = _trigger_of(token, self.lexicon)
            if trigger is None:
                continue
            if token.pos_ == "VERB":
                source, target = self.verb_arguments(token)
            else:
                source, target = self.noun_arguments(token)
            if source is None and target is None:
                continue
            if target is None or target == source:
                target = self.nearest_other_actor(token, source)
            events.append(self.event(len(events) + 1, token, trigger, source, target))
        return tuple(events)

    def event(
        self, number: int, token: Token, trigger: Trigger, source: str | None, target: str | None
    ) -> Event:
        clause = _clause(token)
        attribution = self.reported_in(token)
        dated = self.nearest(token, lambda t: t.i in self.timex_at)
        timex = self.timex_at[dated.i] if dated is not None else None
        if timex is not None:
            date, basis = timex.value, "timex"
        elif attribution is not None and attribution.said_on:
            date, basis = attribution.said_on, "attribution"
        else:
            date, basis = self.article.published.isoformat(), "published"
        return Event(
            id=f"e{number}",
            type=trigger.type,
            mode=trigger.mode,
            source=source,
            target=target,
            date=date,
            date_basis=basis,
            location=self.location(token),
            modality=self.modality(token, date, basis, attribution),
            attribution=attribution.id if attribution else None,
            trigger=self.article.span(token.idx, token.idx + len(token)),
            evidence=self.article.span(clause.start_char, clause.end_char),
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
) -> tuple[Event, ...]:
    """The event stage: every PLOVER event the lexicon finds, with its arguments."""
    coder = _Coder(doc, article, actors, attributions, timexes, lexicon or load_lexicon())
    return coder.code()
