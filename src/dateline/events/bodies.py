"""The party an event is done to when the text names it through a body or a building of it
(session 47): "called on the authorities of Kestria" (Kestria, not a bare "authorities"),
"marched against Vesk's government" (Vesk), "police officers protested outside the Interior
Ministry" (the ministry), "rallied outside the headquarters of Kellan Foods" (Kellan Foods),
"struck against the state oil company" (the company), "called out the army to quell the
protests" (those protesting)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from dateline.actors.gazetteer import town
from dateline.actors.knowledge import knowledge, plain
from dateline.events.arguments import OUTSIDE_STATE
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.participants import PRONOUN_TAGS, named_people
from dateline.text.doctext import objects_of

# a state's or a ruler's body, named by what it is rather than by its name: a target that is
# only this word says nothing of whose body it is, its owner ("the authorities of Kestria",
# "Vesk's government") does
BODY_WORDS = {"authorities", "authority", "government", "regime", "administration",
              "leadership", "leaders", "rulers", "junta", "cabinet"}  # fmt: skip

# where a protest stands when it stands at a building ("outside the ministry", "in front of
# the parliament", "at the company's headquarters")
AT_BUILDING = {"outside", "at", "near", "before", "front"}
# where a march goes when it goes to a building ("marched on the presidential palace", "to the
# ministry"): it addresses the building's owner as one standing there does (session 56)
TO_BUILDING = {"on", "to", "toward", "towards"}
# a building that is some party's: the party is its possessor or its "of" object
BUILDINGS = {"headquarters", "office", "offices", "building", "palace", "residence",
             "compound", "gates", "gate", "premises", "plant", "factory", "home",
             "house"}  # fmt: skip
# a court is where a trial is held: protesters outside it back or oppose a party to the case
# as often as the court, so its building says nothing of whom the protest addresses
COURT_WORDS = {"court", "courthouse", "tribunal"}

# who employs or rules those who strike or protest "against" it, a party though it is named
# by a common noun ("went on strike against the state oil company")
EMPLOYERS = {"company", "firm", "employer", "employers", "management", "corporation",
             "ministry", "airline", "carrier", "operator", "owner", "owners", "bank",
             "university", "council", "board", "municipality"}  # fmt: skip

# what forces are sent out to do to a protest ("to quell the protests", "to put down the
# riots", "to disperse the demonstrators")
QUELLING = {"quell", "crush", "suppress", "disperse", "contain", "subdue", "repress",
            "control", "break", "put", "stop", "end", "confront"}  # fmt: skip
# those in a protest, whom forces are sent against ("to disperse the demonstrators"); the
# protest itself ("to quell the protests", "the unrest") is an act, no party (the blind
# sheets judged "the protests" as a target wrong; session 48): the target is left open
PROTESTING = {"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters",
              "striker", "strikers", "crowd", "crowds", "marcher", "marchers"}  # fmt: skip


def body_owner(document: Document, draft: Draft) -> Token | None:
    """The owner of a body a target names only by what it is: "called on the authorities of
    Kestria" (Kestria), "urged Vesk's government to step aside" (Vesk), "protested against
    the regime of King Ferris" (Ferris), "urged Sudan's military rulers to hand over power"
    (Sudan; the object, when the target was only the nearest actor or none). The target was
    the word alone, or another phrase, which says nothing of whose body is acted on. A body
    with a name of its own ("the Kestrian government", "the Interior Ministry") keeps it, and
    a pronoun owner ("its government") is left as it is."""
    bodies = [draft.target_token] if draft.target_token is not None else []
    if (draft.target is None and draft.target_phrase is None) or draft.target_nearest:
        bodies += [c for c in draft.token.children if c.dep_ == "dobj"]
    for body in bodies:
        if (owner := _owner(document, draft, body)) is not None:
            return owner
    return None


def _owner(document: Document, draft: Draft, token: Token) -> Token | None:
    if token.lower_ not in BODY_WORDS:
        return None
    actors = document.actors
    actor = actors.get(actors.at(token))
    if actor is not None and actor.name.lower().removeprefix("the ") != token.lower_:
        return None  # a body with a name of its own
    if any(
        c.dep_ in ("amod", "compound") and c.i < token.i and c.text[:1].isupper()
        for c in token.children
    ):
        return None  # "the Kestrian authorities", "the Vesk government": named already
    if any(c.dep_ in ("compound", "amod") and c.lower_ in OUTSIDE_STATE for c in token.children):
        return None  # "the opposition leaders": no state's body (session 48)
    seats = _seat(token)
    owners = _owners(token) + seats
    verbal = document.lexicon.quad_class.get(draft.trigger.type, "").startswith("verbal")
    for owner in owners:
        if owner.tag_ in PRONOUN_TAGS:
            continue
        found = document.actors.at(owner)
        if found is not None:
            if found != draft.source:
                return owner
            continue
        # a country the actor stage made no actor of: one appeals to or accuses a state by its
        # name ("called on the authorities of Kestria"); a material act keeps its actor
        # (or by its capital: "urged the authorities in Khartoum", session 48)
        known = knowledge()
        country = known.country_names.get(owner.text.lower()) or known.capitals.get(
            plain(owner.text)
        )
        seat = owner.ent_type_ == "GPE" or (owner.pos_ == "PROPN" and owner in seats)
        if verbal and seat and country is not None:
            return owner
    return None


def _seat(token: Token) -> list[Token]:
    """The country, or the capital that stands for its government, a body is "in" ("called on
    the authorities in Sudan", "urged the authorities in Khartoum", session 48): whose body it
    is. A province, a town that is no capital or a region ("the authorities in Idlib", "in the
    north") may be held by anyone and says nothing of whose body it is."""
    known = knowledge()
    seats = []
    for place in objects_of(token, "in"):
        # the small model may label a country's name wrongly ("Niger" as a date): the name
        # decides, the label only where it is a GPE's
        entity = next((e for e in place.sent.ents if e.start <= place.i < e.end), None)
        if entity is not None and entity.label_ == "GPE":
            name = plain(entity.text).removeprefix("the ")
        elif place.pos_ == "PROPN":
            name = plain(place.text)
        else:
            continue
        if name in known.country_names or name in known.capitals:
            seats.append(place)
    return seats


def _owners(token: Token) -> list[Token]:
    """Whose a body or a building is: its possessor, then its "of" objects ("Vesk's
    government", "the headquarters of Kellan Foods")."""
    return [c for c in token.children if c.dep_ == "poss"] + objects_of(token, "of")


def building_protested(document: Document, draft: Draft) -> Token | None:
    """ "Police officers protested outside the Interior Ministry over pay", "rallied in front
    of the parliament", "gathered at Kellan Foods' headquarters", "marched on the presidential
    palace": a protest at or to a body's
    building addresses that body, when its clause names no one else (an embassy's state is
    ``trust.embassy_protested``'s). A place that is no party's ("outside the station", "in
    the square") and a court, where protesters back or oppose a party to a case, are left
    open. A "presidential" palace with no owner named is the president's the article names
    (session 53, ``_the_president``)."""
    token = draft.token
    if draft.trigger.type != "PROTEST" or token.pos_ != "VERB":
        return None
    for noun in site_nouns(token, AT_BUILDING | TO_BUILDING, in_front=True):
        if (found := _building_party(document, draft, noun)) is not None:
            return found
    return None


def site_nouns(token: Token, preps: set[str], in_front: bool = False) -> Iterator[Token]:
    """The nouns a verb's place prepositions ``preps`` name ("outside the ministry"), one
    preposition after another, each with the building named by "of" on a "front" among them;
    with ``in_front`` also "in front of the ministry", where "in" names nothing else."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ not in preps and not (in_front and prep.lower_ == "in"):
            continue
        nouns = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in":  # "in front of": only the building "of" names
            nouns = [n for n in nouns if n.lower_ == "front"]
        # "in front of the ministry": the building is the object of "of" on "front"
        nouns += [o for n in list(nouns) if n.lower_ == "front" for o in objects_of(n, "of")]
        yield from nouns


def _building_party(document: Document, draft: Draft, noun: Token) -> Token | None:
    if noun.lemma_.lower() in COURT_WORDS or any(
        w.lower_ in COURT_WORDS for w in noun.subtree if w.i <= noun.i
    ):
        return None
    actors = document.actors
    actor = actors.get(actors.at(noun))
    if actor is not None:
        if actor.id != draft.source and actor.kind in ("government", "organisation"):
            return noun  # "outside the Interior Ministry"
        return None
    if noun.lower_ not in BUILDINGS:
        return None
    owners = _owners(noun)
    for owner in owners:
        found = actors.get(actors.at(owner))
        if found is not None and found.id != draft.source and found.kind != "country":
            return owner  # "outside the headquarters of Kellan Foods"
    if not owners and any(c.lower_ == "presidential" for c in noun.children if c.dep_ == "amod"):
        return _the_president(document, draft)  # "outside the presidential palace"
    return None


# the words before "president" in a role that say the office is not held now or is another
NOT_THE_PRESIDENT = {"vice", "former", "ex", "late", "senior", "executive", "deputy"}


def _the_president(document: Document, draft: Draft) -> Token | None:
    """The president whose palace or residence a protest stands at, when the article names one
    before it and only one (a person whose role is "president"): "President Ivo Dren faced
    growing anger ... Lawyers protested outside the presidential palace" (session 53: the blind
    judges found such a protest left with no target). Not the doer; none with two presidents
    named (a visitor's and a host's), none named before, nor one of another country than the
    places the sentence names ("the presidential palace in Orsk")."""
    actors = document.actors
    found: dict[str, int] = {}
    for index, actor_id in actors.by_token.items():
        actor = actors.get(actor_id)
        if actor is None or actor.kind != "person" or actor.id == draft.source:
            continue
        words = (actor.role or "").lower().split()
        if words[-1:] == ["president"] and not NOT_THE_PRESIDENT & set(words):
            found[actor.id] = min(index, found.get(actor.id, index))
    if len(found) != 1:
        return None
    ((president, first),) = found.items()
    country = actors.get(president).country
    if country is not None and any(c != country for c in _countries_named(draft.token.sent)):
        return None  # "the presidential palace in Orsk" of another country than his
    return document.doc[first] if first < draft.token.i else None


def _countries_named(sentence: Span) -> set[str]:
    """The countries (alpha-3) of the places a sentence names: a country, a capital or a town."""
    known = knowledge()
    found = set()
    for entity in sentence.ents:
        if entity.label_ != "GPE":
            continue
        name = plain(entity.text)
        code = known.place(name) or getattr(town(name), "country", None)
        if code is not None:
            found.add(code)
    return found


def employer_struck(document: Document, draft: Draft) -> Token | None:
    """The one who employs or rules those protesting, named by a common noun as what the
    protest is "against" ("went on strike against the state oil company", "walked out against
    the management", "protested against the ministry"): a party, not a cause protested, though
    the actor stage made no actor of it. The "against" may hang on the verb or on the protest's
    own noun ("a strike against the airline"). A cause ("against the new fees") is no one."""
    if draft.trigger.type != "PROTEST":
        return None
    heads = [draft.token]
    if draft.target_token is not None and draft.target_token.i != draft.token.i:
        heads.append(draft.target_token)  # "went on strike": the entry's own noun
    heads += objects_of(draft.token, "on")  # "went on strike against": on the noun
    for head in heads:
        for thing in objects_of(head, "against"):
            owner = document.actors.at(thing)
            if thing.tag_ in PRONOUN_TAGS or (owner is not None and owner == draft.source):
                continue
            if thing.lemma_.lower() in EMPLOYERS or thing.lower_ in EMPLOYERS:
                return thing
    return None


def protest_quelled(document: Document, draft: Draft) -> Token | None:
    """Those in a protest that forces are sent out to quell: "deployed troops to disperse the
    demonstrators", "sent police to confront the strikers". The protesters are the ones the
    mobilisation acts on. The protest itself ("to quell the protests", "to put down the
    riots") is an act, not the people in it: no party (session 48 narrowed session 47's rule,
    which took the protest for those in it). A mobilisation sent to do anything else ("to help
    the flood victims", "to guard the border") is left as it is. Those the forces are sent
    "against" are acted on too, whatever the clause does ("deployed troops against the
    rioters", "sent troops to restore order against rioters"; session 49), and so are those in
    a protest they are sent against, where the paragraph names them ("called out the army
    against the protests"; session 55)."""
    if draft.trigger.type != "MOBILIZE":
        return None
    token = draft.token
    clauses = [
        c for c in token.subtree if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.i > token.i
    ]
    for verb in (token, *clauses):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        things = objects if verb.lemma_.lower() in QUELLING else []
        # "against" on the verb or on its object ("to restore order against rioters")
        things += [g for host in (verb, *objects) for g in objects_of(host, "against")]
        for thing in things:
            if thing.lower_ in PROTESTING or thing.lemma_.lower() in PROTESTING:
                return thing
        # "to quell the protests", "called out the army against the protests" (session 55)
        acts = [*objects] if verb.lemma_.lower() in QUELLING else []
        acts += [g for host in (verb, *objects) for g in objects_of(host, "against")]
        if any(t.lemma_.lower() in PROTESTS for t in acts):
            return protesters_named(document, draft.token)
    return None


# a protest named as an act, whose people forces are sent to quell ("to quell the protests")
PROTESTS = {"protest", "demonstration", "unrest", "riot", "rioting", "rally", "march",
            "uprising", "disturbance"}  # fmt: skip


def protesters_named(document: Document, token: Token) -> Token | None:
    """Those in the protest a mobilisation quells, where its paragraph names them: protesters,
    demonstrators or a crowd (the lexicon's ``protest_people``, or "thousands of" them) as a
    subject in its sentence or
    the two before ("Thousands of protesters marched on the palace. The president called out
    the army to quell the protests": session 53, the blind judges found the target left empty).
    The protest itself is an act, no party (session 48): with no one named, None."""
    people = document.lexicon.protest_people
    paragraph = document.paragraph_of.get(token.i)
    sentence = token.sent
    for _ in range(3):
        found = next(
            (
                t
                for t in sentence
                if t.dep_ in ("nsubj", "nsubjpass")
                and people & {w.lemma_.lower() for w in (t, *objects_of(t, "of"))}
                and named_people(document, t)
            ),
            None,
        )
        if found is not None:
            return found
        if sentence.start == 0:
            return None
        sentence = document.doc[sentence.start - 1].sent
        if document.paragraph_of.get(sentence.start) != paragraph:
            return None  # another paragraph: its protesters are not this one's
    return None


# where an act on someone happened, an event or a place whose owner is no one acted on
# ("stopped a protester at a Clinton rally", "detained two men during the minister's visit")
VENUE_PREPS = {"at", "during", "outside", "inside"}


def object_before_venue(document: Document, draft: Draft) -> Token | None:
    """The people a material act is done to, its direct object, where the target was taken
    from the venue it happened at: "Secret Service stops protester at Hillary Clinton rally",
    "police detained a protester at a Trump rally" (the protester, not the candidate whose
    rally it was). Only an object that names people or an actor other than the doer; an object
    that is a thing ("seized weapons at the port") leaves the target as it was."""
    token, target = draft.token, draft.target_token
    material = document.lexicon.quad_class.get(draft.trigger.type, "").startswith("material")
    if not material or token.pos_ != "VERB" or target is None:
        return None
    venue = target if target.dep_ == "pobj" else target.head
    if venue.dep_ != "pobj" or venue.head.lower_ not in VENUE_PREPS:
        return None
    if venue.head.head.i != token.i and venue.head.head.head.i != token.i:
        return None
    for thing in (c for c in token.children if c.dep_ == "dobj"):
        if thing.tag_ in PRONOUN_TAGS or thing.i > venue.i:
            continue
        actor = document.actors.at(thing)
        if (actor is not None and actor != draft.source) or named_people(document, thing):
            return thing
    return None
