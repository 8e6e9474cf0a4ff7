"""Records the trust gate let through on development sheets, and the parties the coder gives:
a party acting on itself, a material act by the press, one person "attacking" another in words,
a court's order as a request, a pledge as aid given, the co-promisers of one promise as each
other's target, the forces a mobilization moves as its target, an act told of a past period of
someone's life dated today (session 30); a clash at a hearing, the place before a meeting
"between" two, a party's phrase running into the next clause, a war that only frames the time,
the one at whose request an act was done, a description in apposition (session 34). Every
sentence is written for these tests; each dropped or mended one is coded otherwise by the code
before."""

import datetime as dt

import pytest

from tests.stages import all_events_of, events_of_type, read_event_text


@pytest.mark.parametrize(
    "text",
    [
        # a period of the doer's past ("when she was a prosecutor"): no day of its own
        "When she was a federal prosecutor, Attorney General Helga Marn forced the Interior"
        " Ministry to release the files.",
        # a politician "attacking" a politician is words, though troops are named nearby
        "Senator Ivo Petrov attacked Governor Lena Varga on Monday at a rally where troops were"
        " present, calling her a coward.",
        # a court's order is a ruling, no request of one party to another
        "The Supreme Court ordered the government to release the prisoners on Monday.",
        # a rescue "captured" by television crews: filmed, no arrest
        "The rescue of the miners was captured by TV crews on Tuesday.",
        # two who made the same promise made it to no one of them
        "Kestrian Prime Minister Ivo Dren said he and President Lena Varga promised on Monday to"
        " lead the fight against the new tax.",
        "President Lena Varga and Prime Minister Ivo Dren pledged on Monday to lower taxes.",
        # a position said again and again ("has repeatedly said he opposes") has no day
        "Even as President Voss has repeatedly said that he opposes foreign troops in Kestria,"
        " his government continues to send advisers.",
        # a lawsuit named a "legal battle" is no force
        "The Valdorian government on Wednesday launched a legal battle against Valtek Mining by"
        " suing the firm.",
        # a fight over a policy is a dispute, no force
        "Governor Lena Varga fought the Kestrian government over its ban on fishing on Monday.",
        # a clash at a hearing is fought with words, though the bombing it is about killed
        "Senator Ana Velt clashed with Interior Minister Odo Ruiz during a hearing on Tuesday"
        " about the bombing that killed four guards.",
        # a firm's chief removed by no one political: the firm's own affair
        "Valtek chief executive Ivo Brandt was removed from his post on 1 October.",
        # "recalled" someone telling him something: a memory, no envoy withdrawn
        '"We must act now," Kestrian envoy Ivo Dren recalled President Lena Varga telling him on'
        " Monday.",
        # one party (two people of one name grouped as one) does not act on itself
        "President Lena Varga met with Varga on Monday.",
    ],
)
def test_a_record_the_clause_does_not_support_is_not_emitted(text):
    assert read_event_text(text).events == ()


def test_a_fight_over_a_town_is_still_force():
    reading = read_event_text("Kestrian troops fought rebels over the town of Tarno on Monday.")
    assert events_of_type(reading, "ASSAULT") != []


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with protesters at the rally on Tuesday, and dozens were injured.",
        "A gunman opened fire during a council meeting on Tuesday, killing two officials.",
    ],
)
def test_force_at_a_gathering_is_still_force(text):
    assert events_of_type(read_event_text(text), "ASSAULT") != []


def test_a_mobilization_leaves_the_forces_it_moves_out_of_its_target():
    reading = read_event_text("The Kestrian army is deploying 300 soldiers to help the police.")
    [deployment] = events_of_type(reading, "MOBILIZE")
    assert deployment.target is None
    assert reading.actor(deployment.source).name.endswith("army")


def test_pledged_aid_is_a_promise_not_aid_given():
    reading = read_event_text("President Dragan Voss pledged aid to the Kestrian government.")
    assert events_of_type(reading, "AID") == []
    [promise] = events_of_type(reading, "AGREE")
    assert reading.actor(promise.target).name == "Kestrian government"


@pytest.mark.parametrize(
    "text",
    [
        "Police hauled away dozens of climate activists who had blocked the bridge on Monday.",
        "The editor of the weekly was shot dead outside his home in Tarno on Friday.",
    ],
)
def test_an_arrest_or_a_shooting_in_these_words_is_found(text):
    assert read_event_text(text).events != ()


def test_talks_between_two_states_envoys_are_talks_of_the_two_states():
    # the pair is named only as modifiers of the phrase the talks are "between"
    reading = read_event_text(
        "Negotiations between Peruvian and Chilean officials took place in Quito in May, but no"
        " deal was reached."
    )
    talks = events_of_type(reading, "CONSULT")
    assert [{e.source, e.target} for e in talks] == [{"peru", "chile"}], talks


def test_a_place_named_before_a_meeting_between_two_parties_is_no_party():
    # the place is where they meet; the two "between" are the parties
    reading = read_event_text(
        "Investors fretted about a Kremlin meeting on Monday between Foreign Minister Ana Velt"
        " and President Odo Vamp."
    )
    talks = events_of_type(reading, "CONSULT")
    assert [{e.source, e.target} for e in talks] == [{"ana-velt", "odo-vamp"}], talks


def test_the_party_acted_on_ends_before_a_clause_the_parse_hangs_in_it():
    reading = read_event_text(
        "In May 2009, Kestria released a Libyan convicted of bombing a ferry, angering Ostrava."
    )
    [release] = events_of_type(reading, "RETREAT")
    assert release.target_phrase.text == "a Libyan convicted of bombing a ferry"


def test_a_war_that_only_frames_the_time_takes_no_party_from_the_clause_it_frames():
    reading = read_event_text(
        "In the first Iraq war in 1991, when retreating Iraqi troops torched oil wells, Norway"
        " sent firefighters to help."
    )
    assert not [e for e in events_of_type(reading, "ASSAULT") if e.target == "norway"]


def test_the_one_at_whose_request_an_act_was_done_is_not_its_target():
    reading = read_event_text(
        "The Valdorian aviation authority stopped relief flights to the island at the Kestrian"
        " government's request because the airport was full."
    )
    assert not [e for e in reading.events if e.target == "kestrian-government"], reading.events


def test_a_description_in_apposition_stands_for_the_one_it_describes():
    events = all_events_of(
        "Ivo Dren, the exiled preacher whom President Odo Vamp accuses of plotting the coup,"
        " denied it on Monday.",
        dt.date(2016, 8, 29),
    )
    assert [(e.source, e.target) for e in events if e.type == "ACCUSE"] == [
        ("odo-vamp", "ivo-dren")
    ]
