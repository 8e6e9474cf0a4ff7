"""What the surroundings of an expression say: its sentence, the tense, whether it is quoted.

Tense decides which way a bare weekday or month points ("said on Thursday" is the last Thursday,
"will meet on Thursday" the next). With a spaCy parse the governing verb is read; without one, the
nearest tense cue in the words around the expression decides.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from dateline.timex.values import FUTURE, PAST, UNKNOWN

# ahead of the clause that speaks of it ("would arrive Wednesday", "scheduled for May"): ahead
# of the writer in news, but in a history only ahead of the story's own time
AHEAD = 2

# a sentence ends at . ! or ? (possibly before a closing quote) followed by a space, or a new line
_SENTENCE_END = re.compile(r"[.!?][”’\"')]*(?=\s+[A-Z“\"‘'(0-9])|\n\s*")
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|['’]ll|shall|going to|plans? to|planning|planned|scheduled|expected to|"
    r"is to|are to|due to|set to|upcoming|next(?!\s+to\b)|would be held|as (?:soon|early) as|"
    # the dates of notices: "payable Dec. 15", "effective June 1", "expects ... by March"
    # ("effective" only right before the date: histories speak of effective resistance)
    r"payable|effective(?=\s*$)|expects?|expected|anticipated?|between now and|"
    # as posts put it
    r"gonna|how about|can['’]?t wait|let['’]?s)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:said|says|told|was|were|had|did|ago|last|earlier|announced|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
_FUTURE_AUXILIARIES = {"will", "'ll", "’ll", "shall", "wo"}
# modals of what may yet happen: what they govern lies ahead ("should be capped by Sunday");
# not "could", as often the past of "can" ("could not be located Wednesday") as a conditional
_MODALS = {"should", "may", "might", "must", "can", "ca"}
# words that put a date ahead whatever the tense around them: "payable Dec. 7", "a summit
# scheduled for April", "is expected in May", "effective June 1", "ahead of talks on Friday"
_FORWARD_WORDS = {
    "expected", "scheduled", "planned", "slated", "due", "payable", "effective", "upcoming",
    # "ahead of hearings on Tuesday and Thursday": what something is done ahead of is to come
    "ahead",
}  # fmt: skip
_PLANNING_VERBS = {"going", "plan", "plans"}  # "is going to", "plans to meet"
# an infinitive under these looks ahead of them: "plans to meet in June", "vowed to act by May",
# "talks that are supposed to end by May", "who is due to visit on Sunday"
_INTENT_LEMMAS = {
    "plan", "intend", "want", "hope", "expect", "aim", "seek", "vow", "pledge", "promise",
    "threaten", "agree", "decide", "prepare", "schedule", "set", "go", "wish", "try", "need",
    "suppose", "due", "likely", "unlikely", "poised", "bound", "certain", "be",
}  # fmt: skip
# an infinitive asked for looks ahead of the asking by its deadline: "urged Kestria to withdraw
# by Sunday" ("asked them to leave on Monday" may tell the day of the asking: the words decide)
_ASKING_LEMMAS = {"urge", "ask", "order", "press", "demand", "instruct", "invite", "request"}
# a clause in the subjunctive under these looks ahead of them: "urged that Congress pass the bill
# by Easter", "demanded that the workers be reinstated by Friday"
_MANDATIVE_LEMMAS = {
    "urge", "demand", "ask", "recommend", "insist", "propose", "request", "require", "order",
    "move", "petition", "stipulate",
}  # fmt: skip
# of these, a schedule told in the past may already have fallen due ("was to meet on Monday")
_SCHEDULE_LEMMAS = {
    "suppose", "expect", "schedule", "plan", "set", "due", "likely", "poised", "go", "be",
}  # fmt: skip
# verbs whose simple present tells no arrangement: saying, thinking, being, having
_PRESENT_STATES = {
    "be", "have", "say", "tell", "report", "think", "believe", "know", "seem", "remain",
    "show", "mean", "need", "want", "hope", "expect", "add", "note", "claim", "insist",
    "argue", "deny", "acknowledge", "admit", "warn", "estimate", "indicate", "suggest",
}  # fmt: skip
# verbs whose past is written as their present: "stocks hurt the index on Friday" is a past
_SAME_IN_THE_PAST = {
    "hurt", "cut", "put", "set", "hit", "cost", "let", "shut", "spread", "quit", "bet", "cast",
    "burst", "split", "read", "bid", "broadcast", "forecast", "upset", "shed", "rid", "beat",
    "thrust", "slit", "offset", "undercut", "reset", "outbid",
}  # fmt: skip
# words that rank a noun: "the first country to ratify it in May" tells who did it
_RANKS = {"first", "last", "only", "second", "third", "latest", "next"}
# nouns of trying: their infinitive says what the effort is for, no day arranged for it; a time
# after it is the effort's own ("winds hampered efforts to contain the slick on Friday")
EFFORT_NOUNS = {"effort", "attempt", "bid", "struggle", "scramble", "race", "push", "drive"}
# how a date names the time of a noun: "the April 20 disaster", "Tuesday's ruling"
_NOUN_MODIFIERS = {"nmod", "compound", "poss", "amod"}
# deadlines move forward: "postponed until Tuesday", "extended through January", "the rebate
# was extended to June 30", "the hearing was put back to June 8" ("to" only after a verb that
# moves a date, not "gave it to ...")
_DEADLINE_LEMMAS = {"postpone", "extend", "delay", "adjourn", "defer", "give", "suspend"}
# the words that end a stretch or set a deadline ("until Friday", "by Friday"); the event coder
# reads them too: a time after them ends a stretch, it does not date the act
DEADLINE_PREPOSITIONS = {"until", "till", "through", "by"}
_MOVED_TO_LEMMAS = _DEADLINE_LEMMAS - {"give"} | {"reschedule"}
_MOVED_PARTICLES = {"back", "forward"}
_UNTIL = {"until", "till"}
# a passive that fixes the time of what is to come: "the meeting is set for Saturday", "the
# vote is slated for May" (not "is wanted for Monday's attack": the verb must schedule)
_SETTING_LEMMAS = {"set", "schedule", "slate", "plan", "fix", "book", "call", "reschedule"}
# words of how far around an expression cues are looked for
_CUE_WINDOW = 60


def sentence_spans(text: str, doc: Doc | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (spaCy's when a parse is given)."""
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(sentence.start_char, sentence.end_char) for sentence in doc.sents]
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    index = max(0, bisect_right([start for start, _ in spans], offset) - 1)
    return spans[index]


