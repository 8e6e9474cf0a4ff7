"""When an event mention happened and how it is stated: its date sources and modality flags.

The order in which a date is chosen is told in ``coder``; the date of the event a mention is
anchored to or is a later mention of is taken in ``corefer``. ``nearest``, the search along
the dependency tree, also finds a mention's place and fallback target (``arguments``).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.triggers import governors, trigger_of
from dateline.model import Attribution, TimeExpression
from dateline.text.doctext import paragraph_breaks
from dateline.timex.intervals import days_of

MAX_DISTANCE = 5  # dependency hops from a trigger to its date or place
HISTORICAL_AFTER = dt.timedelta(days=365)


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
    breaks = set(paragraph_breaks(doc))
    number, found = 0, {}
    for i in range(len(doc)):
        if i in breaks:
            number += 1
        found[i] = number
    return found


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "pcomp"}


def nearest(
    trigger: Token,
    wanted: Callable[[Token], bool],
    limit: int = MAX_DISTANCE,
    into_clauses: bool = True,
) -> Token | None:
    """The token closest to the trigger along the dependency tree that is ``wanted``.

    Without ``into_clauses`` the search does not go down into a clause on another word ("the
    treaty signed in 1996": 1996 is the signing's date, not a withdrawal's from the treaty;
    "accused Valdoria of moving artillery earlier this year": the moving's date).
    """
    seen = {trigger.i}
    queue = deque([(trigger, 0)])
    sentence = trigger.sent
    while queue:
        token, distance = queue.popleft()
        if token.i != trigger.i and wanted(token):
            return token
        if distance >= limit:
            continue
        children = [  # a clause on the trigger itself still tells its time ("that began in")
            c
            for c in token.children
            if into_clauses
            or token.i == trigger.i
            or c.dep_ not in CLAUSE_DEPS
            or c.pos_ not in ("VERB", "AUX")
        ]
        for nxt in [*children, token.head]:
            if nxt.i not in seen and sentence.start <= nxt.i < sentence.end:
                seen.add(nxt.i)
                queue.append((nxt, distance + 1))
    return None


def own_timex(document: Document, trigger: Token) -> TimeExpression | None:
    """The DATE/TIME expression nearest the trigger along the tree, within a few hops."""

    spans = document.lexicon.span_preps

    def dated(token: Token) -> bool:
        if token.i not in document.timex_at:
            return False
        timex = document.timex_at[token.i]
        while token.head.i != token.i and document.timex_at.get(token.head.i) is timex:
            token = token.head  # the expression's root: its relation to the sentence
        # "killed since March": a cumulative toll's start, not the date of the killing
        if token.dep_ == "pobj" and token.head.lower_ in spans:
            return False
        # "accused Valdoria of breaking the 2019 armistice": the armistice's date
        return not (
            token.dep_ in ("compound", "nummod", "amod", "poss")
            and token.head.pos_ in ("NOUN", "PROPN")
            and token.head.i not in (trigger.i, trigger.head.i)
        )

    found = nearest(trigger, dated, into_clauses=False)
    if found is None and trigger.i in document.timex_at:
        found = trigger
    return document.timex_at[found.i] if found is not None else None


def anchor_of(document: Document, trigger: Token) -> Token | None:
    """An event noun the trigger is placed in time by: "before (to) his meeting"."""
    for child in trigger.children:
        if child.dep_ != "prep" or child.lower_ not in document.lexicon.anchor_preps:
            continue
        for inner in child.subtree:
            if (
                inner.dep_ == "pobj"
                and inner.i != trigger.i
                and trigger_of(inner, document.lexicon)
            ):
                return inner
    return None


def reported_in(document: Document, trigger: Token) -> Attribution | None:
    for attribution in document.attributions:
        if attribution.content.start <= trigger.idx < attribution.content.end:
            return attribution
    return None


def modality(
    document: Document,
    trigger: Token,
    date: str | None,
    dated_by_timex: bool,
    attribution: Attribution | None,
) -> tuple[str, ...]:
    """The modality flags (see ``docs/events.md``); "asserted" when none applies."""
    found = []
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    children = list(trigger.children) + (list(verb.children) if verb.i != trigger.i else [])
    if any(c.dep_ == "neg" for c in children):
        found.append("negated")
    cues = document.lexicon.cues
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "conj" and verb.pos_ == "VERB" and not auxiliaries:
        # "she would visit Haiti, meet officials and ...": the conjuncts share "would"
        auxiliaries = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    modifiers = {c.lower_ for c in trigger.children if c.dep_ == "amod"}
    if (
        auxiliaries & cues("hypothetical")
        or modifiers & cues("hypothetical_modifiers")
        or any(c.dep_ == "mark" and c.lower_ in cues("condition") for c in children)
    ):
        found.append("hypothetical")
    bounds = days_of(date) if dated_by_timex and date else None
    published = document.article.published
    if (
        auxiliaries & cues("future")
        or modifiers & cues("planned_modifiers")
        or (bounds and bounds[0] > published)
    ):
        found.append("future")
    if bounds and bounds[1] < published - HISTORICAL_AFTER:
        found.append("historical")
    if "hypothetical" not in found and asked(trigger):
        found.append("hypothetical")  # "Would you have the attorney charge you?" asserts nothing
    found += [flag for flag in governed(document, trigger) if flag not in found]
    if attribution is not None:
        found.append("reported")
    return tuple(found) or ("asserted",)


QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "why", "how", "when", "where"}


def asked(trigger: Token) -> bool:
    """Whether the trigger's sentence asks whether the event happens ("Did troops arrest ...?").
    A question for a detail of it takes the event as given ("Why did police arrest the mayor?",
    "Who are the people leading the march?")."""
    words = [t for t in trigger.sent if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text == "?" and words[0].lower_ not in QUESTION_WORDS


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_frame(document: Document, noun: Token) -> list[str]:
    """The flag of an event named as what a noun is about: "his plan to attack" (future), "a
    call to withdraw" (requested), "an attempt to arrest" (hypothetical), "the failure to
    close" or "no plans to meet" (negated); "the decision to suspend" says it was done."""
    cues = document.lexicon.cues
    lemma = noun.lemma_.lower()
    if lemma in cues("unable_nouns") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    ):
        return ["negated"]
    if lemma in cues("request_nouns"):
        return ["requested"]
    if lemma in cues("intent_nouns"):
        return ["future"]
    if lemma in cues("attempt_nouns"):
        return ["hypothetical"]
    return []


