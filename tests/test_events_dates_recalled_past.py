"""Past conduct recalled, and the dates of other acts (issue 15, session 43): an act a story
recalls is older than the story and takes no day from it, and a date in the same sentence that
belongs to another act does not date it.

* An act tied to another by a phrase on "in" and a noun of relation ("arrested in connection
  with last year's bombings", "shelled the village in response to the ambush last week") takes
  no date from that other act; nor does a bare time the parse hangs on another event noun ("the
  bombings of two courthouses last year"), nor a bare "last year" the parse hangs on a verb in
  the present perfect, which English does not tell with a finished time.
* A past participle on a noun ("soldiers captured during the border war") says which party is
  meant by what was done to it: the day of a statement or promise around it is not its day.
* An act placed in a period of someone's office or life ("in his first term", "during her
  tenure as mayor") is some time in that period, not at the story's day.
* An act in a clause nested in what a report of the past tells ("the Herald reported Friday
  that Varn was seen days after a gunman killed the judge") is before the report, not of its day.
* When the lead's day is that of a charge "in" a killing ("was charged on Thursday in the
  killing of a judge"), a later sentence that tells the killing ("The judge was shot") tells
  the act the charge answers, not an act of Thursday.

Sentences written for these tests; each fails on the code before but the guards (marked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day

FRIDAY = dt.date(2026, 6, 19)
WEDNESDAY = dt.date(2026, 6, 17)

on_friday = partial(event_with_trigger, published=FRIDAY)
on_wednesday = partial(event_with_trigger, published=WEDNESDAY)

TUESDAY_LEAD = (
    "Finance Minister Tomas Ardell met the leaders of the Varnian parliament on Tuesday to"
    " discuss the debt plan. The talks were tense. The opposition walked out. "
)


# a date of the act another is tied to


def test_an_arrest_tied_to_last_year_s_bombings_is_not_of_last_year() -> None:
    text = (
        "A man whose flat was a weapons store was arrested in connection with last year's"
        " deadly courthouse bombings and was flown to Varnia for trial."
    )
    assert not on_friday(text, "arrested").date.startswith("2025")


def test_a_bare_year_on_the_bombings_does_not_date_the_arrest() -> None:
    text = (
        "A second man has been arrested in connection with the bombings of two courthouses in"
        " Kestria last year that killed 30 people, police said today."
    )
    assert not on_friday(text, "arrested").date.startswith("2025")


def test_a_shelling_in_response_to_an_ambush_last_week_is_not_of_last_week() -> None:
    text = "The army shelled the village in response to the ambush of a convoy last week."
    assert on_friday(text, "shelled").date != "2026-W24"


def test_an_arrest_on_its_own_day_tied_to_an_old_bombing_keeps_its_day() -> None:  # guard
    text = "Police on Thursday arrested a man in connection with the 2019 bombing of the embassy."
    assert on_friday(text, "arrested").date == "2026-06-18"


def test_a_killing_in_a_raid_last_week_is_of_last_week() -> None:  # guard
    text = "Three journalists were killed in the raid last week."
    assert on_friday(text, "killed").date == "2026-W24"


# a participle on a noun


def test_soldiers_captured_in_a_war_are_not_captured_on_the_day_of_the_promise() -> None:
    text = "The junta on Friday promised to release soldiers captured during the border war."
    assert no_day(on_friday(text, "captured"))


def test_soldiers_captured_in_a_war_are_not_captured_today() -> None:
    text = (
        "The junta today offered peace to its neighbour by promising to release soldiers"
        " captured during the border war."
    )
    assert no_day(on_friday(text, "captured"))


def test_protesters_detained_on_a_day_of_their_own_keep_it() -> None:  # guard
    text = "The junta said on Friday it released 40 protesters detained on Thursday."
    assert on_friday(text, "detained").date == "2026-06-18"


# a period of someone's office or life


def test_a_suit_in_his_first_term_has_no_day() -> None:
    text = TUESDAY_LEAD + "In his first term, Ardell sued the central bank."
    assert no_day(on_wednesday(text, "sued"))


def test_a_criticism_during_her_tenure_has_no_day() -> None:
    text = TUESDAY_LEAD + "During her tenure as mayor, Lina Osk criticized the police chief."
    assert no_day(on_wednesday(text, "criticized"))


def test_a_term_with_its_year_dates_the_act() -> None:  # guard
    text = TUESDAY_LEAD + "During his 2012 term, Ardell sued the central bank."
    assert on_wednesday(text, "sued").date == "2012"


def test_an_appeal_during_the_talks_keeps_the_talks_day() -> None:  # guard
    text = TUESDAY_LEAD + "During the talks, Ardell urged the opposition to return."
    assert on_wednesday(text, "urged").date == "2026-06-16"


# the killing a charge of the lead answers


CHARGE_LEAD = (
    "A militant who is sought across three countries was charged with murder on Thursday in the"
    " killing of a judge. Warrants were issued for Piet Varn, 41. His whereabouts are unknown."
    " The charges will widen the hunt, a prosecutor said. "
)


def test_the_killing_a_charge_answers_is_not_of_the_charge_s_day() -> None:
    text = CHARGE_LEAD + "The judge, 58, was shot outside her court by a gunman."
    assert no_day(on_friday(text, "shot"))


def test_an_arrest_in_a_raid_keeps_its_day() -> None:  # guard
    text = "Police arrested 30 people in a raid on the rebel camp on Thursday."
    assert on_friday(text, "arrested").date == "2026-06-18"


# an act in a clause nested in what a report of the past tells


def test_a_killing_days_before_a_sighting_reported_on_friday_is_not_of_friday() -> None:
    text = (
        "Varn was spotted at the border days after a gunman killed the judge Elena Ruiz in her"
        " garden, the Dalmir Herald reported Friday."
    )
    assert no_day(on_friday(text, "killed"))


def test_an_attack_after_a_meeting_still_to_come_keeps_its_reading() -> None:  # guard
    text = (
        "The minister said on Thursday that he would meet the envoy after rebels attacked the"
        " convoy."
    )
    assert on_friday(text, "attacked").date == "2026-06-18"


def test_last_year_hung_on_a_present_perfect_is_the_bombings_time() -> None:
    text = (
        "Another man has been arrested in connection with the bombings of two courthouses in"
        " Kestria and Varnia last year that killed 30 people, police said today."
    )
    assert not on_friday(text, "arrested").date.startswith("2025")


def test_an_accord_s_date_dates_its_signing() -> None:  # guard
    text = (
        "Inspectors visited the palace under the Feb. 23 accord signed by the envoy and the"
        " Varnian deputy premier."
    )
    assert on_friday(text, "signed").date == "2026-02-23"


def test_this_year_on_a_present_perfect_still_dates_it() -> None:  # guard
    assert on_friday("Police have arrested 20 protesters this year.", "arrested").date == "2026"
