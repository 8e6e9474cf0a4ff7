"""An event is emitted only with the parties a reader of the record can check: someone it was
done to (an actor, or the phrase that names the people acted on), and a source that is an actor
or a phrase naming the agent. Round of session 26, read from a judged development sheet; every
sentence is written for these tests."""

import pytest

from dateline.store.rows import flatten
from tests.stages import events_of_type, read_event_text

# how the coder reads a clause, before the trust gate judges it (tests/test_events_trust.py)
pytestmark = pytest.mark.usefixtures("without_trust_gate")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # acted on no one the text names as an actor or as people
        ("Senator Mara Quill is pushing back, questioning the governor's record.", "REJECT"),
        ("Party chair Tom Bly is calling donors himself, asking them to host dinners.", "REQUEST"),
        # a subject lost by the parse: the record would name no source
        ("modi accused pakistan of sheltering militants.", "ACCUSE"),
        # documents are released, not people: no release
        ("The group released the party's internal emails on Monday.", "RETREAT"),
        ("Kell released private notes from an aide to Senator Ruth Amos.", "RETREAT"),
        ("More Senator Ruth Amos letters released before the vote.", "RETREAT"),
        # a place the actor stage left as a place is no agent (a wire dateline)
        ("TARNO, Valdoria — Valdoria on Friday rejected Kestria's offer of talks.", "REJECT"),
        # a thing as the target stands for its owner, whom the record would not show
        ("Governor Tom Bly dismissed the new rules on farm subsidies.", "REJECT"),
        ("The council waived the fees on the festival tickets.", "CONCEDE"),
        # a thing as the object, though a nearby actor could be taken for a target
        ("Brazil now hosted the largest share of infected servers, ahead of Chile.", "CONSULT"),
    ],
)
def test_no_event_without_parties_to_show(text, event_type):
    assert events_of_type(read_event_text(text), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Germany refused to release the prisoners.", "REJECT"),
        ("Valdoria warned that it would retaliate against any incursion.", "THREATEN"),
        ("Police detained dozens of protesters outside the ministry on Sunday.", "COERCE"),
        ("The junta freed hundreds of political prisoners on Tuesday.", "RETREAT"),
        ("Japan gave $10 million to Pakistan for flood relief.", "AID"),
        ("Security forces opened fire on demonstrators in the capital.", "ASSAULT"),
    ],
)
def test_events_with_parties_to_show_are_kept(text, event_type):
    assert events_of_type(read_event_text(text), event_type)


def test_a_refusal_by_will_not_is_not_flagged_as_not_happening():
    reading = read_event_text(
        "Valdoria will not accept the aid offered by Kestria, its minister said."
    )
    rejects = events_of_type(reading, "REJECT")
    assert rejects
    assert "negated" not in rejects[0].modality and "future" not in rejects[0].modality


def test_the_store_shows_the_phrase_of_a_party_that_is_no_actor():
    reading = read_event_text("A federal judge ordered the Interior Ministry to publish the files.")
    rows = flatten(reading).events
    assert rows, "the order is an event"
    # row layout: local id, type, mode, date, basis, source id, source name, ...
    assert rows[0][6] and "judge" in rows[0][6].lower()


@pytest.mark.parametrize(
    ("text", "target_word"),
    [
        ("Senator Ada Kline blocked the banks from selling bonds to Chinese firms.", "banks"),
        ("UN envoy Ana Roa, who visited Port Lerin on Sunday, praised the relief effort.", "Lerin"),
    ],
)
def test_a_target_phrase_of_people_or_a_place_beats_a_nearby_actor(text, target_word):
    reading = read_event_text(text)
    assert reading.events
    event = reading.events[0]
    shown = reading.actor(event.target).name if event.target else event.target_phrase.text
    assert target_word in shown
