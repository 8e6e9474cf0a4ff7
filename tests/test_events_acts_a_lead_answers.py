"""The day a story's lead names for a reaction or a judgement is not the day of the act it
answers (issue 15): "a court on Friday sentenced the smuggler ... Police arrested him at the
airport" (the arrest was before the sentence, on a day the story does not give), "the ministry
on Thursday condemned the shelling" (the shelling was before the condemnation). Such an act has
no day (the trust gate drops it) unless its own words name one.
Sentences written for these tests; the guards (marked) say what the rules leave alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import all_events_of, trigger_dates

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Thursday is 2026-06-11, Friday 06-12
FILLER = "The river marks the border for 200 kilometres.\n\n"
SENTENCING = (
    "Quito court jails smuggler\n\n"
    "A court in Quito on Friday sentenced Ramon Ibarra to 12 years in prison for smuggling"
    " weapons to rebels.\n\n" + FILLER
)


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, SATURDAY)


def notes_of(text: str, trigger: str) -> list[str]:
    return [e.decided_by or "" for e in all_events_of(text, SATURDAY) if e.trigger.text == trigger]


def test_an_arrest_told_after_a_sentencing_of_friday_has_no_day() -> None:
    text = SENTENCING + "Police arrested Ibarra at the airport with two rifles in his luggage."
    assert dates_of(text, "arrested") == []
    assert any("an arrest before the judgement" in n for n in notes_of(text, "arrested"))


def test_the_sentencing_keeps_its_day() -> None:  # guard
    found = [e for e in all_events_of(SENTENCING, SATURDAY) if e.trigger.text == "sentenced"]
    assert [e.date for e in found] == ["2026-06-12"]


def test_an_arrest_with_its_own_day_keeps_it() -> None:  # guard
    text = SENTENCING + "Police arrested Ibarra at the airport in March 2025."
    assert dates_of(text, "arrested") == ["2025-03"]


def test_an_arrest_in_a_story_of_an_arrest_keeps_the_news_day() -> None:  # guard
    text = (
        "Quito police hold smuggler\n\n"
        "Police in Quito on Friday questioned Ramon Ibarra about weapons sent to rebels.\n\n"
        + FILLER
        + "Officers arrested Ibarra at the airport with two rifles in his luggage."
    )
    # "questioned" answers an act, but an arrest is no earlier stage of questioning
    assert dates_of(text, "arrested") == ["2026-06-12"]


def test_an_attack_a_country_condemns_has_no_day_of_the_condemnation() -> None:
    text = "Kestria condemned Valdoria's attack on the border town of Mirsk."
    assert dates_of(text, "condemned") == ["2026-06-13"]
    assert dates_of(text, "attack") == []
    assert any("the act 'condemned' answers" in n for n in notes_of(text, "attack"))


def test_aid_a_president_praised_has_no_day_of_the_praise() -> None:
    text = "Kestria's president, Olga Marin, praised Valdoria's aid to the flooded villages."
    assert dates_of(text, "praised") == ["2026-06-13"]
    assert dates_of(text, "aid") == []
    assert any("the act 'praised' answers" in n for n in notes_of(text, "aid"))
