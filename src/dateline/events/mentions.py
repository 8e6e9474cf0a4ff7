"""Event mentions: the trigger sweep, one draft per mention with what was found for it, and the
``Event`` each merged draft becomes.

A trigger (a verb or noun from the lexicon) gives the type and mode; ``arguments`` gives its
source, target and place, ``dating`` its date and modality.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from dateline.event_lexicon import Lexicon, Trigger
from dateline.events.arguments import (
    CLOCK_TIME,
    DASHES,
    DATELINE_WORDS,
    FINITE_TAGS,
    actor_in,
    asked_party,
    clause_hung_on,
    gerund_subject,
    instrument_of,
    location,
    nearest_other_actor,
    noun_arguments,
    pair_for,
    passive_clause,
    verb_arguments,
)
from dateline.events.dating import (
    SAYING,
    anchor_of,
    modality,
    own_timex,
    reported_in,
    said_and_did,
    still_ahead,
)
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.participants import (
    ADVICE,
    FORCE_VOWED,
    PRONOUN_TAGS,
    advised,
    force_vowed,
    imposed_area,
    in_sense,
    is_participant,
    named_people,
    unfit,
)
from dateline.events.triggers import (
    carried_noun,
    frame_of,
    recode,
    trigger_candidates,
    trigger_of,
)
from dateline.model import Article, Event, TextSpan
from dateline.text.doctext import attribute_keys, sentence_bounds
from dateline.text.doctext import sentence as sentence_of
from dateline.text.stamps import MONTH_NAMES


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


def _subtree(token: Token | None) -> Span | None:
    """A head word's whole subtree (the learned typer's features were trained on these)."""
    return None if token is None else token.doc[token.left_edge.i : token.right_edge.i + 1]


# a clause or an aside after a phrase's head is no part of the party it names ("East Jerusalem,
# captured by Israel in 1967,", "the man who fired"): the phrase ends before it
PHRASE_ENDS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos"}
# a live page's entry opens with its clock time ("1430 Police fired ...", "14:30 GMT: Police
# ..."): the stamp and its zone are no words of the party's phrase (session 43)
CLOCK_STAMP = re.compile(CLOCK_TIME.pattern + r"|\d{4}", re.IGNORECASE)  # or "1430"
STAMP_WORDS = {"gmt", "utc", "bst", "cet", "est", "edt", "et", "am", "pm", "a.m.", "p.m.",
               "local", "time", "hrs", ":", "-", "–", "—"}  # fmt: skip
LIST_MARKS = {".", ")", "-RRB-"}  # after a list's number ("2.", "2)", "2 -RRB-")
# a bracket opens an aside after a phrase's head: an acronym, a count, a list's next number
# ("the union leaders and (2) the students"), as text or as a tokenized corpus writes it
OPENING_BRACKETS = {"(", "[", "-LRB-", "-LSB-", "-LCB-"}
CLOSING_BRACKETS = {")", "]", "-RRB-", "-RSB-", "-RCB-"}
STAMP_PLACE_WORDS = 4  # a live page's place before its clock time ("Dravno, Kestria,")


DATELINE_ENTITIES = ("GPE", "LOC", "DATE")  # a dateline's place and day ("Velna, June 9 - ")
# a month's name or its short form, which the model often leaves out of a dateline's DATE
# ("CAIRO, Feb 1 - ")
MONTH = re.compile(rf"(?:{MONTH_NAMES})\.?", re.IGNORECASE)


def _phrase(token: Token | None) -> Span | None:
    """The noun phrase a head word stands for: its subtree, up to a clause or an aside after
    the head (a relative clause, a participle, an appositive, a comma or a dash), or a clause
    deeper in it ("a man convicted of bombing a plane, angering the United States": the
    parse hangs "angering" in the phrase)."""
    if token is None:
        return None
    end = token.right_edge.i + 1
    for child in token.rights:
        if (
            child.dep_ in PHRASE_ENDS
            or (child.dep_ == "punct" and child.text in ",;:(—-")
            or _charge_of_act(token, child)
        ):
            end = child.left_edge.i
            break
    deeper = (t for t in token.doc[token.i + 1 : end] if t.dep_ in ("advcl", "parataxis"))
    end = next((t.left_edge.i for t in deeper), end)
    end = _before_aside(token, end)
    # punctuation, and a conjunction left before an aside cut off ("the union leaders and")
    while end - 1 > token.i and (token.doc[end - 1].is_punct or token.doc[end - 1].dep_ == "cc"):
        end -= 1
    start = _after_dateline(token, _after_stamp(token))
    while start < token.i and token.doc[start].text in OPENING_BRACKETS:
        start += 1  # "(1) the union leaders": the list's number in its brackets
    if _list_number(token.doc[start], token):
        start += 1 + (token.doc[start + 1].text in LIST_MARKS)
    return token.doc[_with_then(token.doc, start) : max(end, token.i + 1)]


def _charge_of_act(head: Token, child: Token) -> bool:
    """An "of" phrase of an act told by a gerund that the parse hung on a passive's agent
    ("accused by a committee of ignoring warnings"): the charge the verb makes, no part of the
    agent's name; inside a name it stays ("by the Department of Housing"), and so does the
    "of" of a party acted on ("released a man convicted of bombing a ferry")."""
    return (
        head.dep_ == "pobj"
        and head.head.dep_ == "agent"
        and child.dep_ == "prep"
        and child.lower_ == "of"
        and not child.ent_type_
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and not g.ent_type_ for g in child.children)
    )


def _with_then(doc: Doc, start: int) -> int:
    """Where a phrase the parse starts at the hyphen of "Then-Secretary Dren" starts: at
    "Then", which the parse hangs on the verb; the title is the phrase's (session 51)."""
    if start == 0 or doc[start].tag_ != "HYPH":
        return start
    then = doc[start - 1]
    return start - 1 if then.lower_ == "then" and not then.whitespace_ else start


