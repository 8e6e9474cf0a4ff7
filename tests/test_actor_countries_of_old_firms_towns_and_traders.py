"""Countries the text or common knowledge gives that session 43's first round left empty or
guessed wrong (session 43, second round, issue 21): well-known US firms and federal bodies of
1980s-1990s news named bare (no share code, no country word), a firm's town set off by commas
after its legal form ("Kestrel Corp., Houston, said"), and a place before an occupation of
money and trade ("Houston investor X", "Hong Kong tycoon X"). Sentences written for dateline;
invented names unless the firm or body is a well-known one the knowledge lists."""

import datetime as dt

from dateline.actors import find_actors
from tests.stages import actor_named, article, parse


def actors_on(text: str, published: dt.date = dt.date(1989, 5, 1)):
    return find_actors(parse(text), article(text, published))


def named(text: str, name: str, published: dt.date = dt.date(1989, 5, 1)):
    return actor_named(actors_on(text, published), name)


# -- well-known firms and bodies of the time ------------------------------------------------


def test_a_firm_under_its_old_name_is_known():
    text = "NEW YORK — Of the big makers, only Apple Computer Co. uses the chips. Prices fell."
    apple = named(text, "Apple")
    assert (apple.country, apple.country_basis) == ("USA", "known")


def test_a_bare_wall_street_house_of_the_time_is_american():
    text = (
        "NEW YORK — Two brokers trade for clients. Kidder Peabody does program trading for its "
        "own account. Drexel Burnham Lambert Inc. declined to comment."
    )
    table = actors_on(text)
    assert actor_named(table, "Kidder Peabody").country == "USA"
    assert actor_named(table, "Drexel Burnham Lambert").country == "USA"


def test_the_immigration_service_is_american_in_a_story_from_havana():
    # the story's guess (Cuba) must not reach a US federal body the knowledge lists
    text = (
        "HAVANA — Cuban officials said the INS had failed to act on the boy's case. Cuba's "
        "leaders said they were angry. Cuban television showed the boy's school."
    )
    ins = named(text, "Immigration and Naturalization Service", dt.date(2000, 3, 1))
    assert (ins.country, ins.sector) == ("USA", "GOV")


# -- a firm's town set off by commas ----------------------------------------------------


def test_a_town_set_off_after_a_firms_legal_form_is_where_it_is():
    text = (
        "NEW YORK — Under the new plan, Carver Holdings, managed by Pellam Capital Corp., "
        "Houston, would pay $10 a share. The stock rose."
    )
    pellam = named(text, "Pellam Capital Corp.")
    assert (pellam.country, pellam.country_basis) == ("USA", "text")


def test_a_list_of_countries_after_a_firm_is_no_town_of_it():
    # guard: "Kestrel Inc., Germany and France" lists where orders came from
    text = "NEW YORK — Orders came from Kestrel Inc., Germany and France. The stock rose."
    kestrel = named(text, "Kestrel Inc.")
    assert kestrel.country not in ("DEU", "FRA")


# -- a place before an occupation of money and trade ---------------------------------------


def test_a_town_before_an_investor_is_the_investors_country():
    text = (
        "LONDON — Shares rose on Monday. Houston investor Carl Brandt said he had bought a "
        "stake. British markets closed lower."
    )
    brandt = named(text, "Carl Brandt")
    assert (brandt.country, brandt.country_basis) == ("USA", "text")


def test_a_territory_before_a_tycoon_is_the_tycoons():
    text = (
        "LONDON — Shares rose on Monday. Hong Kong tycoon Li Wai-ming said he had bought a "
        "stake. British markets closed lower."
    )
    assert named(text, "Li Wai-ming").country == "HKG"
