"""Countries the text gives by a possessive country or a "<place>-based" description (issue
21): "Britain's Tom Oakes", "X, a Paris-based analyst", "a Toronto-based firm, X", "X, a
Rotterdam-based shipper". Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def actors(text: str) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, dt.date(2012, 6, 1)))
    return {a.name: (a.kind, a.country) for a in table.actors}


def test_a_country_owning_a_bare_name_is_the_persons_country():
    found = actors("Britain's Tom Oakes beat Spain's Luis Ortega in the final on Sunday.")
    assert found["Tom Oakes"] == ("person", "GBR")
    assert found["Luis Ortega"] == ("person", "ESP")


def test_a_country_before_a_title_still_gives_the_country():
    # a guard: read with the title, as before
    found = actors("Azerbaijan's President Ilham Aliyev arrived in Vienna on Monday.")
    assert found["Ilham Aliyev"][1] == "AZE"


def test_a_known_person_owning_a_name_gives_no_country_of_its_own():
    # a guard: "Obama's" is a person, not a country
    found = actors("Obama's Joe Biden spoke first.")
    assert found["Joe Biden"][1] == "USA"


def test_a_person_based_in_a_foreign_town_is_of_its_country():
    found = actors("Jan Vos, a Paris-based analyst, said prices would rise.")
    assert found["Jan Vos"] == ("person", "FRA")


def test_a_firm_described_before_its_name_by_its_base_is_of_that_country():
    found = actors("A Toronto-based firm, Maple Ridge Capital, bought the mine.")
    assert found["Maple Ridge Capital"] == ("organisation", "CAN")


def test_a_body_described_by_a_noun_of_its_trade_is_of_its_base():
    found = actors(
        "Officials at Halvorsen Logistics, a Rotterdam-based shipper, said the port was closed."
    )
    assert found["Halvorsen Logistics"] == ("organisation", "NLD")


def test_a_base_of_two_words_is_read_whole():
    found = actors("Maple Ridge Capital, a New York-based firm, bought the mine.")
    assert found["Maple Ridge Capital"][1] == "USA"


def test_a_us_state_owning_the_noun_in_apposition_gives_the_country():
    text = (
        "Mexico and Canada reported cases. Dr Ann Vale, Kansas's state health officer, said the"
        " couple were isolated."
    )
    assert actors(text)["Ann Vale"] == ("person", "USA")
