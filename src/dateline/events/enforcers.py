"""Who made the arrest: the agent of an arrest or an expulsion told without one.

"Two men were arrested", "his detention", "were taken into custody" name no agent in their
clause, but the text often names the body that did it nearby (``../shared/design/audit.md``:
a source is empty only when the text names no agent and none follows from the sentence):

* an arresting body in the same sentence, as the subject of another verb or the agent of a
  passive: "police said three protesters were arrested", "the editor, who was arrested on
  Monday, is held by Kestrian authorities", "were arrested as strikers scuffled with police";
* the custody the arrest puts someone in: "were taken into police custody" (the parse makes
  the police the one acted on);
* the one who reports it: "..., according to police";
* the subject of the sentence just before, of an act of force or coercion or of a report:
  "Police raided the house. Two men were arrested.", "Police said ... . Two were detained."
* the country the ones held crossed into, as their own clause tells (session 52): "three
  students who crossed into Bhutan were detained" (``state_entered``).

An arresting body is one whose word is police, troops, soldiers, the army or the military,
security forces, the authorities, guards (``ARRESTERS``). Anyone else named nearby (a
prosecutor speaking, a minister, a newspaper) is not taken: arrests are made by police far more
often than by whoever tells of them, and an agent the text does not name is left empty (no
default "police").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.events.arguments import known_state
from dateline.events.dating import reported_in
from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.mentions import phrase_span
from dateline.events.participants import named_people
from dateline.events.triggers import crowd_weapon, trigger_of

# the modes of COERCE whose doer is an arresting body: arrests, detentions, jailings,
# expulsions, evictions (the lexicon's "arrest" and "deport")
ARRESTING_MODES = {"arrest", "deport"}
# the words of an arresting body ("police", "Kestrian authorities", "security forces")
ARRESTERS = {
    "police",
    "policeman",
    "policemen",
    "policewoman",
    "gendarme",
    "gendarmerie",
    "trooper",
    "troop",
    "soldier",
    "army",
    "military",
    "authority",
    "guard",
    "militia",
}
# words that are an arresting body only with a word of one before them ("security forces",
# "police officers", "federal agents"; not a task force, a chief executive officer)
QUALIFIED_ARRESTERS = {"force", "officer", "agent", "official", "service"}
ARRESTER_QUALIFIERS = {
    "security",
    "police",
    "armed",
    "federal",
    "border",
    "customs",
    "immigration",
    "military",
    "army",
    "intelligence",
}
# the prepositions whose object is a party acting in the sentence ("held by the authorities",
# "scuffled with police"), not one acted on ("arrested for attacking police")
ACTING_PREPS = {"by", "with"}
# what an arresting body did in the sentence before an arrest told without agent
FORCE_TYPES = {"COERCE", "ASSAULT", "MOBILIZE"}
REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "confirm"}
# a body turning on people with the word that makes the verb an act of force ("turned on the
# crowd", "opened fire", "charged at the march", "cracked down on", "fired on")
TURNING_ON = {
    "turn": {"on", "against"},
    "open": {"fire"},
    "fire": {"on", "at", "into", "upon"},
    "charge": {"at", "into"},
    "crack": {"down"},
    "drag": {"out", "away", "off", "from"},
    "haul": {"out", "away", "off"},
}
# the words of an armed group whose act of force leaves people struck ("Rebels stormed the
# town. Twelve villagers were killed.")
ARMED = {
    "rebel", "militant", "gunman", "insurgent", "fighter", "militiaman", "jihadist",
    "attacker", "assailant", "guerrilla", "guerilla",
}  # fmt: skip
# the words that name one who attacked people, and a charge or an accusation of the killing
# (``accused_attacker``)
ATTACKERS = {"gunman", "shooter", "attacker", "assailant", "killer", "sniper", "stabber"}
CHARGING = {"charge", "accuse", "indict"}
KILLINGS = {"murder", "murders", "killing", "killings", "shooting", "shootings", "attack",
            "homicide", "manslaughter", "stabbing"}  # fmt: skip
# the verbs whose passive agent is the doer of their subject, an act ("the detentions were
# carried out by the security forces"); not one who judges it ("were condemned by")
DOING = {"carry", "conduct", "commit", "perpetrate", "execute", "stage", "make"}
# the mode of a taking by force ("hijacked", "kidnapped"), whose doer may be named as a captor
ABDUCTING = "abduct"
# crossing into a country, whose authorities hold those who did ("crossed into", "strayed into",
# "entered")
ENTERING = {"cross", "enter", "stray", "wander", "slip"}
STATE_KINDS = ("country", "government")  # the kinds of a state's actor ("Bhutan said")
# the custody one is taken into ("police custody": the police's)
CUSTODY_NOUNS = {"custody", "detention", "jail", "prison"}
# clauses under the trigger with a subject of their own
OWN_CLAUSES = {"advcl", "ccomp", "conj", "parataxis", "cc"}


def arrester(document: Document, draft: Draft) -> Draft:
    """The draft, with the arresting body the text names as the source of an arrest or an
    expulsion that names none in its clause (see the module's docstring), else the doer of a
    "when" clause that tells how an act of force or coercion was done (``doer_of_when_clause``)."""
    if draft.source is not None or draft.source_token is not None:
        return draft
    draft = _named_arrester(document, draft)
    if draft.source_token is None and (doer := doer_of_when_clause(draft)) is not None:
        return _with_doer(document, draft, doer, WHEN_CLAUSE_DOER)
    return draft


def _named_arrester(document: Document, draft: Draft) -> Draft:
    """``arrester``'s search for the arresting body (or, for an act of force, the armed one)."""
    token = draft.token
    if draft.trigger.type == "ASSAULT":
        return force_user(document, draft)
    if draft.trigger.type != "COERCE" or draft.trigger.mode not in ARRESTING_MODES:
        return draft
    keeper = custody_keeper(document, draft)
    if (
        keeper is not None
        and draft.target_token is not None
        and keeper in draft.target_token.subtree
    ):
        # "taken into police custody": the police hold him, they are not held
        held = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        draft.target, draft.target_token = document.actors.at(held) if held else None, held
        draft.target_phrase = phrase_span(document.article, held)
        draft.target_nearest = False
    acted_on = acted_on_tokens(draft)
    sentence = token.sent
    found = keeper or next(
        (t for t in sentence if t.i not in acted_on and acting_arrester(document, t)), None
    )
    where = "its sentence"
    if found is None and (entered := state_entered(document, draft)) is not None:
        place, state = entered
        return _with_doer(document, draft, place, "the country they crossed into", state)
    if found is None:
        found, where = reporting_arrester(document, token), "its report"
    if found is None and sentence.start > 0:
        before = document.doc[sentence.start - 1].sent
        found = next((t for t in before if acting_before(document, t)), None)
        where = "the sentence before"
    if found is None and (after := _next_in_paragraph(document, sentence)) is not None:
        found = next((t for t in after if agent_of_act_again(document, t, draft)), None)
        where = "the sentence after, which names the act again"
    if found is None:
        return draft
    return _with_doer(document, draft, found, f"the arresting body {found.text!r} of {where}")


def _next_in_paragraph(document: Document, sentence: Span) -> Span | None:
    """The sentence after ``sentence`` in its paragraph, if any."""
    if sentence.end >= len(document.doc):
        return None
    paragraph = document.paragraph_of.get(sentence.start)
    after = document.doc[sentence.end].sent
    return after if document.paragraph_of.get(after.start) == paragraph else None


def agent_of_act_again(document: Document, token: Token, draft: Draft) -> bool:
    """An actor named as the doer of a noun that tells the draft's act again in the sentence
    after it: "Five journalists were detained on Monday. Rights groups said the detentions
    were carried out by Valdoria's security forces" (the passive's agent, whose subject is the
    noun, of a verb of doing), or "The detentions by Valdoria's security forces drew protests"
    (the noun's "by");
    session 56: the blind judges found such detentions left with no doer. The noun is one of
    the same type and mode as the act (``trigger_of``)."""
    if token.dep_ != "pobj" or token.head.lower_ != "by" or document.actors.at(token) is None:
        return False
    by = token.head
    if by.dep_ == "agent":  # "were carried out by": not "were condemned by" (a judge)
        if by.head.lemma_.lower() not in DOING:
            return False
        nouns = [c for c in by.head.children if c.dep_ == "nsubjpass"]
    else:
        nouns = [by.head] if by.head.pos_ == "NOUN" else []
    for noun in nouns:
        again = trigger_of(noun, document.lexicon)
        if again is not None and (again.type, again.mode) == (
            draft.trigger.type,
            draft.trigger.mode,
        ):
            return True
    return False


def force_user(document: Document, draft: Draft) -> Draft:
    """The draft of an act of force told in the passive without its agent ("dozens of
    protesters were beaten", "three men were shot"), with the armed body the text names as the
    one turning on them: in the same sentence ("were beaten when security forces turned on the
    march") or in one of the two sentences before it in its paragraph ("Security forces turned
    on the marchers. Dozens were beaten."), as the subject of an act of force or coercion or of
    turning on, opening fire on, charging or cracking down on someone (session 47,
    ``../shared/design/audit.md``: a passive has a doer when its paragraph gives one clearly).
    An armed body is an arresting one (police, troops, security forces: ``arresting_body``) or
    an armed group (rebels, militants, gunmen: ``ARMED``). Not a body that only reports it
    ("three men were shot, police said": by whom the police may not know), nor one among the
    people struck ("Police raided the camp. Two officers were shot"); the nearest one is taken.

    Session 52 (the blind judges found such doers left empty where a reader fills them): a
    taking ("was hijacked", "were kidnapped") is also the captors' the paragraph names acting in
    any way (``captor_acting``), and an act whose sentence names a weapon of crowd control
    ("beaten amid clouds of tear gas") the arresting body the paragraph names as a subject
    (``crowd_body``); "used tear gas" is an act of force (``forcing``). Session 56: an
    arresting body told deployed is the doer too (``deployed_body``).
    """
    token = draft.token
    if token.pos_ != "VERB" or any(c.dep_ == "agent" for c in token.children):
        return draft
    struck = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if struck is None:
        return draft
    # "two police officers were shot": an armed body among the struck is not the doer; only
    # an attacker named as such still is
    armed_struck = any(arresting_word(t) or armed_word(t) for t in struck.subtree)
    acted_on = acted_on_tokens(draft)
    sentence = token.sent
    taking = draft.trigger.mode == ABDUCTING
    gassed = any(crowd_weapon(t) for t in sentence if t.pos_ in ("NOUN", "PROPN"))

    def attacker_word(word: Token) -> str | None:
        """How the word names the doer as the attacker, or None."""
        if accused_attacker(document, word):
            return f"the one {word.text!r} named as the attacker"
        return None

    def doer_word(word: Token) -> str | None:
        """How the word names the doer, or None."""
        if how := attacker_word(word):
            return how
        if armed_struck:
            return None
        if turning_on(document, word):
            return f"the armed body {word.text!r} turning on them"
        if taking and captor_acting(document, word):
            return f"the captors {word.text!r} named"
        if gassed and crowd_body(document, word):
            return f"the body {word.text!r} a weapon of crowd control points to"
        if deployed_body(document, word):
            return f"the body {word.text!r} deployed"
        return None

    found = next(
        ((t, how) for t in sentence if t.i not in acted_on and (how := doer_word(t))), None
    )
    where = "its sentence"
    paragraph = document.paragraph_of.get(token.i)
    for back in ("the sentence before", "two sentences before"):
        if found is not None or sentence.start == 0:
            break
        sentence = document.doc[sentence.start - 1].sent
        if document.paragraph_of.get(sentence.start) != paragraph:
            break  # another paragraph: its doers are not this one's
        found = next(((t, how) for t in sentence if (how := doer_word(t))), None)
        where = back
    sentence = token.sent
    for ahead in ("the sentence after", "two sentences after"):
        # a named attacker is told after the act as often as before ("Two people were shot
        # dead. Police arrested the alleged gunman, Marek Dolan"); nothing else is
        if found is not None or (sentence := _next_in_paragraph(document, sentence)) is None:
            break
        found = next(
            ((t, how) for t in sentence if (how := attacker_word(t))),
            None,
        ) or next(
            (
                (t, f"the doer {t.text!r} of the act named again")
                for t in sentence
                if agent_of_act_again(document, t, draft)
            ),
            None,
        )
        where = ahead
    if found is None:
        return draft
    return _with_doer(document, draft, found[0], f"{found[1]} in {where}")


def captor_acting(document: Document, token: Token) -> bool:
    """A word of those who take people or vessels by force (the lexicon's captors: pirates,
    kidnappers, hijackers) acting in a sentence, as a subject or a passive's agent, for a
    taking told without its doer ("Pirates attacked two freighters off the cape. The Sea Lark
    was hijacked ...": what pirates are named for is what was done). An actor or a phrase that
    names people."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in document.lexicon.captors:
        return False
    acting = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
    return acting and (document.actors.at(token) is not None or named_people(document, token))


def crowd_body(document: Document, token: Token) -> bool:
    """An arresting body that is a subject in the paragraph of an act of force whose sentence
    names a weapon of crowd control ("Riot police were deployed in the square. Dozens were
    beaten amid clouds of tear gas": tear gas and batons are the police's, not the crowd's)."""
    return token.dep_ in ("nsubj", "nsubjpass") and arresting_body(document, token)


def accused_attacker(document: Document, token: Token) -> bool:
    """A named actor the paragraph gives as the one who attacked: beside a word of attackers
    ("the alleged gunman, Marek Dolan", "gunman Marek Dolan", "Dolan, the shooter") or charged
    with or accused of the killing ("Marek Dolan has been charged with their murder"); session
    56: the blind judges found a shooting left with no doer where the article named the accused
    gunman. A suspect only arrested or questioned is not enough."""
    if token.pos_ != "PROPN" or document.actors.at(token) is None:
        return False
    if token.dep_ == "appos" and token.head.lemma_.lower() in ATTACKERS:
        return True
    if any(
        c.dep_ in ("appos", "compound") and c.lemma_.lower() in ATTACKERS for c in token.children
    ):
        return True
    verb = token.head
    if token.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in CHARGING:
        return False
    return any(
        g.lemma_.lower() in KILLINGS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "of")
        for g in prep.children
        if g.dep_ == "pobj"
    )


def deployed_body(document: Document, token: Token) -> bool:
    """An arresting body the paragraph tells deployed or sent in, before an act of force told
    without its doer ("Security forces were deployed around the square. Dozens of protesters
    were beaten": a reader lays the beating on them, session 56). The subject of a
    mobilisation, active or passive; not of anything else ("Police said ...")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not arresting_body(document, token):
        return False
    trigger = trigger_of(token.head, document.lexicon)
    return trigger is not None and trigger.type == "MOBILIZE"


def _with_doer(
    document: Document, draft: Draft, found: Token, how: str, actor: str | None = None
) -> Draft:
    """The draft with the body ``found`` (whose actor is ``actor``, else the token's) as its
    source, found as ``how`` says: no longer an act kept without a named actor."""
    draft.source = actor or document.actors.at(found)
    draft.source_token = found
    if draft.source is None:
        # a phrase the actor stage made no actor of ("a few dozen men in plain clothes", a
        # state's name): the record shows it, and is still kept for its people acted on
        draft.source_phrase = phrase_span(document.article, found)
    else:
        draft.agentless = False
        draft.notes = [n for n in draft.notes if not n.startswith("kept without a named actor")]
    draft.notes.append(f"source: {how}")
    return draft


def turning_on(document: Document, token: Token) -> bool:
    """An armed body (``force_user``) that is the subject of an act of force or coercion
    ("troops stormed the square") or of turning on, opening fire on, charging, cracking down
    on or dragging someone (``TURNING_ON``); not of a report, nor of anything else ("Troops
    withdrew")."""
    if token.dep_ != "nsubj" or document.actors.at(token) is None:
        return False
    if not (arresting_word(token) or armed_word(token)):
        return False
    return forcing(document, token.head)


def forcing(document: Document, verb: Token) -> bool:
    """Whether a verb is an act of force or coercion of the lexicon ("stormed", "arrested"),
    or one of turning on someone (``TURNING_ON``: "turned on", "opened fire", "dragged out")."""
    lemma = verb.lemma_.lower()
    if lemma in TURNING_ON and any(
        c.lower_ in TURNING_ON[lemma] for c in verb.children if c.dep_ in ("prt", "prep", "dobj")
    ):
        return True
    trigger = trigger_of(verb, document.lexicon)
    if trigger is not None and trigger.type in ("COERCE", "ASSAULT"):
        return True
    # "used tear gas", "broke up the march with batons": a weapon of crowd control wielded
    return any(
        crowd_weapon(w)
        for c in verb.children
        for w in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "using"))
    )


def armed_word(token: Token) -> bool:
    """Whether the token is a word of an armed group ("rebels", "gunmen", ``ARMED``)."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in ARMED


# the words that tie a clause's time to the act's: "were dispersed when men stormed the march"
WHEN_WORDS = {"when", "as"}
# a clause's verb that tells what was done to the ones acted on or to their own act
DISRUPTING = {"disrupt", "attack", "storm", "charge", "raid", "rush", "assault", "break"}
WHEN_CLAUSE_DOER = "the doer of the 'when' clause that tells how it was done (session 53)"


def doer_of_when_clause(draft: Draft) -> Token | None:
    """The subject of a "when"/"as" clause that tells how an act of force or coercion told in
    the passive without its agent was done ("Protesters were forcibly disbanded when a few
    dozen men in plain clothes disrupted their demonstration"; session 53: the blind judges
    found such doers left empty). The clause's verb must act on the ones acted on or on
    their own act: it disrupts, attacks, storms or charges (``DISRUPTING``) with its object
    theirs ("their demonstration") or the ones themselves. A subject that is a pronoun, or
    the ones acted on ("were detained as they marched"), is not taken."""
    token = draft.token
    if draft.trigger.type not in ("COERCE", "ASSAULT") or token.pos_ != "VERB":
        return None
    held = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if held is None or any(c.dep_ == "agent" for c in token.children):
        return None
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in DISRUPTING:
            continue
        if not any(
            c.lower_ in WHEN_WORDS and c.dep_ in ("mark", "advmod") for c in clause.children
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if any(
            o.lemma_.lower() == held.lemma_.lower()
            or any(p.dep_ == "poss" and p.lower_ in ("their", "its") for p in o.children)
            for o in objects
        ):
            return subject
    return None


def state_entered(document: Document, draft: Draft) -> tuple[Token, str | None] | None:
    """The country the ones held had crossed into, when their own clause says so ("three
    students who crossed into Bhutan were detained", "were detained after straying into
    Bhutan"): a state holds those who entered it, so its authorities made the arrest. Only a
    detention told in the passive without its agent, and a country's actor as where they went
    ("into" a country, or "entered" it): the place's own actor, else the country's actor of
    the same name the text names elsewhere ("Bhutan said ..."). A country's name the actor
    stage made no actor of is the source's phrase, with no actor (session 53: the blind judges
    found "detained after they strayed across the border into <a country>" left empty)."""
    token = draft.token
    if token.pos_ != "VERB" or any(c.dep_ == "agent" for c in token.children):
        return None
    held = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if held is None:
        return None
    # the detainees' relative clause, or the trigger's clause of what they did before
    clauses = [c for c in held.children if c.dep_ in ("relcl", "acl")] + [
        g
        for c in token.children
        if c.dep_ == "advcl" or (c.dep_ == "prep" and c.lower_ in ("after", "for"))
        for g in ([c] if c.dep_ == "advcl" else c.children)
        if g.pos_ == "VERB"
    ]
    actors = document.actors
    for verb in clauses:
        if verb.lemma_.lower() not in ENTERING:
            continue
        places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "enter"]
        places += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "into"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for place in places:
            found = actors.get(actors.at(place)) or next(
                (a for a in actors.actors if place.text in (a.name, *a.aliases)), None
            )
            if found is None and known_state(place):
                return place, None  # a country the text names nowhere else: its name (session 53)
            if found is None or found.kind not in STATE_KINDS:
                continue
            if actors.at(place) is None:  # the state's mention where the text names it
                place = document.doc[min(i for i, a in actors.by_token.items() if a == found.id)]
            return place, found.id
    return None


def custody_keeper(document: Document, draft: Draft) -> Token | None:
    """The arresting body whose custody the arrest puts someone in ("taken into police
    custody", "held in army custody"): the parse gives the custody noun as the target."""
    nouns = [draft.target_token] + [
        g for c in draft.token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return next(
        (
            c
            for noun in nouns
            if noun is not None and noun.lemma_.lower() in CUSTODY_NOUNS
            for c in noun.children
            if c.dep_ in ("compound", "amod", "poss") and arresting_body(document, c)
        ),
        None,
    )


def reporting_arrester(document: Document, token: Token) -> Token | None:
    """The arresting body the arrest is reported by ("..., according to police"; a quotation
    of the police over several sentences)."""
    attribution = reported_in(document, token)
    if attribution is None or attribution.speaker is None or attribution.source is None:
        return None
    source = attribution.source
    # the tokens that start inside the source's characters (not a walk over the whole text)
    words = document.doc.char_span(source.start, source.end, alignment_mode="expand") or ()
    return next(
        (
            t
            for t in words
            if t.idx >= source.start
            and document.actors.at(t) == attribution.speaker
            and arresting_body(document, t)
        ),
        None,
    )


def acted_on_tokens(draft: Draft) -> set[int]:
    """The tokens of the ones the trigger acts on: its passive subject or object, its target
    phrase, the phrases hung on it ("arrested for attacking police"), and the noun a relative
    clause or a participle describes ("the journalist, who was arrested"); not a clause of its
    own under it ("were arrested as strikers scuffled with police")."""
    token = draft.token
    found = {token.i}
    for child in token.children:
        if child.dep_ not in OWN_CLAUSES:
            found |= {t.i for t in child.subtree}
    if draft.target_token is not None:
        found |= {t.i for t in draft.target_token.subtree}
    if token.dep_ in ("relcl", "acl"):
        found |= {t.i for t in token.head.subtree if t.i <= token.i}
    return found


def acting_before(document: Document, token: Token) -> bool:
    """An arresting body that is the subject, in the sentence before, of an act of force or
    coercion ("Police raided the house", "troops stormed the camp") or of a report ("police
    said"); not of anything else ("Troops withdrew from the town. The mayor was arrested")."""
    if token.dep_ != "nsubj" or not arresting_body(document, token):
        return False
    verb = token.head
    if verb.lemma_.lower() in REPORTING_VERBS:
        return True
    trigger = trigger_of(verb, document.lexicon)
    return (trigger is not None and trigger.type in FORCE_TYPES) or forcing(document, verb)


def acting_arrester(document: Document, token: Token) -> bool:
    """An arresting body acting in the sentence: a subject, or the object of "by"/"with"
    hung on a verb."""
    if not arresting_body(document, token):
        return False
    if token.dep_ == "nsubj":
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in ACTING_PREPS
        and head.dep_ in ("prep", "agent")
        and head.head.pos_ == "VERB"
    )


def arresting_body(document: Document, token: Token) -> bool:
    """Whether the token names an actor that is an arresting body ("police", "the Kestrian
    authorities", "security forces")."""
    return document.actors.at(token) is not None and arresting_word(token)


def arresting_word(token: Token) -> bool:
    """Whether the token is a word of an arresting body, an actor or not ("police",
    "officers" of "police officers")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = token.lemma_.lower()
    if lemma in ARRESTERS or token.lower_ in ARRESTERS:
        return True
    return lemma in QUALIFIED_ARRESTERS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARRESTER_QUALIFIERS
        for c in token.children
    )
