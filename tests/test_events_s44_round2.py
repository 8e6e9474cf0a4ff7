"""Session 44, second round (events2): a town acted on, the party whose forces act, another side
disarmed.

A town or a city struck, taken or left is the place where it was done, no party: the record
leaves the target open, unless the clause names its holder; a country, a region or a territory
stays the target, and so does a capital an envoy is called home from. The party whose forces
did an act ("X's forces attacked") is its source, not the bare word "forces". Forces or people
disarmed by another side are coerced (COERCE seize), while a side that gives up its own arms
retreats. Every sentence is written for these tests; the guards check that the readings beside
them stay."""

import datetime as dt
from functools import partial

from tests.stages import coded_events, event_parties, read_event_text

PUBLISHED = dt.date(2024, 5, 14)

_coded = partial(coded_events, published=PUBLISHED)


def _one(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    (found,) = [(kind, s, t) for kind, s, t, word in _coded(text) if word == trigger]
    return found


# a town or a city acted on


def test_a_town_shelled_is_no_target():
    kind, source, target = _one("Government troops shelled Homs on Monday night.", "shelled")
    assert (kind, target) == ("ASSAULT", None)
    assert source is not None


def test_a_capital_stormed_is_no_target():
    kind, _, target = _one("Valdorian troops stormed Berlin on Monday.", "stormed")
    assert (kind, target) == ("ASSAULT", None)


def test_a_town_left_is_no_target():
    # neither an actor nor a phrase: the record shows no target at all
    reading = read_event_text("Kenyan troops withdrew from Kismayo on Friday.", PUBLISHED)
    (event,) = [e for e in reading.events if e.trigger.text == "withdrew"]
    assert (event.type, event.target, event.target_phrase) == ("RETREAT", None, None)


def test_the_city_of_a_town_attacked_is_no_target():
    kind, _, target = _one("Militants attacked the city of Mosul on Tuesday.", "attacked")
    assert (kind, target) == ("ASSAULT", None)


def test_a_country_invaded_stays_the_target():
    # guard: a country stands for its state
    _, _, target = _one("Russian troops invaded Georgia in August 2008.", "invaded")
    assert target == "georgia"


def test_a_country_left_stays_the_target():
    # guard: "withdrew from Afghanistan" leaves a country, which stands for its state
    _, _, target = _one("Soviet troops withdrew from Afghanistan in 1989.", "withdrew")
    assert target == "afghanistan"


def test_a_region_invaded_stays_the_target():
    # guard: a region or a territory is no town
    _, _, target = _one("In February, the Soviets invaded Silesia.", "invaded")
    assert target is not None


def test_a_town_taken_from_its_named_holder_is_done_to_the_holder():
    # guard: the holder the clause names is still the target (session 44, parties)
    _, _, target = _one("The army seized the town of Orsk from the rebels.", "seized")
    assert target == "rebels"


def test_an_envoy_recalled_from_a_capital_keeps_its_target():
    # guard: no force nor withdrawal of forces; the capital stands for its government
    _, _, target = _one("Poland recalled its ambassador from Minsk on Monday.", "recalled")
    assert target is not None


# the party whose forces act


def test_a_commander_s_forces_act_for_him():
    text = "Haftar's forces attacked government troops near the airport on Monday."
    _, source, target = _one(text, "attacked")
    assert source == "haftar"
    assert target is not None


def test_a_state_s_forces_are_named_by_their_phrase():
    # session 50: a state's own forces are a nearer party than the state (blind judges took
    # the country for a vaguer party than the text gives); the record shows "Russia's forces"
    text = "Russia's forces attacked Ukrainian positions on Monday."
    assert _one(text, "attacked")[1] is None
    assert [s for s, _ in event_parties(text, "attacked", PUBLISHED)] == ["Russia's forces"]


def test_a_named_army_keeps_its_name():
    # guard: the actor stage named the force itself; no possessor to take
    text = "The Kestrian army attacked rebel positions on Monday."
    _, source, _ = _one(text, "attacked")
    assert source is not None and source != "forces"


# another side disarmed


def test_a_gunman_disarmed_by_police_is_coerced():
    kind, source, _ = _one("Police disarmed a gunman outside the court on Monday.", "disarmed")
    assert kind == "COERCE"
    assert source == "police"


def test_fighters_disarmed_by_soldiers_are_coerced():
    text = "Soldiers disarmed the militia fighters at a checkpoint on Sunday."
    kind, _, _ = _one(text, "disarmed")
    assert kind == "COERCE"


def test_a_side_disarmed_by_another_in_the_passive_is_coerced():
    text = "The militia was disarmed by the army on Monday."
    kind, _, _ = _one(text, "disarmed")
    assert kind == "COERCE"


def test_a_common_word_that_is_also_a_town_is_no_town():
    # guard: "man" is a town's name too (in Côte d'Ivoire), but here a person arrested
    text = "Kestrian police arrested a 30-year-old Valdorian man on Monday."
    _, _, target = _one(text, "arrested")
    assert target is not None or any(
        e.target_phrase is not None
        for e in read_event_text(text, PUBLISHED).events
        if e.trigger.text == "arrested"
    )
