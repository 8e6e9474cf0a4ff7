"""Reported speech, beliefs, intentions and stances, found from the parse: a cue verb (or
statement noun) and the clause, infinitive or object it governs ("Ushakov told reporters that
...", "plans to visit ..."), impressions ("seemed to"), attitudes ("is confident that"),
labelled headlines and transcript lines ("Sanders: ..."), and "according to" phrases."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from functools import lru_cache
from itertools import product

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors.knowledge import knowledge
from dateline.attribution import syntax
from dateline.attribution.context import Context, Draft
from dateline.attribution.cues import Cues
from dateline.attribution.modes import mode_of
from dateline.attribution.speakers import dateline_place, from_cue_verb, mention, speaker_of
from dateline.attribution.syntax import CONTENT_DEPS, SUBJECT_DEPS, SUBJECT_KEYS
from dateline.text.doctext import (
    attribute_keys,
    expanded_span,
    indices_in,
    sentence_bounds,
    sentence_starts,
    slice_of,
)
from dateline.text.doctext import sentence as sentence_of
from dateline.text.paragraphs import paragraph_around

_AMOUNTS = ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
# after its complement, these children of a cue verb are no part of what it reports
_CONTENT_STOP_DEPS = ("cc", "conj", "advcl")
# the parts of speech a cue has: a statement noun or a verb
_CUE_POS_KEYS = frozenset(get_string_id(pos) for pos in ("NOUN", "VERB", "AUX"))
_NOUN_KEY = get_string_id("NOUN")
_CONTENT_KEYS = frozenset(get_string_id(dep) for dep in CONTENT_DEPS)
# prepositions of time before what the speaker did around the saying ("before attending")
_THEN = ("before", "after", "while", "upon")
_THEN_KEYS = frozenset(get_string_id(word) for word in _THEN)
# the children of a cue that ``_content_of`` may take as its complement, and those after the
# complement that may end the content (the labels its tests ask for), by key
_COMPLEMENT_KEYS = frozenset(
    get_string_id(dep) for dep in (*CONTENT_DEPS, "dobj", "prep", "advcl", "xcomp")
)
_STOPPING_KEYS = frozenset(
    get_string_id(dep)
    for dep in (
        *("cc", "conj", "advcl", "dobj", "appos", "npadvmod", "prep", "advmod", "nmod"),
        *("dep", "ccomp"),
    )
)
# prepositions of place and time: "revealed at a hearing", "praised in a speech" say where
# or when, not what was revealed or praised
_SETTING = ("at", "in", "during", "before", "after", "since", "until", "from", "inside", "near")


def reported(ctx: Context) -> list[Draft]:
    found = []
    kb = ctx.kb
    # a word is a cue only with a lemma of the lexicon: the words that have one found on the
    # document's arrays (each lemma's key judged once a run), then by their part of speech
    # (no other word is a cue); a Token is made only for the words that pass
    tags, quoted = attribute_keys(ctx.doc, POS), ctx.quote_tokens
    lemmas = attribute_keys(ctx.doc, LEMMA)  # (a cue's lemma read by its key: ``_lower_lemma``)
    parse = syntax.tree(ctx.doc)
    deps = parse.deps
    for i in ctx.reported_candidates():
        if tags[i] not in _CUE_POS_KEYS or i in quoted:
            continue
        token = ctx.doc[i]
        lemma = _lower_lemma(ctx.doc, lemmas[i])
        is_noun = tags[i] == _NOUN_KEY  # (else a verb: the part of speech by key)
        if is_noun and (lemma in kb.statement_nouns or lemma in kb.prepositional_nouns):
            noun = _from_noun(ctx, token) if lemma in kb.statement_nouns else None
            if noun is None and lemma in kb.prepositional_nouns:
                noun = _stance_noun(ctx, token)  # "his attacks on the mayor"
            if noun is not None:
                found.append(noun)
            continue
        if is_noun:
            continue
        if lemma == "be":
            attitude = _attitude(ctx, token)
            if attitude is not None:
                found.append(attitude)
            continue
        if lemma in kb.passive_evidential_verbs and ctx.passive(token):
            # "the bank is expected to raise rates": expected by no one named
            expected = _evidential(ctx, token, frozenset({"xcomp"}))
            if expected is not None:
                expected.passing = True
                found.append(expected)
                continue
            # "it is believed that ...": a clause, reported as before
        if lemma in kb.evidential_verbs:
            evidential = _evidential(ctx, token)
            if evidential is not None:
                found.append(evidential)
            continue
        prepositional = lemma in kb.prepositional_verbs
        naming = lemma in kb.naming_verbs
        if (lemma in kb.quote_only_verbs and not prepositional and not naming) or not (
            lemma in kb.verbs
            or lemma in kb.intention_verbs
            or lemma in kb.stance_verbs
            or prepositional
            or naming
        ):
            continue  # (tested first: the tests of the parse below cost more)
        if syntax.negated(token, ctx.quote_tokens) or (
            ctx.passive(token) and not any(deps[c] in _CONTENT_KEYS for c in parse.kids(i))
        ):
            # "was admitted to a hospital", "is expected to win": the subject is no one
            # speaking; a passive reports only a clause ("it was announced that ...")
            continue
        # a quote-only verb reports only through its preposition ("called for a recount")
        pieces = _content_of(ctx, token, only_preposition=lemma in kb.quote_only_verbs)
        one_name = _one_name(ctx, token, pieces)
        if (
            (sum(len(p) for p in pieces) >= 2 or one_name)
            and not _anonymity(pieces, kb)
            and not _reported_by_its_noun(ctx, token, pieces)
            and not _reflexive(token, pieces)
        ):
            report = from_cue_verb(
                ctx, token, "indirect", (pieces[0].start_char, pieces[-1].end_char)
            )
            if len(pieces) > 1:
                report.parts = [(p.start_char, p.end_char) for p in pieces]
            # "endorsed Cruz", "voted for him": a stance of someone named on one named, never
            # words said ("reluctant to support Trump", with no one taking it, says too little)
            if one_name and (report.source is None or mode_of(report, kb) != "stance"):
                continue
            # "went on to explain", "voters saying": mentioned in passing, as before they had
            # a speaker (they had none), they take no part in who the pronouns around are
            report.passing = one_name or (
                report.source is not None and syntax.borrowed_speaker(token)
            )
            found.append(report)
    # (the colons, the "in"s and the words that open a source phrase found once for the
    # document: each test below finds nothing in a sentence without its word)
    colons = ctx.words_in(ORTH, _COLON)
    # (a poll's "in" names a word whose lemma is a poll's: a document with none has no
    # poll's finding, and its "in"s are not sought)
    polled = bool(indices_in(ctx.doc, LEMMA, _POLL_LEMMAS))
    ins = indices_in(ctx.doc, LOWER, _IN) if polled else []
    # (a phrase's first word begins one only where the words after it are the phrase's: most
    # "in"s and "as"s begin none, and their sentences need no ``according_to``)
    phrase_starts = _phrase_starts(ctx.doc, kb.source_phrases)
    for first, end in _sentences_holding(ctx.doc, (colons, ins, phrase_starts)):
        # (most documents hold none of some words: no search for those)
        labelled_line = _any_within(colons, first, first + 9) if colons else False
        in_phrase = _any_within(ins, first, end) if ins else False
        source_phrase = _any_within(phrase_starts, first, end) if phrase_starts else False
        if not (labelled_line or in_phrase or source_phrase):
            continue  # (a sentence with none of the words: no Span made)
        sentence = slice_of(ctx.doc, first, end)
        if labelled_line:
            labelled = _labelled(ctx, sentence)
            if labelled is not None:
                found.append(labelled)
        # a poll's finding, the poll opening the sentence or ending it (after "in" either way)
        if in_phrase:
            finding = _in_a_poll(ctx, sentence) if sentence[0].lower_ == "in" else None
            if (finding := finding or _poll_after(ctx, sentence)) is not None:
                found.append(finding)
        if not source_phrase:
            continue
        for cue, source in according_to(sentence, ctx.kb, ctx.quote_tokens):
            # the content is the rest of the sentence, on either side of the phrase:
            # "According to X, <content>.", "<content>, according to X.", "<A>, according
            # to X, <B>."
            before = _without_writers_opener(
                syntax.trimmed_slice(ctx.doc, sentence.start, cue.start)
            )
            after = syntax.trimmed_slice(ctx.doc, source.end, sentence.end)
            if _announces_list(before, ctx.doc[source.end : sentence.end]):
                before = before[:0]  # "Following are the points, according to X: <content>"
            before = _after_lead_in(ctx, before, cue, after)
            if len(before) >= 2:
                # the words after the source go on with the report only past where and how
                # the source told it ("..., according to X in a statement, it did")
                if _goes_on_reporting(after):
                    after = _past_setting(after, cue, source)
                if not _goes_on_reporting(after):
                    after = after[:0]
            pieces = [piece for piece in (before, after) if len(piece) >= 2]
            if not pieces:
                continue
            inner = _inner_report(ctx, pieces, found)
            if inner is not None:
                # "X, a spokesman has said, according to Reuters", "Obama, according to an
                # official, said X": the inner speaker's report, relayed, not a report of
                # the words and their speaker
                if (relay := speaker_of(ctx, source)) is not None:
                    inner.via.append(relay)
                continue
            report = Draft(
                "according_to",
                (pieces[0].start_char, pieces[-1].end_char),
                cue=cue,
                source=source,
                speaker=speaker_of(ctx, source),
            )
            if len(pieces) > 1:
                report.parts = [(p.start_char, p.end_char) for p in pieces]
            found.append(report)
    return found


def _sentences_holding(doc: Doc, words: tuple[list[int], ...]) -> list[tuple[int, int]]:
    """The bounds of the sentences that hold one of ``words`` (lists of word indices), in
    order: the sentences the tests after the cue verbs look into. Most documents hold none of
    the words, and most sentences of the others none: each word's sentence is found from the
    kept sentence starts (by bisection), and no other sentence is listed."""
    hits = sorted({i for found in words for i in found})
    if not hits:
        return []
    starts = sentence_starts(doc)
    if starts is None:  # (sentence hooks: spaCy's own sentences)
        return [
            (sentence.start, sentence.end)
            for sentence in doc.sents
            if _any_within(hits, sentence.start, sentence.end)
        ]
    bounds: list[tuple[int, int]] = []
    for i in hits:
        if bounds and i < bounds[-1][1]:
            continue  # (a word of the sentence listed last)
        k = bisect_right(starts, i)
        bounds.append((starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc)))
    return bounds


def _lower_lemma(doc: Doc, key: int) -> str:
    """``token.lemma_.lower()`` for a word whose LEMMA key is ``key``, kept from document to
    document: the cues' lemmas are the lexicon's few, and a string read from the vocabulary
    costs more than a look-up (a long run meeting ever more keys drops what it kept)."""
    lemma = _lower_lemmas.get(key)
    if lemma is None:
        if len(_lower_lemmas) > _LEMMAS_KEPT:
            _lower_lemmas.clear()
        lemma = _lower_lemmas[key] = doc.vocab.strings[key].lower()
    return lemma


_lower_lemmas: dict[int, str] = {}  # (``_lower_lemma``: lower-case lemmas by their key)
_LEMMAS_KEPT = 10_000


def _any_within(indices: list[int], start: int, end: int) -> bool:
    """Whether one of ``indices`` (in order) is in ``[start, end)``."""
    at = bisect_left(indices, start)
    return at < len(indices) and indices[at] < end


# what a sentence opening "In a poll ..., <finding>" reports from
_POLLS = frozenset({"poll", "survey"})
# every lemma whose lower-case form is one of ``_POLLS`` (no letter but an ASCII one lowers
# to one of theirs): the LEMMA array's words a poll's tests can take
_POLL_LEMMAS = frozenset(
    "".join(variant) for word in _POLLS for variant in product(*((c, c.upper()) for c in word))
)


def _in_a_poll(ctx: Context, sentence: Span) -> Draft | None:
    """A poll's finding given after the poll that opens the sentence ("In a Gallup poll
    released Thursday, 60 percent of voters backed the mayor"): the rest of the sentence,
    reported by the poll as "according to" reports it."""
    first = sentence[0]
    poll = next((c for c in first.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in _POLLS or ctx.inside_quote(first):
        return None
    comma = first.right_edge.i + 1
    if comma >= sentence.end - 3 or ctx.doc[comma].text != ",":
        return None
    content = syntax.trimmed_slice(ctx.doc, comma + 1, sentence.end)
    if len(content) < 3 or ctx.inside_quote(content[0]):
        return None
    root = sentence.root
    if root.lemma_.lower() in ctx.kb.verbs and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in root.children
    ):
        return None  # "In a poll of 800 voters, Gallup found that ...": Gallup's report
    return _poll_report(ctx, content, first, syntax.trimmed_slice(ctx.doc, first.i + 1, comma))


_IN = frozenset({"in"})


def _poll_after(ctx: Context, sentence: Span) -> Draft | None:
    """A poll's finding given before the poll that ends the sentence ("Hale had 38 percent
    support in a Gallup poll released Thursday"): the clause before "in", reported by the poll
    as after a poll that opens the sentence. A clause whose verb is a cue ("60 percent said X
    in a poll") is that verb's report."""
    # (the "in"s of a poll found first, by index: most sentences with an "in" name no poll,
    # and need no root)
    doc = ctx.doc
    deps = attribute_keys(doc, DEP)
    polls = [
        c
        for c in map(doc.__getitem__, indices_in(doc, LOWER, _IN, sentence.start, sentence.end))
        if deps[c.i] == syntax.PREP_KEY
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _POLLS for g in c.children)
    ]
    if not polls:
        return None
    root = sentence.root
    if root.lemma_.lower() in ctx.kb.cue_lemmas or root.pos_ not in ("VERB", "AUX"):
        return None
    # on the verb or on its object ("had 38 percent support in a poll")
    preposition = next(
        (c for c in polls if c.i > root.i and (c.head == root or c.head.head == root)), None
    )
    if preposition is None or ctx.inside_quote(preposition):
        return None
    # the poll ends the sentence: nothing but punctuation after its phrase
    if any(not t.is_punct for t in ctx.doc[preposition.right_edge.i + 1 : sentence.end]):
        return None
    content = syntax.trimmed_slice(ctx.doc, sentence.start, preposition.i)
    if len(content) < 3 or any(ctx.inside_quote(t) for t in (content[0], content[-1])):
        return None
    source = syntax.trimmed_slice(ctx.doc, preposition.i + 1, preposition.right_edge.i + 1)
    return _poll_report(ctx, content, preposition, source, passing=True)


