"""Who did it to whom, and where: the source, target and place of an event mention.

The source is the subject (or agent, possessor, nationality adjective); the target the object
or a prepositional object, else the nearest other actor along the dependency tree. Pronouns the
actor stage left open are filled here: "they"/"we" by the two actors last named together, the
subject of reported speech by its speaker, "his meeting" by the subject of its clause.
"""

from __future__ import annotations

import re

from spacy.attrs import ENT_TYPE, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dateline.actors.finder import BASE_KIN_NOUNS
from dateline.actors.gazetteer import large_town_named
from dateline.actors.knowledge import knowledge, plain
from dateline.events.dating import (
    MAX_DISTANCE,
    VERB_POS,
    conjoined_clause,
    nearest,
    reported_in,
)
from dateline.events.document import Document
from dateline.events.triggers import trigger_of
from dateline.model import Actor
from dateline.text.doctext import attribute_keys, objects_of, sentence_bounds

TIME_TYPES = ("DATE", "TIME")  # "met on Monday": when, never whom
PLURAL_PRONOUNS = {"they", "we", "their", "our"}
SPEAKER_PRONOUNS = {"it", "they", "we"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
DASHES = {"-", "--", "\u2013", "\u2014"}  # a dateline's dash ("Dravno, Kestria -- ")
# a live page's entry stamp after its place ("Dravno, 14:30 GMT: Police ..."; session 45): the
# colon or the bar that closes it, and its clock time
STAMP_MARKS = {":", "|"}
# a stamp set in brackets at its sentence's start ("(Dravno, 10:28 p.m. ET) Police ...")
STAMP_OPENERS, STAMP_CLOSERS = {"(", "["}, {")", "]"}
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?", re.IGNORECASE)
DATELINE_WORDS = 8  # how far into its sentence a dateline's place and dash may be
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"}
# the relations through which a word without a subject takes its governor's ("agreed to meet",
# "launched an attack"); a finite complement (ccomp) is a clause of its own, whose subject or
# agent alone is its source
INHERITING_DEPS = {"xcomp", "acl", "advcl", "dobj", "relcl", "conj", "pobj", "prep"}
OWN_CLAUSE_DEPS = {"ccomp", "parataxis", "csubj"}
# a finite verb in a clause of its own has a subject of its own, even one the parse missed
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
PLACE_KINDS = ("country",)  # the kind of actor a named place (a country, a city) is
# people who act for a body named in their "from"/"of" phrase ("representatives from Nigeria")
ENVOY_NOUNS = {
    "representative", "official", "delegate", "delegation", "envoy", "negotiator", "emissary",
    "lawmaker", "legislator", "diplomat", "minister", "spokesman", "spokeswoman",
    "spokesperson", "authority", "leader", "member",
}  # fmt: skip
# fighters a possessive pronoun may own ("their forces", "his troops": ``forces_owner``)
FORCE_NOUNS = {"force", "troop", "soldier", "army", "fighter", "militia", "militiaman", "guerrilla"}
BODY_KINDS = ("country", "government", "organisation")  # what envoys may act for
# words that set a group apart from the state whose possessive or nationality names it
# ("Sudan's opposition leaders", "Kestria's rebel commanders", "two Cuban exile leaders"): the
# group, not the state, is the party (sessions 48, 49)
OUTSIDE_STATE = {"opposition", "rebel", "protest", "student", "students", "union", "tribal",
                 "militia", "religious", "church", "civic", "business", "community", "exiled",
                 "exile", "dissident", "separatist"}  # fmt: skip
MODIFIERS = ("compound", "amod")  # a phrase's words before its head that may name a party
# a state's armed bodies, which act for it but are a nearer party than the state (session 50)
STATE_FORCES = {"army", "military", "troop", "force", "soldier", "navy", "junta", "police"}
MILITARY_RULERS = {"council", "ruler", "leader", "leadership", "government", "regime"}
MILITARY_WORDS = {"military", "army", "armed"}  # "ruling military council", "army leaders"
# the titles of officials who act for a body, before or above their names (``names_a_person``)
OFFICIAL_TITLES = {"commissioner", "envoy", "chief", "secretary", "secretary-general",
                   "ambassador", "representative", "coordinator", "rapporteur", "spokesman",
                   "spokeswoman", "spokesperson", "director", "director-general", "head",
                   "chairman", "chairwoman", "president", "official", "negotiator",
                   "mediator"}  # fmt: skip
NOT_PERSONS = {"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW", "DATE"}
# kin a text names beside a person ("Ivo Dren's wife", "Ana Dren, his daughter"): one of the
# family may share the person's surname (``kin_namesake``)
KIN_NOUNS = BASE_KIN_NOUNS | {"uncle", "aunt", "cousin", "child"}
# the words of a family as a whole ("the Dren family", "the Dren heirs")
FAMILY_NOUNS = {"family", "clan", "relative", "heir", "descendant", "kin"}


def actor_in(document: Document, token: Token | None, source: str | None = None) -> str | None:
    """The actor a phrase names: its head, else the name it is in apposition to ("Ivo Dren,
    the preacher whom Vamp accuses"), else its possessor ("Iran's facilities"), else a
    nationality or name modifying it ("an Afghan army base", "the home of a Palestinian").

    A modifier naming the ``source``'s own state is not taken: a government suspending
    "U.S. military deliveries" acts on its own, not on the United States.
    """
    if token is None:
        return None
    actors = document.actors
    found = actors.at(token)
    if found is not None:
        if kin_namesake(document, token, found):
            return None
        return body_sent(document, token, found) or forces_owner(document, token, found) or found
    if (body := body_sent(document, token, None)) is not None:
        return body  # "delegates from Iran", no actor of their own
    if token.dep_ == "appos" and (found := actors.at(token.head)) is not None:
        return found
    if (named := named_in_apposition(document, token)) is not None:
        return actors.at(named)  # "Hillary Clinton's husband, Bill Clinton": not his wife
    if kin_of_person(document, token):
        return None  # "the Dren family": the family, not the man it is named after
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and (found := actors.at(owner)) is not None:
        return None if state_force(document, token, found) else found
    if names_a_person(token):
        return None  # "UN envoy Ivo Dren": the official, whom the actor stage did not name
    # "two Cuban exile leaders": a group apart from the state, not Cuba
    apart = any(c.dep_ in MODIFIERS and c.lower_ in OUTSIDE_STATE for c in token.children)
    for child in token.children:
        inner = child
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ not in MODIFIERS:
            continue
        found = actors.at(inner) if inner is not None else None
        if apart and (place := actors.get(found)) is not None and place.kind in PLACE_KINDS:
            continue
        if found is not None and not own_state(document, found, source):
            return found
    return None


def names_a_person(token: Token) -> bool:
    """A phrase that names a person the actor stage made no actor of: a person's name as its
    head ("UN envoy Ivo Dren"), or an official's title followed by the name ("UN High
    Commissioner for Refugees Ana Brell", which the parse hangs on the title). The body or
    state its modifiers name is not the one who acted (session 51: the blind judges wanted
    the named UN official, not the UN)."""
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        return True
    if token.lemma_.lower() not in OFFICIAL_TITLES:
        return False
    after = token.doc[token.i + 1 : token.right_edge.i + 1]
    if any(t.ent_type_ == "PERSON" for t in after):
        return True
    # a name the model tagged as no one's: the phrase ends in two proper nouns of no entity
    last = token.right_edge
    first = last.doc[last.i - 1]
    return (
        first.i > token.i
        and last.tag_ == first.tag_ == "NNP"
        and not {first.ent_type_, last.ent_type_} & NOT_PERSONS
    )


def kin_of_person(document: Document, token: Token) -> bool:
    """ "The Dren family, through its lawyer, asked the court", "the Dren heirs": a family or
    a relative named after a person is not that person (session 52: the blind judges found a
    family's request coded to its late head); the phrase is the party."""
    if token.lemma_.lower() not in FAMILY_NOUNS | KIN_NOUNS:
        return False
    actors = document.actors
    return any(
        c.dep_ in ("compound", "poss")
        and (person := actors.get(actors.at(c))) is not None
        and person.kind == "person"
        for c in token.children
    )


def kin_namesake(document: Document, token: Token, actor: str) -> bool:
    """ "Ivo Dren's wife spoke. Then-Minister Dren had urged Morvia ...": a surname alone under
    an office title, where the text names the full-named person's kin nearby, may be that
    relative, not the person the actor stage joined it to (session 51: the blind judges found
    a then-secretary coded as a relative of the same surname; session 56: also kin named in
    the sentence after, or called by the name in apposition). The phrase, not the person, is
    the party. A surname with no title, or no kin named, keeps its actor."""
    person = document.actors.get(actor)
    if person is None or person.kind != "person" or token.text != person.name.split()[-1]:
        return False
    if person.name == token.text or any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children
    ):
        return False  # the full name, or a first name before the surname
    titled = any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
        for c in token.children
    )
    if not titled:
        return False
    start, end = sentence_bounds(token)
    before = sentence_bounds(document.doc[start - 1])[0] if start > 0 else start
    # the kin may be named after the then-office-holder too ("... His daughter, Ana Dren,
    # now runs the foundation": session 56)
    after = sentence_bounds(document.doc[end])[1] if end < len(document.doc) else end
    return any(
        word.lemma_.lower() in KIN_NOUNS
        and any(
            _kin_named(word, near)
            for near in (word.head, *word.children)
            if near.i != token.i and document.actors.at(near) == actor
        )
        for word in document.doc[before:after]
    )


