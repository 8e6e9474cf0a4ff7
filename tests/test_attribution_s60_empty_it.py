"""Session 60 (issue 17): "It is important to note that ...", "it's hard to see why ...":
the infinitive is the sentence's real subject and the "it" stands in for it, so the verb of
saying or thinking in it is no one's report. An "it" that names something able to act ("It
is ready to announce ...") and an "it" of another verb ("It declined to name ...") keep
theirs. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of

_WALL = "The harbour wall gave way on Monday, flooding the lower town.\n\n"


def _cues(text: str) -> list[str]:
    found, _ = attributions_of(_WALL + text + "\n")
    return [a.cue.text for a in found if a.cue is not None]


def test_it_is_important_to_note_is_no_report():
    assert "note" not in _cues(
        "It is important to note that the old wall had been repaired twice before."
    )


def test_it_is_too_early_to_say_is_no_report():
    assert "say" not in _cues("It is too early to say how much the repairs will cost.")


def test_it_is_a_mistake_to_think_is_no_report():
    assert "think" not in _cues("It is a mistake to think that the sea will spare the town.")


def test_an_it_ready_to_announce_stays():
    text = (
        "The harbour board met on Tuesday. It is ready to announce that the wall will be "
        "rebuilt by spring."
    )
    assert "announce" in _cues(text)


def test_an_it_of_another_verb_stays():
    text = "The harbour board met on Tuesday. It declined to say when the work would start."
    assert "say" in _cues(text)
