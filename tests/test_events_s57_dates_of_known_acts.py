"""Acts spoken of, not told as the news, have no day of the story's (issue 15, session 57): an
act told by the feelings it stirred ("Valdoria's annexation of the island renewed fears in
Kestria"), an act a verb of mention takes as its object ("the statement references Kestria's
criticism"), and a passive participle on "being" ("the fate of soldiers being shot"), which
has no tense. Each is before the telling or of no time, on a day the sentence does not give;
the story's news day is not its day. Sentences written for these tests; the guards (marked)
say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of

SATURDAY = dt.date(2026, 6, 13)  # Friday is 2026-06-12
LEAD = "Kestrian ministers met in Dravno on Friday to weigh a common defence fund. "


def dated(text: str, trigger: str) -> tuple[str, str]:
    (event,) = [e for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]
    return event.date or "", event.decided_by or ""


def test_an_annexation_that_renewed_fears_has_no_day() -> None:
    text = LEAD + "But Valdoria's annexation of the island renewed fears along the border."
    _, why = dated(text, "annexation")
    assert "'annexation renewed fears': told by its effect" in why and "none of its own" in why


def test_a_raid_that_raised_questions_has_no_day() -> None:
    text = LEAD + "The police raid on the Kestrian embassy raised questions about the treaty."
    _, why = dated(text, "raid")
    assert "'raid raised questions': told by its effect" in why and "none of its own" in why


def test_the_raid_told_as_the_news_keeps_the_story_day() -> None:  # guard
    text = LEAD + "The police raid on the Kestrian embassy ended after two hours."
    day, why = dated(text, "raid")
    assert day == "2026-06-12" and "none of its own" not in why


def test_a_raid_that_found_weapons_keeps_the_story_day() -> None:  # guard
    text = LEAD + "The police raid on the Kestrian embassy found weapons in the cellar."
    day, why = dated(text, "raid")
    assert day == "2026-06-12" and "none of its own" not in why


def test_a_raid_with_its_own_day_keeps_it() -> None:  # guard
    text = "Thursday's raid on the Kestrian embassy by Valdorian police raised fears in Dravno."
    day, _ = dated(text, "raid")
    assert day == "2026-06-11"


STATEMENT = "Valdoria's foreign ministry released a new statement on Friday. "


def test_criticism_a_statement_references_has_no_day() -> None:
    text = STATEMENT + "The statement then references Kestria's criticism of Valdoria over the dam."
    _, why = dated(text, "criticism")
    assert "'references' speaks of, already known" in why and "none of its own" in why


def test_an_invasion_a_speech_recalled_is_not_of_the_speech_day() -> None:
    text = "In his speech on Friday, Ruiz recalled Kestria's invasion of Valdoria."
    _, why = dated(text, "invasion")
    assert "'recalled' speaks of, already known" in why and "none of its own" in why


def test_criticism_voiced_keeps_the_story_day() -> None:  # guard
    text = STATEMENT + "Kestria then voiced its criticism of Valdoria over the dam."
    day, why = dated(text, "criticism")
    assert day == "2026-06-12" and "none of its own" not in why


def test_criticism_referenced_with_its_own_day_keeps_it() -> None:  # guard
    text = STATEMENT + "The statement references Kestria's Thursday criticism of Valdoria."
    day, why = dated(text, "criticism")
    assert day == "2026-06-11" and "none of its own" not in why


def test_soldiers_being_shot_have_no_day() -> None:
    text = (
        LEAD + "The talks turned on the fate of Kestrian soldiers being shot by Valdorian troops."
    )
    _, why = dated(text, "shot")
    assert "the participle 'shot'" in why and "none of its own" in why


def test_soldiers_who_were_shot_keep_the_story_day() -> None:  # guard
    text = LEAD + "Kestrian soldiers were shot by Valdorian troops at the border."
    day, why = dated(text, "shot")
    assert day == "2026-06-12" and "none of its own" not in why


def test_villagers_being_shot_in_an_absolute_clause_keep_the_story_day() -> None:  # guard
    text = (
        LEAD + "Valdorian troops moved into the town, with dozens of Kestrian villagers being shot."
    )
    day, why = dated(text, "shot")
    assert day == "2026-06-12" and "none of its own" not in why