def _poll_report(
    ctx: Context, content: Span, preposition: Token, source: Span, passing: bool = False
) -> Draft:
    """A poll's finding reported by the poll, the preposition that names it its cue ("In a
    poll of ..., <content>", "<content> in a Gallup poll")."""
    return Draft(
        "according_to",
        (content.start_char, content.end_char),
        cue=ctx.doc[preposition.i : preposition.i + 1],
        source=source,
        speaker=speaker_of(ctx, source),
        passing=passing,
    )


_REFLEXIVES = frozenset(
    {"himself", "herself", "itself", "themselves", "myself", "yourself", "ourselves", "oneself"}
)
_REFLEXIVE_KEYS = frozenset(get_string_id(word) for word in _REFLEXIVES)


# what may follow such an object: where or when it was done ("repeating herself at the forum")
_SCENE_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "before", "after", "throughout", "over", "again"}
)


# a one-word content that is someone: "endorsed Cruz", "backed him", "voted for Clinton"
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})


def _one_name(ctx: Context, verb: Token, pieces: list[Span]) -> bool:
    """A content of one word that names whom the cue takes a stance on: the object of the
    verb or of its preposition, a name ("endorsed Cruz", "voted for Clinton") or a personal
    pronoun ("publicly endorsed him"). Other one-word contents ("said so", "denied it") say
    too little to show."""
    if len(pieces) != 1 or len(pieces[0]) != 1:
        return False
    word = pieces[0][0]
    if ctx.inside_quote(word) or word.dep_ not in ("dobj", "pobj"):
        return False
    if word.dep_ == "pobj" and word.head.head != verb:
        return False
    if word.dep_ == "dobj" and word.head != verb:
        return False
    return (word.pos_ == "PROPN" and word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "")) or (
        word.lower_ in _PERSONAL_OBJECTS
    )


def _reflexive(verb: Token, pieces: list[Span]) -> bool:
    """A cue whose object is the speaker and nothing more ("repeating herself at the forum",
    "explained himself again"): the words after it are where or when, no content said. What
    the speaker called or cast themselves ("describes himself as a moderate", "distanced
    herself from the plan") stays."""
    # (the first word's form by key: a Token only for a reflexive pronoun)
    if attribute_keys(verb.doc, LOWER)[pieces[0].start] not in _REFLEXIVE_KEYS:
        return False
    first = pieces[0][0]
    if first.head.i != verb.i or first.dep_ != "dobj":
        return False
    rest = [t for t in pieces[-1] if t.i > first.i]
    return not rest or rest[0].lower_ in _SCENE_PREPOSITIONS or rest[0].is_punct


def _reported_by_its_noun(ctx: Context, verb: Token, pieces: list[Span]) -> bool:
    """ "repeated his assertion that the city was safe", "issued a warning that ...": the
    verb's object is a statement noun with its own clause, which reports what was said (and
    by whom); the verb's own content would open with the noun. A noun of plans or beliefs
    ("announced plans to ...") is no statement of its own: the verb reports it. A verb that
    disowns the claim ("denied the claim that ...") still reports its denial."""
    lemma = verb.lemma_.lower()
    if len(pieces) != 1 or lemma not in ctx.kb.verbs or lemma in ctx.kb.disowning_verbs:
        return False
    # (by the labels' keys: a Token only for an object)
    doc, parse = ctx.doc, syntax.tree(ctx.doc)
    deps = parse.deps
    noun = next(
        (
            c
            for c in (doc[i] for i in parse.kids(verb.i) if deps[i] == _DOBJ)
            if c.pos_ == "NOUN" and c.lemma_.lower() in ctx.kb.speech_nouns
        ),
        None,
    )
    return (
        noun is not None
        and pieces[0].start <= noun.i < pieces[0].end
        and pieces[0].start >= noun.left_edge.i
        and _from_noun(ctx, noun) is not None
    )


def _relayed_by(piece: Span, kb: Cues) -> bool:
    """The piece opens with "according to X" (or another source phrase)."""
    return any(cue.start == piece.start for cue, _ in according_to(piece, kb))


def _inner_report(ctx: Context, pieces: list[Span], found: list[Draft]) -> Draft | None:
    """A report of speech whose cue stands right beside "according to X" and whose speaker is
    among the words the phrase takes ("..., a spokesman has said, according to Reuters";
    "Obama, according to an official, said ..."): the words are that speaker's, not the
    relay's. A report deeper inside ("most voters say ..., according to a poll") is part of
    what the relay reports."""
    start, end = pieces[0].start, pieces[-1].end
    beside = {p.end - 1 for p in pieces} | {p.start for p in pieces}
    for f in found:
        cue, source = f.cue, f.source
        if (
            isinstance(cue, Token)
            and cue.i in beside
            and cue.lemma_.lower() in ctx.kb.speech_verbs
            and source is not None
            and start <= source.start
            and source.end <= end
        ):
            return f
    return None


# the writer's words that announce what follows a colon: "Following are ...", "Here is ..."
_ANNOUNCING = frozenset({"following", "here", "below"})


def _after_lead_in(ctx: Context, before: Span, cue: Span, after: Span) -> Span:
    """The words before "according to X" without the writer's lead-in that a colon ends:
    "The figures explain why: <content>, according to X", "Some numbers give context:
    according to X, <content>". What the source reported is the clause after the colon; a
    colon right before the phrase leaves nothing before it when words follow the phrase."""
    doc = ctx.doc
    if len(before) == 0:
        return before
    if cue.start > 0 and doc[cue.start - 1].text == ":" and len(after) >= 2:
        return before[:0]
    colons = [
        t for t in before if t.text == ":" and t.i + 1 < before.end and not ctx.inside_quote(t)
    ]
    if not colons:
        return before
    rest = doc[colons[-1].i + 1 : before.end]
    opener = rest[0]
    if (
        len(rest) >= 4
        and (opener.is_title or opener.is_upper or opener.like_num)
        and any(t.pos_ in ("VERB", "AUX") for t in rest)
    ):
        return rest
    return before


def _announces_list(before: Span, rest: Span) -> bool:
    """The words before "according to X" only announce what comes after its colon
    ("Following are the main points of the plan, according to the ministry: ..."): the
    writer's heading, no part of what the source reported."""
    return (
        len(before) > 1
        and before[0].lower_ in _ANNOUNCING
        and before[1].lemma_.lower() == "be"
        and len(rest) > 0
        and rest[0].text == ":"
    )


def _goes_on_reporting(after: Span) -> bool:
    """The words after "according to X" in "<A>, according to X, <B>" go on with what X
    reported, unless they open a clause of the writer's own ("..., but hopes are fading",
    "..., while ...") or are only the source's acronym in brackets ("-LRB- IOM -RRB-",
    "(IOM)")."""
    words = [t for t in after if not t.is_punct and not syntax.TOKENIZED_BRACKET.fullmatch(t.text)]
    if not words or (len(words) <= 2 and all(t.is_upper or t.pos_ == "PROPN" for t in words)):
        return False
    return after[0].dep_ not in ("cc", "mark") and after[0].lower_ not in _OWN_CLAUSE_OPENERS


def _occasion_clause(piece: Span) -> bool:
    """The words before a cue in parentheses that are a participle's clause, with no subject
    of its own, hung on the verb of what was said ("Asked what she wanted, Ruiz said, “We
    have to win.”"; "Speaking at the pier, ..."): when or why the speaker spoke, not what
    was said. Not a clause the parser hung on a verb with no other subject ("Building the
    boat, Ruiz said, taught her patience": the clause is its subject), an imperative ("Look
    out, Ruiz thought, here comes the tide") or a clause followed by more words ("Emerging
    from the talks, the mayor “looked tired,” Ruiz said")."""
    first = piece[0]
    return (
        first.dep == _ADVCL
        and first.tag_ in _PARTICIPLE_TAGS
        and first.left_edge.i == piece.start
        and first.right_edge.i >= piece.end - 1
        and not any(c.dep_ in SUBJECT_DEPS for c in first.children)
        and syntax.subject(first.head) is not None  # (a quoted one too: “We have to win.”)
    )


