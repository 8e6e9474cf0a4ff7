"""Questions asked of the parse, over spaCy tokens alone: the subject of a cue verb, the phrase
naming a source, whether a verb is negated, whether quoted words are a title."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors.gazetteer import large_town_named
from dateline.actors.knowledge import knowledge
from dateline.attribution.cues import Cues, load_cues
from dateline.text.doctext import (
    attribute_keys,
    doc_text,
    hangs_below,
    head_indices,
    indices_in,
    kept_for_document,
    sentence_bounds,
    sentence_starts,
    span_text,
)
from dateline.text.stamps import STAMP_WORDS

CONTENT_DEPS = ("ccomp",)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# (the keys of those labels, as the DEP array holds them)
SUBJECT_KEYS = frozenset(get_string_id(dep) for dep in SUBJECT_DEPS)
# every subject a clause may have: a clause or an empty "it"/"there" too
ANY_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
ANY_SUBJECT_KEYS = frozenset(get_string_id(dep) for dep in ANY_SUBJECT_DEPS)
# the labels of a preposition and a conjunct by key, as ``Token.dep`` and the DEP array hold them
PREP_KEY = get_string_id("prep")
CONJ_KEY = get_string_id("conj")
# a quotation of at most this many words, each capitalised, is a title (“The Long Road Home”)
TITLE_WORDS = 4


def trimmed(tokens: Span) -> Span:
    doc = tokens.doc
    # (a ``Span`` made directly, the bounds being in order: spaCy's slicing costs more than
    # the few words tested)
    return Span(doc, *_trimmed_bounds(doc, tokens.start, tokens.end))


def source_phrase(head: Token) -> Span:
    """The noun phrase naming a source, without a clause the parser hung onto it as apposition
    ("according to a post, the last time they spoke, ..." is no part of the source)."""
    clauses = [
        c
        for word in head.subtree
        for c in word.children
        if c.dep_ == "appos" and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)
    ]
    end = min((c.left_edge.i for c in clauses), default=head.right_edge.i + 1)
    return trimmed_slice(head.doc, head.left_edge.i, end)


def subject(verb: Token, quoted: Container[int] = ()) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is conjoined with if it has none.
    A "subject" inside a quotation is the parser joining the quote to the cue: no subject."""
    asked = verb  # the cue asked about (``verb`` climbs)
    doc, parse = verb.doc, tree(verb.doc)
    deps = parse.deps
    while True:
        # "said Wednesday": the parser's subject is a date, not a speaker; of two subjects
        # ("In Dayton, OH, ..., Gov. Ana Ruiz said") the nearer is the speaker
        # (by the labels' keys: a Token only for a subject)
        kids = parse.kids(verb.i)
        subjects = [
            c
            for c in (doc[i] for i in kids if deps[i] in SUBJECT_KEYS and i not in quoted)
            if not _only_when(c)
        ]
        # "<Brenton Mills Ltd> said": a wire's bracket is no subject beside the name it closes
        if len(subjects) > 1:
            subjects = [c for c in subjects if any(ch.isalnum() for ch in c.text)] or subjects
        if subjects:
            # (one subject, most often: no nearest sought)
            at = verb.i
            nearest = (
                subjects[0] if len(subjects) == 1 else min(subjects, key=lambda c: abs(c.i - at))
            )
            return _before_event_named(verb, nearest, subjects) or nearest
        for i in kids:  # passive with an agent: "it was reported by X"
            if deps[i] == _AGENT:
                return next((g for g in doc[i].children if g.dep_ == "pobj"), None)
        if verb.head.i == verb.i:
            return None
        # "..., adding that ...", "Having announced that ..., the judge"
        participle = verb.dep_ == "advcl" and (
            verb.tag_ == "VBG"
            or (verb.tag_ == "VBN" and any(c.lower_ == "having" for c in verb.children))
        )
        # "went on to explain that ...", "called a meeting to discuss ...": who does the
        # main verb does what it is done for
        purpose = verb.dep_ == "advcl" and _infinitive(verb) and done_for(verb)
        # "are quick to point out", "responded by saying": the subject of the governing verb
        by_doing = verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
        if participle and (quoted_one := _one_quoted(verb.head)) is not None:
            return quoted_one  # "quoted an unnamed officer, saying ...": the officer
        if repeated_cue(verb):
            verb = verb.head.head  # "A said B was out and said C was in": A said both
        elif verb.dep_ == "conj" and (cue := _cue_over_infinitive(verb)) is not None:
            verb = cue  # "said it was wrong not to test it and slammed ...": who said it
        elif (
            (participle or verb.dep_ == "conj")
            and verb.head.dep_ in CONTENT_DEPS
            and verb.head.head.pos_ == "VERB"
            and (
                not (
                    _someone_acts_in(verb.head)
                    or (participle and _holder_of_role_acts_in(verb.head))
                )
                or _form_breaks(verb.head, verb)
                or speaker_goes_on(verb.head, verb)
                or (participle and adds_to_report(verb))
            )
        ):
            # "He said the spill had been bad for the town, accusing the firm of ...", "a
            # minister said the fever is mild and is calling it X": the parser hung the cue on
            # the clause reported, whose subject is a thing; the reporter goes on ("... that
            # Berg had praised the town, calling it ..." is Berg's)
            verb = verb.head.head
        elif participle and (noun := past_object_told_of(verb)) is not None:
            verb = noun.head
        elif verb.dep_ in ("conj", "xcomp", "acomp") or participle or purpose:
            verb = verb.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG":  # "released a statement saying ..."
            # "comments by Ana Ruiz suggesting ...": Ruiz, not who dismissed them; the cue's
            # own participle only, right after its noun ("slammed a suit filed by an aide
            # alleging that ..., calling it meritless": who slammed it calls it so)
            if (
                verb.i == asked.i
                and verb.nbor(-1).text != ","
                and (author := _author_of(verb.head)) is not None
            ):
                return author
            giver = _statement_giver(verb.head)
            if giver is None:
                # "Syrian hackers backing Assad", "voters saying they want ...": the noun
                return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
            verb = giver
            if verb.pos_ not in ("VERB", "AUX"):  # "his statement saying ...": the possessor
                return verb
        elif verb.dep_ == "acl" and _infinitive(verb):
            # "mounted a campaign to condemn X", "held a briefing to brag that ...": who has
            # the noun does what it is for; "Turkey's refusal to ...": its possessor
            noun = verb.head
            if noun.lemma_.lower() in _LEAVE_NOUNS:
                return None  # "Greece has the right to ask for ...": may, not does
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                noun = noun.head
            if noun.dep_ not in ("dobj", "prep") or noun.head.pos_ != "VERB":
                return None
            if any(c.dep_ == "dative" for c in noun.head.children):
                return None  # "gave him a chance to explain": the one given it
            verb = noun.head
        elif by_doing:
            means = verb.head.lower_ == "by"
            verb = verb.head.head
            # "accused the governor of playing politics for announcing it", "praised Ruiz
            # for saying": the one accused or praised did it, not the one accusing; "by"
            # gives the subject's means ("hit Hale back by accusing him"), unless it goes
            # with a deed the object is praised or blamed for ("praised Iran for its help
            # by keeping its pledge")
            if (not means or _blamed_or_praised_for(verb)) and (
                done_by := _object_named(verb)
            ) is not None:
                return done_by
            if verb.dep_ == "acomp":
                # "was jeered by fans after telling them ...", the participle read as an
                # adjective of "was": the one jeered told them, not the fans after "by"
                verb = verb.head
        else:
            return None


def adds_to_report(participle: Token) -> bool:
    """ "adding ..." hung on the clause a cue verb reports, whose verb says nothing ("He said
    the FDA was testing the nurses, adding: “...”"): only one who has spoken adds to it,
    so the reporter goes on, not the clause's subject. After a clause of speech ("said the
    mayor had said ..., adding ...") either may have added it, and the parser's reading
    stays."""
    clause = participle.head
    return (
        participle.lemma_.lower() == "add" and clause.lemma_.lower() not in load_cues().speech_verbs
    )


def told_of_quoted(cue: Token) -> bool:
    """A cue of telling with the one told as its object ("warned the president of ...")."""
    told = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return told is not None and told_of(told, cue.lemma_.lower()) is not None


def _one_quoted(verb: Token) -> Token | None:
    """The one a writer or paper "quoted" (its object: a person, a role, "an official"), who
    says what the participle after it holds ("Reporter Ana Ruiz quoted an unnamed officer,
    saying that ...")."""
    if verb.lemma_.lower() != "quote":
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is None:
        return None
    person = (
        quoted.ent_type_ in ("PERSON", "ORG", "NORP")
        or quoted.lemma_.lower() in knowledge().role_group
        or quoted.lemma_.lower() in ("official", "source", "officer", "spokesman", "aide")
    )
    return quoted if person else None


