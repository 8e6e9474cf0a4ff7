"""A capital or an institution's building named only as a place is no actor (issue 21, session
56): a capital reached, described or lived in ("the flu reached Beijing", "Cairo has a
population of ten million", "a businessman from New Delhi"), and a building left, spoken from,
called to or one of whose rooms is meant ("after leaving the White House", "a speech from the
Kremlin", "summoned to the White House", "in the White House East Room"). A capital that
speaks, is visited, sends troops or sees something as unfair, and a building from which threats
come, stay the government. Sentences written for dateline; the capitals and buildings are the
real ones the rules are about, the people invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from tests.stages import article


def kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors:
        found.setdefault(actor.name, set()).add(actor.kind)
    return found


def test_a_capital_visited_stays_the_host_state():
    # a guard: a visit's other side, the target of its event
    found = kinds("Prime Minister Edda Varsund will visit Tokyo next month for talks.")
    assert found["Tokyo"] == {"government"}


def test_a_capital_a_virus_reached_is_no_actor():
    assert "Beijing" not in kinds("Demand for masks has grown since the flu reached Beijing.")


def test_a_capital_described_is_no_actor():
    assert "Cairo" not in kinds("Officials said Cairo has a population of ten million.")


def test_a_capital_someone_is_from_is_no_actor():
    found = kinds("Tomas Brevik, a businessman from New Delhi, wrote a blog about the lockdown.")
    assert "New Delhi" not in found


def test_a_building_left_is_no_actor():
    found = kinds("Marlo Jessup joined a bank four months after leaving the White House.")
    assert "White House" not in found


def test_a_building_spoken_from_is_no_actor():
    found = kinds("The president will give a televised speech from the Kremlin on Monday.")
    assert "Kremlin" not in found


def test_a_building_one_is_called_to_is_no_actor():
    found = kinds("Ilse Varga, the oil firm's chief, has been summoned to the White House.")
    assert "White House" not in found


def test_a_room_of_a_building_is_no_actor():
    found = kinds("The audience gathered in the White House East Room applauded the speech.")
    assert "White House" not in found


def test_a_capital_that_speaks_stays_the_government():
    # a guard: the capital for its state
    assert kinds("Moscow said it would recall its ambassador.")["Moscow"] == {"government"}


def test_troops_from_a_capital_keep_it_a_party():
    # a guard: a state's troops come from the state, not from a place someone lives in
    found = kinds("Backed by troops from Lima, the rebels marched on the port.")
    assert found["Lima"] == {"government"}


def test_a_capital_that_sees_something_as_unfair_stays_the_government():
    # a guard: "see ... as" is a stance, not a place where something was seen
    found = kinds("Egypt wants a rate of exchange which Moscow sees as unreasonable.")
    assert found["Moscow"] == {"government"}


def test_a_capital_that_had_registered_concern_stays_the_government():
    # a guard: a perfect tense parsed as "have" with an object is a deed, not a description
    found = kinds("He said Ottawa had registered concern about the level of funding.")
    assert found["Ottawa"] == {"government"}


def test_threats_from_a_building_keep_it_the_government():
    # a guard: what comes from the institution is its own
    found = kinds("The bill passed over veto threats from the White House.")
    assert found["White House"] == {"government"}