def _before_aside(head: Token, end: int) -> int:
    """Where a phrase ends before a bracketed aside after its head: one that closes the phrase
    ("the Haitian Police Force (HNP)", "the union leaders and (2"), or holds a list's
    number ("(1) the union leaders and (2) the students"); one inside a name, with more of
    the phrase after it ("the Dravno Mining (DMC) coal company"), stays."""
    doc = head.doc
    opening = next((t.i for t in doc[head.i + 1 : end] if t.text in OPENING_BRACKETS), None)
    if opening is None:
        return end
    closing = next((t.i for t in doc[opening + 1 : end] if t.text in CLOSING_BRACKETS), end)
    inside = doc[opening + 1 : closing]
    rest = [t for t in doc[closing + 1 : end] if not t.is_punct and t.dep_ != "cc"]
    if not rest or (len(inside) == 1 and inside[0].text.isdigit()):
        return opening
    return end


def _list_number(first: Token, head: Token) -> bool:
    """A list's number glued to a person's name ("2 Hosni Mubarak", "3. Vesk"; session 45): a
    bare number counts no one when the phrase is a person's name ("3 Brotherhood leaders" is
    a count, and stays). A number with a closing bracket after it is a list's, whatever the
    phrase ("(1) the union leaders", "12) the students"; session 49)."""
    if first.i >= head.i or not first.text.isdigit():
        return False
    if first.doc[first.i + 1].text in CLOSING_BRACKETS and first.i + 1 < head.i:
        return True
    return (
        head.ent_type_ == "PERSON"
        and head.pos_ == "PROPN"
        and all(
            t.ent_type_ == "PERSON" or t.text in LIST_MARKS for t in first.doc[first.i + 1 : head.i]
        )
    )


def _after_dateline(token: Token, start: int) -> int:
    """Where a phrase starts past a dateline the parse hung on it ("Velna, June 9 - Security
    forces arrested ...": "Security forces", not "June 9 - Security forces"; session 50): past
    a spaced dash near the sentence's start with only a place, a date and punctuation before
    it in the phrase. A hyphen inside a word ("pro-government") has no spaces."""
    doc = token.doc
    first = sentence_bounds(token)[0]
    for dash in doc[start : token.i]:
        if dash.text not in DASHES or dash.i - first > DATELINE_WORDS or dash.i == 0:
            continue
        if not (dash.whitespace_ and doc[dash.i - 1].whitespace_):
            continue
        before = doc[start : dash.i]
        if all(_dateline_word(w) for w in before):
            return dash.i + 1
    return start


def _dateline_word(word: Token) -> bool:
    """A word a dateline's place and day are written with: a place's or a date's, a month's
    name, a number or a mark."""
    return (
        word.ent_type_ in DATELINE_ENTITIES
        or word.is_punct
        or word.like_num
        or MONTH.fullmatch(word.text) is not None
    )


def _after_stamp(token: Token) -> int:
    """Where a phrase starts: its left edge, or past the clock time a live page's entry opens
    with ("1430 Police", "14:30 GMT: Police"), when the phrase opens its sentence, and past the
    place before that time ("Dravno, 14:30 GMT: Police"; session 45)."""
    start = token.left_edge.i
    doc = token.doc
    first = opening = sentence_bounds(token)[0]  # (``token.sent.start``, read once)
    # the place a live page's entry is filed from, before its clock time ("Dravno, 14:30 GMT:
    # Police", "Dravno 1430 Police"; session 45)
    while (
        opening < token.i
        and opening - first < STAMP_PLACE_WORDS
        and (doc[opening].ent_type_ in ("GPE", "LOC") or doc[opening].text == ",")
    ):
        opening += 1
    if not first <= start <= opening or not CLOCK_STAMP.fullmatch(doc[opening].text):
        return start
    start = opening
    start += 1
    while start < token.i and token.doc[start].lower_ in STAMP_WORDS:
        start += 1
    return min(start, token.i)


