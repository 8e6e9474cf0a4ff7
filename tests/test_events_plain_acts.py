"""The plain acts of everyday news (issue 15, session 40: recall without losing precision).

A pact two conjoined parties make is coded with the partner as its target; an intention or a
refusal keeps the party its clause names ("pledged to send doctors to Chad"); force against a
place a side holds ("shelled rebel positions") is done to that side; a protest may address no
party ("against fuel prices") and may be made by a crowd; an act of force condemned accuses its
doer when the text names one, else no one; a veto strikes a text whose body need not be named;
a missile fired into the sea is a show of force. Sentences written for these tests, with the
look-alikes each rule must leave alone (marked guard). Each non-guard test fails on the code
before session 40.
"""

from __future__ import annotations

import datetime as dt

from dateline.model import Event, Reading
from tests.stages import read_event_text

MONDAY = dt.date(2026, 3, 2)


def events(text: str) -> tuple[Reading, list[Event]]:
    reading = read_event_text(text, MONDAY)
    return reading, list(reading.events)


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) of every event a text yields."""
    reading, found = events(text)
    names = {a.id: a.name for a in reading.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in found]


def target_words(text: str, event_type: str) -> list[str | None]:
    """The target phrase of each event of a type (None when the target is left open)."""
    _, found = events(text)
    return [
        e.target_phrase.text if e.target_phrase else None for e in found if e.type == event_type
    ]


# -- a pact of two conjoined parties -------------------------------------------------------


def test_two_states_agreeing_to_a_truce_agree_with_each_other() -> None:
    assert coded("Sudan and Chad agreed to a truce along their border.") == [
        ("AGREE", "Sudan", "Chad")
    ]


def test_the_partner_is_the_target_phrase_not_the_thing_agreed() -> None:
    assert target_words("Greece and Turkey signed a migration accord in Ankara.", "SUPPORT") == [
        "Turkey"
    ]


def test_two_people_signing_a_letter_make_no_pact() -> None:  # guard
    assert coded("Mayor Ida Holm and her deputy signed a letter to the residents.") == []


# -- the party an intention or a refusal names --------------------------------------------


def test_a_pledge_to_send_doctors_names_the_country_they_go_to() -> None:
    assert coded("Cuba pledged to send doctors to Chad.") == [("AGREE", "Cuba", "Chad")]


def test_a_refusal_to_sell_arms_names_the_buyer() -> None:
    assert coded("Germany refused to sell tanks to Qatar.") == [("REJECT", "Germany", "Qatar")]


def test_what_is_sent_is_no_party_of_the_pledge() -> None:  # guard
    assert ("AGREE", "Canada", "troops") not in coded("Canada offered to send troops to Mali.")


# -- a place a side holds ------------------------------------------------------------------


def test_shelling_kurdish_positions_is_done_to_the_kurdish_side() -> None:
    assert target_words("Iraqi troops shelled Kurdish positions near Kirkuk.", "ASSAULT") == [
        "Kurdish positions"
    ]


def test_a_strike_on_hezbollah_depots_is_done_to_hezbollah() -> None:
    assert target_words("Israel bombed Hezbollah depots in the Bekaa.", "ASSAULT") == [
        "Hezbollah depots in the Bekaa"
    ]


def test_targets_of_no_side_are_still_no_one() -> None:  # guard
    assert coded("Israel bombed targets in the Bekaa.") == []


# -- a protest with no party, by a crowd ---------------------------------------------------


def test_a_rally_against_fuel_prices_is_a_protest_aimed_at_no_party() -> None:
    _, found = events("Hundreds of protesters rallied in Lagos against fuel prices.")
    assert [(e.type, e.target, e.target_phrase) for e in found] == [("PROTEST", None, None)]


def test_a_crowd_marching_to_protest_is_a_protest() -> None:
    _, found = events("Thousands of people marched through Lagos to protest against fuel prices.")
    assert [(e.type, e.source_phrase.text if e.source_phrase else None) for e in found] == [
        ("PROTEST", "Thousands of people")
    ]


def test_a_crowd_marching_in_a_parade_protests_nothing() -> None:  # guard
    assert coded("Thousands of people marched through Lagos in a carnival parade.") == []


# -- an act condemned ----------------------------------------------------------------------


def test_an_attack_condemned_with_no_doer_named_accuses_no_one() -> None:
    assert coded("The European Union condemned the shelling of a hospital.") == [
        ("ACCUSE", "European Union", None)
    ]


def test_an_attack_condemned_after_its_doer_acted_accuses_the_doer() -> None:
    found = coded("Russia attacked Georgia on Sunday. Germany condemned the attack.")
    assert ("ACCUSE", "Germany", "Russia") in found


def test_a_thing_condemned_is_no_event() -> None:  # guard
    assert coded("The European Union condemned the report.") == []


# -- a veto, a missile ---------------------------------------------------------------------


def test_a_veto_of_a_bill_rejects_with_its_target_open() -> None:
    assert coded("President Joe Biden vetoed the spending bill.") == [("REJECT", "Joe Biden", None)]


def test_a_missile_fired_into_the_sea_is_a_show_of_force() -> None:
    assert coded("Iran fired a cruise missile into the sea.") == [("MOBILIZE", "Iran", None)]


def test_a_missile_fired_at_a_party_stays_an_attack() -> None:  # guard
    assert "MOBILIZE" not in [t for t, _, _ in coded("Iran fired a missile at Israel.")]


def test_a_pledge_to_press_a_party_is_no_pact_with_it() -> None:  # guard (pool, session 40)
    found = coded("The ministry pledged to rebuild the schools and hit up Norvex for the costs.")
    assert all(t != "AGREE" or target is None for t, _, target in found)


def test_talks_that_failed_are_no_refusal_to_the_other_side() -> None:  # guard (pool)
    text = "Chilean and Peruvian negotiators failed to conclude a deal on copper sales to Peru."
    assert ("REJECT", "Chile", "Peru") not in coded(text)


def test_people_who_protested_that_a_rule_is_unfair_held_no_protest() -> None:  # guard (pool)
    assert coded("Small farmers protested that the new tender rules favour the state firm.") == []