def direction_from_text(text: str, start: int, end: int, sentence: tuple[int, int]) -> int:
    """Tense from the nearest cue word around the expression, within its sentence."""
    left = text[max(sentence[0], start - _CUE_WINDOW) : start]
    right = text[end : min(sentence[1], end + _CUE_WINDOW)]
    best_distance, best = len(text) + 1, UNKNOWN
    for cue, direction in ((_FUTURE_CUE, FUTURE), (_PAST_CUE, PAST)):
        for match in cue.finditer(left):
            if len(left) - match.end() < best_distance:
                best_distance, best = len(left) - match.end(), direction
        for match in cue.finditer(right):
            if match.start() < best_distance:
                best_distance, best = match.start(), direction
    return best


def direction_from_doc(doc: Doc, start: int, end: int) -> int | None:
    """Tense of the verb governing the expression (``AHEAD`` when it lies ahead of that verb's
    own time), or None when no verb governs it or its form says nothing of the time (a present
    passive, a participle modifying a noun)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    direction = _governing_direction(span)
    if _of_a_planned_thing(span):
        # "tents are needed before the expected start of the rainy season in May"; told in the
        # past, the plan may have fallen due: the words around decide
        return None if direction == PAST else AHEAD
    if direction in (FUTURE, AHEAD) and _names_a_thing(span.root):
        # a clause that looks ahead does not move a thing it names by its date: "is conducting
        # an inquiry into the April 20 disaster", "would have acted differently before the
        # April blowout" (the words around decide)
        return None
    return direction


def _of_a_planned_thing(span: Span) -> bool:
    """Whether the expression tells the time of a thing said to be planned or awaited, a noun
    between it and its verb: "the expected start of the season in May", "the planned visit on
    Friday", "the upcoming vote in June"."""
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and any(
            child.dep_ == "amod" and child.lower_ in _FORWARD_WORDS for child in token.children
        ):
            return True
    return False


def _names_a_thing(token: Token) -> bool:
    """Whether a date modifies a noun, naming its time: "the April 20 disaster", "Tuesday's
    ruling" (not "a mission in December": a verb's tense tells that one well enough)."""
    return token.dep_ in _NOUN_MODIFIERS and token.head.pos_ in ("NOUN", "PROPN")


