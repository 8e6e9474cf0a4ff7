"""Session 58 (issue 17): lines the page ran together with no stop. A fact box's heading in
capitals run into the sentence before it, and a live page's clock stamp after an entry that
ends on a quotation's closing mark, each start a new line: what was said, and who said it,
stay on the cue's side of them. A journalist's byline run into the next sentence is no part of
its source. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of

_HEAD = "Flood update\n\nThe river rose again overnight.\n\n"


def _with_cue(text: str, cue: str):
    found, _ = attributions_of(text)
    return [a for a in found if a.cue is not None and a.cue.text == cue]


# -- a heading in capitals run into a sentence ----------------------------------------------------


def test_a_capitals_heading_ends_the_sentence_it_ran_into():
    (report,) = _with_cue(
        _HEAD + "Health minister Ana Soto said tests on the town's wells had come back clean , "
        "reversing an earlier warning WHAT TO DO - BOIL NOTICE Tap water should be boiled for a "
        "minute before drinking\n",
        "said",
    )
    assert report.content.text.endswith("reversing an earlier warning")


def test_the_text_under_a_heading_starts_after_it():
    (report,) = _with_cue(
        _HEAD + "Roads were closed near the dam SHELTERS AND SUPPLIES Three schools will open "
        "as shelters tonight, the council said.\n",
        "said",
    )
    assert report.content.text.startswith("Three schools will open")


def test_an_agencys_initials_are_no_heading():
    (report,) = _with_cue(
        _HEAD + "The council said the US EPA Administrator would visit the dam on Friday.\n",
        "said",
    )
    assert report.content.text == "the US EPA Administrator would visit the dam on Friday"


def test_a_name_in_capitals_inside_a_sentence_is_kept():
    (report,) = _with_cue(
        _HEAD + "The council said the town hall and the NORTH QUAY offices would reopen.\n",
        "said",
    )
    assert report.content.text.endswith("offices would reopen")


# -- a live page's clock stamp after a closing quotation mark -------------------------------------


_LIVE = "Live: the flood\n\n"


def test_a_clock_stamp_after_a_closing_mark_starts_the_next_entry():
    (report,) = _with_cue(
        _LIVE + "The minister will tour the valley `` as soon as roads allow '' 1418 Governor "
        "Lena Ortiz asked residents to stay indoors , according to her office .\n",
        "according to",
    )
    assert report.content.text.startswith("Governor Lena Ortiz asked")


def test_a_source_starts_after_the_clock_stamp_before_it():
    (report,) = _with_cue(
        _LIVE + "The minister will tour the valley `` as soon as roads allow '' 1418 Governor "
        "Lena Ortiz asked residents to stay indoors .\n",
        "asked",
    )
    assert report.source.text == "Governor Lena Ortiz"


def test_a_year_in_a_name_after_the_sources_head_is_kept():
    (report,) = _with_cue(
        _LIVE + "The fund is short of money , said Tom Hale , who chairs the Riverton 2030 "
        "Games Board .\n",
        "said",
    )
    assert report.source.text.startswith("Tom Hale")
    assert report.source.text.endswith("Games Board")


def test_a_figure_after_a_closing_mark_is_no_stamp():
    (report,) = _with_cue(
        _LIVE + "Officials counted `` at least '' 2500 homes without power, according to the "
        "utility .\n",
        "according to",
    )
    assert report.content.text.startswith("Officials counted")


# -- a byline run into the source --------------------------------------------------------------


def test_a_byline_run_into_a_source_is_no_part_of_it():
    (quote,) = _with_cue(
        _HEAD + "Fergus Doe , BBC health correspondent Regional Health Minister Tom Hale said : "
        "`` We are ready . ''\n",
        "said",
    )
    assert quote.source.text == "Regional Health Minister Tom Hale"


def test_a_correspondent_named_after_the_role_keeps_the_name():
    (report,) = _with_cue(
        _HEAD + "BBC correspondent Ana Ruiz said the pier was unsafe .\n",
        "said",
    )
    assert report.source.text == "BBC correspondent Ana Ruiz"


def test_an_editor_named_with_an_honorific_keeps_the_phrase():
    (report,) = _with_cue(
        _HEAD + "Former mayor Tom Hale and Riverton Gazette science editor Dr. Ana Ruiz both "
        "warned that the pier was unsafe .\n",
        "warned",
    )
    assert report.source.text.startswith("Former mayor Tom Hale")


def test_the_editor_i_spoke_to_keeps_the_phrase():
    (report,) = _with_cue(
        _HEAD + "The editor I spoke with , Ana Ruiz , said the pier was unsafe .\n",
        "said",
    )
    assert report.source.text.startswith("The editor")
