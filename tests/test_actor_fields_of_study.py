"""A nationality that names a person's field is not their country (issue 21): "Russian
studies analyst X", "Chinese history professor X" say what they study, not where they are
from, so neither that country nor the story's is given; "Haitian singer X" stays Haitian.
Sentences written for dateline (fictional people)."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article

KENYA_STORY = " Kenya agreed to it. Kenya signed the deal."


def country(text: str, name: str) -> str | None:
    table = find_actors(parse(text), article(text, dt.date(2010, 6, 1)))
    return next(a for a in table.actors if a.name == name).country


def test_a_field_of_study_gives_no_country_and_no_guess():
    text = "Russian studies analyst Tom Brink said the camps were full." + KENYA_STORY
    assert country(text, "Tom Brink") is None


def test_a_history_professor_is_not_of_the_history_s_country():
    text = "Chinese history professor Ada Lum said the camps were full." + KENYA_STORY
    assert country(text, "Ada Lum") is None


def test_a_nationality_before_a_trade_is_the_persons():
    text = "Haitian singer Tom Brink said the camps were full." + KENYA_STORY
    assert country(text, "Tom Brink") == "HTI"