def draft_mentions(document: Document) -> list[Draft]:
    """One draft per event mention, in document order."""
    lexicon = document.lexicon
    found: list[Draft] = []
    for i in trigger_candidates(document.doc, lexicon):
        token = document.doc[i]
        trigger = trigger_of(token, lexicon)
        if trigger is None or carried_noun(token, lexicon) is not None:
            continue  # a light verb: its event noun is coded instead
        if object_of_event_verb(document, token):
            continue  # "signed a deal", "rejected the proposal": the verb is the event
        if complement_of_frame(document, token):
            continue  # "refused to release": the refusal is the event
        if modifies_other_noun(document, token):
            continue  # "the workers' compensation fund", "aid workers": a kind of thing
        if token.pos_ == "VERB":
            source, target, source_token, target_token = verb_arguments(document, token)
            sayer = said_and_did(document, token) or sayer_after_said_clauses(token)
            if source_token is None and sayer is not None:
                # "Farage said the warning was absurd and accused Downing Street": the sayer
                source_token, source = sayer, document.actors.at(sayer)
            if source is None and source_token is None:
                source_token = governing_subject(token)
                source = document.actors.at(source_token) if source_token is not None else None
            elif source_token is None and not same_act(document, token, trigger):
                # a conjoined verb or a participle shares its clause's subject ("soldiers seized
                # power and arrested the president"): the subject is a party of the clause
                shared = governing_subject(token) or participle_head(token)
                if shared is not None and document.actors.at(shared) == source:
                    source_token = shared
        else:
            source, target, source_token, target_token = noun_arguments(document, token)
            if not names_own_actor(document, token, source_token, target):
                source = target = None  # "outlined proposals": a bare noun, no event of its own
        # "imposed a curfew in Lahore": the place, not the curfew itself
        if target is None and (area := imposed_area(document, token, trigger)) is not None:
            target, target_token = actor_in(document, area), area
        if disaster_emergency(document, token, trigger):
            continue  # "declared a state of emergency" over an oil spill: no one coerced
        trigger = in_sense(document, token, trigger, (source, target))
        if trigger is None:
            continue  # "lightning strikes", a campaign "rally": not the event's sense here
        agentless = (
            source is None
            and target is None
            and trigger.type in lexicon.actor_targets | lexicon.actor_sources
            and any(named_people(document, t) for t in (source_token, target_token))
            and not unresolved_agent(token, source_token)
        )
        if source is None and target is None and not agentless and not is_anaphoric(token):
            continue  # no actors: kept only as a possible later mention ("the call")
        frame = frame_of(token, lexicon, sentence_mode=False)
        trigger = recode(trigger, frame, lexicon)
        if document.typer is not None:
            trigger = retyped(document, token, trigger, source_token, target_token)
        # "Trump and Putin hold a phone call", "Pakistan and India agreed to a prisoner
        # exchange": the partner is the target, its name the target's phrase; the object is
        # what they did together (an act or a tie, not "signed a letter")
        if (
            source is None
            and target is None
            and target_token is None
            and token.pos_ == "VERB"
            and mutual(lexicon, trigger)
            and not any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with")
                for c in token.children
            )
        ):
            # "negotiators from Israel and Egypt met": the sides the subject's people act for,
            # when they met no one else ("U.S. and EC business leaders met their Japanese
            # colleagues": the colleagues are the other side)
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            sides = subject_parties(document, subject) if subject is not None else []
            if len(sides) >= 2:
                source_token, source = sides[0]
        pair = source is not None and target is None and mutual(lexicon, trigger)
        partner_token = partner(document, token, source) if pair else None
        if partner_token is not None and joint_object(document, target_token):
            target, target_token = document.actors.at(partner_token), partner_token
        if target is None and missile_shown(token, trigger, target_token):
            # "fired a ballistic missile into the sea": a show of force at no one (session 40)
            trigger = trigger.changed("MOBILIZE", None, "a missile fired at no one shows force")
            target_token = None
        if advised(document, token, trigger, source, target):
            trigger = trigger.changed("REQUEST", None, ADVICE)
        if force_vowed(document, token, trigger):
            trigger = trigger.changed("THREATEN", None, FORCE_VOWED)
        if unfit(document, token, trigger, source_token, target_token) is not None:
            continue  # "halted the spill", "the rig exploded": no actor acts or is acted on
        nearest_target = False
        # "condemned the attack": the one accused is the attack's doer, when named
        accused = target is None and condemned_act(document, token, trigger, target_token)
        doer = act_doer(document, target_token, found) if accused else None
        if doer is not None:
            target, target_token = document.actors.at(doer), doer
        own_forces = frozenset()
        if same_forces(document, source, target):
            # "they were forced back by Confederate troops", "they" read as "the Confederate
            # forces": a side's own forces are no target of it, nor the nearest other actor
            own_forces, target, target_token = frozenset({target}), None, None
        if (
            source is not None
            and (
                target == source
                or (
                    target is None
                    and not phrase_target(document, target_token)
                    and not struck_site(document, trigger, target_token)
                    # "pushing for help from the private sector" (session 46, second round)
                    and not asked_party(document, token, trigger.type, target_token)
                )
            )
            and not (time_frame(document, token) and not mutual(lexicon, trigger))
        ):
            others = allies(document, token, trigger, source_token) | own_forces
            fallback = nearest_other_actor(document, token, source, others)
            if fallback is not None:
                target, target_token, nearest_target = fallback, None, True
        if trigger.type in lexicon.target_required and target is None and target_token is None:
            continue  # "vowed to make sure the economy works": agreed with no one on nothing
        mention = draft_for(document, token, trigger, source, target)
        if frame == "refusal" and trigger.type == "REJECT":
            mention.modality = refusal_modality(mention.modality)
        mention.unordered = has_unordered_pair(document, token)
        mention.source_phrase = phrase_span(document.article, source_token)
        mention.target_phrase = phrase_span(document.article, target_token)
        mention.agentless = agentless
        mention.source_token, mention.target_token = source_token, target_token
        mention.target_nearest = nearest_target
        mention.notes = argument_notes(document, token, source_token, agentless)
        found.append(mention)
    return found


