"""Speech or stance: whether an attribution reports words someone said or wrote, or a belief,
feeling, intention or stance the text ascribes to them ("hopes", "backs", "expects"). The
classes of cue words are data (``[modes]`` in ``cues.toml``)."""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, LOWER
from spacy.strings import get_string_id
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
    # the cue's children and the source's head, made once: the tests below ask of them again
    # and again (``Token.children`` and ``Span.root`` make new Tokens at every asking)
    kids = list(cue.children)
    # and the children read once as (dependency, lower-case form), and their dependencies:
    # most tests ask only these
    pairs = [(c.dep_, c.lower_) for c in kids]
    deps = {dep for dep, _ in pairs}
    root = found.source.root if found.source is not None else None
    if (
        _intended(cue, kb)
        or _to_come(lemma, pairs)
        or _lore_speaks(root)
        or _anyones_words(cue, pairs, root)
        or _imagined(cue, kids, pairs, deps)
        or _topic(found, cue, kids, deps)
        or _object_of_stance(found, cue, lemma, kb)
        or _noun_phrase_object(found, cue, lemma, kb)
        or _asked_about(found, cue, lemma, kb)
        or _evidence(lemma, root, kb)
        or _figures_say(lemma, root)
        or _force(cue, lemma, pairs, root, kb)
        or _provisions(lemma, pairs, root, kb)
        or _mute(root, kb)
        or _spoken_of(found, cue, deps)
        or _named_by_relative(found, cue, lemma, kids, kb)
        or _weighed(cue, kb)
        or _asked_to_say(cue)
        or _pictured(cue, kb)
        or _disowned(found, cue, kb)
        or _task(cue, root, kb)
        or _seen(found, cue, lemma, kb)
        or _share(found, root)
    ):
        return "stance"
    return "speech"


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


def _share(found: Draft, root: Token | None) -> bool:
    """A share of those asked as the source ("14 percent said they ...", "a third of voters
    say ...", "Most Republicans, 62 percent, say ...", "majorities in both states say", "an
    average of 9 percent reported ..."): a poll's finding, no one's words. "Two of the
    senators said" names people, and stays speech, and so does a court's majority that wrote
    its opinion. (``root``: the source's head, ``mode_of``.)"""
    if root is None:
        return False
    lower, lemma = root.lower_, root.lemma_.lower()
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


def _topic(found: Draft, cue: Token, kids: list[Token], deps: set[str]) -> bool:
    """A report whose content is what was spoken of ("spoke about the economy", "responded
    to the videos", "referring to the state firms", "talked past each other"): a topic, not
    words said. "called for a recount" says what was asked for, and stays speech, and so do
    quoted words one was warned of ("warned the president of the “danger that ...”").
    (``kids``: the cue's children, ``deps``: their dependencies, ``mode_of``.)"""
    if "prep" not in deps or (found.kind == "partial" and syntax.told_of_quoted(cue)):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ not in _DEMAND_PREPOSITIONS
        and child.i + 1 < len(cue.doc)
        and cue.doc[child.i + 1].idx == found.content[0]
        for child in kids
    )


def _intended(cue: Token, kb: Cues) -> bool:
    """Speech only planned, wanted or refused ("plans to demand", "declined to comment",
    "wants to tell"), or asked of someone ("urged the mayor to announce"): an intention, not
    words said. "vowed to say" stays speech."""
    head = cue.head.lemma_.lower()
    if cue.dep_ != "xcomp" or head not in kb.intention_verbs:
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


def _lore_speaks(root: Token | None) -> bool:
    """A body of knowledge or belief as the speaker ("Environmental ethics says that one cause
    of decay is greed", "Common sense tells you ..."): what is held true, not anyone's words.
    One owned or named by someone ("Keynes's theory", "the theory, set out by Ruiz, ...")
    is that one's, and stays, as does a name ("Theory Group said"). (``root``: the source's
    head.)"""
    if root is None:
        return False
    if root.lemma_.lower() not in _LORE and root.lower_ not in _LORE:  # ("ethics": "ethic")
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


