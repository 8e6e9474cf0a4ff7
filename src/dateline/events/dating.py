"""When an event mention happened and how it is stated: its date sources and modality flags.

The order in which a date is chosen is told in ``coder``; the date of the event a mention is
anchored to or is a later mention of is taken in ``corefer``. A mention no time expression,
event or statement dates happens at the story's time when its clause narrates it, and has no
day of its own otherwise (``untimed``, ``date_from_context``). ``nearest``, the search along
the dependency tree, also finds a mention's place and fallback target (``arguments``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import deque
from collections.abc import Callable, Container

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from dateline.events.document import Document
from dateline.events.draft import Draft
from dateline.events.triggers import CHAIN, governors, trigger_of
from dateline.model import Attribution, TimeExpression
from dateline.text.doctext import (
    attribute_keys,
    sentence_bounds,
    sentence_ranges,
    tokens_text,
)
from dateline.text.stamps import MONTH_NAMES
from dateline.timex.context import DEADLINE_PREPOSITIONS, EFFORT_NOUNS
from dateline.timex.intervals import Interval, day_of, days_of
from dateline.timex.tagger import (
    clocked_heading,
    labels_a_day,
    stamps_an_entry,
    update_stamp,
)

MAX_DISTANCE = 5  # dependency hops from a trigger to its date or place
HISTORICAL_AFTER = dt.timedelta(days=365)


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "pcomp"}
VERB_POS = ("VERB", "AUX")
PRESENT_TAGS = ("VBZ", "VBP")  # "says", "say": a report of now


def nearest(
    trigger: Token,
    wanted: Callable[[Token], bool],
    limit: int = MAX_DISTANCE,
    into_clauses: bool = True,
    among: Container[int] | None = None,
) -> Token | None:
    """The token closest to the trigger along the dependency tree that is ``wanted``.

    Without ``into_clauses`` the search does not go down into a clause on another word ("the
    treaty signed in 1996": 1996 is the signing's date, not a withdrawal's from the treaty;
    "accused Valdoria of moving artillery earlier this year": the moving's date). ``among``:
    the indices of the only words ``wanted`` can pass (a time expression's, an actor's), when
    the caller knows them: no other word is asked, and a sentence that holds none of them is
    not searched.
    """
    origin = trigger.i
    start, end = sentence_bounds(trigger)  # (``trigger.sent``'s, from the kept starts)
    if among is not None and not any(i in among for i in range(start, end) if i != origin):
        return None  # (most sentences hold no word of a time expression, many no actor)
    memo = _links_memo(trigger.doc)
    seen = {origin}
    queue = deque([(trigger, 0)])
    while queue:
        token, distance = queue.popleft()
        i = token.i
        if i != origin and (among is None or i in among) and wanted(token):
            return token
        if distance >= limit:
            continue
        links = memo.get(i) or _links(token, memo)
        # a clause on the trigger itself still tells its time ("that began in")
        following = links[0] if into_clauses or i == origin else links[1]
        distance += 1
        for nxt in following:
            j = nxt.i
            if j not in seen and start <= j < end:
                seen.add(j)
                queue.append((nxt, distance))
    return None


_last_links: list = [None, {}]  # the document ``nearest`` searched last, its words' links


def _links_memo(doc: Doc) -> dict[int, tuple[list[Token], list[Token]]]:
    """The links ``nearest`` has read of the document's words so far, by index (the searches
    of one document cross the same words many times; the parse does not change)."""
    if _last_links[0] is not doc:
        _last_links[0], _last_links[1] = doc, {}
    return _last_links[1]


def _links(token: Token, memo: dict) -> tuple[list[Token], list[Token]]:
    """What ``nearest`` goes on to from a word: its children and its head; and the same
    without the children that head a clause of their own (``into_clauses=False``)."""
    children = list(token.children)
    head = token.head
    outside = [c for c in children if c.dep_ not in CLAUSE_DEPS or c.pos_ not in VERB_POS]
    found = memo[token.i] = ([*children, head], [*outside, head])
    return found


def calendar_less(value: str) -> bool:
    """Whether a TIMEX3 value names no time on the calendar: "now" (PRESENT_REF), "recently"
    (PAST_REF), "for years" (a duration, P...)."""
    return value.endswith("_REF") or value.startswith("P")


def own_timex(document: Document, trigger: Token) -> TimeExpression | None:
    """The DATE/TIME expression nearest the trigger along the tree, within a few hops."""

    spans = document.lexicon.span_preps
    others = later_conjuncts(trigger)
    first = earlier_conjunct(trigger)

    def dated(token: Token) -> bool:
        if token.i not in document.timex_at:
            return False
        if any(token in other.subtree for other in others):
            return False  # "ordered troops in on Tuesday, but they were removed yesterday"
        if first is not None and first.i < token.i < trigger.left_edge.i and token in first.subtree:
            return False  # "a round last September and the talks in January": the round's
        timex = document.timex_at[token.i]
        if calendar_less(timex.value):
            return False  # "now", "recently", "for years": no day on the calendar
        if stamps_an_entry(document.article.text, timex.start, timex.end, timex.type):
            return False  # "Updated 9.30pm: ...": when the entry was written, not the act
        token = timex_root(document, token)  # its relation to the sentence
        # "killed since March": a cumulative toll's start, not the date of the killing
        if token.dep_ == "pobj" and token.head.lower_ in spans:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in UNTIL_PREPS:
            return False  # "proposed easing sanctions until September 30": the end, not the act
        if within_a_span(token, trigger, spans):
            return False  # "has pressed them since the crisis began in 1982": the stretch's start
        if (since := since_clause(clause_verb(trigger))) is not None and token in since.subtree:
            return False  # "have arrested 300 since the protests began in March": the start
        if stretch_timex(document, token):
            return False  # "shelled villages 40 times in the past month": no calendar month
        if answered_by(document, token, trigger):
            return False  # "retaliated for an attack on Friday": the attack's day
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.pos_ in ("NOUN", "PROPN")
            and token.head.head.i != trigger.i
            and token.head.head.i not in document.timex_at
            and token.head.head.lemma_.lower() not in PART_OF_TIME
            and not in_the_act(token.head.head, trigger)
        ):
            return False  # "condemned the massacre of March 3": the massacre's date
        if covered_period(token, trigger):
            return False  # "an inquiry into its sales for fiscal 1986": the period the sales cover
        # "accused Valdoria of breaking the 2019 armistice": the armistice's date; but "violated
        # the truce in a September attack": an event noun "in" the act is at its time
        return not (
            token.dep_ in ("compound", "nummod", "amod", "poss", "nmod")  # "the Sept. 11 attacks"
            and token.head.pos_ in ("NOUN", "PROPN")
            and token.head.i not in (trigger.i, trigger.head.i)
            and not in_the_act(token.head, trigger)
        ) and not of_another_act(document, token, trigger)

    def ends_a_stretch(token: Token) -> bool:
        if token.i not in document.timex_at:
            return False
        root = timex_root(document, token)
        return root.dep_ == "pobj" and root.head.lower_ in UNTIL_PREPS

    # the nearest date that ends a stretch ("extend the loan until December") leaves the act
    # undated: a date farther off ("offered on Friday to extend the loan") is another act's
    timex_at = document.timex_at  # (both tests need a word of a time expression)
    found = nearest(
        trigger, lambda t: dated(t) or ends_a_stretch(t), into_clauses=False, among=timex_at
    )
    if found is not None and (clause := other_acts_clause(trigger, found)) is not None:
        # "arrested him in the early hours of Monday, hours after thousands marched on Sunday":
        # a time in the act's own words dates it before a nearer one of the other act's clause
        own = nearest(
            trigger,
            lambda t: t not in clause.subtree and (dated(t) or ends_a_stretch(t)),
            into_clauses=False,
            among=timex_at,
        )
        found = own if own is not None else found
    if found is not None and ends_a_stretch(found):
        found = None
    if found is not None and not in_own_clause(trigger, found):
        found = None
    told = told_before(trigger, document)
    if found is not None and told is not None and found not in told.subtree:
        found = None  # "said on Thursday that police arrested him": Thursday dates the saying
    nested = inside_a_report(trigger) if found is not None else None
    if found is not None and nested is not None and found not in nested.subtree:
        found = None  # "reported Friday that he was seen days after a gunman killed the judge"
    vague = vague_on_the_act(document, trigger) if found is not None else None
    if found is not None and vague is not None and found not in vague.subtree:
        found = None  # "Kuwait today rejected charges that boats seized recently ...": no day
    if found is not None and told is not None and before_the_report(told, found):
        found = None  # "said on Friday they had arrested 300": the parser's Friday is the saying's
    relative = of_a_party(document, trigger) if found is not None else None
    if found is not None and relative is not None and found not in relative.subtree:
        found = None  # "Ruiz, who backs the president, said on Thursday": the saying's day
    perfect = perfect_relative(trigger) if found is not None else None
    if found is not None and perfect is not None and found not in perfect.subtree:
        found = None  # "a probe in which 40 people have been arrested, police said today"
    participle_of_noun = participle_on_a_noun(trigger) if found is not None else None
    if (
        found is not None
        and participle_of_noun is not None
        and found not in participle_of_noun.subtree
    ):
        found = None  # "promised on Friday to free soldiers captured in the war": the promise's
    if found is not None and perfect_beside_a_past(document, trigger, found):
        found = None  # "in July proposed a plan, and has pressed the EC to answer": July's
    if found is not None and past_on_a_perfect(document, trigger, found):
        found = None  # "has been arrested in connection with the bombings ... last year"
    if found is not None and answered_noun(trigger) and found not in trigger.subtree:
        found = None  # "welcomed on Friday Valdoria's pledge of aid": the welcome's day
    if found is not None and spanning(trigger) and found not in trigger.subtree:
        found = None  # "warned on Friday, as protests entered their third week": weeks, no day
    if (
        found is not None
        and counted_span(trigger)
        and found not in trigger.subtree
        and trigger.head.lemma_.lower() not in BEGINNING_VERBS
    ):
        found = None  # "the 10-month investigation will report on Monday": months, no day
    if (
        found is not None
        and (ordered := ordered_clause(trigger)) is not None
        and dates_other_clause(ordered, found)
    ):
        found = None  # "after the opposition complained, the board was dissolved on March 3"
    if found is not None and told_by_effect(trigger) and found not in trigger.subtree:
        found = None  # "the arrest sparked protests on Friday": the protests' day
    if found is not None and (act := looked_ahead_to(trigger)) is not None and found in act.subtree:
        found = None  # "asked citizens to stay home over the weekend": the stay's time
    cause = named_as_cause(document, trigger)
    if found is not None and cause is not None and found not in trigger.subtree:
        found = None  # "jailed on Friday for the kidnapping": Friday dates the jailing
    if (
        found is not None
        and long_before(document, document.timex_at[found.i])
        and going_on_now(document, trigger) is not None
    ):
        found = None  # "is demanding damages ... in December 1984": a date the parse hung on
        # the verb from another phrase (the disaster's); an act going on now is not that old
    if found is None and trigger.i in document.timex_at:
        found = None if calendar_less(document.timex_at[trigger.i].value) else trigger
    if found is None:
        found = statement_dated(trigger, dated)
    return document.timex_at[found.i] if found is not None else None


# the marks of a clause that tells another act beside the trigger's ("after thousands marched
# on Sunday", "when the court ruled in May")
OTHER_ACT_MARKS = {"after", "before", "until", "till", "since", "once", "when", "as", "while"}


def other_acts_clause(trigger: Token, found: Token) -> Token | None:
    """The verb of a clause on the trigger's verb that holds ``found`` and tells another act:
    an adverbial clause with a subject and a mark of its own ("hours after tens of thousands
    marched on Sunday"), whose time is that act's. None when ``found`` is in no such clause."""
    verb = trigger if trigger.pos_ in VERB_POS else clause_verb(trigger)
    if verb is None or found not in verb.subtree:
        return None
    clause = next((c for c in verb.children if found in c.subtree), None)
    if clause is None or clause.dep_ != "advcl" or clause.pos_ not in VERB_POS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause if marks & OTHER_ACT_MARKS else None


def covered_period(root: Token, trigger: Token) -> bool:
    """Whether a time expression (its ``root``) is the period a thing covers, a phrase on "for"
    hung on a noun other than the trigger ("an inquiry into its export sales for fiscal 1986",
    "called a strike for Friday") or on the trigger's verb when that verb has an object the
    parser left it off ("rejected the forecast for 2027", "charged the firm over its tax
    returns for 2023"): the sales, strike, forecast or returns are of that period; the inquiry,
    call, rejection or charge are told before or during it, not on it. A phrase on "for" of the
    trigger noun itself ("a meeting for Monday"), of a verb without an object, or of a part of
    a time ("banned imports for the rest of the year") is left to the other rules."""
    head = period_holder(root)
    if head is None:
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return head.i != trigger.i and not in_the_act(head, trigger) and trigger not in head.subtree
    return head.i == trigger.i


def period_holder(root: Token) -> Token | None:
    """The word whose period a time expression (its ``root``) is, on "for": a noun ("its sales
    for fiscal 1986", "a strike for Friday") or a verb with an object ("rejected the forecast
    for 2027", the parser having left the phrase off the object). None otherwise: no "for", a
    part of a time ("banned imports for the rest of the year": from now on), a verb without an
    object."""
    if root.dep_ != "pobj" or root.head.lower_ != "for" or root.lemma_.lower() in PART_OF_TIME:
        return None
    head = root.head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return None if head.lemma_.lower() in PART_OF_TIME else head
    if head.pos_ in VERB_POS and any(child.dep_ == "dobj" for child in head.children):
        return head
    return None


# nouns of a part of a time, whose phrase on "of" is still the act's time: "on the morning of
# March 3", "at the end of May", "on the first day of the year", "on the eve of the vote"
PART_OF_TIME = {"morning", "afternoon", "evening", "night", "day", "dawn", "dusk", "midnight",
                "noon", "weekend", "week", "month", "year", "end", "beginning", "start", "middle",
                "eve", "half", "part", "course", "spring", "summer", "autumn", "fall", "winter",
                "hour", "turn", "close", "run-up", "first", "last", "rest",
                "remainder"}  # fmt: skip


# the prepositions by which a phrase gives the end of a stretch or a deadline: "allowed imports
# until July 1", "promised to halt trade by October" (the act is before that day, or lasts to it)
UNTIL_PREPS = {"until", "till", "til", "by"}


# the prepositions by which a phrase places an act after another or names the act it answers:
# "a strike for an attack on Friday", "arrests after the riot on Sunday", "protests over the vote
# in March"
ANSWERED_PREPS = {"after", "following", "for", "over"}
# the nouns of a phrase on "in" by which an act names another it is tied to or answers: "arrested
# in connection with last year's bombings", "shelled the town in retaliation for the ambush on
# Sunday", "struck in protest at the layoffs in May", "detained in the wake of the riots": the
# other act's time is its own, not the act's
RELATION_NOUNS = {"connection", "response", "retaliation", "reprisal", "revenge", "reaction",
                  "relation", "protest", "wake"}  # fmt: skip


def tied_to(noun: Token) -> bool:
    """Whether ``noun`` is the object of a phrase on "in" + a noun of relation ("in connection
    with the bombings", "in retaliation for the ambush", "in the wake of the riots")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    relation = noun.head.head
    return (
        relation.lemma_.lower() in RELATION_NOUNS
        and relation.dep_ == "pobj"
        and relation.head.lower_ == "in"
    )


def vague_on_the_act(document: Document, trigger: Token) -> Token | None:
    """The word that heads the trigger's own phrase or clause when a time expression of some
    unsaid past ("recently", "in the past") is in it, reached without entering other clauses
    ("vessels seized recently by Iran", "his recent visit"), or None. Such an act is at a time
    before now the text does not give; a date of the clause above it ("Kuwait today rejected
    charges that vessels seized recently were spy boats") is that clause's, not the act's. A
    date inside the same phrase still dates it ("seized recently, on May 3")."""
    vague = nearest(
        trigger,
        lambda t: vague_past(document, t),
        into_clauses=False,
        among=document.timex_at,  # (a vague past is a time expression's word)
    )
    if vague is None and not vague_past(document, trigger):
        return None
    own = clause_verb(trigger) or trigger
    if vague is not None and vague not in own.subtree:
        return None  # "Kuwait recently rejected charges that vessels seized today ...": the other's
    return own


def answered_by(document: Document, root: Token, trigger: Token | None = None) -> bool:
    """Whether a time expression (its ``root``) dates an event noun in a phrase that places the
    trigger's act after it or answers it ("launched a strike for an attack on Friday", "were
    arrested after the raid on Sunday"): the time is that earlier act's, not the trigger's. The
    noun's own phrase must hold the time ("an attack on Friday"); an event noun "in" the act
    ("in the raids on Tuesday") is at its time (``in_the_act``). Without a trigger, whether
    the time dates such a noun at all (then it sets no day for the story's narration)."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    noun = root.head.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and (noun.head.lower_ in ANSWERED_PREPS or tied_to(noun))
        and (trigger is None or (noun.i != trigger.i and trigger not in noun.subtree))
        and trigger_of(noun, document.lexicon) is not None
    )


# the prepositions by which a verb names the act it answers: "arrested over the killing",
# "accused of the bombing", "convicted of murdering"; "for" only after a verb that judges or
# answers an act ("jailed for the kidnapping"), as it also names a purpose at the verb's own
# time ("arrived on Monday for his visit", "met for talks")
CAUSE_PREPS = {"over", "of"}
ANSWERING_VERBS = {"sentence", "jail", "imprison", "convict", "acquit", "arrest", "detain",
                   "charge", "indict", "prosecute", "try", "fine", "punish", "penalize",
                   "penalise", "blame", "accuse", "criticize", "criticise", "condemn",
                   "denounce", "rebuke", "praise", "thank", "apologize", "apologise", "sue",
                   "investigate", "probe", "question", "fire", "sack", "expel", "sanction",
                   "execute", "pardon", "compensate", "extradite", "retaliate", "reward",
                   "honor", "honour", "impeach", "censure", "reprimand", "discipline"}  # fmt: skip


def named_as_cause(document: Document, trigger: Token) -> Token | None:
    """The verb that names the trigger as the act it answers or judges ("a court jailed him on
    Friday for the kidnapping", "police arrested two men on Thursday over the killing",
    "was convicted on Monday of murdering"), or None: that act was before the verb's, and a
    time of the verb's does not date it. A request ("called on Monday for a ceasefire") names
    an act to come, and is left to the flags."""
    if trigger.dep_ not in ("pobj", "pcomp"):
        return None
    prep = trigger.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in VERB_POS:
        return None
    lemma = verb.lemma_.lower()
    judged_in = prep.lower_ in ("in", "with") and lemma in CHARGING_VERBS
    if (
        prep.lower_ not in CAUSE_PREPS
        and not (prep.lower_ == "for" and lemma in ANSWERING_VERBS)
        and not judged_in
    ):
        return None
    if {lemma, f"{lemma} {prep.lower_}"} & document.lexicon.cues("request"):
        return None
    return verb


# the verbs of a charge or a trial whose phrase on "in" or "with" names the crime judged: "was
# charged with murder on Thursday in the slaying of a doctor", "indicted in the 2019 bombing",
# "convicted in the killing" (not "arrested in a raid": the raid is the arrest's occasion)
CHARGING_VERBS = {"charge", "indict", "convict", "acquit", "prosecute", "try", "sentence"}


# nouns of a share in an act, whose phrase on "in" names the act shared, not the occasion of the
# verb: "denied any role in the 2019 bombings", "admitted his part in the March attack"
SHARE_NOUNS = {"role", "part", "involvement", "hand", "participation", "complicity", "share",
               "stake", "responsibility"}  # fmt: skip


def of_another_act(document: Document, root: Token, trigger: Token) -> bool:
    """Whether a time expression (its ``root``) hangs as a bare time on an event noun other than
    the trigger ("the bombings of two courthouses last year", parsed as the noun's
    ``npadvmod``), or lies in the phrase of an act the trigger is tied to ("arrested in
    connection with the bombings in March", ``tied_to``): the time is that act's. An event noun
    "in" the act ("killed in the raid last week") is at its time (``in_the_act``)."""
    if root.dep_ == "npadvmod" and root.head.pos_ == "NOUN":
        noun = root.head
        return (
            noun.i not in (trigger.i, trigger.head.i)
            and trigger not in noun.subtree
            and not in_the_act(noun, trigger)
            and trigger_of(noun, document.lexicon) is not None
        )
    for ancestor in root.ancestors:
        if ancestor.i == trigger.i:
            return False
        if tied_to(ancestor) and trigger not in ancestor.subtree:
            return True
    return False


def in_the_act(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` is in a phrase on "in" or "during" the trigger's verb ("violated the truce
    in a September attack", "were killed in Tuesday's raid"): a time of that noun dates the act.
    Not when the verb's object is a share in an act ("denied any role in the 2019 bombings"):
    the parser hangs the phrase on the verb, but it completes the object and names the act
    the share is in, of its own time. So is a phrase on a participle that opens the verb's
    clause ("Speaking at Saturday's summit, the president welcomed ..."), and the statement an
    act is made in, which the parse may hang on the act's complement ("accused Varland of
    arming the rebels in Thursday's interview")."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in SAME_TIME_PREPS:
        return False
    if verb.pos_ not in VERB_POS or shares_in(verb):
        return False
    holder = noun.head.head
    if holder.i == verb.i:
        return True
    if holder.dep_ == "advcl" and holder.tag_ == "VBG" and holder.head.i == verb.i:
        return True
    if noun.lemma_.lower() not in STATEMENT_NOUNS or holder.dep_ not in ("pcomp", "xcomp"):
        return False
    return holder.head.i == verb.i or holder.head.head.i == verb.i


def shares_in(verb: Token) -> bool:
    """Whether the verb's object is a share in an act ("denied any role in", "admitted his part
    in"): a phrase on "in" the parser hangs on the verb names that act, not the verb's time."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SHARE_NOUNS for c in verb.children)


def of_a_party(document: Document, trigger: Token) -> Token | None:
    """The verb of a relative clause the trigger's act is told in when the clause is on a
    party, not on an event ("Ruiz, who backs the president, ..."; not "the raid on Monday,
    which killed 12"): a time outside that clause dates what the party does in the sentence,
    not the act that says who the party is. None otherwise."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "relcl" or trigger_of(verb.head, document.lexicon):
        return None
    return verb if who_clause(verb) else None


RELATIVE_WORDS = {"who", "whom", "that", "which"}


def perfect_relative(trigger: Token) -> Token | None:
    """The verb of a relative clause in a perfect tense the trigger's act is told in ("a probe in
    which 40 people have been arrested", "the envoy, who had met the rebels"), or None: such a
    clause tells what has happened up to a time, not on the day of the sentence around it (a
    time of that sentence dates the saying or the main act, not this one)."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "relcl":
        return None
    return verb if aspect(verb) in ("present perfect", "past perfect") else None


def who_clause(verb: Token) -> bool:
    """Whether a relative clause says what its noun does or has done to it ("who supports
    him", "whom the police accuse", "the cleric they accuse"), not what happened at a place
    or an occasion ("where Kerry met Lavrov", "a hearing in which Barton decried ...")."""
    arguments = ("nsubj", "nsubjpass", "dobj")
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    words = [c for c in near if c.lower_ in RELATIVE_WORDS]
    if any(c.dep_ not in arguments for c in words):
        return False  # "in which", "during which": an occasion's clause
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    return not adverbs & {"where", "when", "wherein", "whereby"}


def within_a_span(token: Token, trigger: Token, spans: frozenset[str]) -> bool:
    """Whether a date is inside a phrase of "since" on the nouns below it ("since the emergence
    of the crisis in 1982", "since the vote of March 3"): it places the start of a stretch up
    to now, not the act. Not through a verb: "since" opening a clause of its own is a cause."""
    for up in token.ancestors:
        if up.i == trigger.i or up.pos_ in VERB_POS:
            return False
        if up.dep_ == "prep" and up.lower_ in spans:
            return True
    return False


def later_conjuncts(trigger: Token) -> list[Token]:
    """The clauses conjoined after the trigger's own that have subjects of their own: a date in
    one of them is that clause's act ("ordered troops into the plants on Tuesday, but the troops
    were removed yesterday": yesterday is the removal's day, not the order's)."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    if verb.pos_ not in VERB_POS:
        return []
    return [c for c in verb.children if c.i > trigger.i and conjoined_clause(c)]


def earlier_conjunct(trigger: Token) -> Token | None:
    """The noun an event noun is conjoined after ("an earlier round last September and the
    talks in January": "round"), or None: a time between that noun and the trigger is in the
    first noun's own phrase and dates it, not the trigger. A time before both ("Monday's talks
    and meetings") or after the trigger is left to the search."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "conj":
        return None
    if trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return trigger.head


def conjoined_clause(token: Token) -> bool:
    """Whether the token is the verb of a clause conjoined to another with a subject of its
    own ("police arrested him and prosecutors charged him": "charged"), which tells an act of
    its own."""
    return (
        token.dep_ == "conj"
        and token.pos_ in VERB_POS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def in_own_clause(trigger: Token, found: Token) -> bool:
    """Whether a date found along the tree can date the trigger: not one in the first of two
    conjoined clauses with subjects of their own ("eleven workers are missing after the
    explosion last week, and BP was reprimanded for a leak"), unless it stands before both
    ("On Monday police arrested him and prosecutors charged him")."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    subjects = ("nsubj", "nsubjpass")
    if verb.dep_ != "conj" or not any(c.dep_ in subjects for c in verb.children):
        return True
    first = verb.head
    subject = next((c for c in first.children if c.dep_ in subjects), None)
    start = subject.left_edge.i if subject is not None else first.i
    return found in verb.subtree or found.i < start


def told_under(verb: Token) -> str:
    """Why an act ``told_before`` has no day: it was before the report it is told under."""
    tense = "present" if verb.head.tag_ in PRESENT_TAGS else "past"
    return f"{verb.text!r} told under the {tense} {verb.head.text!r}: before it, no day"


def told_in_the_past(verb: Token) -> bool:
    """Whether the verb tells its act in the simple past, active or passive: "arrested", "were
    beaten"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxiliaries:
        return True  # "police arrested him"
    return verb.tag_ == "VBN" and [a.lower_ for a in auxiliaries] in (["was"], ["were"])


def past_progressive(verb: Token) -> bool:
    """Whether the verb tells its act in the past progressive, active or passive: "were
    marching", "was being rescued"."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return auxiliaries in (["was"], ["were"])
    return verb.tag_ == "VBN" and auxiliaries in (["was", "being"], ["were", "being"])


SAYING = {"say", "tell", "add", "state", "write", "insist", "argue", "claim", "note", "declare"}


def said_and_did(document: Document, verb: Token) -> Token | None:
    """The subject of the saying a second act belongs to, which the parse hangs on the state
    said ("Farage said the warning was absurd and accused Downing Street of ...", "she said she
    was disappointed and blamed the governor", "said there was no target and called on Japan
    to ..."): a finite verb with an object (or a preposition, or an infinitive) and no subject
    or auxiliary of its own, conjoined to the copula (or its predicate) of what was said, in the
    saying's tense, where the said clause's subject can do no act (no actor: "the warning",
    "there") or is a pronoun (the sayer, mostly). A said clause about a party ("said the rebels
    were in the town and attacked the police") keeps its reading: the rebels attacked."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "prep", "xcomp") for c in verb.children):
        return None  # "accused Y", "called on Y to ...", "urged to ..."
    copula = verb.head
    if copula.dep_ in ("acomp", "attr") and copula.head.lemma_ == "be":
        copula = copula.head
    if copula.lemma_ != "be" or copula.dep_ != "ccomp" or copula.i > verb.i:
        return None
    saying = copula.head
    if saying.lemma_.lower() not in SAYING or saying.tag_ != verb.tag_:
        return None
    said = next((c for c in copula.children if c.dep_ in ("nsubj", "expl")), None)
    sayer = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if said is None or sayer is None:
        return None
    if said.tag_ != "PRP" and (
        document.actors.at(said) is not None
        or said.ent_type_ != ""
        or said.lemma_.lower() in document.lexicon.people
    ):
        return None  # "said the rebels were in the town and attacked the police"
    return sayer


def told_before(trigger: Token, document: Document | None = None) -> Token | None:
    """The verb of the trigger's clause when that clause tells, in the simple past, an act
    under a verb of the past that reports it ("said on Thursday that police arrested him",
    "announced that 20 journalists were beaten"): the act was before the report, on a day the
    report's date does not give. So is an act in the simple past under a report in the present
    ("a UN report released on Monday says troops killed 30 villagers", "police say they arrested
    40 protesters"): before now, on a day the report does not give. None otherwise; a
    progressive or a present under a past report is at the report's time ("said he was seeking
    help", sequence of tenses). Nor is the sayer's own act the parse hangs on what was said
    (``said_and_did``): it is told by the writer."""
    if document is not None and trigger.pos_ == "VERB" and said_and_did(document, trigger):
        return None
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "ccomp" or verb.head.pos_ not in VERB_POS:
        return None
    head = verb.head
    present = head.tag_ in PRESENT_TAGS and not any(c.dep_ == "aux" for c in head.children)
    past = head.tag_ == "VBD" or aspect(head) == "past perfect"
    if not past and not present:
        return None
    # "police arrested him", "20 journalists were beaten"; "police had beaten 40 people" (before
    # the report, whatever its tense); "it has arrested 30 smugglers" under a past report (some
    # time before the report; under a present one it is the news of now)
    tense = aspect(verb)
    earlier = tense == "past perfect" or (tense == "present perfect" and past)
    return verb if told_in_the_past(verb) or earlier else None


def inside_a_report(trigger: Token) -> Token | None:
    """The verb of a clause a verb of the past reports, when the trigger's act is told in the
    simple past in a clause nested in it ("the Herald reported on Friday that Varn was spotted
    at the border days after a gunman killed the judge", "police said on Monday they arrested
    him after he attacked an officer"), or None: the nested act is before the reported one, and
    the report's day is not its day. The reported clause's own verb is ``told_before``'s."""
    verb = clause_verb(trigger)
    if verb is None or not told_in_the_past(verb):
        return None
    clause = verb
    for _ in range(CHAIN):
        if clause.dep_ not in ("advcl", "conj") or clause.head.pos_ not in VERB_POS:
            break
        clause = clause.head
    if clause.i == verb.i or clause.dep_ != "ccomp" or clause.head.pos_ not in VERB_POS:
        return None
    head = clause.head
    if head.tag_ != "VBD" and aspect(head) != "past perfect":
        return None
    if not told_in_the_past(clause) and aspect(clause) != "past perfect":
        return None  # "said he would meet the envoy after rebels attacked": not told as done
    return clause


def before_the_report(verb: Token, found: Token) -> bool:
    """Whether a time the parser hung in a reported clause stands between the verb that reports
    it and the clause's own words ("police said on Friday they had arrested 300 people", parsed
    as if Friday were the arrests'): it is the saying's time, as in "said on Friday that they had
    arrested"; a time inside the clause ("said they had arrested two men on Friday") is the
    act's. ``verb`` is the reported clause's verb (``told_before``)."""
    head = verb.head
    if not head.i < found.i < verb.i:
        return False
    opening = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")]
    if not opening:
        return False
    start = min(c.left_edge.i for c in opening)
    return found.i < start


# what an act is made in: "accused Russia in a statement published on Tuesday" is made then
STATEMENT_NOUNS = {"statement", "interview", "letter", "speech", "report", "post", "tweet",
                   "message", "communique", "release", "broadcast", "address", "briefing",
                   "announcement", "op-ed", "column", "filing", "declaration"}  # fmt: skip


def statement_dated(trigger: Token, dated: Callable[[Token], bool]) -> Token | None:
    """The date in a clause on the statement the act is made in ("in a statement issued on
    Tuesday, the ministry accused ..."): the search along the tree does not enter clauses on
    other words, as most date something else ("withdrew from the treaty signed in 1996"). The
    parse may hang the statement on the act's complement ("accused Varland of arming the rebels
    in Thursday's interview"): its date there is the act's too, as it is made in it."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    complements = [c for c in verb.children if c.dep_ == "xcomp"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    for holder in [verb, *complements]:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in STATEMENT_NOUNS:
                    continue
                if holder is not verb:
                    words = (t for t in noun.subtree if t.i != noun.i)
                    if (found := next((t for t in words if dated(t)), None)) is not None:
                        return found
                    continue
                for clause in noun.children:
                    if clause.dep_ in ("acl", "relcl"):
                        found = next((t for t in clause.subtree if dated(t)), None)
                        if found is not None:
                            return found
    return None


def anchor_of(document: Document, trigger: Token) -> Token | None:
    """An event noun the trigger is placed in time by: "before (to) his meeting"; not the act
    a share is in ("denied any role in the bombings", ``shares_in``), nor one that only bounds
    the act's time (``bounding_act``: "since the June 2 attack", "after the Dec. 2 shootings")."""
    for child in trigger.children:
        if child.dep_ != "prep" or child.lower_ not in document.lexicon.anchor_preps:
            continue
        if child.lower_ == "in" and shares_in(trigger):
            continue
        if bounds_the_act(document, child):
            continue
        if any(o.dep_ == "pobj" and o.lemma_.lower() in RELATION_NOUNS for o in child.children):
            continue  # "arrested in connection with last year's blasts": tied to, not placed by
        for inner in child.subtree:
            if (
                inner.dep_ == "pobj"
                and inner.i != trigger.i
                and trigger_of(inner, document.lexicon)
            ):
                return inner
    return None


# the prepositions by which an act is placed before or after another act, not at its time
BOUNDING_PREPS = {"after", "following", "since", "before", "ahead"}


def named_by_its_date(document: Document, noun: Token) -> Token | None:
    """A time expression in a noun's own phrase that names an act by a day or year a week or
    more before the publication ("the Dec. 2 shootings", "last year's bombings", "the 2003
    invasion", "the coup of July 15"), or None: the writer points back to a known act by its
    date. A day of the news ("Tuesday's talks", "yesterday's vote") is not such a name."""
    for token in noun.subtree:
        timex = document.timex_at.get(token.i)
        if token.i != noun.i and timex is not None and long_before(document, timex):
            return token
    return None


WEEK = 7
# "in the wake of", "in the aftermath of", "in the run-up to": after or before another act
WAKE_NOUNS = {"wake", "aftermath", "run-up", "lead-up", "runup"}


def bounds_the_act(document: Document, prep: Token) -> Token | None:
    """The noun of a phrase on "after", "following", "since", "before" or "ahead of" that
    names an earlier act by its date ("after the Dec. 2 shootings, the senator called for a
    ban"), or of a phrase on "since" with an event noun ("since the attack on the embassy,
    police have arrested 40 people"), or None: that time is where a stretch starts, or an act
    the trigger's act came after or before, not the trigger's own (a well-known earlier act
    named by its date is background). An event noun with no date of its own ("before her
    meeting with Brandt", dated elsewhere) still dates the act (sessions 38 and 41 kept it)."""
    inner = prep
    if prep.lower_ == "in":  # "in the wake of the Nov. 13 attacks", "in the run-up to"
        wake = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if wake is None or wake.lemma_.lower() not in WAKE_NOUNS:
            return None
        inner = next((c for c in wake.children if c.dep_ == "prep"), prep)
    elif prep.lower_ not in BOUNDING_PREPS:
        return None
    if prep.lower_ == "ahead":  # "ahead of the Dec. 6 vote"
        inner = next((c for c in prep.children if c.lower_ == "of"), prep)
    for noun in inner.children:
        if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i in document.timex_at:
            continue  # "since last November" is a time itself (``own_timex`` reads it)
        if named_by_its_date(document, noun) is not None:
            return noun
        if prep.lower_ == "since" and trigger_of(noun, document.lexicon) is not None:
            return noun
    return None


def bounding_act(document: Document, trigger: Token) -> Token | None:
    """The phrase's head when the trigger's act, or its clause's, is placed after, before or
    since another act the text names by its date (``bounds_the_act``) or a counted span of days
    before an act with none (``counted_before``), or None: the act is some time after (before)
    that act, on a day the text does not give."""
    verb = clause_verb(trigger) or trigger
    for owner in {trigger, verb}:
        for prep in owner.children:
            if prep.dep_ == "prep" and bounds_the_act(document, prep) is not None:
                return prep
            if (before := counted_before(document, prep)) is not None:
                return before
    return None


def counted_before(document: Document, child: Token) -> Token | None:
    """The head of a phrase that puts the act a counted span of days or more before an
    act named by an undated noun ("criticized the treaty two days before the vote", "a week
    before the talks, the envoy met ..."), or None: the act is that long before the other,
    never on the day the story is at, which is at best the other act's (an uncounted "before
    her meeting" may be the same day and keeps it). The span hangs on the preposition, or the
    preposition on the span ("a week before the talks"), which then heads the phrase. A dated
    noun is ``bounds_the_act``'s."""
    if child.dep_ == "prep" and child.lower_ == "before":
        prep, spans = child, [c for c in child.children if c.dep_ == "npadvmod"]
    elif child.dep_ == "npadvmod":
        preps = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "before"]
        prep, spans = (preps[0], [child]) if preps else (None, [])
    else:
        return None
    if prep is None or not any(counted_span_of_days(span) for span in spans):
        return None
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not nouns or any(t.i in document.timex_at for n in nouns for t in n.subtree):
        return None
    return child


def counted_span_of_days(span: Token) -> bool:
    """Whether the word is a counted unit of a day or more: "two days", "a week", "one month"."""
    return span.lemma_.lower() in TIME_UNITS and any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "one"))
        for c in span.children
    )


# "later this month", "later today": the rest of the present period, after the writing (the
# tagger gives the whole month, which holds the publication day, so the bounds do not tell it)
LATER_THIS = re.compile(
    r"^later\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year|spring"
    r"|summer|autumn|fall|winter))\b",
    re.IGNORECASE,
)
# the present period alone, as the tagger gives it when "later" is left before it
THIS_PERIOD = re.compile(
    r"^(?:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year|spring"
    r"|summer|autumn|fall|winter))$",
    re.IGNORECASE,
)
# verbs of going somewhere, whose "for" phrase is the trip's purpose
TRIP_VERBS = {"travel", "fly", "go", "head", "leave", "depart", "arrive", "come", "return"}


def still_ahead(document: Document, trigger: Token, timex: TimeExpression | None) -> bool:
    """Whether the act's own date is the rest of the present period ("talks with the king later
    this month"): the act is still to come. "Later that day", "later on Monday" are not; nor is
    a date the search reached on another word ("angered by the demands, will tell officials at
    talks later this month": the talks' time, the demands are made)."""
    if timex is None:
        return False
    words = _timex_words(document, trigger, timex)
    if LATER_THIS.match(timex.text) is None and not later_in_period(timex, words):
        return False
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    own = {trigger.i, verb.i}
    if (trip := purpose_of_trip(trigger)) is not None:
        own.add(trip.i)  # "travels to Kestria later today for talks": the talks are ahead too
    return any(t in trigger.subtree or timex_root(document, t).head.i in own for t in words)


def later_in_period(timex: TimeExpression, words: list[Token]) -> bool:
    """ "later today", "later this week" where the tagger took only "today" or "this week":
    the word before the expression is "later" ("later that day" stays a past day)."""
    if not words or THIS_PERIOD.match(timex.text) is None:
        return False
    first = words[0]
    return first.i > first.sent.start and first.doc[first.i - 1].lower_ == "later"


def purpose_of_trip(trigger: Token) -> Token | None:
    """The verb of going whose "for" phrase the noun trigger is ("travels to Kestria later today
    for a meeting with the king"): the meeting is the trip's purpose, at or after the trip."""
    preposition = trigger.head
    if trigger.pos_ in VERB_POS or trigger.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    verb = preposition.head
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in TRIP_VERBS:
        return None
    return verb


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
    ahead: bool = False,
) -> tuple[str, ...]:
    """The modality flags (see ``docs/events.md``); "asserted" when none applies. ``ahead``: the
    date is a part of the present period still to come ("later this month", see ``still_ahead``)."""
    found = []
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    children = list(trigger.children) + (list(verb.children) if verb.i != trigger.i else [])
    if any(c.dep_ == "neg" for c in children) and not said_not_to_be(trigger):
        found.append("negated")
    cues = document.lexicon.cues
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "conj" and verb.pos_ == "VERB" and not auxiliaries:
        # "she would visit Haiti, meet officials and ...": the conjuncts share "would"
        auxiliaries = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    occasion = trigger.head.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in SAME_TIME_PREPS
        and occasion.pos_ in VERB_POS
    ):
        # "will make it clear in his meeting with the chairman": the meeting is to come; only
        # the verb's auxiliaries ("did not speak at the meeting" does not deny the meeting)
        auxiliaries |= {c.lower_ for c in occasion.children if c.dep_ in ("aux", "auxpass")}
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
        # (written_on is never before publication: the page's stamps are read only for a
        # date after it)
        or (bounds and bounds[0] > published and bounds[0] > written_on(document, trigger.i))
        or ahead
    ):
        found.append("future")
    if bounds and bounds[1] < published - HISTORICAL_AFTER:
        found.append("historical")
    if "hypothetical" not in found and asked(trigger):
        found.append("hypothetical")  # "Would you have the attorney charge you?" asserts nothing
    found += [flag for flag in governed(document, trigger) if flag not in found]
    if "hypothetical" not in found and rumoured(document, trigger, attribution):
        found.append("hypothetical")  # "rumours spread that the army had arrested him"
    if attribution is not None:
        found.append("reported")
    return tuple(found) or ("asserted",)


# what only goes round, told by no one who answers for it: an act it tells is not told as done
RUMOUR_NOUNS = {"rumour", "rumor", "speculation", "hearsay", "gossip"}


def rumoured(document: Document, trigger: Token, attribution: Attribution | None) -> bool:
    """Whether the act is told only as a rumour: its attribution's source is one ("according
    to rumours, the army arrested him"), it is what a rumour is of ("rumours of an army
    crackdown"), or its clause is what a rumour says ("rumours that the army had arrested
    him", "rumours spread that ...", "speculation grew that Korvia deployed troops")."""
    if attribution is not None and attribution.source is not None:
        source = document.doc.char_span(
            attribution.source.start, attribution.source.end, alignment_mode="expand"
        )
        if source is not None and source.root.lemma_.lower() in RUMOUR_NOUNS:
            return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "about"):
        return trigger.head.head.lemma_.lower() in RUMOUR_NOUNS  # "rumours of a crackdown"
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ not in ("acl", "ccomp"):
        return False
    head = verb.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in RUMOUR_NOUNS
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(subject.lemma_.lower() in RUMOUR_NOUNS for subject in subjects)


def said_not_to_be(trigger: Token) -> bool:
    """Whether an event noun is the subject of a negated copula that denies something else of
    it ("his meeting with the pope is not an endorsement", "the visit was not a sign of
    support"): the act itself is not denied."""
    verb = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubj"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ in ("attr", "acomp") for c in verb.children)
        and not any(c.dep_ == "neg" for c in trigger.children)
    )


QUESTION_WORDS = {"who", "whom", "whose", "what", "which", "why", "how", "when", "where"}


def asked(trigger: Token) -> bool:
    """Whether the trigger's sentence asks whether the event happens ("Did troops arrest ...?").
    A question for a detail of it takes the event as given ("Why did police arrest the mayor?",
    "Who are the people leading the march?")."""
    doc = trigger.doc
    start, end = sentence_bounds(trigger)
    # (the last word first, and only the words read that the test needs: most sentences end
    # in no question mark)
    last = next((doc[i] for i in range(end - 1, start - 1, -1) if _counted(doc[i])), None)
    if last is None or last.text != "?":
        return False
    first = next(doc[i] for i in range(start, end) if _counted(doc[i]))
    return first.lower_ not in QUESTION_WORDS


def _counted(token: Token) -> bool:
    """Whether ``asked`` counts the word: no space, no quotation mark."""
    return not token.is_space and not token.is_quote


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
    if lemma in cues("attempt_nouns") or lemma in cues("proposal_nouns"):
        return ["hypothetical"]
    return []


def infinitive_be_of(trigger: Token) -> Token | None:
    """The infinitive "to be" whose predicate an event noun hangs on through a preposition
    ("to be neutral in negotiations", "to be a partner in the talks", "to be present at the
    summit"), or None."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return None
    be = trigger.head.head  # the parse hangs the phrase on "be" or on its predicate
    if be.dep_ in ("acomp", "attr"):
        be = be.head
    if be.lemma_.lower() != "be":
        return None
    return be if _infinitive(be) else None


# verbs by which a noun's clause lets another act: "a bill to let the state retaliate"
LETTING_VERBS = {"let", "allow", "enable", "permit", "authorize", "authorise", "empower"}


def let_by_a_noun(trigger: Token) -> Token | None:
    """The noun whose infinitive clause of letting tells the act ("a bill to let the United
    States retaliate", "a measure to allow the police to detain"), or None: the act is what the
    noun would allow, not done (its flag comes from the noun, ``_noun_frame``)."""
    verb = trigger.head
    if (
        trigger.pos_ not in VERB_POS
        or trigger.dep_ not in ("ccomp", "xcomp")
        or verb.lemma_.lower() not in LETTING_VERBS
    ):
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and _infinitive(verb):
        return verb.head
    return None


# the modals of a demanded act told in a "that" clause: "insisted that he must resign"
DEMAND_MODALS = {"should", "must"}


def subjunctive(verb: Token) -> bool:
    """Whether a "that" clause tells its act as demanded, not as done: the bare verb of the
    subjunctive ("demanded that the army oust him", "that he be removed"), a present under a
    past demand ("urged that they leave"), or "should" or "must". A clause in the past ("insisted
    that police arrested him") or the future tells what happened or will."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in DEMAND_MODALS for a in auxiliaries):
        return True
    if auxiliaries:
        return all(a.tag_ == "VB" for a in auxiliaries)  # "that he be removed"
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ == "VBD")


def going_to(governor: Token) -> bool:
    """Whether the governor is the "going" of a future told with "be going to" ("police were
    going to arrest them", "is going to sign"): planned, not done."""
    be = any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in governor.children)
    return governor.lower_ == "going" and governor.tag_ == "VBG" and be


def planned_by_be(governor: Token) -> bool:
    """Whether the governor is the "be" of "was to", "were to" ("troops were to attack the
    town", "he is to meet the envoy"): an arrangement, not a done act."""
    return governor.lemma_.lower() == "be" and governor.dep_ != "auxpass"


def demanded_noun(trigger: Token, requests: frozenset[str]) -> bool:
    """Whether an event noun is what a relative clause on it asks for ("the arrest the marchers
    demanded", "the strikes that the general called for"): requested, not done."""
    if trigger.pos_ != "NOUN":
        return False
    for clause in trigger.children:
        if clause.dep_ != "relcl" or any(c.dep_ == "dobj" for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        words = {lemma} | {f"{lemma} {c.lower_}" for c in clause.children if c.dep_ == "prep"}
        if words & requests:
            return True
    return False


def governed(document: Document, trigger: Token) -> list[str]:
    """The flags an event takes from the verb it is the complement of (``[modality]`` in
    ``lexicon.toml``): "calls for troops to withdraw" is requested, "sent teams to arrest" and
    "fighting to destroy" hypothetical, "have not been able to arrest" negated, "plans to
    attack" future, "managed to arrest" none. A noun is governed only when asked for ("called
    for a ceasefire")."""
    cues = document.lexicon.cues
    if demanded_noun(trigger, cues("request")):
        return ["requested"]
    if trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ == "NOUN" and _infinitive(trigger):
        return _noun_frame(document, trigger.head)  # the parser's "relcl" too: "a bill to impose"
    if (noun := let_by_a_noun(trigger)) is not None:
        return _noun_frame(document, noun)  # "a bill to let Washington retaliate": not done
    if (be := infinitive_be_of(trigger)) is not None:
        # "his promise to be neutral in negotiations", "vowed to be present at the talks": the
        # talks are as far from done as the promise makes them
        if be.dep_ in ("acl", "relcl") and be.head.pos_ == "NOUN":
            return _noun_frame(document, be.head)
        if be.dep_ == "xcomp":
            lemma = be.head.lemma_.lower()
            if lemma in cues("request"):
                return ["requested"]
            if lemma in document.lexicon.intent_frames:
                return ["future"]
    if (flag := expected_as_subject(trigger)) is not None:
        return [flag]  # "a crackdown is expected tonight", "the meeting was supposed to take place"
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
    if trigger.dep_ == "ccomp" and requested and subjunctive(trigger):
        return ["requested"]  # "demanded that the army oust the president": asked for, not done
    if verb_complement and (going_to(governor) or planned_by_be(governor)):
        return ["future"]  # "police were going to arrest them", "troops were to attack"
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


# the verbs and the predicates of which an event noun is the subject when it is only looked
# for: "a crackdown is expected", "talks are scheduled for May", "the meeting is due to begin"
# (future); "the signing was supposed to take place", "a raid is rumoured" (not told as done)
EXPECTED = {"expect", "schedule", "plan", "set", "slate", "due", "anticipate", "intend",
            "poise", "likely", "expected", "scheduled", "planned", "slated"}  # fmt: skip
SUPPOSED = {"suppose", "mean", "rumor", "rumour", "supposed", "meant", "rumored", "rumoured",
            "possible", "unlikely", "predict", "forecast", "feared", "fear"}  # fmt: skip


# what an act looked for is expected to do when it is its own coming about ("is supposed to
# take place", "is due to begin", "was expected to go ahead")
OCCURRING = {"take", "happen", "occur", "begin", "start", "resume", "go", "proceed", "be",
             "open", "come", "last", "continue", "convene"}  # fmt: skip


def expected_as_subject(trigger: Token) -> str | None:
    """The flag of an event noun that is the subject of a verb or a predicate of expectation
    ("a crackdown by police is expected tonight", "talks are due to begin on Monday": future)
    or of supposition ("the meeting was supposed to take place on Monday", "a raid is
    rumoured": hypothetical): the sentence looks for the act, it does not tell it. "The
    meeting took place", "the talks were held", "the raid was condemned" stay told."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = trigger.head
    words = {verb.lemma_.lower()}
    if verb.lemma_.lower() == "be":
        words = {c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"}
        words |= {c.lower_ for c in verb.children if c.dep_ == "acomp"}
    elif trigger.dep_ != "nsubjpass":
        return None  # "the talks expected progress" is no passive of looking for
    elif any(c.dep_ == "agent" for c in verb.children):
        return None  # "the attack was planned by the cell": who prepared an act told
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    predicates = [c for c in verb.children if c.dep_ == "acomp"]  # "is due to begin"
    clauses += [g for c in predicates for g in c.children if g.dep_ == "xcomp"]
    if any(c.lemma_.lower() not in OCCURRING for c in clauses):
        return None  # "the agreement is expected to resolve the matter": its effect looked for
    if words & SUPPOSED:
        return "hypothetical"
    if words & EXPECTED:
        return "future"
    return None


# A day the story narrates as its news: at most a week before publication.
RECENT = dt.timedelta(days=7)
# adverbs of a habit, a lasting state or an earlier past: "repeatedly arrested", "has long
# urged", "previously detained"
HABITUAL = {"repeatedly", "regularly", "routinely", "often", "frequently", "always", "constantly",
            "continually", "increasingly", "usually", "long", "never", "ever", "sometimes",
            "occasionally", "traditionally", "previously", "formerly", "once"}  # fmt: skip
# the units of a span the act lasted: "for years", "for decades", "over the past week"
SPAN_UNITS = {"year", "month", "week", "decade", "day", "time", "while", "century"}
# a clause that places the act before or since another time: the act is background
BACKGROUND_MARKS = {"since", "until", "till", "before", "once"}
# a clause on these naming a role held ("when she was a prosecutor") is a period of the past
PERIOD_MARKS = {"when", "while", "as"}
# the prepositions by which an event noun is at the time of the verb: "hosted the king in his
# first visit", "clashed with police during a protest"
SAME_TIME_PREPS = {"in", "during", "at", "amid"}
# words that count a sum: "has deployed thousands of troops", "more than 15,000 personnel"
SUM_WORDS = {"thousand", "hundred", "dozen", "million", "billion", "score", "total"}


def clause_verb(trigger: Token) -> Token | None:
    """The verb whose tense states the event: the trigger's own, or for a noun the verb it is
    an argument of ("carried out an attack"); a verb it completes ("managed to arrest") or a
    conjunct with no auxiliary or subject of its own ("had arrested and charged") states it as
    that verb does ("had reported it, but the ministry denied it" does not); a noun in a
    phrase on "in" or "during" a verb is at the verb's time. None for another noun in a phrase
    ("after the attack on the embassy"), which has no tense. A verb written with a prefix
    ("re-arrested") is told by the prefix, which the parse takes for the clause's verb."""
    verb = split_prefix(trigger) or trigger
    if verb.pos_ not in VERB_POS:
        if trigger.dep_ == "pobj" and trigger.head.lower_ in SAME_TIME_PREPS:
            verb = trigger.head.head  # "hosted the king in his first visit"
        elif trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            verb = trigger.head
        if verb.pos_ not in VERB_POS:
            return None
    for _ in range(8):
        own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        shares = verb.dep_ == "conj" and not own
        if (verb.dep_ == "xcomp" or shares) and verb.head.pos_ in VERB_POS:
            verb = verb.head
        else:
            break
    return verb


# the prefixes the tokenizer cuts from a verb at its hyphen: "re-arrested", "co-hosted"
VERB_PREFIXES = {"re", "co", "pre", "counter", "over", "out"}


def split_prefix(verb: Token) -> Token | None:
    """The prefix word of a verb written with one and a hyphen ("have re-arrested 40 inmates",
    cut into "re", "-", "arrested") when the parse makes the prefix the clause's verb, with its
    auxiliaries, subject and the report it is told under (the verb hung on it, or beside it
    without them); else None."""
    if verb.i < 2 or verb.pos_ not in VERB_POS:
        return None
    hyphen, prefix = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    glued = not hyphen.whitespace_ and not prefix.whitespace_ and hyphen.text == "-"
    if not glued or prefix.lower_ not in VERB_PREFIXES or prefix.pos_ not in VERB_POS:
        return None
    if verb in prefix.subtree:
        return prefix
    telling = ("aux", "auxpass", "nsubj", "nsubjpass")
    return prefix if any(c.dep_ in telling for c in prefix.children) else None


def contracted_has(auxiliary: Token, verb: Token) -> bool:
    """Whether a "'s" before "had" or "been" is "has" ("he's had talks", "she's been to Kyiv"),
    which the parser may read as "is"."""
    return (
        auxiliary.lower_ in ("'s", "’s") and verb.lower_ in ("had", "been") and auxiliary.i < verb.i
    )


def aspect(verb: Token) -> str:
    """The verb's tense and aspect: "past perfect", "perfect progressive", "present perfect",
    "progressive", "participle" (no tense of its own: "blocking", "captured by", and a passive
    one with no subject, "the people being shot") or "simple" (past or present)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if passive_participle(verb, auxiliaries):
        return "participle"
    have = [c for c in auxiliaries if c.lemma_.lower() == "have" or contracted_has(c, verb)]
    progressive = verb.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in auxiliaries)
    if any(c.lower_ == "had" for c in have):
        return "past perfect"
    if have:
        return "perfect progressive" if progressive else "present perfect"
    if progressive:
        return "progressive"
    if verb.tag_ in ("VBG", "VBN") and not auxiliaries:
        return "participle"
    return "simple"


# the prepositions of an absolute clause, which shares its head's time: "with dozens being
# arrested"
ABSOLUTE_MARKS = {"with", "without"}


def passive_participle(verb: Token, auxiliaries: list[Token]) -> bool:
    """Whether the verb is a passive participle: "being" is its only auxiliary ("as a result of
    police being shot", "the people being shot had no way to fire back"). It has no tense, as
    "shot by" has none, whatever subject the parse gives it; one in an absolute clause on
    "with" ("police moved in, with dozens being arrested") is left to its head, whose time it
    shares."""
    return (
        verb.tag_ == "VBN"
        and bool(auxiliaries)
        and all(c.lower_ == "being" for c in auxiliaries)
        and not (verb.head.lower_ in ABSOLUTE_MARKS and verb.dep_ in ("pcomp", "pobj"))
    )


def perfect_participle(verb: Token) -> bool:
    """Whether the verb is a perfect participle ("Having withdrawn his army from Boston, Howe
    turned south"): its act is done before the clause it opens, on a day the text does not give
    unless it names one."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "having" for c in verb.children)


def perfect_beside_a_past(document: Document, trigger: Token, found: Token) -> bool:
    """Whether a time found for a verb in the present perfect belongs to a conjoined verb of
    another tense ("The U.S. in July proposed a plan, and has pressed the EC to answer"): the
    perfect spreads its act from then up to now, and the time is the other verb's. A time of
    its own clause ("and has met him on Monday") is left as it is."""
    verb = clause_verb(trigger)
    if verb is None or trigger.i == verb.i:
        return verb is not None and perfect_conjoined_to(document, verb, found)
    # a conjunct that shares the perfect's subject but has a time of its own is in the simple
    # past ("has pressed Varnia to free them, and in March recalled its envoy"): its time
    return not trigger_holds(document, trigger, found) and perfect_conjoined_to(
        document, verb, found
    )


def trigger_holds(document: Document, trigger: Token, found: Token) -> bool:
    """Whether the time ``found`` hangs on the trigger's own verb (or the trigger itself)."""
    holder = _holding_verb(document, found)
    return (
        holder.i in (trigger.i, trigger.head.i)
        and holder.pos_ in VERB_POS
        and (holder.i == trigger.i or trigger.pos_ not in VERB_POS)
    )


def perfect_conjoined_to(document: Document, verb: Token, found: Token) -> bool:
    """Whether ``verb``, in the present perfect, is conjoined to a verb of another tense that
    the time ``found`` hangs on (``perfect_beside_a_past``'s test for the clause's verb)."""
    if aspect(verb) != "present perfect":
        return False
    holder = _holding_verb(document, found)
    if holder.i == verb.i or aspect(holder) in ("present perfect", "perfect progressive"):
        return False
    return (verb.dep_ == "conj" and verb.head.i == holder.i) or (
        holder.dep_ == "conj" and holder.head.i == verb.i
    )


def _holding_verb(document: Document, found: Token) -> Token:
    """The verb the time ``found`` hangs on: the first verb up the tree from the time's root
    (the sentence's root when none is)."""
    holder = timex_root(document, found)
    while holder.pos_ not in VERB_POS and holder.head.i != holder.i:
        holder = holder.head
    return holder


def dated_conjunct(document: Document, verb: Token) -> Token | None:
    """The first token of a time that dates a verb conjoined to ``verb`` in another tense
    (``perfect_conjoined_to``), or None."""
    for index in sorted(document.timex_at):
        token = document.doc[index]
        if token.sent != verb.sent or calendar_less(document.timex_at[index].value):
            continue
        if perfect_conjoined_to(document, verb, token):
            return token
    return None


def lasting(document: Document, verb: Token) -> str | None:
    """A word on the verb that makes the act a habit, a state or a sum over a span, or None:
    "has long urged", "protested for years", "have been detained since the election", "over
    the past month"; a running total "so far", "to date" or in the past "by" a time ("had
    arrested hundreds by Friday": some day up to then, not that day)."""
    if (habit := habit_words(verb)) is not None:
        return f"{habit!r}: a habit, no one day"
    if (since := since_clause(verb)) is not None:
        return f"since {since.text!r}: over the stretch since then, no one day"
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lemma_.lower() in HABITUAL:
            return f"{child.text!r}: a habit or a lasting state"
        after = child.doc[child.i + 1].lower_ if child.i + 1 < len(child.doc) else ""
        so = any(g.lower_ in ("so", "thus") for g in child.children)
        if child.lower_ == "far" and so and after != "as":  # not "went so far as to accuse"
            return f"'{child.left_edge.text} far': a running total up to now, no one day"
        if child.dep_ != "prep":
            continue
        word = child.lower_
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if word == "to" and [o.lower_ for o in objects] == ["date"]:
            return "'to date': a running total up to now, no one day"
        past = told_in_the_past(verb) or aspect(verb) in ("past perfect", "present perfect")
        if word == "by" and past and any(o.i in document.timex_at for o in objects):
            return f"'by {objects[0].text}': done some day up to then, not on it"
        if word in document.lexicon.span_preps:
            return f"{child.text!r} a time: a sum over a span"
        if word in ("for", "over", "throughout") and any(
            o.lemma_.lower() in SPAN_UNITS for o in objects
        ):
            return f"{child.text!r} {objects[0].text!r}: over a span"
        counted = next((o for o in objects if counted_units(o)), None)
        if word in COUNTED_SPAN_PREPS and counted is not None and verb.tag_ in ("VBD", "VBN"):
            return f"{child.text!r} {counted.text!r}: a sum over a span of several"
    if verb.tag_ in ("VBD", "VBN") and (count := tally(verb)) is not None:
        return f"{count!r} acted on: a toll summed over days, no one day"
    return None


# a count of those a past act was done to this large, given as a bound or a round figure ("more
# than 1,000", "thousands"), is a toll the story sums over its days, not one day's act
TALLY_SIZE = 1000
TALLY_WORDS = {"thousand", "million"}  # in the plural: "thousands were detained"
TALLY_SCALES = {"thousand": 1000, "million": 1_000_000}
# the acts a toll counts people by (not "deployed more than 5,000 troops", one day's move)
TOLL_VERBS = {"arrest", "detain", "jail", "imprison", "kill", "injure", "wound", "execute",
              "deport", "torture", "abduct", "kidnap"}  # fmt: skip


def tally(verb: Token) -> str | None:
    """The words of a running toll the verb's object or passive subject counts ("arrested more
    than 1,000 people", "at least 1,200 were detained", "thousands were jailed"), or None. A
    bare figure ("arrested 1,200 people") may be one day's sweep and is left to the story."""
    if verb.lemma_.lower() not in TOLL_VERBS or any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children
    ):
        return None  # (a sweep "at the protest" is that protest's, on its day)
    for argument in verb.children:
        if argument.dep_ not in ("dobj", "nsubjpass"):
            continue
        for word in [argument, *argument.children]:
            if word.tag_ == "NNS" and word.lemma_.lower() in TALLY_WORDS:
                return word.text
            bounded = any(q.dep_ in ("quantmod", "advmod") for q in word.children)
            if word.like_num and bounded and (figure(word) or 0) >= TALLY_SIZE:
                return " ".join(t.text for t in word.subtree)
    return None


def figure(word: Token) -> float | None:
    """The number a figure's words write ("1,000", "1.2 million"), or None."""
    scale = TALLY_SCALES.get(word.lemma_.lower())
    digits = (
        word.text
        if scale is None
        else next((c.text for c in word.children if c.like_num and c.i < word.i), "1")
    )
    try:
        return float(digits.replace(",", "")) * (scale or 1)
    except ValueError:
        return None


# the prepositions of a counted span an act is summed over: "arrested 300 people during four
# days of protests", "in two weeks of fighting", "across several days"
COUNTED_SPAN_PREPS = {"during", "in", "across", "within"}
COUNT_MODIFIERS = {"several", "few", "many", "numerous", "successive", "consecutive"}


def counted_units(noun: Token) -> bool:
    """Whether the noun is a plural unit of time counted two or more ("four days", "several
    weeks", "12 months"), not one ("a day", "the days")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in SPAN_UNITS - {"time", "while"}:
        return False
    for child in noun.children:
        if child.dep_ == "nummod" and (child.like_num or child.lower_ in COUNT_WORDS):
            return child.lower_ not in ("a", "an", "one", "1")
        if child.dep_ == "amod" and child.lower_ in COUNT_MODIFIERS:
            return True
    return False


# the units a habit recurs by: "meets every week", "talks each month", "every Monday"
EVERY_UNITS = {"day", "week", "month", "year", "morning", "evening", "night", "weekend",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "time", "summer", "winter", "spring", "autumn", "quarter"}  # fmt: skip
EVERY_WORDS = {"every", "each"}
# the words of a basis a habit is on: "on a regular basis", "on a weekly basis"
BASIS_WORDS = {"regular", "routine", "daily", "weekly", "monthly", "yearly", "annual",
               "quarterly", "frequent", "periodic", "ongoing", "continuing"}  # fmt: skip


def own_clause(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause: its subtree without the clauses on other words."""
    words = []
    for token in verb.subtree:
        walk = token
        while walk.i != verb.i and not (walk.dep_ in CLAUSE_DEPS and walk.pos_ in VERB_POS):
            walk = walk.head
        if walk.i == verb.i:
            words.append(token)
    return words


def habit_words(verb: Token) -> str | None:
    """The words in the verb's own clause that make its act a habit, or None: a recurring time
    ("meets every week", "talks each month"), "from time to time", "at times", "on a regular
    basis"."""
    words = own_clause(verb)
    texts = [t.lower_ for t in words]
    for k, token in enumerate(words):
        word = texts[k]
        if word in EVERY_WORDS and token.head.lemma_.lower() in EVERY_UNITS and token.dep_ == "det":
            return f"{token.text} {token.head.text}"
        if texts[k : k + 4] == ["from", "time", "to", "time"]:
            return "from time to time"
        if texts[k : k + 2] == ["at", "times"] and not list(words[k + 1].children):
            return "at times"  # not "at times of crisis"
        if word == "basis" and token.head.lower_ == "on":
            kinds = [a for a in token.children if a.dep_ == "amod" and a.lower_ in BASIS_WORDS]
            if kinds:
                return f"on a {kinds[0].text} basis"
    return None


def summed(verb: Token) -> bool:
    """Whether the verb's subject or object counts a sum ("has dispatched more than 15,000
    troops", "thousands have been detained"), not the parties of one act."""
    for argument in verb.children:
        if argument.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        for word in [argument, *argument.children]:
            if word.lemma_.lower() in SUM_WORDS:
                return True
            counted = word.dep_ == "nummod" and any(
                q.dep_ in ("quantmod", "advmod") for q in word.children
            )
            if counted:
                return True
    return False


def vague_past(document: Document, token: Token) -> bool:
    """Whether the token is in a time expression of some unsaid past ("recently", "a recent
    trip", "in the past")."""
    timex = document.timex_at.get(token.i)
    return timex is not None and timex.value == "PAST_REF"


# "condemned the invasion at the time", "back then", "at that time", "in those days": the act is
# at an earlier time the story tells of, not on the story's day
BACK_THEN = {("at", "the", "time"), ("at", "that", "time"), ("in", "those", "days"),
             ("back", "then")}  # fmt: skip


def back_then(trigger: Token) -> str | None:
    """The words of a phrase on the act's verb that puts it "at the time" or "back then" (an
    earlier time the story spoke of), or None; a verb conjoined without a subject of its own
    shares it ("condemned the invasion at the time and imposed sanctions"). "At the time of the
    vote" (a time named by what follows) and "by the time" are not such phrases."""
    verb = clause_verb(trigger)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "in"):
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is None or any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
                continue  # "at the time of the vote", "at the time it was passed"
            words = [t.lower_ for t in child.subtree]
            if tuple(words) in BACK_THEN:
                return " ".join(words)
        if child.dep_ == "advmod" and child.lower_ == "then":
            back = [c for c in child.children if c.lower_ == "back"]
            if back or (child.i > 0 and child.doc[child.i - 1].lower_ == "back"):
                return "back then"
    return None


# a stretch counted back from now: "in the past week", "over the last few days", "in recent
# weeks" (a duration, not a calendar date: the act is on some day of it)
STRETCH_PREPS = {"in", "over", "during", "within", "throughout"}
STRETCH_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
STRETCH_BACK = {"past", "last", "recent", "previous"}


def stretch_to_now(document: Document, token: Token) -> bool:
    """Whether the token heads a stretch of time up to now the act is placed in ("arrested 40
    people in the past week", "over the past few days"), which is no day (a calendar date the
    tagger gives, as "last week", is not a stretch)."""
    return (
        token.lower_ in STRETCH_UNITS
        and token.i not in document.timex_at
        and token.dep_ == "pobj"
        and token.head.lower_ in STRETCH_PREPS
        and any(c.lower_ in STRETCH_BACK for c in token.children)
    )


def since_clause(verb: Token | None) -> Token | None:
    """The verb of a clause on "since" that opens the stretch the verb's act fills ("police
    have arrested 300 people since the protests began in March"), or None: with a verb in
    the present perfect, or a clause of a beginning ("since the unrest began"), "since" is a
    time, not a cause ("since he was ill, he stayed home"), and a date in it is the stretch's
    start, not the act's."""
    if verb is None:
        return None
    perfect = aspect(verb) in ("present perfect", "perfect progressive")
    for child in verb.children:
        if child.dep_ != "advcl" or child.pos_ not in VERB_POS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children):
            continue
        if perfect or child.lemma_.lower() in BEGINNING_VERBS:
            return child
    return None


STRETCH_TIMEX = re.compile(
    r"^the (?:past|last|previous) (?:(?:few|several|two|three|four|five|six|\d+) )?"
    r"(?:weeks?|months?|years?)$",
    re.IGNORECASE,
)


def stretch_timex(document: Document, token: Token) -> bool:
    """Whether the token is in a time expression of a stretch counted back from now, "the past
    month", "the last year", in a phrase that places the act in it ("shelled villages 40 times
    in the past month", "over the last year"): the tagger may give it the calendar month or
    year before ("2026-05"), which is not the stretch (it runs up to now) and no day of the act
    ("last month", without "the", is the calendar month and keeps its date)."""
    timex = document.timex_at.get(token.i)
    if timex is None or not STRETCH_TIMEX.match(timex.text.strip()):
        return False
    root = timex_root(document, token)
    return root.dep_ == "pobj" and root.head.lower_ in STRETCH_PREPS


# the marks of a clause that places its act before or after the act of the clause it modifies
ORDER_MARKS = {"after", "before", "until", "till", "since", "once"}


def ordered_clause(trigger: Token) -> Token | None:
    """The verb of the trigger's clause when that clause is placed by "after", "before",
    "since", "until" or "once" on another ("after the opposition complained to the court, the
    board was dissolved on March 3"), or None: the act is before or after the other act, so a
    date of the other clause is not its date (a date inside its own clause still is). Not
    when a span places it ("two days after they stormed the office"): ``placed_by_measure``
    counts its day from the other clause's date."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "advcl" or verb.head.pos_ not in VERB_POS:
        return None
    if placed_clause(trigger) is not None:
        return None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb if marks & ORDER_MARKS else None


def in_ordered_clause(clause: Token, token: Token) -> bool:
    """Whether a token is in a clause on "after" or "before": in its subtree, or, for a clause
    that opens the sentence, before the comma that closes it ("After police arrested him on
    Monday, the dock workers walked out": the parse may hang "on Monday" on "walked")."""
    if token in clause.subtree:
        return True
    if not clause.i < token.i < clause.head.i:
        return False
    return not any(t.text == "," for t in clause.doc[clause.i : token.i])


def opens_both(clause: Token, token: Token) -> bool:
    """Whether a time opens the sentence before a clause on "after" that comes before the
    clause it modifies ("In January 1917, after the navy pressed him, the emperor resumed the
    war at sea"): it dates both."""
    return clause.i < clause.head.i and token.i < clause.left_edge.i


def dates_other_clause(clause: Token, token: Token) -> bool:
    """Whether a time dates the clause an ordered clause modifies, not the ordered one: outside
    it (``in_ordered_clause``) and not opening both (``opens_both``)."""
    return not in_ordered_clause(clause, token) and not opens_both(clause, token)


def head_dated(document: Document, verb: Token) -> Token | None:
    """The time expression that dates the clause a clause on "after" modifies ("after the
    opposition complained, the board was dissolved on March 3": "March 3"), outside the clause
    itself, or None."""

    def dated(token: Token) -> bool:
        timex = document.timex_at.get(token.i)
        return (
            timex is not None and not calendar_less(timex.value) and dates_other_clause(verb, token)
        )

    return nearest(verb.head, dated, into_clauses=False, among=document.timex_at)


MANY_WORDS = {"several", "many", "numerous", "repeated", "multiple", "countless", "dozens",
              # acts of a habit: "held regular conference calls", "daily briefings"
              "regular", "daily", "weekly", "nightly", "monthly", "frequent", "periodic",
              "routine"}  # fmt: skip


def counted_acts(trigger: Token) -> str | None:
    """The words that make an event noun several acts ("has made three visits since the spill",
    "held several meetings"), or None: acts on different days, none of which is the story's."""
    if trigger.tag_ not in ("NNS", "NNPS"):
        return None
    for child in trigger.children:
        one = child.lower_ in ("one", "1", "a", "an")
        if (child.dep_ == "nummod" and child.like_num and not one) or (
            child.dep_ == "amod" and child.lower_ in MANY_WORDS
        ):
            return f"{child.text} {trigger.text}"
    return None


TIME_UNITS = {"day", "week", "month", "year", "fortnight"}


def measured_after(trigger: Token) -> str | None:
    """The words that put the trigger's clause some days or more before the clause it is
    placed by ("it came a day after he appealed", "two weeks after they met"), or None: the
    act is that long before the other's time, a day the story does not name."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None:
        return None
    # the span hangs on the clause it places ("it came a day after he appealed") or, before the
    # mark, on the clause's own verb ("the deal comes a week after the opposition forced ...")
    own = [c for c in verb.children if c.i < mark.i]
    for measure in [*verb.head.children, *own]:
        if measure.dep_ == "npadvmod" and measure.lemma_.lower() in TIME_UNITS:
            return f"{' '.join(t.text for t in measure.subtree)} after"
    return None


# the modifiers of an event noun that spread it over a span or place it before the story's time:
# "long-standing support", "the years-long blockade", "his earlier visit", "past praise"
LASTING_MODIFIERS = {"long-standing", "longstanding", "long-running", "long-time", "longtime",
                     "years-long", "decades-long", "months-long", "weeks-long", "ongoing",
                     "continuing", "continued", "persistent", "steady", "constant", "enduring",
                     "earlier", "previous", "past", "prior", "former"}  # fmt: skip
BEFORE_WORDS = {"before", "earlier", "prior", "previously"}


# the verbs by which an event noun is said to last: "protests entered their third week",
# "the strike dragged on", "the fighting continued"
SPANNING_VERBS = {"enter", "continue", "drag", "last", "persist", "stretch", "rage", "linger",
                  "wear"}  # fmt: skip
# the verbs that, with "back", reach an event noun back to its start: "the feud dates back to
# 1990", "their support goes back decades"
REACHING_BACK = {"date", "go", "stretch"}


def spanning(trigger: Token) -> str | None:
    """The words that spread an event noun over a span the story gives no day of, or None:
    the noun is the subject of a verb of lasting ("as protests entered their third week",
    "the strike dragged on"), or counted in spans of time ("weeks of protests")."""
    if trigger.pos_ != "NOUN":
        return None
    head = trigger.head
    if trigger.dep_ == "nsubj" and head.lemma_.lower() in SPANNING_VERBS:
        return f"{trigger.text} {head.text}"
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in head.children)
    if trigger.dep_ == "nsubj" and head.lemma_.lower() in REACHING_BACK and back:
        return f"{trigger.text} {head.text} back"  # "Kestria's support dates back decades"
    if (
        trigger.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.tag_ == "NNS"
        and head.head.lemma_.lower() in TIME_UNITS | {"decade"}
    ):
        return f"{head.head.text} of {trigger.text}"
    return None


# the verbs by which an act is told by what it brought about: "the criticism has prompted
# accusations", "the arrest sparked protests", "his visit had real impact"
# (verbs of feeling, "angered the rebels", are left out: a standing support angers as it lasts)
EFFECT_VERBS = {"prompt", "spark", "trigger", "provoke", "fuel", "cause", "stoke", "ignite",
                "inflame", "draw"}  # fmt: skip
EFFECT_NOUNS = {"impact", "effect", "influence", "consequence", "consequences", "repercussions"}
# the feelings and stirs a public has of an act, whatever verb stirs them: "the annexation
# renewed fears", "the spill raised questions", "the raid heightened tensions"
STIRRED_NOUNS = {"fear", "concern", "worry", "alarm", "anxiety", "tension", "question", "doubt",
                 "suspicion", "speculation", "outrage", "anger", "fury", "uproar", "backlash",
                 "debate", "hope"}  # fmt: skip


def told_by_effect(trigger: Token) -> str | None:
    """The words that tell an event noun by its effect, or None: the noun is the subject of a
    verb of causing ("the criticism has prompted accusations", "the arrest sparked protests"),
    of "have" with an effect ("his visit had real impact") or of a verb that stirs the public's
    feelings of it ("the annexation renewed fears", "the raid raised questions"). The act came
    before what it brought about, on a day the sentence does not give; a time of the verb is
    the effect's."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return None
    head = trigger.head
    lemma = head.lemma_.lower()
    if lemma in EFFECT_VERBS:
        return f"{trigger.text} {head.text}"
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if lemma == "have" and any(o.lemma_.lower() in EFFECT_NOUNS for o in objects):
        return f"{trigger.text} {head.text} {objects[0].text}"
    stirred = next((o for o in objects if o.lemma_.lower() in STIRRED_NOUNS), None)
    if stirred is not None and head.pos_ in VERB_POS:
        return f"{trigger.text} {head.text} {stirred.text}"
    return None


# the verbs whose infinitive names an act to come: "asked citizens to stay home", "vowed to
# retaliate", "agreed to meet"; a time in the infinitive is that act's ("to stay home over the
# weekend"), not the asking's. Verbs of beginning or trying ("began to withdraw on Monday") are
# not among them: their time is the verb's own.
LOOKING_AHEAD = {"ask", "urge", "call", "tell", "order", "request", "demand", "invite",
                 "encourage", "press", "push", "implore", "beg", "instruct", "advise", "want",
                 "promise", "pledge", "vow", "threaten", "agree", "plan", "decide", "offer",
                 "intend", "expect", "warn", "appeal", "direct", "authorize", "authorise",
                 "allow", "permit", "persuade", "convince", "prepare"}  # fmt: skip


def looked_ahead_to(trigger: Token) -> Token | None:
    """The infinitive clause of an act to come the trigger's verb governs ("asked citizens to
    stay home", "vowed to retaliate"), or None."""
    if trigger.pos_ not in VERB_POS or trigger.lemma_.lower() not in LOOKING_AHEAD:
        return None
    for child in trigger.children:
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" and to:
            return child
    return None


def lasting_modifier(trigger: Token) -> str | None:
    """The modifier that makes an event noun a lasting or an earlier act, or None."""
    if trigger.pos_ != "NOUN":
        return None
    for child in trigger.children:
        if child.dep_ != "amod":
            continue
        words = "".join(t.text for t in child.subtree).lower()
        if words in LASTING_MODIFIERS:
            return "".join(t.text_with_ws for t in child.subtree).strip()
    return counted_span(trigger)


# a span counted in weeks, months or years before an event noun: "a 10-month investigation",
# "the two-year blockade", "a three-week strike" (not days or hours: "a two-day visit")
COUNTED_SPAN = re.compile(
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|several|many)-(?:week|month|year|decade)s?(?:-long)?"
)
# the verbs whose time is the start of the lasting act they take: "launched a 10-month
# investigation on Friday" began it then
BEGINNING_VERBS = {"begin", "start", "launch", "open", "embark", "initiate", "commence",
                   "order", "announce", "impose", "declare"}  # fmt: skip


def counted_span(trigger: Token) -> str | None:
    """The counted span of weeks, months or years an event noun is said to last ("a 10-month
    investigation", "Kestria's two-year blockade"), or None: the act lasted that long, and a
    day the sentence names (the day its report is due, the day it ended) is not its day."""
    if trigger.pos_ != "NOUN":
        return None
    for child in trigger.children:
        if child.dep_ not in ("amod", "compound", "nummod") or child.i > trigger.i:
            continue
        words = "".join(t.text for t in child.subtree).lower()
        if COUNTED_SPAN.fullmatch(words):
            return "".join(t.text_with_ws for t in child.subtree).strip()
    return None


def unmeasured_before(token: Token) -> bool:
    """Whether the token is the "years" of an uncounted time before: "years before", "months
    earlier", "decades prior" (a counted one, "two years earlier", is a time expression)."""
    return _uncounted_units(token, BEFORE_WORDS)


def _uncounted_units(token: Token, words: set[str]) -> bool:
    """A plural time unit with no number, on one of ``words`` ("years" of "years before")."""
    return (
        token.dep_ == "npadvmod"
        and token.tag_ == "NNS"
        and token.lemma_.lower() in TIME_UNITS | {"decade"}
        and token.head.lower_ in words
        and not any(c.dep_ == "nummod" for c in token.children)
    )


AFTER_WORDS = {"later", "afterwards", "afterward", "after", "on"}


def unmeasured_after(token: Token) -> bool:
    """Whether the token is the "weeks" of an uncounted time after another act: "weeks later",
    "months afterwards", "years on" (the act is that long after a time the story may not be
    at; a counted one, "two weeks later", is a time expression)."""
    return _uncounted_units(token, AFTER_WORDS)


def untimed(document: Document, trigger: Token, hot_news_end: int) -> str | None:
    """Why the clause does not state the event at the story's own time, or None.

    News narrates its events in the simple past (or a headline's present) at the story's
    time, and its first sentences (up to token ``hot_news_end``) may give the news in the present
    perfect ("India has summoned the US envoy"); a present perfect later in the story, one
    that counts a sum or one reported in the past is some time before now ("have endorsed",
    "has dispatched more than 15,000 troops", "said they have consulted"); a past perfect
    places the act before the story's time ("had urged"), a perfect progressive or a habit
    spreads it over a span ("has been urging for years"), a clause marked "since" or "before"
    is background ("since Russia invaded"), one on "when" shares the time of the clause it
    modifies ("tensions had risen when Russia invaded"), and "recently" is no day at all."""
    vague = nearest(
        trigger,
        lambda t: vague_past(document, t),
        into_clauses=False,
        among=document.timex_at,  # (a vague past is a time expression's word)
    )
    if vague is not None or vague_past(document, trigger):
        return f"{(vague or trigger).text!r}: some time before now"
    if (back := back_then(trigger)) is not None:
        return f"{back!r}: at an earlier time the story spoke of, not its own day"
    if (papers := told_by_papers(document, trigger)) is not None:
        return f"told in the past by {papers!r}: at the papers' time, before the news, no day"
    if (verdict := tried_in_the_news(document, trigger)) is not None:
        if trigger.lemma_.lower() in ARREST_WORDS:
            return f"the arrest of the one tried ({verdict!r}): before the trial, no day"
        return f"a deadly act the news of a trial tells ({verdict!r}): before it, no day"
    stretch = nearest(
        trigger,
        lambda t: stretch_to_now(document, t) or stretch_timex(document, t),
        into_clauses=False,
    )
    if stretch is not None:
        return f"in the stretch up to now ({stretch.text!r}): some day of it, not a given one"
    if (counted := counted_acts(trigger)) is not None:
        return f"{counted!r}: several acts, on days the text does not give"
    if (measure := measured_after(trigger)) is not None:
        return f"{measure!r}: that long before the act it is placed by"
    if (period := past_period(trigger)) is not None:
        return f"a clause {period!r}: a period of someone's past, no day"
    if (period := period_of_office(trigger)) is not None:
        return f"{period!r}: some time in a period of someone's office or life, no day"
    if (period := in_a_story_period(trigger)) is not None:
        return f"{period!r}: some time in the course of a long-running story, no day"
    if (start := started_a_story(trigger)) is not None:
        return f"{start!r}: what a long-running story began with, before the news, no day"
    if (occasions := told_on_occasions(document, trigger)) is not None:
        return f"{occasions!r}: told on occasions other than the story's day, no day"
    if (prep := bounding_act(document, trigger)) is not None:
        words = " ".join(t.text for t in prep.subtree)
        return f"{words!r}: placed by another act's time, on a day the text does not give"
    if (span := spanning(trigger)) is not None:
        return f"{span!r}: over a span, no day"
    if (effect := told_by_effect(trigger)) is not None:
        return f"{effect!r}: told by its effect, before it on a day not given"
    if (lasting_noun := lasting_modifier(trigger)) is not None:
        return f"{lasting_noun!r}: a lasting or earlier act, no day"
    if (owner := known_act(trigger)) is not None:
        return f"{owner.text} {trigger.text!r}: an act already known, spoken of, no day"
    if (choice := owned_choice(trigger)) is not None:
        return f"{choice.text} to {trigger.text!r}: someone's known choice, spoken of, no day"
    if (accord := under_this_accord(document, trigger)) is not None:
        return f"under {accord.text!r} told before: one of its terms, at its time, no day here"
    earlier = nearest(trigger, unmeasured_before, into_clauses=False)
    if earlier is not None:
        words = f"{earlier.text} {earlier.head.text}".lower()
        return f"{words!r}: before the story's time, no day it gives"
    later = nearest(trigger, unmeasured_after, into_clauses=False)
    if later is not None:
        words = f"{later.text} {later.head.text}".lower()
        return f"{words!r}: after another act by a span not counted, no day it gives"
    verb = clause_verb(trigger)
    if verb is None:
        return "a noun in a phrase: no tense of its own"
    for _ in range(4):
        tense = aspect(verb)
        if tense in ("past perfect", "perfect progressive"):
            return f"{tense} {verb.text!r}: before or over the story's time"
        if perfect_participle(verb):
            return f"'having {verb.text}': before the clause it opens, no day"
        if tense == "present perfect" and (since := dated_conjunct(document, verb)) is not None:
            return f"present perfect {verb.text!r} beside {since.text!r}: from then to now, no day"
        reported = verb.dep_ == "ccomp" and verb.head.tag_ == "VBD"  # "said they have met"
        late = trigger.i >= hot_news_end
        if tense == "present perfect" and (late or summed(verb) or reported):
            where = "a sum" if summed(verb) else "reported" if reported else "after the lead"
            return f"present perfect {verb.text!r} ({where}): some time before now"
        if reason := lasting(document, verb):
            return reason
        if verb.dep_ == "ccomp" and told_before(trigger, document) is verb:
            return told_under(verb)
        said = verb.dep_ == "ccomp"
        marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
        if verb.dep_ == "advcl" and marks & BACKGROUND_MARKS:
            return f"a clause on {sorted(marks & BACKGROUND_MARKS)[0]!r}: background"
        if verb.dep_ == "advcl" and "after" in marks and (day := head_dated(document, verb)):
            return f"a clause on 'after' an act dated {day.text!r}: before it, no day given"
        # "has repeatedly said that he opposes", "had complained that they were forcing": what
        # was said is told at the time of the saying
        timed_by_head = "when" in marks or (tense == "participle" and verb.dep_ == "advcl") or said
        if tense == "participle" and not timed_by_head:
            return f"the participle {verb.text!r} on a {verb.head.pos_.lower()}: no tense"
        if not timed_by_head or verb.head.pos_ not in VERB_POS:
            return None
        # "when Russia invaded", "fired tear gas, injuring dozens": the time of the head clause
        verb = verb.head
    return None


# papers that keep what was done for later readers: an act they tell in the past is of their
# time, which the news that brings them out does not give ("according to leaked cables")
PAPER_NOUNS = {"cable", "document", "file", "memo", "memorandum", "email", "e-mail", "record",
               "dossier", "archive"}  # fmt: skip
SHOWING_VERBS = {"show", "reveal", "indicate", "suggest", "detail", "describe", "say"}


def told_by_papers(document: Document, trigger: Token) -> str | None:
    """The papers that tell the trigger's act in the past ("the government jailed dozens of
    dissidents, according to leaked diplomatic cables", "documents show police beat
    detainees"), or None: the act is of the papers' time, not the day the news brought them
    out. An act the papers tell in the present ("show police are beating") is left as it is."""
    verb = clause_verb(trigger)
    if verb is None or not (told_in_the_past(verb) or past_progressive(verb)):
        return None
    attribution = reported_in(document, trigger)
    if attribution is not None and attribution.source is not None:
        source = document.doc.char_span(
            attribution.source.start, attribution.source.end, alignment_mode="expand"
        )
        if source is not None and source.root.lemma_.lower() in PAPER_NOUNS:
            return source.root.text
    shower = verb.head if verb.dep_ == "ccomp" else None
    if shower is not None and shower.lemma_ in SHOWING_VERBS:
        subject = next((c for c in shower.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in PAPER_NOUNS:
            return subject.text
    return None


# acts of deadly violence a court tries: told in the past in the news of a trial, they are the
# crime before it, not the hearing's day ("The gunman killed 13 people at a market. On Tuesday
# a court sentenced him to life")
DEADLY_VERBS = {"kill", "shoot", "stab", "murder", "massacre", "behead", "strangle", "slay",
                "bomb", "rape"}  # fmt: skip
COURT_WORDS = {"sentence", "convict", "acquit", "trial", "verdict"}  # a trial's news, or a plea
PLEA_WORDS = {"guilty"}  # "pleaded guilty", "found guilty"


def tried_in_the_news(document: Document, trigger: Token) -> str | None:
    """The word of a trial or a verdict the story's lead tells (``COURT_WORDS``, "pleaded
    guilty"), when the trigger is an act of deadly violence (``DEADLY_VERBS``, "opened fire"),
    or the arrest of the one tried told before the court's word (``_arrested_the_tried``), in
    the simple past with no time of its own, or None: a court tries a crime after it was done
    and its doer after he was caught, so the killing or the arrest a story of a sentencing or
    a trial tells again is not of the hearing's day, which the story's time would give it. A
    court's word in a sentence dated more than a week back ("was sentenced in 2019") is no
    news of the day (guard)."""
    lemma = trigger.lemma_.lower()
    opened_fire = lemma == "open" and any(c.lower_ == "fire" for c in trigger.children)
    deadly = lemma in DEADLY_VERBS or opened_fire
    if not deadly and lemma not in ARREST_WORDS:
        return None
    verb = clause_verb(trigger)
    if verb is None or not told_in_the_past(verb):
        return None
    published = document.article.published
    for token in document.doc[: lead_end(document, LEAD_SENTENCES)]:
        word = token.lemma_.lower()
        if word not in COURT_WORDS and word not in PLEA_WORDS:
            continue
        if token.sent == trigger.sent or _dated_back(document, token.sent, published):
            continue
        # (an arrest told after the judging lead is the lead's answer: ``answered``)
        if deadly or (token.i > trigger.i and _arrested_the_tried(verb, token.sent)):
            return token.text
    return None


PERSONAL_OBJECTS = {"him", "her", "them"}


def _arrested_the_tried(verb: Token, court_sentence: Span) -> bool:
    """Whether the one an arrest verb acts on is the one the court's sentence tells of: a name
    both give ("marines arrested Dano Velk" beside "convicted the pirate Dano Velk"), or a
    pronoun in either for the other's name. The defendant was arrested before the trial; an
    arrest of others at the hearing ("arrested three protesters outside the court") keeps the
    hearing's day."""
    arrested = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    names = {t.lower_ for a in arrested for t in a.subtree if t.pos_ == "PROPN"}
    if any(a.lower_ in PERSONAL_OBJECTS or a.tag_ == "PRP" for a in arrested):
        return True
    tried = {t.lower_ for t in court_sentence if t.pos_ == "PROPN"}
    pronoun = any(t.lower_ in PERSONAL_OBJECTS for t in court_sentence)
    return bool(names & tried) or (bool(names) and pronoun)


def _dated_back(document: Document, sentence: Span, published: dt.date) -> bool:
    """Whether a time expression of ``sentence`` ends more than a week before ``published``."""
    for index in range(sentence.start, sentence.end):
        timex = document.timex_at.get(index)
        bounds = days_of(timex.value) if timex is not None else None
        if bounds is not None and bounds[1] < published - RECENT:
            return True
    return False


PRESENT_TAGS_AND_BE = ("VBZ", "VBP")
POINTING = {"this", "that", "these", "those"}


def under_this_accord(document: Document, trigger: Token) -> Token | None:
    """The accord noun of an "under this accord" phrase on a verb in the simple past ("Under
    this accord, the two sides also agreed to send the quarrel to arbitration"), or None: the
    act is one of the terms of an accord the text told before, made when that accord was, a
    time this sentence does not give (the story's day is not it). Only an accord pointed back
    to ("this", "that") and a noun of the AGREE type: "under the accord" may be the day's news,
    "under pressure" is no accord; an act still to come ("under this accord, they will ...") is
    left to the modality."""
    verb = trigger if trigger.pos_ in VERB_POS else trigger.head
    if verb.pos_ not in VERB_POS or not told_in_the_past(verb):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not any(c.lower_ in POINTING for c in noun.children):
                continue
            entry = trigger_of(noun, document.lexicon)
            if entry is not None and entry.type == "AGREE" and noun.i != trigger.i:
                return noun
    return None


def known_act(trigger: Token) -> Token | None:
    """The possessive pronoun of an event noun that is spoken of as a known thing, or None: the
    subject of a clause in the present or of a "be" under a saying ("its trade pact with Tokyo
    is working", "said his criticism of the firm was not aimed at Britain"). The act is someone's
    standing one, done before the telling; the story's day is not its day. A noun in a phrase
    ("on his visit") or the subject of a verb of the past ("their talks ended") is not one."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = next((c for c in trigger.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None:
        return None
    verb = trigger.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    present = any(w.tag_ in PRESENT_TAGS_AND_BE for w in words)
    said_to_be = verb.dep_ == "ccomp" and any(w.lemma_ == "be" for w in words)
    return owner if present or said_to_be else None


# nouns of a choice made, whose infinitive tells the act chosen: "Brazil's decision to suspend
# payments", "the bank's move to cut rates", "his refusal to resign"
CHOICE_NOUNS = {"decision", "move", "choice", "refusal"}


def owned_choice(trigger: Token) -> Token | None:
    """The noun of someone's choice whose infinitive the trigger is, or None: "said Reagan's
    decision to impose sanctions might have contributed". The act is spoken of as a known one,
    chosen on a day the clause does not give (a time of its own, "Brazil's decision on Friday
    to suspend payments", comes first: ``own_timex``)."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB" or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    if noun.lemma_.lower() not in CHOICE_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
        return None
    return noun


def past_period(trigger: Token) -> str | None:
    """A "when"/"while" clause on the trigger's verb or a verb above it that names a role held
    in the past ("when she was a federal prosecutor", "while he was governor"): the event is
    told of that period of someone's life, not of the story's day."""
    verb = clause_verb(trigger) or trigger
    for _ in range(CHAIN):
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.lemma_ != "be" or clause.tag_ != "VBD":
                continue
            marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
            role = next((c for c in clause.children if c.dep_ == "attr"), None)
            if marks & PERIOD_MARKS and role is not None and role.pos_ == "NOUN":
                return f"{sorted(marks & PERIOD_MARKS)[0]} ... {clause.text} ... {role.text}"
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# the nouns of a period of someone's office or life: "in his first term", "during her tenure",
# "throughout Obama's presidency", "in his youth"
PERIOD_NOUNS = {"term", "tenure", "presidency", "premiership", "chairmanship", "governorship",
                "mayoralty", "reign", "career", "stint", "youth", "childhood",
                "heyday"}  # fmt: skip
PERIOD_PREPS = {"in", "during", "throughout", "under", "over"}
# what marks the period as one of someone's own: "his", "Obama's", "first", "previous"
PERIOD_MARKERS = {"first", "second", "third", "previous", "earlier", "former", "early", "past"}


# the roles of someone's early life or career: "as a young lawmaker", "as a student"
EARLY_ROLES = {"student", "teenager", "teen", "child", "boy", "girl", "schoolboy", "schoolgirl",
               "undergraduate", "cadet", "youngster"}  # fmt: skip
EARLY_MARKERS = {"young", "younger", "junior", "freshman", "first-term", "rookie", "novice",
                 "fledgling", "teenage"}  # fmt: skip


EDGE_ADVERBS = {"early", "late", "later", "earlier"}


def early_role(prep: Token) -> Token | None:
    """The role noun of an "as" phrase that names a time of someone's early life or career
    ("As a young lawmaker, she condemned the junta", "as a student", "as a freshman senator"),
    or None: the act is told of that past, not of the story's day ("as governor", which may be
    the office held now, is left as it is)."""
    if prep.lower_ != "as":
        return None
    for noun in prep.children:
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() in EARLY_ROLES:
            return noun
        if any(c.dep_ in ("amod", "compound") and c.lower_ in EARLY_MARKERS for c in noun.children):
            return noun
    return None


# the occasions a saying is made on: "in a 1998 speech", "in interviews", "at rallies"
OCCASION_NOUNS = {"speech", "address", "interview", "rally", "sermon", "lecture", "op-ed",
                  "column", "book", "memoir", "letter", "testimony", "hearing", "debate",
                  "campaign", "broadcast", "podcast", "post", "tweet"}  # fmt: skip
OCCASION_PREPS = {"in", "during", "at", "through", "across", "over"}


def clause_words(verb: Token) -> list[Token]:
    """The verb's own clause without the clauses on other words or a conjoined clause ("...,
    and punches were thrown at rallies")."""
    words = []
    for token in verb.subtree:
        walk = token
        while walk.i != verb.i and not (
            walk.dep_ in CLAUSE_DEPS | {"conj"} and walk.pos_ in VERB_POS
        ):
            walk = walk.head
        if walk.i == verb.i:
            words.append(token)
    return words


def told_on_occasions(document: Document, trigger: Token) -> str | None:
    """The phrase of the occasions the act was told on, when they are not the story's day:
    several ("in speeches across the province", "at rallies over two decades") or one named
    by an earlier date ("accused the company of lying in a speech in 1998", the date the
    parse may hang on the gerund), or None. The act is some time of those occasions: the
    publication day is not its day. Looked for in the trigger's own words and its clause's (a
    profile recalls a politician's old speeches in the simple past)."""
    verb = clause_verb(trigger) or trigger
    # the clause's own words, and a gerund's after "of" ("accused them of lying in a speech"),
    # not another clause's ("..., because punches were thrown at rallies")
    words = {t.i: t for t in clause_words(verb)}
    if trigger.i != verb.i:
        words.update({t.i: t for t in trigger.subtree})
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "accused the firm of lying"
    heads = itertools.chain(verb.children, trigger.children, *(o.children for o in objects))
    for prep in (c for c in heads if c.dep_ == "prep"):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
            words.update({t.i: t for t in clause_words(gerund)})
    for token in (words[i] for i in sorted(words)):
        if token.dep_ != "pobj" or token.lemma_.lower() not in OCCASION_NOUNS:
            continue
        if token.head.lower_ not in OCCASION_PREPS:
            continue
        plural = token.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "nummod", "poss") and c.lower_ in ("one", "a", "an")
            for c in token.children
        )
        if plural or named_by_its_date(document, token) is not None:
            return " ".join(t.text for t in token.head.subtree)
        # "of lying in a speech in 1998": the parse hangs the speech's date beside it
        after = [t for t in token.head.head.subtree if t.i > token.right_edge.i]
        dated = next((t for t in after if t.dep_ == "pobj" and t.head.lower_ == "in"), None)
        if (
            dated is not None
            and dated.head.i == token.right_edge.i + 1
            and named_by_its_date(document, dated.head) is not None
        ):
            phrase = " ".join(t.text for t in token.head.subtree)
            return f"{phrase} {dated.head.text} {dated.text}"
    return None


def period_of_office(trigger: Token) -> str | None:
    """The phrase that places the trigger's act in a period of someone's office or life ("in
    his first term, he sued the bank", "during her tenure as mayor", "throughout Obama's
    presidency", "as a young lawmaker": ``early_role``), or None: the act is some time in
    that period, on a day the text does not give, not at the story's day. A time of the
    phrase ("during his 2012 term") or of the clause dates it before this is asked
    (``own_timex``)."""
    verb = clause_verb(trigger) or trigger
    owners = [verb, trigger] if trigger is not verb else [verb]
    # "early in her career", "late in his presidency": the phrase hangs on the adverb
    owners += [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in EDGE_ADVERBS]
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ == "prep" and early_role(prep) is not None:
                return " ".join(t.text for t in prep.subtree)
            if prep.dep_ != "prep" or prep.lower_ not in PERIOD_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in PERIOD_NOUNS:
                    continue
                if any(
                    c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in PERIOD_MARKERS)
                    for c in noun.children
                ):
                    return " ".join(t.text for t in prep.subtree)
    return None


# the long-running stories an act may be told as one of, some time in their course: "during the
# uprising", "under the junta", "in the war" (not the stories that may be the news day's own:
# protests, clashes, a strike, a crisis)
STORY_PERIODS = {"uprising", "revolution", "war", "occupation", "insurgency", "rebellion",
                 "revolt", "dictatorship", "regime", "junta", "era", "intifada",
                 "civil war"}  # fmt: skip
STORY_PERIOD_PREPS = {"in", "during", "throughout", "under"}
# what makes the period the story's present: "this war", "the current uprising"
NOW_MARKERS = {"this", "current", "ongoing", "present", "latest", "new"}
# the parts of a period that place an act early in it or at its peak: "in the early days of the
# protests", "in the first weeks of the war", "at the height of the crisis"
OPENING_MARKERS = {"early", "first", "opening", "initial"}
PEAK_NOUNS = {"height", "peak"}


def in_a_story_period(trigger: Token) -> str | None:
    """The phrase that places the act some time in the course of a long-running story ("During
    the uprising, security forces killed hundreds", "under the junta"), early in a period ("in
    the early days of the protests", "in the first weeks of the war") or at its peak ("at the
    height of the crisis"), or None: the act is on a day of that period the text does not give,
    not at the story's day. A period marked as the present one ("this war", "the current
    uprising") and a time of the phrase or clause (asked before, ``own_timex``) are left."""
    verb = clause_verb(trigger) or trigger
    owners = [verb, trigger] if trigger is not verb else [verb]
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ not in STORY_PERIOD_PREPS | {"at"}:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                words = " ".join(t.text for t in prep.subtree)
                marks = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
                lemma = noun.lemma_.lower()
                if prep.lower_ == "at":
                    if lemma in PEAK_NOUNS and any(c.lower_ == "of" for c in noun.children):
                        return words
                    continue
                opening = (
                    noun.tag_ == "NNS"
                    and lemma in TIME_UNITS
                    and marks & OPENING_MARKERS
                    and any(c.lower_ == "of" for c in noun.children)
                )
                if opening:
                    return words
                if lemma in STORY_PERIODS and not marks & NOW_MARKERS:
                    return words
    return None


# the verbs by which a long-running story is said to start: "the uprising began after police shot
# a vendor", "the war broke out when Kestria invaded"
STARTING_VERBS = {"begin", "start", "erupt", "break", "flare", "ignite"}
# the long-running stories whose start is background to the day's news
STARTED_STORIES = STORY_PERIODS | {"unrest", "conflict", "crisis", "movement", "standoff",
                                   "feud", "dispute", "row"}  # fmt: skip
STARTING_MARKS = {"after", "when", "as"}


def started_a_story(trigger: Token) -> str | None:
    """The words when the act is told as what a long-running story began with or after ("The
    unrest began after police shot dead a street vendor", "the war broke out when Kestria
    invaded"), or None: the act is the story's origin, some time before the day's news, on a
    day the text does not give."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod")), None)
    head = verb.head
    if (
        mark is None
        or mark.lower_ not in STARTING_MARKS
        or head.lemma_.lower() not in STARTING_VERBS
    ):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in STARTED_STORIES:
        return None
    return f"{subject.text} {head.text} {mark.text}"


# the long-running stories whose first day a sentence may give: STARTED_STORIES, and those a
# day's news may also bring ("the protests began on March 1")
ORIGIN_STORIES = STARTED_STORIES | {"protest", "demonstration", "strike", "riot", "clash",
                                    "fighting", "violence", "offensive", "campaign", "siege",
                                    "blockade", "boycott"}  # fmt: skip
# a story that began this long before the publication or more has run on for days since
ORIGIN_DAYS = dt.timedelta(days=1)


def story_origin(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` dates the start of a long-running story ("The
    protests began on Monday, March 1", "the unrest erupted on March 2"): the story's first
    day, not the day of the acts the narration tells after it."""
    root = timex_root(document, document.doc[index])
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if verb.lemma_.lower() not in STARTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in ORIGIN_STORIES


def reference_times(document: Document) -> list[tuple[int, str, bool]]:
    """The story's reference times in text order: (token, day, recent) for each DATE or TIME
    expression of the past that dates a clause of the narration (not "Tuesday's earthquake",
    "the 1967 war", "his comments, made on Thursday", nor one in a quotation).
    A recent day (at most a week before publication) moves the story to that day; an earlier
    time to the background."""
    published = document.article.published
    found, seen = [], set()
    for index in sorted(document.timex_at):
        timex = document.timex_at[index]
        if id(timex) in seen:
            continue
        seen.add(id(timex))
        bounds = days_of(timex.value)
        if (
            bounds is None
            or (
                bounds[0] > published
                and not entry_stamp(document, index)
                and not later_day_label(document, index)
            )
            or (
                names_a_thing(document, index)
                and not after_a_dated_thing(document, index)
                and not day_heading(document, index)
                # "Saturday 6 February, 09:00 GMT Police ...": the parse's noun is the stamp
                and not (bounds[0] > published and entry_stamp(document, index))
            )
            or index in document.quoted
            or any(on_a_noun(a) for a in document.doc[index].ancestors)
        ):
            continue  # a plan, a noun's date or a speaker's words do not move the narration
        if furniture_line(document.article.text, timex.start):
            continue  # "RELATED: ... (June 16)", a photo's caption: the page's, not the story's
        if bounded_stretch(document, index):
            continue  # "had claimed until late on Thursday": a stretch's end, not the story's day
        if measured_from(document, index):
            continue  # "unchanged from last Friday": the point a change is measured from
        if period_holder(timex_root(document, document.doc[index])) is not None:
            continue  # "announced a walkout for Wednesday": the walkout's day, not the story's
        if reported_before_its_report(document, document.doc[index], bounds):
            continue  # "told the council today that jets shelled towns on Friday": today's story
        point = reference_point(index, timex.value, bounds, published)
        if day_heading(document, index) or (bounds[0] > published and entry_stamp(document, index)):
            pass  # "Sunday's developments:" over a list, a later entry's stamp: its items' day
        elif point[2] and (names_a_thing(document, index) or after_a_noun_of(document, index)):
            continue  # "days after Tuesday's quake": some day after it, not that day
        if point[2] and answered_by(document, timex_root(document, document.doc[index])):
            continue  # "a strike for an attack on Saturday": the attack's day, not the story's
        if point[2] and told_before_the_story(document, index):
            # "officials had denied it on Thursday": a step back before the story's time; the
            # narration in the simple past after it is back at the story's own day
            continue
        if point[2] and bounds[0] < published - ORIGIN_DAYS and story_origin(document, index):
            # "The protests began on March 1." a week into them: the acts told after it are of
            # some day since, not of the first one (a turn to an earlier time)
            found.append((index, timex.value, False))
            continue
        if point[2] or bounds[1] < published - RECENT:
            found.append(point)
    return found


# a line of the page around the story: a link to another story ("RELATED: Army shells port
# (June 16)", "Read more: ..."), or a photo's caption, whose credit follows what it shows
# ("... in Kestra on June 16, 2026. (AP Photo/Jo Lee)", "... REUTERS/Jo Lee")
LINK_LINE = re.compile(
    r"\s*(?:(?:related(?:\s+(?:story|stories|articles?|coverage|content|links?|news))?|read more|"
    r"read also|also read|see also|more on this(?:\s+story)?|recommended|watch|video)"
    r"\s*[:|\u2013\u2014-]|(?:more|also|read)\s*:)",  # "More: ...", never "more-or-less"
    re.IGNORECASE,
)
# a label in capitals with no colon before the linked headline ("RELATED Army shells port")
BARE_LINK_LABEL = re.compile(r"\s*(?:RELATED|READ MORE|SEE ALSO)\s+(?=[A-Z0-9\"'\u2018\u201c])")
PICTURE_CREDIT = re.compile(
    r"\((?:AP|AFP|EPA|Reuters)?\s*(?:Photo|Photograph|Picture|Image)s?\b"
    r"|\b(?:REUTERS|AFP|EPA|AP|XINHUA)\s*/\s*[A-Z]"
    r"|/\s*(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua)\s*\)"
    r"|\bGetty Images\b|\bAP Photo\b"
)

# a line that opens with a photo's credit, under the caption it credits (a page printed a
# sentence a line: "Marchers chant in Orla Square .\nPhotograph : Jo Lee\/Reuters Police ...")
CREDIT_LINE = re.compile(r"[ \t]*(?:Photograph|Photo|Picture)[ \t]*:[ \t]*[A-Z]")


def furniture_line(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` is in a line of page furniture: a link to another
    story, or a photo's caption before its credit, on its line or opening the next one. Its
    date is that story's or that picture's, and sets no time for the story around it. Only
    what stands before a credit is the caption: a page may run the story's lead into the same
    line after it ("Photograph: Reuters/Ana Ruiz Mexico City lowered its alert late last
    night")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    if LINK_LINE.match(line) is not None or BARE_LINK_LABEL.match(line) is not None:
        return True
    if end >= 0 and CREDIT_LINE.match(text, end + 1) is not None:
        return True
    return any(credit.start() > offset - start for credit in PICTURE_CREDIT.finditer(line))


def bounded_stretch(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` ends a stretch ("until late on Thursday",
    "by Friday"), not the day of what its clause tells."""
    root = timex_root(document, document.doc[index])
    prep = root.head if root.dep_ == "pobj" else None
    while prep is not None and prep.dep_ in ("pobj", "pcomp", "prep") and prep.head.i != prep.i:
        if prep.lower_ in DEADLINE_PREPOSITIONS:
            return True
        prep = prep.head
    return prep is not None and prep.lower_ in DEADLINE_PREPOSITIONS


def measured_from(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` is the point a change or a span is measured
    from ("prices were unchanged from last Friday", "up from Monday's close", "from Monday to
    Wednesday"): no day of what its clause tells."""
    root = timex_root(document, document.doc[index])
    while root.dep_ in ("poss", "compound", "nmod") and root.head.i != root.i:
        root = root.head  # "from Monday's close"
    return root.dep_ == "pobj" and root.head.lower_ == "from"


def reported_before_its_report(document: Document, token: Token, bounds: Interval) -> bool:
    """Whether ``token`` (a time expression's word or a dated act) is in what a statement
    reports, at a time (``bounds``) before one the statement has of its own ("Kestria told
    the council today that Valdorian jets shelled two of its towns on Friday"): the narration
    after it goes on at the statement's time (the statement, its speaker), not at the day of
    the act reported."""
    clause = next((a for a in [token, *token.ancestors] if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.pos_ not in VERB_POS:
        return False
    report = clause.head
    for word in report.subtree:
        timex = document.timex_at.get(word.i)
        if timex is None or word in clause.subtree or word.i in document.quoted:
            continue
        own = None if calendar_less(timex.value) else days_of(timex.value)
        if own is not None and own[0] > bounds[1]:
            return True
    return False


def told_before_the_story(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` dates a clause in the past perfect ("had
    denied it on Thursday"): a time before the story's, which does not set the story's day."""
    verb = next(
        (a for a in document.doc[index].ancestors if a.pos_ in VERB_POS and a.dep_ != "aux"),
        None,
    )
    return verb is not None and aspect(verb) == "past perfect"


# the prepositions by which a clause is placed after or since a dated thing: "sprang into action
# shortly after the April 20 explosion", "has fought the law since its 2009 passage"
AFTER_PREPS = {"after", "following", "since"}


# the rest of a line a day heads as the day of the entries under it: nothing, or a colon or a
# dash ("Sunday", "Monday, April 12:"); or a possessive and up to three words ("'s
# developments:", "'s key events", "'s latest")
DAY_HEADING_TAIL = re.compile(
    r"[ \t]*(?:['’][sS][ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]*)?"
    r"[:.–—-]?[ \t]*(?:\n|$)"
)


def day_heading(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` opens a line that heads entries by their day
    ("Sunday", "Monday, April 12:", "Sunday's developments:"): the day of the entries under it,
    down to the next time the page names (though "developments" is a thing the day names, as
    in "Tuesday's earthquake"). (A story's time set by an act's date is no heading.)"""
    timex = document.timex_at.get(index)
    if timex is None:
        return False
    text = document.article.text
    line_start = text.rfind("\n", 0, timex.start) + 1
    if text[line_start : timex.start].strip():
        return False
    return DAY_HEADING_TAIL.match(text, timex.end) is not None


def after_a_dated_thing(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` dates a noun a verb is placed after ("shortly
    after the April 20 explosion"): an earlier time of this kind turns the story to it as a date
    of the clause would."""
    noun = timex_root(document, document.doc[index]).head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in AFTER_PREPS
        and prep.head.pos_ in VERB_POS
    )


def after_a_noun_of(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` dates a noun the clause is placed after, in a
    phrase of its own ("began arriving following the earthquake on Tuesday", "since the vote in
    March"): the clause is some time after that day, as after "Tuesday's earthquake"."""
    root = timex_root(document, document.doc[index])
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0:
        return False
    # the noun the phrase hangs on, or the one it follows when the parser hung it on the verb
    # ("efforts following the earthquake on Tuesday" parsed as "assist ... on Tuesday")
    before = document.doc[prep.i - 1]
    nouns = [prep.head, *(t for t in [before, *before.ancestors] if t.right_edge.i == before.i)]
    return any(
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in AFTER_PREPS  # "following" is also parsed as a participle
        for noun in nouns
    )


def indefinite_pasts(document: Document, start: int) -> dict[int, str]:
    """The sentences that elaborate a turn to an unsaid past, by their first token, with the
    reason: a sentence after the first ones (from token ``start``) whose main verb is in the
    present perfect and that names no time ("The US effort has also drawn criticism from Latin
    American leaders", "he has done much of his work with Republicans") tells of some time
    before now, and the sentence right after it in the simple past elaborates it ("Venezuela's
    president criticised ...", "He worked with Senator X to ...") with no day the record can
    give. A copula ("has been a leader"), a trend ("has been rising"), a quotation and a
    sentence with a time of its own ("in the past 24 hours, it has referred 238 callers") do
    not turn the story; nor does a sentence further on (the story is back at its time)."""
    found: dict[int, str] = {}
    sentences = list(document.doc.sents)
    for sentence, following in itertools.pairwise(sentences):
        root = sentence.root
        if (
            sentence.start < start
            or root.pos_ not in VERB_POS
            or root.lemma_.lower() == "be"
            or root.i in document.quoted
            or aspect(root) != "present perfect"
            or any(t.i in document.timex_at for t in sentence)
        ):
            continue
        found[following.start] = f"it elaborates the present perfect {root.text!r} before it"
    return found


# a dated stamp with its clock time, as live pages put above each entry: "February 6, 2016
# 10:57PM", "6 Feb 2016, 22:57 GMT" (matched in the text: pages glue them to the words around)
STAMP = re.compile(
    rf"(?:(?P<month>{MONTH_NAMES})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}}) (?P<month2>{MONTH_NAMES})\.? (?P<year2>\d{{4}}))"
    r"[,;]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\b\.?|GMT|UTC|E[SD]?T|BST)?"
)
# a stamp's year and clock time, which every STAMP match holds: the cheap test before it
STAMP_END = re.compile(r"\d{4}[,;]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}")
MONTH_NUMBERS = {name[:3].lower(): n for n, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
)}  # fmt: skip


def live_stamps(document: Document) -> list[tuple[int, str, bool]]:
    """The dated stamps of a live page's entries, as reference times: each dates what follows it
    up to the next one ("February 6, 2016 10:57PM Jeb Bush hits Marco Rubio ..."), a day the
    page's publication date is not. Only on a page of two stamps or more (one is a byline's)
    and only a recent day (at most a week before publication)."""
    doc, published = document.doc, document.article.published
    found: list[tuple[int, str, bool]] = []
    text = tokens_text(doc)
    if STAMP_END.search(text) is None:  # (every stamp ends so: most texts hold none)
        return found
    for match in STAMP.finditer(text):
        month = (match["month"] or match["month2"])[:3].lower()
        try:
            day = dt.date(
                int(match["year"] or match["year2"]),
                MONTH_NUMBERS[month],
                int(match["day"] or match["day2"]),
            )
        except ValueError:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not published - RECENT <= day <= published:
            continue
        found.append((span.start, day.isoformat(), True))
    return found if len(found) >= 2 else []


# a round-up's section label that opens its entries: "At the White House: ...", "In the Gulf: ..."
LABEL = re.compile(
    r"(?:^|(?<=\n))[ \t]*"
    r"(?P<label>(?:At|In|On|From|Inside|Outside) [A-Za-z][^\n:.!?\d]{1,40}?)[ \t]*:(?!\d)",
    re.M,
)
LABELLED_ENTRIES = 3  # a label opening this many entries makes the article a log


def log_entries(document: Document) -> int | None:
    """Where the entries of a log begin (a token index), or None: a round-up of many days
    ("what the president has been doing every day since the spill") whose entries open with
    the same place label ("At the White House: President Obama meets ...", "In the Gulf:
    Crews prepared ...") three times or more, with no day of their own. The publication day
    is the last entry's at most, and the story's time of one entry is not the next one's."""
    text = tokens_text(document.doc)
    if text.count(":") < LABELLED_ENTRIES:  # (each label holds its own colon)
        return None
    starts: dict[str, list[int]] = {}
    for match in LABEL.finditer(text):
        starts.setdefault(match["label"].lower(), []).append(match.start("label"))
    first = min((s[0] for s in starts.values() if len(s) >= LABELLED_ENTRIES), default=None)
    if first is None:
        return None
    span = document.doc.char_span(first, first + 1, alignment_mode="expand")
    return span.start if span is not None else None


def time_point(document: Document, draft: Draft) -> tuple[int, str, bool] | None:
    """The reference time a dated event sets, as ``reference_times`` gives them, or None."""
    if draft.basis not in ("timex", "event") or "historical" in draft.modality:
        return None
    if furniture_line(document.article.text, draft.token.idx):
        return None  # an act of a related link's headline or a photo's caption
    bounds = days_of(draft.date)
    published = document.article.published
    if bounds is None or bounds[0] > published:
        return None
    if reported_before_its_report(document, draft.token, bounds):
        return None  # "said on Wednesday they arrested four men on Tuesday": the story's Wednesday
    point = reference_point(draft.token.i, draft.date, bounds, published)
    # as for a time expression: "this year" neither moves the story to a day nor to the past
    return point if point[2] or bounds[1] < published - RECENT else None


def entry_stamp(document: Document, index: int) -> bool:
    """Whether the time expression at token ``index`` stamps a live page's entry ("Friday,
    8.00am: ...", "11:10 a.m. Friday: ..."): the day the entry was written, which dates the
    entry's first sentence it is glued to (the parse makes them one) and the entry after it,
    a day after the page's publication day too when the page runs into the next day, or days
    after it when the stamp writes its day ("Saturday 6 February, 09:00 GMT ...")."""
    timex = document.timex_at.get(index)
    if timex is None or timex.type != "TIME":
        return False
    bounds = days_of(timex.value)
    if bounds is None or bounds[0] > document.article.published + LABEL_DAYS_AFTER:
        return False
    if bounds[0] > document.article.published + ENTRY_DAYS_AFTER:
        # a page kept up for days: only a day the page writes out, not a weekday's guess
        return written_stamp(document, index)
    return stamps_an_entry(document.article.text, timex.start, timex.end, timex.type)


def written_stamp(document: Document, index: int) -> bool:
    """Whether the TIME expression at token ``index`` stamps a live page's entry with a day the
    page writes out on the entry's own line (``clocked_heading``: "Saturday 6 February, 09:00
    GMT Police arrested ..."), or is a clock stamp under the last such stamp ("09:30 GMT ..."
    after it): the entry was written that day, days after the page's first day as a page kept
    up for a week runs. A day heading alone on its line after the publication may head a
    schedule; a stamp on the entry's line is the log's."""
    text = document.article.text
    timex = document.timex_at[index]
    if clocked_heading(text, timex.start, timex.end, timex.type):
        return True
    if not stamps_an_entry(text, timex.start, timex.end, timex.type):
        return False
    for start in reversed([i for i in document.timex_at if i < index]):
        earlier = document.timex_at[start]
        if earlier.type == "TIME" and stamps_an_entry(
            text, earlier.start, earlier.end, earlier.type
        ):
            if earlier.value[:10] != timex.value[:10]:
                return False
            if clocked_heading(text, earlier.start, earlier.end, earlier.type):
                return True
    return False


ENTRY_DAYS_AFTER = dt.timedelta(days=3)  # the tagger's nearest weekday after a page's day


LABEL_DAYS_AFTER = dt.timedelta(days=6)  # a live page labelled by day runs a week at most


def later_day_label(document: Document, index: int) -> bool:
    """Whether the DATE expression at token ``index`` labels a live page's entries of a day
    after the publication (``labels_a_day``: "Saturday" over its entries on a page of the
    Wednesday before) on a page whose day labels begin on or before the publication: the page
    ran on past its first day, and the label dates the entries under it as a stamp does. A
    page of labels that all lie ahead is a schedule ("Monday: the summit opens"), no log.
    A day an update cue stamps ("Update, Wednesday 10 March" on a Monday's page) is such a
    label by its cue alone: an update is written after the page began, never ahead of it."""
    timex = document.timex_at.get(index)
    published = document.article.published
    if timex is None or timex.type != "DATE":
        return False
    bounds = days_of(timex.value)
    if bounds is None or bounds[0] != bounds[1] or bounds[0] > published + LABEL_DAYS_AFTER:
        return False
    if update_stamp(document.article.text, timex.start):
        return True
    if not _labels_a_day(document, timex):
        return False
    for start in sorted(document.timex_at):
        if start >= index:
            break
        earlier = document.timex_at[start]
        if earlier.type == "DATE" and _labels_a_day(document, earlier):
            days = days_of(earlier.value)
            if days is not None and days[0] <= published:
                return True
    return False


def _labels_a_day(document: Document, timex: TimeExpression) -> bool:
    return labels_a_day(document.article.text, timex.start, timex.end)


def written_on(document: Document, index: int) -> dt.date:
    """The day the entry holding token ``index`` was written: the day of the last live page's
    entry stamp or later day label before it (``entry_stamp``, ``later_day_label``; a page
    that ran past midnight or over several days dates its later entries after it was
    published), else the publication day. An act an entry tells on
    its own day is done, not to come."""
    written = document.article.published
    for start in sorted(document.timex_at):
        if start >= index:
            break
        if entry_stamp(document, start) or later_day_label(document, start):
            bounds = days_of(document.timex_at[start].value)
            if bounds is not None:
                written = max(written, bounds[0])
    return written


def date_heading(document: Document, index: int) -> bool:
    """Whether the DATE expression at token ``index`` heads a timeline's or a live page's
    entries alone on its line ("Monday, March 13" over "Police arrest the opposition leader
    before dawn."): the day of the entries under it, which dates the first one the parse glues
    to it as ``entry_stamp`` does. Not a day after the publication (a schedule's)."""
    timex = document.timex_at.get(index)
    if timex is None or timex.type != "DATE":
        return False
    bounds = days_of(timex.value)
    if bounds is None or bounds[0] > document.article.published:
        return False
    return stamps_an_entry(document.article.text, timex.start, timex.end, timex.type)


def reference_point(
    index: int, value: str, bounds: Interval, published: dt.date
) -> tuple[int, str, bool]:
    """(token, day, recent) of a time the story reaches: a recent day (one day at most a week
    before publication) as that day, an earlier time as its value."""
    recent = bounds[0] == bounds[1] and published - RECENT <= bounds[0]
    return index, bounds[0].isoformat() if recent else value, recent


def timex_root(document: Document, token: Token) -> Token:
    """The root of the time expression ``token`` is in: the word that relates it to the
    sentence."""
    timex = document.timex_at[token.i]
    while token.head.i != token.i and document.timex_at.get(token.head.i) is timex:
        token = token.head
    if token.dep_ in FUNCTION_DEPS:
        # "the 20 April explosion": the expression's "the" hangs on the noun as its date words
        # do; the word that relates the date is the one with a content relation ("April")
        words = _timex_words(document, token, timex)
        outer = [t for t in words if document.timex_at.get(t.head.i) is not timex or t.head == t]
        token = next((t for t in outer if t.dep_ not in FUNCTION_DEPS), token)
    return token


def _timex_words(document: Document, token: Token, timex: TimeExpression) -> list[Token]:
    """The words of ``timex`` in ``token``'s sentence, in order (``token.sent``'s words that
    ``document.timex_at`` gives ``timex``), with a ``Token`` made only for those."""
    doc, timex_at = token.doc, document.timex_at
    start, end = sentence_bounds(token)
    return [doc[i] for i in range(start, end) if timex_at.get(i) is timex]


# relations of a word that says nothing of how its phrase relates to the sentence
FUNCTION_DEPS = {"det", "predet", "punct", "case", "cc"}


def on_a_noun(clause: Token) -> bool:
    """Whether ``clause`` is a clause on a noun ("his comments, made on Thursday", "the attack
    that killed nine on Friday"), whose time dates the noun's act, not the narration. A verb
    the parse hung on the root noun of a verbless sentence is what the sentence tells: a wire
    page's dateline glued to its lead ("VENICE | Sun May 30 , 2010 7:23 pm VENICE -- Lawmakers
    clamored on Sunday ...") leaves the lead's verb an ``acl`` of its subject, and a headline's
    participle ("Nine protesters killed in Ardo on Friday") is its news. One set off by a comma
    ("The minister's remarks , made on Friday , ...") is still the noun's. Nor is an effort's
    aim ("winds hampered efforts to contain the slick on Friday"): the parse hangs the time on
    the last verb, but it is the day of the effort, which the sentence tells."""
    if clause.dep_ != "acl":
        return clause.dep_ == "relcl"
    if clause.head.lemma_ in EFFORT_NOUNS and _infinitive(clause):
        return False
    return not (no_verb_above(clause) and clause.i > 0 and not clause.nbor(-1).is_punct)


def no_verb_above(word: Token) -> bool:
    """Whether no verb heads ``word`` up to its sentence's root: a sentence the parse rooted on
    a noun."""
    return not any(a.pos_ in VERB_POS for a in word.ancestors)


def names_a_thing(document: Document, index: int) -> bool:
    """Whether the time expression at ``index`` modifies a noun: "Tuesday's earthquake", "the
    1967 war"."""
    token = timex_root(document, document.doc[index])
    return token.dep_ in ("poss", "compound", "nmod", "amod", "nummod") and (
        token.head.pos_ in ("NOUN", "PROPN")
    )


# how far a time the story names holds: its paragraph and the next two (wire copy makes each
# sentence a paragraph); further on, the story is back at its news day
NEAR_PARAGRAPHS = 2
HEADED_PARAGRAPHS = 8  # how far the entries under a day's heading reach
PUBLICATION_DAY = "the news day (publication date)"  # the story's day when its lead names none
LEAD_SENTENCES = 5  # the headline and the lead, which name the news day if any sentence does
HOT_NEWS_SENTENCES = 2  # the headline and the first sentence, which may give the news in the
# present perfect ("India has summoned the US envoy")


def lead_end(document: Document, sentences: int, narration: bool = False) -> int:
    """The token where the story's first ``sentences`` end; with ``narration``, counting only
    the sentences the writer narrates: a quotation's sentences ("What would this label change?
    Would it bring in allies?" he said) do not push the lead's own day out of the lead."""
    doc = document.doc
    ranges = sentence_ranges(doc)
    if ranges is None:  # (sentence hooks, or no sentence boundaries: spaCy's own sentences)
        counted = (s for s in doc.sents if not narration or narrated_sentence(document, s))
        lead = list(itertools.islice(counted, sentences))
        return lead[-1].end if lead else 0
    # the sentences' bounds from the kept starts, and each word's kind from the arrays: no
    # ``Span`` or ``Token`` made for the lead's words (two calls a story)
    found = counted = 0
    for start, end in ranges:
        if narration and not _narrated_words(document, start, end):
            continue
        found, counted = end, counted + 1
        if counted == sentences:
            break
    return found


FRAGMENT_WORDS = 3  # "he said.", a closing quotation mark, "___.": no sentence of the narration


def narrated_sentence(document: Document, sentence: Span) -> bool:
    """Whether the writer narrates the sentence: more than a fragment's few words, most of them
    outside quotation marks."""
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    quoted = sum(t.i in document.quoted for t in words)
    return len(words) > FRAGMENT_WORDS and 2 * quoted <= len(words)


def _narrated_words(document: Document, start: int, end: int) -> bool:
    """``narrated_sentence`` for the sentence of tokens ``start`` to ``end``, read from the
    document's arrays."""
    spaces = attribute_keys(document.doc, IS_SPACE)
    puncts = attribute_keys(document.doc, IS_PUNCT)
    quoted = document.quoted
    words = [i for i in range(start, end) if not spaces[i] and not puncts[i]]
    return len(words) > FRAGMENT_WORDS and 2 * sum(i in quoted for i in words) <= len(words)


def news_day(document: Document, times: list[tuple[int, str, bool]], end: int) -> tuple[str, str]:
    """The story's news day, and where it comes from: the recent day the lead (up to token
    ``end``) names ("police arrested four men on Monday"), else the publication day."""
    for index, day, recent in times:
        if recent and index < end:
            return day, f"the news day, named in the lead by {document.doc[index].text!r}"
    return document.article.published.isoformat(), PUBLICATION_DAY


def story_time(
    document: Document,
    draft: Draft,
    times: list[tuple[int, str, bool]],
    news: tuple[str, str],
    end: int,
    stamps: frozenset[int] = frozenset(),
    elaborations: dict[int, str] | None = None,
) -> tuple[str | None, str]:
    """The date of an event its own words do not date, and why; None when it is not the
    story's time. An event narrated in the simple past (or present) happens at the story's
    reference time: a recent day named in its paragraph or the one before, else the news day
    (``news_day``: "police arrested four men on Monday ... Officers arrested a man, 33").
    Right after an earlier time ("in 2005", "last year") the story narrates that background:
    such an event has no day the record can give."""
    token = draft.token
    if reason := untimed(document, token, end):
        return None, reason
    if elaborations and (reason := elaborations.get(token.sent.start)):
        return None, reason
    if (reason := told_of_a_party(token)) is not None:
        return None, reason
    day, why = _story_day(document, token, times, news, stamps)
    if (reason := unnamed_news_day(token, why, end)) is not None:
        return None, reason
    # (a live page's entry tells its news in the present: "1340 The EU backs the appeal")
    if "live page" not in why and (
        reason := standing_stance(document, token) or lasting_tie(document, token)
    ):
        return None, reason
    if day is not None and (now := told_as_now(document, token, day, why)) is not None:
        return document.article.published.isoformat(), now
    if (
        day is not None
        and token.sent.start >= end
        and (other := earlier_in_sentence(document, token, day))
    ):
        return None, f"its sentence names an earlier time, {other!r}, that does not date it"
    if (
        day is not None
        and (claim := claimed_amends(token)) is not None
        and (harm := harm_of_the_day(document, token, day)) is not None
    ):
        return None, (
            f"amends ({claim.text!r}) for {harm.text!r} of {day[:10]}: sought or given after"
            " the harm they make good, on a day the text does not give"
        )
    return day, why


# what a party claims to make good a loss it suffered: claimed after the harm, never with it
AMENDS_NOUNS = {"damages", "compensation", "reparation", "reparations", "restitution", "redress"}
# acts of harm a claim for amends is made for (with ``DEADLY_VERBS``)
HARM_VERBS = {"explode", "blow", "crash", "spill", "leak", "injure", "wound", "strike", "hit",
              "attack", "shell", "destroy", "damage", "sink", "collapse", "burn", "flood",
              "erupt", "derail", "pollute", "raid"}  # fmt: skip


def claimed_amends(trigger: Token) -> Token | None:
    """The noun of amends the trigger's act claims ("asked for $20 billion in damages",
    "demanded compensation from Kestria"), or None: a word of ``AMENDS_NOUNS`` in the trigger's
    own phrase, not in a clause of its own below it."""
    for token in trigger.subtree:
        if token.lower_ not in AMENDS_NOUNS:
            continue
        path = [a for a in token.ancestors if a.i != trigger.i and trigger in a.ancestors]
        if not any(a.pos_ in VERB_POS for a in path):
            return token
    return None


def harm_of_the_day(document: Document, trigger: Token, day: str) -> Token | None:
    """The verb of harm an earlier sentence dates at ``day`` ("On 20 April a well exploded",
    "troops shelled the town on Tuesday"), or None. A claim for amends of that harm
    (``claimed_amends``) is made after it: the story's day, which is the harm's, is not the
    claim's. A day on another act ("the families sued on Tuesday") keeps the story's day."""
    for index, timex in document.timex_at.items():
        if index >= trigger.sent.start or timex.value[:10] != day[:10]:
            continue
        holder = timex_root(document, document.doc[index]).head
        while holder.pos_ not in VERB_POS and holder.head.i != holder.i:
            holder = holder.head
        if holder.lemma_.lower() in HARM_VERBS | DEADLY_VERBS:
            return holder
    return None


def told_of_a_party(trigger: Token) -> str | None:
    """Why an act told in the past in a relative clause on a noun has no day of the story's,
    or None: the clause says who a party is by what it did ("Senator Reid, who called on him
    to quit", "the gunmen who shot 12 people"), an act told as known, on a day it does not
    give; so does one in the present perfect ("the minister, who has been investigated by
    parliament"), in the lead too. One told in the simple present says who the party is by a
    standing relation ("a former governor who supports the president", "the cleric whom the
    government accuses of plotting"), held on no one day. A time of its own clause still dates
    it (``own_timex`` comes first; a time outside the clause does not, ``of_a_party``)."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "relcl":
        return None
    if told_in_the_past(verb):
        return f"{verb.text!r} in a relative clause on {verb.head.text!r}: told as known, no day"
    if aspect(verb) == "present perfect" and relative_subject(verb):
        # "the minister, who has been investigated by parliament, resigned on Friday": what has
        # befallen the party up to now says who it is, even in the lead, where a present
        # perfect of the main clause may be the news
        where = f"present perfect {verb.text!r} in a relative clause on {verb.head.text!r}"
        return f"{where}: told as known, up to now, no day"
    if told_in_the_present(verb) and who_clause(verb):
        # "a former governor who supports the president", "the cleric whom Ibarra accuses of
        # plotting": a standing relation that says who the party is, held on no one day
        where = f"{verb.text!r} in a relative clause on {verb.head.text!r}"
        return f"{where}: a standing relation, no day"
    return None


def relative_subject(verb: Token) -> bool:
    """Whether a relative clause's subject is its relative word ("who has been investigated",
    "which has shelled the town"): the clause tells what the noun did or what befell it, not
    what happened at a place or in an occasion ("in which 60 traders have been arrested")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_WORDS for c in verb.children
    )


def past_on_a_perfect(document: Document, trigger: Token, found: Token) -> bool:
    """Whether a bare time of a finished past ("last year", "last month", no preposition) hangs
    on the trigger's verb in the present perfect ("another man has been arrested in connection
    with the bombings of two embassies last year that killed 224 people"): English does not
    tell a finished time with the present perfect, so the parse has hung on the verb the time of
    a noun near it; it is not the act's. A day ("has met him on Monday", as some wires write) or
    a time that reaches now ("this year", "since May") is left as it is."""
    verb = clause_verb(trigger)
    if verb is None or aspect(verb) != "present perfect":
        return False
    root = timex_root(document, found)
    if root.dep_ != "npadvmod" or root.head.i != verb.i:
        return False
    value = document.timex_at[found.i].value
    if not re.fullmatch(r"[0-9]{4}(-[0-9]{2})?", value):
        return False
    bounds = days_of(value)
    return bounds is not None and bounds[1] < document.article.published


def participle_on_a_noun(trigger: Token) -> Token | None:
    """The noun a past participle with no auxiliary of its own hangs on ("soldiers captured
    during the war", "the land seized by the army"), or None: such a participle says which
    party or thing is meant by what was done to it, with no tense of its own, so the time of a
    statement around it is not its time (a time in its own phrase dates it, ``own_timex``)."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "acl" or trigger.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in trigger.children):
        return None
    return trigger.head


TERMINAL = {".", "!", "?", '"', "'", "\u201d", "\u2019"}


def headline_sentence(token: Token) -> bool:
    """Whether the token's sentence ends with no closing stop or quotation mark: a headline,
    whose present tense tells news ("Senators back tax plan")."""
    words = [t for t in token.sent if not t.is_space]
    return not words or words[-1].text not in TERMINAL


# Session 60: a standing stance and a lasting tie told in the writer's present simple

# verbs of a stance a party holds: "Kestria supports Valdoria's bid" in the writer's present
# states where Kestria stands, not that it said or decided so on a day
STANDING_STANCES = {"support", "back", "oppose", "favor", "favour", "recognize", "recognise"}
# a stance held, named by a noun the holder "has" or "enjoys": "the bid has the support of Norway"
HELD_STANCE_NOUNS = {"support", "backing", "recognition", "opposition", "endorsement"}
HOLDING_VERBS = {"have", "enjoy"}
# verbs of a tie that lasts, told in the present simple: "the two states cooperate closely",
# "coordinate closely on security" (the lexicon's COOPERATE verbs of a working tie)
LASTING_TIES = {"cooperate", "collaborate", "coordinate", "partner", "ally"}
# hosting a counted number of people or things is keeping them ("hosts thousands of refugees"),
# not receiving a guest or holding talks
HOSTING_VERBS = {"host", "shelter", "house"}
# supplying a share of the receiver's whole is a lasting supply ("provides Kestria with most of
# its electricity", "supplies 40% of Valdoria's gas"), not a delivery of a day
SUPPLY_VERBS = {"provide", "supply", "give", "deliver", "sell"}
SHARE_WORDS = {"most", "much", "half", "third", "quarter", "percent", "%", "bulk", "majority",
               "share", "all", "part", "fraction"}  # fmt: skip


def writers_present(document: Document, verb: Token) -> bool:
    """Whether the verb is in the simple present in the body, outside a quotation: the writer's
    own present, which tells a state or a habit as often as news ("Kestria backs the plan."), a
    headline's present aside ("Kestria backs ceasefire plan")."""
    return (
        verb.pos_ == "VERB"
        and in_simple_present(verb)
        and verb.i not in document.quoted
        and not headline_sentence(verb)
    )


def reported_stance(document: Document, verb: Token) -> bool:
    """Whether the verb's clause is what someone said ("Ostra said it supports the bid", "the
    state backs the bid, the minister says"): the stance was stated, and the saying is the act."""
    if reported_in(document, verb) is not None:
        return True
    return any(a.dep_ in ("ccomp", "parataxis") for a in [verb, *verb.ancestors]) or any(
        c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SAYING for c in verb.children
    )


def standing_stance(document: Document, trigger: Token) -> str | None:
    """Why a stance the writer tells in the present simple, with no saying, is no act of a day
    ("Kestria supports Valdoria's membership.", "the government opposes any sanctions."), or
    None. A stance is news when the text says it was stated or decided ("said on Monday it
    supports", "voted to back": the saying, the vote), and a headline tells news in the present
    ("Kestria backs ceasefire plan")."""
    verb = stance_verb(trigger)
    if verb is None or not writers_present(document, verb) or reported_stance(document, verb):
        return None
    return f"{verb.text!r} in the present simple, not said to be stated: a standing stance, no day"


def stance_verb(trigger: Token) -> Token | None:
    """The verb that tells a stance: the trigger itself ("supports"), or the verb a stance noun
    is held by ("has the support of Norway", "enjoys the backing of"); else None."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB":
        return trigger if lemma in STANDING_STANCES else None
    held = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in HOLDING_VERBS
    return trigger.head if lemma in HELD_STANCE_NOUNS and held else None


def share_of_a_whole(verb: Token) -> Token | None:
    """The word in the verb's own clause that counts a share of a possessor's whole ("most of
    its electricity", "40% of Valdoria's gas"), or None."""
    for word in own_clause(verb):
        if word.lemma_.lower() not in SHARE_WORDS:
            continue
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(
                g.dep_ == "pobj" and any(d.dep_ == "poss" for d in g.children)
                for g in prep.children
            ):
                return word
    return None


def counted_object(verb: Token) -> Token | None:
    """The verb's object when a number or a sum counts it ("thousands of refugees", "1.5 million
    Syrians"), or None."""
    for argument in (c for c in verb.children if c.dep_ == "dobj"):
        if argument.lemma_.lower() in SUM_WORDS or argument.like_num:
            return argument
        if any(c.dep_ == "nummod" for c in argument.children):
            return argument
    return None


def lasting_tie(document: Document, trigger: Token) -> str | None:
    """Why an act the writer tells in the present simple is a tie that lasts, no act of a day,
    or None: cooperation ("Kestria and Valdoria cooperate closely"), a host of a counted number
    ("hosts thousands of refugees"), a supply of a share of the receiver's whole ("provides
    Kestria with most of its electricity"). Said or not, the tie is no act; a headline's present
    tells news."""
    if not writers_present(document, trigger):
        return None
    lemma = trigger.lemma_.lower()
    if lemma in LASTING_TIES:
        return f"{trigger.text!r} in the present simple: a lasting tie, no act of a day"
    if lemma in HOSTING_VERBS and (count := counted_object(trigger)) is not None:
        return f"{trigger.text!r} {count.text!r} in the present simple: a lasting tie, no day"
    if lemma in SUPPLY_VERBS and (share := share_of_a_whole(trigger)) is not None:
        return f"{trigger.text!r} {share.text!r} of a whole in the present: a lasting supply"
    return None


def told_in_the_present(verb: Token) -> bool:
    """Whether the verb tells its act in the simple present, with no auxiliary ("supports",
    "accuse"), or in the present progressive ("is supporting", "are backing")."""
    if verb.tag_ == "VBG":
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return auxiliaries in (["is"], ["are"], ["'s"], ["'re"])
    return in_simple_present(verb)


def in_simple_present(verb: Token) -> bool:
    """Whether the verb is in the simple present with no auxiliary ("supports", "accuse")."""
    return verb.tag_ in PRESENT_TAGS and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def unnamed_news_day(trigger: Token, why: str, end: int) -> str | None:
    """Why an act the story would date on the publication day has no day, or None. A story
    whose lead names no day of its news, and no time near the act, gives no day for what it
    tells in the past after its first sentence (up to token ``end``): praise from an old
    speech, a threat of months before, a recap, a probe begun long ago read as the news of the
    publication day. The headline and the first sentence are the news and keep the day; an act
    in the present is now ("the ministry urges", a live page's item) and keeps it too."""
    if why != PUBLICATION_DAY or trigger.sent.start < end:
        return None
    verb = clause_verb(trigger)
    if verb is not None and (head := participle_of(verb)) is not None:
        verb = head  # "said in a statement, calling on Congress to act": at the saying's time
    if verb is None or not (told_in_the_past(verb) or past_progressive(verb)):
        return None
    return (
        f"{verb.text!r} told in the past after the lead, with no day named in the lead"
        " or near it: the publication day is not its day"
    )


def told_as_now(document: Document, trigger: Token, day: str, why: str) -> str | None:
    """Why an act the story would date at an earlier day it named is at the publication day,
    or None. An act the writer tells in the present progressive ("Treasury officials are
    urging banks to lend", "the army is shelling the town") is going on now, when the story is
    written, whatever day another item of the story named ("Baker met House leaders
    yesterday"): its time is the publication day. Not so inside a quotation or under a verb of
    the past ("he said yesterday they are urging banks"), whose present is the saying's time,
    nor under a live page's stamp, whose entry is written at its own hour."""
    published = document.article.published.isoformat()
    if day[:10] == published or "live page" in why:
        return None
    verb = going_on_now(document, trigger)
    if verb is None:
        return None
    return (
        f"{verb.text!r} told in the present progressive: going on now, at the publication"
        f" day, not at {day} the story named for another item"
    )


def going_on_now(document: Document, trigger: Token) -> Token | None:
    """The verb of the trigger's clause when the writer tells it in the present progressive
    ("the army is shelling the town"), or None: the act goes on when the story is written.
    Not inside a quotation or under a verb of the past ("he said yesterday they are urging
    banks"), whose present is the saying's time."""
    if trigger.i in document.quoted:
        return None
    verb = clause_verb(trigger)
    if verb is None or verb.tag_ != "VBG" or not told_in_the_present(verb):
        return None
    if any(
        a.dep_ in ("ccomp", "parataxis") and (told_in_the_past(a.head) or past_progressive(a.head))
        for a in [verb, *verb.ancestors]
    ):
        return None  # "said on Monday that they are urging": at the saying's time
    return verb


def long_before(document: Document, timex: TimeExpression) -> bool:
    """Whether a time expression ends a week or more before the publication day."""
    bounds = days_of(timex.value)
    return bounds is not None and (document.article.published - bounds[1]).days >= WEEK


def participle_of(verb: Token) -> Token | None:
    """The verb a participle clause with no subject or auxiliary of its own is told along with
    ("said in a statement, calling on Congress to act", "criticised the plan, accusing Valdoria
    of bad faith"): its act is at that verb's time, in that verb's tense. None otherwise."""
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)
    if verb.tag_ != "VBG" or own or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    return verb.head if verb.head.pos_ in VERB_POS else None


def reported_content(token: Token, trigger: Token) -> bool:
    """Whether ``token`` is in a clause a verb reports ("blasted Congress and said the state
    allocated funds last week") that the trigger is not in: a time there dates what was said."""
    # (a clause after its verb: a parse may hang the first item of a list on a later one)
    return any(
        a.dep_ == "ccomp" and a.i > a.head.i and trigger not in a.subtree
        for a in [token, *token.ancestors]
    )


def _story_day(
    document: Document,
    token: Token,
    times: list[tuple[int, str, bool]],
    news: tuple[str, str],
    stamps: frozenset[int],
) -> tuple[str | None, str]:
    """The story's time at ``token`` (``story_time``), and why."""
    paragraph = document.paragraph_of[token.i]
    # a live page's stamp (or a timeline's date heading) glued to the entry's first sentence
    # dates it too
    earlier = [
        t
        for t in times
        if t[0] < token.sent.start
        or (
            t[0] < token.i
            and (t[0] in stamps or entry_stamp(document, t[0]) or date_heading(document, t[0]))
        )
    ]
    for index, day, recent in reversed(earlier):
        # a day heading entries ("Sunday", "Sunday's developments:") holds over them
        near = HEADED_PARAGRAPHS if day_heading(document, index) else NEAR_PARAGRAPHS
        if paragraph - document.paragraph_of[index] > near:
            break
        if index in stamps:
            return day, f"the story's time, set by the live page's stamp of {day}"
        if recent:
            return day, f"the story's time, set by {document.doc[index].text!r}"
        return None, f"the story turned to an earlier time ({day})"
    return news


def earlier_in_sentence(document: Document, trigger: Token, day: str) -> str | None:
    """The text of a time expression in the trigger's sentence that ends before ``day``, the
    story's day the trigger would otherwise take, and dates something else, or None: "the
    admiral who Obama put in charge last week issued BP an ultimatum", "workers are missing
    after the explosion last week, and BP was reprimanded for a leak". The sentence tells of
    a stretch from that time on, and the act's day within it is not given: the story's day is
    a guess. So does a clause placed after an earlier dated thing ("Bush spoke from there after
    the September 11 attacks, Clinton announced air strikes"). Another time of a noun ("relief
    from Tuesday's quake", "accused them of breaking the 2019 armistice"), a time in a
    quotation, one in a clause of what someone said ("blasted Congress and said the state spent
    funds last week") and one that holds the story's day ("this year", "this morning") do not
    count; nor does any for an act in the present, which is now ("Valdoria accuses Kestria of
    firing the rounds that struck the town two days ago")."""
    verb = clause_verb(trigger)
    if verb is None or not told_in_the_past(verb):
        return None
    story_day = dt.date.fromisoformat(day[:10])
    published = document.article.published
    seen = set()
    for token in trigger.sent:
        timex = document.timex_at.get(token.i)
        if timex is None or id(timex) in seen:
            continue
        seen.add(id(timex))
        bounds = None if calendar_less(timex.value) else days_of(timex.value)
        if (
            bounds is None
            or bounds[1] >= story_day
            or bounds[0] > published
            or token.i in document.quoted
            or (names_a_thing(document, token.i) and not after_a_dated_thing(document, token.i))
            or reported_content(token, trigger)
        ):
            continue
        return timex.text
    return None


def date_from_context(document: Document, drafts: list[Draft]) -> None:
    """Dates the mentions no time expression, event or statement dates (in place): at the
    story's time (``story_time``, basis "context"), at the publication day when the story
    names none ("published"), or marks them ``undated`` with the reason. A mention dated by
    the statement it is reported in is undated when it tells an act before the statement
    (``told_before``)."""
    times = reference_times(document)
    news = news_day(document, times, lead_end(document, LEAD_SENTENCES, narration=True))
    answered = lead_answers(document, drafts, times, news)
    end = lead_end(document, HOT_NEWS_SENTENCES)
    # an event dated by its own words or the event it is placed by also sets the story's time
    # ("Putin spoke with executives before his meeting with Trump ... Trump expressed approval")
    times += [point for d in drafts if (point := time_point(document, d))]
    # a live page's stamp moves the story to the stamp's day; a sentence in the present perfect
    # turns it to an unsaid past for the sentence after it
    stamps = live_stamps(document)
    times = sorted(times + stamps)
    stamp_at = frozenset(index for index, _, _ in stamps)
    elaborations = indefinite_pasts(document, end)
    log = log_entries(document)
    for draft in drafts:
        if draft.basis in ("timex", "published") and (
            placed := placed_by_measure(document, draft.token, end)
        ):
            # "two days after the quake struck on Tuesday, the agency appealed": Thursday
            day, why = placed
            if day is None:
                _no_day(draft, why)
            else:
                draft.date = day
                draft.notes.append(f"date: {why}")
            continue
        if draft.basis in ("timex", "published") and (
            placed := placed_from_its_head(document, draft.token, end, times, news, stamp_at)
        ):
            # "The decision came three days after the council condemned the launch": the day
            # the decision came, counted back
            day, why = placed
            draft.date, draft.basis = day, "context"
            draft.notes.append(f"date: {why}")
            continue
        if draft.basis == "timex" and (ends := span_ends(document, draft.token)) is not None:
            spanned(draft, *ends)
            continue
        if (
            draft.basis == "attribution"
            and (verb := told_before(draft.token, document)) is not None
        ):
            # "said on Thursday that police arrested him": the statement's day is not the act's
            _no_day(draft, told_under(verb))
            continue
        if draft.basis == "attribution" and (clause := inside_a_report(draft.token)) is not None:
            # "reported Friday that Varn was seen days after a gunman killed the judge"
            _no_day(
                draft,
                f"{draft.token.text!r} told within {clause.text!r} under the past"
                f" {clause.head.text!r}: before the report, no day",
            )
            continue
        if draft.basis == "attribution" and (own := vague_on_the_act(document, draft.token)):
            # "rejected charges that vessels seized recently by Iran were spy boats": the
            # seizure is before the statement, on a day the text does not give
            _no_day(draft, f"{own.text!r} told with an unsaid past: some time before now")
            continue
        if draft.basis == "attribution" and (noun := participle_on_a_noun(draft.token)):
            # "promised to release soldiers captured during the war": the capture says which
            # soldiers, told as known, at no time of the promise's
            _no_day(draft, f"the participle {draft.token.text!r} on {noun.text!r}: no tense")
            continue
        if draft.basis == "attribution" and (reason := told_of_a_party(draft.token)) is not None:
            # "wants to know its view of senators Hale and Moss, who called on the bank to halt
            # its payouts": the call says who the senators are, told as known, not the statement's
            _no_day(draft, reason)
            continue
        if draft.basis == "attribution" and (reason := reacted_to(draft)) is not None:
            _no_day(draft, reason)  # "welcomed on Friday Valdoria's pledge": the welcome's day
            continue
        if draft.basis == "attribution" and (noun := lasting_modifier(draft.token)) is not None:
            # "announced on Monday a strike in retaliation for an earlier attack": the attack is
            # before the statement (or lasts over it), on a day the text does not give
            _no_day(draft, f"{noun!r}: a lasting or earlier act, not the statement's day")
            continue
        if draft.basis == "attribution" and (choice := owned_choice(draft.token)) is not None:
            # "said Mayer's decision to impose sanctions had hurt": a known choice, no day
            _no_day(draft, f"{choice.text} to {draft.token.text!r}: someone's known choice")
            continue
        if draft.basis == "attribution" and (verb := perfect_relative(draft.token)) is not None:
            # "a probe in which 114 people have been arrested, police said": up to the statement
            _no_day(draft, f"{aspect(verb)} {verb.text!r} in a relative clause: up to then, no day")
            continue
        if draft.basis != "published":
            continue
        if log is not None and draft.token.i >= log:
            _no_day(draft, "an entry of a log of many days, with no day of its own")
            continue
        day, why = story_time(document, draft, times, news, end, stamp_at, elaborations)
        if (reason := reacted_to(draft)) or (day == news[0] and (reason := answered(draft))):
            day, why = None, reason
        if day is None:
            _no_day(draft, why)
        elif day != draft.date:
            draft.date, draft.basis = day, "context"
            draft.notes.append(f"date: {why}")
        else:
            draft.notes.append(f"date: {why}")


# the words that place an act some time after or before another act's time: "two days after the
# quake struck on Tuesday", "a week before the vote on Sunday"
PLACING_WORDS = {"after": 1, "before": -1}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
               "twelve": 12}  # fmt: skip
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def placing_phrase(trigger: Token) -> tuple[Token, Token, Token] | None:
    """The "after" or "before" that places the trigger's act a span from another act, the word
    its phrase hangs on and the span ("a week after the spill began", "two days after the
    explosion", "three days before the vote"): a clause marked so, or a phrase on it, on the
    trigger or its clause's verb, with a span of days or more; or the span on the verb with the
    clause or phrase hung on it ("a day after the ruler quit, the army appealed"). None
    otherwise ("hours after", "shortly after", "after" alone: often the same day)."""
    holders = [trigger]
    if (verb := clause_verb(trigger)) is not None and verb.i != trigger.i:
        holders.append(verb)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lemma_.lower() in TIME_UNITS:
                for placing in child.children:
                    if placing.dep_ == "prep" and placing.lower_ in PLACING_WORDS:
                        return placing, placing, child
                    mark = next((c for c in placing.children if c.dep_ == "mark"), None)
                    clause = placing.dep_ in ("advcl", "relcl", "acl")  # (the parse varies)
                    if clause and mark is not None and mark.lower_ in PLACING_WORDS:
                        return mark, placing, child
            if child.dep_ == "prep" and child.lower_ in PLACING_WORDS:
                word, phrase = child, child
            elif child.dep_ == "advcl" and child.pos_ in VERB_POS:
                word = next((c for c in child.children if c.dep_ == "mark"), None)
                if word is None or word.lower_ not in PLACING_WORDS:
                    continue
                phrase = child
            else:
                continue
            spans = [c for c in (*phrase.children, *word.children) if c.dep_ == "npadvmod"]
            # "Months before the hearing, the ministry asked ...": the parse may hang the span
            # on the verb beside the phrase, right before it
            spans += [
                c for c in holder.children if c.dep_ in ("npadvmod", "dep") and c.i == phrase.i - 1
            ]
            measure = next((c for c in spans if c.lemma_.lower() in TIME_UNITS), None)
            if measure is not None:
                return word, phrase, measure
    return None


def placed_clause(trigger: Token) -> tuple[Token, Token, Token] | None:
    """The mark, the clause and the span when the trigger's own clause is placed a span of days
    or more after or before another's ("arrested them on Friday, two days after they stormed
    the office"): the act is that long from the other clause's time. None otherwise."""
    verb = clause_verb(trigger)
    if verb is None or verb.dep_ != "advcl":
        return None
    word = next((c for c in verb.children if c.dep_ == "mark"), None)
    if word is None or word.lower_ not in PLACING_WORDS:
        return None
    spans = [c for c in (*verb.children, *word.children) if c.dep_ == "npadvmod"]
    if not spans and verb.head.pos_ in VERB_POS:
        spans = [c for c in verb.head.children if c.dep_ == "npadvmod" and c.i < word.i]
    measure = next((c for c in spans if c.lemma_.lower() in TIME_UNITS), None)
    return (word, verb, measure) if measure is not None else None


def placed_by_measure(
    document: Document, trigger: Token, hot_news_end: int
) -> tuple[str | None, str] | None:
    """The date of an act placed a span of days or more after or before the time of another act
    its sentence names ("Two days after the quake struck on Tuesday, the agency appealed for
    aid": Thursday, not Tuesday), and why; the date is None when the span is not counted
    ("days after", "weeks before"), cannot be counted at the other time's granularity, or the
    other act has no time in the sentence and the act is told after the lead (up to token
    ``hot_news_end``: a lead's act placed so is the news, "called Putin a day after the vote").
    None when the act is not placed so, or has a time of its own outside the placing phrase ("On
    Friday, two days after the attack on Wednesday, police arrested ...")."""
    own = own_timex(document, trigger)
    placed = placing_phrase(trigger)
    if placed is not None:
        word, phrase, measure = placed
        other = next(
            (
                document.timex_at[t.i]
                for t in phrase.subtree
                if t.i in document.timex_at and not calendar_less(document.timex_at[t.i].value)
            ),
            None,
        )
        if own is not None and own is not other:
            return None
        if other is None and trigger.i < hot_news_end:
            return None  # "Merkel called Putin a day after the vote": the news, a day after
        if other is None:
            # "a day after the ruler quit, the army appealed", told later in the story: a day
            # after an act the sentence gives no time of, not at the time the story stood at
            words = f"{' '.join(t.text for t in measure.subtree)}"
            return None, f"{words!r}: from another act's time, which the sentence does not give"
        direction = PLACING_WORDS[word.lower_]
        words = f"{' '.join(t.text for t in measure.subtree)} {word.lower_} {other.text!r}"
    elif own is not None and (inside := placed_clause(trigger)) is not None:
        # "arrested them on Friday, two days after they stormed the office": Wednesday
        word, clause, measure = inside
        first = next(i for i, t in document.timex_at.items() if t is own)
        if document.doc[first] in clause.subtree:
            return None
        other, direction = own, -PLACING_WORDS[word.lower_]
        side = "before" if direction < 0 else "after"
        span = " ".join(t.text for t in measure.subtree)
        words = f"{span} {side} {other.text!r}, the time of the act its clause is {word.lower_}"
    else:
        return None
    return counted_from(measure, direction, other.value, words)


def placed_from_its_head(
    document: Document,
    trigger: Token,
    end: int,
    times: list[tuple[int, str, bool]],
    news: tuple[str, str],
    stamps: frozenset[int],
) -> tuple[str, str] | None:
    """The date of an act whose clause is placed a counted span after another clause (the act
    is that long before it), when the act has no time of its own and that clause has none in
    the sentence ("The decision came three days after the council condemned the launch", told
    on the day of the decision): counted back from the story's day at the head clause, the day
    its act takes (``_story_day``). A time inside a clause of the act's clause dates that other
    act, not this one ("condemned the launch as the North fired missiles on Monday"). None when
    the act is not placed so, has a time of its own ("three days after the council condemned it
    on Tuesday"), the head is dated (``placed_by_measure``) or not told at the story's day."""
    inside = placed_clause(trigger)
    if inside is None:
        return None
    word, clause, measure = inside
    if PLACING_WORDS[word.lower_] < 0:
        # "resigned two days before the army attacked": the attack may be after the story's
        # day, which is only the day the head is told at
        return None
    own = own_timex(document, trigger)
    if own is not None and not in_a_nested_clause(document, own, clause):
        return None
    head = clause.head
    if head.pos_ not in VERB_POS or untimed(document, head, end):
        return None
    day, why = _story_day(document, head, times, news, stamps)
    if day is None or (own is not None and own.value == day):
        # "came three days after the minister criticized it as troops shelled the port on
        # Sunday", the story's day named by that "Sunday": the text gives no other day
        return None
    span = " ".join(t.text for t in measure.subtree)
    words = f"{span} before {head.text!r}, at {why}"
    counted, reason = counted_from(measure, -1, day, words)
    return (counted, reason) if counted is not None else None


def in_a_nested_clause(document: Document, timex: TimeExpression, clause: Token) -> bool:
    """Whether the time expression lies in a clause inside ``clause`` ("... condemned the launch
    as the North fired missiles on Monday": "Monday" is the firing's), not on the clause
    itself."""
    first = next(i for i, t in document.timex_at.items() if t is timex)
    token = document.doc[first]
    if token not in clause.subtree:
        return False
    while token.i != clause.i:
        if token.pos_ in VERB_POS and token.dep_ in CLAUSE_DEPS:
            return True
        token = token.head
    return False


def counted_from(measure: Token, direction: int, value: str, words: str) -> tuple[str | None, str]:
    """The date ``measure`` (a span: "two days") after (``direction`` 1) or before (-1) the
    time ``value``, and why (``words``); None when the span is not counted ("days") or cannot
    be counted at the time's granularity."""
    numbers = [c for c in measure.children if c.dep_ in ("nummod", "det")]
    count = None
    if len(numbers) == 1:
        number = numbers[0].lower_
        count = int(number) if number.isdigit() else COUNT_WORDS.get(number)
    unit = measure.lemma_.lower()
    if count is None:
        return None, f"{words}: that long from another act's time, a day the text does not give"
    count *= direction
    shifted = None
    if unit in UNIT_DAYS and (day := day_of(value)) is not None:
        shifted = (day + dt.timedelta(days=count * UNIT_DAYS[unit])).isoformat()
    elif unit == "month" and re.match(r"[0-9]{4}-[0-9]{2}", value):
        months = int(value[:4]) * 12 + int(value[5:7]) - 1 + count
        shifted = f"{months // 12:04d}-{months % 12 + 1:02d}"
    elif unit == "year" and re.match(r"[0-9]{4}", value):
        shifted = f"{int(value[:4]) + count:04d}"
    if shifted is None:
        return None, f"{words}: not countable from that time, no day"
    return shifted, words


SPAN_ENDS = {"to", "through", "until", "till", "thru"}


def span_ends(document: Document, trigger: Token) -> tuple[TimeExpression, TimeExpression] | None:
    """The two ends of a stretch the trigger's own time begins ("convicted 12 officers between
    2019 and 2022", "attacked villages from March to May"), or the first and last of the
    times it is conjoined with ("convicted officers in 2019 and 2022"), or None: the acts are
    spread over them, and the first is not their day."""
    timex = own_timex(document, trigger)
    if timex is None:
        return None
    first = next((i for i, t in document.timex_at.items() if t is timex), None)
    if first is None:
        return None
    root = timex_root(document, document.doc[first])
    prep = root.head
    conjoined, link = [], root
    while (link := next((c for c in link.children if c.dep_ == "conj"), None)) is not None:
        conjoined.insert(0, link)  # the last of "in 2019, 2020 and 2022" first
    if conjoined:
        ends = conjoined  # "between 2019 and 2022", "in 2019 and 2021", "on Monday and Friday"
    elif root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "from":
        ends = [
            g
            for c in [*prep.head.children, *prep.children]
            if c.dep_ == "prep" and c.lower_ in SPAN_ENDS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        return None
    last = next((document.timex_at[t.i] for t in ends if t.i in document.timex_at), None)
    if last is None or last is timex or calendar_less(last.value):
        return None
    return timex, last


_MONTH_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}")


def spanned(draft: Draft, first: TimeExpression, last: TimeExpression) -> None:
    """Dates an act spread over a stretch by what its two ends share (the same week, month or
    year: "between Monday and Wednesday" is that week), or marks it as having no day of its
    own when they share none ("between 2019 and 2022")."""
    a, b = first.value, last.value
    shared = None
    day_a, day_b = day_of(a), day_of(b)
    if day_a and day_b and day_a.isocalendar()[:2] == day_b.isocalendar()[:2]:
        year, week = day_a.isocalendar()[:2]
        shared = f"{year}-W{week:02d}"
    elif _MONTH_VALUE.match(a) and a[:7] == b[:7]:  # not two weeks' "2019-W0"
        shared = a[:7]
    elif a[:4].isdigit() and a[:4] == b[:4]:
        shared = a[:4]
    why = f"spread from {first.text!r} to {last.text!r}"
    if shared is None:
        _no_day(draft, f"{why}: not the first end's day")
        return
    draft.date = shared
    draft.notes.append(f"date: {why}, within {shared}")


# the verbs by which a story's news answers an earlier act: a reaction, a testimony, a judgement
REACTING_VERBS = ANSWERING_VERBS | {"react", "respond", "mourn", "deplore", "decry", "regret",
                                    "testify", "hail", "welcome", "slam", "blast", "herald",
                                    "applaud", "laud", "commend", "celebrate"}  # fmt: skip
# the judgements that come after an arrest: a story of a sentencing tells the arrest as earlier
JUDGING_VERBS = {"sentence", "jail", "imprison", "convict", "acquit", "try", "indict", "charge",
                 "prosecute", "fine", "execute", "extradite", "pardon"}  # fmt: skip
ARREST_WORDS = {"arrest", "detain", "capture", "seize", "apprehend"}
# the verbs by which one answers a claim, an offer or a charge made before: "dismissed the
# senator's accusations", "rejected the union's demands", "denied the allegations"; only for the
# act a verb takes as its object (``answered_noun``), not for the lead's day (``lead_answers``)
DISMISSING_VERBS = {"dismiss", "reject", "deny", "refute", "rebut", "rebuff"}
# the verbs by which one points to an act already known, as a thing to speak of: "the ad
# references the agency's criticism", "cited the raid", "the plan neglects our commitments"
MENTIONING_VERBS = {"reference", "mention", "cite", "recall", "recount", "invoke", "evoke",
                    "contrast", "neglect", "ignore", "overlook", "disregard"}  # fmt: skip


def answered_noun(token: Token) -> bool:
    """Whether the token is an event noun a verb of reaction, judgement or mention takes as its
    object ("condemned the shelling", "welcomed Valdoria's pledge of aid", "the ad references
    the agency's criticism")."""
    verb = token.head
    lemma = verb.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and (lemma in REACTING_VERBS or lemma in DISMISSING_VERBS or lemma in MENTIONING_VERBS)
    )


def reacted_to(draft: Draft) -> str | None:
    """Why an event noun a verb of reaction, judgement or mention takes as its object ("Kestria
    condemns Valdorian shelling", "praised the rescue", "the ad cites the agency's criticism")
    has no day of the story's: the act answered or spoken of is before the answer, on a day the
    words do not give; the answer's own day ("welcomed on Friday Valdoria's pledge") is not its
    day either (``own_timex``). None otherwise."""
    token = draft.token
    if not answered_noun(token):
        return None
    if token.head.lemma_.lower() in MENTIONING_VERBS:
        return f"the act {token.head.text!r} speaks of, already known: before it"
    return f"the act {token.head.text!r} answers: before it"


def lead_answers(
    document: Document,
    drafts: list[Draft],
    times: list[tuple[int, str, bool]],
    news: tuple[str, str],
) -> Callable[[Draft], str | None]:
    """Why an act the story would date on its news day is not of that day, as a function of
    the draft (None when it is). An event noun a verb of reaction takes as its object is before
    the reaction (``reacted_to``). When the lead names the day on a verb that answers an earlier
    act ("condemned on Tuesday the shelling of Mirsk", "was sentenced on Monday for the
    bombing", "testified on Thursday about the raid"), the act it answers is before it: a later
    sentence that tells an act of the same type ("Valdorian guns shelled the town") tells that
    act, and the news day is the reaction's, not its own. So is an arrest in a story whose news
    is a judgement ("was sentenced on Monday ... He was arrested at the airport")."""
    # the lead's time that named the news day (``news_day``: the first recent one)
    named = next((i for i, _, recent in times if recent), None)
    if not news[1].startswith("the news day, named in the lead") or named is None:
        return reacted_to
    verb = timex_root(document, document.doc[named])
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    lemma = verb.lemma_.lower()
    if lemma not in REACTING_VERBS:
        return reacted_to
    sentence = verb.sent

    def object_of(token: Token) -> bool:  # "condemned the shelling", "over the killing"
        direct = token.dep_ == "dobj" and token.head.i == verb.i
        cause = named_as_cause(document, token)  # (tokens are compared by index: spaCy
        return direct or (cause is not None and cause.i == verb.i)  # makes a new one each time)

    types = {d.trigger.type for d in drafts if d.token.sent == sentence and object_of(d.token)}
    judged = lemma in JUDGING_VERBS

    def answered(draft: Draft) -> str | None:
        token = draft.token
        if token.i in document.quoted or token.sent.start < sentence.start:
            return reacted_to(draft)
        if token.sent == sentence:
            if not object_of(token):
                return reacted_to(draft)
            return f"the act {verb.text!r} answers: the lead's day is {verb.text!r}'s, not its own"
        arrest = judged and token.lemma_.lower() in ARREST_WORDS
        if draft.trigger.type not in types and not arrest:
            return reacted_to(draft)
        what = "an arrest before the judgement" if arrest else "the act the lead answers"
        return f"{what}: the lead's day is {verb.text!r}'s, not its own"

    return answered


def _no_day(draft: Draft, why: str) -> None:
    """Marks ``draft`` as having no day of its own, and why."""
    draft.undated = why
    draft.notes.append(f"date: none of its own ({why})")
