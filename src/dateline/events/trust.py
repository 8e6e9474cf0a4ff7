"""Whether a credible event is also one a user can trust as coded: the record's second gate.

``credibility`` keeps the events the text makes political or social interactions. Judged
samples of real news showed that most of what it keeps is still wrong in some field, and that
the errors cluster in a few readings the coder cannot check: a party taken from elsewhere in
the sentence, an action wanted, planned or argued about rather than done, words in a column's
or a reader's own voice, rhetoric inside a quotation. An event is emitted only when

* it is narrated by the article: not in the readers' comments, not inside a quotation (a
  speaker's words are rhetoric as often as report), not in a sentence in the first or second
  person outside quotation marks (a column, a letter, a comment: "we must hope that ...");
* it is stated as done (or as not done): no hypothetical, future or requested flag, and no
  modal or infinitive above the trigger that says it is wanted, planned or a purpose ("wants
  to compel", "is to triple its aid", "mustering an effort to help"), unless the verb above
  says it happened ("managed to arrest");
* its source is a political actor the clause names as the doer (its subject, agent, possessor
  or modifier; the pair a "they" stands for), or the text names no agent at all and the event
  is coercion, which only an authority does ("three protesters were arrested"), or force whose
  wording names the means ("shot dead"; a killing with no one named is a toll as often as an
  attack);
* its target is a party of the clause (its object or a prepositional object, a conjoined
  partner), not the nearest actor elsewhere in the sentence; it is an actor, people named by a
  phrase for a material event ("dozens of protesters"), or a named state or city for a verbal
  one ("Beijing warned Taipei"); only a protest or a mobilization may have none.

Precision first: an event that is not emitted costs recall, a wrong one the user's trust in
the whole record.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.events.credibility import agent_unnamed, political
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.participants import PRONOUN_TAGS, named_people
from dateline.events.triggers import carried_noun, trigger_of

IRREALIS = ("hypothetical", "future", "requested")
QUANTITIES = {"dozen", "hundred", "thousand", "million", "score", "number", "group", "handful",
              "couple", "majority", "half", "rest", "crowd"}  # fmt: skip
WRITER_PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your"}
CHAIN = 8  # verbs walked up from the trigger: far enough for any clause of a news sentence
GOVERNED = {"xcomp", "ccomp", "advcl", "conj"}  # a verb stated as the verb above it is
NOUN_ARGUMENTS = {"dobj", "nsubj", "nsubjpass"}
VERBAL = ("VERB", "AUX", "ADJ")  # "is able to", "ready to"


def narrated(document: Document, token: Token) -> str | None:
    """Why the trigger is not in the article's own narration, or None."""
    comments = document.comments_from
    if comments is not None and token.idx >= comments:
        return "in the readers' comments"
    if token.i in document.quoted:
        return "inside a quotation: the speaker's words"
    if any(writer(w) and w.i not in document.quoted for w in token.sent):
        return "in the writer's own voice (first or second person)"
    return None


def writer(word: Token) -> bool:
    """A pronoun of the first or second person ("we must hope", "you"; not "the US")."""
    return word.tag_ in ("PRP", "PRP$") and word.lower_ in WRITER_PRONOUNS


def wanted(document: Document, token: Token) -> str | None:
    """A modal or an infinitive on the trigger's verb or a verb that governs it: wanted, planned
    or a purpose ("wants to compel", "is to triple its aid", "would need a break from fighting").
    A noun event is stated as the verb it is the object or subject of ("plans an attack"); one
    in a phrase of its own ("the 2022 invasion of Ukraine") is not governed by the clause."""
    cues = document.lexicon.cues
    modals = cues("hypothetical") | cues("future") | {"can", "must", "ca"}
    implicative = cues("implicative")
    current = token
    if current.pos_ == "NOUN":
        if current.dep_ not in NOUN_ARGUMENTS or current.head.pos_ not in ("VERB", "AUX"):
            return None
        current = current.head
    for _ in range(CHAIN):
        children = list(current.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in children):
            return f"a modal on {current.text!r}: not stated as done"
        head = current.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        if infinitive and head.pos_ in VERBAL and head.lemma_.lower() not in implicative:
            return f"an infinitive under {head.text!r}: wanted, planned or a purpose"
        if head.i == current.i or current.dep_ not in GOVERNED or head.pos_ not in VERBAL:
            return None
        current = head
    return None


