"""A body named only as a modifier of a common noun is no actor; a state organ's official is of
that state; a person's bare name the model labelled a body or a place is the person; a person
named after the noun of their work takes the story's country like one with a title. Sentences
written for dateline."""

import datetime as dt

from dateline.actors import ActorTable, find_actors
from dateline.language import parse
from tests.stages import actor_named, actors_of, article


def labelled(text: str, *entities: str) -> ActorTable:
    """The actors of ``text`` when the model labels exactly these entities ("LABEL:words", in
    the order of the text): the small model labels invented names unlike real ones."""
    doc = parse(text)
    spans, end = [], 0
    for entity in entities:
        label, _, words = entity.partition(":")
        start = text.index(words, end)
        end = start + len(words)
        spans.append(doc.char_span(start, end, label=label))
    doc.ents = spans
    return find_actors(doc, article(text, dt.date(2016, 5, 3)))


def names(text: str) -> set[str]:
    return {a.name for a in actors_of(text).actors}


def test_a_body_only_modifying_a_member_is_no_actor():
    text = (
        "That class of delegate includes every Democratic Congress member and governor. "
        "Senator Hal Voss said the rule was fair."
    )
    assert "Congress" not in names(text)


def test_a_body_that_acts_is_kept():
    text = "Congress passed the bill on Monday. Senator Hal Voss said the rule was fair."
    assert "Congress" in names(text)


def test_a_body_in_a_title_without_a_name_is_kept():
    text = (
        "Ann Cole accused Sen. Tom Grey of using his role as Finance Committee chairman to "
        "delay the vote."
    )
    assert "Finance Committee" in names(text)


def test_a_former_intelligence_chief_is_of_its_state():
    text = (
        "Last year, Gordon K. Halvers, a former C.I.A. director and a general in Iraq, was "
        "sentenced to probation."
    )
    person = actor_named(actors_of(text), "Gordon K. Halvers")
    assert person.country == "USA"
    assert person.sector == "ELI"  # no longer of the agency


def test_a_given_name_and_surname_labelled_a_body_is_a_person():
    text = (
        "Nora Pellworth's numbers seemed to jump after the endorsement. "
        "I do not regret endorsing Nora, and we need Nora in there."
    )
    table = labelled(text, "ORG:Nora Pellworth", "GPE:Nora", "GPE:Nora")
    assert actor_named(table, "Nora Pellworth").kind == "person"
    assert "Nora" not in {a.name for a in table.actors}


def test_a_two_word_firm_whose_words_never_stand_alone_stays_a_firm():
    text = "Nora Pellworth said on Monday that its profits rose."
    table = labelled(text, "ORG:Nora Pellworth")
    assert actor_named(table, "Nora Pellworth").kind == "organisation"


def test_a_person_after_the_noun_of_their_work_takes_the_story_country():
    text = (
        "Senator Ruth Almond of Ohio told host Dana Kirwell that she would vote in Ohio. "
        "Governor Ben Tully of Texas and the mayor of Chicago agreed with the senator."
    )
    assert actor_named(actors_of(text), "Dana Kirwell").country == "USA"


def test_a_body_named_before_its_own_organisation_noun_is_kept():
    text = (
        "The clashes began when the Tarvish Liberation Front (TLF) organization launched an "
        "attack on a border post."
    )
    assert "Tarvish Liberation Front" in names(text)


def test_a_leader_government_misparsed_as_a_modifier_is_kept():
    text = (
        "He said the senator was more against Obama and me than against the legacy of the "
        "Bush administration and trickle-down economics."
    )
    assert "Bush administration" in names(text)
