"""Whom a pronoun or a description means: a person the writer names in brackets after the
pronoun; no one when two people are subjects in the pronoun's sentence before it; and no
earlier holder of a title, nor the last body named, for a description a clause of its own
defines ("the official overseeing the clean-up", "the coalition fighting the rebels"); the
body whose initials an acronym is."""

from tests.stages import actor_named, actors_of, grouped_under


def test_a_name_in_brackets_after_he_is_whom_he_means():
    text = (
        "Karl Brandt and Lena Olsen spoke in Ohio on Monday. "
        "In a column for the Herald, Nora Castell writes that the endorsements show that "
        "he (Brandt), not Olsen, is likely to win."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "he") == "Karl Brandt"
    assert "he" not in [m.text for m in actor_named(table, "Nora Castell").mentions]


def test_he_after_two_subjects_in_his_sentence_joins_no_one():
    text = (
        "Walter Penrose said on Monday that he could not back the plan. "
        "Penrose is conceding that Jorge Albani leads the party, but he wants to keep him "
        "out of the leadership."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "he", nth=1) is None


def test_he_still_joins_the_only_subject_of_his_sentence():
    text = "Walter Penrose met Jorge Albani on Monday. Penrose said he would vote no."
    assert grouped_under(actors_of(text), text, "he") == "Walter Penrose"


def test_an_official_defined_by_a_clause_is_not_the_last_executive_named():
    text = (
        "Chief executive Tom Kellaway will leave the board on Monday. "
        "The official overseeing the federal response to the spill said the well would be "
        "sealed in August."
    )
    assert grouped_under(actors_of(text), text, "official") is None


def test_a_coalition_defined_by_a_clause_is_not_the_last_body_named():
    text = (
        "Greyline removed 9,000 accounts last week. Omar Tessler, the envoy to the "
        "coalition fighting the militants, said he welcomed the step."
    )
    assert grouped_under(actors_of(text), text, "coalition") is None


def test_an_acronym_is_the_body_named_before_whose_initials_it_is():
    text = (
        "The Harbour Safety Authority fined the operator in 2006. "
        "A year earlier, the HSA issued a notice on the same rig."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "HSA") == "Harbour Safety Authority"


def test_he_inside_the_clause_of_the_nearer_subject_is_that_subject():
    text = (
        "Spokesman Gil Arden said Mayor Ruth Okonjo enjoys the dinner because most of the "
        "speeches she gives are serious. Aide Tomas Reyl said Senator Victor Hale likes the "
        "fair because the other events he attends are dull."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "she") == "Ruth Okonjo"
    assert grouped_under(table, text, "he") == "Victor Hale"
