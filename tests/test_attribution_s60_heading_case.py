"""Session 60 (issue 17): a cue written as a heading writes its words is no report of the
article. Below the title, a cue in capitals in a text that is not (a newsletter's kicker, a
notice "PLEASE NOTE: ...") or a cue capitalised inside its sentence before a content whose
words are all capitalised (a live page's entry headline, a linked story's title) sums up a
story in an editor's words. The article's own title, and a sentence that opens with a
capitalised cue ("Says Ruiz: ..."), are read as before. The sentences are written for these
tests."""

from __future__ import annotations

from tests.stages import attributions_of

_TITLE = "Harbour Board Says The Wall Will Be Rebuilt By Spring\n\n"
_WALL = "The harbour wall gave way on Monday, flooding the lower town.\n\n"


def _cues(text: str, title: str = _TITLE) -> list[str]:
    found, _ = attributions_of(title + _WALL + text + "\n")
    return [a.cue.text for a in found if a.cue is not None]


def test_a_kicker_in_capitals_is_no_cue():
    cues = _cues(
        'SHIFTING TIDES—"Fish market moving to the old ferry pier," by Lena Ortiz: The '
        "town's fish market is moving to the old ferry pier next month."
    )
    assert "SHIFTING" not in cues


def test_a_notice_in_capitals_is_no_cue():
    assert "NOTE" not in _cues("PLEASE NOTE : We do not keep recordings of these calls .")


def test_a_headline_of_an_entry_is_no_report():
    cues = _cues(
        "Mayor Ruiz Says Rebuilding The Harbour Wall Will Take Two Years\n\n"
        "The mayor told the council that the repairs would take two years."
    )
    assert cues == ["Says", "told"]  # the title's "Says" stays; the entry's headline goes


def test_the_articles_title_stays():
    assert "Says" in _cues("The mayor spoke to the council on Tuesday.")


def test_a_sentence_opened_by_its_cue_stays():
    cues = _cues("Says the mayor: “We will rebuild the wall before the storms come back.”")
    assert "Says" in cues


def test_a_cue_in_lower_case_before_capitalised_names_stays():
    cues = _cues("The mayor says Harbour Board Chairman Tomas Okafor Resigned Yesterday.")
    assert "says" in cues


def test_a_capitalised_cue_before_a_sentence_in_running_text_stays():
    cues = _cues("Officials Said the wall had been inspected twice in the last year.")
    assert "Said" in cues
