"""Who made an arrest told without its agent (issue 15): "were arrested", "was taken into
custody" name no agent in their clause, but the sentence or the one before often names the
arresting body (police, troops, the authorities). Sentences written for these tests; each test
but the guards (marked) fails on the code before."""

import datetime as dt

from dateline.model import Event
from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _arrests(text: str) -> list[Event]:
    found = read_event_text(text, PUBLISHED).events
    return [e for e in found if e.type == "COERCE" and e.mode == "arrest"]


def _arrest_by(text: str, trigger: str) -> str | None:
    return next(e.source for e in _arrests(text) if e.trigger.text == trigger)


def test_police_who_tell_of_the_arrest_made_it() -> None:
    text = (
        "Police in Orsk said on Tuesday that four students were detained at the harbour on Monday."
    )
    assert _arrest_by(text, "detained") == "police"


def test_the_authorities_holding_the_prisoner_arrested_him() -> None:
    text = (
        "The blogger Tomas Varga, who was arrested on Monday, is being held by Kestrian"
        " authorities in the capital."
    )
    source = _arrest_by(text, "arrested")
    assert source is not None and "authorities" in source


def test_the_raiders_of_the_sentence_before_made_the_arrests() -> None:
    text = (
        "Police raided a printing shop in Orsk on Tuesday. Three men were taken into custody there."
    )
    assert _arrest_by(text, "taken") == "police"


def test_an_arrest_with_no_agent_anywhere_stays_without_one() -> None:  # guard
    text = "Tomas Varga, a local teacher, was arrested on Tuesday in Orsk."
    assert _arrest_by(text, "arrested") is None


def test_a_prosecutor_telling_of_an_arrest_is_not_its_agent() -> None:  # guard
    text = (
        "The chief prosecutor, Anna Holt, said on Tuesday that two protesters were arrested on"
        " Monday."
    )
    assert _arrest_by(text, "arrested") is None


def test_police_who_were_arrested_are_not_the_arresters() -> None:  # guard
    text = "Two police officers were arrested in Orsk on Tuesday on charges of taking bribes."
    assert all(e.source is None for e in _arrests(text))


def test_arrested_for_attacking_police_names_no_agent() -> None:  # guard
    text = "Four youths were arrested in Orsk on Tuesday for attacking a police patrol."
    assert all(e.source is None for e in _arrests(text))


def test_troops_that_did_something_else_before_are_not_taken() -> None:  # guard
    text = "Troops left the border town on Monday. Its mayor was arrested on Tuesday."
    assert all(e.source is None for e in _arrests(text))


def test_police_custody_names_the_keeper_not_the_one_held() -> None:
    text = "The editor Ivo Dren was taken into police custody in Orsk on Tuesday."
    found = next(e for e in _arrests(text) if e.trigger.text == "taken")
    assert found.source == "police"
    assert found.target != "police"


def test_an_arrest_reported_according_to_police_was_theirs() -> None:
    text = "Three men were detained in Orsk on Tuesday, according to police."
    assert _arrest_by(text, "detained") == "police"


def test_an_arrest_reported_according_to_a_lawyer_names_no_agent() -> None:  # guard
    text = "Three men were detained in Orsk on Tuesday, according to their lawyer."
    assert _arrest_by(text, "detained") is None
