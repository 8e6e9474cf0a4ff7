"""Which tokens are event triggers, and how the words around a trigger change its type.

``trigger_of`` looks a token up in the lexicon, trying its longer entries first ("call for"
before "call"). ``frame_of`` reads the verbs that govern a trigger: PLOVER codes an intention to
cooperate ("pledged to send aid") as AGREE and a refusal ("refused to lift the sanctions") as
REJECT; ``recode`` applies that.
"""

from __future__ import annotations

from typing import Literal

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from dateline.actors.gazetteer import large_town_named
from dateline.event_lexicon import Lexicon, Trigger
from dateline.text.doctext import Verdicts, indices_where, objects_of

Frame = Literal["intent", "refusal"]

# a verb's words that can complete a multi-word entry: particle, preposition, object head
_COMPLEMENT_DEPS = {"prt", "prep", "dobj", "attr", "acomp", "oprd", "dative", "advmod"}
_GOVERNING_DEPS = {"xcomp", "ccomp", "advcl", "conj"}
_CLAUSE_DEPS = {"xcomp", "ccomp", "advcl"}
SUMS = {"dollar", "euro", "pound", "yen", "franc", "million", "billion", "amount", "sum"}
CHAIN = 8  # verbs walked up from the trigger: far enough for any clause of a news sentence


def _is_time_phrase(preposition: Token) -> bool:
    """ "on Thursday" is when, not what: "called on Thursday" is no "call on"."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in preposition.children)


def _verb_trigger(token: Token, lexicon: Lexicon, children: list[Token]) -> Trigger | None:
    lemma = token.lemma_.lower()
    words = []
    objected = any(c.dep_ == "dobj" for c in children)
    for child in children:
        if child.dep_ in _CLAUSE_DEPS:  # "called for troops to withdraw": "for" marks the clause
            words += [g.lower_ for g in child.children if g.dep_ == "mark" and g.i < child.i]
        if child.dep_ not in _COMPLEMENT_DEPS or child.i < token.i:
            continue
        if child.dep_ == "prep" and _is_time_phrase(child):
            continue
        if child.dep_ == "prep" and child.lower_ == "in" and objected:
            continue  # "gave the message to Abe in talks": where, no "give in"
        words.append(child.lower_ if child.dep_ in ("prt", "prep", "advmod") else child.lemma_)
        if child.dep_ == "dobj" and _sum(child):  # "approved $40 million in loans": loans
            words += [g.lemma_ for g in _sum_of(child)]
        if child.dep_ == "prep":  # "took them into custody", "placed under arrest"
            words += [g.lemma_ for g in child.children if g.dep_ == "pobj"]
    if (
        token.dep_ in ("relcl", "acl")
        and not objected
        and any(c.dep_ == "nsubj" for c in token.children)
    ):
        # "the loan the bank approved", "the amount in subsidies the board approved": the noun
        # a relative clause with its own subject hangs on is its object
        words.append(token.head.lemma_)
        if _sum(token.head):
            words += [g.lemma_ for g in _sum_of(token.head)]
    words = [w.lower() for w in words]
    for first in words:  # three-word entries: "pull out of", "put on alert"
        for second in words:
            if first != second and (found := lexicon.verbs.get(f"{lemma} {first} {second}")):
                return found
    for word in words:
        if found := lexicon.verbs.get(f"{lemma} {word}"):
            return found
    return lexicon.verbs.get(lemma)


def _sum(token: Token) -> bool:
    """A sum of money or a number as a phrase's head ("$40 million", "200 million dollars")."""
    return token.ent_type_ == "MONEY" or token.tag_ in ("$", "CD") or token.lemma_ in SUMS


def _sum_of(token: Token) -> list[Token]:
    """What a sum is a sum of: the noun of its "in" or "of" phrase ("$40 million in loans")."""
    return [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _noun_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i < token.i:
            if found := lexicon.nouns.get(f"{child.lemma_.lower()} {lemma}"):
                return found
        elif child.dep_ == "prep" and child.i > token.i:
            # "exchange of fire" is fighting, though an "exchange" alone is cooperation
            for word in (g.lemma_.lower() for g in child.children if g.dep_ == "pobj"):
                if found := lexicon.nouns.get(f"{lemma} {child.lower_} {word}"):
                    return found
            found = lexicon.nouns.get(f"{lemma} {child.lower_}")
            if found:
                return found
    return lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_)


def trigger_candidates(doc: Doc, lexicon: Lexicon) -> list[int]:
    """The tokens ``trigger_of`` may find an entry for, in order: a lemma that begins a verb
    entry or begins or ends a noun entry, or a form that is a noun entry. For every other token
    it finds none, so no ``Token`` need be made for it. Both tests' verdicts are kept from
    document to document for the lexicon (``indices_where``'s memo; a lexicon is not changed
    once loaded: its word sets are cached properties)."""
    memos = _candidate_memos.get(id(lexicon))
    if memos is None or memos[0] is not lexicon:
        if len(_candidate_memos) >= _MEMO_LEXICONS:
            _candidate_memos.clear()
        memos = _candidate_memos[id(lexicon)] = (lexicon, Verdicts(), Verdicts())
    words, nouns = lexicon.trigger_words, lexicon.nouns
    by_lemma = indices_where(doc, LEMMA, lambda lemma: lemma.lower() in words, memos[1])
    by_form = indices_where(doc, LOWER, lambda lower: lower in nouns, memos[2])
    return sorted({*by_lemma, *by_form})


_MEMO_LEXICONS = 8  # lexicons whose candidate verdicts are kept (one in a run, a few in tests)
_candidate_memos: dict[int, tuple[Lexicon, Verdicts, Verdicts]] = {}


