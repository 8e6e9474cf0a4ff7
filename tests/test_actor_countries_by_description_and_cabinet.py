"""Foreign firms and ministers whose country the text gives only by a description or by the
government it names (sentences written for dateline; session 41, second round)."""

from __future__ import annotations

import datetime as dt

from dateline.actors import find_actors
from tests.stages import article, parse

WIRE_DAY = dt.date(1987, 3, 20)


def records(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.name, a.kind, a.country)
        for a in find_actors(parse(text), article(text, WIRE_DAY)).actors
    ]


def test_a_firm_after_its_countrys_description_is_kept_with_that_country():
    found = records(
        "Japan's largest chip maker, Hoshino Electric Co, said on Tuesday it would cut output "
        "by 10 pct. Prices fell in Europe and Taiwan."
    )
    assert ("Hoshino Electric Co", "organisation", "JPN") in found


def test_a_countrys_description_after_the_firm_gives_its_country():
    found = records(
        "Fenwick Barclay Plc, Britain's second biggest bank, said profits rose. Demand in "
        "France and Spain was weak."
    )
    assert ("Fenwick Barclay Plc", "organisation", "GBR") in found


def test_a_description_owned_by_a_firm_gives_no_country():
    found = records(
        "Hoshino's chip unit, Lumen Devices Co, said it would cut output. Demand in France "
        "and Spain was weak."
    )
    assert ("Lumen Devices Co", "organisation", None) in found


def test_a_minister_beside_a_known_prime_minister_is_of_that_state():
    found = records(
        "Prime Minister Jacques Chirac said the deficit would fall next year. Finance "
        "Minister Edouard Balladur plans to cut spending by 15 billion francs."
    )
    assert ("Edouard Balladur", "person", "FRA") in found


def test_a_minister_in_a_story_naming_one_government_is_of_it():
    found = records(
        "The exchange may start trading palm oil, its chairman said. The question was being "
        "considered by Trade Minister Rachmat Saleh. Indonesia's government wants more "
        "exports. Prices rose in Mexico, Korea and Taiwan."
    )
    assert ("Rachmat Saleh", "person", "IDN") in found


def test_a_minister_beside_two_states_office_holders_gets_no_guess():
    found = records(
        "Prime Minister Jacques Chirac met Chancellor Helmut Kohl on Monday. Trade Minister "
        "Ali Hassan said the talks went well."
    )
    assert ("Ali Hassan", "person", None) in found


def test_a_list_of_office_holders_shares_the_nationality_given_once():
    found = records(
        "Japan sent a letter to French Foreign Minister Paul Arnaud, Farm Minister Luc Morel "
        "and French Trade Minister Anne Duval. South Korea was angry, and Tokyo said Seoul "
        "agreed."
    )
    assert ("Luc Morel", "person", "FRA") in found


def test_a_list_of_two_nationalities_gives_none():
    found = records(
        "Japanese Trade Minister Taro Ito, Finance Minister Jiro Sato and German Economy "
        "Minister Hans Weber met in Paris."
    )
    assert ("Jiro Sato", "person", None) in found


def test_the_first_firm_of_a_list_after_a_plural_is_not_vouched_for_by_it():
    found = records(
        "The five companies, Orlat Minerals, Kessel Zinc and three others, hold 22 pct of "
        "the market, a trader said."
    )
    assert all(name != "Orlat Minerals" for name, _, _ in found)
