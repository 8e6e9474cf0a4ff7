"""A country that does what only a state does is its government (issue 21, session 52): it
owns or gives a deed of the event lexicon ("Chile's blockade", "an offensive by Peru", "aid
from Norway"), a relative clause says what it did ("Portugal, which guaranteed ..."), or it
starts or goes on doing a deed to something ("Ecuador started seizing boats"). Where things
only come from it, it only receives, or a deed is done to it, it stays the country.
Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors:
        found.setdefault(actor.name, set()).add(actor.kind)
    return found


def test_a_country_owning_a_blockade_is_its_government():
    assert kinds("Chile's blockade of the northern ports angered traders.")["Chile"] == {
        "government"
    }


def test_a_country_an_offensive_is_by_is_its_government():
    found = kinds("The talks could collapse after a new offensive by Peru in the valley.")
    assert found["Peru"] == {"government"}


def test_a_country_aid_comes_from_is_its_government():
    assert kinds("The port was rebuilt with aid from Norway.")["Norway"] == {"government"}


def test_a_country_a_relative_clause_says_acted_is_its_government():
    found = kinds(
        "Portugal, which guaranteed the deposits of its four largest banks, faces a bill."
    )
    assert found["Portugal"] == {"government"}


def test_a_country_that_starts_a_deed_is_its_government():
    found = kinds("Ecuador started seizing and burning foreign fishing boats on Thursday.")
    assert found["Ecuador"] == {"government"}


def test_goods_from_a_country_do_not_make_it_a_state():
    # a guard: where supplies come from
    assert "government" not in kinds("Relief supplies from Panama reached the coast.").get(
        "Panama", set()
    )


def test_a_country_a_deed_is_done_to_is_no_government():
    # a guard: the doer is named after "by"
    assert "government" not in kinds("Bolivia's blockade by Chile ended in May.").get(
        "Bolivia", set()
    )


def test_a_country_that_starts_to_receive_stays_the_country():
    # a guard
    assert "government" not in kinds("Ecuador began to receive fresh aid on Monday.").get(
        "Ecuador", set()
    )
