"""The parties of an event as the text names them, where the parse gives the wrong words
(session 48): a visit told from the host's side, a group a state's possessive names, the body
in the doer's own title, the party forces are sent to help, the one whose will an act
defied, an operation's name; the place an attack known by its year struck (session 49).

The visitor and the host of a visit told from the host's side: "the prime
minister hosted the Iranian president", "King Ferris received the Kestrian envoy". PLOVER
codes a visit as the visitor's act: the one who travels is the source, the one visited the
target. The parse gives the host as the subject, so the record had the two the wrong way
round; a visit told from the visitor's side ("the president visited the prime minister")
already has them right. Hosting a thing ("hosted talks", "hosted a summit on trade",
"received a letter") has no visitor and is left as it is."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.events.arguments import OUTSIDE_STATE
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.mentions import phrase_span
from dateline.events.participants import named_people
from dateline.model import Actor, TextSpan

# the prepositions that name the one an attack struck: with one the possessive is the doer
# ("Israel's 2014 attack on Gaza", "Kestria's 2019 bombing of the border villages")
STRUCK_PREPS = {"on", "against", "of", "upon", "into"}
# the attacks a place is struck by, named by its year ("Spain's 2004 bombings"); not a state's
# own acts of war, whose possessive is their doer ("Iraq's 1990 invasion", "Israel's 2008
# offensive")
TERROR_ATTACKS = {"attack", "bombing", "blast", "explosion", "shooting", "massacre"}
# the kind of actor a named place is (``arguments.PLACE_KINDS``)
PLACE_KIND = "country"

# the verbs that tell a visit from the host's side
HOSTING = {"host", "receive"}

HOST_TURNED = "parties: the visitor a host received is the one who acts (PLOVER; session 48)"


def visitor_hosted(document: Document, draft: Draft) -> bool:
    """A CONSULT told by a hosting verb whose record has the host as source and the visitor,
    a party the verb names, as target: active ("X hosted Y": X subject, Y object) or passive
    ("Y was received by X")."""
    token = draft.token
    if draft.trigger.type != "CONSULT" or token.pos_ != "VERB":
        return False
    if token.lemma_.lower() not in HOSTING:
        return False
    host, visitor = draft.source_token, draft.target_token
    if host is None or visitor is None or draft.target_nearest:
        return False
    if draft.source is None and draft.source_phrase is None:
        return False
    if draft.target is None and draft.target_phrase is None:
        return False
    active = host.dep_ == "nsubj" and _argument_of(visitor, token, ("dobj",))
    passive = _argument_of(visitor, token, ("nsubjpass",)) and host.dep_ == "pobj"
    passive = passive and host.head.dep_ == "agent" and host.head.head.i == token.i
    if not (active and host.head.i == token.i) and not passive:
        return False
    # the visitor is people or a party, not a thing hosted ("talks", "a summit", "a letter")
    return people_hosted(document, draft)


def _argument_of(word: Token, verb: Token, deps: tuple[str, ...]) -> bool:
    """Whether ``word`` fills one of ``deps`` of ``verb``, or heads a phrase that does (the
    target token may be a name inside its phrase: "Sudan's opposition leaders")."""
    for step in (word, *word.ancestors):
        if step.dep_ in deps and step.head.i == verb.i:
            return True
        if step.i == verb.i:
            return False
    return False


def people_hosted(document: Document, draft: Draft) -> bool:
    """The visitor phrase names people or an actor: "hosted the Iranian president",
    "received a delegation of Sudanese generals", "hosted Sudan's opposition leaders"; a
    pronoun only when the actor stage resolved it."""
    visitor = draft.target_token
    if visitor is None:
        return False
    return document.actors.at(visitor) is not None or named_people(document, visitor)


def outside_state(token: Token) -> tuple[Token, Token] | None:
    """A group a state's possessive names when a word sets it apart from the state ("Sudan's
    opposition leaders"): the group's phrase head ("leaders") and the word ("opposition"),
    else None. The actor stage may take the whole phrase for the state."""
    head = token.head if token.dep_ == "poss" else token
    if not any(c.dep_ == "poss" for c in head.children):
        return None
    word = next(
        (c for c in head.children if c.dep_ in ("compound", "amod") and c.lower_ in OUTSIDE_STATE),
        None,
    )
    return (head, word) if word is not None else None


def group_apart(
    document: Document, token: Token | None
) -> tuple[str | None, TextSpan, Token] | None:
    """The party a phrase like "Sudan's opposition leaders" names, where the actor stage took
    the phrase for the state: the group word's own actor ("opposition") if it has one, else
    none, with the group's phrase and head. None for any other phrase."""
    if token is None or (apart := outside_state(token)) is None:
        return None
    group, word = apart
    actors = document.actors
    state = actors.get(actors.at(group))
    if state is not None and state.kind not in ("country", "government"):
        return None  # a group the actor stage already named as such
    phrase = phrase_span(document.article, group)
    if phrase is None:
        return None
    found = actors.at(word)
    return (found if found != actors.at(group) else None), phrase, group


