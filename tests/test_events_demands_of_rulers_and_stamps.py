"""Targets and sources (issue 15, session 43): a protest that demands a ruler go ("demanding
that President X step down", "calling for the president to resign", "demanding the
resignation of the president") is aimed at that ruler; a request whose found party is the one
the asked act would be done to ("called for the Volt Party to be expelled") leaves its target
open; a live page's clock time is no word of the party's phrase ("14:30 Police arrested ...").
Sentences written for these tests; each test but the guards (marked) fails on the code
before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _coded(text: str, trigger: str) -> list:
    return [e for e in read_event_text(text, PUBLISHED).events if e.trigger.text == trigger]


def _phrase(event, role: str) -> str | None:
    span = getattr(event, f"{role}_phrase")
    return span.text if span is not None else None


def test_protest_demanding_that_a_named_president_step_down() -> None:
    text = (
        "Thousands of protesters marched in Orlava on Monday, demanding that President Ivo "
        "Petrov step down."
    )
    (march,) = _coded(text, "marched")
    assert march.type == "PROTEST"
    assert march.target == "ivo-petrov"


def test_protest_demanding_that_the_president_step_down() -> None:
    text = (
        "Thousands of protesters took to the streets of Orlava on Monday demanding that the "
        "president step down."
    )
    (protest,) = _coded(text, "took")
    assert protest.type == "PROTEST"
    assert _phrase(protest, "target") == "the president"


def test_protest_calling_for_a_leader_to_resign() -> None:
    text = "Opposition supporters protested on Monday, calling for President Ivo Petrov to resign."
    (protest,) = _coded(text, "protested")
    assert protest.target == "ivo-petrov"


def test_protest_demanding_the_resignation_of_the_president() -> None:
    text = "Thousands of people demonstrated on Monday, demanding the resignation of the president."
    (protest,) = _coded(text, "demonstrated")
    assert _phrase(protest, "target") == "the president"


def test_protest_demanding_that_prisoners_be_freed_names_no_addressee() -> None:  # guard
    text = (
        "Thousands of people demonstrated in Orlava on Monday, demanding that the jailed "
        "students be freed."
    )
    for protest in _coded(text, "demonstrated"):
        assert protest.target is None
        assert _phrase(protest, "target") in (None,)


def test_protest_demanding_that_people_be_heard_names_no_ruler() -> None:  # guard
    text = (
        "Hundreds of farmers rallied in Orlava on Monday, demanding that farmers get fair prices."
    )
    for rally in _coded(text, "rallied"):
        assert _phrase(rally, "target") is None


def test_a_party_to_be_expelled_is_not_the_one_asked() -> None:
    text = (
        "The Irish government has formally called for Hamas, the Palestinian militant group, "
        "to be expelled from the peace talks."
    )
    for call in _coded(text, "called"):
        assert call.target != "hamas"


def test_a_party_asked_to_resign_is_the_one_asked() -> None:  # guard
    text = "The Irish government on Monday urged Hamas to leave the peace talks."
    (urge,) = _coded(text, "urged")
    assert urge.target == "hamas"


def test_a_clock_time_is_no_part_of_the_doers_phrase() -> None:
    text = "14:30 Police arrested twelve protesters near the station."
    (arrest,) = _coded(text, "arrested")
    assert _phrase(arrest, "source") == "Police"


def test_a_clock_time_and_its_zone_are_cut() -> None:
    text = "1430 GMT Riot police fired tear gas at protesters near the square."
    (fired,) = _coded(text, "fired")
    assert _phrase(fired, "source") == "Riot police"


def test_a_number_inside_a_phrase_stays() -> None:  # guard
    text = "About 1500 police officers arrested twelve protesters near the station."
    for arrest in _coded(text, "arrested"):
        assert _phrase(arrest, "source") in (None, "About 1500 police officers")


def test_protest_outside_a_states_embassy_addresses_that_state() -> None:
    text = "Thousands of protesters rallied outside the U.S. embassy in Ankara on Friday."
    (rally,) = _coded(text, "rallied")
    assert _phrase(rally, "target") == "U.S."


def test_protest_outside_a_parliament_has_no_state_as_target() -> None:  # guard
    # since session 51 a parliament is a government record (a legislature), and a protest at
    # a body's building addresses that body (``bodies.building_protested``): the parliament
    # is the target, the state of the town (Ankara's) is not
    text = "Thousands of protesters rallied outside the parliament in Ankara on Friday."
    (rally,) = _coded(text, "rallied")
    assert (rally.target, _phrase(rally, "target")) == ("parliament", "the parliament")


def test_a_demand_of_a_ruler_outweighs_the_embassy() -> None:
    text = (
        "Hundreds of Kenyans protested outside the U.S. embassy in Nairobi on Friday, demanding "
        "that President Daniel Moi resign."
    )
    (protest,) = _coded(text, "protested")
    assert protest.target == "daniel-arap-moi"  # his name in the knowledge