def done_for(verb: Token) -> bool:
    """An infinitive of purpose after the verb it is done for ("went on to explain ...",
    "held a briefing to insist ..."); not one set before it ("To call the mission a success,
    crews must ...": what would have to be true, no one saying it), nor one after a question
    or a condition ("... whether the pipes were safe, except to say ...": the parser hung it
    on the embedded clause, whose subject is not the one saying)."""
    head = verb.head
    return verb.i > head.i and not any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children
    )


def borrowed_speaker(verb: Token) -> bool:
    """A cue whose speaker is borrowed from the verb or noun an infinitive or a participle
    serves (``subject``'s purpose, participle-on-a-noun and infinitive-on-a-noun paths): a report
    mentioned in passing, which takes no part in who the pronouns around it are."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "paid to help defend the beaches": up to "help"
    if verb.dep_ == "advcl":
        return _infinitive(verb)
    if verb.dep_ != "acl":
        return False
    return _infinitive(verb) or (verb.tag_ == "VBG" and _statement_giver(verb.head) is None)


# nouns of what one may do, not of what one does ("the right to ask", "a chance to reply")
_LEAVE_NOUNS = frozenset(
    {
        "right", "chance", "opportunity", "ability", "power", "freedom", "authority",
        "permission", "option", "time", "reason", "need", "duty", "obligation", "way",
        "means", "courage", "license", "licence", "leave", "liberty", "capacity",
    }
)  # fmt: skip


def _infinitive(verb: Token) -> bool:
    """A bare verb with its own "to" ("to discuss", "in order to explain")."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children
    )


def _blamed_or_praised_for(verb: Token) -> bool:
    """A verb with a "for" or "of" of what its object did ("praised Ruiz for ...", "accused
    Hale of ...")."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in verb.children)


def _object_named(verb: Token) -> Token | None:
    """The object of a verb that names someone (a name, a pronoun, a person): the doer of a
    gerund the verb governs through a preposition ("accused Hale of lying")."""
    while verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "of playing politics for announcing": up to "accused"
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and (
            child.pos_ == "PROPN" or child.tag_ == "PRP" or child.ent_type_ == "PERSON"
        ):
            return child
    return None


# entities that may act or speak as the subject of a clause
_AGENT_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")


def past_object_told_of(participle: Token) -> Token | None:
    """The object a participle goes on past ("denied the claim that a shake-up is coming,
    explaining that ..."): the parser hung the participle on the "that" clause of a verb's
    object, whose subject is a thing; who denied the claim goes on, and the claim ends
    before the participle. ``None`` when the clause is no object's or someone acts in it
    ("denied the claim that Ruiz is leaving, saying ...": Ruiz may be the one saying)."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < participle.head.i:
        return None
    clause = participle.head
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    if noun.head.pos_ != "VERB" or _someone_acts_in(clause):
        return None
    that = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
    return noun if that else None


def _someone_acts_in(clause: Token) -> bool:
    """The clause's subject is a name or a pronoun: someone who may go on to speak."""
    return any(
        c.dep_ in SUBJECT_DEPS
        and (
            (c.pos_ == "PROPN" and c.ent_type_ not in _NO_AGENT_ENTITIES)
            or c.pos_ == "PRON"
            or c.ent_type_ in _AGENT_ENTITIES
        )
        for c in clause.children
    )


# names of what cannot speak or act: a law or a constitution, a book, an event, a product
_NO_AGENT_ENTITIES = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "DATE", "TIME"})


# verbs of evidence: what they report is a fact, not words ("Reports suggest that ...")
_EVIDENCE = frozenset({"suggest", "show", "indicate", "reveal", "find", "prove", "demonstrate"})


def _holder_of_role_acts_in(clause: Token) -> bool:
    """The clause's subject is someone a role names and the clause is evidence, not words
    ("Reports suggest that a senior executive lobbied against the rules, arguing that ...":
    the executive argues, not the reports). After words said ("X said the candidate would
    win, noting that ...") the reporter goes on."""
    if clause.head.lemma_.lower() not in _EVIDENCE:
        return False
    roles = knowledge().role_group
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lemma_.lower() in roles
        for c in clause.children
    )


# subjects that stand for no one but the speaker: an empty "it" ("it was too early to ..."),
# "there" ("there was no chance")
_EMPTY_SUBJECTS = ("it", "there")
_PERSONAL = ("he", "she", "they", "we", "i")


def speaker_goes_on(clause: Token, verb: Token) -> bool:
    """A cue verb with no subject of its own hung on the reported ``clause`` whose subject is
    no one else than the speaker: an empty "it" or "there" ("said it was too early to claim
    victory but added, “...”", "reported “... there was no chance ...” saying that ...") or
    the very pronoun that is the cue's subject ("he did say he found her charming and called
    the race “unheard of”"), or "he" or "she" after a name ("Lazar said he welcomed it and
    added, “...”"). The verb, in the cue's own tense (or a participle), is the
    speaker's next act, not more of the words. A clause whose subject is a name or another
    pronoun may go on with that one ("said Ruiz had quit and called ...") and stays."""
    if clause.dep_ not in CONTENT_DEPS or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    cue = clause.head
    if verb.dep_ == "conj":
        finite = next(
            (c for c in cue.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS),
            cue,
        )
        if verb.tag_ != finite.tag_ or verb.tag_ not in _FINITE_TAGS:
            return False
    elif not (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
    if len(subjects) != 1:
        return False
    said_by = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    inner = subjects[0]
    if inner.dep_ == "expl" or (
        inner.lower_ == "it"
        and clause.lemma_.lower() == "be"
        and any(c.dep_ in ("acomp", "attr") for c in clause.children)
    ):
        return True
    if inner.lower_ not in _PERSONAL or said_by is None:
        return False
    # "Lazar said he welcomed it and added, “...”": a person's name and "he" or "she" after it,
    # the speaker speaking of himself
    named = (
        said_by.pos_ == "PROPN"
        and inner.lower_ in ("he", "she")
        and verb.lemma_.lower() in _NEXT_WORDS
    )
    return named or said_by.lower_ == inner.lower_


_FINITE_TAGS = ("VBD", "VBZ", "VBP")
# the verbs by which a named speaker goes on after "he" or "she" ("Lazar said he welcomed it
# and added, “...”", "..., telling the host that ..."): words said next. A feeling ("said she
# was elated but still feared the military") or a name given ("and called the venture a
# failure") may be more of what was said, and stays.
_NEXT_WORDS = frozenset(
    {"add", "say", "tell", "insist", "note", "argue", "explain", "write", "declare", "repeat",
     "stress", "acknowledge", "admit"}
)  # fmt: skip


def _form_breaks(clause: Token, verb: Token) -> bool:
    """A past-tense verb the parser conjoined to a clause built on an auxiliary it cannot
    share ("hinted that the union was blocking the port and urged the court to ...", "said
    the mill would close and called for help"): the verb goes on with the sentence's own
    subject, not the clause's."""
    return (
        clause.tag_ in ("VBG", "VB")
        and any(c.dep_ == "aux" for c in clause.children)
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# verbs of telling whose object is the one told, and what was told follows "of" or "about"
# ("warned the president of the danger", "reminded voters of her record")
_TOLD_OF = frozenset({"warn", "remind", "inform", "advise", "caution", "notify", "assure"})


def told_of(child: Token, lemma: str) -> Token | None:
    """What a person was warned of ("warned the president of the “danger that we ...”"): the
    object of "of" or "about" after the one told (a name, a pronoun or a person's role), not
    the one told."""
    if lemma not in _TOLD_OF:
        return None
    told = (
        child.pos_ in ("PRON", "PROPN")
        or child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or child.lemma_.lower() in knowledge().role_group
    )
    if not told:
        return None
    prep = next(
        (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "about")), None
    )
    if prep is None:
        prep = next(
            (
                c
                for c in child.head.children
                if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > child.i
            ),
            None,
        )
    if prep is None:
        return None
    return next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)


