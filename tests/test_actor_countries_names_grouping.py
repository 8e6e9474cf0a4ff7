"""Countries from titles and descriptions, names the model cut, bare nouns grouped with the one
body named before (sentences written for dateline; session 41)."""

from __future__ import annotations

import datetime as dt

from dateline.actors import find_actors
from tests.stages import article, parse

WIRE_DAY = dt.date(1987, 3, 20)


def records(text: str, published: dt.date = WIRE_DAY) -> list[tuple[str, str, str | None]]:
    return [
        (a.name, a.kind, a.country)
        for a in find_actors(parse(text), article(text, published)).actors
    ]


def mentions(text: str, name: str, published: dt.date = WIRE_DAY) -> list[str]:
    table = find_actors(parse(text), article(text, published))
    return next([m.text for m in a.mentions] for a in table.actors if a.name == name)


# -- countries ------------------------------------------------------------------------------


def test_a_countrys_possessive_before_a_portfolio_title():
    found = records(
        "Italy's central bank governor Carlo Ciampi has also criticised Spain's reluctance to "
        "cut rates. Spanish banks disagreed."
    )
    assert ("Carlo Ciampi", "person", "ITA") in found


def test_minister_of_state_is_a_title_with_its_nationality():
    found = records(
        '"Spending must follow income," West German Minister of State Hans Tietmeyer told '
        "reporters in Brussels. Belgian officials agreed."
    )
    assert ("Hans Tietmeyer", "person", "DEU") in found


def test_a_listed_firm_of_a_country_after_its_ticker():
    found = records(
        "Pacific Telesis Group <PAC.N> of the United States also holds a 20 pct stake in the "
        "venture. Japanese firms hold the rest, Tokyo officials said."
    )
    assert ("Pacific Telesis Group", "organisation", "USA") in found


def test_the_administration_beside_one_president_is_his():
    found = records(
        "Presidential spokesman Tom Fenner shrugged off the fall in Tokyo, saying the "
        "administration believes the market is sound. He said President Reagan's sanctions "
        "against Japan had played a part. Japanese officials said Japan would respond."
    )
    assert ("administration", "government", "USA") in found
    assert ("Tom Fenner", "person", "USA") in found


def test_the_administration_of_a_story_with_its_own_president_keeps_it():
    found = records(
        "The strike, called by unions in Quito, was aimed at pressing the administration to "
        "scrap the program. President Leon Febres Cordero said Ecuador would not yield."
    )
    assert ("administration", "government", "ECU") in found


def test_a_person_in_apposition_from_a_city_abroad():
    found = records(
        "Sophie Lindt, 28, a graduate student from Berlin, said the beach was ruined. "
        "Louisiana officials said the beaches were clean.",
        dt.date(2010, 9, 3),
    )
    assert ("Sophie Lindt", "person", "DEU") in found


def test_a_professor_of_a_subject_is_no_place():
    found = records(
        "Tom Brandt, a professor of Spanish literature, said the law was unfair. Louisiana "
        "officials said the law would stand.",
        dt.date(2010, 9, 3),
    )
    assert ("Tom Brandt", "person", "ESP") not in found


def test_a_congressman_in_a_story_from_london():
    found = records(
        "LONDON (Reuters) - BP's chief told British business leaders in London that rivals had "
        "stirred fear over the spill in the United States. Congressman Ed Markey slammed the "
        "comments. British officials backed BP, and the British government said Britain would "
        "help.",
        dt.date(2010, 10, 25),
    )
    assert ("Ed Markey", "person", "USA") in found


def test_a_surname_that_is_a_nationality_is_the_person():
    text = (
        "Oil company spokesman Jason French says 1,800 workers report to the island each day. "
        "The firm tried to hire locals, French says, but few applied."
    )
    found = records(text, dt.date(2010, 7, 26))
    assert not any(kind in ("country", "government") and c == "FRA" for _, kind, c in found)
    assert "French" in mentions(text, "Jason French", dt.date(2010, 7, 26))


def test_the_french_as_a_people_stay_france():
    found = records("The French said the talks in Paris would go on.", dt.date(2010, 7, 26))
    assert any(c == "FRA" for _, _, c in found)


