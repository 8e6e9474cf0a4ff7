"""The act its type says and the party acted on (issue 15): farmers blocking banks or
protesters fighting police protest (no coercion, no assault of the police); forces ordered to
a task are deployed (MOBILIZE), not asked; the party a complaint is made to is not the one
accused; a government still to be made is no party a demand is made of. Sentences written for
these tests; each test but the guards (marked) fails on the code before. The donors a request
presses are its target, though no actor names them; a complaint's "that" clause names the one
accused."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _coded(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [
        (e.type, e.mode, e.source, e.target, e.trigger.text)
        for e in read_event_text(text, PUBLISHED).events
    ]


def test_farmers_blockading_banks_coerce_no_one() -> None:
    text = "Thousands of farmers blockaded banks with their tractors in three towns on Monday."
    assert not any(c[0] == "COERCE" for c in _coded(text))


def test_protesters_fighting_police_riot() -> None:
    text = "Protesters battled with police in Ardani on Monday."
    coded = _coded(text)
    assert not any(c[0] == "ASSAULT" for c in coded)
    assert ("PROTEST", "riot", "protesters") in [c[:3] for c in coded]


def test_troops_clashing_with_soldiers_stay_force() -> None:  # guard
    text = "Kestrian troops clashed with Valdorian soldiers on the border on Monday."
    assert any(c[0] == "ASSAULT" for c in _coded(text))


def test_guard_ordered_to_patrol_is_mobilized() -> None:
    text = "President Marko Pell on Monday ordered the National Guard to patrol the border."
    coded = _coded(text)
    assert ("MOBILIZE", "marko-pell", "ordered") in [(c[0], c[2], c[4]) for c in coded]
    assert not any(c[0] == "REQUEST" for c in coded)


def test_a_complaint_to_the_un_does_not_accuse_it() -> None:
    text = (
        "Kestria on Monday complained to the United Nations that Valdorian planes attacked"
        " border villages last week."
    )
    coded = _coded(text)
    assert not any(c[0] == "ACCUSE" and c[3] == "united-nations" for c in coded)


def test_a_new_government_demanded_is_no_target() -> None:
    text = "Protesters on Tuesday demanded a new government in Kestria."
    assert not any(c[0] == "REQUEST" and c[3] == "new-government" for c in _coded(text))


def test_the_new_government_accused_stays_a_target() -> None:  # guard
    text = "Kestria on Tuesday accused the new government in Valdoria of shelling its villages."
    assert any(c[0] == "ACCUSE" and c[3] is not None for c in _coded(text))


def _targets(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.type, e.target, e.target_phrase.text if e.target_phrase else None, e.trigger.text)
        for e in read_event_text(text, PUBLISHED).events
    ]


def test_the_donors_pressed_are_the_target() -> None:
    text = (
        "UN chief Ida Strand on Monday pressed the donors to pay what they had pledged for Kestria."
    )
    assert ("REQUEST", None, "the donors", "pressed") in _targets(text)


def test_a_state_urged_stays_the_target() -> None:  # guard
    text = "UN chief Ida Strand on Monday urged Kestria to release the journalists."
    assert ("REQUEST", "kestria") in [c[:2] for c in _targets(text)]


def test_a_complaint_names_the_accused_in_its_clause() -> None:
    text = (
        "Kenya on Tuesday complained to the United Nations that troops from Somalia attacked"
        " two border towns."
    )
    found = [c for c in _targets(text) if c[0] == "ACCUSE" and c[3] == "complained"]
    assert found and all(c[1] != "united-nations" and "Somalia" in (c[2] or "") for c in found)


def test_a_complaint_to_a_state_about_its_acts_accuses_it() -> None:  # guard
    text = "Kenya on Tuesday complained to Somalia about the shelling of its border towns."
    found = [c for c in _targets(text) if c[0] == "ACCUSE" and c[3] == "complained"]
    assert all(c[1] == "somalia" for c in found)
