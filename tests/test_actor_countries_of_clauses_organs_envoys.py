"""Countries plain in the text that records were left without (session 42, issue 21): a
"who is" clause that describes a name as an apposition does ("X, who is deputy prime minister
of Freedonia"), the state an envoy is sent *to* (not his own), a state's organ named by its
noun alone in a round-up of several countries ("India has invited bids and the government
will decide"), and demonyms written another way ("Ecuadoran", "Argentinean")."""

import datetime as dt

from dateline.actors import find_actors
from tests.stages import actor_named, actors_of, article, parse

GULF = (
    "U.S. officials met Gulf leaders in Washington on Monday. The officials said Prince "
    "Talal, who is deputy prime minister of Saudi Arabia, was very supportive of the plan. "
    "They said Ali Hassan, who is a senior adviser to the Omani government, was pleased too."
)


def test_a_who_is_clause_gives_the_country_of_the_office():
    assert actor_named(actors_of(GULF), "Talal").country == "SAU"


def test_an_adviser_to_a_government_is_of_that_government():
    assert actor_named(actors_of(GULF), "Ali Hassan").country == "OMN"


def test_a_who_clause_of_another_verb_gives_nothing():
    # guard: "who met the minister of Kuwait" describes no office of the name's
    text = (
        "Peru's trade talks ended on Friday. Tom Bell, who met the foreign minister of "
        "Kuwait on Monday, said the talks had gone well. Peru's president agreed, and Peru's "
        "finance minister said so too."
    )
    assert actor_named(actors_of(text), "Tom Bell").country != "KWT"


ENVOYS = (
    'The talks in Washington ended on Monday. "My advice was not to do it," said James '
    "Cole, who was then ambassador to Israel. Mary Fox, then ambassador to Egypt, agreed."
)


def test_an_envoy_is_not_of_the_state_he_is_sent_to():
    assert actor_named(actors_of(ENVOYS), "Mary Fox").country != "EGY"


def test_an_envoy_in_a_who_clause_is_not_of_the_state_he_is_sent_to():
    assert actor_named(actors_of(ENVOYS), "James Cole").country != "ISR"


def test_an_envoy_keeps_a_country_his_title_gives():
    # guard: "the U.S. ambassador to Israel" is American
    text = (
        "The talks ended on Monday. Mary Fox, the U.S. ambassador to Egypt, said they had "
        "gone well."
    )
    assert actor_named(actors_of(text), "Mary Fox").country == "USA"


def test_a_bare_government_in_a_round_up_is_of_the_one_state_named_before():
    text = (
        "Several countries are racing to make a vaccine. India has invited local drugmakers "
        "to submit plans and the government will decide next week which company gets the "
        "contract. Brazil and Mexico said later they would buy doses."
    )
    assert actor_named(actors_of(text), "government").country == "IND"


def test_a_bare_ministry_in_a_round_up_is_of_the_one_state_named_before():
    text = (
        "Flu cases rose in several countries on Friday. In Peru, the health ministry closed "
        "schools in Lima. Chile and Argentina reported new cases."
    )
    assert actor_named(actors_of(text), "health ministry").country == "PER"


def test_a_bare_government_after_two_states_takes_neither():
    # guard: "Chile and Peru ... the government": whose is not said
    text = (
        "Several countries are racing to make a vaccine. Chile and Peru have invited local "
        "drugmakers to submit plans, and the government will decide next week. Brazil and "
        "Mexico said later they would buy doses."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name == "government")


def test_a_demonym_spelt_another_way_gives_the_country():
    text = (
        "The lawyers have represented Ecuadoran shrimp farmers in suits against oil firms. "
        "Argentinean officials said on Monday that they would appeal."
    )
    table = actors_of(text)
    assert actor_named(table, "Ecuadoran shrimp farmers").country == "ECU"
    assert actor_named(table, "Argentinean officials").country == "ARG"


JAPAN_TRADE = (
    "Japan's exports rose in March, Japan's finance ministry said. In Washington, the Commerce "
    "Department said imports from Japan fell, and the Federal Deposit Insurance Corp said two "
    "banks had failed. The Commodity Futures Trading Commission declined to comment. Japan's "
    "prime minister said Japan would act."
)