def governed(document: Document, trigger: Token) -> list[str]:
    """The flags an event takes from the verb it is the complement of (``[modality]`` in
    ``lexicon.toml``): "calls for troops to withdraw" is requested, "sent teams to arrest" and
    "fighting to destroy" hypothetical, "have not been able to arrest" negated, "plans to
    attack" future, "managed to arrest" none. A noun is governed only when asked for ("called
    for a ceasefire")."""
    cues = document.lexicon.cues
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and _infinitive(trigger):
        return _noun_frame(document, trigger.head)
    carrier = trigger.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and carrier.lemma_.lower() in document.lexicon.light_verbs
    ):
        # "pressed for the army to carry out airstrikes": the noun is stated as its light verb is
        return governed(document, carrier)
    governor = next(iter(governors(trigger, limit=1)), None)
    if governor is None:
        return []
    verb_complement = trigger.pos_ == "VERB" and (
        trigger.dep_ == "xcomp"
        or (trigger.dep_ in ("advcl", "acl", "ccomp") and _infinitive(trigger))
    )
    lemma = governor.lemma_.lower()
    marks = [c for c in trigger.children if c.dep_ == "mark"]  # "called for troops to withdraw"
    words = {lemma} | {
        f"{lemma} {c.lower_}"
        for c in [*governor.children, *marks]
        if c.dep_ in ("prep", "prt", "mark")
    }
    requested = bool(words & cues("request"))
    if not verb_complement:
        asked = trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for"
        return ["requested"] if asked and requested else []
    # "have not been able to": the negation and auxiliaries sit on the copula of "able"
    around = list(governor.children)
    if governor.dep_ == "acomp":
        around += list(governor.head.children)
    flags = []
    if any(c.dep_ == "neg" for c in around) or words & cues("unable"):
        flags.append("negated")
    elif requested:
        flags.append("requested")
    elif lemma in document.lexicon.intent_frames:
        flags.append("future")
    elif not words & cues("implicative"):
        flags.append("hypothetical")
    else:
        # "instructed him to continue negotiating": an implicative verb passes on its own flag
        flags += governed(document, governor) if governor.pos_ == "VERB" else []
    auxiliaries = {c.lower_ for c in around if c.dep_ == "aux"}
    if auxiliaries & cues("hypothetical") and "hypothetical" not in flags:
        flags.append("hypothetical")
    if auxiliaries & cues("future") and "future" not in flags:
        flags.append("future")
    return flags


def date_from_context(drafts: list[Draft]) -> None:
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
