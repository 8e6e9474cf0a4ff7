"""Session 46's speed-ups of the events stage give what the code they replace gave (kept here):
the lead's sentences and the indefinite pasts read from the kept sentence starts and the
document's arrays, the question test reading only the words it needs, a time expression's words
found by index, the semicolon clause from the ORTH array, and the fallback target's search
keeping each word's verdict (the PLOVER contexts from the arrays: ``test_stage_speed_s50``).
The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from spacy.tokens import Doc, Token

from dateline.events import arguments, dating, mentions
from dateline.events.document import Document
from dateline.language import load_nlp
from dateline.text.doctext import sentence_ranges, sentence_starts
from tests.stages import event_documents

TEXTS = (
    "Kestria recalls envoy; Valdoria shuts its border\n\n"
    "OSTRAND, March 3 - Kestria recalled its ambassador from Valdoria on Monday after troops "
    "shelled two border villages, the foreign ministry said; Valdoria denied it.\n\n"
    '"Would you have us stay silent?" the minister asked. "We will not."\n\n'
    "The envoy has also drawn criticism from Norland leaders. He criticised the ministry for "
    "its silence.\n\n"
    "The government has accused Valdoria of breaking the 2019 armistice. It signed a trade "
    "deal with Norland last week and has also drawn criticism from Ostrand.\n\n"
    "Officials met the Norland delegation on Tuesday; the talks, which began in January, "
    "will resume later this month. Did the army arrest the mayor? Why did police arrest him?",
    "HARBOUR BOARD CLOSES BREAKWATER\n"
    "The harbour board of Kestervik said on Monday that the northern breakwater would stay "
    "closed until the council approves the repairs.\n"
    "A spokeswoman, Ingrid Solvang, said the ferry line signed a deal in 2019.\n"
    "Ok.\n"
    '"It is a scandal," said the mayor. "A scandal."\n'
    "The Valdorian and Kestrian ministers condemned the attack on the port; the EU pledged "
    "aid to Kestria and Norland criticised Valdoria.",
)
PUBLISHED = dt.date(2021, 3, 10)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return event_documents(TEXTS, PUBLISHED, "s46")


def test_sentence_ranges_are_the_documents_sentences(documents: list[Document]) -> None:
    nlp = load_nlp()
    for doc in [d.doc for d in documents] + [nlp("One word"), nlp("Hello."), nlp("")]:
        assert sentence_ranges(doc) == [(s.start, s.end) for s in doc.sents]
        assert sentence_starts(doc) is not None
    unparsed = Doc(nlp.vocab, words=["no", "sentences", "here"])
    assert sentence_ranges(unparsed) is None  # (spaCy's ``sents`` raises there)


def _old_lead_end(document: Document, sentences: int, narration: bool = False) -> int:
    counted = (
        s for s in document.doc.sents if not narration or dating.narrated_sentence(document, s)
    )
    lead = list(itertools.islice(counted, sentences))
    return lead[-1].end if lead else 0


def test_lead_end_as_before(documents: list[Document]) -> None:
    for document in documents:
        ends = set()
        for sentences in range(1, 12):
            for narration in (False, True):
                end = dating.lead_end(document, sentences, narration)
                assert end == _old_lead_end(document, sentences, narration)
                ends.add(end)
        assert len(ends) > 4  # (the texts' sentences count, quoted ones left out with narration)
    assert dating.lead_end(documents[1], 5, True) != dating.lead_end(documents[1], 5)


def _old_indefinite_pasts(document: Document, start: int) -> dict[int, str]:
    found: dict[int, str] = {}
    for sentence, following in itertools.pairwise(list(document.doc.sents)):
        root = sentence.root
        if (
            sentence.start < start
            or root.pos_ not in dating.VERB_POS
            or root.lemma_.lower() == "be"
            or root.i in document.quoted
            or dating.aspect(root) != "present perfect"
            or any(t.i in document.timex_at for t in sentence)
        ):
            continue
        found[following.start] = f"it elaborates the present perfect {root.text!r} before it"
    return found


def test_indefinite_pasts_as_before(documents: list[Document]) -> None:
    found = 0
    for document in documents:
        for start in range(0, len(document.doc) + 1, 3):
            pasts = dating.indefinite_pasts(document, start)
            assert pasts == _old_indefinite_pasts(document, start)
            found += len(pasts)
    assert found  # ("has also drawn criticism": the next sentence elaborates it)


def _old_asked(trigger: Token) -> bool:
    words = [t for t in trigger.sent if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text == "?" and words[0].lower_ not in dating.QUESTION_WORDS


def test_asked_as_before(documents: list[Document]) -> None:
    verdicts = [dating.asked(t) for d in documents for t in d.doc]
    assert verdicts == [_old_asked(t) for d in documents for t in d.doc]
    assert any(verdicts)  # "Would you have us stay silent?", "Did the army arrest the mayor?"


def test_timex_words_as_before(documents: list[Document]) -> None:
    checked = 0
    for document in documents:
        for token in document.doc:
            for timex in set(document.timex_at.values()):
                old = [t for t in token.sent if document.timex_at.get(t.i) is timex]
                assert dating._timex_words(document, token, timex) == old
                checked += bool(old)
    assert checked


def _old_semicolon_clause(token: Token) -> range:
    sentence = token.sent
    start = next(
        (t.i + 1 for t in reversed(sentence[: token.i - sentence.start]) if t.text == ";"),
        sentence.start,
    )
    end = next(
        (t.i for t in sentence[token.i - sentence.start + 1 :] if t.text == ";"), sentence.end
    )
    return range(start, end)


def test_semicolon_clause_as_before(documents: list[Document]) -> None:
    clauses = [arguments.semicolon_clause(t) for d in documents for t in d.doc]
    assert clauses == [_old_semicolon_clause(t) for d in documents for t in d.doc]
    assert len(set(clauses)) > len(list(itertools.chain(*(d.doc.sents for d in documents))))


def _old_nearest_other_actor(document, trigger, source, allies=frozenset()):
    actors = document.actors
    own = actors.get(source)
    own_country = own.country if own else None
    clause = arguments.semicolon_clause(trigger)
    own_clauses = arguments.conjoined_clauses(trigger)

    def other(token: Token) -> bool:
        actor = actors.at(token)
        if actor is None or actor == source or actor in allies or token.tag_ in ("PRP", "PRP$"):
            return False
        if token.i not in clause:
            return False
        if any(head > trigger.i for head in arguments.conjoined_clauses(token) - own_clauses):
            return False
        if arguments.occasion(document, token, trigger) or arguments.misparsed_place(
            document, token
        ):
            return False
        if arguments.of_another_event(document, token, trigger):
            return False
        if arguments.party_of_another_act(document, token, trigger):
            return False
        candidate = actors.get(actor)
        if candidate.kind == "group" and any(actors.at(c) == source for c in token.children):
            return False
        return candidate.kind != "person" and not (own_country and candidate.country == own_country)

    argument = dating.nearest(
        trigger,
        lambda t: other(t) and t.dep_ in arguments.ARGUMENT_DEPS,
        limit=2 * dating.MAX_DISTANCE,
    )
    found = argument or dating.nearest(trigger, other, limit=2 * dating.MAX_DISTANCE)
    return actors.at(found) if found is not None else None


def test_nearest_other_actor_as_before(documents: list[Document]) -> None:
    found = 0
    for document in documents:
        sources = [None, *sorted(set(document.actors.by_token.values()))]
        for token in document.doc:
            for source in sources:
                got = arguments.nearest_other_actor(document, token, source)
                assert got == _old_nearest_other_actor(document, token, source)
                found += got is not None
    assert found


def _old_after_stamp(token: Token) -> int:
    start = token.left_edge.i
    doc = token.doc
    opening = token.sent.start
    while (
        opening < token.i
        and opening - token.sent.start < mentions.STAMP_PLACE_WORDS
        and (doc[opening].ent_type_ in ("GPE", "LOC") or doc[opening].text == ",")
    ):
        opening += 1
    if not token.sent.start <= start <= opening or not mentions.CLOCK_STAMP.fullmatch(
        doc[opening].text
    ):
        return start
    start = opening + 1
    while start < token.i and token.doc[start].lower_ in mentions.STAMP_WORDS:
        start += 1
    return min(start, token.i)


def test_after_stamp_as_before(documents: list[Document]) -> None:
    nlp = load_nlp()
    stamped = nlp("Dravno, 14:30 GMT: Police arrested two men.\n\n1430 Troops shelled the town.")
    tokens = [t for d in documents for t in d.doc] + list(stamped)
    starts = [mentions._after_stamp(t) for t in tokens]
    assert starts == [_old_after_stamp(t) for t in tokens]
    assert any(s > t.left_edge.i for s, t in zip(starts, tokens, strict=True))  # past a stamp