# where a missile fired at no one falls: open water or the air
OPEN_WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay", "air", "sky", "space", "coast"}


def disaster_emergency(document: Document, token: Token, trigger: Trigger) -> bool:
    """A state of emergency declared over a disaster named in its sentence or the one before
    ("... oil a day are spilling into the water. The governor declared a state of
    emergency."): relief, no coercion of anyone."""
    if trigger.mode != "martial-law" or "emergency" not in trigger.words:
        return False
    disasters = document.lexicon.disasters
    sentence = sentence_of(token)
    before = sentence_of(token.doc[sentence.start - 1]) if sentence.start > 0 else None
    return any(
        t.lemma_.lower() in disasters or t.lower_ in disasters
        for span in (before, sentence)
        if span is not None
        for t in span
    )


def missile_shown(token: Token, trigger: Trigger, target_token: Token | None) -> bool:
    """A missile fired into the sea or off a coast, at no one ("North Korea fired a ballistic
    missile into the sea"): PLOVER's show of military power (CAMEO 150, MOBILIZE), no assault;
    one fired at a party or a place keeps its target and stays an attack."""
    if trigger.type != "ASSAULT" or token.pos_ != "VERB" or "missile" not in trigger.words:
        return False
    return target_token is None or target_token.lemma_.lower() in OPEN_WATERS


def condemned_act(
    document: Document, token: Token, trigger: Trigger, target_token: Token | None
) -> bool:
    """An accusation whose object is an act of force or coercion ("the United Nations condemned
    the attack", "denounced the arrests", "investigated the killing"): the act is what is
    accused, its doer the one accused (session 40)."""
    lexicon = document.lexicon
    if trigger.type != "ACCUSE" or token.pos_ != "VERB" or target_token is None:
        return False
    if target_token.dep_ != "dobj" or target_token.head.i != token.i:
        return False
    act = trigger_of(target_token, lexicon) if target_token.pos_ == "NOUN" else None
    return act is not None and lexicon.quad_class.get(act.type) == "material-conflict"


def act_doer(document: Document, act: Token, earlier: list[Draft]) -> Token | None:
    """Who did an act an accusation names: its own phrase's agent ("the attack by the
    rebels", "Hamas's attack"), else the doer of an act of its type the same sentence or the
    one before tells ("Gunmen attacked a church on Sunday. The UN condemned the attack.")."""
    lexicon = document.lexicon
    source, _, source_token, _ = noun_arguments(document, act)
    if source is not None and source_token is not None:
        return source_token
    for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ == "by"):
        # "an anarchic protest by white farmers": people the phrase names, though no actor
        agent = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if agent is not None and named_people(document, agent):
            return agent
    kind = trigger_of(act, lexicon)
    own = sentence_of(act)  # and the sentence before it
    sentences = {own.start} | ({sentence_of(act.doc[own.start - 1]).start} if own.start else set())
    for draft in reversed(earlier):
        if draft.token.i >= act.i or sentence_of(draft.token).start not in sentences:
            continue
        if kind is None or draft.trigger.type != kind.type or draft.source is None:
            continue
        if draft.source_token is not None and document.actors.at(draft.source_token):
            return draft.source_token
    return None


