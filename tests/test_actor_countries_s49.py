"""Session 49 (issue 21): the country of the town the lines place a person or a group in ("a man
arrested in Modesto, California" in a British paper's story, "protesters in Cairo" in a story
about no one country, a school "in Washington DC"), and a known person's nationality over the
outlet that employs them ("CNN's Nic Robertson", a Briton). Sentences written for dateline;
real, well-known names only where the knowledge is what is tested."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Article


def actors(text: str, source: str | None = None) -> dict[str, tuple]:
    art = Article(id="t", text=text, published=dt.date(2019, 5, 2), source=source)
    table = find_actors(parse(text), art)
    return {a.name: (a.kind, a.country, a.role) for a in table.actors}


def test_a_suspect_in_a_us_town_is_american_in_a_british_papers_story():
    found = actors(
        "A man accused of stabbing his landlord in Fresno, California, appeared in court on "
        "Tuesday. Orrin Tallis, 41, was arrested at a motel on Friday, police said.",
        source="guardian",
    )
    assert found["Orrin Tallis"][1] == "USA"


def test_a_suspect_in_a_large_town_takes_its_country_when_the_story_names_none():
    found = actors(
        "A man accused of stabbing his landlord in Fresno appeared in court on Tuesday. "
        "Orrin Tallis, 41, was arrested at a motel on Friday, police said.",
        source="bbc",
    )
    assert found["Orrin Tallis"][1] == "USA"


def test_protesters_in_a_capital_are_of_its_country():
    found = actors(
        "Thousands of protesters marched through Cairo on Friday, chanting against the "
        "president. The protesters said they would stay in the square.",
        source="bbc",
    )
    assert found["protesters"][1] == "EGY"


def test_a_school_director_in_washington_dc_is_american():
    found = actors(
        "A charter school in Washington DC will close in June. Karen Wolde, the school's "
        "director, told parents that staff would be helped to find new posts.",
        source="washingtonpost",
    )
    assert found["Karen Wolde"][1] == "USA"


def test_towns_of_two_countries_place_no_one():
    found = actors(
        "Talks between traders in Lyon and Osaka broke down on Monday. Orrin Tallis, a "
        "broker who attended, said no deal was near.",
        source="bbc",
    )
    assert found["Orrin Tallis"][1] is None


def test_a_town_beside_another_named_country_places_no_one():
    found = actors(
        "A man accused of stabbing his landlord in Fresno fled to Peru on Tuesday. Dana "
        "Whitlock, his cousin, said he had not called.",
        source="bbc",
    )
    assert found["Dana Whitlock"][1] is None


def test_a_known_briton_at_a_us_network_keeps_his_nationality():
    found = actors(
        "The Senate voted on the sanctions in Washington on Monday. CNN's Nic Robertson "
        "reported from Moscow that the Kremlin was angry."
    )
    assert found["Nic Robertson"][1] == "GBR"


def test_an_unknown_reporter_of_a_us_network_is_still_american():
    found = actors(
        "Rescuers in Port-au-Prince worked through the night as aid reached Haiti. CNN's "
        "Dana Whitlock reported that the airport was full."
    )
    assert found["Dana Whitlock"][1] == "USA"


def test_well_known_irish_and_british_people_in_a_us_story():
    found = actors(
        "The film opened in New York on Friday to long queues. Saoirse Ronan said she was "
        "thrilled, and the historian Simon Schama called it a triumph.",
        source="washingtonpost",
    )
    assert found["Saoirse Ronan"][1] == "IRL"
    assert found["Simon Schama"][1] == "GBR"


def test_a_reporter_is_not_of_the_town_she_reports_from():
    found = actors(
        "Rescuers dug through the rubble in Port-au-Prince on Friday. Nora Valden reports from "
        "a field hospital in the city.",
        source="bbc",
    )
    assert found["Nora Valden"][1] is None


def test_another_states_organ_by_its_possessive():
    found = actors(
        "Brazil's National Security Council met in Brasilia on Monday. The council said the debt "
        "talks would go on."
    )
    assert found["National Security Council"][1] == "BRA"


def test_the_national_security_council_named_bare_in_a_story_abroad_is_american():
    found = actors(
        "Ukraine's president spoke to reporters in Kiev on Tuesday about the aid. Mark Deller, a "
        "National Security Council aide, told lawmakers he had raised concerns.",
        source="nyt",
    )
    assert found["National Security Council"][1] == "USA"


def test_people_of_a_nation_unknown_to_the_knowledge_are_not_of_the_town():
    found = actors(
        "Valdorian opposition supporters marched through London on Saturday, demanding new "
        "elections.",
        source="bbc",
    )
    assert all(country != "GBR" for kind, country, _ in found.values() if kind == "group")


def test_an_officer_is_not_of_the_town_where_he_fights():
    found = actors(
        "The invasion force gathered in Tokyo in the summer. Maj. Gen. Orrin Tallis ordered "
        "the division to sail.",
        source="bbc",
    )
    assert found["Orrin Tallis"][1] is None
