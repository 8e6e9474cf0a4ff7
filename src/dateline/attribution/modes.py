"""Speech or stance: whether an attribution reports words someone said or wrote, or a belief,
feeling, intention or stance the text ascribes to them ("hopes", "backs", "expects"). The
classes of cue words are data (``[modes]`` in ``cues.toml``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.attrs import IS_PUNCT, LOWER
from spacy.strings import StringStore, get_string_id
from spacy.symbols import NOUN, NUM, PRON, PROPN
from spacy.tokens import Span, Token

from dateline.attribution import syntax
from dateline.attribution.context import Draft
from dateline.attribution.cues import Cues
from dateline.text.doctext import attribute_keys, expanded_span, head_indices, sentence_bounds


def mode_of(found: Draft, kb: Cues) -> str:
    """A quotation is speech whatever verb stands near it, and so is "according to" and a
    colon or dash signature ("WALLACE:", “...” ― Jane Roe); a report takes its cue word's class,
    and quoted words after a verb of no class of the lexicon (shot back “...”) are speech."""
    cue = found.cue
    if found.kind == "according_to" and isinstance(cue, Span) and cue[0].lower_ == "in":
        return "stance"  # "In a poll released Monday, 60 percent ...": what people think
    if found.kind in ("direct", "according_to") or not isinstance(cue, Token):
        return "speech"
    lemma = cue.lemma_.lower()
    if found.quote is not None and lemma not in kb.cue_lemmas:
        return "speech"
    if cue.pos_ == "NOUN":
        return "speech" if lemma in kb.speech_nouns else "stance"
    if lemma not in kb.speech_verbs:
        return "stance"  # (every test below can only say "stance" too)
    report = _Report(found, cue, lemma, kb)
    # (the shape by the keys of the cue's and its children's labels: a label's string is made
    # anew at every reading, and only a shape not met before needs them; of the children's
    # labels only those a gate reads, so that shapes recur)
    shape = (
        lemma,
        cue.dep,
        cue.tag,
        _GATED_CHILD_DEPS.intersection(report.kid_deps),
        report.root is not None,
        found.quote is not None,
        found.kind,
    )
    for test in _tests_for(shape, kb, cue.vocab.strings):
        if test(report):
            return "stance"
    return "speech"


class _Report:
    """A draft with a verb of speech as the tests of a stance read it: its cue's children by
    index and their labels' keys, read in the document's ``syntax.Tree`` (the cue loop listed
    them already; ``Token.children`` makes new Tokens at every asking); the source's head and
    its lower-case form and lemma (a form's string is made anew at every reading); and, made
    when a test first asks, the children as Tokens, as (dependency, lower-case form) pairs and
    as a set of dependencies, which most tests ask only, and the content's words and their
    root."""

    __slots__ = (
        "_children",
        "_kids",
        "_words",
        "cue",
        "found",
        "kb",
        "kid_deps",
        "kid_indices",
        "lemma",
        "parse",
        "root",
        "root_lemma",
        "root_lower",
    )

    def __init__(self, found: Draft, cue: Token, lemma: str, kb: Cues) -> None:
        self.found, self.cue, self.lemma, self.kb = found, cue, lemma, kb
        self.parse = parse = syntax.tree(cue.doc)
        self.kid_indices = parse.kids(cue.i)
        self.kid_deps = [parse.deps[c] for c in self.kid_indices]
        self.root = root = found.source.root if found.source is not None else None
        self.root_lower = root.lower_ if root is not None else ""
        self.root_lemma = root.lemma_.lower() if root is not None else ""
        self._children: list[Token] | None = None
        self._kids: tuple[list[tuple[str, str]], frozenset[str]] | None = None
        self._words: tuple[Span | None, Token | None] | None = None

    def children(self) -> list[Token]:
        """The cue's children as Tokens."""
        if self._children is None:
            doc = self.cue.doc
            self._children = [doc[c] for c in self.kid_indices]
        return self._children

    def kids(self) -> list[tuple[str, str]]:
        """The cue's children as (dependency, lower-case form)."""
        return self._pairs()[0]

    def deps(self) -> frozenset[str]:
        """The dependencies of the cue's children."""
        return self._pairs()[1]

    def _pairs(self) -> tuple[list[tuple[str, str]], frozenset[str]]:
        if self._kids is None:
            # (read from the labels' keys: the strings a Token's ``dep_`` and ``lower_`` give)
            strings, deps, lowers = self.cue.vocab.strings, self.parse.deps, self.parse.lowers
            pairs = [(strings[deps[c]], strings[lowers[c]]) for c in self.kid_indices]
            self._kids = (pairs, frozenset(dep for dep, _ in pairs))
        return self._kids

    def words(self) -> Span | None:
        """The content's words (``expanded_span``)."""
        return self._content()[0]

    def words_root(self) -> Token | None:
        """The root of the content's words (``Span.root`` makes it anew at every asking)."""
        return self._content()[1]

    def _content(self) -> tuple[Span | None, Token | None]:
        if self._words is None:
            words = expanded_span(self.cue.doc, *self.found.content)
            self._words = (words, words.root if words is not None else None)
        return self._words


class _Shape(NamedTuple):
    """What a test's gate may read of a draft (``_tests_for``): its cue's lemma, dependency and
    tag, which of ``_GATED_CHILD_DEPS`` the cue's children have, whether a source is named,
    whether the words are quoted, and the draft's kind."""

    lemma: str
    dep: str
    tag: str
    deps: frozenset[str]
    sourced: bool
    quoted: bool
    kind: str


def _tests_for(
    shape: tuple, kb: Cues, strings: StringStore
) -> tuple[Callable[[_Report], bool], ...]:
    """The tests of a stance whose gates let a draft of this shape through, in their order
    (``_STANCE_TESTS``). Kept per shape for the lexicon asked last: shapes recur (162 for the
    959 drafts of 300 wire stories, most a "said" at its sentence's root with a subject and a
    clause), and a test a gate keeps out is not called. (``shape``: as ``_Shape``, with the
    labels' keys in ``strings``.)"""
    if _last_tests[0] is not kb:
        _last_tests[0], _last_tests[1] = kb, {}
    kept = _last_tests[1]
    tests = kept.get(shape)
    if tests is None:
        if len(kept) >= _SHAPES_KEPT:
            kept.clear()
        lemma, dep, tag, deps, *rest = shape
        seen = _Shape(lemma, strings[dep], strings[tag], frozenset(strings[d] for d in deps), *rest)
        tests = kept[shape] = tuple(test for test, gate in _STANCE_TESTS if gate(seen, kb))
    return tests


_last_tests: list = [None, {}]  # (``_tests_for``: the lexicon asked last, its tests by shape)
# the dependencies of the cue's children that the gates read (as ``Token.dep`` holds them)
_GATED_CHILD_DEPS = frozenset(
    get_string_id(dep) for dep in ("aux", "auxpass", "prep", "agent", "nsubj", "nsubjpass")
)
_SHAPES_KEPT = 20_000  # shapes ``_tests_for`` keeps at most


# the heads of a share of those asked: "14 percent said", "a third of voters say"
_SHARES = frozenset(
    {"percent", "%", "percentage", "proportion", "share", "half", "third", "quarter", "fifth"}
)
# "30 pct said"; a bare "PCT said" is a body (a primary care trust), not a share
_AFTER_NUMBER = _SHARES | {"pct"}
# the larger or smaller part of those asked: "majorities in all five states say"
_MAJORITIES = frozenset({"majority", "majorities", "minority", "minorities"})
# a court's or a panel's majority writes its opinion: "the majority wrote that ..."
_OPINIONS = frozenset({"write", "rule", "hold", "opine"})
# a measure of a share: "an average of 9 percent", "a total of 40 percent"
_MEASURES = frozenset({"average", "total", "combined"})


def _share(r: _Report) -> bool:
    """A share of those asked as the source ("14 percent said they ...", "a third of voters
    say ...", "Most Republicans, 62 percent, say ...", "majorities in both states say", "an
    average of 9 percent reported ..."): a poll's finding, no one's words. "Two of the
    senators said" names people, and stays speech, and so does a court's majority that wrote
    its opinion. (Gate: a source named.)"""
    found, root = r.found, r.root
    lower, lemma = r.root_lower, r.root_lemma
    if lemma in _MAJORITIES or lower in _MAJORITIES:
        # "the Republican majority said": a party's or a chamber's majority, a body that speaks
        of_whom = any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
        body = root.tag_ == "NN" and any(c.dep_ in ("amod", "compound") for c in root.children)
        if body and not of_whom:
            return False
        return not isinstance(found.cue, Token) or found.cue.lemma_.lower() not in _OPINIONS
    if lower in _MEASURES:
        # "an average of 9 percent": the share the measure is of
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        root = next((g for g in of.children if g.dep_ == "pobj"), root) if of else root
        lower, lemma = root.lower_, root.lemma_.lower()
    doc = root.doc
    if lower == "cent" and root.i and doc[root.i - 1].lower_ == "per":
        return True
    # "30% said": the parser may head the phrase with the number
    if root.like_num and root.i + 1 < len(doc) and doc[root.i + 1].lower_ in _AFTER_NUMBER:
        return True
    return not _SHARES.isdisjoint((lower, lemma, lower.removesuffix("s"))) and (
        lower != "half" or (root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of")
    )


# prepositions that give what was asked for or argued, not what was spoken of
_DEMAND_PREPOSITIONS = ("for", "against")
_DEMAND_KEYS = frozenset(get_string_id(word) for word in _DEMAND_PREPOSITIONS)  # (LOWER's)


def _topic(r: _Report) -> bool:
    """A report whose content is what was spoken of ("spoke about the economy", "responded
    to the videos", "referring to the state firms", "talked past each other"): a topic, not
    words said. "called for a recount" says what was asked for, and stays speech, and so do
    quoted words one was warned of ("warned the president of the “danger that ...”").
    (Gate: a preposition among the cue's children.)"""
    found, cue = r.found, r.cue
    if found.kind == "partial" and syntax.told_of_quoted(cue):
        return False
    # (the children's labels and forms by key: a Token only for the word after a preposition)
    doc, deps, lowers = cue.doc, r.parse.deps, r.parse.lowers
    return any(
        deps[c] == syntax.PREP_KEY
        and lowers[c] not in _DEMAND_KEYS
        and c + 1 < len(doc)
        and doc[c + 1].idx == found.content[0]
        for c in r.kid_indices
    )


def _intended(r: _Report) -> bool:
    """Speech only planned, wanted or refused ("plans to demand", "declined to comment",
    "wants to tell"), or asked of someone ("urged the mayor to announce"): an intention, not
    words said. "vowed to say" stays speech. (Gate: a cue hung on its verb as "xcomp".)"""
    cue, kb = r.cue, r.kb
    head = cue.head.lemma_.lower()
    if head not in kb.intention_verbs:
        return False
    return head not in kb.speech_verbs or syntax.object_of_control(cue) is not None


# bodies of knowledge or belief, which "say" or "tell us" what is held true, with no one
# saying it: "Environmental ethics says that ...", "Conventional wisdom holds ...", "the
# theory says ...", "history tells us ..."
_LORE = frozenset(
    {
        "ethics", "theory", "wisdom", "logic", "philosophy", "doctrine", "tradition", "legend",
        "lore", "folklore", "mythology", "myth", "physics", "economics", "science", "history",
        "experience", "intuition", "instinct", "sense", "reason", "theology", "orthodoxy",
    }
)  # fmt: skip


def _lore_speaks(r: _Report) -> bool:
    """A body of knowledge or belief as the speaker ("Environmental ethics says that one cause
    of decay is greed", "Common sense tells you ..."): what is held true, not anyone's words.
    One owned or named by someone ("Keynes's theory", "the theory, set out by Ruiz, ...")
    is that one's, and stays, as does a name ("Theory Group said"). (Gate: a source named.)"""
    root = r.root
    if r.root_lemma not in _LORE and r.root_lower not in _LORE:  # ("ethics": "ethic")
        return False
    # ("Economics says ...": a capital at the sentence's start may make it a proper noun)
    noun = root.pos_ == "NOUN" or (root.pos_ == "PROPN" and root.is_sent_start)
    if not noun or root.ent_type_:
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in root.children
    ) and not any(t.lower_ in ("by", "from", "of") for t in root.subtree)


# who says a thing anyone could say: "have a player say “I give up”", "you can say “...”"
_ANYONE = frozenset(
    {"you", "one", "anyone", "anybody", "someone", "somebody", "users", "people", "customers"}
)
# verbs that have someone speak ("to have a player say", "to let the minister claim")
_CAUSATIVE = frozenset({"have", "let", "make"})
_MAY = frozenset({"can", "could", "may", "might", "should", "must"})


def _anyones_words(r: _Report) -> bool:
    """Words anyone could be made to say or may say, no one's statement: a bare verb of
    speaking under "have", "let" or "make" with an indefinite speaker ("when you have a player
    say “I give up”"), or after "can", "may", "should" with a speaker who is anyone at all
    ("you can just say “Alexa, dim the lights”", "users can say ..."). A named or definite
    speaker ("had his spokesman say", "the minister may say") stays. (Gate: a bare verb, "VB",
    with a source named.)"""
    cue, root = r.cue, r.root
    anyone = r.root_lower in _ANYONE
    indefinite = anyone or (
        root.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in root.children)
    )
    made = cue.dep_ in ("ccomp", "xcomp") and cue.head.lemma_.lower() in _CAUSATIVE
    may = any(dep == "aux" and form in _MAY for dep, form in r.kids())
    return (made and indefinite) or (may and anyone)