def trigger_of(token: Token, lexicon: Lexicon) -> Trigger | None:
    """The lexicon entry a token triggers, if any."""
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
        if token.pos_ == "AUX" or token.lemma_.lower() not in lexicon.verb_heads:
            return None  # no entry begins with this verb (checked first: most verbs are none)
        children = list(token.children)  # (read once for every test below: a Token each)
        predicates = [c for c in children if c.dep_ == "oprd"]
        if any(c.pos_ in ("NOUN", "PROPN") for c in predicates) or (
            predicates and token.lemma_.lower() in lexicon.naming
        ):  # "called the session a serious conversation", "calling the flow too low" name;
            return None  # "shot dead" acts
        if token.lemma_.lower() in lexicon.naming and _quoted_predicate(token):
            return None  # 'called his statement "wrong"': the quotation is what it is called
        if token.lemma_.lower() in lexicon.naming and _predicate_misread(token):
            return None  # "called the Iran deal a road to ruin": the parse lost the predicate
        if any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in lexicon.anonymity
            and any(g.dep_ == "neg" for g in c.children)
            for c in children
        ):
            return None  # "an official who asked not to be named" requests nothing
        found = _verb_trigger(token, lexicon, children)
        if found is None or (found.type == "ACCUSE" and _charge_named(token)):
            return None  # "the accused killer", "an indicted banker": who he is, no act told
        return _by_form(token, found, lexicon, children)
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.ent_type_ == ""):
        if token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            return None
        if token.lemma_.lower() not in lexicon.noun_ends and token.lower_ not in lexicon.nouns:
            return None  # in no entry
        if _a_settled_place(token):
            return None  # "the Jewish settlement of Beit El" is a place, no settlement reached
        found = _noun_trigger(token, lexicon)
        if found is not None and found.type == "AID" and _goods_not_given(token):
            return None  # "steel shipments to the U.S.", "their Brazilian loans": trade, stock
        if found is not None and found.mode == "access" and _access_held(token):
            return None  # "Sprint does not have access to Mexico": a state, no entry allowed
        if found is not None and found.type in HELD_TYPES and _a_tie_held(token, found.type):
            return None  # "the party has a standing agreement with the union": a state
        return found
    return None


# the nouns after an object that are a time, not what it is called ("called Lee a day later")
TIME_NOUNS = {"day", "week", "month", "year", "hour", "minute", "time", "night", "morning",
              "evening", "afternoon", "weekend", "decade"}  # fmt: skip


def _predicate_misread(verb: Token) -> bool:
    """A naming verb whose object is followed by a second noun phrase the parse did not mark as
    its predicate: in "called the Iran deal a road to ruin" it reads "deal" as a verb and "a
    road" as its object. A noun (or pronoun) right before "a"/"an" that opens a noun phrase,
    within the verb's words up to the first comma, is the object and its predicate: the verb
    says what the object is, and calls nobody. A time noun after it ("called Lee a day later")
    is when."""
    doc = verb.doc
    end = min(verb.right_edge.i, verb.i + 12)
    for i in range(verb.i + 1, end):
        word, after = doc[i], doc[i + 1]
        if word.is_punct or word.lower_ in ("to", "that", "and", "but"):
            return False
        # a noun, or a noun the parse took for a verb ("deal")
        if word.pos_ not in ("NOUN", "PROPN", "PRON", "VERB") or after.lower_ not in ("a", "an"):
            continue
        phrase = after.head
        if phrase.pos_ == "NOUN" and phrase.i > after.i and phrase.lemma_.lower() not in TIME_NOUNS:
            return True
    return False


# the doers whose defence of a party is military (PLOVER 3.3.2: "military cooperation or
# defense should be coded as COOPERATE"), not the words of support "defended the plan" are
FORCES = {"army", "military", "troop", "troops", "soldier", "force", "forces", "militia",
          "fighter", "navy", "marine", "paratrooper", "guard", "battalion", "brigade", "unit",
          "regiment", "division", "peacekeeper", "mercenary", "commando", "airforce"}  # fmt: skip
# where a force fights, not whom it stands by: "defended the city", "defended their positions"
HELD = {"city", "town", "village", "position", "line", "border", "base", "territory", "area",
        "capital", "airport", "port", "bridge", "stronghold", "front", "frontline", "outpost",
        "perimeter", "post", "region", "province", "district", "hill", "homeland"}  # fmt: skip
# where a side pushes or presses on to, not what it asks ("pushed forward into Iraq")
ONWARD = {"forward", "ahead", "onward", "onwards", "deeper", "further", "farther", "into",
          "through", "toward", "towards"}  # fmt: skip
# what a force is sent to do when it is aid (PLOVER 3.6 and 3.14.1: military and police
# assistance, forces mobilised for disaster relief)
ASSISTING = {"assist", "help", "aid", "support", "bolster", "reinforce"}
RELIEF = {"relief", "rescue", "reconstruction", "recovery", "aid", "assistance", "help"}


def _by_form(
    token: Token, trigger: Trigger, lexicon: Lexicon, children: list[Token]
) -> Trigger | None:
    """The trigger as its clause's form types it: a force's defence of a party is military
    cooperation; a force sent to help is aid; a side that pushes or presses on asks nothing.
    (``children``: the verb's, read once by ``trigger_of``.)"""
    lemma = token.lemma_.lower()
    if trigger.type == "SUPPORT" and lemma == "defend" and _force(_doer(token)):
        defended = next((c for c in children if c.dep_ == "dobj"), None)
        if defended is None or not _a_party(defended, lexicon):
            return None  # a force holding ground ("defended Aleppo"): fighting, no one supported
        return trigger.changed("COOPERATE", None, "defended by armed forces -> COOPERATE")
    onward = any(c.dep_ in ("advmod", "prt", "prep") and c.lower_ in ONWARD for c in children)
    if (
        trigger.type == "REQUEST"
        and lemma in ("push", "press")
        and onward
        and not _objected(token)
        and not _protesters(token, lexicon)
    ):
        return None  # "pushed forward into Iraq", "pressed ahead with the reform"
    if trigger.type == "MOBILIZE" and _sent_to_help(token):
        return trigger.changed("AID", None, SENT_TO_HELP)
    if trigger.type == "COERCE" and lemma in FORCING and _forced_back(token, lexicon):
        return trigger.changed("ASSAULT", None, FORCED_BACK)
    if trigger.type == "SANCTION" and lemma == "expel" and _driven_out(token):
        return trigger.changed("ASSAULT", None, FORCED_BACK)
    closing_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in children)
    if lemma == "close" and closing_in and not _protesters(token, lexicon):
        # "troops closing in on the city": an advance, nothing closed (protesters closing in
        # on a building protest: ``trust.protesters_moving``)
        return None
    if trigger.type == "COERCE" and trigger.mode == "arrest" and _a_place_taken(token):
        return trigger.changed("COERCE", "seize", PLACE_TAKEN)
    if trigger.type == "ASSAULT" and _crowd_control(token):
        return trigger.changed("ASSAULT", "crowd-control", CROWD_CONTROL)
    if trigger.type == "ASSAULT" and _cyber(token):
        return trigger.changed("COERCE", "cyber", CYBER)
    if trigger.type == "AGREE" and lemma == "propose" and _a_measure_proposed(children):
        return None  # "Bush proposed more troops for Iraq": a policy put to no other party
    if trigger.type == "ACCUSE" and lemma == "contest" and _a_race_run(children):
        return None  # "both candidates are contesting Ohio", "contested the seat": a campaign
    if lemma == "hit" and _a_level_reached(token):
        return None  # "the surplus hit a record", "prices hit a new high": a figure, no blow
    if (
        trigger.type == "PROTEST"
        and trigger.mode == "boycott"
        and _workers_walked_out(token, lexicon)
    ):
        return trigger.changed("PROTEST", "strike", WORKERS_OUT)
    if trigger.type == "SANCTION" and lemma == "stop" and _a_person_stopped(token, lexicon):
        return trigger.changed("COERCE", None, PERSON_STOPPED)
    if trigger.type == "REQUEST" and lemma == "summon" and _an_envoy(token):
        return trigger.changed("ACCUSE", "disapprove", ENVOY_SUMMONED)
    if trigger.type == "COOPERATE" and lemma in JOINT_WORK and _routine_work(token):
        return None  # "the Coast Guard is working with the Corps", "worked with Marcos"
    if trigger.type == "AGREE" and lemma == "approve" and _a_thing_approved(token):
        return None  # "the FDA approved the drug", "the league approved the advert": a ruling
    if trigger.type == "AGREE" and lemma == "accept" and _money_accepted(children):
        return None  # "the campaign accepted donations from the firm": money taken, no accord
    if trigger.type == "RETREAT" and trigger.mode == "withdraw" and _a_paper_withdrawn(token):
        return None  # "vacating an earlier decision", "withdrew the suit": no ground given up
    return trigger