def test_us_federal_bodies_in_a_foreign_story_are_american():
    # known bodies: before, the Commerce Department and the CFTC took the story's JPN and
    # the deposit insurer none
    table = actors_of(JAPAN_TRADE)
    assert actor_named(table, "Commerce Department").country == "USA"
    assert actor_named(table, "Federal Deposit Insurance Corporation").country == "USA"
    assert actor_named(table, "Commodity Futures Trading Commission").country == "USA"


def test_a_defense_secretary_of_the_1980s_is_american():
    text = (
        "Defense Secretary Caspar Weinberger said on Saturday the attack on the tanker was "
        "almost certainly by a missile. Iran denied it."
    )
    table = find_actors(parse(text), article(text, dt.date(1987, 10, 18)))
    weinberger = actor_named(table, "Caspar Weinberger")
    assert (weinberger.country, weinberger.role) == ("USA", "defense secretary")


def test_a_bare_ministry_after_towns_of_another_state_takes_none():
    # guard: the towns count as naming their country: China's ministry as likely as America's
    text = (
        "Flu cases rose in several countries on Friday. The man flew home from America via "
        "Tokyo. He fell ill on a flight from Beijing to Chengdu, the health ministry said. "
        "Chile and Argentina reported new cases."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name == "health ministry")


def test_a_bare_administration_takes_no_country_from_the_lines():
    # guard: "an adviser on Syria in the administration" is of the US administration
    text = (
        'Talks on a truce stalled on Monday. "There are no options," said Fred Hale, a former '
        "adviser on Syria in the administration. Russia and Iran said they would keep talking."
    )
    table = actors_of(text)
    assert all(a.country != "SYR" for a in table.actors if a.name == "administration")


def test_police_in_a_wire_about_no_one_country_are_of_the_place_it_was_filed_from():
    text = (
        "ZURICH (Reuters) - A box of flu samples exploded on a train on Monday, injuring one "
        "person, police said. The virus has killed people in Mexico and infected others in the "
        "United States, Canada, Spain and Britain."
    )
    assert actor_named(actors_of(text), "police").country == "CHE"


def test_police_in_a_wire_about_one_country_keep_the_storys_country():
    # guard: the story's country before the place it was filed from
    text = (
        "LONDON (Reuters) - Peru declared a state of emergency on Monday. Police fired tear gas "
        "at farmers near Puno, and Peru's interior minister said Peru would not give way."
    )
    assert actor_named(actors_of(text), "Police").country == "PER"


def test_a_government_named_in_general_takes_no_country_from_the_lines():
    # guard: "for a government to take the view" names no state's government
    text = (
        "Phone rules differ from state to state. Analysts said Britain was the odd man out. "
        "For a government to take that view is not unusual, one of them said. Japan and "
        "Germany declined to comment."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name == "government")


def test_a_government_to_be_formed_takes_no_country_from_the_lines():
    # guard: a Portuguese president back from Brazil must form "a new government": not Brazil's
    text = (
        "The cabinet fell in a censure vote on Friday. President Soares, who returns from a "
        "visit to Brazil on Sunday, must now form a new government or call an election. Spain "
        "and France said they were watching."
    )
    table = actors_of(text)
    assert all(a.country != "BRA" for a in table.actors if a.name == "new government")


def test_a_who_was_clause_gives_no_present_office():
    # guard: "who was majority leader under Bush" is a past office, not the role now
    text = (
        'The senators met on Monday. "We will have to live with it," said Tom Platt, who was '
        "Senate majority leader under President Bush, on a visit to the Capitol."
    )
    role = actor_named(actors_of(text), "Tom Platt").role or ""
    assert "majority leader" not in role or role.startswith("former")


def test_a_bare_government_takes_no_country_from_a_persons_nationality():
    # guard: "The American ambassador said the government had failed": his state is no clue
    text = (
        "Several countries are watching the vote. The American ambassador, Tom Greer, said the "
        "government had failed to stop the smuggling. Bolivian farmers and Peruvian traders "
        "protested."
    )
    table = actors_of(text)
    assert all(a.country != "USA" for a in table.actors if a.name == "government")