def _governing_direction(span: Span) -> int | None:
    token = span.root
    preposition = None
    for _ in range(6):  # climb to the governing verb: "on Thursday" -> "met"
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
        if token.lower_ in _FORWARD_WORDS and token.pos_ not in ("VERB", "AUX"):
            return AHEAD  # "a summit due in May"; a verb's tense is read below ("had planned")
        if token.dep_ == "prep" or (token.dep_ == "agent" and token.lower_ == "by"):
            preposition = token.lower_
            if preposition == "since":
                return PAST  # "since the accident on 20 April", whatever the verb
    if token.pos_ not in ("VERB", "AUX"):
        return None
    token = _saying_before_its_clause(token, span) or token
    while token.dep_ == "xcomp" and token.tag_ == "VBG" and not _auxiliaries(token):
        token = token.head  # a bare gerund takes the time of its verb: "aim to finish drilling"
    if _told_in_past_perfect(token):
        return PAST  # "had been scheduled to expire Friday": a plan of the past, since changed
    auxiliaries = _auxiliaries(token)
    if any(child.lower_ in _FUTURE_AUXILIARIES for child in auxiliaries):
        return FUTURE
    if _plan_made_on_the_day(token, auxiliaries, span):
        return PAST  # "On Friday, the government planned to pay ...": the day of the planning
    if token.lower_ in _FORWARD_WORDS or any(child.lower_ == "would" for child in auxiliaries):
        return AHEAD
    if preposition in DEADLINE_PREPOSITIONS and token.lemma_ in _DEADLINE_LEMMAS:
        return AHEAD
    if preposition == "to" and _moves_a_date(token):
        return AHEAD
    if _set_for_in_the_present(token, auxiliaries, preposition):
        return AHEAD
    if preposition in _UNTIL and any(t.tag_ in ("VBP", "VBZ") for t in [token, *auxiliaries]):
        return AHEAD  # "Iran has until Friday to reply", "the road is closed until Monday"
    if any(child.lemma_ == "have" for child in auxiliaries):
        return PAST  # "has met on Monday", "are expected to have died in Tuesday's quake"
    asked_by = token.head.lemma_ in _ASKING_LEMMAS and preposition in DEADLINE_PREPOSITIONS
    if (
        token.dep_ in ("xcomp", "ccomp")
        and (token.head.lemma_ in _INTENT_LEMMAS or asked_by)
        and any(child.lower_ == "to" for child in auxiliaries)
    ):
        if token.head.lemma_ in _SCHEDULE_LEMMAS and _in_the_past(token.head):
            # a schedule told in the past ("was supposed to end on Friday", "was expected to
            # sign on Tuesday") may have fallen due already: the words around decide (a vow
            # in the past still looks ahead: "vowed to retake the town by September")
            return None
        return AHEAD  # "plans to meet in June", "expects it to be finished by August"
    if _subjunctive_asked_for(token, auxiliaries):
        return AHEAD
    if token.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return PAST
    if any(child.lower_ in _MODALS for child in auxiliaries):
        return AHEAD  # "should be finished by mid-August", "may vote on Friday"
    if _possible_by_a_deadline(token, auxiliaries, preposition):
        return AHEAD  # "fears oil could leak until August", "could be sealed by July"
    if _infinitive_of_a_plan(token, auxiliaries) and not _aim_of_an_effort(token, preposition):
        return AHEAD  # "an interview to be broadcast on Sunday", "a vote to take place in May"
    if token.tag_ == "VBN" and token.dep_ == "acl" and not _scheduled(token, preposition):
        # a participle describing a noun tells what was done to it: "a record set on Aug. 6",
        # "the accord signed in March"
        return PAST
    if token.tag_ == "VBN":
        return None  # "is heard in May": the words around decide
    if token.tag_ == "VBG" and any(child.lemma_ == "be" for child in auxiliaries):
        return FUTURE  # "is meeting on Friday" arranges a future event
    if token.lower_ in _PLANNING_VERBS:
        return FUTURE
    if _present_of_a_plan(token, auxiliaries):
        return AHEAD  # "the ministers meet Monday", "the court hears the case on Friday"
    return None


