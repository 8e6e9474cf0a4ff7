"""Present-simple verbs that tell a view or a habit, and a question put to a speaker, none of
them an act of a day: "a sign that many legislators oppose the president's plan" (a view),
"police arrest opposition leaders when they hold rallies" (a habit), "Asked on a radio show if
the army was ready, the minister said ..." (a question to the speaker, no request by them).
Every sentence is written for these tests; the guards check that the acts beside them stay."""

import datetime as dt
from functools import partial

from dateline.events.trust import _counted_subject
from dateline.language import parse
from tests.stages import coded_events, event_triggers

PUBLISHED = dt.date(2026, 6, 10)


_coded = partial(coded_events, published=PUBLISHED)


_triggers = partial(event_triggers, published=PUBLISHED)


def test_many_legislators_opposing_a_plan_is_a_view():
    text = "The defeat showed that many legislators oppose President Lena Marsh's tax plan."
    assert "oppose" not in _triggers(text)


def test_legislators_opposing_a_plan_in_a_vote_stays_a_rejection():
    text = "Senators opposed Governor Lena Marsh's budget in a vote on Monday."
    assert ("REJECT", "senators", "lena-marsh", "opposed") in _coded(text)


def test_a_headline_in_the_present_stays_an_act():
    text = "Lawmakers oppose President Lena Marsh's tax plan"
    assert ("REJECT", "lawmakers", "lena-marsh", "oppose") in _coded(text)


def test_arrests_whenever_a_rally_is_held_are_a_habit():
    text = "Kestrian police arrest opposition leaders when they hold rallies, residents said."
    assert "arrest" not in _triggers(text)


def test_expulsions_whenever_reporters_criticise_are_a_habit():
    text = (
        "The government of Kestria expels foreign reporters whenever they criticise its army, "
        "diplomats said."
    )
    assert "expels" not in _triggers(text)


def test_arrests_when_a_rally_was_held_on_a_day_stay():
    text = (
        "Kestrian police arrested opposition leaders when they held a rally on Monday, "
        "residents said."
    )
    assert any(t == "COERCE" and w == "arrested" for t, _, _, w in _coded(text))


def test_asked_on_a_programme_is_a_question_to_the_speaker():
    text = (
        'Asked on CBS\'s "Evening" program if the United States was ready for a long war with '
        'Kestria, Defense Secretary Paul Orlan said, "Well we are ready I think for whatever '
        'happens."'
    )
    assert "Asked" not in _triggers(text)


def test_asked_by_a_president_to_lead_talks_stays_a_request():
    # the asking names its own day: a participle on a noun takes none from the meeting's Monday
    # (session 43), and the gate drops what has no day
    text = (
        "Paul Orlan, asked by President Lena Marsh on Friday to lead the talks, met Ostra's"
        " envoy on Monday."
    )
    assert ("REQUEST", "lena-marsh", "paul-orlan", "asked") in _coded(text)


def _subject_and_verb(text: str, subject: str, verb: str):
    doc = parse(text)
    return (
        next(t for t in doc if t.text == subject),
        next(t for t in doc if t.text == verb),
    )


def test_a_growing_number_of_legislators_counts_a_plural():
    # the record's doer may be the counting noun itself ("number")
    text = "It was a sign that a growing number of legislators oppose the president's policies."
    assert _counted_subject(*_subject_and_verb(text, "number", "oppose"))
    assert _counted_subject(*_subject_and_verb(text, "legislators", "oppose"))


def test_the_legislators_of_a_country_are_no_counted_plural():
    text = "It was a sign that Kestria's legislators oppose the president's policies."
    assert not _counted_subject(*_subject_and_verb(text, "legislators", "oppose"))