# the auxiliaries of what is still to come
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})


def _to_come(r: _Report) -> bool:
    """A request still to come ("Peru will ask the cartel to raise its quota, the minister
    said", "will urge the board to ..."): a plan, not words said. Words announced for a day
    ("will tell reporters on Monday that ...") say what will be said, and stay speech.
    (Gate: a verb of asking, ``_ASKING``, with an auxiliary.)"""
    return any(dep == "aux" and form in _FUTURE for dep, form in r.kids())


def _weighed(r: _Report) -> bool:
    """Speech only weighed, a step not yet taken ("is considering asking the court to ...",
    "weighed telling staff that ..."): a plan, not words said. (Gate: a gerund or a bare verb
    hung on its verb as a clause or an object, ``_WEIGHED_DEPS``.)"""
    cue = r.cue
    return cue.head != cue and cue.head.lemma_.lower() in r.kb.weighing_verbs


# how speech weighed hangs below the verb of weighing: "considering asking", "weighed telling"
_WEIGHED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "dobj"})


# verbs by which someone is asked or pressed to speak: what they are to say is not yet said
_ASKING = frozenset(
    {"ask", "urge", "request", "invite", "press", "pressure", "push", "force", "summon", "call"}
)


def _asked_to_say(r: _Report) -> bool:
    """Speech someone was asked or pressed to give ("They were asked to explain a cascade of
    failures", "was urged to declare ..."): a request of them, not words they said. The
    request itself ("asked the firm to explain") is a record of its own, the asker's. (Gate: a
    bare verb, "VB", hung on its verb as "xcomp".)"""
    cue = r.cue
    return cue.head != cue and cue.head.lemma_.lower() in _ASKING