def doer_accused(token: Token, target_token: Token | None) -> bool:
    """Whether the target phrase is the "by" agent of the act an accusation's verb takes as
    its object ("condemned an attack by gunmen": the gunmen are the ones accused)."""
    if target_token is None or target_token.dep_ != "pobj" or target_token.head.lower_ != "by":
        return False
    act = target_token.head.head
    return act.dep_ == "dobj" and act.head.i == token.i


def time_frame(document: Document, token: Token) -> bool:
    """An event noun that frames another clause's time ("in the first Iraq war, when soldiers
    set fires, New Zealand sent help"; "after the attack"): unless it is done together ("after
    the meeting, Kestria agreed": the clause's actor took part), its parties are in its own
    phrase, not the nearest actor of the clause it frames."""
    return (
        token.pos_ != "VERB"
        and token.dep_ == "pobj"
        and token.head.lower_ in document.lexicon.anchor_preps
    )


def phrase_target(document: Document, token: Token | None) -> bool:
    """The parse's target names people or a place though no actor ("blocked banks from hiring
    foreign workers", "called on the congregations to give", "visited Port-au-Prince"): it is
    the target, not the nearest actor elsewhere in the sentence."""
    return token is not None and (
        named_people(document, token) or token.ent_type_ in ("GPE", "LOC", "FAC")
    )


# what places a site struck "in", "near" or "outside" a country or town
SITE_PREPS = {"in", "near", "outside", "inside", "across"}


def struck_site(document: Document, trigger: Trigger, token: Token | None) -> bool:
    """An act of force on a site the text places ("missile attacks on alleged terrorist sites
    in Sudan and Afghanistan", "raids on camps near the border town of Kessa"): the site is
    what is struck, its phrase the target; no actor the sentence names elsewhere (the one who
    "said in response to" the attacks, the one who condemned them) is struck by it."""
    if token is None or document.lexicon.quad_class.get(trigger.type) != "material-conflict":
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ in SITE_PREPS
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in child.children)
        for child in token.children
    )


def refusal_modality(flags: tuple[str, ...]) -> tuple[str, ...]:
    """ "will not accept" is a REJECT stated now: its "not" and "will" made the refusal, and
    flagged on it they would say the rejection did not or has yet to happen."""
    kept = tuple(f for f in flags if f not in ("negated", "future"))
    return kept or ("asserted",)


def governing_subject(verb: Token) -> Token | None:
    """The subject a participle or a conjoined verb shares with the clause it hangs on ("a
    suicide bomber blew himself up, killing six policemen"); not an infinitive's ("urged Iran
    to withdraw": Iran withdraws)."""
    for _ in range(3):
        if then_told(verb):
            verb = verb.head  # "stormed the building, then detained 12 journalists"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            continue
        if verb.dep_ not in ("advcl", "conj") or verb.pos_ != "VERB" or verb.tag_ == "VB":
            return None
        if passive_clause(verb):
            return None  # "Haiti held elections after the president was ousted": not Haiti's
        if clause_hung_on(verb):
            return None  # "the scheme, which he says is forcing farmers to wait": not his act
        if verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS:
            return None  # "banned it after a blast killed six": a clause with a subject of its own
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


THEN_WORDS = {"then", "later", "afterwards", "afterward", "subsequently"}


def then_told(verb: Token) -> bool:
    """A past verb the parse hangs loosely (``dep``) on the verb before it, with no subject of
    its own and a "then" on it ("stormed the building on Monday, then detained 12
    journalists"): the next act of the same doer (session 38)."""
    return (
        verb.dep_ == "dep"
        and verb.pos_ == "VERB"
        and verb.tag_ == "VBD"
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ in THEN_WORDS for c in verb.children)
    )


def same_act(document: Document, verb: Token, trigger: Trigger) -> bool:
    """A conjoined verb or a participle of the same type and mode as the verb it hangs on
    (or one with no mode): the same act told on ("attacked the base and killed 26 soldiers",
    "shelled the town, killing twelve"), not a second one."""
    if verb.dep_ not in ("conj", "advcl"):
        return False
    governing = trigger_of(verb.head, document.lexicon)
    if governing is None or governing.type != trigger.type:
        return False
    # "seized power and arrested the president": a seizure and an arrest are two acts
    return governing.mode == trigger.mode or None in (governing.mode, trigger.mode)


