"""Countries the text or common knowledge gives that session 43 left empty or wrong (session 44,
issue 21): units of a known firm or outlet ("BBC World Service", "BP Exploration and Production
Inc.") and of a known university ("Georgetown University's School of Foreign Service", which
had Guyana's country from the town in its name); groups of two states ("British and Greek
forces", "US and Dutch authorities": no one country, nor the story's); a US party word before
an armed force ("the Republican army" of Spain); "Austro-Hungarian" (no Hungary); a lawyer
*for* a client (not the client's country); a party in foreign coverage tied to the story's
country; well-known bodies of no country before (British banks, a Northern Irish party, an
Egyptian party, a British journal). Sentences written for dateline; invented names unless the
body is a well-known one the knowledge lists."""

import datetime as dt

from dateline.actors import find_actors
from dateline.model import Article
from tests.stages import actor_named, article, parse, read_event_text


def actors_on(text: str, published: dt.date = dt.date(2011, 2, 1), source: str | None = None):
    if source is None:
        return find_actors(parse(text), article(text, published))
    return find_actors(parse(text), Article(id="t", text=text, published=published, source=source))


def named(text: str, name: str, **kwargs):
    return actor_named(actors_on(text, **kwargs), name)


# -- units of known bodies ------------------------------------------------------------------


def test_a_university_school_named_with_the_universitys_possessive_is_of_its_country():
    # the town word "Georgetown" gave Guyana's country before
    text = (
        "CAIRO — said Lena Marsh, a researcher at Georgetown University's School of Foreign "
        "Service."
    )
    school = named(text, "Georgetown University's School of Foreign Service")
    assert (school.country, school.sector) == ("USA", "EDU")
    assert named(text, "Lena Marsh").country == "USA"


def test_an_outlets_service_is_of_the_outlets_country_and_trade():
    text = "NAIROBI — The BBC World Service said it would close two of its language services."
    service = named(text, "BBC World Service")
    assert (service.country, service.sector) == ("GBR", "MED")


def test_a_known_firms_unit_of_several_business_words_is_of_the_firms_country():
    text = (
        "NEW ORLEANS — The Justice Department sued BP Exploration and Production Inc. and two "
        "other companies on Wednesday."
    )
    assert named(text, "BP Exploration and Production Inc.").country == "GBR"


def test_a_common_words_name_before_another_word_is_no_unit_of_the_known_firm():
    # "Apple" is a known US firm; "Apple Daily" is a Hong Kong newspaper
    text = "HONG KONG — Apple Daily said the police had searched its offices on Thursday."
    assert named(text, "Apple Daily").country != "USA"


# -- groups of two states --------------------------------------------------------------------


def test_forces_of_two_states_are_of_no_one_country():
    text = (
        "SOFIA — The Bulgarian army held the pass. Days later British and Greek forces "
        "attacked the town, and Bulgaria kept it."
    )
    forces = named(text, "British and Greek forces")
    assert forces.country is None


def test_authorities_of_two_states_are_of_no_one_country():
    text = "US and Dutch authorities said they would question the ship's owner on Monday."
    assert named(text, "US and Dutch authorities").country is None


def test_one_states_troops_named_with_two_words_keep_its_country():
    # guard: "North Korean" is one country, not North and Korean
    text = "SEOUL — North Korean troops fired across the border on Tuesday."
    assert named(text, "North Korean troops").country == "PRK"


# -- a party word, a union of two states --------------------------------------------------------


def test_a_republican_army_is_no_us_party():
    text = (
        "MADRID — The Republican army surrendered in the north in October, and Republican "
        "troops fled across the mountains."
    )
    table = actors_on(text, dt.date(2009, 12, 19))
    assert actor_named(table, "Republican army").country != "USA"
    assert actor_named(table, "Republican troops").country != "USA"


def test_republican_lawmakers_stay_american():
    # guard: a party word before lawmakers still gives the US
    text = "WASHINGTON — Republican lawmakers said on Friday they would vote against the bill."
    assert named(text, "Republican lawmakers").country == "USA"