def object_of_control(verb: Token) -> Token | None:
    """The object before an infinitive, which is its subject ("led the agency to declare",
    "forced the mayor to admit")."""
    if verb.dep_ != "xcomp":
        return None
    return next(
        (c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None
    )


def repeated_cue(verb: Token) -> bool:
    """A cue verb the parser conjoined to the verb of a clause the same cue word reports ("A
    said B was not working for them and said C was not involved"): the repeated verb is A's
    second report, not a verb of B's. Its subject is A, and it ends A's first content."""
    clause = verb.head
    return (
        verb.dep_ == "conj"
        and clause.dep_ in CONTENT_DEPS
        and clause.head.lemma_ == verb.lemma_
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def aside(head: Token, modifier: Token) -> bool:
    """A modifier after a source's head that is no part of the source: a participle
    ("Ruiz, speaking of her rivals,"; a past participle mostly is part of it: "a source
    involved in its creation") or a relative clause set off by a comma after a description
    ("one former staffer, who left on good terms,"). PolNeAR's sources keep relative
    clauses after names about as often as not, so those stay."""
    if modifier.dep_ == "acl":
        return modifier.tag_ != "VBN"
    if modifier.dep_ == "prep" and modifier.lower_ == "of":
        return _spoken_of(head, modifier)
    comma = modifier.doc[modifier.left_edge.i - 1].text == ","
    return modifier.dep_ == "relcl" and head.pos_ == "NOUN" and comma


def relative_report(modifier: Token, kb: Cues) -> bool:
    """A relative clause set off by a comma that reports speech of its own ("Podesta, who
    said the project was vetted, ..."): a report in its own right, no part of the source
    (PolNeAR gives each word one role)."""
    if modifier.dep_ != "relcl" or modifier.doc[modifier.left_edge.i - 1].text != ",":
        return False
    verbs = [modifier, *(c for c in modifier.children if c.dep_ == "conj")]
    return any(
        is_cue_verb(verb, kb) and any(c.dep_ in CONTENT_DEPS for c in verb.children)
        for verb in verbs
    )


def _spoken_of(head: Token, of: Token) -> bool:
    """The one spoken about after a name set after its cue ("“...,” said Hale of his late
    brother", "said Ana Ruiz of her rival"): a person or a pronoun, not the speaker's place or
    body ("said Ana Ruiz of the Brookings Institution", "said Tom Hale of Leeds")."""
    if head.pos_ != "PROPN" or head.dep_ not in SUBJECT_DEPS or head.i < head.head.i:
        return False
    about = next((c for c in of.children if c.dep_ == "pobj"), None)
    return about is not None and (
        about.tag_ == "PRP"
        or about.ent_type_ == "PERSON"
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in about.children)
    )


def when(token: Token) -> bool:
    """A date or time ("said Wednesday"), not an age ("said the 46-year-old")."""
    return token.ent_type_ in ("DATE", "TIME") and token.lower_ != "old"


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# words that only say when, whatever the tagger made of them ("Thursday" as a name)
_TIME_WORDS = WEEKDAYS | {"today", "yesterday", "tonight", "tomorrow", "now", "earlier", "later"}


# the words that date a writing by an event ("the statement after the crash said"), which
# the parser may read as opening a clause whose subject is the event
_EVENT_MARKS = frozenset({"after", "before", "following", "since"})
_EVENT_MARK_KEYS = frozenset(get_string_id(word) for word in _EVENT_MARKS)


def _before_event_named(verb: Token, nearest: Token, subjects: list[Token]) -> Token | None:
    """The writing before an event that dates it, when the parser made the event the subject
    ("The Halden statement after the flood said ...": "after" read as opening a clause "the
    flood said"): the writing speaks, not the flood. Either the verb has the writing as a
    second subject before the mark, or the verb hangs (as a clause) on the writing, a noun
    the sentence has as its root."""
    # (the mark's form read first, by key: a Token only for a word of an event's mark)
    first = nearest.left_edge.i
    if first == 0 or tree(nearest.doc).lowers[first - 1] not in _EVENT_MARK_KEYS:
        return None
    mark = nearest.doc[first - 1]
    if mark.head.i != verb.i or mark.dep_ not in ("mark", "prep") or nearest.i > verb.i:
        return None
    earlier = [c for c in subjects if c.i < mark.i]
    if earlier:
        return max(earlier, key=lambda c: c.i)
    noun = verb.head
    if (
        verb.dep_ == "advcl"
        and noun.dep_ == "ROOT"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.right_edge.i >= mark.i
        and noun.i == mark.i - 1
    ):
        return noun
    return None


def _only_when(token: Token) -> bool:
    """A subject that says when and names no one: "Thursday" of "Thursday said ...", not
    "TODAY" the parser made the head of "Dan Pike TODAY"."""
    return time_word(token) and not any(c.dep_ == "compound" for c in token.children)


def time_word(token: Token) -> bool:
    """A word that says when and can never speak: a day's name or a date or time the
    tagger found ("said Thursday", "Thursday said a spokesman")."""
    return token.lower_ in _TIME_WORDS or when(token)


_AUTHOR_MARKS = ("by", "from")


def _author_of(noun: Token) -> Token | None:
    """Who a participle's noun is by or from: "comments by Ana Ruiz suggesting ...", "calls
    from villagers saying ...", "a suit filed by a former aide alleging ...", "a ruling by state
    regulators denying ..." (the participle on the author itself). The one who dismissed,
    received or slammed the words is not their speaker."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _AUTHOR_MARKS
        and _words_noun(noun.head.head)
        and _someone(noun)
    ):
        return noun
    for each in (noun, *noun.conjuncts):
        if not _words_noun(each):
            continue  # "a worker from the plant saying ...": the worker
        for child in each.children:
            marks = [child]
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "a suit filed by ..."
                marks = [c for c in child.children if c.dep_ == "agent"]
            for mark in marks:
                if mark.dep_ not in ("prep", "agent") or mark.lower_ not in _AUTHOR_MARKS:
                    continue
                author = next((g for g in mark.children if g.dep_ == "pobj"), None)
                if author is not None and _someone(author):
                    return author
    return None


# words said or written, or a deed of words, besides the cue lexicon's statement and document
# nouns: what "by" or "from" gives an author
_WORDS_NOUNS = frozenset(
    {
        "comment", "remark", "text", "call", "decision", "suit", "word", "e-mail", "video",
        "editorial", "article", "column", "quote", "reply", "response", "answer", "appeal",
        "request", "petition", "motion", "verdict", "judgment", "judgement", "opinion",
    }
)  # fmt: skip


def _words_noun(token: Token) -> bool:
    """A noun of words said or written ("comments", "calls", "a suit", "a ruling")."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    kb = load_cues()
    return lemma in _WORDS_NOUNS or lemma in kb.statement_nouns or lemma in kb.document_nouns


def _someone(token: Token) -> bool:
    """A name, a pronoun or a noun of people or a body ("villagers", "state regulators"), not a
    time, a law or an event ("a statement from Tuesday", "calls from the hearing")."""
    if token.ent_type_ in _NO_AGENT_ENTITIES or time_word(token):
        return False
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _AGENT_ENTITIES:
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() not in load_cues().mute_nouns


def _statement_giver(noun: Token) -> Token | None:
    """Who gave the statement a participle describes: the noun's possessor ("his message"),
    else the verb whose object it is ("released a statement", "wrote in a post"), looking
    through a noun the participle's own noun modifies ("sent a message to supporters saying")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative"):
        owner = noun.head.head
        if owner.pos_ == "VERB":
            return owner
        if owner.pos_ in ("NOUN", "PROPN"):
            return _statement_giver(owner)
    return None


def is_cue_verb(token: Token, kb: Cues) -> bool:
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in kb.verbs
        and not _goes_on_doing(token)
    )


def _goes_on_doing(token: Token) -> bool:
    """ "continued" with an infinitive or a gerund after it ("will continue to be a champion
    of ...", "continued working"): something goes on, no one speaks (“...,” she continued)."""
    return token.lemma_.lower() == "continue" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children
    )


def _stance_verb(token: Token, kb: Cues) -> bool:
    """A verb of hoping, wanting or backing with no auxiliary of its own ("... and hopes
    tents will follow"); "... but had not yet decided" goes on with the clause reported."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "VERB"
        and (lemma in kb.stance_verbs or lemma in kb.intention_verbs)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children)
    )


def determined(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def title(tokens: Span) -> bool:
    """A few words, each capitalised: a title or a slogan (“The Long Road Home”)."""
    words = []
    for token in tokens:  # (read only up to one word more than a title has: most are longer)
        if token.is_alpha:
            words.append(token)
            if len(words) > TITLE_WORDS:
                return False
    return bool(words) and all(w.text[0].isupper() for w in words)


def negated(verb: Token, quoted: Container[int] = ()) -> bool:
    """ "did not say" reports no statement; a "not" inside a quotation the parser hung on the
    cue (“Absolutely not,” he said) negates nothing."""
    parse = tree(verb.doc)
    deps = parse.deps
    return any(deps[c] == _NEG and c not in quoted for c in parse.kids(verb.i))


# subjects that say no one spoke: "nobody", "none of them", "neither the mayor nor ..."
_NO_ONE = frozenset({"nobody", "none", "neither", "no-one", "noone", "nothing"})
_NO_ONE_DETERMINERS = ("no", "neither")  # "no official said", "neither side claimed"
# every word ``no_one`` answers by, at a source's root or among its children: where none of
# them is, it needs no asking
NO_ONE_WORDS = _NO_ONE | {*_NO_ONE_DETERMINERS, "few"}


def no_one(source: Span) -> bool:
    """A source that names no one who spoke: "no one has said", "none of the officials
    claimed", "neither side", "few experts have argued" ("a few experts" did speak)."""
    head = source.root
    if head.lower_ in _NO_ONE or _few(head):
        return True
    return any(
        (child.dep_ in ("det", "preconj") and child.lower_ in _NO_ONE_DETERMINERS) or _few(child)
        for child in head.children
    )


def _few(token: Token) -> bool:
    return token.lower_ == "few" and (token.i == 0 or token.doc[token.i - 1].lower_ != "a")


def passive(verb: Token) -> bool:
    """ "was admitted", "is expected", "when asked whether", "documents revealed at a
    hearing": the subject, or the noun a bare participle describes, undergoes the verb."""
    parse = tree(verb.doc)
    deps = parse.deps
    if any(deps[c] in _PASSIVE_DEPS for c in parse.kids(verb.i)):
        return True
    # (a bare participle modifies a clause or a noun: by the label's key, asked first)
    return (deps[verb.i] in _CLAUSE_MODIFIER_KEYS and bare_participle(verb)) or _set_off_participle(
        verb
    )


def _set_off_participle(verb: Token) -> bool:
    """ "The tactic, called a “top kill,” had never been tried", "Hong Kong, criticised for
    delaying ..., has sealed the hotel": a past form set off by a comma right after a noun,
    which the parser made the form's subject (the form hung on a later verb with no subject
    of its own) or the noun the form modifies. The noun is the later verb's subject, and the
    past form a participle said of it: the noun undergoes it and says nothing. A noun that is
    itself an aside ("which the firm's head, Ana Ruiz, called “...”") is the subject of a
    relative clause, whose verb is a past tense."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    head = verb.head
    if verb.dep_ == "acl":
        noun = head
        if noun.i != verb.i - 2 or noun.pos_ not in ("NOUN", "PROPN"):
            return False
    elif verb.dep_ in ("ccomp", "advcl") and head.i > verb.i:
        noun = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        if noun is None or noun.right_edge.i != verb.i - 2:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            return False
    else:
        return False
    start = noun.left_edge.i
    while doc[start].is_punct:  # (the parser may hang the aside's comma on the noun)
        start += 1
    return start == 0 or doc[start - 1].text != ","


def bare_participle(verb: Token) -> bool:
    """ "Asked whether ...", "when asked about ...": a past participle with no subject or
    auxiliary of its own, said of the one the main clause is about. The tagger may read one
    that opens its clause as a past tense ("Asked what he wants, Voss said ...")."""
    # (the labels by key, of the verb and of its children in the ``Tree``: no Token made)
    parse = tree(verb.doc)
    deps = parse.deps
    if deps[verb.i] not in _CLAUSE_MODIFIER_KEYS or any(
        deps[c] in _AUX_SUBJECT_KEYS for c in parse.kids(verb.i)
    ):
        return False
    opens_clause = all(c.dep_ in ("mark", "advmod") for c in verb.lefts)
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl" and opens_clause)


# the words that set another clause against a report: "..., while another says ..."
_CONTRAST_MARKS = ("while", "whereas", "whilst")
# the marks of a clause that says when something was said: "said after the talks ended that"
_WHEN_MARKS = ("after", "before", "when", "once", "as", "since", "until")


def clause_held_by_when(child: Token) -> Token | None:
    """The reported clause the parser hung on a clause of when after the cue ("said after
    the markets closed that the fund was safe": "that the fund was safe"), else None."""
    if (occasion := _clause_on_occasion(child)) is not None:
        return occasion
    if child.dep_ != "advcl" or not any(
        g.dep_ == "mark" and g.lower_ in _WHEN_MARKS for g in child.children
    ):
        return None
    return next(
        (
            g
            for g in child.rights
            if g.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
        ),
        None,
    )


# the nouns of an occasion a cue may be set on ("admitted for the first time that ...",
# "said for the second day running that ...")
_OCCASIONS = frozenset({"time", "day", "occasion"})


def _clause_on_occasion(child: Token) -> Token | None:
    """The reported clause the parser read as a relative clause of the occasion before it
    ("admitted for the first time that his job was at risk": "that his job was at risk"
    hung on "time"), else None."""
    if child.dep_ != "prep" or child.lower_ not in ("for", "on"):
        return None
    occasion = next((g for g in child.children if g.dep_ == "pobj"), None)
    if occasion is None or occasion.lemma_.lower() not in _OCCASIONS:
        return None
    return next(
        (
            g
            for g in occasion.rights
            if g.dep_ in ("relcl", "acl")
            and g.left_edge.i == occasion.i + 1
            # "that" the clause's mark, not its subject or object: "the first time that anyone
            # could remember" is a relative clause
            and g.left_edge.lower_ == "that"
            and g.left_edge.dep_ in ("advmod", "mark")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)
        ),
        None,
    )


def clause_end(head: Token, kb: Cues) -> int:
    """The last token of ``head``'s phrase, short of a clause conjoined or contrasted to it
    that is another report with a speaker of its own ("demanded that X go, and film director
    Y urged Z", "says X has the most, while another says Y") or the same speaker's next
    report (``repeated_cue``)."""
    # (every test below asks for a conjoined or adverbial clause: a Token only for those)
    doc, parse = head.doc, tree(head.doc)
    deps = parse.deps
    rights = [doc[c] for c in parse.kids(head.i) if c > head.i and deps[c] in _ENDING_DEPS]
    for child in rights:
        contrasted = child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _CONTRAST_MARKS for g in child.children
        )
        own_report = (
            (child.dep_ == "conj" or contrasted)
            and child.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
            and (is_cue_verb(child, kb) or child.lemma_.lower() in kb.speech_verbs)
            and not _pronoun_goes_on(child, kb)
        )
        # "said the mine would close and added that ...": the reporter's next cue
        reporters_next = (
            child.dep_ == "conj"
            and (is_cue_verb(child, kb) or _stance_verb(child, kb))
            and not any(g.dep_ in SUBJECT_DEPS for g in child.children)
            and (
                not _someone_acts_in(head)
                or _form_breaks(head, child)
                or speaker_goes_on(head, child)
            )
        )
        # "reported “... no chance of winning the war” saying that ...": the reporter's
        # participle hung on the clause whose subject is no one else ("there", "it was")
        reporters_participle = (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and is_cue_verb(child, kb)
            and any(g.dep_ == "ccomp" for g in child.children)
            and speaker_goes_on(head, child)
        )
        if (
            own_report
            or reporters_next
            or reporters_participle
            or repeated_cue(child)
            or _cues_own_form(head, child)
            or _cue_read_as_subject(child, kb)
            or _finite_after_infinitive(head, child)
            or _agrees_with_speaker(head, child)
            or (contrasted and _other_person_speaks(child, kb))
        ):
            return _end_before(head, child)
    # deeper down: "said it was unheard of not to perform the test and slammed the decision"
    # (only a conjoined word after the head can be one: with none up to its right edge, by
    # the document's DEP array, there is no walk down its subtree)
    deed = None
    if CONJ_KEY in deps[head.i + 1 : head.right_edge.i + 1]:  # (a slice searched in C)
        deed = _conjoined_deed(head, kb)
    if deed is not None:
        return _end_before(head, deed)
    return last_of(head)