def _anonymity(pieces: list[Span], kb: Cues) -> bool:
    """A source's wish not to be named ("asked not to be identified", "requested anonymity"):
    the content is the noun or a passive infinitive of naming with no subject of its own, which
    tells how the writer cites the source, not what was said ("said he had been named ..." is
    said)."""
    root = pieces[0].root
    lemma = root.lemma_.lower()
    return (root.pos_ == "NOUN" and lemma in kb.anonymity_nouns) or (
        lemma in kb.anonymity_verbs
        and syntax.passive(root)
        and any(c.tag_ == "TO" for c in root.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in root.children)
    )


def _past_setting(after: Span, cue: Span, source: Span) -> Span:
    """The words after "according to X" past those about X ("..., according to Tomas Reyes,
    a medic, who visited on Monday") or about where and how X told it ("..., according to a
    nurse in the nearby town of Arles, who called it ...", "which, according to the company
    in a statement at dawn, it did"): the words that hang from a word of the source phrase or
    of "according to" itself, and the marks between them, are no part of what X reported."""
    doc = after.doc
    at = after.start
    while at < after.end and (
        doc[at].is_punct
        or any(
            source.start <= t.i < source.end or cue.start <= t.i < cue.end
            for t in doc[at].ancestors
        )
    ):
        at += 1
    return doc[at : after.end]


# words opening a clause after "according to X" that is the writer's, not X's
_OWN_CLAUSE_OPENERS = ("but", "and", "while", "whereas", "although", "though", "yet", "as")


def according_to(sentence: Span, kb: Cues, quoted: Container[int] = ()) -> list[tuple[Span, Span]]:
    """("according to" span, source phrase) pairs in a sentence, outside quotations; a date,
    an amount or a rate is no source ("per year", "per share")."""
    found = []
    # by index (the LOWER array's keys): a Token and a window only for a phrase's start
    # followed by the phrase's other words
    doc = sentence.doc
    lowers = attribute_keys(doc, LOWER)
    starts = indices_in(doc, LOWER, kb.source_phrase_starts, sentence.start, sentence.end)
    for i in starts:
        if i in quoted:
            continue
        for phrase, length in _phrase_words_at(lowers, i, kb.source_phrases):
            window = slice_of(doc, i, i + length)
            if len(window) == length and window.text.lower() == phrase:
                determined = phrase in kb.determined_source_phrases
                objects = [
                    c
                    for c in window[-1].children
                    if c.dep_ == "pobj"
                    and not syntax.when(c)
                    and c.ent_type_ not in _AMOUNTS
                    and (not determined or c.pos_ == "PROPN" or syntax.determined(c))
                    and not _manner(c, kb)
                    and not _going_by(window, c, kb)
                    and not _sorted_by(window, c, kb)
                ]
                if objects:
                    found.append((window, syntax.source_phrase(objects[0])))
    return found


def _phrase_words_at(lowers: list[int], i: int, phrases: tuple[str, ...]) -> list[tuple[str, int]]:
    """The source phrases (with their lengths in words) whose words' keys are the LOWER keys
    from word ``i`` on, in the lexicon's order: the words a phrase's text can match (a word
    holds no space, and its lower-case form is its text's), found with no Token made."""
    return [
        (phrase, len(keys))
        for phrase, keys in _phrases_by_first_word(phrases).get(lowers[i], ())
        if tuple(lowers[i : i + len(keys)]) == keys
    ]


def _phrase_starts(doc: Doc, phrases: tuple[str, ...]) -> list[int]:
    """The words that begin one of ``phrases`` (their LOWER keys the phrase's words'), in
    order, with no Token made. Each phrase is sought from its longest word, which is rarer
    than its first ("in", "as"): only where that word stands are the words around it read."""
    lowers = attribute_keys(doc, LOWER)
    words, by_word = _phrases_by_longest_word(phrases)
    starts = set()
    for at in indices_in(doc, LOWER, words):
        for keys, offset in by_word[lowers[at]]:
            start = at - offset
            if start >= 0 and tuple(lowers[start : start + len(keys)]) == keys:
                starts.add(start)
    return sorted(starts)


@lru_cache(maxsize=4)
def _phrases_by_longest_word(
    phrases: tuple[str, ...],
) -> tuple[frozenset[str], dict[int, list[tuple[tuple[int, ...], int]]]]:
    """Each phrase's longest word (the first of the longest), and by that word's key the
    phrases' words' keys with the word's place in them (split once, not for each document)."""
    words: set[str] = set()
    by_word: dict[int, list[tuple[tuple[int, ...], int]]] = {}
    for phrase in phrases:
        split = phrase.split()
        offset = max(range(len(split)), key=lambda k: len(split[k]))
        words.add(split[offset])
        keys = tuple(get_string_id(word) for word in split)
        by_word.setdefault(keys[offset], []).append((keys, offset))
    return frozenset(words), by_word


_PhraseKeys = list[tuple[str, tuple[int, ...]]]  # (phrases with their words' keys)


@lru_cache(maxsize=4)
def _phrases_by_first_word(phrases: tuple[str, ...]) -> dict[int, _PhraseKeys]:
    """The source phrases by their first word's key, each with its words' keys, in the
    lexicon's order (split once, not at each phrase start met)."""
    grouped: dict[int, _PhraseKeys] = {}
    for phrase in phrases:
        keys = tuple(get_string_id(word) for word in phrase.split())
        grouped.setdefault(keys[0], []).append((phrase, keys))
    return grouped


def _manner(noun: Token, kb: Cues) -> bool:
    """A bare noun of how things are done ("according to accepted industry practice",
    "according to plan"): no one who said anything."""
    return (
        noun.lemma_.lower() in kb.manner_nouns
        and noun.tag_ == "NN"
        and not syntax.determined(noun)
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)
    )


# marks that set a phrase off from the clause before it
_SETTING_OFF = frozenset({",", ";", ":", "(", "[", "-", "--", "—", "–", ".", "!", "?"})


def _set_off(phrase: Span) -> bool:
    """Whether a phrase opens its sentence or follows a mark that sets it off from the clause
    before it (a closing quotation mark does not)."""
    if phrase.start == phrase.sent.start:
        return True
    return phrase.doc[phrase.start - 1].text in _SETTING_OFF


def _going_by(phrase: Span, noun: Token, kb: Cues) -> bool:
    """ "according to" a rule or a measure, inside the clause with no comma before it ("did
    not proceed according to the standards of due process", "were moved to the camp
    according to the Law of Political Responsibilities"): how it was done, not who said it.
    Set off by a comma, or opening the sentence ("According to the law, ...", "..., according
    to the rules committee") it may name a source, and stays."""
    return (
        not _set_off(phrase)
        and phrase[0].lower_ == "according"
        and (noun.lemma_.lower() in kb.norm_nouns or noun.ent_type_ == "LAW")
    )


def _sorted_by(phrase: Span, noun: Token, kb: Cues) -> bool:
    """ "according to" hung on a verb of sorting or sharing out, inside its clause ("are
    classified according to two proteins on their surface", "value according to our
    ability to use it"): the measure things go by, not who said so. Set off by a comma
    ("will be split between agencies, according to officials") it names a source unless
    its noun is a rule or a measure ("..., according to need"); a statement, a document, a
    finding or someone after it speaks either way."""
    head = phrase[0].head
    if not (
        phrase[0].lower_ == "according"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in kb.sorting_verbs
        and not _speaking_noun(noun, kb)
    ):
        return False
    return not _set_off(phrase) or noun.lemma_.lower() in kb.norm_nouns | kb.manner_nouns


def _speaking_noun(noun: Token, kb: Cues) -> bool:
    """A noun that may say something: a statement, a document, a finding, a name, a pronoun
    or a word for people or a body ("a statement", "the survey", "officials", "the ministry")."""
    lemma = noun.lemma_.lower()
    people = knowledge()
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.ent_type_ in (*_SPEAKING_ENTITIES, "GPE")
        or lemma in kb.statement_nouns
        or lemma in kb.document_nouns
        or lemma in kb.evidence_nouns
        or lemma in kb.speech_nouns
        or lemma in people.role_group
        or lemma in people.group_nouns
        or lemma in people.org_heads
    )


def _said_clause(child: Token, verb: Token, kb: Cues) -> bool:
    """Whether ``child`` is a clause the cue ``verb`` reports (a question only after a verb of
    asking)."""
    if child.dep_ not in CONTENT_DEPS:
        return False
    parse = syntax.tree(child.doc)
    deps = parse.deps
    if not any(deps[c] == _MARK for c in parse.kids(child.i)):
        return True  # (each test below asks for a mark of the clause)
    return (
        (verb.lemma_.lower() in kb.question_verbs or not syntax.question(child))
        and not _when_clause(child)
        and not _now_that_clause(child)
    )


def _now_that_clause(clause: Token) -> bool:
    """A clause opened by "now that" ("recommended airline stocks today now that it is clear
    that fuel has peaked"): why the thing was said or done, not what was said. The parser
    hangs the "now" on the cue and the clause beside it."""
    parse = syntax.tree(clause.doc)
    deps, lowers = parse.deps, parse.lowers
    mark = next((c for c in parse.kids(clause.i) if deps[c] == _MARK and c < clause.i), None)
    if mark is None or lowers[mark] != _THAT or mark == 0:
        return False
    return lowers[mark - 1] == _NOW and mark - 1 == clause.left_edge.i - 1


# the conjunctions that open a clause of when ("before the leak came to light")
_WHEN_MARKS = frozenset({"before", "after", "since", "until", "till", "once"})
_WHEN_MARK_KEYS = frozenset(get_string_id(word) for word in _WHEN_MARKS)
# the keys of the labels and words the tests by index compare
_MARK, _THAT, _NOW = (get_string_id(word) for word in ("mark", "that", "now"))
_ACOMP, _DOBJ, _ADVCL = get_string_id("acomp"), get_string_id("dobj"), get_string_id("advcl")
_CCOMP = get_string_id("ccomp")
# a participle's tags (the tagger may read "Asked ..." opening a sentence as a past tense)
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})
_THAT_WORD = frozenset({"that"})


def _when_clause(clause: Token) -> bool:
    """A clause opened by "before", "after", "since", "until" or "once" that the parser hung on
    the cue as its complement ("At a briefing in May -- two days before the leak came to light
    -- Ruiz defended the program"): when something was said or done, never what. Not a
    clause whose own subject stands before the mark ("said the clause agreed soon after the
    deal was signed stays": the parser's subject is what was said), nor one with a "that" of
    its own ("worry that once the dollar falls, ...")."""
    parse = syntax.tree(clause.doc)
    deps, kids = parse.deps, parse.kids(clause.i)
    marks = [c for c in kids if deps[c] == _MARK]
    return (
        len(marks) == 1
        and parse.lowers[marks[0]] in _WHEN_MARK_KEYS
        and marks[0] < clause.i
        and not any(deps[c] in SUBJECT_KEYS and c < marks[0] for c in kids)
    )