# -- names the model cut ----------------------------------------------------------------------


def test_a_three_part_name_cut_in_two_is_one_person_with_its_surname():
    text = (
        "President Zine El Abidine Ben Ali fled Tunisia on Friday. Ben Ali had ruled for 23 "
        "years, Tunisian officials said."
    )
    table = find_actors(parse(text), article(text, dt.date(2011, 1, 15)))
    people = [a for a in table.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Zine El Abidine Ben Ali"]
    assert [m.text for m in people[0].mentions] == ["Zine El Abidine Ben Ali", "Ben Ali"]


def test_a_surname_left_out_of_the_name():
    found = records("President Leon Febres Cordero said Ecuador would not yield.")
    assert ("Leon Febres Cordero", "person", "ECU") in found


def test_a_surname_after_a_line_break():
    found = records(
        "British Foreign Secretary Sir Geoffrey\nHowe backed the attack on an Iranian oil\n"
        "platform on Monday."
    )
    assert ("Geoffrey Howe", "person", "GBR") in found


def test_a_word_after_a_name_that_is_a_body_or_a_day_is_no_surname():
    found = records(
        "Some officials doubted President Reagan Administration officials would act, and "
        "Secretary Baker Monday said nothing."
    )
    names = {name for name, kind, _ in found if kind == "person"}
    assert "Reagan Administration" not in names
    assert "Baker Monday" not in names


def test_a_bank_of_a_place_is_one_name():
    found = records("The Federal Reserve Bank of New York said it bought bills for customers.")
    assert ("Federal Reserve Bank of New York", "organisation", "USA") in found


# -- grouping ---------------------------------------------------------------------------------


def test_the_community_is_the_european_community():
    text = (
        "The European Community was set to plunge into a budget crisis after ministers failed "
        "to plug a gap in the Community's finances, diplomats said."
    )
    assert mentions(text, "European Community") == ["The European Community", "Community"]


def test_the_army_is_the_one_army_named_before():
    text = (
        "Egyptian police clashed with protesters in Cairo on Friday, while the Egyptian army "
        "deployed tanks. A blogger said the army had fired on them."
    )
    found = records(text, dt.date(2011, 1, 28))
    assert ("army", "organisation", None) not in found
    assert mentions(text, "Egyptian army", dt.date(2011, 1, 28)) == ["Egyptian army", "army"]


def test_the_government_is_the_one_named_last_of_two_countries():
    text = (
        "The Tunisian government said it would hold talks. The government also freed "
        "prisoners. In Cairo, the Egyptian government said the streets were calm. The "
        "government said protests were small."
    )
    day = dt.date(2011, 1, 28)
    assert mentions(text, "Tunisian government", day) == ["Tunisian government", "government"]
    assert mentions(text, "Egyptian government", day) == ["Egyptian government", "government"]


def test_two_countries_forces_named_together_stay_apart():
    text = (
        "Israeli and Palestinian forces exchanged fire near the border. The forces pulled back "
        "at dawn."
    )
    found = records(text, dt.date(2011, 1, 28))
    assert ("forces", "group", "ISR") not in found or ("forces", "group", "PSE") not in found
    table = find_actors(parse(text), article(text, dt.date(2011, 1, 28)))
    for actor in table.actors:
        if actor.name != "forces":
            assert "The forces" not in [m.text for m in actor.mentions]


def test_a_description_in_apposition_to_another_name_is_not_the_firm_named_before():
    text = (
        "Residents say their families fell ill from fluids left in the forest by Kestrel Oil "
        "and other companies, such as Petrolandia, the state-run firm that took over the "
        "operations in 1992."
    )
    assert mentions(text, "Kestrel Oil", dt.date(2010, 6, 29)) == ["Kestrel Oil"]


def test_a_nationality_hung_on_the_noun_after_the_group():
    found = records(
        "Hundreds of protesters marched , and Yemeni opposition leaders said the ruling party "
        "had lost support . Libyan rebel fighters took the town .",
        dt.date(2011, 2, 20),
    )
    assert ("Yemeni opposition", "group", "YEM") in found
    assert ("Libyan rebel", "group", "LBY") in found
    assert not any(kind == "country" for _, kind, _ in found)
