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


# -- a firm's trade in apposition ---------------------------------------------------------


def test_a_place_before_a_firms_trade_in_apposition_is_where_it_is():
    # "jeweler" is no body noun, but after a name ending in a legal form it names a firm's trade
    text = (
        "NEW YORK — Kestrel Group PLC, a fast-growing, acquisition-minded London-based "
        "jeweler, raised its offer for Marlow Inc. to $40 a share. The stock rose."
    )
    kestrel = named(text, "Kestrel Group PLC")
    assert (kestrel.country, kestrel.country_basis) == ("GBR", "text")


def test_a_backer_before_a_firms_trade_is_no_country_of_it():
    # guard: "a Saudi-backed venture" says who pays, not where the firm is
    text = (
        "NEW YORK — Kestrel Corp., a Saudi-backed venture, raised its offer for Marlow Inc. to "
        "$40 a share. The stock rose."
    )
    assert named(text, "Kestrel Corp.").country != "SAU"


def test_a_news_agency_is_no_body_of_the_same_letters():
    # guard: words news adds to an outlet's name are stripped to find outlets only; "the INS
    # news agency" is no US immigration service
    from dateline.actors.known import shipped_known

    known = shipped_known()
    assert known.organisation("INS news agency") is None
    assert known.organisation("Xinhua news agency").country == "CHN"


def test_a_sentence_beginning_time_is_no_publisher():
    # guard: "Time for a ban." names no firm
    text = "LONDON — The minister spoke on Monday. Time for a ban. British papers agreed."
    assert not any(a.name.startswith("Time") for a in actors_on(text).actors)


def test_a_news_agency_named_by_letters_of_a_known_body_is_no_such_body():
    # guard: the model labels "INS" alone; the words after it make it an outlet
    text = (
        "LONDON — Seven people are being tested for the virus in the county, according to the "
        "INS news agency. British doctors said they were calm."
    )
    # (since session 49 a paper or agency is named without the words that describe it: "INS")
    agency = named(text, "INS", dt.date(2009, 4, 28))
    assert agency.country != "USA"
    assert agency.sector == "MED"
