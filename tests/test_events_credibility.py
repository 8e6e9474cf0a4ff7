"""The confidence gate (``events/credibility.py``) and the senses that keep questions, refusals
to speak and warnings of danger out of the record. Every sentence is written for these tests."""

import datetime as dt

import pytest

from dateline.event_lexicon import load_lexicon
from dateline.model import Article
from dateline.pipeline import read

# how the coder reads a clause, before the trust gate judges it (tests/test_events_trust.py)
pytestmark = pytest.mark.usefixtures("without_trust_gate")

PUBLISHED = dt.date(2026, 6, 10)


def events_of(text: str):
    reading = read(Article(id="t", text=text, published=PUBLISHED))
    return reading, reading.events


def of_type(events, event_type):
    return [e for e in events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # private people and firms among themselves
        ("The pop singer Dana Vell spoke to a music channel about her new album.", "CONSULT"),
        ("The chief executive of Norvik Foods denied that profits would fall.", "REJECT"),
        # questions, refusals to speak, warnings of a danger
        ("Reporters asked Governor Tom Reyes why the bridge was still closed.", "REQUEST"),
        ("When asked whether he would run again, Senator Hale smiled.", "REQUEST"),
        ("President Lena Varga refused to answer questions about the budget.", "REJECT"),
        ("Health minister Ana Sousa warned that the virus may spread in winter.", "THREATEN"),
        # no agent found for an active clause or a noun
        ("Voters want a system to stop Valdorian missiles.", "SANCTION"),
        ("Senator Hale's support has risen to 46 percent in the latest poll.", "SUPPORT"),
        # a disaster's toll
        ("Nine miners were killed when the shaft collapsed on Monday.", "ASSAULT"),
        # a run of headlines of other stories
        ("Troops fight rebels in Gao ; Storm hits coast ; Recipes for summer", "ASSAULT"),
    ],
)
def test_no_event_without_a_credible_political_reading(text, event_type):
    _, events = events_of(text)
    assert of_type(events, event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Three protesters were arrested outside parliament on Sunday.", "COERCE"),
        ("Gunmen abducted 40 schoolchildren from a boarding school in Kagara.", "ASSAULT"),
        ("Two aid workers were kidnapped near the border town of Gao.", "ASSAULT"),
        ("Militants set fire to a police station in the town of Bama.", "ASSAULT"),
        (
            "Beijing warned Taipei that any move toward independence would be met with force.",
            "THREATEN",
        ),
        ("Valdoria warned that it would retaliate against any incursion.", "THREATEN"),
        ("The government asked Russia to withdraw its troops from the border.", "REQUEST"),
    ],
)
def test_political_events_pass_the_gate(text, event_type):
    _, events = events_of(text)
    assert of_type(events, event_type)


def test_a_political_source_may_act_on_a_private_party():
    _, events = events_of("President Lena Varga met executives of Norvik Foods on Monday.")
    assert of_type(events, "CONSULT")


def test_the_gate_vocabulary_is_in_the_lexicon():
    lexicon = load_lexicon()
    assert {"GOV", "MIL", "COP"} <= lexicon.political_sectors
    assert "BUS" not in lexicon.political_sectors and "MED" not in lexicon.political_sectors
    assert {"country", "government"} <= lexicon.political_kinds


# -- round 2: read from the judged development sheets -----------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Senator Ann Ruiz pushed back on those claims on Thursday.", "REQUEST"),
        ("Minister Geoff Harlow admitted that Kestria is far short of its goal.", "CONCEDE"),
        ("President Lena Varga will travel to Egypt, seeking to repair ties.", "REQUEST"),
        ("A week after the Kestria earthquake struck, thousands still wait for aid.", "ASSAULT"),
        ("Senator Ann Ruiz thanked the moderate opposition for its patience.", "REJECT"),
        ("The charity said it had enough biscuits to feed 60,000 families.", "AID"),
    ],
)
def test_round_two_non_events(text, event_type):
    _, events = events_of(text)
    assert of_type(events, event_type) == []


def test_support_one_has_is_given_by_the_of_object():
    reading, events = events_of("Governor Tom Reyes has the backing of President Lena Varga.")
    (backing,) = of_type(events, "SUPPORT")
    assert reading.actor(backing.source).name == "Lena Varga"
    assert reading.actor(backing.target).name == "Tom Reyes"


def test_conjoined_subjects_act_together():
    reading, events = events_of(
        "The Red Cross and Save the Children distributed medical supplies to hospitals."
    )
    for event in of_type(events, "AID"):
        target = reading.actor(event.target)
        assert target is None or target.name != "Save the Children"


def test_a_conjoined_verb_shares_would():
    _, events = events_of(
        "Secretary Ann Ruiz said she would visit Kestria on Saturday and meet officials there."
    )
    meeting = [e for e in of_type(events, "CONSULT") if e.trigger.text == "meet"]
    assert meeting and "hypothetical" in meeting[0].modality


def test_the_other_party_of_a_mutual_event_is_the_conjoined_subject():
    reading, events = events_of("Chancellor Otto Brandt and President Lena Varga hold phone call")
    (call,) = of_type(events, "CONSULT")
    assert {reading.actor(call.source).name, reading.actor(call.target).name} == {
        "Otto Brandt",
        "Lena Varga",
    }


def test_an_undated_headline_and_the_dated_sentence_of_its_day_are_one_event():
    reading = read(
        Article(
            id="t",
            text=(
                "Brandt and Varga hold phone call\n\n"
                "Chancellor Otto Brandt spoke with President Lena Varga by telephone on Wednesday."
            ),
            published=PUBLISHED,  # a Wednesday
        )
    )
    (call,) = of_type(reading.events, "CONSULT")
    assert call.trigger.text == "spoke" and len(call.mentions) == 2
    assert call.date == PUBLISHED.isoformat()