# what a court or a party "vacates" or "withdraws" that is a paper of law or business, not
# ground or forces (PLOVER 3.7 RETREAT withdraw: "retreat from territory or withdraw forces")
PAPERS = {"decision", "ruling", "judgment", "judgement", "order", "verdict", "conviction",
          "sentence", "injunction", "suit", "lawsuit", "claim", "complaint", "motion",
          "petition", "appeal", "application", "bid", "offer", "proposal", "tender",
          "registration", "filing", "plan", "bill", "forecast", "guidance", "recommendation",
          "rating", "permit", "licence", "license", "patent", "warrant"}  # fmt: skip


def _a_paper_withdrawn(verb: Token) -> bool:
    """ "The court reinstated the suit, vacating an earlier decision dismissing it", "the firm
    withdrew its offer", "withdrew the lawsuit": a withdrawal whose object (or passive subject)
    is a paper of law or business (``PAPERS``): no territory left and no forces pulled back.
    "Withdrew its troops", "vacated the base", "withdrew from the talks" keep their RETREAT."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return len(objects) == 1 and objects[0].lemma_.lower() in PAPERS


# what a figure "hits" when it reaches a level ("hit a record", "hit a six-year low")
LEVELS = {"record", "high", "low", "peak", "level", "bottom", "mark", "milestone", "ceiling",
          "threshold", "plateau", "all-time"}  # fmt: skip
WORKERS_OUT = "workers walked out -> PROTEST strike (session 45)"
PERSON_STOPPED = "a person stopped -> COERCE (session 45)"
# PLOVER 3.2.1: an ambassador called in to hear a complaint is ACCUSE, not a meeting or a request
ENVOY_SUMMONED = "an envoy summoned -> ACCUSE disapprove (session 45)"
ENVOYS = {"ambassador", "envoy", "diplomat", "chargé", "attaché", "consul", "emissary",
          "ambassadors", "envoys", "diplomats"}  # fmt: skip


# what a proposal offers another party (PLOVER 3.3: a ceasefire, talks, a settlement, an exchange)
OFFERED = {"ceasefire", "cease-fire", "truce", "armistice", "talks", "negotiation", "dialogue",
           "peace", "settlement", "deal", "agreement", "accord", "pact", "treaty", "exchange",
           "swap", "meeting", "summit", "compromise", "partnership", "alliance", "cooperation",
           "mediation"}  # fmt: skip
ADDRESSEE_PREPS = {"to", "with", "between"}


def _a_measure_proposed(children: list[Token]) -> bool:
    """ "President Bush proposed 21,500 more troops for Iraq and a jobs programme": "propose"
    whose object is a measure of the proposer's own (troops, money, a programme) and that is
    put to no party ("to", "with", an indirect object). PLOVER's AGREE is an offer or a promise
    to cooperate with someone (3.3); a policy put forward offers nothing to anyone. A ceasefire,
    talks or a settlement proposed offer them to the other side, and stay."""
    if any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS) for c in children
    ):
        return False
    proposed = next((c for c in children if c.dep_ == "dobj"), None)
    if proposed is None or proposed.pos_ in ("PROPN", "PRON"):
        return False
    words = {proposed.lemma_.lower()} | {
        c.lemma_.lower() for c in proposed.children if c.dep_ in ("compound", "amod")
    }
    return not words & OFFERED


# what a candidate or a party runs for: an election contested as a race, not disputed
RACES = {"seat", "race", "primary", "primaries", "caucus", "caucuses", "constituency",
         "district", "ward", "riding", "nomination", "mayoralty", "governorship",
         "presidency", "state", "states"}  # fmt: skip


def _a_race_run(children: list[Token]) -> bool:
    """ "Clinton and Trump are contesting Ohio", "the party will contest every seat": "contest"
    whose object is a place or a race run in an election, the candidates' campaign, not the
    legal or verbal challenge PLOVER codes as ACCUSE ("contested the ruling", "contests the
    charges", "contested the result" stay)."""
    contested = next((c for c in children if c.dep_ == "dobj"), None)
    if contested is None:
        return False
    return contested.ent_type_ in ("GPE", "LOC") or contested.lemma_.lower() in RACES


def _a_level_reached(verb: Token) -> bool:
    """ "hit a record", "hit a three-year low", "hit a record 18 billion dollars", "hit 5
    percent": the object is a level or a sum a figure reaches."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        words = [c] + [g for g in c.children if g.dep_ in ("nmod", "amod", "compound")]
        if any(w.lemma_.lower() in LEVELS for w in words):
            return True
        if c.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
            return True
    return False


def _workers_walked_out(verb: Token, lexicon: Lexicon) -> bool:
    """ "workers walked out", "9,000 union members walked out at the plant": a strike (PLOVER
    3.12), not a boycott. Walking out *of* something (talks, a session, a meeting) stays a
    boycott, as does a walkout by anyone the walkout sense does not name as workers."""
    outs = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "out"]
    if verb.lemma_.lower() != "walk" or not outs:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for h in [verb, *outs] for c in h.children):
        return False
    doer = _clause_doer(verb)
    if doer is None:
        return False
    cues = next((s.cues for s in lexicon.senses if s.name == "walkout"), frozenset())
    return any(t.lemma_.lower() in cues or t.lower_ in cues for t in doer.subtree)


def _a_person_stopped(verb: Token, lexicon: Lexicon) -> bool:
    """ "stopped a protester", "stopped the journalist at the border": a person held up, coercion
    (PLOVER 3.15), not the halt of an exchange a SANCTION is ("stopped aid")."""
    stopped = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if stopped is None:
        return False
    return (
        stopped.ent_type_ == "PERSON"
        or stopped.lemma_.lower() in lexicon.protest_people
        or (stopped.lemma_.lower() in PEOPLE_STOPPED)
    )


# people whom security forces stop ("stopped a protester", "stopped two journalists")
PEOPLE_STOPPED = {"protester", "demonstrator", "activist", "journalist", "reporter", "man",
                  "woman", "person", "migrant", "refugee", "driver", "suspect", "student",
                  "heckler", "passenger", "traveller", "traveler", "motorist"}  # fmt: skip


def _an_envoy(verb: Token) -> bool:
    """ "summoned the British ambassador", "summoned Kestria's envoy": the object is an envoy."""
    called = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if called is None:
        return False
    words = [called] + [c for c in called.children if c.dep_ in ("compound", "appos")]
    words += [t for t in called.subtree if t.dep_ == "appos"]
    return any(w.lemma_.lower() in ENVOYS or w.lower_ in ENVOYS for w in words)


# the verbs of forcing, and the moves of a side driven off in fighting
FORCING = {"force", "compel", "drive"}
FALLING_BACK = {"retreat", "withdraw", "evacuate", "fall", "flee", "abandon", "surrender", "pull"}
FORCED_BACK = "a force driven back in fighting -> ASSAULT"


def _forced_back(verb: Token, lexicon: Lexicon) -> bool:
    """An armed side forced back or into retreat ("forced back to the capital by rebel troops",
    "won at Five Forks, forcing Lee to evacuate Richmond", "the army was forced to retreat"):
    the fighting that drove it, PLOVER's ASSAULT, not a coercion short of violence. The doer
    (the subject, a passive's agent, or the subject of the clause a participle hangs on) or the
    side forced is an armed force (``FORCES``), and the move is a retreat ("back", or an
    infinitive of retreat with no object but a place). "Protests forced the government to
    withdraw the bill" (no force, and a bill withdrawn) and police forcing protesters back
    (PLOVER 3.16.2: a restriction) stay COERCE."""
    back = any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in FALLING_BACK:
            objects = [g for g in c.children if g.dep_ == "dobj"]
            back = back or all(g.ent_type_ in ("GPE", "LOC", "FAC") for g in objects)
    if not back:
        return False
    doer = _clause_doer(verb)
    forced = _taken(verb)
    if forced is not None and forced.lemma_.lower() in lexicon.protest_people:
        return False
    sides = [doer] if doer is not None else []
    if forced is not None:
        sides += [forced, *forced.conjuncts]
    return any(_force(side) for side in sides)


def _driven_out(verb: Token) -> bool:
    """Armed forces expelled from a place by armed forces ("attacked, expelling the rebel forces
    from the capital"): driven out in fighting (ASSAULT), not the expulsion of a diplomat or an
    organisation that reduces relations (SANCTION); "expelled the ambassador" stays."""
    doer = _clause_doer(verb)
    expelled = _taken(verb)
    if expelled is None or not _force(expelled):
        return False
    return _force(doer) or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


# the provenance of a capture's territory, a crowd-control weapon's assault and a cyber operation
PLACE_TAKEN = "a place captured -> COERCE seize"
CROWD_CONTROL = "a crowd-control weapon -> ASSAULT crowd-control"
CYBER = "a cyber operation -> COERCE cyber"


def _taken(verb: Token) -> Token | None:
    """What a verb takes: its object, or a passive's subject ("Kiev was captured")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    return None


def _a_place_taken(verb: Token) -> bool:
    """A capture whose object is a place ("captured Baghdad", "Jerusalem was captured", "captured
    the town of Tal Afar"): territory occupied, PLOVER's COERCE seize (CAMEO 192, occupy
    territory), not an arrest; "captured the rebel commander" stays an arrest."""
    taken = _taken(verb)
    if taken is None:
        return False
    if taken.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if taken.pos_ == "PROPN":  # a large town whatever the model labelled it ("captured Omsk")
        name = [c for c in taken.children if c.dep_ == "compound" and c.i < taken.i] + [taken]
        return large_town_named(" ".join(t.text for t in name)) is not None
    return taken.ent_type_ == "" and taken.lemma_.lower() in HELD


# the weapons of crowd control (PLOVER's ASSAULT crowd-control: "tear gas, water cannons, ...")
CROWD_WEAPONS = {"teargas", "tear-gas", "baton", "truncheon", "pepper-spray"}
# a weapon of crowd control by its modifier: "tear gas", "water cannon", "rubber bullets"
CROWD_PAIRS = {("tear", "gas"), ("water", "cannon"), ("rubber", "bullet"), ("plastic", "bullet"),
               ("pepper", "spray"), ("stun", "grenade"), ("tear", "canister"),
               ("gas", "canister"), ("rubber", "round"), ("baton", "charge")}  # fmt: skip


def crowd_weapon(noun: Token) -> bool:
    """Whether a noun names a weapon of crowd control ("tear gas", "batons", "water cannon")."""
    lemma = noun.lemma_.lower()
    if lemma in CROWD_WEAPONS or noun.lower_ in CROWD_WEAPONS:
        return True
    modifiers = [c for c in noun.subtree if c.i < noun.i]
    return any((m.lemma_.lower(), lemma) in CROWD_PAIRS or (m.lower_, lemma) in CROWD_PAIRS
               for m in modifiers)  # fmt: skip


def _crowd_control(verb: Token) -> bool:
    """An assault whose weapon is one of crowd control ("fired tear gas at the marchers", "fired
    rubber bullets", "dispersed them with water cannon"): PLOVER's ASSAULT crowd-control, no
    firearm. The weapon is the noun of the verb's "with"/"using" phrase (or of the phrase on
    "fire" in "opened fire with tear gas"), else the verb's object, or the trigger noun's own
    ("a tear gas attack"); a volley's or a round's "of" phrase names it ("fired volleys of tear
    gas"). With a weapon phrase the object is the one hit ("shot protesters with tear gas"). A
    weapon beside live rounds ("tear gas and live ammunition") leaves the mode as it was."""
    if verb.lemma_.lower() in CROWD_WEAPONS or verb.lower_ in ("teargassed", "tear-gassed"):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb] + [o for o in objects if o.lemma_.lower() == "fire"]  # "opened fire with"
    used = [g for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("with", "using")
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    weapons: list[Token] = []
    for noun in used or [o for o in objects if o.lemma_.lower() != "fire"]:
        weapons += [_volley_of(noun)] + [_volley_of(g) for g in noun.conjuncts]
    if verb.pos_ == "NOUN":
        weapons += [c for c in verb.children if c.dep_ == "compound"]
    return bool(weapons) and all(crowd_weapon(w) for w in weapons)


# what is fired as a number of rounds of a weapon ("volleys of tear gas", "shots of teargas")
VOLLEYS = {"volley", "shot", "round", "burst", "barrage", "salvo", "canister", "cloud", "hail"}


def _volley_of(noun: Token) -> Token:
    """The weapon a volley or a round is of ("volleys of tear gas" -> gas), else the noun."""
    if noun.lemma_.lower() not in VOLLEYS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    weapon = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return weapon if weapon is not None else noun


# the words that make an attack a cyber operation (PLOVER: COERCE's cyber mode, "cyber attacks
# and crime, including hacking, security breaches, website attacks")
CYBER_WORDS = {"cyber", "cyberattack", "cyber-attack", "hacker", "hack", "hacking", "malware",
               "ransomware", "computer", "server", "website", "database"}  # fmt: skip


def _cyber(trigger: Token) -> bool:
    """An attack by hackers or on computers ("hackers attacked the ministry's website", "a cyber
    attack on the grid"): the trigger's own word, a modifier of it, its doer or its object's
    head and modifiers. An attack on a place or on people with no such word stays an assault."""
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
    doer = _doer(trigger)
    if doer is not None:
        words.append(doer)
    aimed = [c for c in trigger.children if c.dep_ == "dobj"]
    aimed += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for noun in aimed:
        words += [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in CYBER_WORDS or w.lower_ in CYBER_WORDS for w in words)


def _charge_named(verb: Token) -> bool:
    """A participle of a charge that says who someone is ("the accused bomber", "an indicted
    banker"): before its noun, or conjoined by the parse to a finite verb with no auxiliary of
    its own, a noun modifier right after it and no "of" or clause of a charge ("put X and
    accused doctor killer Y on its list"); "and accused opposition leader Y of fraud" stays."""
    if verb.dep_ == "amod" and verb.i < verb.head.i:
        return True
    if verb.dep_ != "conj" or verb.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(
        c.dep_ in ("aux", "auxpass", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in verb.children
    ):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.pos_ == "NOUN" and after.dep_ == "compound"


def _a_party(noun: Token, lexicon: Lexicon) -> bool:
    """A person, a body or a people ("the regime", "President Orlan", "its allies"), not a place:
    a named place may be a city a force holds as well as a state it stands by."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in HELD:
        return False
    return noun.lemma_.lower() in lexicon.people


def _objected(token: Token) -> bool:
    return any(c.dep_ in ("dobj", "dative") for c in token.children)


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or a passive's agent ("was defended by Russian troops")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _clause_doer(verb: Token) -> Token | None:
    """``_doer``, or for a participle's clause with none of its own the doer of the clause it
    hangs on ("won at Five Forks, forcing Lee to evacuate Richmond")."""
    doer = _doer(verb)
    if doer is None and verb.dep_ == "advcl":
        doer = _doer(verb.head)
    return doer


def _protesters(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's doers are people who protest, also through a relative pronoun ("protesters
    who pushed towards the ministry"): their move on a place is a protest
    (``trust.protesters_moving``), not an advance that asks nothing."""
    doer = _doer(verb)
    if doer is not None and doer.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        doer = verb.head
    return doer is not None and doer.lemma_.lower() in lexicon.protest_people


def _force(doer: Token | None) -> bool:
    """An armed force: its head noun ("Russian troops", "Hezbollah fighters") or a word of its
    name ("the Syrian Arab Army", "the Revolutionary Guard")."""
    if doer is None:
        return False
    words = [doer] + [c for c in doer.children if c.dep_ in ("compound", "flat")]
    return any(w.lemma_.lower() in FORCES or w.lower_ in FORCES for w in words)


NAMED = ("ORG", "GPE", "NORP", "PERSON")
# the provenance of a deployment typed as aid: its forces are what is sent, no party helped
SENT_TO_HELP = "forces sent to help -> AID"


def _sent_to_help(verb: Token) -> bool:
    """A deployment whose purpose is help to another party or relief: "deploying 150 officers
    to assist the Haitian police", "sent troops to help with the relief", "sent troops for
    earthquake relief". Soldiers sent "to help the police" (a state's own, no party named)
    stay a mobilisation."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and _relief(c):
            return True
        if not (
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in ASSISTING
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            continue
        for g in c.children:
            if g.dep_ == "prep" and g.lower_ == "with" and _relief(g):
                return True
            if g.dep_ == "dobj" and (
                g.ent_type_ in NAMED
                or any(m.dep_ in ("amod", "compound") and m.ent_type_ in NAMED for m in g.children)
            ):
                return True
    return False


def _relief(preposition: Token) -> bool:
    """A "for"/"with" phrase of relief: "for relief", "with the relief effort"."""
    return any(
        g.dep_ == "pobj"
        and (
            g.lemma_.lower() in RELIEF
            or any(m.dep_ == "compound" and m.lemma_.lower() in RELIEF for m in g.children)
        )
        for g in preposition.children
    )


# PLOVER 3.6: AID is material aid "whose material benefits primarily accrue to the recipient".
# A noun of goods moved or lent ("shipment", "delivery", "supply", "loan") is aid
# only when its own words say so: goods of aid or of arms (``AID_GOODS``: "aid shipments",
# "food supplies to Somalia", "arms deliveries", "relief supplies"); a loan is none only when
# a holder owns it and no party it goes to is named ("their loans", not "a loan to Ukraine").
# Otherwise it is trade or a debt held: "Canadian steel shipments to the U.S.", "their
# Brazilian loans".
GOODS_NOUNS = {"shipment", "delivery", "supply", "loan"}
AID_GOODS = {"aid", "relief", "humanitarian", "food", "medicine", "medical", "medicines",
             "vaccine", "vaccines", "drug", "drugs", "arms", "arm", "weapon", "weapons",
             "ammunition", "munitions", "military", "emergency", "tent", "tents", "blanket",
             "blankets", "assistance", "rescue", "grain"}  # fmt: skip
# the words after "to"/"for" that name who gets a loan, not what it is for ("a loan for a plant")
LOAN_PREPS = {"to", "for"}


def _goods_not_given(noun: Token) -> bool:
    """A noun of goods moved or lent that its own words do not make aid (``GOODS_NOUNS``):
    no aid goods among its modifiers, its compound's words or its "of" object; a loan only when
    a holder owns it ("their loans") and no "to"/"for" phrase names a party. "Aid shipments",
    "food supplies to Somalia", "a $1 billion loan to Ukraine", "extend the loan" stay."""
    lemma = noun.lemma_.lower()
    if lemma not in GOODS_NOUNS:
        return False
    words = [
        w
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
        for w in c.subtree
    ]
    if noun.dep_ == "compound":  # "supply convoy", "aid supply flights": the head's words
        words += [noun.head, *(c for c in noun.head.children if c.dep_ in ("compound", "amod"))]
    if any(w.lemma_.lower() in AID_GOODS or w.lower_ in AID_GOODS for w in words):
        return False
    if lemma == "loan":  # a loan its holder owns ("their Brazilian loans", "the banks' loans")
        owned = any(c.dep_ == "poss" for c in noun.children)
        return owned and not any(
            c.dep_ == "prep"
            and c.lower_ in LOAN_PREPS
            and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children)
            for c in noun.children
        )
    return True


# PLOVER 3.5: COOPERATE is material cooperation between parties, begun, resumed or expanded.
# Bodies of one state working together (a ministry and a ministry, the Coast Guard and the
# Army Corps of Engineers, the FBI and the police) run their own government: no interaction of
# two parties. And "work with" told with no joint task (no "to"-clause, no "on" phrase) is a
# person's or a firm's work for a client ("Manafort worked with Marcos in the 1980s").
# "join" is "joined forces with" (the lexicon's "join force"): COOPERATE's only "join"
JOINT_WORK = {"work", "cooperate", "collaborate", "coordinate", "partner", "team", "join"}
STATE_ORGANS = {"ministry", "department", "agency", "police", "guard", "corps", "army", "navy",
                "military", "force", "forces", "administration", "office", "service", "bureau",
                "fbi", "cia", "nsa", "fema", "cdc", "epa", "fda", "council", "commission",
                "authority", "authorities", "ministries", "agencies", "departments",
                "directorate", "inspectorate", "secretariat", "treasury", "government",
                "prosecutor", "prosecutors", "court", "congress", "senate", "parliament",
                "coastguard", "troops", "embassy", "cabinet", "regulator", "regulators",
                "officials", "marines", "pentagon", "interior",
                # a legislature and the seats of an executive: "the White House is cooperating
                # with Congress on the bill", "the Kremlin worked with the Duma" (session 47)
                "house", "kremlin", "whitehall", "legislature", "assembly", "duma", "lawmakers",
                "legislators", "reserve", "representative",
                # one government's office-holders by their titles: "Treasury Secretary Vance
                # worked with Secretary of State Lee on the talks" (session 55)
                "secretary", "minister"}  # fmt: skip
JOINT_TASK_PREPS = {"on", "to", "toward", "towards", "against", "in"}
FOREIGN_MARKS = ("GPE", "NORP")


def _routine_work(verb: Token) -> bool:
    """COOPERATE on "work", "cooperate", "coordinate" ... that is no interaction of two
    parties: both sides bodies of one state (``_one_state``), or a person who "worked with" a
    partner with no joint task named (no "to"-clause, no purpose or "on" phrase): a client's
    work. A state or a body "working with" another keeps its cooperation."""
    doer = _clause_doer(verb)
    if doer is not None and doer.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        doer = verb.head  # "the department, which has coordinated with FEMA": the department
    # "joined forces with the Fed": the "with" phrase may hang on "forces"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "force")]
    partners = [g for h in holders for g in objects_of(h, "with")]
    if doer is not None and not partners:  # "the ministries are working together"
        partners = [c for c in doer.children if c.dep_ == "conj"]
    if doer is not None and partners and _one_state([doer, *partners]):
        return True
    if verb.lemma_.lower() != "work" or not partners or doer is None:
        return False
    if doer.ent_type_ != "PERSON":  # a state or a body "working with" another may cooperate
        return False
    tasked = any(
        (c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children))
        or (c.dep_ == "prep" and c.lower_ in JOINT_TASK_PREPS and c.lower_ != "in")
        or (c.dep_ == "advmod" and c.lower_ in ("closely", "together", "jointly"))
        for c in verb.children
    )
    return not tasked


def _one_state(sides: list[Token]) -> bool:
    """Every side a body of a state (a word of ``STATE_ORGANS`` in its own words) and every
    side naming the same country or people, or none: organs of one government ("the Coast
    Guard" and "the Army Corps of Engineers"), not "the Varnian ministry" and "the Kestrian
    police"."""
    marks: set[frozenset[str]] = set()
    for side in sides:
        if side.pos_ not in ("NOUN", "PROPN"):
            return False
        joined = {t.i for c in side.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        words = [t for t in side.subtree if t.i not in joined]
        if not any(t.lower_ in STATE_ORGANS or t.lemma_.lower() in STATE_ORGANS for t in words):
            return False
        marks.add(frozenset(t.lower_ for t in words if _a_country_word(t)))
    return len(marks) == 1


def _a_country_word(word: Token) -> bool:
    """A word that names a country or a people: a place or a nationality, a capitalised
    adjective ("Russian" inside "the Russian Interior Ministry"), or a name's word with a
    people's ending ("Varnian")."""
    if word.ent_type_ in FOREIGN_MARKS:
        return True
    if not word.text[:1].isupper() or word.i == word.sent.start:
        return False
    return word.pos_ == "ADJ" or (word.pos_ == "PROPN" and word.lower_.endswith(PEOPLE_ENDINGS))


PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")


# the verbs whose object "access" is a state a party is in or wants, not an entry allowed
# (PLOVER 3.7 RETREAT access: "allowing the entry of observers, peacekeepers ...")
ACCESS_HELD = {"have", "lack", "enjoy", "need", "want", "retain", "keep", "maintain", "seek",
               "require"}  # fmt: skip


def _access_held(noun: Token) -> bool:
    """The noun "access" as the object of a verb of having, lacking or wanting ("does not have
    access to Mexico", "lacks access to the markets", "needs access to the port"): no one
    allowed anyone in. "Granted access", "allowed access", "opened access" are acts."""
    return (
        noun.dep_ == "dobj"
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.head.lemma_.lower() in ACCESS_HELD
    )


# the cooperative types whose noun can name a tie a party holds rather than an act of a day
HELD_TYPES = {"AGREE", "SUPPORT", "COOPERATE", "AID"}
# what is done to an agreement in force: kept, saved, honoured, applied ("to save its pact
# with the United States", "abide by the accord"); no one agrees anew
KEPT = {"save", "preserve", "keep", "maintain", "honour", "honor", "uphold", "respect",
        "protect", "implement", "enforce", "observe", "follow", "apply", "abide",
        "rescue"}  # fmt: skip


def _dated(noun: Token) -> bool:
    """A noun its own phrase dates: a date or a year among its modifiers ("a 1902 pact",
    "OPEC's December accord", "last week's agreement")."""
    words = [c for c in noun.children if c.i < noun.i]
    words += [g for c in words if c.dep_ == "poss" for g in c.subtree]
    return any(w.ent_type_ == "DATE" or (w.like_num and len(w.text) == 4) for w in words)


def _a_tie_in_force(noun: Token) -> bool:
    """An agreement told as in force: the subject of a present-tense verb that says what it
    does ("an accord guarantees Spain two million tonnes", "the pact allows"), the object of a
    verb of keeping it (``KEPT``: "to save its pact with the United States", "abide by the
    accord"). The record of such a noun shows an agreement made on no day the text tells."""
    head = noun.head
    present = noun.dep_ == "nsubj" and head.tag_ in ("VBZ", "VBP")
    if present and head.lemma_.lower() not in ("be", "have", "come", "follow"):
        return not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if noun.dep_ == "dobj" and head.lemma_.lower() in KEPT:
        return True
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "by":
        return head.head.lemma_.lower() in KEPT  # "abide by the accord"
    return False  # "under this accord, they agreed": the accord dates the act (session 40)


# the verbs of a tie lacked or wanted, not given: "needs aid", "lacks the support of"
LACKED = {"lack", "need", "want", "seek", "require"}
# what a tie held is said with: no agreement reached, no support given on a day
STANDING = {"standing", "longstanding", "long-standing", "existing", "ongoing", "current",
            "permanent", "decades-old", "years-old", "long-term", "continuing"}  # fmt: skip


def _a_tie_held(noun: Token, found_type: str) -> bool:
    """A noun of agreement, support, cooperation or aid told as a tie a party has, keeps or
    lacks, not as an act: an agreement or a partnership as the object of a verb of having
    (``ACCESS_HELD``: "the party has an arrangement with the union"), support or aid as the
    object of a verb of lacking or wanting (``LACKED``: "the city needs aid"), or an agreement
    called standing ("its long-standing pact with the union"). PLOVER codes
    the act of agreeing, endorsing or giving (3.1, 3.3, 3.5, 3.6); a state names none, nor
    its day. "Reached an agreement", "signed a pact", "sent aid", "won the support of" stay."""
    standing = any(c.dep_ == "amod" and c.lower_ in STANDING for c in noun.children)
    if standing and found_type in ("AGREE", "COOPERATE"):
        return True  # (standing support or aid the dating leaves with no day: session 41)
    if _dated(noun):
        return False  # "Rome had a secret 1902 pact with France": the pact's own year is told
    head = noun.head
    if found_type in ("AGREE", "COOPERATE") and _a_tie_in_force(noun):
        return True
    if noun.dep_ != "dobj" or head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.lemma_.lower()
    if found_type in ("AGREE", "COOPERATE"):
        return verb in ACCESS_HELD  # "has an arrangement with", "keeps its pact with"
    return verb in LACKED  # "needs aid", "lacks the support of": none given ("has the backing
    # of the president" tells the backing, and stays)


# what an approval is an agreement to (PLOVER 3.3: agree to, accept a proposal, a request, a
# settlement): a text, a plan, a step of policy. A regulator or a body approving a product, an
# advert, a drug or a company's purchase rules on a thing; no political agreement is told.
APPROVABLE = {"agreement", "accord", "deal", "pact", "treaty", "plan", "proposal", "resolution",
              "bill", "law", "legislation", "budget", "measure", "request", "ceasefire",
              "cease-fire", "truce", "settlement", "package", "framework", "compromise",
              "amendment", "motion", "nomination", "appointment", "reform", "program",
              "programme", "mission", "deployment", "membership", "accession", "extradition",
              "sale", "transfer", "protocol", "declaration", "statement", "text", "draft",
              "constitution", "charter", "referendum", "candidacy", "bid", "application",
              "petition", "demand", "terms", "release", "exchange", "withdrawal", "sanction",
              "sanctions", "strike", "strikes", "action", "operation", "talks", "negotiation",
              "negotiations", "visit", "policy", "decision", "recommendation", "deployments",
              "aid", "loan", "funding", "spending", "tax", "tariff", "rule", "regulation",
              "order", "decree", "ban", "pardon", "amnesty", "nominee", "appointee",
              "merger"}  # fmt: skip


# what a regulator approves a product as
REMEDIES = {"treatment", "drug", "therapy", "vaccine", "medicine", "cure", "remedy", "product",
            "device", "test", "food", "additive", "pesticide"}  # fmt: skip


def _a_thing_approved(verb: Token) -> bool:
    """ "The FDA approved Burroughs Wellcome's AZT as a treatment", "the league approved the
    veterans' advertisement": "approve" whose object (or passive subject) is a common noun
    that names no agreement, plan or step of policy (``APPROVABLE``) or a named product.
    With no object ("the council approved on Monday") or a party ("approved the nominee")
    the agreement stands."""
    approved = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if len(approved) != 1:
        return False
    if any(  # "approved Tarexil as a treatment": whatever the parse makes of the name
        c.dep_ == "prep" and c.lower_ == "as" and g.dep_ == "pobj" and g.lemma_.lower() in REMEDIES
        for c in verb.children
        for g in c.children
    ):
        return True
    (thing,) = approved
    if thing.pos_ == "PRON":
        return False
    if thing.pos_ == "PROPN":  # a named product, or a firm's own unnamed-kind name ("Co's AZT")
        owned = any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in thing.children)
        return thing.ent_type_ in ("PRODUCT", "WORK_OF_ART") or (thing.ent_type_ == "" and owned)
    if thing.pos_ != "NOUN" or thing.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return False
    heads = {thing.lemma_.lower(), thing.lower_}
    return not heads & APPROVABLE


# what one takes as a sum or a present (PLOVER 3.3 AGREE is accepting a proposal, a request or
# a settlement): a party taking money or gifts agrees to nothing with the giver.
MONEY_TAKEN = {"donation", "contribution", "gift", "money", "cash", "bribe", "kickback",
               "payment", "cheque", "check", "fee", "tip"}  # fmt: skip


def _money_accepted(children: list[Token]) -> bool:
    """ "The campaign did not accept corporate donations", "the mayor accepted $5,000 from the
    firm": "accept" whose object is a sum (``MONEY_TAKEN`` or an amount). "Accepted the offer",
    "accepted the terms", "accepted the aid package" stay agreements."""
    taken = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    return len(taken) == 1 and (
        taken[0].lemma_.lower() in MONEY_TAKEN or taken[0].ent_type_ == "MONEY"
    )


def _a_settled_place(noun: Token) -> bool:
    """A settlement that is a place: one of a people or a land ("a Jewish settlement", "the West
    Bank settlement", "Israeli settlements"), or named by an "of" phrase ("the settlement of
    Beit El"). "A settlement of the dispute", "a settlement with the firm" are agreements."""
    if noun.lemma_.lower() != "settlement":
        return False
    for c in noun.children:
        if (
            c.i < noun.i
            and c.dep_ in ("amod", "compound")
            and c.ent_type_ in ("NORP", "GPE", "LOC")
        ):
            return True
        named = any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        if c.dep_ == "prep" and c.lower_ == "of" and named:
            return True
    return False


def governors(token: Token, limit: int = 3) -> list[Token]:
    """The words a trigger is the complement of, nearest first: "refused" in "refused to lift",
    "willing" in "is willing to withdraw"."""
    found = []
    while token.dep_ in _GOVERNING_DEPS | {"acl", "pcomp", "pobj", "prep"} and len(found) < limit:
        if token.dep_ == "conj":  # a conjunct shares its first conjunct's governor
            token = token.head
            continue
        token = token.head
        if token.pos_ in ("VERB", "AUX", "ADJ"):
            found.append(token)
    return found


def frame_of(trigger: Token, lexicon: Lexicon, sentence_mode: bool = True) -> Frame | None:
    """Whether the trigger is stated as an intention or a refusal.

    A governing word decides ("refused to", "pledged to", "is willing to"), and so does the
    trigger's own future auxiliary: "will provide" is an intention, "will not lift" a refusal.
    A plain negation ("did not lift") is a refusal only in ``sentence_mode`` (PLV codes one
    sentence so); in an article it stays the event, flagged negated.
    """
    own = list(trigger.children) if trigger.pos_ == "VERB" else []
    negated = any(c.dep_ == "neg" for c in own)
    future = any(c.dep_ == "aux" and c.lower_ in lexicon.cues("future") for c in own)
    if negated and (future or sentence_mode):
        return "refusal"
    if future:
        return "intent"
    pledged = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lexicon.one_sided
    if trigger.pos_ == "NOUN" and pledged:  # "pledged help", "offered aid": promised, not given
        return "intent"
    if _pledge_misread(trigger, lexicon):
        return "intent"
    for governor in governors(trigger):
        lemma = governor.lemma_.lower()
        governor_negated = any(c.dep_ == "neg" for c in governor.children)
        if lemma in lexicon.refusal_frames or (governor_negated and sentence_mode):
            return "refusal"
        if lemma in lexicon.intent_frames:
            return "intent"
    return None


def _pledge_misread(trigger: Token, lexicon: Lexicon) -> bool:
    """A headline's "Obama pledges help for flood victims", "EU offers aid to Kestria": the
    parse reads the verb of promising as a plural noun, the subject of the act promised ("help",
    "aid"), its compound the name of the one who promises. The act is promised, not done."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.tag_ == "NNS"
        and c.lemma_.lower() in lexicon.one_sided
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
        for c in trigger.children
    )


def carried_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """The event noun a light verb carries ("launched an attack" -> attack), if any."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.light_verbs:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and trigger_of(child, lexicon) is not None:
            return child
    return None


def _quoted_predicate(verb: Token) -> bool:
    """A naming verb's object followed by a quotation ('called the senator "the next
    Washington"'), which the parse does not mark as the object's predicate."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        # the parse hangs the quotation on the object ("statement `` wrong ''") or after it
        if any(g.is_quote and g.i > child.i for g in child.children):
            return True
        after = child.right_edge.i + 1
        if after < len(doc) and doc[after].is_quote:
            return True
    return False


def recode(trigger: Trigger, frame: Frame | None, lexicon: Lexicon) -> Trigger:
    """PLOVER's reading of an intended or refused event (the mode is kept)."""
    cooperative = lexicon.quad_class.get(trigger.type) in lexicon.cooperative_classes
    if frame == "intent" and cooperative:
        return trigger.changed("AGREE", trigger.mode, "stated intention -> AGREE")
    if frame == "refusal" and lexicon.quad_class.get(trigger.type, "").endswith("cooperation"):
        return trigger.changed("REJECT", trigger.mode, "refusal -> REJECT")
    return trigger