def _end_before(head: Token, child: Token) -> int:
    """The last token before ``child``'s phrase, short of the "and" or comma before it."""
    end = child.left_edge.i - 1
    while end > head.i and (head.doc[end].dep_ == "cc" or head.doc[end].is_punct):
        end -= 1
    return end


def _cue_over_infinitive(verb: Token) -> Token | None:
    """The cue whose reported clause holds the infinitive a finite verb is conjoined to
    ("said it was unheard of not to perform the test and slammed the decision"): the verb
    is that speaker's next act. None when there is no such infinitive or cue, or when the verb
    is not in the cue's tense ("said she would like him to explain it but supports him": the
    present tense is more of what she said)."""
    if not _finite_after_infinitive(verb.head, verb):
        return None
    clause = next((a for a in verb.ancestors if a.dep_ in CONTENT_DEPS), None)
    if clause is None or clause.head.pos_ != "VERB" or clause.head.tag_ != verb.tag_:
        return None
    return clause.head


def next_deed_after_infinitive(verb: Token) -> bool:
    """``verb`` is a finite verb conjoined to an infinitive inside a reported clause: the
    speaker's next act (``_cue_over_infinitive``)."""
    return verb.dep_ == "conj" and _cue_over_infinitive(verb) is not None


def _conjoined_deed(head: Token, kb: Cues) -> Token | None:
    """The first word of ``head``'s subtree after it, in the subtree's order, that is the
    speaker's next act (``_next_deed_after_infinitive``). Only a conjoined word can be one: the
    words after the head up to its subtree's last (``last_of``, kept) marked "conj" in the DEP
    array that hang below the head (by the head indices) are the candidates, a ``Token`` made
    only for them; the subtree is walked, as spaCy orders it, only when several are acts."""
    doc = head.doc
    deps, heads, conj = attribute_keys(doc, DEP), head_indices(doc), CONJ_KEY
    below = []
    for i in range(head.i + 1, last_of(head) + 1):
        if deps[i] == conj and hangs_below(heads, i, head.i):
            below.append(i)
    deeds = [w for w in map(doc.__getitem__, below) if _next_deed_after_infinitive(w, head, kb)]
    if len(deeds) > 1:  # (the first in the subtree's order, which may not be the text's)
        found = {w.i for w in deeds}
        return next(t for t in head.subtree if t.i in found)
    return deeds[0] if deeds else None