def doer(document: Document, draft: Draft) -> str | None:
    """Why the source is not a political actor the clause names as the doer, or None."""
    lexicon = document.lexicon
    force = draft.trigger.type in lexicon.people_target_types
    if draft.source is None:
        if force and named_people(document, draft.source_token):
            return None  # "gunmen abducted", "taken into custody by security agents"
        unnamed = draft.source_token is None and agent_unnamed(draft.token)
        # an arrest or a deployment is done by an authority; a wounding or a killing only when
        # its wording names the means ("shot dead", "kidnapped"): "were killed" is a toll as
        # often as an attack, and the record would call it an attack by no one
        if unnamed and (
            draft.trigger.type in lexicon.unnamed_agent_types or (force and draft.trigger.mode)
        ):
            return None
        return "no doer named"
    if (
        draft.source_token is None
        and not draft.unordered
        and not borrowed_soundly(document, draft.token)
    ):
        # a source borrowed from another clause or a phrase around the trigger ("In support of
        # ..., Trump ordered"; "with the help of") is often not the doer
        return "its doer is not a party of the clause"
    if not political(document, document.actors.get(draft.source)):
        return "its doer is no political actor"
    if not own_party(document, draft.source_token):
        return f"its doer is only a modifier of {draft.source_token.text!r}"
    return None