def _anyones_words(cue: Token, kids: list[tuple[str, str]], root: Token | None) -> bool:
    """Words anyone could be made to say or may say, no one's statement: a bare verb of
    speaking under "have", "let" or "make" with an indefinite speaker ("when you have a player
    say “I give up”"), or after "can", "may", "should" with a speaker who is anyone at all
    ("you can just say “Alexa, dim the lights”", "users can say ..."). A named or definite
    speaker ("had his spokesman say", "the minister may say") stays. (``kids``: the cue's
    children as (dependency, lower-case form); ``root``: the source's head.)"""
    if root is None or cue.tag_ != "VB":
        return False
    anyone = root.lower_ in _ANYONE
    indefinite = anyone or (
        root.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in root.children)
    )
    made = cue.dep_ in ("ccomp", "xcomp") and cue.head.lemma_.lower() in _CAUSATIVE
    may = any(dep == "aux" and form in _MAY for dep, form in kids)
    return (made and indefinite) or (may and anyone)


# the auxiliaries of what is still to come
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})


def _to_come(lemma: str, kids: list[tuple[str, str]]) -> bool:
    """A request still to come ("Peru will ask the cartel to raise its quota, the minister
    said", "will urge the board to ..."): a plan, not words said. Words announced for a day
    ("will tell reporters on Monday that ...") say what will be said, and stay speech.
    (``lemma``, ``kids``: the cue's, ``mode_of``; the children as (dependency, form).)"""
    return lemma in _ASKING and any(dep == "aux" and form in _FUTURE for dep, form in kids)


def _weighed(cue: Token, kb: Cues) -> bool:
    """Speech only weighed, a step not yet taken ("is considering asking the court to ...",
    "weighed telling staff that ..."): a plan, not words said."""
    return (
        cue.dep_ in ("xcomp", "ccomp", "pcomp", "dobj")
        and cue.tag_ in ("VBG", "VB")
        and cue.head != cue
        and cue.head.lemma_.lower() in kb.weighing_verbs
    )


# verbs by which someone is asked or pressed to speak: what they are to say is not yet said
_ASKING = frozenset(
    {"ask", "urge", "request", "invite", "press", "pressure", "push", "force", "summon", "call"}
)


def _asked_to_say(cue: Token) -> bool:
    """Speech someone was asked or pressed to give ("They were asked to explain a cascade of
    failures", "was urged to declare ..."): a request of them, not words they said. The
    request itself ("asked the firm to explain") is a record of its own, the asker's."""
    return (
        cue.dep_ == "xcomp"
        and cue.tag_ == "VB"
        and cue.head != cue
        and cue.head.lemma_.lower() in _ASKING
    )


# how a made-up scene hangs below its verb of picturing: "imagine a boss telling you" (the
# cue on the object), "suppose the mayor says no" (the cue a clause of it)
_SCENE_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "advcl", "conj"})


def _pictured(cue: Token, kb: Cues) -> bool:
    """A cue in a scene the writer asks the reader to picture ("imagine a boss telling you
    that ...", "suppose the council says no"): made up, not reported. Only the cue's own
    head or the head of its noun is looked at."""
    word = cue
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


def _disowned(found: Draft, cue: Token, kb: Cues) -> bool:
    """A cue inside what someone denies ("the mayor denied that she told staff ...",
    "aides disputed reports that the minister said ...") or inside a claim the writer calls
    false ("falsely claimed that the governor said ..."): speech the text does not report
    as made. Up to three steps up from the cue are looked at."""
    word = cue
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


def _task(cue: Token, root: Token | None, kb: Cues) -> bool:
    """A task or role described ("her job is asking debtors to pay", "the panel's task is to
    tell ministers ..."): a gerund or an infinitive whose subject is a noun of a task says
    what someone is there to do, not what they said. (``root``: the source's head.)"""
    return root is not None and cue.tag_ in ("VBG", "VB") and root.lemma_.lower() in kb.role_nouns


