"""Issue 15: the party a protest addresses, targets that are no party, and physical acts given
other types — a protest whose sentence says whom it is against ("down with X", a demand it is
made for, a ban it defies, an "anti-government" protest) coded with no target; a place the
protest is in taken as its target (and the protest dropped for it); a measure imposed ("a state
of emergency") shown as the party coerced; a city "captured" coded as an arrest of the city;
protesters moving on a building coded as coercion; people captured by pirates coded as an
arrest (PLOVER's abduction), and the word "hostage" of "took ... hostage" as the target; a
scenario ("either ... or"), talks judged needed, an unconfirmed report coded as done. Every
sentence is written for these tests; each fails on the code before, except the ones that check
what must still be emitted or stay unchanged."""

import pytest

from tests.stages import events_of_type, read_event_text


def _target_text(reading, event) -> str:
    actor = reading.actor(event.target) if event.target else None
    if actor is not None:
        return actor.name
    return event.target_phrase.text if event.target_phrase else ""


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ('Protesters marched through the old town on Saturday, chanting "down with Halvorsen".',
         "Halvorsen"),
        ("Protesters took to the streets of the capital on Sunday to demand the resignation of "
         "President Anselm Koury.", "Koury"),
        ("Protesters rallied in the main square on Friday, defying the government's ban on "
         "public meetings.", "government"),
        ("Protesters marched in the capital on Thursday to call for free elections in Bolivia.",
         "Bolivia"),
        ("Protesters held an anti-government rally in Peru on Saturday.", "Peru"),
    ],
)  # fmt: skip
def test_a_protest_is_against_the_party_its_sentence_addresses(text, addressed):
    reading = read_event_text(text)
    [protest] = events_of_type(reading, "PROTEST")
    assert addressed in _target_text(reading, protest)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched through the old town on Saturday.",
        "Protesters held a rally in the main square on Friday to mark the anniversary.",
    ],
)
def test_a_protest_that_addresses_no_one_named_keeps_its_target_open(text):
    reading = read_event_text(text)
    [protest] = events_of_type(reading, "PROTEST")
    assert protest.target is None and protest.target_phrase is None


def test_a_protest_whose_only_target_phrase_is_its_place_is_not_shown():
    # the place ("the streets of the capital") is no party, and a user would read the
    # government it addresses as left out: judges counted such protests wrong (sessions 32, 33)
    reading = read_event_text("Protesters took to the streets of the capital on Sunday.")
    assert events_of_type(reading, "PROTEST") == []


def test_protesters_against_a_named_government_keep_it():
    text = "Police detained 30 protesters who were marching against the government on Monday."
    reading = read_event_text(text)
    [protest] = events_of_type(reading, "PROTEST")
    assert "government" in _target_text(reading, protest)


def test_a_measure_imposed_is_no_party_coerced():
    text = "The Marovian government imposed a state of emergency in the south on Tuesday."
    reading = read_event_text(text)
    [coercion] = events_of_type(reading, "COERCE")
    assert coercion.target is None and coercion.target_phrase is None


def test_a_place_captured_is_no_arrest():
    reading = read_event_text("Turkish troops captured Afrin in March 2018.")
    assert not [e for e in reading.events if e.type == "COERCE" and e.mode == "arrest"]


def test_people_taken_near_a_place_are_still_arrested():
    reading = read_event_text("Police arrested two escaped prisoners near the border on Monday.")
    assert [e for e in reading.events if e.type == "COERCE"]


def test_protesters_moving_on_a_building_protest():
    reading = read_event_text("Protesters closed in on the parliament building on Wednesday.")
    assert not [e for e in reading.events if e.type in ("COERCE", "REQUEST")]
    assert events_of_type(reading, "PROTEST")


def test_protesters_pressing_someone_to_act_still_request():
    # a clause of what is asked: the protesters' request, not a bodily act
    text = "Protesters pressed the Marovian government to release the detained students."
    reading = read_event_text(text)
    assert not events_of_type(reading, "PROTEST")


def test_people_captured_by_pirates_are_abducted_not_arrested():
    text = "Pirates captured 18 crew members of a Liberian cargo ship on Friday."
    reading = read_event_text(text)
    assert not events_of_type(reading, "COERCE")
    [abduction] = events_of_type(reading, "ASSAULT")
    assert abduction.mode == "abduct"


def test_a_trigger_word_is_no_target():
    text = "Gunmen stormed the hotel and took its guests hostage on Friday."
    reading = read_event_text(text)
    for event in reading.events:
        assert not (event.target_phrase and event.target_phrase.text == "hostage")


@pytest.mark.parametrize(
    "text",
    [
        "Either Serbia withdraws its police or NATO sends more troops to Kosovo.",
        "Talks between President Ilse Varga and Chancellor Maren Holt are more urgent than ever.",
        "According to unconfirmed reports, Turkish police detained the mayor of Van on Monday.",
    ],
)
def test_a_scenario_a_need_or_an_unconfirmed_report_is_not_done(text):
    assert not read_event_text(text).events


def test_a_past_meeting_judged_important_was_held():
    text = "Chancellor Maren Holt met President Ilse Varga on Monday; the meeting was important."
    assert events_of_type(read_event_text(text), "CONSULT")


def test_an_act_about_an_unconfirmed_report_is_still_done():
    text = "Turkish police detained a blogger on Monday who had spread unconfirmed reports."
    assert events_of_type(read_event_text(text), "COERCE")
