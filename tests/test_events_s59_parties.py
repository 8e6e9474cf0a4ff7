"""Session 59 (events, sources and targets): a verb's object the parse finds beyond a semicolon
is the next clause's word, no party of the verb ("NATO retreated; the Second Army's
withdrawal ... happened": the Second Army was the retreat's target; with no party left the
retreat is not kept). The verb's own clause, up to the semicolon, still gives its target.
Every sentence is written for these tests (invented units; real states, which the actor stage
knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2026, 3, 2)

# the parse hangs "withdrawal" on "retreated" as its object, across the semicolon
NEXT_CLAUSE = "; the Second Army's withdrawal (a long one), happened because of heavy snow."


def test_the_next_clauses_party_is_no_target_of_a_retreat() -> None:
    text = "NATO retreated" + NEXT_CLAUSE
    assert ("NATO", "Second Army") not in event_parties(text, "retreated", PUBLISHED)


def test_a_place_retreated_from_leaves_the_next_clauses_party_out_too() -> None:
    text = "NATO retreated from the valley" + NEXT_CLAUSE
    targets = [target for _, target in event_parties(text, "retreated", PUBLISHED)]
    assert "Second Army" not in targets


def test_an_object_before_the_semicolon_stays_the_target() -> None:
    text = "Russia attacked Ukraine on Monday" + NEXT_CLAUSE
    assert event_parties(text, "attacked", PUBLISHED) == [("Russia", "Ukraine")]


# a side's own forces named with another noun


FORCED_BACK = (
    "The advance of Union troops under Gen. Irvin Hale on the Confederate forces there was"
    " halted, whereupon they were forced back to Washington by Confederate troops."
)


def test_a_sides_own_forces_are_no_target_of_its_troops() -> None:
    parties = event_parties(FORCED_BACK, "forced", PUBLISHED)
    assert ("Confederate troops", "Confederate forces") not in parties


def test_the_other_sides_forces_stay_the_target() -> None:
    text = "The Union forces attacked the Confederate troops at dawn near the river."
    assert event_parties(text, "attacked", PUBLISHED) == [("Union forces", "Confederate troops")]
