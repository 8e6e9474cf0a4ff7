"""Session 59 (issue 17): words that are no one's report, and a report of a report. A past
form set off by a comma after a noun ("the method, called “a cold plug,” had ...") is a
participle said of the noun, which says nothing. A report another speaker reports whole
("Hale said ..., the engineer recalled, adding ...") ends where that speaker's source begins.
"according to" hung on a verb of sorting ("grouped according to the shape of their wings")
is the measure things go by, no source. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, content_words

_WALL = "The harbour wall gave way on Monday.\n\n"


def _found(text: str):
    found, _ = attributions_of(_WALL + text + "\n")
    return found


def _by_cue(text: str, cue: str):
    return [a for a in _found(text) if a.cue is not None and a.cue.text == cue]


def _source(record) -> str | None:
    return record.source.text if record.source is not None else None


# -- a participle set off after its noun -----------------------------------------------------------


def test_a_thing_called_something_is_no_speaker():
    found = _by_cue('The method, called a "cold plug," had never been tried so deep.', "called")
    assert all(_source(a) != "The method" for a in found)


def test_a_place_criticised_for_something_is_no_speaker():
    found = _by_cue(
        "The port, criticised for delaying the inspections last year, has closed the east gate.",
        "criticised",
    )
    assert all(_source(a) != "The port" for a in found)


def test_a_relative_clause_after_a_named_aside_keeps_its_speaker():
    (called,) = _by_cue(
        'The rule, which the port\'s owner, Ana Ruiz, called "a disgrace," was dropped.', "called"
    )
    assert "Ana Ruiz" in _source(called)


def test_a_speaker_asked_about_something_still_speaks():
    (said,) = _by_cue("The mayor, asked about the gate, said it would stay shut.", "said")
    assert _source(said) == "The mayor"
    assert content_words(said) == "it would stay shut"


# -- a report another speaker reports whole --------------------------------------------------------


def test_a_report_recalled_by_another_ends_before_the_one_recalling():
    text = (
        'Hale said the bridge "would never hold the weight," the engineer recalled, adding that '
        'Hale said of the river: "It is rising."'
    )
    hale = next(a for a in _by_cue(text, "said") if a.kind != "direct")
    assert content_words(hale) == 'the bridge "would never hold the weight,"'
    (recalled,) = _by_cue(text, "recalled")
    assert content_words(recalled).startswith("Hale said the bridge")


def test_a_report_of_another_inside_the_words_stays():
    (said,) = _by_cue("Hale said the engineer recalled the flood of 1990.", "said")
    assert content_words(said) == "the engineer recalled the flood of 1990"


# -- "according to" a measure things are sorted by -------------------------------------------------


def test_things_grouped_according_to_a_measure_have_no_source():
    for text in (
        "Insects are grouped according to the shape of their wings.",
        "The sailors were ranked according to their years at sea.",
        "All new schools must be heated by solar power according to government policy.",
    ):
        assert not [a for a in _found(text) if a.kind == "according_to"], text


def test_a_statement_or_a_body_after_according_to_still_speaks():
    for text, source in (
        (
            "The money will be split between the towns, according to a statement from the council.",
            "a statement from the council",
        ),
        ("The money will be split between the towns according to the council.", "the council"),
        ("Prices rose by a fifth according to the agency.", "the agency"),
    ):
        (found,) = [a for a in _found(text) if a.kind == "according_to"]
        assert _source(found) == source
