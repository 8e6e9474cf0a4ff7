"""Abbreviated titles before a name ("Pres.", "Lt. Col.", "Sgt.") stay one word: they end no
sentence, give the person a role and make no actor of their own. Sentences written for dateline
(fictional people)."""

from dateline.language import parse
from tests.stages import actors_of, read_event_text


def test_an_abbreviated_title_is_one_word_and_ends_no_sentence():
    doc = parse("The envoy handed Pres. Ortal a letter on Monday. Lt. Col. Brenna Sadik said so.")
    assert [s.text for s in doc.sents] == [
        "The envoy handed Pres. Ortal a letter on Monday.",
        "Lt. Col. Brenna Sadik said so.",
    ]


def test_the_title_gives_the_person_a_role_and_is_no_actor_of_its_own():
    actors = actors_of("Sgt. Imre Balt of the border police detained two smugglers on Tuesday.")
    balt = next(a for a in actors.actors if a.name == "Imre Balt")
    assert balt.role == "sergeant"
    assert not any(a.name.startswith(("Sgt", "Pres")) for a in actors.actors)


def test_the_person_titled_is_the_party_acted_on():
    reading = read_event_text("Kestria's government gave Pres. Odo Vamp an ultimatum on Monday.")
    assert [(e.source, e.target) for e in reading.events] != []
    assert all(e.target != "Pres" for e in reading.events)
