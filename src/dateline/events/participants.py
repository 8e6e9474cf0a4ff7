"""Who can take part in an event, and when a trigger word means the event at all.

Selectional restrictions: the source of material conflict or cooperation must be an actor
(people, a group, a government, armed forces), not weather or an accident ("lightning strikes");
the object of force, coercion, aid or withdrawal must be an actor or a place, not a thing
("halted the spill", "released the tapes"). Senses: a word of force also names words, sport or
weather, so "attacked" is force only with a cue of violence in its sentence, else criticism
(ACCUSE); a "rally" is a protest only with a cue of protest. The vocabulary is in
``lexicon.toml`` (``[participants]``, ``[senses]``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.knowledge import knowledge
from dateline.event_lexicon import Sense, Trigger
from dateline.events.arguments import NAMED, actor_in, is_participant, is_participant_of
from dateline.events.document import Document
from dateline.events.triggers import trigger_of

PLACES = ("GPE", "LOC", "FAC")
PRONOUN_TAGS = ("PRP", "PRP$", "WP", "WDT")
OTHER_CLAUSES = {"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj"}


def _head_word(token: Token) -> str:
    return token.lemma_.lower()


def named_people(document: Document, token: Token | None) -> bool:
    """A phrase that says who took part though it names no actor ("dozens of protesters", "a
    federal judge"); an unresolved pronoun says nothing."""
    if token is None or token.tag_ in PRONOUN_TAGS:
        return False
    lexicon = document.lexicon
    if _head_word(token) in lexicon.dealings:
        return False  # "blocked the takeover of a U.S. firm": a deal, though a name is in it
    return is_participant(document, token)


def unfit_object(document: Document, verb: Token, trigger: Trigger) -> Token | None:
    """The verb's direct object when it is a thing the event cannot be done to, though a
    prepositional object or a nearby actor gave a target ("released notes to Clinton", "hosted
    the largest share of infected computers", "provides mapping for aid agencies"). A release is
    of people held ("released the DNC emails" releases no one); what is discussed is a topic."""
    lexicon = document.lexicon
    if verb.pos_ != "VERB":
        return None
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        thing = verb.head  # "more emails released on Monday": the noun is what was released
    if thing is None or thing.ent_type_ in ("MONEY", "QUANTITY"):  # "gave $10 million to"
        return None
    if thing.lemma_.lower() in trigger.words:  # "opened fire", "set fire": the entry's own word
        return None
    if trigger.mode == "release":
        held = document.actors.at(thing) is not None or names_people(document, thing)
        return None if held else thing
    if trigger.mode == "return" and _returned_to(document, verb):
        return None  # "returned the artifacts to Italy": property handed back to a party
    if trigger.mode == "visit":  # one visits or hosts someone; one discusses a topic
        return None if is_counterpart(document, thing) else thing
    if trigger.type in lexicon.actor_targets - lexicon.counterpart_types:
        fits = is_participant(document, thing) or is_place(document, thing)
        return None if fits else thing
    return None


def _returned_to(document: Document, verb: Token) -> bool:
    """A return's "to" names an actor ("returned six artifacts to the government of Iraq")."""
    return any(
        actor_in(document, g) is not None
        for child in verb.children
        if child.dep_ in ("prep", "dative") and child.lower_ == "to"
        for g in child.children
        if g.dep_ == "pobj"
    )


def names_people(document: Document, token: Token) -> bool:
    """The phrase's own head names people ("the prisoners", "two of the hostages", "them")."""
    people = document.lexicon.people
    return (
        token.ent_type_ in ("PERSON", "NORP")
        or token.tag_ in ("PRP", "WP")
        or _head_word(token) in people
        or is_participant_of(document, token)
    )


def is_counterpart(document: Document, token: Token) -> bool:
    """Someone one meets, calls or visits: the phrase's head is an actor, people, a pair of
    talks, or a named place ("visited Kenya"); not a topic that only names an actor
    ("discussed the Chinese restrictions") or a thing ("visits the camp")."""
    if document.actors.at(token) is not None or token.ent_type_ in NAMED + PLACES:
        return True
    if token.tag_ in ("PRP", "PRP$", "WP"):
        return True
    people = document.lexicon.people
    return (
        _head_word(token) in people or token.lower_ in people or is_participant_of(document, token)
    )


def is_place(document: Document, token: Token) -> bool:
    """A place or a tie between actors: what force, coercion, suspension or withdrawal can be
    aimed at besides actors ("shelled the village", "withdrew from the treaty", "suspended
    military deliveries"), or a state's seat its name or adjective names ("Mali's presidential
    palace")."""
    lexicon = document.lexicon
    # the head or a compound before it: "air links", "aid donations"
    words = {_head_word(token)} | {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    if token.ent_type_ in PLACES or words & (lexicon.places | lexicon.ties):
        return True
    return state_seat(document, token)


# restrictions laid on a place: a curfew, martial law, a state of emergency "in" it
AREA_MODES = {"curfew", "martial-law"}


def imposed_area(document: Document, token: Token, trigger: Trigger) -> Token | None:
    """The place a curfew or a state of emergency is laid on, named after "in" by the act's
    verb or noun ("imposed a curfew in Lahore", "declared a state of emergency in Manila"):
    PLOVER's target of the restriction (its people), when the act names no one else."""
    if trigger.mode not in AREA_MODES:
        return None
    holders = [token]
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass"):
        holders.append(token.head)  # "declared a state of emergency in Manila"
    objects = [c for c in token.children if c.dep_ == "dobj"] if token.pos_ == "VERB" else []
    for thing in objects:  # the parse hangs "in Manila" on the state or on the emergency
        holders += [thing] + [
            g
            for p in thing.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ]
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            for place in (g for g in child.children if g.dep_ == "pobj"):
                if actor_in(document, place) is not None or place.ent_type_ in PLACES:
                    return place
    return None


# places of a side in a fight: shelled or stormed, they stand for the side that holds them
SIDE_PLACES = {"position", "target", "base", "stronghold", "outpost", "camp", "post", "facility",
               "installation", "depot", "headquarters", "hideout", "garrison", "barracks",
               "enclave", "area", "neighborhood", "neighbourhood", "checkpoint", "convoy",
               "compound", "office"}  # fmt: skip


def party_place(document: Document, token: Token | None) -> bool:
    """A place of a side in a fight, named by the side ("Kurdish positions", "Hezbollah
    targets", "a military base", "a migrant camp", "rebel-held areas"): force or coercion
    against it is done to that side, which the phrase shows though no actor; a place alone
    ("targets in the south", "the village") names no one (session 40)."""
    if token is None or token.lemma_.lower() not in SIDE_PLACES:
        return False
    people = document.lexicon.people
    for child in token.children:
        if child.dep_ not in ("amod", "compound", "nmod", "poss") or child.i > token.i:
            continue
        words = [child, *(g for g in child.children if g.dep_ in ("npadvmod", "compound"))]
        for word in words:
            if word.ent_type_ in ("NORP", "ORG") or document.actors.at(word) is not None:
                return True
            if word.lemma_.lower() in people or word.lower_ in people:
                return True  # "a military base", "rebel-held areas", "militant hideouts"
    return False


# a state's seat of power, which stands for the state whose name or adjective is on it when
# force is aimed at it (``trust.owner_of_thing`` makes the state the target; session 60)
SEATS = {"palace"}


def state_seat(document: Document, token: Token) -> bool:
    """ "Mali's presidential palace", "the Malian palace": a seat its state's name or
    adjective names; a palace of no state named ("marched on the presidential palace") is
    left to the rules of places and buildings."""
    if token.lemma_.lower() not in SEATS:
        return False
    names = knowledge()
    return any(
        child.dep_ in ("amod", "compound", "poss", "nmod")
        and (
            document.actors.at(child) is not None
            or child.text.lower() in names.country_names
            or child.text.lower() in names.demonyms
        )
        for child in token.children
    )


def unfit(
    document: Document,
    token: Token,
    trigger: Trigger,
    source_token: Token | None,
    target_token: Token | None,
) -> str | None:
    """Why the mention cannot be this event (a short reason), or None when it can."""
    lexicon = document.lexicon
    if (
        trigger.type in lexicon.actor_sources
        and source_token is not None
        and not is_participant(document, source_token)
    ):
        return f"source {source_token.text!r} is no actor"
    if (
        trigger.type in lexicon.actor_targets
        and target_token is not None
        and not is_participant(document, target_token)
        and not is_place(document, target_token)
    ):
        return f"target {target_token.text!r} is neither an actor nor a place"
    thing = unfit_object(document, token, trigger)
    if thing is not None:
        return f"its object {thing.text!r} is no one acted on"
    if trigger.type == "CONCEDE" and followers_leaving(document, token, source_token):
        return "people leaving a party or a candidate change their minds, concede nothing"
    if (
        trigger.type in lexicon.counterpart_types
        and target_token is not None
        and not is_counterpart(document, target_token)
    ):
        return f"{target_token.text!r} is no one met or talked to"
    if trigger.type in lexicon.counterpart_types and token.pos_ == "VERB":
        # "we're meeting our targets": a goal is met, no one consulted
        goal = next((c for c in token.children if c.dep_ == "dobj"), None)
        if goal is not None and _head_word(goal) in lexicon.goals:
            return f"its object {goal.text!r} is a goal, no one met"
    if (
        trigger.type in lexicon.audience_types
        and target_token is not None
        and _head_word(target_token) in lexicon.audiences
    ):
        return f"{target_token.text!r} is an audience"
    if (
        token.pos_ == "VERB"
        and token.lemma_.lower() in lexicon.statement_verbs
        and any(c.dep_ == "ccomp" for c in token.children)
        and not any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
    ):
        # an object before the verb is the parse's misreading of a quote's speaker ("'We
        # know how it goes,' Lund campaign chief Ola Berg conceded": "Lund" as the object)
        return "a statement that something is so"
    if (
        trigger.type == "REQUEST"
        and token.lemma_.lower() in lexicon.intent_frames
        and any(c.dep_ == "xcomp" for c in token.children)
    ):
        return "seeking to do something is an intention, no request"
    if trigger.type == "REQUEST" and is_question(document, token):
        return "a question asked, no request"
    if refuses_to_speak(document, token):
        return "refusing to speak rejects no one"
    if trigger.type == "THREATEN" and not is_threat(document, token, source_token):
        return "a warning of a danger, not of the warner's action"
    if (
        token.pos_ == "VERB"
        and token.lemma_.lower() in lexicon.transitive
        and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children)
    ):
        return f"{token.lemma_!r} without an object"
    return None


# the verbs of leaving a side: CONCEDE words when a position or a demand is what is left
LEAVING = {"abandon", "desert", "drop", "quit", "ditch"}


def followers_leaving(document: Document, token: Token, source_token: Token | None) -> bool:
    """ "Wealthy Americans have abandoned the Republican party", "many voters dropped Trump":
    plain people (a group of no political body) leaving a party or a candidate they backed. A
    shift of voters' support, told by a poll, is no concession to anyone (PLOVER CONCEDE, 3.4:
    a side gives up a position, a demand, a claim); "the rebels abandoned their demand" and a
    minister quitting the government stay as their rules read them."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in LEAVING or source_token is None:
        return False
    left = next((c for c in token.children if c.dep_ == "dobj"), None)
    actors = document.actors
    leavers, side = (
        actors.get(actors.at(source_token)),
        actors.get(actors.at(left)) if left is not None else None,
    )
    if leavers is None or side is None:
        return False
    plain_people = leavers.kind == "group" and leavers.sector in (None, "CVL")
    return plain_people and (side.kind == "person" or side.sector == "PTY")


def is_question(document: Document, token: Token) -> bool:
    """ "asked why the cap was not tried", "when asked whether he would", "asked about the
    deal": a question put to someone, not a request (one asked to act has an infinitive)."""
    lexicon = document.lexicon
    if token.lemma_.lower() not in lexicon.question_verbs:
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" for c in children):
        return False  # "asked Russia to withdraw"
    for child in children:
        if child.dep_ == "ccomp" and (
            child.left_edge.lower_ in lexicon.question_words
            or any(
                g.dep_ in ("mark", "advmod") and g.lower_ in lexicon.question_words
                for g in child.children
            )
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in lexicon.question_words:
            return True  # "asked about"
        if child.dep_ in ("mark", "advmod") and child.lower_ in ("when", "if"):
            return True  # "when asked, he said"
        if child.dep_ == "dobj" and child.lemma_.lower() == "question":
            return True
    return False


def refuses_to_speak(document: Document, token: Token) -> bool:
    """ "refused to answer a question", "declined to comment", "declined comment": no
    rejection of anyone."""
    lexicon = document.lexicon
    return token.lemma_.lower() in lexicon.refusal_frames and any(
        c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in lexicon.speech_complements
        for c in token.children
    )


def is_threat(document: Document, token: Token, source_token: Token | None) -> bool:
    """A warning is a threat when it warns of an action ("warned of retaliation") or of what
    the warner will do ("warned it would respond"); other warnings are of a danger. Words
    other than ``warnings`` ("threatened") are threats as they stand."""
    lexicon = document.lexicon
    if token.lemma_.lower() not in lexicon.warnings:
        return True
    for child in token.children:
        if child.dep_ == "prep":
            if any(g.lemma_.lower() in lexicon.threat_objects for g in child.children):
                return True
        elif (child.dep_ == "dobj" and child.lemma_.lower() in lexicon.threat_objects) or (
            child.dep_ in ("ccomp", "xcomp") and _own_action(document, child, source_token)
        ):
            return True
    return False


# the warned a state's body advises, not coerces: its own officials, its own public
ADVISED_SECTORS = {"GOV", "LEG", "JUD", "CVL"}
ADVICE = "a warning to its own officials or public to act -> REQUEST (session 58)"


def advised(
    document: Document, token: Token, trigger: Trigger, source: str | None, target: str | None
) -> bool:
    """ "The FBI warned state election officials to tighten their security", "the ministry
    warned residents to boil their water": a warning to act, given to the warner's own
    officials or public and naming no repercussion, is advice (PLOVER REQUEST), not a threat
    (PLOVER THREATEN: "coercive or forceful warnings with serious potential repercussions").
    A warning to another state ("warned North Korea to refrain"), to armed or protesting
    people ("warned the protesters to disperse"), or one that names what will follow ("or
    face sanctions") stays a threat."""
    lexicon = document.lexicon
    if trigger.type != "THREATEN" or token.lemma_.lower() not in lexicon.warnings:
        return False
    asked = next((c for c in token.children if c.dep_ == "xcomp"), None)
    if asked is None or _or_else(asked):
        return False
    if any(t.lemma_.lower() in lexicon.threat_objects for t in token.subtree):
        return False
    warner, warned = document.actors.get(source), document.actors.get(target)
    if warner is None or warned is None or warner.country is None:
        return False
    if warned.kind in ("country", "government") or warned.sector not in ADVISED_SECTORS:
        return False
    if any(word in lexicon.protest_people for word in warned.name.lower().split()):
        return False
    return warned.country == warner.country


FORCE_VOWED = "a vow of force against a party -> THREATEN (session 59)"
# the acts done to a party that a vow of them makes a threat (PLOVER 3.11: threats of force,
# of coercion, of sanctions); a vow to protest, to deploy or to sue is left to its own reading
THREATENED_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def force_vowed(document: Document, token: Token, trigger: Trigger) -> bool:
    """ "Iran vowed to retaliate against Israel", "the army pledged to crush the rebels": a
    promise to use force, coercion or sanctions on a party the clause names is a threat
    (PLOVER THREATEN), not an offer to cooperate (AGREE). A promise to help, to release or to
    rebuild stays AGREE, and one of force at no party ("vowed to fight corruption") is none."""
    lexicon = document.lexicon
    if trigger.type != "AGREE" or token.pos_ != "VERB":
        return False
    if token.lemma_.lower() not in lexicon.one_sided:
        return False
    vowed = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if vowed is None:
        return False
    act = trigger_of(vowed, lexicon)  # (with its noun: "vowed to launch an attack on")
    # "vowed to take countermeasures against Beijing": a step whose noun names retaliation
    taken = any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.threat_objects for c in vowed.children
    )
    if not taken and (act is None or act.type not in THREATENED_TYPES):
        return False
    return any(document.actors.at(party) is not None for party in _acted_on(vowed))


def _acted_on(verb: Token) -> list[Token]:
    """The heads of the verb's objects and prepositional objects, and of its object's
    prepositional objects ("to impose sanctions on Moscow")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    preps = [c for w in (verb, *objects) for c in w.children if c.dep_ == "prep"]
    heads = objects + [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return [j for h in heads for j in (h, *h.conjuncts)]


def _or_else(asked: Token) -> bool:
    """ "to tighten security or face charges": the act asked, with what follows if not."""
    alternative = any(c.dep_ == "cc" and c.lower_ in ("or", "otherwise") for c in asked.children)
    return alternative and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in asked.children)


def _own_action(document: Document, verb: Token, source_token: Token | None) -> bool:
    """ "(warned) it would retaliate", "(warned) that Israel will respond" by Israel, "(warned)
    that any move would be met with force"."""
    modals = document.lexicon.cues("future") | document.lexicon.cues("hypothetical")
    if verb.dep_ == "xcomp":
        return True  # "warned them to leave": an order under a threat
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in verb.children):
        return False
    if any(t.lemma_.lower() in document.lexicon.threat_objects for t in verb.subtree):
        return True  # "warned that any move would be met with force"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ in ("PRP",) and subject.lower_ in ("it", "they", "we", "he", "she", "i"):
        return True
    actors = document.actors
    return (
        source_token is not None
        and actors.at(subject) is not None
        and actors.at(subject) == actors.at(source_token)
    )


