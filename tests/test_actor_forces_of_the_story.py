"""Armed forces named with no country ("the army", "security forces") in a story
mostly about one country are that country's, as its police and its government are (session
41, second round), when named as a state's ("government troops"; bare "troops" are as often
foreign); forces the text gives to another state keep it."""

from tests.stages import actor_named, actors_of

STORY = (
    "Peru declared a state of emergency in three southern provinces on Monday after a week of "
    "road blockades. The army was ordered to clear the highways, and troops fired tear gas at "
    "farmers near Puno. Peru's interior minister said security forces would stay until the "
    "roads were open. Protests have spread across Peru since the president's fall."
)


def test_the_army_of_a_story_about_one_country_is_its():
    table = actors_of(STORY)
    assert actor_named(table, "army").country == "PER"


def test_security_forces_of_a_story_about_one_country_are_its():
    assert actor_named(actors_of(STORY), "security forces").country == "PER"


def test_bare_troops_take_no_guess():
    # guard: bare "troops" are as often foreign (sent to help); they stay of no country
    table = actors_of(STORY)
    assert all(a.country is None for a in table.actors if a.name == "troops")


def test_the_air_force_of_a_story_about_one_country_is_its():
    text = (
        "Chile closed its northern border on Tuesday. The air force flew supplies to Arica, "
        "and Chile's interior minister said the border would reopen next week."
    )
    assert actor_named(actors_of(text), "air force").country == "CHL"


def test_an_army_that_only_modifies_a_thing_is_not_guessed():
    # guard: "army bases" names the bases; no record of the story's army comes of it
    text = (
        "Peru cut its budget on Monday. Spending on army bases and schools will fall, Peru's "
        "finance minister said, and Peru's president backed the cuts."
    )
    assert all(a.country is None for a in actors_of(text).actors if a.name == "army")


def test_forces_sent_by_another_state_stay_its():
    # guard: "the United States sent troops": the sender's, not the story's
    text = (
        "Haiti's capital lay in ruins on Thursday. The United States sent troops to the airport, "
        "and Haiti's government asked for more aid. Haiti's president said the city was lost."
    )
    assert actor_named(actors_of(text), "troops").country == "USA"


def test_a_force_that_is_no_army_takes_no_country():
    # guard: "the explosive force of the blast" is no armed force of the story's country
    text = (
        "Peru's mines ministry closed the Tacna shaft on Friday. Engineers said the explosive "
        "force of the blast had cracked the walls. Peru's president visited the site."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name.endswith("force"))


def test_forces_of_nature_take_no_country():
    # guard: "two unruly forces, wind and tide": no army
    text = (
        "Peru's navy searched the coast near Ilo on Sunday. Two unruly forces, wind and tide, "
        "slowed the search. Peru's defence minister said the search would go on."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name.endswith("forces"))


def test_unnamed_troops_beside_another_states_forces_are_not_guessed():
    # guard: a war of two states: "government troops" may be either side's
    text = (
        "Kenyan troops crossed into Somalia on Monday. Somalia's president said government "
        "troops held the border town, and Somalia's army chief said Somalia would not retreat. "
        "Somalia's parliament met on Tuesday."
    )
    table = actors_of(text)
    assert all(a.country is None for a in table.actors if a.name == "government troops")
