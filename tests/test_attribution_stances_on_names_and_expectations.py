"""Stances PolNeAR counts that carry few words: a stance on one person named ("the governor
endorsed Cruz", "voted for Clinton"), a noun of a stance and its preposition ("his attacks on
the mayor", "the union's endorsement of Baines"), and what is expected or believed with no one
named ("the bank is expected to raise rates"). Every one is a stance, out of the speech view;
words said stay speech."""

from tests.stages import attributions_of, by_cue


def _none_cued(found, cue):
    assert not [a for a in found if a.cue is not None and a.cue.text == cue], [
        (a.cue.text if a.cue else None, a.content.text) for a in found
    ]


def test_a_stance_on_one_person_named_is_reported_as_a_stance():
    found, _ = attributions_of("The governor of Idaho endorsed Baines on Tuesday.")
    report = by_cue(found, "endorsed")
    assert report.content.text == "Baines"
    assert report.source.text == "The governor of Idaho"
    assert report.mode == "stance"


def test_a_vote_for_one_person_named_is_a_stance():
    found, _ = attributions_of("Most of the delegates from Leeds voted for Okafor.")
    report = by_cue(found, "voted")
    assert report.content.text == "Okafor"
    assert report.mode == "stance"


def test_one_name_with_no_one_taking_the_stance_says_too_little():
    found, _ = attributions_of("Donors reluctant to support Okafor gave to the party instead.")
    _none_cued(found, "support")


def test_one_word_that_names_no_one_is_still_no_content():
    found, _ = attributions_of("The minister said so on Friday, and the firm denied it.")
    _none_cued(found, "said")
    _none_cued(found, "denied")


def test_a_name_after_a_verb_of_speech_is_no_speech():
    found, _ = attributions_of("The mayor thanked Okafor at the dinner.")
    assert all(a.mode == "stance" for a in found if a.content.text == "Okafor")


def test_a_noun_of_stance_reports_the_object_of_its_preposition():
    found, _ = attributions_of("Hale renewed his attacks on the harbour board during the rally.")
    report = by_cue(found, "attacks")
    assert report.content.text == "the harbour board"
    assert report.source.text == "his"
    assert report.mode == "stance"


def test_a_possessor_holds_the_stance_of_the_noun():
    found, _ = attributions_of("The union's endorsement of Baines came on Friday.")
    report = by_cue(found, "endorsement")
    assert report.content.text == "Baines"
    assert report.source.text.startswith("The union")
    assert report.mode == "stance"


def test_a_noun_of_stance_with_no_holder_reports_nothing():
    found, _ = attributions_of("Opposition to the new toll road runs deep in the valley.")
    _none_cued(found, "Opposition")


def test_a_noun_of_stance_without_its_preposition_reports_nothing():
    found, _ = attributions_of("The plan drew criticism from farmers across the county.")
    _none_cued(found, "criticism")


def test_what_is_expected_with_no_one_named_is_a_stance_in_two_parts():
    found, _ = attributions_of("The harbour board is expected to approve the new toll in May.")
    report = by_cue(found, "expected")
    assert [p.text for p in report.content_parts] == [
        "The harbour board",
        "to approve the new toll in May",
    ]
    assert report.source is None
    assert report.mode == "stance"


def test_what_is_believed_is_a_stance_too():
    found, _ = attributions_of("The missing trawler is believed to have sunk off Rockall.")
    report = by_cue(found, "believed")
    assert report.mode == "stance"
    assert report.content_parts[-1].text == "to have sunk off Rockall"


def test_a_passive_of_telling_stays_out():
    found, _ = attributions_of("Residents were told to boil their water for a week.")
    _none_cued(found, "told")


def test_an_expected_arrival_is_no_report():
    found, _ = attributions_of("The ferry is expected at noon.")
    _none_cued(found, "expected")


def test_a_polls_finding_before_the_poll_that_ends_the_sentence():
    found, _ = attributions_of("The mayor leads her rival by eight points in the latest survey.")
    report = by_cue(found, "in")
    assert report.content.text == "The mayor leads her rival by eight points"
    assert report.source.text == "the latest survey"
    assert report.mode == "stance"


def test_a_poll_ending_a_sentence_whose_verb_is_a_cue_leaves_the_report_to_the_verb():
    found, _ = attributions_of("Sixty percent of farmers said they trusted the mayor in a poll.")
    _none_cued(found, "in")


def test_a_place_is_no_poll():
    found, _ = attributions_of("The mayor came third in the race for the county seat.")
    _none_cued(found, "in")


def test_it_is_not_clear_whether_is_a_stance_with_no_source():
    found, _ = attributions_of("It is not clear whether the harbour board will meet again.")
    report = by_cue(found, "is")
    assert report.content.text == "whether the harbour board will meet again"
    assert report.source is None
    assert report.mode == "stance"


def test_an_attitude_of_weariness_reports_its_object():
    found, _ = attributions_of("Local fishermen are tired of the delays at the harbour.")
    report = by_cue(found, "are")
    assert report.content.text == "the delays at the harbour"
    assert report.source.text == "Local fishermen"
    assert report.mode == "stance"


def test_a_road_clear_of_snow_is_no_attitude():
    found, _ = attributions_of("The road over the pass was clear of snow by noon.")
    _none_cued(found, "was")


def test_a_passive_with_a_clause_is_reported_as_before():
    found, _ = attributions_of("It is widely believed that the trawler sank off Rockall.")
    report = by_cue(found, "believed")
    assert report.content.text == "that the trawler sank off Rockall"
    assert report.mode == "stance"
