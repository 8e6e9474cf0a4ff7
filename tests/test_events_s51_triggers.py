"""Session 51 (triggers): a speaker cut off, people taken out of a lift, an office-holder
dismissed, vehicles overturned, unconfirmed reports, headlines glued together.

PLOVER codes political acts of one party towards another. A minister cutting a reporter off
interrupts a question and sanctions no one; residents taken out of stalled lifts in a power cut
are rescued, not coerced; a president dismissing the government changes his own government and
rejects no party; a crowd overturning police cars riots (PROTEST, riot) and overturns no ruling;
an arrest that only unconfirmed reports tell is not stated as done; a scraped run of other
stories' headlines with no stops between them is no text of the article.
Every sentence is written for these tests; the guards check the acts beside them stay."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 1, 20)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


# a speaker cut off


def test_a_reporter_cut_off_is_no_sanction():
    assert _types("Japanese Prime Minister Ivo Dren cut the reporter off.") == []


def test_aid_cut_stays_a_sanction():  # guard
    text = "Japan cut its aid to Kestria on Tuesday."
    assert _types(text) == ["SANCTION"]


# people taken out of a trap


def test_people_removed_from_stalled_lifts_are_rescued():
    text = "Hundreds of people were removed from stalled lifts across Tokyo during the power cut."
    assert _types(text) == []


def test_people_removed_from_the_rubble_are_rescued():
    assert _types("Rescue workers removed three people from the rubble.") == []


def test_a_protester_removed_from_a_rally_stays_coerced():  # guard
    text = "Police removed a protester from Governor Mara Lind's rally in Dravno on Monday."
    assert _types(text) == ["COERCE"]


# an office-holder dismissed


def test_a_government_dismissed_is_no_rejection():
    text = (
        "Kestrian President Ivo Dren dismissed the government on Tuesday and appointed a new"
        " prime minister."
    )
    assert "REJECT" not in _types(text)


def test_charges_dismissed_stay_a_rejection():  # guard
    text = "Kestrian President Ivo Dren dismissed the opposition's charges on Tuesday."
    assert _types(text) == ["REJECT"]


# vehicles overturned


def test_protesters_overturning_police_cars_riot():
    events = read_event_text("Protesters overturned police cars in Tokyo on Tuesday.", PUBLISHED)
    assert [(e.type, e.mode) for e in events.events] == [("PROTEST", "riot")]


def test_a_court_overturning_a_ruling_stays_a_rejection():  # guard
    text = "Japan's Supreme Court overturned the government's ban on Tuesday."
    assert _types(text) == ["REJECT"]


# unconfirmed reports


def test_an_arrest_reports_tell_that_could_not_be_confirmed_is_not_done():
    text = "Reports that police have arrested opposition leader Ivo Dren could not be confirmed."
    assert _types(text) == []


def test_an_arrest_in_unconfirmed_reports_is_not_done():
    text = (
        "There were unconfirmed reports that Brazilian police arrested opposition leader"
        " Ivo Dren on Monday."
    )
    assert _types(text) == []


def test_an_arrest_reports_tell_that_were_confirmed_stays():  # guard
    text = (
        "Reports that Brazilian police arrested opposition leader Ivo Dren on Monday were"
        " confirmed by the ministry."
    )
    assert _types(text) == ["COERCE"]


# headlines glued together


def _page(line: str) -> str:
    return (
        "Floods close Velna schools\n\nHeavy rain closed schools across Velna on Tuesday,"
        f" officials said.\n{line}\nThe schools will stay closed until Friday."
    )


def test_headlines_glued_together_are_no_text():
    line = "Kestria expels envoy Japan recalls ambassador Canada condemns attack on embassy"
    assert _types(_page(line)) == []


def test_a_run_of_headlines_without_stops_is_no_text():
    line = "Japan sends aid to flood victims Police detain 12 activists in Velna"
    assert _types(_page(line)) == []


def test_one_headline_with_a_reported_clause_stays():  # guard
    assert _types("Japan says Kestria expels its ambassador") == ["SANCTION"]


def test_a_sentence_of_text_stays():  # guard
    line = "Japan expelled Kestria's ambassador on Tuesday."
    assert _types(_page(line)) == ["SANCTION"]
