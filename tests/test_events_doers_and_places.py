"""Parties that are places, things or companions, and acts that are no political events: the
place of a march's start given as whom it addresses, the one a protest wants freed given as
whom it asks, a thing its owner's possessive names given as the doer, a companion of a journey
given as the one visited, a verb of giving with nothing given, a kidnapping by private people,
a win that sends a side to a final, and a bid for an office as a request. Every sentence is
written for these tests; each one dropped or mended is coded otherwise by the code before."""

import pytest

from tests.stages import events_of_type, read_event_text


@pytest.mark.parametrize(
    "text",
    [
        # a headline cut short: the party given to, and nothing given
        "The FBI Just Gave Senator Ana Velt",
        # two men named by a common word taking a private person: a crime, no political event
        "Two men kidnapped a businessman outside his home in Orsk on Monday.",
        # a side beating another to reach a final: sport, though both are countries
        "Kestria beat Valdoria on Monday to reach the final.",
        # the one travelled with is a companion, not the one visited
        "President Lena Varga traveled with Prime Minister Ivo Dren to Kestria on Monday.",
        # a thing of the army's did the killing, not the army
        "The Kestrian army's reactor killed 15 workers in Orsk on Monday.",
        # a programme of a state's threatens no one as the state's act
        "Kestria's nuclear programme threatened Valdoria on Monday.",
        # a bid for an office is a run for it, no request of it
        "Senator Ana Velt ended her bid for the White House on Tuesday.",
    ],
)
def test_a_record_with_a_thing_or_a_companion_for_a_party_is_not_emitted(text):
    assert read_event_text(text).events == ()


def test_where_a_march_started_is_not_whom_it_addresses():
    reading = read_event_text(
        "Protesters marched from the Kestrian embassy to the main square on Monday."
    )
    (protest,) = events_of_type(reading, "PROTEST")
    assert protest.target is None and protest.target_phrase is None


def test_the_ones_a_protest_wants_freed_are_not_whom_it_addresses():
    reading = read_event_text(
        "Protesters marched from the Kestrian embassy on Monday, demanding the release of the"
        " detained activists."
    )
    (protest,) = events_of_type(reading, "PROTEST")
    assert protest.target is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # money given to a party: the party is the dative, the money what is given
        ("Kestria gave Valdoria $5 million in aid on Monday.", "AID"),
        # armed men are no private people
        ("Armed men kidnapped a Kestrian priest in Orsk on Monday.", "ASSAULT"),
        # a group's fighters act for it
        ("Hamas's fighters attacked Israeli troops on Monday.", "ASSAULT"),
    ],
)
def test_acts_of_a_party_s_people_and_gifts_of_things_are_kept(text, event_type):
    assert events_of_type(read_event_text(text), event_type)


def test_an_ultimatum_given_is_a_threat_no_aid():
    # the sentence of tests/test_title_abbreviations.py, whose parse hangs the ultimatum on the
    # party given to; no sentence of my own gave a draft of an ultimatum "given" at all
    reading = read_event_text("Kestria's government gave Pres. Odo Vamp an ultimatum on Monday.")
    assert events_of_type(reading, "AID") == []
    (threat,) = events_of_type(reading, "THREATEN")
    assert threat.target == "odo-vamp"