def _next_deed_after_infinitive(verb: Token, clause: Token, kb: Cues) -> bool:
    """A cue verb conjoined to an infinitive inside ``clause``, what was said ("said it was
    “unheard of” not to perform the test and slammed the decision as ..."): "to" cannot govern
    it, so it is the speaker's next act, not more of the words. Only the next act of the cue
    that reports ``clause``: one inside a report within it ("said the ministry requested
    that he be sent home to serve his time and indicated ...") is part of the words."""
    if verb.dep_ != "conj" or not (is_cue_verb(verb, kb) or _stance_verb(verb, kb)):
        return False
    cue = _cue_over_infinitive(verb)
    return cue is not None and cue.i == clause.head.i


def _cue_read_as_subject(child: Token, kb: Cues) -> bool:
    """A clause conjoined to the reported one whose subject the parser took from a cue verb
    with no subject of its own ("said the rise was based on the board's view that fuel was
    dear, and added the price could be higher": "added the price" read as the subject of
    "could be"): the reporter's next cue, not more of what was said."""
    return child.dep_ == "conj" and any(
        g.dep_ == "csubj"
        and g.i < child.i
        and g.tag_ == "VBD"
        and is_cue_verb(g, kb)
        and not any(c.dep_ in SUBJECT_DEPS for c in g.children)
        for g in child.children
    )


def _other_person_speaks(clause: Token, kb: Cues) -> bool:
    """A clause of contrast whose subject is a person the writer names ("..., while another
    clergyman, Canon Mark Fell, preferred to respond ...") and in which someone speaks: the
    writer setting another voice beside the speaker's, not more of what the speaker said.
    The parser may make the subject noun itself the clause's head."""
    subject = (
        clause
        if clause.pos_ in ("NOUN", "PROPN")
        else next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    )
    if subject is None:
        return False
    named = subject.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children
    )
    speaks = any(
        t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in kb.verbs for t in clause.subtree
    )
    return named and speaks


def _finite_after_infinitive(head: Token, child: Token) -> bool:
    """A verb in the past or present tense, with no subject of its own, conjoined to an
    infinitive that is what was promised or planned ("has vowed to keep the clinic open and
    praised the ruling on Monday"): "to" cannot govern it, so it is the speaker's own next
    deed, not more of the promise. A form the same as the bare verb ("cut", "put") may be
    either and stays."""
    return (
        child.dep_ == "conj"
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
        and child.tag_ in ("VBD", "VBZ")
        and child.lower_ != child.lemma_.lower()
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in child.children)
    )


# the number a subject gives its verb ("he has", "they have")
_SINGULAR_PRONOUNS = ("he", "she", "it")
_PLURAL_PRONOUNS = ("we", "they")


def _number(subject: Token) -> str | None:
    if subject.lower_ in _SINGULAR_PRONOUNS or subject.tag_ in ("NN", "NNP"):
        return "one"
    if subject.lower_ in _PLURAL_PRONOUNS or subject.tag_ in ("NNS", "NNPS"):
        return "many"
    return None


def _agrees_with_speaker(head: Token, child: Token) -> bool:
    """A verb conjoined to the reported clause with no subject of its own, whose present
    tense agrees with the cue's subject and not with the clause's ("The relatives say he will
    have a better life and have attempted to portray ..."): the speakers' own deed, not more
    of what they said. A copula ("and it is difficult", its "it" misread) says how things
    are, and stays."""
    if child.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in child.children):
        return False
    if child.pos_ != "VERB" or child.lemma_.lower() == "be":
        return False
    finite = next((c for c in child.children if c.dep_ in ("aux", "auxpass")), child)
    if finite.tag_ not in ("VBZ", "VBP") or finite.i > child.i:
        return False
    own = "one" if finite.tag_ == "VBZ" else "many"
    cue = head.head
    clause_subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    cue_subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head.dep_ != "ccomp" or clause_subject is None or cue_subject is None:
        return False
    return _number(clause_subject) not in (None, own) and _number(cue_subject) == own


def last_of(head: Token) -> int:
    """The last token of ``head``'s subtree. spaCy's ``right_edge`` can stop short when the
    parse crosses itself ("the work had been handed to X , “a trusted firm” which ...": the
    apposition hangs on "work" beyond the verb's last own word). Kept for the document asked
    last, by the head's index: a cue's clause is asked of twice (``_content_of``,
    ``clause_end``), and its subtree walk makes a ``Token`` per word; the parse does not
    change."""
    doc = head.doc
    if _last_ends[0] is not doc:
        _last_ends[0], _last_ends[1] = doc, {}
    ends = _last_ends[1]
    end = ends.get(head.i)
    if end is None:
        end = ends[head.i] = _subtree_end(head)
    return end


def _subtree_end(head: Token) -> int:
    """``max(head.right_edge.i, max(t.i for t in head.subtree))`` with no subtree walked: the
    last word of the sentence that climbs to ``head`` through the heads (by index), or the
    right edge when none past it does. spaCy's right edge is a word of the subtree (the edges
    are passed up from children to heads), so only words after it can be later; and no
    subtree leaves its sentence (a parsed document's sentences start at its roots' left edges,
    spaCy repeating its edge passes until every head is inside its word's sentence)."""
    heads = head_indices(head.doc)
    at, right = head.i, head.right_edge.i
    for j in range(sentence_bounds(head)[1] - 1, right, -1):
        if hangs_below(heads, j, at):
            return j
    return right


_last_ends: list = [None, {}]  # (``last_of``: the document asked last, its ends by head)


