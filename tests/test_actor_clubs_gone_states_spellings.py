"""Countries session 44's first round still got wrong (session 44, second round, issue 21):
creditors' clubs named after a capital (the Paris Club was given France by its town word); a
known body under a spelling its knowledge entry lacks ("Cooperation" for "Co-operation",
"Dept." for "Department": the OECD was given the story's country); US federal bodies and a
British merchant bank under their formal names; a person of a state gone by the article's date
("Soviet premier X" in a later history), who took the story's country. Sentences written for
dateline; invented names unless the body or person is a well-known one the knowledge lists."""

import datetime as dt

from dateline.actors import find_actors
from tests.stages import actor_named, article, parse


def actors_on(text: str, published: dt.date = dt.date(1987, 3, 16)):
    return find_actors(parse(text), article(text, published))


def named(text: str, name: str, **kwargs):
    return actor_named(actors_on(text, **kwargs), name)


# -- creditors' clubs ------------------------------------------------------------------------


def test_the_paris_club_is_of_no_country():
    text = (
        "Finance Minister Tomas Varga, speaking before a meeting with the Paris Club of creditor "
        "nations, said Ruritania was seeking to refinance two billion dlrs of debt."
    )
    club = named(text, "Paris Club")
    assert (club.country, club.sector) == (None, "IGO")


def test_the_london_club_of_banks_is_of_no_country():
    text = (
        "The London Club of commercial banks agreed to reschedule Ruritania's debt, bankers said."
    )
    assert named(text, "London Club").country is None


def test_a_club_of_a_town_not_listed_keeps_what_the_text_gives():
    # guard: only the creditors' clubs are known; a town's own club is placed as before
    text = "The Zurich Chess Club said it would host the tournament, the organisers said."
    club = actors_on(text)
    assert all(a.country != "FRA" for a in club.actors)


# -- spellings of known bodies ---------------------------------------------------------------


def test_the_oecd_spelt_without_the_hyphen_is_the_known_body_of_no_country():
    text = (
        "He hoped the Organisation for Economic Cooperation and Development forecasts were "
        "wrong, the Swedish minister said."
    )
    found = actors_on(text)
    oecd = actor_named(found, "OECD")
    assert (oecd.country, oecd.sector) == (None, "IGO")


def test_the_oecd_in_american_spelling_without_the_hyphen():
    text = (
        "The Organization for Economic Cooperation and Development said Japan's growth would slow."
    )
    assert named(text, "OECD").country is None


def test_a_department_abbreviated_as_wires_do_is_the_known_department():
    text = (
        "The State Department said it agreed. Defense Dept. officials said the plan to buy the "
        "missile was delayed."
    )
    found = actors_on(text)
    department = actor_named(found, "Department of Defense")
    assert (department.country, department.sector) == ("USA", "MIL")


# -- formal names of known bodies ------------------------------------------------------------


def test_fannie_mae_by_its_formal_name():
    text = "The Federal National Mortgage Association said it will begin buying 10-year mortgages."
    fannie = named(text, "Fannie Mae")
    assert fannie.country == "USA"


def test_the_fslic_by_its_name():
    text = (
        "The bill would raise 7.5 billion dlrs for the Federal Savings and Loan Insurance Corp "
        "and give regulators more power, Senate staff said."
    )
    assert named(text, "Federal Savings and Loan Insurance Corporation").country == "USA"


def test_morgan_grenfell_is_british_in_a_story_of_another_country():
    text = (
        "A single purpose company was created to refinance Mexico's official debt to Italy, "
        "Morgan Grenfell and Co Ltd said as lead manager. Mexico's debt to Italy is 44 mln dlrs, "
        "and Mexico's finance ministry said Mexico welcomed the deal."
    )
    assert named(text, "Morgan Grenfell").country == "GBR"


# -- people of a state gone by the article's date ----------------------------------------------


def test_a_soviet_premier_in_a_later_history_is_not_of_the_storys_country():
    text = (
        "In June 1961, the American president bitterly disagreed with Soviet premier Nikolai "
        "Petrovsky when they met in Vienna. The United States sent more advisers, and the "
        "United States Army trained the southern forces."
    )
    premier = named(text, "Nikolai Petrovsky", published=dt.date(2009, 12, 19))
    assert premier.country is None


def test_a_soviet_premier_in_his_own_time_is_soviet():
    # guard: while the state stands, the text's country is kept
    text = "Soviet premier Nikolai Petrovsky met the American president in Vienna on Saturday."
    premier = named(text, "Nikolai Petrovsky", published=dt.date(1961, 6, 5))
    assert premier.country == "SUN"


def test_an_unplaced_official_still_takes_the_storys_country():
    # guard: only a person the text gives a gone state is kept from the guess
    text = (
        "The United States sent more advisers in 1961, and the United States Army trained the "
        "southern forces, Defense Secretary Tom Larkin said."
    )
    larkin = named(text, "Tom Larkin", published=dt.date(2009, 12, 19))
    assert larkin.country == "USA"
