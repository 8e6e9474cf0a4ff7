"""Whose actor it is, and of what country (issue 21, session 55). A "they" is no group's where
others are the subject of a clause between the group's last mention and the pronoun ("the
rescuers said they", "researchers reported ... They studied", "60 percent of respondents
said they") or two people named together stand closer ("X and Y as they"). The police of a
town are of its country ("police in Leeds and Sheffield", "In Leeds, police arrested"). A
bare army or police in a report filed from one state are that state's, not the story's
other one's, when the text names that state too. Sentences written for dateline; places
real, people and bodies invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor
from tests.stages import article


def actors(text: str) -> tuple[Actor, ...]:
    return find_actors(parse(text), article(text, dt.date(2026, 4, 9))).actors


def holder_of(text: str, word: str, nth: int = 0) -> str | None:
    """The name of the record holding the nth mention written ``word``, or None."""
    found = [(m.start, a.name) for a in actors(text) for m in a.mentions if m.text == word]
    starts = [i for i in range(len(text)) if text.startswith(word, i)]
    at = starts[nth]
    return next((name for start, name in found if start == at), None)


def country_of(text: str, name: str) -> str | None:
    return next(a.country for a in actors(text) if a.name == name)


# "they" is no group's where others are the subject of a clause closer to it


def test_they_after_other_people_as_subject_is_not_the_group_s():
    text = (
        "Police in Tarsk said the search for survivors was over on Monday. The rescuers "
        "from a Kelbridge charity said they had done all they could."
    )
    assert holder_of(text, "they") is None


def test_they_after_a_share_of_respondents_is_not_the_people_polled():
    text = (
        "The spill has changed Americans' views on drilling, the poll found. In May, 60 "
        "percent of respondents said they favoured more drilling."
    )
    assert holder_of(text, "they") is None


def test_they_after_two_people_named_together_is_not_the_group_s():
    text = (
        "Protesters marched in Dover on Monday. The vote matters most to Mr. Vane and Mrs. "
        "Quill as they enter the last week of the race."
    )
    assert holder_of(text, "they") is None


def test_they_of_the_group_that_is_the_subject_stays_the_group_s():
    # a guard: nothing comes between the group and its pronoun
    text = (
        "Police freed six activists in Tarsk on Tuesday. The activists said they had been "
        "beaten in custody."
    )
    assert holder_of(text, "they") == "activists"


# the police of a town are of its country


def test_police_in_two_towns_of_one_country_are_of_that_country():
    text = "Police in Leeds and Sheffield arrested 12 men on Monday, Haiti's press said."
    assert country_of(text, "Police") == "GBR"


def test_police_of_a_clause_placed_in_a_town_are_of_its_country():
    text = "In Leeds, police arrested 12 men on Monday. Haiti said it would help. Haiti is poor."
    assert country_of(text, "police") == "GBR"


def test_police_in_towns_of_two_countries_are_of_neither_for_sure():
    # a guard: the text places them in two states
    text = "Police in Lyon and Toronto arrested 12 men on Monday."
    assert country_of(text, "Police") not in ("FRA", "CAN")


# a bare army in a report filed from one state is that state's


def test_the_army_of_a_report_filed_from_a_state_is_that_state_s():
    text = (
        "KABUL (Reuters) - The army said on Monday it had killed 20 fighters near the "
        "Pakistani border, an Afghan official said. Pakistan denied that its troops were "
        "involved. Pakistan said it would protest."
    )
    assert country_of(text, "army") == "AFG"


def test_the_police_of_a_story_filed_from_a_state_it_does_not_name_keep_the_story_s():
    # a guard: a wire filed from London on a story about Peru
    text = (
        "LONDON (Reuters) - Chile declared a state of emergency on Monday. Police fired tear "
        "gas at miners near Antofagasta, and Chile's interior minister said Chile would not "
        "give way."
    )
    assert country_of(text, "Police") == "CHL"


# a quotation mark the name does not pair up is the text's


def test_a_stray_opening_quotation_mark_is_no_part_of_a_name():
    text = 'The "Committee of Tarsk", a body of dockers, began to agitate against the tax.'
    assert "Committee of Tarsk" in {a.name for a in actors(text)}


def test_paired_quotation_marks_stay_in_a_name():
    # a guard: a nickname set off by both marks
    text = 'Police in Dover arrested Tomas "the Fox" Brekov on Monday, the court said.'
    names = {a.name for a in actors(text)}
    assert not any(name.count('"') % 2 for name in names)
