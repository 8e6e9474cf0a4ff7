"""A country that plans, means or goes on to do what only a state does is its government (issue
21, session 55): "<country> is to send ships", "is looking to buy gas", "is looking at the
possibility of closing the border", "has indicated that ...", and a verb a conjunction joins
to a clause that only describes or owns ("has no plans to ..., but will try to cut the
queues", "has been an ally and has backed its claim"). Where the country is to blame, is hit
or only looks at what lies ahead, it stays the country. Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors:
        found.setdefault(actor.name, set()).add(actor.kind)
    return found


def test_a_country_that_is_to_send_ships_is_its_government():
    found = kinds("Peru is to send two ships to the gulf, the ministry said.")
    assert found["Peru"] == {"government"}


def test_a_country_looking_to_buy_is_its_government():
    assert kinds("Chile is looking to buy gas from its neighbours.")["Chile"] == {"government"}


def test_a_country_looking_at_a_possibility_is_its_government():
    found = kinds("Ecuador is looking at the possibility of closing the border.")
    assert found["Ecuador"] == {"government"}


def test_a_country_that_has_indicated_is_its_government():
    found = kinds("Argentina has already indicated that it will not attend.")
    assert found["Argentina"] == {"government"}


def test_a_verb_joined_to_what_a_country_has_is_the_state_s():
    found = kinds(
        "Bolivia has no plans to raise the tariff, but will try to cut the queues at the border."
    )
    assert found["Bolivia"] == {"government"}


def test_a_country_described_that_also_acts_is_its_government():
    found = kinds(
        "Colombia has been a close ally of Panama and has backed its claim to the islands."
    )
    assert found["Colombia"] == {"government"}


def test_a_country_to_blame_is_no_government():
    # a guard: "is to blame" plans no deed
    found = kinds("Paraguay is to blame for the slump, the bank said.")
    assert "government" not in found.get("Paraguay", set())


def test_a_country_hit_after_a_conjunction_is_no_government():
    # a guard: the joined verb is passive, something done to the land
    found = kinds("Haiti relies on aid and was hit by floods in May.")
    assert "government" not in found.get("Haiti", set())


def test_a_country_looking_at_its_future_is_no_government():
    # a guard: "looking at" a prospect, no course it considers
    assert "government" not in kinds("Haiti is looking at a bleak winter.").get("Haiti", set())
