"""Session 56's structure of ``reported`` and ``syntax`` gives what the walks it replaced gave:
``reported`` lists only the sentences that hold a colon, a poll's "in" or a source phrase's
first word (``_sentences_holding``: every sentence holding one of the words, in order, and no
other), and ``before_writers_aside`` reads no word's reach when the content holds no comma
and no participle (a content with neither ends where it ended; a comma's aside and a
participle's reading are still cut). The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.attribution import find_attributions
from dateline.attribution.cues import load_cues
from dateline.attribution.reported import _sentences_holding
from dateline.attribution.syntax import before_writers_aside, trimmed_slice
from dateline.language import load_nlp
from dateline.model import Article
from dateline.timex import find_timexes

TEXTS = (
    "Ferry service resumes\n\n"
    "Harbour chief Lena Korth said the ferry to Vells would run every hour from the old pier. "
    "The fares would rise, according to the board. Korth: The boats are ready. In a survey "
    "released Friday, 70 percent of riders backed the plan. The council met. It agreed.",
    "Councillor Arno Tesk said the tunnel under Brimford would open in May, a claim the "
    "builders dispute. Tesk said the crews would work “with care,” signalling a softer line. "
    "The builders said the tunnel was safe and the lights worked.",
)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_sentences_holding_are_the_sentences_with_a_word(docs: list[Doc]) -> None:
    rng = random.Random(56)
    for doc in docs:
        sentences = [(s.start, s.end) for s in doc.sents]
        assert len(sentences) >= 3
        for _ in range(300):
            words = tuple(sorted(rng.sample(range(len(doc)), rng.randint(0, 4))) for _ in range(3))
            expected = [
                (start, end)
                for start, end in sentences
                if any(start <= i < end for found in words for i in found)
            ]
            assert _sentences_holding(doc, words) == expected


def _read(text: str) -> list[str]:
    doc = load_nlp()(text)
    article = Article(id="s56", text=text, published=dt.date(2024, 3, 5))
    found = find_attributions(doc, article, find_actors(doc, article), find_timexes(doc, article))
    return [text[a.content.start : a.content.end] for a in found]


def test_a_content_with_no_comma_and_no_participle_keeps_its_end(docs: list[Doc]) -> None:
    doc = docs[0]
    said = next(t for t in doc if t.lower_ == "said")
    pier = next(t for t in doc if t.lower_ == "pier")
    content = trimmed_slice(doc, said.i + 1, pier.i + 2)  # (the stop trimmed off)
    assert content.text == "the ferry to Vells would run every hour from the old pier"
    assert before_writers_aside(content, load_cues()) == pier.i


def test_a_comma_s_aside_and_a_participle_s_reading_are_still_cut() -> None:
    contents = _read(TEXTS[1])
    assert "the tunnel under Brimford would open in May" in contents
    assert not any("claim the builders" in c for c in contents)
    assert not any("signalling" in c for c in contents)