def _seen(found: Draft, cue: Token, lemma: str, kb: Cues) -> bool:
    """A verb of seeing with a bare clause of what was seen ("observed the plume moving
    south", "saw the crowd leave"): a sight, not a remark. With "that" ("observed that the
    plume was moving") or quoted words it is speech."""
    if found.quote is not None or lemma not in kb.perception_verbs:
        return False
    words = expanded_span(cue.doc, *found.content)
    if words is None:
        return False
    root = words.root
    children = list(root.children)
    return (
        root.head == cue
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


def _imagined(
    cue: Token, children: list[Token], kids: list[tuple[str, str]], deps: set[str]
) -> bool:
    """Speech only imagined, not said: a cue under a modal of possibility ("critics might
    say", "how can anyone claim"), in a condition ("if the council says so"), still to
    come ("critics are going to start asking") or weighed ("awkward for them to say").
    "Would later say" and "would only say", speech that was made, stay speech.
    (``children``: the cue's; ``kids``: them as (dependency, lower-case form); ``deps``:
    their dependencies, ``mode_of``.)"""
    if (
        _still_to_come(cue)
        or _for_someone_to(kids)
        or _asked_whether(cue, children, kids, deps)
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


def _asked_whether(
    cue: Token, children: list[Token], kids: list[tuple[str, str]], deps: set[str]
) -> bool:
    """A cue in a question of whether the speech happens ("Will his coach tell the school he
    was ill?", "Did the mayor say the budget was balanced?"): the auxiliary stands before the
    subject and the sentence ends in a question mark; or a clause of whether it happened
    ("asked whether the mayor had said ..."). No one is reported as saying anything. "Why did
    she say ...?" takes the saying as given, and stays speech. (``children``: the cue's; ``kids``,
    ``deps``: them as ``_imagined`` reads them.)"""
    if cue.dep_ == "ccomp" and any(d == "mark" and form in ("whether", "if") for d, form in kids):
        return True  # "asked whether the mayor had said ...": put as a question
    if not ("nsubj" in deps or "nsubjpass" in deps) or not ("aux" in deps or "auxpass" in deps):
        return False  # (no subject, or no auxiliary to stand before it: no Token made)
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


def _named_by_relative(found: Draft, cue: Token, lemma: str, kids: list[Token], kb: Cues) -> bool:
    """A content that opens with the relative or question word its own cue of naming takes
    as object ("what he calls the “Washington cartel”", "which the report described as a
    leak of ..."): the writer's phrase around a name someone gave, with that someone and
    the cue inside it, not words said. Also under another cue ("railed against what he
    calls ..."). (``lemma``, ``kids``: the cue's, ``mode_of``.)"""
    if (
        cue.dep_ == "relcl"
        and lemma in kb.naming_verbs
        and any(c.dep_ == "oprd" for c in kids)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in kids)
        and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in kids)
    ):
        return True  # "videos he calls “Consumer Advocate TV”": the name given, said of them
    words = expanded_span(cue.doc, *found.content)
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
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return len(objects) == 1 and syntax.time_word(objects[0])
    return token.dep_ in ("npadvmod", "advmod") and syntax.time_word(token)


# the parts of speech of a noun phrase's head
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


