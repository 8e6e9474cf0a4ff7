"""The news day a lead names (issue 15, session 59), where the parse rooted the lead on a noun:
a wire page's dateline glued to its lead ("ARDO , Valdoria | 7:23 pm EDT ARDO ... - Farmers
clamored on Sunday ...") or a headline's participle ("Nine protesters killed in Ardo on
Friday") leaves the lead's verb a clause of a noun, and its day was read as a noun's ("his
remarks, made on Thursday"), not the story's: the story's later acts took the day of a
background sentence after it. A clause set off from its noun by a comma is still the noun's
(guard). And where a time ends an effort's aim ("rain hampered efforts to contain the spill on
Friday"): the parse hangs it on the infinitive, which read it as a day ahead arranged for the
aim (next Friday) and as a noun's day; it is the day of the effort the sentence tells. A
deadline ("by Friday") or a future ("will renew efforts ... on Friday") still looks ahead
(guards). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, timex_values

SUNDAY = dt.date(2026, 6, 14)  # Saturday is 2026-06-13
BACKGROUND = (
    "\n\nThe collapse on Saturday of talks between the union and the ministry has angered"
    " growers across the north .\n\nGrowers say the tax will ruin them .\n\nPrices of bread have"
    " risen for months .\n\nTraders fear more unrest .\n\n"
)
CALL = "The mayor of Ardo called on the government to scrap the tax ."


def test_a_lead_glued_to_its_dateline_names_the_news_day() -> None:
    lead = (
        "ARDO , Valdoria | 7:23 pm EDT ARDO , Valdoria (Reuters) - Farmers and local traders"
        " clamored on Sunday for the government to scrap a new tax on grain ."
    )
    event = event_with_trigger(lead + BACKGROUND + CALL, "called", SUNDAY)
    assert event.date == "2026-06-14"
    assert "named in the lead by 'Sunday'" in (event.decided_by or "")


def test_a_headline_participle_names_the_news_day() -> None:
    text = "Nine protesters killed in Ardo on Saturday ." + BACKGROUND.replace("Saturday", "Friday")
    event = event_with_trigger(text + CALL, "called", SUNDAY)
    assert event.date == "2026-06-13"


def test_a_noun_s_clause_after_a_comma_names_no_news_day() -> None:  # guard
    text = (
        "The minister's remarks , made on Sunday , angered farmers across Valdoria ." + BACKGROUND
    )
    event = event_with_trigger(text + CALL, "called", SUNDAY)
    assert event.date == "2026-06-13"
    assert "named in the lead by 'Saturday'" in (event.decided_by or "")


def test_a_noun_s_clause_under_a_verb_names_no_news_day() -> None:  # guard
    text = "Farmers denounced the tax approved on Sunday by the ministry ." + BACKGROUND + CALL
    event = event_with_trigger(text, "called", SUNDAY)
    assert event.date == "2026-06-13"


def test_a_time_on_an_effort_s_aim_is_the_effort_s_past_day() -> None:
    text = "Heavy rain hampered efforts to contain the spill on Friday ."
    assert timex_values(text, SUNDAY)["Friday"] == "2026-06-12"


def test_a_time_on_an_effort_s_aim_names_the_news_day() -> None:
    text = (
        "Valdoria urged Kestria to seal the leaking pipeline near the border ."
        " Engineers from both countries inspected the pipeline at the site ."
        " Heavy rain hampered efforts to contain the spill on Friday ."
    )
    assert event_with_trigger(text, "urged", SUNDAY).date == "2026-06-12"


def test_an_effort_s_deadline_looks_ahead() -> None:  # guard
    text = "Crews are racing in an effort to contain the spill by Friday ."
    assert timex_values(text, SUNDAY)["Friday"] == "2026-06-19"


def test_an_effort_to_come_looks_ahead() -> None:  # guard
    text = "Engineers will renew efforts to cap the well on Friday ."
    assert timex_values(text, SUNDAY)["Friday"] == "2026-06-19"


def test_a_meeting_s_arranged_day_is_unchanged() -> None:  # guard: no effort's aim
    text = "Kestria proposed talks to be held on Friday ."
    assert timex_values(text, SUNDAY)["Friday"] == "2026-06-19"
