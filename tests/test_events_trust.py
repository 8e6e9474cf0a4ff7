"""Session 28 (issue 15): the trust gate (``events/trust.py``) emits an event only when the
article narrates it, states it as done, and names its doer and the one it was done to in its
own clause. Every sentence is written for these tests."""

import datetime as dt

import pytest

from dateline.model import Article
from tests.stages import events_of_type, read_event_text

PUBLISHED = dt.date(2026, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own voice: a column, a letter, a reader's comment
        "I watched as Valdorian police arrested the mayor of Tarno on Sunday.",
        # wanted, not done
        "Valdoria wants to expel the Kestrian ambassador.",
        # planned, with no modal on the verb itself
        "The Valdorian government is to triple its aid to Kestria.",
        # a private person's act: a nationality before him does not make the state the doer
        "A Kestrian businessman sued the Valdorian government on Monday.",
        # a death with no one named as its cause is a toll as often as an attack
        "Eleven peacekeepers were killed in Tarno on Monday.",
    ],
)
def test_what_a_user_could_not_trust_is_not_emitted(text):
    assert read_event_text(text).events == ()


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police detained dozens of protesters outside the ministry on Sunday.", "COERCE"),
        # the wording names the means: an attack, though its agent is not named
        ("Two protesters were shot dead in Tarno on Monday.", "ASSAULT"),
        ("Valdoria expelled the Kestrian ambassador on Thursday.", "SANCTION"),
        ("President Lena Varga met Prime Minister Ivo Dren in Tarno on Monday.", "CONSULT"),
        ("Kestrian troops detained three Valdorian soldiers near Mirsk on Monday.", "COERCE"),
    ],
)
def test_events_stated_as_done_with_their_parties_are_kept(text, event_type):
    assert events_of_type(read_event_text(text), event_type)


def test_a_question_for_a_detail_takes_the_event_as_given():
    reading = read_event_text("Why did Kestrian police arrest the mayor of Tarno on Sunday?")
    (arrest,) = events_of_type(reading, "COERCE")
    assert "hypothetical" not in arrest.modality


def test_all_events_keeps_what_the_gate_drops_with_its_flags():
    from dateline.config import ReadConfig
    from dateline.pipeline import Reader

    # an arrest only threatened: the gate drops it; with every event kept, its flag tells
    article = Article(id="t", text="Valdorian police could arrest the mayor.", published=PUBLISHED)
    assert Reader(ReadConfig()).read(article).events == ()
    kept = Reader(ReadConfig(all_events=True)).read(article).events
    assert [(e.type, e.modality) for e in kept] == [("COERCE", ("hypothetical",))]


def test_a_verbal_act_about_a_thing_keeps_its_doer_with_no_target():
    # the clause names what was approved, not a party; the ministry nearby only reports it
    reading = read_event_text(
        "According to the Valdorian foreign ministry, President Anton Berik of Kestria voiced"
        " his approval of the plan."
    )
    assert [(e.type, reading.actor(e.source).name, e.target) for e in reading.events] == [
        ("AGREE", "Anton Berik", None)
    ]