def _kin_named(kin: Token, name: Token) -> bool:
    """Whether the kin word and the name are one person's kin and that person ("Ivo Dren's
    wife"), or one relative called by both ("Ana Dren, his daughter", "his daughter, Ana
    Dren", "his daughter Ana Dren")."""
    if name.dep_ == "poss" and name.head.i == kin.i:
        return True
    if name.dep_ == "appos" and name.head.i == kin.i:
        return True
    return kin.dep_ in ("appos", "compound") and kin.head.i == name.i


def state_force(document: Document, token: Token, owner: str) -> bool:
    """ "Kestria's army detained dozens", "Kestria's ruling military council dissolved
    parliament": the armed body or the military rulers of a state its possessive names act,
    not the state at large (session 50: the blind judges took the country for a vaguer party
    than the text gives); the phrase stays the party. A person's army ("Franco's army") is
    his."""
    state = document.actors.get(owner)
    if state is None or state.kind not in PLACE_KINDS:
        return False
    word = token.lemma_.lower()
    military = any(c.lower_ in MILITARY_WORDS for c in token.children if c.dep_ in MODIFIERS)
    return word in STATE_FORCES or (word in MILITARY_RULERS and military)


def named_in_apposition(document: Document, token: Token) -> Token | None:
    """The person a description with a possessor is set beside ("Hillary Clinton's husband,
    former President Bill Clinton, urged ...", "the minister's spokesman, Ivo Dren, said"):
    the name in apposition is the one the phrase stands for, not the possessor the
    description hangs on. Only a description that is no actor itself and has a possessor: a
    phrase that names its own actor keeps it."""
    if not any(c.dep_ == "poss" for c in token.children):
        return None
    for child in token.children:
        if (
            child.dep_ == "appos"
            and child.ent_type_ == "PERSON"
            and document.actors.at(child) is not None
        ):
            return child
    return None


def body_sent(document: Document, token: Token, found: str | None) -> str | None:
    """ "Representatives from Nigeria met ...", "talks with officials of the World Bank": a
    bare group of people who act for a body (envoys, officials, delegates: ``ENVOY_NOUNS``),
    with the body in its "from" or "of" phrase, acts for that body; the record names the
    country or the organisation, not a group called "Representatives". A group with words of
    its own ("Nigerian officials", "union representatives") is left to the actor stage, and so
    are people who act for no one but themselves ("residents of Gaza")."""
    actors = document.actors
    group = actors.get(found) if found is not None else None
    if (group is not None and group.kind != "group") or token.lemma_.lower() not in ENVOY_NOUNS:
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            if any(c.dep_ == "conj" for c in body.children):
                return None  # "negotiators from Serbia and Croatia": both sides, not one
            actor = actors.get(actors.at(body))
            if actor is not None and actor.id != found and actor.kind in BODY_KINDS:
                return actor.id
    return None


