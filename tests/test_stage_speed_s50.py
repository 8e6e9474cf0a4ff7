"""Session 50's speed-ups of the events stage give what the code they replace gave: the tree
searches for a trigger's date, place and fallback target ask only the words they could find
(``nearest``'s ``among``) and skip a sentence that holds none, the headline-list test screened
by the sentence's semicolons, and the contexts' two-word cues looked up only after a word that
opens one. The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest
from spacy.tokens import Span, Token

from dateline.event_lexicon import load_lexicon
from dateline.events import arguments, credibility, dating, mentions
from dateline.events.document import Document
from tests.stages import event_documents

TEXTS = (
    "Orvane troops shell Tessel port; Kestria recalls envoy; markets fall in Brenmark\n\n"
    "TESSEL, May 4 - Orvane's army shelled the port of Tessel on Tuesday and seized two "
    "ferries, the harbour office said. Kestria recalled its ambassador from Orvane.\n\n"
    "The council has also drawn anger from Brenmark farmers. They blocked the northern road "
    "into Tessel for a week.\n\n"
    "She's been to Ostrand twice since the talks began in March. She met the Ostrand "
    "delegation in Vellin and pledged aid to Tessel.\n\n"
    "Police arrested four protesters outside the town hall in Vellin on Monday; the mayor "
    "condemned the arrests; Brenmark's envoy criticised Orvane.",
    "GARRAN SIGNS WATER ACCORD WITH HOLT\n"
    "Garran and Holt signed a water accord in Sorrel on Friday, officials of both states said.\n"
    "Holt's minister has accused Garran of diverting the river. Garran denied it.\n"
    "He's had talks with the Sorrel mayor. The two sides will meet again in June.\n"
    "Rebels attacked a convoy near Dunmere; Holt sent troops; the United Nations urged calm.\n"
    "Holt's foreign minister accused the Garran air force of bombing a human rights office.",
)
PUBLISHED = dt.date(2022, 5, 6)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return event_documents(TEXTS, PUBLISHED, "s50")


_NEAREST = dating.nearest


def _unscreened(monkeypatch: pytest.MonkeyPatch) -> None:
    """The searches as before ``among``: every word of every sentence asked."""

    def nearest(trigger, wanted, limit=dating.MAX_DISTANCE, into_clauses=True, among=None):
        return _NEAREST(trigger, wanted, limit, into_clauses)

    monkeypatch.setattr(dating, "nearest", nearest)
    monkeypatch.setattr(arguments, "nearest", nearest)


def _member_of(indices: set[int]) -> Callable[[Token], bool]:
    return lambda token: token.i in indices


def test_nearest_among_finds_what_the_whole_search_finds(documents: list[Document]) -> None:
    found = skipped = 0
    for document in documents:
        doc = document.doc
        for indices in (set(document.timex_at), set(document.actors.by_token), {0, 5, 9}):
            some = {i for i in indices if i % 2}  # (a test that passes only some of them)
            for token in doc:
                start, end = dating.sentence_bounds(token)
                skipped += not any(i in indices for i in range(start, end) if i != token.i)
                for limit, into_clauses in itertools.product((1, 5, 20), (True, False)):
                    for wanted in (indices, some):
                        test = _member_of(wanted)
                        got = dating.nearest(token, test, limit, into_clauses, among=indices)
                        assert got == _NEAREST(token, test, limit, into_clauses)
                        found += got is not None
    assert found and skipped


def test_own_timex_as_before(documents: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    found = [[dating.own_timex(d, t) for t in d.doc] for d in documents]
    _unscreened(monkeypatch)
    assert found == [[dating.own_timex(d, t) for t in d.doc] for d in documents]
    assert sum(t is not None for t in itertools.chain(*found)) > 5


def test_nearest_other_actor_as_before(
    documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    def every(documents: list[Document]) -> list[str | None]:
        return [
            arguments.nearest_other_actor(d, t, source)
            for d in documents
            for source in [None, *sorted(set(d.actors.by_token.values()))]
            for t in d.doc
        ]

    found = every(documents)
    _unscreened(monkeypatch)
    assert found == every(documents)
    assert sum(a is not None for a in found) > 5


def _old_location(document: Document, trigger: Token) -> tuple[str | None, str | None]:
    place_preps = document.lexicon.place_preps
    place = dating.nearest(
        trigger,
        lambda t: (
            t.ent_type_ in ("GPE", "LOC", "FAC")
            and t.head.lower_ in place_preps
            and arguments.placed_in_its_act(trigger, t)  # (session 60: the act's own place)
        ),
    )
    if place is None:
        return None, None
    entity = next((e for e in trigger.sent.ents if e.start <= place.i < e.end), None)
    if entity is None:
        return None, None
    return entity.text, arguments.country_of_place(document, entity)


def test_location_as_before(documents: list[Document]) -> None:
    found = [arguments.location(d, t) for d in documents for t in d.doc]
    assert found == [_old_location(d, t) for d in documents for t in d.doc]
    assert sum(place is not None for place, _ in found) > 5


def _old_furniture(token: Token) -> bool:
    if credibility.linked_headline(token):
        return True
    words = [t for t in token.sent if not t.is_space]
    semicolons = [t.i for t in words if t.text == ";"]
    if len(semicolons) < 2:
        return False
    if words[-1].text not in (".", "!", "?", '"'):
        return True
    starts = [words[0].i, *(i + 1 for i in semicolons[:-1])]
    parts = zip(starts, semicolons, strict=True)
    short = all(end - start <= credibility.HEADLINE_WORDS for start, end in parts)
    return short and token.i < semicolons[-1]


def test_furniture_as_before(documents: list[Document]) -> None:
    found = [credibility.furniture(t) for d in documents for t in d.doc]
    assert found == [_old_furniture(t) for d in documents for t in d.doc]
    assert any(found) and not all(found)  # (the headline lists with semicolons are furniture)


def _old_contexts(document: Document, clause: Span) -> tuple[str, ...]:
    found = []
    for words in ([t.lemma_.lower() for t in clause], [t.lower_ for t in clause]):
        for size in (1, 2):
            for i in range(len(words) - size + 1):
                context = document.lexicon.contexts.get(" ".join(words[i : i + size]))
                if context and context not in found:
                    found.append(context)
    return tuple(found)


def test_contexts_as_before(documents: list[Document]) -> None:
    found = []
    for document in documents:
        doc = document.doc
        spans = [doc[s.start : s.end] for s in doc.sents]
        spans += [doc[a : a + n] for a in range(len(doc)) for n in (1, 2, 3, 7)]
        for span in spans:
            got = mentions.contexts(document, span)
            assert got == _old_contexts(document, span)
            found += got
    lexicon = documents[0].lexicon
    twos = {lexicon.contexts[cue] for cue in lexicon.contexts if " " in cue}
    assert twos & set(found)  # ("foreign minister", "air force", "human rights")


def test_context_openers_open_every_two_word_cue() -> None:
    lexicon = load_lexicon()
    for cue in lexicon.contexts:
        first, _, rest = cue.partition(" ")
        assert not rest or first in lexicon.context_openers
