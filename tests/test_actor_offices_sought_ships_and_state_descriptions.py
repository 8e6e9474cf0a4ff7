"""The office sought is no actor ("a third-party run for the White House"); a ship's or a
rig's name after its noun is a thing ("the battleship Bismarck"); a description by a state
("The Vermont senator") is someone of that state the text names, never a new person named by
the description."""

from tests.stages import actors_of, corrected_entities


def test_a_run_for_the_white_house_names_the_office():
    text = "Reports said Bloomberg is considering a third party run for the White House this year."
    assert "White House" not in [a.name for a in actors_of(text).actors]


def test_the_white_house_speaking_is_an_actor():
    # guard: the body acts
    text = "The White House said on Monday that the talks would go on."
    assert "White House" in [a.name for a in actors_of(text).actors]


def test_a_name_after_a_ship_noun_is_a_thing():
    text = "He filmed the wrecks of the Titanic and the German battleship Bismarck for a series."
    kept, _ = corrected_entities(text, [("Bismarck", "ORG")])
    assert kept == []


def test_a_description_by_a_state_makes_no_new_person():
    text = (
        "Senator Bernard Sandel spoke on Monday. "
        "The Vermont senator told reporters that the platform was good."
    )
    assert "Vermont senator" not in [a.name for a in actors_of(text).actors]


def test_a_description_by_a_nationality_still_makes_a_person():
    # guard: "the Chinese ambassador", named nowhere, is someone
    text = "The Chinese ambassador said on Monday that talks would go on."
    assert "Chinese ambassador" in [a.name for a in actors_of(text).actors]


def test_a_university_named_only_as_a_debates_venue_is_no_actor():
    text = "On Thursday he will face Ana Ruiz at the PBS debate at the University of Chicago."
    assert "University of Chicago" not in [a.name for a in actors_of(text).actors]


def test_a_university_a_professor_works_at_stays():
    # guard: "a professor at X" is where someone works
    text = "Dana Whitcomb, a professor at the University of Chicago, said the debate mattered."
    assert "University of Chicago" in [a.name for a in actors_of(text).actors]
