"""A live page's or a chronology's entry that opens its line with when it happened ("1415 : ",
"March 3 - "): a content that starts the entry starts after that stamp, but a lone line that
merely opens with a year or a date before a dash keeps its words."""

from tests.stages import attributions_of, by_cue


def test_a_live_page_entry_drops_its_clock_time():
    found, _ = attributions_of(
        "Flood relief debate - live\n"
        "1422 : Senators return to the chamber after a short break .\n"
        "1408 : The relief fund will run dry by the end of the month , the treasurer said .\n"
        "1350 : Debate opens .\n"
    )
    said = by_cue(found, "said")
    assert said.content.text == "The relief fund will run dry by the end of the month"


def test_a_chronology_entry_drops_its_date():
    found, _ = attributions_of(
        "Timeline of the mill dispute\n"
        "March 3 - Workers walk out over unpaid overtime .\n"
        "March 9 - The owners will meet the union next week , a company statement says .\n"
        "April 2 - Talks collapse .\n"
    )
    says = by_cue(found, "says")
    assert says.content.text == "The owners will meet the union next week"


def test_a_lone_line_opening_with_a_year_keeps_it():
    # one such line is no live page: "2031 - A River Story" is the film's title
    found, _ = attributions_of(
        "The studio has booked cinemas across the country .\n"
        "2031 - A River Story will open in May , the studio said .\n"
    )
    said = by_cue(found, "said")
    assert said.content.text.startswith("2031")


def test_a_clock_time_inside_a_sentence_is_no_stamp():
    found, _ = attributions_of(
        "1422 : Senators return .\n"
        "1408 : Debate opens .\n"
        "The train leaves at 1915 - Mayor Ida Kern said it would be late .\n"
    )
    said = by_cue(found, "said")
    assert said.content.text == "it would be late"


def test_an_entry_reported_by_a_body_with_a_long_name_is_kept():
    # "the county bridge safety panel says": the noun before "panel" is part of its own name, not
    # a noun that a relative clause describes ("the checks he says were skipped")
    found, _ = attributions_of(
        "How the bridge failed\n"
        "Jan. 4 - Engineers close the bridge to lorries .\n"
        "Feb. 2 - The builder and its suppliers made a string of cheap choices that in the end "
        "caused the collapse , the county bridge safety panel says in its last report on the "
        "causes of the worst road failure in the state .\n"
        "Feb. 9 - The bridge reopens to cars .\n"
    )
    says = by_cue(found, "says")
    assert says.content.text == (
        "The builder and its suppliers made a string of cheap choices that in the end caused "
        "the collapse"
    )


def _cue_of(text, word):
    from dateline.language import parse

    doc = parse(text)
    return next(t for t in doc if t.text == word)


def test_a_subject_named_with_several_nouns_is_no_reduced_relative():
    from dateline.attribution.accepted import _reduced_relative

    cue = _cue_of("Costs rose , the county bridge safety panel says in its report .", "says")
    assert not _reduced_relative(cue)


def test_a_noun_before_a_bare_subject_is_a_reduced_relative():
    from dateline.attribution.accepted import _reduced_relative

    cue = _cue_of("The checks he says were skipped cost the city dearly .", "says")
    assert _reduced_relative(cue)