def forces_owner(document: Document, token: Token, found: str) -> str | None:
    """ "Their forces assassinated the president", "his troops took the town": a bare group of
    fighters (``FORCE_NOUNS``) the actor stage names by its word alone ("forces"), owned by a
    possessive pronoun it left unresolved, is its owner's: the subject before the pronoun in its
    clause (``possessor_of``), else the subject of the sentence before ("Varo and two generals
    led a revolt. Their forces killed the president": Varo's). Session 47: a bare "forces" names
    no one (audit: a source resolved to a name or a clear description)."""
    group = document.actors.get(found)
    if group is None or group.kind != "group" or token.lemma_.lower() not in FORCE_NOUNS:
        return None
    if group.name.lower() not in (token.lower_, token.lemma_.lower()):
        return None  # "Kestrian forces", "the rebel army": a group with words of its own
    pronoun = next((c for c in token.children if c.dep_ == "poss"), None)
    if pronoun is None or pronoun.lower_ not in POSSESSIVE_PRONOUNS:
        return None
    if document.actors.at(pronoun) is not None:
        return None  # the actor stage's own reading of the pronoun (``actor_in``'s possessor)
    owner = possessor_of(document, pronoun)
    if owner is None and token.sent.start > 0:
        before = document.doc[token.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        owner = actor_in(document, subject) if subject is not None else None
    return owner if owner != found else None


def own_state(document: Document, actor: str, source: str | None) -> bool:
    """Whether ``actor`` is the country of a state ``source`` (a government or a country)."""
    mine, theirs = document.actors.get(source), document.actors.get(actor)
    if mine is None or theirs is None or mine.kind not in ("government", "country"):
        return False
    return theirs.country is not None and theirs.country == mine.country


def pair_for(document: Document, pronoun: Token) -> tuple[str, str] | None:
    """ "they"/"we" with no actor: the two actors last named together ("Putin and Trump")."""
    actors = document.actors
    if pronoun.lower_ not in PLURAL_PRONOUNS or actors.at(pronoun) is not None:
        return None
    if (pair := pair_of_main_clause(document, pronoun)) is not None:
        return pair
    paragraph = document.paragraph_of[pronoun.i]
    for token in reversed(document.doc[: pronoun.i]):
        if document.paragraph_of[token.i] < paragraph - 1:
            return None
        first = actors.at(token)
        if first is None or token.dep_ == "conj":
            continue
        others = [actors.at(c) for c in token.conjuncts]
        others = [o for o in others if o is not None and o != first]
        if others:
            return first, others[0]
    return None


def own_partner(document: Document, verb: Token) -> Token | None:
    """The party a verb names itself as the one it acts with or on ("they are working with
    congressional leaders"): then "they" is not a pair acting on each other, and which of the
    two it stands for the text does not say (session 53: the blind judges found "they" made
    into a pair of bodies against the clause's own partner). A pronoun names no one, and a
    thing ("they discussed tariffs") is no partner."""
    partners = [c for c in verb.children if c.dep_ == "dobj"] + objects_of(verb, "with")
    return next(
        (p for p in partners if p.pos_ in ("NOUN", "PROPN") and is_participant(document, p)),
        None,
    )


def pair_of_main_clause(document: Document, pronoun: Token) -> tuple[str, str] | None:
    """ "they" of a clause set in another whose subject acts with, or on, a second party ("X
    disagreed with Y when they met in Vienna", "X called Y after they clashed"): the two of
    that clause, not a pair named sentences before. Only when both are actors."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    main = verb.head
    actors = document.actors
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    first = actors.at(subject) if subject is not None else None
    if first is None:
        return None
    partners = [c for c in main.children if c.dep_ == "dobj"] + objects_of(main, "with")
    for partner in partners:
        second = actors.at(partner)
        if second is not None and second != first:
            return first, second
    return None


def speaker_for(document: Document, pronoun: Token) -> str | None:
    """ "The ELN said it will release ...": an unresolved "it"/"they"/"we" subject of reported
    speech is the speaker: "we" always (the speaker is among them), "it" and "they" only for a
    body; a person's "it" or "they" is someone else ("the correspondent says it provides
    backing" is not the correspondent's act)."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS or document.actors.at(pronoun) is not None:
        return None
    attribution = reported_in(document, pronoun)
    if attribution is not None and attribution.kind == "according_to":
        return None  # "it has killed 85 people, according to the WHO": "it" is not the WHO
    speaker = document.actors.get(attribution.speaker) if attribution is not None else None
    if speaker is None or (speaker.kind == "person" and pronoun.lower_ != "we"):
        return None
    return speaker.id


def possessor_of(document: Document, pronoun: Token) -> str | None:
    """ "his meeting" with "his" unresolved: the subject of the clause it stands in."""
    head = pronoun.head
    for _ in range(6):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < pronoun.i:
            found = actor_in(document, subject)
            actor = document.actors.get(found) if found is not None else None
            person = actor is not None and actor.kind == "person" and subject.pos_ == "PROPN"
            if pronoun.lower_ == "its" and person:
                return None  # "Senator Ruiz faulted the agency for its decision": not his
            # ("the Ruiz campaign ... its attacks": the campaign's, which stands for her)
            return found
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def subject_of(document: Document, verb: Token) -> tuple[Token | None, str | None, str | None]:
    """(subject token, source, target): a pronoun pair fills both."""
    for child in verb.children:
        if child.dep_ == "nsubj" and dateline_subject(child, verb):
            continue
        if child.dep_ == "nsubj" and (doer := doer_after_dateline(child, verb)) is not None:
            found = actor_in(document, doer)
            # the apposition's actor, never the place it hangs on (``actor_in`` would take it)
            return doer, None if found == document.actors.at(child) else found, None
        if child.dep_ == "nsubj":
            pair = pair_for(document, child)
            if pair and own_partner(document, verb) is not None:
                return child, None, None  # "they" are both of the pair, neither one alone
            if pair:
                return child, *pair
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                child = verb.head  # "a donor who backs Cruz": the donor
                if actor_in(document, child) is None and child.dep_ == "appos":
                    child = child.head  # "Robert Mercer, a donor who backs Cruz": Mercer
            child = named_after_place(document, child)
            child = named_in_apposition(document, child) or child  # the doer's own name
            return child, actor_in(document, child) or speaker_for(document, child), None
        if child.dep_ == "agent":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            return obj, actor_in(document, obj), None
    instrument = instrument_of(document, verb)
    if instrument is not None:
        return instrument, actor_in(document, instrument), None
    forcer = agent_after_complement(document, verb)
    if forcer is not None:
        return forcer, actor_in(document, forcer), None
    return None, None, None


def dateline_subject(subject: Token, verb: Token) -> bool:
    """A subject ahead of a dash with the verb's other subject after it: the place of a
    dateline the parse hung on the verb ("Dravno, Kestria -- Kestria accused Valdoria ...":
    Kestria after the dash accused, not the town it was filed from). A dateline opens its
    sentence: a dash further on sets off a list of links or an aside, not a dateline. A live
    page's entry ("Dravno, 14:30 GMT: Police fired ...") is one too: a place with a clock
    time, closed by a colon or a bar (session 45), or set in brackets ("(Dravno, 10:28 p.m. ET)
    Kestria's military is urging ...", session 53)."""
    start = subject.sent.start
    dashes = [t.i for t in subject.doc[subject.i : verb.i] if t.text in DASHES]
    if subject.ent_type_ in ("GPE", "LOC") and any(
        CLOCK_TIME.fullmatch(t.text) for t in subject.doc[subject.i : verb.i]
    ):
        # "Dravno, 14:30 GMT: Police fired ...": the place and the clock time of a live page's
        # entry, closed by a colon or a bar as a dateline is by a dash (session 45), or by the
        # bracket a stamp opened with before its place (session 53)
        marks = STAMP_MARKS | (STAMP_CLOSERS if subject.doc[start].text in STAMP_OPENERS else set())
        dashes += [t.i for t in subject.doc[subject.i : verb.i] if t.text in marks]
        dashes.sort()
    if subject.i - start > DATELINE_WORDS or not dashes or dashes[0] - start > DATELINE_WORDS:
        return False
    return any(
        c.dep_ == "nsubj" and dashes[0] < c.i < verb.i and c.i != subject.i for c in verb.children
    )


def doer_after_dateline(subject: Token, verb: Token) -> Token | None:
    """ "VELNA, March 2 - Kestria's 2019 train bombings killed 40 people": the parse hung the
    doer after the dash on the dateline's place as its apposition, and the place on the verb.
    The place is where the story was filed, never the doer: the apposition is the subject. Only
    a place that opens its sentence in capitals or before a comma and a date ("Dravno, March 2
    -"), a dash ahead of the verb, and the apposition between them; "Kestria - a close ally -
    accused Valdoria" (an aside, no date) keeps its subject."""
    start = subject.sent.start
    if subject.i - start > 1 or subject.ent_type_ not in ("GPE", "LOC", "ORG", ""):
        return None
    dash = next((t.i for t in subject.doc[subject.i : verb.i] if t.text in DASHES), None)
    if dash is None or dash - start > DATELINE_WORDS:
        return None
    dated = any(t.ent_type_ == "DATE" for t in subject.doc[subject.i + 1 : dash])
    if not (subject.is_upper or (subject.nbor(1).text == "," and dated)):
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and dash < c.i < verb.i), None)