def _clause_after(verb: Token, kb: Cues) -> bool:
    """The cue governs a clause after it as well as one before it."""
    doc, parse = verb.doc, syntax.tree(verb.doc)
    deps = parse.deps
    return any(
        c > verb.i
        and deps[c] in _CONTENT_KEYS
        and _said_clause(clause := doc[c], verb, kb)
        and not _speaker_misread(clause, verb, kb)
        for c in parse.kids(verb.i)
    )


def _speaker_misread(clause: Token, verb: Token, kb: Cues) -> bool:
    """A "clause" right after an inverted cue that is its speaker misread ("X is important,
    said Ana Ruiz of Leeds, who led the survey and co-wrote a paper": the parser took
    "authored" for what was said, with the speaker as its subject): the cue has no subject of
    its own and a clause before it, and the "clause" opens right after the cue with a name as
    its subject. "... on the pier 0915 Tom Hale says a new inquiry should start" (a subject
    the parser lost before the cue) keeps the clause after it."""
    if clause.i <= verb.i:
        return False
    parse = syntax.tree(clause.doc)
    deps = parse.deps
    at = next((c for c in parse.kids(clause.i) if deps[c] in SUBJECT_KEYS), None)
    subject = None if at is None else clause.doc[at]
    return (
        subject is not None
        and subject.pos_ == "PROPN"
        and subject.left_edge.i == verb.i + 1
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and any(c.i < verb.i and _said_clause(c, verb, kb) for c in verb.children)
    )


def _content_of(ctx: Context, verb: Token, only_preposition: bool = False) -> list[Span]:
    """What a cue verb reports, in one piece or two: the clause it governs, or for verbs of
    intention the infinitive or object ("plans to visit", "wants a recount"), for verbs of
    stance the object ("endorsed Clinton"), for a verb listed with its prepositions the
    object of one ("called for a recount"; ``only_preposition``: no clause or object). A clause
    before its cue ("X, sources said.") is the sentence up to the cue; a cue in parentheses
    ("X, Furman argued, Y") has the rest of its sentence around it."""
    lemma, kb = verb.lemma_.lower(), ctx.kb
    doc = ctx.doc
    if lemma in kb.naming_verbs and (named := _named(ctx, verb)):
        return named
    complement = None
    parse = syntax.tree(doc)
    deps = parse.deps
    for c in parse.kids(verb.i):
        if deps[c] not in _COMPLEMENT_KEYS:
            continue  # (a child no test below takes: no Token made)
        child = doc[c]
        if only_preposition and child.dep_ != "prep":
            continue
        if _said_clause(child, verb, kb) and not _speaker_misread(child, verb, kb):
            complement = child
            if child.i > verb.i or ctx.inside_quote(child) or not _clause_after(verb, kb):
                break
            # "Runners crossed the bridge ... Tom Hale says a new inquiry should start": of
            # two clauses the parser gives the cue, the one after it is what was said
        if complement is not None:
            continue
        takes_object = lemma in kb.intention_verbs or lemma in kb.stance_verbs
        if deps[c] == _DOBJ and _day_object(child):
            continue  # "promised Monday to ...": when it was promised, not what
        if child.i > verb.i and (held := syntax.clause_held_by_when(child)) is not None:
            complement = held  # "said after the talks ended that ...": the "that" clause
            break
        if (
            _gerund_subject(child, verb, kb)
            or (child.dep_ == "xcomp" and lemma in kb.intention_verbs)
            or (child.dep_ == "dobj" and takes_object and not _asked_one(child, lemma, kb))
        ):
            complement = syntax.told_of(child, lemma) or child
        elif (
            child.dep_ == "prep"
            and (
                (lemma in kb.stance_verbs and child.lower_ not in _SETTING)
                or child.lower_ in kb.prepositional_verbs.get(lemma, ())
            )
            and not syntax.when_said(child)  # "called it a disgrace on Monday night"
        ):
            # "called for changes", "railed against the deal": the preposition's object
            complement = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
    if complement is None and lemma in kb.intention_verbs and not only_preposition:
        # "vowed on Sunday at a rally in Reno to end the scheme": the parser hangs the
        # infinitive after the setting on the cue as a clause of purpose
        complement = next((c for c in verb.rights if _infinitive_after_setting(c, verb)), None)
    if complement is None:
        if (as_noted := _as_noted(ctx, verb)) is not None:
            return as_noted
        if verb.dep_ == "parataxis" and syntax.subject(verb, ctx.quote_tokens) is not None:
            sentence = sentence_of(verb)
            pieces = [
                syntax.trimmed_slice(doc, sentence.start, verb.left_edge.i),
                syntax.trimmed_slice(doc, verb.right_edge.i + 1, sentence.end),
            ]
            if len(pieces[0]) and _occasion_clause(pieces[0]):
                pieces = pieces[1:]  # "Asked about it, Ruiz said, “...”": when she spoke
            # "X, a spokesman said, according to Reuters": the phrase naming who relayed it
            # is no more of what was said
            return [
                _without_writers_opener(p)
                for p in pieces
                if len(p) and not ctx.inside_quote(p[0]) and not _relayed_by(p, kb)
            ]
        return []
    if ctx.inside_quote(complement) and all(ctx.inside_quote(t) for t in complement.subtree):
        return []  # nothing but a quotation: found as one
    if complement.i < verb.i:
        # an object before its verb is a relative or question word ("something that
        # Trump mocked", "what he was talking about"), not a clause before its cue; and a
        # cue that opens a quotation says that ("When I asked her why ..., she said: “...”")
        if (
            verb.dep_ == "relcl"
            or complement.dep_ not in CONTENT_DEPS
            or _opens_quotation(ctx, verb)
            or _closes_quotation_after_colon(ctx, verb)
        ):
            return []
        # "Tax would be cut but details had still to be settled, the minister said": the
        # parser may give the cue two clauses before it, joined by "but"; the words said run
        # to the end of the last, not to the coordinator after the first
        end = complement.right_edge.i
        # (the clauses between by index and label: a Token only for a clause's head)
        for c in parse.kids(verb.i):
            if not (complement.i < c < verb.i and deps[c] in _CONTENT_KEYS):
                continue
            if not _said_clause(clause := doc[c], verb, kb):
                continue
            gap = doc[end + 1 : clause.left_edge.i]
            # only a coordinator between (or ending the first clause); a quotation is found
            # as one
            joined = doc[end].dep_ == "cc" or any(t.dep_ == "cc" for t in gap)
            if not joined or any(not (t.is_punct or t.dep_ == "cc") for t in gap):
                break
            if any(ctx.inside_quote(t) for t in doc[end + 1 : clause.right_edge.i + 1]):
                break
            end = clause.right_edge.i
        content = syntax.trimmed_slice(doc, sentence_bounds(complement)[0], end + 1)
        content = _without_loose_end(_without_writers_opener(content))
        reason = _reason_after(ctx, verb)
        return [content] if reason is None else [content, reason]
    # the content runs on to the end of what the verb governs ("wants to triple X, grow Y
    # and create Z"), short of a clause conjoined to the cue verb itself ("said X and left")
    end = verb.right_edge.i
    sequel = _reported_sequel(verb, complement)
    lowers = parse.lowers
    for c in parse.kids(verb.i):
        if c <= complement.i or (deps[c] not in _STOPPING_KEYS and lowers[c] not in _THEN_KEYS):
            continue  # (no test below can stop the content at it: no Token made)
        child = doc[c]
        if sequel is not None and (
            child.i == sequel.i or (child.dep_ == "cc" and child.i < sequel.i)
        ):
            continue
        # "demanded an apology before attending the ceremony": what the speaker did then
        doing = child.lower_ in _THEN and any(g.dep_ == "pcomp" for g in child.children)
        if child.i > complement.i and (
            child.dep_ in _CONTENT_STOP_DEPS
            or doing
            or _labels_content(child, kb)
            or _absolute(child)
            or (complement.dep_ == "dobj" and syntax.when_said(child))
            or syntax.summing_up(child)
            or _occasion(child)
            or _next_act(child, verb, kb)
        ):
            end = child.left_edge.i - 1
            break
    last = syntax.last_of(complement)
    end = max(end, last)
    if complement.dep_ == "dobj" and (at := _occasion_of_object(complement)) is not None:
        end = at.left_edge.i - 1  # "promised $5m at a donors' conference in Kampala"
    if (own_end := syntax.clause_end(complement, kb)) < last:
        end = own_end  # "said X, and Y urged Z": Y's report is Y's
    # "the disaster, which he said was vast": the relative word before the cue is no part
    # of the words said, and neither are the cue and its speaker
    start = max(complement.left_edge.i, verb.i + 1)
    # "said on Monday the strain ...": when it was said, which the parser hung on the clause
    while start < complement.i and syntax.when_said(doc[start]):
        start = doc[start].right_edge.i + 1
    if (subject := _subject_taken_for_object(verb, complement)) is not None:
        start = subject.left_edge.i
    elif (after_hearer := _subject_after_named_hearer(verb, complement)) is not None:
        start = after_hearer  # "told the BBC natural disasters like storms meant ..."
    # "told Radio Nine's Morning Show on Sunday that ...", "saying in a statement only that
    # ...": a "that" clause opens with its "that"; what the parser hung on it before that
    # word is where, when or how it was said
    if (that := _opening_that(complement, start)) is not None:
        start = that
    content = syntax.trimmed_slice(doc, start, end + 1)
    if (aside := syntax.before_writers_aside(content, kb) + 1) != content.end:
        content = syntax.trimmed_slice(doc, content.start, aside)  # (else trimmed already)
    content = _with_second_that(ctx, content, verb)
    return [_without_loose_end(_with_quoted_sequel(ctx, content))]


