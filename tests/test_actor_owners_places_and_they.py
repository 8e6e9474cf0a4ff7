"""Whose a firm is and whom "they" means (issue 21): a country owning a firm's noun only
places the firm ("Britain's third-largest company"); the owners a clause names give a firm
its country; a "they" after other people are named is no one's. Sentences written for
dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def table(text: str):
    return find_actors(parse(text), article(text, dt.date(2011, 3, 2)))


def test_a_country_owning_a_ranked_firm_only_places_it():
    found = table("Some $5bn was wiped off the value of Britain's third-largest company this week.")
    assert not any(a.kind == "country" for a in found.actors)


def test_a_country_owning_its_central_bank_stays_a_party():
    # a guard: a central bank is the state's
    found = table("Shares rose after Iran's central bank raised rates.")
    assert any(a.country == "IRN" for a in found.actors)


def test_the_owners_a_clause_names_give_a_firm_its_country():
    found = table(
        "The firm holds a stake in a joint venture with KLM Partners, which is owned by a "
        "group of Russian billionaires."
    )
    assert {a.name: a.country for a in found.actors}["KLM Partners"] == "RUS"


def test_they_after_other_people_are_named_is_no_one():
    found = table(
        "Jo Marsh said voters were shocked that there were protesters at the rally. A supporter "
        "asked people in the audience to stand if they agreed with the speech."
    )
    for actor in found.actors:
        assert all(m.text != "they" for m in actor.mentions), actor.name


def test_they_after_only_places_and_things_is_the_group():
    # a guard
    found = table("The protesters marched through the streets before they dispersed on Sunday.")
    protesters = next(a for a in found.actors if a.name == "protesters")
    assert [m.text for m in protesters.mentions] == ["protesters", "they"]


def test_a_singular_member_word_modifying_a_thing_is_no_group():
    found = table("No candidate is pushing for a large U.S. troop presence along the border.")
    assert not any(a.kind == "group" for a in found.actors)


def test_they_past_people_named_inside_a_quotation_is_still_the_group():
    # a guard: words inside quotation marks are the speaker's, not the narrative's
    found = table(
        "Canadian soldiers had fought near the river, the minister said, adding "
        '"there were people there" but that they were not on duty.'
    )
    soldiers = next(a for a in found.actors if a.name == "Canadian soldiers")
    assert "they" in [m.text for m in soldiers.mentions]
