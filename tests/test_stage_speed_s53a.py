"""Session 53's screens and index-based tests of the attribution stage (``reported``,
``syntax``) give what the Token-based ones gave, on parsed text written for this test: a
slice trimmed with one ``Span`` made, a source phrase found by its words' keys, the case forms
of a poll's lemma, and a source's tag at a content's end read from the arrays."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc

from dateline.attribution import syntax
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import _POLL_LEMMAS, _POLLS, _phrase_words_at, according_to
from dateline.language import load_nlp
from dateline.text.doctext import attribute_keys

TEXTS = (
    "Harbour master Piet Olsen said the ferries to Lornhaven would sail again, according to "
    "the Lornhaven Gazette. In the words of one skipper, the strike is “a slow drowning”. "
    "Prices rose 4 per cent per year, as reported by the island's board, and the crews -- "
    "tired as told to wait -- said in a Brill poll that they would hold out, the Gazette says.",
    "According to Mayor Tomas Reyk, the bridge will open in May; per the engineers the cost is "
    "fixed. The council, in the words of its clerk Ana Vell , “cannot pay” , as in 2019. "
    "Surveys show most islanders back the plan, the Vellby Courier reports.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_trimmed_slice_is_trimmed_of_the_slice(docs: list[Doc]) -> None:
    for doc in docs:
        n = len(doc)
        for start in range(-3, n + 3):
            for end in range(start - 3, min(n, start + 12) + 4):
                want = syntax.trimmed(doc[start:end])
                got = syntax.trimmed_slice(doc, start, end)
                assert (got.start, got.end) == (want.start, want.end)


def test_source_phrases_by_their_words_keys(docs: list[Doc]) -> None:
    kb = load_cues()
    found = 0
    for doc in docs:
        lowers = attribute_keys(doc, LOWER)
        for i in range(len(doc)):
            by_text = [
                (phrase, len(phrase.split()))
                for phrase in kb.source_phrases
                if doc[i : i + len(phrase.split())].text.lower() == phrase
            ]
            assert _phrase_words_at(lowers, i, kb.source_phrases) == by_text
            found += len(by_text)
        # the sentences' phrases as before: only sentences with a phrase's words hold any
        for sentence in doc.sents:
            pairs = according_to(sentence, kb)
            assert all(_phrase_words_at(lowers, cue.start, kb.source_phrases) for cue, _ in pairs)
    assert found >= 6  # "according to" twice, "in the words of" twice, "as reported by", "per"


def test_poll_lemmas_are_every_case_form() -> None:
    assert len(_POLL_LEMMAS) == 16 + 64
    for word in ("poll", "Poll", "POLL", "pOlL", "survey", "SURVEY", "Surveys", "polls", "pol"):
        assert (word in _POLL_LEMMAS) == (word.lower() in _POLLS)


def test_source_tag_read_from_the_arrays(docs: list[Doc]) -> None:
    tags = 0
    for doc in docs:
        for sentence in doc.sents:
            for end in range(sentence.start + 1, sentence.end + 1):
                content = doc[sentence.start : end]
                kept = [t for t in content if not t.is_punct or t.text == ","]
                got = syntax._source_tag(content)
                if not kept or kept[-1].lower_ not in syntax._TAG_CUES:
                    assert got is None  # (the screen: no cue of a tag ends the content)
                elif got is not None:
                    assert doc[got].text == "," and content.start < got < content.end
                    tags += 1
    assert tags >= 2  # "..., the Gazette says", "..., the Vellby Courier reports"