def participle_head(verb: Token) -> Token | None:
    """The noun a present participle modifies, its doer ("health officials urging people to
    stay at home", "a sniper killing five officers")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def modifies_other_noun(document: Document, noun: Token) -> bool:
    """An event noun that only says what kind of thing another noun is ("the compensation fund",
    "aid workers"), not an event; "peace talks", "arms embargo" are the head's own event, and
    "the bombing campaign", "the relief effort" the noun's own (``event_heads``). A title
    counts too: "the Emergency Relief Coordinator" is an office."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "compound"
        and noun.head.pos_ in ("NOUN", "PROPN")
        and trigger_of(noun.head, document.lexicon) is None
        and noun.head.lemma_.lower() not in document.lexicon.event_heads
    )


def names_own_actor(
    document: Document, noun: Token, source_token: Token | None, target: str | None
) -> bool:
    """Whether a noun event names an actor in its own phrase ("Germany's deployment", "the
    army airstrike", "the invasion of Ukraine", "talks between ..."), or is the event a light
    verb carries ("launched an attack"). A bare noun that only borrows its clause's subject
    ("BP started drilling a relief well", "Sanders is outlining proposals") is no event."""
    if source_token is not None or target is not None:
        return True
    if any(specifies(document, c) for c in noun.children):
        return True  # "the troop withdrawal", "the ministers' meeting", "the Geneva talks"
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and carried_noun(head, document.lexicon) is not None


def specifies(document: Document, modifier: Token) -> bool:
    """A possessor or a modifier that names who, where or when ("the ministers' meeting", "the
    troop withdrawal", "the Geneva talks", "Wednesday's session"): a particular event."""
    if modifier.dep_ == "poss":
        return True
    return modifier.dep_ in ("amod", "compound") and (
        modifier.ent_type_ != "" or is_participant(document, modifier)
    )


def unresolved_agent(token: Token, source_token: Token | None) -> bool:
    """The text names an agent the actor stage could not resolve ("because it killed ..."):
    not an event without a source, but one whose source is unknown to us."""
    if source_token is not None:
        return source_token.tag_ in PRONOUN_TAGS
    return any(c.dep_ == "nsubj" and c.tag_ in PRONOUN_TAGS for c in token.children)


def mutual(lexicon: Lexicon, trigger: Trigger) -> bool:
    """Whether conjoined parties do the event with each other ("A and B hold talks", "A and B
    sign a treaty"); a promise or a pledge is each one's own ("he and Rubio promised")."""
    if set(trigger.words) & lexicon.one_sided:
        return False
    return trigger.type in lexicon.mutual_types or " ".join(trigger.words) in lexicon.mutual_entries


def joint_object(document: Document, token: Token | None) -> bool:
    """What two parties do together, as their verb's object: nothing, an act ("a prisoner
    exchange", "talks") or a tie ("a ceasefire", "an accord"), not a thing ("a letter")."""
    if token is None:
        return True
    lexicon = document.lexicon
    return (
        trigger_of(token, lexicon) is not None
        or token.lemma_.lower() in lexicon.ties
        or document.actors.at(token) is not None
    )


def partner(document: Document, token: Token, source: str) -> Token | None:
    """The other party of a mutual event whose clause has conjoined subjects ("Trump and Putin
    hold a phone call": Putin's token), the nearest fallback being no person."""
    verb = token if token.pos_ == "VERB" else token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    found = subject_parties(document, subject)
    if source not in (actor for _, actor in found):
        return None  # "the White House stressed Obama's commitment": the reporter, no partner
    return next((c for c, a in found if a is not None and a != source), None)


# a people noun's words that name whose it is: "Israeli negotiators", "negotiators from Israel"
_PARTY_MODIFIERS = ("amod", "compound", "nmod", "poss")
_PARTY_PREPS = ("from", "of")


def subject_parties(document: Document, subject: Token) -> list[tuple[Token, str]]:
    """The actors a clause's subject names, in order: each conjoined subject that is an actor,
    or else the actors that modify it ("Israeli and Egyptian negotiators", "negotiators from
    Israel and Egypt": the sides their people act for)."""
    actors = document.actors
    found: list[tuple[Token, str]] = []
    for conjunct in (subject, *subject.conjuncts):
        if (actor := actors.at(conjunct)) is not None:
            found.append((conjunct, actor))
            continue
        for child in conjunct.children:
            if child.dep_ in _PARTY_MODIFIERS and child.i < conjunct.i:
                named = [child]
            elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS:
                named = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for word in (w for n in named for w in (n, *n.conjuncts)):
                if (actor := actors.at(word)) is not None and actor not in (a for _, a in found):
                    found.append((word, actor))
    return found


