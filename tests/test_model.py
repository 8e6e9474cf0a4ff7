import datetime as dt

import pytest
from pydantic import ValidationError

from dateline.model import (
    SCHEMA_VERSION,
    Actor,
    Article,
    Attribution,
    Event,
    Mention,
    Reading,
    TextSpan,
    TimeExpression,
)

TEXT = "Trump called Putin on Thursday. “It went well,” he said."


def sample_reading() -> Reading:
    article = Article(id="a1", text=TEXT, published=dt.date(2025, 7, 4), title="t", url="u")
    trump = Actor(
        id="donald-trump",
        name="Donald Trump",
        kind="person",
        country="USA",
        role="president",
        sector="GOV",
        aliases=("Trump",),
        mentions=(Mention(start=0, end=5, text="Trump"),),
    )
    return Reading(
        article=article,
        timexes=(
            TimeExpression(
                start=22,
                end=30,
                text="Thursday",
                type="DATE",
                value="2025-07-03",
                anchor="2025-07-04",
            ),
        ),
        actors=(trump,),
        attributions=(
            Attribution(
                id="q1",
                kind="direct",
                content=article.span(33, 46),
                cue=article.span(49, 53),
                speaker="donald-trump",
            ),
        ),
        events=(
            Event(
                id="e1",
                type="CONSULT",
                mode="phone",
                source="donald-trump",
                date="2025-07-03",
                date_basis="timex",
                modality=("asserted",),
                trigger=article.span(6, 12),
                evidence=article.span(0, 30),
            ),
        ),
    )


def test_reading_round_trips_through_json_without_loss():
    reading = sample_reading()
    assert Reading.model_validate_json(reading.model_dump_json()) == reading


def test_reading_carries_the_schema_version():
    assert sample_reading().model_dump()["schema_version"] == SCHEMA_VERSION


def test_records_are_frozen():
    reading = sample_reading()
    with pytest.raises(ValidationError):
        reading.article.text = "changed"


def test_span_text_is_the_article_text_at_its_offsets():
    reading = sample_reading()
    for span in (reading.timexes[0], reading.attributions[0].content, reading.events[0].evidence):
        assert TEXT[span.start : span.end] == span.text


def test_span_end_before_start_is_refused():
    with pytest.raises(ValidationError):
        TextSpan(start=5, end=2, text="")


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Mention.model_validate({"start": 0, "end": 1, "text": "x", "colour": "red"})


def test_reading_finds_its_actors_by_id():
    reading = sample_reading()
    assert reading.actor("donald-trump").name == "Donald Trump"
    assert reading.actor("nobody") is None