def _plan_made_on_the_day(verb: Token, auxiliaries: list[Token], span: Span) -> bool:
    """Whether the date hangs on a plan or expectation itself told in the simple past, with its
    subject, and comes before what was planned ("On Friday, the ministry planned to pay ...",
    "planned on Monday to close"): the day the plan was made. After it, it is the day planned
    ("planned a march on Saturday"); "was expected on Friday" is the day expected."""
    if verb.tag_ != "VBD" or verb.lower_ not in _FORWARD_WORDS or auxiliaries:
        return False
    if not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    planned = [c.i for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    return not planned or span.start < min(planned)


def _possible_by_a_deadline(verb: Token, auxiliaries: list[Token], preposition: str | None) -> bool:
    """Whether "could" tells what may happen by or until a time ("the well could be sealed by
    August", "oil could leak until August"): ahead. Denied, it tells what was so until then
    ("could not be located until Wednesday"), and without a deadline "could" is often the past
    of "can"."""
    if preposition not in DEADLINE_PREPOSITIONS:
        return False
    if not any(child.lower_ == "could" for child in auxiliaries):
        return False
    return not any(child.dep_ == "neg" for child in verb.children)


def _subjunctive_asked_for(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether a verb is the subjunctive of a "that" clause asking for something ("urged that
    Congress pass the bill by Easter", "demanded that the vote be held on Monday"): its bare
    form, or a passive with bare "be", under a verb of asking or demanding."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in _MANDATIVE_LEMMAS:
        return False
    if not any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children):
        return False
    if auxiliaries:
        return all(a.tag_ in ("VB", "VBP") and a.lemma_ == "be" for a in auxiliaries)
    return verb.tag_ in ("VB", "VBP")


def _present_of_a_plan(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether a verb in the simple present, with no auxiliary, tells what is arranged for a
    day: news writes what will happen as "the two leaders meet Monday". Not a verb of saying
    or thinking ("says on Monday" is rare, and of the day it was said), nor a state, nor a
    verb whose past looks the same ("stocks hurt the index on Friday")."""
    return (
        verb.tag_ in ("VBP", "VBZ")
        and not auxiliaries
        and verb.lemma_ not in _PRESENT_STATES
        and not (verb.tag_ == "VBP" and verb.lower_ in _SAME_IN_THE_PAST)
        and verb.dep_ not in ("ccomp", "advcl", "relcl", "acl")
    )


def _infinitive_of_a_plan(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether an infinitive describing a noun tells what is arranged for it ("talks to be held
    on Friday", "the vote to take place in May", "called for a ballot to take place in May");
    not after a first, a last or a superlative, which tell who did it ("the first patient to
    die on Sunday")."""
    if not any(a.lower_ == "to" for a in auxiliaries):
        return False
    for_a_noun = verb.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ == "for" for child in verb.children
    )
    if verb.dep_ not in ("acl", "relcl") and not for_a_noun:
        return False
    return not any(
        child.tag_ in ("JJS", "RBS") or child.lower_ in _RANKS for child in verb.head.children
    )


def _aim_of_an_effort(verb: Token, preposition: str | None) -> bool:
    """Whether an infinitive says what an effort is for ("winds hampered efforts to contain the
    slick on Friday"): a time on it that is no deadline ("by Friday", "before Friday") is the
    effort's day, as the parse hangs it on the last verb, not a day arranged."""
    aimed_at = preposition in DEADLINE_PREPOSITIONS or preposition == "before"
    return verb.head.lemma_ in EFFORT_NOUNS and not aimed_at


def _in_the_past(verb: Token) -> bool:
    """Whether a verb (or the adjective of "was due to") is in the simple past, itself, through
    its auxiliary ("was supposed") or through the copula it completes ("was due")."""
    if verb.dep_ == "acomp" and verb.head.tag_ == "VBD":
        return True
    return verb.tag_ == "VBD" or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in verb.children
    )


def _scheduled(participle: Token, preposition: str | None) -> bool:
    """Whether a participle sets something for a time ("a summit set for Washington in April",
    "a vote called for Friday"): a schedule, not what was done."""
    return preposition == "for" or any(child.lower_ == "for" for child in participle.children)


def _moves_a_date(verb: Token) -> bool:
    """Whether a verb moves the date of something: "extended the offer", "postponed the
    vote", "put back", "brought forward"."""
    return verb.lemma_ in _MOVED_TO_LEMMAS or any(
        child.dep_ in ("prt", "advmod") and child.lower_ in _MOVED_PARTICLES
        for child in verb.children
    )


def _set_for_in_the_present(verb: Token, auxiliaries: list[Token], preposition: str | None) -> bool:
    """Whether a present passive sets the time of what is to come: "the talks are set for
    Monday". Told in the past ("was set for Monday") the day may have come and gone: the words
    around decide."""
    return (
        preposition == "for"
        and verb.tag_ == "VBN"
        and verb.lemma_ in _SETTING_LEMMAS
        and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    )


def _saying_before_its_clause(verb: Token, span: Span) -> Token | None:
    """The verb of saying an expression belongs to when the parse hangs it on the clause said:
    in "said on Saturday it would hold talks" the day comes after "said" and before the
    clause's subject, with no "that" between, so it is the saying's day."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or head.i >= span.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or span.end > subject.i:
        return None
    between = verb.doc[head.i + 1 : span.start]
    return None if any(t.dep_ == "mark" or t.lower_ == "that" for t in between) else head


def _told_in_past_perfect(verb: Token) -> bool:
    """Whether the verb, or the clause it completes ("had been due to expire", "had been
    scheduled to close"), is in the past perfect."""
    token = verb
    for _ in range(3):
        if any(child.dep_ == "aux" and child.lower_ == "had" for child in token.children):
            return True
        if token.dep_ not in ("xcomp", "acomp"):
            return False
        token = token.head
    return False


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of a verb, or of the verb it is coordinated with when it has none of its
    own ("will fly to Paris and meet him on Monday")."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        auxiliaries = [child for child in verb.head.children if child.dep_ in ("aux", "auxpass")]
    return auxiliaries
