"""Contents that go on after a coordinator, and shares of a poll as sources. A clause before
its cue that the parser split in two at "but" ("Rents would fall but details had still to
be settled, the minister said") is one content to the end of both; a quotation that goes on
from a report after "but" or "and" (said the talks went well, “but nobody should expect a
deal”) is the speaker's next words, not another speaker's clause; a content never ends on
its coordinator. A share of those asked ("14 percent said", "a third of voters say") is a
poll's finding, not someone's words. The speaker after an inverted cue ("..., said X of Y,
who co-authored ...") is never the content. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content


def _found(text: str):
    found, _ = attributions_of(text + "\n")
    return found


def _speech(text: str) -> list[str]:
    return [a.content.text for a in _found(text) if a.mode == "speech"]


def test_two_clauses_before_the_cue_joined_by_but_are_one_content():
    text = (
        "Income tax would also be lowered but the details had still to be agreed, "
        "the treasury minister said."
    )
    assert _speech(text) == [
        "Income tax would also be lowered but the details had still to be agreed"
    ]


def test_two_clauses_before_the_cue_joined_by_and_are_one_content():
    text = "Bus fares will rise and train fares will stay flat, the transport board said on Monday."
    assert _speech(text) == ["Bus fares will rise and train fares will stay flat"]


def test_a_content_never_ends_on_its_coordinator():
    text = "Water rates would be frozen but nothing had yet been signed, the utility's chief said."
    assert not any(c.endswith((" but", " and")) for c in _speech(text))


def test_a_quotation_going_on_after_but_is_part_of_the_report():
    text = (
        'The envoy said the talks were going well, "but I do not think anyone should expect '
        'a deal before the spring."'
    )
    found = _found(text)
    report = by_content(found, "talks were going well")
    assert report.content.text.endswith('before the spring."')
    assert report.kind == "partial"
    assert len([a for a in found if a.mode == "speech"]) == 1


def test_a_quotation_going_on_after_and_is_part_of_the_report():
    text = 'She said the plan was sound, "and we will see it through to the end."'
    assert _speech(text) == ['the plan was sound, "and we will see it through to the end."']


def test_a_quotation_in_the_next_sentence_is_not_taken_into_the_report():
    text = 'She said the plan was sound. "But we will have to see how the year goes."'
    assert by_content(_found(text), "plan was sound").content.text == "the plan was sound"


def test_a_clause_of_the_writer_after_the_report_stays_out():
    text = (
        "The mayor said the bridge would reopen on Friday, and the council later voted to shut it."
    )
    assert _speech(text) == ["the bridge would reopen on Friday"]


def test_a_poll_share_is_no_speaker():
    text = "In the survey, 14 percent said they would back the mayor again."
    assert by_content(_found(text), "back the mayor").mode == "stance"


def test_a_poll_share_written_with_a_sign_is_no_speaker():
    assert by_content(_found("Only 30% said they trusted the council."), "trusted").mode == (
        "stance"
    )


def test_a_fraction_of_those_asked_is_no_speaker():
    text = "A third of the farmers polled say the new rules will ruin them."
    assert by_content(_found(text), "new rules").mode == "stance"
    text = "Half of those asked said they had stopped buying bread."
    assert by_content(_found(text), "bread").mode == "stance"
    text = "But 16 per cent of registered voters still say they have never heard of her."
    assert by_content(_found(text), "never heard").mode == "stance"


def test_people_counted_still_speak():
    text = "Two of the senators said the bill would pass easily."
    assert by_content(_found(text), "bill would pass").mode == "speech"
    text = "Half the town said it had no power on Sunday."
    assert by_content(_found(text), "no power").mode == "speech"


def test_a_clause_joined_to_the_cue_that_goes_on_with_what_was_said_is_part_of_it():
    text = (
        'The regional health chief said the spread was "deeply worrying" and the province '
        "was watching it closely."
    )
    content = by_content(_found(text), "spread").content.text
    assert content.endswith("the province was watching it closely")


def test_a_clause_joined_to_the_cue_that_goes_on_with_the_story_stays_out():
    text = "The firm said it was in good shape, and its shares were trading higher on Monday."
    assert by_content(_found(text), "good shape").content.text == "it was in good shape"
    text = "The mayor said the road would reopen on Friday, and the council would later vote."
    assert by_content(_found(text), "reopen").content.text == "the road would reopen on Friday"


def test_a_body_abbreviated_like_a_share_still_speaks():
    text = "The PCT said the pupils had been in close contact with the boy."
    assert by_content(_found(text), "close contact").mode == "speech"


def test_the_speaker_after_an_inverted_cue_is_not_the_content():
    text = (
        "The fact that the cloud exists at all is important, said Anna Berg of Plymouth, "
        "who was part of the survey and co-authored a paper about its results."
    )
    found = by_content(_found(text), "cloud exists")
    assert found.content.text == "The fact that the cloud exists at all is important"
