"""Session 50's speed-ups of the attribution stage's records and arrays give what validation and
spaCy gave: ``Article.span`` and ``record`` make their records without pydantic's validation
(``model.unvalidated``), ``doctext.read_attributes`` reads several arrays in one call, and
``within_lines`` searches for a page's dated stamp only where "day" stands before a figure.
The texts are written for this test."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy
import pytest
from pydantic import ValidationError
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, POS, TAG

from dateline.actors import find_actors
from dateline.attribution import find_attributions
from dateline.attribution.assembly import _DATED_STAMP, _DAY_FIGURE
from dateline.language import load_nlp
from dateline.model import Article, Attribution, TextSpan
from dateline.text.doctext import attribute_keys, read_attributes
from dateline.timex import find_timexes

TEXTS = (
    "Harbour master Piet Olsen told reporters on Tuesday that the ferries would sail again. "
    "“We are ready,” he said, “and the crews are too.” The union, in a statement, said: "
    '"The deal holds." Local radio reported that Olsen said the port would reopen. '
    "According to the council, the repairs cost $2 million (about 1.8 million euros).",
    "Wednesday 12 May 2021 10.15 BST Mayor Ana Brill said the bridge would stay shut. "
    "It is estimated that the town lost a week of trade. None of the officials said why.",
)
PUBLISHED = dt.date(2022, 3, 7)


@pytest.fixture(scope="module")
def readings() -> list[tuple[Article, tuple[Attribution, ...]]]:
    nlp = load_nlp()
    found = []
    for n, text in enumerate(TEXTS):
        article = Article(id=f"s50-{n}", text=text, published=PUBLISHED)
        doc = nlp(text)
        actors, timexes = find_actors(doc, article), find_timexes(doc, article)
        found.append((article, find_attributions(doc, article, actors, timexes)))
    return found


def _same_record(made: TextSpan | Attribution, validated: TextSpan | Attribution) -> None:
    assert made == validated
    assert type(made) is type(validated)
    assert made.model_dump_json() == validated.model_dump_json()
    assert list(made.__dict__) == list(validated.__dict__)  # (fields in the declared order)
    assert made.model_fields_set == validated.model_fields_set
    assert repr(made) == repr(validated) and hash(made) == hash(validated)


def test_spans_as_validated() -> None:
    article = Article(id="s50-span", text="The ferry left at noon.", published=PUBLISHED)
    for start, end in itertools.combinations_with_replacement(range(len(article.text) + 3), 2):
        made = article.span(start, end)
        _same_record(made, TextSpan(start=start, end=end, text=article.text[start:end]))
    # offsets that are no plain ints in order are validated as before
    numbered = article.span(numpy.int64(4), numpy.int64(9))
    _same_record(numbered, TextSpan(start=4, end=9, text="ferry"))
    assert type(numbered.start) is int
    for start, end in ((5, 4), (-1, 3)):
        with pytest.raises(ValidationError):
            article.span(start, end)


def test_records_as_validated(readings) -> None:
    records = [a for _, found in readings for a in found]
    for record in records:
        _same_record(record, Attribution.model_validate(record.model_dump()))
        for span in (record.content, record.source, record.cue, *record.content_parts):
            if span is not None:
                _same_record(span, TextSpan.model_validate(span.model_dump()))
    # the texts hold records of each shape the fields allow
    assert any(r.content_parts for r in records)
    assert any(r.source is None and r.unresolved for r in records)
    assert any(r.source is not None and r.cue is not None and r.speaker for r in records)
    assert {r.kind for r in records} >= {"direct", "indirect", "according_to"}


def test_arrays_read_together_as_one_by_one() -> None:
    doc = load_nlp()(TEXTS[0])
    attribute_keys(doc, LEMMA)  # one kept already: read again by no one
    attrs = (DEP, IS_PUNCT, IS_SPACE, LEMMA, TAG, POS)
    read_attributes(doc, attrs)
    for attr in attrs:
        keys, alone = attribute_keys(doc, attr), doc.to_array(attr).tolist()
        assert keys == alone
        assert {type(k) for k in keys} == {type(k) for k in alone} == {int}


def test_dated_stamps_hold_day_before_figure() -> None:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    stamps = [
        f"{day} {date} {month} 2010 {clock}{zone}"
        for day in days
        for date, month, clock, zone in (
            (1, "May", "9.05", ""),
            (29, "April", "09:28", " BST"),
            (3, "December", "23.59", " EDT"),
        )
    ]
    text = "The page said so. " + " and ".join(stamps) + " at last."
    found = [m.group() for m in _DATED_STAMP.finditer(text)]
    assert len(found) == len(stamps)
    assert all(_DAY_FIGURE.search(stamp) for stamp in found)
    assert _DAY_FIGURE.search("On Friday the ferry sailed. Five crews left on day two.") is None
