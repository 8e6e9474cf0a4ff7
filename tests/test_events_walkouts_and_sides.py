"""Walkouts, the sides a subject names, and acts done to a party after "to" (issue 15, session 41:
recall without losing precision).

A strike that is a walkout ("went on strike", "walked off the job", "called a general strike") is
PLOVER's PROTEST (mode strike since session 44), not an assault, and the verbs that only carry it
("go", "walk") are no act for the actor stage; "negotiators from A and B met" is a meeting of A and
B; asylum granted "to" a person, property returned "to" a government, a curfew or an emergency laid
"in" a place (not one over a disaster) and a meeting cancelled are coded with their parties.
Sentences written for these tests, with the look-alikes each rule must leave alone (marked guard).
Each non-guard test fails on the code before session 41.
"""

from __future__ import annotations

import datetime as dt

from dateline.event_lexicon import load_lexicon
from dateline.model import Event, Reading
from tests.stages import read_event_text

MONDAY = dt.date(2026, 3, 2)


def events(text: str) -> tuple[Reading, list[Event]]:
    reading = read_event_text(text, MONDAY)
    return reading, list(reading.events)


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, mode, source name, target name) of every event a text yields."""
    reading, found = events(text)
    names = {a.id: a.name for a in reading.actors}
    return [(e.type, e.mode, names.get(e.source), names.get(e.target)) for e in found]


# -- walkouts ----------------------------------------------------------------------------------


def test_workers_going_on_strike_protest() -> None:
    _, found = events("Chilean teachers went on strike on Monday.")
    assert [(e.type, e.mode, e.date) for e in found] == [("PROTEST", "strike", "2026-03-02")]
    assert found[0].source_phrase is not None and found[0].source_phrase.text == "Chilean teachers"


def test_walking_off_the_job_is_a_walkout() -> None:
    _, found = events("Swedish nurses walked off the job on Monday.")
    assert [(e.type, e.mode) for e in found] == [("PROTEST", "strike")]


def test_a_strike_called_by_unions_is_their_walkout() -> None:
    assert coded("Italian rail unions called a 24-hour strike on Monday.") == [
        ("PROTEST", "strike", "Italian rail unions", None)
    ]


def test_a_strike_on_positions_stays_an_assault() -> None:  # guard
    assert coded("Israel carried out a strike on Hamas positions in Gaza on Monday.") == [
        ("ASSAULT", None, "Israel", "Hamas")
    ]


def test_going_on_holiday_is_no_walkout() -> None:  # guard
    assert coded("Dock workers went on holiday on Monday.") == []


def test_a_carrier_verb_is_no_act_for_the_actor_stage() -> None:
    lexicon = load_lexicon()
    assert {"go", "walk", "cancel"} <= lexicon.verb_heads  # they head entries ...
    assert not {"go", "walk", "cancel"} & lexicon.act_verbs  # ... but are no act alone
    assert "strike" in lexicon.act_verbs and "shoot" in lexicon.act_verbs


# -- the sides a subject names ------------------------------------------------------------------


def test_negotiators_from_two_states_met_each_other() -> None:
    assert coded("Negotiators from Serbia and Croatia met in Brussels on Monday.") == [
        ("CONSULT", None, "Serbia", "Croatia")
    ]


def test_two_adjectives_of_one_subject_are_the_two_sides() -> None:
    assert coded("Serbian and Croatian negotiators met in Brussels on Monday.") == [
        ("CONSULT", None, "Serbia", "Croatia")
    ]


def test_sides_meeting_someone_else_do_not_meet_each_other() -> None:  # guard
    found = coded("Bankers from Spain and Italy met their Chinese counterparts in Shanghai.")
    assert ("CONSULT", None, "Spain", "Italy") not in found


# -- parties after "to" and "in" ------------------------------------------------------------------


def test_asylum_granted_to_a_person() -> None:
    reading, found = events(
        "Lebanon granted political asylum to the Syrian dissident Omar Haddad on Monday."
    )
    names = {a.id: a.name for a in reading.actors}
    assert [(e.type, names.get(e.source)) for e in found] == [("AID", "Lebanon")]
    assert found[0].target_phrase is not None and "dissident" in found[0].target_phrase.text


def test_an_interview_given_to_a_station_is_no_aid() -> None:  # guard
    assert coded("The interview he gave to French radio on Monday was his first.") == []


def test_property_returned_to_a_government() -> None:
    assert coded("Germany returned the stolen manuscripts to the Greek government on Monday.") == [
        ("RETREAT", "return", "Germany", "Greek government")
    ]


def test_a_message_given_in_talks_is_no_concession() -> None:  # guard
    found = coded("Spanish officials gave the same message to President Macron in talks on Monday.")
    assert all(t != "CONCEDE" for t, *_ in found)


def test_a_curfew_is_laid_on_the_place_after_in() -> None:
    _, found = events("Peruvian authorities imposed a curfew in Puno on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "curfew")]
    assert found[0].target_phrase is not None and found[0].target_phrase.text == "Puno"


def test_an_emergency_declared_in_a_place() -> None:
    _, found = events("The Peruvian president declared an emergency in Puno on Monday.")
    assert [(e.type, e.mode) for e in found] == [("COERCE", "martial-law")]


def test_an_emergency_over_floods_coerces_no_one() -> None:  # guard
    text = (
        "Heavy floods swept the valley on Sunday. "
        "The Peruvian president declared an emergency in Puno."
    )
    assert coded(text) == []


def test_a_cancelled_meeting_is_a_rejection() -> None:
    text = "The Dutch prime minister cancelled a planned meeting with President Erdogan on Monday."
    assert [(t, tg) for t, _, _, tg in coded(text)] == [("REJECT", "Recep Tayyip Erdogan")]


def test_a_cancelled_concert_is_no_event() -> None:  # guard
    assert coded("The singer cancelled her concert in Oslo on Monday.") == []


def test_protesters_shot_down_by_police_are_shot_not_bombed() -> None:
    assert coded("Police in Kenya shot down two protesters in Nairobi on Monday.") == [
        ("ASSAULT", "firearms", "Police", "protesters")
    ]


def test_a_drone_shot_down_keeps_the_aerial_mode() -> None:  # guard
    assert coded("Russia shot down a Ukrainian drone over Belgorod on Monday.") == [
        ("ASSAULT", "aerial", "Russia", "Ukraine")
    ]