def _clause_words(token: Token) -> list[Token]:
    """The words of the clause the trigger stands in, without the clauses within it."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    inner = {
        t.i
        for c in verb.children
        if c.dep_ in OTHER_CLAUSES and not (c.left_edge.i <= token.i <= c.right_edge.i)
        for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in inner]


def _has_cue(sense: Sense, token: Token) -> bool:
    if sense.scope == "phrase":
        # its own modifiers ("a general strike", "a teachers' strike") or the word it hangs
        # on: the verb it is the object of ("called a strike"), the preposition ("on strike")
        words = {w for c in token.children for w in (c.lemma_.lower(), c.lower_)}
        head = token.head if token.head.i != token.i else None
        carried = head is not None and (
            token.dep_ == "dobj" or (token.dep_ == "pobj" and head.pos_ == "ADP")
        )
        return bool(words & sense.cues) or (carried and head.lemma_.lower() in sense.carriers)
    if sense.scope == "children":
        cues = [c for c in token.children if not _idle_preposition(sense, c)]
        words = {w for c in cues for w in (c.lower_, c.lemma_.lower(), c.dep_)}
    else:
        around = token.sent if sense.scope == "sentence" else _clause_words(token)
        words = {w for t in around if t.i != token.i for w in (t.lemma_.lower(), t.lower_)}
        if sense.scope == "clause":
            # what the verb is done for: "marched through the capital to protest", "rallied
            # to demand" (session 40)
            words |= {c.lemma_.lower() for c in _purposes(token)}
    return bool(words & sense.cues)


def _idle_preposition(sense: Sense, child: Token) -> bool:
    """A preposition whose objects are all times or views shared: "agreed with Kestria on
    Tuesday that ...", "agree with Kestria on most questions" agree on no act."""
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return (
        child.dep_ == "prep"
        and bool(objects)
        and all(g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in sense.views for g in objects)
    )


