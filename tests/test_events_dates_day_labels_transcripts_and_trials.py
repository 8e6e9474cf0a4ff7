"""Day labels of a page that runs on, a transcript's heading, a killing a trial tells again
(issue 15, session 50).

A page whose entries are labelled by bare weekdays ("Wednesday: ...", "Thursday", "Saturday's
developments") runs on from label to label: on a page of a Wednesday, "Thursday" and
"Saturday" after "Wednesday" are the days after it, not the Thursday and Saturday before the
publication, and their entries' acts are done on those days, not to come. A heading that names
a transcript and then its day ("... transcript for March 14, 2027") is the show's day: its
speakers' "yesterday" is counted from it. A killing told in the simple past in the news of a
sentencing or a trial is the crime before the hearing: no day of its own, not the hearing's.

Guards (marked): a page labelled newest first runs back; a single bare heading is read as
before; a transcript named in a sentence is no show day; a killing beside a court's old
sentence, and an act at the hearing that is no killing, are dated as before. Pages written for
these tests."""

from __future__ import annotations

import datetime as dt

from tests.stages import event_with_trigger, no_day, timex_values, why_dated

WEDNESDAY = dt.date(2027, 3, 10)
TUESDAY = dt.date(2027, 3, 16)

LABELLED_FORWARD = (
    "Korvia unrest: what happened\n\n"
    "Wednesday: Protesters marched on the parliament in Velgrad.\n\n"
    "Thursday: Soldiers fired on demonstrators in Istra.\n\n"
    "Saturday: Police arrested the opposition leader Ivo Varo in Velgrad."
)

HEADED_FORWARD = (
    "Korvia unrest: live\n\n"
    "Wednesday\n\nProtesters marched on the parliament in Velgrad.\n\n"
    "Thursday\n\nSoldiers fired on demonstrators in Istra.\n\n"
    "Saturday\n\nPolice arrested the opposition leader Ivo Varo in Velgrad."
)


def test_weekday_labels_after_the_first_run_on_with_the_page() -> None:
    values = timex_values(LABELLED_FORWARD, WEDNESDAY)
    assert values["Thursday"] == "2027-03-11"
    assert values["Saturday"] == "2027-03-13"


def test_an_act_under_a_later_label_is_done_on_that_day() -> None:
    arrest = event_with_trigger(LABELLED_FORWARD, "arrested", WEDNESDAY)
    assert arrest.date == "2027-03-13"
    assert "future" not in arrest.modality


def test_an_act_under_a_later_heading_alone_on_its_line_takes_its_day() -> None:
    assert event_with_trigger(HEADED_FORWARD, "fired", WEDNESDAY).date == "2027-03-11"
    assert event_with_trigger(HEADED_FORWARD, "arrested", WEDNESDAY).date == "2027-03-13"


def test_a_bare_heading_after_dated_ones_follows_them() -> None:
    text = (
        "Korvia unrest: live\n\n"
        "Wednesday 10 March\n\nProtesters marched on the parliament in Velgrad.\n\n"
        "Thursday 11 March\n\nSoldiers fired on demonstrators in Istra.\n\n"
        "Saturday\n\nPolice arrested the opposition leader Ivo Varo in Velgrad."
    )
    assert timex_values(text, WEDNESDAY)["Saturday"] == "2027-03-13"
    assert event_with_trigger(text, "fired", WEDNESDAY).date == "2027-03-11"


def test_guard_a_page_labelled_newest_first_runs_back() -> None:
    text = (
        "Korvia unrest: what happened\n\n"
        "Monday: Police arrested the opposition leader Ivo Varo in Velgrad.\n\n"
        "Friday: Soldiers fired on demonstrators in Istra.\n\n"
        "Thursday: Protesters marched on the parliament in Velgrad."
    )
    values = timex_values(text, TUESDAY)
    assert (values["Monday"], values["Friday"], values["Thursday"]) == (
        "2027-03-15",
        "2027-03-12",
        "2027-03-11",
    )


def test_guard_a_single_bare_heading_is_read_as_before() -> None:
    text = "Korvia unrest\n\nThursday\n\nSoldiers fired on demonstrators in Istra."
    assert timex_values(text, TUESDAY)["Thursday"] == "2027-03-11"


def test_a_transcript_heading_with_its_day_counts_yesterday_from_the_show() -> None:
    text = (
        "Meet the Nation transcript for March 14, 2027\n\n"
        "HOST: Yesterday, police arrested dozens of protesters in Istra. Minister, what"
        " happened?"
    )
    assert timex_values(text, TUESDAY)["Yesterday"] == "2027-03-13"
    assert event_with_trigger(text, "arrested", TUESDAY).date == "2027-03-13"


def test_a_transcript_heading_with_its_day_in_brackets() -> None:
    text = (
        "Transcript: Korvia Tonight (March 14, 2027)\n\n"
        "ANCHOR: The army yesterday shelled rebel positions near Istra."
    )
    assert event_with_trigger(text, "shelled", TUESDAY).date == "2027-03-13"


def test_guard_a_transcript_named_in_a_sentence_is_no_show_day() -> None:
    text = (
        "According to a transcript seen by reporters, on March 14 the minister told aides"
        " that the police had acted lawfully. The army yesterday shelled rebel positions"
        " near Istra."
    )
    assert timex_values(text, TUESDAY)["yesterday"] == "2027-03-15"


def test_a_killing_told_in_the_news_of_a_sentencing_has_no_day() -> None:
    text = (
        "The gunman killed 13 people at a market in Istra. On Tuesday a court in Velgrad"
        " sentenced him to life in prison."
    )
    assert no_day(event_with_trigger(text, "killed", TUESDAY))


def test_a_shooting_told_after_a_trial_opened_has_no_day() -> None:
    text = (
        "A court in Velgrad on Tuesday sentenced Dan Revo to life in prison for the market"
        " shooting. Revo killed 13 people and wounded dozens when he opened fire at the"
        " market in Istra."
    )
    assert no_day(event_with_trigger(text, "opened", TUESDAY))
    assert "trial" in why_dated(text, "killed", TUESDAY)


def test_guard_a_killing_beside_an_old_sentence_is_not_the_trials() -> None:
    text = (
        "Gunmen killed ten people in a market in Istra. The group's leader was sentenced to"
        " death in 2019."
    )
    assert "trial" not in why_dated(text, "killed", TUESDAY)


def test_guard_an_act_at_the_hearing_that_is_no_killing_keeps_the_hearings_day() -> None:
    text = (
        "A court in Velgrad on Tuesday sentenced the opposition leader Ivo Varo to five years"
        " in prison. Police beat protesters outside the court."
    )
    assert event_with_trigger(text, "beat", TUESDAY).date == "2027-03-16"
