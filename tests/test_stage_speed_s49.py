"""Session 49's speed-ups of the attribution stage give what the code they replace gave (kept
here): ``indices_in`` screening a stretch with ``isdisjoint``, ``paragraph_around`` finding a web
page's line breaks with ``str.find``, ``trimmed``, ``title``, ``_lost_stop_before`` and
``_introducing_colon`` reading fewer Tokens, ``said_on`` reading each document's dated heads
once, and ``doubt_pronouns`` and ``_another_person_nearer`` reading the words back by index.
The texts are written for this test."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dateline.actors import find_actors
from dateline.attribution import assembly, quotations, speakers, syntax
from dateline.attribution.context import Context, Draft
from dateline.language import load_nlp
from dateline.model import Article
from dateline.text.doctext import attribute_keys, indices_in
from dateline.text.paragraphs import paragraph_around
from dateline.timex import find_timexes

TEXTS = (
    "Ferry strike ends\n\n"
    "Union leader Marta Fenwick said on Monday that the strike at Lornhaven would end. She said "
    "the crews had won. Harbour master Piet Olsen told reporters on Tuesday the ferries would "
    'sail again. He said: "We are ready." The union, in a statement, said: "The deal holds." '
    "Fenwick had warned on March 3 that talks could fail; she said later that night they "
    'had not. Olsen called the pact "A Fair Deal" and said he was pleased.\n'
    "I lost my own boat - but we are still here working There are many crews waiting, "
    "according to the union. Crews cheered “the end” Both sides signed, he said.",
    "Mayor Tomas Reyk spoke first. Councillor Ana Brill, a teacher, is the new deputy. "
    '"We will pay for the repairs," he said on Friday. Reyk said the town (Lornhaven) had '
    "money. The council - which met on Sunday - said it agreed. "
    '"It is done," she said. Mr. Reyk said the budget was safe, and Brill said she doubted it. '
    "The Lornhaven Post, a weekly, reported the vote.\n"
    "Brill: The vote was fair.",
)
PUBLISHED = dt.date(2022, 3, 7)


def _contexts() -> list[Context]:
    nlp = load_nlp()
    found = []
    for n, text in enumerate(TEXTS):
        article = Article(id=f"s49-{n}", text=text, published=PUBLISHED)
        doc = nlp(text)
        found.append(Context(doc, article, find_actors(doc, article), find_timexes(doc, article)))
    return found


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    return _contexts()


# --- the code replaced, kept for the comparison ---


def _old_indices_in(doc, attr, words, start=0, end=None):
    wanted = frozenset(get_string_id(word) for word in words)
    keys = attribute_keys(doc, attr)
    if start == 0 and end is None:
        return [i for i, key in enumerate(keys) if key in wanted]
    return [i for i in range(start, len(keys) if end is None else end) if keys[i] in wanted]


_OLD_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+(?=\S)|\n[ \t]+$")


def _old_paragraph_around(text, start, end=None, *, wrapped):
    breaks = _OLD_PARAGRAPH_BREAK if wrapped else re.compile(r"\n")
    first = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, start if end is None else end)
    return first, after.start() if after else len(text)


def _old_trimmed(tokens: Span) -> Span:
    start, end = tokens.start, tokens.end
    doc = tokens.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Span(doc, start, end)


def _old_title(tokens: Span) -> bool:
    words = [t for t in tokens if t.is_alpha]
    return 0 < len(words) <= syntax.TITLE_WORDS and all(w.text[0].isupper() for w in words)


def _old_lost_stop_before(ctx: Context, token: Token) -> bool:
    doc = token.doc
    if token.i + 1 >= len(doc) or ctx.inside_quote(token):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        token.lower_ in assembly._SENTENCE_OPENERS
        and token.text[0].isupper()
        and token.text[1:].islower()
        and (not token.ent_type_ or token.ent_type_ in assembly._COUNT_ENTITIES)
        and bool(before.whitespace_)
        and (
            (before.is_alpha and before.text.islower())
            or (
                before.text in ("''", "”", '"')
                and ctx.inside_quote(doc[before.i - 1])
                and doc[before.i - 1].text not in (".", "?", "!")
            )
        )
        and after.text[:1].islower()
    )


def _old_introducing_colon(ctx: Context, first: Token) -> Token | None:
    doc = ctx.doc
    i = first.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote):
        i -= 1
    if i < 0 or ctx.inside_quote(doc[i]):
        return None
    mark = doc[i]
    if mark.text == ":" or (
        mark.text == ","
        and i > 0
        and doc[i - 1].lemma_.lower() in ctx.kb.statement_nouns
        and doc[i - 1].pos_ == "NOUN"
    ):
        return mark
    return None


def _old_said_on(ctx: Context, cue: Token) -> str | None:
    for head, value in ctx.dated_heads:
        if head == cue or (head.dep_ == "prep" and head.head == cue):
            return value
    return None


def _old_doubt_pronouns(ctx: Context, found: list[Draft]) -> None:
    sources = [(f.source.start, f.speaker) for f in found if f.source is not None and not f.passing]
    for draft in found:
        source = draft.source
        if draft.speaker is None or source is None or not assembly.bare(source):
            continue
        named = next(
            (
                t.i
                for t in reversed(ctx.doc[: source.start])
                if t.pos_ != "PRON" and ctx.actors.at(t) == draft.speaker
            ),
            None,
        )
        personal = source.text.lower() in assembly._PRONOUN_SEX
        another_before = named is not None and any(
            named < start < source.start
            and speaker != draft.speaker
            and not (personal and assembly._organised(ctx, speaker))
            for start, speaker in sources
        )
        if (
            another_before
            or _old_another_person_nearer(ctx, source, draft.speaker)
            or (personal and assembly._titled_in_own_words(ctx, draft))
        ):
            draft.speaker = None


def _old_another_person_nearer(ctx: Context, source: Span, speaker: str) -> bool:
    if source.text.lower() not in ("he", "she"):
        return False
    found = ctx.actors.get(speaker)
    if found is None or found.kind != "person":
        return False
    doc = ctx.doc
    sentence = source.sent
    for _ in range(assembly._PRONOUN_REACH):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    others = False
    for token in doc[sentence.start : source.start]:
        actor = ctx.actors.at(token)
        if actor is None or token.pos_ == "PRON":
            continue
        if actor == speaker:
            return False
        other = ctx.actors.get(actor)
        if (
            token.dep_ in assembly._TOPIC_DEPS
            and token.tag_ in assembly._SINGULAR_NAMES
            and other is not None
            and other.kind == "person"
            and not ctx.inside_quote(token)
        ):
            others = True
    return others


# --- the comparisons ---


def test_indices_in_as_before(contexts: list[Context]) -> None:
    word_sets = (
        frozenset({"said", "told"}),
        frozenset({":", "-", "(", ")"}),
        frozenset({"NOUN", "VERB", "AUX"}),
        frozenset({"according", "per"}),
        frozenset({"zzz-never"}),
    )
    for ctx in contexts:
        doc, n = ctx.doc, len(ctx.doc)
        bounds = [(0, None), (0, n), (-3, 4), (5, 2), (n - 4, n)]
        bounds += [(a, b) for a in range(0, n, 7) for b in (a, a + 1, min(n, a + 9), None)]
        for attr in (ORTH, LOWER, LEMMA, POS):
            for words in word_sets:
                for start, end in bounds:
                    assert indices_in(doc, attr, words, start, end) == _old_indices_in(
                        doc, attr, words, start, end
                    ), (attr, words, start, end)
    # a screen that missed a word would make a test of this kind fail
    doc = contexts[0].doc
    assert indices_in(doc, LOWER, frozenset({"said"}), 0, len(doc))


def test_paragraph_around_as_before() -> None:
    rng = random.Random(49)
    texts = [text for text in TEXTS] + [
        "".join(rng.choice("ab \n\t") for _ in range(rng.randrange(0, 40))) for _ in range(3000)
    ]
    for text in texts:
        for start in range(-2, len(text) + 3, max(1, len(text) // 25)):
            for end in (None, start, start + 3, len(text) + 2, -1):
                for wrapped in (False, True):
                    assert paragraph_around(text, start, end, wrapped=wrapped) == (
                        _old_paragraph_around(text, start, end, wrapped=wrapped)
                    ), (text, start, end, wrapped)


def _phrases(doc, longest: int = 12):
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + longest) + 1):
            yield doc[start:end]


def test_trimmed_and_title_as_before(contexts: list[Context]) -> None:
    titles = 0
    for ctx in contexts:
        for phrase in _phrases(ctx.doc):
            new, old = syntax.trimmed(phrase), _old_trimmed(phrase)
            assert (new.start, new.end) == (old.start, old.end)
            assert syntax.title(phrase) == _old_title(phrase), phrase.text
            titles += _old_title(phrase)
    assert titles  # the texts hold titles ("A Fair Deal") as well as longer phrases


def test_token_tests_as_before(contexts: list[Context]) -> None:
    lost = colons = dated = 0
    for ctx in contexts:
        for token in ctx.doc:
            lost_stop = _old_lost_stop_before(ctx, token)
            assert assembly._lost_stop_before(ctx, token) == lost_stop, token.text
            colon = _old_introducing_colon(ctx, token)
            assert quotations._introducing_colon(ctx, token) == colon, token.text
            date = _old_said_on(ctx, token)
            assert speakers.said_on(ctx, token) == date, token.text
            lost, colons, dated = lost + lost_stop, colons + (colon is not None), dated + bool(date)
    assert lost and colons and dated  # each test is met in the texts


def _pronoun_drafts(ctx: Context) -> list[Draft]:
    """A draft for every pronoun and actor, and one for each actor's named words, their
    sources in text order as the stage's are (a pronoun given every speaker in turn)."""
    drafts = []
    ids = [a.id for a in ctx.actors.actors]
    for token in ctx.doc:
        if token.pos_ == "PRON" or token.i in ctx.actors.by_token:
            source = ctx.doc[token.i : token.i + 1]
            for speaker in ids if token.pos_ == "PRON" else [ctx.actors.by_token[token.i]]:
                drafts.append(Draft("indirect", (token.idx, token.idx + 1), source=source,
                                    speaker=speaker))  # fmt: skip
    return drafts


def test_pronoun_checks_as_before(contexts: list[Context]) -> None:
    nearer = dropped = 0
    for ctx in contexts:
        for token in ctx.doc:
            if token.pos_ != "PRON":
                continue
            source = ctx.doc[token.i : token.i + 1]
            for actor in ctx.actors.actors:
                old = _old_another_person_nearer(ctx, source, actor.id)
                assert assembly._another_person_nearer(ctx, source, actor.id) == old
                nearer += old
        drafts = _pronoun_drafts(ctx)
        new, old = [copy.copy(d) for d in drafts], [copy.copy(d) for d in drafts]
        for n in range(0, len(drafts), 5):  # the step on several drafts at once, as it runs
            assembly.doubt_pronouns(ctx, new[n : n + 5])
            _old_doubt_pronouns(ctx, old[n : n + 5])
        assert [d.speaker for d in new] == [d.speaker for d in old]
        dropped += sum(
            a.speaker is not None and b.speaker is None for a, b in zip(drafts, new, strict=True)
        )
    assert nearer and dropped  # both tests decide something in the texts
