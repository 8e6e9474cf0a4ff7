"""Where a content stops before the writer's words after it: a noun phrase that sums it up
("..., a move that angered shop owners", "- something he denied to me"), a comparison with
others by what they said ("..., compared with three in 10 who said ..."), and another report
by the speaker joined with "and" and a pronoun ("..., and he railed against ...")."""

from tests.stages import attributions_of, by_cue


def test_a_phrase_summing_up_the_content_is_the_writers():
    found, _ = attributions_of(
        "The mayor said the police would guard every polling station, a swipe at the "
        "protesters who had blocked the roads."
    )
    assert by_cue(found).content.text == "the police would guard every polling station"


def test_a_summing_phrase_the_parser_took_for_a_second_object_is_the_writers():
    found, _ = attributions_of(
        "Applicants must promise to pay $2,000 before the vote, a requirement that keeps "
        "newcomers out of the race."
    )
    assert by_cue(found, "promise").content.text == "to pay $2,000 before the vote"


def test_what_others_made_of_it_after_a_dash_is_the_writers():
    found, _ = attributions_of(
        "The mayor said the city would build a new bridge, something voters had demanded for years."
    )
    assert by_cue(found).content.text == "the city would build a new bridge"


def test_a_person_described_after_a_comma_stays_in_the_content():
    found, _ = attributions_of("The mayor said he had met Tom Hale, a banker who lends to farmers.")
    assert by_cue(found).content.text == "he had met Tom Hale, a banker who lends to farmers"


def test_others_compared_by_what_they_said_are_the_writers():
    found, _ = attributions_of(
        "Sixty percent said they would vote for the mayor again, compared with nearly three "
        "in 10 who said they would pick someone else."
    )
    assert by_cue(found).content.text == "they would vote for the mayor again"
    found, _ = attributions_of(
        "About half said they trusted the council, roughly the same share who said the mayor "
        "was honest."
    )
    assert by_cue(found).content.text == "they trusted the council"


def test_the_speakers_next_report_after_and_a_pronoun_is_its_own():
    found, _ = attributions_of(
        "Hale said the real threat to the port is the new tariff, and he railed against the "
        "council for ignoring the docks during the last three budgets."
    )
    assert by_cue(found).content.text == "the real threat to the port is the new tariff"
    assert by_cue(found, "railed").content.text.startswith("the council for ignoring")


def test_a_polls_finding_after_the_poll_is_attributed_to_the_poll_as_a_stance():
    found, _ = attributions_of(
        "In a new Gallup poll released Thursday, 60 percent of voters backed the mayor."
    )
    poll = by_cue(found, "In")
    assert poll.source.text == "a new Gallup poll released Thursday"
    assert poll.content.text == "60 percent of voters backed the mayor"
    assert poll.mode == "stance"


def test_a_poll_whose_maker_reports_it_is_the_makers_report():
    found, _ = attributions_of(
        "In a poll of 800 farmers, Gallup found that most of them expect a drought."
    )
    assert not [a for a in found if a.cue is not None and a.cue.text == "In"]


def test_a_sentence_opened_by_a_date_reports_nothing():
    found, _ = attributions_of("In May, the mayor kept her lead in the race.")
    assert not found


def _parts(found, cue="said"):
    said = by_cue(found, cue)
    return [p.text for p in said.content_parts] or [said.content.text]


def test_a_reason_after_a_cue_set_inside_the_words_goes_on_with_what_was_said():
    found, _ = attributions_of(
        "The dam can not be fixed this year , Hale said , because the cost of moving three "
        "large cranes onto the ridge and holding them there is too high .\n"
    )
    assert _parts(found) == [
        "The dam can not be fixed this year",
        "because the cost of moving three large cranes onto the ridge and holding them there "
        "is too high",
    ]