# how a made-up scene hangs below its verb of picturing: "imagine a boss telling you" (the
# cue on the object), "suppose the mayor says no" (the cue a clause of it)
_SCENE_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "advcl", "conj"})


def _pictured(r: _Report) -> bool:
    """A cue in a scene the writer asks the reader to picture ("imagine a boss telling you
    that ...", "suppose the council says no"): made up, not reported. Only the cue's own
    head or the head of its noun is looked at. (Gate: a cue hung as a scene, ``_SCENE_DEPS``.)"""
    word, kb = r.cue, r.kb
    for _ in range(2):
        if word.dep_ not in _SCENE_DEPS or word.head == word:
            return False
        word = word.head
        if (
            word.pos_ == "VERB"
            and word.tag_ != "VBN"  # "were supposed to be safe because BP promised ...": a duty
            and word.lemma_.lower() in kb.imagining_verbs
        ):
            return True
    return False


# how a speech said not to have happened hangs below the denial: "denied that she told"
# (a clause), "disputed reports that the minister said" (a clause of the denied noun)
_DENIED_DEPS = frozenset({"ccomp", "acl", "xcomp", "pcomp", "pobj", "dobj"})


def _disowned(r: _Report) -> bool:
    """A cue inside what someone denies ("the mayor denied that she told staff ...",
    "aides disputed reports that the minister said ...") or inside a claim the writer calls
    false ("falsely claimed that the governor said ..."): speech the text does not report
    as made. Up to three steps up from the cue are looked at. (Gate: a cue hung as what is
    denied, ``_DENIED_DEPS``.)"""
    found, word, kb = r.found, r.cue, r.kb
    for step in range(3):
        if word.dep_ not in _DENIED_DEPS or word.head == word:
            return False
        word = word.head
        if word.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in kb.falsity_adverbs for c in word.children):
            return True
        # a claim disputed right below the denial was made ("disputes White House claims that
        # ..."); the denier's own speech denied ("denied that she told") or speech inside a
        # noun denied ("disputed reports that the minister said") was not reported as made
        if word.lemma_.lower() in kb.denial_verbs and (step > 0 or _own_speech(found, word)):
            return True
    return False


