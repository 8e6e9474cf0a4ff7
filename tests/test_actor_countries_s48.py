"""Session 48 (issue 21): the country the text gives a person, and knowledge of the people and
firms news names without one — an employer named after "with" ("an oil analyst with X"), the
place a reader signs a live page's line with ("X, Lusaka, Zambia, emails:"), "based in" a
place, a known Russian of 1987 (Soviet), a firm named after a US state's last word (not the
Puerto Rican town), and athletes, spokespeople and firms of one country. Sentences written for
dateline (real, well-known names only where the knowledge is what is tested)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def actors(text: str, day: dt.date = dt.date(2016, 5, 2)) -> dict[str, tuple]:
    table = find_actors(parse(text), article(text, day))
    return {a.name: (a.kind, a.country, a.role) for a in table.actors}


US_LINES = (
    "The Senate passed the budget in Washington on Monday. The White House said the president "
    "would sign it. "
)


def test_an_analyst_with_a_known_firm_is_of_its_country():
    found = actors(
        US_LINES + "Nadia Brookes, an oil analyst with Credit Suisse, said the risk of a dividend "
        "cut was high."
    )
    assert found["Nadia Brookes"][1] == "CHE"


def test_a_friend_with_ties_to_a_firm_does_not_work_there():
    found = actors(
        "The fund lost money in Chicago on Monday. Tom Reyes, a friend with ties to Credit Suisse, "
        "said he was surprised."
    )
    assert found["Tom Reyes"][1] != "CHE"


def test_a_retired_officer_with_a_us_agency_is_american():
    found = actors(
        "The spill reached the coast of Mexico on Monday. Jack Dorrance, a retired officer with "
        "the U.S. Fish and Wildlife Service, was in the boat."
    )
    assert found["Jack Dorrance"][1] == "USA"


HAITI_LINES = (
    "Rescuers in Port-au-Prince dug through the rubble on Thursday as aid reached Haiti. "
    "The Haitian government said thousands had died. "
)


def test_a_readers_line_signed_with_a_us_state_and_country_is_american():
    found = actors(
        HAITI_LINES + "Tom Abbott, Ohio, US, emails: My brother is still missing in the capital.",
        dt.date(2010, 1, 14),
    )
    assert found["Tom Abbott"][1] == "USA"


def test_a_readers_line_signed_with_a_town_and_its_country():
    found = actors(
        HAITI_LINES + 'Paulo Reis, Santo Domingo, Dominican Republic, texts: "We were turned '
        'back twice at the border."',
        dt.date(2010, 1, 14),
    )
    assert found["Paulo Reis"][1] == "DOM"


def test_a_readers_line_signed_with_a_town_and_a_colon():
    found = actors(
        "Swine flu has spread to Mexico City and beyond. Lena Moritz, Lusaka, Zambia: how do "
        "the symptoms differ from the common flu?",
        dt.date(2009, 4, 29),
    )
    assert found["Lena Moritz"][1] == "ZMB"


def test_a_readers_line_signed_with_georgia_alone_is_no_us_state_nor_the_country():
    found = actors(
        HAITI_LINES + "Greta Lind, Georgia, emails: The shelters here are full.",
        dt.date(2010, 1, 14),
    )
    assert found["Greta Lind"][1] not in ("USA", "GEO")


def test_an_analyst_based_in_a_town_is_of_its_country():
    found = actors(US_LINES + "Lin Mei-hua, an analyst based in Taipei, said exports would suffer.")
    assert found["Lin Mei-hua"][1] == "TWN"


def test_a_lawyer_based_in_a_us_state():
    found = actors(
        "The talks in Geneva ended on Monday without a deal. Sara Cole, a lawyer based in Ohio, "
        "said the offer was fair."
    )
    assert found["Sara Cole"][1] == "USA"


def test_the_bank_not_the_analyst_is_based_in_the_town():
    found = actors(
        US_LINES + "Carl Brandt, an analyst at a bank based in Frankfurt, said exports would "
        "suffer."
    )
    assert found["Carl Brandt"][1] != "DEU"


def test_a_known_russian_in_1987_is_soviet():
    found = actors(
        "Kremlin leader Mikhail Gorbachev launched the campaign shortly after taking office.",
        dt.date(1987, 4, 1),
    )
    assert found["Mikhail Gorbachev"][1] == "SUN"


def test_a_carolina_utility_is_not_of_the_puerto_rican_town():
    found = actors(
        "Carolina Power and Light Co said its board decided to cancel a coal-fired unit planned "
        "for its plant in Wake County, N.C.",
        dt.date(1987, 4, 1),
    )
    assert found["Carolina Power and Light Co"][1] != "PRI"


def test_a_british_firm_named_after_its_town_keeps_it():
    found = actors("York Developments Ltd said it would buy the site.", dt.date(1987, 4, 1))
    assert found["York Developments Ltd"][1] == "GBR"


def test_athletes_of_one_country_are_known():
    egypt = "Protesters marched in Cairo on Friday as Egypt's parliament met. "
    found = actors(
        egypt + "Kei Nishikori won in straight sets, and Connor McDavid scored twice in "
        "Edmonton. Dale Earnhardt Jr. finished third at Talladega.",
        dt.date(2019, 9, 20),
    )
    assert found["Kei Nishikori"][1] == "JPN"
    assert found["Connor McDavid"][1] == "CAN"
    assert found["Dale Earnhardt Jr."][1] == "USA"


def test_an_analyst_of_a_known_research_firm_is_of_its_country():
    found = actors(
        "Twitter's shares fell in London on Monday. Ken Soller, managing director and internet "
        "analyst at Evercore, said the platform had room to grow. Seymour Pierce analyst Alan "
        "Crane said the bid was clever."
    )
    assert found["Ken Soller"][1] == "USA"
    assert found["Alan Crane"][1] == "GBR"
