"""The publication day is no day for an act the story tells as told (issue 15): a story whose
lead names no day of its news, and no time near the act, does not say when a thing it tells
in the past after its first sentence happened — praise from an old speech, a threat of months
before, a recap of the weekend, a probe begun long ago. Such an act has no day (the trust gate
drops it). The headline and the first sentence are the news and keep the publication day; so
does an act in the present (it is now), and an act near a day the story names.
Sentences written for these tests; the guards (marked) say what the rule leaves alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import trigger_dates, why_dated

SATURDAY = dt.date(2026, 6, 13)  # the publication day; Thursday is 2026-06-11

HEADLINE = "Kestria and Valdoria trade blame over river border\n\n"
LEAD = "Kestria's foreign minister accused Valdoria of shelling the border town of Mirsk.\n\n"
MIDDLE = "The river marks the border for 200 kilometres.\n\n"
MARIN = "Valdoria's president, Olga Marin,"


def dates_of(text: str, trigger: str) -> list[str]:
    return trigger_dates(text, trigger, SATURDAY)


def test_criticism_told_later_in_a_story_that_names_no_day_has_no_day() -> None:
    text = HEADLINE + LEAD + MIDDLE + f"In a speech, {MARIN} criticised Kestria's government."
    assert dates_of(text, "criticised") == []
    assert "told in the past after the lead" in why_dated(text, "criticised", SATURDAY)


def test_a_past_passive_told_later_has_no_day() -> None:
    text = HEADLINE + LEAD + MIDDLE + "Two Kestrian fishermen were detained by Valdorian guards."
    assert dates_of(text, "detained") == []


def test_the_first_sentence_keeps_the_publication_day() -> None:  # guard
    assert dates_of(HEADLINE + LEAD + MIDDLE, "accused") == ["2026-06-13"]


def test_an_act_in_the_present_later_in_the_story_keeps_the_publication_day() -> None:  # guard
    text = HEADLINE + LEAD + MIDDLE + f"In a speech, {MARIN} criticises Kestria's government."
    assert dates_of(text, "criticises") == ["2026-06-13"]


def test_an_act_near_a_day_the_story_names_keeps_that_day() -> None:  # guard
    text = (
        HEADLINE
        + LEAD
        + MIDDLE
        + "Valdoria recalled its envoy on Thursday.\n\n"
        + f"{MARIN} criticised Kestria's government."
    )
    assert dates_of(text, "criticised") == ["2026-06-11"]


def test_an_act_in_a_story_whose_lead_names_its_day_keeps_the_news_day() -> None:  # guard
    lead = "Kestria's foreign minister accused Valdoria on Thursday of shelling Mirsk.\n\n"
    filler = "The river marks the border for 200 kilometres. Fishing boats use it daily.\n\n"
    text = HEADLINE + lead + filler * 3 + f"{MARIN} criticised Kestria's government."
    assert dates_of(text, "criticised") == ["2026-06-11"]