def _own_speech(found: Draft, denial: Token) -> bool:
    """The cue's speaker is the one denying: none named ("denied telling staff"), a pronoun
    ("the mayor denied that she told ..."), or the same words."""
    source = found.source
    if source is None:
        return True
    denier = next((c for c in denial.children if c.dep_ == "nsubj"), None)
    return source.root.tag_ == "PRP" or (
        denier is not None
        and source.text.lower() == denier.doc[denier.left_edge.i : denier.i + 1].text.lower()
    )


def _task(r: _Report) -> bool:
    """A task or role described ("her job is asking debtors to pay", "the panel's task is to
    tell ministers ..."): a gerund or an infinitive whose subject is a noun of a task says
    what someone is there to do, not what they said. (Gate: a gerund or a bare verb with a
    source named.)"""
    return r.root_lemma in r.kb.role_nouns


def _seen(r: _Report) -> bool:
    """A verb of seeing with a bare clause of what was seen ("observed the plume moving
    south", "saw the crowd leave"): a sight, not a remark. With "that" ("observed that the
    plume was moving") or quoted words it is speech. (Gate: a verb of seeing, no quotation.)"""
    root = r.words_root()
    if root is None:
        return False
    children = list(root.children)
    return (
        root.head == r.cue
        and root.tag_ in ("VBG", "VBN", "VB")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in children)
    )


# modal verbs that make speech only possible or imagined ("critics might say", "one could
# argue"); "will" is left out: a speech announced for tonight is reported as such
_IMAGINING_MODALS = frozenset({"could", "might", "may", "would", "should", "can", "'d"})
# "would later say", "would only say that": speech that was made
_TOLD_ADVERBS = frozenset({"later", "only", "afterwards", "subsequently"})
# conjunctions of a condition: "if you ask me", "unless the board says otherwise"
_CONDITIONS = frozenset({"if", "unless"})


def _imagined(r: _Report) -> bool:
    """Speech only imagined, not said: a cue under a modal of possibility ("critics might
    say", "how can anyone claim"), in a condition ("if the council says so"), still to
    come ("critics are going to start asking") or weighed ("awkward for them to say").
    "Would later say" and "would only say", speech that was made, stay speech. (Gate: a cue
    hung as a clause, ``_IMAGINED_DEPS``, or with an auxiliary: each test below asks for one.)"""
    cue, kids, deps = r.cue, r.kids(), r.deps()
    if (
        _still_to_come(cue)
        or _for_someone_to(kids)
        or _asked_whether(r)
        or _made_to_say(cue, kids)
        or ("aux" in deps and _will_tell_you(kids))
    ):
        return True
    for dep, lower in kids if "aux" in deps else ():  # (a modal is an auxiliary)
        if dep == "aux" and lower in _IMAGINING_MODALS:
            if lower in ("would", "'d") and any(
                d == "advmod" and form in _TOLD_ADVERBS for d, form in kids
            ):
                continue
            return True
    return cue.dep_ == "advcl" and any(d == "mark" and form in _CONDITIONS for d, form in kids)