def test_austro_hungarian_is_no_hungary():
    text = (
        "The Austro-Hungarian government began negotiations to keep Italy neutral, and "
        "Austro-Hungarian troops crossed the river."
    )
    table = actors_on(text, dt.date(2009, 12, 19))
    assert actor_named(table, "Austro-Hungarian government").country != "HUN"
    assert actor_named(table, "Austro-Hungarian troops").country != "HUN"


# -- a lawyer for a client ----------------------------------------------------------------------


def test_a_lawyer_for_a_known_foreign_bank_is_not_of_the_banks_country():
    text = "NEW YORK — Dale Brennan, a lawyer for UBS, said his client had done nothing wrong."
    assert named(text, "Dale Brennan").country != "CHE"


def test_a_lawyer_for_a_bank_described_by_its_country_is_not_of_that_country():
    text = "NEW YORK — Dale Brennan, a lawyer for a Swiss bank, said his client was innocent."
    assert named(text, "Dale Brennan").country != "CHE"


def test_a_spokesman_for_a_known_bank_keeps_the_banks_country():
    # guard: a spokesman speaks for his own employer
    text = "NEW YORK — Dale Brennan, a spokesman for UBS, said the bank had done nothing wrong."
    assert named(text, "Dale Brennan").country == "CHE"


# -- a party in foreign coverage ----------------------------------------------------------------


def test_a_party_named_where_the_lines_name_the_storys_country_takes_it():
    text = (
        "Protesters filled the main square of the capital. Egypt's opposition is divided. The "
        "National Democratic Party lost its offices on Friday."
    )
    party = named(text, "National Democratic Party", source="guardian")
    assert party.country == "EGY"


# -- well-known bodies ----------------------------------------------------------------------------


def test_british_banks_and_a_northern_irish_party_are_known():
    text = (
        "LONDON — Lloyds Banking Group and Standard Chartered said profits fell, and the Royal "
        "Bank of Scotland said it would cut jobs. The DUP said it would back the budget."
    )
    table = actors_on(text)
    for name in ("Lloyds Banking Group", "Standard Chartered", "Royal Bank of Scotland"):
        assert actor_named(table, name).country == "GBR", name
    assert actor_named(table, "Democratic Unionist Party").country == "GBR"


def test_an_egyptian_party_and_a_british_journal_are_known():
    text = (
        "CAIRO — The Wafd Party said it would boycott the vote. The Lancet said on Friday that "
        "the clinics were short of drugs."
    )
    table = actors_on(text, source="guardian")
    assert actor_named(table, "Wafd Party").country == "EGY"
    assert actor_named(table, "The Lancet").country == "GBR"


# -- staff of a body above states ----------------------------------------------------------


def test_officials_at_the_un_are_of_no_country_in_a_story_abroad():
    text = (
        "PORT-AU-PRINCE — Haiti's government was in ruins. Officials at the UN say that 120 "
        "people from its mission are still missing."
    )
    officials = named(text, "Officials", source="bbc")
    assert (officials.country, officials.sector) == (None, "IGO")


def test_officials_of_a_un_agency_are_of_no_country():
    text = (
        "PORT-AU-PRINCE — Haiti's government was in ruins. Officials of the World Food "
        "Programme said food was arriving."
    )
    officials = named(text, "Officials", source="bbc")
    assert (officials.country, officials.sector) == (None, "IGO")


# -- the event of a group of two states ------------------------------------------------------


def test_talks_between_two_states_representatives_are_between_the_two_states():
    # the group is of no one country now; its event is still between the two states
    text = (
        "Direct talks between Serbian and Croatian representatives were held in Geneva in "
        "March, but little progress was made."
    )
    reading = read_event_text(text, dt.date(2024, 4, 2))
    group = next(a for a in reading.actors if a.name == "Serbian and Croatian representatives")
    assert group.country is None
    assert [(e.source, e.target) for e in reading.events] == [("serbia", "croatia")]


def test_officials_of_the_member_states_of_a_un_agency_are_not_its_staff():
    # guard: the states' officials, not the agency's
    text = (
        "GENEVA — Officials from the WHO's 193 member states have pushed this week for a new "
        "definition of a pandemic."
    )
    officials = next((a for a in actors_on(text).actors if a.name == "Officials"), None)
    assert officials is None or officials.sector != "IGO"
