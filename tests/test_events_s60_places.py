"""Session 60 (events, the place of an act): a place the sentence names in another act's clause
is not where the event happened. A clause set against its head by "while" ("the Allies pushed
on in Italy, while Soviet forces attacked Germany") or conjoined with a subject of its own
("police arrested protesters in Cairo, and soldiers attacked the rebels") tells an act apart,
with its own place, and so does a clause beyond a semicolon; the event took the nearest place
along the tree, the other act's. Guards
keep a place set before both clauses' subjects, a place in a clause of the act's occasion
("disagreed when they met in Vienna"), one in the head clause of an act told
"after" it, and one in a relative clause on the act's party. Every sentence is written for
these tests (invented people; real countries and towns, which the actor stage knows)."""

import datetime as dt

from tests.stages import read_event_text


def _places(text: str, trigger: str) -> list[str | None]:
    """The place of each event with ``trigger``."""
    reading = read_event_text(text, dt.date(2026, 3, 2))
    return [e.location for e in reading.events if e.trigger.text == trigger]


# the place of another act, set apart from the event's


def test_the_head_clauses_place_is_not_where_a_while_clauses_act_happened() -> None:
    text = (
        "In early April the Allied armies pushed forward in Italy, while in late April Soviet"
        " forces attacked Germany."
    )
    assert _places(text, "attacked") == [None]


def test_a_place_in_a_while_clause_under_the_act_is_not_its_place() -> None:
    text = (
        "The Security Council condemned the missile launch as Pyongyang fired three missiles"
        " while the leaders of the G-20 held a summit in China."
    )
    assert _places(text, "condemned") == [None]


def test_a_conjoined_clause_with_its_own_subject_has_its_own_place() -> None:
    text = "Police arrested twenty protesters in Cairo, and soldiers attacked the rebels on Monday."
    assert _places(text, "attacked") == [None]
    assert _places(text, "arrested") == ["Cairo"]


def test_a_while_clause_on_a_second_verb_of_the_head_clause_is_still_set_apart() -> None:
    text = (
        "In early April the Allied armies pushed forward in Italy and swept across the Rhine,"
        " while in late April Soviet forces attacked Germany; the two armies met on the Elbe."
    )
    assert _places(text, "attacked") == [None]


def test_a_place_beyond_a_semicolon_is_another_clauses() -> None:
    text = "Soldiers attacked the rebels on Monday; the fighting spread to villages in Chad."
    assert _places(text, "attacked") == [None]


# guards: the act's own setting


def test_a_place_set_before_both_subjects_is_the_setting_of_both_acts() -> None:
    text = (
        "In Cairo, police arrested twenty protesters, and soldiers attacked the rebels on Monday."
    )
    assert _places(text, "attacked") == ["Cairo"]


def test_a_place_in_the_acts_occasion_clause_stays() -> None:
    text = (
        "Chancellor Ida Brenner bitterly disagreed with President Marc Olier when they met in"
        " Vienna over trade."
    )
    assert _places(text, "disagreed") == ["Vienna"]


def test_a_place_in_the_head_clause_of_an_act_told_after_it_stays() -> None:
    text = "Protests in Charlotte broke out after Lamont Dove was killed by police."
    assert _places(text, "killed") == ["Charlotte"]


def test_a_place_in_a_relative_clause_on_the_party_stays() -> None:
    text = "Farmers who gathered in Cairo clashed with police on Monday."
    assert _places(text, "clashed") == ["Cairo"]
