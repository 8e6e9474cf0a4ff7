"""Which mentions are actors, and of what kind (issue 21, session 53): a country whose
possessive owns a deed that happens in the land ("Norland's civil war", "Valdoria's
uprising", "Tarsk's stock exchange") is only its scene, no acting government, unless the deed
names whom it is done to ("Norland's war on Valdoria"); "the Haldanes" named after a person of
the text is a family, a group, no person; "St Cuthbert" of "St Cuthbert's Cathedral" is half
of the cathedral's name, no person; "the labor force" and "gale force" winds are no armed
group. Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in find_actors(parse(text), article(text, dt.date(2026, 4, 9))).actors:
        found.setdefault(actor.name, set()).add(actor.kind)
    return found


def test_a_civil_war_owned_by_a_country_is_no_deed_of_its_government():
    found = kinds("Refugees fleeing Estonia's civil war crossed into the hills, aid workers said.")
    assert "government" not in found.get("Estonia", set())


def test_an_uprising_owned_by_a_country_is_no_deed_of_its_government():
    found = kinds("Shops reopened weeks after Bolivia's uprising, a trader said on Monday.")
    assert "government" not in found.get("Bolivia", set())


def test_a_stock_exchange_owned_by_a_country_is_no_deed_of_its_government():
    found = kinds("Shares fell on Peru's stock exchange after the storm, brokers said.")
    assert "government" not in found.get("Peru", set())


def test_a_war_on_another_country_is_a_deed_of_the_government():
    # a guard: the deed names whom it is done to
    found = kinds("Chile's war on Bolivia lasted four years, the historian wrote.")
    assert found["Chile"] == {"government"}


def test_a_family_named_after_a_person_of_the_text_is_a_group():
    found = kinds(
        "Senator Anna Haldane spoke in Dover on Tuesday. The Haldanes later flew to Maine "
        "for a holiday, aides said."
    )
    assert found["Haldanes"] == {"group"}
    assert "person" in found["Anna Haldane"]


def test_a_surname_ending_in_s_stays_the_person():
    # a guard: the person's own surname, not a family
    found = kinds("Senator Tom Summers spoke in Dover. The Summers campaign raised funds.")
    assert "group" not in found.get("Tom Summers", set())


def test_the_first_half_of_a_cathedral_s_name_is_no_person():
    found = kinds("The dean of St Cuthbert's Cathedral, Harold Vane, said the roof had fallen.")
    assert "St Cuthbert" not in found


def test_the_first_half_of_a_cathedral_s_name_in_tokenised_copy_is_no_person():
    found = kinds(
        "Dean of St Brannoc 's Cathedral Harold Vane has restarted the charity drive for "
        "the island."
    )
    assert "St Brannoc" not in found


def test_a_country_owning_its_court_stays_an_actor():
    # a guard: a place's own court
    found = kinds("Norland's Court of Appeal ruled that Norland must pay, officials said.")
    assert "Norland" in found


def test_a_country_s_labor_force_is_no_armed_group():
    found = kinds("Since 1990 the Norland labor force has grown by a third, the bureau said.")
    assert not any(name.endswith("labor force") for name in found)


def test_gale_force_winds_are_no_armed_group():
    found = kinds("Forecasters warned that gale force winds would reach the Tarsk coast by Friday.")
    assert "gale force" not in found