def same_forces(document: Document, source: str | None, target: str | None) -> bool:
    """Whether two armed actors are one side's forces named with other nouns ("Confederate
    troops" and "the Confederate forces", "Kestrian soldiers" and "Kestrian forces"): both
    of the military sector, one of them at least a group, their names alike but for the last
    word. Two sides' forces ("Union troops", "Confederate forces") differ before it."""
    actors = document.actors
    own, other = actors.get(source), actors.get(target)
    if own is None or other is None or own is other:
        return False
    if own.sector != "MIL" or other.sector != "MIL" or "group" not in (own.kind, other.kind):
        return False
    own_words, other_words = own.name.lower().split(), other.name.lower().split()
    return len(own_words) > 1 and own_words[:-1] == other_words[:-1] and len(other_words) > 1


def allies(
    document: Document, token: Token, trigger: Trigger, source_token: Token | None
) -> frozenset[str]:
    """The actors conjoined with the source ("a Russian and Chinese veto", "the Red Cross and
    Save the Children distributed supplies"): co-sources, not its target, unless the event is
    one two parties do together ("Russian and Chinese talks", "India and Pakistan agreed")."""
    if source_token is None or trigger.type in document.lexicon.mutual_types:
        return frozenset()
    found = (document.actors.at(c) for c in source_token.conjuncts)
    return frozenset(a for a in found if a is not None)


