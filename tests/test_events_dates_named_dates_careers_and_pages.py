"""An act placed by another act named by its date, an act of someone's early career or old
speeches, and the days of a live page that runs over several days (issue 15, session 45).

* An act placed "after", "following", "before" or "in the wake of" an earlier act the text
  names by its date ("after the May 2 massacre", "in the wake of the Nov. 13 attacks"), or
  "since" an act ("since the June 2 attack on the embassy, police have arrested 40 people"),
  is some time after (before) it: that date is not its own, and the publication day is not
  either. An act with a day of its own keeps it; an event noun dated elsewhere ("before her
  meeting with ...") still dates the act placed by it.
* An act told of someone's early life or career ("As a young lawmaker, she condemned the
  junta", "as a student", "early in her career") or told in speeches the text places years
  back ("accused the company of lying in a speech in 1998", "in speeches over two decades")
  is not an act of the story's day. "As governor" (an office that may be held now) is left.
* A live page stamped with bare weekdays over several days ("Monday, 9.10am: ...",
  "Wednesday, 2.05pm: ...", "Friday, 8.00am: ..." on a Friday's page) keeps its entries in
  order: the Monday is the one four days before, not the Monday after; the entry's stamp, glued
  by the parse to the entry's first sentence, dates that sentence.

Sentences written for these tests; each fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day, timex_values

FRIDAY = dt.date(2026, 6, 19)

on_friday = partial(event_with_trigger, published=FRIDAY)


# an act placed by another act named by its date


def test_sanctions_after_a_massacre_named_by_its_date_are_not_of_that_day() -> None:
    text = "After the May 2 massacre in Mirsk, the United Nations sanctioned the militia's leaders."
    event = on_friday(text, "sanctioned")
    assert event.date != "2026-05-02"
    assert no_day(event)


def test_arrests_since_an_attack_on_an_embassy_are_not_of_the_attack_s_day() -> None:
    text = (
        "Since the June 2 attack on the Kestrian embassy, Varnian police have arrested 40 people."
    )
    event = on_friday(text, "arrested")
    assert event.date != "2026-06-02"
    assert no_day(event)


def test_an_act_following_a_bombing_named_by_its_date_has_no_day() -> None:
    text = "Following the March 3 bombing of the courthouse, Varnian police arrested 40 people."
    event = on_friday(text, "arrested")
    assert event.date != "2026-03-03"
    assert no_day(event)


def test_a_raid_in_the_wake_of_attacks_named_by_their_date_is_not_of_the_news_day() -> None:
    text = "In the wake of the Nov. 13 attacks on Mirsk, Kestria bombed the rebels' camps."
    assert no_day(on_friday(text, "bombed"))


def test_an_arrest_with_its_own_friday_after_a_named_bombing_keeps_it() -> None:  # guard
    text = "Varnian police arrested three men on Friday after the May 2 bombing of the courthouse."
    assert on_friday(text, "arrested").date == "2026-06-19"


def test_an_act_before_a_meeting_dated_elsewhere_keeps_the_meeting_s_day() -> None:  # guard
    text = (
        "President Lena Varga met Chancellor Otto Brandt on Monday. "
        "Lena Varga spoke with business leaders before her meeting with Otto Brandt."
    )
    assert on_friday(text, "spoke").date == "2026-06-15"


# an act of someone's early career or of old speeches


def test_acts_as_a_young_lawmaker_are_not_of_the_news_day() -> None:
    text = (
        "As a young lawmaker, Senator Mira Ostrand condemned the military government and"
        " called for free elections."
    )
    assert no_day(on_friday(text, "condemned"))
    assert no_day(on_friday(text, "called"))


def test_an_accusation_early_in_a_career_is_not_of_the_news_day() -> None:
    text = "Early in her career, Senator Mira Ostrand accused the central bank of fraud."
    assert no_day(on_friday(text, "accused"))


def test_an_accusation_in_a_speech_of_1998_is_not_of_the_news_day() -> None:
    text = "Senator Mira Ostrand accused the power company of lying in a speech in 1998."
    assert no_day(on_friday(text, "accused"))


def test_denunciations_in_speeches_over_two_decades_are_not_of_the_news_day() -> None:
    text = "In speeches over two decades, Senator Mira Ostrand denounced the trade pact."
    assert no_day(on_friday(text, "denounced"))


def test_a_veto_as_governor_is_left_to_the_story() -> None:  # guard
    text = "As governor, Senator Mira Ostrand vetoed a bill to raise the minimum wage."
    assert not no_day(on_friday(text, "vetoed"))


def test_an_accusation_in_a_speech_on_monday_keeps_its_monday() -> None:  # guard
    text = (
        "Senator Mira Ostrand accused the government of selling out farmers in a speech on Monday."
    )
    assert on_friday(text, "accused").date == "2026-06-15"


def test_rallies_of_a_conjoined_clause_do_not_undate_the_picket() -> None:  # guard
    text = (
        "Protesters picketed the convention centre in Mirsk, and punches were thrown at"
        " Ardell's rallies."
    )
    assert not no_day(on_friday(text, "picketed"))


# a live page over several days

PAGE = (
    "Mirsk floods: live updates\n\n"
    "Monday, 9.10am: The Varnian government asked the army to help evacuate the valley.\n\n"
    "Wednesday, 2.05pm: Rebels attacked an aid convoy near Mirsk, the army said.\n\n"
    "Friday, 8.00am: President Ardell met the aid agencies in the capital.\n"
)


def test_a_page_s_weekday_stamps_over_several_days_keep_their_order() -> None:
    values = timex_values(PAGE, FRIDAY)
    assert values["Monday, 9.10am"] == "2026-06-15T09:10"
    assert values["Wednesday, 2.05pm"] == "2026-06-17T14:05"


def test_a_page_s_entries_are_dated_by_their_own_stamps() -> None:
    assert on_friday(PAGE, "asked").date == "2026-06-15"
    assert on_friday(PAGE, "met").date == "2026-06-19"


def test_a_page_run_backwards_keeps_its_order_too() -> None:
    entries = PAGE.split("\n\n")
    backwards = "\n\n".join([entries[0], *reversed([e.strip() for e in entries[1:]])]) + "\n"
    values = timex_values(backwards, FRIDAY)
    assert values["Monday, 9.10am"] == "2026-06-15T09:10"


def test_a_thursday_page_still_runs_into_friday() -> None:  # guard
    text = (
        "Mirsk floods: live updates\n\n"
        "11:10 a.m. Thursday: The Varnian government asked the army to help.\n\n"
        "9:00 a.m. Friday: President Ardell met the aid agencies in the capital.\n"
    )
    values = timex_values(text, dt.date(2026, 6, 18))
    assert values["9:00 a.m. Friday"] == "2026-06-19T09:00"
    assert values["11:10 a.m. Thursday"] == "2026-06-18T11:10"