def _auxiliaries(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _cues_own_form(clause: Token, verb: Token) -> bool:
    """A verb conjoined to the reported clause that has no subject and is built as the cue is,
    not as the clause ("has assured me he is going to keep it short and has invited two
    guests"): it goes on with the speaker's own deeds, not with what was said."""
    cue = clause.head
    if (
        verb.dep_ != "conj"
        or clause.dep_ != "ccomp"
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return False
    own = _auxiliaries(verb)
    return (
        bool(own)
        and own == _auxiliaries(cue)
        and verb.tag_ == cue.tag_
        and own != _auxiliaries(clause)
    )


def _pronoun_goes_on(child: Token, kb: Cues) -> bool:
    """A clause after "but" or "and" in which a pronoun knows, thinks or fears — no verb of
    speaking — goes on with what was said ("said they had come through the flood but they
    did not know what the drought would bring"): the reported speaker's own state of mind,
    not another source's report."""
    subjects = [g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")]
    # in the past as the reported clause is: "and she believes ..." in the present is the
    # writer's news of now
    present = [t for t in (child, *child.children) if t.tag_ in ("VBZ", "VBP")]
    return (
        child.lemma_.lower() not in kb.speech_verbs
        and bool(subjects)
        and all(g.tag_ == "PRP" for g in subjects)
        and not present
    )


# brackets as tokenized corpora write them (Penn Treebank: -LRB- -RRB- -LSB- ...)
TOKENIZED_BRACKET = re.compile(r"-[LR][RSC]B-")

# adverbs by which the writer hedges a fact with a source of its own ("which reportedly include")
_HEDGES = ("reportedly", "allegedly", "purportedly", "reputedly", "supposedly")


def before_writers_aside(content: Span, kb: Cues) -> int:
    """The last token of ``content``, short of an aside the writer set after a comma at its
    end: an apposition that names the content as a claim ("..., a claim the ministry
    disputes") or a relative clause hedged by a source of its own ("..., which reportedly
    include ..."). Neither is part of what the speaker said."""
    doc = content.doc
    dash = _aside_after_dash(content, kb)
    if dash is not None:
        content = doc[content.start : dash]
    tag = _source_tag(content)
    if tag is not None:
        content = doc[content.start : tag]
    # (a word other than a participle can open an aside only after a comma of the content
    # before it: the first comma found by key, and no Token made for the words up to it)
    tags, orths = attribute_keys(doc, TAG), attribute_keys(doc, ORTH)
    try:
        first_comma = orths.index(_COMMA, content.start + 1, content.end)
    except ValueError:
        first_comma = content.end
        if _PARTICIPLE not in tags[content.start : content.end]:
            return content.end - 1  # (no comma and no participle: no word opens an aside)
    # (by index: a Token only for a word that hangs on an earlier one and can reach the end)
    heads = head_indices(doc)
    reaching = _reaching_end(doc, heads, content.end - 1) if len(content) else set()
    # (the content's words that can reach its end, in order: most of its words cannot)
    for i in sorted(reaching):
        if i >= content.end:
            break
        if i < content.start or heads[i] >= i or (i <= first_comma and tags[i] != _PARTICIPLE):
            continue
        token = doc[i]
        if token.right_edge.i < content.end - 1:
            continue  # an aside hangs on a word before it and runs to the content's end
        if tags[i] == _PARTICIPLE:  # (``_after_quotation`` reads only a participle)
            closing = _after_quotation(token, content)
            if closing is not None:
                return closing - 1
        comma = token.left_edge.i - 1
        if comma <= content.start or orths[comma] != _COMMA:
            continue
        claim = (
            # (or the parser's loose noun: "opposed a fee, a view echoed by others ...")
            token.dep_ in ("appos", "npadvmod")
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in kb.statement_nouns
        )
        hedged = token.dep_ == "relcl" and any(t.lower_ in _HEDGES for t in token.subtree)
        if (
            claim
            or hedged
            or _writers_label(token, content)
            or _others_reading(token)
            or _about_a_name(token)
            or _comparison(token)
            or _next_cue(token, kb)
            or _relay(token)
            or _others_said(token, kb)
            or summing_up(token)
        ):
            return comma - 1
    return content.end - 1


# how others took or named what was said: "..., which analysts took to mean ...", "..., which
# critics called a lie"
_READING_VERBS = frozenset(
    {"take", "read", "interpret", "construe", "understand", "see", "view", "call", "dub",
     "describe", "hail", "welcome", "dismiss", "criticize", "criticise", "brand", "label"}
)  # fmt: skip


def _others_reading(token: Token) -> bool:
    """A clause opened by "which" after a comma at the end of the content whose own subject is
    someone else, who took or named what was said ("said the deal was dead, which analysts
    took to mean the talks had failed"; "..., which critics called a lie"): another person's
    gloss, not the speaker's words. "which he said was ..." (the speaker again) and "which
    was ..." (no one else) stay."""
    if token.dep_ not in ("relcl", "advcl") or token.lemma_.lower() not in _READING_VERBS:
        return False
    which = token.doc[token.left_edge.i]
    if which.lower_ != "which" or which.head.i != token.i:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i > which.i


# what the writer calls a deed of words after it ("..., an offer which was refused", "..., a
# move that stunned the markets")
_DEED_NOUNS = frozenset({"offer", "overture", "ultimatum", "concession", "move", "step"})


def _writers_label(token: Token, content: Span) -> bool:
    """An apposition at the end of the sentence that names what was said as an offer or a
    move, with a relative clause or participle telling how it fared ("suggested that Iran
    stop fighting, an offer which was refused"): the writer's comment, not the words. Before
    its cue ("..., a move that will delay the launch, sources said") it is the source's."""
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.lemma_.lower() not in _DEED_NOUNS:
        return False
    if not any(c.dep_ in ("relcl", "acl") and c.i > token.i for c in token.children):
        return False
    doc = content.doc
    after = doc[content.end] if content.end < len(doc) else None
    return after is None or after.is_sent_start or after.text in (".", "!", ";")


# the words by which a writer names the source of a whole sentence at its end ("..., AFP news
# agency reports", "..., the paper said"); "reports" is often tagged a plural noun there
_TAG_CUES = frozenset({"report", "reports", "reported", "say", "says", "said"})
_TAG_CUE_KEYS = frozenset(get_string_id(word) for word in _TAG_CUES)


def _source_tag(content: Span) -> int | None:
    """The comma before a source and its cue at the very end of the content ("says the port
    is open, AFP news agency reports"; "..., our correspondent says"): the writer's source for
    the whole sentence, not more of what the speaker said. The words between the comma and the
    cue are a name or a noun phrase (no verb of their own); None when there is no such tag."""
    # (its last word first, by the arrays: only a content ending in a cue of a tag is read
    # word by word)
    doc, parse = content.doc, tree(content.doc)
    punct, lowers = parse.punct, parse.lowers
    orths = attribute_keys(doc, ORTH)
    last = next(
        (
            i
            for i in range(content.end - 1, content.start - 1, -1)
            if not punct[i] or orths[i] == _COMMA
        ),
        None,
    )
    if last is None or lowers[last] not in _TAG_CUE_KEYS:
        return None
    words = [t for t in content if _kept_for_tag(t)]
    if len(words) < 4:
        return None
    i = len(words) - 2
    while i > 0 and (
        words[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or words[i].tag_ in ("PRP$", "POS")
    ):
        i -= 1
    phrase = words[i + 1 : -1]
    if words[i].text != "," or not any(t.pos_ in ("PROPN", "NOUN") for t in phrase):
        return None
    if len(phrase) > 6 or words[i].i <= content.start:
        return None
    return words[i].i


def _kept_for_tag(token: Token) -> bool:
    return not token.is_punct or token.text == ","


def _about_a_name(token: Token) -> bool:
    """A relative clause set off by a comma after a name at the content's end ("said the
    delay helped Ruiz, who needs no more votes"): the writer telling who the named one is."""
    return token.dep_ == "relcl" and token.head.pos_ in ("PROPN", "NOUN")


# the auxiliaries that stand for a verb already said: "as have other Democrats", "as did
# the governor"
_STAND_INS = frozenset({"have", "do", "be"})


def _comparison(token: Token) -> bool:
    """A clause of "as" that sets the words said beside what others did, or against what the
    speaker did meanwhile: "..., as have other senior Republicans", "..., as did the mayor",
    "..., even as he has taken shots at X". The writer's comparison, not the speaker's words.
    A bare "as" clause with a verb of its own ("..., as the river rose") says when and may
    be what was said; it stays."""
    if token.dep_ != "advcl" or token.pos_ not in ("VERB", "AUX"):
        return False
    first = token.doc[token.left_edge.i]
    if first.lower_ == "even":
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    if first.lower_ != "as" or first.dep_ != "mark" or first.head.i != token.i:
        return False
    # an auxiliary standing in for the verb said before it, before or after its subject
    stands_in = token.lemma_.lower() in _STAND_INS and not any(
        c.dep_ in ("xcomp", "ccomp", "acomp", "attr") for c in token.children
    )
    inverted = token.i == first.i + 1
    ends = token.right_edge.i == token.i or inverted
    return stands_in and ends


# verbs by which a writer reads what was said ("..., appearing to rule out ...", "...,
# signalling a softer line"); a participle that spells out the quoted words ("“the best of both
# worlds,” giving states more power") may be the speaker's own, and stays
_READINGS = frozenset(
    {
        "appear",
        "seem",
        "signal",
        "suggest",
        "indicate",
        "hint",
        "underscore",
        "underline",
        "highlight",
        "reflect",
        "echo",
        "raise",
        "leave",
    }
)


def _after_quotation(token: Token, content: Span) -> int | None:
    """The closing quote mark before a participle with no subject of its own set after the
    speaker's quoted words and a comma ("said the board would act “with care,” signalling
    a softer line", "would hold it to account ``in every way , '' appearing to ..."): the
    writer's reading of what was said, not more of it (a verb of ``_READINGS``, or the
    writer's "according to X" after the marks). The participle opens its own phrase and the
    content has the opening mark of the quotation it closes."""
    doc = token.doc
    if (
        token.tag_ != "VBG"
        or (token.lemma_.lower() not in _READINGS and token.lower_ != "according")
        or token.left_edge.i != token.i
        or any(c.dep_ in SUBJECT_DEPS for c in token.children)
    ):
        return None
    mark = token.i - 1
    comma = doc[mark].text == ","
    if comma:
        mark -= 1
    if mark <= content.start or not doc[mark].is_quote:
        return None
    comma = comma or doc[mark - 1].text == ","
    # marks before it, a run of quote tokens counting once (the parser splits "``" in two)
    marks = [t for t in doc[content.start : mark] if t.is_quote and not doc[t.i - 1].is_quote]
    opened = len(marks) % 2 == 1
    return mark if comma and opened else None


DASHES = frozenset({"-", "--", "—", "–"})  # the dashes a text sets between its parts
# how something was said, after a dash: "- with a comment not likely to please", "- in a
# remark to reporters" (and the speech nouns of the lexicon: "- in a statement")
_UTTERANCES = frozenset({"comment", "remark", "word", "quip", "aside", "tone", "voice"})


def _aside_after_dash(content: Span, kb: Cues) -> int | None:
    """The index of a last dash of ``content`` after which the writer set an aside that is
    no clause of its own: a noun phrase ("... - his signature issue", "... - Reuters"), a
    participle with no subject ("... - suggesting a fine of $20bn") or a phrase of how it
    was said ("... - with a comment not likely to please ..."). A clause after the dash ("-
    they have water but no food"), a pair of dashes around an inserted phrase and quoted
    words after the dash are left, as what the speaker may have said."""
    doc = content.doc
    # a dash set apart by a space, not a hyphen inside a word ("co-ordinated") (found by index
    # in the document's array, and looked for first: with none there is no aside either way)
    dashes = [
        i
        for i in indices_in(doc, ORTH, DASHES, content.start, content.end)
        if i > content.start + 2 and doc[i - 1].whitespace_
    ]
    if not dashes:
        return None
    if _quoted(content):
        return None  # “It was a disaster - a total failure”: the speaker's own words
    dash = dashes[-1]
    tail = doc[dash + 1 : content.end]
    words = [t for t in tail if not t.is_punct]
    if not words or any(t.is_quote for t in tail) or _paired(dashes):
        return None
    first = words[0]
    if first.pos_ in ("ADV", "CCONJ", "ADP") and first.lower_ not in ("with", "in"):
        return None  # "- only a measure of its spread", "- and that ...": more of the clause
    if first.lower_ in _LISTING:
        return None  # "- including people in slums": the speaker's own examples
    if first.is_lower and "-" in first.text:
        return None  # "Port - au-Prince": a hyphen the text spaced out
    roots = [t for t in tail if (t.head.i < tail.start or t.head.i >= tail.end) and not t.is_punct]
    if len(roots) != 1:
        return None
    root = roots[0]
    if any(
        t.dep_ in ("nsubj", "nsubjpass", "expl")
        and t.head.pos_ in ("VERB", "AUX")
        and not _describes_root(t.head, root)
        for t in tail
    ):
        return None  # a clause of its own
    # a noun phrase wholly after the dash, or a name alone ("- Reuters", whatever the parser
    # hung before it); "the flu - like illness" is one phrase across a spaced-out hyphen
    noun_phrase = root.pos_ in ("NOUN", "PROPN", "NUM") and (
        root.left_edge.i > dash or root.i == first.i
    )
    participle = root.tag_ == "VBG" and root.i == first.i
    manner = (
        root.lower_ in ("with", "in")
        and root.i == first.i
        and any(
            g.dep_ == "pobj"
            and (g.lemma_.lower() in _UTTERANCES or g.lemma_.lower() in kb.speech_nouns)
            for g in root.children
        )
    )
    return dash if noun_phrase or participle or manner or summing_up(root) else None


def _describes_root(verb: Token, root: Token) -> bool:
    """A relative clause on the noun after a dash ("... - something he denied to me"): it
    describes the writer's noun phrase and makes no clause of its own."""
    return root.pos_ in ("NOUN", "PRON") and verb.dep_ == "relcl" and verb.head == root


# words that open the speaker's own examples after a dash ("- including people in slums")
_LISTING = frozenset({"including", "excluding", "especially", "notably", "particularly"})


def _quoted(content: Span) -> bool:
    """A content opened or closed by a quote mark of its sentence (past a space or a
    stop). An empty content has no mark."""
    if len(content) == 0:
        return False
    doc = content.doc
    i = content.start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].text in (":", ",")):
        i -= 1
    j = content.end
    while j < len(doc) and (doc[j].is_space or doc[j].text in (".", ",")):
        j += 1
    sentence = content[0].sent.start
    # a mark of the content's own sentence, not the opening mark of the next one
    return (
        content[0].is_quote
        or (i > 0 and doc[i - 1].is_quote and doc[i - 1].sent.start == sentence)
        or content[-1].is_quote
        or (j < len(doc) and doc[j].is_quote and doc[j].sent.start == sentence)
    )


def _paired(dashes: list[int]) -> bool:
    """Two dashes or more: the last may close an inserted phrase ("three million people -
    up to a third - might need aid"), whose tail is the rest of the clause."""
    return len(dashes) > 1 and len(dashes) % 2 == 0


def _next_cue(token: Token, kb: Cues) -> bool:
    """A participle of a cue verb set after the content ("denied the claim that X, arguing
    that Y", "said X, accusing Y of Z"): the speaker's next statement, not more of the
    first (a participle of a noun, "a letter saying ...", stays)."""
    return (
        token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and token.lemma_.lower() in kb.verbs
    )


# nouns by which a writer sums up what was just said or done ("..., a move that ...", "...,
# a swipe at the protesters"): the most frequent heads of such a phrase right after a gold
# content on PolNeAR's train split
_SUMMING_NOUNS = frozenset(
    {
        "move",
        "swipe",
        "jab",
        "dig",
        "message",
        "indication",
        "sign",
        "signal",
        "decision",
        "result",
        "suggestion",
        "sentiment",
        "requirement",
        "shift",
        "reference",
        "nod",
        "reversal",
        "step",
        "departure",
        "allusion",
        "reminder",
        "rebuke",
        "charge",
    }
)


def summing_up(token: Token) -> bool:
    """A noun phrase after a comma that sums up the content ("to furnish $2,000 up front, a
    requirement that keeps newcomers out", "..., a swipe at the protesters"): the writer's
    gloss. It opens with "a" or "an"; "..., the threat of terror" may be more of the list.
    The parser may hang it on the cue as a second object."""
    if token.dep_ not in ("appos", "npadvmod", "dep", "dobj") or token.doc[
        token.left_edge.i - 1
    ].text not in (",", "-", "--", "—", "–"):
        return False
    if token.lower_ == "something":  # "..., something he denied to me": what others made of it
        return token.left_edge.i == token.i and any(c.dep_ == "relcl" for c in token.children)
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in _SUMMING_NOUNS
        and token.doc[token.left_edge.i].lower_ in ("a", "an")
    )


def _others_said(token: Token, kb: Cues) -> bool:
    """A phrase after the content that sets others beside the speakers by what they said
    ("60 percent said X, compared with three in 10 who said Y"; "..., roughly the same share
    who said Y"): the writer's comparison, holding another group's report."""
    # (the phrase's words walked only when its sentence holds a relative clause, by the
    # labels' keys: no subtree leaves its sentence, ``_subtree_end``)
    start, end = sentence_bounds(token)
    if _RELCL not in tree(token.doc).deps[start:end]:
        return False
    return token.dep_ != "relcl" and any(
        t.dep_ == "relcl"
        and t.lemma_.lower() in kb.speech_verbs
        and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in t.children)
        for t in token.subtree
    )