def _spoken(document: Document, sense: Sense, token: Token) -> bool:
    """A verbal trigger its own words show said, not done by force, whoever its parties are:
    "hit back at Kestria, calling its claims baseless" (a saying clause of its own), "attacked
    the minister in an interview" (the setting it was said in), "attacked the government's
    budget" (its object is what a party said or decided)."""
    if token.pos_ != "VERB":
        return False
    # "hit back at": the preposition may hang on the particle
    heads = [token, *(c for c in token.children if c.dep_ in ("advmod", "prt"))]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [
        g
        for p in preps
        if p.lower_ in ("at", "on", "against")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    settings = [
        g for p in preps if p.lower_ in ("in", "during") for g in p.children if g.dep_ == "pobj"
    ]
    # (a clause of its own, not a second act of the same doer: "attacked Valdoria and said it
    # had no choice" is an attack)
    clauses = [c for c in token.children if c.dep_ in ("advcl", "xcomp")]
    return (
        any(g.lemma_.lower() in document.lexicon.party_acts for g in objects)
        or any(g.lemma_.lower() in sense.spoken for g in settings)
        or any(c.lemma_.lower() in sense.spoken and c.pos_ == "VERB" for c in clauses)
    )


def _purposes(token: Token) -> list[Token]:
    """A verb's infinitive clauses of purpose ("marched ... to protest"): their verbs."""
    if token.pos_ != "VERB":
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "advcl"
        and c.tag_ == "VB"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]


