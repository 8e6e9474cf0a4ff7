"""Session 53 (issue 17): "the official" who is not the minister named before, and the lines
of a page a reader does not take for anyone's words: a box of most-read stories, a live
page's running heading, a teaser headline glued to its story by a colon, a correction's "An
earlier version said". The people, places and pages are made up for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content

BODY = (
    "The city council of Norvik voted on Tuesday to close the old harbour bridge for repairs, "
    "the mayor's office said.\n"
)


def _speech(text: str):
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech"]


def _contents(text: str) -> list[str]:
    return [a.content.text for a in _speech(text)]


# -- "the official" -------------------------------------------------------------------------------


def test_the_bank_official_is_not_the_minister_named_before():
    text = (
        "Finance Minister Oskar Vellan told parliament on Friday that the currency was stable. "
        "The central bank's policy has done its part, the senior bank official said."
    )
    found, _ = attributions_of(text)
    said = by_content(found, "policy has done its part")
    assert said.speaker is None, said
    assert said.source is not None and said.source.text == "the senior bank official"


def test_the_official_is_not_the_minister_the_official_speaks_of():
    text = (
        "Finance Minister Oskar Vellan will visit Larsk next week to discuss the grain quota, "
        "officials said. The official said Vellan is expected to outline new import rules."
    )
    found, _ = attributions_of(text)
    assert by_content(found, "Vellan is expected").speaker is None


def test_the_official_is_the_person_called_an_official():
    text = (
        "Talks on the port deal resumed in Larsk on Monday. Ada Kell, a senior official of the "
        "Dockers Union, told reporters she was hopeful. The union official said the strike had "
        "halted forty ships."
    )
    found, table = attributions_of(text)
    said = by_content(found, "the strike had halted")
    assert said.speaker is not None and table.get(said.speaker).name == "Ada Kell"


def test_the_official_titled_before_the_name_is_that_person():
    text = (
        "Union official Ada Kell said the talks were going well. The official said the strike "
        "had halted forty ships."
    )
    found, table = attributions_of(text)
    said = by_content(found, "the strike had halted")
    assert said.speaker is not None and table.get(said.speaker).name == "Ada Kell"


# -- page furniture -------------------------------------------------------------------------------


def test_a_box_of_most_read_stories_is_no_ones_words():
    text = (
        BODY + "Most popular stories in the past 24 hours, according to PageCount\n"
        "Farmer finds ancient coin hoard in Dellby field\n"
    )
    contents = _contents(text)
    assert any("bridge for repairs" in c for c in contents), contents
    assert not any("popular stories" in c for c in contents), contents


def test_a_live_pages_running_heading_is_no_ones_words():
    text = (
        BODY + "Live coverage - Norvik bridge vote 9:15 am ET - Mayor Lina Tosh addresses "
        "council - Engineer Per Aske speaks at hearing ...\n"
        "The vote passed by seven to two.\n"
    )
    assert not any("Live coverage" in c for c in _contents(text))


def test_a_wire_dateline_with_a_time_keeps_its_report():
    text = (
        BODY + "NORVIK - 9:15 am ET - The harbour master said on Tuesday the ferries would "
        "sail from the north quay while the bridge is shut.\n"
    )
    assert any("ferries would sail" in c for c in _contents(text))


def test_a_teaser_headline_glued_by_a_colon_gives_the_story_to_no_one():
    text = (
        BODY + "Girl finds wallet on bus, police say : A nine-year-old girl handed a wallet "
        "holding 900 crowns to a driver in Dellby on Monday.\n"
    )
    assert not any("nine-year-old" in c for c in _contents(text))


def test_words_after_a_lead_in_and_a_colon_stay_the_speakers():
    text = (
        BODY + "Asked about the closure, the harbour master said : The ferries will sail from "
        "the north quay until the autumn.\n"
    )
    assert any("ferries will sail" in c for c in _contents(text))


def test_a_correction_note_is_the_writers_not_a_speakers():
    text = BODY + "An earlier version said the bridge would close in May.\n"
    assert not any("close in May" in c for c in _contents(text))


def test_an_earlier_version_of_a_bill_still_speaks():
    text = (
        BODY + "An earlier version of the bill said the bridge tolls would rise by half, the "
        "council's clerk noted.\n"
    )
    assert any("tolls would rise" in c for c in _contents(text))


# -- words named, not said ------------------------------------------------------------------------


def test_the_one_questioned_is_no_content():
    text = (
        "Dr. Lena Ruud said the clinic isolated the man after questioning the nurse on what "
        "he had eaten in Dellby."
    )
    found, _ = attributions_of(text)
    assert not any(a.cue is not None and a.cue.text == "questioning" for a in found)
    assert any("clinic isolated the man" in a.content.text for a in found)


def test_a_doubt_questioned_stays():
    text = "Councillor Per Aske questioned the wisdom of closing the bridge before the harvest."
    assert any("wisdom of closing" in c for c in _contents(text))


def test_opinions_voiced_in_the_streets_are_no_content():
    text = (
        "Thousands of residents of Norvik marched on Saturday to voice their opinions in the "
        "streets."
    )
    found, _ = attributions_of(text)
    assert list(found) == [], found


def test_a_concern_voiced_with_its_clause_stays():
    text = "Mayor Lina Tosh voiced concern that the bridge would not reopen before winter."
    assert any("would not reopen" in c for c in _contents(text))


def test_doubts_voiced_about_a_topic_stay():
    text = "Mayor Lina Tosh voiced doubts about the new toll on the harbour bridge."
    found, _ = attributions_of(text)  # (a stance: doubts)
    assert any("doubts about the new toll" in a.content.text for a in found)


def test_support_voiced_tells_a_stance_and_stays():
    text = "Mayor Lina Tosh voiced qualified support on Monday."
    found, _ = attributions_of(text)
    assert any(a.content.text == "qualified support" for a in found), found


def test_the_official_goes_on_with_the_unnamed_official_of_the_sentence_before():
    text = (
        "A French police official familiar with the inquiry said the case would be hard to "
        "bring. The official said that investigators are looking at the harbour accounts."
    )
    found, _ = attributions_of(text)
    said = by_content(found, "investigators are looking")
    first = by_content(found, "the case would be hard")
    assert first.speaker is not None and said.speaker == first.speaker, (said, first)
