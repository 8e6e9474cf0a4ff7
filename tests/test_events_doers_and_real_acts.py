"""Issue 15: who did it, and whether it was done — a country or a place as the doer of a
protest (its people protest, not the state), a win in a game read as force, an act named as
what someone demands or denies read as done, a term of office "given" as aid, "was forced
to" with no one forcing, the one who forced named after the complement, an order sending
troops somewhere (a deployment, no request), the troops withdrawn as the target, effigies
burned as force (a protest's act). Every
sentence is written for these tests; each one fails on the code before, except the ones that
check what must still be emitted."""

import pytest

from tests.stages import events_of_type, read_event_text


@pytest.mark.parametrize(
    "text",
    [
        # a country or its nationality as the doer of a protest, a riot or an uprising
        "Kestria rioted on Sunday after the verdict.",
        "Kestria's protests entered a second week on Monday.",
        "Valdoria protested against the government on Monday, with tens of thousands in the"
        " streets.",
        # a national side's win in a game is sport, though countries need no cue of violence
        "Kestria beat Valdoria in the cup final on Sunday.",
        # what marchers or a party demand in a clause of its own is not done
        "Marchers demanded on Monday that President Lena Varga be ousted.",
        "The opposition insisted on Monday that the government free the detained journalists.",
        # what someone denies is not stated as done
        "Kestria denied on Monday that it had expelled the Valdorian ambassador.",
        "The interior ministry denied on Tuesday that police had beaten the students.",
        # forced by circumstances: no one is named as forcing
        "Kestria was forced to import grain on Tuesday.",
        "The Valdorian government was forced to devalue the currency on Tuesday.",
        # a term of office given is an appointment, no aid
        "The Kestrian parliament gave Governor Lena Varga another five-year term on Monday.",
    ],
)
def test_a_doer_that_did_not_do_it_or_an_act_not_done_is_not_emitted(text):
    assert read_event_text(text).events == ()


def test_protesters_named_by_their_nationality_are_still_the_doer():
    reading = read_event_text("Valdorian protesters marched through Ostra on Monday.")
    [protest] = events_of_type(reading, "PROTEST")
    assert reading.actor(protest.source).name == "Valdorian protesters"


def test_money_given_is_still_aid():
    reading = read_event_text(
        "The Kestrian government gave the Valdorian government $20 million in emergency aid on"
        " Monday."
    )
    [aid] = events_of_type(reading, "AID")
    assert reading.actor(aid.target).name == "Valdorian government"


def test_force_between_countries_with_its_dead_is_no_game():
    reading = read_event_text("Kestria attacked Valdoria on Sunday, killing 12 soldiers.")
    [attack] = events_of_type(reading, "ASSAULT")
    assert reading.actor(attack.source).name == "Kestria"
    assert reading.actor(attack.target).name == "Valdoria"


def test_an_arrest_after_a_match_is_still_an_arrest():
    reading = read_event_text(
        # the arrest has a day of its own: a past perfect under the report takes none from it
        "The ministry said on Monday that police had arrested three protesters on Sunday after"
        " the football match."
    )
    assert events_of_type(reading, "COERCE") != []


def test_what_is_insisted_on_as_told_is_still_done():
    reading = read_event_text(
        "The ministry insisted on Monday that police had arrested only three protesters on Sunday."
    )
    assert events_of_type(reading, "COERCE") != []


def test_an_ordered_act_is_not_told_as_done():
    # session 45 reverses this guard (it was test_a_light_verb_still_tells_its_event): an order
    # is a request (PLOVER 3.8: "all requests, demands, and orders"), and the audit standard
    # asks an act only requested to be flagged or not coded; blind judges marked acts
    # "ordered" and coded as done wrong-modality
    reading = read_event_text(
        "Kestrian President Ivo Dren ordered the bombing of the rebel camp on Monday."
    )
    assert events_of_type(reading, "ASSAULT") == []


def test_a_light_verb_still_tells_its_event():
    reading = read_event_text(
        "Kestrian President Ivo Dren launched the bombing of the rebel camp on Monday."
    )
    assert events_of_type(reading, "ASSAULT") != []


@pytest.mark.parametrize(
    ("text", "forcer"),
    [
        ("Ivo Dren was forced to resign by the Kestrian parliament on Tuesday.", "parliament"),
        ("The protesters were forced to leave the square by police on Tuesday.", "police"),
    ],
)
def test_the_one_who_forced_is_the_doer_though_named_after_the_complement(text, forcer):
    reading = read_event_text(text)
    [coercion] = events_of_type(reading, "COERCE")
    assert forcer in reading.actor(coercion.source).name.lower()


@pytest.mark.parametrize(
    ("text", "commander"),
    [
        ("President Ivo Dren ordered the army to the border with Valdoria on Tuesday.", "Dren"),
        (
            "The Kestrian government ordered thousands of troops into the refineries on Tuesday.",
            "government",
        ),
    ],
)
def test_an_order_sending_troops_somewhere_is_their_deployment(text, commander):
    reading = read_event_text(text)
    assert events_of_type(reading, "REQUEST") == []
    [deployment] = events_of_type(reading, "MOBILIZE")
    assert commander in reading.actor(deployment.source).name
    assert deployment.target is None


def test_troops_withdrawn_are_what_is_moved_not_the_target():
    reading = read_event_text(
        "The Kestrian authorities announced on Tuesday they were withdrawing troops from the"
        " oil fields."
    )
    [withdrawal] = events_of_type(reading, "RETREAT")
    assert withdrawal.target is None


def test_effigies_burned_are_a_protest_done_to_no_one():
    reading = read_event_text(
        "The demonstrators burned effigies of the two Kestrian ministers on Monday."
    )
    assert events_of_type(reading, "ASSAULT") == []
    [protest] = events_of_type(reading, "PROTEST")
    assert protest.target is None
