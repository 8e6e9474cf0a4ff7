"""A people's name after "the" that is a side in talks stands for its state (issue 21, session
56): "talks with the Russians", "negotiating with the Peruvians", "talks between the Chileans and
the Bolivians" are governments, no civilians; a people who live, protest or own something stay a
group. Sentences written for dateline, the people and places invented or general."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors:
        found.setdefault(actor.name, set()).add(actor.kind)
    return found


def test_a_people_one_holds_talks_with_is_its_state():
    found = kinds("Negotiators said talks with the Russians had stalled over the weekend.")
    assert found.get("Russia") == {"government"}
    assert "Russians" not in found


def test_a_people_one_negotiates_with_is_its_state():
    found = kinds("Envoy Lorna Qualt said she had been negotiating with the Peruvians for months.")
    assert found.get("Peru") == {"government"}


def test_both_peoples_between_whom_talks_resume_are_states():
    found = kinds("Talks between the Chileans and the Bolivians resumed on Monday.")
    assert found.get("Chile") == {"government"}
    assert found.get("Bolivia") == {"government"}


def test_a_people_one_lives_with_stays_a_group():
    # a guard: no talks, the people themselves
    found = kinds("Edvin Marr lived with the Russians for a year before the war.")
    assert "government" not in found.get("Russia", set())