GROUP_APART = "a group a state's possessive names is not the state (session 48)"


def groups_apart(document: Document, draft: Draft) -> Draft:
    """The draft with "Sudan's opposition leaders" as the group, not Sudan, in either role."""
    if (found := group_apart(document, draft.source_token)) is not None:
        actor, phrase, token = found
        if actor is None or actor != draft.target:
            draft = replace(
                draft,
                source=actor,
                source_phrase=phrase,
                source_token=token,
                notes=[*draft.notes, f"source: {GROUP_APART}"],
            )
    if (found := group_apart(document, draft.target_token)) is not None:
        actor, phrase, token = found
        if actor is None or actor != draft.source:
            draft = replace(
                draft,
                target=actor,
                target_phrase=phrase,
                target_token=token,
                target_nearest=False,
                notes=[*draft.notes, f"target: {GROUP_APART}"],
            )
    return draft


def host_turned(draft: Draft) -> Draft:
    """The draft with the visitor as source and the host as target (``groups_apart`` then
    reads "Sudan's opposition leaders" as the group, not the state)."""
    return replace(
        draft,
        source=draft.target,
        target=draft.source,
        source_phrase=draft.target_phrase,
        target_phrase=draft.source_phrase,
        source_token=draft.target_token,
        target_token=draft.source_token,
        target_nearest=False,
        target_open=False,
        notes=[*draft.notes, HOST_TURNED],
    )


OWN_BODY = "the people met, not the body the doer heads (session 48)"


def own_body_met(document: Document, draft: Draft) -> Token | None:
    """ "WHO chief Margaret Chan talked to officials from eight countries": the target the
    record took as the nearest actor is the body named in the doer's own title, the doer's
    own, not met; the people the meeting verb's "to" or "with" names are. None when the
    target is no such body or the verb names no people."""
    source, token = draft.source_token, draft.token
    if draft.trigger.type != "CONSULT" or source is None:
        return None
    if draft.target is None or draft.target == draft.source:
        return None
    actors = document.actors
    # the title's words before the name ("chief", "Margaret" of "WHO chief Margaret Chan");
    # the parse may hang the body's word on anything, the verb too
    start = source.i
    while start > source.sent.start and source.doc[start - 1].dep_ == "compound":
        start -= 1
    if start == source.i or start == source.sent.start:
        return None
    if actors.at(source.doc[start - 1]) != draft.target:
        return None
    met = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((g for g in met if named_people(document, g)), None)


HELPED = "the party forces are sent to help, named by the purpose (session 48)"
# what forces sent as aid are sent to do for someone ("to assist the Haitian police")
HELPING = {"assist", "help", "support", "aid", "reinforce", "bolster"}


def party_helped(document: Document, draft: Draft) -> Token | None:
    """ "The EU is deploying 150 officers to assist the UN police force and the Haitian
    police": a deployment typed as aid (``triggers.SENT_TO_HELP``) is aid to the party its
    purpose names, the target; the officers sent are what is moved. None when the purpose
    names no party ("to help with the relief")."""
    if draft.trigger.type != "AID":
        return None
    for clause in draft.token.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in HELPING:
            continue
        for helped in (c for c in clause.children if c.dep_ == "dobj"):
            if document.actors.at(helped) is not None or named_people(document, helped):
                return helped
    return None


CONTRARY = "the one whose will the act went against is no one it was done to (session 48)"
# what an act is done "against" when it defies someone's will, no one it is done to
WILL_WORDS = {"instruction", "order", "advice", "wish", "will", "objection", "warning",
              "recommendation", "plea", "appeal", "protest", "command"}  # fmt: skip


def against_will(draft: Draft) -> Token | None:
    """ "Against Lenin's explicit instructions, Kolchak and his prime minister were shot": the
    target the record took from the "against" phrase is the one whose will the act defied,
    not the one it was done to. Returns the passive subject, the one acted on, or the word
    of will itself when the clause names none (the target is then left open)."""
    token = draft.target_token
    if token is None:
        return None
    word = token.head if token.dep_ == "poss" else token
    if word.lemma_.lower() not in WILL_WORDS or word.dep_ != "pobj":
        return None
    preposition = word.head
    if preposition.lower_ != "against" or preposition.head.i != draft.token.i:
        return None
    return next((c for c in draft.token.children if c.dep_ == "nsubjpass"), word)