def in_sense(
    document: Document, token: Token, trigger: Trigger, parties: tuple[str | None, ...]
) -> Trigger | None:
    """The trigger as its sentence reads it: unchanged, re-typed (a verbal attack is ACCUSE),
    or None when the word does not mean the event here.

    A cue in the sentence, or a party of a kind the sense names (a state or an armed group
    attacks with force: "Germany launched an attack on France"), keeps the event.
    """
    lexicon = document.lexicon
    lemma = token.lemma_.lower()
    kinds = {document.actors.get(p).kind for p in parties if document.actors.get(p) is not None}
    for sense in lexicon.senses:
        if sense.type != trigger.type or lemma not in sense.triggers:
            continue
        if sense.becomes is not None:  # another event with a cue, else the word as it is
            if token.pos_ == "NOUN" and _has_cue(sense, token):
                kind, _, mode = sense.becomes.partition("/")
                return trigger.changed(kind, mode or None, f"{sense.name} reading -> {kind}")
            continue
        if _has_cue(sense, token):
            continue
        if lemma in sense.verbal and sense.otherwise and _spoken(document, sense, token):
            return trigger.changed(
                sense.otherwise, None, f"{sense.name} said in words -> {sense.otherwise}"
            )
        if kinds & sense.actor_kinds:
            continue
        if lemma in sense.verbal and sense.otherwise:
            return trigger.changed(
                sense.otherwise,
                None,
                f"no cue of {sense.name} in the sentence -> {sense.otherwise}",
            )
        return None
    return trigger


def people_word(document: Document, token: Token) -> bool:
    """A head noun that names people ("fighters", "protesters", "officials")."""
    lexicon = document.lexicon
    lemma = token.lemma_.lower()
    return lemma in lexicon.people or lemma in lexicon.state_agents
