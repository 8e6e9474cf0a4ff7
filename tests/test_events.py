import datetime as dt

import pytest

from dateline.events.coder import _calendar_bounds
from dateline.events.lexicon import load_lexicon, parse_lexicon
from dateline.model import Article
from dateline.pipeline import read


def events_of(text: str, published: dt.date = dt.date(2026, 3, 6)):  # a Friday
    reading = read(Article(id="t", text=text, published=published))
    return reading, reading.events


def only(events, event_type):
    (event,) = [e for e in events if e.type == event_type]
    return event


def test_a_phone_call_is_a_consult_dated_by_its_weekday():
    reading, events = events_of("President Lena Varga called Chancellor Otto Brandt on Thursday.")
    call = only(events, "CONSULT")
    assert (call.mode, call.date, call.date_basis) == ("phone", "2026-03-05", "timex")
    assert reading.actor(call.source).name == "Lena Varga"
    assert reading.actor(call.target).name == "Otto Brandt"


def test_an_event_without_a_date_falls_back_to_publication_and_says_so():
    _, events = events_of("Germany criticized France.")
    event = only(events, "ACCUSE")
    assert (event.date, event.date_basis) == ("2026-03-06", "published")


def test_negated_and_future_events_are_marked():
    _, events = events_of("Germany did not attack France. Germany will meet France next week.")
    assert "negated" in only(events, "ASSAULT").modality
    assert "future" in only(events, "CONSULT").modality


def test_a_hypothetical_event_is_marked():
    _, events = events_of("The European Union could sanction Russia if the attacks resume.")
    assert "hypothetical" in only(events, "SANCTION").modality


def test_a_noun_event_takes_the_nationality_as_source_and_is_historical_when_long_past():
    reading, events = events_of("The Russian invasion of Ukraine that started in 2022 goes on.")
    invasion = only(events, "ASSAULT")
    assert reading.actor(invasion.source).country == "RUS"
    assert reading.actor(invasion.target).country == "UKR"
    assert invasion.date == "2022" and "historical" in invasion.modality


def test_an_event_inside_reported_speech_points_to_its_attribution():
    reading, events = events_of("Officials said that Germany met France on Monday.")
    meeting = only(events, "CONSULT")
    assert "reported" in meeting.modality
    assert meeting.attribution in {a.id for a in reading.attributions}


def test_evidence_offsets_point_at_the_article_text():
    reading, events = events_of("Egypt hosted talks between Israel and Hamas in Cairo on Monday.")
    for event in events:
        assert (
            reading.article.text[event.evidence.start : event.evidence.end] == event.evidence.text
        )


def test_the_lexicon_reads_modes_and_prepositions():
    lexicon = parse_lexicon(
        {
            "target_preps": ["with"],
            "CONSULT": {"verbs": ["call/phone", "speak with"], "nouns": ["talks"]},
        }
    )
    assert lexicon.verbs["call"].mode == "phone"
    assert lexicon.verbs["speak with"].type == "CONSULT"
    assert lexicon.nouns["talks"].mode is None


def test_the_shipped_lexicon_covers_every_plover_type():
    types = {t.type for t in load_lexicon().verbs.values()} | {
        t.type for t in load_lexicon().nouns.values()
    }
    assert len(types) == 16


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2025-07-03", (dt.date(2025, 7, 3), dt.date(2025, 7, 3))),
        ("2025-W27", (dt.date(2025, 6, 30), dt.date(2025, 7, 6))),
        ("2025-12", (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
        ("2022", (dt.date(2022, 1, 1), dt.date(2022, 12, 31))),
        ("PRESENT_REF", None),
        ("2025-02-30", None),
    ],
)
def test_calendar_bounds_of_timex_values(value, bounds):
    assert _calendar_bounds(value) == bounds