def named_after_place(document: Document, subject: Token) -> Token:
    """A place the parse took for the subject, with the doer in apposition to it: "In the
    chapel in Orsk, Tarvia, Bishop Ivo Dren asked ..." hangs the bishop on "Tarvia". The
    apposition names the doer when it is a person's or a body's name or an actor that is no
    place (an actor or none: the place is no doer either way); a place in apposition to a place
    ("Orsk, Tarvia") or a description ("Kestria, a close ally") leaves the subject as it is."""
    if subject.ent_type_ not in ("GPE", "LOC"):
        return subject
    actors = document.actors
    for child in subject.children:
        if child.dep_ != "appos" or child.ent_type_ in ("GPE", "LOC"):
            continue
        found = actors.get(actors.at(child))
        if child.ent_type_ in ("PERSON", "ORG") or (
            found is not None and found.kind not in PLACE_KINDS
        ):
            return child
    return subject


def agent_after_complement(document: Document, verb: Token) -> Token | None:
    """A passive's agent the parse hung on its complement: "was forced to resign by the
    parliament" (the parliament forced him; an actor only: "forced to travel by bus")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for complement in verb.children:
        if complement.dep_ != "xcomp":
            continue
        for child in complement.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                found = next((g for g in child.children if g.dep_ == "pobj"), None)
                if found is not None and actor_in(document, found) is not None:
                    return found
    return None


def instrument_of(document: Document, verb: Token) -> Token | None:
    """A passive's agent named by the event noun it happened in: "killed in an army airstrike",
    "wounded by police fire" (an actor modifies the noun); not a place ("killed in Homs")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in document.lexicon.instrument_preps:
            continue
        for noun in child.children:
            if (
                noun.dep_ == "pobj"
                and trigger_of(noun, document.lexicon) is not None
                and actor_in(document, noun) is not None
            ):
                return noun
    return None