_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _opening_that(clause: Token, start: int) -> int | None:
    """Where the "that" opening ``clause`` stands, when the content would start before it
    (at ``start``); else None. Not the determiner the parser may take for a mark after a
    question word ("wonder just how strong that turnaround will be"), unless a comma sets
    off the words before it ("said, when asked on Monday, that ...")."""
    that = next((c.i for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that <= start:
        return None
    doc = clause.doc
    if doc[that - 1].is_punct or not any(doc[i].tag_ in _WH_TAGS for i in range(start, that)):
        return that
    return None


def _next_act(child: Token, verb: Token, kb: Cues) -> bool:
    """A second clause the parser hung on the cue that is the speaker's next cue, set after a
    comma in the cue's own tense with no subject or auxiliary of its own ("said the school
    might be a target, complained about its tax status, and wondered why ..."): what the
    speaker did next, not more of what was said."""
    return (
        child.dep_ == "ccomp"
        and child.tag_ == verb.tag_
        and child.tag_ in ("VBD", "VBZ")
        and child.i > 0
        and child.doc[child.left_edge.i - 1].text == ","
        and (syntax.is_cue_verb(child, kb) or child.lemma_.lower() in kb.stance_verbs)
        and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in child.children)
    )


# the gatherings, speeches and writings a statement is made at or in ("at a news
# conference", "during the debate", "in his opening statement"); not nouns that may be what
# was said itself ("attributed the decline in demand", "a call in ...")
_GATHERINGS = frozenset(
    {
        "conference", "meeting", "rally", "debate", "hearing", "summit", "session", "forum",
        "gathering", "convention", "dinner", "ceremony", "luncheon", "breakfast",
        "appearance", "visit", "address", "lecture", "seminar", "symposium", "statement",
        "speech", "interview", "briefing", "remarks", "testimony", "op-ed", "communique",
    }
)  # fmt: skip


def _occasion(child: Token, preps: tuple[str, ...] = ("at", "in", "during")) -> bool:
    """A phrase after what was said that tells where or at what it was said ("touted his wins
    in his opening statement", "promised $5m at a conference in Kampala"): no part of it."""
    if child.dep_ != "prep" or child.lower_ not in preps:
        return False
    place = next((g for g in child.children if g.dep_ == "pobj"), None)
    return place is not None and place.lemma_.lower() in _GATHERINGS


def _occasion_of_object(obj: Token) -> Token | None:
    """The occasion the parser hung on an object reported ("a further $5m at a conference"),
    else None; not "in", which may be the object's own ("cited participants in the meeting")."""
    return next((c for c in obj.rights if _occasion(c, ("at", "during"))), None)


# the conjunctions of a reason or a concession that go on with the words said after a cue
# set inside them ("X cannot be done at once, Curry said, because ..."); "as", "when" and
# "while" may say when it was said, and are left
_REASONS = frozenset({"because", "although", "though", "unless", "if"})


# cue verbs whose object is the one spoken to ("told reporters the mill closed")
_HEARERS = frozenset(
    {"tell", "inform", "assure", "warn", "remind", "promise", "notify", "ask", "advise", "urge"}
)


def _subject_taken_for_object(verb: Token, complement: Token) -> Token | None:
    """The subject of the reported clause that the parser took for the cue's object ("reported
    a steel mill in the north closed yesterday": "mill" the object of "reported", "closed" a
    clause with no subject): a noun object right before a finite clause that has no subject
    of its own, after a cue that has no one spoken to."""
    # (the children's labels by key, listed in the ``Tree``: a Token only for an object)
    doc, parse = verb.doc, syntax.tree(verb.doc)
    deps = parse.deps
    if (
        deps[complement.i] != _CCOMP
        or complement.tag_ not in _FINITE_TAGS
        or verb.lemma_.lower() in _HEARERS
        or any(deps[c] in SUBJECT_KEYS or deps[c] == _MARK for c in parse.kids(complement.i))
    ):
        return None
    objects = [
        c
        for c in (doc[i] for i in parse.kids(verb.i) if deps[i] == _DOBJ)
        if verb.i < c.i < complement.left_edge.i
        and c.pos_ in ("NOUN", "PROPN")
        and c.right_edge.i + 1 == complement.left_edge.i
        and not syntax.when_said(c)
    ]
    return objects[0] if len(objects) == 1 else None


# common nouns that go on a named outlet spoken to ("told the Reuters news agency", "the BBC
# News website", "the Police Gazette journal"): part of the hearer, not the clause's subject
_OUTLET_NOUNS = frozenset(
    {
        "news", "agency", "website", "site", "newspaper", "paper", "radio", "television",
        "tv", "channel", "network", "service", "programme", "program", "show", "magazine",
        "journal",
    }
)  # fmt: skip
# cue verbs that always name the one spoken to before what they report ("told X that ...")
_TOLD_ONE = frozenset({"tell", "inform", "assure", "remind", "notify"})


def _subject_after_named_hearer(verb: Token, complement: Token) -> int | None:
    """The start of the reported clause's subject where the parser ran the name of the one
    spoken to into it: "told the BBC natural disasters like storms meant ..." ("the BBC
    natural disasters" read as the cue's object, "meant" a clause with no subject), "told
    Reuters farm prices would fall" ("Reuters farm prices" read as the clause's subject,
    after a cue that names no one spoken to though it must). The phrase opens with a name
    (after "the") and goes on in words of no name: the subject starts after the name and
    the outlet's nouns ("the BBC News website the decision ..."). None for any other shape
    (a finite clause with no "that", after a cue of one spoken to, not passive)."""
    if complement.dep_ != "ccomp" or complement.i < verb.i or verb.lemma_.lower() not in _HEARERS:
        return None  # (asked first: most cues name no one spoken to)
    finite = complement.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS and c.i < complement.i
        for c in complement.children
    )  # ("had lost", "was not starting": the auxiliary is the finite word)
    if not finite or syntax.passive(verb) or any(c.dep_ == "mark" for c in complement.children):
        return None
    # ("there were ...": an expletive subject is one too)
    subjects = [c for c in complement.children if c.dep_ in (*SUBJECT_DEPS, "expl", "csubj")]
    if subjects:
        # the name read into the clause's subject: only after a cue that must name the one
        # spoken to and names no one else, the subject opening right after it
        if (
            len(subjects) != 1
            or subjects[0].dep_ == "expl"
            or verb.lemma_.lower() not in _TOLD_ONE
            or any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)
            or subjects[0].left_edge.i != verb.i + 1
        ):
            return None
        phrase = subjects[0]
    else:
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and verb.i < c.i < complement.left_edge.i
            and c.pos_ == "NOUN"
            and c.right_edge.i + 1 == complement.left_edge.i
            and not syntax.when_said(c)
        ]
        if len(objects) != 1:
            return None
        phrase = objects[0]
    doc = verb.doc
    i = phrase.left_edge.i
    if doc[i].lower_ == "the":
        i += 1
    name_start = i
    while i < phrase.i and doc[i].pos_ == "PROPN":
        i += 1
    if i == name_start or doc[i].pos_ == "PROPN":
        return None  # no name opens the phrase ("told the villagers ..."), or it is all one
    while i <= phrase.i and doc[i].lower_ in _OUTLET_NOUNS:
        i += 1
    # nothing but the outlet ("told Le Parisien newspaper there were ..."): no subject in it
    return i if i <= phrase.i else None


def _reason_after(ctx: Context, verb: Token) -> Span | None:
    """The clause of a reason or a concession after a cue set after the words it reports ("It
    cannot all be done at once, Curry said, because the ships are hard to place"): the rest of
    what was said, the parser's clause of the cue. A comma sets it off right after the cue and
    its speaker."""
    # (the cue's clauses after it by index and label: a Token only for such a clause)
    doc, parse = ctx.doc, syntax.tree(ctx.doc)
    for child in (doc[c] for c in parse.kids(verb.i) if c > verb.i and parse.deps[c] == _ADVCL):
        if child.left_edge.i < 1:
            continue
        mark = doc[child.left_edge.i]
        if mark.lower_ not in _REASONS or mark.head != child:
            return None
        before = doc[verb.i + 1 : child.left_edge.i]
        if not before or before[-1].text != "," or any(t.is_punct for t in before[:-1]):
            return None
        if any(ctx.inside_quote(t) for t in child.subtree):
            return None
        return syntax.trimmed_slice(doc, child.left_edge.i, syntax.last_of(child) + 1)
    return None