OPERATION = "an operation's name is no party (session 48)"


def operation_named(draft: Draft) -> bool:
    """ "the Eighth Army attacked with Operation Ripper": a military operation's name
    ("Operation Ripper", "Operation Red Dawn") names the act, not anyone it was done to."""
    token = draft.target_token
    if token is None or draft.trigger.type not in ("ASSAULT", "COERCE", "MOBILIZE"):
        return False
    words = [t for t in token.subtree if t.i <= token.i]
    return any(t.text == "Operation" and t.i < token.i and t.pos_ == "PROPN" for t in words) or (
        token.text == "Operation" and token.i + 1 < len(token.doc) and token.nbor(1).is_title
    )


STRUCK_PLACE = "its doer is the place an attack known by its year struck (session 49)"


def struck_place(document: Document, draft: Draft) -> bool:
    """ "Spain's 2004 train bombings killed 191 people", "since Norway's 2011 attacks": an
    attack named by its place's possessive and its date is the attack the place suffered, as
    "the 2004 Madrid bombings" is; the source the record took from the possessive is no doer
    (no one who attacked is named). Only such an attack's noun with a date before it and no
    phrase naming the one struck ("Israel's 2014 attack on Gaza" is Israel's)."""
    token = draft.source_token
    if token is None:
        return False
    noun = token.head if token.dep_ == "poss" else token
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TERROR_ATTACKS:
        return False
    actors = document.actors
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    place = actors.get(actors.at(owner)) if owner is not None else None
    if place is None or place.kind != PLACE_KIND or actors.at(owner) != draft.source:
        return False
    dated = any(c.ent_type_ == "DATE" and owner.i < c.i < noun.i for c in noun.children)
    struck = any(c.dep_ == "prep" and c.lower_ in STRUCK_PREPS for c in noun.children)
    return dated and not struck


SIDE_LEADER = "a bare government or opposition is the one named as leading it (session 49)"
# a side the actor stage may name by its bare word with no country, and the titles of the
# one who leads it
SIDE_LEADERS = {
    "government": ("prime minister", "premier", "president", "chancellor"),
    "opposition": ("opposition",),
}
UNDER_ANOTHER = ("vice", "deputy")  # "vice president": not the one who leads it
LEADING = {"lead", "head"}  # "the opposition, led by Ayman Nour"


def side_leader(document: Document, draft: Draft) -> Token | None:
    """ "The opposition, led by Ayman Nour, held talks", "Ayman Nour, the opposition leader,
    said the opposition had held talks": a source the actor stage named by the bare word
    "government" or "opposition", with no country, is the person the sentence names as
    leading it: in a "led by" phrase, else the one person the sentence and the one before
    name besides the target, when the title says so (a prime minister for a government).
    None when they name no such person, or other people too."""
    actors = document.actors
    side = actors.get(draft.source)
    if side is None or side.country is not None:
        return None
    # the word that names it (a source borrowed from the light verb has none of its own)
    words = (w for w in draft.token.sent if actors.at(w) == draft.source)
    token = draft.source_token or next(words, None)
    if token is None:
        return None
    titles = SIDE_LEADERS.get(side.name.lower().removeprefix("the "))
    if titles is None:
        return None
    for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in LEADING):
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for person in (g for g in agent.children if g.dep_ == "pobj"):
                if (found := actors.get(actors.at(person))) is not None and found.kind == "person":
                    return person
    sentence = token.sent
    start = document.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    people: dict[str, tuple[Actor, Token]] = {}
    for word in document.doc[start : sentence.end]:
        person = actors.get(actors.at(word))
        if person is not None and person.kind == "person" and person.id != draft.target:
            people.setdefault(person.id, (person, word))
    # the only person named besides the target ("opposition leaders Ayman Nour and Mohamed
    # ElBaradei" may be one of several who lead it)
    if len(people) != 1:
        return None
    ((person, word),) = people.values()
    # the actor's role may keep only the last word of its title ("said opposition leader Sami
    # Rafik" gives "leader"): the words before the name say whose leader
    role = f"{person.role or ''} {title_before(word)}".lower()
    if any(t in role for t in titles) and not any(w in role for w in UNDER_ANOTHER):
        return word
    return None


def title_before(word: Token) -> str:
    """The words of the title before a person's name in its phrase ("opposition leader" of
    "said opposition leader Sami Rafik"); "" when the name stands alone."""
    head = word
    while head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
        head = head.head
    first = min((t.i for t in head.subtree if t.ent_type_ == "PERSON"), default=head.i)
    return " ".join(
        t.text for t in head.subtree if t.i < first and t.pos_ in ("NOUN", "ADJ", "PROPN")
    )