def sayer_after_said_clauses(verb: Token) -> Token | None:
    """The sayer of an act the parse hangs, after a comma and "and", on a clause two or more
    clauses deep in what was said ("Dren said the warning showed that the President did not
    know what he was talking about, and accused the prime minister's office of ..."): the
    sayer accused, not the President of the innermost clause. A finite verb in the saying's
    tense, with an object (or a preposition or an infinitive) and no subject or auxiliary of
    its own; one clause deep is ``said_and_did``'s, and without the comma the act stays the
    inner clause's ("said the rebels were in the town and attacked the police")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].text != ",":
        return None
    clause, depth = verb.head, 0
    while clause.dep_ == "ccomp" and depth < 6:
        clause, depth = clause.head, depth + 1
        if clause.lemma_.lower() in SAYING:
            break
    if clause.lemma_.lower() not in SAYING or depth < 2 or clause.tag_ != verb.tag_:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def argument_notes(
    document: Document, token: Token, source_token: Token | None, agentless: bool
) -> list[str]:
    """Provenance of the arguments, where a rule beyond subject and object chose them."""
    notes = []
    party = gerund_subject(token)
    if source_token is not None and party is not None and party.i == source_token.i:
        notes.append(f"source: {source_token.text!r}, the party right before the -ing verb")
    elif source_token is not None and source_token.head.dep_ == "prep" and token.pos_ == "VERB":
        notes.append(f"source from the event noun {source_token.text!r} it happened in")
    if agentless:
        notes.append("kept without a named actor: its participants are people")
    return notes


def anaphoric_nouns(drafts: list[Draft]) -> set[int]:
    """The token indices of the drafts that are definite or possessive event nouns."""
    return {d.token.i for d in drafts if is_anaphoric(d.token)}


def complement_of_frame(document: Document, verb: Token) -> bool:
    lexicon = document.lexicon
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in lexicon.intent_frames | lexicon.refusal_frames
        and trigger_of(head, lexicon) is not None
    )


def object_of_event_verb(document: Document, noun: Token) -> bool:
    """ "signed a deal", "his approval of the proposal": the noun is the other event's
    object, not an event of its own, unless it names its own actors ("discussed Germany's
    deployment", "talks between ...")."""
    lexicon = document.lexicon
    head = noun.head
    instrument = instrument_of(document, head.head) if noun.dep_ == "pobj" else None
    if instrument is not None and instrument.i == noun.i:
        return True  # "killed in an army airstrike": the killing is the event, by the army
    own_actors = any(
        (c.dep_ == "poss" and c.tag_ != "PRP$")  # "their conversation" names no one new
        or (c.dep_ in ("amod", "compound") and document.actors.at(c) is not None)
        or (c.dep_ == "prep" and c.lower_ == "between")
        for c in noun.children
    )
    if own_actors or noun.pos_ != "NOUN":
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return carried_noun(head, lexicon) is None and trigger_of(head, lexicon) is not None
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return trigger_of(head.head, lexicon) is not None
    # "withdrew from the treaty", "pulled out of the deal": the verb's argument
    if noun.dep_ == "pobj" and head.lower_ in lexicon.target_preps and head.head.pos_ == "VERB":
        return trigger_of(head.head, lexicon) is not None and not is_anaphoric_of_event(noun)
    return False


def is_anaphoric_of_event(noun: Token) -> bool:
    """ "met before his meeting": a possessed event noun names an event of its own."""
    return any(c.dep_ == "poss" for c in noun.children)


def phrase_span(article: Article, token: Token | None) -> TextSpan | None:
    """The argument's noun phrase as an article span (pronouns left out)."""
    phrase = _phrase(token)
    if phrase is None or token.tag_ in ("PRP", "PRP$"):
        return None
    return article.span(phrase.start_char, phrase.end_char)


def has_unordered_pair(document: Document, token: Token) -> bool:
    """Whether the arguments are a pair from "they"/"their" or "between": no direction. A noun
    that modifies another takes its possessor as ``noun_arguments`` does ("their relief
    effort")."""
    head = token.head if token.dep_ == "compound" and token.pos_ == "NOUN" else token
    children = {*token.children, *head.children}
    return any(
        (c.dep_ in ("nsubj", "poss") and pair_for(document, c) is not None)
        or (c.dep_ == "prep" and c.lower_ == "between")
        for c in children
    )


def is_anaphoric(noun: Token) -> bool:
    """ "the call", "his meeting": a noun mention that may refer back to an earlier event."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in noun.children
    )


def retyped(
    document: Document, token: Token, trigger: Trigger, source: Token | None, target: Token | None
) -> Trigger:
    """The learned typer's type for this relation (PLV merges CONCEDE/RETREAT: kept)."""
    from dateline.events.features import relation_features

    lexicon = document.lexicon
    predicted = document.typer.predict(
        relation_features(token.sent, _subtree(source), _subtree(target), lexicon, token)
    )
    if predicted not in lexicon.quad_class:  # "YIELD": keep the rule's finer type
        return trigger
    if predicted == trigger.type:
        return trigger.changed(predicted, trigger.mode, "learned typer agrees")
    return trigger.changed(predicted, None, f"learned typer -> {predicted}")


def draft_for(
    document: Document, token: Token, trigger: Trigger, source: str | None, target: str | None
) -> Draft:
    """The draft of one mention: its clause, date and modality (its place and contexts are
    read by ``placed``, for the drafts that become events)."""
    article = document.article
    clause = _clause(token)
    attribution = reported_in(document, token)
    timex = own_timex(document, token)
    if timex is not None:
        date, basis = timex.value, "timex"
    elif attribution is not None and attribution.said_on:
        date, basis = attribution.said_on, "attribution"
    else:
        date, basis = article.published.isoformat(), "published"
    if token.pos_ == "VERB" and said_and_did(document, token) is not None:
        # "said the plan was absurd and accused X": the writer tells the accusing, on the
        # day of the saying; only the state is what was said
        attribution = None
    ahead = still_ahead(document, token, timex)  # "talks later this month": still to come
    evidence = article.span(clause.start_char, clause.end_char)
    return Draft(
        token=token,
        trigger=trigger,
        source=source,
        target=target,
        date=date,
        basis=basis,
        timex_dated=timex is not None,
        modality=modality(document, token, date, timex is not None, attribution, ahead),
        attribution=attribution.id if attribution else None,
        location=None,
        location_country=None,
        contexts=(),
        evidence=evidence,
        anchor=anchor_of(document, token),
        mentions=[evidence],
    )


def placed(document: Document, draft: Draft) -> Draft:
    """The draft with its place ("in Istanbul") and PLOVER contexts, which only the event
    reads: found for the few drafts the gates keep, not for every mention (no rule before
    ``event`` reads them)."""
    place, country = location(document, draft.token)
    found = contexts(document, _clause(draft.token))
    return replace(draft, location=place, location_country=country, contexts=found)


def contexts(document: Document, clause: Span) -> tuple[str, ...]:
    """The PLOVER contexts the clause's words (lemmas, then forms; one or two words) put it in."""
    found = []
    # (the words' lemmas and forms from the document's arrays: no ``Token`` made per word)
    doc, strings = clause.doc, clause.doc.vocab.strings
    lemmas = attribute_keys(doc, LEMMA)[clause.start : clause.end]
    lowers = attribute_keys(doc, LOWER)[clause.start : clause.end]
    cues, openers = document.lexicon.contexts, document.lexicon.context_openers
    for words in ([strings[k].lower() for k in lemmas], [strings[k] for k in lowers]):
        for word in words:
            context = cues.get(word)
            if context and context not in found:
                found.append(context)
        for first, second in itertools.pairwise(words):
            if first not in openers:
                continue  # (no two-word cue begins with it: most words)
            context = cues.get(f"{first} {second}")
            if context and context not in found:
                found.append(context)
    return tuple(found)


def event(article: Article, number: int, draft: Draft) -> Event:
    """The ``Event`` a merged draft becomes, numbered in document order."""
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
        trigger=article.span(token.idx, token.idx + len(token)),
        evidence=draft.evidence,
        decided_by="; ".join([draft.trigger.decided_by, *draft.notes]),
        mentions=tuple(draft.mentions),
    )