# the clauses ``_imagined`` may find a cue in without an auxiliary: under "be going to" (xcomp),
# asked whether (ccomp), made to say (ccomp, xcomp), in a condition (advcl)
_IMAGINED_DEPS = frozenset({"xcomp", "ccomp", "advcl"})


def _will_tell_you(kids: list[tuple[str, str]]) -> bool:
    """What anyone will tell the reader ("people here will tell you the river floods", "as any
    farmer will tell you, ..."): a saying the writer vouches for as common knowledge, put to a
    generic "you", not words someone said. (``kids``: the cue's children, ``_imagined``.)"""
    return any(d == "aux" and form in ("will", "'ll") for d, form in kids) and any(
        d in ("dative", "dobj") and form == "you" for d, form in kids
    )


def _still_to_come(cue: Token) -> bool:
    """A cue under "be going to", past any verbs of starting between ("are going to start
    asking", "is going to say"): speech expected, not made."""
    verb = cue
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
        if (
            verb.lower_ == "going"
            and verb.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        ):
            return True
    return False


# question words that take the saying as given ("why did he say", "when did she tell"): the
# words were said, and the question is about them
_GIVEN_BY_QUESTION = frozenset({"why", "when", "where", "how", "what", "who", "whom", "which"})


def _asked_whether(r: _Report) -> bool:
    """A cue in a question of whether the speech happens ("Will his coach tell the school he
    was ill?", "Did the mayor say the budget was balanced?"): the auxiliary stands before the
    subject and the sentence ends in a question mark; or a clause of whether it happened
    ("asked whether the mayor had said ..."). No one is reported as saying anything. "Why did
    she say ...?" takes the saying as given, and stays speech."""
    cue, kids, deps = r.cue, r.kids(), r.deps()
    if cue.dep_ == "ccomp" and any(d == "mark" and form in ("whether", "if") for d, form in kids):
        return True  # "asked whether the mayor had said ...": put as a question
    if not ("nsubj" in deps or "nsubjpass" in deps) or not ("aux" in deps or "auxpass" in deps):
        return False  # (no subject, or no auxiliary to stand before it: no Token made)
    children = r.children()
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.left_edge.i for c in children
    ):
        return False
    # (the sentence's bounds from the kept starts: ``Token.sent`` walks the words)
    sentence_start, sentence_end = sentence_bounds(cue)
    if any(t.lower_ in _GIVEN_BY_QUESTION for t in cue.doc[sentence_start : subject.left_edge.i]):
        return False
    end = next(
        (t for t in cue.doc[cue.i : sentence_end] if t.text in ("?", ".", "!") and not t.is_quote),
        None,
    )
    return end is not None and end.text == "?"


def _made_to_say(cue: Token, kids: list[tuple[str, str]]) -> bool:
    """A cue under a causative verb that is itself only an infinitive or a gerund ("it is
    one thing to have a player say ...", "having a minister claim ..."): speech weighed, not
    made. "He had his aide say ..." reports what the aide said, and stays speech. (``kids``:
    the cue's children, ``_imagined``.)"""
    head = cue.head
    if head == cue or cue.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in _CAUSATIVE:
        return False
    # the bare infinitive of one made to speak, with that one as its subject: "have a coach
    # say", not a clause the parser hung on the verb ("... to get it done Cowell has confirmed")
    if cue.tag_ != "VB" or not any(d == "nsubj" for d, _ in kids):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return infinitive or head.tag_ == "VBG"


def _for_someone_to(kids: list[tuple[str, str]]) -> bool:
    """ "awkward for the party to say", "a chance for critics to claim": an infinitive with a
    subject of its own after "for" weighs what someone would say; no one said it. (``kids``:
    the cue's children, ``_imagined``.)"""
    return ("mark", "for") in kids and ("aux", "to") in kids


# the relative words a content named by its own cue opens with, as the LOWER array holds them
_OPENING_RELATIVES = frozenset(get_string_id(word) for word in ("what", "which"))


def _named_by_relative(r: _Report) -> bool:
    """A content that opens with the relative or question word its own cue of naming takes
    as object ("what he calls the “Washington cartel”", "which the report described as a
    leak of ..."): the writer's phrase around a name someone gave, with that someone and
    the cue inside it, not words said. Also under another cue ("railed against what he
    calls ...")."""
    cue, lemma, kb = r.cue, r.lemma, r.kb
    if lemma in kb.naming_verbs and cue.dep_ == "relcl":
        kids = r.children()
        if (
            any(c.dep_ == "oprd" for c in kids)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in kids)
            and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in kids)
        ):
            return True  # "videos he calls “Consumer Advocate TV”": the name given, said of them
    words = r.words()
    if words is None or _OPENING_RELATIVES.isdisjoint(
        attribute_keys(words.doc, LOWER)[words.start : words.end]
    ):
        return False  # (no "what" or "which" among the words, read by index: none opens them)
    first = next((t for t in words if not (t.is_punct or t.is_quote)), None)
    return (
        first is not None
        and first.lower_ in ("what", "which")
        and first.dep_ in ("dobj", "oprd")
        and first.head.i > first.i
        and first.head.lemma_.lower() in kb.naming_verbs
    )


