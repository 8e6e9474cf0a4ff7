"""Session 29 (issue 15): the trust gate asks more of a record's parties and of its type — a
target that is the party acted on (not a thing's owner, not someone a possessive relates to,
not the other half of a pair acting together), a doer that is the one who acted, and an act
that is what its type says (armed forces mobilised, not an aid response). Every sentence is
written for these tests; each dropped one yields an event on the code before."""

import pytest

from tests.stages import events_of_type, read_event_text


@pytest.mark.parametrize(
    "text",
    [
        # a retort in a quarrel over a budget: no shots fired
        "Senator Moreno fired back at Governor Lasko over the state's budget deficit.",
        # aides sent to a meeting, an aid response mobilised: no armed forces moved
        "President Lena Varga dispatched two aides to meet with doctors in Tarno.",
        "Kestria and Valdoria said they were mobilising their aid response to the floods.",
        # a pair named by "their" acts together; neither acts on the other
        "Kestria and Valdoria said they were mobilising their relief effort.",
        # what was demanded is a thing; the government only names whose programmes they are
        "The law expanded the government programmes that Senator Ilse Marn demanded.",
        # "their fight" is the Kestrian troops', not the president's who sent soldiers
        "President Lena Varga sent soldiers to Kestria to help Kestrian troops in their fight"
        " against the rebels.",
        # an investigation of cases of a fever is research; the agency nearby only reports it
        "The Kestrian news agency Tass-K says the Valdorian health ministry is investigating"
        " the first suspected cases of the fever.",
        # "that" says nothing of what was vetoed; Kestria is taken from the next clause
        "Kestria asked to drill near the coast, but the Valdorian government vetoed that and"
        " told Kestria to wait.",
        # officials who spoke with a newspaper gave an interview; they consulted no one
        "Two former Valdorian officials who spoke with The Tarno Times said the ministry was in"
        " disarray.",
        # a school closed for the holidays: no one named closed it, and no one is coerced
        "The Tarno Academy is closed for the holidays and will remain closed for another week.",
        # hedged by the writer, or what someone suspects: not stated as done
        "Valdorian police apparently arrested the mayor of Tarno on Sunday.",
        "President Lena Varga reportedly asked Kestria to reopen the border.",
        "Kestrian officials suspect that Valdorian police detained the journalist Ivo Petrov on"
        " Sunday.",
        # the ministry reports the commitment; Kestria is named inside what was committed to
        "The Valdorian foreign ministry again stressed President Lena Varga's commitment to"
        " making Kestria pay.",
    ],
)
def test_a_record_with_a_party_or_type_the_clause_does_not_support_is_not_emitted(text):
    assert read_event_text(text).events == ()


def test_the_one_a_possessive_relates_to_its_possessor_is_not_the_possessor():
    # the one not supported is the rival, named in the apposition, not Varga
    reading = read_event_text(
        "Minister Ivo Dren, who does not support Varga's rival, Ivo Petrov, spoke on Monday."
    )
    targets = [reading.actor(e.target).name for e in reading.events if e.target is not None]
    assert "Varga" not in targets


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an official's visit and a pair that meets are still events
        ("President Lena Varga visited Kestria on Monday.", "CONSULT"),
        ("Putin and Trump spoke by phone on Friday. It was their sixth conversation.", "CONSULT"),
        ("Police detained dozens of protesters outside the ministry on Sunday.", "COERCE"),
        # a report by officials is no hedge, and a belief in another clause hedges nothing
        ("Valdorian police arrested the mayor of Tarno on Sunday, officials said.", "COERCE"),
        (
            "Kestria believes in dialogue, and President Lena Varga met Prime Minister Ivo Dren"
            " on Monday.",
            "CONSULT",
        ),
    ],
)
def test_what_the_clause_supports_is_kept(text, event_type):
    assert events_of_type(read_event_text(text), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        # a court's decision is the court's act: condemning it is aimed at the court
        (
            "Kestrian Foreign Minister Ivo Dren condemned a Valdorian Supreme Court decision to"
            " close the border.",
            "ACCUSE",
            "Valdorian Supreme Court",
        ),
        # the one asked is the subject of what is demanded
        ("Kestria repeated its demand that Valdoria lift the blockade.", "REQUEST", "Valdoria"),
    ],
)
def test_the_party_whose_act_or_answer_it_is_stays_the_target(text, event_type, target):
    reading = read_event_text(text)
    targets = [reading.actor(e.target).name for e in events_of_type(reading, event_type)]
    assert target in targets


def test_a_grant_awarded_is_aid_not_support():
    reading = read_event_text(
        "The Valdorian interior ministry awarded the Tarno city council a grant of two million"
        " dollars on Monday."
    )
    assert events_of_type(reading, "AID")
    assert not events_of_type(reading, "SUPPORT")
