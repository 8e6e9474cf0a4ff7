"""Which of two people of one surname a bare surname means (issue 21, session 60). A writer
shortens the name just given: "Mr. Hale" right after "Martin Hale" (in the same sentence or the
next) is Martin Hale, even where the story names Victor Hale more often or a reader knows
another Hale better, when the honorific's sex is the given name's. Guards: a bare surname far
from any full name, one after a sentence that names both, one with no honorific and one whose
honorific's sex is the other keep the old choice (the bearer the day knows, else the one named
most). Sentences written for dateline; people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article

# Victor Hale named often, so that the one mentioned most is not the one named last
FATHER = (
    "Victor Hale built the mill in 1970. Victor Hale ran it for forty years. "
    "Victor Hale retired last spring. "
)


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2016, 5, 4), source="reuters")
    return find_actors(parse(text), article).actors


def mentions_of(text: str, name: str) -> list[str]:
    return [m.text for a in actors(text) if a.name == name for m in a.mentions]


def test_surname_in_the_sentence_after_the_full_name():
    text = FATHER + "His son Martin Hale took over in May. Mr. Hale said orders had doubled."
    assert "Mr. Hale" in mentions_of(text, "Martin Hale")


def test_surname_in_the_same_sentence_as_the_full_name():
    text = FATHER + "The mill is old. When Martin Hale took over, Mr. Hale cut the prices."
    assert "Mr. Hale" in mentions_of(text, "Martin Hale")


def test_description_after_the_shortened_name_joins_the_right_person():
    text = FATHER + "Martin Hale took over in May. Mr. Hale, the former mayor, cut prices."
    assert "the former mayor" in mentions_of(text, "Martin Hale")


def test_guard_surname_far_from_any_full_name_keeps_the_old_choice():
    text = (
        FATHER + "Martin Hale took over in May. The mill employs ninety people. Orders rose "
        "in the summer. Mr. Hale said the mill would stay open."
    )
    assert "Mr. Hale" in mentions_of(text, "Victor Hale")


def test_guard_surname_after_a_sentence_naming_both_keeps_the_old_choice():
    text = FATHER + "Martin Hale and Victor Hale met in May. Mr. Hale said the mill would stay."
    assert "Mr. Hale" in mentions_of(text, "Victor Hale")


def test_guard_a_surname_with_no_honorific_keeps_the_old_choice():
    # a bare "Hale" may as well be the one the story is about: nearness alone says too little
    text = FATHER + "His son Martin Hale took over in May. Hale said orders had doubled."
    assert "Hale" in mentions_of(text, "Victor Hale")


def test_guard_an_honorific_of_the_other_sex_keeps_the_old_choice():
    text = FATHER + "Martin Hale took over in May. Ms. Hale said orders had doubled."
    assert "Ms. Hale" not in mentions_of(text, "Martin Hale")