def _when_said(token: Token) -> bool:
    """A phrase that says only when: "in April", "on Monday", "last week", "Tuesday"."""
    dep = token.dep_
    if dep == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return len(objects) == 1 and syntax.time_word(objects[0])
    return dep in ("npadvmod", "advmod") and syntax.time_word(token)


# the parts of speech of a noun phrase's head
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
_NOMINAL_POS = frozenset({NOUN, PROPN, PRON, NUM})  # (as ``Token.pos`` holds them)


def _noun_phrase_object(r: _Report) -> bool:
    """A report whose content is only the noun phrase the cue verb takes as its object
    ("announced a new budget", "confirmed the deaths", "denied the allegations"): what the
    words were about, not what was said. Quoted words keep it speech, and so do a predicate
    of the object ("urged donors to give", "accused the firm of lying"), a clause of the noun
    ("denied the claim that he resigned"), what is asked for through a preposition ("called
    for a recount") and a verb of naming, whose content holds what the object is called
    ("described the deal as a betrayal"). (Gate: no quotation, no partial quotation, no verb
    of naming.)"""
    words, root, cue = r.words(), r.words_root(), r.cue
    if words is None:
        return False
    # (a head inside the span: by index, not by Span membership, which builds every token)
    first, last, doc = words.start, words.end, words.doc
    heads, punct = head_indices(doc), attribute_keys(doc, IS_PUNCT)
    # the phrase's root is one of the heads read below, and the words of most contents hang
    # on a verb: a root that is no noun, read first, answers for all of them
    if (
        root.pos not in _NOMINAL_POS
        and not punct[root.i]
        and not (first <= heads[root.i] < last and heads[root.i] != root.i)
        and not (heads[root.i] == cue.i and _when_said(root))
    ):
        return False
    if _after_colon(words):
        return False
    tops = [
        doc[i]
        for i in range(first, last)
        if not (first <= (h := heads[i]) < last and h != i) and not punct[i]
    ]
    # "announced her campaign in April", "announced a plant on Monday": when it was
    # announced, hung on the cue, is no clause said ("accused the firm of lying", "pledged
    # $5m to the fund" keep their preposition)
    tops = [t for t in tops if not (t.head == cue and _when_said(t))]
    return bool(tops) and all(
        t.pos_ in _NOMINAL
        and t.head.pos_ != "ADP"
        and not any(_clause_of_its_own(c) for c in t.subtree)
        for t in tops
    )


def _asked_about(r: _Report) -> bool:
    """A question clause after a verb that asks nothing ("explained why the plan failed",
    "told reporters what the council had decided"): what the words were about, not what was
    said. "asked why the vote was delayed" is a question put, and speech. (Gate: no verb of
    asking.)"""
    root = r.words_root()
    # (whether the root hangs on the cue, read in the head array: ``Token.head`` makes a Token)
    return (
        root is not None
        and head_indices(root.doc)[root.i] == r.cue.i
        and syntax.indirect_question(root)
    )


def _after_colon(words: Span) -> bool:
    """Words a colon introduces are the words said, noun phrase or not ("tweeted: “Record
    crowds in Leeds tonight"), even when their quotation mark was left open."""
    i = words.start - 1
    while i >= 0 and (words.doc[i].is_quote or words.doc[i].is_space):
        i -= 1
    return i >= 0 and words.doc[i].text == ":"


# what makes a noun's dependant a clause that says something: "the claim that he resigned",
# "its plan to close the mine", "the White House of caring more about its image"
_CLAUSE_DEPS = ("acl", "ccomp", "xcomp", "advcl", "pcomp")
# a participle with a subject, an auxiliary or a "that" of its own is a clause: "the claim
# that he had been offered a bribe"
_CLAUSE_MARKERS = ("mark", "aux", "auxpass", "nsubj", "nsubjpass")


