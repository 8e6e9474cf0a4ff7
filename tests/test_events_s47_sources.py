"""Session 47 (sources, issue 15): an act of force told in the passive without its agent
("dozens of protesters were beaten", "four men were shot") has the armed body its sentence or
its paragraph names as turning on them — police, troops, security forces, rebels, gunmen, as the
subject of an act of force or of turning on, opening fire on, charging, cracking down on or
dragging someone — and an arrest has the body that dragged the man out in the sentence before.
The guards check that a body that only reports the shooting, one among the people struck, one of
another paragraph and one that did something else stay no source. Every sentence is written for
these tests (the names of people, places and forces are invented)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2026, 5, 12)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def test_protesters_beaten_after_security_forces_turned_on_them() -> None:
    text = (
        "Security forces turned on the marchers in Dravno's main square on Friday. "
        "Dozens of protesters were beaten."
    )
    assert _parties(text, "beaten") == [("Security forces", "Dozens of protesters")]


def test_the_doer_two_sentences_back_in_the_paragraph() -> None:
    text = (
        "Security forces turned on the marchers in Dravno's main square on Friday. "
        "Tear gas filled the side streets. Dozens of protesters were beaten."
    )
    assert _parties(text, "beaten") == [("Security forces", "Dozens of protesters")]


def test_beaten_when_security_forces_turned_on_the_march() -> None:
    text = "Dozens of protesters were beaten when security forces turned on the march on Friday."
    assert _parties(text, "beaten") == [("security forces", "Dozens of protesters")]


def test_shot_after_police_opened_fire() -> None:
    text = (
        "Kestrian police opened fire on the crowd in Dravno on Friday. Four protesters were shot."
    )
    assert _parties(text, "shot") == [("Kestrian police", "protesters")]


def test_villagers_killed_after_rebels_stormed_their_town() -> None:
    text = "Rebels stormed the town of Velm on Friday. Twelve villagers were killed."
    assert _parties(text, "killed") == [("Rebels", "Twelve villagers")]


def test_arrest_after_police_dragged_him_out() -> None:
    text = (
        "British police dragged Ivo Dren out of the Kestrian embassy on Thursday. "
        "He was arrested for skipping bail."
    )
    assert _parties(text, "arrested") == [("British police", "Ivo Dren")]


# guards: these pass on the code before as after


def test_guard_police_who_only_report_the_shooting_are_no_doer() -> None:
    text = "Four protesters were shot on Friday, police said."
    assert _parties(text, "shot") == [(None, "protesters")]


def test_guard_officers_among_the_struck_are_no_doer() -> None:
    text = "Kestrian police raided the camp on Friday. Two police officers were shot."
    assert _parties(text, "shot") == [(None, "police")]


def test_guard_troops_that_withdrew_are_no_doer() -> None:
    text = "Kestrian troops withdrew from Dravno on Friday. Four protesters were shot."
    assert _parties(text, "shot") == [(None, "protesters")]


def test_guard_a_body_of_another_paragraph_is_no_doer() -> None:
    text = (
        "Security forces turned on the marchers in Dravno's main square on Friday.\n\n"
        "Dozens of protesters were beaten on Saturday."
    )
    assert _parties(text, "beaten") == [(None, "Dozens of protesters")]


def test_guard_a_named_agent_stays() -> None:
    text = (
        "Security forces turned on the marchers on Friday. "
        "Two reporters were beaten by supporters of the mayor."
    )
    assert [s for s, _ in _parties(text, "beaten")] != ["Security forces"]


# a bare group of fighters owned by an unresolved possessive pronoun is its owner's


def test_its_soldiers_are_the_army_of_the_sentence_before() -> None:
    text = (
        "The Kestrian army crossed the river in June. "
        "Its soldiers captured the rebel leader Ivo Dren on Friday."
    )
    assert _parties(text, "captured") == [("Kestrian army", "Ivo Dren")]


def test_his_soldiers_are_the_rebel_generals() -> None:
    text = (
        "General Ivo Varo rebelled against the king in 1920. "
        "His soldiers killed the governor of Velm in May."
    )
    assert _parties(text, "killed") == [("Ivo Varo", "the governor of Velm")]


def test_its_soldiers_in_the_clause_after_the_navy() -> None:
    text = (
        "The Valdorian navy reached the coast in June, "
        "and its soldiers captured the rebel leader Ivo Dren."
    )
    assert _parties(text, "captured") == [("Valdorian navy", "Ivo Dren")]


def test_guard_forces_with_words_of_their_own_stay() -> None:
    text = "Kestrian forces attacked the rebels near Velm on Friday."
    assert _parties(text, "attacked") == [("Kestrian forces", "rebels")]
