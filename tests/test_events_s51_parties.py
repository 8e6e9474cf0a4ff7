"""Session 51 (events, parties): a titled surname beside the kin of a full-named person of the
same surname is not joined to that person; a named official of a body acts as a person, not as
the body; a vessel hijacked is no party (its crew or its owner are); a campus stormed stands
for the people the text says are in it. Guards keep a surname with no kin named, a body's
office with no name, a kidnapping of people and a university stormed. Every sentence is
written for these tests (real states where the actor stage needs ones it knows)."""

import datetime as dt

from tests.stages import all_events_of, event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# a surname shared with kin


def test_a_titled_surname_beside_a_namesakes_wife_is_not_that_namesake():
    text = (
        "Former President Ivo Dren's wife opened the library. Then-Secretary of State Dren "
        "urged Morvia to free the sailors."
    )
    (urged,) = [e for e in all_events_of(text, PUBLISHED) if e.trigger.text == "urged"]
    assert urged.source != "ivo-dren"
    assert urged.source_phrase is not None
    assert urged.source_phrase.text == "Then-Secretary of State Dren"


def test_a_surname_with_no_kin_named_stays_the_person():
    # guard: "President Ivo Dren ... President Dren" is one man
    text = (
        "President Ivo Dren opened the library on Monday. President Dren urged Morvia to free "
        "the sailors."
    )
    assert _parties(text, "urged") == [("Ivo Dren", "Morvia")]


# a body's named official


def test_a_named_un_commissioner_is_not_the_un_as_a_whole():
    text = "UN High Commissioner for Refugees Tomas Eberly urged Kestria to open its border."
    assert all(source != "United Nations" for source, _ in _parties(text, "urged"))


def test_a_commissioner_the_model_names_no_one_is_not_the_un_either():
    text = (
        "UN High Commissioner for Human Rights Maren Oskarsdottir urged Kestria to halt the "
        "executions."
    )
    assert all(source != "United Nations" for source, _ in _parties(text, "urged"))


def test_a_bodys_office_with_no_name_stays_the_body():
    # guard: no person is named; the office speaks for its body
    text = "The UN High Commissioner for Refugees urged Kestria to open its border."
    assert _parties(text, "urged") == [("United Nations", "Kestria")]


# a vessel hijacked


def test_a_hijacked_ship_is_not_the_target_but_its_crew_is():
    text = "Pirates hijacked the cargo ship Sea Falcon and its 20 crew members on Sunday."
    ((_, target),) = _parties(text, "hijacked")
    assert target is not None and "crew members" in target


def test_a_hijacked_plane_with_no_one_named_has_no_target():
    text = "Rebels hijacked a passenger plane flying from Brenna to Dravno."
    assert _parties(text, "hijacked") == [("Rebels", None)]


def test_a_hijacked_tankers_owner_named_before_owned_is_the_target():
    text = "Armed pirates hijacked the Greek-owned supertanker Aster Dawn on Sunday."
    assert _parties(text, "hijacked") == [("Armed pirates", "Greek")]


def test_people_kidnapped_stay_the_target():
    # guard: people taken are the party
    text = "Gunmen kidnapped three aid workers in Brenna."
    assert _parties(text, "kidnapped") == [("Gunmen", "three aid workers")]


# a campus stormed


def test_a_stormed_campus_stands_for_the_students_in_it():
    text = (
        "Kestrian troops stormed the campus of Dravno University, where hundreds of students "
        "were staging a sit-in."
    )
    assert _parties(text, "stormed") == [("Kestrian troops", "hundreds of students")]


def test_a_university_stormed_by_its_name_stays_the_target():
    # guard: no campus, the university itself
    text = "Police stormed Dravno University on Tuesday."
    assert _parties(text, "stormed") == [("Police", "Dravno University")]


# a live page's update stamp


def test_a_stamps_bracketed_place_is_not_glued_to_the_doer():
    text = "(Update 4:15 p.m. Lima, Peru) Peruvian police arrested dozens of miners near the plaza."
    assert _parties(text, "arrested") == [("Peruvian police", "dozens of miners")]
