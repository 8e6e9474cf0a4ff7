"""A transcript's show day, a list under a day's heading, an archived story's dateline and acts
told by old papers (issue 15, session 49).

* "This is a rush transcript from "Korvia Tonight," April 9, 2027." (or a line "Aired April 9,
  2027"): the speakers' "yesterday" and "Thursday" are counted from the day the show went on
  air, not from the day the page printing it was published.
* "Saturday's developments:" over a list, or a live page's "Sunday" heading its entries: each
  entry is on that day down to the next time the page names, though "developments" is a thing
  the day names (as in "Tuesday's earthquake") and the entry lies more than two paragraphs
  under it; before, the entries took the day the lead named for another act.
* A topic page reprinting an old story under its dateline ("VELGRAD, March 3, 2019 - ..."):
  its "Tuesday" and "last April" are counted from that dateline, not from the page's day.
* An act leaked cables, documents or records tell in the past ("jailed dozens of dissidents,
  according to leaked cables", "documents show police beat detainees") is of the papers' time:
  no day of its own (the gate drops it rather than date it on the day the news broke).

Guards (marked): a transcript of a speech "given on" a date (no show's day), a day's possessive
inside a sentence, a dateline with no year, a photo caption's date before a colon, an act papers
tell in the present, an act a ministry tells. Sentences and pages written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.stages import event_with_trigger, no_day, timex_values

WEDNESDAY = dt.date(2027, 4, 14)

on_wednesday = partial(event_with_trigger, published=WEDNESDAY)

TRANSCRIPT = (
    'This is a rush transcript from "Korvia Tonight," April 9, 2027.\n\n'
    "HOST: Good evening. Yesterday the government expelled two foreign journalists.\n\n"
    "MINISTER ALVA: On Thursday the rebels attacked a convoy near Istra."
)


# a transcript's show day


def test_a_transcripts_yesterday_is_counted_from_the_show_day() -> None:
    values = timex_values(TRANSCRIPT, WEDNESDAY)
    assert values["Yesterday"] == "2027-04-08"
    assert values["Thursday"] == "2027-04-08"


def test_an_act_of_a_transcripts_yesterday_is_the_day_before_the_show() -> None:
    assert on_wednesday(TRANSCRIPT, "expelled").date == "2027-04-08"


def test_a_line_aired_on_a_date_gives_the_show_day() -> None:
    text = (
        "Korvia Tonight\nAired April 9, 2027\n\n"
        "HOST: Yesterday the government expelled two foreign journalists."
    )
    assert timex_values(text, WEDNESDAY)["Yesterday"] == "2027-04-08"


def test_guard_a_transcript_of_a_speech_given_on_a_date_is_no_show_day() -> None:
    text = (
        "Reporters read a transcript of the minister's speech, given on April 9, 2027.\n\n"
        "Yesterday the government expelled two foreign journalists."
    )
    assert timex_values(text, WEDNESDAY)["Yesterday"] == "2027-04-13"


# a list under a day's heading

DEVELOPMENTS = (
    "Korvia unrest: the latest\n\n"
    "Soldiers fired on protesters in Istra on Thursday, witnesses said.\n\n"
    "Saturday's developments:\n\n"
    "- The army deployed tanks around the parliament.\n\n"
    "- Protesters blocked the main road to the airport.\n\n"
    "- Police arrested the opposition leader Adam Velt."
)
SUNDAY = dt.date(2027, 1, 31)


def test_the_items_under_a_days_heading_are_on_that_day() -> None:
    assert event_with_trigger(DEVELOPMENTS, "deployed", SUNDAY).date == "2027-01-30"
    assert event_with_trigger(DEVELOPMENTS, "arrested", SUNDAY).date == "2027-01-30"


LIVE_PAGE = (
    "Live: protests in Korvia\n\n"
    "Protesters marched on Saturday in Velgrad demanding the president resign.\n\n"
    "Sunday\n\n"
    "Crowds gathered again in the main square at dawn.\n\n"
    "The interior ministry said the protest was illegal.\n\n"
    "Opposition leaders addressed the crowd from a truck.\n\n"
    "Police fired tear gas at demonstrators in the main square.\n\n"
    "Update 3: Soldiers arrested the opposition leader Adam Velt at his home."
)
MONDAY = dt.date(2027, 4, 12)


def test_the_entries_far_under_a_live_pages_day_heading_are_on_that_day() -> None:
    assert event_with_trigger(LIVE_PAGE, "fired", MONDAY).date == "2027-04-11"
    assert event_with_trigger(LIVE_PAGE, "arrested", MONDAY).date == "2027-04-11"


def test_guard_a_days_possessive_in_a_sentence_heads_nothing() -> None:
    text = (
        "Soldiers fired on protesters in Istra on Thursday, witnesses said.\n\n"
        "Saturday's march in the capital passed off peacefully.\n\n"
        "Police arrested the opposition leader Adam Velt, officials said."
    )
    assert event_with_trigger(text, "arrested", SUNDAY).date == "2027-01-31"


# an archived story's dateline

SNIPPET = (
    "Korvia news and topics\n\n"
    "VELGRAD, March 3, 2019 - Korvian troops shelled the border town of Istra on Tuesday,"
    " officials said.\n\n"
    "The rebels had captured a police station there last April."
)


def test_an_archived_storys_relative_days_are_counted_from_its_dateline() -> None:
    values = timex_values(SNIPPET, WEDNESDAY)
    assert values["Tuesday"] == "2019-02-26"
    assert values["last April"] == "2018-04"


def test_an_act_of_an_archived_story_is_not_on_the_pages_days() -> None:
    assert on_wednesday(SNIPPET, "shelled").date == "2019-02-26"
    assert on_wednesday(SNIPPET, "captured").date == "2018-04"


def test_guard_a_dateline_without_a_year_is_the_pages_own() -> None:
    text = SNIPPET.replace("March 3, 2019", "March 3")
    assert timex_values(text, WEDNESDAY)["Tuesday"] == "2027-04-13"


def test_guard_a_captions_date_before_a_colon_is_no_dateline() -> None:
    text = (
        "February 16, 2027: Korvian ministers are seen leaving the palace.\n"
        "The prime minister resigned on Tuesday, his office said."
    )
    assert timex_values(text, WEDNESDAY)["Tuesday"] == "2027-04-13"


# acts told by old papers


def test_an_act_leaked_cables_tell_has_no_day_of_the_news() -> None:
    text = (
        "The Korvian government jailed dozens of dissidents, according to secret diplomatic"
        " cables released by a whistleblower site."
    )
    assert no_day(on_wednesday(text, "jailed"))


def test_an_act_documents_show_has_no_day_of_the_news() -> None:
    text = "Leaked documents show that police in Istra beat detainees."
    assert no_day(on_wednesday(text, "beat"))


def test_guard_an_act_papers_tell_in_the_present_and_one_a_ministry_tells() -> None:
    text = "Leaked documents show that police in Istra are beating detainees."
    assert not no_day(on_wednesday(text, "beating"))
    text = "Police in Istra arrested dozens of students, according to the interior ministry."
    assert on_wednesday(text, "arrested").date == "2027-04-14"
