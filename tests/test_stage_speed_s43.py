"""Session 43's speed-ups of the rule stages give what the code they replace gave: the tokens'
text kept once per document, an ``indices_where`` memo that keeps the keys that passed, the
events stage's tree search with each word's links kept, its paragraph numbers filled a
paragraph at a time, the cheap tests before the live-page stamp and log-label patterns, and
the actor stage's role test on a noun chunk's last word. The texts are written for this test."""

from __future__ import annotations

import re
from collections import deque

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc, Token

from dateline.actors.finder import _may_end_role, _role_of
from dateline.actors.knowledge import knowledge
from dateline.events import dating
from dateline.events.document import paragraph_numbers
from dateline.language import load_nlp
from dateline.text.doctext import (
    Verdicts,
    doc_text,
    indices_where,
    keep_text,
    paragraph_breaks,
    tokens_text,
)

TEXT = (
    "The harbour board of Kestervik said on Monday that the northern breakwater, which "
    "engineers inspected last week after the storm that began in March, would stay closed "
    "until the council, meeting in Ostrand, approves the repairs.\n\n"
    "A spokeswoman, Ingrid Solvang, said the ferry line signed a deal in 2019 to run boats "
    "from the quay.\n\nThe mayor disagreed."
)
WRAPPED = (
    "KESTERVIK, March 3 - The harbour board said on Monday that\n"
    "the northern breakwater would stay closed until the council\n"
    "approves the repairs, officials said.\n"
    "    The ferry line said it would run boats from the old quay\n"
    "while the work goes on, a spokeswoman said.\n"
)


def test_tokens_text_is_the_documents_text() -> None:
    nlp = load_nlp()
    for text in (TEXT, WRAPPED):
        doc = nlp(text)
        assert tokens_text(doc) == doc.text
        assert tokens_text(doc) is tokens_text(doc)  # read once, then kept
    wrapped = nlp(WRAPPED)
    assert doc_text(wrapped) != wrapped.text  # the parser read the lines joined
    assert tokens_text(wrapped) == wrapped.text
    # a parse read back from a cache, given the article's own text (``evaluation.parses``)
    cached = Doc(nlp.vocab).from_bytes(nlp(WRAPPED).to_bytes(exclude=["user_data"]))
    keep_text(cached, WRAPPED)
    assert doc_text(cached) == WRAPPED and tokens_text(cached) == cached.text != WRAPPED


def test_verdicts_memo_picks_what_a_fresh_test_picks() -> None:
    nlp = load_nlp()
    docs = [nlp(TEXT), nlp(WRAPPED), nlp("Boats ran. The quay stayed open in March.")]
    tests = (
        (LEMMA, lambda lemma: lemma.lower() in {"say", "run", "approve", "sign"}),
        (LOWER, lambda lower: lower in {"deal", "repairs", "storm", "quay"}),
        (ORTH, re.compile(r"[A-Z]\w+").fullmatch),
    )
    for attr, test in tests:
        memo = Verdicts()
        for _ in range(2):  # the second round reads every verdict from the memo
            for doc in docs:
                assert indices_where(doc, attr, test, memo) == indices_where(doc, attr, test)
        assert memo.passed and len(memo.seen) > len(memo.passed)
        memo.clear()
        assert not memo.seen and not memo.passed


def _nearest_as_before(
    trigger: Token, wanted, limit: int = dating.MAX_DISTANCE, into_clauses: bool = True
) -> Token | None:
    """``nearest`` as it was before its links were kept."""
    seen = {trigger.i}
    queue = deque([(trigger, 0)])
    sentence = trigger.sent
    while queue:
        token, distance = queue.popleft()
        if token.i != trigger.i and wanted(token):
            return token
        if distance >= limit:
            continue
        children = [
            c
            for c in token.children
            if into_clauses
            or token.i == trigger.i
            or c.dep_ not in dating.CLAUSE_DEPS
            or c.pos_ not in dating.VERB_POS
        ]
        for nxt in [*children, token.head]:
            if nxt.i not in seen and sentence.start <= nxt.i < sentence.end:
                seen.add(nxt.i)
                queue.append((nxt, distance + 1))
    return None


def test_nearest_with_kept_links_finds_what_it_found() -> None:
    nlp = load_nlp()
    first, second = nlp(TEXT), nlp(WRAPPED)
    wants = (
        lambda t: t.like_num or t.ent_type_ == "DATE",
        lambda t: t.pos_ == "PROPN",
        lambda t: t.lower_ == "said",
        lambda t: False,
    )
    checked = 0
    for doc in (first, second, first):  # back to a document searched before
        for trigger in doc:
            for wanted in wants:
                for into in (True, False):
                    for limit in (2, dating.MAX_DISTANCE):
                        found = dating.nearest(trigger, wanted, limit, into)
                        expected = _nearest_as_before(trigger, wanted, limit, into)
                        assert (found is None) == (expected is None)
                        assert found is None or found.i == expected.i
                        checked += found is not None
    assert checked > 100


def test_paragraph_numbers_count_the_breaks_before_each_word() -> None:
    nlp = load_nlp()
    for text in (TEXT, WRAPPED, "One line only."):
        doc = nlp(text)
        breaks = set(paragraph_breaks(doc))
        number, expected = 0, {}
        for i in range(len(doc)):
            if i in breaks:
                number += 1
            expected[i] = number
        assert paragraph_numbers(doc) == expected
    assert max(paragraph_numbers(nlp(TEXT)).values()) == 2


def test_every_stamp_holds_the_cheap_tests_match() -> None:
    stamps = (
        "February 6, 2016 10:57PM",
        "6 Feb 2016, 22:57 GMT",
        "Oct. 12 2015; at 9.05 a.m.",
        "Sept 3, 2016\n8:15",
        "3 June 2016 at 7:00",
    )
    for stamp in stamps:
        text = f"Live updates.{stamp}Officials said the count went on."
        assert dating.STAMP.search(text) is not None, stamp
        assert dating.STAMP_END.search(text) is not None, stamp
    assert dating.STAMP_END.search("Officials met on February 6, 2016 in the capital.") is None


def test_log_labels_need_three_colons() -> None:
    nlp = load_nlp()
    lines = [
        "At the White House: the president met his advisers.",
        "At the White House: the president spoke to the governors.",
        "At the White House: the president signed the order.",
    ]  # three entries, three colons: the cheap test lets exactly these through
    assert dating.log_entries(_document(nlp("\n\n".join(lines)))) is not None
    assert dating.log_entries(_document(nlp("\n\n".join(lines[:2])))) is None


def _document(doc: Doc):
    """The little of an events ``Document`` that ``log_entries`` reads."""

    class _Doc:
        pass

    document = _Doc()
    document.doc = doc
    return document


def test_role_end_test_is_role_ofs_first_test() -> None:
    kb = knowledge()
    phrases = [role.split() for role in list(kb.role_group)[:400]]
    phrases += [["the", "harbour", "board"], ["Prime", "Minister"], ["Gov."], ["ferry", "line"]]
    phrases += [["former", *p] for p in phrases[:50]]
    for words in phrases:
        if not _may_end_role(words[-1], kb):
            assert _role_of(words, kb) is None, words
    assert sum(_role_of(w, kb) is not None for w in phrases) > 100
    assert _role_of([], kb) is None