def _noun_phrase_object(found: Draft, cue: Token, lemma: str, kb: Cues) -> bool:
    """A report whose content is only the noun phrase the cue verb takes as its object
    ("announced a new budget", "confirmed the deaths", "denied the allegations"): what the
    words were about, not what was said. Quoted words keep it speech, and so do a predicate
    of the object ("urged donors to give", "accused the firm of lying"), a clause of the noun
    ("denied the claim that he resigned"), what is asked for through a preposition ("called
    for a recount") and a verb of naming, whose content holds what the object is called
    ("described the deal as a betrayal")."""
    if found.quote is not None or found.kind == "partial" or lemma in kb.naming_verbs:
        return False
    words = expanded_span(cue.doc, *found.content)
    if words is None:
        return False
    # (a head inside the span: by index, not by Span membership, which builds every token)
    first, last, doc = words.start, words.end, words.doc
    heads, punct = head_indices(doc), attribute_keys(doc, IS_PUNCT)
    # the phrase's root is one of the heads read below, and the words of most contents hang
    # on a verb: a root that is no noun, read first, answers for all of them
    root = words.root
    if (
        root.pos_ not in _NOMINAL
        and not punct[root.i]
        and not (first <= heads[root.i] < last and heads[root.i] != root.i)
        and not (root.head == cue and _when_said(root))
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


def _asked_about(found: Draft, cue: Token, lemma: str, kb: Cues) -> bool:
    """A question clause after a verb that asks nothing ("explained why the plan failed",
    "told reporters what the council had decided"): what the words were about, not what was
    said. "asked why the vote was delayed" is a question put, and speech."""
    if lemma in kb.question_verbs:
        return False
    words = expanded_span(cue.doc, *found.content)
    return words is not None and words.root.head == cue and syntax.indirect_question(words.root)


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


def _object_of_stance(found: Draft, cue: Token, lemma: str, kb: Cues) -> bool:
    """A verb of criticising, praising, discussing or thanking whose content is a noun
    phrase ("slamming the insurers' greed", "discussed his plan"): what the words were about,
    not the words. With a clause ("criticized that the plan ...") or quoted words it is
    speech."""
    if found.quote is not None or lemma not in kb.object_stance_verbs:
        return False
    words = expanded_span(cue.doc, *found.content)
    return words is not None and words.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def _evidence(lemma: str, root: Token | None, kb: Cues) -> bool:
    """What a thing shows ("tests revealed that", "the analysis suggests"): a finding, not
    words said. "The ministry revealed", "doctors found" stay speech. (``lemma``: the cue's;
    ``root``: the source's head.)"""
    return lemma in kb.evidence_verbs and root is not None and _evidence_noun(root, kb)


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


def _figures_say(lemma: str, root: Token | None) -> bool:
    """Figures or estimates that "say" ("New estimates say as many as 3,000 people died",
    "The latest figures say ..."): what a count shows, no one's words. Figures the text gives
    to someone stay the speaker's: a possessor ("the ministry's figures"), "by", "from" or
    "of" a name ("estimates by the UN"), a name or a body's noun before them ("UN estimates",
    "government figures"). (``lemma``: the cue's; ``root``: the source's head.)"""
    if root is None or lemma not in _FIGURES_SAY:
        return False
    if root.pos_ != "NOUN" or not {root.lemma_.lower(), root.lower_} & _FIGURES:
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


def _force(
    cue: Token, lemma: str, kids: list[tuple[str, str]], root: Token | None, kb: Cues
) -> bool:
    """What a thing "threatens" or "promises" ("mounting losses threaten to sink the
    airline", "the dispute threatens to derail the talks"): what may happen, no one's threat.
    Read by the subject's own noun: "the union threatened to strike" stays speech, and so
    "the ministry's move threatens ..." is a stance (the move does not speak). A relative
    "that" or "which" is read by the noun it stands for ("a strain of flu that threatens to
    become a pandemic"); a "that" or "this" of its own is a state of affairs ("That threatened
    to create ..."); a deed's participle is what the deed threatens ("overran the provinces,
    threatening to cut the country in half"). (``lemma``, ``kids``: the cue's; ``root``: the
    source's head.)"""
    if lemma not in kb.figurative_verbs:
        return False
    if _deed_threatens(cue, kids):
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


def _mute(root: Token | None, kb: Cues) -> bool:
    """A report whose subject is an event, a disease or a feeling ("Massive protests called
    for the president to step down", "lawlessness demanded a firm hand", "the spill requested
    food stamps", "voter mistrust arguing that ..."): no one who can speak is named. The
    crowd's own noun ("protesters called for ...", "rally organisers said") stays speech, and
    so does a name the tagger read as a common noun only when it is no entity ("Wells said",
    the man, is a person). A relative "that" or "which" is read by the noun it stands for.
    (``root``: the source's head.)"""
    if root is None:
        return False
    noun = _antecedent(root)
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and not noun.ent_type_):
        return False
    return _noun_among(noun, kb.mute_nouns, ("s", "es"))


def _spoken_of(found: Draft, cue: Token, deps: set[str]) -> bool:
    """A passive participle set beside the one it is said of ("The city, criticised for
    delaying its reforms, opened ...", "Accused of lying, the minister resigned"): the source
    is the one criticised or accused, not who spoke, and no one who spoke is named. With
    its agent ("criticised by the unions for ...") the speaker is named and it stays.
    (``deps``: the dependencies of the cue's children.)"""
    source = found.source
    if source is None or cue.tag_ not in ("VBN", "VBD"):
        return False
    if not deps.isdisjoint(("agent", "nsubj", "nsubjpass")):
        return False
    if cue.dep_ == "acl":  # (the tagger takes some for a past tense: "city, criticised for")
        return source.start <= cue.head.i < source.end
    if cue.tag_ != "VBN":
        return False
    if cue.dep_ == "advcl" and cue.i < source.start:
        return any(c.dep_ in ("nsubj", "nsubjpass") and c in source for c in cue.head.children)
    return False


def _provisions(lemma: str, kids: list[tuple[str, str]], root: Token | None, kb: Cues) -> bool:
    """What a plan, a deal or a law "calls for" ("The plan called for the right flank to
    turn", "the agreement calls for a working group", "a treaty which called for an end to
    the fighting"): what it lays down, no one's words. A body that calls for something ("the
    ministry called for calm"), a resolution or a statement, stays speech. (``lemma``,
    ``kids``: the cue's, as (dependency, lower-case form); ``root``: the source's head.)"""
    if lemma != "call" or root is None or not any(form == "for" for _, form in kids):
        return False
    noun = _antecedent(root)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return _noun_among(noun, kb.plan_nouns, ("s",))


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