def _relay(token: Token) -> bool:
    """ "according to X" set at the end of the content: the writer's own source for the
    sentence, found as an attribution of its own."""
    return (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].lower_ == "to"
    )


def question(clause: Token) -> bool:
    """ "answer whether ..." reports a question, not what was said."""
    parse = tree(clause.doc)
    deps, lowers = parse.deps, parse.lowers
    return any(deps[c] == _MARK and lowers[c] in _WHETHER for c in parse.kids(clause.i))


def indirect_question(clause: Token) -> bool:
    """A clause opened by a question word after its verb: "explained why the plan failed",
    "told reporters what the council had decided". A free relative inside a statement ("said
    what he wanted was peace") is none, its question word belonging to a clause below; nor
    is a relative clause ("the flood, which the minister said was a disaster")."""
    first = clause.left_edge
    if first.lower_ not in _QUESTION_WORDS or first.i <= clause.head.i:
        return False
    # "how sad he was", "how many people died": "how" on the word of degree that opens it
    degree = first.lower_ == "how" and first.head.pos_ in ("ADJ", "ADV")
    return first.head == clause or (degree and clause in (first.head.head, first.head.head.head))


# the words that open an indirect question (not "that", which the tagger may tag as they are)
_QUESTION_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "whom", "which"})


def when_said(child: Token) -> bool:
    """A phrase of the cue verb that only says when ("said Tuesday that", "said on Monday
    that"): no part of what was said. The parser may hang a bare day on the object that
    follows it ("announced Friday new limits"), so a day's noun modifier counts too."""
    dep = child.dep_
    if dep not in ("npadvmod", "prep", "advmod", "nmod"):
        return False  # (asked first: the phrase's words are walked only for such a child)
    if dep != "prep" and child.ent_type_ not in ("DATE", "TIME") and not child.is_punct:
        return False  # (the child is one of its words: no walk when it says no when)
    # every word of the phrase but its marks is of a date or a time, or a preposition or a
    # determiner before its last word; the phrase is read word by word and the walk stops at
    # the first word that is none of these (a preposition's phrase may run on for the rest of
    # the sentence, "said in a statement that ...": most stop at its third word)
    joining: list[int] = []  # (the prepositions and determiners: their place is checked last)
    last = -1
    for t in child.subtree:
        if t.is_punct:
            continue
        last = t.i
        if t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.dep_ not in ("prep", "det"):
            return False
        joining.append(t.i)
    return all(i < last for i in joining)