def own_party(document: Document, token: Token | None) -> bool:
    """Whether the phrase that fills a role names the party itself: the actor, a pronoun
    resolved to it, its possessive ("Iran's facilities"), a group's own members ("Taliban
    fighters"), or a state's agents ("Russian troops", "US officials"). A nationality or a name
    modifying anyone or anything else is not the party ("US politicians attacked", "a Mexican
    man", "criticised the Haiti relief operation", "another branch of the federal government")."""
    if token is None or token.tag_ in PRONOUN_TAGS:
        return True
    actors = document.actors
    if actors.at(token) is not None:
        return True
    for child in token.children:
        if child.dep_ == "poss" and actors.at(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and quantity(token):
            # "dozens of protesters", "some of the rebels": the people counted
            return any(actors.at(g) is not None for g in child.children if g.dep_ == "pobj")
        if child.dep_ in ("amod", "compound") and actors.at(child) is not None:
            member = child.ent_type_ not in ("NORP", "GPE")  # "Taliban fighters"
            return member or token.lemma_.lower() in document.lexicon.state_agents
    return False


def quantity(token: Token) -> bool:
    """A word that counts people ("dozens", "three", "some", "a group")."""
    return token.pos_ in ("NUM", "PRON", "DET") or token.lemma_.lower() in QUANTITIES


def borrowed_soundly(document: Document, token: Token) -> bool:
    """A source the trigger takes from words that make it the doer: the subject of the light
    verb that carries a noun ("Trump ordered the bombing", "held a meeting"), or the possessor
    of the noun an infinitive completes ("the administration's decision to suspend")."""
    if token.dep_ == "dobj":
        carried = carried_noun(token.head, document.lexicon)
        return carried is not None and carried.i == token.i
    return (
        token.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(c.dep_ == "poss" for c in token.head.children)
    )


def in_event_phrase(document: Document, draft: Draft) -> bool:
    """Whether the nearest actor taken as target is a party the words of the event name: in
    the trigger's phrase ("talks between Russian and Ukrainian envoys"), in the clause of the
    verb a noun trigger is the subject of ("an army airstrike killed twelve civilians"), in the
    phrase of another mention of the same kind of event in the sentence ("Israel's bombing
    campaign ... the bombing of Iran's facilities"), or conjoined with the source in a mutual
    event ("the Turkish and Russian leaders held talks")."""
    lexicon = document.lexicon
    token = draft.token
    tokens = [i for i, actor in document.actors.by_token.items() if actor == draft.target]
    source = draft.source_token
    if source is not None and any(c.i in tokens for c in source.conjuncts):
        return draft.trigger.type in lexicon.mutual_types
    if token.pos_ != "NOUN":
        return False  # a verb's own clause gave no target: the nearest actor is no argument
    for word in token.sent:
        if word.i != token.i:
            subject_of = word.i == token.head.i and token.dep_ == "nsubj"
            if word.pos_ != "NOUN" and not subject_of:
                continue
            found = trigger_of(word, lexicon)
            if found is None or found.type != draft.trigger.type:
                continue
        start, end = word.left_edge.i, word.right_edge.i
        if any(start <= i <= end for i in tokens):
            return True
    return False


def between_states(document: Document, draft: Draft) -> bool:
    """Force or coercion by a state whose sentence names another state: the other end of an
    invasion or a sanction ("the Russian invasion ... has left Ukraine in shock")."""
    lexicon = document.lexicon
    states = lexicon.political_kinds
    source, target = document.actors.get(draft.source), document.actors.get(draft.target)
    return (
        lexicon.quad_class.get(draft.trigger.type) == "material-conflict"
        and source is not None
        and target is not None
        and source.kind in states
        and target.kind in states
    )


def only_nearest(document: Document, draft: Draft) -> bool:
    """Whether the target is only the nearest actor, no party the event's words name."""
    return (
        draft.target_nearest
        and not in_event_phrase(document, draft)
        and not between_states(document, draft)
    )


def open_target(document: Document, draft: Draft) -> Draft:
    """A verbal event whose target is only the nearest actor, with its target left open: one
    may approve, criticise or appeal with no one named as acted on in the clause ("the
    president expressed his approval of the proposal"), and an open target is right where a
    wrong one is not. A material event needs its target; ``acted_on`` judges it."""
    verbal = document.lexicon.quad_class.get(draft.trigger.type, "").startswith("verbal")
    if not (verbal and only_nearest(document, draft) and about_a_thing(document, draft.token)):
        return draft
    return replace(
        draft,
        target=None,
        target_phrase=None,
        target_token=None,
        target_nearest=False,
        target_open=True,
        notes=[*draft.notes, "target: only the nearest actor, left open"],
    )


def about_a_thing(document: Document, token: Token) -> bool:
    """Whether the trigger's own words say what the act is about and name no party there: a
    verb's object ("opposed the tax", "denied the reports") or an "of"/"for" phrase ("approval
    of the proposal", "called for calm"). A passive's subject is the one acted on, and a party
    named in those words ("criticised a decision by the government") is the target, not none."""
    children = list(token.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return False
    about = [c for c in children if c.dep_ == "dobj"] + [
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    actors = document.actors
    return bool(about) and not any(actors.at(w) is not None for a in about for w in a.subtree)


def acted_on(document: Document, draft: Draft) -> str | None:
    """Why the target is not a party of the clause the record can show, or None."""
    lexicon = document.lexicon
    event_type = draft.trigger.type
    if draft.target_open:
        return None
    if only_nearest(document, draft):
        return "its target is the nearest actor, not a party of the clause"
    if draft.target is not None:
        if draft.target_nearest or own_party(document, draft.target_token):
            return None
        return f"its target is only a modifier of {draft.target_token.text!r}"
    target_token = draft.target_token
    material = lexicon.quad_class.get(event_type, "").startswith("material")
    if material and named_people(document, target_token):
        return None  # "police detained dozens of protesters", "expelled the ambassador"
    if (
        target_token is not None
        and target_token.ent_type_ == "GPE"
        and lexicon.quad_class.get(event_type, "").startswith("verbal")
    ):
        return None  # "Beijing warned Taipei": one warns a government, not a place
    if event_type in lexicon.targetless_types and draft.target_token is None:
        return None
    return "no actor it was done to"


def distrust(document: Document, draft: Draft) -> str | None:
    """Why a credible event is not one a user can trust as coded, or None."""
    token = draft.token
    if reason := narrated(document, token):
        return reason
    if any(flag in draft.modality for flag in IRREALIS):
        return "not stated as done (" + ", ".join(draft.modality) + ")"
    return wanted(document, token) or doer(document, draft) or acted_on(document, draft)


def undated(draft: Draft) -> str | None:
    """Why the record cannot give the event its own day, or None: a past perfect, a habit, a
    background clause, a noun with no tense (``dating.date_from_context``). Precision first:
    an event not emitted costs recall, one dated on a day it did not happen the user's trust."""
    return draft.undated
