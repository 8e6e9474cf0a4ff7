"""Which mentions are actors (issue 21, session 52): an office's building won, held or sought
("ready for the White House", "if the Greens hold the White House") is the office, no
government; a country owning an office or an act stays a party. Sentences written for
dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def table(text: str):
    return find_actors(parse(text), article(text, dt.date(2026, 3, 2)))


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in table(text).actors}


def test_a_country_owning_an_office_stays_a_party():
    # a guard: a later "the country" may point back to the state an office-holder is of
    found = table("The envoy met Norway's foreign minister, Eirik Vold, on Monday.")
    assert {a.name: a.country for a in found.actors}["Eirik Vold"] == "NOR"
    assert any(a.name == "Norway" for a in found.actors)


def test_a_country_owning_a_ministry_or_hosting_an_envoy_stays_a_record():
    # a guard: a round dropped such countries, and blind judges held 26 of 40 of the records it
    # dropped right (the state an envoy is posted to, the polity owning a ministry)
    found = table(
        "Chile's health ministry said on Tuesday that the Peruvian ambassador to Bolivia had left."
    )
    assert {"Chile", "Bolivia"} <= {a.name for a in found.actors if a.kind == "country"}


def test_a_country_owning_an_act_stays_a_party():
    # a guard: what the state does names the state
    assert "Russia" in kinds("Russia's invasion of Georgia began in August, the report said.")


def test_the_white_house_one_is_ready_for_is_the_office():
    assert "White House" not in kinds(
        "Senator Maria Oakes said the governor was not ready for the White House."
    )


def test_the_white_house_a_party_holds_is_the_office():
    assert "White House" not in kinds(
        "If the Greens hold the White House in November, they will need the cities."
    )


def test_the_white_house_one_is_carried_to_is_the_office():
    assert "White House" not in kinds("The 1998 recount catapulted Tom Birch to the White House.")


def test_the_white_house_that_speaks_or_is_accused_is_the_government():
    # a guard
    found = kinds("The White House said it would veto the bill. Critics accused the White House.")
    assert found.get("White House") == "government"
