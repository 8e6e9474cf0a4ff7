"""Session 50 (events, parties): the place of a dateline is never the doer. "Dravno, March 2 -
The envoys urged ..." parsed with the place as the verb's subject and the words after the dash
as its apposition: the apposition is the subject, and the place is no source. Guards keep a
subject in apposition to no dateline (an aside between dashes) and a dateline the parse keeps
apart. Every sentence is written for these tests (real states where the actor stage needs
ones it knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def test_a_datelines_town_is_not_the_source_of_an_urging():
    text = "Dravno, March 2 - The United Nations urged Kestria to free the students."
    assert all(source != "Dravno" for source, _ in _parties(text, "urged"))


def test_a_datelines_city_is_not_the_doer_of_bombings_told_after_it():
    text = "VELNA, March 2 - Kestria's 2019 train bombings killed 40 people on two trains."
    assert all(source != "VELNA" for source, _ in _parties(text, "killed"))


def test_the_doer_after_a_datelines_dash_keeps_its_act():
    # guard: the troops the parse hung on the town are still the source (the phrase shown
    # still opens with the dateline's date here, left alone)
    text = "MOSCOW, March 2 - Russian troops attacked Kharkiv overnight."
    sources = [source for source, _ in _parties(text, "attacked")]
    assert len(sources) == 1 and sources[0].endswith("Russian troops")


def test_a_named_doer_after_a_dateline_stays_the_source():
    # guard: a dateline the parse keeps apart changes nothing
    text = "DRAVNO, Feb 3 - Kestrian President Ivo Dren met U.S. envoy Mara Lind."
    assert _parties(text, "met") == [("Ivo Dren", "Mara Lind")]


# a state's own forces and military rulers


def test_a_states_army_is_named_by_its_phrase_not_the_state():
    text = "Kestria's army detained dozens of students in Dravno on Sunday."
    assert [source for source, _ in _parties(text, "detained")] == ["Kestria's army"]


def test_a_states_ruling_military_council_is_not_the_state():
    text = "Kestria's ruling military council dissolved parliament on Sunday."
    assert [source for source, _ in _parties(text, "dissolved")] == [
        "Kestria's ruling military council"
    ]


def test_a_commanders_army_stays_his():
    # guard: a person's army acts for him (session 44)
    text = "Haftar's forces attacked government troops near the airport on Monday."
    assert [source for source, _ in _parties(text, "attacked")] == ["Haftar"]


def test_a_states_ministry_stays_as_the_actor_stage_named_it():
    # guard: a body that is no armed force keeps its own name
    text = "Russia's foreign ministry criticised Japan on Monday."
    assert _parties(text, "criticised") == [("foreign ministry", "Japan")]


def test_a_partys_phrase_starts_past_a_datelines_dash():
    text = "Dravno, March 2 - Security forces arrested 12 students on Monday."
    assert [source for source, _ in _parties(text, "arrested")] == ["Security forces"]


# a leader's pledge under protests' pressure


def test_protesters_forcing_a_leaders_pledge_is_no_coercion():
    text = "Protesters forced President Ivo Dren to promise early elections."
    assert _parties(text, "forced") == []


def test_soldiers_forcing_a_pledge_stay_coercion():
    # guard: an armed doer's force (session 45)
    text = "Soldiers forced the governor to promise safe passage."
    assert [source for source, _ in _parties(text, "forced")] == ["Soldiers"]


def test_a_datelines_short_month_is_no_word_of_the_doers_phrase():
    # the model leaves "Feb" out of the dateline's date: the month's name still ends the
    # dateline, and the phrase starts past its dash
    text = "DRAVNO, Feb 1 - Police arrested 20 protesters on Monday."
    assert [source for source, _ in _parties(text, "arrested")] == ["Police"]
