"""Amends claimed for a harm are claimed after it (issue 15, session 59): "Troops shelled the
town on Tuesday. Valdoria demanded reparations from Kestria" does not put the demand on the
shelling's Tuesday, the story's day there, which is the harm's: the text gives no day of the
claim. A time of the claim's own, a day set by another act, and a request for no amends keep
their day. Nor does what has befallen a party, told in a relative clause in the present
perfect ("the minister, who has been investigated by parliament, resigned on Friday"), take the
story's day: it says who the party is, up to now, on no day, even in the lead. Nor does an act
a counted span of days or more before an act named by an undated noun ("criticized the treaty
two days before the vote"): it is never on the day the story is at. Sentences written for
these tests; the guards (marked) say what is left alone."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day

SATURDAY = dt.date(2026, 6, 13)  # Tuesday is 2026-06-09, Friday 2026-06-12
SHELLING = "Kestrian troops shelled the border town of Ardo on Tuesday. "


def test_reparations_demanded_after_a_dated_attack_have_no_day() -> None:
    event = event_with_trigger(
        SHELLING + "Valdoria demanded reparations from Kestria.", "demanded", SATURDAY
    )
    assert no_day(event) and "amends ('reparations') for 'shelled'" in (event.decided_by or "")


def test_compensation_sought_after_a_dated_explosion_has_no_day() -> None:
    text = (
        "A chemical plant exploded near the port of Kestria on Tuesday, killing nine workers."
        " Valdoria sought compensation from Kestria for the pollution of its river."
    )
    assert no_day(event_with_trigger(text, "sought", SATURDAY))


def test_damages_asked_in_a_money_phrase_have_no_day() -> None:
    text = SHELLING + "Valdoria asked for $40 million in damages from Kestria."
    assert no_day(event_with_trigger(text, "asked", SATURDAY))


def test_a_claim_with_its_own_day_keeps_it() -> None:  # guard
    text = SHELLING + "Valdoria demanded reparations from Kestria on Friday."
    assert event_with_trigger(text, "demanded", SATURDAY).date == "2026-06-12"


def test_a_day_set_by_a_claim_keeps_it() -> None:  # guard: the day is not the harm's
    text = (
        "The families of the victims sued Kestria Chemicals on Tuesday."
        " The families asked for $3 billion in damages from the company."
    )
    assert event_with_trigger(text, "asked", SATURDAY).date == "2026-06-09"


def test_a_request_for_no_amends_keeps_the_story_s_day() -> None:  # guard
    text = SHELLING + "Valdoria demanded an apology from Kestria."
    assert event_with_trigger(text, "demanded", SATURDAY).date == "2026-06-09"


def test_the_harm_itself_keeps_its_day() -> None:  # guard
    text = SHELLING + "Valdoria demanded reparations from Kestria."
    assert event_with_trigger(text, "shelled", SATURDAY).date == "2026-06-09"


# what has befallen a party, told in a relative clause in the present perfect, says who it is


def test_a_present_perfect_relative_clause_in_the_lead_has_no_day() -> None:
    text = (
        "Kestria's foreign minister, who has been investigated by parliament over arms sales,"
        " resigned on Friday."
    )
    event = event_with_trigger(text, "investigated", SATURDAY)
    assert no_day(event) and "present perfect 'investigated' in a relative clause" in (
        event.decided_by or ""
    )


def test_the_main_act_of_that_sentence_keeps_its_day() -> None:  # guard
    text = (
        "Kestria's foreign minister, who has been investigated by parliament over arms sales,"
        " resigned on Friday."
    )
    assert event_with_trigger(text, "resigned", SATURDAY).date == "2026-06-12"


def test_a_relative_clause_of_a_place_is_left_as_it_was() -> None:  # guard: not who the party is
    text = "The town where Kestrian troops have shelled the market was quiet on Friday."
    assert event_with_trigger(text, "shelled", SATURDAY).date == "2026-06-12"


# an act a counted span of days or more before an act named by an undated noun

VOTE = "Kestria's parliament approved the border treaty on Friday. "


def test_an_act_two_days_before_an_undated_vote_has_no_day() -> None:
    text = VOTE + "Valdoria's minister criticized the treaty two days before the vote."
    event = event_with_trigger(text, "criticized", SATURDAY)
    assert no_day(event) and "two days before the vote" in (event.decided_by or "")


def test_a_fronted_week_before_an_undated_noun_has_no_day() -> None:
    text = VOTE + "A week before the vote, Valdoria's minister criticized the treaty."
    assert no_day(event_with_trigger(text, "criticized", SATURDAY))


def test_an_uncounted_before_keeps_the_story_s_day() -> None:  # guard: may be the same day
    text = VOTE + "Valdoria's minister criticized the treaty just before the vote."
    assert event_with_trigger(text, "criticized", SATURDAY).date == "2026-06-12"


def test_hours_before_keep_the_story_s_day() -> None:  # guard: less than a day
    text = VOTE + "Valdoria's minister criticized the treaty two hours before the vote."
    assert event_with_trigger(text, "criticized", SATURDAY).date == "2026-06-12"


def test_days_before_a_dated_noun_are_counted_from_it() -> None:  # guard: the earlier rule
    text = VOTE + "Valdoria's minister criticized the treaty two days before Thursday's vote."
    assert event_with_trigger(text, "criticized", SATURDAY).date == "2026-06-09"