def verb_arguments(
    document: Document, verb: Token
) -> tuple[str | None, str | None, Token | None, Token | None]:
    """(source, target, subject token, target token) of a verb trigger.

    Target candidates in order: the direct object, the verb's prepositional objects, then
    the object's own when verb and object are one lexicon entry ("lifted the ban on
    Britain", "established ties with Seychelles"; not "discussed the battle with Ukraine");
    the first naming an actor wins, else the first is kept as a phrase with no actor.
    """
    lexicon = document.lexicon
    subject, source, target = subject_of(document, verb)
    if subject is None and (party := gerund_subject(verb)) is not None:
        # "against Valdoria arming the rebels": Valdoria's act (no actor: no one's), never the
        # subject's the parse would let it inherit
        subject, source = party, actor_in(document, party)
    if target is not None:
        return source, target, subject, None
    candidates: list[Token] = []
    later: list[Token] = []
    entry_objects: list[Token] = []
    aimed: list[Token] = []
    given = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative") and second_object(child):
            continue  # "urging the committees to delay immunity for an aide, Gen. Vane": Vane
        if child.dep_ == "dative" and child.pos_ == "ADP" and given:
            # "granted asylum to Assange": the parse makes the preposition the dative (of a
            # verb with its object: "the interview he gave to Fox News" gives no one anything)
            candidates += [g for g in child.children if g.dep_ == "pobj"]
            continue
        if child.dep_ in ("dobj", "nsubjpass", "dative"):
            if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in child.children):
                continue  # "withdrew its troops (from Poland)": the source's own
            if f"{verb.lemma_.lower()} {child.lemma_.lower()}" in lexicon.verbs:
                later += [  # "lifted the ban on Britain"; not "signed a treaty on river flows"
                    g for g in prepositional_objects(document, child) if actor_in(document, g)
                ]
                entry_objects.append(child)  # part of the trigger ("opened fire on the crowd")
                continue
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                child = verb.head  # "the nurses who the council honoured": the nurses
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in lexicon.target_preps:
            candidates += [
                g for g in child.children if g.dep_ == "pobj" and not means_of_act(document, g)
            ]
        elif child.dep_ == "prep" and child.lower_ in lexicon.aim_preps:
            aimed += [g for g in child.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        candidates.insert(0, verb.head)  # "the report released by scientists": the report
    candidates = asked_of(document, verb) + candidates
    candidates += later + aimed + entry_objects
    # "The UN Command retreated; the Eighth Army's retreat ...": the parse may hang the next
    # clause's subject on the verb as its object, but a semicolon closes the verb's clause
    own_clause = semicolon_clause(verb)
    candidates = [
        c
        for c in candidates
        if c.i in own_clause
        and c.ent_type_ not in TIME_TYPES  # "on Monday"
        and not misparsed_place(document, c)
        and c.lemma_.lower() not in lexicon.principal_nouns  # "at the government's request"
    ]
    target_token = next(
        (c for c in candidates if actor_in(document, c, source) is not None),
        candidates[0] if candidates else None,
    )
    if (other := other_side(document, source, target_token)) is not None:
        target_token = other  # "a treaty approved by Chile's government between Chile and Peru"
    target = actor_in(document, target_token, source)
    if source is None and subject is None:
        source = inherited_source(document, verb)
    return source, target, subject, target_token


def means_of_act(document: Document, noun: Token) -> bool:
    """ "hit back at Kestria with air strikes", "answered with shelling": a "with" object that
    is itself an act of the lexicon and names no actor is the means the act was done by, no
    party it was done to (session 60); "met with the envoys", "a deal with Iran" keep theirs."""
    return (
        noun.head.lower_ == "with"
        and trigger_of(noun, document.lexicon) is not None
        and actor_in(document, noun) is None
    )


def other_side(document: Document, source: str | None, side: Token | None) -> Token | None:
    """The other of two parties "between" whom the act is, when the target found is one of
    them and the source is that same side ("approved by the Chilean government ... between
    Chile and Argentina", "the agreement between Chile and Peru was signed by the Chilean
    president": Argentina, Peru); None when the target is no "between" side, or the source is
    neither side (a broker: "Russia brokered a truce between Armenia and Azerbaijan")."""
    if source is None or side is None:
        return None
    first = side.head if side.dep_ == "conj" else side
    if first.dep_ != "pobj" or first.head.lower_ != "between":
        return None
    sides = [first, *first.conjuncts]
    own = [s for s in sides if same_side(document, source, actor_in_word(document, s))]
    others = [s for s in sides if s not in own]
    if not own or len(others) != 1:
        return None
    return others[0]


def same_side(document: Document, source: str, party: str | None) -> bool:
    """Whether the party is the source or the state the source is of ("the Chilean government"
    and Chile)."""
    if party is None:
        return False
    if party == source:
        return True
    actors = document.actors
    own, state = actors.get(source), actors.get(party)
    return (
        own is not None
        and state is not None
        and state.kind in ("country", "government")
        and own.country is not None
        and own.country == state.country
    )


# entity labels of a named party (the tagger's) for ``is_participant``
NAMED = ("PERSON", "ORG", "GPE", "NORP")


def is_participant(document: Document, token: Token) -> bool:
    """Whether a phrase (given by its head) names someone who can act or be acted on."""
    if actor_in(document, token) is not None or token.ent_type_ in NAMED:
        return True
    if token.tag_ in ("PRP", "PRP$", "WP"):  # "it", "its" stand for states and bodies too
        return True
    people = document.lexicon.people
    if token.lemma_.lower() in people or token.lower_ in people:
        return True
    return is_participant_of(document, token)


def is_participant_of(document: Document, token: Token) -> bool:
    """ "dozens of protesters", "some of the rebels": the quantity's "of" object. A deal of a
    party ("the takeover of Unocal") is no one; its demands stand for it ("conceded to the
    demands of the drivers")."""
    lexicon = document.lexicon
    people = lexicon.people
    head = token.lemma_.lower()
    if head in lexicon.dealings:
        return False
    return any(
        g.lemma_.lower() in people or document.actors.at(g) is not None
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def asked_of(document: Document, verb: Token) -> list[Token]:
    """Whom a request asks a thing of, named in the thing's "from" phrase: "seeking $2 billion
    from the Gulf states", "demanded an apology from Kestria", "pushing for help from the
    private sector" (the thing asked for is no party; session 46, second round). Only a
    request's, and only a "from" object that names an actor, a party of people or a group that
    gives (``ASKED_GROUPS``); it goes before the thing asked for, which is no party."""
    things = [verb, *(c for c in verb.children if c.dep_ == "dobj")] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    asked = [
        g
        for thing in things
        for c in thing.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not asked:  # (most verbs: the cheap parse test before the lexicon's)
        return []
    trigger = trigger_of(verb, document.lexicon)
    if trigger is None or trigger.type != "REQUEST" or addressed_clause(verb):
        return []
    return [g for g in asked if is_participant(document, g) or g.lemma_.lower() in ASKED_GROUPS]


def addressed_clause(verb: Token) -> bool:
    """A request in a clause under an act addressed "to" someone ("sent a letter to the
    president, asking for help from the EU"): the one addressed is asked (``addressed``)."""
    if verb.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    head = verb.head
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for h in holders for c in h.children
    )


def asked_party(
    document: Document, token: Token, event_type: str, target_token: Token | None
) -> bool:
    """Whether a request's target phrase is the one its thing is asked of ("seeking $2 billion
    from the Gulf states"): a party the record shows by its phrase though no actor."""
    if event_type != "REQUEST" or target_token is None or token.pos_ != "VERB":
        return False
    return any(g.i == target_token.i for g in asked_of(document, token))


# those a sum, help or backing is sought from that name no actor: "help from the private
# sector", "$1 billion from donors", "funds from investors"
ASKED_GROUPS = {"sector", "donor", "investor", "industry", "business", "lender", "creditor",
                "economy", "power", "partner"}  # fmt: skip  # "from emerging economies" (s48)


def second_object(token: Token) -> bool:
    """A direct object set off by a comma after the verb's first one: the parse hung an
    apposition of a noun in between on the verb ("urging the committees to delay immunity for
    a key figure, retired General Ivo Vane": Vane is the figure, not one urged)."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    earlier = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
    return bool(earlier) and token.doc[token.left_edge.i - 1].text == ","


def misparsed_place(document: Document, token: Token) -> bool:
    """An object that is a place phrase the parse took for one: "protested outside parliament"
    with "outside" as the object or as a modifier of "parliament"."""
    place_preps = document.lexicon.place_preps
    return token.lower_ in place_preps or any(
        c.lower_ in place_preps and c.i < token.i and c.dep_ in ("amod", "advmod")
        for c in token.children
    )


def prepositional_objects(document: Document, noun: Token) -> list[Token]:
    return [
        g
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in document.lexicon.target_preps
        for g in child.children
        if g.dep_ == "pobj"
    ]


def passive_clause(verb: Token) -> bool:
    """A passive verb ("after the president was ousted", "and was later arrested"): the
    subject of the clause it hangs on is no doer of it. Its own subject is the one acted on,
    and a conjoined passive with none shares the other verb's subject as the one acted on."""
    return any(
        c.dep_ == "nsubjpass" or (c.dep_ == "auxpass" and c.lemma_.lower() in ("be", "get"))
        for c in verb.children
    )  # not a misparse's "auxiliary" ("Franck said given the losses": "said" hung as one)


def clause_hung_on(verb: Token) -> bool:
    """Whether the parse hung a clause of its own on another verb: a conjoined verb with no
    "and", "or", "but" or comma joining the two, or an adverbial one with a finite auxiliary
    but no subject and no mark. In "the scheme, which the ministry says is forcing farmers to
    wait" the scheme forces, not the one the sentence began with; "entered the town and forced
    them out", "promised help, urged calm" share their subject."""
    first = verb.head
    if verb.dep_ == "conj":
        return not any(
            t.dep_ in ("cc", "punct") and t.head.i in (first.i, verb.i)
            for t in verb.doc[first.i + 1 : verb.i]
        )
    if verb.dep_ != "advcl":
        return False
    finite = any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)
    own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    return finite and not own


def inherited_source(document: Document, token: Token) -> str | None:
    """A verb or noun without a subject takes the agent of what governs it.

    Never across a clause of its own: in "X says 2,000 people have been killed" X is the source
    of the statement, not of the killing. An object-controlled complement takes the object:
    "urged Trump to release the tapes" is Trump's release.
    """
    for _ in range(4):
        head = token.head
        if head.i == token.i or token.dep_ in OWN_CLAUSE_DEPS:
            return None
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return None  # "the treaty signed in 1996": a passive's agent is unknown
        if token.dep_ == "advcl" and token.tag_ in FINITE_TAGS:
            return None  # "closed the port after a blast on Monday killed six": its own subject
        if token.dep_ in ("advcl", "conj") and passive_clause(token):
            return None  # "Egypt held elections after Mubarak was ousted": not Egypt's act
        if token.pos_ == "VERB" and clause_hung_on(token):
            return None  # "wrote about the scheme, which he says is forcing farmers to wait"
        if token.dep_ == "acl" and token.tag_ == "VBG":
            return actor_in(document, head)  # "a sniper killing five officers": the sniper
        if token.dep_ == "xcomp" and head.pos_ == "VERB":
            controller = next((c for c in head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return actor_in(document, controller)
        for child in head.children:
            if child.dep_ in ("nsubj", "poss") and child.i != token.i:
                return actor_in(document, child) or (
                    possessor_of(document, child) if child.lower_ in POSSESSIVE_PRONOUNS else None
                )
        if token.dep_ == "acl" and head.pos_ == "NOUN" and (doer := noun_doer(document, head)):
            return doer  # "the decision by Russia to expel the diplomats": Russia expels
        if token.dep_ not in INHERITING_DEPS:
            return None
        token = head
    return None


# prepositions whose object an -ing verb right after it takes as its subject: what a complaint
# or a protest is "against" ("protested against Valdoria arming the rebels")
GERUND_SUBJECT_PREPS = {"against", "about", "over"}
NAMED_PARTIES = {"PERSON", "ORG", "GPE", "NORP"}


def gerund_subject(verb: Token) -> Token | None:
    """The doer of an -ing verb that follows a party named after "against", "about" or "over"
    ("complained to the United Nations against Valdoria arming the rebels": Valdoria arms,
    not the one who complained). The parse hangs the -ing verb on the main verb, so the
    subject would otherwise be inherited from it. Only right after the party's own name, with
    no comma between ("protested against the law, calling it unjust" is the protester's), and
    only a name ("complained about rising prices" names no one else)."""
    if verb.tag_ != "VBG" or verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.head.lower_ not in GERUND_SUBJECT_PREPS:
        return None
    return before if before.ent_type_ in NAMED_PARTIES else None


def noun_doer(document: Document, noun: Token) -> str | None:
    """The actor of a noun's "by" phrase before the clause it governs ("a move by China to
    ban the imports", "the decision by the council to expel"): the noun's doer."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by" and child.i < noun.i + 4:
            found = actor_in(document, next((g for g in child.children if g.dep_ == "pobj"), None))
            if found is not None:
                return found
    return None


# what a name is hyphened after to say the side a thing is for or against ("an anti-Iraq
# blockade", "a pro-Moscow rally"), as the parse splits it: "anti", "-", "Iraq"
SIDE_PREFIXES = {"anti", "pro"}


def prefixed_side(word: Token) -> str | None:
    """ "anti" or "pro" when the word is a name hyphened after one of them ("anti-Iraq",
    "pro-Russian"), else None."""
    if word.i < 2 or word.nbor(-1).text != "-" or word.nbor(-1).whitespace_:
        return None
    prefix = word.nbor(-2)
    if prefix.lower_ not in SIDE_PREFIXES or prefix.whitespace_:
        return None
    return prefix.lower_


def noun_arguments(
    document: Document, noun: Token
) -> tuple[str | None, str | None, Token | None, Token | None]:
    """(source, target, source token, target token) of a noun trigger."""
    actors = document.actors
    source = target = None
    source_token = target_token = modifier = None
    named_before = False  # the source is a name before the noun, not its possessor
    themes: list[Token] = []
    others: list[Token] = []
    head = noun.head if noun.dep_ == "compound" else noun
    children = list(noun.children) + (list(head.children) if head.i != noun.i else [])
    for child in children:
        if child.dep_ in ("amod", "compound") and (side := prefixed_side(child)) is not None:
            # "an anti-Iraq naval blockade": Iraq is blockaded, not the one who blockades; "a
            # pro-government rally": the government is neither who rallies nor its target
            if side == "anti" and target is None and actor_in(document, child) is not None:
                target, target_token = actor_in(document, child), child
            continue
        if (
            child.dep_ in ("amod", "compound")
            and child.i != noun.i
            and not child.ent_type_
            and document.actors.at(child) is not None
        ):
            modifier = modifier or child  # "the army airstrike": the army, if nothing better
        elif child.dep_ == "poss" or (
            child.dep_ in ("amod", "compound")
            and child.i != noun.i
            and child.ent_type_ in ("NORP", "GPE", "PERSON", "ORG")
        ):
            pair = pair_for(document, child) if child.dep_ == "poss" else None
            if pair is not None and source is None:  # "their sixth conversation": the two
                (source, target), source_token = pair, child
                continue
            found = actor_in(document, child)
            if found is None and child.lower_ in POSSESSIVE_PRONOUNS:
                found = possessor_of(document, child)
            if source is None and found is not None:
                source, source_token = found, child
                named_before = child.dep_ != "poss"
        elif child.dep_ == "prep" and child.lower_ == "by" and source is None:
            # "an attack by Germany", "the arrest of the editor by police": the noun's agent
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if (found := actor_in(document, agent)) is not None:
                source, source_token = found, agent
        elif child.dep_ == "prep" and child.lower_ in document.lexicon.target_preps:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and child.lower_ == "between":
                # the two "between" are the parties; a name before the noun then says where or
                # what ("a White House meeting between the directors and the president")
                pair = [objects[0], *objects[0].conjuncts]
                first = actor_in_word(document, pair[0])
                if source is None or named_before:
                    source, source_token = first, pair[0] if first is not None else None
                if len(pair) > 1:
                    target = actor_in_word(document, pair[1])
            elif objects:
                (themes if child.lower_ == "of" else others).append(objects[0])
    received, receiver = receiver_of(document, noun)
    if (giver := given_from(document, noun, source_token)) is not None:
        # "Clinton's support from party leaders": the leaders support Clinton
        return actor_in(document, giver), source, giver, source_token
    if received:
        # "Canova has the backing of activists", "enjoys the support of the government":
        # the "of/from" object gives, the one who has it receives
        givers = [g for g in themes + others if actor_in(document, g) is not None]
        partner = next((g for g in givers if g.head.lower_ == "with"), None)
        if partner is not None and receiver is not None and source is None:
            # a tie the haver is in with the "with" object ("Rome had a pact with France"):
            # the haver's, done with the other side, which gives nothing
            return actor_in(document, receiver), actor_in(document, partner), receiver, partner
        giver = next((g for g in givers if g.head.lower_ != "with"), None)
        if source is None and giver is not None:
            source, source_token = actor_in(document, giver), giver
        target = actor_in(document, receiver) if receiver is not None else None
        return source, target, source_token, receiver
    if target is None:
        # "deployment of troops to Poland": a "to/against/on" object before the "of" theme,
        # which is the target only alone ("the invasion of Ukraine")
        candidates = [c for c in others + themes if c.ent_type_ not in TIME_TYPES]
        target_token = next(
            (c for c in candidates if actor_in(document, c, source) is not None),
            candidates[0] if candidates else None,
        )
        target = actor_in(document, target_token, source)
    if source is None:
        source = inherited_source(document, head)
    if source is None and modifier is not None:
        source, source_token = actors.at(modifier), modifier
    return source, target, source_token, target_token


GIVING_TYPES = ("SUPPORT", "AID")  # what one has "from" someone: support, backing, aid


def given_from(document: Document, noun: Token, owner: Token | None) -> Token | None:
    """The one a possessor has support or aid from ("the senator's backing from unions",
    "Kestria's aid from Valdoria"): the giver, the source; the possessor receives it. None when
    the noun has no possessor naming an actor, or no "from" object naming one ("its withdrawal
    from the treaty" is no gift, nor of the giving types)."""
    if owner is None or owner.dep_ != "poss" or document.actors.at(owner) is None:
        return None
    trigger = trigger_of(noun, document.lexicon)
    if trigger is None or trigger.type not in GIVING_TYPES:
        return None
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj" and actor_in(document, g) is not None
        ),
        None,
    )


def receiver_of(document: Document, noun: Token) -> tuple[bool, Token | None]:
    """Whether a noun event is had, enjoyed or received by someone, and who: "Canova has the
    backing of ..." (Canova), "with the help of the UN" (no one named)."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in document.lexicon.receiving_verbs:
        return True, next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return noun.dep_ == "pobj" and head.lower_ == "with", None


def actor_in_word(document: Document, token: Token) -> str | None:
    """The actor of one conjunct ("Russian" in "Russian and Ukrainian representatives")."""
    actors = document.actors
    for candidate in [token, *token.children]:
        if candidate.dep_ in ("amod", "compound") or candidate.i == token.i:
            found = actors.at(candidate)
            if found and actors.get(found).kind == "country":
                return found
    return actor_in(document, token)


def nearest_other_actor(
    document: Document, trigger: Token, source: str | None, allies: frozenset[str] = frozenset()
) -> str | None:
    """No target in the parse: the nearest other country or body along the tree, if any.

    Persons are left out (a person named nearby is rarely the target of a bare noun event),
    and so are places the event is in ("an appeal in New Zealand"), the source's own country,
    its ``allies`` (the source's conjuncts: in "a Russian and Chinese veto" China vetoes with
    Russia) and pronouns.
    """
    actors = document.actors
    own = actors.get(source)
    own_country = own.country if own else None
    # (the trigger's clauses read at the first actor met, most words being none; each word's
    # verdict kept for the second search, which crosses the first one's words again)
    clauses: list = []
    verdicts: dict[int, bool] = {}

    def other(token: Token) -> bool:
        verdict = verdicts.get(token.i)
        if verdict is None:
            verdict = verdicts[token.i] = other_actor(token)
        return verdict

    def other_actor(token: Token) -> bool:
        actor = actors.at(token)
        if actor is None or actor == source or actor in allies or token.tag_ in ("PRP", "PRP$"):
            return False
        if not clauses:
            clauses.extend((semicolon_clause(trigger), conjoined_clauses(trigger)))
        clause, own_clauses = clauses
        if token.i not in clause:
            return False  # "A and B sign accord; EU pledges aid": the EU is in another clause
        if any(head > trigger.i for head in conjoined_clauses(token) - own_clauses):
            return False  # "vetoed a bill in May, and in June Congress rejected ...": another's
        if occasion(document, token, trigger) or misparsed_place(document, token):
            return False  # "an appeal in New Zealand", "before a meeting of Congress": not whom
        if of_another_event(document, token, trigger):
            return False  # "the Chilean pact has options the Peruvian accord lacks": Peru's
        if party_of_another_act(document, token, trigger):
            return False  # "after the admirals pressured the chancellor, Valdoria resumed
            # submarine warfare": the chancellor is the one pressured, not the one warred on
        candidate = actors.get(actor)
        if candidate.kind == "group" and any(actors.at(c) == source for c in token.children):
            # "between Russian and Ukrainian representatives": a group of the source's own
            # state and another (of no one country) is no target of the source
            return False
        return candidate.kind != "person" and not (own_country and candidate.country == own_country)

    # an actor in an argument position ("left Ukraine") before one that only modifies a
    # noun ("U.S. military deliveries"); nearer along the tree first within each
    named = actors.by_token  # (``other`` needs an actor's word)
    argument = nearest(
        trigger,
        lambda t: other(t) and t.dep_ in ARGUMENT_DEPS,
        limit=2 * MAX_DISTANCE,
        among=named,
    )
    found = argument or nearest(trigger, other, limit=2 * MAX_DISTANCE, among=named)
    return actors.at(found) if found is not None else None


def of_another_event(document: Document, token: Token, trigger: Token) -> bool:
    """Whether the token names the party of another event noun of the trigger's type, as its
    modifier or possessor ("the Chilean pact includes options that were not in the Peruvian
    accord": Peru is the party of the other accord, compared, not of the pact). An event noun
    the trigger's phrase holds, or that holds the trigger, is no other event (session 40)."""
    head = token.head
    if token.dep_ not in ("amod", "compound", "poss") or head.i == trigger.i:
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.is_ancestor(trigger) or trigger.is_ancestor(head):
        return False
    lexicon = document.lexicon
    mine, other = trigger_of(trigger, lexicon), trigger_of(head, lexicon)
    return mine is not None and other is not None and other.type == mine.type


def party_of_another_act(document: Document, token: Token, trigger: Token) -> bool:
    """Whether the token is the subject or the object of another act's verb in a clause apart
    from the trigger's, neither holding the other ("after the admirals pressured the
    chancellor, Valdoria resumed submarine warfare": the chancellor is the pressuring's party;
    session 46). A verb that holds the trigger, or that the trigger holds, is the trigger's own
    clause: "Italy invaded, declaring war on France" and "Iraq blamed Iran, and attacked" keep
    their party."""
    head = token.head
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ != "VERB":
        return False
    if head.i == trigger.i or head.is_ancestor(trigger) or trigger.is_ancestor(head):
        return False
    return trigger_of(head, document.lexicon) is not None


def occasion(document: Document, token: Token, trigger: Token) -> bool:
    """Whether the token names where or on what occasion the event happened: the object of
    "in/at/near..." ("an appeal in New Zealand"), or anywhere in a phrase under
    "before/during/after..." ("denounced the plan before a joint meeting of Congress" is aimed
    at the plan's owner, not at Congress), or in a phrase of whom it was done for ("stopped
    flights at the government's request", "lobbied on the firm's behalf"). A place phrase's
    modifier may still be the target: "a protest outside the Turkish embassy" is against
    Turkey."""
    lexicon = document.lexicon
    if token.dep_ == "pobj" and token.head.lower_ in lexicon.place_preps:
        return True
    occasions = lexicon.anchor_preps - lexicon.place_preps
    while token.i != trigger.i and token.dep_ != "ROOT" and not token.is_ancestor(trigger):
        if token.dep_ == "pobj" and (
            token.head.lower_ in occasions or token.lemma_.lower() in lexicon.principal_nouns
        ):
            return True
        token = token.head
    return False


def conjoined_clauses(token: Token) -> frozenset[int]:
    """The conjoined clauses with a subject of their own the token is in ("Congress overrode the
    veto in May and in June the Senate rejected the treaty": the second's verb). Two clauses
    joined so tell two acts: a party of a later one is not the earlier one's (a party of an
    earlier one may be the one a later act answers: "Brazil imposed sanctions, and Chile
    recalled its ambassador")."""
    return frozenset(node.i for node in (token, *token.ancestors) if conjoined_clause(node))


def semicolon_clause(token: Token) -> range:
    """The token indexes of the part of the token's sentence between semicolons: a headline
    or a list joins independent clauses so, and the parse often runs one into the next."""
    first, last = sentence_bounds(token)  # (``token.sent``'s; the words' texts from the array)
    texts, i = attribute_keys(token.doc, ORTH), token.i
    start = next((j + 1 for j in range(i - 1, first - 1, -1) if texts[j] == _SEMICOLON), first)
    end = next((j for j in range(i + 1, last) if texts[j] == _SEMICOLON), last)
    return range(start, end)


_SEMICOLON = get_string_id(";")


_PLACE_TYPES = frozenset(get_string_id(label) for label in ("GPE", "LOC", "FAC"))


def location(document: Document, trigger: Token) -> tuple[str | None, str | None]:
    """A place the trigger's clause puts it in ("in Istanbul"), and the place's country."""
    place_preps = document.lexicon.place_preps
    # (the test needs a place's name: many sentences hold none besides the trigger)
    entity_types = attribute_keys(document.doc, ENT_TYPE)
    start, end = sentence_bounds(trigger)
    places = {i for i in range(start, end) if entity_types[i] in _PLACE_TYPES}
    place = nearest(
        trigger,
        lambda t: (
            t.ent_type_ in ("GPE", "LOC", "FAC")
            and t.head.lower_ in place_preps
            and placed_in_its_act(trigger, t)
        ),
        among=places,
    )
    if place is None:
        return None, None
    entity = next((e for e in trigger.sent.ents if e.start <= place.i < e.end), None)
    if entity is None:
        return None, None
    return entity.text, country_of_place(document, entity)


def placed_in_its_act(trigger: Token, place: Token) -> bool:
    """Whether a place the sentence names is where the trigger's act happened: not one of
    another act the sentence sets apart, a clause conjoined with a subject of its own or one
    set against it by "while" ("the Allies pushed forward in Italy, while Soviet forces
    stormed Berlin": Italy is the push's; "the council condemned the launch as Pyongyang fired
    missiles while the leaders held a summit in China": the summit's), unless it is set before
    the subject of the clause it is set in, the setting of all the clauses under it ("In
    Cairo, police arrested him and prosecutors charged him"); nor one beyond a semicolon. A
    clause of the act's occasion keeps its place ("disagreed when they met in Vienna")."""
    if place.i not in semicolon_clause(trigger):
        return False  # a clause beyond a semicolon is one of its own
    own, theirs = act_apart(trigger), act_apart(place)
    if own == theirs:
        return True
    if not theirs.is_ancestor(own):
        return False
    # (the subject of the clause the place is set in, which a fronted setting comes before)
    verb = next(
        (v for v in place.ancestors if v.pos_ in VERB_POS and _own_subject(v) is not None), None
    )
    subject = _own_subject(verb) if verb is not None else None
    return subject is not None and place.i < subject.left_edge.i


# the markers of a clause set against another act ("pushed on in Italy, while others ..."):
# the two happen apart, each where its own clause says
CONTRAST_MARKERS = {"while", "whereas", "whilst"}


def act_apart(token: Token) -> Token:
    """The verb of the nearest clause around a word that tells an act apart from its head's:
    one conjoined with a subject of its own, or one with a subject set against its head by
    "while"; else the sentence's root."""
    for node in (token, *token.ancestors):
        if conjoined_clause(node):
            return node
        if node.dep_ == "advcl" and node.pos_ in VERB_POS and _contrasted(node):
            return node
    return token.sent.root


def _contrasted(verb: Token) -> bool:
    """A clause with a subject of its own and a contrast marker ("while Soviet forces ...")."""
    return _own_subject(verb) is not None and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKERS for c in verb.children
    )


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, if the parse gave it one."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def country_of_place(document: Document, place: Span) -> str | None:
    actor = document.actors.get(document.actors.in_span(place))
    if actor is not None and actor.country:
        return actor.country
    known = knowledge()  # the actor stage's country names, capitals and regions
    return known.place(place.text.lower()) or known.regions.get(plain(place.text))


def town_country(document: Document, place: Span) -> str | None:
    """The country of a place: a capital, a country or a region the actor stage knows, else a
    large GeoNames town ("Kampala", "Mombasa"), which few other places share a name with."""
    found = country_of_place(document, place)
    if found is None and (large := large_town_named(place.text)) is not None:
        return large.country
    return found


def state_mention(document: Document, code: str, near: Token) -> Token | None:
    """Where the article names the state of a country code, nearest before ``near`` (else
    first after it): its government ("the Kenyan government"), else the country by its name
    ("Kenya"). A town the actor stage made a government ("Jerusalem said")
    is a town, not the state's name (session 57)."""
    actors = document.actors
    known = knowledge()

    def government(actor: Actor) -> bool:
        return (
            actor.kind == "government"
            and actor.country == code
            and known.capitals.get(plain(actor.name)) is None
            and large_town_named(actor.name) is None
        )

    def country(actor: Actor) -> bool:
        return actor.kind == "country" and known.country_names.get(plain(actor.name)) == code

    for fits in (government, country):
        tokens = [
            document.doc[i]
            for i, found in sorted(actors.by_token.items())
            if (actor := actors.get(found)) is not None and fits(actor)
        ]
        before = [t for t in tokens if t.i < near.i]
        if tokens:
            return before[-1] if before else tokens[0]
    return None


def known_state(token: Token) -> bool:
    """A country's name ("annexed Crimea from Ukraine"), whatever the actor stage made of it."""
    return token.ent_type_ == "GPE" and plain(token.text) in knowledge().country_names