_CLOCK = re.compile(r"\d{1,2}[:.]?\d{2}")
_DIGIT = re.compile(r"\d")


def without_time_stamp(words: Span) -> Span:
    """A live blog's entry opens with its clock time ("1117 Troy Livesay tweets", "0930
    Relief crews said"): the time names no one."""
    if not _DIGIT.search(span_text(words)):
        return words  # (no clock time without a digit: the tests below make two Tokens a word)
    if len(words) > 1 and _CLOCK.fullmatch(words[0].text) and _line_start(words[0]):
        return words[1:]
    # "Report faults crew Friday, May 7; 1:05 AM A panel of experts has concluded": a page's
    # stamp of the hour, with its AM or PM, is no one's name; the source starts after it
    for token in reversed(words[:-2]):
        after = token.doc[token.i + 1]
        if _CLOCK.fullmatch(token.text) and after.lower_.replace(".", "") in _MERIDIEM:
            return words[after.i + 1 - words.start :]
    return words


_MERIDIEM = frozenset({"am", "pm"})


def _line_start(token: Token) -> bool:
    if not token.i:
        return True
    before = token.doc[token.i - 1]
    # the article's own lines: the parser read a wire story's wrapped lines joined
    return before.is_space or "\n" in doc_text(token.doc)[before.idx : token.idx]


def dateline(name: Span) -> bool:
    """A dateline's place in capitals that opens a paragraph before a colon ("NAIROBI:",
    "PORT-AU-PRINCE:", "NEW DELHI:"): where the story was filed, not who speaks. The words
    are all capitals, begin their line, and name a place: a place entity or a large town."""
    doc = name.doc
    words = [t for t in name if t.is_alpha]
    if not words or not all(t.is_upper for t in words):
        return False
    text = doc_text(doc)  # the article's text, not spaCy's rebuilt copy of it
    line_start = text.rfind("\n", 0, name.start_char) + 1
    if text[line_start : name.start_char].strip(" \t"):
        return False
    if all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words):
        return True
    # only a large town: smaller ones share their names with people too often ("OBAMA:",
    # "CLINTON:" of a transcript)
    return large_town_named(name.text) is not None


# a page's stamp of when an item was posted or updated, opening its line: "Updated 10:42 a.m.
# ET", "UPDATE 2:40 PM:", "Posted Dec. 3, 2026 9:12 am", "Last updated at 3:15 p.m. |"
_SPACE = r"[ \t\xa0]"
_PAGE_STAMP = re.compile(
    rf"{_SPACE}*(?:{STAMP_WORDS}{_SPACE}*:?{_SPACE}*(?:at{_SPACE}+|on{_SPACE}+)?)?"
    # a date before the time: "Dec. 3, 2026", "December 3", "Thursday, August 5, 2010;"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day{_SPACE}*,{_SPACE}*)?"
    rf"(?:[A-Z][a-z]{{2,8}}\.?{_SPACE}+\d{{1,2}}{_SPACE}*,?(?:{_SPACE}+\d{{4}})?{_SPACE}*[,;]?"
    rf"{_SPACE}*(?:at{_SPACE}+)?)?"
    # the time: "10:42", "10:42 a.m.", "9.12 pm" (a bare "3.50" is a number, not a time)
    rf"\d{{1,2}}(?::\d{{2}}(?:{_SPACE}*[AaPp]\.?[Mm]\.?)?|\.\d{{2}}{_SPACE}*[AaPp]\.?[Mm]\.?)"
    rf"(?:{_SPACE}+(?:[A-Z]{{1,2}}[SD]?T|GMT|UTC)(?![\w&]))?"
    rf"{_SPACE}*[:|,\-\u2013\u2014]*{_SPACE}*"
)


def page_stamp_end(text: str, at: int) -> int:
    """Where the stamp of when a page's item was posted or updated ends, on the line that holds
    ``at``, when the line opens with one ("Updated 10:42 a.m. ET “...”"); -1 when it does not."""
    line = text.rfind("\n", 0, at) + 1
    stamp = _PAGE_STAMP.match(text, line)
    return stamp.end() if stamp else -1


class Tree:
    """A parsed document's dependency tree by word index, for the rules asked of many words:
    each word's dependency label's key (and its lower-case form's, its marks of punctuation
    and space), read once from the document's arrays, and the children of each word asked
    about, listed once. A rule that tests labels on these makes a ``Token`` only for the words
    that pass. (The heads are ``head_indices``'s, read only by a rule that climbs them: a
    document with no cue needs none.)"""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.deps = attribute_keys(doc, DEP)
        self.lowers = attribute_keys(doc, LOWER)
        self.punct = attribute_keys(doc, IS_PUNCT)
        self.space = attribute_keys(doc, IS_SPACE)
        self._kids: dict[int, list[int]] = {}

    def kids(self, i: int) -> list[int]:
        """The indices of word ``i``'s children, in order (the rules ask of the same cue or
        clause several times; a document's few words asked cost less than a list for each)."""
        found = self._kids.get(i)
        if found is None:
            found = self._kids[i] = [child.i for child in self.doc[i].children]
        return found


def tree(doc: Doc) -> Tree:
    """The ``Tree`` of ``doc``, kept for the document asked last (the parse does not change)."""
    return kept_for_document(doc, Tree)


def _reaching_end(doc: Doc, heads: list[int], last: int) -> set[int]:
    """The words whose right edge may be at or past word ``last``: the words from there to
    the end of its sentence and the words above them. A right edge is a word of the word's
    subtree, and no subtree leaves its sentence (``_subtree_end``)."""
    starts = sentence_starts(doc)
    if starts is None:
        end = len(doc)
    else:
        k = bisect_right(starts, last)
        end = starts[k] if k < len(starts) else len(doc)
    reaching: set[int] = set()
    for j in range(last, max(end, last + 1)):
        while j not in reaching:
            reaching.add(j)
            if heads[j] == j:
                break
            j = heads[j]
    return reaching


# the keys of the labels and words the index-based tests compare
_NEG = get_string_id("neg")
_PARTICIPLE, _COMMA = get_string_id("VBG"), get_string_id(",")
_AGENT = get_string_id("agent")
_MARK, _RELCL = get_string_id("mark"), get_string_id("relcl")
_PASSIVE_DEPS = frozenset(get_string_id(dep) for dep in ("auxpass", "nsubjpass"))
_CLAUSE_MODIFIER_KEYS = frozenset(get_string_id(dep) for dep in ("advcl", "acl"))
_AUX_SUBJECT_KEYS = frozenset(get_string_id(dep) for dep in ("aux", "nsubj"))
_WHETHER = frozenset(get_string_id(word) for word in ("whether", "if"))
# the children that may end a clause's phrase (``clause_end``)
_ENDING_DEPS = frozenset(get_string_id(dep) for dep in ("conj", "advcl"))


def trimmed_slice(doc: Doc, start: int, end: int) -> Span:
    """``trimmed(doc[start:end])``, with one ``Span`` made instead of two (a ``Span`` makes
    Tokens to find its offsets). Bounds out of order are sliced by spaCy first, as before."""
    if not 0 <= start <= end <= len(doc):
        return trimmed(doc[start:end])
    return Span(doc, *_trimmed_bounds(doc, start, end))


def _trimmed_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of ``doc[start:end]`` without the punctuation and space at either end (by
    the document's arrays, kept with its ``Tree``: no Token made)."""
    parse = tree(doc)
    punct, space = parse.punct, parse.space
    while start < end and (punct[start] or space[start]):
        start += 1
    while end > start and (punct[end - 1] or space[end - 1]):
        end -= 1
    return start, end
