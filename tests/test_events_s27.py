"""Session 27 (issue 15): rules read from a judged development sheet. Every sentence is written
for these tests: modality passed on through "continue" and light verbs, questions, a party
named only as the occasion of an event, a relative pronoun as target, and a run of headlines
that the parse joins to the article's first sentence."""

import pytest

from tests.stages import events_of_type, read_event_text

# how the coder reads a clause, before the trust gate judges it (tests/test_events_trust.py)
pytestmark = pytest.mark.usefixtures("without_trust_gate")


def test_an_instruction_to_continue_talks_requests_them():
    reading = read_event_text(
        "President Lena Varga said she had instructed Foreign Minister Ivo Dren to continue"
        " negotiating with Kestria over the coming days."
    )
    (talks,) = events_of_type(reading, "CONSULT")
    assert "requested" in talks.modality


def test_a_noun_carried_by_a_light_verb_is_requested_as_the_verb_is():
    reading = read_event_text(
        "Senior Valdorian officials have pressed privately for the army to carry out"
        " airstrikes on the rebel camps."
    )
    (strikes,) = events_of_type(reading, "ASSAULT")
    assert "requested" in strikes.modality


def test_an_event_in_a_question_is_not_asserted():
    reading = read_event_text(
        "Did Valdorian troops arrest dozens of protesters in Tarno on Sunday?"
    )
    (arrest,) = events_of_type(reading, "COERCE")
    assert "hypothetical" in arrest.modality


def test_a_body_named_as_the_occasion_is_no_target():
    reading = read_event_text(
        "Senator Mara Quill denounced the new budget plan before a joint session of the"
        " Valdorian parliament."
    )
    (accusation,) = events_of_type(reading, "ACCUSE")
    assert accusation.target is None
    assert accusation.target_phrase is not None
    assert accusation.target_phrase.text == "the new budget plan"


def test_a_relative_pronoun_target_is_its_noun():
    reading = read_event_text(
        "Valdoria deported the journalists whom Kestria had accused of spying."
    )
    (accusation,) = events_of_type(reading, "ACCUSE")
    assert accusation.target_phrase is not None
    assert accusation.target_phrase.text.startswith("the journalists")


def test_headlines_run_into_the_first_sentence_are_furniture():
    reading = read_event_text(
        "Rebels seize town in Kestria ; Valdoria bans grain imports from Kestria ; weekend"
        " recipes The aid convoy reached the city of Tarno on Monday."
    )
    assert events_of_type(reading, "SANCTION") == []
    assert events_of_type(reading, "ASSAULT") == [] and events_of_type(reading, "COERCE") == []


def test_meeting_a_target_meets_no_one():
    reading = read_event_text(
        '"We are meeting our targets," said Ana Rell, a spokeswoman for the Valdorian finance'
        " ministry."
    )
    assert events_of_type(reading, "CONSULT") == []


def test_meeting_ones_counterpart_is_still_a_meeting():
    reading = read_event_text("Foreign Minister Ivo Dren met his Kestrian counterpart on Monday.")
    assert len(events_of_type(reading, "CONSULT")) == 1


def test_an_event_word_in_an_office_title_is_no_event():
    reading = read_event_text(
        "The UN's Emergency Relief Coordinator, Jon Hale, says a Kestrian rescue team has"
        " arrived in Tarno."
    )
    assert events_of_type(reading, "AID") == []


def test_a_place_after_outside_is_not_the_target_of_a_protest():
    reading = read_event_text("Several thousand farmers protested outside parliament on Thursday.")
    (protest,) = events_of_type(reading, "PROTEST")
    assert protest.target is None and protest.target_phrase is None
