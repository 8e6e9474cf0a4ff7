"""Acts still to come (issue 15): an "impending" or "imminent" endorsement is not done, and a
meeting in a phrase on a verb in the future ("will raise it at her meeting with the governor")
is to come as the verb is. Sentences written for these tests; each fails on the code before
but the guard (marked)."""

import datetime as dt

from tests.stages import all_events_of

MONDAY = dt.date(2026, 6, 15)


def flags_of(text: str, trigger: str) -> tuple[str, ...]:
    (found,) = [e for e in all_events_of(text, MONDAY) if e.trigger.text == trigger]
    return found.modality


def test_an_impending_endorsement_is_to_come() -> None:
    text = "President Karl Odeen's impending endorsement of Senator Lena Marsk seemed certain."
    assert "future" in flags_of(text, "endorsement")


def test_a_meeting_the_future_verb_is_placed_in_is_to_come() -> None:
    text = "Senator Lena Marsk will raise the issue at her meeting with Governor Tom Brannigan."
    assert "future" in flags_of(text, "meeting")


def test_a_meeting_a_negated_verb_is_placed_in_is_not_denied() -> None:  # guard
    text = (
        "President Karl Odeen did not speak at his meeting with Kestria's foreign minister on "
        "Friday."
    )
    assert flags_of(text, "meeting") == ("asserted",)