def _absolute(child: Token) -> bool:
    """A "with" phrase the parser hung on the cue verb holding a clause of its own ("announced
    tighter checks, with the state's police chief criticising his colleagues"): what else
    went on as it was said, in the writer's words, not what was said."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "with"
        and any(
            # "with the chief criticising ...": a participle with its own subject, or the
            # noun the parser took for the object with the "-ing" participle on it
            (g.dep_ == "pcomp" and any(c.dep_ in syntax.SUBJECT_DEPS for c in g.children))
            or (g.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in g.children))
            for g in child.children
        )
    )


def _day_object(child: Token) -> bool:
    """A bare day the parser took for the cue's object ("promised Monday to cut taxes",
    "vowed Sunday at a rally to ..."): it says when, and what was said follows it."""
    # (the object's words walked only for an object after its verb that is itself a date or
    # punctuation: the cue's every child is asked, its clause too)
    return (
        child.dep_ == "dobj"
        and (child.ent_type_ in ("DATE", "TIME") or child.is_punct)
        and child.i > child.head.i
        and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if not t.is_punct)
        and any(c.i > child.i and not c.is_punct for c in child.head.rights)
    )


def _infinitive_after_setting(child: Token, verb: Token) -> bool:
    """An infinitive clause after the cue that only a setting (a day, a place, an occasion)
    separates from it: what a verb of intention says ("pledged at the rally to end ...")."""
    if child.dep_ != "advcl" or not any(
        g.dep_ == "aux" and g.lower_ == "to" for g in child.children
    ):
        return False
    between = [t for t in verb.rights if t.i < child.i]
    return all(_day_object(t) or t.dep_ in ("prep", "npadvmod", "advmod", "punct") for t in between)


# the longest aside between a content and its second "that" clause, in tokens
_ASIDE_MAX = 8


def _gerund_subject(child: Token, verb: Token, kb: Cues) -> bool:
    """A gerund right after a verb of saying that the parser took for its complement, when it
    is the subject of the clause said ("said legalizing it could put thousands to work": the
    parser hung "could put" below "legalizing")."""
    return (
        child.dep_ == "xcomp"
        and child.tag_ == "VBG"
        and child.i > verb.i
        and child.left_edge.i == verb.i + 1
        and verb.lemma_.lower() in kb.speech_verbs
        and verb.lemma_.lower() not in kb.intention_verbs
        and any(
            g.dep_ == "ccomp"
            and g.i > child.i
            and any(a.tag_ == "MD" or a.dep_ == "aux" for a in g.children)
            for g in child.children
        )
    )


def _with_second_that(ctx: Context, content: Span, verb: Token) -> Span:
    """``content`` with a second "that" clause the parser hung elsewhere ("are quick to point
    out that she has won twice, and that surveys show ..."): a clause opened by "and that"
    right after what was said cannot stand on its own; it is the next item of the same
    report."""
    doc = ctx.doc
    if not len(content):
        return content
    at = content.end
    sent_end = sentence_bounds(content)[1]  # (read once: each reading looks for it anew)
    if not indices_in(doc, LOWER, _THAT_WORD, at + 1, sent_end):
        return content  # (no "that" after the content in its sentence: no clause it opens)
    while at < sent_end and doc[at].is_punct and not ctx.inside_quote(doc[at]):
        at += 1
    joined = at < sent_end and doc[at].lower_ in ("and", "or", "but")
    if at < sent_end and doc[at - 1].text == "," and not joined:
        # an aside set off by commas between the two ("..., however slim the margin, and
        # that ..."): a short phrase with no finite verb of its own
        comma = next((t.i for t in doc[at : at + _ASIDE_MAX + 1] if t.text == ","), None)
        if comma is not None and not any(t.tag_ in _FINITE_TAGS for t in doc[at:comma]):
            at = comma + 1
    if at + 1 >= sent_end or doc[at].lower_ not in ("and", "or", "but"):
        return content
    mark = doc[at + 1]
    clause = mark.head
    if (
        mark.lower_ != "that"
        or mark.dep_ != "mark"
        or clause.i <= mark.i
        or clause.left_edge.i != mark.i
        or verb in clause.subtree
        # "said figures showed 16 cases, and that the city had asked ...": the second item
        # of the outer report, not of the report inside it
        or (clause.head == verb and verb.dep_ in CONTENT_DEPS)
        or clause.right_edge.i >= sent_end
        or any(ctx.inside_quote(t) for t in clause.subtree)
    ):
        return content
    return syntax.trimmed_slice(doc, content.start, clause.right_edge.i + 1)


# cues of a clause "as X noted" that vouches for the sentence around it; "told" takes the
# one told ("as he told reporters"), "point" its particle ("as she pointed out")
_AS_NOTED = frozenset(
    {
        "note",
        "report",
        "say",
        "write",
        "point",
        "explain",
        "observe",
        "argue",
        "state",
        "mention",
        "tweet",
        "confirm",
        "reveal",
        "disclose",
        "acknowledge",
        "tell",
    }
)


# prepositions of what is argued over or spoken about: "as critics argue over the plan"
_AS_TOPICS = frozenset({"over", "about", "with", "against", "for"})


def _as_noted(ctx: Context, verb: Token) -> list[Span] | None:
    """The sentence around a clause "as X noted" ("As the Daily Mercury reported on Monday,
    the mill will close"; "The mill, as its owner told reporters, will close"): the words the
    source said, in one piece or two. Not a clause of time ("as she said goodbye", "as he
    spoke"), one with no speaker ("as expected"), or one beside another cue."""
    lemma, doc = verb.lemma_.lower(), ctx.doc
    if verb.dep_ != "advcl" or lemma not in _AS_NOTED or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    children = list(verb.children)
    marks = [c for c in children if c.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "as" or marks[0].i != verb.left_edge.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children):
        return None
    taken = {"dobj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd"}
    if lemma == "tell" and all(
        c.pos_ in ("PRON", "PROPN") or c.tag_ == "NNS"
        for c in children
        if c.dep_ in ("dobj", "dative")
    ):
        taken -= {"dobj", "dative"}  # "as he told reporters", not "as she told the story"
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return None
    if any(c.dep_ in taken for c in children) or syntax.is_cue_verb(verb.head, ctx.kb):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _AS_TOPICS for c in children):
        return None  # "as reporters argue over the first 100 days, ...": a time, and a topic
    sentence = sentence_of(verb)
    clause = syntax.trimmed_slice(doc, verb.left_edge.i, verb.right_edge.i + 1)
    if any(ctx.inside_quote(t) for t in sentence) or clause.start <= verb.head.i < clause.end:
        return None
    head = verb.head
    start = max(sentence.start, head.left_edge.i)
    before, after = doc[start : clause.start], doc[clause.end : sentence.end]
    # the clause opens or closes its sentence, or stands between commas inside it
    if not (_bare(before) or before[-1].text == ",") or not (_bare(after) or after[0].text == ","):
        return None
    if head.i < clause.start:
        # "X happened, as the Times reported, and he will ...": what the clause vouches for
        # ends with it
        after = after[:0]
    pieces = [_without_writers_opener(syntax.trimmed(p)) for p in (before, after)]
    return [p for p in pieces if len(p) >= 2] or None


def _bare(tokens: Span) -> bool:
    """Nothing but punctuation and space."""
    return all(t.is_punct or t.is_space for t in tokens)


# coordinators that open the speaker's next words: “..., but nobody should expect a deal”
_SEQUEL_MARKS = ("but", "and", "yet")
_SEQUEL_MARK_KEYS = frozenset(get_string_id(word) for word in _SEQUEL_MARKS)


# the auxiliaries of a reported clause, shifted back to the time of saying
_BACKSHIFTED = frozenset({"was", "were", "would", "could", "might", "should", "had"})
# adverbs by which the writer goes on with the story ("and the council later voted")
_NARRATING = frozenset(
    {"later", "then", "also", "meanwhile", "since", "afterwards", "subsequently"}
)


def _reported_sequel(verb: Token, complement: Token) -> Token | None:
    """A clause the parser joined to the cue after "and" or "but" that goes on with what was
    said ("said the outbreak was worrying and the province was watching it closely"): a
    subject of its own, an auxiliary shifted back as the reported clause's is, no adverb of
    the writer going on with the story, and nothing after it."""
    if complement.dep_ != "ccomp" or complement.i < verb.i:
        return None
    doc, parse = verb.doc, syntax.tree(verb.doc)
    deps = parse.deps
    for c in parse.kids(verb.i):
        if c < complement.i or deps[c] != syntax.CONJ_KEY:
            continue
        child = doc[c]
        if child.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [g for g in child.children if g.dep_ in SUBJECT_DEPS]
        shifted = [
            g for g in child.children if g.dep_ in ("aux", "auxpass") and g.lower_ in _BACKSHIFTED
        ]
        if (
            subjects
            and all(g.pos_ in ("NOUN", "PROPN") for g in subjects)
            and shifted
            and not any(g.lower_ in _NARRATING for g in child.children)
            and child.right_edge.i + 1 >= child.sent.end - 1
            and any(
                g.dep_ in ("aux", "auxpass") and g.lower_ in _BACKSHIFTED
                for g in complement.children
            )
        ) or _clauses_own_form(verb, complement, child, subjects):
            return child
        return None
    return None


def _clauses_own_form(verb: Token, complement: Token, child: Token, subjects: list) -> bool:
    """A verb with no subject that the parser joined to the cue but that is built as the
    reported clause's verb is and not as the cue ("arguing that the ruling proved neglect
    and showed the firm broke the law", "says the mill lost money and cut jobs"): the
    clause's second verb, not the speaker's next deed. Of one form with the cue ("said the
    mill would close and added that ...") it stays the speaker's."""
    return (
        not subjects
        and child.tag_ in _FINITE_TAGS
        and child.tag_ == complement.tag_
        and child.tag_ != verb.tag_
        and not any(c.dep_ in ("aux", "auxpass") for c in child.children)
        and not any(g.lower_ in _NARRATING for g in child.children)
    )


def _with_quoted_sequel(ctx: Context, content: Span) -> Span:
    """``content`` with the quotation that goes on from it after a coordinator (said progress
    was being made, “but nobody should be pleased yet.”): the speaker's own next words, cut
    off as the clause of someone else ("I") or as a clause joined to the cue."""
    doc = ctx.doc
    if not ctx.quote_tokens or not len(content) or content.end - 1 in ctx.quote_tokens:
        return content  # (no quotation in the document: none goes on from the content)
    # (the words after the content by key, up to the coordinator: no Token made)
    punct, lowers = syntax.tree(doc).punct, attribute_keys(doc, LOWER)
    at = content.end
    while at < len(doc) and punct[at] and lowers[at] not in _SEQUEL_MARK_KEYS:
        at += 1
    # (the sentence's end from the kept starts: ``Span.sent`` walks the words)
    if (
        at >= len(doc)
        or lowers[at] not in _SEQUEL_MARK_KEYS
        or at >= (sentence_end := sentence_bounds(content)[1])
    ):
        return content
    quote = ctx.quote_tokens.get(at)
    # the quotation opens between the content and the coordinator
    if quote is None or not content.end_char < quote.start <= doc[at].idx:
        # or right after the coordinator, and ends the sentence (said the plan had
        # failed, and “we will have to start again.”)
        first = at + 1
        while first < sentence_end and doc[first].is_quote:
            first += 1
        quote = ctx.quote_tokens.get(first) if first < sentence_end else None
        if quote is None or not doc[at].idx < quote.start <= doc[first].idx:
            return content
        words = expanded_span(doc, quote.start, quote.end)
        if words is None or not all(t.is_punct for t in doc[words.end : sentence_end]):
            return content
    words = expanded_span(doc, quote.start, quote.end)
    if words is None or "\n" in ctx.text[content.end_char : quote.start]:
        return content
    return doc[content.start : words.end]


# the writer's links from the sentence before ("Meanwhile, ...", "However, ..."): adverbs
# that open a sentence, set off by a comma
_WRITERS_LINKS = frozenset(
    {
        "however",
        "meanwhile",
        "still",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "separately",
        "additionally",
    }
)
# coordinators that open a sentence: "But the river has risen, the mayor said"
_OPENING_COORDINATORS = frozenset({"but", "and", "yet"})
# (the keys of those words, of the first words of ``_LEAD_INS``, of a comma and of an adverb)
_WRITERS_LINK_KEYS = frozenset(get_string_id(word) for word in _WRITERS_LINKS)
_OPENING_COORDINATOR_KEYS = frozenset(get_string_id(word) for word in _OPENING_COORDINATORS)
_LEAD_IN_FIRST_KEYS = frozenset(get_string_id(word) for word in ("in", "on", "elsewhere"))
_COMMA, _ADV = get_string_id(","), get_string_id("ADV")
_CC, _CCONJ = get_string_id("cc"), get_string_id("CCONJ")  # (a coordinator's label and tag)


def _without_writers_opener(content: Span) -> Span:
    """A content that opens its sentence, short of the writer's link to the sentence before
    ("But the dam is holding, the mayor said"; "Meanwhile, rents have climbed, according to
    the board"): a coordinator, or a linking adverb set off by a comma, is the writer's way
    on with the story, not part of what was said."""
    # (the first words' forms, labels and parts of speech by key, and the sentence's start
    # from the kept starts: no Token and no Span made for a content that keeps its start)
    doc, start, end = content.doc, content.start, content.end
    if end - start < 3 or start != sentence_bounds(content)[0]:
        return content
    lowers, orths = attribute_keys(doc, LOWER), attribute_keys(doc, ORTH)
    first = lowers[start]
    if first in _OPENING_COORDINATOR_KEYS and attribute_keys(doc, DEP)[start] == _CC:
        return syntax.trimmed_slice(doc, start + 1, end)
    if (
        first in _WRITERS_LINK_KEYS
        and attribute_keys(doc, POS)[start] == _ADV
        and orths[start + 1] == _COMMA
    ):
        return syntax.trimmed_slice(doc, start + 2, end)
    # "In other news, ...", "In a separate development, ...": the page's lead-in (each opens
    # with "in", "on" or "elsewhere")
    if first not in _LEAD_IN_FIRST_KEYS:
        return content
    comma = next((i for i in range(start, min(start + 6, end)) if orths[i] == _COMMA), None)
    if comma is not None and comma - start + 2 < len(content):
        lead = " ".join(t.lower_ for t in doc[start:comma])
        if _LEAD_INS.fullmatch(lead):
            return syntax.trimmed_slice(doc, comma + 1, end)
    return content


# the writer's or the page's lead-in to an item of news
_LEAD_INS = re.compile(
    r"in (other|related|unrelated|separate|further|world|local|business) (news|developments?)"
    r"|in an? (separate|related|unrelated|further|new|another) development"
    r"|on (another|a separate|a related|the other) front|elsewhere"
)


def _without_loose_end(content: Span) -> Span:
    """``content`` short of a coordinator left at its end where the next clause was cut off
    ("said they were satisfied and 20 percent said ..."): no part of what was said."""
    # (the last word's label and part of speech by key: no Token made)
    doc = content.doc
    deps, tags = attribute_keys(doc, DEP), attribute_keys(doc, POS)
    while len(content) > 1 and (deps[content.end - 1] == _CC or tags[content.end - 1] == _CCONJ):
        content = syntax.trimmed_slice(doc, content.start, content.end - 1)
    return content


def _asked_one(child: Token, lemma: str, kb: Cues) -> bool:
    """The one a question is put to ("asked Ana Lopez why ..."), not what was asked; the one
    asked to do something is part of the request ("asked BP to sell assets")."""
    return (
        lemma in kb.question_verbs
        and (child.pos_ in ("PRON", "PROPN") or child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
        and not any(c.dep_ == "xcomp" for c in child.head.children)
    )


def _opens_quotation(ctx: Context, verb: Token) -> bool:
    """A cue followed by a colon and a quotation: ``she said: “...”`` (or `` ``...'' ``)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or attribute_keys(doc, ORTH)[verb.i + 1] != _COLON_KEY:
        return False  # (the word after the cue by key: a Token only for a colon)
    word = next((t for t in doc[verb.i + 2 : verb.i + 6] if t.is_alpha or t.like_num), None)
    return word is not None and ctx.inside_quote(word)


def _closes_quotation_after_colon(ctx: Context, verb: Token) -> bool:
    """A cue right after the closing mark of a quotation that a colon opened ("economists say
    savings are hard to find: “In trucks it is very hard to switch,” said Anna Berg"): the
    cue says that quotation, found as one; the words before the colon are someone else's
    report, not this cue's."""
    if not ctx.quote_tokens:
        return False  # (a document with no quotation: no subject sought)
    colons = ctx.words_in(ORTH, _COLON)
    if not colons or colons[0] >= verb.i:
        return False  # (no colon before the cue, where the quotation's would be: none sought)
    doc = verb.doc
    # the cue's own subject may stand between ("“...,” she said")
    subject = syntax.subject(verb, ctx.quote_tokens)
    before = verb.i - 1
    if subject is not None and subject.right_edge.i == before:
        before = subject.left_edge.i - 1
    marks = before
    while before >= 0 and before > marks - 3 and (doc[before].is_punct or doc[before].is_quote):
        before -= 1
    if before < 0 or before == marks or not ctx.inside_quote(doc[before]):
        return False
    quote = ctx.quote_tokens[before]
    opening = expanded_span(doc, quote.start, quote.end)
    if opening is None:
        return False
    colon = next(
        (t for t in reversed(doc[max(0, opening.start - 3) : opening.start]) if not t.is_quote),
        None,
    )
    return colon is not None and colon.text == ":"


def _labels_content(child: Token, kb: Cues) -> bool:
    """ "alleges that X, a claim the firm denies": a statement noun after the reported clause
    is the writer's name for it, with the writer's aside."""
    return child.dep_ in ("dobj", "appos", "npadvmod") and (
        child.pos_ == "NOUN" and child.lemma_.lower() in kb.statement_nouns
    )


def _named(ctx: Context, verb: Token) -> list[Span]:
    """What a verb of naming reports: its object through what the object is called
    ("called them rapists", "described the deal as a disaster")."""
    named = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    predicate = next(
        (c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")),
        None,
    )
    if named is None and predicate is not None and predicate.dep_ == "oprd":
        # "calls Clinton unqualified": the parser made the one named the predicate's subject
        named = next((c for c in predicate.children if c.dep_ in SUBJECT_DEPS), None)
        if named is not None:
            return [syntax.trimmed_slice(ctx.doc, named.left_edge.i, predicate.right_edge.i + 1)]
    if named is not None and predicate is None:
        # "called her son her hero": the name the parser hung on the object as an apposition
        predicate = next(
            (
                c
                for c in named.children
                if c.dep_ == "appos" and not any(t.is_punct for t in ctx.doc[named.i : c.i])
            ),
            None,
        )
    if named is None or predicate is None or predicate.i < named.i:
        return []
    return [syntax.trimmed_slice(ctx.doc, named.left_edge.i, predicate.right_edge.i + 1)]


def _from_noun(ctx: Context, noun: Token) -> Draft | None:
    """A statement noun with its own clause: "Trump's claim that the vote was rigged",
    "he made a promise to cut taxes". The source is the possessor or a name before the noun
    ("a Treasury proposal") or after "by", else the subject of the verb the noun is the
    object of."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children)
        ),
        None,
    )
    if clause is None or all(ctx.inside_quote(t) for t in clause.subtree):
        return None
    if noun.dep_ == "dobj" and any(c.dep_ in CONTENT_DEPS for c in noun.head.children):
        return None  # "alleges that X, a claim that the firm denies": a label, not a report
    # "denied the claim that X, saying ...": the participle of saying is the denier's, no part
    # of the claim ("raised concerns that X could spread, causing ..." keeps its result)
    end = next(
        (
            c.left_edge.i
            for c in clause.rights
            if syntax.past_object_told_of(c) == noun and syntax.is_cue_verb(c, ctx.kb)
        ),
        clause.right_edge.i + 1,
    )
    content = syntax.trimmed_slice(ctx.doc, clause.left_edge.i, end)
    # "Trump's claim", a name before the noun ("a Treasury proposal") or after "by" ("a
    # call by the agency"): theirs, not that of whoever weighs or revives it
    owner = (
        next((c for c in noun.children if c.dep_ == "poss"), None)
        or next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        or _by(noun)
    )
    # "denied any suggestion that ...", "rejected reports that ...": the one disowning a
    # claim is not the one who made it, nor is one who "has not confirmed reports that ..."
    disowned = noun.head.lemma_.lower() in ctx.kb.disowning_verbs or syntax.negated(
        noun.head, ctx.quote_tokens
    )
    subject = (
        syntax.subject(noun.head, ctx.quote_tokens)
        if noun.dep_ == "dobj" and not disowned
        else _holder(ctx, noun)
    )
    owner = owner if owner is not None else subject
    if owner is None:
        return Draft("indirect", (content.start_char, content.end_char), cue=noun)
    # "his claim": the possessive pronoun is the subject of "repeated his claim" if any
    source = mention(ctx, owner)
    speaker = ctx.actors.at(owner) or speaker_of(ctx, source)
    if speaker is None and owner.pos_ == "PRON" and subject is not None:
        speaker = ctx.actors.at(subject)
    return Draft(
        "indirect", (content.start_char, content.end_char), cue=noun, source=source, speaker=speaker
    )


def _holder(ctx: Context, noun: Token) -> Token | None:
    """Who holds a statement noun that follows "with" or "in" after a verb: "toured the
    state with plans to return", "came to the debate with an argument that ..." — the verb's
    subject."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("with", "in"):
        return None
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ != "VERB" or ctx.passive(verb):
        return None
    if syntax.negated(verb, ctx.quote_tokens):
        return None
    return syntax.subject(verb, ctx.quote_tokens)


def _stance_noun(ctx: Context, noun: Token) -> Draft | None:
    """A noun of a stance and the object of its preposition: "Trump's attacks on Cruz", "the
    union's support for Sanders", "her criticism of the deal". The source is the possessor, a
    name before the noun ("a Kremlin assessment of ...") or one after "by"; with none, no
    one's stance is named and nothing is reported. Never speech: no noun of the list is one
    of speech."""
    kb = ctx.kb
    if noun.lemma_.lower() in kb.speech_nouns:
        return None
    preposition = next(
        (
            c
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in kb.prepositional_nouns[noun.lemma_.lower()]
        ),
        None,
    )
    if preposition is None:
        return None
    obj = next((g for g in preposition.children if g.dep_ in ("pobj", "pcomp")), None)
    if obj is None or ctx.inside_quote(obj):
        return None
    content = syntax.trimmed_slice(ctx.doc, obj.left_edge.i, obj.right_edge.i + 1)
    if not len(content):
        return None
    owner = (
        next((c for c in noun.children if c.dep_ == "poss"), None)
        or next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        or _by(noun)
    )
    if owner is None:
        return None  # "Opposition to the toll runs deep": no one's stance named
    source = mention(ctx, owner)
    return Draft(
        "indirect",
        (content.start_char, content.end_char),
        cue=noun,
        source=source,
        speaker=ctx.actors.at(owner) or speaker_of(ctx, source),
        passing=True,
    )


def _by(noun: Token) -> Token | None:
    """The one a statement noun names after "by": "a call by the security agency for ..."."""
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _evidential(ctx: Context, verb: Token, kinds: frozenset[str] | None = None) -> Draft | None:
    """An impression the text reports with no source: "Trump seemed to appreciate X" (the
    subject and the complement, in two parts), "it appears that X" (the clause alone);
    ``kinds``, the complements that make the verb evidential, default to the lexicon's."""
    kinds = kinds if kinds is not None else ctx.kb.evidential_verbs[verb.lemma_.lower()]
    complement = None
    for child in verb.children:
        if child.dep_ in kinds:
            complement = child
        elif child.dep_ == "prep" and child.lower_ in kinds:
            complement = next((g for g in child.children if g.dep_ == "pobj"), None)
        if complement is not None:
            break
    if complement is None or complement.i < verb.i:
        return None
    doc = ctx.doc
    pieces = [syntax.trimmed_slice(doc, complement.left_edge.i, complement.right_edge.i + 1)]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.i < verb.i and subject.lower_ not in ("it", "there"):
        pieces.insert(0, syntax.trimmed_slice(doc, subject.left_edge.i, subject.right_edge.i + 1))
    pieces = [p for p in pieces if len(p)]
    if not pieces or any(ctx.inside_quote(p[0]) for p in pieces):
        return None
    return Draft(
        "indirect",
        (pieces[0].start_char, pieces[-1].end_char),
        cue=verb,
        parts=[(p.start_char, p.end_char) for p in pieces] if len(pieces) > 1 else [],
    )


def _attitude(ctx: Context, verb: Token) -> Draft | None:
    """An attitude stated with "be" and an adjective: "she is confident that X", "they
    were angry about X", "it was unclear whether X" (no source)."""
    # (by index: a Token only for an adjective hung on "be", most "be"s having none)
    doc, parse = ctx.doc, syntax.tree(ctx.doc)
    deps = parse.deps
    adjective = next(
        (
            c
            for c in (doc[i] for i in parse.kids(verb.i) if deps[i] == _ACOMP)
            if c.lemma_.lower() in ctx.kb.attitude_adjectives
        ),
        None,
    )
    if adjective is None:
        return None
    complement = None
    for child in adjective.children:
        if child.dep_ in ("ccomp", "xcomp"):
            complement = child
        elif child.dep_ == "prep":
            complement = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
        if complement is not None:
            break
    if complement is None:  # the parser hangs an extraposed clause on "be": it was unclear X
        complement = next(
            (c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i),
            None,
        )
    if complement is None or ctx.inside_quote(complement):
        return None
    content = syntax.trimmed_slice(ctx.doc, complement.left_edge.i, complement.right_edge.i + 1)
    if len(content) < 2:
        return None
    subject = syntax.subject(verb, ctx.quote_tokens)
    if subject is None or subject.lower_ in ("it", "there"):
        return Draft("indirect", (content.start_char, content.end_char), cue=verb)
    return from_cue_verb(ctx, verb, "indirect", (content.start_char, content.end_char))


# entities that may speak though the actors stage keeps no actor for them
_SPEAKING_ENTITIES = ("PERSON", "ORG", "NORP")
_BRACKET_OPENERS = frozenset({"(", "[", "-LRB-", "-LSB-"})
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})


# tags of a verb that makes a statement of a line: "could draw", "is", "calls"
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _finite(content: Span) -> bool:
    """The words say something: a finite verb, or an imperative opening them ("Stop the
    cuts"); a noun phrase ("The cost of waiting") is a title."""
    first = content[0]
    return any(t.tag_ in _FINITE_TAGS for t in content) or (
        first.tag_ == "VB" and first.dep_ == "ROOT"
    )


_COLON = frozenset({":"})
_COLON_KEY = get_string_id(":")


# nouns of what happened, which no one is: a heading names its topic with one ("The Spring
# Offensive: ...", "The Siege of Hue: ...")
_HAPPENINGS = frozenset(
    {
        "offensive", "campaign", "operation", "battle", "war", "crisis", "siege", "invasion",
        "revolution", "uprising", "rebellion", "revolt", "retreat", "counteroffensive",
        "conflict", "massacre", "scandal", "affair", "doctrine", "act", "treaty", "accord",
    }
)  # fmt: skip


def _labelled(ctx: Context, sentence: Span) -> Draft | None:
    """A headline or transcript line that names its speaker before a colon: "Sanders:
    Brexit's message could draw Trump support", "TRUMP: The deaths of ..." (a quotation
    after the colon is found as one). The label ends in a name and names one speaker: an
    actor of the article that can speak, or a name in capitals as transcripts write them."""
    # (by index: a Token only for a colon among the first nine words)
    at = indices_in(ctx.doc, ORTH, _COLON, sentence.start, min(sentence.start + 9, sentence.end))
    colon = ctx.doc[at[0]] if at else None
    if colon is None or colon.i == sentence.start:
        return None
    name = syntax.trimmed_slice(ctx.doc, sentence.start, colon.i)
    content = syntax.trimmed_slice(ctx.doc, colon.i + 1, sentence.end)
    if (
        not len(name)
        or len(content) < 3
        or any(t.pos_ in ("VERB", "AUX") for t in name)
        # one speaker's name: not a topic ("BP oil spill: ...") nor a pair of names
        # ("Netanyahu and Obama: A tortured relationship"), nor a comment's stamp ("Jane
        # Roe 5pts February 6, 2016 8:50PM Cruz: ...") or a time ("Noon ET:")
        or name[-1].pos_ != "PROPN"
        or any(t.pos_ == "CCONJ" or t.like_num or t.ent_type_ in ("DATE", "TIME") for t in name)
        or any(syntax.TOKENIZED_BRACKET.fullmatch(t.text) for t in name)
        or ctx.inside_quote(content[0])
        # "(ID : nLDE66Q09I)", "(REF: 1234)": a reference in brackets, no one's turn
        or any(
            t.text in _BRACKET_OPENERS
            for t in ctx.doc[max(sentence.start, name.start - 1) : colon.i]
        )
        # an interview's "Q:" and "A:" mark a question and its answer, not a speaker's name
        or (len(name) == 1 and len(name[0].text) == 1)
    ):
        return None
    if dateline_place(ctx, name):
        return None
    name = _speaker_in_label(ctx, name)
    speaker = speaker_of(ctx, name)
    actor = ctx.actors.get(speaker)
    transcript = all(t.is_upper or not t.is_alpha for t in name)
    # "Jane Roe, Leeds Dr Hale:" is a reader's signature before an expert's answer; "US: 2
    # confirmed cases" a table's row; "Reporter of the Year: ..." an award
    named = actor is not None or name[-1].ent_type_ in _SPEAKING_ENTITIES
    if not transcript and (not named or (actor and actor.kind == "country") or "," in name.text):
        return None
    if not transcript and name[-1].lemma_.lower() in _HAPPENINGS:
        return None  # "The UN Offensive: North Korea invaded": a heading, not who speaks
    if not transcript and not _finite(content):
        return None  # "The Weekly Briefing: The cost of waiting": a title, nothing said
    if speaker is not None and any(
        ctx.actors.at(t) == speaker and t.lower_ not in _FIRST_PERSON for t in content
    ):
        return None  # "Ana Ruiz: She rescued the response ...": a line about her, not by her
    if not transcript and _of_the_one_named(ctx, content, speaker):
        return None  # "Ana Ruiz: Will her plan help her?": the actors stage left "her" unlinked
    end = content.end_char
    if not transcript:  # "Ban Ki-moon : “...” Up to 150 staff remain ...": the words quoted
        end = _quoted_line_end(ctx, content.start_char, end)
    if transcript:  # a speaker's turn goes on to the end of its paragraph
        end = max(end, _turn_end(ctx, content))
        # ... and no further than the next speaker's label ("... it . HOLLOWAY : That ...")
        if (label := _NEXT_LABEL.search(ctx.text, content.start_char, end)) is not None:
            end = content.start_char + len(ctx.text[content.start_char : label.start()].rstrip())
        else:
            end = _turn_lines_end(ctx.text, end)
        # ... nor past another speaker cutting in ("Well, can I just -- CARPENTER : And ...")
        if (cut := _CUT_IN.search(ctx.text, content.start_char, end)) is not None:
            end = cut.start()
    return Draft(
        "indirect",
        (content.start_char, end),
        cue=ctx.doc[colon.i : colon.i + 1],
        source=name,
        speaker=speaker,
    )


# the pronouns by which a line speaks of a person in the third person
_THIRD_PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _of_the_one_named(ctx: Context, content: Span, speaker: str | None) -> bool:
    """A label's words speak of the one it names: the first one they refer to is a "he" or
    "she" (the actors stage links it to no one else), with no other one named before it (a
    person's name, an actor of the article), and they have no "I" or "we" ("Dan Pike: Much of how he
    comes out of the flood depends on ...", a writer's list of winners and losers). One who
    speaks says "I"; a "he" after another name ("Ruiz: Hale Must Decide If He Wants It") may
    be that one."""
    if any(t.lower_ in _FIRST_PERSON for t in content):
        return False
    for token in content:
        linked = ctx.actors.at(token)
        if token.lower_ in _THIRD_PERSON and token.pos_ == "PRON":
            return linked is None or linked == speaker
        if token.ent_type_ == "PERSON" or (linked is not None and linked != speaker):
            return False  # another one named first: the pronoun may be theirs
    return False


# the word of a label before a colon after which its topic follows ("Ana Ruiz on the
# Budget:") and the one after which its author does ("A lesson from Ana Ruiz:")
_TOPIC_WORDS = frozenset({"on", "about"})
_AUTHOR_WORDS = frozenset({"from"})


def _speaker_in_label(ctx: Context, label: Span) -> Span:
    """The name a headline's label gives before a colon, short of the rest of the label: the
    name before "on" of "Ana Ruiz on the Budget:" (what the words are about is no part of
    their source), the person after "from" of "A lesson from Ana Ruiz:"; else the label
    as it is."""
    for word in label[1:-1]:
        before, after = label[: word.i - label.start], label[word.i - label.start + 1 :]
        if word.lower_ in _TOPIC_WORDS and all(t.pos_ == "PROPN" for t in before):
            return before
        if word.lower_ in _AUTHOR_WORDS and all(t.pos_ == "PROPN" for t in after):
            actor = ctx.actors.get(speaker_of(ctx, after))
            if actor is not None and actor.kind == "person":
                return after
    return label


# the marks that may close a quotation (a tokenized text's '' among them)
_CLOSING_MARKS = "\"'”’`"


def _quoted_line_end(ctx: Context, start: int, end: int) -> int:
    """Where a label's words end when they open with a quotation ("Ban Ki-moon : “Haiti will
    need every ounce of help” Up to 150 UN staff remain unaccounted for ..."): at the
    quotation's closing mark, for what follows it is the page's next sentence (a caption
    glued to the story), not the speaker's. Otherwise where it was."""
    for quote in ctx.quotes:
        if quote.start > start + 3:
            break
        if quote.start > start and quote.closed and quote.end < end:
            opening = ctx.text[start : quote.start].strip()
            if not opening or any(c.isalnum() for c in opening):
                continue
            stop = quote.end
            while stop < end and ctx.text[stop] in _CLOSING_MARKS:
                stop += 1
            return stop if ctx.text[stop:end].strip() else end
    return end


# a transcript's next speaker label after a sentence's end: "... it. HOLLOWAY: That ...",
# "... it . MARY ANN PIKE :" (names in capitals of two letters or more, before a colon)
_NEXT_LABEL = re.compile(r"(?<=[.?!\"”’)\]\n])\s+(?:[A-Z][A-Z'.\-]+ ){0,3}[A-Z][A-Z'.\-]+ ?:(?!\d)")


# how many lines a turn may go on over to reach the next speaker's label
_TURN_LINES = 15
# another speaker cutting in inside a line ("... he does n't -- GINGRICH : I think ...")
_CUT_IN = re.compile(r"\s+--\s+[A-Z][A-Z'.,\- ]{0,60}?[A-Z.] ?:(?!\d)")
# a line that opens with a speaker's label in capitals ("BROWN :", "NEIL CAVUTO, ANCHOR:")
_LABEL_LINE = re.compile(r"\s*([^:\n]{1,60}?)\s?:(?!\d)")


def _turn_lines_end(text: str, end: int) -> int:
    """Where a transcript turn ends in a text that gives each sentence a line of its own (a
    tokenized corpus, a page's lines): the turn goes on over the next lines of its block up
    to the next speaker's label, when one comes within ``_TURN_LINES`` lines. A blank line,
    a stage direction in brackets or a copyright line ends it where it was; with no label
    ahead (the last turn, or a transcript quoted inside an article) it stays as it was."""
    last = end
    for _ in range(_TURN_LINES):
        newline = text.find("\n", last)
        if newline < 0 or text[last:newline].strip():
            return end  # the content does not end its line
        start = newline + 1
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        if not line.strip():
            return end
        label = _LABEL_LINE.match(line)
        if label is not None:
            words = label.group(1)
            if any(c.isalpha() for c in words) and words.upper() == words:
                return last  # the next speaker: the turn is every line before it
        if line.lstrip().startswith(("(", "[", "-LRB-", "-LSB-")) or "copyright" in line.lower():
            return end
        if (cut := _CUT_IN.search(line)) is not None:
            return start + cut.start()  # "... he does n't -- GINGRICH : I think": cut in on
        last = start + len(line.rstrip())
    return end


def _turn_end(ctx: Context, content: Span) -> int:
    """Where a transcript speaker's turn ends: the end of its paragraph."""
    _, end = paragraph_around(ctx.text, content.start_char, wrapped=ctx.wrapped)
    while end > content.end_char and ctx.text[end - 1].isspace():
        end -= 1
    return end
