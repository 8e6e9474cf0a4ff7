"""Issue 15: the party acted on, an act its type can show, and only the article's own news — a
minister whose title word was taken for an employer (no sector, so no political doer), people
pushed back read as a request or a rejection, a deal or a party's act taken as the people acted
on, a ban against a disease read as a sanction or coercion, a person "protesting" a decision (an
objection, no demonstration), a target phrase running on into a clause, the rescue of a
"response" read as aid, forces called out read as a phone call, and readers' comments under a
comment-section heading. Every sentence is written for these tests; each one fails on the code
before, except the ones that check what must still be emitted."""

import pytest

from dateline.text.comments import comments_start
from tests.stages import events_of_type, read_event_text


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Interior Minister Karl Brenner criticised the Valdorian government on Tuesday.",
         "Karl Brenner"),
        ("Interior Minister Lena Okafor praised the Valdorian police on Tuesday.", "Lena Okafor"),
    ],
)  # fmt: skip
def test_a_minister_with_a_portfolio_in_the_title_is_a_political_doer(text, doer):
    reading = read_event_text(text)
    [event] = reading.events
    assert reading.actor(event.source).name == doer
    assert reading.actor(event.source).sector == "GOV"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police pushed demonstrators away from the embassy on Monday.",
        "Soldiers pushed the protesters back with shields on Monday.",
    ],
)
def test_people_pushed_somewhere_are_no_request_or_rejection(text):
    reading = read_event_text(text)
    assert not [e for e in reading.events if e.type in ("REQUEST", "REJECT")]


def test_pushing_someone_to_act_is_still_a_request():
    reading = read_event_text(
        "Senator Ann Cole pushed the Kestrian government to release the files on Monday."
    )
    [request] = events_of_type(reading, "REQUEST")
    assert reading.actor(request.target).name == "Kestrian government"


def test_a_takeover_is_no_party_acted_on():
    reading = read_event_text(
        "The Japanese government blocked the takeover of the Peruvian oil company Norpetro on"
        " Monday."
    )
    assert events_of_type(reading, "COERCE") == []


def test_a_ban_against_a_disease_is_no_sanction():
    reading = read_event_text(
        "Russia banned pork imports from Mexico on Saturday over the swine flu outbreak."
    )
    assert reading.events == ()


def test_a_person_protesting_a_decision_objects_to_it():
    reading = read_event_text(
        "Senator Ann Cole is protesting the Kestrian government's new gun rules."
    )
    assert events_of_type(reading, "PROTEST") == []
    [objection] = events_of_type(reading, "ACCUSE")
    assert reading.actor(objection.source).name == "Ann Cole"
    assert reading.actor(objection.target).name == "Kestrian government"


def test_a_target_phrase_ends_before_its_own_clause():
    reading = read_event_text("Police arrested the man who fired at the crowd on Monday.")
    [arrest] = events_of_type(reading, "COERCE")
    assert arrest.target_phrase.text == "the man"


def test_rescuing_a_response_is_no_aid():
    reading = read_event_text(
        "Admiral Thad Moore rescued the Kestrian government's response to the flood on Monday."
    )
    assert events_of_type(reading, "AID") == []


def test_a_comment_section_heading_ends_the_news():
    article = "Police arrested the opposition leader Ivo Petrov in Ostra on Monday. " * 8
    text = article + "\n14 Comments\nPolice beat me in Ostra on Monday, one reader wrote.\n"
    assert comments_start(text) == text.index("14 Comments")
    assert comments_start("Comments (3)\n" + article) is None  # a counter in the page's header
    assert comments_start(article + "\nComments are closed.\n") is not None


def test_conceding_to_the_demands_of_people_still_has_them_as_target():
    reading = read_event_text(
        "President Lena Varga conceded to the demands of the striking dock workers on Monday."
    )
    assert [e.target_phrase.text for e in reading.events if e.target_phrase] == [
        "the demands of the striking dock workers"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Haddad called out the army on Friday to restore order in the capital.",
        "Governor Ann Ruiz called in the National Guard on Monday after the riots.",
    ],
)
def test_forces_called_out_are_mobilized_not_phoned(text):
    reading = read_event_text(text)
    assert [e.type for e in reading.events if e.trigger.text == "called"] == ["MOBILIZE"]


def test_a_call_on_the_army_stays_a_request():
    reading = read_event_text("Protesters called on the army to protect them on Friday.")
    assert [e.type for e in reading.events if e.trigger.text == "called"] == ["REQUEST"]
