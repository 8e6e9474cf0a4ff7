"""Words of force, protest or aid that name no such act (issue 15): a region "captured" (two
states in a primary, a state of a country: territory or votes, no one arrested), a thing "seized
on" (made use of), a walk "out to" a place or to do something (a way to get there, no walkout),
one's "all" or "best" given (effort, no aid). Every sentence is written for these tests; each
test fails on the code before but the guards (marked), which check that the real acts beside
them stay."""

import datetime as dt
from functools import partial

from tests.stages import coded_events, event_triggers

PUBLISHED = dt.date(2026, 6, 15)


_triggers = partial(event_triggers, published=PUBLISHED)


_coded = partial(coded_events, published=PUBLISHED)


def test_two_states_captured_in_a_primary_are_no_arrest() -> None:
    assert "captured" not in _triggers(
        "Senator Lena Marsk captured two states in the primaries on Tuesday."
    )


def test_a_state_of_a_country_captured_is_no_arrest() -> None:
    assert "captured" not in _triggers(
        "Senator Lena Marsk captured the neighbouring state of Veldmark last month."
    )


def test_a_person_captured_stays_an_arrest() -> None:  # guard
    text = "Kestrian police captured the rebel leader Tom Brannigan on Tuesday."
    assert ("COERCE", "kestrian-police", "tom-brannigan", "captured") in _coded(text)


def test_blunders_seized_upon_are_no_seizure() -> None:
    assert "seized" not in _triggers(
        "Kestrian rebels seized upon the blunders of President Karl Odeen on Tuesday."
    )


def test_a_port_seized_stays_a_seizure() -> None:  # guard
    text = "Kestrian troops seized the port from the rebels on Friday."
    assert "seized" in _triggers(text)


def test_walking_out_to_greet_someone_is_no_walkout() -> None:
    assert "walked" not in _triggers(
        "President Karl Odeen walked out to greet the Kestrian envoy on Friday."
    )


def test_walking_out_of_parliament_to_protest_stays_a_walkout() -> None:  # guard
    text = (
        "Opposition lawmakers walked out of parliament on Friday to protest President Karl "
        "Odeen's decree."
    )
    assert "walked" in _triggers(text)


def test_one_s_all_given_to_a_crowd_is_no_aid() -> None:
    assert "gave" not in _triggers("Governor Lena Marsk gave the delegates her all on Friday.")


def test_one_s_best_given_to_a_mayor_is_no_aid() -> None:
    assert "gave" not in _triggers(
        "Governor Lena Marsk gave Mayor Tom Brannigan her best on Friday."
    )


def test_one_s_best_fighter_jets_given_stay_aid() -> None:  # guard
    assert "gave" in _triggers("Kestria gave Veldmark its best fighter jets on Friday.")
