"""A photo's caption on the line right above the line its credit opens ("Photograph : Jo
Lee\\/Reuters ...", as a page printed a sentence a line runs it) is the picture's, not the
story's: an act it shows has no day of the story's and is no event of it (issue 15, session
55; the blind judges' undated caption whose protest was dated at publication).

Guard (marked): a line above a caption label in capitals ("PHOTO : A guard ...") is the
story's. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_triggers

WEDNESDAY = dt.date(2027, 3, 10)


def test_a_caption_above_its_credit_line_gives_no_event() -> None:
    text = (
        "Protests in Velgrad : fuel prices \n"
        "Demonstrators protest against the government in central Velgrad . \n"
        "Photograph : Jo Lee\\/Reuters The government raised fuel prices on Tuesday . \n"
        "Police arrested 40 marchers on Tuesday ."
    )
    found = event_triggers(text, WEDNESDAY)
    assert "protest" not in found
    assert "arrested" in found  # the story's own act, after the credit


def test_guard_a_line_above_a_caption_label_is_the_story_s() -> None:
    text = (
        "Crackdown in Velgrad \n"
        "The government raised fuel prices on Monday . \n"
        "Police arrested 40 marchers in central Velgrad on Tuesday . \n"
        "PHOTO : A guard stands at the gate of the ministry ."
    )
    assert "arrested" in event_triggers(text, WEDNESDAY)
