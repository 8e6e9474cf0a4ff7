"""Contents a reader would accept whole: the rest of a quotation a report stops inside, the
quotation that goes on after the cue, the quotation after a coordinator, and nothing of a
wire dateline or of a run of other stories' teasers. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_a_report_that_stops_inside_a_quotation_runs_to_its_end() -> None:
    found, _ = attributions_of(
        'Mr. Lutz argued that Brenner has "got a long way to go" on farm policy, "because '
        'he\'s backing the banks" because "The banks pay him well. He has to back them, '
        "doesn't he?\""
    )
    argued = [a for a in found if a.cue is not None and a.cue.text == "argued"]
    assert len(argued) == 1  # the cut report and the whole one are one attribution
    assert argued[0].content.text.endswith("He has to back them, doesn't he?\"")


def test_a_quotation_after_the_coordinator_goes_on_with_the_report() -> None:
    found, _ = attributions_of(
        'Mr. Okafor said the plan had failed, and "we will have to start again."'
    )
    said = by_cue(found)
    assert said.content.text == 'the plan had failed, and "we will have to start again."'
    assert said.kind == "partial"


def test_a_title_after_the_coordinator_is_not_a_quotation_going_on() -> None:
    found, _ = attributions_of(
        'Mr. Okafor said the plan had failed, and "Hamlet" was cancelled at the theatre.'
    )
    # the quoted words do not end the sentence: no quotation that goes on is taken in
    assert by_cue(found).content.text.startswith("the plan had failed")
    assert all(a.content.text != "Hamlet" for a in found)


def test_the_quotation_after_a_partial_report_and_its_cue_goes_on_with_it() -> None:
    found, _ = attributions_of(
        'Asked about the race, Ms. Duval only smiles. In her home town, "football and '
        'farming are the only topics," she says. "So if the club needs a chairman, call me."'
    )
    says = by_cue(found, "says")
    first, second = says.content_parts
    assert first.text.startswith('In her home town, "football and farming are the only topics')
    assert second.text == "So if the club needs a chairman, call me."
    assert len(found) == 1  # the second quotation is no record of its own


def test_a_quotation_with_a_cue_of_its_own_does_not_go_on_with_the_report() -> None:
    found, _ = attributions_of(
        'Sooner or later, "we will need a new bridge," Mayor Tim Holt said. "The old one '
        'is falling apart," said Ann Bell, the engineer.'
    )
    assert by_cue(found).content.text == 'Sooner or later, "we will need a new bridge,"'


def test_a_wire_dateline_in_capitals_is_no_part_of_the_content() -> None:
    found, _ = attributions_of(
        "The fund's head said he would visit Lagos in May.\n"
        "    DAR ES SALAAM - Tanzania's exports fell by a fifth last year, the central bank said."
    )
    bank = next(a for a in found if a.source is not None and a.source.text == "the central bank")
    assert bank.content.text == "Tanzania's exports fell by a fifth last year"


def test_a_dateline_cut_by_the_sentence_split_is_no_part_of_the_content() -> None:
    found, _ = attributions_of(
        "Trade news from the region follows (CODE 1021).\n"
        "    PORT LOUIS - Mauritius's sugar crop was smaller than expected, according to a "
        "farm survey."
    )
    survey = by_cue(found, "according to")
    assert survey.content.text == "Mauritius's sugar crop was smaller than expected"


def test_a_lower_case_word_after_a_short_name_and_dash_is_kept() -> None:
    found, _ = attributions_of("IMF - the fund is ready to help, its chief said.")
    assert by_cue(found).content.text.startswith("IMF")


def test_a_line_of_cut_off_teasers_is_page_furniture() -> None:
    found, _ = attributions_of(
        "Floods hit the valley.\n"
        "The mayor said the dam would hold.\n"
        "More news: The governor says the levee plan is too costly for the sta ... Farmers "
        "say the rain came too late to save the wheat crop in the no ... A judge ruled that "
        "the county must pay for the repairs to the bri ... Storm season starts early ."
    )
    assert [a.source.text for a in found if a.source is not None] == ["The mayor"]


def test_ellipses_inside_a_quotation_are_no_teasers() -> None:
    found, _ = attributions_of(
        'Floods hit the valley.\n"We waited ... and waited ... and nobody came ... Nobody," '
        "said Ana Ruiz, a farmer."
    )
    assert by_cue(found).content.text.startswith("We waited")


def test_the_speaker_is_the_name_before_a_ticker_the_parser_took_for_the_subject() -> None:
    found, _ = attributions_of("Deutsche Bank AG <DBKG.F> said profits rose.")
    assert by_cue(found).source.text == "Deutsche Bank AG"


def test_a_ticker_after_a_described_speaker_leaves_the_description() -> None:
    found, _ = attributions_of("A spokesman for Hitachi Ltd <HIT.T> said profits rose.")
    assert by_cue(found).source.text.startswith("A spokesman for Hitachi Ltd")


def test_a_speaker_telling_what_they_believe_keeps_the_belief_in_what_was_said() -> None:
    found, _ = attributions_of(
        "Mr. Weller told a radio station that he believes the strike will last until June."
    )
    told = by_cue(found, "told")
    assert told.content.text == "that he believes the strike will last until June"
    assert told.mode == "speech"


def test_a_report_of_someone_elses_belief_is_still_folded() -> None:
    found, _ = attributions_of(
        "Officials said the minister believes the strike will last until June."
    )
    assert [a.cue.text for a in found if a.cue is not None] == ["believes"]


def test_the_name_before_a_ticker_keeps_its_small_words() -> None:
    found, _ = attributions_of("C. Itoh and Co Ltd <CITT.T> said its profit rose sharply.")
    assert by_cue(found).source.text == "C. Itoh and Co Ltd"


def test_the_subject_the_parser_took_for_the_cues_object_is_part_of_the_content() -> None:
    found, _ = attributions_of(
        "Workers alleged GM violated their contract by assigning work to outside companies."
    )
    assert by_cue(found, "alleged").content.text.startswith("GM violated their contract")


def test_the_one_spoken_to_is_no_part_of_the_content() -> None:
    found, _ = attributions_of("She told reporters the mill closed yesterday.")
    assert not by_cue(found, "told").content.text.startswith("reporters")


def test_sentences_joined_by_ellipses_are_no_teasers() -> None:
    found, _ = attributions_of(
        "Floods hit the valley.\n"
        "A hose would link the pump to the tank ... Described by the council as a "
        '"stopgap," the pump would run until the river fell ... Crews worked through the '
        "night ... The mayor said the dam would hold."
    )
    assert any(a.cue is not None and a.cue.text == "said" for a in found)
