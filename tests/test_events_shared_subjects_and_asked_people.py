"""A conjoined verb or a participle shares its clause's subject as its doer ("soldiers seized
power and arrested the president"); a request keeps the people it asks, named by a phrase, as
its target ("the ministry asked residents to stay indoors"); "targets" aimed at a thing a party
owns (a lead in the polls) is a contest of words, no force. Every sentence is written for these
tests."""

import datetime as dt

from tests.stages import all_events_of, coded_events, read_event_text

PUBLISHED = dt.date(2026, 6, 10)


_coded = coded_events


def test_conjoined_arrest_keeps_the_shared_subject():
    coded = _coded("Soldiers seized power in Kestria on Monday and arrested President Ivo Dren.")
    assert ("COERCE", "soldiers", "ivo-dren", "arrested") in coded


def test_conjoined_verb_with_its_own_subject_keeps_it():
    # the second clause names its own doer: the first clause's subject is not borrowed
    coded = _coded(
        "Rebels stormed the town of Orvik on Monday and police arrested Governor Lena Varga."
    )
    assert all(e[1] != "rebels" for e in coded if e[3] == "arrested")


def test_request_to_people_named_by_a_phrase_is_kept():
    reading = read_event_text("The Valdorian government on Monday asked people to stay at home.")
    (found,) = [e for e in reading.events if e.trigger.text == "asked"]
    assert found.type == "REQUEST"
    assert found.source == "valdorian-government"
    assert found.target_phrase is not None


def test_request_with_no_one_asked_stays_dropped():
    # "asked for a report": no one asked in the clause, nothing to keep as a target
    reading = read_event_text("The Valdorian government on Monday asked for a report on prices.")
    assert not [e for e in reading.events if e.trigger.text == "asked" and e.target is None]


def test_targets_a_rivals_poll_lead_is_no_force():
    text = "In a two-front race, Senator Lena Varga targets Governor Ivo Dren's poll gain."
    assert not [e for e in read_event_text(text).events if e.type == "ASSAULT"]
    # the gate drops it: the coder still drafts it
    assert [e for e in all_events_of(text, PUBLISHED) if e.type == "ASSAULT"]


def test_force_on_a_party_stays_force():
    coded = _coded("Rebels attacked Kestria's army on Monday.")
    assert ("ASSAULT", "rebels", "army", "attacked") in coded