def _clause_of_its_own(token: Token) -> bool:
    """A verb heading a clause, other than a participle that only describes a noun ("new
    cases turning up", "the figures released on Monday")."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ not in _CLAUSE_DEPS:
        return False
    describing = token.dep_ == "acl" and token.tag_ in ("VBG", "VBN")
    return not describing or any(c.dep_ in _CLAUSE_MARKERS for c in token.children)


def _object_of_stance(r: _Report) -> bool:
    """A verb of criticising, praising, discussing or thanking whose content is a noun
    phrase ("slamming the insurers' greed", "discussed his plan"): what the words were about,
    not the words. With a clause ("criticized that the plan ...") or quoted words it is
    speech. (Gate: such a verb, no quotation.)"""
    root = r.words_root()
    return root is not None and root.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def _evidence(r: _Report) -> bool:
    """What a thing shows ("tests revealed that", "the analysis suggests"): a finding, not
    words said. "The ministry revealed", "doctors found" stay speech. (Gate: a verb of
    evidence with a source named.)"""
    return _evidence_noun(r.root, r.kb)


# data and counts that "say" what they show: "New estimates say as many as 3,000 died", "the
# figures say": a measure, not anyone's words, unless the text names whose they are
_FIGURES = frozenset(
    {
        "estimate", "figure", "data", "datum", "statistic", "statistics", "number", "count",
        "tally", "projection", "reading", "finding", "find", "result", "measurement",
    }
)  # fmt: skip
# the verbs by which figures "say" or "tell" (the evidence verbs, "suggest", "show", are
# ``_evidence``'s)
_FIGURES_SAY = frozenset({"say", "tell", "put"})


def _figures_say(r: _Report) -> bool:
    """Figures or estimates that "say" ("New estimates say as many as 3,000 people died",
    "The latest figures say ..."): what a count shows, no one's words. Figures the text gives
    to someone stay the speaker's: a possessor ("the ministry's figures"), "by", "from" or
    "of" a name ("estimates by the UN"), a name or a body's noun before them ("UN estimates",
    "government figures"). (Gate: a verb of ``_FIGURES_SAY`` with a source named.)"""
    root = r.root
    if not {r.root_lemma, r.root_lower} & _FIGURES or root.pos_ != "NOUN":
        return False
    if root.ent_type_:
        return False
    return not any(
        c.dep_ in ("poss", "compound", "nmod")
        or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        # "estimates of the agency" (whose), not "estimates of the death toll" (what of)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ for g in c.subtree))
        for c in root.children
    )


def _force(r: _Report) -> bool:
    """What a thing "threatens" or "promises" ("mounting losses threaten to sink the
    airline", "the dispute threatens to derail the talks"): what may happen, no one's threat.
    Read by the subject's own noun: "the union threatened to strike" stays speech, and so
    "the ministry's move threatens ..." is a stance (the move does not speak). A relative
    "that" or "which" is read by the noun it stands for ("a strain of flu that threatens to
    become a pandemic"); a "that" or "this" of its own is a state of affairs ("That threatened
    to create ..."); a deed's participle is what the deed threatens ("overran the provinces,
    threatening to cut the country in half"). (Gate: a figurative verb.)"""
    root, kb = r.root, r.kb
    if _deed_threatens(r.cue, r.kids()):
        return True
    if root is None:
        return False
    if root.lower_ in ("that", "this") and root.dep_ == "nsubj" and root.head.dep_ != "relcl":
        return True  # "That threatened to ...": what went before, not anyone
    noun = _antecedent(root)
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in kb.forces or (
        lemma == "campaign" and any(c.lower_ in _ARMED for c in noun.children)
    )


# the modifiers of a campaign of arms: "the bombing campaign threatened to ..."
_ARMED = frozenset({"bombing", "air", "military", "ground", "naval", "artillery", "missile"})
# the deeds of armies, floods and markets whose participle "threatening to ..." tells what the
# deed may bring about: "overran the provinces, threatening to cut the country in half"
_DEEDS = frozenset(
    {
        "overrun", "overran", "attack", "advance", "defeat", "capture", "seize", "push", "march",
        "move", "shell", "bomb", "invade", "cross", "surround", "encircle", "rout", "storm",
        "occupy", "sweep", "reach", "land", "spread", "rise", "grow", "climb", "fall", "drop",
        "sink", "plunge", "swell", "gush", "leak", "flow", "drift", "approach", "mass",
        "intensify", "strengthen", "widen", "deepen", "worsen", "escalate", "break", "pour",
    }
)  # fmt: skip


def _deed_threatens(cue: Token, kids: list[tuple[str, str]]) -> bool:
    """A participle "threatening to ..." hung on a deed ("attacked from the west, threatening
    to cut the country in half"), or after "thus" or "thereby": what the deed may bring about.
    Hung on words ("pressured the president, threatening to cut off aid") it stays a threat
    made. (``kids``: the cue's children as (dependency, lower-case form).)"""
    if cue.tag_ != "VBG":
        return False
    if any(form in ("thus", "thereby") for _, form in kids):
        return True
    return cue.dep_ in ("advcl", "conj") and cue.head.lemma_.lower() in _DEEDS


def _antecedent(word: Token) -> Token:
    """The noun a relative "that" or "which" stands for ("a debate that threatened ..."),
    else the word itself."""
    if word.lower_ in ("that", "which") and word.head.dep_ == "relcl":
        return word.head.head
    return word


def _mute(r: _Report) -> bool:
    """A report whose subject is an event, a disease or a feeling ("Massive protests called
    for the president to step down", "lawlessness demanded a firm hand", "the spill requested
    food stamps", "voter mistrust arguing that ..."): no one who can speak is named. The
    crowd's own noun ("protesters called for ...", "rally organisers said") stays speech, and
    so does a name the tagger read as a common noun only when it is no entity ("Wells said",
    the man, is a person). A relative "that" or "which" is read by the noun it stands for.
    (Gate: a source named.)"""
    noun = _antecedent(r.root)
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and not noun.ent_type_):
        return False
    return _noun_among(noun, r.kb.mute_nouns, ("s", "es"))


def _spoken_of(r: _Report) -> bool:
    """A passive participle set beside the one it is said of ("The city, criticised for
    delaying its reforms, opened ...", "Accused of lying, the minister resigned"): the source
    is the one criticised or accused, not who spoke, and no one who spoke is named. With
    its agent ("criticised by the unions for ...") the speaker is named and it stays. (Gate: a
    source named; a participle hung on a noun, "acl", which the tagger may take for a past
    tense ("city, criticised for"), or on a verb, "advcl"; no agent or subject of its own.)"""
    source, cue = r.found.source, r.cue
    if cue.dep_ == "acl":
        return source.start <= cue.head.i < source.end
    if cue.i < source.start:  # ("advcl")
        return any(c.dep_ in ("nsubj", "nsubjpass") and c in source for c in cue.head.children)
    return False


def _provisions(r: _Report) -> bool:
    """What a plan, a deal or a law "calls for" ("The plan called for the right flank to
    turn", "the agreement calls for a working group", "a treaty which called for an end to
    the fighting"): what it lays down, no one's words. A body that calls for something ("the
    ministry called for calm"), a resolution or a statement, stays speech. (Gate: "call" with a
    source named.)"""
    if not any(form == "for" for _, form in r.kids()):
        return False
    noun = _antecedent(r.root)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return _noun_among(noun, r.kb.plan_nouns, ("s",))


def _noun_among(noun: Token, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether a noun is one of ``words`` by its lemma, its form, or its form without one of
    the plural ``endings`` (the tagger's lemma of a name it took for a noun is the form)."""
    lower = noun.lower_
    forms = (noun.lemma_.lower(), lower, *[lower.removesuffix(e) for e in endings])
    return not words.isdisjoint(forms)


def _evidence_noun(word: Token, kb: Cues) -> bool:
    """A noun of a document, record or datum, also when the tagger took it for a name at the
    start of a sentence ("Records obtained by the paper suggested", lemma "Records")."""
    return _noun_among(word, kb.evidence_nouns, ("s", "es"))


# the tests of a stance, in the order ``mode_of`` asks them, each with its gate: what a draft's
# shape (``_Shape``) must be for the test to say stance at all, read once per shape by
# ``_tests_for`` (a test's docstring names its gate, which the test does not ask again)
_STANCE_TESTS: tuple[tuple[Callable[[_Report], bool], Callable[[_Shape, Cues], bool]], ...] = (
    (_intended, lambda s, kb: s.dep == "xcomp"),
    (_to_come, lambda s, kb: s.lemma in _ASKING and "aux" in s.deps),
    (_lore_speaks, lambda s, kb: s.sourced),
    (_anyones_words, lambda s, kb: s.sourced and s.tag == "VB"),
    (_imagined, lambda s, kb: s.dep in _IMAGINED_DEPS or not s.deps.isdisjoint(("aux", "auxpass"))),
    (_topic, lambda s, kb: "prep" in s.deps),
    (_object_of_stance, lambda s, kb: not s.quoted and s.lemma in kb.object_stance_verbs),
    (
        _noun_phrase_object,
        lambda s, kb: not s.quoted and s.kind != "partial" and s.lemma not in kb.naming_verbs,
    ),
    (_asked_about, lambda s, kb: s.lemma not in kb.question_verbs),
    (_evidence, lambda s, kb: s.sourced and s.lemma in kb.evidence_verbs),
    (_figures_say, lambda s, kb: s.sourced and s.lemma in _FIGURES_SAY),
    (_force, lambda s, kb: s.lemma in kb.figurative_verbs),
    (_provisions, lambda s, kb: s.sourced and s.lemma == "call"),
    (_mute, lambda s, kb: s.sourced),
    (
        _spoken_of,
        lambda s, kb: (
            s.sourced
            and s.deps.isdisjoint(("agent", "nsubj", "nsubjpass"))
            and (
                (s.dep == "acl" and s.tag in ("VBN", "VBD"))
                or (s.dep == "advcl" and s.tag == "VBN")
            )
        ),
    ),
    (_named_by_relative, lambda s, kb: True),
    (_weighed, lambda s, kb: s.dep in _WEIGHED_DEPS and s.tag in ("VBG", "VB")),
    (_asked_to_say, lambda s, kb: s.dep == "xcomp" and s.tag == "VB"),
    (_pictured, lambda s, kb: s.dep in _SCENE_DEPS),
    (_disowned, lambda s, kb: s.dep in _DENIED_DEPS),
    (_task, lambda s, kb: s.sourced and s.tag in ("VBG", "VB")),
    (_seen, lambda s, kb: not s.quoted and s.lemma in kb.perception_verbs),
    (_share, lambda s, kb: s.sourced),
)
